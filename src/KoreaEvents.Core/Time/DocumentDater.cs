using KoreaEvents.Core.Model;
using NodaTime;

namespace KoreaEvents.Core.Time;

/// <summary>
/// Dates a document: weighs its stated dates against what the content says, infers an interval when no stated date
/// is usable, and resolves every temporal expression against the result.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> (1) Tag the text with no anchor. (2) Collect constraints on the document date: an expression
/// tied to a known event in the same sentence (<c>the summit broke down last month</c>, <c>opened 21 months
/// ago</c>) allows exactly the days on which the expression, so anchored, overlaps the event; a known event told in
/// the past tense, or after <c>since</c> (or <c>after</c>, <c>following</c> in a clause that does not look ahead),
/// puts the document on or after it, one told as still to come (<c>upcoming</c>, <c>approaches</c>) or after
/// <c>ahead of</c>, <c>before</c>, <c>until</c> in a clause not told in the past on or before it; a phrase that
/// names several dated facts ("the November election") or a yearly one (Liberation Day) is held back and resolved to
/// the one the other constraints agree with; a fully stated date told in the past tense bounds it from below; an update dateline bounds it
/// from above; the day of analysis bounds everything. (3) Keep the largest set of constraints that agree (they
/// share a day), report the others as rejected with the reason, and intersect the kept ones. (4) A stated date inside
/// that interval wins (published, then unknown role); otherwise the interval itself is the estimate. A page header
/// (the day the page was rendered) and an update date are never the publication date: they bound it from above. A
/// sidebar date belongs to another article and is only reported. (5) Re-tag with the estimate's first day as the anchor.</para>
/// <para>Nothing is keyed to particular documents: all knowledge of events comes from <see cref="IKnownEventDates"/>.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class DocumentDater
{
    private const int MaxLineLength = 80;
    private const int MaxOtherWordsOnDateline = 6;

    /// <summary>The widest estimate whose first day still serves as the anchor for relative expressions.</summary>
    private const int MaxAnchoredWidthInDays = 183;

    private readonly IKnownEventDates knownEvents;
    private readonly TemporalTagger tagger;

    /// <summary>Creates a dater over a lookup of dated facts (none by default).</summary>
    /// <param name="knownEvents">The dated facts content is weighed against; none when null.</param>
    /// <param name="tagger">The temporal tagger; <see cref="TemporalTagger.Default"/> when null.</param>
    /// <param name="clock">The clock that says what day it is: the day of analysis (no document is later) when the
    /// options give no <see cref="DocumentDatingOptions.AnalysisDate"/>, read in UTC. <see cref="SystemClock.Instance"/>
    /// when null; pass a fixed clock (NodaTime.Testing's <c>FakeClock</c>) for results that do not depend on the day
    /// they are computed. It is the only way today's date enters the library.</param>
    public DocumentDater(IKnownEventDates? knownEvents = null, TemporalTagger? tagger = null, IClock? clock = null)
    {
        this.knownEvents = knownEvents ?? KnownEventDates.Empty;
        this.tagger = tagger ?? TemporalTagger.Default;
        Clock = clock ?? SystemClock.Instance;
    }

    /// <summary>Gets the clock that gives the day of analysis when the options do not.</summary>
    public IClock Clock { get; }

    /// <summary>Dates plain text, finding its datelines itself: a short line that is mostly one full date
    /// (<c>Published Mar 23, 2019</c>, <c>Tuesday, May 21, 2024</c>); its first word gives the role.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public DocumentDating Date(string text, DocumentDatingOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        var mentions = tagger.Tag(text);
        return Date(text, mentions, FindStatedDates(text, mentions), [], options ?? new DocumentDatingOptions());
    }

    /// <summary>Dates text whose stated dates are already known (from an article parser).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="statedDates"/> is null.</exception>
    public DocumentDating Date(string text, IEnumerable<StatedDate> statedDates, DocumentDatingOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(statedDates);
        return Date(text, tagger.Tag(text), statedDates.OrderBy(s => s.Start).ToList(), [], options ?? new DocumentDatingOptions());
    }

    /// <summary>Finds dateline-like lines: short lines that are mostly one fully stated day.</summary>
    internal static List<StatedDate> FindStatedDates(string text, IReadOnlyList<TemporalMention> mentions)
    {
        var result = new List<StatedDate>();
        foreach (var mention in mentions)
        {
            if (mention.Spec.Kind != SpecKind.Fixed || mention.Value is not { Precision: DatePrecision.Day } value || value.LengthInDays != 1)
            {
                continue;
            }

            int lineStart = mention.Start > 0 ? text.LastIndexOf('\n', mention.Start - 1) + 1 : 0;
            int lineEnd = text.IndexOf('\n', mention.End);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.Length > MaxLineLength)
            {
                continue;
            }

            var before = text[lineStart..mention.Start];
            var after = text[mention.End..lineEnd];
            int otherWords = CountWords(before) + CountWords(after);
            if (otherWords > MaxOtherWordsOnDateline || after.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            result.Add(new StatedDate(mention.Start, mention.Length, value.Start, RoleOf(before)));
        }

        // Numeric datelines the tagger does not read as dates ("2019.03.26 14:05", "16/06/2020", ISO stamps with a
        // time): the parser's date reader finds them on short lines.
        int lineFrom = 0;
        while (lineFrom <= text.Length)
        {
            int lineTo = text.IndexOf('\n', lineFrom);
            if (lineTo < 0)
            {
                lineTo = text.Length;
            }

            if (lineTo - lineFrom <= MaxLineLength + 2)
            {
                foreach (var m in Text.DateText.FindAll(text, lineFrom, lineTo))
                {
                    if (result.Exists(r => r.Start < m.End && m.Start < r.Start + r.Length)
                        || CountWords(text[lineFrom..m.Start]) + CountWords(text[m.End..lineTo]) > MaxOtherWordsOnDateline
                        || text.AsSpan(m.End, lineTo - m.End).Contains('.'))
                    {
                        continue;
                    }

                    result.Add(new StatedDate(m.Start, m.End - m.Start, m.Date, RoleOf(text[lineFrom..m.Start])));
                }
            }

            lineFrom = lineTo + 1;
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>The role the first word of a dateline gives ("Published", "Updated", "Retrieved", Korean 입력 / 수정).</summary>
    private static StatedDateRole RoleOf(string before)
    {
        var words = before.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 ? words[0].TrimEnd(':').ToUpperInvariant() : string.Empty;

        // "Last updated", "Last accessed", "First published", "최종 수정": the second word says which.
        if (first is "LAST" or "FIRST" or "ORIGINALLY" or "최종" && words.Length > 1 && RoleOfWord(words[1].TrimEnd(':').ToUpperInvariant()) is var second and not StatedDateRole.Unknown)
        {
            return second;
        }

        return RoleOfWord(first);
    }

    private static StatedDateRole RoleOfWord(string first) =>
        first switch
        {
            "PUBLISHED" or "POSTED" or "FIRST" or "DATE" or "DATED" or "입력" or "기사입력" or "등록" or "게재" or "송고" => StatedDateRole.Published,
            "UPDATED" or "LAST" or "MODIFIED" or "REVISED" or "수정" or "최종수정" or "업데이트" => StatedDateRole.Updated,
            "RETRIEVED" or "ACCESSED" or "CRAWLED" or "ARCHIVED" or "CAPTURED" or "FETCHED" or "SCRAPED" or "DOWNLOADED" or "SAVED" => StatedDateRole.Retrieved,
            _ => StatedDateRole.Unknown,
        };

    private static int CountWords(string s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>The core: <paramref name="excluded"/> lists spans (boilerplate lines) that are not read as content.</summary>
    private DocumentDating Date(string text, IReadOnlyList<TemporalMention> mentions, List<StatedDate> stated, List<(int Start, int End)> excluded, DocumentDatingOptions options)
    {
        var analysisDate = options.AnalysisDate ?? Clock.GetCurrentInstant().InUtc().Date;
        var constraints = new List<Constraint>();
        var deferred = new List<Deferred>();
        CollectContent(text, mentions, stated, excluded, constraints, deferred);
        foreach (var s in stated.Where(s => s.Role is StatedDateRole.Updated or StatedDateRole.PageHeader or StatedDateRole.Retrieved))
        {
            constraints.Add(new Constraint(PublicationEvidence.Dateline, text.Substring(s.Start, s.Length), s.Start, s.Length, null, s.Date, null, s.Role,
                s.Role switch
                {
                    StatedDateRole.Updated => $"An update date: the article was published on or before {Iso(s.Date)}.",
                    StatedDateRole.Retrieved => $"A retrieval date: the page was retrieved on {Iso(s.Date)}, so the article was published on or before it.",
                    _ => $"A page header: the page was rendered on {Iso(s.Date)}, so the article was published on or before it.",
                }));
        }

        constraints.Add(new Constraint(PublicationEvidence.AnalysisDate, Iso(analysisDate), null, null, null, analysisDate, null, null,
            $"No document is later than the day of analysis ({Iso(analysisDate)})."));

        var (low, high, kept) = Consensus(constraints);
        if (deferred.Count > 0)
        {
            // Phrases that name several facts, or a yearly one, take the occurrence the rest of the evidence agrees with.
            bool contentLow = constraints.Exists(c => kept.Contains(c) && c.NotBefore is not null);
            bool contentHigh = constraints.Exists(c => kept.Contains(c) && c.NotAfter is not null && c.Kind != PublicationEvidence.AnalysisDate);
            var fromDeferred = new List<Constraint>();
            ResolveDeferred(deferred, fromDeferred, low, high, contentLow, contentHigh);
            foreach (var r in fromDeferred)
            {
                int at = constraints.FindIndex(c => c.Start is not { } s || s > r.Start);
                constraints.Insert(at < 0 ? constraints.Count : at, r);
            }
            (low, high, kept) = Consensus(constraints);
        }

        bool hasContentLowerBound = constraints.Exists(c => kept.Contains(c) && c.NotBefore is not null);

        // Open above: only the day of analysis bounds the estimate from above. The estimate then says so rather than
        // end on a day that moves with the clock (the day of analysis stays among the candidates).
        bool openAbove = hasContentLowerBound && low < high
            && !constraints.Exists(c => kept.Contains(c) && c.Kind != PublicationEvidence.AnalysisDate && c.NotAfter == high);
        string allowed = openAbove ? $"≥ {Iso(low)}" : hasContentLowerBound ? Range(low, high) : $"≤ {Iso(high)}";

        // A date beyond the day of analysis is out of bounds even where the estimate is open above: say so.
        string AllowedFor(LocalDate date) => openAbove && date > high ? $"{allowed}, and no later than the day of analysis ({Iso(high)})" : allowed;

        var candidates = new List<PublicationCandidate>();
        var warnings = new List<string>();

        // Stated dates (other than update dates) compete to be the publication date.
        StatedDate? chosen = null;
        var rankedStated = stated.Where(s => s.Role != StatedDateRole.Updated).OrderBy(s => RolePriority(s.Role)).ThenBy(s => s.Start).ToList();
        var statedReasons = new Dictionary<StatedDate, (bool Accepted, string Reason)>();
        foreach (var s in rankedStated)
        {
            bool agrees = s.Date >= low && s.Date <= high;
            string role = RoleWords(s.Role);
            if (s.Role == StatedDateRole.PageHeader)
            {
                statedReasons[s] = (false, agrees
                    ? $"A page header date ({Iso(s.Date)}) is the day the page was rendered, not the article's date."
                    : $"The page header date {Iso(s.Date)} lies outside {AllowedFor(s.Date)}, the interval the content allows; a page header is the day the page was rendered.");
            }
            else if (s.Role == StatedDateRole.Retrieved)
            {
                statedReasons[s] = (false, agrees
                    ? $"A retrieval date ({Iso(s.Date)}) is the day the page was retrieved, not the article's date."
                    : $"The retrieval date {Iso(s.Date)} lies outside {AllowedFor(s.Date)}, the interval the content allows; it is the day the page was retrieved.");
            }
            else if (s.Role == StatedDateRole.Sidebar)
            {
                statedReasons[s] = (false, agrees
                    ? $"A sidebar date ({Iso(s.Date)}) belongs to another article."
                    : $"A sidebar date ({Iso(s.Date)}) belongs to another article, and it lies outside {AllowedFor(s.Date)}, the interval the content allows.");
            }
            else if (!agrees)
            {
                statedReasons[s] = (false, $"The {role} {Iso(s.Date)} lies outside {AllowedFor(s.Date)}, the interval the content allows.");
                if (s.Role == StatedDateRole.Published)
                {
                    warnings.Add($"The stated publication date {Iso(s.Date)} is contradicted by the content, which allows {AllowedFor(s.Date)}.");
                }
            }
            else if (chosen is null && options.SuppliedDate is null)
            {
                chosen = s;
                statedReasons[s] = (true, $"The {role} {Iso(s.Date)} agrees with the content ({AllowedFor(s.Date)}).");
            }
            else
            {
                statedReasons[s] = (false, options.SuppliedDate is null
                    ? $"The {role} {Iso(s.Date)} agrees with the content, but the {RoleWords(chosen!.Role)} {Iso(chosen.Date)} ranks first."
                    : $"The {role} {Iso(s.Date)} agrees with the content, but the caller supplied the date.");
            }
        }

        foreach (var s in stated.Where(s => s.Role != StatedDateRole.Updated))
        {
            var (accepted, reason) = statedReasons[s];
            candidates.Add(new PublicationCandidate(PublicationEvidence.Dateline, text.Substring(s.Start, s.Length), s.Start, s.Length, s.Date, s.Date, null, s.Role, accepted, reason));
        }

        DateEstimate? date;
        PublicationBasis basis;
        if (options.SuppliedDate is { } supplied)
        {
            date = DateEstimate.FromDay(supplied);
            basis = PublicationBasis.Supplied;
            bool agrees = supplied >= low && supplied <= high;
            string reason = agrees
                ? $"Supplied by the caller; the content agrees ({allowed})."
                : $"Supplied by the caller, but the content allows only {AllowedFor(supplied)}.";
            if (!agrees)
            {
                warnings.Add($"The supplied publication date {Iso(supplied)} is contradicted by the content, which allows {AllowedFor(supplied)}.");
            }

            candidates.Insert(0, new PublicationCandidate(PublicationEvidence.Supplied, Iso(supplied), null, null, supplied, supplied, null, null, true, reason));
        }
        else if (chosen is not null)
        {
            date = DateEstimate.FromDay(chosen.Date);
            basis = PublicationBasis.Stated;
        }
        else if (hasContentLowerBound)
        {
            date = openAbove ? DateEstimate.OnOrAfter(low) : DateEstimate.FromInterval(low, high);
            basis = PublicationBasis.Inferred;
        }
        else
        {
            date = null;
            basis = PublicationBasis.Unknown;
        }

        foreach (var c in constraints)
        {
            bool accepted = kept.Contains(c);
            string reason = accepted ? c.Reason : $"{c.Reason} Rejected: that contradicts the other evidence, which allows {allowed}.";
            candidates.Add(new PublicationCandidate(c.Kind, c.Evidence, c.Start, c.Length, c.NotBefore, c.NotAfter, c.EventKey, c.Role, accepted, reason));
        }

        // Resolving "last month" against an interval of years would invent precision: anchor only on a narrow estimate.
        // An open-ended estimate is as narrow as the day of analysis makes it.
        LocalDate? anchor = date is { } d && (d.IsOpenEnded ? DateEstimate.FromInterval(d.Start, high) : d).LengthInDays <= MaxAnchoredWidthInDays ? d.Start : null;
        var estimate = new PublicationEstimate(date, basis, anchor, candidates, warnings);
        var resolved = mentions.Select(m => m.WithAnchor(anchor)).ToList();
        return new DocumentDating(estimate, resolved);
    }
}

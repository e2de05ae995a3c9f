using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Core.Time;

/// <summary>Options for <see cref="DocumentDater"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentDatingOptions
{
    /// <summary>Gets the publication date the caller knows (from a feed, a file's metadata). It is used, and a warning
    /// is added when the content contradicts it.</summary>
    public LocalDate? SuppliedDate { get; init; }

    /// <summary>Gets the day of analysis: no document is later. When null, the dater's clock says what day it is
    /// (see <see cref="DocumentDater(IKnownEventDates?, TemporalTagger?, IClock?)"/>).</summary>
    public LocalDate? AnalysisDate { get; init; }
}

/// <summary>
/// Dates a document: weighs its stated dates against what the content says, infers an interval when no stated date
/// is usable, and resolves every temporal expression against the result.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> (1) Tag the text with no anchor. (2) Collect constraints on the document date: an expression
/// tied to a known event in the same sentence (<c>the summit broke down last month</c>, <c>opened 21 months
/// ago</c>) allows exactly the days on which the expression, so anchored, overlaps the event; a known event told in
/// the past tense puts the document on or after it, one told as still to come (<c>upcoming</c>, <c>approaches</c>)
/// on or before it; a fully stated date told in the past tense bounds it from below; an update dateline bounds it
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

            var first = before.TrimStart().Split(' ', 2)[0].TrimEnd(':').ToUpperInvariant();
            var role = first switch
            {
                "PUBLISHED" or "POSTED" or "FIRST" or "DATE" or "DATED" => StatedDateRole.Published,
                "UPDATED" or "LAST" or "MODIFIED" or "REVISED" => StatedDateRole.Updated,
                _ => StatedDateRole.Unknown,
            };
            result.Add(new StatedDate(mention.Start, mention.Length, value.Start, role));
        }

        return result;
    }

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
        CollectContent(text, mentions, stated, excluded, constraints);
        foreach (var s in stated.Where(s => s.Role is StatedDateRole.Updated or StatedDateRole.PageHeader))
        {
            constraints.Add(new Constraint(PublicationEvidence.Dateline, text.Substring(s.Start, s.Length), s.Start, s.Length, null, s.Date, null, s.Role,
                s.Role == StatedDateRole.Updated
                    ? $"An update date: the article was published on or before {Iso(s.Date)}."
                    : $"A page header: the page was rendered on {Iso(s.Date)}, so the article was published on or before it."));
        }

        constraints.Add(new Constraint(PublicationEvidence.AnalysisDate, Iso(analysisDate), null, null, null, analysisDate, null, null,
            $"No document is later than the day of analysis ({Iso(analysisDate)})."));

        var (low, high, kept) = Consensus(constraints);
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

    // ------------------------------------------------------------------ content evidence

    private void CollectContent(string text, IReadOnlyList<TemporalMention> mentions, List<StatedDate> stated, List<(int Start, int End)> excluded, List<Constraint> constraints)
    {
        bool InStatedLine(int start, int end) =>
            stated.Exists(s => start < s.Start + s.Length && s.Start < end) || excluded.Exists(x => start < x.End && x.Start < end);

        var sentences = TemporalScanner.Sentences(text);
        var hitsBySentence = new Dictionary<int, List<Hit>>();
        var sentenceEnds = sentences.ToDictionary(s => s.Start, s => s.End);
        for (int i = 0; i < sentences.Count; i++)
        {
            var (start, end) = sentences[i];
            var hits = FindHits(text, start, end);
            if (hits.Count > 0)
            {
                hitsBySentence[start] = hits;
            }
        }

        var seenPastDates = new HashSet<LocalDate>();
        foreach (var mention in mentions)
        {
            if (InStatedLine(mention.Start, mention.End))
            {
                continue;
            }

            if (mention.Spec.NeedsAnchor && hitsBySentence.TryGetValue(mention.SentenceStart, out var hits))
            {
                // The nearest event phrase in the same clause whose date the expression can reach.
                foreach (var hit in hits.Where(h => SameClause(text, h, mention)).OrderBy(h => Distance(h, mention)))
                {
                    if (AnchorsWhereOverlapping(mention, hit.Date) is { } range)
                    {
                        // A yearless date ("in February") fixes the document's year only through the writer's habit
                        // of leaving out the current year: weaker evidence than an expression counted from the document.
                        bool yearless = mention.Reference == TemporalReference.Absolute;
                        string weak = yearless ? " (weak: the text states no year)" : string.Empty;
                        constraints.Add(new Constraint(PublicationEvidence.KnownEventExpression, mention.Text, mention.Start, mention.Length, range.Low, range.High, hit.Event.Key, null,
                            $"\"{mention.Text}\" refers to {hit.Event.Key} ({hit.Date}, \"{text[hit.Start..hit.End]}\"): the document date lies in {Range(range.Low, range.High)}{weak}.")
                        {
                            Weight = yearless ? 1 : 2,
                        });
                        break;
                    }
                }

                continue;
            }

            if (mention.Spec.Kind == SpecKind.Fixed && mention.Tense == TemporalTense.Past && mention.Value is { } value && seenPastDates.Add(value.Start))
            {
                constraints.Add(new Constraint(PublicationEvidence.PastDate, mention.Text, mention.Start, mention.Length, value.Start, null, null, null,
                    $"\"{mention.Text}\" ({value}) is told in the past tense: the document is not earlier than {Iso(value.Start)}."));
            }
        }

        var seenEvents = new HashSet<(string, bool)>();
        foreach (var (sentenceStart, hits) in hitsBySentence)
        {
            int sentenceEnd = sentenceEnds[sentenceStart];
            foreach (var hit in hits)
            {
                if (InStatedLine(hit.Start, hit.End))
                {
                    continue;
                }

                var (tense, anticipated) = TemporalScanner.TenseAt(text, sentenceStart, sentenceEnd, hit.Start, hit.End);
                string phrase = text[hit.Start..hit.End];
                if (anticipated && seenEvents.Add((hit.Event.Key, true)))
                {
                    constraints.Add(new Constraint(PublicationEvidence.KnownEventMention, phrase, hit.Start, hit.End - hit.Start, null, hit.Date.End, hit.Event.Key, null,
                        $"\"{phrase}\" ({hit.Event.Key}, {hit.Date}) is still to come: the document is not later than {Iso(hit.Date.End)}."));
                }
                else if (!anticipated && tense == TemporalTense.Past && seenEvents.Add((hit.Event.Key, false)))
                {
                    constraints.Add(new Constraint(PublicationEvidence.KnownEventMention, phrase, hit.Start, hit.End - hit.Start, hit.Date.Start, null, hit.Event.Key, null,
                        $"\"{phrase}\" ({hit.Event.Key}, {hit.Date}) is told in the past tense: the document is not earlier than {Iso(hit.Date.Start)}."));
                }
            }
        }

        constraints.Sort((a, b) => (a.Start ?? int.MaxValue).CompareTo(b.Start ?? int.MaxValue));
    }

    /// <summary>Whether no clause break (comma, semicolon, colon, dash, bracket) lies between the phrase and the expression.</summary>
    private static bool SameClause(string text, Hit hit, TemporalMention mention)
    {
        int from = Math.Min(hit.End, mention.End);
        int to = Math.Max(hit.Start, mention.Start);
        return from >= to || text.AsSpan(from, to - from).IndexOfAny(",;:—–()") < 0;
    }

    private static int Distance(Hit hit, TemporalMention mention) =>
        hit.End <= mention.Start ? mention.Start - hit.End : mention.End <= hit.Start ? hit.Start - mention.End : 0;

    private List<Hit> FindHits(string text, int start, int end)
    {
        var hits = new List<Hit>();
        var sentence = text.AsSpan(start, end - start);
        foreach (var known in knownEvents.Events)
        {
            foreach (var phrase in known.Phrases)
            {
                int from = 0;
                while (from < sentence.Length)
                {
                    int at = sentence[from..].IndexOf(phrase.AsSpan(), StringComparison.OrdinalIgnoreCase);
                    if (at < 0)
                    {
                        break;
                    }

                    at += from;
                    int hitStart = start + at;
                    int hitEnd = hitStart + phrase.Length;
                    bool boundaries = (hitStart == 0 || !char.IsLetterOrDigit(text[hitStart - 1])) && (hitEnd == text.Length || !char.IsLetterOrDigit(text[hitEnd]));
                    if (boundaries && !hits.Exists(h => h.Event == known && h.Start < hitEnd && hitStart < h.End))
                    {
                        hits.Add(new Hit(known, hitStart, hitEnd, AnniversaryShift(text, start, hitStart, known.Date)));
                    }

                    from = at + 1;
                }
            }
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    /// <summary>"the second anniversary of the Singapore summit" refers to the day two years after the summit.</summary>
    private static DateEstimate AnniversaryShift(string text, int sentenceStart, int hitStart, DateEstimate date)
    {
        var before = text[sentenceStart..hitStart].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        const string Marker = "anniversary of";
        if (!before.EndsWith(Marker, StringComparison.OrdinalIgnoreCase))
        {
            return date;
        }

        before = before[..^Marker.Length].TrimEnd();
        int space = before.LastIndexOf(' ');
        var word = before[(space + 1)..].ToLowerInvariant();
        int years = word switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            "fifth" or "5th" => 5,
            "sixth" or "6th" => 6,
            "seventh" or "7th" => 7,
            "eighth" or "8th" => 8,
            "ninth" or "9th" => 9,
            "tenth" or "10th" => 10,
            _ => 0,
        };
        if (years == 0 && word.EndsWith("th", StringComparison.Ordinal) && int.TryParse(word.AsSpan(0, word.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            years = n;
        }

        return years is > 0 and < 1000 && CalendarMath.TryPlusYears(date.End, years) is { } end
            ? DateEstimate.FromInterval(date.Start.PlusYears(years), end)
            : date;
    }

    /// <summary>
    /// The days on which <paramref name="mention"/>, anchored there, overlaps <paramref name="eventDate"/>: found by
    /// trying each day of a window around the event (bounded by how far the expression can reach).
    /// </summary>
    private static (LocalDate Low, LocalDate High)? AnchorsWhereOverlapping(TemporalMention mention, DateEstimate eventDate)
    {
        int reach = Reach(mention.Spec);
        LocalDate? low = null;
        LocalDate? high = null;
        var first = CalendarMath.PlusDaysClamped(eventDate.Start, -reach);

        // An event with no known end overlaps every anchor from some day on: scan only past its start, and let an
        // overlap at the end of the scan stand for every later day.
        var last = eventDate.IsOpenEnded ? CalendarMath.PlusDaysClamped(eventDate.Start, reach) : CalendarMath.PlusDaysClamped(eventDate.End, reach);
        int days = Period.Between(first, last, PeriodUnits.Days).Days;
        for (int i = 0; i <= days; i++)
        {
            var day = first.PlusDays(i);
            if (mention.Spec.Resolve(day, mention.Tense) is not { } value)
            {
                continue;
            }

            var start = value.Start;
            var end = value.End;
            if (value.Modifier == DateModifier.Approximate)
            {
                start = CalendarMath.PlusDaysClamped(start, -value.LengthInDays);
                end = CalendarMath.PlusDaysClamped(end, value.LengthInDays);
            }

            if (start <= eventDate.End && eventDate.Start <= end)
            {
                low ??= day;
                high = day;
            }
        }

        if (eventDate.IsOpenEnded && high == last)
        {
            high = LocalDate.MaxIsoValue;
        }

        return low is { } l && high is { } h ? (l, h) : null;
    }

    private static int Reach(TemporalSpec spec)
    {
        int unitDays(TemporalUnit unit) => unit switch
        {
            TemporalUnit.Hour or TemporalUnit.Day => 1,
            TemporalUnit.Week => 7,
            TemporalUnit.Month => 31,
            TemporalUnit.Year => 366,
            _ => 3660,
        };

        return spec.Kind switch
        {
            SpecKind.Ago or SpecKind.Rolling => ((spec.Amount.MaximumCount + 2) * unitDays(spec.Unit)) + 31,
            SpecKind.Weekday or SpecKind.Weekend => 21,
            SpecKind.Relative => (3 * unitDays(spec.Unit)) + 31,
            SpecKind.MonthDay => 8 * 366,
            _ => 800,
        };
    }

    /// <summary>The heaviest set of constraints sharing a day (ties: the earliest day), and their intersection.</summary>
    private static (LocalDate Low, LocalDate High, HashSet<Constraint> Kept) Consensus(List<Constraint> constraints)
    {
        var points = constraints.Select(c => c.Low).Append(LocalDate.MinIsoValue).Distinct().Order().ToList();
        HashSet<Constraint>? best = null;
        int bestWeight = -1;
        foreach (var point in points)
        {
            var set = constraints.Where(c => c.Low <= point && point <= c.High).ToHashSet();
            int weight = set.Sum(c => c.Weight);
            if (weight > bestWeight)
            {
                best = set;
                bestWeight = weight;
            }
        }

        var low = best!.Select(c => c.Low).Max();
        var high = best!.Select(c => c.High).Min();
        return (low, high, best!);
    }

    private static int RolePriority(StatedDateRole role) => role switch
    {
        StatedDateRole.Published => 0,
        StatedDateRole.Unknown => 1,
        StatedDateRole.PageHeader => 2,
        _ => 3,
    };

    private static string RoleWords(StatedDateRole role) => role switch
    {
        StatedDateRole.Published => "stated publication date",
        StatedDateRole.Updated => "update date",
        StatedDateRole.PageHeader => "page header date",
        StatedDateRole.Sidebar => "sidebar date",
        _ => "stated date",
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Range(LocalDate low, LocalDate high) => low == high ? Iso(low) : $"{Iso(low)}/{Iso(high)}";

    private readonly record struct Hit(KnownEventDate Event, int Start, int End, DateEstimate Date);

    private sealed class Constraint(PublicationEvidence kind, string evidence, int? start, int? length, LocalDate? notBefore, LocalDate? notAfter,
        string? eventKey, StatedDateRole? role, string reason)
    {
        public PublicationEvidence Kind { get; } = kind;

        public string Evidence { get; } = evidence;

        public int? Start { get; } = start;

        public int? Length { get; } = length;

        public LocalDate? NotBefore { get; } = notBefore;

        public LocalDate? NotAfter { get; } = notAfter;

        public string? EventKey { get; } = eventKey;

        public StatedDateRole? Role { get; } = role;

        public string Reason { get; } = reason;

        /// <summary>Votes in the consensus: 2 for ordinary evidence, 1 for weak evidence.</summary>
        public int Weight { get; init; } = 2;

        public LocalDate Low => NotBefore ?? LocalDate.MinIsoValue;

        public LocalDate High => NotAfter ?? LocalDate.MaxIsoValue;
    }
}

/// <summary>
/// The result of dating a document: the publication estimate with its evidence, and every temporal expression
/// resolved against the estimate's anchor.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class DocumentDating
{
    internal DocumentDating(PublicationEstimate publication, IList<TemporalMention> mentions)
    {
        Publication = publication;
        Mentions = new ReadOnlyCollection<TemporalMention>(mentions);
    }

    /// <summary>Gets the schema version of the JSON form.</summary>
    public int SchemaVersion => KoreaEventsJsonContext.SchemaVersion;

    /// <summary>Gets the publication estimate.</summary>
    public PublicationEstimate Publication { get; }

    /// <summary>Gets the temporal expressions in text order, resolved against <see cref="PublicationEstimate.Anchor"/>.</summary>
    public IReadOnlyList<TemporalMention> Mentions { get; }

    /// <summary>Returns the JSON form (indented, camelCase, deterministic, with <c>schemaVersion</c>).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, KoreaEventsJsonContext.Readable.DocumentDating);
}

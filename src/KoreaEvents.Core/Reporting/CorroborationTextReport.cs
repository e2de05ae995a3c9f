using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using static KoreaEvents.Core.Reporting.SubjectDescriptions;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// The corroboration report of a dataset as text (the output of <c>koreaevents report</c>): per subject, the verdict
/// per facet with the supporting and dissenting claims, their Admiralty codes and quotes; then every source with its
/// publication estimate, trust and grade.
/// </summary>
public static class CorroborationTextReport
{
    /// <summary>Quotes longer than this many characters are cut, with an ellipsis.</summary>
    public const int QuoteWidth = 110;

    /// <summary>Writes the report of <paramref name="dataset"/> to <paramref name="output"/>, one line per item.</summary>
    /// <param name="dataset">The dataset whose <see cref="KoreaEventsDataset.Report"/> is written.</param>
    /// <param name="output">Where the text goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(KoreaEventsDataset dataset, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);

        var w = output;
        var report = dataset.Report;
        w.WriteLine(Invariant($"KoreaEvents corroboration report: {dataset.Sources.Count} sources, {dataset.Claims.Count} claims, {report.Groups.Count} groups (subject × facet)."));
        w.WriteLine("Verdicts: Confirmed (2+ independent origins agree, none conflicts), Majority (a minority conflicts), Contested, Single (one origin), Unjudged (only hedged or future claims).");
        w.WriteLine("Admiralty codes: source reliability A-F, claim credibility 1-6 (1 confirmed ... 5 improbable, 6 cannot be judged).");

        foreach (var subject in report.Groups.GroupBy(g => g.Subject).OrderBy(g => Order(dataset, g.Key)))
        {
            w.WriteLine();
            w.WriteLine($"== {Describe(dataset, subject.Key)}");
            foreach (var group in subject)
            {
                var consensus = group.Consensus?.ToString() ?? "(none)";
                w.WriteLine(Invariant($"   {group.Facet,-32} {group.Verdict,-10} consensus {consensus}"));
                foreach (var origin in group.Origins)
                {
                    foreach (var claim in origin.Claims)
                    {
                        var mark = claim.Stance switch { ClaimStance.Supports => "+", ClaimStance.Conflicts => "-", _ => "~" };
                        var quote = claim.Evidence is { } e ? Invariant($" \"{Shorten(e.Quote)}\" @{e.Start}") : string.Empty;
                        var attribution = claim.AttributionText is { } a ? $" (per {a})" : string.Empty;
                        w.WriteLine(Invariant($"      {mark} {origin.Describe(claim)} {claim.AdmiraltyCode} {claim.Value}{attribution}{quote}"));
                        if (claim.Stance == ClaimStance.Conflicts && claim.Reason is { } reason)
                        {
                            w.WriteLine($"          conflict: {reason}");
                        }
                    }
                }
            }
        }

        w.WriteLine();
        w.WriteLine("== Sources");
        w.WriteLine(Invariant($"   learning: {report.Learning.Iterations} iterations, converged {report.Learning.Converged}, tolerance {report.Learning.Tolerance}"));
        foreach (var source in report.SourceReliabilities)
        {
            var article = dataset.FindArticle(source.Id);
            var published = article is null ? "unknown" : FormatPublished(article.Publication);
            var origins = dataset.Sources.FirstOrDefault(s => s.Id == source.Id)?.Origins is { Count: > 0 } o ? " origins " + string.Join(",", o) : string.Empty;
            w.WriteLine(Invariant($"   {source.Id,-12} {source.Outlet ?? "(outlet not stated)",-34} published {published,-38} trust {source.Trust:0.00} grade {source.Grade} ({source.JudgedGroups} judged groups, {source.Claims} claims){origins}"));
        }
    }

    /// <summary>The publication estimate as an analyst reads it: an upper bound that only the analysis date (today) sets
    /// is no information about the article, so "2020-06-16 or later" rather than a window ending today.</summary>
    /// <param name="publication">The estimate.</param>
    /// <returns>"unknown", "yyyy-MM-dd or later (basis)", or the estimate with its basis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publication"/> is null.</exception>
    public static string FormatPublished(PublicationEstimate publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (publication.Date is not { } date)
        {
            return "unknown";
        }

        return publication.IsOpenAbove
            ? Invariant($"{date.Start:yyyy-MM-dd} or later ({publication.Basis})")
            : $"{date} ({publication.Basis})";
    }

    /// <summary>The quote on one line, cut to <see cref="QuoteWidth"/> characters with an ellipsis.</summary>
    /// <param name="text">The quote.</param>
    /// <returns>The quote with line breaks as spaces, at most <see cref="QuoteWidth"/> characters long.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= QuoteWidth ? oneLine : oneLine[..(QuoteWidth - 1)] + "…";
    }
}

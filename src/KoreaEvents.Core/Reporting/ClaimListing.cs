using System.Globalization;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Text;
using NodaTime.Text;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// The text output of <c>koreaevents claims</c> as a <see cref="ReportDocument"/>: per document, the source, its
/// publication estimate and anchor, origins and counts; the event mentions with their links to the catalogue; the
/// claims with their evidence (<c>line:column</c> and the quote); then the provisional events and actors.
/// </summary>
public static class ClaimListing
{
    /// <summary>Quotes longer than this many characters are cut, with an ellipsis.</summary>
    public const int QuoteWidth = 70;

    /// <summary>The listing of what was extracted from one document.</summary>
    /// <param name="document">The document the claims were extracted from (its text gives lines and columns).</param>
    /// <param name="result">The extraction result.</param>
    /// <returns>The listing (its lines may be wrapped).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportDocument For(SourceDocument document, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        return For([document], [result]);
    }

    /// <summary>The listings of several documents, separated by an empty line and a rule.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="results">Their extraction results, one per document in the same order.</param>
    /// <returns>The listings, one after the other.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length or contain null.</exception>
    public static ReportDocument For(IReadOnlyList<SourceDocument> documents, IReadOnlyList<ExtractionResult> results)
    {
        ReportBuilder.CheckPairs(documents, nameof(documents), results, nameof(results));
        var report = new ReportBuilder();
        for (int i = 0; i < results.Count; i++)
        {
            if (i > 0)
            {
                report.Line();
                report.Rule();
            }

            Add(report, documents[i].Text, results[i]);
        }

        return report.Build();
    }

    private static void Add(ReportBuilder report, string text, ExtractionResult result)
    {
        var s = result.Source;
        report.Line($"source:     {s.Id}{(s.Outlet is null ? "" : " (" + s.Outlet + ")")}, {s.Kind}");
        string open = s.Publication is { IsOpenEnded: true } ? " (open above: no later bound in the text)" : string.Empty;
        report.Line($"published:  {s.Publication?.ToString() ?? "unknown"}{open}; relative dates read against {(result.Anchor is { } a ? LocalDatePattern.Iso.Format(a) : "nothing (left unresolved)")}");
        report.Line($"origins:    {(s.Origins.Count == 0 ? "(none stated)" : string.Join(", ", s.Origins))}");
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"counts:     {result.EventMentions.Count} event mentions ({result.EventMentions.Count(e => e.Status == EventLinkStatus.Catalogued)} catalogued, {result.EventMentions.Count(e => e.Status == EventLinkStatus.Provisional)} provisional, {result.EventMentions.Count(e => e.Status == EventLinkStatus.Ambiguous)} ambiguous), {result.Claims.Count} claims"));
        report.Line();

        report.Table("event mentions", ["line:col", "text", "link", "score", "modality", "by"], result.EventMentions.Select(e => new[]
        {
            Where(text, e.Start),
            e.Text,
            e.Event is { } id ? id.ToString() : e.Status == EventLinkStatus.Ambiguous ? "ambiguous: " + string.Join(" | ", e.Alternatives) : "-",
            e.Score.ToString("0.0", CultureInfo.InvariantCulture),
            e.Modality.ToString(),
            e.Attribution?.ToString() ?? "",
        }));
        report.Table("claims", ["id", "subject", "facet", "value", "modality", "by", "evidence"], result.Claims.Select(c => new[]
        {
            c.Id.ToString(),
            c.Subject.ToString(),
            c.Facet.ToString(),
            c.Value.ToString(),
            c.Modality.ToString(),
            c.Attribution?.ToString() ?? "",
            $"{Where(text, c.Evidence!.Start)} \"{Shorten(c.Evidence.Quote, QuoteWidth)}\"",
        }));
        foreach (var p in result.ProvisionalEvents)
        {
            report.Line($"provisional event: {p} [{string.Join(", ", p.Participants)}]");
        }

        foreach (var p in result.ProvisionalActors)
        {
            report.Line($"provisional actor: {p}");
        }
    }

    /// <summary>The 1-based <c>line:column</c> of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    internal static string Where(string text, int offset)
    {
        int line = 1 + text.AsSpan(0, offset).Count('\n');
        int column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{line}:{column}");
    }

    private static string Shorten(string text, int length) => (text.Length <= length ? text : text[..(length - 1)] + "…").Replace('\n', ' ');
}

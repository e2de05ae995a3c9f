using System.Globalization;
using KoreaEvents.Core.Text;
using NodaTime.Text;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// The text output of <c>koreaevents parse</c> as a <see cref="ReportDocument"/>: per document, the source, title,
/// outlet, byline and counts; the datelines with their roles; the upstream origins; the body (headings and the first
/// words of each paragraph, with its span and sentence count); and the removed lines with their reasons.
/// </summary>
public static class ParseListing
{
    /// <summary>How many words of a paragraph the body table shows.</summary>
    public const int FirstWords = 8;

    /// <summary>Removed lines longer than this many characters are cut, with an ellipsis.</summary>
    public const int RemovedLineWidth = 80;

    /// <summary>The summary of one parsed document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The summary (its lines may be wrapped).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ReportDocument For(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return For([document]);
    }

    /// <summary>The summaries of several documents, separated by an empty line and a rule.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The summaries, one after the other.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documents"/> contains null.</exception>
    public static ReportDocument For(IReadOnlyList<SourceDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Any(d => d is null))
        {
            throw new ArgumentException("The documents must not contain null.", nameof(documents));
        }

        var report = new ReportBuilder();
        for (int i = 0; i < documents.Count; i++)
        {
            if (i > 0)
            {
                report.Line();
                report.Rule();
            }

            Add(report, documents[i]);
        }

        return report.Build();
    }

    /// <summary>The first <see cref="FirstWords"/> words of <paramref name="text"/>, with an ellipsis when there are more.</summary>
    internal static string Begin(string text)
    {
        var words = text.Split((char[]?)null, FirstWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= FirstWords ? string.Join(' ', words) : string.Join(' ', words.Take(FirstWords)) + " …";
    }

    private static void Add(ReportBuilder report, SourceDocument document)
    {
        report.Line($"source:     {document.Id?.ToString() ?? "(file)"}");
        report.Line($"title:      {document.Title?.Text ?? "(none stated)"}");
        report.Line($"outlet:     {document.Outlet?.Text ?? "(none stated)"}");
        report.Line($"byline:     {document.Byline?.Statement.Text ?? "(none stated)"}");
        report.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"counts:     {document.Paragraphs.Count} paragraphs, {document.Sentences.Count} sentences, {document.Headings.Count} headings, {document.Quotations.Count} quotations, {document.SpeakerTurns.Count} speaker turns, {document.RemovedLines.Count} removed lines"));

        report.Line();
        if (document.Datelines.Count == 0)
        {
            report.Line("datelines:  (none)");
        }
        else
        {
            report.Table("datelines", ["role", "date", "time", "as written", "offset"], document.Datelines.Select(d => new[]
            {
                d.Role.ToString(),
                LocalDatePattern.Iso.Format(d.Date),
                d.TimeOfDay is { } t ? LocalTimePattern.ExtendedIso.Format(t) : "",
                d.DateText.Text,
                d.DateText.Span.ToString(),
            }));
        }

        if (document.UpstreamOrigins.Count == 0)
        {
            report.Line("origins:    (none stated)");
        }
        else
        {
            foreach (var o in document.UpstreamOrigins)
            {
                report.Line($"origin:     {o.Name} ({o.Kind}) in \"{document.GetText(o.Statement)}\" {o.Mention.Span}");
            }
        }

        report.Line();
        report.Table("body", ["#", "offset", "sentences", "begins"], Body(document));
        if (document.RemovedLines.Count > 0)
        {
            report.Table("removed lines", ["line", "reason", "text"], document.RemovedLines.Select(r => new[]
            {
                r.LineNumber.ToString(CultureInfo.InvariantCulture),
                r.Reason.ToString(),
                Shorten(r.Segment.Text, RemovedLineWidth),
            }));
        }
    }

    private static IEnumerable<string[]> Body(SourceDocument document)
    {
        var headingsByParagraph = document.Headings.ToLookup(h => h.NextParagraph);
        foreach (var p in document.Paragraphs)
        {
            foreach (var h in headingsByParagraph[p.Index])
            {
                yield return ["", h.Segment.Span.ToString(), "", "## " + h.Segment.Text];
            }

            var speaker = p.SpeakerTurn is { } turn && document.SpeakerTurns[turn].FirstParagraph == p.Index ? document.SpeakerTurns[turn].Label.Text + " " : "";
            yield return
            [
                p.Index.ToString(CultureInfo.InvariantCulture),
                p.Span.ToString(),
                p.SentenceCount.ToString(CultureInfo.InvariantCulture),
                speaker + Begin(p.Text),
            ];
        }
    }

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : text[..(length - 1)] + "…";
}

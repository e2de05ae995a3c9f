using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime.Text;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// The text output of <c>koreaevents dates</c> as a <see cref="ReportDocument"/>: the summary lines of
/// <see cref="DatingSummaryWriter"/>, the table of publication candidates (<c>+</c> kept, <c>-</c> rejected, with the
/// reason) and the table of temporal expressions with their values, anchors and offsets (<c>start..end</c>).
/// </summary>
public static class DatingListing
{
    /// <summary>The listing of one document's dating.</summary>
    /// <param name="dating">The dating.</param>
    /// <returns>The summary lines (never wrapped), an empty line, the candidates table, an empty line and the expressions table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dating"/> is null.</exception>
    public static ReportDocument For(DocumentDating dating)
    {
        ArgumentNullException.ThrowIfNull(dating);
        var report = new ReportBuilder();
        Add(report, dating);
        return report.Build();
    }

    /// <summary>
    /// The listing of several documents' datings: with more than one, each listing is opened by a <c>source:</c> line
    /// naming the document, and listings are separated by an empty line.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="datings">Their datings, one per document in the same order.</param>
    /// <returns>The listings, one after the other.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length or contain null.</exception>
    public static ReportDocument For(IReadOnlyList<SourceDocument> documents, IReadOnlyList<DocumentDating> datings)
    {
        ReportBuilder.CheckPairs(documents, nameof(documents), datings, nameof(datings));
        var report = new ReportBuilder();
        for (int i = 0; i < datings.Count; i++)
        {
            if (datings.Count > 1)
            {
                if (i > 0)
                {
                    report.WholeLine();
                }

                report.WholeLine($"source:      {documents[i].Id}");
            }

            Add(report, datings[i]);
        }

        return report.Build();
    }

    /// <summary>The table of publication candidates: mark (<c>+</c> kept, <c>-</c> rejected), evidence, kind (with the
    /// role of a stated date), offsets, the days allowed and the reason, in the order they were considered.</summary>
    /// <param name="dating">The dating.</param>
    /// <returns>The table, titled <c>publication candidates</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dating"/> is null.</exception>
    public static ReportTable Candidates(DocumentDating dating)
    {
        ArgumentNullException.ThrowIfNull(dating);
        return new ReportTable(
            "publication candidates",
            ["", "evidence", "kind", "offset", "allows", "reason"],
            dating.Publication.Candidates.Select(c => new[]
            {
                c.Accepted ? "+" : "-",
                c.Evidence,
                c.Role is { } role ? $"{c.Kind} ({role})" : c.Kind.ToString(),
                c.Start is { } start ? ReportBuilder.Offsets(start, c.Length ?? 0) : "",
                c.Allows,
                c.Reason,
            }));
    }

    /// <summary>The table of temporal expressions: offsets, text, kind, reference, tense, value and anchor, in text order.</summary>
    /// <param name="dating">The dating.</param>
    /// <returns>The table, titled <c>temporal expressions</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dating"/> is null.</exception>
    public static ReportTable Mentions(DocumentDating dating)
    {
        ArgumentNullException.ThrowIfNull(dating);
        return new ReportTable(
            "temporal expressions",
            ["offset", "text", "kind", "reference", "tense", "value", "anchor"],
            dating.Mentions.Select(m => new[]
            {
                ReportBuilder.Offsets(m.Start, m.Length),
                m.Text,
                m.Kind.ToString(),
                m.Reference.ToString(),
                m.Tense.ToString().ToLowerInvariant(),
                m.ValueText,
                m.Anchor is { } anchor ? LocalDatePattern.Iso.Format(anchor) : "",
            }));
    }

    private static void Add(ReportBuilder report, DocumentDating dating)
    {
        foreach (var line in DatingSummaryWriter.HeaderLines(dating))
        {
            report.WholeLine(line);
        }

        report.WholeLine();
        report.Add(Candidates(dating));
        report.Line();
        report.Add(Mentions(dating));
    }
}

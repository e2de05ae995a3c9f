using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using static KoreaEvents.Core.Reporting.SubjectDescriptions;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// The events of a dataset in date order with the verdict on each date (the output of <c>koreaevents timeline</c>).
/// </summary>
public static class TimelineWriter
{
    /// <summary>Writes one line per dated event: the date, the event, the verdict on its date and the number of sources.
    /// Lines are ordered by date, then ordinally by text; events with no date from the sources nor the catalogue are left out.</summary>
    /// <param name="dataset">The dataset whose corroboration report is listed.</param>
    /// <param name="output">Where the lines go.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(KoreaEventsDataset dataset, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);

        foreach (var row in Rows(dataset).OrderBy(r => r.Date).ThenBy(r => r.Text, StringComparer.Ordinal))
        {
            output.WriteLine(row.Text);
        }
    }

    private static List<(DateEstimate Date, string Text)> Rows(KoreaEventsDataset dataset)
    {
        var rows = new List<(DateEstimate Date, string Text)>();
        foreach (var subject in dataset.Report.Groups.GroupBy(g => g.Subject).Where(g => g.Key.Kind == EntityKind.Event))
        {
            var dateGroup = subject.FirstOrDefault(g => g.Facet == Facet.Date);
            if (ResolveDate(dataset, subject.Key, dateGroup) is not { } resolved)
            {
                continue;
            }

            var date = resolved.Date;
            var verdict = dateGroup is null ? "date not stated by any source" : $"date {dateGroup.Verdict}";
            if (resolved.SourcesReading is { } yearless)
            {
                verdict += $"; year from the catalogue (the sources' own reading is {yearless})";
            }

            var sources = subject.SelectMany(g => g.Claims).Select(c => c.Source).Distinct().Count();
            rows.Add((date, Invariant($"{date,-24} {Describe(dataset, subject.Key),-90} {verdict} ({sources} sources)")));
        }

        return rows;
    }

    /// <summary>The date an event is placed at: the consensus of its date group, else its catalogue (or provisional)
    /// date; null when neither is known. A consensus that states no year ("last January") is placed in the
    /// catalogue's year when the two agree on the rest, rather than in the year the sources' anchor suggests; then
    /// <see cref="ResolvedDate.SourcesReading"/> is the sources' own reading.</summary>
    internal static ResolvedDate? ResolveDate(KoreaEventsDataset dataset, EntityRef subject, ClaimGroupResult? dateGroup)
    {
        var stated = dateGroup?.Consensus is DateValue dv ? dv.Date : (DateEstimate?)null;
        var catalogue = CatalogueDate(dataset, subject);
        var date = stated ?? catalogue;
        if (date is null)
        {
            return null;
        }

        if (stated is { IsYearStated: false } yearless && catalogue is { IsYearStated: true } known && yearless.Intersect(known) is { } aligned
            && aligned.Start.Year != yearless.Start.Year)
        {
            int shift = aligned.Start.Year - yearless.Start.Year;
            var shifted = DateEstimate.FromInterval(yearless.Start.PlusYears(shift), yearless.End.PlusYears(shift), yearless.Precision).WithModifier(yearless.Modifier);
            return new ResolvedDate(shifted, stated, catalogue, yearless);
        }

        return new ResolvedDate(date.Value, stated, catalogue, null);
    }
}

/// <summary>Where the timeline places an event: <see cref="Date"/>, from the sources' consensus
/// (<see cref="Stated"/>) or the catalogue (<see cref="Catalogue"/>); <see cref="SourcesReading"/> is set when
/// a year-unstated consensus was moved into the catalogue's year.</summary>
internal readonly record struct ResolvedDate(DateEstimate Date, DateEstimate? Stated, DateEstimate? Catalogue, DateEstimate? SourcesReading)
{
    /// <summary>Whether the sources' consensus states no year (drawn dashed).</summary>
    public bool IsYearUnstated => Stated is { IsYearStated: false };
}

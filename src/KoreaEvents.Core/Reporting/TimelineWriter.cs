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
            var stated = dateGroup?.Consensus is DateValue dv ? dv.Date : (DateEstimate?)null;
            var catalogue = CatalogueDate(dataset, subject.Key);
            var date = stated ?? catalogue;
            if (date is null)
            {
                continue;
            }

            var verdict = dateGroup is null ? "date not stated by any source" : $"date {dateGroup.Verdict}";

            // A consensus that states no year ("last January") is placed in the catalogue's year when the two agree on
            // the rest, rather than in the year the sources' anchor suggests.
            if (stated is { IsYearStated: false } yearless && catalogue is { IsYearStated: true } known && yearless.Intersect(known) is { } aligned
                && aligned.Start.Year != yearless.Start.Year)
            {
                int shift = aligned.Start.Year - yearless.Start.Year;
                date = DateEstimate.FromInterval(yearless.Start.PlusYears(shift), yearless.End.PlusYears(shift), yearless.Precision).WithModifier(yearless.Modifier);
                verdict += $"; year from the catalogue (the sources' own reading is {yearless})";
            }

            var sources = subject.SelectMany(g => g.Claims).Select(c => c.Source).Distinct().Count();
            rows.Add((date.Value, Invariant($"{date.Value,-24} {Describe(dataset, subject.Key),-90} {verdict} ({sources} sources)")));
        }

        return rows;
    }
}

using System.Globalization;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Model;
using NodaTime;
using static KoreaEvents.Core.Reporting.SubjectDescriptions;

namespace KoreaEvents.Core.Reporting;

/// <summary>One event of the HTML timeline: its name, where it is drawn and how its date was judged.</summary>
internal sealed record HtmlTimelineRow(
    EntityRef Subject,
    string Name,
    bool Provisional,
    ResolvedDate? Date,
    ClaimGroupResult? DateGroup,
    IReadOnlyList<ClaimGroupResult> Groups)
{
    /// <summary>The id of the event's section in the page (<c>event-hanoi-summit-2019</c>).</summary>
    public string Anchor => "event-" + Subject.Slug;

    /// <summary>The independent origins of the date group (0 when no source states the date).</summary>
    public int Origins => DateGroup?.Origins.Count ?? 0;

    /// <summary>The conflicting claims of the date group.</summary>
    public int Conflicts => DateGroup?.Conflicts.Count ?? 0;

    /// <summary>The first day of the interval drawn.</summary>
    public LocalDate Start => Date!.Value.Date.Start;

    /// <summary>The last day of the interval drawn (an open end is drawn as its start for clustering).</summary>
    public LocalDate ClusterEnd => Date!.Value.Date.IsOpenEnded ? Start : Date!.Value.Date.End;
}

/// <summary>One panel of the timeline: a zoomed axis over a cluster of events.</summary>
internal sealed record HtmlTimelinePanel(string Title, bool Background, LocalDate AxisStart, LocalDate AxisEnd, IReadOnlyList<HtmlTimelineRow> Rows)
{
    /// <summary>Left edge of the plot area in SVG units (the event names are left of it).</summary>
    public const double PlotLeft = 330;

    /// <summary>Width of the plot area in SVG units.</summary>
    public const double PlotWidth = 600;

    /// <summary>Width of the whole SVG in SVG units.</summary>
    public const double SvgWidth = 1000;

    /// <summary>Days on the axis: <see cref="AxisStart"/> inclusive to <see cref="AxisEnd"/> exclusive.</summary>
    public int AxisDays => Period.Between(AxisStart, AxisEnd, PeriodUnits.Days).Days;

    /// <summary>The x position of the start of <paramref name="day"/> (the end of a day is the start of the next).</summary>
    public double X(LocalDate day) => PlotLeft + (Period.Between(AxisStart, day, PeriodUnits.Days).Days * PlotWidth / AxisDays);

    /// <summary>The axis' ticks: year starts on a long axis, month starts on a short one, with their labels.</summary>
    public IReadOnlyList<(LocalDate Day, string Label)> Ticks()
    {
        var ticks = new List<(LocalDate, string)>();
        if (AxisDays > 4 * 366)
        {
            int years = AxisEnd.Year - AxisStart.Year;
            int step = new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }.First(s => years / s <= 12);
            for (var day = new LocalDate(AxisStart.Year, 1, 1); day < AxisEnd; day = day.PlusYears(1))
            {
                if (day >= AxisStart && day.Year % step == 0)
                {
                    ticks.Add((day, day.Year.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
        else
        {
            int months = (int)Period.Between(AxisStart, AxisEnd, PeriodUnits.Months).Months;
            int step = new[] { 1, 2, 3, 6, 12 }.First(s => months / s <= 12);
            for (var day = new LocalDate(AxisStart.Year, AxisStart.Month, 1); day < AxisEnd; day = day.PlusMonths(1))
            {
                if (day >= AxisStart && (day.Month - 1) % step == 0)
                {
                    ticks.Add((day, day.ToString(day.Month == 1 ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture)));
                }
            }
        }

        return ticks;
    }
}

/// <summary>
/// Lays out the events of a dataset for <see cref="HtmlTimelineReport"/>: one row per event subject of the report,
/// dated as <see cref="TimelineWriter"/> dates them; dated rows fall into clusters split where the gap between
/// consecutive events exceeds <see cref="EraGapDays"/> (an era) or <see cref="PanelGapDays"/> (a panel within the
/// latest era). The latest era is the foreground; earlier eras together are the background panel (split only by
/// gaps over <see cref="BackgroundGapDays"/>).
/// </summary>
internal static class HtmlTimelineLayout
{
    /// <summary>A gap this long between events separates eras: the news and its historical background.</summary>
    public const int EraGapDays = 5 * 365;

    /// <summary>A gap this long between background events starts a new background panel.</summary>
    public const int BackgroundGapDays = 50 * 365;

    /// <summary>A gap this long between events of the latest era starts a new panel.</summary>
    public const int PanelGapDays = 180;

    /// <summary>Every event subject of the report, ordered by the date drawn (undated last), then by slug.</summary>
    public static IReadOnlyList<HtmlTimelineRow> Rows(KoreaEventsDataset dataset)
    {
        var rows = new List<HtmlTimelineRow>();
        foreach (var subject in dataset.Report.Groups.GroupBy(g => g.Subject).Where(g => g.Key.Kind == EntityKind.Event))
        {
            var groups = subject.ToList();
            var dateGroup = groups.FirstOrDefault(g => g.Facet == Facet.Date);
            var id = new EventId(subject.Key.Slug!);
            string name;
            bool provisional = false;
            if (dataset.Knowledge.TryGetEvent(id, out var e))
            {
                name = e.Label;
            }
            else if (dataset.ProvisionalEvents.FirstOrDefault(p => p.Id == id) is { } p)
            {
                name = p.Label;
                provisional = true;
            }
            else
            {
                name = subject.Key.Slug!;
                provisional = ProvisionalEvents.IsProvisional(id);
            }

            rows.Add(new HtmlTimelineRow(subject.Key, name, provisional, TimelineWriter.ResolveDate(dataset, subject.Key, dateGroup), dateGroup, groups));
        }

        return rows
            .OrderBy(r => r.Date is null)
            .ThenBy(r => r.Date?.Date.Start ?? default)
            .ThenBy(r => r.Date?.Date.End ?? default)
            .ThenBy(r => r.Subject.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The panels of the dated rows: background eras first, then the panels of the latest era, in date order.</summary>
    public static IReadOnlyList<HtmlTimelinePanel> Panels(IReadOnlyList<HtmlTimelineRow> rows)
    {
        var dated = rows.Where(r => r.Date is not null).ToList();
        var panels = new List<HtmlTimelinePanel>();
        var eras = Split(dated, EraGapDays);
        if (eras.Count == 0)
        {
            return panels;
        }

        foreach (var past in Split(eras.Take(eras.Count - 1).SelectMany(e => e).ToList(), BackgroundGapDays))
        {
            panels.Add(Panel("Background", background: true, past));
        }

        var clusters = Split(eras[^1], PanelGapDays);
        foreach (var cluster in clusters)
        {
            panels.Add(Panel(clusters.Count > 1 ? "Cluster" : "Events", background: false, cluster));
        }

        return panels;
    }

    private static List<List<HtmlTimelineRow>> Split(List<HtmlTimelineRow> rows, int gapDays)
    {
        var parts = new List<List<HtmlTimelineRow>>();
        LocalDate? reach = null;
        foreach (var row in rows.OrderBy(r => r.Start).ThenBy(r => r.Subject.Slug, StringComparer.Ordinal))
        {
            if (reach is null || Period.Between(reach.Value, row.Start, PeriodUnits.Days).Days > gapDays)
            {
                parts.Add([]);
            }

            parts[^1].Add(row);
            reach = reach is null || row.ClusterEnd > reach.Value ? row.ClusterEnd : reach;
        }

        return parts;
    }

    private static HtmlTimelinePanel Panel(string kind, bool background, List<HtmlTimelineRow> rows)
    {
        var first = rows.Min(r => r.Start);
        var last = rows.Max(r => r.ClusterEnd);
        int span = Period.Between(first, last, PeriodUnits.Days).Days + 1;
        int pad = Math.Max(10, span / 20);
        var from = first.PlusDays(-pad);
        var to = last.PlusDays(pad);
        LocalDate axisStart, axisEnd;
        if (span > 4 * 366)
        {
            axisStart = new LocalDate(from.Year, 1, 1);
            axisEnd = new LocalDate(to.Year + 1, 1, 1);
        }
        else
        {
            axisStart = new LocalDate(from.Year, from.Month, 1);
            axisEnd = new LocalDate(to.Year, to.Month, 1).PlusMonths(1);
        }

        var title = span > 4 * 366
            ? Invariant($"{kind}: {first.Year}–{last.Year}")
            : Invariant($"{kind}: {first:yyyy-MM} to {last:yyyy-MM}");
        return new HtmlTimelinePanel(title, background, axisStart, axisEnd, rows);
    }
}

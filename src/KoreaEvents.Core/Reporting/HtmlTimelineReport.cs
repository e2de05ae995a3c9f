using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using NodaTime;
using static KoreaEvents.Core.Reporting.SubjectDescriptions;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// The corroboration report of a dataset as one self-contained HTML page (the output of
/// <c>koreaevents report --html</c> and <c>koreaevents timeline --html</c>): an SVG timeline with one row per event,
/// its date as an interval coloured by verdict, then every event's facets, verdicts and claims with their quotes,
/// and the sources with their publication estimates and grades.
/// </summary>
/// <remarks>
/// <para>The page needs nothing else: styles and the small script are inline, fonts are the reader's own, and a
/// content security policy forbids every request (it opens from an e-mail attachment, offline). The same dataset
/// always gives the same bytes: no time stamps, invariant culture, ordinal ordering, <c>\n</c> line ends.</para>
/// <para>The timeline is zoomed: events fall into clusters where the gap between consecutive events exceeds
/// 180 days, each drawn in its own panel, and earlier eras (more than five years before the next event) are drawn
/// apart as background panels. A date is drawn from its first to its last possible day (a dot for one day), dashed
/// when the sources state no year; colour by verdict uses the Okabe–Ito palette, and every mark also carries its
/// verdict, its number of independent origins and its conflicts as text.</para>
/// <para>Everything is readable without JavaScript (each event links to its section); the script only shows the
/// selected event (click, or Enter/Space on a focused event) beside the timeline. All text from articles is
/// escaped.</para>
/// </remarks>
public static class HtmlTimelineReport
{
    private const double RowHeight = 34;
    private const double AxisHeight = 30;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the page for <paramref name="dataset"/> to <paramref name="output"/>.</summary>
    /// <param name="dataset">The dataset whose <see cref="KoreaEventsDataset.Report"/> is drawn; its knowledge base names
    /// the events and gives their catalogue dates.</param>
    /// <param name="output">Where the HTML goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(KoreaEventsDataset dataset, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToHtml(dataset));
    }

    /// <summary>Writes the page for <paramref name="dataset"/> to <paramref name="output"/> as UTF-8 without a byte
    /// order mark; the stream is left open.</summary>
    /// <param name="dataset">The dataset whose report is drawn.</param>
    /// <param name="output">A writable stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static void Write(KoreaEventsDataset dataset, Stream output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(output));
        }

        var bytes = Utf8NoBom.GetBytes(ToHtml(dataset));
        output.Write(bytes);
        output.Flush();
    }

    /// <summary>The page for <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The dataset whose report is drawn.</param>
    /// <returns>The whole HTML document, the same text for the same dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToHtml(KoreaEventsDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = HtmlTimelineLayout.Rows(dataset);
        var panels = HtmlTimelineLayout.Panels(rows);
        var h = new StringBuilder(256 * 1024);
        var report = dataset.Report;
        var scriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));

        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-")
            .Append(scriptHash).Append("'\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<meta name=\"generator\" content=\"KoreaEvents.Core HtmlTimelineReport\">\n");
        h.Append("<title>KoreaEvents timeline: ").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append(" events, ")
            .Append(dataset.Sources.Count.ToString(CultureInfo.InvariantCulture)).Append(" sources</title>\n");
        h.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        h.Append("<header>\n<h1>KoreaEvents timeline and corroboration report</h1>\n");
        h.Append(Invariant($"<p class=\"summary\">{dataset.Sources.Count} sources, {dataset.Claims.Count} claims, {report.Groups.Count} groups (subject × facet), {rows.Count} events ({rows.Count(r => r.Date is not null)} dated).</p>\n"));
        h.Append("<p>Each row is an event; its mark spans every day the sources' consensus on its date allows (a dot when it is one day). ")
            .Append("Colour and label give the verdict on the date; the number is how many independent origins state it; a triangle marks conflicting claims. ")
            .Append("Select an event (click it, or Tab to it and press Enter or Space) to see its facets, verdicts and claims.</p>\n");
        Legend(h);
        h.Append("</header>\n<main>\n<section id=\"timeline\" aria-label=\"Timeline\">\n<h2>Timeline</h2>\n");
        int panelIndex = 0;
        foreach (var panel in panels)
        {
            Panel(h, panel, ++panelIndex);
        }

        var undated = rows.Where(r => r.Date is null).ToList();
        if (undated.Count > 0)
        {
            h.Append("<div class=\"undated\">\n<h3>Events with no date from the sources or the catalogue</h3>\n<ul>\n");
            foreach (var row in undated)
            {
                h.Append("<li><a class=\"event-link\" href=\"#").Append(Attr(row.Anchor)).Append("\" data-target=\"").Append(Attr(row.Anchor)).Append("\">")
                    .Append(Text(row.Name)).Append("</a> (").Append(Text(row.Subject.ToString())).Append(")</li>\n");
            }

            h.Append("</ul>\n</div>\n");
        }

        h.Append("</section>\n");
        h.Append("<section id=\"selection\" aria-live=\"polite\" aria-label=\"Selected event\">\n<h2>Selected event</h2>\n")
            .Append("<p id=\"selection-hint\">Nothing selected. Without JavaScript, each event links to its section below.</p>\n<div id=\"selection-body\"></div>\n</section>\n");

        h.Append("<section id=\"events\">\n<h2>Events</h2>\n");
        foreach (var row in rows)
        {
            EventSection(h, dataset, row);
        }

        h.Append("</section>\n");
        var others = report.Groups.Where(g => g.Subject.Kind != EntityKind.Event).GroupBy(g => g.Subject).OrderBy(g => Order(dataset, g.Key)).ToList();
        if (others.Count > 0)
        {
            h.Append("<section id=\"other-subjects\">\n<h2>Actors, places and other subjects</h2>\n");
            foreach (var subject in others)
            {
                h.Append("<section class=\"subject\" id=\"").Append(Attr(subject.Key.Kind.ToString().ToLowerInvariant() + "-" + subject.Key.Slug)).Append("\">\n<h3>")
                    .Append(Text(subject.Key.ToString())).Append("</h3>\n");
                foreach (var group in subject)
                {
                    Group(h, group);
                }

                h.Append("</section>\n");
            }

            h.Append("</section>\n");
        }

        Sources(h, dataset);
        h.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>The colour of a verdict (Okabe–Ito); the catalogue-only mark is grey.</summary>
    internal static string Colour(Verdict? verdict) => verdict switch
    {
        Verdict.Confirmed => "#009E73",
        Verdict.Majority => "#0072B2",
        Verdict.Contested => "#D55E00",
        Verdict.Single => "#E69F00",
        Verdict.Unjudged => "#CC79A7",
        _ => "#999999",
    };

    private static string VerdictLabel(HtmlTimelineRow row) => row.DateGroup is { } g ? g.Verdict.ToString() : "Catalogue date only";

    private static void Legend(StringBuilder h)
    {
        h.Append("<figure class=\"legend\" aria-label=\"Legend\">\n<svg role=\"img\" aria-labelledby=\"legend-title\" viewBox=\"0 0 1000 56\" width=\"1000\" height=\"56\">\n<title id=\"legend-title\">Legend</title>\n");
        var items = new (Verdict? Verdict, string Label)[]
        {
            (Verdict.Confirmed, "Confirmed"), (Verdict.Majority, "Majority"), (Verdict.Contested, "Contested"),
            (Verdict.Single, "Single"), (Verdict.Unjudged, "Unjudged"), (null, "Catalogue date only"),
        };
        double x = 10;
        foreach (var (verdict, label) in items)
        {
            h.Append(Invariant($"<g class=\"legend-item\" data-verdict=\"{label}\"><rect x=\"{x:0.##}\" y=\"8\" width=\"26\" height=\"12\" fill=\"{Colour(verdict)}\"{(verdict is null ? " fill-opacity=\"0.35\" stroke=\"#666\"" : string.Empty)}/><text x=\"{x + 32:0.##}\" y=\"18\">{label}</text></g>\n"));
            x += label.Length * 7.5 + 52;
        }

        h.Append("<rect x=\"10\" y=\"32\" width=\"26\" height=\"12\" fill=\"#0072B2\" fill-opacity=\"0.3\" stroke=\"#0072B2\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/><text x=\"42\" y=\"42\">dashed: the sources state no year</text>\n");
        h.Append("<circle cx=\"298\" cy=\"38\" r=\"6\" fill=\"#0072B2\"/><text x=\"310\" y=\"42\">dot: a single day</text>\n");
        h.Append("<path d=\"M 448 44 L 455 32 L 462 44 Z\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"/><text x=\"468\" y=\"42\">conflicting claims</text>\n");
        h.Append("<text x=\"620\" y=\"42\">3 = independent origins stating the date</text>\n");
        h.Append("</svg>\n</figure>\n");
    }

    private static void Panel(StringBuilder h, HtmlTimelinePanel panel, int index)
    {
        double height = AxisHeight + (panel.Rows.Count * RowHeight) + 10;
        var id = Invariant($"panel-{index}");
        h.Append(Invariant($"<figure class=\"panel{(panel.Background ? " background" : string.Empty)}\" id=\"{id}\" data-axis-start=\"{Day(panel.AxisStart)}\" data-axis-end=\"{Day(panel.AxisEnd)}\">\n"));
        h.Append("<figcaption>").Append(Text(panel.Title)).Append(Invariant($" <span class=\"axis-range\">(axis {Day(panel.AxisStart)} to {Day(panel.AxisEnd.PlusDays(-1))})</span>"))
            .Append(panel.Background ? " — historical events the articles refer to" : string.Empty).Append("</figcaption>\n");
        h.Append(Invariant($"<svg class=\"timeline\" role=\"group\" aria-label=\"{Attr(panel.Title)}\" viewBox=\"0 0 {HtmlTimelinePanel.SvgWidth:0.##} {height:0.##}\" width=\"{HtmlTimelinePanel.SvgWidth:0.##}\" height=\"{height:0.##}\" data-plot-left=\"{HtmlTimelinePanel.PlotLeft:0.##}\" data-plot-width=\"{HtmlTimelinePanel.PlotWidth:0.##}\">\n"));
        double bottom = height - 4;
        foreach (var (day, label) in panel.Ticks())
        {
            var x = panel.X(day);
            h.Append(Invariant($"<line class=\"tick\" x1=\"{x:0.##}\" y1=\"{AxisHeight - 6:0.##}\" x2=\"{x:0.##}\" y2=\"{bottom:0.##}\"/><text class=\"tick-label\" x=\"{x:0.##}\" y=\"16\" text-anchor=\"middle\">{label}</text>\n"));
        }

        double y = AxisHeight;
        foreach (var row in panel.Rows)
        {
            Row(h, panel, row, y);
            y += RowHeight;
        }

        h.Append("</svg>\n</figure>\n");
    }

    private static void Row(StringBuilder h, HtmlTimelinePanel panel, HtmlTimelineRow row, double y)
    {
        var resolved = row.Date!.Value;
        var date = resolved.Date;
        var verdict = VerdictLabel(row);
        var colour = Colour(row.DateGroup?.Verdict);
        bool dashed = resolved.IsYearUnstated;
        var end = date.IsOpenEnded ? panel.AxisEnd.PlusDays(-1) : date.End;
        var dateText = date.ToString();
        var status = Invariant($"{verdict}, {row.Origins} {(row.Origins == 1 ? "origin" : "origins")}{(row.Conflicts > 0 ? Invariant($", {row.Conflicts} {(row.Conflicts == 1 ? "conflict" : "conflicts")}") : string.Empty)}");
        var aria = $"{row.Name}: {dateText}; date {status}";
        h.Append("<a class=\"event-mark\" href=\"#").Append(Attr(row.Anchor)).Append("\" data-target=\"").Append(Attr(row.Anchor))
            .Append("\" data-event=\"").Append(Attr(row.Subject.ToString())).Append("\" data-verdict=\"").Append(Attr(verdict))
            .Append("\" data-start=\"").Append(Day(date.Start)).Append("\" data-end=\"").Append(Day(end))
            .Append(Invariant($"\" data-origins=\"{row.Origins}\" data-conflicts=\"{row.Conflicts}\""))
            .Append(dashed ? " data-year-unstated=\"true\"" : string.Empty)
            .Append(" role=\"button\" tabindex=\"0\" aria-label=\"").Append(Attr(aria)).Append("\">\n");
        h.Append("<title>").Append(Text(aria)).Append("</title>\n");
        h.Append(Invariant($"<rect class=\"row-bg\" x=\"0\" y=\"{y:0.##}\" width=\"{HtmlTimelinePanel.SvgWidth:0.##}\" height=\"{RowHeight:0.##}\"/>\n"));
        h.Append(Invariant($"<text class=\"name\" x=\"6\" y=\"{y + 14:0.##}\">")).Append(Text(Cut(row.Name + (row.Provisional ? " (provisional)" : string.Empty), 44))).Append("</text>\n");
        h.Append(Invariant($"<text class=\"status\" x=\"6\" y=\"{y + 28:0.##}\">")).Append(Text(Cut(dateText + " · " + status, 52))).Append("</text>\n");

        double mid = y + (RowHeight / 2);
        double x0 = panel.X(date.Start);
        double x1 = panel.X(end.PlusDays(1));
        string dash = dashed ? " stroke-dasharray=\"4 3\"" : string.Empty;
        string fill = row.DateGroup is null || dashed ? Invariant($" fill=\"{colour}\" fill-opacity=\"0.3\" stroke=\"{colour}\" stroke-width=\"1.5\"") : Invariant($" fill=\"{colour}\"");
        double labelX;
        if (date.Start == end)
        {
            double cx = (x0 + x1) / 2;
            h.Append(Invariant($"<circle class=\"mark dot\" cx=\"{cx:0.##}\" cy=\"{mid:0.##}\" r=\"6\"{fill}{dash}/>\n"));
            labelX = cx + 9;
        }
        else
        {
            double width = Math.Max(x1 - x0, 2);
            h.Append(Invariant($"<rect class=\"mark bar\" x=\"{x0:0.##}\" y=\"{mid - 7:0.##}\" width=\"{width:0.##}\" height=\"14\" rx=\"2\"{fill}{dash}/>\n"));
            labelX = x0 + width + 4;
        }

        // The origin count (and the conflict mark) go right of the mark, or left of it when there is no room.
        bool left = labelX > HtmlTimelinePanel.PlotLeft + HtmlTimelinePanel.PlotWidth + 40;
        double textX = left ? x0 - 4 : labelX;
        var count = row.Origins.ToString(CultureInfo.InvariantCulture);
        h.Append(Invariant($"<text class=\"origins\" x=\"{textX:0.##}\" y=\"{mid + 4:0.##}\"{(left ? " text-anchor=\"end\"" : string.Empty)}>{count}</text>\n"));
        if (row.Conflicts > 0)
        {
            double tx = left ? textX - 10 - (count.Length * 7) : textX + 6 + (count.Length * 7);
            h.Append(Invariant($"<path class=\"conflict-mark\" d=\"M {tx - 6:0.##} {mid + 6:0.##} L {tx:0.##} {mid - 6:0.##} L {tx + 6:0.##} {mid + 6:0.##} Z\"><title>{row.Conflicts} conflicting {(row.Conflicts == 1 ? "claim" : "claims")}</title></path>\n"));
        }

        h.Append("</a>\n");
    }

    private static void EventSection(StringBuilder h, KoreaEventsDataset dataset, HtmlTimelineRow row)
    {
        h.Append("<section class=\"event\" id=\"").Append(Attr(row.Anchor)).Append("\" data-event=\"").Append(Attr(row.Subject.ToString())).Append("\">\n");
        h.Append("<h3>").Append(Text(row.Name)).Append(" <code>").Append(Text(row.Subject.ToString())).Append("</code></h3>\n<p class=\"meta\">");
        var id = new EventId(row.Subject.Slug!);
        if (dataset.Knowledge.TryGetEvent(id, out var e))
        {
            h.Append("Catalogue: ").Append(Text(e.Code.ToString())).Append(", date ").Append(Text(e.Date.ToString()));
            if (!string.IsNullOrWhiteSpace(e.DateNote))
            {
                h.Append(" (").Append(Text(e.DateNote)).Append(')');
            }

            h.Append(". ");
        }
        else if (row.Provisional)
        {
            h.Append("Provisional: not in the catalogue. ");
        }

        if (row.Date is { } resolved)
        {
            h.Append("Drawn at ").Append(Text(resolved.Date.ToString()));
            h.Append(row.DateGroup is { } dg ? Text($" (date {dg.Verdict}, consensus {dg.Consensus?.ToString() ?? "none"})") : " (no source states the date: the catalogue's)");
            if (resolved.SourcesReading is { } yearless)
            {
                h.Append(Text($"; year from the catalogue, the sources' own reading is {yearless}"));
            }

            h.Append('.');
        }
        else
        {
            h.Append("No date from the sources or the catalogue.");
        }

        h.Append("</p>\n<table class=\"facets\">\n<thead><tr><th scope=\"col\">Facet</th><th scope=\"col\">Verdict</th><th scope=\"col\">Consensus</th><th scope=\"col\">Origins</th><th scope=\"col\">Conflicts</th></tr></thead>\n<tbody>\n");
        foreach (var group in row.Groups)
        {
            h.Append("<tr><td>").Append(Text(group.Facet.ToString())).Append("</td><td><span class=\"verdict v-").Append(group.Verdict.ToString().ToLowerInvariant()).Append("\">")
                .Append(group.Verdict.ToString()).Append("</span></td><td>").Append(Text(group.Consensus?.ToString() ?? "(none)"))
                .Append(Invariant($"</td><td>{group.Origins.Count}</td><td>{group.Conflicts.Count}</td></tr>\n"));
        }

        h.Append("</tbody>\n</table>\n");
        foreach (var group in row.Groups)
        {
            Group(h, group);
        }

        h.Append("</section>\n");
    }

    private static void Group(StringBuilder h, ClaimGroupResult group)
    {
        h.Append("<div class=\"group\" data-facet=\"").Append(Attr(group.Facet.ToString())).Append("\">\n<h4>").Append(Text(group.Facet.ToString()))
            .Append(": <span class=\"verdict v-").Append(group.Verdict.ToString().ToLowerInvariant()).Append("\">").Append(group.Verdict.ToString()).Append("</span>, consensus ")
            .Append(Text(group.Consensus?.ToString() ?? "(none)")).Append("</h4>\n");
        h.Append("<p class=\"explanation\">").Append(Text(group.Explanation)).Append("</p>\n<ul class=\"claims\">\n");
        foreach (var origin in group.Origins)
        {
            foreach (var claim in origin.Claims)
            {
                var stance = claim.Stance.ToString().ToLowerInvariant();
                h.Append("<li class=\"claim ").Append(stance).Append("\"><span class=\"code\" title=\"Admiralty code: source reliability A–F, claim credibility 1–6\">")
                    .Append(Text(claim.AdmiraltyCode)).Append("</span> <span class=\"stance\">").Append(stance).Append("</span> <span class=\"source\">")
                    .Append(Text(origin.Describe(claim))).Append("</span>: <span class=\"value\">").Append(Text(claim.Value.ToString() ?? string.Empty)).Append("</span>");
                if (claim.AttributionText is { } attribution)
                {
                    h.Append(" <span class=\"attribution\">(per ").Append(Text(attribution)).Append(")</span>");
                }

                if (claim.Evidence is { } evidence)
                {
                    h.Append(Invariant($"\n<blockquote class=\"quote\" data-start=\"{evidence.Start}\">")).Append(Text(evidence.Quote)).Append("</blockquote>");
                }

                if (claim.Reason is { } reason)
                {
                    h.Append("\n<p class=\"").Append(claim.Stance == ClaimStance.Conflicts ? "conflict" : "neutral").Append("\">")
                        .Append(claim.Stance == ClaimStance.Conflicts ? "Conflict: " : "Not counted: ").Append(Text(reason)).Append("</p>");
                }

                h.Append("</li>\n");
            }
        }

        h.Append("</ul>\n</div>\n");
    }

    private static void Sources(StringBuilder h, KoreaEventsDataset dataset)
    {
        var report = dataset.Report;
        h.Append("<section id=\"sources\">\n<h2>Sources</h2>\n");
        h.Append(Invariant($"<p>Reliability learned over {report.Learning.Iterations} iterations (converged: {report.Learning.Converged}). Grades A (completely reliable) to F (cannot be judged).</p>\n"));
        h.Append("<table class=\"sources\">\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Outlet</th><th scope=\"col\">Published</th><th scope=\"col\">Trust</th><th scope=\"col\">Grade</th><th scope=\"col\">Judged groups</th><th scope=\"col\">Claims</th><th scope=\"col\">Upstream origins</th></tr></thead>\n<tbody>\n");
        foreach (var source in report.SourceReliabilities)
        {
            var article = dataset.FindArticle(source.Id);
            var published = article is null
                ? dataset.FindSource(source.Id)?.Publication?.ToString() ?? "unknown"
                : CorroborationTextReport.FormatPublished(article.Publication);
            var origins = dataset.FindSource(source.Id)?.Origins is { Count: > 0 } o ? string.Join(", ", o) : string.Empty;
            h.Append("<tr id=\"source-").Append(Attr(source.Id.ToString())).Append("\"><td><code>").Append(Text(source.Id.ToString())).Append("</code></td><td>")
                .Append(Text(source.Outlet ?? "(outlet not stated)")).Append("</td><td>").Append(Text(published))
                .Append(Invariant($"</td><td>{source.Trust:0.00}</td><td class=\"grade\">{source.Grade}</td><td>{source.JudgedGroups}</td><td>{source.Claims}</td><td>"))
                .Append(Text(origins)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Day(LocalDate day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    /// <summary>Escapes text for HTML element content and attribute values alike; control characters (other than
    /// tab and line feed) become U+FFFD, carriage returns line feeds.</summary>
    internal static string Text(string text)
    {
        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                case '\r': b.Append('\n'); break;
                case '\t' or '\n': b.Append(c); break;
                default: b.Append(char.IsControl(c) ? '\uFFFD' : c); break;
            }
        }

        return b.ToString();
    }

    private static string Attr(string text) => Text(text);

    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; margin: 0 auto; max-width: 1040px; padding: 0 16px 48px; color: #1a1a1a; background: #fff; line-height: 1.45; }
        h1 { font-size: 1.5rem; margin: 20px 0 6px; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; margin-top: 28px; }
        h3 { font-size: 1.05rem; margin: 18px 0 4px; }
        h4 { font-size: 0.95rem; margin: 12px 0 2px; }
        code { font-size: 0.85em; color: #444; }
        figure { margin: 12px 0; }
        figcaption { font-weight: 600; margin-bottom: 4px; }
        .axis-range { font-weight: normal; color: #555; font-size: 0.9em; }
        svg { display: block; max-width: 100%; height: auto; font-size: 12px; }
        svg text { fill: #1a1a1a; }
        .panel { border: 1px solid #ddd; border-radius: 4px; padding: 6px; }
        .panel.background { background: #fafafa; }
        .tick { stroke: #ddd; stroke-width: 1; }
        .tick-label { fill: #555; font-size: 11px; }
        .name { font-weight: 600; }
        .status { fill: #444; font-size: 11px; }
        .origins { font-weight: 700; font-size: 12px; }
        .conflict-mark { fill: #fff; stroke: #000; stroke-width: 1.5; }
        .row-bg { fill: transparent; }
        .event-mark { cursor: pointer; outline: none; }
        .event-mark:hover .row-bg { fill: #f0f0f0; }
        .event-mark:focus .row-bg, .event-mark:focus-visible .row-bg { fill: #e8f0fe; stroke: #000; stroke-width: 2; }
        .event-mark.selected .row-bg { fill: #fff4d6; }
        .event-mark.selected .mark { stroke: #000; stroke-width: 2; }
        #selection { border: 2px solid #0072B2; border-radius: 4px; padding: 4px 12px; margin-top: 16px; }
        .undated ul { margin: 4px 0; }
        table { border-collapse: collapse; margin: 6px 0; font-size: 0.9rem; }
        th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        .verdict { font-weight: 600; padding: 0 4px; border-left: 10px solid #999; }
        .v-confirmed { border-color: #009E73; }
        .v-majority { border-color: #0072B2; }
        .v-contested { border-color: #D55E00; }
        .v-single { border-color: #E69F00; }
        .v-unjudged { border-color: #CC79A7; }
        .explanation { color: #444; font-size: 0.9rem; margin: 2px 0; }
        .claims { list-style: none; padding-left: 0; margin: 4px 0 8px; }
        .claim { border-left: 3px solid #ccc; padding: 2px 0 2px 8px; margin: 4px 0; font-size: 0.9rem; }
        .claim.supports { border-color: #009E73; }
        .claim.conflicts { border-color: #D55E00; }
        .code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; background: #eee; padding: 0 4px; }
        .stance { font-style: italic; }
        .quote { margin: 2px 0 2px 16px; color: #333; font-style: italic; white-space: pre-wrap; }
        .quote::before { content: "\201C"; } .quote::after { content: "\201D"; }
        .conflict { color: #8a2d00; margin: 2px 0; font-weight: 600; }
        .neutral { color: #555; margin: 2px 0; }
        section.event:target, section.subject:target { outline: 3px solid #E69F00; outline-offset: 4px; }

        """;

    private const string Script = """

        (function () {
          "use strict";
          var body = document.getElementById("selection-body");
          var hint = document.getElementById("selection-hint");
          var marks = document.querySelectorAll("[data-target]");
          function select(el) {
            var id = el.getAttribute("data-target");
            var source = document.getElementById(id);
            if (!source) { return; }
            var copy = source.cloneNode(true);
            copy.removeAttribute("id");
            copy.querySelectorAll("[id]").forEach(function (n) { n.removeAttribute("id"); });
            copy.setAttribute("data-selected", id);
            body.replaceChildren(copy);
            hint.textContent = "Selected: " + (copy.querySelector("h3") || copy).textContent;
            marks.forEach(function (m) {
              var on = m.getAttribute("data-target") === id;
              m.classList.toggle("selected", on);
              if (m.hasAttribute("role")) { m.setAttribute("aria-pressed", on ? "true" : "false"); }
            });
          }
          marks.forEach(function (el) {
            if (el.hasAttribute("role")) { el.setAttribute("aria-pressed", "false"); }
            el.addEventListener("click", function (e) { e.preventDefault(); select(el); });
            el.addEventListener("keydown", function (e) {
              if (e.key === "Enter" || e.key === " " || e.key === "Spacebar") { e.preventDefault(); select(el); }
            });
          });
        })();

        """;
}

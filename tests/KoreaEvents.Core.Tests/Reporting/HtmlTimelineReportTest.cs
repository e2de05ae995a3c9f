using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Reporting;
using NodaTime;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class HtmlTimelineReportTest
{
    private const string Hostile = "</script><img src=x onerror=alert(1)> & \"quoted\" 'single'";

    private static readonly Lazy<string> SeedsHtml = new(() => HtmlTimelineReport.ToHtml(TestClock.Dataset));

    private static IEnumerable<IGrouping<EntityRef, ClaimGroupResult>> Events(KoreaEventsDataset dataset) =>
        dataset.Report.Groups.GroupBy(g => g.Subject).Where(g => g.Key.Kind == EntityKind.Event);

    [Fact]
    public void The_seeds_page_is_the_verified_one() => SnapshotAssert.Text(SeedsHtml.Value);

    [Fact]
    public void The_same_dataset_gives_the_same_bytes_in_any_culture()
    {
        var first = SeedsHtml.Value;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // The tests run in globalization-invariant mode: a culture of our own with a decimal comma and other digits.
            var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            odd.NumberFormat.NumberDecimalSeparator = ",";
            odd.NumberFormat.NegativeSign = "−";
            odd.DateTimeFormat.DateSeparator = ".";
            CultureInfo.CurrentCulture = odd;
            var again = HtmlTimelineReport.ToHtml(KoreaEventsDataset.Load(TestClock.At(TestClock.Today)));
            Assert.Equal(first, again);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        using var stream = new MemoryStream();
        HtmlTimelineReport.Write(TestClock.Dataset, stream);
        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetBytes(first), bytes);
        Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
        Assert.DoesNotContain('\r', first);

        using var writer = new StringWriter();
        HtmlTimelineReport.Write(TestClock.Dataset, writer);
        Assert.Equal(first, writer.ToString());
    }

    [Fact]
    public void Every_event_and_every_verdict_is_on_the_page()
    {
        var html = SeedsHtml.Value;
        foreach (var subject in Events(TestClock.Dataset))
        {
            var section = Section(html, "event-" + subject.Key.Slug);
            foreach (var group in subject)
            {
                Assert.Contains($"<div class=\"group\" data-facet=\"{group.Facet}\">\n<h4>{group.Facet}: <span class=\"verdict v-{group.Verdict.ToString().ToLowerInvariant()}\">{group.Verdict}</span>", section, StringComparison.Ordinal);
            }
        }

        foreach (var verdict in Enum.GetNames<Verdict>())
        {
            Assert.Contains($"data-verdict=\"{verdict}\"", html, StringComparison.Ordinal); // the legend names each
        }

        Assert.Equal(30, Regex.Count(html, "<a class=\"event-mark\""));
        Assert.Equal(TestClock.Dataset.Report.SourceReliabilities.Count, Regex.Count(html, "<tr id=\"source-"));
    }

    [Fact]
    public void The_page_loads_nothing_from_anywhere()
    {
        var html = SeedsHtml.Value;
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), href => Assert.StartsWith("#", href, StringComparison.Ordinal));
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<script>"));
        Assert.Equal(1, Regex.Count(html, "</script>"));
    }

    [Fact]
    public void Hostile_quotes_are_escaped()
    {
        // Quotes come from articles, outlets and titles from anyone: a claim given with a hostile quote, from a source
        // with a hostile outlet.
        var source = new SourceId("hostile");
        var claim = new Claim(new ClaimId("hostile-c1"), EntityRef.From(new EventId("hanoi-summit-2019")), Facet.Date,
            new DateValue(DateEstimate.Parse("2019-02-28")), source, new Evidence(source, 0, Hostile.Length, Hostile));
        var dataset = TestClock.Dataset.WithClaims([claim], [new Source(source, title: Hostile, outlet: Hostile)]);

        var html = HtmlTimelineReport.ToHtml(dataset);
        Assert.Contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Regex.Count(html, "</script>"));
        Assert.Equal("a&lt;b&gt;&amp;&quot;&#39;\uFFFD\n", HtmlTimelineReport.Text("a<b>&\"'\u0001\r"));
    }

    [Fact]
    public void Bars_are_placed_by_their_dates()
    {
        var panel = new HtmlTimelinePanel("t", false, new LocalDate(2019, 1, 1), new LocalDate(2020, 1, 1), []);
        Assert.Equal(HtmlTimelinePanel.PlotLeft, panel.X(new LocalDate(2019, 1, 1)));
        Assert.Equal(HtmlTimelinePanel.PlotLeft + HtmlTimelinePanel.PlotWidth, panel.X(new LocalDate(2020, 1, 1)));
        Assert.Equal(HtmlTimelinePanel.PlotLeft + (58 * HtmlTimelinePanel.PlotWidth / 365), panel.X(new LocalDate(2019, 2, 28)), 6);

        // In the page: Hanoi's consensus is one day, 2019-02-28, drawn as a dot in the middle of that day of its panel.
        var html = SeedsHtml.Value;
        var mark = Regex.Match(html, "<figure class=\"panel\" id=\"panel-\\d\" data-axis-start=\"(?<from>[0-9-]+)\" data-axis-end=\"(?<to>[0-9-]+)\">(?:(?!</figure>).)*?data-event=\"event:hanoi-summit-2019\"(?:(?!</a>).)*?<circle class=\"mark dot\" cx=\"(?<cx>[0-9.]+)\"", RegexOptions.Singleline);
        Assert.True(mark.Success);
        var hanoiPanel = new HtmlTimelinePanel("t", false, LocalDate.FromDateTime(DateTime.Parse(mark.Groups["from"].Value, CultureInfo.InvariantCulture)), LocalDate.FromDateTime(DateTime.Parse(mark.Groups["to"].Value, CultureInfo.InvariantCulture)), []);
        double expected = (hanoiPanel.X(new LocalDate(2019, 2, 28)) + hanoiPanel.X(new LocalDate(2019, 3, 1))) / 2;
        Assert.Equal(Math.Round(expected, 2), double.Parse(mark.Groups["cx"].Value, CultureInfo.InvariantCulture));

        // The Singapore summit's consensus is June 2018: a bar from the first to the end of the last day of the month.
        var bar = Regex.Match(html, "data-event=\"event:singapore-summit-2018\"(?:(?!</a>).)*?<rect class=\"mark bar\" x=\"(?<x>[0-9.]+)\" y=\"[0-9.]+\" width=\"(?<w>[0-9.]+)\"", RegexOptions.Singleline);
        Assert.True(bar.Success);
        var singapore = HtmlTimelineLayout.Panels(HtmlTimelineLayout.Rows(TestClock.Dataset)).Single(p => p.Rows.Any(r => r.Subject.Slug == "singapore-summit-2018"));
        Assert.Equal(Math.Round(singapore.X(new LocalDate(2018, 6, 1)), 2), double.Parse(bar.Groups["x"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round(singapore.X(new LocalDate(2018, 7, 1)) - singapore.X(new LocalDate(2018, 6, 1)), 2), double.Parse(bar.Groups["w"].Value, CultureInfo.InvariantCulture), 2);
    }

    [Fact]
    public void Year_unstated_readings_are_dashed_and_conflicts_marked()
    {
        var html = SeedsHtml.Value;
        var withdrawal = Regex.Match(html, "<a class=\"event-mark\"[^>]*data-event=\"event:liaison-office-withdrawal-2019\"[^>]*>(?:(?!</a>).)*</a>", RegexOptions.Singleline).Value;
        Assert.Contains("data-year-unstated=\"true\"", withdrawal, StringComparison.Ordinal);
        Assert.Contains("stroke-dasharray", withdrawal, StringComparison.Ordinal);
        var hanoi = Regex.Match(html, "<a class=\"event-mark\"[^>]*data-event=\"event:hanoi-summit-2019\"[^>]*>(?:(?!</a>).)*</a>", RegexOptions.Singleline).Value;
        var dateGroup = TestClock.Dataset.Report.Find(new EventId("hanoi-summit-2019"), Facet.Date)!;
        Assert.Contains($"data-origins=\"{dateGroup.Origins.Count}\" data-conflicts=\"{dateGroup.Conflicts.Count}\"", hanoi, StringComparison.Ordinal);
        Assert.Contains("class=\"conflict-mark\"", hanoi, StringComparison.Ordinal);
        Assert.Contains($"Majority, {dateGroup.Origins.Count} origins, {dateGroup.Conflicts.Count} conflicts", hanoi, StringComparison.Ordinal);
        Assert.Contains("Conflict: 2019-03 does not overlap", Section(html, "event-hanoi-summit-2019"), StringComparison.Ordinal);
    }

    [Fact]
    public void Clusters_come_from_the_gaps_and_history_is_background()
    {
        var panels = HtmlTimelineLayout.Panels(HtmlTimelineLayout.Rows(TestClock.Dataset));
        var background = Assert.Single(panels, p => p.Background);
        Assert.Equal("Background: 1939–1953", background.Title);
        Assert.Contains(background.Rows, r => r.Subject.Slug == "world-war-ii");
        Assert.Contains(background.Rows, r => r.Subject.Slug == "korean-war-armistice-1953");
        Assert.All(panels.Where(p => !p.Background), p => Assert.True(p.AxisStart.Year >= 2016, p.Title));
        Assert.Contains(panels, p => p.Rows.Any(r => r.Subject.Slug == "hanoi-summit-2019") && p.Rows.All(r => r.Start.Year < 2020));
        Assert.Contains(panels, p => p.Rows.Any(r => r.Subject.Slug == "liaison-office-demolition-2020") && p.Rows.All(r => r.Start.Year >= 2019));
        foreach (var panel in panels)
        {
            Assert.All(panel.Rows, r => Assert.True(r.Start >= panel.AxisStart && r.ClusterEnd < panel.AxisEnd, $"{r.Subject} in {panel.Title}"));
        }
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlTimelineReport.ToHtml(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlTimelineReport.Write(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => HtmlTimelineReport.Write(TestClock.Dataset, (TextWriter)null!));
        Assert.Throws<ArgumentNullException>(() => HtmlTimelineReport.Write(TestClock.Dataset, (Stream)null!));
        Assert.Throws<ArgumentException>(() => HtmlTimelineReport.Write(TestClock.Dataset, new MemoryStream([], writable: false)));
    }

    private static string Section(string html, string id)
    {
        int start = html.IndexOf($"<section class=\"event\" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        int end = html.IndexOf("\n</section>\n", start, StringComparison.Ordinal);
        return html[start..end];
    }
}

using System.Globalization;
using System.Text.Json;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Reporting;
using Microsoft.Playwright;
using NodaTime;

namespace KoreaEvents.Browser.Tests;

/// <summary>The seeds' HTML timeline in a real browser: the DOM, the bars' geometry, selection by mouse and keyboard,
/// and a screenshot that is not blank.</summary>
public sealed class HtmlTimelineBrowserTest(TimelinePage timeline) : IClassFixture<TimelinePage>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IEnumerable<IGrouping<EntityRef, ClaimGroupResult>> Events =>
        timeline.Dataset.Report.Groups.GroupBy(g => g.Subject).Where(g => g.Key.Kind == EntityKind.Event);

    [BrowserFact]
    public async Task The_dom_holds_every_event_and_its_verdicts()
    {
        var page = await timeline.OpenAsync();
        var json = await page.EvaluateAsync<string>("""
            () => JSON.stringify(Array.from(document.querySelectorAll("#events section.event")).map(s => ({
              event: s.getAttribute("data-event"),
              verdicts: Array.from(s.querySelectorAll(".group h4 .verdict")).map(v => v.textContent) })))
            """);
        var sections = JsonSerializer.Deserialize<List<SectionInfo>>(json, Json)!;
        var expected = Events.ToDictionary(g => g.Key.ToString(), g => g.Select(x => x.Verdict.ToString()).ToList());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), sections.Select(s => s.Event).Order(StringComparer.Ordinal));
        foreach (var section in sections)
        {
            Assert.Equal(expected[section.Event], section.Verdicts);
        }

        Assert.Equal(47, sections.Count); // 30 dated (drawn) and 17 provisional events no source dates
        var legend = await page.Locator(".legend-item").AllTextContentsAsync();
        Assert.Equal(["Confirmed", "Majority", "Contested", "Single", "Unjudged", "Catalogue date only"], legend);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Each_dated_event_has_a_mark_where_its_dates_put_it()
    {
        var page = await timeline.OpenAsync();
        var json = await page.EvaluateAsync<string>("""
            () => JSON.stringify(Array.from(document.querySelectorAll("a.event-mark")).map(a => {
              const svg = a.closest("svg"), fig = a.closest("figure"), mark = a.querySelector(".mark");
              const box = mark.getBoundingClientRect(), svgBox = svg.getBoundingClientRect();
              const scale = svg.viewBox.baseVal.width / svgBox.width;
              return {
                event: a.getAttribute("data-event"), verdict: a.getAttribute("data-verdict"),
                axisStart: fig.getAttribute("data-axis-start"), axisEnd: fig.getAttribute("data-axis-end"),
                plotLeft: +svg.getAttribute("data-plot-left"), plotWidth: +svg.getAttribute("data-plot-width"),
                kind: mark.tagName, dashed: mark.hasAttribute("stroke-dasharray"),
                x: mark.tagName === "rect" ? +mark.getAttribute("x") : +mark.getAttribute("cx"),
                width: mark.tagName === "rect" ? +mark.getAttribute("width") : 0,
                renderedLeft: (box.left - svgBox.left) * scale, renderedWidth: box.width * scale };
            }))
            """);
        var marks = JsonSerializer.Deserialize<List<MarkInfo>>(json, Json)!;
        var dated = Events.Select(g => (Event: g.Key.ToString(), Expected: ExpectedInterval(g.Key, g.FirstOrDefault(x => x.Facet == Facet.Date))))
            .Where(e => e.Expected is not null).ToDictionary(e => e.Event, e => e.Expected!.Value);
        Assert.Equal(dated.Keys.Order(StringComparer.Ordinal), marks.Select(m => m.Event).Order(StringComparer.Ordinal));
        foreach (var mark in marks)
        {
            var (start, end, yearless) = dated[mark.Event];
            var axisStart = LocalDate.FromDateTime(DateTime.Parse(mark.AxisStart, CultureInfo.InvariantCulture));
            var axisEnd = LocalDate.FromDateTime(DateTime.Parse(mark.AxisEnd, CultureInfo.InvariantCulture));
            double perDay = mark.PlotWidth / Period.Between(axisStart, axisEnd, PeriodUnits.Days).Days;
            double x0 = mark.PlotLeft + (Period.Between(axisStart, start, PeriodUnits.Days).Days * perDay);
            double x1 = mark.PlotLeft + ((Period.Between(axisStart, end, PeriodUnits.Days).Days + 1) * perDay);
            Assert.True(start >= axisStart && end < axisEnd, $"{mark.Event}: {start}/{end} is outside the panel's axis {axisStart}/{axisEnd}");
            Assert.Equal(yearless, mark.Dashed);
            if (start == end)
            {
                Assert.Equal("circle", mark.Kind);
                Assert.True(Math.Abs(mark.X - ((x0 + x1) / 2)) < 0.02, $"{mark.Event}: dot at {mark.X}, its day is {x0:0.##}–{x1:0.##}");
                Assert.True(Math.Abs(mark.RenderedLeft + (mark.RenderedWidth / 2) - ((x0 + x1) / 2)) < 1.5, $"{mark.Event}: rendered at {mark.RenderedLeft}");
            }
            else
            {
                Assert.Equal("rect", mark.Kind);
                Assert.True(Math.Abs(mark.X - x0) < 0.02, $"{mark.Event}: bar starts at {mark.X}, {start} is at {x0:0.##}");
                Assert.True(Math.Abs(mark.Width - Math.Max(x1 - x0, 2)) < 0.02, $"{mark.Event}: bar is {mark.Width} wide, {start}/{end} is {x1 - x0:0.##}");
                Assert.True(Math.Abs(mark.RenderedLeft - x0) < 1.5 && Math.Abs(mark.RenderedWidth - Math.Max(x1 - x0, 2)) < 1.5,
                    $"{mark.Event}: rendered at {mark.RenderedLeft:0.##} ({mark.RenderedWidth:0.##} wide), expected {x0:0.##} ({x1 - x0:0.##})");
            }
        }

        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_an_event_shows_its_claims_and_quotes()
    {
        var page = await timeline.OpenAsync();
        var subject = EntityRef.From(new EventId("hanoi-summit-2019"));
        Assert.Equal(0, await page.Locator("#selection-body blockquote").CountAsync());
        await page.Locator("a.event-mark[data-event='event:hanoi-summit-2019'] .mark").ClickAsync();
        await AssertSelectedAsync(page, subject);
        Assert.Equal("true", await page.Locator("a.event-mark[data-event='event:hanoi-summit-2019']").GetAttributeAsync("aria-pressed"));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Events_are_selected_with_the_keyboard()
    {
        var page = await timeline.OpenAsync();

        // Tab reaches the first event of the timeline.
        string? focused = null;
        for (int i = 0; i < 40 && focused is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.getAttribute('data-event')");
        }

        Assert.Equal("event:world-war-ii", focused);
        await page.Keyboard.PressAsync("Enter");
        await AssertSelectedAsync(page, EntityRef.From(new EventId("world-war-ii")));

        await page.FocusAsync("a.event-mark[data-event='event:liaison-office-demolition-2020']");
        await page.Keyboard.PressAsync("Space");
        await AssertSelectedAsync(page, EntityRef.From(new EventId("liaison-office-demolition-2020")));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task A_screenshot_is_not_blank()
    {
        var page = await timeline.OpenAsync();
        await page.Locator("a.event-mark[data-event='event:hanoi-summit-2019'] .mark").ClickAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false });
        var png = Png.Decode(bytes);
        Assert.Equal((1100, 1500), (png.Width, png.Height));

        // Not one colour: text, axes and marks; and every solid verdict colour of the seeds' marks is on screen.
        var counts = png.Pixels.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        int white = counts.GetValueOrDefault(0xFFFFFF);
        Assert.True(png.Pixels.Length - white > png.Pixels.Length / 20, $"only {png.Pixels.Length - white} of {png.Pixels.Length} pixels are not white");
        Assert.True(counts.Count > 50, $"only {counts.Count} colours");
        foreach (var verdict in new[] { Verdict.Confirmed, Verdict.Majority, Verdict.Single })
        {
            var colour = int.Parse(HtmlTimelineReport_Colour(verdict), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            Assert.True(counts.GetValueOrDefault(colour) >= 50, $"{verdict} ({colour:X6}) is on {counts.GetValueOrDefault(colour)} pixels");
        }

        if (Environment.GetEnvironmentVariable("KOREAEVENTS_ACCEPT_SNAPSHOTS") == "1")
        {
            System.IO.File.WriteAllBytes(Path.Combine(RepositoryRoot(), "docs", "images", "report.png"), bytes);
        }

        await page.CloseAsync();
    }

    /// <summary>The Okabe–Ito colours of the page (fixed by the legend: a change there is a change here).</summary>
    private static string HtmlTimelineReport_Colour(Verdict verdict) => verdict switch
    {
        Verdict.Confirmed => "009E73",
        Verdict.Majority => "0072B2",
        _ => "E69F00",
    };

    private async Task AssertSelectedAsync(IPage page, EntityRef subject)
    {
        var anchor = "event-" + subject.Slug;
        var selected = page.Locator($"#selection-body [data-selected='{anchor}']");
        await selected.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
        var quotes = (await selected.Locator("blockquote.quote").AllTextContentsAsync()).ToList();
        var codes = (await selected.Locator(".claim .code").AllTextContentsAsync()).ToList();
        var claims = timeline.Dataset.Report.Groups.Where(g => g.Subject == subject).SelectMany(g => g.Claims).ToList();
        Assert.Equal(claims.Count, codes.Count);
        Assert.Equal(claims.Select(c => c.AdmiraltyCode), codes);
        Assert.Equal(claims.Where(c => c.Evidence is not null).Select(c => c.Evidence!.Quote.ReplaceLineEndings("\n")), quotes.Select(q => q.ReplaceLineEndings("\n")));
        Assert.Equal(1, await page.Locator("#selection-body section").CountAsync());
    }

    /// <summary>The interval the seeds' sources (or the catalogue) give an event, independently of the page's layout
    /// code: the date consensus when it states its year; a year-unstated consensus in the catalogue's year; the
    /// catalogue (or provisional) date when no source dates the event.</summary>
    private (LocalDate Start, LocalDate End, bool Yearless)? ExpectedInterval(EntityRef subject, ClaimGroupResult? dateGroup)
    {
        var id = new EventId(subject.Slug!);
        DateEstimate? catalogue = timeline.Dataset.Knowledge.TryGetEvent(id, out var e) ? e.Date : timeline.Dataset.ProvisionalEvents.FirstOrDefault(p => p.Id == id)?.Date;
        if (dateGroup?.Consensus is DateValue { Date: var date })
        {
            if (date.IsYearStated)
            {
                return (date.Start, date.End, false);
            }

            int shift = catalogue!.Value.Start.Year - date.Start.Year;
            return (date.Start.PlusYears(shift), date.End.PlusYears(shift), true);
        }

        return catalogue is { } c ? (c.Start, c.End, false) : null;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "KoreaEvents.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No KoreaEvents.Core.sln above " + AppContext.BaseDirectory);
    }

    private sealed record SectionInfo(string Event, List<string> Verdicts);

    private sealed record MarkInfo(
        string Event, string Verdict, string AxisStart, string AxisEnd, double PlotLeft, double PlotWidth, string Kind, bool Dashed,
        double X, double Width, double RenderedLeft, double RenderedWidth);
}

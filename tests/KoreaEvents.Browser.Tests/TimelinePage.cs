using KoreaEvents.Core;
using KoreaEvents.Core.Reporting;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Testing;

namespace KoreaEvents.Browser.Tests;

/// <summary>
/// The seeds' HTML timeline written once to a temporary file (dated on the tests' fixed day, 2026-01-01) and a
/// headless Chromium launched on first use: the system browser, never a downloaded one.
/// </summary>
public sealed class TimelinePage : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "koreaevents-browser-" + Guid.NewGuid().ToString("N"));
    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The embedded corpus dated on 2026-01-01 (the day of analysis of every test).</summary>
    public KoreaEventsDataset Dataset { get; } = KoreaEventsDataset.Load(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));

    /// <summary>The page's file.</summary>
    public string File => Path.Combine(directory, "report.html");

    /// <summary>The file's <c>file://</c> URL.</summary>
    public string Url => new Uri(File).AbsoluteUri;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        using var stream = System.IO.File.Create(File);
        HtmlTimelineReport.Write(Dataset, stream);
        return Task.CompletedTask;
    }

    /// <summary>A new page (1100×1500) with the timeline loaded.</summary>
    public async Task<IPage> OpenAsync()
    {
        var path = Chromium.Path ?? throw new InvalidOperationException(
            $"No Chromium browser: {Chromium.Expected} does not exist, and under CI=true the browser test may not be skipped (.ci/run installs Debian's chromium when it runs as root).");
        await gate.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                // Chromium refuses to run as root with its sandbox (CI runs as root).
                Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
            });
        }
        finally
        {
            gate.Release();
        }

        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1500 } });
        await page.GotoAsync(Url);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        gate.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

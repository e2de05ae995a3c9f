namespace KoreaEvents.Browser.Tests;

/// <summary>
/// A fact that needs a Chromium browser: the system's <c>/usr/bin/chromium</c>, or the executable named by
/// <c>KOREAEVENTS_CHROMIUM</c>. Without one the test is skipped with a message naming the browser looked for, except
/// under <c>CI=true</c>, where skipping is not allowed (the test runs and fails, naming the missing browser):
/// <c>.ci/run</c> installs Debian's <c>chromium</c> first, so in CI the browser test really runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when there is no browser and skipping is allowed.</summary>
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi)
        {
            Skip = $"No Chromium browser: {Chromium.Expected} does not exist (install Debian's chromium, e.g. apt-get install -y chromium, or set KOREAEVENTS_CHROMIUM). Under CI=true this test fails instead of skipping.";
        }
    }
}

/// <summary>Where the browser is.</summary>
public static class Chromium
{
    /// <summary>The executable looked for: <c>KOREAEVENTS_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.</summary>
    public static string Expected { get; } = Environment.GetEnvironmentVariable("KOREAEVENTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary><see cref="Expected"/> when it exists, else null.</summary>
    public static string? Path => File.Exists(Expected) ? Expected : null;

    /// <summary>Whether the tests run in CI (<c>CI=true</c>), where a missing browser is a failure.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

using KoreaEvents.Core.Extraction;
using NodaTime;
using NodaTime.Testing;

namespace KoreaEvents.Core.Tests;

/// <summary>
/// The fixed clocks the tests date documents by: no test reads the wall clock (CI runs the suite a decade ahead to
/// check). <see cref="Today"/> is the day of analysis in every snapshot.
/// </summary>
internal static class TestClock
{
    /// <summary>The day of analysis in the tests.</summary>
    public static readonly LocalDate Today = new(2026, 1, 1);

    /// <summary>A clock stopped at midnight UTC on <see cref="Today"/>.</summary>
    public static readonly IClock Fixed = At(Today);

    private static readonly Lazy<KoreaEventsDataset> LazyDataset = new(() => KoreaEventsDataset.Load(Fixed));

    /// <summary>The default extractor, dating documents by <see cref="Fixed"/>.</summary>
    public static ClaimExtractor Extractor { get; } = ClaimExtractor.Default.WithClock(Fixed);

    /// <summary>The embedded corpus dated by <see cref="Fixed"/> (built once).</summary>
    public static KoreaEventsDataset Dataset => LazyDataset.Value;

    /// <summary>A clock stopped at midnight UTC on <paramref name="day"/>.</summary>
    public static IClock At(LocalDate day) => new FakeClock(day.AtMidnight().InUtc().ToInstant());
}

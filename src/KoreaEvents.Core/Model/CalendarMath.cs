using NodaTime;

namespace KoreaEvents.Core.Model;

/// <summary>
/// Date arithmetic that stops at the edges of the years the library dates (0001-01-01 and 9999-12-31, see
/// <see cref="DateEstimate"/>) instead of overflowing, for bounds and windows around an anchor that may be any of
/// those days.
/// </summary>
internal static class CalendarMath
{
    /// <summary>The first day the library dates (NodaTime's ISO calendar reaches back further, to year -9998).</summary>
    public static readonly LocalDate FirstDay = new(1, 1, 1);

    private static readonly int MinDayNumber = DayNumber(FirstDay);
    private static readonly int MaxDayNumber = DayNumber(LocalDate.MaxIsoValue);

    /// <summary>Adds <paramref name="days"/>, clamped to the calendar's first and last day.</summary>
    public static LocalDate PlusDaysClamped(LocalDate date, int days)
    {
        long target = (long)DayNumber(date) + days;
        return target < MinDayNumber ? FirstDay
            : target > MaxDayNumber ? LocalDate.MaxIsoValue
            : date.PlusDays(days);
    }

    /// <summary>Adds <paramref name="years"/>, clamped to the calendar's first and last day.</summary>
    public static LocalDate PlusYearsClamped(LocalDate date, int years)
    {
        long target = (long)date.Year + years;
        return target < 1 ? FirstDay
            : target > 9999 ? LocalDate.MaxIsoValue
            : date.PlusYears(years);
    }

    /// <summary>Adds <paramref name="days"/>, or returns null past the calendar's edge.</summary>
    public static LocalDate? TryPlusDays(LocalDate date, int days)
    {
        long target = (long)DayNumber(date) + days;
        return target < MinDayNumber || target > MaxDayNumber ? null : date.PlusDays(days);
    }

    /// <summary>Adds <paramref name="years"/>, or returns null past the calendar's edge.</summary>
    public static LocalDate? TryPlusYears(LocalDate date, int years)
    {
        long target = (long)date.Year + years;
        return target is < 1 or > 9999 ? null : date.PlusYears(years);
    }

    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}

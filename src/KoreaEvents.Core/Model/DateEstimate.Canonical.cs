using NodaTime;

namespace KoreaEvents.Core.Model;

/// <content>The canonical form: the whole unit of a precision around a date, the third of it a modifier narrows to,
/// and the coarsest bounds an interval can be written in.</content>
public readonly partial struct DateEstimate
{
    /// <summary>Builds the canonical estimate for an interval (no modifier narrowing here).</summary>
    internal static DateEstimate Normalize(LocalDate start, LocalDate end, DatePrecision precision, DateModifier modifier, bool yearUnstated)
    {
        var (unitStart, unitEnd) = UnitAround(start, precision);
        if (unitStart == start && unitEnd == end)
        {
            return new DateEstimate(start, end, precision, modifier, yearUnstated);
        }

        // Not one unit: an interval written with day, month or year bounds; its precision is the coarsest its
        // bounds can be written in, capped at the requested precision.
        var cap = BoundCap(precision);
        // An open end (the calendar's last day) says nothing of the precision: the start alone does.
        var endGranularity = end == LocalDate.MaxIsoValue ? DatePrecision.Day : BoundGranularity(end, isEnd: true, cap);
        var derived = Max(BoundGranularity(start, isEnd: false, cap), endGranularity);
        if (start == end)
        {
            derived = DatePrecision.Day;
        }

        return new DateEstimate(start, end, derived, modifier, yearUnstated);
    }

    /// <summary>The largest bound granularity an interval of <paramref name="precision"/> may use.</summary>
    internal static DatePrecision BoundCap(DatePrecision precision) => precision switch
    {
        DatePrecision.Day or DatePrecision.Week => DatePrecision.Day,
        DatePrecision.Month or DatePrecision.Season => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    /// <summary>The coarsest of day, month, year (up to <paramref name="cap"/>) in which a bound can be written.</summary>
    internal static DatePrecision BoundGranularity(LocalDate date, bool isEnd, DatePrecision cap)
    {
        if (cap >= DatePrecision.Year && (isEnd ? date.Month == 12 && date.Day == 31 : date.Month == 1 && date.Day == 1))
        {
            return DatePrecision.Year;
        }

        if (cap >= DatePrecision.Month && (isEnd ? date == LastOfMonth(date) : date.Day == 1))
        {
            return DatePrecision.Month;
        }

        return DatePrecision.Day;
    }

    /// <summary>The whole unit of <paramref name="precision"/> that contains <paramref name="date"/>.</summary>
    internal static (LocalDate Start, LocalDate End) UnitAround(LocalDate date, DatePrecision precision)
    {
        switch (precision)
        {
            case DatePrecision.Day:
                return (date, date);
            case DatePrecision.Week:
                {
                    var monday = date.PlusDays(-((int)date.DayOfWeek - 1));
                    return (monday, monday.PlusDays(6));
                }

            case DatePrecision.Month:
                {
                    var first = new LocalDate(date.Year, date.Month, 1);
                    return (first, LastOfMonth(first));
                }

            case DatePrecision.Season:
                {
                    // Dec–Feb winter belongs to the December's year.
                    int shifted = (date.Month + 9) % 12; // Mar→0 … Feb→11
                    int seasonIndex = shifted / 3;
                    int year = date.Month <= 2 ? date.Year - 1 : date.Year;
                    if (year < 1)
                    {
                        return (date, date);
                    }

                    var first = new LocalDate(year, 3 + (3 * seasonIndex), 1);
                    return (first, LastOfMonth(first.PlusMonths(2)));
                }

            case DatePrecision.Year:
                return (new LocalDate(date.Year, 1, 1), new LocalDate(date.Year, 12, 31));
            default:
                {
                    int first = date.Year - (date.Year % 10);
                    if (first < 1)
                    {
                        return (date, date);
                    }

                    return (new LocalDate(first, 1, 1), new LocalDate(first + 9, 12, 31));
                }
        }
    }

    internal static LocalDate LastOfMonth(LocalDate date) =>
        new(date.Year, date.Month, CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month));

    private static (LocalDate Start, LocalDate End) Narrow(LocalDate start, LocalDate end, DatePrecision precision, DateModifier modifier)
    {
        int part = modifier switch { DateModifier.Start => 0, DateModifier.Mid => 1, _ => 2 };
        switch (precision)
        {
            case DatePrecision.Month:
                {
                    // Days 1–10, 11–20, 21–end.
                    var first = start.PlusDays(10 * part);
                    var last = part == 2 ? end : first.PlusDays(9);
                    return (first, last);
                }

            case DatePrecision.Season:
                {
                    var month = start.PlusMonths(part);
                    return (month, LastOfMonth(month));
                }

            case DatePrecision.Year:
                {
                    // January–April, May–August, September–December.
                    var first = start.PlusMonths(4 * part);
                    return (first, LastOfMonth(first.PlusMonths(3)));
                }

            default:
                {
                    // Years 0–3, 4–6, 7–9 of the decade.
                    int firstYear = start.Year + (part == 0 ? 0 : part == 1 ? 4 : 7);
                    int lastYear = start.Year + (part == 0 ? 3 : part == 1 ? 6 : 9);
                    return (new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
                }
        }
    }

    private static DatePrecision Max(DatePrecision a, DatePrecision b) => a > b ? a : b;
}

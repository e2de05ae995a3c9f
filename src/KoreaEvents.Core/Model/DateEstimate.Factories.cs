using NodaTime;
using NodaTime.Calendars;

namespace KoreaEvents.Core.Model;

/// <content>The factories (a day, week, month, season, year, decade, interval, open-ended or between two estimates),
/// the modifier and year-flag variants of an estimate, and the argument checks they share.</content>
public readonly partial struct DateEstimate
{
    /// <summary>Creates a day-precision estimate.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static DateEstimate FromDay(LocalDate date)
    {
        CheckIso(date, nameof(date));
        return new DateEstimate(date, date, DatePrecision.Day, DateModifier.None, false);
    }

    /// <summary>Creates a day-precision estimate from its year, month and day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a date between 0001-01-01 and 9999-12-31.</exception>
    public static DateEstimate FromDay(int year, int month, int day)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckRange(month, 1, 12);
        Preconditions.CheckRange(day, 1, CalendarSystem.Iso.GetDaysInMonth(year, month));
        return FromDay(new LocalDate(year, month, day));
    }

    /// <summary>Creates an ISO-8601 week (Monday to Sunday) estimate: <c>2020-W25</c>.</summary>
    /// <param name="weekYear">The ISO week-based year.</param>
    /// <param name="week">The week number, 1 to 52 or 53 depending on the week-based year.</param>
    /// <exception cref="ArgumentOutOfRangeException">The week does not exist in that week-based year.</exception>
    public static DateEstimate FromIsoWeek(int weekYear, int week)
    {
        CheckYear(weekYear, nameof(weekYear));
        Preconditions.CheckRange(week, 1, WeekYearRules.Iso.GetWeeksInWeekYear(weekYear));
        var monday = WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday);
        return new DateEstimate(monday, monday.PlusDays(6), DatePrecision.Week, DateModifier.None, false);
    }

    /// <summary>Creates the ISO week that contains <paramref name="date"/>.</summary>
    public static DateEstimate FromIsoWeekContaining(LocalDate date)
    {
        CheckIso(date, nameof(date));
        return FromIsoWeek(WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date));
    }

    /// <summary>Creates a month-precision estimate: <c>2019-02</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static DateEstimate FromMonth(int year, int month)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckRange(month, 1, 12);
        var start = new LocalDate(year, month, 1);
        return new DateEstimate(start, LastOfMonth(start), DatePrecision.Month, DateModifier.None, false);
    }

    /// <summary>Creates a season estimate: <c>2019-SU</c>. Winter runs from December of <paramref name="year"/> to February.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range (winter needs the next year too).</exception>
    public static DateEstimate FromSeason(int year, Season season)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckArgument(Enum.IsDefined(season), nameof(season), $"The season {(int)season} is not defined.");
        Preconditions.CheckArgument(season != Season.Winter || year < 9999, nameof(year), "Winter of 9999 would end after 9999-12-31.");
        var start = new LocalDate(year, 3 + (3 * (int)season), 1);
        var end = LastOfMonth(start.PlusMonths(2));
        return new DateEstimate(start, end, DatePrecision.Season, DateModifier.None, false);
    }

    /// <summary>Creates a year-precision estimate: <c>2018</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not between 1 and 9999.</exception>
    public static DateEstimate FromYear(int year)
    {
        CheckYear(year, nameof(year));
        return new DateEstimate(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year, DateModifier.None, false);
    }

    /// <summary>Creates a decade estimate: <c>201X</c> is 2010 to 2019.</summary>
    /// <param name="firstYear">The decade's first year; must be a multiple of ten (10 to 9990).</param>
    /// <exception cref="ArgumentException"><paramref name="firstYear"/> is not a multiple of ten in range.</exception>
    public static DateEstimate FromDecade(int firstYear)
    {
        Preconditions.CheckArgument(firstYear is >= 10 and <= 9990 && firstYear % 10 == 0, nameof(firstYear),
            $"A decade's first year must be a multiple of ten between 10 and 9990, but was {firstYear}.");
        return new DateEstimate(new LocalDate(firstYear, 1, 1), new LocalDate(firstYear + 9, 12, 31), DatePrecision.Decade, DateModifier.None, false);
    }

    /// <summary>
    /// Creates a day-precision interval from <paramref name="start"/> to <paramref name="end"/> inclusive
    /// (a single day when they are equal).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is earlier than <paramref name="start"/>.</exception>
    public static DateEstimate FromInterval(LocalDate start, LocalDate end) => FromInterval(start, end, DatePrecision.Day);

    /// <summary>
    /// Creates the estimate covering <paramref name="start"/> to <paramref name="end"/> inclusive, stated at
    /// <paramref name="precision"/>, in canonical form (see the type's remarks).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is earlier than <paramref name="start"/>.</exception>
    public static DateEstimate FromInterval(LocalDate start, LocalDate end, DatePrecision precision)
    {
        CheckIso(start, nameof(start));
        CheckIso(end, nameof(end));
        Preconditions.CheckArgument(end >= start, nameof(end), "End date must not be earlier than the start date.");
        Preconditions.CheckArgument(Enum.IsDefined(precision), nameof(precision), $"The precision {(int)precision} is not defined.");
        return Normalize(start, end, precision, DateModifier.None, false);
    }

    /// <summary>
    /// Creates the open-ended estimate "on or after <paramref name="start"/>", with no known end (<c>2020-06-16/..</c>;
    /// see <see cref="IsOpenEnded"/>): what a text says of a date it bounds only from below.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar, or is 9999-12-31
    /// (the calendar's last day leaves nothing open).</exception>
    public static DateEstimate OnOrAfter(LocalDate start)
    {
        CheckIso(start, nameof(start));
        Preconditions.CheckArgument(start < LocalDate.MaxIsoValue, nameof(start), "An open-ended estimate must start before 9999-12-31.");
        return Normalize(start, LocalDate.MaxIsoValue, DatePrecision.Day, DateModifier.None, false);
    }

    /// <summary>
    /// Creates the span from the start of <paramref name="from"/> to the end of <paramref name="to"/>
    /// (<c>since January</c> said on 2020-06-20 is <c>Between(2020-01, 2020-06-20)</c>). The precision is the
    /// coarser of the two; the year is stated only if both state it, or if the span is open-ended (<paramref name="to"/>
    /// has no known end).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> ends before <paramref name="from"/> starts.</exception>
    public static DateEstimate Between(DateEstimate from, DateEstimate to)
    {
        Preconditions.CheckArgument(to.End >= from.Start, nameof(to), "The end of the span must not be earlier than its start.");
        var precision = from.Precision > to.Precision ? from.Precision : to.Precision;

        // An open-ended span states its year (its text form has no room for an unstated one).
        bool unstated = (from.yearUnstated || to.yearUnstated) && to.End != LocalDate.MaxIsoValue;
        return Normalize(from.Start, to.End, precision, DateModifier.None, unstated);
    }

    /// <summary>
    /// Returns this estimate with <paramref name="modifier"/>: <c>Start</c>, <c>Mid</c> and <c>End</c> narrow a
    /// month, season, year or decade to its first, middle or last third (of days for a month, of months for a
    /// season or year, of years for a decade); <c>Approximate</c> keeps the interval and flags it.
    /// </summary>
    /// <exception cref="InvalidOperationException">This estimate already has a modifier, is open-ended, or is an
    /// interval or a day or week (which have no early/mid/late part).</exception>
    public DateEstimate WithModifier(DateModifier modifier)
    {
        if (modifier == Modifier)
        {
            return this;
        }

        if (Modifier != DateModifier.None)
        {
            throw new InvalidOperationException($"The estimate {this} already has a modifier.");
        }

        if (IsOpenEnded)
        {
            throw new InvalidOperationException($"The estimate {this} is open-ended: it takes no modifier.");
        }

        if (modifier == DateModifier.Approximate)
        {
            return new DateEstimate(Start, End, Precision, modifier, yearUnstated);
        }

        if (!IsSingleUnit || Precision is DatePrecision.Day or DatePrecision.Week)
        {
            throw new InvalidOperationException($"The estimate {this} has no early, middle or late part: only a month, season, year or decade has.");
        }

        var (start, end) = Narrow(Start, End, Precision, modifier);
        return new DateEstimate(start, end, Precision, modifier, yearUnstated);
    }

    /// <summary>
    /// Returns this estimate marked as having no stated year; <see cref="Start"/> and <see cref="End"/> remain
    /// as the anchored reading.
    /// </summary>
    /// <exception cref="InvalidOperationException">The estimate is a whole year or decade, an interval with
    /// year bounds or open-ended: a text cannot leave out the year of such a date.</exception>
    public DateEstimate WithYearUnstated()
    {
        if (Precision >= DatePrecision.Year)
        {
            throw new InvalidOperationException($"The estimate {this} is stated in years: its year cannot be unstated.");
        }

        if (IsOpenEnded)
        {
            throw new InvalidOperationException($"The estimate {this} is open-ended: its year cannot be unstated.");
        }

        return new(Start, End, Precision, Modifier, true);
    }

    /// <summary>Returns this estimate marked as having its year stated.</summary>
    public DateEstimate WithYearStated() => new(Start, End, Precision, Modifier, false);

    private static void CheckYear(int year, string paramName)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(paramName, year, $"The {paramName} must be between 1 and 9999, but was {year}.");
        }
    }

    private static void CheckIso(LocalDate date, string paramName)
    {
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, paramName, $"The {paramName} must be in the ISO calendar.");
        CheckYear(date.Year, paramName);
    }
}

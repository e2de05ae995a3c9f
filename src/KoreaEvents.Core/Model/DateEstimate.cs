using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace KoreaEvents.Core.Model;

/// <summary>
/// A date exactly as precise as a text states it: an inclusive interval of ISO calendar days, the precision
/// the text used (day, week, month, season, year, decade), an optional TIMEX-style modifier, and whether the
/// year was stated at all.
/// </summary>
/// <remarks>
/// <para><b>Text form</b> (invariant, TIMEX3-like; <see cref="ToString"/> and <see cref="TryParse"/> round-trip):
/// <c>2019-02-27</c> (day), <c>2020-W25</c> (ISO week), <c>2019-02</c> (month), <c>2019-SU</c> (season),
/// <c>2018</c> (year), <c>201X</c> (decade), <c>2019-02-27/2019-02-28</c> or <c>2020-01/2020-06-20</c>
/// (interval: each bound a day, month or year), <c>2020-06-16/..</c> (open-ended: on or after the start, with no
/// known end; EDTF's notation; see <see cref="IsOpenEnded"/>), followed optionally by <c> (START)</c>, <c> (MID)</c>,
/// <c> (END)</c> or <c> (APPROX)</c>. A value whose year the text did not state writes <c>XXXX</c> for the
/// year and carries its anchored reading (the year the tagger chose from the document date) in parentheses:
/// <c>XXXX-02 (2020)</c>.</para>
/// <para><b>Canonical form.</b> Every factory normalises: an interval that is exactly one unit of the requested
/// precision becomes that unit; any other interval is written with day, month or year bounds and its precision
/// is the coarsest one its bounds can be written in (so <c>2020-01/2020-06-20</c> has month precision). Two
/// estimates built from the same interval, precision, modifier and year flag are therefore always equal.</para>
/// <para><b>Compatibility</b> is overlap: <see cref="IsCompatibleWith"/> is true when some day could satisfy
/// both. A value with an unstated year never conflicts on the year alone: it is compared in every year.
/// <b>Consensus</b> is intersection (<see cref="Intersect"/>).</para>
/// <para><b>Equality</b> compares start, end, precision, modifier and the year flag. <b>Ordering</b>
/// (<see cref="CompareTo"/>) is chronological by start, then end, then precision, modifier and year flag: a
/// total order for sorting timelines, consistent with equality. The default value is the day 0001-01-01.
/// Immutable and thread-safe.</para>
/// </remarks>
public readonly struct DateEstimate : IEquatable<DateEstimate>, IComparable<DateEstimate>
{
    private readonly bool yearUnstated;

    private DateEstimate(LocalDate start, LocalDate end, DatePrecision precision, DateModifier modifier, bool yearUnstated)
    {
        Start = start;
        End = end;
        Precision = precision;
        Modifier = modifier;
        this.yearUnstated = yearUnstated;
    }

    /// <summary>Gets the first day the estimate allows (inclusive).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day the estimate allows (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets how precisely the date was stated.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets the TIMEX-style modifier (early, mid, late, approximate).</summary>
    public DateModifier Modifier { get; }

    /// <summary>
    /// Gets whether the text stated the year. When false, <see cref="Start"/> and <see cref="End"/> hold the
    /// anchored reading and the year never causes a conflict (see <see cref="IsCompatibleWith"/>).
    /// </summary>
    public bool IsYearStated => !yearUnstated;

    /// <summary>
    /// Gets whether the estimate has no known end: an interval from <see cref="Start"/> to the calendar's last day
    /// (9999-12-31), written <c>2020-06-16/..</c> and made by <see cref="OnOrAfter"/>. Its <see cref="End"/> is
    /// <see cref="LocalDate.MaxIsoValue"/>; it overlaps every later estimate.
    /// </summary>
    public bool IsOpenEnded => End == LocalDate.MaxIsoValue && Start != End && !IsSingleUnit;

    /// <summary>Gets the number of days in the interval (at least 1).</summary>
    public int LengthInDays => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>Gets the interval as a NodaTime <see cref="DateInterval"/>.</summary>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Compares two estimates for equality of every field.</summary>
    public static bool operator ==(DateEstimate left, DateEstimate right) =>
        left.Start == right.Start && left.End == right.End && left.Precision == right.Precision
        && left.Modifier == right.Modifier && left.yearUnstated == right.yearUnstated;

    /// <summary>Compares two estimates for inequality.</summary>
    public static bool operator !=(DateEstimate left, DateEstimate right) => !(left == right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(DateEstimate left, DateEstimate right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(DateEstimate left, DateEstimate right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(DateEstimate left, DateEstimate right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(DateEstimate left, DateEstimate right) => left.CompareTo(right) >= 0;

    // ---------------------------------------------------------------- factories

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

    // ---------------------------------------------------------------- algebra

    /// <summary>Gets whether the estimate is one whole unit of its precision (a day, a week, a month …), possibly
    /// narrowed by a modifier, rather than an interval written with two bounds.</summary>
    public bool IsSingleUnit
    {
        get
        {
            var (unitStart, unitEnd) = UnitAround(Start, Precision);
            if (Modifier is DateModifier.Start or DateModifier.Mid or DateModifier.End)
            {
                return Narrow(unitStart, unitEnd, Precision, Modifier) == (Start, End);
            }

            return unitStart == Start && unitEnd == End;
        }
    }

    /// <summary>Returns whether the two intervals share at least one day, comparing years as written
    /// (ignores <see cref="IsYearStated"/>; use <see cref="IsCompatibleWith"/> for claims).</summary>
    public bool Overlaps(DateEstimate other) => Start <= other.End && other.Start <= End;

    /// <summary>Returns whether <paramref name="date"/> lies in the interval.</summary>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>Returns whether <paramref name="other"/>'s interval lies wholly inside this one (years as written).</summary>
    public bool Contains(DateEstimate other) => Start <= other.Start && other.End <= End;

    /// <summary>
    /// Returns whether some day could satisfy both estimates. Symmetric. When either year is unstated, the
    /// unstated value is tried in every year (month and day still count): <c>XXXX-02</c> is compatible with
    /// <c>2019-02</c> but not with <c>2019-03</c>.
    /// </summary>
    public bool IsCompatibleWith(DateEstimate other) => TryAlign(this, other, out _, out _);

    /// <summary>
    /// Returns the consensus of two compatible estimates (the days both allow), or <c>null</c> when they are not
    /// compatible. Commutative. When one interval lies inside the other the inner estimate is returned as it is
    /// (keeping its precision and modifier); otherwise the overlap is returned in canonical form at the finer of
    /// the two precisions. An unstated year is aligned onto the other's year; the result states its year when
    /// either input does.
    /// </summary>
    public DateEstimate? Intersect(DateEstimate other)
    {
        if (this == other)
        {
            return this;
        }

        if (!TryAlign(this, other, out var a, out var b))
        {
            return null;
        }

        bool unstated = yearUnstated && other.yearUnstated;
        if (a.Start == b.Start && a.End == b.End)
        {
            var pick = a.CompareTo(b) <= 0 ? a : b;
            return pick.WithYearFlag(unstated);
        }

        if (b.Contains(a))
        {
            return a.WithYearFlag(unstated);
        }

        if (a.Contains(b))
        {
            return b.WithYearFlag(unstated);
        }

        var start = a.Start > b.Start ? a.Start : b.Start;
        var end = a.End < b.End ? a.End : b.End;
        var precision = a.Precision < b.Precision ? a.Precision : b.Precision;
        return Normalize(start, end, precision, DateModifier.None, unstated);
    }

    // ---------------------------------------------------------------- equality, ordering, text

    /// <inheritdoc />
    public bool Equals(DateEstimate other) => this == other;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DateEstimate other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Precision, Modifier, yearUnstated);

    /// <inheritdoc />
    public int CompareTo(DateEstimate other)
    {
        int c = Start.CompareTo(other.Start);
        if (c == 0)
        {
            c = End.CompareTo(other.End);
        }

        if (c == 0)
        {
            c = Precision.CompareTo(other.Precision);
        }

        if (c == 0)
        {
            c = Modifier.CompareTo(other.Modifier);
        }

        if (c == 0)
        {
            c = yearUnstated.CompareTo(other.yearUnstated);
        }

        return c;
    }

    /// <summary>Returns the invariant TIMEX-like text form (see the type's remarks), e.g. <c>2019-02</c>,
    /// <c>2017 (START)</c> or <c>XXXX-02 (2020)</c>.</summary>
    public override string ToString() => DateEstimateText.Format(this);

    /// <summary>Returns the text form with the anchored year written out even when the text did not state it
    /// (<c>2020-02</c> for <c>XXXX-02 (2020)</c>).</summary>
    public string ToAnchoredString() => DateEstimateText.Format(WithYearStated());

    /// <summary>Parses the text form (see the type's remarks). Never throws.</summary>
    /// <returns>Whether <paramref name="text"/> was a valid text form.</returns>
    public static bool TryParse(string? text, out DateEstimate value) => DateEstimateText.TryParse(text, out value, out _);

    /// <summary>Parses the text form (see the type's remarks).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid text form; the message says why and where.</exception>
    public static DateEstimate Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return DateEstimateText.TryParse(text, out var value, out var error)
            ? value
            : throw new FormatException($"'{text}' is not a date estimate: {error}");
    }

    // ---------------------------------------------------------------- internals

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

    private DateEstimate WithYearFlag(bool unstated) => new(Start, End, Precision, Modifier, unstated);

    private DateEstimate ShiftYears(int years) =>
        years == 0 ? this : new DateEstimate(Start.PlusYears(years), End.PlusYears(years), Precision, Modifier, yearUnstated);

    /// <summary>
    /// Finds readings of <paramref name="x"/> and <paramref name="y"/> that overlap, shifting a value with an
    /// unstated year by whole years. Symmetric: the shift chosen is the one closest to the anchored readings,
    /// ties going to the earlier year.
    /// </summary>
    private static bool TryAlign(DateEstimate x, DateEstimate y, out DateEstimate alignedX, out DateEstimate alignedY)
    {
        alignedX = x;
        alignedY = y;
        if (!x.yearUnstated && !y.yearUnstated)
        {
            return x.Overlaps(y);
        }

        // Shift the unstated one (or, when both are unstated, the later-anchored one) onto the other.
        bool shiftX = x.yearUnstated && (!y.yearUnstated || x.Start > y.Start || (x.Start == y.Start && x.End > y.End));
        var mover = shiftX ? x : y;
        var fixedOne = shiftX ? y : x;
        int low = fixedOne.Start.Year - mover.End.Year - 1;
        int high = fixedOne.End.Year - mover.Start.Year + 1;
        DateEstimate? best = null;
        int bestDistance = int.MaxValue;
        for (int k = low; k <= high; k++)
        {
            int firstYear = mover.Start.Year + k;
            int lastYear = mover.End.Year + k;
            if (firstYear < 1 || lastYear > 9999)
            {
                continue;
            }

            var shifted = mover.ShiftYears(k);
            if (shifted.Overlaps(fixedOne) && Math.Abs(k) < bestDistance)
            {
                best = shifted;
                bestDistance = Math.Abs(k);
            }
        }

        if (best is null)
        {
            return false;
        }

        if (shiftX)
        {
            alignedX = best.Value;
        }
        else
        {
            alignedY = best.Value;
        }

        return true;
    }

    private static DatePrecision Max(DatePrecision a, DatePrecision b) => a > b ? a : b;

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

    internal static string Pad4(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
}

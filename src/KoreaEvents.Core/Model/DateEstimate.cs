using System.Globalization;
using NodaTime;

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
public readonly partial struct DateEstimate : IEquatable<DateEstimate>, IComparable<DateEstimate>
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

    internal static string Pad4(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
}

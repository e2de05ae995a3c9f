using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <summary>How a parsed temporal expression is resolved against an anchor.</summary>
internal enum SpecKind : byte
{
    /// <summary>Fully stated: the value does not depend on the anchor.</summary>
    Fixed,

    /// <summary>Day or day range of a named month, year unstated (<c>22 March</c>, <c>February 27-28</c>).</summary>
    MonthDay,

    /// <summary>A named month, year unstated or deictic (<c>in January</c>, <c>last January</c>).</summary>
    Month,

    /// <summary>A named month in a deictic year (<c>June last year</c>).</summary>
    MonthOfRelativeYear,

    /// <summary>A named season, year unstated or deictic.</summary>
    Season,

    /// <summary>A weekday or a run of weekdays (<c>on Friday</c>, <c>on Saturday and Sunday</c>, <c>last Friday</c>).</summary>
    Weekday,

    /// <summary>A weekend (<c>at the weekend</c>, <c>last weekend</c>).</summary>
    Weekend,

    /// <summary>A deictic calendar unit (<c>last week</c>, <c>this month</c>, <c>earlier this month</c>, <c>yesterday</c>).</summary>
    Relative,

    /// <summary>A counted offset before the anchor (<c>21 months ago</c>, <c>less than two years ago</c>).</summary>
    Ago,

    /// <summary>A rolling window ending or starting at the anchor (<c>the last two weeks</c>, <c>the coming months</c>).</summary>
    Rolling,

    /// <summary>From a date to the anchor (<c>since January</c>).</summary>
    Since,

    /// <summary>A length of time with no resolvable ends (<c>for over a week</c>).</summary>
    Duration,

    /// <summary>An offset from another event (<c>five months earlier</c>).</summary>
    EventOffset,
}

/// <summary>Which part of a deictic unit is meant.</summary>
internal enum UnitPart : byte
{
    Whole,
    ToAnchor,
    FromAnchor,
}

/// <summary>
/// A temporal expression parsed without an anchor: everything the text says, ready to be resolved against any
/// document date. Immutable; resolution is a pure function of (spec, anchor, tense).
/// </summary>
internal sealed class TemporalSpec
{
    public SpecKind Kind { get; init; }

    public DateEstimate Fixed { get; init; }

    public int Month { get; init; }

    public int FirstDay { get; init; }

    public int LastDay { get; init; }

    /// <summary>-1 last, 0 this, +1 next; null when no deictic word is present.</summary>
    public int? Shift { get; init; }

    public Season Season { get; init; }

    public IsoDayOfWeek FirstWeekday { get; init; }

    public IsoDayOfWeek LastWeekday { get; init; }

    public TemporalUnit Unit { get; init; }

    public UnitPart Part { get; init; }

    public TemporalAmount Amount { get; init; }

    public OffsetDirection Direction { get; init; }

    public DateModifier Modifier { get; init; }

    public TemporalSpec? Inner { get; init; }

    public TemporalMentionKind MentionKind => Kind switch
    {
        SpecKind.Since or SpecKind.Rolling => TemporalMentionKind.Span,
        SpecKind.Relative when Part != UnitPart.Whole => TemporalMentionKind.Span,
        SpecKind.Ago when Amount.Qualifier is AmountQualifier.LessThan or AmountQualifier.MoreThan or AmountQualifier.AtLeast or AmountQualifier.Several => TemporalMentionKind.Span,
        SpecKind.Duration => TemporalMentionKind.Duration,
        SpecKind.EventOffset => TemporalMentionKind.EventRelative,
        _ => TemporalMentionKind.Date,
    };

    public TemporalReference Reference => Kind switch
    {
        SpecKind.Fixed => TemporalReference.Absolute,
        SpecKind.MonthDay => TemporalReference.Absolute,
        SpecKind.Month or SpecKind.Season => Shift is null ? TemporalReference.Absolute : TemporalReference.Document,
        SpecKind.Duration => TemporalReference.None,
        SpecKind.EventOffset => TemporalReference.Event,
        _ => TemporalReference.Document,
    };

    /// <summary>Gets whether the value depends on the anchor (and so on the document date).</summary>
    public bool NeedsAnchor => Kind is not (SpecKind.Fixed or SpecKind.Duration or SpecKind.EventOffset);

    public TemporalOffset? Offset => Kind switch
    {
        SpecKind.Ago => new TemporalOffset(Amount, OffsetDirection.Earlier),
        SpecKind.EventOffset => new TemporalOffset(Amount, Direction),
        _ => null,
    };

    public TemporalAmount? AmountOrNull => Kind is SpecKind.Ago or SpecKind.Rolling or SpecKind.Duration or SpecKind.EventOffset ? Amount : null;

    /// <summary>Resolves the expression. Returns null when it cannot be (no anchor, an open bound, an event offset).</summary>
    public DateEstimate? Resolve(LocalDate? anchor, TemporalTense tense)
    {
        if (Kind == SpecKind.Fixed)
        {
            return Fixed;
        }

        if (anchor is not { } a || !NeedsAnchor)
        {
            return null;
        }

        try
        {
            return ResolveCore(a, tense == TemporalTense.Future);
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException)
        {
            // Out of the calendar's range (before 0001-01-01 or after 9999-12-31): nothing to resolve to.
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private DateEstimate? ResolveCore(LocalDate a, bool future)
    {
        switch (Kind)
        {
            case SpecKind.MonthDay:
                return ResolveMonthDay(a, future);
            case SpecKind.Month:
                {
                    int year = Shift switch
                    {
                        -1 => a.Month > Month ? a.Year : a.Year - 1,
                        1 => a.Month < Month ? a.Year : a.Year + 1,
                        0 => a.Year,
                        _ => future ? (a.Month <= Month ? a.Year : a.Year + 1) : (a.Month >= Month ? a.Year : a.Year - 1),
                    };
                    return Modify(DateEstimate.FromMonth(year, Month), Modifier).WithYearUnstated();
                }

            case SpecKind.MonthOfRelativeYear:
                return Modify(DateEstimate.FromMonth(a.Year + (Shift ?? 0), Month), Modifier);
            case SpecKind.Season:
                return Modify(ResolveSeason(a, future), Modifier).WithYearUnstated();
            case SpecKind.Weekday:
                return ResolveWeekday(a, future);
            case SpecKind.Weekend:
                return ResolveWeekend(a, future);
            case SpecKind.Relative:
                return ResolveRelative(a);
            case SpecKind.Ago:
                return ResolveAgo(a);
            case SpecKind.Rolling:
                {
                    int count = Amount.MaximumCount;
                    var estimate = Direction == OffsetDirection.Later
                        ? DateEstimate.FromInterval(a, Step(a, Unit, count))
                        : DateEstimate.FromInterval(Step(a, Unit, -count), a);
                    return Amount.Count is null ? estimate.WithModifier(DateModifier.Approximate) : estimate;
                }

            case SpecKind.Since:
                {
                    if ((Inner?.Kind == SpecKind.Fixed ? Inner.Fixed : Inner?.ResolveCore(a, future: false)) is not { } from || from.Start > a)
                    {
                        return null;
                    }

                    return DateEstimate.Between(from, DateEstimate.FromDay(a));
                }

            default:
                return null;
        }
    }

    private DateEstimate? ResolveMonthDay(LocalDate a, bool future)
    {
        // Search outwards from the anchor's year (at most eight years, enough for 29 February).
        for (int k = 0; k <= 8; k++)
        {
            int year = future ? a.Year + k : a.Year - k;
            if (year is < 1 or > 9999 || LastDay > CalendarSystem.Iso.GetDaysInMonth(year, Month))
            {
                continue;
            }

            var start = new LocalDate(year, Month, FirstDay);
            if (future ? start >= a : start <= a)
            {
                return Modify(DateEstimate.FromInterval(start, new LocalDate(year, Month, LastDay)), Modifier).WithYearUnstated();
            }
        }

        return null;
    }

    private DateEstimate ResolveSeason(LocalDate a, bool future)
    {
        // Candidate seasons starting in the years around the anchor, earliest first.
        DateEstimate? best = null;
        for (int year = a.Year - 2; year <= a.Year + 1; year++)
        {
            var s = DateEstimate.FromSeason(year, Season);
            bool pick = Shift switch
            {
                -1 => s.End < a,
                1 => s.Start > a,
                0 => s.Contains(a) || (s.Start.Year == a.Year && !IsInWinterThatBeganLastYear(a)),
                _ => future ? s.End >= a : s.Start <= a,
            };
            if (!pick)
            {
                continue;
            }

            if (Shift == 1 || (Shift is null && future))
            {
                return s;
            }

            best = s;
        }

        return best ?? throw new InvalidOperationException("No season found.");
    }

    private bool IsInWinterThatBeganLastYear(LocalDate a) => Season == Season.Winter && a.Month <= 2;

    private DateEstimate ResolveWeekday(LocalDate a, bool future)
    {
        var today = a.DayOfWeek;
        int forward = ((int)FirstWeekday - (int)today + 7) % 7;
        LocalDate first;
        switch (Shift)
        {
            case -1:
                first = a.PlusDays(forward == 0 ? -7 : forward - 7);
                break;
            case 1:
                first = a.PlusDays(forward == 0 ? 7 : forward);
                break;
            case 0:
                first = a.PlusDays((int)FirstWeekday - (int)today);
                break;
            default:
                first = forward == 0 ? a : future ? a.PlusDays(forward) : a.PlusDays(forward - 7);
                break;
        }

        int span = ((int)LastWeekday - (int)FirstWeekday + 7) % 7;
        if (span > 0 && Shift is null && !future && forward != 0 && first.PlusDays(span) > a)
        {
            // A past run of days must have ended by the anchor ("on Saturday and Sunday" said on a Sunday is today and yesterday).
            first = first.PlusDays(-7);
        }

        return DateEstimate.FromInterval(first, first.PlusDays(span)).WithYearUnstated();
    }

    private DateEstimate ResolveWeekend(LocalDate a, bool future)
    {
        int dow = (int)a.DayOfWeek;
        var saturdayThisWeek = a.PlusDays(6 - dow);
        LocalDate saturday = Shift switch
        {
            -1 => saturdayThisWeek.PlusDays(-7),
            1 => saturdayThisWeek > a ? saturdayThisWeek : saturdayThisWeek.PlusDays(7),
            0 => saturdayThisWeek,
            _ => dow >= 6 || future ? saturdayThisWeek : saturdayThisWeek.PlusDays(-7),
        };
        return DateEstimate.FromInterval(saturday, saturday.PlusDays(1)).WithYearUnstated();
    }

    private DateEstimate ResolveRelative(LocalDate a)
    {
        int shift = Shift ?? 0;
        DateEstimate unit = Unit switch
        {
            TemporalUnit.Hour or TemporalUnit.Day => DateEstimate.FromDay(a.PlusDays(shift)),
            TemporalUnit.Week => DateEstimate.FromIsoWeekContaining(a.PlusDays(7 * shift)),
            TemporalUnit.Month => DateEstimate.FromMonth(a.PlusMonths(shift).Year, a.PlusMonths(shift).Month),
            TemporalUnit.Year => DateEstimate.FromYear(a.Year + shift),
            _ => DateEstimate.FromDecade((a.Year - (a.Year % 10)) + (10 * shift)),
        };
        return Part switch
        {
            UnitPart.ToAnchor => DateEstimate.FromInterval(unit.Start, a),
            UnitPart.FromAnchor => DateEstimate.FromInterval(a, unit.End),
            _ => Modify(unit, Modifier),
        };
    }

    private DateEstimate? ResolveAgo(LocalDate a)
    {
        if (Unit == TemporalUnit.Hour)
        {
            int days = (Amount.MaximumCount + 23) / 24;
            return DateEstimate.FromInterval(a.PlusDays(-days), a);
        }

        switch (Amount.Qualifier)
        {
            case AmountQualifier.Exactly:
                return UnitContaining(Step(a, Unit, -Amount.MaximumCount), Unit);
            case AmountQualifier.About:
                return UnitContaining(Step(a, Unit, -Amount.MaximumCount), Unit).WithModifier(DateModifier.Approximate);
            case AmountQualifier.LessThan:
                return DateEstimate.FromInterval(Step(a, Unit, -Amount.MaximumCount).PlusDays(1), a);
            case AmountQualifier.Several:
                return DateEstimate.Between(
                    UnitContaining(Step(a, Unit, -Amount.MaximumCount), Unit),
                    UnitContaining(Step(a, Unit, -Amount.MinimumCount), Unit)).WithModifier(DateModifier.Approximate);
            default:
                // "More than N ago" has no lower bound: the tagger reports it without a value.
                return null;
        }
    }

    internal static LocalDate Step(LocalDate date, TemporalUnit unit, int count) => unit switch
    {
        TemporalUnit.Hour => date.PlusDays(count / 24),
        TemporalUnit.Day => date.PlusDays(count),
        TemporalUnit.Week => date.PlusDays(7 * count),
        TemporalUnit.Month => date.PlusMonths(count),
        TemporalUnit.Year => date.PlusYears(count),
        _ => date.PlusYears(10 * count),
    };

    private static DateEstimate UnitContaining(LocalDate date, TemporalUnit unit) => unit switch
    {
        TemporalUnit.Hour or TemporalUnit.Day => DateEstimate.FromDay(date),
        TemporalUnit.Week => DateEstimate.FromIsoWeekContaining(date),
        TemporalUnit.Month => DateEstimate.FromMonth(date.Year, date.Month),
        TemporalUnit.Year => DateEstimate.FromYear(date.Year),
        _ => DateEstimate.FromDecade(date.Year - (date.Year % 10)),
    };

    /// <summary>Applies early/mid/late where the estimate has such parts; otherwise returns it unchanged.</summary>
    internal static DateEstimate Modify(DateEstimate value, DateModifier modifier)
    {
        if (modifier == DateModifier.None || value.Modifier != DateModifier.None)
        {
            return value;
        }

        if (modifier == DateModifier.Approximate)
        {
            return value.WithModifier(modifier);
        }

        return value.IsSingleUnit && value.Precision is DatePrecision.Month or DatePrecision.Season or DatePrecision.Year or DatePrecision.Decade
            ? value.WithModifier(modifier)
            : value;
    }
}

using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Calendars;

namespace KoreaEvents.Core.Model;

/// <summary>Formats and parses the text form of <see cref="DateEstimate"/> (grammar in its remarks).</summary>
internal static class DateEstimateText
{
    private const string Unstated = "XXXX";
    private const string OpenEnd = "..";

    public static string Format(DateEstimate value)
    {
        var builder = new StringBuilder(32);
        bool unstated = !value.IsYearStated;
        int anchorYear;
        if (value.IsSingleUnit)
        {
            anchorYear = AppendUnit(builder, value, unstated);
        }
        else
        {
            anchorYear = value.Start.Year;
            AppendBound(builder, value.Start, DateEstimate.BoundGranularity(value.Start, isEnd: false, value.Precision), unstated);
            builder.Append('/');
            if (value.IsOpenEnded)
            {
                builder.Append(OpenEnd);
            }
            else
            {
                AppendBound(builder, value.End, DateEstimate.BoundGranularity(value.End, isEnd: true, value.Precision), unstated);
            }
        }

        if (unstated)
        {
            builder.Append(" (").Append(DateEstimate.Pad4(anchorYear)).Append(')');
        }

        if (value.Modifier != DateModifier.None)
        {
            builder.Append(" (").Append(ModifierText(value.Modifier)).Append(')');
        }

        return builder.ToString();
    }

    public static bool TryParse(string? text, out DateEstimate value, out string error)
    {
        value = default;
        if (text is null)
        {
            error = "the text is null.";
            return false;
        }

        var core = text;
        DateModifier modifier = DateModifier.None;
        int? anchorYear = null;
        while (core.EndsWith(')'))
        {
            int open = core.LastIndexOf(" (", StringComparison.Ordinal);
            if (open < 0)
            {
                error = $"the ')' at offset {core.Length - 1} has no matching ' ('.";
                return false;
            }

            var token = core.Substring(open + 2, core.Length - open - 3);
            if (ParseModifier(token) is { } parsed)
            {
                if (modifier != DateModifier.None || anchorYear is not null)
                {
                    error = $"the modifier '({token})' at offset {open + 1} must come last and only once.";
                    return false;
                }

                modifier = parsed;
            }
            else if (token.Length == 4 && TryDigits(token, 0, 4, out int year) && year >= 1)
            {
                if (anchorYear is not null)
                {
                    error = $"the anchored year '({token})' at offset {open + 1} appears twice.";
                    return false;
                }

                anchorYear = year;
            }
            else
            {
                error = $"'({token})' at offset {open + 1} is neither a modifier (START, MID, END, APPROX) nor an anchored year.";
                return false;
            }

            core = core[..open];
        }

        bool unstated = core.Contains(Unstated, StringComparison.Ordinal);
        if (unstated != anchorYear.HasValue)
        {
            error = unstated
                ? "a date with an unstated year (XXXX) needs its anchored reading, e.g. 'XXXX-02 (2020)'."
                : "an anchored year in parentheses is only allowed after a date whose year is written XXXX.";
            return false;
        }

        DateEstimate result;
        int slash = core.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0 && core.AsSpan(slash + 1).SequenceEqual(OpenEnd))
        {
            if (!TryParseBound(core[..slash], 0, anchorYear, out var startDate, out var startPrecision, out error, isEnd: false))
            {
                return false;
            }

            if (anchorYear is not null || modifier != DateModifier.None || startDate == LocalDate.MaxIsoValue)
            {
                error = anchorYear is not null
                    ? "an open-ended estimate ('/..') needs a stated year."
                    : modifier != DateModifier.None ? "an open-ended estimate ('/..') takes no modifier." : "an open-ended estimate must start before 9999-12-31.";
                return false;
            }

            result = DateEstimate.Normalize(startDate, LocalDate.MaxIsoValue, startPrecision, DateModifier.None, false);
            if (!result.IsOpenEnded)
            {
                error = "an open-ended estimate must start before the calendar's last unit (9999-12, 9999).";
                return false;
            }
        }
        else if (slash >= 0)
        {
            if (!TryParseBound(core[..slash], 0, anchorYear, out var startDate, out var startPrecision, out error, isEnd: false)
                || !TryParseBound(core[(slash + 1)..], slash + 1, anchorYear, out var endDate, out var endPrecision, out error, isEnd: true))
            {
                return false;
            }

            if (anchorYear is not null && endDate < startDate
                && !TryParseBound(core[(slash + 1)..], slash + 1, anchorYear + 1, out endDate, out endPrecision, out error, isEnd: true))
            {
                return false;
            }

            if (endDate < startDate)
            {
                error = "the end date is earlier than the start date.";
                return false;
            }

            var precision = startPrecision > endPrecision ? startPrecision : endPrecision;
            result = DateEstimate.FromInterval(startDate, endDate, precision);
        }
        else if (!TryParseUnit(core, anchorYear, out result, out error))
        {
            return false;
        }

        if (modifier != DateModifier.None)
        {
            if (modifier != DateModifier.Approximate && (slash >= 0 || result.Precision is DatePrecision.Day or DatePrecision.Week))
            {
                error = $"the modifier ({ModifierText(modifier)}) needs a month, season, year or decade.";
                return false;
            }

            result = result.WithModifier(modifier);
        }

        value = unstated ? result.WithYearUnstated() : result;
        error = string.Empty;
        return true;
    }

    private static int AppendUnit(StringBuilder builder, DateEstimate value, bool unstated)
    {
        var (unitStart, _) = DateEstimate.UnitAround(value.Start, value.Precision);
        switch (value.Precision)
        {
            case DatePrecision.Day:
                AppendBound(builder, unitStart, DatePrecision.Day, unstated);
                return unitStart.Year;
            case DatePrecision.Week:
                {
                    int weekYear = WeekYearRules.Iso.GetWeekYear(unitStart);
                    builder.Append(unstated ? Unstated : DateEstimate.Pad4(weekYear)).Append("-W")
                        .Append(WeekYearRules.Iso.GetWeekOfWeekYear(unitStart).ToString("00", CultureInfo.InvariantCulture));
                    return weekYear;
                }

            case DatePrecision.Month:
                AppendBound(builder, unitStart, DatePrecision.Month, unstated);
                return unitStart.Year;
            case DatePrecision.Season:
                builder.Append(unstated ? Unstated : DateEstimate.Pad4(unitStart.Year)).Append('-').Append(SeasonCode(unitStart.Month));
                return unitStart.Year;
            case DatePrecision.Year:
                AppendBound(builder, unitStart, DatePrecision.Year, unstated);
                return unitStart.Year;
            default:
                builder.Append(unstated ? Unstated : DateEstimate.Pad4(unitStart.Year)[..3] + "X");
                return unitStart.Year;
        }
    }

    private static void AppendBound(StringBuilder builder, LocalDate date, DatePrecision granularity, bool unstated)
    {
        builder.Append(unstated ? Unstated : DateEstimate.Pad4(date.Year));
        if (granularity <= DatePrecision.Month)
        {
            builder.Append('-').Append(date.Month.ToString("00", CultureInfo.InvariantCulture));
        }

        if (granularity == DatePrecision.Day)
        {
            builder.Append('-').Append(date.Day.ToString("00", CultureInfo.InvariantCulture));
        }
    }

    private static bool TryParseUnit(string core, int? anchorYear, out DateEstimate value, out string error)
    {
        value = default;
        error = string.Empty;

        // Decade: 201X.
        if (core.Length == 4 && core[3] == 'X' && TryDigits(core, 0, 3, out int decade))
        {
            if (decade is < 1 or > 999)
            {
                error = $"the decade '{core}' is out of range.";
                return false;
            }

            value = DateEstimate.FromDecade(decade * 10);
            return true;
        }

        if (!TryYear(core, anchorYear, out int year))
        {
            error = $"'{core}' does not start with a four-digit year (or XXXX).";
            return false;
        }

        if (core.Length == 4)
        {
            value = DateEstimate.FromYear(year);
            return true;
        }

        if (core.Length == 7 && core[4] == '-' && ParseSeason(core.AsSpan(5, 2)) is { } season)
        {
            if (season == Season.Winter && year == 9999)
            {
                error = "winter of 9999 would end after 9999-12-31.";
                return false;
            }

            value = DateEstimate.FromSeason(year, season);
            return true;
        }

        if (core.Length >= 7 && core[4] == '-' && core[5] == 'W')
        {
            if (core.Length == 8 && TryDigits(core, 6, 2, out int week) && week >= 1 && week <= WeekYearRules.Iso.GetWeeksInWeekYear(year))
            {
                value = DateEstimate.FromIsoWeek(year, week);
                return true;
            }

            error = $"'{core}' is not an ISO week such as 2020-W25 (the week must exist in that year).";
            return false;
        }

        if (!TryParseBound(core, 0, anchorYear, out var date, out var precision, out error, isEnd: false))
        {
            return false;
        }

        value = precision == DatePrecision.Month ? DateEstimate.FromMonth(date.Year, date.Month) : DateEstimate.FromDay(date);
        return true;
    }

    private static bool TryParseBound(string text, int offset, int? anchorYear, out LocalDate date, out DatePrecision precision, out string error, bool isEnd)
    {
        date = default;
        precision = DatePrecision.Day;
        error = string.Empty;
        if (!TryYear(text, anchorYear, out int year))
        {
            error = $"the date at offset {offset} ('{text}') does not start with a four-digit year (or XXXX).";
            return false;
        }

        if (text.Length == 4)
        {
            precision = DatePrecision.Year;
            date = isEnd ? new LocalDate(year, 12, 31) : new LocalDate(year, 1, 1);
            return true;
        }

        if (text.Length >= 7 && text[4] == '-' && TryDigits(text, 5, 2, out int month) && month is >= 1 and <= 12)
        {
            if (text.Length == 7)
            {
                precision = DatePrecision.Month;
                var first = new LocalDate(year, month, 1);
                date = isEnd ? DateEstimate.LastOfMonth(first) : first;
                return true;
            }

            if (text.Length == 10 && text[7] == '-' && TryDigits(text, 8, 2, out int day)
                && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                date = new LocalDate(year, month, day);
                return true;
            }
        }

        error = $"the date at offset {offset} ('{text}') is not YYYY, YYYY-MM or YYYY-MM-DD with a valid month and day.";
        return false;
    }

    private static bool TryYear(string text, int? anchorYear, out int year)
    {
        year = 0;
        if (text.Length < 4)
        {
            return false;
        }

        if (text.StartsWith(Unstated, StringComparison.Ordinal))
        {
            year = anchorYear ?? 0;
            return anchorYear is not null;
        }

        return TryDigits(text, 0, 4, out year) && year >= 1;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static string SeasonCode(int startMonth) => startMonth switch
    {
        3 => "SP",
        6 => "SU",
        9 => "FA",
        _ => "WI",
    };

    private static Season? ParseSeason(ReadOnlySpan<char> code) => code switch
    {
        "SP" => Season.Spring,
        "SU" => Season.Summer,
        "FA" => Season.Autumn,
        "WI" => Season.Winter,
        _ => null,
    };

    private static string ModifierText(DateModifier modifier) => modifier switch
    {
        DateModifier.Start => "START",
        DateModifier.Mid => "MID",
        DateModifier.End => "END",
        _ => "APPROX",
    };

    private static DateModifier? ParseModifier(string token) => token switch
    {
        "START" => DateModifier.Start,
        "MID" => DateModifier.Mid,
        "END" => DateModifier.End,
        "APPROX" => DateModifier.Approximate,
        _ => null,
    };
}

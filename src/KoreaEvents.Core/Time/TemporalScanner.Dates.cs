using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <content>Calendar patterns: ISO dates, weekday dates, months, days of a month and years.</content>
internal sealed partial class TemporalScanner
{
    private bool TryIsoDate(int j, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        if (!IsNumber(j, 4) || !IsPunct(j + 1, '-') || !IsNumber(j + 2, 2) || !IsPunct(j + 3, '-')
            || !IsNumber(j + 4, 2, allowOther: true) || tokens[j + 1].SpaceBefore || tokens[j + 2].SpaceBefore
            || tokens[j + 3].SpaceBefore || tokens[j + 4].SpaceBefore)
        {
            return false;
        }

        int year = tokens[j].Value;
        int month = tokens[j + 2].Value;
        int day = tokens[j + 4].Value;
        if (tokens[j + 4].Suffix == NumberSuffix.Other && !IsTimeSuffix(j + 4))
        {
            return false;
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        end = j + 5;
        spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromDay(year, month, day) };
        return true;
    }

    private bool IsTimeSuffix(int j)
    {
        // 2019-03-23T10:15:00Z: the day token carries a "T…" suffix.
        return text[tokens[j].Start + 2] is 'T' or 't';
    }

    private bool TryWeekdayDate(int j, out int end, out TemporalSpec spec)
    {
        // "Tuesday, May 21, 2024", "Friday 22 March": the weekday is redundant with the date.
        int k = j + 1;
        if (IsPunct(k, ','))
        {
            k++;
        }

        if (k < count && tokens[k].Type == TokenType.Word && tokens[k].Lex == Lex.Month && tokens[k].Capitalized
            && TryMonth(k, null, prefixed: true, out end, out spec) && spec.Kind is SpecKind.Fixed or SpecKind.MonthDay
            && (spec.Kind == SpecKind.MonthDay || spec.Fixed.Precision == DatePrecision.Day))
        {
            return true;
        }

        if (IsDay(k, allowOrdinal: true))
        {
            return TryDayMonth(k, out end, out spec);
        }

        end = j;
        spec = null!;
        return false;
    }

    private bool TryMonth(int j, int? shift, bool prefixed, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        ref var t = ref tokens[j];
        int month = t.Value;
        int k = j + 1;
        if (t.Abbreviation && IsPunct(k, '.'))
        {
            k++;
        }

        if (shift is null && IsDay(k, allowOrdinal: true) && !IsPunct(k + 1, ':'))
        {
            int firstDay = tokens[k].Value;
            int lastDay = firstDay;
            int m = k + 1;
            if ((IsPunct(m, '-') || IsPunct(m, '–')) && IsDay(m + 1, allowOrdinal: true) && tokens[m + 1].Value > firstDay)
            {
                lastDay = tokens[m + 1].Value;
                m += 2;
            }

            return CompleteDays(m, month, firstDay, lastDay, out end, out spec);
        }

        if (t.Abbreviation)
        {
            return false;
        }

        if (shift is null)
        {
            int y = Is(k, Lex.Of) ? k + 1 : k;
            if (IsYearNumber(y))
            {
                end = y + 1;
                spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromMonth(tokens[y].Value, month) };
                return true;
            }

            if ((Is(k, Lex.Last) || Is(k, Lex.This) || Is(k, Lex.Next)) && IsUnit(k + 1, TemporalUnit.Year, plural: false))
            {
                end = k + 2;
                spec = new TemporalSpec { Kind = SpecKind.MonthOfRelativeYear, Month = month, Shift = ShiftOf(k) };
                return true;
            }
        }

        // A bare month name. "May" is a month only after a preposition or modifier ("in May"), never as a verb.
        if (month == 5 && shift is null && !prefixed && !(j > 0 && IsMonthPreposition(j - 1)))
        {
            return false;
        }

        end = k;
        spec = new TemporalSpec { Kind = SpecKind.Month, Month = month, Shift = shift };
        return true;
    }

    private bool IsMonthPreposition(int j) =>
        tokens[j].Lex is Lex.In or Lex.Since or Lex.Of or Lex.Until or Lex.By or Lex.From or Lex.During or Lex.Through or Lex.To or Lex.Early or Lex.Mid or Lex.Late;

    private static int MaxDays(int month) => month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2001, month);

    private bool TryDayMonth(int j, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        if (!IsDay(j, allowOrdinal: true))
        {
            return false;
        }

        int firstDay = tokens[j].Value;
        int lastDay = firstDay;
        int k = j + 1;
        if ((IsPunct(k, '-') || IsPunct(k, '–')) && IsDay(k + 1, allowOrdinal: true) && tokens[k + 1].Value > firstDay)
        {
            lastDay = tokens[k + 1].Value;
            k += 2;
        }

        if (Is(k, Lex.Of))
        {
            k++;
        }

        if (k >= count || tokens[k].Lex != Lex.Month || !tokens[k].Capitalized)
        {
            return false;
        }

        int month = tokens[k].Value;
        k++;
        if (tokens[k - 1].Abbreviation && IsPunct(k, '.'))
        {
            k++;
        }

        return CompleteDays(k, month, firstDay, lastDay, out end, out spec);
    }

    /// <summary>
    /// Completes a day (or day range) of <paramref name="month"/> whose tokens end before <paramref name="k"/>: an
    /// optional comma and year follow ("22 March, 2019", "February 27-28 2019"); without a year the days stay yearless.
    /// Fails when the days do not exist in that month (in that year, or in any year).
    /// </summary>
    private bool CompleteDays(int k, int month, int firstDay, int lastDay, out int end, out TemporalSpec spec)
    {
        spec = null!;
        end = k;
        int y = IsPunct(k, ',') ? k + 1 : k;
        if (IsYearNumber(y))
        {
            int year = tokens[y].Value;
            if (lastDay > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return false;
            }

            end = y + 1;
            spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromInterval(new LocalDate(year, month, firstDay), new LocalDate(year, month, lastDay)) };
            return true;
        }

        if (lastDay > MaxDays(month))
        {
            return false;
        }

        spec = new TemporalSpec { Kind = SpecKind.MonthDay, Month = month, FirstDay = firstDay, LastDay = lastDay };
        return true;
    }

    private bool TryYear(int j, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        ref var t = ref tokens[j];
        if (t.Digits != 4 || t.Value is < 1000 or > 2199)
        {
            return false;
        }

        if (t.Suffix == NumberSuffix.S)
        {
            if (t.Value % 10 != 0)
            {
                return false;
            }

            end = j + 1;
            spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromDecade(t.Value) };
            return true;
        }

        if (t.Suffix != NumberSuffix.None || !IsStandaloneNumber(j))
        {
            return false;
        }

        // "1950-53", "2019–2020": a run of years.
        int k = j + 1;
        if ((IsPunct(k, '-') || IsPunct(k, '–')) && !tokens[k].SpaceBefore && k + 1 < count && tokens[k + 1].Type == TokenType.Number
            && tokens[k + 1].Suffix == NumberSuffix.None && !tokens[k + 1].SpaceBefore)
        {
            int last = tokens[k + 1].Digits switch
            {
                2 => (t.Value / 100 * 100) + tokens[k + 1].Value,
                4 => tokens[k + 1].Value,
                _ => -1,
            };
            if (last > t.Value && last <= 2199)
            {
                end = k + 2;
                spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromInterval(new LocalDate(t.Value, 1, 1), new LocalDate(last, 12, 31), DatePrecision.Year) };
                return true;
            }
        }

        end = j + 1;
        spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromYear(t.Value) };
        return true;
    }

    private bool IsStandaloneNumber(int j)
    {
        // Not part of "1,953", "$2000", "2000%", "2000 troops".
        if (j > 0 && !tokens[j].SpaceBefore && tokens[j - 1].Type == TokenType.Punct && (char)tokens[j - 1].Value is ',' or '.' or '$' or '£' or '€' or '#')
        {
            return false;
        }

        int k = j + 1;
        if (k < count && tokens[k].Type == TokenType.Punct && !tokens[k].SpaceBefore && (char)tokens[k].Value is '%' or ',' or '.'
            && k + 1 < count && tokens[k + 1].Type == TokenType.Number && !tokens[k + 1].SpaceBefore)
        {
            return false;
        }

        if (k < count && tokens[k].Type == TokenType.Punct && (char)tokens[k].Value == '%')
        {
            return false;
        }

        return !(k < count && tokens[k].Lex == Lex.NounAfterNumber);
    }
}

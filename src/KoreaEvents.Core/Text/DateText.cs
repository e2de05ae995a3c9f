using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace KoreaEvents.Core.Text;

/// <summary>A date (and time of day) found in a short piece of text.</summary>
internal readonly record struct DateMatch(int Start, int End, LocalDate Date, LocalTime? Time);

/// <summary>
/// Finds written calendar dates ("Mar 23, 2019", "Tuesday, May 21, 2024", "23 March 2019", "2019-03-23") with an
/// adjacent time of day ("8:30 AM", "10:15 a.m.", "14:30"). All patterns run on the non-backtracking engine, so their
/// cost is linear in the input.
/// </summary>
internal static class DateText
{
    private const string Weekday = @"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?";
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    // Month names (with a weekday in front), ISO dates (with a time stamp after "T"), dotted year-first dates as
    // Korean and Chinese sites print them ("2019.03.26", "2019. 3. 26."), and day-month-year with dots or slashes
    // ("16.06.2020", "16/06/2020"; a slashed date is read month first only where the day-first reading is impossible).
    private static readonly Regex DatePattern = new(
        $@"\b(?:{Weekday},?\s+)?(?:(?<m1>{Month})\.?\s+(?<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y1>\d{{4}})|(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<m2>{Month})\.?,?\s+(?<y2>\d{{4}})|(?<y3>\d{{4}})-(?<mo3>\d{{2}})-(?<d3>\d{{2}})(?:T(?<th>\d{{2}}):(?<tm>\d{{2}})(?::\d{{2}}(?:\.\d{{1,9}})?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)\b"
        + @"|\b(?<y4>\d{4})\.\s?(?<mo4>\d{1,2})\.\s?(?<d4>\d{1,2})\b\.?"
        + @"|\b(?<d5>\d{1,2})\.(?<mo5>\d{1,2})\.(?<y5>\d{4})\b"
        + @"|\b(?<a6>\d{1,2})/(?<b6>\d{1,2})/(?<y6>\d{4})\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // A time of day: "8:30 AM", "10:15 a.m.", "14:30", and Korean "오후 2:05" (오전 = a.m., 오후 = p.m.).
    private static readonly Regex TimePattern = new(
        @"(?:(?<kap>오전|오후)\s?|\b)(?<h>\d{1,2}):(?<min>\d{2})(?:\s*(?<ap>[AaPp])\.?\s?[Mm]\b\.?)?",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly string[] MonthKeys = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Finds every valid date in <paramref name="text"/>[start..end), each joined with a time of day next to it.</summary>
    public static List<DateMatch> FindAll(string text, int start, int end)
    {
        var result = new List<DateMatch>();
        var slice = text.Substring(start, end - start);
        var times = new List<(int Start, int End, LocalTime Time)>();
        foreach (Match m in TimePattern.Matches(slice))
        {
            int hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            int minute = int.Parse(m.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
            var ap = m.Groups["ap"];
            var kap = m.Groups["kap"];
            if (ap.Success || kap.Success)
            {
                if (hour is < 1 or > 12)
                {
                    continue;
                }

                bool pm = ap.Success ? char.ToLowerInvariant(ap.ValueSpan[0]) == 'p' : kap.ValueSpan[1] == '후';
                hour = (hour % 12) + (pm ? 12 : 0);
            }

            if (hour < 24 && minute < 60)
            {
                times.Add((m.Index, m.Index + m.Length, new LocalTime(hour, minute)));
            }
        }

        foreach (Match m in DatePattern.Matches(slice))
        {
            if (!TryRead(m, out var date))
            {
                continue;
            }

            int dateStart = m.Index;
            int dateEnd = m.Index + m.Length;
            LocalTime? time = m.Groups["th"].Success && Number(m.Groups["th"]) is int th and < 24 && Number(m.Groups["tm"]) is int tm and < 60
                ? new LocalTime(th, tm)
                : null;
            foreach (var t in times)
            {
                if (t.End <= dateStart && OnlySeparators(slice, t.End, dateStart))
                {
                    time = t.Time;
                    dateStart = t.Start;
                }
                else if (t.Start >= dateEnd && OnlySeparators(slice, dateEnd, t.Start))
                {
                    time = t.Time;
                    dateEnd = t.End;
                }
            }

            result.Add(new DateMatch(start + dateStart, start + dateEnd, date, time));
        }

        return result;
    }

    /// <summary>Finds the time-of-day expressions in a short text (offsets relative to <paramref name="start"/>).</summary>
    public static IEnumerable<(int Start, int End)> FindTimes(string text, int start, int end)
    {
        foreach (Match m in TimePattern.Matches(text.Substring(start, end - start)))
        {
            yield return (start + m.Index, start + m.Index + m.Length);
        }
    }

    private static bool OnlySeparators(string text, int from, int to)
    {
        if (to - from > 6)
        {
            return false;
        }

        var gap = text.AsSpan(from, to - from).Trim();
        return gap.Length == 0 || gap is "|" or "," or "-" or "–" or "—" or "·" or "•" or "at" or "@";
    }

    private static bool TryRead(Match m, out LocalDate date)
    {
        date = default;
        int year, month, day;
        if (m.Groups["y1"].Success)
        {
            year = Number(m.Groups["y1"]);
            month = MonthNumber(m.Groups["m1"].ValueSpan);
            day = Number(m.Groups["d1"]);
        }
        else if (m.Groups["y2"].Success)
        {
            year = Number(m.Groups["y2"]);
            month = MonthNumber(m.Groups["m2"].ValueSpan);
            day = Number(m.Groups["d2"]);
        }
        else if (m.Groups["y3"].Success)
        {
            year = Number(m.Groups["y3"]);
            month = Number(m.Groups["mo3"]);
            day = Number(m.Groups["d3"]);
        }
        else if (m.Groups["y4"].Success)
        {
            year = Number(m.Groups["y4"]);
            month = Number(m.Groups["mo4"]);
            day = Number(m.Groups["d4"]);
        }
        else if (m.Groups["y5"].Success)
        {
            year = Number(m.Groups["y5"]);
            month = Number(m.Groups["mo5"]);
            day = Number(m.Groups["d5"]);
        }
        else
        {
            // "16/06/2020" is day first, "06/16/2020" month first; "06/07/2020" could be either and is no date.
            year = Number(m.Groups["y6"]);
            int a = Number(m.Groups["a6"]);
            int b = Number(m.Groups["b6"]);
            if (a <= 12 && b <= 12 && a != b)
            {
                return false;
            }

            (day, month) = a > 12 ? (a, b) : b > 12 ? (b, a) : (a, b);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[3];
        name[..3].ToLowerInvariant(key);
        for (int i = 0; i < MonthKeys.Length; i++)
        {
            if (key.SequenceEqual(MonthKeys[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }
}

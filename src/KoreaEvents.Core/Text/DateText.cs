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

    private static readonly Regex DatePattern = new(
        $@"\b(?:{Weekday},?\s+)?(?:(?<m1>{Month})\.?\s+(?<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y1>\d{{4}})|(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<m2>{Month})\.?,?\s+(?<y2>\d{{4}})|(?<y3>\d{{4}})-(?<mo3>\d{{2}})-(?<d3>\d{{2}}))\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex TimePattern = new(
        @"\b(?<h>\d{1,2}):(?<min>\d{2})(?:\s*(?<ap>[AaPp])\.?\s?[Mm]\b\.?)?",
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
            if (ap.Success)
            {
                if (hour is < 1 or > 12)
                {
                    continue;
                }

                hour = (hour % 12) + (char.ToLowerInvariant(ap.ValueSpan[0]) == 'p' ? 12 : 0);
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
            LocalTime? time = null;
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
        else
        {
            year = Number(m.Groups["y3"]);
            month = Number(m.Groups["mo3"]);
            day = Number(m.Groups["d3"]);
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

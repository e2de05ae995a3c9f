using System.Globalization;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Extraction;

/// <summary>A count found in a sentence: the quantity (with its unit) and the span from the qualifier to the unit.</summary>
internal readonly record struct FoundQuantity(Quantity Quantity, int Start, int End);

/// <summary>
/// Finds counts of things in a sentence: digits (<c>25 people</c>, <c>50,000 North Koreans</c>), vague magnitudes
/// (<c>hundreds of managers</c> is 200–999, <c>dozens of</c> 24–99, <c>thousands of</c> 2,000–9,999) and number words
/// after a qualifier (<c>around twenty officials</c>). Qualifiers make the count approximate (<c>around</c>, <c>about</c>)
/// or open-ended (<c>more than</c>, <c>at least</c>, <c>up to</c>). The unit is the noun that follows, skipping
/// capitalised modifiers (<c>South Korean managers</c> counts managers); a count of capitalised words counts them
/// (<c>North Koreans</c>). Numbers inside date expressions, years, hyphenated compounds (<c>F-35</c>, <c>four-storey</c>)
/// and counts of time units (<c>24 hours</c>) are not counts. Nor are the numbers inside a time of day (<c>at 2:49
/// p.m.</c>, <c>9 a.m.</c>, <c>14:05 KST</c>), a numeric date (<c>16/06/2020</c>, <c>2019.03.26</c>), an age (<c>aged
/// 36</c>), a street address (<c>10 Downing Street</c>) or an ordinal (<c>21st</c>). These are the grammar of English
/// numbers, not vocabulary.
/// </summary>
internal static class QuantityScanner
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
    };

    private static readonly Dictionary<string, (int Low, int High)> Magnitudes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = (24, 99), ["hundreds"] = (200, 999), ["thousands"] = (2000, 9999), ["tens of thousands"] = (20000, 99999),
    };

    private static readonly string[] Approximate = ["around", "about", "some", "roughly", "approximately", "nearly", "almost", "an estimated"];
    private static readonly string[] AtLeast = ["more than", "over", "at least"];
    private static readonly string[] AtMost = ["up to", "fewer than", "less than", "as many as"];

    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "minute", "minutes",
        "percent", "per", "times", "%",
    };

    /// <summary>Words after a number that make it a time of day ("9 p.m.", "14:05 KST").</summary>
    private static readonly HashSet<string> ClockWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "p", "am", "pm", "o'clock", "o’clock", "hrs", "gmt", "utc", "kst", "et", "est", "edt", "pst", "pdt", "cet", "bst", "jst",
    };

    /// <summary>Words before a number that make it an age or a rank, not a count ("aged 36", "No. 2").</summary>
    private static readonly HashSet<string> NotCountBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "aged", "age", "ages", "no", "number", "nos",
    };

    /// <summary>Last words of a street name: a number before a capitalised street name is an address.</summary>
    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way", "place", "square", "plaza", "court",
        "highway", "floor",
    };

    private static readonly HashSet<string> NotUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "from", "with", "for", "by", "as", "were", "was", "are", "is", "who", "which", "that",
    };

    public static List<FoundQuantity> Scan(string text, int start, int end, Func<int, int, bool> excluded)
    {
        var found = new List<FoundQuantity>();
        int i = start;
        while (i < end)
        {
            if (!SentenceText.IsWordChar(text[i]) || (i > start && SentenceText.IsWordChar(text[i - 1])))
            {
                i++;
                continue;
            }

            var (word, wordEnd) = SentenceText.WordAfter(text, i, end);
            if (word.Length == 0)
            {
                i++;
                continue;
            }

            int numberStart = i;
            decimal low, high;
            int afterNumber;
            bool vague = false;
            if (char.IsDigit(word[0]))
            {
                // Digits with thousands separators: "50,000".
                int j = i;
                while (j < end && (char.IsDigit(text[j]) || (text[j] == ',' && j + 3 < end && char.IsDigit(text[j + 1]) && char.IsDigit(text[j + 2]) && char.IsDigit(text[j + 3]))))
                {
                    j++;
                }

                if (j < end && (SentenceText.IsWordChar(text[j]) || text[j] == '.' && j + 1 < end && char.IsDigit(text[j + 1])))
                {
                    i = wordEnd;
                    continue;
                }

                if (!decimal.TryParse(text.AsSpan(i, j - i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out low))
                {
                    i = j;
                    continue;
                }

                if (InsideTimeOrDate(text, start, i, j, end))
                {
                    i = j;
                    continue;
                }

                high = low;
                afterNumber = j;
            }
            else if (Magnitude(text, i, end) is { } m)
            {
                (low, high, afterNumber) = (m.Low, m.High, m.End);
                vague = true;
            }
            else if (NumberWords.TryGetValue(word, out int n) && Qualifier(text, start, numberStart).Kind != QualifierKind.None)
            {
                low = high = n;
                afterNumber = wordEnd;
            }
            else
            {
                i = wordEnd;
                continue;
            }

            var qualifier = Qualifier(text, start, numberStart);
            int spanStart = qualifier.Kind == QualifierKind.None ? numberStart : qualifier.Start;
            if (excluded(spanStart, afterNumber) || (!vague && low >= 1900 && low <= 2100 && low == Math.Floor(low)))
            {
                i = afterNumber;
                continue;
            }

            var unit = Unit(text, afterNumber, end, out int unitEnd);
            if (unit is null || WordBefore(text, start, spanStart) is { } before && NotCountBefore.Contains(before.TrimEnd('.')))
            {
                i = afterNumber;
                continue;
            }

            (low, high) = qualifier.Kind switch
            {
                QualifierKind.AtLeast => (low, low * 2),
                QualifierKind.AtMost => (0, high),
                _ => (low, high),
            };
            found.Add(new FoundQuantity(new Quantity(low, high, unit, qualifier.Kind == QualifierKind.About), spanStart, unitEnd));
            i = unitEnd;
        }

        return found;
    }

    /// <summary>
    /// Whether the digits at <paramref name="from"/>..<paramref name="to"/> belong to a time of day or a numeric date:
    /// joined to other digits by <c>:</c>, <c>/</c> or <c>.</c> ("2:49", "16/06/2020", "2019.03.26"), or followed by a
    /// clock word ("9 p.m.", "14 GMT").
    /// </summary>
    private static bool InsideTimeOrDate(string text, int floor, int from, int to, int end)
    {
        bool joined(int at) => text[at] is ':' or '/' or '.';
        if (from - 2 >= floor && joined(from - 1) && char.IsDigit(text[from - 2]))
        {
            return true;
        }

        if (to + 1 < end && joined(to) && char.IsDigit(text[to + 1]))
        {
            return true;
        }

        var (next, _) = SentenceText.WordAfter(text, to, end);
        return next.Length > 0 && to < end && char.IsWhiteSpace(text[to]) && ClockWords.Contains(next)
            && (next.Length > 1 || FollowedByDotM(text, to, end));
    }

    /// <summary>"a.m." / "p.m." after the number: the single letter is followed by ".m".</summary>
    private static bool FollowedByDotM(string text, int from, int end)
    {
        int i = from;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i + 2 < end && text[i + 1] == '.' && (text[i + 2] is 'm' or 'M');
    }

    /// <summary>The word that ends just before <paramref name="at"/> (one space between), or null.</summary>
    private static string? WordBefore(string text, int floor, int at)
    {
        int i = at - 1;
        while (i >= floor && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        int end = i + 1;
        while (i >= floor && (SentenceText.IsWordChar(text[i]) || text[i] == '.'))
        {
            i--;
        }

        return end > i + 1 ? text[(i + 1)..end] : null;
    }

    private static (decimal Low, decimal High, int End)? Magnitude(string text, int i, int end)
    {
        foreach (var (phrase, range) in Magnitudes)
        {
            if (i + phrase.Length <= end && string.Compare(text, i, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var (next, nextEnd) = SentenceText.WordAfter(text, i + phrase.Length, end);
                if (next.Equals("of", StringComparison.OrdinalIgnoreCase))
                {
                    return (range.Low, range.High, nextEnd);
                }
            }
        }

        return null;
    }

    private enum QualifierKind
    {
        None,
        About,
        AtLeast,
        AtMost,
    }

    private static (QualifierKind Kind, int Start) Qualifier(string text, int floor, int numberStart)
    {
        foreach (var (list, kind) in new[] { (Approximate, QualifierKind.About), (AtLeast, QualifierKind.AtLeast), (AtMost, QualifierKind.AtMost) })
        {
            foreach (var phrase in list)
            {
                int at = numberStart - 1 - phrase.Length;
                if (at >= floor && string.Compare(text, at, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && char.IsWhiteSpace(text[numberStart - 1]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
                {
                    return (kind, at);
                }
            }
        }

        return (QualifierKind.None, numberStart);
    }

    /// <summary>The counted noun after a number, as a slug, or null when the number counts time or nothing.</summary>
    private static string? Unit(string text, int from, int end, out int unitEnd)
    {
        unitEnd = from;
        if (from < end && text[from] is '-' or '%' or '.' && from + 1 < end && !char.IsWhiteSpace(text[from + 1]))
        {
            return null;
        }

        var capitalised = new List<string>();
        int position = from;
        for (int k = 0; k < 5; k++)
        {
            var (word, wordEnd) = SentenceText.WordAfter(text, position, end);
            if (word.Length == 0 || !char.IsWhiteSpace(text[position]))
            {
                break;
            }

            if (TimeUnits.Contains(word))
            {
                return null;
            }

            if (char.IsUpper(word[0]))
            {
                // "10 Downing Street", "1600 Pennsylvania Avenue": an address, not ten Downing Streets.
                if (capitalised.Count > 0 && StreetWords.Contains(word))
                {
                    return null;
                }

                capitalised.Add(word);
                position = wordEnd;
                unitEnd = wordEnd;
                continue;
            }

            if (NotUnits.Contains(word) || !char.IsLetter(word[0]))
            {
                break;
            }

            unitEnd = wordEnd;
            return Slug.From(word);
        }

        return capitalised.Count > 0 ? Slug.From(string.Join(' ', capitalised)) : null;
    }
}

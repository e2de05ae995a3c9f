using System.Globalization;
using System.Text;

namespace KoreaEvents.Fuzz;

/// <summary>The hostile edits the fuzzer makes to a text: each is a small, deterministic function of a
/// <see cref="Random"/>, named so a crash report can say what was done.</summary>
public static class Mutator
{
    /// <summary>Phrases that stress the temporal tagger and the extractor: absurd amounts, years at and past the
    /// calendar's ends, impossible days.</summary>
    private static readonly string[] HostilePhrases =
    [
        "9999999999 months ago", "99999999999999999999 years later", "-5 days ago", "0 weeks ago",
        "in the year 0", "in 10000", "on 31 December 9999", "on 1 January 0001", "in 0000", "1 January 10000",
        "February 30", "30 February 2019", "31 April 2020", "2019-02-30", "2019-13-01", "32nd of May",
        "the 1950-53 Korean War", "between 1957-58 and 2009-2010", "last January", "next week", "21 months ago",
        "earlier this month", "Tuesday, 21 May 2024", "Published Mar 23, 2019", "Updated: 17 June 2020 12:00 KST",
        "on Tuesday", "in March 2019", "in the 1990s", "the 20th century", "fiscal 2019", "Q3 2020",
        "North Korea blew up the liaison office", "said the ministry", "according to Yonhap",
        "\"quote \"nested \"quote\" quote\" quote\"", "AFP", "(AP) —", "Advertisement", "Read more:",
    ];

    private static readonly string[] Oddities =
    [
        "\0", "\u0001", "\u0007", "\b", "\u001b", "\u007f", "\u0085", "\r", "\r\n", "\n\n\n", "\t", "\f", "\v",
        "\uFEFF", "\u200B", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\u2028", "\u2029",
        "\uD83D\uDE00", "\uD83C\uDDF0\uD83C\uDDF7", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301\u0301\u0301",
        "\u0915\u094D\u0937", "\uFFFD", "\uFFFF", "\uD800", "\uDFFF", "\uDBFF\uDBFF", "\u00A0", "\u3000", "\u2014", "\u201C\u201D",
    ];

    /// <summary>Applies 1 to 4 random edits to <paramref name="text"/>; <paramref name="applied"/> names them.</summary>
    public static string Mutate(string text, Random random, List<string> applied)
    {
        int edits = 1 + random.Next(4);
        for (int e = 0; e < edits; e++)
        {
            int kind = random.Next(12);
            int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            switch (kind)
            {
                case 0:
                case 1:
                    var odd = Oddities[random.Next(Oddities.Length)];
                    text = text.Insert(at, odd);
                    applied.Add(Invariant($"insert U+{(int)odd[0]:X4} at {at}"));
                    break;
                case 2:
                case 3:
                    var phrase = HostilePhrases[random.Next(HostilePhrases.Length)];
                    text = text.Insert(at, " " + phrase + " ");
                    applied.Add(Invariant($"insert \"{phrase}\" at {at}"));
                    break;
                case 4:
                    int length = Math.Min(text.Length - Math.Min(at, text.Length), random.Next(200));
                    text = text.Remove(Math.Min(at, text.Length), length);
                    applied.Add(Invariant($"delete {length} at {at}"));
                    break;
                case 5:
                    int from = text.Length == 0 ? 0 : random.Next(text.Length);
                    int count = Math.Min(text.Length - from, 1 + random.Next(400));
                    int times = 1 + random.Next(random.Next(2) == 0 ? 5 : 200);
                    var piece = text.Substring(from, count);
                    text = text.Insert(at, string.Concat(Enumerable.Repeat(piece, times)));
                    applied.Add(Invariant($"repeat {count} chars from {from} x{times} at {at}"));
                    break;
                case 6:
                    // Split a character pair: may leave a lone surrogate or a bare \r.
                    if (at > 0 && at < text.Length)
                    {
                        text = text[..at] + text[(at + 1)..];
                    }

                    applied.Add(Invariant($"drop the char at {at}"));
                    break;
                case 7:
                    text = ReplaceDigits(text, random, applied);
                    break;
                case 8:
                    text = at % 2 == 0 ? text.ToUpperInvariant() : text.ToLowerInvariant();
                    applied.Add(at % 2 == 0 ? "upper-case" : "lower-case");
                    break;
                case 9:
                    var quotes = new string('"', 1 + random.Next(300));
                    text = text.Insert(at, quotes);
                    applied.Add(Invariant($"insert {quotes.Length} quotes at {at}"));
                    break;
                case 10:
                    var line = new string('x', 1 + random.Next(20_000));
                    text = text.Insert(at, line);
                    applied.Add(Invariant($"insert a {line.Length}-char word at {at}"));
                    break;
                default:
                    text = text.Replace('\n', random.Next(2) == 0 ? '\r' : '\u2028');
                    applied.Add("replace line ends");
                    break;
            }
        }

        return text;
    }

    /// <summary>Flips 1 to 8 random bits of <paramref name="bytes"/> in place.</summary>
    public static void FlipBits(byte[] bytes, Random random, List<string> applied)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        int flips = 1 + random.Next(8);
        for (int f = 0; f < flips; f++)
        {
            int at = random.Next(bytes.Length);
            int bit = random.Next(8);
            bytes[at] ^= (byte)(1 << bit);
            applied.Add(Invariant($"flip bit {bit} of byte {at}"));
        }
    }

    /// <summary>A random text of words from <paramref name="vocabulary"/>, hostile phrases and oddities, with
    /// paragraph breaks.</summary>
    public static string RandomText(Random random, IReadOnlyList<string> vocabulary)
    {
        var text = new StringBuilder();
        int words = random.Next(2000);
        for (int i = 0; i < words; i++)
        {
            int pick = random.Next(100);
            text.Append(pick switch
            {
                < 80 => vocabulary[random.Next(vocabulary.Count)],
                < 90 => HostilePhrases[random.Next(HostilePhrases.Length)],
                < 95 => Oddities[random.Next(Oddities.Length)],
                _ => random.Next(3) == 0 ? ".\n\n" : ". ",
            });
            text.Append(' ');
        }

        return text.ToString();
    }

    private static string ReplaceDigits(string text, Random random, List<string> applied)
    {
        var replacement = random.Next(6) switch
        {
            0 => "0",
            1 => "9999999999",
            2 => "10000",
            3 => "-1",
            4 => "00000000000000000000000000000001",
            _ => "2147483648",
        };
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && random.Next(8) == 0)
            {
                result.Append(replacement);
                while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                }
            }
            else
            {
                result.Append(text[i]);
            }
        }

        applied.Add($"replace numbers with {replacement}");
        return result.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

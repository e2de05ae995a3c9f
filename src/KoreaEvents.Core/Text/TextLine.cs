namespace KoreaEvents.Core.Text;

/// <summary>One physical line of the original text (terminator excluded) and its trimmed content.</summary>
internal readonly record struct TextLine(int Number, int Start, int End, int TrimStart, int TrimEnd)
{
    public bool IsBlank => TrimStart >= TrimEnd;

    public TextSpan Content => TextSpan.FromBounds(TrimStart, TrimEnd);

    public int ContentLength => TrimEnd - TrimStart;
}

/// <summary>Splitting text into lines and the white-space rules every part of the parser shares.</summary>
internal static class TextLines
{
    /// <summary>White space as the parser sees it: Unicode white space (NBSP included) and U+FEFF (a byte order mark).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    /// <summary>Line terminators: LF, CR LF, lone CR, NEL, U+2028 and U+2029.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Splits <paramref name="text"/> into lines in one pass; offsets stay exact for every line ending style.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        int start = 0;
        int number = 1;
        int i = 0;
        while (true)
        {
            while (i < text.Length && !IsLineBreak(text[i]))
            {
                i++;
            }

            lines.Add(Make(text, number++, start, i));
            if (i >= text.Length)
            {
                break;
            }

            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            start = i;
        }

        return lines;
    }

    /// <summary>Returns the bounds of <paramref name="start"/>..<paramref name="end"/> without leading and trailing white space.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Counts white-space separated words in a range, stopping once <paramref name="cap"/> is reached.</summary>
    public static int CountWords(string text, int start, int end, int cap = int.MaxValue)
    {
        int count = 0;
        bool inWord = false;
        for (int i = start; i < end; i++)
        {
            bool space = IsSpace(text[i]);
            if (!space && !inWord)
            {
                if (++count >= cap)
                {
                    return count;
                }
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>Folds text for duplicate detection: letters and digits only, lower-cased (so "Jong-un" equals "Jong Un").</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static TextLine Make(string text, int number, int start, int end)
    {
        var (trimStart, trimEnd) = Trim(text, start, end);
        return new TextLine(number, start, end, trimStart, trimEnd);
    }
}

namespace KoreaEvents.Core.Text;

/// <summary>
/// Splits running text into sentences in one left-to-right pass. A boundary is final punctuation (<c>. ? ! …</c>),
/// then any closing quotes or brackets, then white space (NBSP included), then something that can start a sentence
/// (an upper-case or uncased letter, a digit, an opening quote or bracket). A period does not end a sentence after a
/// title (Mr., Dr., Mt.), an initial (J.), a month or "No." before a number (Jan. 5), or a dotted abbreviation (U.S.)
/// unless the next word is a typical sentence opener ("The", "It", "But"). Pieces with no letter or digit (a stray
/// "…") join their neighbour. Look-behind and look-ahead are bounded, so the cost is linear in the text.
/// </summary>
internal static class SentenceSplitter
{
    private const int MaxTokenLookBehind = 40;
    private const int MaxWordLookAhead = 24;

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Col", "Lt", "Maj", "Sgt", "Capt",
        "Cmdr", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Messrs", "Mme", "Gens", "Brig", "Supt",
        "vs", "cf", "approx", "Ave", "Blvd", "Rd",
    };

    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.Ordinal)
    {
        "No", "Nos", "Vol", "Art", "Fig", "pp", "p", "Ch", "Sec", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec",
    };

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "But", "And", "Or",
        "So", "Yet", "However", "In", "On", "At", "As", "A", "An", "There", "Here", "His", "Her", "Their", "Our", "My",
        "If", "When", "While", "After", "Before", "Since", "Although", "Meanwhile", "Still", "Such", "Some", "Many",
        "What", "Why", "How", "Who", "Both", "Then", "Now", "Instead", "Last", "Earlier", "Later",
    };

    /// <summary>Returns the sentence spans of <paramref name="text"/>[start..end), trimmed, in order, none longer than
    /// <paramref name="maxLength"/> characters (see <see cref="ArticleParserOptions.MaxSentenceLength"/>).</summary>
    public static List<TextSpan> Split(string text, int start, int end, int maxLength)
    {
        var sentences = Split(text, start, end);
        for (int k = 0; k < sentences.Count; k++)
        {
            if (sentences[k].Length > maxLength)
            {
                return Cut(text, sentences, maxLength);
            }
        }

        return sentences;
    }

    /// <summary>Cuts every span longer than <paramref name="maxLength"/> at its last space within the limit (at the
    /// limit when there is none, never inside a surrogate pair), each piece trimmed.</summary>
    private static List<TextSpan> Cut(string text, List<TextSpan> sentences, int maxLength)
    {
        var result = new List<TextSpan>(sentences.Count + 1);
        foreach (var sentence in sentences)
        {
            int start = sentence.Start, end = sentence.End;
            while (end - start > maxLength)
            {
                int cut = start + maxLength;
                int space = text.LastIndexOf(' ', cut - 1, maxLength / 2);
                if (space > start)
                {
                    cut = space;
                }
                else if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--;
                }

                var (pieceStart, pieceEnd) = TextLines.Trim(text, start, cut);
                if (pieceEnd > pieceStart)
                {
                    result.Add(TextSpan.FromBounds(pieceStart, pieceEnd));
                }

                start = SkipSpaces(text, cut, end);
            }

            var (lastStart, lastEnd) = TextLines.Trim(text, start, end);
            if (lastEnd > lastStart)
            {
                result.Add(TextSpan.FromBounds(lastStart, lastEnd));
            }
        }

        return result;
    }

    /// <summary>Returns the sentence spans of <paramref name="text"/>[start..end), trimmed, in order.</summary>
    public static List<TextSpan> Split(string text, int start, int end)
    {
        var raw = new List<TextSpan>();
        int sentenceStart = SkipSpaces(text, start, end);
        int i = sentenceStart;
        while (i < end)
        {
            char c = text[i];
            if (!IsTerminator(c))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < end && IsTerminator(text[j]))
            {
                j++;
            }

            bool singlePeriod = c == '.' && j == i + 1;
            while (j < end && IsCloser(text[j]))
            {
                j++;
            }

            if (j >= end || !TextLines.IsSpace(text[j]))
            {
                i = j;
                continue;
            }

            int next = SkipSpaces(text, j, end);
            if (next >= end)
            {
                break;
            }

            if (!CanStartSentence(text[next]) || (singlePeriod && IsAbbreviation(text, i, next, end)))
            {
                i = next;
                continue;
            }

            raw.Add(TextSpan.FromBounds(sentenceStart, j));
            sentenceStart = next;
            i = next;
        }

        var (lastStart, lastEnd) = TextLines.Trim(text, sentenceStart, end);
        if (lastEnd > lastStart)
        {
            raw.Add(TextSpan.FromBounds(lastStart, lastEnd));
        }

        return MergeEmptyPieces(text, raw);
    }

    private static List<TextSpan> MergeEmptyPieces(string text, List<TextSpan> raw)
    {
        var result = new List<TextSpan>(raw.Count);
        bool pendingMerge = false;
        foreach (var span in raw)
        {
            bool hasContent = HasLetterOrDigit(text, span);
            if (pendingMerge)
            {
                result[^1] = TextSpan.FromBounds(result[^1].Start, span.End);
                pendingMerge = !hasContent;
            }
            else if (!hasContent && result.Count > 0)
            {
                result[^1] = TextSpan.FromBounds(result[^1].Start, span.End);
            }
            else
            {
                result.Add(span);
                pendingMerge = !hasContent;
            }
        }

        return result;
    }

    private static bool HasLetterOrDigit(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && TextLines.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsCloser(char c) => c is '”' or '’' or '"' or '\'' or ')' or ']' or '»';

    private static bool CanStartSentence(char c) =>
        (char.IsLetter(c) && !char.IsLower(c)) || char.IsDigit(c) || c is '“' or '‘' or '"' or '\'' or '(' or '[' or '«';

    /// <summary>Decides whether the period at <paramref name="period"/> ends an abbreviation rather than a sentence.</summary>
    private static bool IsAbbreviation(string text, int period, int next, int end)
    {
        int tokenStart = period;
        while (tokenStart > 0 && period - tokenStart < MaxTokenLookBehind && !TextLines.IsSpace(text[tokenStart - 1]) && !IsOpener(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        if (period - tokenStart >= MaxTokenLookBehind || tokenStart == period)
        {
            return false;
        }

        var token = text.AsSpan(tokenStart, period - tokenStart);
        if (token.Contains('.'))
        {
            return IsDottedAbbreviation(token) && !SentenceOpeners.Contains(NextWord(text, next, end));
        }

        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return true;
        }

        var word = token.ToString();
        return Titles.Contains(word) || (BeforeNumbers.Contains(word) && char.IsDigit(text[next]));
    }

    /// <summary>"U.S", "D.C", "a.m", "e.g": runs of one or two letters joined by periods.</summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> token)
    {
        int run = 0;
        foreach (char c in token)
        {
            if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                run = 0;
            }
            else if (char.IsLetter(c) && ++run <= 2)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return run > 0;
    }

    private static string NextWord(string text, int start, int end)
    {
        int i = start;
        while (i < end && i - start < MaxWordLookAhead && char.IsLetter(text[i]))
        {
            i++;
        }

        return text.Substring(start, i - start);
    }

    private static bool IsOpener(char c) => c is '“' or '‘' or '"' or '(' or '[' or '—' or '–';
}

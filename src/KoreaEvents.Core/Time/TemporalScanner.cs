using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <summary>
/// The tagger's engine: one left-to-right pass that cuts the text into sentences and tokens (no regular
/// expressions), then tries a fixed set of patterns at each token with a lookahead of at most a dozen tokens.
/// Time and memory are linear in the text length; the token buffer is reused from sentence to sentence.
/// </summary>
internal sealed partial class TemporalScanner
{
    /// <summary>A sentence longer than this is cut (patterns never span more than a few tokens).</summary>
    private const int MaxSentenceTokens = 4096;

    private const int TenseWindow = 20;

    private readonly string text;
    private readonly int limit;
    private Token[] tokens = new Token[128];
    private int count;
    private int sentenceStart;
    private int sentenceEnd;

    private TemporalScanner(string text, int? limit = null)
    {
        this.text = text;
        this.limit = limit ?? text.Length;
    }

    private enum TokenType : byte
    {
        Word,
        Number,
        Punct,
    }

    private enum NumberSuffix : byte
    {
        None,
        Ordinal,
        S,
        Other,
    }

    /// <summary>Tags <paramref name="text"/>, appending mentions in text order.</summary>
    public static void Tag(string text, LocalDate? anchor, List<TemporalMention> output)
    {
        var scanner = new TemporalScanner(text);
        int position = 0;
        while (position < text.Length)
        {
            position = scanner.ReadSentence(position);
            scanner.MatchSentence(anchor, output);
        }
    }

    /// <summary>Splits <paramref name="text"/> into sentences the way the tagger does: (start, end) pairs.</summary>
    /// <remarks>
    /// This is not <see cref="Text.SentenceSplitter"/>, on purpose: the tagger's sentences are cut by its tokenizer
    /// (<see cref="ReadSentence"/>), and the dater must see the same sentences the tagger matched in. The rules
    /// differ: here a line break always ends a sentence, a sentence is cut after 4,096 tokens, ". ! ?" (not "…") need white
    /// space then a capital, a quote or a line break (no digits, brackets or closing quotes), and only initials and a
    /// short title list ("Mr", "Gen", "No", ...) block a break (no dotted abbreviations, no months before a number).
    /// Routing Time through the Text splitter would move sentence bounds, hence tenses and content evidence.
    /// </remarks>
    public static List<(int Start, int End)> Sentences(string text)
    {
        var scanner = new TemporalScanner(text);
        var result = new List<(int Start, int End)>();
        int position = 0;
        while (position < text.Length)
        {
            position = scanner.ReadSentence(position);
            if (scanner.count > 0)
            {
                result.Add((scanner.sentenceStart, scanner.sentenceEnd));
            }
        }

        return result;
    }

    /// <summary>The tense that governs the characters [<paramref name="start"/>, <paramref name="end"/>) of a sentence.</summary>
    public static (TemporalTense Tense, bool Anticipated) TenseAt(string text, int sentenceStart, int sentenceEnd, int start, int end)
    {
        var scanner = new TemporalScanner(text, sentenceEnd);
        scanner.ReadSentence(sentenceStart);
        int first = -1;
        int last = -1;
        for (int i = 0; i < scanner.count; i++)
        {
            ref var token = ref scanner.tokens[i];
            if (token.Start + token.Length > start && token.Start < end)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i + 1;
            }
        }

        if (first < 0)
        {
            return (TemporalTense.Unspecified, false);
        }

        // A phrase that carries its own tense ("blew up", "demolished") needs no context.
        for (int i = first; i < last; i++)
        {
            if (scanner.tokens[i].TenseMark is TemporalTense.Past or TemporalTense.Future)
            {
                return (scanner.tokens[i].TenseMark, scanner.IsAnticipated(first, last));
            }
        }

        return (scanner.TenseAround(first, last), scanner.IsAnticipated(first, last));
    }

    // ------------------------------------------------------------------ tense

    private TemporalTense TenseAround(int first, int end)
    {
        // Anticipation words bound to the expression decide first ("the upcoming November election", "as the
        // November election fast approaches").
        if (IsAnticipated(first, end))
        {
            return TemporalTense.Future;
        }

        // Otherwise the governing verb: English puts it before the adverbial, so the nearest marker before the
        // expression wins; failing that, the nearest one after it ("On Monday, Moon urged …").
        for (int k = first - 1; k >= Math.Max(0, first - TenseWindow); k--)
        {
            if (tokens[k].TenseMark != TemporalTense.Unspecified)
            {
                return tokens[k].TenseMark;
            }
        }

        for (int k = end; k < Math.Min(count, end + TenseWindow); k++)
        {
            if (tokens[k].TenseMark != TemporalTense.Unspecified)
            {
                return tokens[k].TenseMark;
            }
        }

        return TemporalTense.Unspecified;
    }

    private bool IsAnticipated(int first, int end)
    {
        for (int k = Math.Max(0, first - 2); k < first; k++)
        {
            if (tokens[k].Lex == Lex.Anticipating || (tokens[k].Lex == Lex.Coming && k == first - 1))
            {
                return true;
            }
        }

        for (int k = end; k < Math.Min(count, end + 4); k++)
        {
            if (tokens[k].Lex == Lex.Approaching)
            {
                return true;
            }

            if (tokens[k].Type == TokenType.Punct && (char)tokens[k].Value is ',' or ';' or ':')
            {
                break;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ helpers

    private bool Is(int k, Lex lex) => k < count && tokens[k].Type == TokenType.Word && tokens[k].Lex == lex;

    private bool IsPunct(int k, char c) => k < count && tokens[k].Type == TokenType.Punct && tokens[k].Value == c;

    private bool IsNumber(int k, int digits, bool allowOther = false) =>
        k < count && tokens[k].Type == TokenType.Number && tokens[k].Digits == digits
        && (tokens[k].Suffix == NumberSuffix.None || (allowOther && tokens[k].Suffix == NumberSuffix.Other));

    private bool IsDay(int k, bool allowOrdinal) =>
        k < count && tokens[k].Type == TokenType.Number && tokens[k].Digits <= 2 && tokens[k].Value is >= 1 and <= 31
        && (tokens[k].Suffix == NumberSuffix.None || (allowOrdinal && tokens[k].Suffix == NumberSuffix.Ordinal));

    private bool IsYearNumber(int k) =>
        k < count && tokens[k].Type == TokenType.Number && tokens[k].Digits == 4 && tokens[k].Suffix == NumberSuffix.None
        && tokens[k].Value is >= 1000 and <= 2199;

    private bool IsUnit(int k, TemporalUnit? unit, bool plural) =>
        k < count && tokens[k].Lex == Lex.Unit && tokens[k].Plural == plural && (unit is null || tokens[k].Value == (int)unit.Value);

    private int ShiftOf(int k) => Is(k, Lex.Last) ? -1 : Is(k, Lex.Next) ? 1 : 0;
}

namespace KoreaEvents.Core.Time;

/// <content>The tokenizer: cuts the text into sentences and the sentence into words, numbers and punctuation.</content>
internal sealed partial class TemporalScanner
{
    private int ReadSentence(int position)
    {
        count = 0;
        sentenceStart = -1;
        sentenceEnd = position;
        bool spaceBefore = true;
        while (position < limit)
        {
            char c = text[position];
            if (c == '\n')
            {
                position++;
                if (count > 0)
                {
                    return position;
                }

                spaceBefore = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                position++;
                spaceBefore = true;
                continue;
            }

            if (count == MaxSentenceTokens)
            {
                return position;
            }

            int start = position;
            if (char.IsLetter(c))
            {
                position++;
                while (position < limit)
                {
                    char d = text[position];
                    if (char.IsLetter(d) || ((d == '\'' || d == '’') && position + 1 < limit && char.IsLetter(text[position + 1])))
                    {
                        position++;
                    }
                    else
                    {
                        break;
                    }
                }

                AddWord(start, position - start, spaceBefore);
            }
            else if (c is >= '0' and <= '9')
            {
                long value = 0;
                while (position < limit && text[position] is >= '0' and <= '9')
                {
                    value = Math.Min((value * 10) + (text[position] - '0'), 1_000_000_000);
                    position++;
                }

                int digits = position - start;
                int letters = position;
                while (letters < limit && char.IsLetter(text[letters]))
                {
                    letters++;
                }

                var suffix = NumberSuffix.None;
                if (letters > position)
                {
                    var tail = text.AsSpan(position, letters - position);
                    suffix = tail.Equals("st", StringComparison.OrdinalIgnoreCase) || tail.Equals("nd", StringComparison.OrdinalIgnoreCase)
                        || tail.Equals("rd", StringComparison.OrdinalIgnoreCase) || tail.Equals("th", StringComparison.OrdinalIgnoreCase)
                        ? NumberSuffix.Ordinal
                        : tail is "s" ? NumberSuffix.S : NumberSuffix.Other;
                    position = letters;
                }

                Add(new Token
                {
                    Start = start,
                    Length = position - start,
                    Type = TokenType.Number,
                    Value = (int)value,
                    Digits = (byte)Math.Min(digits, 255),
                    Suffix = suffix,
                    SpaceBefore = spaceBefore,
                });
            }
            else
            {
                position++;
                Add(new Token { Start = start, Length = 1, Type = TokenType.Punct, Value = c, SpaceBefore = spaceBefore });
                if (c is '.' or '!' or '?' && EndsSentence(position))
                {
                    return position;
                }
            }

            spaceBefore = false;
        }

        return position;
    }

    private bool EndsSentence(int after)
    {
        // A full stop ends a sentence when white space follows and the next word starts with a capital, a quote or a
        // line break, unless it closes an initial ("U.S.") or a common abbreviation.
        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        int next = after;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next < text.Length && text[next] != '\n' && text[next] != '\r' && !char.IsUpper(text[next]) && text[next] is not ('"' or '“' or '‘' or '\''))
        {
            return false;
        }

        if (count >= 2 && text[after - 1] == '.' && tokens[count - 2].Type == TokenType.Word)
        {
            ref var previous = ref tokens[count - 2];
            if (previous.Length == 1 && char.IsUpper(text[previous.Start]))
            {
                return false;
            }

            var word = text.AsSpan(previous.Start, previous.Length);
            if (word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Lt" or "Col" or "Sen" or "Rep" or "Gov" or "Prof" or "No" or "vs" or "Jr" or "Sr")
            {
                return false;
            }
        }

        return true;
    }

    private void AddWord(int start, int length, bool spaceBefore)
    {
        var token = new Token { Start = start, Length = length, Type = TokenType.Word, SpaceBefore = spaceBefore };
        token.Capitalized = char.IsUpper(text[start]);
        if (length <= 16)
        {
            Span<char> lower = stackalloc char[length];
            text.AsSpan(start, length).ToLowerInvariant(lower);
            token.Lex = TemporalLexicon.Classify(lower, out token.Value, out token.Plural, out token.Abbreviation);
            token.TenseMark = TemporalLexicon.TenseOf(lower);
        }

        Add(token);
    }

    private void Add(in Token token)
    {
        if (count == tokens.Length)
        {
            Array.Resize(ref tokens, tokens.Length * 2);
        }

        if (sentenceStart < 0)
        {
            sentenceStart = token.Start;
        }

        sentenceEnd = token.Start + token.Length;
        tokens[count++] = token;
    }

    private struct Token
    {
        public int Start;
        public int Length;
        public int Value;
        public TokenType Type;
        public Lex Lex;
        public NumberSuffix Suffix;
        public TemporalTense TenseMark;
        public byte Digits;
        public bool Capitalized;
        public bool Plural;
        public bool Abbreviation;
        public bool SpaceBefore;
    }
}

namespace KoreaEvents.Core.Extraction;

/// <summary>
/// Small, allocation-light readings of the words around a position in a sentence: the grammar the extractor needs
/// (function words, pronouns, clause boundaries, conditional and ordering cues). Domain vocabulary (triggers, hedges,
/// negations, attribution verbs) lives in the lexicon, not here.
/// </summary>
internal static class SentenceText
{
    /// <summary>Closed-class words that never start a name, even when capitalised.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
        "But", "And", "Or", "So", "Yet", "However", "Both", "Either", "Neither", "In", "On", "At", "For", "From", "By", "With", "As", "After",
        "Before", "Since", "While", "When", "If", "Then", "There", "Here", "What", "Why", "How", "Who", "Which", "Also", "Still", "Even",
        "All", "Some", "Many", "Most", "No", "Not", "Such", "Given", "Clearly", "Equally", "Although", "Despite", "Following", "Last",
        "Next", "More", "Read", "Update", "Until", "Over", "Under", "Into", "During", "Once", "Every", "Each", "Another", "Other",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Few", "Both",
    };

    /// <summary>Pronouns that stand for the last named speaker.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they" };

    /// <summary>Words that open a condition for the rest of their clause.</summary>
    private static readonly string[] ConditionWords = ["if", "unless", "in case", "as long as", "provided that"];

    /// <summary>Phrases that make the actor after them the one who ordered the event.</summary>
    private static readonly string[] OrderCues = ["orders from", "order from", "ordered by", "orders of", "instructions from", "at the behest of"];

    /// <summary>Words between two event phrases that make them one mention ("collapse of the summit", "summit broke down").</summary>
    private static readonly HashSet<string> JoiningWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "a", "an", "its", "their", "this", "that" };

    /// <summary>Words before a date expression that make it a duration of a state, not the date of an event.</summary>
    private static readonly HashSet<string> DurationWords = new(StringComparer.OrdinalIgnoreCase) { "since", "during", "for", "throughout", "over", "until", "till" };

    /// <summary>Conjunctions and relatives that open a new clause: an actor beyond one is not the event's subject or object.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "since", "when", "while", "because", "until", "although", "though", "but", "which", "who", "whom", "whose", "where", "that",
        "said", "says", "told",
    };

    /// <summary>Relative pronouns: a clause they open has its own verb, and its dates are that verb's.</summary>
    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "that", "which", "who", "whom", "whose" };

    /// <summary>Auxiliaries that, before a participle, make the clause passive.</summary>
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "been", "being", "is", "are", "be", "got" };

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’';

    public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

    public static bool IsPronoun(string word) => Pronouns.Contains(word);

    public static bool IsDurationWord(string word) => DurationWords.Contains(word);

    /// <summary>Returns the word ending at or before <paramref name="end"/> (skipping spaces), with its start; empty when none.</summary>
    public static (string Word, int Start) WordBefore(string text, int end, int floor)
    {
        int i = end - 1;
        while (i >= floor && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        int wordEnd = i + 1;
        while (i >= floor && IsWordChar(text[i]))
        {
            i--;
        }

        return wordEnd > i + 1 ? (text[(i + 1)..wordEnd], i + 1) : (string.Empty, wordEnd);
    }

    /// <summary>Returns the word starting at or after <paramref name="start"/> (skipping spaces), with its end; empty when none.</summary>
    public static (string Word, int End) WordAfter(string text, int start, int ceiling)
    {
        int i = start;
        while (i < ceiling && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int wordStart = i;
        while (i < ceiling && IsWordChar(text[i]))
        {
            i++;
        }

        return (text[wordStart..i], i);
    }

    /// <summary>The position after "when" when the text at <paramref name="start"/> opens a when-clause (", when …" or
    /// " when …", spaces and one comma allowed before it); otherwise null.</summary>
    public static int? OpensWhenClause(string text, int start, int ceiling)
    {
        int i = start;
        while (i < ceiling && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < ceiling && text[i] == ',')
        {
            i++;
        }

        var (word, end) = WordAfter(text, i, ceiling);
        return word.Equals("when", StringComparison.OrdinalIgnoreCase) ? end : null;
    }

    /// <summary>Whether a relative pronoun ("that", "which", "who") lies between two positions: a date after it belongs
    /// to the relative clause's verb ("destroy an office that it built … two years ago"), not to what precedes it.</summary>
    public static bool OpensRelativeClause(string text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            var (word, wordEnd) = WordAfter(text, i, end);
            if (word.Length == 0)
            {
                return false;
            }

            if (RelativeWords.Contains(word))
            {
                return true;
            }

            i = wordEnd;
        }

        return false;
    }

    /// <summary>Whether a clause boundary or a clause-opening word lies between two positions.</summary>
    public static bool SeparatesClauses(string text, int start, int end)
    {
        if (HasClauseBoundary(text, start, end))
        {
            return true;
        }

        int i = start;
        while (i < end)
        {
            var (word, wordEnd) = WordAfter(text, i, end);
            if (word.Length == 0)
            {
                return false;
            }

            if (ClauseWords.Contains(word))
            {
                return true;
            }

            i = wordEnd;
        }

        return false;
    }

    /// <summary>Counts the words in <c>text[start..end)</c>.</summary>
    public static int CountWords(string text, int start, int end)
    {
        int count = 0;
        bool inWord = false;
        for (int i = start; i < end; i++)
        {
            bool w = IsWordChar(text[i]);
            if (w && !inWord)
            {
                count++;
            }

            inWord = w;
        }

        return count;
    }

    /// <summary>Whether <c>text[start..end)</c> holds only joining words and spaces (so two event phrases there are one mention).</summary>
    public static bool OnlyJoiningWords(string text, int start, int end)
    {
        if (end - start > 16)
        {
            return false;
        }

        int i = start;
        while (i < end)
        {
            var (word, wordEnd) = WordAfter(text, i, end);
            if (word.Length == 0)
            {
                return wordEnd >= end || string.IsNullOrWhiteSpace(text[wordEnd..end]);
            }

            if (!JoiningWords.Contains(word))
            {
                return false;
            }

            i = wordEnd;
        }

        return true;
    }

    /// <summary>Whether a clause boundary (, ; : — – or a closing quotation mark followed by a comma) lies in <c>text[start..end)</c>.</summary>
    public static bool HasClauseBoundary(string text, int start, int end)
    {
        for (int i = Math.Max(0, start); i < end && i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or ':' or '—' or '–' or '(' or ')')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of the clause holding <paramref name="position"/>: just after the last boundary before it in the sentence.</summary>
    public static int ClauseStart(string text, int sentenceStart, int position)
    {
        for (int i = position - 1; i >= sentenceStart; i--)
        {
            if (text[i] is ',' or ';' or ':' or '—' or '–' or '(')
            {
                return i + 1;
            }
        }

        return sentenceStart;
    }

    /// <summary>The end of the clause holding <paramref name="position"/>: the next boundary after it in the sentence.</summary>
    public static int ClauseEnd(string text, int position, int sentenceEnd)
    {
        for (int i = position; i < sentenceEnd; i++)
        {
            if (text[i] is ',' or ';' or ':' or '—' or '–' or ')')
            {
                return i;
            }
        }

        return sentenceEnd;
    }

    /// <summary>Whether a condition word opens the clause part <c>text[start..end)</c> before an event.</summary>
    public static bool HasConditionBefore(string text, int sentenceStart, int position)
    {
        int from = ClauseStart(text, sentenceStart, position);
        var span = text.AsSpan(from, position - from);
        foreach (var word in ConditionWords)
        {
            if (ContainsWord(span, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence opens with a condition ("If talks fail, …") that governs <paramref name="position"/>.</summary>
    public static bool OpensWithCondition(string text, int sentenceStart, int position)
    {
        var span = text.AsSpan(sentenceStart, position - sentenceStart).TrimStart();
        foreach (var word in ConditionWords)
        {
            if (span.StartsWith(word, StringComparison.OrdinalIgnoreCase) && span.Length > word.Length && !char.IsLetter(span[word.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an order cue ("orders from", "ordered by") ends just before <paramref name="position"/>.</summary>
    public static bool HasOrderCueBefore(string text, int sentenceStart, int position)
    {
        int from = Math.Max(sentenceStart, position - 24);
        var span = text.AsSpan(from, position - from).TrimEnd().ToString().Replace('\u00A0', ' ');
        foreach (var cue in OrderCues)
        {
            if (span.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word before <paramref name="position"/> is "by" (a passive agent).</summary>
    public static bool IsAgentAfterBy(string text, int sentenceStart, int position)
    {
        var (word, _) = WordBefore(text, position, sentenceStart);
        return word.Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the trigger at <paramref name="start"/> is a participle after a passive auxiliary ("was demolished", "was recently opened").</summary>
    public static bool IsPassive(string text, int sentenceStart, int start)
    {
        var (previous, previousStart) = WordBefore(text, start, sentenceStart);
        if (previous.EndsWith("ly", StringComparison.Ordinal))
        {
            (previous, _) = WordBefore(text, previousStart, sentenceStart);
        }

        return PassiveAuxiliaries.Contains(previous);
    }

    /// <summary>Whether <paramref name="span"/> holds <paramref name="phrase"/> as whole words, ignoring case.</summary>
    public static bool ContainsWord(ReadOnlySpan<char> span, string phrase)
    {
        int offset = 0;
        while (offset < span.Length)
        {
            int at = span[offset..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            int start = offset + at;
            int end = start + phrase.Length;
            bool before = start == 0 || !char.IsLetterOrDigit(span[start - 1]);
            bool after = end >= span.Length || !char.IsLetterOrDigit(span[end]);
            if (before && after)
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }
}

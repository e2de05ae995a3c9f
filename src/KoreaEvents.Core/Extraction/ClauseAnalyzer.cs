namespace KoreaEvents.Core.Extraction;

/// <summary>How a noun phrase stands to an event trigger in its clause.</summary>
internal enum ClauseRelation
{
    /// <summary>No relation the clause states.</summary>
    None = 0,

    /// <summary>The subject of an active verb ("North Korea blew up the office", "Moon and Kim met").</summary>
    Subject,

    /// <summary>The direct object of an active verb ("threatened Seoul").</summary>
    Object,

    /// <summary>The subject of a passive verb ("Seoul was threatened").</summary>
    PassiveSubject,

    /// <summary>A "by" agent, of a passive verb or of a noun ("was blown up by the North", "the demolition by the North").</summary>
    Agent,

    /// <summary>The possessor or name before a noun ("North Korea's demolition of the office", "US sanctions").</summary>
    Possessor,

    /// <summary>The subject of the verb that a noun trigger is the object of ("North Korea issued condemnations").</summary>
    GoverningSubject,

    /// <summary>"of X" after a noun ("the condemnation of the South").</summary>
    Of,

    /// <summary>"on / against / toward / at X" ("sanctions on the North", "imposed penalties on two Chinese companies").</summary>
    Against,

    /// <summary>"from X" ("a message from North Korea", "withdrew from talks").</summary>
    From,

    /// <summary>"with X" ("talks with South Korea").</summary>
    With,

    /// <summary>"between X and Y" ("a summit between Moon and Kim").</summary>
    Between,
}

/// <summary>One phrase's reading: its relation, and whether it was reached through a pronoun ("The North said it would
/// withdraw": the North is the subject of "withdraw" through "it").</summary>
internal readonly record struct ClauseReading(ClauseRelation Relation, bool ThroughPronoun);

/// <summary>
/// A small clause analyser: POS-light rules over one sentence that find, for an event trigger, which of the sentence's
/// noun phrases (the known-name mentions) is its subject, object, passive agent, possessor or prepositional complement.
/// Closed-class words (determiners, auxiliaries, prepositions, conjunctions, relatives, pronouns) are its grammar; the
/// noun phrases and reporting cues come from the caller. It never crosses a clause boundary (a subordinator, a relative
/// pronoun, a reporting verb, a semicolon or a dash) except to resolve a pronoun subject to the subject of the verb that
/// governs its clause, and it skips appositions and relative clauses set off by commas.
/// </summary>
/// <remarks>One instance reads one sentence; <see cref="Relate"/> is then asked once per trigger. Every scan is bounded
/// by <see cref="Reach"/> tokens, so a sentence costs time linear in its length per trigger.</remarks>
internal sealed partial class ClauseAnalyzer
{
    /// <summary>How many tokens a scan walks at most, left or right of a trigger.</summary>
    internal const int Reach = 40;

    private enum Kind : byte
    {
        Word,
        Punct,
        Phrase,
        Cue,
    }

    private readonly record struct Token(Kind Kind, int Start, int End, string Lower, int Phrase);

    private readonly List<Token> tokens = [];
    private readonly string text;

    /// <summary>Reads the sentence <c>[start, end)</c> of <paramref name="text"/> with its noun phrases and reporting cues
    /// (each list sorted by start; overlapping phrases after the first are ignored).</summary>
    public ClauseAnalyzer(string text, int start, int end, IReadOnlyList<(int Start, int End)> phrases, IReadOnlyList<(int Start, int End)> cues)
    {
        this.text = text;
        int p = start, nextPhrase = 0, nextCue = 0;
        while (p < end)
        {
            while (nextPhrase < phrases.Count && phrases[nextPhrase].Start < p)
            {
                nextPhrase++;
            }

            while (nextCue < cues.Count && cues[nextCue].Start < p)
            {
                nextCue++;
            }

            char c = text[p];
            if (nextPhrase < phrases.Count && phrases[nextPhrase].Start == p)
            {
                int phraseEnd = Math.Min(end, phrases[nextPhrase].End);
                tokens.Add(new Token(Kind.Phrase, p, phraseEnd, string.Empty, nextPhrase));
                p = phraseEnd;
                continue;
            }

            if (nextCue < cues.Count && cues[nextCue].Start == p)
            {
                int cueEnd = Math.Min(end, cues[nextCue].End);
                tokens.Add(new Token(Kind.Cue, p, cueEnd, text[p..cueEnd].ToLowerInvariant(), -1));
                p = cueEnd;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                p++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || ((c is '\'' or '’') && p + 1 < end && text[p + 1] is 's' or 'S' or 't'))
            {
                int q = p + 1;
                while (q < end && (char.IsLetterOrDigit(text[q]) || text[q] is '-' || (text[q] is '\'' or '’' && q + 1 < end && char.IsLetter(text[q + 1]) && text[q + 1] is not 's' and not 'S'))
                    && (nextPhrase >= phrases.Count || q < phrases[nextPhrase].Start) && (nextCue >= cues.Count || q < cues[nextCue].Start))
                {
                    q++;
                }

                if (c is '\'' or '’')
                {
                    q = p + 2;
                }

                tokens.Add(new Token(Kind.Word, p, q, text[p..q].Replace('’', '\'').ToLowerInvariant(), -1));
                p = q;
                continue;
            }

            // "the defectors' group": a plural possessive after a name.
            if (c is '\'' or '’' && tokens.Count > 0 && tokens[^1].Kind == Kind.Phrase && tokens[^1].End == p && text[p - 1] is 's' or 'S'
                && (p + 1 >= end || !char.IsLetterOrDigit(text[p + 1])))
            {
                tokens.Add(new Token(Kind.Word, p, p + 1, "'s", -1));
                p++;
                continue;
            }

            int r = p + 1;
            if (c == '-' && r < end && text[r] == '-')
            {
                r++;
            }

            tokens.Add(new Token(Kind.Punct, p, r, text[p..r], -1));
            p = r;
        }
    }

    /// <summary>The reading of each noun phrase (by index into the constructor's list) for the trigger at
    /// <c>[start, end)</c>; phrases the clause does not relate to it are absent.</summary>
    public Dictionary<int, ClauseReading> Relate(int start, int end)
    {
        var result = new Dictionary<int, ClauseReading>();
        int first = -1, last = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > start && tokens[i].Start < end)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        if (first < 0)
        {
            return result;
        }

        if (IsNominal(first, last))
        {
            RelateNominal(first, last, result);
        }
        else
        {
            RelateVerbal(first, last, result);
        }

        return result;
    }

    private bool IsWord(int i, string word) => i >= 0 && i < tokens.Count && tokens[i].Kind == Kind.Word && tokens[i].Lower == word;

    private bool IsWordIn(int i, HashSet<string> set) => i >= 0 && i < tokens.Count && tokens[i].Kind == Kind.Word && set.Contains(tokens[i].Lower);

    private bool IsPhrase(int i) => i >= 0 && i < tokens.Count && tokens[i].Kind == Kind.Phrase;

    private bool IsPossessive(int i) => IsWord(i, "'s") || (IsPhrase(i) && text[tokens[i].Start..tokens[i].End] is var s && (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal)));

    private static void Set(Dictionary<int, ClauseReading> result, int phrase, ClauseRelation relation, bool throughPronoun)
    {
        if (phrase >= 0)
        {
            result.TryAdd(phrase, new ClauseReading(relation, throughPronoun));
        }
    }
}

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
internal sealed class ClauseAnalyzer
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

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our", "some", "any", "two", "three", "several", "new",
        "first", "second", "third", "latest", "recent", "further", "more", "multiple", "series", "such", "another", "other", "all", "both",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "do", "does", "did", "got", "get", "gets",
    };

    private static readonly HashSet<string> BeAuxiliaries = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being", "got", "get", "gets" };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "not", "never", "also", "already", "then", "still", "just", "now", "again", "once", "later", "first", "finally", "even", "abruptly",
        "suddenly", "reportedly", "allegedly", "apparently", "officially", "formally", "effectively", "jointly", "n't", "since", "soon",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "up", "down", "off", "out", "back", "away", "over" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "on", "against", "to", "with", "toward", "towards", "at", "upon", "over", "from", "between", "by", "in", "into", "for", "about",
        "under", "during", "through", "across", "near", "amid", "among", "within", "without", "along", "beside", "despite", "inside", "outside",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "that", "whether", "if", "because", "although", "though", "while", "when", "after", "before", "until", "unless", "where", "whereas",
        "which", "who", "whom", "whose", "but", "so", "yet",
    };

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "who", "whom", "that" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "he", "she", "they" };

    private static readonly HashSet<string> PossessivePronouns = new(StringComparer.Ordinal) { "its", "their", "his", "her" };

    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "and", "or", "&" };

    /// <summary>Past forms that are verbs without the -ed ending ("made", "held").</summary>
    private static readonly HashSet<string> IrregularVerbs = new(StringComparer.Ordinal)
    {
        "made", "make", "makes", "took", "take", "takes", "held", "hold", "holds", "sent", "send", "sends", "gave", "give", "gives", "began",
        "begin", "begun", "led", "lead", "leads", "set", "sets", "put", "puts", "brought", "bring", "run", "ran", "met", "meet", "cut", "cuts",
        "blew", "blown", "fired", "fires", "shot", "struck", "broke", "broken", "left", "went", "came", "won", "lost", "told", "sought", "threw",
    };

    /// <summary>Support verbs whose subject is the actor of the noun they take ("issued condemnations", "made demands",
    /// "imposed penalties", "held talks", "carried out tests").</summary>
    private static readonly HashSet<string> SupportVerbs = new(StringComparer.Ordinal)
    {
        "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "hold", "holds", "held", "holding", "issue", "issues",
        "issued", "issuing", "conduct", "conducts", "conducted", "conducting", "stage", "stages", "staged", "staging", "launch", "launches",
        "launched", "launching", "impose", "imposes", "imposed", "imposing", "file", "files", "filed", "filing", "begin", "begins", "began",
        "begun", "start", "starts", "started", "give", "gives", "gave", "given", "carry", "carries", "carried", "deliver", "delivers",
        "delivered", "level", "levelled", "leveled", "slap", "slapped", "order", "ordered", "pursue", "pursued", "resume", "resumed",
        "send", "sends", "sent", "sending", "fire", "fires", "fired", "firing", "out",
    };

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

    /// <summary>A noun trigger: after a determiner, a possessive or a preposition (adjectives between), opening a clause before "of",
    /// a noun form (-tion, -ment, -sion), or a plural after a name that takes "on" or "against" ("US sanctions on …").</summary>
    private bool IsNominal(int first, int last)
    {
        int before = first - 1;
        if (!IsVerbForm(first))
        {
            // Adjectives, participles and adverbs between a determiner and its noun: "their highly anticipated summit".
            int k = before;
            for (int n = 0; n < 3 && k >= 0 && tokens[k].Kind == Kind.Word && char.IsLower(text[tokens[k].Start])
                && (tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal) || IsWordIn(k - 1, Determiners)
                    || IsWordIn(k - 1, PossessivePronouns) || IsPossessive(k - 1)) && !Determiners.Contains(tokens[k].Lower)
                && !PossessivePronouns.Contains(tokens[k].Lower) && !Auxiliaries.Contains(tokens[k].Lower) && !Prepositions.Contains(tokens[k].Lower)
                && !Subordinators.Contains(tokens[k].Lower) && !Coordinators.Contains(tokens[k].Lower) && !SupportVerbs.Contains(tokens[k].Lower)
                && !Pronouns.Contains(tokens[k].Lower) && tokens[k].Lower != "'s" && tokens[k].Lower != "to"; n++)
            {
                k--;
            }

            if (k < before && (IsWordIn(k, Determiners) || IsWordIn(k, PossessivePronouns) || IsPossessive(k)))
            {
                return true;
            }
        }

        for (int skipped = 0; skipped < 2 && !IsVerbForm(first) && IsModifierWord(before); skipped++)
        {
            before--;
        }

        if (IsWordIn(before, PossessivePronouns))
        {
            return true;
        }

        // After "to" a plural is a noun ("tied to balloons"), anything else an infinitive ("to destroy").
        var lastWord = tokens[last].Lower;
        bool plural = tokens[last].Kind == Kind.Word && lastWord.Length > 3 && lastWord.EndsWith('s') && !lastWord.EndsWith("ss", StringComparison.Ordinal);
        if (IsWord(first - 1, "to") && plural)
        {
            return true;
        }

        if (IsWordIn(before, Auxiliaries) || IsWord(before, "to") || IsWord(first - 1, "to"))
        {
            return false;
        }

        // Hyphen-joined names modify a noun: "the Trump-Kim summit".
        if (IsPhrase(before) && before >= 2 && tokens[before - 1].Kind == Kind.Punct && IsJoiningHyphen(before - 1))
        {
            return true;
        }

        // "of" after the trigger is not enough: "pulled out of the office" is a verb.
        // The object of a support verb is a noun: "carried out missile tests", "held talks".
        if (IsWordIn(before, SupportVerbs) && before < first - 1 || IsWord(before, "out") && IsWordIn(before - 1, SupportVerbs))
        {
            return true;
        }

        if (IsWordIn(before, Determiners) || IsPossessive(before) || IsWordIn(before, Prepositions) || (before < 0 || tokens[before].Kind == Kind.Punct) && IsWord(last + 1, "of"))
        {
            return true;
        }

        var word = tokens[last].Lower;
        if (tokens[last].Kind == Kind.Word && (word.EndsWith("tion", StringComparison.Ordinal) || word.EndsWith("tions", StringComparison.Ordinal)
            || word.EndsWith("ment", StringComparison.Ordinal) || word.EndsWith("ments", StringComparison.Ordinal)
            || word.EndsWith("sion", StringComparison.Ordinal) || word.EndsWith("sions", StringComparison.Ordinal)))
        {
            return true;
        }

        return IsPhrase(first - 1) && word.EndsWith('s') && (IsWord(last + 1, "on") || IsWord(last + 1, "against"));
    }

    /// <summary>A lower-case content word that may stand between a determiner and its noun ("historic", "missile").</summary>
    private bool IsModifierWord(int i) =>
        i >= 0 && tokens[i].Kind == Kind.Word && char.IsLower(text[tokens[i].Start]) && !Determiners.Contains(tokens[i].Lower)
        && !Prepositions.Contains(tokens[i].Lower) && !Auxiliaries.Contains(tokens[i].Lower) && !Subordinators.Contains(tokens[i].Lower)
        && !Coordinators.Contains(tokens[i].Lower) && !Pronouns.Contains(tokens[i].Lower) && !Adverbs.Contains(tokens[i].Lower)
        && !tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal) && !IsVerbForm(i) && tokens[i].Lower != "'s"
        && !SupportVerbs.Contains(tokens[i].Lower) && !Particles.Contains(tokens[i].Lower);

    private void RelateVerbal(int first, int last, Dictionary<int, ClauseReading> result)
    {
        bool passive = IsPassiveAt(first);
        var (subjects, throughPronoun) = SubjectOf(first, depth: 0);
        foreach (var s in subjects)
        {
            Set(result, s, passive ? ClauseRelation.PassiveSubject : ClauseRelation.Subject, throughPronoun);
        }

        // Right side: a direct object (active), then prepositional complements, within the clause.
        int i = last + 1;
        if (IsWordIn(i, Particles))
        {
            i++;
        }

        if (!passive && IsPhrase(i))
        {
            i = HeadOf(i);
            foreach (var o in Coordinated(i, +1))
            {
                Set(result, o, ClauseRelation.Object, false);
            }
        }

        Complements(i, result, verbal: true);
    }

    private void RelateNominal(int first, int last, Dictionary<int, ClauseReading> result)
    {
        // Left side: a possessor or a name as modifier ("North Korea's demolition", "UN sanctions", "Kim's historic meeting").
        int i = first - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 3 && tokens[i].Kind == Kind.Word && !IsPossessive(i) && !Determiners.Contains(tokens[i].Lower)
            && !Prepositions.Contains(tokens[i].Lower) && !Auxiliaries.Contains(tokens[i].Lower) && !Subordinators.Contains(tokens[i].Lower)
            && !Coordinators.Contains(tokens[i].Lower) && char.IsLower(text[tokens[i].Start]) && !IsVerbForm(i) && !SupportVerbs.Contains(tokens[i].Lower))
        {
            // adjectives and noun modifiers ("historic", "missile", "vitriolic")
            i--;
            skipped++;
        }

        // Past participles and adverbs before a noun after a possessive pronoun: "their highly anticipated summit".
        int k = first - 1;
        for (int n = 0; n < 3 && k >= 0 && tokens[k].Kind == Kind.Word && char.IsLower(text[tokens[k].Start]) && !PossessivePronouns.Contains(tokens[k].Lower)
            && !Auxiliaries.Contains(tokens[k].Lower) && !Prepositions.Contains(tokens[k].Lower) && !Subordinators.Contains(tokens[k].Lower)
            && !Coordinators.Contains(tokens[k].Lower) && !SupportVerbs.Contains(tokens[k].Lower); n++)
        {
            k--;
        }

        if (IsWordIn(k, PossessivePronouns))
        {
            // "Trump and Kim converged on Singapore ahead of their summit": the pronoun stands for the clause's subject.
            for (int v = k - 1, steps = 0; v >= 0 && steps < Reach; v--, steps++)
            {
                if (tokens[v].Kind is Kind.Punct && tokens[v].Lower is ";" or ":" or "—" or "–" or "--" or "(" || IsWordIn(v, Subordinators))
                {
                    break;
                }

                if (IsVerbForm(v) && !IsWordIn(v, Auxiliaries))
                {
                    var (subjects, _) = SubjectOf(v, depth: 1);
                    foreach (var s in subjects)
                    {
                        Set(result, s, ClauseRelation.Possessor, true);
                    }

                    break;
                }
            }

            Complements(last + 1, result, verbal: false);
            return;
        }

        bool possessor = false;
        if (IsWord(i, "'s") && IsPhrase(i - 1))
        {
            possessor = true;
            foreach (var p in Coordinated(i - 1, -1))
            {
                Set(result, p, ClauseRelation.Possessor, false);
            }
        }
        else if (IsPhrase(i) && (IsPossessive(i) || skipped == 0 || i == first - 1))
        {
            possessor = true;
            foreach (var p in Coordinated(i, -1))
            {
                Set(result, p, ClauseRelation.Possessor, false);
            }
        }

        if (!possessor)
        {
            // The noun as the object of a verb: "North Korea has issued a series of condemnations", "Pyongyang made its demands".
            int j = i;
            int steps = 0;
            while (j >= 0 && steps < 6 && (IsWordIn(j, Determiners) || IsWord(j, "of") || (tokens[j].Kind == Kind.Word && char.IsLower(text[tokens[j].Start])
                && !IsVerbForm(j) && !SupportVerbs.Contains(tokens[j].Lower) && !Prepositions.Contains(tokens[j].Lower) && !Subordinators.Contains(tokens[j].Lower) && !Auxiliaries.Contains(tokens[j].Lower)
                && !Coordinators.Contains(tokens[j].Lower))))
            {
                j--;
                steps++;
            }

            if (IsWord(j, "out") && IsWordIn(j - 1, SupportVerbs))
            {
                j--;
            }

            if (IsWordIn(j, SupportVerbs) && !IsPassiveAt(j))
            {
                var (subjects, throughPronoun) = SubjectOf(j, depth: 0);
                foreach (var s in subjects)
                {
                    Set(result, s, ClauseRelation.GoverningSubject, throughPronoun);
                }
            }
        }

        Complements(last + 1, result, verbal: false);
    }

    /// <summary>Prepositional complements after position <paramref name="i"/>: up to three prepositional phrases in the clause.</summary>
    private void Complements(int i, Dictionary<int, ClauseReading> result, bool verbal)
    {
        int phrasesSeen = 0;
        bool afterNoun = false;
        for (int steps = 0; i < tokens.Count && steps < Reach && phrasesSeen < 3; steps++)
        {
            var t = tokens[i];
            // A comma, dash, cue or subordinator ends the clause; so does "and" unless a coordinated phrase follows.
            if (t.Kind is Kind.Punct or Kind.Cue || (t.Kind == Kind.Word && (Subordinators.Contains(t.Lower) || (Coordinators.Contains(t.Lower) && !IsPhrase(i + 1)))))
            {
                return;
            }

            if (t.Kind == Kind.Word && Prepositions.Contains(t.Lower))
            {
                var relation = t.Lower switch
                {
                    "by" => ClauseRelation.Agent,
                    "of" => verbal ? ClauseRelation.None : ClauseRelation.Of,
                    "on" or "against" or "toward" or "towards" or "at" or "upon" => ClauseRelation.Against,
                    "to" => verbal ? ClauseRelation.None : ClauseRelation.Against,
                    "from" => ClauseRelation.From,
                    "with" => ClauseRelation.With,
                    "between" => ClauseRelation.Between,
                    _ => ClauseRelation.None,
                };

                // A phrase after another noun attaches to that noun ("withdrew from talks with X": X is the talks'), except
                // the agent ("the destruction of the office by X").
                if (afterNoun && relation != ClauseRelation.Agent)
                {
                    relation = ClauseRelation.None;
                }

                phrasesSeen++;
                int j = i + 1;
                int words = 0;
                while (j < tokens.Count && words < 3 && tokens[j].Kind == Kind.Word && !Prepositions.Contains(tokens[j].Lower)
                    && !Subordinators.Contains(tokens[j].Lower) && !Coordinators.Contains(tokens[j].Lower) && !Auxiliaries.Contains(tokens[j].Lower))
                {
                    j++;
                    words++;
                }

                if (IsPhrase(j))
                {
                    j = HeadOf(j);
                    if (relation != ClauseRelation.None)
                    {
                        foreach (var p in Coordinated(j, +1))
                        {
                            Set(result, p, relation, false);
                        }
                    }

                    i = SkipCoordinated(j) + 1;
                    continue;
                }

                afterNoun = true;
                i = j;
                continue;
            }

            if (t.Kind == Kind.Word && (Auxiliaries.Contains(t.Lower) || IsVerbForm(i)))
            {
                // A new verb: the clause's complements end ("sanctions on the North remain", "met and agreed").
                return;
            }

            i++;
        }
    }

    /// <summary>The subject of the verb at token <paramref name="verb"/>, with its coordinated phrases; through a pronoun
    /// it is the subject of the verb that governs the pronoun's clause ("The North said it would withdraw").</summary>
    private (List<int> Phrases, bool ThroughPronoun) SubjectOf(int verb, int depth)
    {
        int i = verb - 1;
        for (int steps = 0; i >= 0 && steps < Reach; steps++)
        {
            var t = tokens[i];
            if (t.Kind == Kind.Word && (Auxiliaries.Contains(t.Lower) || Adverbs.Contains(t.Lower) || t.Lower.EndsWith("ly", StringComparison.Ordinal) && t.Lower.Length > 3 && char.IsLower(text[t.Start])))
            {
                i--;
                continue;
            }

            // A control verb before an infinitive shares its subject ("threatened to destroy", "used explosives to destroy");
            // with an object between, the object does ("urged the North not to close").
            if (IsWord(i, "to"))
            {
                int j = i - 1;
                int words = 0;
                while (j >= 0 && words < 4 && tokens[j].Kind == Kind.Word && char.IsLower(text[tokens[j].Start]) && !Prepositions.Contains(tokens[j].Lower)
                    && !Subordinators.Contains(tokens[j].Lower) && !Coordinators.Contains(tokens[j].Lower) && !Pronouns.Contains(tokens[j].Lower))
                {
                    j--;
                    words++;
                }

                if (words > 0)
                {
                    i = j;
                    continue;
                }
            }

            if (t.Kind == Kind.Cue && IsWord(i - 1, "to"))
            {
                // "expected to announce": a cue used as a control verb still shares the subject.
                i -= 2;
                continue;
            }

            // A comma-enclosed apposition or relative clause between subject and verb: "Kim Yo Jong, the leader's sister, said".
            if (t.Kind == Kind.Punct && t.Lower == "," && SkipParenthetical(i) is int open && IsPhrase(open - 1))
            {
                return (Coordinated(open - 1, -1), false);
            }

            // A short prepositional phrase or time adverbial between subject and verb: "North Korea on Tuesday blew up".
            if (t.Kind == Kind.Word && char.IsUpper(text[t.Start]) && IsWordIn(i - 1, Prepositions) && (i - 2 >= 0 && (IsPhrase(i - 2) || tokens[i - 2].Kind == Kind.Word)))
            {
                i -= 2;
                continue;
            }

            if (t.Kind == Kind.Phrase)
            {
                if (IsWordIn(i - 1, Prepositions) && !IsWord(i - 1, "by"))
                {
                    // "talks with South Korea collapsed": the phrase is a complement, not the subject.
                    return ([], false);
                }

                if (IsPossessive(i))
                {
                    // "North Korea's military blew up": only reached when nothing else stood between; the owner acts.
                    return (Coordinated(i, -1), false);
                }

                return (Coordinated(i, -1), false);
            }

            if (t.Kind == Kind.Word && IsWord(i, "'s") && IsPhrase(i - 1))
            {
                return (Coordinated(i - 1, -1), false);
            }

            if (t.Kind == Kind.Word && char.IsLower(text[t.Start]) && IsPhrase(i - 1) && IsHeadNoun(i))
            {
                // "North Korean officials pulled out", "the Kim regime withdrew": the name the head noun stands for acts.
                return (Coordinated(i - 1, -1), false);
            }

            if (t.Kind == Kind.Word && char.IsLower(text[t.Start]) && IsWord(i - 1, "'s") && IsPhrase(i - 2))
            {
                // "North Korea's military blew up": the possessor of the head noun.
                return (Coordinated(i - 2, -1), false);
            }

            if (t.Kind == Kind.Word && Pronouns.Contains(t.Lower) && depth == 0)
            {
                return (GoverningSubjectOfClauseAt(i), true);
            }

            if (t.Kind == Kind.Word && Relatives.Contains(t.Lower))
            {
                // "North Korea, which blew up …", "the North, who …": the relative's head is the subject.
                int h = i - 1;
                if (h >= 0 && tokens[h].Kind == Kind.Punct && tokens[h].Lower == ",")
                {
                    h--;
                }

                return IsPhrase(h) && t.Lower is not "whom" ? ([tokens[h].Phrase], false) : ([], false);
            }

            return ([], false);
        }

        return ([], false);
    }

    /// <summary>For a pronoun at <paramref name="pronoun"/> opening a clause ("… that it would withdraw", "said it would"),
    /// the subject of the verb before the clause.</summary>
    private List<int> GoverningSubjectOfClauseAt(int pronoun)
    {
        int i = pronoun - 1;
        if (IsWord(i, "that"))
        {
            i--;
        }

        // An indirect object between the verb and its clause: "notified South Korea that it would".
        if (IsPhrase(i))
        {
            i--;
        }

        if (i < 0 || !(tokens[i].Kind == Kind.Cue || IsVerbForm(i)))
        {
            return [];
        }

        var (subjects, _) = SubjectOf(i, depth: 1);
        return subjects;
    }

    /// <summary>From a comma at <paramref name="close"/>, the opening comma of a parenthetical (an apposition or a relative
    /// clause) that ends there, or null.</summary>
    private int? SkipParenthetical(int close)
    {
        for (int i = close - 1, steps = 0; i >= 0 && steps < 16; i--, steps++)
        {
            if (tokens[i].Kind == Kind.Punct && tokens[i].Lower == ",")
            {
                bool relative = IsWordIn(i + 1, Relatives);
                bool apposition = IsWordIn(i + 1, Determiners) || tokens[i + 1].Kind == Kind.Word && char.IsLower(text[tokens[i + 1].Start]) && !IsVerbForm(i + 1);
                return relative || apposition ? i : null;
            }

            if (tokens[i].Kind is Kind.Punct && tokens[i].Lower is ";" or ":" or "(" or ")" or "—" or "–" or "--")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The phrase at <paramref name="i"/> with those coordinated to it in direction <paramref name="dir"/>
    /// ("Moon and Kim", "the US, China and Russia").</summary>
    private List<int> Coordinated(int i, int dir)
    {
        var list = new List<int> { tokens[i].Phrase };
        int j = dir < 0 ? ChunkStart(i) : i;
        while (true)
        {
            int k = j + dir;
            if (IsWordIn(k, Coordinators) || k >= 0 && k < tokens.Count && tokens[k].Kind == Kind.Punct && (tokens[k].Lower == "," || IsJoiningHyphen(k)))
            {
                int n = k + dir;
                if (IsWordIn(n, Coordinators) && tokens[k].Kind == Kind.Punct)
                {
                    n += dir;
                }

                if (IsWord(n, "the"))
                {
                    n += dir;
                }

                if (IsPhrase(n))
                {
                    // Coordinated chunks: "Kim and US President Donald Trump" (forward: the chunk's head), "North Korean
                    // leader Kim and Moon" (backward: past the chunk's modifiers).
                    n = dir > 0 ? HeadOf(n) : n;
                    list.Add(tokens[n].Phrase);
                    j = dir > 0 ? n : ChunkStart(n);
                    continue;
                }
            }

            break;
        }

        return list;
    }

    /// <summary>A hyphen that joins two names with no space ("the Trump-Kim summit", "US-North Korea talks").</summary>
    private bool IsJoiningHyphen(int k) =>
        tokens[k].Lower is "-" or "–" && IsPhrase(k - 1) && IsPhrase(k + 1) && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start;

    private int SkipCoordinated(int i)
    {
        int j = i;
        while (true)
        {
            int k = j + 1;
            if (IsWordIn(k, Coordinators) || k < tokens.Count && tokens[k].Kind == Kind.Punct && tokens[k].Lower == ",")
            {
                int n = k + 1;
                if (IsWordIn(n, Coordinators))
                {
                    n++;
                }

                if (IsPhrase(n))
                {
                    j = n;
                    continue;
                }
            }

            return j;
        }
    }

    /// <summary>A lower-case noun that can head a phrase a name modifies ("officials", "regime", "leader"): a content word
    /// that is not a verb form, a function word or an adverb.</summary>
    private bool IsHeadNoun(int i) =>
        tokens[i].Kind == Kind.Word && !Auxiliaries.Contains(tokens[i].Lower) && !Adverbs.Contains(tokens[i].Lower) && !Prepositions.Contains(tokens[i].Lower)
        && !Subordinators.Contains(tokens[i].Lower) && !Coordinators.Contains(tokens[i].Lower) && !Pronouns.Contains(tokens[i].Lower)
        && !Determiners.Contains(tokens[i].Lower) && !tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal) && !IsVerbForm(i) && tokens[i].Lower != "'s";

    /// <summary>The head of the name chunk starting at phrase <paramref name="i"/>: a later phrase after at most two title
    /// words ("U.S. President Donald Trump", "North Korean leader Kim Jong Un", "Kim's sister Kim Yo Jong").</summary>
    private int HeadOf(int i)
    {
        while (true)
        {
            int j = i + 1;
            if (IsWord(j, "'s"))
            {
                j++;
            }

            int words = 0;
            while (j < tokens.Count && words < 2 && tokens[j].Kind == Kind.Word && IsHeadNoun(j))
            {
                j++;
                words++;
            }

            if (IsPhrase(j) && j > i + 1 || IsPhrase(j) && words == 0 && j == i + 1 && text.AsSpan(tokens[i].End, tokens[j].Start - tokens[i].End).Trim().IsEmpty)
            {
                i = j;
                continue;
            }

            return i;
        }
    }

    /// <summary>The first phrase of the name chunk whose head is phrase <paramref name="i"/> (the reverse of <see cref="HeadOf"/>).</summary>
    private int ChunkStart(int i)
    {
        while (true)
        {
            int j = i - 1;
            int words = 0;
            while (j >= 0 && words < 2 && tokens[j].Kind == Kind.Word && IsHeadNoun(j))
            {
                j--;
                words++;
            }

            if (IsWord(j, "'s"))
            {
                j--;
            }

            if (IsPhrase(j) && j < i - 1)
            {
                i = j;
                continue;
            }

            return i;
        }
    }

    /// <summary>A passive: a be-auxiliary (adverbs between) right before the verb.</summary>
    private bool IsPassiveAt(int verb)
    {
        int i = verb - 1;
        while (i >= 0 && tokens[i].Kind == Kind.Word && (Adverbs.Contains(tokens[i].Lower) || tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal) && tokens[i].Lower.Length > 3))
        {
            i--;
        }

        return IsWordIn(i, BeAuxiliaries) && (tokens[verb].Kind != Kind.Word || !tokens[verb].Lower.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>A word that looks like a finite or participle verb: a past form in -ed, a listed irregular form, or any word
    /// right after an auxiliary.</summary>
    private bool IsVerbForm(int i)
    {
        if (i < 0 || i >= tokens.Count)
        {
            return false;
        }

        if (tokens[i].Kind == Kind.Cue)
        {
            return true;
        }

        if (tokens[i].Kind != Kind.Word || !char.IsLower(text[tokens[i].Start]))
        {
            return false;
        }

        var w = tokens[i].Lower;
        return (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 3) || IrregularVerbs.Contains(w) || IsWordIn(i - 1, Auxiliaries) && !Determiners.Contains(w);
    }

    private static void Set(Dictionary<int, ClauseReading> result, int phrase, ClauseRelation relation, bool throughPronoun)
    {
        if (phrase >= 0)
        {
            result.TryAdd(phrase, new ClauseReading(relation, throughPronoun));
        }
    }
}

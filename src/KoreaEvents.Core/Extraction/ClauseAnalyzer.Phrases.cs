namespace KoreaEvents.Core.Extraction;

/// <content>Noun phrases around a trigger: subjects (through appositions, relative clauses, control verbs and pronouns), coordination and name chunks.</content>
internal sealed partial class ClauseAnalyzer
{
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
}

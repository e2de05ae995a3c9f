namespace KoreaEvents.Core.Extraction;

/// <content>How a trigger relates to the phrases around it: noun or verb, and its prepositional complements.</content>
internal sealed partial class ClauseAnalyzer
{
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
                && !PossessivePronouns.Contains(tokens[k].Lower) && !IsGrammarWord(tokens[k].Lower) && !SupportVerbs.Contains(tokens[k].Lower)
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

    private void RelateVerbal(int first, int last, Dictionary<int, ClauseReading> result)
    {
        // "X is to blame": the one blamed is the subject, as in a passive.
        bool passive = IsPassiveAt(first) || (IsWord(first, "blame") && IsWord(first - 1, "to") && IsWordIn(first - 2, BeAuxiliaries));
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

        // "flew to Pyongyang": a trigger ending in a preposition takes a destination, not an object.
        if (!passive && IsPhrase(i) && !IsWordIn(last, Prepositions))
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
            && !IsGrammarWord(tokens[i].Lower) && char.IsLower(text[tokens[i].Start]) && !IsVerbForm(i) && !SupportVerbs.Contains(tokens[i].Lower))
        {
            // adjectives and noun modifiers ("historic", "missile", "vitriolic")
            i--;
            skipped++;
        }

        // Past participles and adverbs before a noun after a possessive pronoun: "their highly anticipated summit".
        int k = first - 1;
        for (int n = 0; n < 3 && k >= 0 && tokens[k].Kind == Kind.Word && char.IsLower(text[tokens[k].Start])
            && !PossessivePronouns.Contains(tokens[k].Lower) && !IsGrammarWord(tokens[k].Lower) && !SupportVerbs.Contains(tokens[k].Lower); n++)
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
                && !IsVerbForm(j) && !SupportVerbs.Contains(tokens[j].Lower) && !IsGrammarWord(tokens[j].Lower))))
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
                while (j < tokens.Count && words < 3 && tokens[j].Kind == Kind.Word && !IsGrammarWord(tokens[j].Lower))
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
}

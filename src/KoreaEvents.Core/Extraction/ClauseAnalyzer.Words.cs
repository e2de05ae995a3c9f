namespace KoreaEvents.Core.Extraction;

/// <content>The closed-class words the analyser reads (its grammar), and the word-level tests built on them.</content>
internal sealed partial class ClauseAnalyzer
{
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

    /// <summary>A lower-case content word that may stand between a determiner and its noun ("historic", "missile").</summary>
    private bool IsModifierWord(int i) =>
        i >= 0 && tokens[i].Kind == Kind.Word && char.IsLower(text[tokens[i].Start]) && !Determiners.Contains(tokens[i].Lower)
        && !IsGrammarWord(tokens[i].Lower) && !Pronouns.Contains(tokens[i].Lower) && !Adverbs.Contains(tokens[i].Lower)
        && !tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal) && !IsVerbForm(i) && tokens[i].Lower != "'s"
        && !SupportVerbs.Contains(tokens[i].Lower) && !Particles.Contains(tokens[i].Lower);

    /// <summary>An auxiliary, preposition, subordinator or coordinator: a word that is never a noun, an adjective or a name.</summary>
    private static bool IsGrammarWord(string word) =>
        Auxiliaries.Contains(word) || Prepositions.Contains(word) || Subordinators.Contains(word) || Coordinators.Contains(word);

    /// <summary>A lower-case noun that can head a phrase a name modifies ("officials", "regime", "leader"): a content word
    /// that is not a verb form, a function word or an adverb.</summary>
    private bool IsHeadNoun(int i) =>
        tokens[i].Kind == Kind.Word && !IsGrammarWord(tokens[i].Lower) && !Adverbs.Contains(tokens[i].Lower) && !Pronouns.Contains(tokens[i].Lower)
        && !Determiners.Contains(tokens[i].Lower) && !tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal) && !IsVerbForm(i) && tokens[i].Lower != "'s";

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
}

namespace KoreaEvents.Core.Knowledge;

/// <summary>What a lexicon phrase signals in a sentence.</summary>
public enum LexiconCategory
{
    /// <summary>An event trigger ("withdraw", "blew up", "summit"), with the PLOVER codes it may stand for.</summary>
    Trigger = 0,

    /// <summary>An attribution cue ("said", "told", "according to"): the statement is reported speech.</summary>
    Attribution = 1,

    /// <summary>A hedge ("may", "likely", "possibly"): the statement is speculative.</summary>
    Hedge = 2,

    /// <summary>A negation ("not", "never", "didn't"): the statement is negated.</summary>
    Negation = 3,

    /// <summary>A future or plan marker ("will", "plans to", "expected to"): the statement is about the future.</summary>
    Future = 4,
}

namespace KoreaEvents.Core.Extraction.Mentions;

/// <summary>What a mention candidate refers to.</summary>
public enum MentionKind
{
    /// <summary>An actor of the knowledge base (a person, state, body, organisation, agency or group).</summary>
    Actor = 0,

    /// <summary>A place of the knowledge base.</summary>
    Place = 1,

    /// <summary>A catalogued event, named by one of its phrases ("the Hanoi summit").</summary>
    Event = 2,

    /// <summary>An event trigger of the lexicon, with a PLOVER code.</summary>
    Trigger = 3,

    /// <summary>An attribution cue ("said", "according to").</summary>
    Attribution = 4,

    /// <summary>A hedge ("may", "likely").</summary>
    Hedge = 5,

    /// <summary>A negation ("not", "didn't").</summary>
    Negation = 6,

    /// <summary>A future or plan marker ("will", "plans to").</summary>
    Future = 7,
}

/// <summary>Which kind of name a candidate was matched through.</summary>
public enum NameForm
{
    /// <summary>A canonical name, alias or lexicon phrase: it identifies its target on its own.</summary>
    Name = 0,

    /// <summary>A short name (surname or given name) that needs an antecedent in the document ("Kim", "Jae-in").</summary>
    ShortName = 1,

    /// <summary>A place name standing for an actor ("Pyongyang" for North Korea's government).</summary>
    Metonym = 2,
}

/// <summary>How a mention's referent was chosen among its candidates.</summary>
public enum MentionResolution
{
    /// <summary>Not resolved yet: the raw output of the matcher for a mention with several candidates.</summary>
    None = 0,

    /// <summary>There was only one candidate.</summary>
    Unique = 1,

    /// <summary>A short name resolved to the person of that name introduced most recently before it in the document.</summary>
    Antecedent = 2,

    /// <summary>A Q&amp;A speaker label ("Kim:" at the start of a paragraph) resolved to a speaker introduced with the other speakers.</summary>
    SpeakerLabel = 3,

    /// <summary>A short name with no antecedent resolved to the first-listed candidate of the knowledge base.</summary>
    Default = 4,

    /// <summary>A name that is both an actor and a place read as the place, after "in", "to", "at", "from"….</summary>
    Place = 5,

    /// <summary>A name that is both an actor and a place read as the actor (a state or its government).</summary>
    Actor = 6,

    /// <summary>Several candidates remain and nothing in the text chooses (a trigger with two PLOVER readings).</summary>
    Ambiguous = 7,
}

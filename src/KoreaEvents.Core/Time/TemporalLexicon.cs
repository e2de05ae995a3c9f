namespace KoreaEvents.Core.Time;

/// <summary>The words the temporal tagger knows, one id each.</summary>
internal enum Lex : byte
{
    None = 0,
    Month,
    Weekday,
    Season,
    Fall,
    Unit,
    NumberWord,
    A,
    Few,
    Several,
    Couple,
    Last,
    This,
    Next,
    Past,
    Previous,
    Coming,
    Following,
    Recent,
    Early,
    Mid,
    Late,
    Earlier,
    Later,
    Ago,
    Before,
    After,
    Since,
    For,
    Over,
    Under,
    Within,
    Less,
    Fewer,
    More,
    Than,
    About,
    Nearly,
    Only,
    Just,
    At,
    Least,
    The,
    Weekend,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Morning,
    Night,
    Same,
    Of,
    And,
    Or,
    To,
    Through,
    In,
    On,
    During,
    Until,
    By,
    From,
    Beginning,
    End,
    Middle,
    Anticipating,
    Approaching,
    NounAfterNumber,
    Ordinal,
    SetUnit,
    Now,
    Recently,
    Soon,
    Future,
    Near,
    Every,
    Quarter,
    Fiscal,
    Old,

    /// <summary>"ahead" (of), "run-up" (to): with the next word, a cue that the event named after it is still to come.</summary>
    Ahead,
}

/// <summary>
/// Classifies words by the vocabulary of <c>Data/temporal.json</c> (<see cref="TemporalVocabulary"/>; one table
/// lookup by span, no allocation). The rules that are not word lists (the <c>'ll</c> and <c>-ed</c> suffixes) stay here.
/// </summary>
internal static class TemporalLexicon
{
    /// <summary>Classifies a lower-case word. <paramref name="value"/> carries the month (1–12), ISO weekday (1–7),
    /// season index, unit, or number, depending on the class.</summary>
    public static Lex Classify(ReadOnlySpan<char> w, out int value, out bool plural, out bool abbreviation)
    {
        if (TemporalVocabulary.Default.TryClassify(w, out var word))
        {
            value = word.Value;
            plural = word.Plural;
            abbreviation = word.Abbreviation;
            return word.Lex;
        }

        value = 0;
        plural = false;
        abbreviation = false;
        return Lex.None;
    }

    /// <summary>The tense a lower-case word marks, if any: by the listed words first, then by its suffix.</summary>
    public static TemporalTense TenseOf(ReadOnlySpan<char> w)
    {
        if (TemporalVocabulary.Default.TryGetTense(w, out var tense))
        {
            return tense;
        }

        if (w.EndsWith("'ll") || w.EndsWith("’ll"))
        {
            return TemporalTense.Future;
        }

        return w.Length >= 5 && w.EndsWith("ed") ? TemporalTense.Past : TemporalTense.Unspecified;
    }
}

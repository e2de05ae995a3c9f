using KoreaEvents.Core.Model;

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
}

/// <summary>Classifies words by a span switch (no allocation, no dictionary lookups).</summary>
internal static class TemporalLexicon
{
    /// <summary>Classifies a lower-case word. <paramref name="value"/> carries the month (1–12), ISO weekday (1–7),
    /// season index, unit, or number, depending on the class.</summary>
    public static Lex Classify(ReadOnlySpan<char> w, out int value, out bool plural, out bool abbreviation)
    {
        plural = false;
        abbreviation = false;
        value = 0;
        switch (w)
        {
            case "january": value = 1; return Lex.Month;
            case "february": value = 2; return Lex.Month;
            case "march": value = 3; return Lex.Month;
            case "april": value = 4; return Lex.Month;
            case "may": value = 5; return Lex.Month;
            case "june": value = 6; return Lex.Month;
            case "july": value = 7; return Lex.Month;
            case "august": value = 8; return Lex.Month;
            case "september": value = 9; return Lex.Month;
            case "october": value = 10; return Lex.Month;
            case "november": value = 11; return Lex.Month;
            case "december": value = 12; return Lex.Month;
            case "jan": value = 1; abbreviation = true; return Lex.Month;
            case "feb": value = 2; abbreviation = true; return Lex.Month;
            case "mar": value = 3; abbreviation = true; return Lex.Month;
            case "apr": value = 4; abbreviation = true; return Lex.Month;
            case "jun": value = 6; abbreviation = true; return Lex.Month;
            case "jul": value = 7; abbreviation = true; return Lex.Month;
            case "aug": value = 8; abbreviation = true; return Lex.Month;
            case "sep": value = 9; abbreviation = true; return Lex.Month;
            case "sept": value = 9; abbreviation = true; return Lex.Month;
            case "oct": value = 10; abbreviation = true; return Lex.Month;
            case "nov": value = 11; abbreviation = true; return Lex.Month;
            case "dec": value = 12; abbreviation = true; return Lex.Month;
            case "monday": value = 1; return Lex.Weekday;
            case "tuesday": value = 2; return Lex.Weekday;
            case "wednesday": value = 3; return Lex.Weekday;
            case "thursday": value = 4; return Lex.Weekday;
            case "friday": value = 5; return Lex.Weekday;
            case "saturday": value = 6; return Lex.Weekday;
            case "sunday": value = 7; return Lex.Weekday;
            case "spring": value = (int)Model.Season.Spring; return Lex.Season;
            case "summer": value = (int)Model.Season.Summer; return Lex.Season;
            case "autumn": value = (int)Model.Season.Autumn; return Lex.Season;
            case "winter": value = (int)Model.Season.Winter; return Lex.Season;
            case "fall": value = (int)Model.Season.Autumn; return Lex.Fall;
            case "hour": value = (int)TemporalUnit.Hour; return Lex.Unit;
            case "hours": value = (int)TemporalUnit.Hour; plural = true; return Lex.Unit;
            case "day": value = (int)TemporalUnit.Day; return Lex.Unit;
            case "days": value = (int)TemporalUnit.Day; plural = true; return Lex.Unit;
            case "week": value = (int)TemporalUnit.Week; return Lex.Unit;
            case "weeks": value = (int)TemporalUnit.Week; plural = true; return Lex.Unit;
            case "month": value = (int)TemporalUnit.Month; return Lex.Unit;
            case "months": value = (int)TemporalUnit.Month; plural = true; return Lex.Unit;
            case "year": value = (int)TemporalUnit.Year; return Lex.Unit;
            case "years": value = (int)TemporalUnit.Year; plural = true; return Lex.Unit;
            case "decade": value = (int)TemporalUnit.Decade; return Lex.Unit;
            case "decades": value = (int)TemporalUnit.Decade; plural = true; return Lex.Unit;
            case "one": value = 1; return Lex.NumberWord;
            case "two": value = 2; return Lex.NumberWord;
            case "three": value = 3; return Lex.NumberWord;
            case "four": value = 4; return Lex.NumberWord;
            case "five": value = 5; return Lex.NumberWord;
            case "six": value = 6; return Lex.NumberWord;
            case "seven": value = 7; return Lex.NumberWord;
            case "eight": value = 8; return Lex.NumberWord;
            case "nine": value = 9; return Lex.NumberWord;
            case "ten": value = 10; return Lex.NumberWord;
            case "eleven": value = 11; return Lex.NumberWord;
            case "twelve": value = 12; return Lex.NumberWord;
            case "thirteen": value = 13; return Lex.NumberWord;
            case "fourteen": value = 14; return Lex.NumberWord;
            case "fifteen": value = 15; return Lex.NumberWord;
            case "sixteen": value = 16; return Lex.NumberWord;
            case "seventeen": value = 17; return Lex.NumberWord;
            case "eighteen": value = 18; return Lex.NumberWord;
            case "nineteen": value = 19; return Lex.NumberWord;
            case "twenty": value = 20; return Lex.NumberWord;
            case "thirty": value = 30; return Lex.NumberWord;
            case "forty": value = 40; return Lex.NumberWord;
            case "fifty": value = 50; return Lex.NumberWord;
            case "sixty": value = 60; return Lex.NumberWord;
            case "seventy": value = 70; return Lex.NumberWord;
            case "eighty": value = 80; return Lex.NumberWord;
            case "ninety": value = 90; return Lex.NumberWord;
            case "a": case "an": value = 1; return Lex.A;
            case "few": return Lex.Few;
            case "several": case "many": return Lex.Several;
            case "couple": return Lex.Couple;
            case "last": return Lex.Last;
            case "this": return Lex.This;
            case "next": return Lex.Next;
            case "past": return Lex.Past;
            case "previous": case "preceding": case "prior": return Lex.Previous;
            case "coming": return Lex.Coming;
            case "following": return Lex.Following;
            case "recent": return Lex.Recent;
            case "early": return Lex.Early;
            case "mid": return Lex.Mid;
            case "late": return Lex.Late;
            case "earlier": return Lex.Earlier;
            case "later": return Lex.Later;
            case "ago": return Lex.Ago;
            case "before": return Lex.Before;
            case "after": return Lex.After;
            case "since": return Lex.Since;
            case "for": return Lex.For;
            case "over": return Lex.Over;
            case "under": return Lex.Under;
            case "within": return Lex.Within;
            case "less": return Lex.Less;
            case "fewer": return Lex.Fewer;
            case "more": return Lex.More;
            case "than": return Lex.Than;
            case "about": case "around": case "approximately": case "roughly": case "some": case "nearly": case "almost": case "approx": return Lex.About;
            case "only": return Lex.Only;
            case "just": return Lex.Just;
            case "at": return Lex.At;
            case "least": return Lex.Least;
            case "the": return Lex.The;
            case "weekend": return Lex.Weekend;
            case "today": return Lex.Today;
            case "yesterday": return Lex.Yesterday;
            case "tomorrow": return Lex.Tomorrow;
            case "tonight": return Lex.Tonight;
            case "morning": case "afternoon": case "evening": return Lex.Morning;
            case "night": return Lex.Night;
            case "same": return Lex.Same;
            case "of": return Lex.Of;
            case "and": return Lex.And;
            case "or": return Lex.Or;
            case "to": return Lex.To;
            case "through": case "thru": return Lex.Through;
            case "in": return Lex.In;
            case "on": return Lex.On;
            case "during": return Lex.During;
            case "until": case "till": case "til": return Lex.Until;
            case "by": return Lex.By;
            case "from": return Lex.From;
            case "beginning": case "start": return Lex.Beginning;
            case "end": return Lex.End;
            case "middle": return Lex.Middle;
            case "upcoming": case "forthcoming": return Lex.Anticipating;
            case "approaches": case "approaching": case "looms": case "looming": case "nears": case "nearing": return Lex.Approaching;
            case "people": case "troops": case "soldiers": case "officials": case "workers": case "members": case "km":
            case "kilometres": case "kilometers": case "miles": case "metres": case "meters": case "tons": case "tonnes":
            case "dollars": case "won": case "yen": case "euros": case "units": case "cases": case "deaths": case "times":
            case "percent": case "per": case "employees": case "residents": case "pages": case "words":
                return Lex.NounAfterNumber;
            default: return Lex.None;
        }
    }

    /// <summary>The tense a lower-case word marks, if any.</summary>
    public static TemporalTense TenseOf(ReadOnlySpan<char> w)
    {
        switch (w)
        {
            case "will": case "won't": case "won’t": case "shall": case "plans": case "plan": case "planning": case "intends":
            case "intend": case "going": case "scheduled": case "would": case "tomorrow": case "upcoming": case "forthcoming":
            case "approaches": case "approaching": case "looming":
                return TemporalTense.Future;
            case "is": case "are": case "am": case "says": case "does": case "say": case "do":
                return TemporalTense.Present;
            case "was": case "were": case "had": case "did": case "said": case "told": case "withdrew": case "blew": case "met":
            case "came": case "went": case "took": case "made": case "gave": case "began": case "broke": case "flew": case "left":
            case "saw": case "held": case "built": case "sent": case "got": case "found": case "fell": case "rose": case "spoke":
            case "wrote": case "struck": case "ran": case "led": case "brought": case "thought": case "became": case "kept":
            case "paid": case "sought": case "fought": case "chose": case "drove": case "grew": case "knew": case "meant": case "stood":
            case "understood": case "threw": case "tore": case "woke": case "been": case "gone": case "done": case "taken": case "given":
            case "broken": case "spoken": case "written": case "shown": case "seen": case "begun": case "flown": case "known": case "grown":
            case "thrown": case "torn": case "sold": case "hid": case "has": case "have": case "ago": case "lost": case "yesterday":
                return TemporalTense.Past;
            case "need": case "speed": case "seed": case "embed": case "proceed": case "succeed": case "exceed": case "indeed":
            case "breed": case "feed": case "greed": case "steed": case "united": case "limited": case "based": case "related":
            case "advanced": case "detailed": case "armed": case "red": case "shed": case "wed": case "bed":
                return TemporalTense.Unspecified;
            default:
                if (w.EndsWith("'ll") || w.EndsWith("’ll"))
                {
                    return TemporalTense.Future;
                }

                return w.Length >= 5 && w.EndsWith("ed") ? TemporalTense.Past : TemporalTense.Unspecified;
        }
    }
}

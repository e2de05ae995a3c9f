using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using Xunit;

namespace KoreaEvents.Core.Tests.Time;

/// <summary>
/// The temporal tagger's vocabulary, word by word: what each word classifies as (class, value, plural,
/// abbreviation) and which tense it marks. Pinned from the word lists as they were written in C#, so moving them
/// into data changes nothing.
/// </summary>
public sealed class TemporalLexiconTest
{
    /// <summary>Every word <see cref="TemporalLexicon.Classify"/> knows, in the order the C# switch listed them.</summary>
    internal static readonly (string Word, Lex Lex, int Value, bool Plural, bool Abbreviation)[] Classes =
    [
        ("january", Lex.Month, 1, false, false),
        ("february", Lex.Month, 2, false, false),
        ("march", Lex.Month, 3, false, false),
        ("april", Lex.Month, 4, false, false),
        ("may", Lex.Month, 5, false, false),
        ("june", Lex.Month, 6, false, false),
        ("july", Lex.Month, 7, false, false),
        ("august", Lex.Month, 8, false, false),
        ("september", Lex.Month, 9, false, false),
        ("october", Lex.Month, 10, false, false),
        ("november", Lex.Month, 11, false, false),
        ("december", Lex.Month, 12, false, false),
        ("jan", Lex.Month, 1, false, true),
        ("feb", Lex.Month, 2, false, true),
        ("mar", Lex.Month, 3, false, true),
        ("apr", Lex.Month, 4, false, true),
        ("jun", Lex.Month, 6, false, true),
        ("jul", Lex.Month, 7, false, true),
        ("aug", Lex.Month, 8, false, true),
        ("sep", Lex.Month, 9, false, true),
        ("sept", Lex.Month, 9, false, true),
        ("oct", Lex.Month, 10, false, true),
        ("nov", Lex.Month, 11, false, true),
        ("dec", Lex.Month, 12, false, true),
        ("monday", Lex.Weekday, 1, false, false),
        ("tuesday", Lex.Weekday, 2, false, false),
        ("wednesday", Lex.Weekday, 3, false, false),
        ("thursday", Lex.Weekday, 4, false, false),
        ("friday", Lex.Weekday, 5, false, false),
        ("saturday", Lex.Weekday, 6, false, false),
        ("sunday", Lex.Weekday, 7, false, false),
        ("spring", Lex.Season, (int)Season.Spring, false, false),
        ("summer", Lex.Season, (int)Season.Summer, false, false),
        ("autumn", Lex.Season, (int)Season.Autumn, false, false),
        ("winter", Lex.Season, (int)Season.Winter, false, false),
        ("fall", Lex.Fall, (int)Season.Autumn, false, false),
        ("hour", Lex.Unit, (int)TemporalUnit.Hour, false, false),
        ("hours", Lex.Unit, (int)TemporalUnit.Hour, true, false),
        ("day", Lex.Unit, (int)TemporalUnit.Day, false, false),
        ("days", Lex.Unit, (int)TemporalUnit.Day, true, false),
        ("week", Lex.Unit, (int)TemporalUnit.Week, false, false),
        ("weeks", Lex.Unit, (int)TemporalUnit.Week, true, false),
        ("month", Lex.Unit, (int)TemporalUnit.Month, false, false),
        ("months", Lex.Unit, (int)TemporalUnit.Month, true, false),
        ("year", Lex.Unit, (int)TemporalUnit.Year, false, false),
        ("years", Lex.Unit, (int)TemporalUnit.Year, true, false),
        ("decade", Lex.Unit, (int)TemporalUnit.Decade, false, false),
        ("decades", Lex.Unit, (int)TemporalUnit.Decade, true, false),
        ("one", Lex.NumberWord, 1, false, false),
        ("two", Lex.NumberWord, 2, false, false),
        ("three", Lex.NumberWord, 3, false, false),
        ("four", Lex.NumberWord, 4, false, false),
        ("five", Lex.NumberWord, 5, false, false),
        ("six", Lex.NumberWord, 6, false, false),
        ("seven", Lex.NumberWord, 7, false, false),
        ("eight", Lex.NumberWord, 8, false, false),
        ("nine", Lex.NumberWord, 9, false, false),
        ("ten", Lex.NumberWord, 10, false, false),
        ("eleven", Lex.NumberWord, 11, false, false),
        ("twelve", Lex.NumberWord, 12, false, false),
        ("thirteen", Lex.NumberWord, 13, false, false),
        ("fourteen", Lex.NumberWord, 14, false, false),
        ("fifteen", Lex.NumberWord, 15, false, false),
        ("sixteen", Lex.NumberWord, 16, false, false),
        ("seventeen", Lex.NumberWord, 17, false, false),
        ("eighteen", Lex.NumberWord, 18, false, false),
        ("nineteen", Lex.NumberWord, 19, false, false),
        ("twenty", Lex.NumberWord, 20, false, false),
        ("thirty", Lex.NumberWord, 30, false, false),
        ("forty", Lex.NumberWord, 40, false, false),
        ("fifty", Lex.NumberWord, 50, false, false),
        ("sixty", Lex.NumberWord, 60, false, false),
        ("seventy", Lex.NumberWord, 70, false, false),
        ("eighty", Lex.NumberWord, 80, false, false),
        ("ninety", Lex.NumberWord, 90, false, false),
        ("a", Lex.A, 1, false, false),
        ("an", Lex.A, 1, false, false),
        ("few", Lex.Few, 0, false, false),
        ("several", Lex.Several, 0, false, false),
        ("many", Lex.Several, 0, false, false),
        ("couple", Lex.Couple, 0, false, false),
        ("last", Lex.Last, 0, false, false),
        ("this", Lex.This, 0, false, false),
        ("next", Lex.Next, 0, false, false),
        ("past", Lex.Past, 0, false, false),
        ("previous", Lex.Previous, 0, false, false),
        ("preceding", Lex.Previous, 0, false, false),
        ("prior", Lex.Previous, 0, false, false),
        ("coming", Lex.Coming, 0, false, false),
        ("following", Lex.Following, 0, false, false),
        ("recent", Lex.Recent, 0, false, false),
        ("early", Lex.Early, 0, false, false),
        ("mid", Lex.Mid, 0, false, false),
        ("late", Lex.Late, 0, false, false),
        ("earlier", Lex.Earlier, 0, false, false),
        ("later", Lex.Later, 0, false, false),
        ("ago", Lex.Ago, 0, false, false),
        ("before", Lex.Before, 0, false, false),
        ("after", Lex.After, 0, false, false),
        ("since", Lex.Since, 0, false, false),
        ("for", Lex.For, 0, false, false),
        ("over", Lex.Over, 0, false, false),
        ("under", Lex.Under, 0, false, false),
        ("within", Lex.Within, 0, false, false),
        ("less", Lex.Less, 0, false, false),
        ("fewer", Lex.Fewer, 0, false, false),
        ("more", Lex.More, 0, false, false),
        ("than", Lex.Than, 0, false, false),
        ("about", Lex.About, 0, false, false),
        ("around", Lex.About, 0, false, false),
        ("approximately", Lex.About, 0, false, false),
        ("roughly", Lex.About, 0, false, false),
        ("some", Lex.About, 0, false, false),
        ("nearly", Lex.Nearly, 0, false, false),
        ("almost", Lex.Nearly, 0, false, false),
        ("approx", Lex.About, 0, false, false),
        ("only", Lex.Only, 0, false, false),
        ("just", Lex.Just, 0, false, false),
        ("at", Lex.At, 0, false, false),
        ("least", Lex.Least, 0, false, false),
        ("the", Lex.The, 0, false, false),
        ("weekend", Lex.Weekend, 0, false, false),
        ("today", Lex.Today, 0, false, false),
        ("yesterday", Lex.Yesterday, 0, false, false),
        ("tomorrow", Lex.Tomorrow, 0, false, false),
        ("tonight", Lex.Tonight, 0, false, false),
        ("morning", Lex.Morning, 0, false, false),
        ("afternoon", Lex.Morning, 0, false, false),
        ("evening", Lex.Morning, 0, false, false),
        ("night", Lex.Night, 0, false, false),
        ("same", Lex.Same, 0, false, false),
        ("of", Lex.Of, 0, false, false),
        ("and", Lex.And, 0, false, false),
        ("or", Lex.Or, 0, false, false),
        ("to", Lex.To, 0, false, false),
        ("through", Lex.Through, 0, false, false),
        ("thru", Lex.Through, 0, false, false),
        ("in", Lex.In, 0, false, false),
        ("on", Lex.On, 0, false, false),
        ("during", Lex.During, 0, false, false),
        ("until", Lex.Until, 0, false, false),
        ("till", Lex.Until, 0, false, false),
        ("til", Lex.Until, 0, false, false),
        ("by", Lex.By, 0, false, false),
        ("from", Lex.From, 0, false, false),
        ("beginning", Lex.Beginning, 0, false, false),
        ("start", Lex.Beginning, 0, false, false),
        ("end", Lex.End, 0, false, false),
        ("middle", Lex.Middle, 0, false, false),
        ("upcoming", Lex.Anticipating, 0, false, false),
        ("forthcoming", Lex.Anticipating, 0, false, false),
        ("approaches", Lex.Approaching, 0, false, false),
        ("approaching", Lex.Approaching, 0, false, false),
        ("looms", Lex.Approaching, 0, false, false),
        ("looming", Lex.Approaching, 0, false, false),
        ("nears", Lex.Approaching, 0, false, false),
        ("nearing", Lex.Approaching, 0, false, false),
        ("people", Lex.NounAfterNumber, 0, false, false),
        ("troops", Lex.NounAfterNumber, 0, false, false),
        ("soldiers", Lex.NounAfterNumber, 0, false, false),
        ("officials", Lex.NounAfterNumber, 0, false, false),
        ("workers", Lex.NounAfterNumber, 0, false, false),
        ("members", Lex.NounAfterNumber, 0, false, false),
        ("km", Lex.NounAfterNumber, 0, false, false),
        ("kilometres", Lex.NounAfterNumber, 0, false, false),
        ("kilometers", Lex.NounAfterNumber, 0, false, false),
        ("miles", Lex.NounAfterNumber, 0, false, false),
        ("metres", Lex.NounAfterNumber, 0, false, false),
        ("meters", Lex.NounAfterNumber, 0, false, false),
        ("tons", Lex.NounAfterNumber, 0, false, false),
        ("tonnes", Lex.NounAfterNumber, 0, false, false),
        ("dollars", Lex.NounAfterNumber, 0, false, false),
        ("won", Lex.NounAfterNumber, 0, false, false),
        ("yen", Lex.NounAfterNumber, 0, false, false),
        ("euros", Lex.NounAfterNumber, 0, false, false),
        ("units", Lex.NounAfterNumber, 0, false, false),
        ("cases", Lex.NounAfterNumber, 0, false, false),
        ("deaths", Lex.NounAfterNumber, 0, false, false),
        ("times", Lex.NounAfterNumber, 0, false, false),
        ("percent", Lex.NounAfterNumber, 0, false, false),
        ("per", Lex.NounAfterNumber, 0, false, false),
        ("employees", Lex.NounAfterNumber, 0, false, false),
        ("residents", Lex.NounAfterNumber, 0, false, false),
        ("pages", Lex.NounAfterNumber, 0, false, false),
        ("words", Lex.NounAfterNumber, 0, false, false),
    ];

    /// <summary>Every word <see cref="TemporalLexicon.TenseOf"/> knows by name, in the order the C# switch listed them.</summary>
    internal static readonly (string Word, TemporalTense Tense)[] Tenses =
    [
        ("will", TemporalTense.Future), ("won't", TemporalTense.Future), ("won’t", TemporalTense.Future), ("shall", TemporalTense.Future), ("plans", TemporalTense.Future),
        ("plan", TemporalTense.Future), ("planning", TemporalTense.Future), ("intends", TemporalTense.Future), ("intend", TemporalTense.Future), ("going", TemporalTense.Future),
        ("scheduled", TemporalTense.Future), ("would", TemporalTense.Future), ("tomorrow", TemporalTense.Future), ("upcoming", TemporalTense.Future), ("forthcoming", TemporalTense.Future),
        ("approaches", TemporalTense.Future), ("approaching", TemporalTense.Future), ("looming", TemporalTense.Future),
        ("is", TemporalTense.Present), ("are", TemporalTense.Present), ("am", TemporalTense.Present), ("says", TemporalTense.Present), ("does", TemporalTense.Present),
        ("say", TemporalTense.Present), ("do", TemporalTense.Present),
        ("was", TemporalTense.Past), ("were", TemporalTense.Past), ("had", TemporalTense.Past), ("did", TemporalTense.Past), ("said", TemporalTense.Past),
        ("told", TemporalTense.Past), ("withdrew", TemporalTense.Past), ("blew", TemporalTense.Past), ("met", TemporalTense.Past), ("came", TemporalTense.Past),
        ("went", TemporalTense.Past), ("took", TemporalTense.Past), ("made", TemporalTense.Past), ("gave", TemporalTense.Past), ("began", TemporalTense.Past),
        ("broke", TemporalTense.Past), ("flew", TemporalTense.Past), ("left", TemporalTense.Past), ("saw", TemporalTense.Past), ("held", TemporalTense.Past),
        ("built", TemporalTense.Past), ("sent", TemporalTense.Past), ("got", TemporalTense.Past), ("found", TemporalTense.Past), ("fell", TemporalTense.Past),
        ("rose", TemporalTense.Past), ("spoke", TemporalTense.Past), ("wrote", TemporalTense.Past), ("struck", TemporalTense.Past), ("ran", TemporalTense.Past),
        ("led", TemporalTense.Past), ("brought", TemporalTense.Past), ("thought", TemporalTense.Past), ("became", TemporalTense.Past), ("kept", TemporalTense.Past),
        ("paid", TemporalTense.Past), ("sought", TemporalTense.Past), ("fought", TemporalTense.Past), ("chose", TemporalTense.Past), ("drove", TemporalTense.Past),
        ("grew", TemporalTense.Past), ("knew", TemporalTense.Past), ("meant", TemporalTense.Past), ("stood", TemporalTense.Past), ("understood", TemporalTense.Past),
        ("threw", TemporalTense.Past), ("tore", TemporalTense.Past), ("woke", TemporalTense.Past), ("been", TemporalTense.Past), ("gone", TemporalTense.Past),
        ("done", TemporalTense.Past), ("taken", TemporalTense.Past), ("given", TemporalTense.Past), ("broken", TemporalTense.Past), ("spoken", TemporalTense.Past),
        ("written", TemporalTense.Past), ("shown", TemporalTense.Past), ("seen", TemporalTense.Past), ("begun", TemporalTense.Past), ("flown", TemporalTense.Past),
        ("known", TemporalTense.Past), ("grown", TemporalTense.Past), ("thrown", TemporalTense.Past), ("torn", TemporalTense.Past), ("sold", TemporalTense.Past),
        ("hid", TemporalTense.Past), ("has", TemporalTense.Past), ("have", TemporalTense.Past), ("ago", TemporalTense.Past), ("lost", TemporalTense.Past),
        ("yesterday", TemporalTense.Past),
        ("need", TemporalTense.Unspecified), ("speed", TemporalTense.Unspecified), ("seed", TemporalTense.Unspecified), ("embed", TemporalTense.Unspecified), ("proceed", TemporalTense.Unspecified),
        ("succeed", TemporalTense.Unspecified), ("exceed", TemporalTense.Unspecified), ("indeed", TemporalTense.Unspecified), ("breed", TemporalTense.Unspecified), ("feed", TemporalTense.Unspecified),
        ("greed", TemporalTense.Unspecified), ("steed", TemporalTense.Unspecified), ("united", TemporalTense.Unspecified), ("limited", TemporalTense.Unspecified), ("based", TemporalTense.Unspecified),
        ("related", TemporalTense.Unspecified), ("advanced", TemporalTense.Unspecified), ("detailed", TemporalTense.Unspecified), ("armed", TemporalTense.Unspecified), ("red", TemporalTense.Unspecified),
        ("shed", TemporalTense.Unspecified), ("wed", TemporalTense.Unspecified), ("bed", TemporalTense.Unspecified),
    ];

    [Fact]
    public void Every_word_classifies_as_it_did()
    {
        foreach (var (word, lex, value, plural, abbreviation) in Classes)
        {
            var actual = TemporalLexicon.Classify(word, out int v, out bool p, out bool a);
            Assert.Equal((word, lex, value, plural, abbreviation), (word, actual, v, p, a));
        }
    }

    [Fact]
    public void Every_tense_word_marks_its_tense()
    {
        foreach (var (word, tense) in Tenses)
        {
            Assert.Equal((word, tense), (word, TemporalLexicon.TenseOf(word)));
        }
    }

    [Fact]
    public void The_lists_have_the_sizes_they_had()
    {
        Assert.Equal(185, Classes.Length);
        Assert.Equal(185, Classes.Select(c => c.Word).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(24, Classes.Count(c => c.Lex == Lex.Month));
        Assert.Equal(7, Classes.Count(c => c.Lex == Lex.Weekday));
        Assert.Equal(12, Classes.Count(c => c.Lex == Lex.Unit));
        Assert.Equal(27, Classes.Count(c => c.Lex == Lex.NumberWord));
        Assert.Equal(28, Classes.Count(c => c.Lex == Lex.NounAfterNumber));
        Assert.Equal(119, Tenses.Length);
        Assert.Equal(119, Tenses.Select(t => t.Word).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(18, Tenses.Count(t => t.Tense == TemporalTense.Future));
        Assert.Equal(7, Tenses.Count(t => t.Tense == TemporalTense.Present));
        Assert.Equal(71, Tenses.Count(t => t.Tense == TemporalTense.Past));
        Assert.Equal(23, Tenses.Count(t => t.Tense == TemporalTense.Unspecified));
    }

    [Theory]
    [InlineData("sept", nameof(Lex.Month), 9, false, true)]
    [InlineData("may", nameof(Lex.Month), 5, false, false)]
    [InlineData("fall", nameof(Lex.Fall), (int)Season.Autumn, false, false)]
    [InlineData("decades", nameof(Lex.Unit), (int)TemporalUnit.Decade, true, false)]
    [InlineData("ninety", nameof(Lex.NumberWord), 90, false, false)]
    [InlineData("an", nameof(Lex.A), 1, false, false)]
    [InlineData("approx", nameof(Lex.About), 0, false, false)]
    [InlineData("won", nameof(Lex.NounAfterNumber), 0, false, false)]
    [InlineData("seconds", nameof(Lex.None), 0, false, false)]
    [InlineData("January", nameof(Lex.None), 0, false, false)]
    public void Spot_checks(string word, string lex, int value, bool plural, bool abbreviation)
    {
        Assert.Equal(lex, TemporalLexicon.Classify(word, out int v, out bool p, out bool a).ToString());
        Assert.Equal((value, plural, abbreviation), (v, p, a));
    }

    [Theory]
    [InlineData("won’t", TemporalTense.Future)]
    [InlineData("they'll", TemporalTense.Future)]
    [InlineData("we’ll", TemporalTense.Future)]
    [InlineData("walked", TemporalTense.Past)]
    [InlineData("fled", TemporalTense.Unspecified)]
    [InlineData("exceed", TemporalTense.Unspecified)]
    [InlineData("yesterday", TemporalTense.Past)]
    [InlineData("walk", TemporalTense.Unspecified)]
    public void Tense_rules_beyond_the_lists(string word, TemporalTense tense) =>
        Assert.Equal(tense, TemporalLexicon.TenseOf(word));
}

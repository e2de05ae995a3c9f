using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time.TimeMl;

/// <summary>The TIMEX3 of the tagger's mentions: TimeML values, types, mods and extents, beside the unchanged intervals.</summary>
public sealed class TimexTest
{
    private static readonly LocalDate Anchor = new(2013, 3, 22); // a Friday

    private static Timex3 Single(string text) => SingleAt(text, Anchor);

    private static Timex3 SingleAt(string text, LocalDate? anchor)
    {
        var timexes = TemporalTagger.Default.TagTimex(text, anchor);
        Assert.True(timexes.Count == 1, $"Expected one TIMEX3 in \"{text}\", found: {string.Join("; ", timexes)}");
        return timexes[0];
    }

    [Theory]
    [InlineData("It opened on 22 March 2013.", "22 March 2013", "DATE", "2013-03-22", null)]
    [InlineData("It opened in September 2018.", "September 2018", "DATE", "2018-09", null)]
    [InlineData("It opened in 2003.", "2003", "DATE", "2003", null)]
    [InlineData("in the 1990s", "1990s", "DATE", "199", null)]
    [InlineData("They met last week.", "last week", "DATE", "2013-W11", null)]
    [InlineData("They met in the summer of 2013.", "summer of 2013", "DATE", "2013-SU", null)]
    [InlineData("It ran until early 2017.", "early 2017", "DATE", "2017", "START")]
    [InlineData("They met yesterday.", "yesterday", "DATE", "2013-03-21", null)]
    [InlineData("It lasted for two years.", "two years", "DURATION", "P2Y", null)]
    [InlineData("It lasted for about two weeks.", "two weeks", "DURATION", "P2W", "APPROX")]
    [InlineData("It lasted for nearly two weeks.", "nearly two weeks", "DURATION", "P2W", "APPROX")]
    [InlineData("It grew over the past two years.", "the past two years", "DURATION", "P2Y", null)]
    [InlineData("It happened three years ago.", "three years ago", "DATE", "2010", null)]
    [InlineData("They met at the weekend.", "the weekend", "DATE", "2013-W11-WE", null)]
    [InlineData("Prices are now higher.", "now", "DATE", "PRESENT_REF", null)]
    [InlineData("He currently leads.", "currently", "DATE", "PRESENT_REF", null)]
    [InlineData("She recently resigned.", "recently", "DATE", "PAST_REF", null)]
    [InlineData("It will end soon.", "soon", "DATE", "FUTURE_REF", null)]
    [InlineData("As in the past, it failed.", "the past", "DATE", "PAST_REF", null)]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "DATE", "2012-Q3", null)]
    [InlineData("Its first-quarter profit fell.", "first-quarter", "DATE", "2013-Q1", null)]
    [InlineData("They meet every week.", "every week", "SET", "P1W", null)]
    [InlineData("Prices are checked daily.", "daily", "SET", "P1D", null)]
    [InlineData("They meet every Thursday.", "every Thursday", "SET", "XXXX-WXX-4", null)]
    [InlineData("A loan due in 90 days.", "90 days", "DURATION", "P90D", null)]
    [InlineData("In the first nine months, sales rose.", "the first nine months", "DURATION", "P9M", null)]
    [InlineData("They met on Friday afternoon.", "Friday afternoon", "TIME", "2013-03-22TAF", null)]
    [InlineData("It rained this morning.", "this morning", "TIME", "2013-03-22TMO", null)]
    [InlineData("It ended two years after the war.", "two years", "DURATION", "P2Y", null)]
    public void Values_types_mods_and_extents_follow_TimeML(string text, string extent, string type, string value, string? mod)
    {
        var timex = Single(text);

        Assert.Equal(extent, timex.Text);
        Assert.Equal(extent, text.Substring(timex.Start, timex.Length));
        Assert.Equal(type, timex.TypeName);
        Assert.Equal(value, timex.Value);
        Assert.Equal(mod, timex.Mod);
    }

    [Theory]
    [InlineData("The report is due to be published in May.", "2013-05")]
    [InlineData("Sales fell in December.", "2012-12")]
    [InlineData("It was signed on Jan. 14.", "2013-01-14")]
    public void A_yearless_month_takes_the_year_nearest_the_document_date(string text, string value)
    {
        Assert.Equal(value, Single(text).Value);
    }

    [Fact]
    public void An_age_is_not_a_duration()
    {
        Assert.Empty(TemporalTagger.Default.TagTimex("A 6-year-old boy and a man five years old.", Anchor));
        Assert.Empty(TemporalTagger.Default.Tag("A 6-year-old boy.", Anchor));
    }

    [Fact]
    public void The_analyst_interval_stays_beside_the_timex()
    {
        var mention = TemporalTagger.Default.Tag("It grew over the past two years.", Anchor).Single();

        Assert.Equal("P2Y", mention.Timex.Value);
        Assert.Equal("2011-03-22/2013-03-22", mention.ValueText);
    }

    [Fact]
    public void Without_an_anchor_unresolved_parts_are_X()
    {
        Assert.Equal("XXXX-03", SingleAt("They met in March.", null).Value);
        Assert.Equal("P2Y", SingleAt("It lasted for two years.", null).Value);
    }

    [Fact]
    public void Timex3_checks_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new Timex3(0, null!, TimexType.Date, "2000"));
        Assert.Throws<ArgumentNullException>(() => new Timex3(0, "x", TimexType.Date, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Timex3(-1, "x", TimexType.Date, "2000"));
        Assert.Throws<ArgumentException>(() => new Timex3(0, "x", (TimexType)9, "2000"));
        Assert.True(Timex3.TryParseType("duration", out var type));
        Assert.Equal(TimexType.Duration, type);
        Assert.False(Timex3.TryParseType("WHEN", out _));
    }
}

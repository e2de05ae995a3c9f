using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Time;

public sealed class KnownEventDatesReadTsvTest
{
    private static KnownEventDates Read(string text) => KnownEventDates.ReadTsv(new StringReader(text), "events.tsv");

    [Fact]
    public void Reads_keys_dates_and_phrases_skipping_comments_and_blank_lines()
    {
        var known = Read("# key\tdate\tphrases\n\nhanoi-summit-2019\t 2019-02-27/2019-02-28 \tHanoi| summit broke down |\r\n  # later\nsingapore-summit-2018\t2018-06-12\tSingapore\n");

        Assert.Equal(["hanoi-summit-2019", "singapore-summit-2018"], known.Events.Select(e => e.Key));
        Assert.Equal("2019-02-27/2019-02-28", known.Events[0].Date.ToString());
        Assert.Equal(["Hanoi", "summit broke down"], known.Events[0].Phrases);
    }

    [Theory]
    [InlineData("a\t2019-01-01\tx\nb\tFebruary\ty\n", 2, KnownEventsFormatReason.MalformedLine, "events.tsv, line 2: expected 'key<TAB>date estimate<TAB>phrase|phrase', e.g. 'hanoi-summit-2019<TAB>2019-02-27/2019-02-28<TAB>Hanoi'.")]
    [InlineData("a\t2019-01-01\n", 1, KnownEventsFormatReason.MalformedLine, "events.tsv, line 1: expected 'key<TAB>date estimate<TAB>phrase|phrase', e.g. 'hanoi-summit-2019<TAB>2019-02-27/2019-02-28<TAB>Hanoi'.")]
    [InlineData("a\t2019-01-01\t | \n", 1, KnownEventsFormatReason.MissingKeyOrPhrase, "events.tsv, line 1: a known event needs a key and at least one phrase.")]
    [InlineData("# c\n \t2019-01-01\tx\n", 2, KnownEventsFormatReason.MissingKeyOrPhrase, "events.tsv, line 2: a known event needs a key and at least one phrase.")]
    public void A_malformed_line_is_named(string text, int line, KnownEventsFormatReason reason, string message)
    {
        var error = Assert.Throws<KnownEventsFormatException>(() => Read(text));

        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Line);
        Assert.Equal(reason, error.Reason);
        Assert.Equal("events.tsv", error.SourceName);
    }

    [Fact]
    public void A_duplicate_key_names_the_file()
    {
        var error = Assert.Throws<KnownEventsFormatException>(() => Read("a\t2019-01-01\tx\na\t2019-01-02\ty\n"));

        Assert.Null(error.Line);
        Assert.Equal(KnownEventsFormatReason.DuplicateKey, error.Reason);
        Assert.StartsWith("events.tsv: The key 'a' appears more than once.", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => KnownEventDates.ReadTsv(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => KnownEventDates.ReadTsv(new StringReader(""), null!));
        Assert.Empty(Read("").Events);
    }
}

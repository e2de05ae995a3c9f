using System.Diagnostics;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time;

public partial class TemporalTaggerTest
{
    private static TemporalMention Single(string text, LocalDate? anchor, string expression)
    {
        var mentions = TemporalTagger.Default.Tag(text, anchor);
        var found = mentions.Where(m => m.Text.Contains(expression, StringComparison.Ordinal) || expression.Contains(m.Text, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"Expected one mention of '{expression}' in \"{text}\", found: {string.Join("; ", mentions)}");
        return found[0];
    }

    private static string ValueOf(string text, LocalDate? anchor, string expression) => Single(text, anchor, expression).ValueText;

    // ------------------------------------------------------------------ absolute

    [Theory]
    [InlineData("Published Mar 23, 2019", "2019-03-23")]
    [InlineData("It happened on Sept. 14, 2018 in Kaesong.", "2018-09-14")]
    [InlineData("The talks on 27-28 February 2019 failed.", "2019-02-27/2019-02-28")]
    [InlineData("Tuesday, May 21, 2024", "2024-05-21")]
    [InlineData("The file is dated 2019-03-23 in the archive.", "2019-03-23")]
    [InlineData("The office opened in September 2018.", "2018-09")]
    [InlineData("In 2003 the complex opened.", "2003")]
    [InlineData("after the 1950-53 Korean War", "1950/1953")]
    [InlineData("in the 1990s famine", "199X")]
    [InlineData("It ran until early 2017.", "2017 (START)")]
    [InlineData("Talks resume in mid-2019.", "2019 (MID)")]
    [InlineData("It closed at the end of June 2020.", "2020-06 (END)")]
    [InlineData("A summit in the summer of 2019.", "2019-SU")]
    [InlineData("It happened on February 29, 2020.", "2020-02-29")]
    public void Absolute_dates_need_no_anchor(string text, string expected)
    {
        var mention = TemporalTagger.Default.Tag(text).Single();
        Assert.Equal(expected, mention.ValueText);
        Assert.Equal(TemporalReference.Absolute, mention.Reference);
        Assert.Null(mention.Anchor);
        Assert.Equal(mention.Text, text.Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("There were 2000 troops there.")]
    [InlineData("About 50,000 North Koreans worked there.")]
    [InlineData("It cost $2019 in fees.")]
    [InlineData("Seoul may respond, officials said.")]
    [InlineData("They march on the border.")]
    [InlineData("24 hours a day and every day of the year")]
    public void Non_dates_are_not_tagged_as_dates(string text)
    {
        Assert.DoesNotContain(TemporalTagger.Default.Tag(text, new LocalDate(2020, 6, 16)), m => m.Kind == TemporalMentionKind.Date && m.Value is not null);
    }

    [Fact]
    public void An_impossible_day_is_not_tagged_as_a_day()
    {
        var mentions = TemporalTagger.Default.Tag("Nothing happened on February 29, 2019.", new LocalDate(2020, 6, 16));
        Assert.DoesNotContain(mentions, m => m.Value is { Precision: DatePrecision.Day });
    }

    // ------------------------------------------------------------------ unstated year

    [Fact]
    public void An_unstated_year_is_recorded_with_the_anchored_reading_and_never_conflicts_on_the_year()
    {
        var value = Single("The Hanoi summit in February also ended in disaster.", new LocalDate(2020, 6, 20), "February").Value!.Value;

        Assert.False(value.IsYearStated);
        Assert.Equal("XXXX-02 (2020)", value.ToString());
        Assert.True(value.IsCompatibleWith(DateEstimate.FromMonth(2019, 2)));
        Assert.False(value.IsCompatibleWith(DateEstimate.FromMonth(2019, 3)));
    }

    [Theory]
    [InlineData("Officials pulled out on 22 March.", 2019, 3, 23, "XXXX-03-22 (2019)")]
    [InlineData("Officials pulled out on 22 March.", 2019, 3, 21, "XXXX-03-22 (2018)")]
    [InlineData("Officials will meet on 22 March.", 2019, 3, 21, "XXXX-03-22 (2019)")]
    [InlineData("Officials will meet on 22 March.", 2019, 3, 23, "XXXX-03-22 (2020)")]
    [InlineData("Operations were suspended in January.", 2020, 6, 16, "XXXX-01 (2020)")]
    [InlineData("Operations were suspended in December.", 2020, 6, 16, "XXXX-12 (2019)")]
    [InlineData("Talks will resume in December.", 2020, 6, 16, "XXXX-12 (2020)")]
    [InlineData("It was set into motion last January.", 2019, 3, 23, "XXXX-01 (2019)")]
    [InlineData("It was set into motion last March.", 2019, 3, 23, "XXXX-03 (2018)")]
    [InlineData("The summit in June last year was a success.", 2019, 1, 10, "2018-06")]
    public void Yearless_dates_take_the_year_from_the_anchor_and_the_tense(string text, int y, int m, int d, string expected)
    {
        Assert.Equal(expected, TemporalTagger.Default.Tag(text, new LocalDate(y, m, d)).Single().ValueText);
    }

    [Fact]
    public void A_leap_day_without_a_year_reads_as_the_nearest_leap_year_in_the_tense_direction()
    {
        Assert.Equal("XXXX-02-29 (2020)", ValueOf("They met on 29 February.", new LocalDate(2021, 3, 1), "29 February"));
        Assert.Equal("XXXX-02-29 (2024)", ValueOf("They will meet on 29 February.", new LocalDate(2021, 3, 1), "29 February"));
    }

    // ------------------------------------------------------------------ weekdays, weekends and tense

    [Fact]
    public void A_weekday_named_in_an_article_of_that_weekday_is_that_day()
    {
        var friday = new LocalDate(2019, 3, 22);
        Assert.Equal(IsoDayOfWeek.Friday, friday.DayOfWeek);
        Assert.Equal("XXXX-03-22 (2019)", ValueOf("North Korea withdrew on Friday.", friday, "Friday"));
        Assert.Equal("XXXX-03-22 (2019)", ValueOf("North Korea will withdraw on Friday.", friday, "Friday"));
    }

    [Theory]
    [InlineData("Seoul plans to staff the office on Saturday and Sunday.", "XXXX-03-23/XXXX-03-24 (2019)")]
    [InlineData("Seoul staffed the office on Saturday and Sunday.", "XXXX-03-16/XXXX-03-17 (2019)")]
    [InlineData("He said Seoul will staff the office on Monday.", "XXXX-03-25 (2019)")]
    [InlineData("He met the envoy on Monday.", "XXXX-03-18 (2019)")]
    [InlineData("Kim Yo Jong said at the weekend the office would collapse.", "XXXX-03-16/XXXX-03-17 (2019)")]
    [InlineData("Officials will inspect the site at the weekend.", "XXXX-03-23/XXXX-03-24 (2019)")]
    public void Tense_decides_past_or_future_readings(string text, string expected)
    {
        var mention = TemporalTagger.Default.Tag(text, new LocalDate(2019, 3, 22)).Single(m => m.Kind == TemporalMentionKind.Date);
        Assert.Equal(expected, mention.ValueText);
    }

    [Theory]
    [InlineData(2019, 3, 22, "last Friday", "XXXX-03-15 (2019)")] // said on a Friday: a week earlier
    [InlineData(2019, 3, 20, "last Friday", "XXXX-03-15 (2019)")]
    [InlineData(2019, 3, 22, "next Friday", "XXXX-03-29 (2019)")]
    [InlineData(2019, 3, 20, "next Friday", "XXXX-03-22 (2019)")]
    [InlineData(2019, 3, 20, "this Friday", "XXXX-03-22 (2019)")]
    [InlineData(2019, 3, 24, "last weekend", "XXXX-03-16/XXXX-03-17 (2019)")]
    [InlineData(2019, 3, 20, "next weekend", "XXXX-03-23/XXXX-03-24 (2019)")]
    public void Deictic_weekdays_and_weekends(int y, int m, int d, string expression, string expected)
    {
        Assert.Equal(expected, ValueOf($"They talked about it {expression}.", new LocalDate(y, m, d), expression));
    }

    // ------------------------------------------------------------------ deictic units and year boundaries

    [Theory]
    [InlineData(2021, 1, 15, "last month", "2020-12")]
    [InlineData(2021, 1, 15, "last year", "2020")]
    [InlineData(2021, 1, 15, "this month", "2021-01")]
    [InlineData(2020, 12, 31, "next month", "2021-01")]
    [InlineData(2020, 12, 31, "this week", "2020-W53")]
    [InlineData(2021, 1, 6, "last week", "2020-W53")]
    [InlineData(2021, 1, 1, "this week", "2020-W53")]
    [InlineData(2021, 1, 1, "yesterday", "2020-12-31")]
    [InlineData(2020, 2, 28, "tomorrow", "2020-02-29")]
    [InlineData(2019, 3, 22, "earlier this month", "2019-03-01/2019-03-22")]
    [InlineData(2019, 3, 22, "later this year", "2019-03-22/2019-12-31")]
    [InlineData(2020, 1, 10, "late last year", "2019 (END)")]
    [InlineData(2020, 6, 18, "the last two weeks", "2020-06-04/2020-06-18")]
    [InlineData(2020, 6, 18, "the past week", "2020-06-11/2020-06-18")]
    [InlineData(2020, 6, 18, "the coming months", "2020-06-18/2021-03-18 (APPROX)")]
    [InlineData(2020, 6, 16, "last summer", "XXXX-SU (2019)")]
    [InlineData(2021, 1, 10, "this winter", "XXXX-WI (2020)")]
    [InlineData(2020, 6, 16, "next spring", "XXXX-SP (2021)")]
    public void Deictic_units_cross_year_boundaries_and_iso_week_53(int y, int m, int d, string expression, string expected)
    {
        var mention = Single($"It was said {expression}.", new LocalDate(y, m, d), expression);
        Assert.Equal(expected, mention.ValueText);
        Assert.Equal(TemporalReference.Document, mention.Reference);
    }

    [Theory]
    [InlineData(2020, 6, 18, "21 months ago", "2018-09")]
    [InlineData(2020, 3, 31, "21 months ago", "2018-06")]
    [InlineData(2020, 6, 18, "two years ago", "2018")]
    [InlineData(2020, 6, 18, "just two years ago", "2018 (APPROX)")]
    [InlineData(2020, 6, 18, "about three weeks ago", "2020-W22 (APPROX)")]
    [InlineData(2020, 6, 18, "a week ago", "2020-W24")]
    [InlineData(2020, 6, 16, "less than two years ago", "2018-06-17/2020-06-16")]
    [InlineData(2020, 2, 29, "less than two years ago", "2018-03-01/2020-02-29")]
    [InlineData(2020, 6, 18, "five days ago", "2020-06-13")]
    public void Counted_offsets_before_the_document(int y, int m, int d, string expression, string expected)
    {
        Assert.Equal(expected, ValueOf($"The office opened {expression}.", new LocalDate(y, m, d), expression));
    }

    [Fact]
    public void More_than_some_time_ago_has_an_open_bound_and_no_value()
    {
        var mention = Single("It opened more than two years ago.", new LocalDate(2020, 6, 16), "more than two years ago");
        Assert.Null(mention.Value);
        Assert.Equal("-P2Y", mention.Offset!.Value.ToString().Replace(">", string.Empty, StringComparison.Ordinal));
        Assert.Equal(AmountQualifier.MoreThan, mention.Amount!.Value.Qualifier);
    }

    // ------------------------------------------------------------------ spans, durations, event offsets

    [Theory]
    [InlineData("The border has been empty since January.", "XXXX-01/XXXX-06-20 (2020)", false)]
    [InlineData("Condemnations have come since early June.", "XXXX-06/XXXX-06-20 (2020)", false)]
    [InlineData("Tensions have risen since 2018.", "2018/2020-06-20", true)]
    [InlineData("It has been closed since last week.", "2020-06-08/2020-06-20", true)]
    public void Since_spans_run_to_the_document_date(string text, string expected, bool yearStated)
    {
        var mention = TemporalTagger.Default.Tag(text, new LocalDate(2020, 6, 20)).Single();
        Assert.Equal(TemporalMentionKind.Span, mention.Kind);
        Assert.Equal(expected, mention.ValueText);
        Assert.Equal(yearStated, mention.Value!.Value.IsYearStated);
    }

    [Theory]
    [InlineData("No signs were detected for over a week.", "for over a week", ">P1W")]
    [InlineData("Tensions have escalated for weeks.", "for weeks", "PxW")]
    [InlineData("They talked for two years.", "for two years", "P2Y")]
    [InlineData("the 67-year failure to sign a treaty", "67-year", "P67Y")]
    public void Durations_are_found_without_a_value(string text, string expression, string amount)
    {
        var mention = Single(text, new LocalDate(2020, 6, 20), expression);
        Assert.Equal(TemporalMentionKind.Duration, mention.Kind);
        Assert.Null(mention.Value);
        Assert.Equal(amount, mention.Amount.ToString());
    }

    [Theory]
    [InlineData("They signed at their first summit five months earlier.", "five months earlier", "-P5M")]
    [InlineData("It opened days before Moon flew to Pyongyang.", "days before", "-PxD")]
    [InlineData("It came just hours after Washington imposed sanctions.", "just hours after", "+PTxH")]
    [InlineData("A meeting was held the same day.", "the same day", "P0D")]
    [InlineData("They left the next day.", "the next day", "+P1D")]
    [InlineData("Two years after the war, talks began.", "Two years after", "+P2Y")]
    public void Event_relative_expressions_are_marked_for_extraction(string text, string expression, string offset)
    {
        var mention = Single(text, new LocalDate(2020, 6, 20), expression);
        Assert.Equal(TemporalMentionKind.EventRelative, mention.Kind);
        Assert.Equal(TemporalReference.Event, mention.Reference);
        Assert.Null(mention.Value);
        Assert.Equal(offset, mention.Offset.ToString());
    }

    // ------------------------------------------------------------------ anchors, offsets, cost

    [Fact]
    public void Without_an_anchor_relative_values_are_null_and_WithAnchor_resolves_them()
    {
        var mention = TemporalTagger.Default.Tag("The summit broke down last month.").Single();
        Assert.Null(mention.Value);
        Assert.True(mention.NeedsAnchor);

        var anchored = mention.WithAnchor(new LocalDate(2019, 3, 22));
        Assert.Equal("2019-02", anchored.ValueText);
        Assert.Equal(new LocalDate(2019, 3, 22), anchored.Anchor);
        Assert.Equal(mention.Start, anchored.Start);
    }

    [Fact]
    public void Offsets_point_at_the_original_text_of_every_seed()
    {
        foreach (var seed in SeedCorpus.All)
        {
            foreach (var mention in TemporalTagger.Default.Tag(seed.Text, new LocalDate(2020, 6, 16)))
            {
                Assert.Equal(mention.Text, seed.Text.Substring(mention.Start, mention.Length));
            }
        }
    }

    [Fact]
    public void Tagging_is_linear_even_on_adversarial_text()
    {
        // Long runs of words that start patterns but never complete them, with no sentence breaks.
        var text = string.Concat(Enumerable.Repeat("since early last the next 12 - 31 March , ", 40_000));
        var watch = Stopwatch.StartNew();
        TemporalTagger.Default.Tag(text, new LocalDate(2020, 6, 16));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Tagging {text.Length} characters took {watch.Elapsed}.");
    }

    [Fact]
    public void Tag_checks_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => TemporalTagger.Default.Tag(null!));
        Assert.Empty(TemporalTagger.Default.Tag(string.Empty));
    }
}

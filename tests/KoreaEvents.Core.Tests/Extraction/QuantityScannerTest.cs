using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using NodaTime;

namespace KoreaEvents.Core.Tests.Extraction;

/// <summary>Counts are counts of things: numbers inside times, dates, ages, addresses and ordinals are not.</summary>
public sealed class QuantityScannerTest
{
    private static List<string> Counts(string sentence) =>
        QuantityScanner.Scan(sentence, 0, sentence.Length, (_, _) => false).ConvertAll(q => $"{q.Quantity.Low}-{q.Quantity.High} {q.Quantity.Unit}");

    [Theory]
    [InlineData("The explosion was heard at 2:49 p.m. near the border.")]
    [InlineData("Troops moved in at 9 a.m. and left at 5 p.m. on Tuesday.")]
    [InlineData("The statement came at 14:05 KST after the meeting.")]
    [InlineData("The blast came at 2:49 PM local time.")]
    [InlineData("The talks ended at 10 pm with no deal.")]
    [InlineData("At 11 o'clock officials gathered.")]
    [InlineData("The update was posted at 9:02 a.m. ET by editors.")]
    public void A_time_of_day_is_not_a_count(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("The report dated 16/06/2020 names officials.")]
    [InlineData("The photo from 2019.03.26 14:05 shows soldiers.")]
    [InlineData("On 6/16 troops arrived.")]
    public void Numbers_inside_a_numeric_date_are_not_counts(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("A soldier aged 23 defected across the border.")]
    [InlineData("The woman, age 45 according to police, crossed the river.")]
    [InlineData("He is the No. 2 official in the regime.")]
    public void An_age_or_a_rank_is_not_a_count(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("Protesters gathered outside 10 Downing Street on Monday.")]
    [InlineData("The embassy at 1600 Pennsylvania Avenue said nothing.")]
    [InlineData("Police closed 24 Sejong St. in Seoul.")]
    public void A_street_address_is_not_a_count(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("It was the 21st meeting of the envoys.")]
    [InlineData("The 3rd battalion moved north.")]
    public void An_ordinal_is_not_a_count(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("North Korea sent 25 people to the office.", "25-25 people")]
    [InlineData("The complex employed 50,000 North Koreans in the town.", "50000-50000 north-koreans")]
    [InlineData("Around 20 officials left at 2:49 p.m. on Friday.", "20-20 officials")]
    [InlineData("At 9 a.m. some 300 soldiers crossed.", "300-300 soldiers")]
    public void Counts_beside_times_are_still_found(string sentence, string expected) => Assert.Equal([expected], Counts(sentence));

    [Fact]
    public void A_claim_never_counts_the_minutes_of_a_time()
    {
        var result = TestClock.Extractor.Extract(ArticleParser.Parse(
            "A headline\n\nNorth Korea blew up the liaison office in Kaesong at 2:49 p.m. on Tuesday, the Unification Ministry said.", new SourceId("test")),
            new LocalDate(2020, 6, 16));
        Assert.DoesNotContain(result.Claims, c => c.Facet.IsCount);
    }
}

using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Extraction;

/// <summary>The public acceptance examples of DESIGN.md §6 that claim extraction must get right.</summary>
public sealed partial class ClaimExtractorTest
{
    private static readonly EntityRef Hanoi = EntityRef.Parse("event:hanoi-summit-2019");
    private static readonly EntityRef Opening = EntityRef.Parse("event:liaison-office-opening-2018");
    private static readonly EntityRef Demolition = EntityRef.Parse("event:liaison-office-demolition-2020");

    private static List<Claim> Dates(string seed, EntityRef subject) =>
        ExtractSeed(seed).Claims.Where(c => c.Subject == subject && c.Facet == Facet.Date).ToList();

    private static DateEstimate DateOf(Claim c) => ((DateValue)c.Value).Date;

    [Theory]
    [InlineData("seed-000")]
    [InlineData("seed-002")]
    [InlineData("seed-004")]
    public void Hanoi_summit_is_dated_February_2019(string seed)
    {
        var dates = Dates(seed, Hanoi);
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(DateOf(d).IsCompatibleWith(DateEstimate.Parse("2019-02")), $"{d} in {seed}"));
        Assert.Contains(dates, d => DateOf(d).Start.Year == 2019 && DateOf(d).Start.Month == 2);
    }

    [Fact]
    public void Seed_000_February_27_28_is_the_two_days_of_2019()
    {
        var claim = Assert.Single(Dates("seed-000", Hanoi), c => c.Evidence!.Quote.Contains("February 27-28", StringComparison.Ordinal));
        Assert.Equal("2019-02-27/2019-02-28", DateOf(claim).ToAnchoredString());
        Assert.False(DateOf(claim).IsYearStated);
    }

    [Fact]
    public void Seed_003_misdates_the_failed_summit_and_the_conflict_is_a_date_claim_on_the_Hanoi_summit()
    {
        var claim = Assert.Single(Dates("seed-003", Hanoi), c => c.Evidence!.Quote.Contains("March 2019", StringComparison.Ordinal));
        Assert.Equal(DateEstimate.Parse("2019-03"), DateOf(claim));
        Assert.Contains("failed summit", claim.Evidence!.Quote, StringComparison.Ordinal);
        Assert.False(DateOf(claim).IsCompatibleWith(KoreaEvents.Core.Knowledge.KnowledgeBase.Default.GetEvent(new EventId("hanoi-summit-2019")).Date));
    }

    [Fact]
    public void Seed_003_The_Hanoi_summit_in_February_states_no_year()
    {
        var claim = Assert.Single(Dates("seed-003", Hanoi), c => c.Evidence!.Quote.Contains("in February", StringComparison.Ordinal));
        Assert.False(DateOf(claim).IsYearStated);
        Assert.StartsWith("XXXX-02", DateOf(claim).ToString(), StringComparison.Ordinal);
        Assert.True(DateOf(claim).IsCompatibleWith(DateEstimate.Parse("2019-02")));
    }

    [Theory]
    [InlineData("seed-001", "September 2018")]
    [InlineData("seed-002", "September 2018")]
    [InlineData("seed-004", "21 months ago")]
    public void Office_opening_is_September_2018(string seed, string expression)
    {
        var claim = Assert.Single(Dates(seed, Opening), c => c.Evidence!.Quote.Contains(expression, StringComparison.Ordinal));
        Assert.Equal(DateEstimate.Parse("2018-09"), DateOf(claim));
    }

    [Fact]
    public void Seed_002_places_the_demolition_in_Pyongyang_in_its_first_paragraph()
    {
        var claim = Assert.Single(ExtractSeed("seed-002").Claims, c => c.Subject == Demolition && c.Facet == Facet.Location
            && c.Value == ClaimValue.FromEntity(EntityRef.Parse("place:pyongyang")));
        Assert.Contains("in Pyongyang", claim.Evidence!.Quote, StringComparison.Ordinal);
        Assert.True(claim.Evidence.Start < SeedCorpus.Get("seed-002").Text.IndexOf("North Korea blew up", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_002_is_AFP_derived_and_the_others_have_no_wire_origin()
    {
        Assert.Equal([new ActorId("afp")], ExtractSeed("seed-002").Source.Origins);
        Assert.Empty(ExtractSeed("seed-000").Source.Origins);
    }

    [Fact]
    public void Quoted_and_reported_statements_carry_speaker_and_channel()
    {
        var nsc = ExtractSeed("seed-000").Claims.First(c => c.Subject == EntityRef.Parse("event:liaison-office-withdrawal-2019") && c.Attribution?.Channel is not null);
        Assert.Equal(new ActorId("yonhap"), nsc.Attribution!.ChannelId);
        Assert.Equal(new ActorId("south-korea-nsc"), nsc.Attribution.SpeakerId);
        Assert.Equal(Modality.Reported, nsc.Modality);

        var npr = ExtractSeed("seed-001").Claims.Single(c => c.Subject == Opening && c.Facet == Facet.Date && c.Evidence!.Quote.Contains("September", StringComparison.Ordinal));
        Assert.Equal(new ActorId("npr"), npr.Attribution!.ChannelId);

        var aum = ExtractSeed("seed-004").Claims.Single(c => c.Subject == Opening && c.Facet == Facet.Date);
        Assert.Equal(new ActorId("frank-aum"), aum.Attribution!.SpeakerId);
    }

    [Fact]
    public void Counts_are_tied_to_what_they_count()
    {
        var counts = ExtractSeed("seed-003").Claims.Where(c => c.Facet.IsCount).ToDictionary(c => c.Facet.Name!, c => ((QuantityValue)c.Value).Quantity);
        Assert.Equal(new Quantity(200, 999, "managers"), counts["count:managers"]);
        Assert.Equal(Quantity.Exactly(50000, "north-koreans"), counts["count:north-koreans"]);
        Assert.Equal(Quantity.Exactly(120, "factories"), counts["count:factories"]);
        var officials = ExtractSeed("seed-002").Claims.Where(c => c.Facet == Facet.Count("officials")).ToList();
        Assert.Equal(2, officials.Count);
        Assert.All(officials, o => Assert.Equal(Quantity.About(20, "officials"), ((QuantityValue)o.Value).Quantity));
        Assert.All(officials, o => Assert.Equal(EntityRef.Parse("place:liaison-office"), o.Subject));
        var planned = Assert.Single(ExtractSeed("seed-001").Claims, c => c.Facet == Facet.Count("people"));
        Assert.Equal(Modality.Future, planned.Modality);
    }

    [Fact]
    public void Seed_003_order_from_Kim_Yo_jong_is_an_ordered_by_claim()
    {
        Assert.Contains(ExtractSeed("seed-003").Claims, c => c.Subject == Demolition && c.Facet == Facet.OrderedBy
            && c.Value == ClaimValue.FromEntity(EntityRef.Parse("actor:kim-yo-jong")));
    }
}

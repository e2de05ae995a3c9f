using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Model;

public class ClaimTest
{
    private static readonly SourceId Seed = new("seed-003");

    [Theory]
    [InlineData("event:hanoi-summit-2019", EntityKind.Event)]
    [InlineData("actor:kim-yo-jong", EntityKind.Actor)]
    [InlineData("place:kaesong", EntityKind.Place)]
    [InlineData("other:isbn-0131103628", EntityKind.Other)]
    public void EntityRef_round_trips_its_text_form(string text, EntityKind kind)
    {
        var value = EntityRef.Parse(text);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("event")]
    [InlineData("person:kim")]
    [InlineData("event:Hanoi")]
    public void EntityRef_rejects_bad_text(string text)
    {
        Assert.False(EntityRef.TryParse(text, out _));
        Assert.Throws<FormatException>(() => EntityRef.Parse(text));
    }

    [Fact]
    public void EntityRef_from_a_default_id_is_rejected() =>
        Assert.Throws<ArgumentException>(() => EntityRef.From(default(EventId)));

    [Fact]
    public void Facets_are_slugs_with_an_optional_qualifier()
    {
        Assert.Equal("count:officials", Facet.Count("officials").ToString());
        Assert.True(Facet.Count("officials").IsCount);
        Assert.False(Facet.Date.IsCount);
        Assert.Equal(Facet.Date, new Facet("date"));
        Assert.Throws<ArgumentException>(() => new Facet("Date"));
        Assert.Throws<ArgumentException>(() => new Facet("count:"));
        Assert.Equal("participants:kim-jong-un", Facet.Participant(new ActorId("kim-jong-un")).ToString());
        Assert.True(Facet.Participant(new ActorId("kim-jong-un")).IsParticipation);
        Assert.True(Facet.Participants.IsParticipation);
        Assert.False(Facet.Initiator.IsParticipation);
        Assert.Throws<ArgumentException>(() => Facet.Participant(default));
    }

    [Fact]
    public void Quantities_print_and_validate()
    {
        Assert.Equal("~20 officials", Quantity.About(20, "officials").ToString());
        Assert.Equal("25 people", Quantity.Exactly(25, "people").ToString());
        Assert.Equal("200-999 managers", new Quantity(200, 999, "managers").ToString());
        var ex = Assert.Throws<ArgumentException>(() => new Quantity(5, 4));
        Assert.StartsWith("The high end of a quantity must not be smaller than its low end.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_is_exactly_the_span_of_the_text()
    {
        const string text = "The failed summit between Washington and Pyongyang in March 2019 caused it.";
        var evidence = Evidence.FromText(Seed, text, 51, 13);
        Assert.Equal("in March 2019", evidence.Quote);
        Assert.True(evidence.Matches(text));
        Assert.False(evidence.Matches("short"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Evidence.FromText(Seed, text, 70, 13));
        Assert.Throws<ArgumentException>(() => new Evidence(Seed, 0, 3, "four"));
    }

    [Fact]
    public void Claims_have_value_equality_and_check_their_evidence_source()
    {
        var evidence = new Evidence(Seed, 10, 5, "March");
        Claim Make() => new(new ClaimId("seed-003-c1"), EntityRef.From(new EventId("hanoi-summit-2019")), Facet.Date,
            ClaimValue.FromDate(DateEstimate.FromMonth(2019, 3)), Seed, evidence, new Attribution("Unification Ministry"), Modality.Reported);

        Assert.Equal(Make(), Make());
        Assert.Equal("event:hanoi-summit-2019 date = 2019-03 [seed-003]", Make().ToString());
        var ex = Assert.Throws<ArgumentException>(() => new Claim(new ClaimId("c1"), EntityRef.FromOther("x"), Facet.Date,
            ClaimValue.FromBoolean(true), new SourceId("seed-001"), evidence));
        Assert.Contains("not from the claim's source 'seed-001'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new Claim(new ClaimId("c1"), EntityRef.FromOther("x"), Facet.Date, null!, Seed));
    }

    [Fact]
    public void Attribution_keys_identify_the_statement()
    {
        Assert.Equal("speaker:actor:kim-yo-jong", new Attribution("Kim Yo Jong", new ActorId("kim-yo-jong")).StatementKey);
        Assert.Equal("speaker:unification-ministry", new Attribution("Unification Ministry").StatementKey);
        Assert.Equal("channel:yonhap", new Attribution(null, channel: "Yonhap").StatementKey);
        Assert.Equal("NSC via Yonhap", new Attribution("NSC", channel: "Yonhap").ToString());
        Assert.Throws<ArgumentException>(() => new Attribution(" "));
    }

    [Fact]
    public void Sources_are_entities_equal_by_id_with_sorted_distinct_origins()
    {
        var a = new Source(new SourceId("seed-002"), "Korean liaison office destroyed", "Global Village Space", SourceKind.News,
            origins: [new ActorId("afp"), new ActorId("afp")]);
        var b = new Source(new SourceId("seed-002"));
        Assert.Equal(a, b);
        Assert.Equal(new[] { new ActorId("afp") }, a.Origins);
        Assert.Equal("seed-002 (Global Village Space)", a.ToString());
        Assert.Throws<ArgumentException>(() => new Source(default));
    }
}

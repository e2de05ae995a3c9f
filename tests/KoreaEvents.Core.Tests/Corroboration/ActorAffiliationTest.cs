using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Corroboration;

public sealed class ActorAffiliationTest
{
    private static readonly EntityRef NorthKorea = Actor("north-korea");
    private static readonly EntityRef SouthKorea = Actor("south-korea");
    private static readonly EntityRef UnitedStates = Actor("united-states");
    private static readonly EntityRef RiSonGwon = Actor("ri-son-gwon");
    private static readonly EntityRef Trump = Actor("donald-trump");
    private static readonly EntityRef Statement2020 = EntityRef.From(new EventId("ri-son-gwon-statement-2020"));
    private static readonly EntityRef Hanoi2019 = EntityRef.From(new EventId("hanoi-summit-2019"));

    private static EntityRef Actor(string id) => EntityRef.From(new ActorId(id));

    [Fact]
    public void Links_are_followed_through_bodies_and_only_within_their_period()
    {
        var ministry = Actor("ministry");
        var minister = Actor("minister");
        var dates = new Dictionary<EntityRef, DateEstimate>
        {
            [EntityRef.FromOther("in-term")] = DateEstimate.Parse("2020-06-12"),
            [EntityRef.FromOther("after-term")] = DateEstimate.Parse("2023-01"),
        };
        var affiliation = ActorAffiliation.FromLinks(
            [new(ministry, NorthKorea), new(minister, ministry, DateEstimate.Parse("2020-01/2022-06"))],
            subject => dates.TryGetValue(subject, out var d) ? d : null);

        Assert.True(affiliation.ActsFor(NorthKorea, ministry, EntityRef.FromOther("undated")));
        Assert.True(affiliation.ActsFor(NorthKorea, minister, EntityRef.FromOther("in-term")));
        Assert.True(affiliation.ActsFor(ministry, minister, EntityRef.FromOther("in-term")));
        Assert.False(affiliation.ActsFor(NorthKorea, minister, EntityRef.FromOther("after-term")));
        Assert.False(affiliation.ActsFor(NorthKorea, minister, EntityRef.FromOther("undated"))); // an office needs a known date
        Assert.False(affiliation.ActsFor(minister, NorthKorea, EntityRef.FromOther("in-term"))); // one way only
        Assert.False(affiliation.ActsFor(SouthKorea, ministry, EntityRef.FromOther("in-term")));
        Assert.False(affiliation.ActsFor(NorthKorea, NorthKorea, EntityRef.FromOther("in-term")));
    }

    [Fact]
    public void Bad_links_are_rejected_with_the_actor_named()
    {
        var a = Actor("a");
        var b = Actor("b");
        Assert.Throws<ArgumentNullException>(() => ActorAffiliation.FromLinks(null!));
        Assert.Contains("cycle through", Assert.Throws<ArgumentException>(() => ActorAffiliation.FromLinks([new(a, b), new(b, a)])).Message, StringComparison.Ordinal);
        Assert.Contains("actor:a is linked to itself", Assert.Throws<ArgumentException>(() => ActorAffiliation.FromLinks([new(a, a)])).Message, StringComparison.Ordinal);
        Assert.Contains("join actors", Assert.Throws<ArgumentException>(() => ActorAffiliation.FromLinks([new(a, EntityRef.From(new PlaceId("kaesong")))])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ActorAffiliation.FromLinks([new(default, a)]));
    }

    [Fact]
    public void The_knowledge_base_links_office_holders_to_their_state_for_events_in_their_term()
    {
        var affiliation = KoreaEventsDataset.ActorAffiliationOf(KnowledgeBase.Default);
        Assert.True(affiliation.ActsFor(NorthKorea, RiSonGwon, Statement2020)); // foreign minister from 2020-01
        Assert.False(affiliation.ActsFor(NorthKorea, RiSonGwon, Hanoi2019)); // not yet in office
        Assert.True(affiliation.ActsFor(UnitedStates, Trump, Hanoi2019));
        Assert.True(affiliation.ActsFor(SouthKorea, Actor("south-korea-unification-ministry"), Hanoi2019));
        Assert.True(affiliation.ActsFor(UnitedStates, Actor("mike-pompeo"), Hanoi2019)); // through the State Department
        Assert.False(affiliation.ActsFor(SouthKorea, Actor("defector-groups"), Statement2020)); // based there, not its agent
        Assert.False(affiliation.ActsFor(UnitedStates, Actor("frank-aum"), Statement2020)); // an analyst at an institute
        Assert.False(affiliation.ActsFor(UnitedStates, Trump, EntityRef.From(new EventId("provisional-sanction-united-states")))); // no catalogue date
    }

    [Fact]
    public void A_state_and_its_minister_agree_and_the_consensus_is_the_minister()
    {
        var facet = Facet.Initiator;
        Claim Make(string source, EntityRef actor) => new(new ClaimId($"{source}-1"), Statement2020, facet, ClaimValue.FromEntity(actor), new SourceId(source),
            Evidence.FromText(new SourceId(source), "quote", 0, 5));
        var claims = new[] { Make("a", NorthKorea), Make("b", RiSonGwon) };

        var plain = new CorroborationEngine().Corroborate(claims).Find(Statement2020, facet)!;
        Assert.Equal(Verdict.Contested, plain.Verdict);

        var options = CorroborationOptions.Default with { Actors = KoreaEventsDataset.ActorAffiliationOf(KnowledgeBase.Default) };
        var group = new CorroborationEngine(options).Corroborate(claims).Find(Statement2020, facet)!;
        Assert.Equal(Verdict.Confirmed, group.Verdict);
        Assert.Equal(ClaimValue.FromEntity(RiSonGwon), group.Consensus);

        // A state and a group based in another one still conflict, and the reason says why.
        var other = new CorroborationEngine(options).Corroborate([Make("a", NorthKorea), Make("b", Actor("defector-groups")), Make("c", Actor("defector-groups"))]);
        var conflict = Assert.Single(other.Find(Statement2020, facet)!.Conflicts);
        Assert.Equal("actor:north-korea is not actor:defector-groups, and actor:defector-groups does not act for it", conflict.Reason);
    }
}

using System.Text;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Knowledge;

public sealed partial class KnowledgeBaseTest
{
    private static MemoryStream Json(string json) => new(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Users_extend_the_defaults_in_code()
    {
        var kb = KnowledgeBase.Default.ToBuilder()
            .AddPlace(new Place(new PlaceId("gimpo"), PlaceKind.City, "Gimpo", within: new PlaceId("south-korea")))
            .AddActor(new Actor(new ActorId("park-sang-hak"), ActorKind.Person, "Park Sang-hak", shortNames: new[] { "Park" }, country: new ActorId("south-korea")))
            .AddEvent(new Event(new EventId("gimpo-leaflets-2020"), EventCode.Parse("PROTEST"), "Leaflet launch from Gimpo",
                DateEstimate.FromDay(2020, 5, 31), "Yonhap, 31 May 2020.", new[] { new EventParticipant(new ActorId("park-sang-hak"), ParticipantRole.Initiator) },
                new PlaceId("gimpo"), new[] { "Gimpo launch" }))
            .AddTrigger("floated", EventCode.Parse("PROTEST"))
            .Build();

        Assert.Equal(KnowledgeBase.Default.Actors.Count + 1, kb.Actors.Count);
        Assert.True(kb.IsWithin(new PlaceId("gimpo"), new PlaceId("korean-peninsula")));
        var mentions = MentionMatcher.For(kb).MatchAndResolve("Park Sang-hak floated leaflets from Gimpo; Park said the Gimpo launch worked.");
        Assert.Contains(mentions, m => m.Text == "Park Sang-hak" && m.Resolved == MentionCandidate.ForActor(new ActorId("park-sang-hak")));
        Assert.Contains(mentions, m => m.Text == "Park Sang-Hak" || m.Text == "Park" && m.Resolution == MentionResolution.Unique);
        Assert.Contains(mentions, m => m.Text == "floated" && m.Kind == MentionKind.Trigger);
        Assert.Contains(mentions, m => m.Text == "Gimpo launch" && m.Kind == MentionKind.Event);
        Assert.NotSame(MentionMatcher.For(KnowledgeBase.Default), MentionMatcher.For(kb));
    }

    [Fact]
    public void Users_extend_the_defaults_from_json()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "actors": [ { "id": "kim-yeon-chul", "kind": "person", "name": "Kim Yeon-chul", "shortNames": ["Kim"], "country": "south-korea",
                            "roles": [ { "title": "Minister of Unification", "of": "south-korea-unification-ministry", "period": "2019-04/2020-06" } ] } ],
              "lexicon": { "triggers": [ { "phrases": ["withdraw"], "codes": ["REJECT"] } ], "hedges": ["allegedly"] }
            }
            """;
        var kb = KnowledgeBase.Default.ToBuilder().AddFromJson(Json(json), "mine.json").Build();
        Assert.Equal(DateEstimate.Parse("2019-04/2020-06"), kb.GetActor(new ActorId("kim-yeon-chul")).Roles[0].Period);
        Assert.Equal(new[] { "RETREAT:withdraw", "SANCTION:withdraw", "REJECT" }, kb.Lexicon.Find("withdraw").Single().Codes.Select(c => c.ToString()));
        Assert.Equal(LexiconCategory.Hedge, kb.Lexicon.Find("allegedly").Single().Category);
        var kim = MentionMatcher.For(kb).MatchAndResolve("Kim Yeon-chul resigned. Kim said so.").Single(m => m.Text == "Kim");
        Assert.Equal(new ActorId("kim-yeon-chul"), kim.Resolved!.Value.Actor);
    }

    [Fact]
    public void An_empty_builder_builds_an_empty_knowledge_base()
    {
        var kb = KnowledgeBase.CreateBuilder().Build();
        Assert.Empty(kb.Actors);
        Assert.Empty(MentionMatcher.For(kb).Match("North Korea"));
    }

    [Fact]
    public void Duplicate_ids_are_reported_with_both_origins()
    {
        const string json = """{ "schemaVersion": 1, "places": [ { "id": "kaesong", "kind": "city", "name": "Kaesong again" } ] }""";
        var e = Assert.Throws<KnowledgeBaseValidationException>(() => KnowledgeBase.Default.ToBuilder().AddFromJson(Json(json), "dup.json").Build());
        var problem = Assert.Single(e.Problems);
        Assert.Contains("The place id 'kaesong' is defined twice", problem, StringComparison.Ordinal);
        Assert.Contains("places.json at $.places[", problem, StringComparison.Ordinal);
        Assert.Contains("dup.json at $.places[0] (line 1)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_references_are_all_reported()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "places": [ { "id": "somewhere", "kind": "city", "name": "Somewhere", "within": "nowhere" } ],
              "actors": [ { "id": "someone", "kind": "person", "name": "Someone", "country": "freedonia", "metonyms": ["atlantis"] },
                          { "id": "agency", "kind": "newsAgency", "name": "Agency", "country": "someone" } ],
              "events": [ { "id": "something-2020", "code": "CONSULT", "label": "Something", "date": "2020", "dateNote": "Here.",
                            "participants": [ { "actor": "ghost", "role": "initiator" } ], "place": "elsewhere" } ]
            }
            """;
        var e = Assert.Throws<KnowledgeBaseValidationException>(() => KnowledgeBase.CreateBuilder().AddFromJson(Json(json), "bad.json").Build());
        Assert.Equal(6, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Contains("'freedonia', which is not a known actor", StringComparison.Ordinal) && p.Contains("bad.json at $.actors[0] (line 4)", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("'someone', which is a Person, not a state", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("metonym place 'atlantis'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("within 'nowhere'", StringComparison.Ordinal) && p.Contains("(line 3)", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("participant 'ghost'", StringComparison.Ordinal) && p.Contains("$.events[0] (line 6)", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("took place at 'elsewhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void Containment_cycles_are_reported()
    {
        var e = Assert.Throws<KnowledgeBaseValidationException>(() => KnowledgeBase.CreateBuilder()
            .AddPlace(new Place(new PlaceId("a"), PlaceKind.Region, "A", within: new PlaceId("b")))
            .AddPlace(new Place(new PlaceId("b"), PlaceKind.Region, "B", within: new PlaceId("a")))
            .Build());
        Assert.Equal(2, e.Problems.Count);
        Assert.Contains("AddPlace(a)", e.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_reject_empty_names_with_whole_sentences()
    {
        var e = Assert.Throws<ArgumentException>(() => new Actor(new ActorId("x"), ActorKind.Person, " "));
        Assert.StartsWith("The name must not be empty or white space.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Actor(new ActorId("x"), ActorKind.Person, "X", aliases: new[] { "" }));
        Assert.Throws<ArgumentException>(() => new Actor(default, ActorKind.Person, "X"));
        Assert.Throws<ArgumentException>(() => new Place(new PlaceId("p"), PlaceKind.City, "P", within: new PlaceId("p")));
        Assert.Throws<ArgumentException>(() => new LexiconEntry("go", LexiconCategory.Trigger));
        Assert.Throws<ArgumentException>(() => new LexiconEntry("may", LexiconCategory.Hedge, new[] { EventCode.Parse("AID") }));
    }

    [Fact]
    public void Entities_have_structural_equality()
    {
        var a = new Actor(new ActorId("x"), ActorKind.Group, "X", new[] { "Ex" });
        var b = new Actor(new ActorId("x"), ActorKind.Group, "X", new[] { "Ex" });
        var c = new Actor(new ActorId("x"), ActorKind.Group, "X", new[] { "Ecks" });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal("x (X)", a.ToString());
    }

    [Theory]
    [InlineData("RETREAT:withdraw", EventType.Retreat, "withdraw")]
    [InlineData("assault:destroy", EventType.Assault, "destroy")]
    [InlineData("CONSULT", EventType.Consult, null)]
    public void Event_codes_parse_and_print(string text, EventType type, string? mode)
    {
        var code = EventCode.Parse(text);
        Assert.Equal(type, code.Type);
        Assert.Equal(mode, code.Mode);
        Assert.Equal(code, EventCode.Parse(code.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("HUG")]
    [InlineData("RETREAT:")]
    [InlineData("RETREAT:Withdraw")]
    public void Bad_event_codes_are_rejected(string text)
    {
        Assert.False(EventCode.TryParse(text, out _, out var error));
        Assert.EndsWith(".", error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => EventCode.Parse(text));
    }
}

using System.Text;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Knowledge;

public sealed partial class KnowledgeBaseTest
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Theory]
    [InlineData("hanoi-summit-2019", "CONSULT", "2019-02-27/2019-02-28", "hanoi")]
    [InlineData("singapore-summit-2018", "CONSULT", "2018-06-12", "singapore")]
    [InlineData("liaison-office-opening-2018", "COOPERATE", "2018-09-14", "liaison-office")]
    [InlineData("liaison-office-withdrawal-2019", "RETREAT:withdraw", "2019-03-22", "liaison-office")]
    [InlineData("liaison-office-demolition-2020", "ASSAULT:destroy", "2020-06-16", "liaison-office")]
    [InlineData("trump-cancels-sanctions-2019", "CONCEDE:ease", "2019-03-22", null)]
    [InlineData("korean-war-armistice-1953", "AGREE", "1953-07-27", "panmunjom")]
    public void Key_events_have_the_design_slugs_and_public_record_dates(string id, string code, string date, string? place)
    {
        var ev = Kb.GetEvent(new EventId(id));
        Assert.Equal(EventCode.Parse(code), ev.Code);
        Assert.Equal(DateEstimate.Parse(date), ev.Date);
        Assert.Equal(place, ev.Place?.Value);
        Assert.False(string.IsNullOrWhiteSpace(ev.DateNote));
    }

    [Fact]
    public void Hanoi_is_dated_by_the_record_not_by_seed_003()
    {
        var hanoi = Kb.GetEvent(new EventId("hanoi-summit-2019"));
        Assert.False(hanoi.Date.IsCompatibleWith(DateEstimate.FromMonth(2019, 3)));
        Assert.Contains("Hanoi summit", hanoi.Phrases);
    }

    [Fact]
    public void Demolition_names_its_initiator_target_and_who_ordered_it()
    {
        var demolition = Kb.GetEvent(new EventId("liaison-office-demolition-2020"));
        Assert.Equal(new ActorId("north-korea"), demolition.ActorsWithRole(ParticipantRole.Initiator).Single());
        Assert.Equal(new ActorId("south-korea"), demolition.ActorsWithRole(ParticipantRole.Target).Single());
        Assert.Equal(new ActorId("kim-yo-jong"), demolition.ActorsWithRole(ParticipantRole.OrderedBy).Single());
    }

    [Fact]
    public void Liaison_office_is_in_the_industrial_zone_in_Kaesong_in_North_Korea()
    {
        Assert.Equal(new[] { "kaesong-industrial-zone", "kaesong", "north-korea", "korean-peninsula" },
            Kb.Containers(new PlaceId("liaison-office")).Select(p => p.Id.Value));
        Assert.True(Kb.IsWithin(new PlaceId("liaison-office"), new PlaceId("north-korea")));
        Assert.True(Kb.IsWithin(new PlaceId("kaesong"), new PlaceId("kaesong")));
        Assert.False(Kb.IsWithin(new PlaceId("seoul"), new PlaceId("north-korea")));
        Assert.False(Kb.IsWithin(new PlaceId("atlantis"), new PlaceId("north-korea")));
    }

    [Fact]
    public void Chun_Hae_sung_has_dated_roles()
    {
        var chun = Kb.GetActor(new ActorId("chun-hae-sung"));
        Assert.Equal(ActorKind.Person, chun.Kind);
        Assert.Equal(new ActorId("south-korea"), chun.Country);
        Assert.Contains(chun.Roles, r => r.Title == "vice unification minister" && r.Period is { } p && p.IsCompatibleWith(DateEstimate.FromDay(2019, 3, 22)));
        Assert.Contains(chun.Roles, r => r.Title.Contains("liaison office", StringComparison.Ordinal) && r.Period!.Value.Start == new NodaTime.LocalDate(2018, 9, 14));
    }

    [Fact]
    public void Capitals_are_metonyms_of_their_states()
    {
        Assert.Contains(new PlaceId("pyongyang"), Kb.GetActor(new ActorId("north-korea")).Metonyms);
        Assert.Contains(new PlaceId("seoul"), Kb.GetActor(new ActorId("south-korea")).Metonyms);
        Assert.Contains(new PlaceId("washington"), Kb.GetActor(new ActorId("united-states")).Metonyms);
        Assert.Contains(new PlaceId("beijing"), Kb.GetActor(new ActorId("china")).Metonyms);
    }

    [Fact]
    public void Lookups_throw_naming_the_id_and_try_forms_do_not()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Kb.GetActor(new ActorId("nobody")));
        Assert.Contains("'nobody'", e.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => Kb.GetPlace(new PlaceId("atlantis")));
        Assert.Throws<KeyNotFoundException>(() => Kb.GetEvent(new EventId("no-event")));
        Assert.False(Kb.TryGetActor(new ActorId("nobody"), out _));
        Assert.True(Kb.TryGetPlace(new PlaceId("kaesong"), out var kaesong));
        Assert.Equal("Kaesong", kaesong.Name);
    }

    [Fact]
    public void Known_event_dates_list_every_event_with_its_phrases()
    {
        var dates = Kb.KnownEventDates().ToList();
        Assert.Equal(Kb.Events.Count, dates.Count);
        var hanoi = dates.Single(d => d.Id == new EventId("hanoi-summit-2019"));
        Assert.Equal("2019-02-27/2019-02-28", hanoi.Date.ToString());
        Assert.Contains("second summit", hanoi.Phrases);
    }

    [Fact]
    public void Lexicon_maps_triggers_to_plover_codes_and_knows_cues()
    {
        Assert.Equal(new[] { EventCode.Parse("RETREAT:withdraw"), EventCode.Parse("SANCTION:withdraw") }, Kb.Lexicon.Find("Pull out").Single().Codes);
        Assert.Equal(EventCode.Parse("ASSAULT:destroy"), Kb.Lexicon.Find("blew up").Single().Codes.Single());
        Assert.Contains(Kb.Lexicon.Find("warned"), e => e.Category == LexiconCategory.Attribution);
        Assert.Contains(Kb.Lexicon.Find("warned"), e => e.Category == LexiconCategory.Trigger);
        Assert.Equal(LexiconCategory.Hedge, Kb.Lexicon.Find("unlikely").Single().Category);
        Assert.Equal(LexiconCategory.Negation, Kb.Lexicon.Find("didn't").Single().Category);
        Assert.Equal(LexiconCategory.Future, Kb.Lexicon.Find("plans to").Single().Category);
        Assert.Empty(Kb.Lexicon.Find("zebra"));
    }

    [Fact]
    public void Every_seed_person_is_catalogued()
    {
        string[] people =
        {
            "kim-jong-un", "kim-yo-jong", "kim-jong-il", "moon-jae-in", "donald-trump", "mike-pompeo", "john-bolton", "chung-eui-yong",
            "chun-hae-sung", "jon-jong-su", "cho-myoung-gyon", "ri-son-gwon", "leif-eric-easley", "cheong-seong-chang", "xi-jinping",
            "patricia-kim", "frank-aum", "jazz-shaw", "erin-schaff",
        };
        Assert.All(people, id => Assert.Equal(ActorKind.Person, Kb.GetActor(new ActorId(id)).Kind));
    }

    [Fact]
    public void Catalogue_snapshot()
    {
        var builder = new StringBuilder();
        foreach (var ev in Kb.Events.OrderBy(e => e.Date).ThenBy(e => e.Id))
        {
            builder.Append(ev.Date).Append("  ").Append(ev.Id).Append("  ").Append(ev.Code)
                .Append("  [").Append(string.Join(", ", ev.Participants)).Append("] @").Append(ev.Place?.ToString() ?? "-")
                .Append("  ").Append(ev.Phrases.Count == 0 ? "-" : "\"" + string.Join("\" | \"", ev.Phrases) + "\"").Append('\n');
        }

        SnapshotAssert.Text(builder.ToString());
    }
}

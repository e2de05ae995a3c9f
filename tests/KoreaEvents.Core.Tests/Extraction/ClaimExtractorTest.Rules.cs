using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Extraction;

/// <summary>Rules on small texts of our own: unknown text, unknown names, modality, attribution.</summary>
public sealed partial class ClaimExtractorTest
{
    private static ExtractionResult Run(string body, string id = "test", LocalDate? anchor = null) =>
        TestClock.Extractor.Extract(ArticleParser.Parse("A headline\n\n" + body, new SourceId(id)), anchor ?? new LocalDate(2021, 3, 20));

    [Fact]
    public void An_unrelated_article_yields_no_claims_and_no_errors()
    {
        var result = Run("The city council approved a new budget for public libraries on Tuesday. Residents welcomed the longer opening hours, "
            + "and the mayor said the reading rooms would stay open until nine in the evening. Critics noted that parking remained scarce.");
        Assert.True(result.Claims.Count <= 2, string.Join("\n", result.Claims));
        Assert.DoesNotContain(result.Claims, c => c.Subject.Kind == EntityKind.Event && !ProvisionalEvents.IsProvisional(new EventId(c.Subject.Slug!)));
    }

    [Theory]
    [InlineData("North Korea used explosives to destroy a liaison office that it built with South Korea just two years ago.", false)]
    [InlineData("North Korea used explosives to destroy the liaison office in Kaesong on Tuesday.", true)]
    public void A_date_in_a_relative_clause_belongs_to_that_clause_not_to_the_event_before_it(string sentence, bool dated)
    {
        var result = Run(sentence, anchor: new LocalDate(2020, 6, 18));
        var demolition = EntityRef.From(new EventId("liaison-office-demolition-2020"));
        Assert.Contains(result.Claims, c => c.Subject == demolition && c.Facet == Facet.Occurred);
        Assert.Equal(dated, result.Claims.Any(c => c.Subject == demolition && c.Facet == Facet.Date));
    }

    [Fact]
    public void Names_missing_from_the_catalogue_make_provisional_actors_and_events()
    {
        var result = Run("Ruritania withdrew its ambassador from Graustark on Friday, the foreign ministry said. "
            + "Ruritania withdrew from the talks after the ministry accused its neighbour of spying.");
        var ev = Assert.Single(result.ProvisionalEvents);
        Assert.StartsWith("provisional-retreat-provisional-ruritania".Replace("provisional-provisional", "provisional", StringComparison.Ordinal)[..20], ev.Id.Value, StringComparison.Ordinal);
        Assert.Contains(result.ProvisionalActors, a => a.Name == "Ruritania");
        Assert.Contains(result.Claims, c => c.Facet == Facet.Initiator && c.Value == ClaimValue.FromEntity(EntityRef.From(new ActorId("provisional-ruritania"))));
        Assert.Contains(result.Claims, c => c.Facet == Facet.Date && c.Subject == EntityRef.From(ev.Id));
        Assert.All(result.EventMentions.Where(m => m.Status == EventLinkStatus.Provisional), m => Assert.Equal(ev.Id, m.Event));
    }

    [Fact]
    public void Provisional_events_merge_across_documents_when_type_participants_and_dates_agree()
    {
        var a = Run("Ruritania withdrew its envoys on Friday.", "a");
        var b = Run("On 19 March Ruritania withdrew from the negotiations.", "b");
        var c = Run("In 2015 Ruritania withdrew from the treaty.", "c");
        var merged = ProvisionalEvents.Merge([a, b, c]);
        Assert.Equal(2, merged.Events.Count);
        var subjects = merged.Claims.Where(x => x.Facet == Facet.Occurred).GroupBy(x => x.Subject).ToList();
        Assert.Equal(2, subjects.Count);
        Assert.True(subjects.Any(g => g.Select(x => x.Source.Value!).Distinct().Order().SequenceEqual(["a", "b"])),
            string.Join("\n", merged.Claims));
    }

    [Theory]
    [InlineData("North Korea may withdraw from the liaison office in Kaesong.", Modality.Hedged)]
    [InlineData("North Korea did not withdraw from the liaison office in Kaesong.", Modality.Negated)]
    [InlineData("North Korea will withdraw from the liaison office in Kaesong.", Modality.Future)]
    [InlineData("If talks fail, North Korea withdraws from the liaison office in Kaesong.", Modality.Conditional)]
    [InlineData("North Korea withdrew from the liaison office in Kaesong, Yonhap said.", Modality.Reported)]
    [InlineData("North Korea withdrew from the liaison office in Kaesong.", Modality.Asserted)]
    // what a threat threatens is not done
    [InlineData("North Korea threatened a complete withdrawal from the liaison office in Kaesong.", Modality.Future)]
    [InlineData("North Korea threatened to withdraw from the liaison office in Kaesong.", Modality.Future)]
    [InlineData("North Korea threatened Seoul and withdrew from the liaison office in Kaesong.", Modality.Asserted)]
    public void Modality_of_a_statement(string sentence, Modality expected)
    {
        var result = Run(sentence, anchor: new LocalDate(2019, 3, 25));
        var mention = Assert.Single(result.EventMentions, m => m.Code.Type == EventType.Retreat);
        Assert.Equal(expected, mention.Modality);
    }

    [Theory]
    [InlineData("North Korea pulled its staff out of the liaison office in Kaesong.")]
    [InlineData("North Korea vacated the liaison office in Kaesong.")]
    [InlineData("North Korea withdrew its officials from the liaison office in Kaesong.")]
    [InlineData("North Korean officials walked out of the liaison office in Kaesong.")]
    [InlineData("The liaison office in Kaesong was left empty by North Korea.")]
    public void Reporting_verbs_vary_but_reach_the_same_event(string sentence)
    {
        var result = Run(sentence, anchor: new LocalDate(2019, 3, 25));
        var mention = Assert.Single(result.EventMentions, m => m.Code.Type == EventType.Retreat);
        Assert.Equal(new EventId("liaison-office-withdrawal-2019"), mention.Event);
        Assert.Contains(result.Claims, c => c.Facet == Facet.Initiator && c.Value.ToString() == "actor:north-korea");
    }

    [Theory]
    [InlineData("Japan sent leaflets to China last week.")]                      // participants the catalogue's launches lack
    [InlineData("Activists in Tokyo launched leaflets on Monday.")]              // a place that is not the event's
    [InlineData("Defector groups sent leaflets across the border in May 2012.")] // a date years away
    [InlineData("Russia issued threats against Ukraine.")]
    public void A_shared_word_alone_never_links_to_a_catalogued_event_the_sentence_contradicts(string sentence)
    {
        var result = Run(sentence, anchor: new LocalDate(2020, 6, 20));
        Assert.DoesNotContain(result.EventMentions, m => m.Status is EventLinkStatus.Catalogued or EventLinkStatus.Ambiguous);
    }

    [Fact]
    public void The_same_word_links_when_the_sentence_fits_the_catalogued_event()
    {
        // The control for the test above: participants and the day agree.
        var result = Run("Defector groups sent leaflets across the border on May 31, 2020.", anchor: new LocalDate(2020, 6, 20));
        Assert.Contains(result.EventMentions, m => m.Event == new EventId("leaflet-launch-2020"));
    }

    [Fact]
    public void According_to_and_said_give_speaker_and_channel()
    {
        var result = Run("North Korea withdrew from the liaison office in Kaesong on Friday, according to a Unification Ministry statement. "
            + "Jane Roe, a diplomat, said the North Koreans pulled out of the liaison office.", anchor: new LocalDate(2019, 3, 25));
        var first = result.Claims.First(c => c.Facet == Facet.Occurred);
        Assert.Equal(new ActorId("south-korea-unification-ministry"), first.Attribution!.SpeakerId);
        Assert.Equal(Modality.Reported, first.Modality);
        var second = result.Claims.Last(c => c.Facet == Facet.Occurred);
        Assert.Equal("Jane Roe", second.Attribution!.Speaker);
        Assert.Equal(new ActorId("provisional-jane-roe"), second.Attribution.SpeakerId);
    }

    [Fact]
    public void Two_events_of_one_kind_at_different_times_are_not_merged()
    {
        // A withdrawal from the office described as the 2019 one but dated 2024: not the catalogued 2019 withdrawal.
        var result = Run("In 2024 North Korea withdrew from the liaison office in Kaesong.", anchor: new LocalDate(2024, 6, 1));
        Assert.DoesNotContain(result.EventMentions, m => m.Event == new EventId("liaison-office-withdrawal-2019"));
    }

    [Fact]
    public void Event_relative_dates_count_from_the_anchor_event()
    {
        var result = Run("The liaison office was opened in September 2018 under an agreement Kim Jong Un and Moon Jae-in signed at their first summit five months earlier.",
            anchor: new LocalDate(2020, 6, 17));
        var date = Assert.Single(result.Claims, c => c.Subject == EntityRef.Parse("event:panmunjom-summit-2018") && c.Facet == Facet.Date);
        Assert.Equal(DateEstimate.Parse("2018-04"), ((DateValue)date.Value).Date);
    }

    [Fact]
    public void Event_relative_dates_count_from_the_date_stated_before_them_in_the_sentence()
    {
        // Seed 002: "opened" is not linked here (the office is the demolition's), so no event in the sentence is dated;
        // the offset must still count from "September 2018", not from a date stated sentences earlier.
        var result = Run("On June 12 Ri Son Gwon criticised Washington. The inter-Korean liaison office that Pyongyang blew up on Tuesday was opened in September 2018 as part of an agreement the North’s leader Kim Jong Un and the South’s President Moon Jae-in signed at their first summit five months earlier.",
            anchor: new LocalDate(2020, 6, 17));
        var date = Assert.Single(result.Claims, c => c.Subject == EntityRef.Parse("event:panmunjom-summit-2018") && c.Facet == Facet.Date);
        Assert.Equal(DateEstimate.Parse("2018-04"), ((DateValue)date.Value).Date);
    }

    [Fact]
    public void A_date_followed_by_a_when_clause_dates_the_clause_s_event()
    {
        // Seed 000: the 2017 pull-out from the industrial zone is not the 2019 withdrawal from the liaison office.
        var result = Run("Kaesong is also the location of a joint industrial zone which had been operational till early 2017, when South Korea pulled out from the same after a series of nuclear and missile tests by North Korea.",
            anchor: new LocalDate(2019, 3, 23));
        Assert.DoesNotContain(result.Claims, c => c.Subject == EntityRef.Parse("event:liaison-office-withdrawal-2019"));
        var pullOut = Assert.Single(result.EventMentions, m => m.Text == "pulled out");
        Assert.Equal(EventLinkStatus.Provisional, pullOut.Status);
        var date = Assert.Single(result.Claims, c => c.Subject == EntityRef.From(pullOut.Event!.Value) && c.Facet == Facet.Date);
        Assert.Equal(2017, ((DateValue)date.Value).Date.Start.Year);
    }

    [Fact]
    public void The_same_day_counts_from_the_last_catalogued_event_and_keeps_its_unstated_year()
    {
        var result = Run("North Korea withdrew from the liaison office on 22 March. The office had worked till early 2017, when South Korea pulled out. "
            + "An emergency meeting of the National Security Council was held the same day at the Blue House.",
            anchor: new LocalDate(2019, 3, 23));
        var date = Assert.Single(result.Claims, c => c.Subject == EntityRef.Parse("event:nsc-meeting-2019") && c.Facet == Facet.Date);
        Assert.Equal("XXXX-03-22 (2019)", ((DateValue)date.Value).Date.ToString());
    }

    [Fact]
    public void A_trigger_whose_object_names_an_event_of_another_type_is_an_act_about_it()
    {
        // Seed 002: Pyongyang condemned the launches; it did not launch them.
        var result = Run("Since Pyongyang condemned the leaflet launches, the Unification Ministry has filed a complaint.", anchor: new LocalDate(2020, 6, 17));
        Assert.DoesNotContain(result.Claims, c => c.Subject == EntityRef.Parse("event:leaflet-launch-2020") && c.Facet == Facet.Initiator);
        Assert.Contains(result.Claims, c => c.Subject == EntityRef.Parse("event:leaflet-launch-2020") && c.Facet == Facet.Occurred);
        var condemned = Assert.Single(result.EventMentions, m => m.Text == "condemned");
        Assert.Equal(EventType.Accuse, condemned.Code.Type);
    }

    [Fact]
    public void A_negation_negates_the_nearest_trigger_after_it_not_the_phrase_beyond()
    {
        var result = Run("On Monday, Moon urged the North not to “close the window of dialogue”.", anchor: new LocalDate(2020, 6, 17));
        var occurred = result.Claims.Where(c => c.Subject == EntityRef.Parse("event:moon-urges-dialogue-2020") && c.Facet == Facet.Occurred).ToList();
        Assert.NotEmpty(occurred);
        Assert.All(occurred, c => Assert.Equal(ClaimValue.FromBoolean(true), c.Value));
        Assert.All(occurred, c => Assert.NotEqual(Modality.Negated, c.Modality));
    }

    [Fact]
    public void A_date_after_another_place_belongs_to_that_scene_not_to_the_event_before_it()
    {
        // Seed 000: February is when the talks stalled in Hanoi, not when the Singapore summit took place.
        var result = Run("While there were some gains made with the US and North Korea opening talks in June last year at a summit in Singapore, stalling of the same in Hanoi in February has outlined the limits.",
            anchor: new LocalDate(2019, 3, 23));
        var dates = result.Claims.Where(c => c.Subject == EntityRef.Parse("event:singapore-summit-2018") && c.Facet == Facet.Date).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, c => Assert.Equal(6, ((DateValue)c.Value).Date.Start.Month));

        // Without a second place the date still reaches back ("talks held at Panmunjom in April").
        var plain = Run("Moon and Kim held their first summit at Panmunjom in April.", anchor: new LocalDate(2018, 6, 1));
        Assert.Contains(plain.Claims, c => c.Facet == Facet.Date && ((DateValue)c.Value).Date.Start.Month == 4);
    }

    [Theory]
    [InlineData("However, it is likely that Pyongyang is using the defector incidents as an excuse to attack Seoul.")]
    [InlineData("This scenario has the potential to force both the North and the South into taking further military action.")]
    public void A_hedged_or_hypothetical_attack_is_not_asserted(string sentence)
    {
        // Seed 003: neither sentence reports that the demolition (or any attack) happened.
        var result = Run(sentence, anchor: new LocalDate(2020, 6, 17));
        Assert.DoesNotContain(result.Claims, c => c.Modality is Modality.Asserted or Modality.Reported
            && c.Subject == EntityRef.Parse("event:liaison-office-demolition-2020"));
        Assert.All(result.EventMentions.Where(m => m.Code.Type == EventType.Assault), m => Assert.Equal(Modality.Hedged, m.Modality));
    }

    [Fact]
    public void An_event_noun_takes_its_target_through_a_preposition_only()
    {
        // Seed 004: North Korea is what the strains are over, not what was demolished.
        var strains = Run("North Korea blew up the liaison office on Tuesday. The building’s demolition renews strains over North Korea’s ongoing development of a nuclear weapons arsenal.",
            anchor: new LocalDate(2020, 6, 17));
        Assert.DoesNotContain(strains.Claims, c => c.Facet == Facet.Target && c.Value == ClaimValue.FromEntity(EntityRef.Parse("actor:north-korea")));

        var sanctions = Run("Washington tightened the sanctions against North Korea in 2019.", anchor: new LocalDate(2020, 6, 17));
        Assert.Contains(sanctions.Claims, c => c.Facet == Facet.Target && c.Value == ClaimValue.FromEntity(EntityRef.Parse("actor:north-korea")));
    }

    [Fact]
    public void The_actor_an_act_comes_from_is_its_initiator()
    {
        // Seed 000: the message came from North Korea; North Korea is not its target.
        var result = Run("Detente was set into motion last January with a New Year’s message from Democratic People’s Republic of Korea (DPRK/North Korea) leader Kim Jong-un.",
            anchor: new LocalDate(2019, 3, 23));
        var address = EntityRef.Parse("event:kim-new-year-address-2018");
        Assert.Contains(result.Claims, c => c.Subject == address && c.Facet == Facet.Initiator && c.Value == ClaimValue.FromEntity(EntityRef.Parse("actor:north-korea")));
        Assert.DoesNotContain(result.Claims, c => c.Subject == address && c.Facet == Facet.Target);
    }

    [Theory]
    [InlineData("China could play a pivotal role in preventing both the North and the South from edging closer towards war.", EventType.Assault)]
    [InlineData("The tests were meant to signal the regime’s frustration with U.S. unwillingness to provide sanctions relief.", EventType.Concede)]
    public void What_is_approached_or_refused_did_not_happen(string sentence, EventType type)
    {
        // Seeds 003 and 004: a war edged towards and relief the US is unwilling to provide are not events that happened.
        var result = Run(sentence, anchor: new LocalDate(2020, 6, 17));
        var mentions = result.EventMentions.Where(m => m.Code.Type == type).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.NotEqual(Modality.Asserted, m.Modality));
        Assert.DoesNotContain(result.Claims, c => c.Facet == Facet.Occurred && c.Value == ClaimValue.FromBoolean(true)
            && c.Modality is Modality.Asserted or Modality.Reported && mentions.Any(m => c.Subject == EntityRef.From(m.Event ?? new EventId("none"))));
    }

    [Fact]
    public void Extraction_result_serialises_with_a_schema_version()
    {
        var json = KoreaEventsJson.Serialize(ExtractSeed("seed-002"));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("afp", doc.RootElement.GetProperty("source").GetProperty("origins")[0].GetString());
        Assert.True(doc.RootElement.GetProperty("claims").GetArrayLength() > 20);
    }
}

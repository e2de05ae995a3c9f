using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time;

/// <summary>
/// Dated facts that are not events (Data/dated-facts.json): elections, holidays, anniversaries, terms of office, used
/// by the document dater like known events. One test per construction, on made-up sentences.
/// </summary>
public sealed class DatedFactsTest
{
    /// <summary>A sentence that puts the document on or after the demolition of 2020-06-16.</summary>
    private const string After2020Demolition = "The liaison office in Kaesong was recently demolished. ";

    /// <summary>A sentence that puts the document on or after 2018-06-01 ("June 2018" told in the past tense).</summary>
    private const string AfterSingapore = "Trump and Kim met in Singapore in June 2018. ";

    private static readonly DocumentDater Dater = new(KnowledgeBase.Default.KnownDates, clock: TestClock.Fixed);

    private static PublicationEstimate Date(string body) => Dater.Date(body).Publication;

    private static DateEstimate Interval(string text) => DateEstimate.Parse(text);

    [Fact]
    public void The_shipped_facts_load_with_a_source_note_each_and_reach_the_dater()
    {
        var facts = KnowledgeBase.Default.DatedFacts;
        Assert.Contains(facts, f => f.Id == "us-presidential-election-2020" && f.Date == DateEstimate.FromDay(2020, 11, 3) && f.Kind == DatedFactKind.Election);
        Assert.Contains(facts, f => f.Id == "south-korean-presidential-election-2017" && f.Date == DateEstimate.FromDay(2017, 5, 9));
        Assert.Contains(facts, f => f.Id == "south-korean-legislative-election-2020" && f.Date == DateEstimate.FromDay(2020, 4, 15));
        Assert.Contains(facts, f => f.Id == "south-korean-local-elections-2018" && f.Date == DateEstimate.FromDay(2018, 6, 13));
        Assert.Contains(facts, f => f.Id == "moon-jae-in-presidency" && f.Date == Interval("2017-05-10/2022-05-09") && f.Kind == DatedFactKind.TermOfOffice);
        Assert.Contains(facts, f => f.Id == "trump-presidency-2017-2021" && f.Date == Interval("2017-01-20/2021-01-20"));
        Assert.Contains(facts, f => f.Id == "liberation-day" && f.RecursYearly && f.Kind == DatedFactKind.Holiday);
        Assert.Contains(facts, f => f.Id == "korean-war-anniversary" && f.RecursYearly);
        Assert.All(facts, f => Assert.False(string.IsNullOrWhiteSpace(f.DateNote)));
        var keys = KnowledgeBase.Default.KnownDates.Events.Select(e => e.Key).ToList();
        Assert.All(facts, f => Assert.Contains(f.Id, keys));
        Assert.Contains(KnowledgeBase.Default.Events, e => keys.Contains(e.Id.ToString()));
    }

    [Fact]
    public void As_the_november_election_approaches_takes_the_election_after_the_other_evidence()
    {
        var in2020 = Date(After2020Demolition + "Trump's chances are diminishing as the November election fast approaches.");
        Assert.Equal(Interval("2020-06-16/2020-11-03"), in2020.Date);
        Assert.Contains(in2020.Candidates, c => c.Accepted && c.EventKey == "us-presidential-election-2020");

        var in2018 = Date(AfterSingapore + "Republicans are nervous as the November elections approach.");
        Assert.Equal(Interval("2018-06-01/2018-11-06"), in2018.Date);
        Assert.Contains(in2018.Candidates, c => c.Accepted && c.EventKey == "us-midterm-elections-2018");
    }

    [Theory]
    [InlineData("Seoul hopes for talks ahead of this year's November election.")]
    [InlineData("Trump wants a deal before the US presidential election.")]
    [InlineData("Trump wants a deal before the 2020 election.")]
    public void Determiners_and_possessives_between_the_cue_and_the_phrase_are_skipped(string sentence)
    {
        var estimate = Date(After2020Demolition + sentence);
        Assert.Equal(Interval("2020-06-16/2020-11-03"), estimate.Date);
    }

    [Fact]
    public void A_phrase_that_names_several_facts_bounds_nothing_when_no_other_evidence_picks_one()
    {
        var estimate = Date("Trump's chances are diminishing as the November election fast approaches.");
        Assert.DoesNotContain(estimate.Candidates, c => c.EventKey is { } key && key.Contains("election", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("South Korea's ruling party is campaigning ahead of the April 15 parliamentary elections.", "2020-04-15")]
    [InlineData("Seoul wants progress in the run-up to the April 15 parliamentary elections.", "2020-04-15")]
    [InlineData("Parties must register candidates before the June 13 local elections.", "2018-06-13")]
    [InlineData("Voters will stay cautious until the June 13 local elections.", "2018-06-13")]
    [InlineData("Candidates must register prior to the May 9 presidential election.", "2017-05-09")]
    public void Ahead_of_or_before_a_fact_bounds_the_writing_from_above(string sentence, string fact)
    {
        var estimate = Date(sentence);
        var day = DateEstimate.Parse(fact).Start;
        Assert.Contains(estimate.Candidates, c => c.Accepted && c.NotAfter == day && c.Kind == PublicationEvidence.KnownEventMention);
    }

    [Fact]
    public void Before_a_fact_in_a_past_tense_clause_is_no_upper_bound()
    {
        var estimate = Date("Moon met Kim twice before the April 15 parliamentary elections.");
        Assert.DoesNotContain(estimate.Candidates, c => c.NotAfter == new LocalDate(2020, 4, 15));
    }

    [Theory]
    [InlineData("The party controls the assembly since the April 15 parliamentary elections.", "2020-04-15")]
    [InlineData("After the April 15 parliamentary elections, the ruling party holds a majority.", "2020-04-15")]
    [InlineData("Following the June 13 local elections, the opposition is in disarray.", "2018-06-13")]
    [InlineData("Relations are frosty since Trump took office.", "2017-01-20")]
    [InlineData("Moon Jae-in took office in a snap vote.", "2017-05-10")]
    public void Since_or_after_a_fact_bounds_the_writing_from_below(string sentence, string fact)
    {
        var estimate = Date(sentence);
        var day = DateEstimate.Parse(fact).Start;
        Assert.Contains(estimate.Candidates, c => c.Accepted && c.NotBefore == day);
    }

    [Fact]
    public void After_a_fact_in_a_future_clause_is_no_lower_bound()
    {
        var estimate = Date("After the April 15 parliamentary elections, the party will choose a new leader.");
        Assert.DoesNotContain(estimate.Candidates, c => c.NotBefore == new LocalDate(2020, 4, 15));
    }

    [Fact]
    public void A_yearly_holiday_takes_its_next_occurrence_after_the_other_evidence()
    {
        var estimate = Date(After2020Demolition + "Moon will speak ahead of Liberation Day.");
        Assert.Equal(Interval("2020-06-16/2020-08-15"), estimate.Date);
        var anniversary = Date(After2020Demolition + "Veterans gather as the Korean War anniversary approaches.");
        Assert.Equal(Interval("2020-06-16/2020-06-25"), anniversary.Date);
    }

    [Fact]
    public void A_yearly_holiday_since_which_is_the_last_occurrence_before_an_upper_bound()
    {
        var estimate = Date("Talks have stalled since Liberation Day, and Seoul is preparing ahead of the April 15 parliamentary elections.");
        Assert.Contains(estimate.Candidates, c => c.Accepted && c.EventKey == "liberation-day" && c.NotBefore == new LocalDate(2019, 8, 15));
        Assert.Equal(Interval("2019-08-15/2020-04-15"), estimate.Date);
    }

    [Fact]
    public void A_yearly_holiday_alone_bounds_nothing()
    {
        var estimate = Date("Moon will speak ahead of Liberation Day.");
        Assert.DoesNotContain(estimate.Candidates, c => c.EventKey == "liberation-day");
        Assert.Null(estimate.Date);
    }

    [Fact]
    public void A_fact_told_in_the_present_with_no_cue_bounds_nothing()
    {
        var estimate = Date("The Trump administration is in a difficult position.");
        Assert.DoesNotContain(estimate.Candidates, c => c.EventKey == "trump-presidency-2017-2021");
    }

    [Fact]
    public void A_dated_fact_reads_from_json_and_its_errors_name_the_path()
    {
        const string good = """{ "schemaVersion": 1, "datedFacts": [ { "id": "test-election", "kind": "election", "label": "A test election", "date": "2030-03-03", "dateNote": "made up", "phrases": ["test election"] } ] }""";
        var kb = KnowledgeBase.Default.ToBuilder().AddFromJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(good)), "good.json").Build();
        Assert.Contains(kb.DatedFacts, f => f.Id == "test-election");
        Assert.Contains(kb.KnownDates.Events, e => e.Key == "test-election");
        Assert.Equal(KnowledgeBase.Default.DatedFacts.Count + 1, kb.ToBuilder().Build().DatedFacts.Count);

        const string badKind = """{ "schemaVersion": 1, "datedFacts": [ { "id": "x", "kind": "party", "label": "x", "date": "2030-03-03", "dateNote": "n", "phrases": ["x"] } ] }""";
        var e1 = Assert.Throws<KnowledgeBaseFormatException>(() => KnowledgeBase.CreateBuilder().AddFromJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(badKind)), "bad.json"));
        Assert.Contains("$.datedFacts[0].kind", e1.Message, StringComparison.Ordinal);

        const string yearlyInterval = """{ "schemaVersion": 1, "datedFacts": [ { "id": "x", "kind": "holiday", "label": "x", "date": "2030-03", "dateNote": "n", "recursYearly": true, "phrases": ["x"] } ] }""";
        var e2 = Assert.Throws<KnowledgeBaseFormatException>(() => KnowledgeBase.CreateBuilder().AddFromJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(yearlyInterval)), "bad.json"));
        Assert.Contains("$.datedFacts[0]", e2.Message, StringComparison.Ordinal);

        const string noPhrases = """{ "schemaVersion": 1, "datedFacts": [ { "id": "x", "kind": "holiday", "label": "x", "date": "2030-03-03", "dateNote": "n" } ] }""";
        var e3 = Assert.Throws<KnowledgeBaseFormatException>(() => KnowledgeBase.CreateBuilder().AddFromJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(noPhrases)), "bad.json"));
        Assert.Contains("$.datedFacts[0].phrases", e3.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dated_fact_may_not_share_an_id_with_an_event()
    {
        var clash = new DatedFact("hanoi-summit-2019", DatedFactKind.Anniversary, "clash", DateEstimate.FromDay(2019, 2, 27), "made up", ["Hanoi anniversary"]);
        var e = Assert.Throws<KnowledgeBaseValidationException>(() => KnowledgeBase.Default.ToBuilder().AddDatedFact(clash).Build());
        Assert.Contains("hanoi-summit-2019", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DatedFact("x", DatedFactKind.Holiday, "x", DateEstimate.Parse("2019-02"), "n", ["x"], recursYearly: true));
        Assert.Throws<ArgumentException>(() => new DatedFact("x", DatedFactKind.Holiday, "x", DateEstimate.FromDay(2019, 2, 1), "n", []));
    }
}

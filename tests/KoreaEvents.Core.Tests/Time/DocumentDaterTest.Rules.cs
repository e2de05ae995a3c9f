using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time;

public partial class DocumentDaterTest
{
    private const string SummitArticle =
        "Summit fallout\n\nPublished Mar 25, 2019\n\nThe summit broke down last month in Hanoi, officials said. North Korea withdrew from the office on Friday.";

    [Fact]
    public void A_stated_dateline_the_content_agrees_with_wins()
    {
        var estimate = Dater.Date(SummitArticle, Options).Publication;

        Assert.Equal(PublicationBasis.Stated, estimate.Basis);
        Assert.Equal("2019-03-25", estimate.Date.ToString());
        Assert.Empty(estimate.Warnings);
        Assert.Contains(estimate.Candidates, c => c.Kind == PublicationEvidence.Dateline && c.Accepted && c.Role == StatedDateRole.Published);
    }

    [Fact]
    public void A_stated_publication_date_the_content_contradicts_is_rejected_with_a_warning()
    {
        var text = SummitArticle.Replace("Mar 25, 2019", "Mar 25, 2021", StringComparison.Ordinal);
        var estimate = Dater.Date(text, Options).Publication;

        Assert.Equal(PublicationBasis.Inferred, estimate.Basis);
        Assert.Equal("2019-03-22/2019-03-28", estimate.Date.ToString());
        var dateline = Assert.Single(estimate.Candidates, c => c.Kind == PublicationEvidence.Dateline);
        Assert.False(dateline.Accepted);
        Assert.Contains("lies outside 2019-03-22/2019-03-28", dateline.Reason, StringComparison.Ordinal);
        Assert.Contains(estimate.Warnings, w => w.Contains("2021-03-25", StringComparison.Ordinal));
    }

    [Fact]
    public void A_supplied_date_is_used_and_a_contradiction_is_reported()
    {
        var text = "The summit broke down last month in Hanoi, officials said.";
        var agreeing = Dater.Date(text, new DocumentDatingOptions { SuppliedDate = new LocalDate(2019, 3, 10), AnalysisDate = AnalysisDate }).Publication;
        Assert.Equal(PublicationBasis.Supplied, agreeing.Basis);
        Assert.Equal("2019-03-10", agreeing.Date.ToString());
        Assert.Empty(agreeing.Warnings);

        var contradicted = Dater.Date(text, new DocumentDatingOptions { SuppliedDate = new LocalDate(2024, 5, 21), AnalysisDate = AnalysisDate }).Publication;
        Assert.Equal(PublicationBasis.Supplied, contradicted.Basis);
        Assert.Equal("2024-05-21", contradicted.Date.ToString());
        var warning = Assert.Single(contradicted.Warnings);
        Assert.Contains("2019-03-01/2019-03-31", warning, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2024, 5, 21), contradicted.Anchor);
    }

    [Fact]
    public void Explicit_stated_dates_keep_their_roles_and_a_sidebar_is_never_the_publication()
    {
        var text = "The summit broke down last month in Hanoi, officials said.\nTrending: March 5, 2019";
        int at = text.IndexOf("March 5", StringComparison.Ordinal);
        var sidebar = new StatedDate(at, 13, new LocalDate(2019, 3, 5), StatedDateRole.Sidebar);

        var estimate = Dater.Date(text, [sidebar], Options).Publication;

        Assert.Equal(PublicationBasis.Inferred, estimate.Basis);
        var candidate = Assert.Single(estimate.Candidates, c => c.Kind == PublicationEvidence.Dateline);
        Assert.False(candidate.Accepted);
        Assert.Contains("another article", candidate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_tense_dates_bound_the_estimate_from_below_and_leave_it_open_above()
    {
        var estimate = Dater.Date("Talks were held in September 2018.", Options).Publication;

        Assert.Equal(PublicationBasis.Inferred, estimate.Basis);
        Assert.Equal(new LocalDate(2018, 9, 1), estimate.Date!.Value.Start);

        // Only the day of analysis bounds it above: the estimate says so instead of ending on a day that moves.
        Assert.True(estimate.IsOpenAbove);
        Assert.True(estimate.Date!.Value.IsOpenEnded);
        Assert.Equal("2018-09-01/.. (Inferred; open above: no later bound in the text)", estimate.ToString());
        var analysis = Assert.Single(estimate.Candidates, c => c.Kind == PublicationEvidence.AnalysisDate);
        Assert.True(analysis.Accepted);
        Assert.Equal(AnalysisDate, analysis.NotAfter);
        Assert.Null(estimate.Anchor); // years wide: no anchor rather than an invented one
    }

    [Fact]
    public void A_stated_date_after_the_day_of_analysis_is_rejected_and_the_reason_names_that_day()
    {
        var dater = new DocumentDater(TestKnownEvents.Table, clock: TestClock.At(new LocalDate(2020, 6, 20)));
        var estimate = dater.Date("Published June 25, 2020\n\nTalks were held on June 16, 2020.").Publication;

        Assert.True(estimate.IsOpenAbove, estimate.ToString());
        var stated = Assert.Single(estimate.Candidates, c => c.Kind == PublicationEvidence.Dateline);
        Assert.False(stated.Accepted);
        Assert.Contains("no later than the day of analysis (2020-06-20)", stated.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_with_no_known_end_bounds_the_document_from_below_only()
    {
        var known = new KnownEventDates([new KnownEventDate("talks", DateEstimate.Parse("2018-06-12/.."), ["the talks"])]);
        var estimate = new DocumentDater(known, clock: TestClock.Fixed).Date("The talks began last week.").Publication;

        var expression = Assert.Single(estimate.Candidates, c => c.Kind == PublicationEvidence.KnownEventExpression);
        Assert.Equal(LocalDate.MaxIsoValue, expression.NotAfter);
        Assert.True(expression.NotBefore < new LocalDate(2018, 6, 30), expression.ToString());
    }

    [Fact]
    public void An_upper_bound_in_the_text_closes_the_estimate()
    {
        // "ahead of the summit" puts the document before the summit: a later bound the text states.
        var estimate = Dater.Date("Talks were held in September 2018. Aides prepared for the upcoming Hanoi summit.", Options).Publication;

        Assert.False(estimate.IsOpenAbove, estimate.ToString());
        Assert.Equal(new LocalDate(2018, 9, 1), estimate.Date!.Value.Start);
        Assert.True(estimate.Date!.Value.End < AnalysisDate, estimate.ToString());
    }

    [Fact]
    public void Shortly_before_the_day_of_analysis_the_open_estimate_still_anchors_on_its_first_day()
    {
        // An article read a week after the talks it reports: open above, but narrow enough to anchor "last week".
        var dater = new DocumentDater(TestKnownEvents.Table, clock: TestClock.At(new LocalDate(2018, 9, 8)));
        var estimate = dater.Date("Talks were held on September 1, 2018.").Publication;

        Assert.True(estimate.IsOpenAbove, estimate.ToString());
        Assert.Equal(new LocalDate(2018, 9, 1), estimate.Anchor);
    }

    [Fact]
    public void Without_evidence_the_basis_is_unknown()
    {
        var dating = Dater.Date("Nothing here says when. It rained last week.", Options);

        Assert.Equal(PublicationBasis.Unknown, dating.Publication.Basis);
        Assert.Null(dating.Publication.Date);
        Assert.Null(dating.Mentions.Single().Value);
    }

    [Fact]
    public void An_anniversary_refers_to_the_event_date_plus_the_years()
    {
        var estimate = Dater.Date("Last week the North criticised Trump on the second anniversary of the Singapore summit.", Options).Publication;

        Assert.Equal("2020-06-15/2020-06-21", estimate.Date.ToString());
    }

    [Fact]
    public void An_event_still_to_come_bounds_the_estimate_from_above()
    {
        var estimate = Dater.Date("The office was recently demolished. Trump's chances diminish as the election approaches.", Options).Publication;

        Assert.Equal("2020-06-16/2020-11-03", estimate.Date.ToString());
    }

    [Fact]
    public void Re_tagged_mentions_use_the_estimate_as_their_anchor()
    {
        var dating = Dater.Date(SummitArticle, Options);

        Assert.All(dating.Mentions.Where(m => m.NeedsAnchor), m => Assert.Equal(new LocalDate(2019, 3, 25), m.Anchor));
        Assert.Contains(dating.Mentions, m => m.Text == "last month" && m.ValueText == "2019-02");
    }

    [Fact]
    public void Known_events_validate_their_arguments()
    {
        Assert.Throws<ArgumentException>(() => new KnownEventDate(" ", DateEstimate.FromYear(2019), ["x"]));
        Assert.Throws<ArgumentException>(() => new KnownEventDate("a", DateEstimate.FromYear(2019), []));
        var one = new KnownEventDate("a", DateEstimate.FromYear(2019), ["x"]);
        Assert.Throws<ArgumentException>(() => new KnownEventDates([one, one]));
        Assert.Empty(KnownEventDates.Empty.Events);
    }

    [Fact]
    public void The_event_catalogue_feeds_the_lookup()
    {
        var known = KnownEventDates.FromEvents(KoreaEvents.Core.Knowledge.KnowledgeBase.Default.Events);
        Assert.Contains(known.Events, e => e.Key == "hanoi-summit-2019" && e.Date.ToString() == "2019-02-27/2019-02-28");

        var dater = new DocumentDater(known);
        var seed000 = dater.Date(SeedCorpus.Get("seed-000").Text, Options).Publication;
        Assert.Equal("2019-03-23 (Stated)", seed000.ToString());
        var seed002 = dater.Date(SeedCorpus.Get("seed-002").Text, Options).Publication;
        Assert.True(DateEstimate.Parse("2020-06").Contains(seed002.Date!.Value), seed002.ToString());
    }
}

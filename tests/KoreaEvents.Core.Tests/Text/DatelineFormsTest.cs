using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Core.Tests.Text;

/// <summary>
/// Datelines and bylines as news sites print them, each read as the stated publication date unless the page says it
/// is an update (or a page header, a sidebar). Made-up pages; the body sentence is the same everywhere.
/// </summary>
public sealed class DatelineFormsTest
{
    private const string Body = "North Korea says it will not talk to the South. Officials in Seoul declined to comment.";

    private static readonly DocumentDater Dater = new(KnownEventDates.FromEvents(KnowledgeBase.Default.Events), clock: TestClock.Fixed);

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [InlineData("Mar 24, 2019", "2019-03-24")]
    [InlineData("March 25, 2019 - 17:11", "2019-03-25")]
    [InlineData("2019.03.26 14:05", "2019-03-26")]
    [InlineData("2019. 3. 26. 14:05", "2019-03-26")]
    [InlineData("Published: 10 June 2020", "2020-06-10")]
    [InlineData("Published 10 June 2020, 09:12 BST", "2020-06-10")]
    [InlineData("16/06/2020", "2020-06-16")]
    [InlineData("16.06.2020 08:30", "2020-06-16")]
    [InlineData("2020-06-16", "2020-06-16")]
    [InlineData("2020-06-16T09:02:00+09:00", "2020-06-16")]
    [InlineData("2020-06-16T00:02:00Z", "2020-06-16")]
    [InlineData("Posted on Tuesday, June 16, 2020 at 9:02 a.m. ET", "2020-06-16")]
    [InlineData("입력 2020-06-16 14:05", "2020-06-16")]
    [InlineData("입력 : 2020.06.16 14:05", "2020-06-16")]
    [InlineData("기사입력 2020.06.16. 오후 2:05", "2020-06-16")]
    public void A_dateline_after_the_headline_is_the_stated_publication_date(string dateline, string expected)
    {
        var document = ArticleParser.Parse($"A headline about Korea\n\n{dateline}\n\n{Body}");
        DocumentInvariants.AssertAll(document);
        var stated = Assert.Single(document.Datelines);
        Assert.Equal(Day(expected), stated.Date);
        Assert.NotEqual(DatelineRole.Updated, stated.Role);
        var estimate = Dater.Date(document).Publication;
        Assert.Equal((PublicationBasis.Stated, DateEstimate.FromDay(Day(expected))), (estimate.Basis, estimate.Date!.Value));

        // Plain text, dated without the parser, reads the same dateline.
        var plain = Dater.Date($"A headline about Korea\n\n{dateline}\n\n{Body}").Publication;
        Assert.Equal((PublicationBasis.Stated, DateEstimate.FromDay(Day(expected))), (plain.Basis, plain.Date!.Value));
    }

    [Theory]
    [InlineData("By Jane Doe\nMar 24, 2019", "2019-03-24")]
    [InlineData("By Jane Doe | Published: 10 June 2020", "2020-06-10")]
    [InlineData("Jane Doe, Seoul correspondent\n2019.03.26 14:05", "2019-03-26")]
    public void A_dateline_after_a_byline_is_the_stated_publication_date(string lines, string expected)
    {
        var document = ArticleParser.Parse($"A headline about Korea\n\n{lines}\n\n{Body}");
        var estimate = Dater.Date(document).Publication;
        Assert.Equal((PublicationBasis.Stated, DateEstimate.FromDay(Day(expected))), (estimate.Basis, estimate.Date!.Value));
    }

    [Theory]
    [InlineData("Updated Jun 16, 2020 at 9:02 a.m. ET", "2020-06-16")]
    [InlineData("Last updated: 16/06/2020", "2020-06-16")]
    [InlineData("수정 2020-06-16 14:05", "2020-06-16")]
    public void An_update_date_is_not_the_publication_date_but_bounds_it(string dateline, string expected)
    {
        var document = ArticleParser.Parse($"A headline about Korea\n\n{dateline}\n\n{Body}");
        var stated = Assert.Single(document.Datelines);
        Assert.Equal((DatelineRole.Updated, Day(expected)), (stated.Role, stated.Date));
        var estimate = Dater.Date(document).Publication;
        Assert.NotEqual(PublicationBasis.Stated, estimate.Basis);
    }

    [Theory]
    [InlineData("A headline about Korea\n\nPublished Mar 24, 2019\n\n" + Body + "\n\nRetrieved June 16, 2024\n", "2019-03-24")]
    [InlineData("Accessed 2024-05-21 09:00\n\nA headline about Korea\n\nMar 24, 2019\n\n" + Body + "\n", "2019-03-24")]
    [InlineData("A headline about Korea\n\nMar 24, 2019\n\n" + Body + "\n\nLast accessed: 21/05/2024\n", "2019-03-24")]
    public void A_crawl_or_retrieval_date_is_never_the_publication_date(string page, string expected)
    {
        var document = ArticleParser.Parse(page);
        DocumentInvariants.AssertAll(document);
        Assert.Contains(document.Datelines, d => d.Role == DatelineRole.Retrieved && d.Date.Year == 2024);
        var estimate = Dater.Date(document).Publication;
        Assert.Equal((PublicationBasis.Stated, DateEstimate.FromDay(Day(expected))), (estimate.Basis, estimate.Date!.Value));
        Assert.Contains(estimate.Candidates, c => c.Role == StatedDateRole.Retrieved && !c.Accepted);
        Assert.Equal(DateEstimate.FromDay(Day(expected)), new DocumentDater(KnownEventDates.Empty, clock: TestClock.Fixed).Date(page).Publication.Date);
    }

    [Fact]
    public void A_retrieval_date_alone_bounds_the_publication_from_above()
    {
        var estimate = Dater.Date(ArticleParser.Parse($"A headline about Korea\n\nThe liaison office in Kaesong was recently demolished.\n\nRetrieved June 16, 2024\n")).Publication;
        Assert.Equal(DateEstimate.FromInterval(Day("2020-06-16"), Day("2024-06-16")), estimate.Date);
    }

    [Fact]
    public void Posted_and_updated_in_korean_beside_english_text()
    {
        var document = ArticleParser.Parse($"A headline about Korea\n\n입력 2020.06.16 14:05 | 수정 2020.06.17 09:00\n\n{Body}");
        Assert.Equal(
            [(DatelineRole.Published, Day("2020-06-16")), (DatelineRole.Updated, Day("2020-06-17"))],
            document.Datelines.Select(d => (d.Role, d.Date)));
        var estimate = Dater.Date(document).Publication;
        Assert.Equal((PublicationBasis.Stated, DateEstimate.FromDay(Day("2020-06-16"))), (estimate.Basis, estimate.Date!.Value));
    }

    [Fact]
    public void Published_before_updated_on_one_line_with_times()
    {
        var document = ArticleParser.Parse($"A headline about Korea\n\nPublished Mar 24, 2019 at 8:00 a.m. | Updated Jun 16, 2020 at 9:02 a.m. ET\n\n{Body}");
        Assert.Equal(
            [(DatelineRole.Published, Day("2019-03-24")), (DatelineRole.Updated, Day("2020-06-16"))],
            document.Datelines.Select(d => (d.Role, d.Date)));
        Assert.Equal(DateEstimate.FromDay(Day("2019-03-24")), Dater.Date(document).Publication.Date);
    }

    [Theory]
    [InlineData("SEOUL, June 16, 2020 (Yonhap) -- North Korea blew up the liaison office on Tuesday, the ministry said.", "2020-06-16", "Yonhap")]
    [InlineData("SEOUL, June 17, 2020 (Reuters) - North Korea said on Wednesday it would send troops to the border.", "2020-06-17", "Reuters")]
    [InlineData("WASHINGTON, March 1, 2019 (AFP) — Trump said on Thursday the talks had ended.", "2019-03-01", "AFP")]
    public void A_wire_dateline_is_the_stated_date_not_a_claim_about_an_event(string paragraph, string expected, string agency)
    {
        var document = ArticleParser.Parse($"A headline about Korea\n\n{paragraph}\n\nOfficials in Seoul declined to comment.");
        DocumentInvariants.AssertAll(document);
        Assert.Equal(agency, Assert.Single(document.UpstreamOrigins).Name);
        var stated = Assert.Single(document.Datelines);
        Assert.Equal((DatelineRole.Published, Day(expected)), (stated.Role, stated.Date));
        var estimate = Dater.Date(document).Publication;
        Assert.Equal((PublicationBasis.Stated, DateEstimate.FromDay(Day(expected))), (estimate.Basis, estimate.Date!.Value));
    }

    [Fact]
    public void A_wire_dateline_date_is_not_an_event_date()
    {
        var document = ArticleParser.Parse("A headline about Korea\n\nSEOUL, June 17, 2020 (Yonhap) -- North Korea blew up the liaison office in Kaesong on Tuesday, the Unification Ministry said.");
        var result = TestClock.Extractor.Extract(document);
        var demolition = EntityRef.From(new EventId("liaison-office-demolition-2020"));
        var dates = result.Claims.Where(c => c.Subject == demolition && c.Facet == Facet.Date).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, c => Assert.DoesNotContain("June 17", c.Evidence!.Quote, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("06/16/2020", "2020-06-16")]
    [InlineData("13/06/2020", "2020-06-13")]
    public void A_slashed_date_is_read_day_first_or_month_first_where_only_one_reading_exists(string dateline, string expected)
    {
        var document = ArticleParser.Parse($"A headline about Korea\n\n{dateline}\n\n{Body}");
        Assert.Equal(Day(expected), Assert.Single(document.Datelines).Date);
    }

    [Fact]
    public void An_ambiguous_slashed_date_is_no_dateline()
    {
        var document = ArticleParser.Parse($"A headline about Korea\n\n06/07/2020\n\n{Body}");
        Assert.Empty(document.Datelines);
    }
}

using KoreaEvents.Core.Text;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Text;

public sealed partial class ArticleParserTest
{
    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_offsets_are_exact(string id) => DocumentInvariants.AssertExactOffsets(ParseSeed(id));

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_nothing_is_dropped(string id) => DocumentInvariants.AssertCoverage(ParseSeed(id));

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_text_is_kept_verbatim(string id)
    {
        var seed = SeedCorpus.Get(id);
        var document = ArticleParser.Parse(seed.Text, seed.Id);
        Assert.Same(seed.Text, document.Text);
        Assert.Equal(seed.Id, document.Id);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_bytes_and_stream_parse_like_the_string(string id)
    {
        var seed = SeedCorpus.Get(id);
        using var stream = seed.OpenStream();
        var fromStream = ArticleParser.Parse(stream, seed.Id);
        Assert.Equal(KoreaEventsJson.Serialize(ArticleParser.Parse(seed.Text, seed.Id)), KoreaEventsJson.Serialize(fromStream));
    }

    [Fact]
    public void Seed_000_states_published_and_updated()
    {
        var document = ParseSeed("seed-000");
        Assert.Collection(
            document.Datelines,
            d =>
            {
                Assert.Equal(DatelineRole.Published, d.Role);
                Assert.Equal(new LocalDate(2019, 3, 23), d.Date);
                Assert.Equal("Mar 23, 2019", d.DateText.Text);
                Assert.Equal("Published", d.Label?.Text);
            },
            d =>
            {
                Assert.Equal(DatelineRole.Updated, d.Role);
                Assert.Equal(new LocalDate(2020, 4, 21), d.Date);
                Assert.Equal("Updated", d.Label?.Text);
            });
        Assert.Equal("Escalation Alert on the Korean Peninsula, North Pulls Out from Joint Liaison Office", document.Title?.Text);
        Assert.Equal("Security Risks Asia", document.Outlet?.Text);
        var siteTitle = Assert.Single(document.RemovedLines, r => r.Reason == RemovalReason.SiteTitleLine);
        Assert.Equal(1, siteTitle.LineNumber);
        Assert.EndsWith("| Security Risks Asia Made with Humane Club", siteTitle.Segment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_sidebar_date_is_not_a_dateline_of_the_article()
    {
        var document = ParseSeed("seed-001");
        var sidebar = Assert.Single(document.Datelines);
        Assert.Equal(DatelineRole.Sidebar, sidebar.Role);
        Assert.Equal(new LocalDate(2024, 2, 25), sidebar.Date);
        Assert.Equal(new LocalTime(8, 30), sidebar.TimeOfDay);
        Assert.Equal("Jazz Shaw 8:30 AM | February 25, 2024", document.GetText(sidebar.Line));
        Assert.DoesNotContain(document.Datelines, d => d.Role is DatelineRole.Published or DatelineRole.Updated or DatelineRole.Unknown);
        Assert.Contains(document.RemovedLines, r => r.Reason == RemovalReason.TrendingSidebar && r.Segment.Text == "Trending on HotAir Videos");
        Assert.Contains(document.RemovedLines, r => r.Reason == RemovalReason.CallToAction && r.Segment.Text == "Join the conversation as a VIP Member");
        Assert.Null(document.Outlet);
    }

    [Fact]
    public void Seed_001_keeps_the_blockquoted_wire_text_as_body()
    {
        var document = ParseSeed("seed-001");
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("North Korea abruptly withdrew from a liaison office", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("NPR reminded readers", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("The inter-Korea liaison office was opened in September 2018", StringComparison.Ordinal));
        Assert.Empty(document.Headings);
        Assert.Empty(document.UpstreamOrigins);
    }

    [Fact]
    public void Seed_002_page_header_date_and_afp_origin()
    {
        var document = ParseSeed("seed-002");
        var header = Assert.Single(document.Datelines);
        Assert.Equal(DatelineRole.PageHeader, header.Role);
        Assert.Equal("Tuesday, May 21, 2024", header.DateText.Text);
        Assert.Equal(new LocalDate(2024, 5, 21), header.Date);

        var origin = Assert.Single(document.UpstreamOrigins);
        Assert.Equal("AFP", origin.Name);
        Assert.Equal("AFP", origin.Mention.Text);
        Assert.Equal(UpstreamOriginKind.CreditLine, origin.Kind);
        Assert.Equal("AFP with additional input by GVS News Desk", document.GetText(origin.Statement));

        Assert.Equal("Global Village Space", document.Outlet?.Text);
        Assert.Equal("Korean liaison office destroyed by North Korea amid rising tensions with South", document.Title?.Text);
        Assert.Equal(4, document.RemovedLines.Count(r => r.Reason == RemovalReason.ReadMoreLink));
        Assert.Contains(document.RemovedLines, r => r.Reason == RemovalReason.CallToAction && r.Segment.Text.StartsWith("What are your views on this?", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_002_headline_repeats_are_headings()
    {
        var document = ParseSeed("seed-002");
        Assert.Equal(
            [
                "Korean liaison office destroyed by North Korea: a crisis being created?",
                "Korean liaison office destroyed by North Korea over Anti-Kim leaflets",
                "Korean relations soured over recent diplomatic gaffe",
                "What is the significance of the Korean liaison office?",
            ],
            document.Headings.Select(h => h.Segment.Text));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.StartsWith("Korean liaison office destroyed", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_002_quote_over_two_paragraphs_is_one_quotation()
    {
        var document = ParseSeed("seed-002");
        var quote = Assert.Single(document.Quotations, q => q.FirstParagraph != q.LastParagraph);
        Assert.StartsWith("“North Korea is frustrated", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("failed as a mediator in the process.”", quote.Text, StringComparison.Ordinal);
        Assert.True(quote.IsClosed);
        Assert.Equal(2, quote.Segments.Count);
        Assert.StartsWith("“It has concluded", document.GetText(quote.Segments[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_003_caption_is_not_the_title()
    {
        var document = ParseSeed("seed-003");
        Assert.Equal("What’s Next for North-South Korean Relations Following Kaesong?", document.Title?.Text);
        var caption = Assert.Single(document.RemovedLines);
        Assert.Equal(RemovalReason.PhotoCaption, caption.Reason);
        Assert.Equal("Kim North Korea (La Presse)", caption.Segment.Text);
        Assert.Null(document.Outlet);
        Assert.Empty(document.Datelines);
        Assert.Equal(
            ["The North is Looking for an Excuse to Attack the South", "The North and South Could Take Further Action", "Time to Return to the Negotiating Table"],
            document.Headings.Select(h => h.Segment.Text));
    }

    [Fact]
    public void Seed_004_caption_counts_once()
    {
        var document = ParseSeed("seed-004");
        var captions = document.RemovedLines.Where(r => r.Reason is RemovalReason.PhotoCaption or RemovalReason.DuplicateCaption).ToList();
        Assert.Equal(3, captions.Count);
        Assert.Equal(RemovalReason.PhotoCaption, captions[0].Reason);
        Assert.All(captions.Skip(1), c => Assert.Equal(RemovalReason.DuplicateCaption, c.Reason));
        Assert.StartsWith("PHOTO:", captions[2].Segment.Text, StringComparison.Ordinal);
        Assert.Contains(document.RemovedLines, r => r.Reason == RemovalReason.Disclaimer);
        Assert.Contains(document.RemovedLines, r => r.Reason == RemovalReason.PublicationTypeFooter && r.Segment.Text == "PUBLICATION TYPE: Analysis");
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("Erin Schaff", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_004_speaker_turns()
    {
        var document = ParseSeed("seed-004");
        Assert.Equal(["Aum", "Kim", "Aum", "Kim", "Aum", "Kim"], document.SpeakerTurns.Select(t => t.Speaker));
        var kim = document.SpeakerTurns[1];
        Assert.Equal("Kim:", kim.Label.Text);
        Assert.Equal(2, kim.LastParagraph - kim.FirstParagraph + 1);
        Assert.StartsWith("While spurning Seoul", document.Paragraphs[kim.LastParagraph].Text, StringComparison.Ordinal);
        Assert.StartsWith("North Korea’s behavior", document.Paragraphs[kim.FirstParagraph].Text, StringComparison.Ordinal);
        Assert.Equal(["What should we expect next, then?", "Then what does all of this suggest for U.S. and other policymakers?"], document.Headings.Select(h => h.Segment.Text));
    }
}

using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class ParseListingTest
{
    private static SourceDocument Seed(string id) => ArticleParser.Parse(SeedCorpus.Get(id).Text, SeedCorpus.Get(id).Id);

    [Fact]
    public void A_seed_lists_its_summary_datelines_origins_body_and_removed_lines()
    {
        var document = Seed("seed-002");

        var blocks = ParseListing.For(document).Blocks;

        var lines = blocks.OfType<ReportLine>().Select(l => l.Text).ToList();
        Assert.Equal("source:     seed-002", lines[0]);
        Assert.Equal("title:      Korean liaison office destroyed by North Korea amid rising tensions with South", lines[1]);
        Assert.Equal("outlet:     Global Village Space", lines[2]);
        Assert.Equal("byline:     (none stated)", lines[3]);
        Assert.Equal("counts:     33 paragraphs, 35 sentences, 4 headings, 11 quotations, 0 speaker turns, 6 removed lines", lines[4]);
        Assert.Contains("origin:     AFP (CreditLine) in \"AFP with additional input by GVS News Desk\" [6884..6887)", lines);
        Assert.All(blocks.OfType<ReportLine>(), l => Assert.True(l.Wraps));

        var tables = blocks.OfType<ReportTable>().ToList();
        Assert.Equal(["datelines", "body", "removed lines"], tables.Select(t => t.Title));
        Assert.Equal(["PageHeader", "2024-05-21", "", "Tuesday, May 21, 2024", "[35..56)"], Assert.Single(tables[0].Rows));
        var body = tables[1];
        Assert.Equal(["#", "offset", "sentences", "begins"], body.Columns);
        Assert.Equal(["0", "[138..399)", "2", "In a sign of increasing Inter-Korean relations, North …"], body.Rows[0]);
        Assert.Equal(["", "[992..1063)", "", "## Korean liaison office destroyed by North Korea: a crisis being created?"], body.Rows[3]);
        Assert.Equal(document.Paragraphs.Count + document.Headings.Count, body.Rows.Count);
        Assert.Equal(6, tables[2].Rows.Count);
        Assert.All(tables[2].Rows, r => Assert.True(r[2].Length <= ParseListing.RemovedLineWidth));
    }

    [Fact]
    public void A_document_without_datelines_or_origins_says_so()
    {
        var document = ArticleParser.Parse("Talks collapse\n\nThe summit broke down in Hanoi, officials said.\n", new("talks"));

        var blocks = ParseListing.For(document).Blocks;

        var lines = blocks.OfType<ReportLine>().Select(l => l.Text).ToList();
        Assert.Contains("datelines:  (none)", lines);
        Assert.Contains("origins:    (none stated)", lines);
        var body = Assert.Single(blocks.OfType<ReportTable>());
        Assert.Equal("body", body.Title);
        Assert.Equal("The summit broke down in Hanoi, officials said.", Assert.Single(body.Rows)[3]);
    }

    [Fact]
    public void Several_documents_are_separated_by_an_empty_line_and_a_rule()
    {
        var blocks = ParseListing.For([Seed("seed-000"), Seed("seed-001")]).Blocks.ToList();

        int rule = blocks.FindIndex(b => b is ReportRule);
        Assert.Equal("", Assert.IsType<ReportLine>(blocks[rule - 1]).Text);
        Assert.Equal("source:     seed-001", Assert.IsType<ReportLine>(blocks[rule + 1]).Text);
        Assert.Single(blocks.OfType<ReportRule>());
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => ParseListing.For((SourceDocument)null!));
        Assert.Throws<ArgumentNullException>(() => ParseListing.For((IReadOnlyList<SourceDocument>)null!));
        Assert.Throws<ArgumentException>(() => ParseListing.For([null!]));
    }
}

using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class ClaimListingTest
{
    private static (SourceDocument Document, ExtractionResult Result) Seed(string id)
    {
        var document = ArticleParser.Parse(SeedCorpus.Get(id).Text, SeedCorpus.Get(id).Id);
        return (document, TestClock.Extractor.Extract(document));
    }

    [Fact]
    public void A_seed_lists_its_summary_mentions_claims_and_provisional_items()
    {
        var (document, result) = Seed("seed-001");

        var blocks = ClaimListing.For(document, result).Blocks;

        var lines = blocks.OfType<ReportLine>().Select(l => l.Text).ToList();
        Assert.Equal("source:     seed-001 (HotAir), Blog", lines[0]);
        Assert.Equal("published:  2019-03-22/2019-03-28; relative dates read against 2019-03-22", lines[1]);
        Assert.Equal("counts:     24 event mentions (10 catalogued, 5 provisional, 1 ambiguous), 45 claims", lines[3]);
        Assert.Equal(result.ProvisionalEvents.Count + result.ProvisionalActors.Count, lines.Count(l => l.StartsWith("provisional ", StringComparison.Ordinal)));

        var tables = blocks.OfType<ReportTable>().ToList();
        Assert.Equal(["event mentions", "claims"], tables.Select(t => t.Title));
        var mentions = tables[0];
        Assert.Equal(["line:col", "text", "link", "score", "modality", "by"], mentions.Columns);
        Assert.Equal(24, mentions.Rows.Count);
        Assert.Contains(mentions.Rows, r => r[0] == "6:160" && r[1] == "sanctions" && r[2].StartsWith("provisional-sanction-united-st", StringComparison.Ordinal) && r[3] == "0.0");
        Assert.Single(mentions.Rows, r => r[2].StartsWith("ambiguous: ", StringComparison.Ordinal));

        var claims = tables[1];
        Assert.Equal(["id", "subject", "facet", "value", "modality", "by", "evidence"], claims.Columns);
        Assert.Equal(result.Claims.Select(c => c.Id.ToString()), claims.Rows.Select(r => r[0]));
        var first = result.Claims[0];
        Assert.Equal(first.Subject.ToString(), claims.Rows[0][1]);
        Assert.Matches("^[0-9]+:[0-9]+ \".*\"$", claims.Rows[0][6]);
        Assert.All(claims.Rows, r => Assert.DoesNotContain('\n', r[6]));
    }

    [Fact]
    public void Evidence_gives_line_and_column()
    {
        var document = ArticleParser.Parse("Talks collapse\n\nPublished Mar 25, 2019\n\nThe summit broke down last month in Hanoi, officials said.\n", new("talks"));
        var result = TestClock.Extractor.Extract(document);

        var mentions = ClaimListing.For(document, result).Blocks.OfType<ReportTable>().First();

        var summit = Assert.Single(mentions.Rows, r => r[1].Contains("summit", StringComparison.Ordinal));
        Assert.Equal("5:" + (document.Text.Split('\n')[4].IndexOf(summit[1], StringComparison.Ordinal) + 1), summit[0]);
    }

    [Fact]
    public void Several_documents_are_separated_by_an_empty_line_and_a_rule()
    {
        var first = Seed("seed-000");
        var second = Seed("seed-003");

        var blocks = ClaimListing.For([first.Document, second.Document], [first.Result, second.Result]).Blocks.ToList();

        int rule = blocks.FindIndex(b => b is ReportRule);
        Assert.Equal("", Assert.IsType<ReportLine>(blocks[rule - 1]).Text);
        Assert.StartsWith("source:     seed-003", Assert.IsType<ReportLine>(blocks[rule + 1]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var (document, result) = Seed("seed-000");
        Assert.Throws<ArgumentNullException>(() => ClaimListing.For(null!, result));
        Assert.Throws<ArgumentNullException>(() => ClaimListing.For(document, null!));
        Assert.Throws<ArgumentException>(() => ClaimListing.For([document], []));
        Assert.Throws<ArgumentException>(() => ClaimListing.For([document], [null!]));
    }
}

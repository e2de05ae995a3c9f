using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class DatingListingTest
{
    private static readonly DocumentDater Dater = new(KnownEventDates.FromEvents(KnowledgeBase.Default.Events), clock: TestClock.Fixed);

    private static (SourceDocument Document, DocumentDating Dating) Seed(string id)
    {
        var seed = SeedCorpus.Get(id);
        var document = ArticleParser.Parse(seed.Text, seed.Id);
        return (document, Dater.Date(document, new DocumentDatingOptions()));
    }

    [Fact]
    public void A_seed_lists_the_summary_then_the_candidates_in_order_with_their_marks()
    {
        var (_, dating) = Seed("seed-002");

        var blocks = DatingListing.For(dating).Blocks;

        var lines = blocks.TakeWhile(b => b is ReportLine).Cast<ReportLine>().ToList();
        Assert.Equal(["publication: 2020-06-16/2020-06-21 (inferred)", "anchor:      2020-06-16", ""], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.False(l.Wraps));
        var candidates = Assert.IsType<ReportTable>(blocks[lines.Count]);
        Assert.Equal("publication candidates", candidates.Title);
        Assert.Equal(["", "evidence", "kind", "offset", "allows", "reason"], candidates.Columns);
        Assert.Equal(["-", "Tuesday, May 21, 2024", "Dateline (PageHeader)", "35..56", "2024-05-21"], candidates.Rows[0].Take(5));
        Assert.StartsWith("The page header date 2024-05-21 lies outside", candidates.Rows[0][5], StringComparison.Ordinal);
        Assert.Equal(["+", "destroyed", "KnownEventMention", "80..89", "≥ 2020-06-16"], candidates.Rows[1].Take(5));
        Assert.Equal(dating.Publication.Candidates.Select(c => c.Accepted ? "+" : "-"), candidates.Rows.Select(r => r[0]));

        var gap = Assert.IsType<ReportLine>(blocks[lines.Count + 1]);
        Assert.Equal("", gap.Text);
        var mentions = Assert.IsType<ReportTable>(blocks[lines.Count + 2]);
        Assert.Equal("temporal expressions", mentions.Title);
        Assert.Equal(["offset", "text", "kind", "reference", "tense", "value", "anchor"], mentions.Columns);
        Assert.Equal(["35..56", "Tuesday, May 21, 2024", "Date", "Absolute", "unspecified", "2024-05-21", ""], mentions.Rows[0]);
        Assert.Equal(["481..488", "Tuesday", "Date", "Document", "past", "XXXX-06-16 (2020)", "2020-06-16"], mentions.Rows[1]);
        Assert.Equal(dating.Mentions.Count, mentions.Rows.Count);
        Assert.Equal(lines.Count + 3, blocks.Count);
    }

    [Fact]
    public void Several_documents_are_named_and_separated()
    {
        var first = Seed("seed-000");
        var second = Seed("seed-001");

        var blocks = DatingListing.For([first.Document, second.Document], [first.Dating, second.Dating]).Blocks;

        var whole = blocks.OfType<ReportLine>().Where(l => !l.Wraps).Select(l => l.Text).ToList();
        Assert.Equal("source:      seed-000", whole[0]);
        int next = whole.IndexOf("source:      seed-001");
        Assert.True(next > 1);
        Assert.Equal("", whole[next - 1]);
        Assert.Equal(4, blocks.OfType<ReportTable>().Count());
    }

    [Fact]
    public void One_document_in_a_list_has_no_source_line()
    {
        var (document, dating) = Seed("seed-000");

        var listing = DatingListing.For([document], [dating]);

        Assert.Equal(ReportTextRenderer.Format(DatingListing.For(dating)), ReportTextRenderer.Format(listing));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var (document, dating) = Seed("seed-000");
        Assert.Throws<ArgumentNullException>(() => DatingListing.For(null!));
        Assert.Throws<ArgumentNullException>(() => DatingListing.For(null!, [dating]));
        Assert.Throws<ArgumentNullException>(() => DatingListing.For([document], null!));
        Assert.Throws<ArgumentException>(() => DatingListing.For([document, document], [dating]));
        Assert.Throws<ArgumentNullException>(() => DatingListing.Candidates(null!));
        Assert.Throws<ArgumentNullException>(() => DatingListing.Mentions(null!));
    }
}

using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Text;

public sealed partial class ArticleParserTest
{
    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Crlf_and_cr_give_the_same_structure_with_exact_offsets(string id)
    {
        var lf = ParseSeed(id);
        foreach (var newline in new[] { "\r\n", "\r" })
        {
            var converted = SeedCorpus.Get(id).Text.Replace("\n", newline, StringComparison.Ordinal);
            var document = ArticleParser.Parse(converted);
            DocumentInvariants.AssertAll(document);
            Assert.Equal(lf.LineCount, document.LineCount);
            Assert.Equal(Normalize(lf.Title?.Text), Normalize(document.Title?.Text));
            Assert.Equal(Normalize(lf.Outlet?.Text), Normalize(document.Outlet?.Text));
            Assert.Equal(lf.Datelines.Select(d => (d.Role, d.Date, d.TimeOfDay)), document.Datelines.Select(d => (d.Role, d.Date, d.TimeOfDay)));
            Assert.Equal(lf.UpstreamOrigins.Select(o => o.Name), document.UpstreamOrigins.Select(o => o.Name));
            Assert.Equal(lf.Headings.Select(h => h.Segment.Text), document.Headings.Select(h => h.Segment.Text));
            Assert.Equal(lf.Paragraphs.Select(p => Normalize(p.Text)), document.Paragraphs.Select(p => Normalize(p.Text)));
            Assert.Equal(lf.Sentences.Select(s => Normalize(s.Text)), document.Sentences.Select(s => Normalize(s.Text)));
            Assert.Equal(lf.Quotations.Select(q => Normalize(q.Text)), document.Quotations.Select(q => Normalize(q.Text)));
            Assert.Equal(lf.SpeakerTurns.Select(t => t.Speaker), document.SpeakerTurns.Select(t => t.Speaker));
            Assert.Equal(lf.RemovedLines.Select(r => (r.Reason, r.LineNumber, r.Segment.Text)), document.RemovedLines.Select(r => (r.Reason, r.LineNumber, r.Segment.Text)));
        }

        static string? Normalize(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    [Fact]
    public void Crlf_offsets_count_both_characters()
    {
        var document = ArticleParser.Parse("Headline here\r\n\r\nFirst paragraph. Second sentence.\r\n\r\nNext one.");
        Assert.Equal(new TextSpan(0, 13), document.Title!.Span);
        Assert.Equal(new TextSpan(17, 33), document.Paragraphs[0].Span);
        Assert.Equal(new TextSpan(54, 9), document.Paragraphs[1].Span);
        Assert.Equal(5, document.LineCount);
    }
}

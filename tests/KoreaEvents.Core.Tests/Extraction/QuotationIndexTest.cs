using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Extraction;

/// <summary>The quotation index answers exactly what a scan of every quotation answers.</summary>
public class QuotationIndexTest
{
    [Fact]
    public void Answers_like_a_scan_over_random_quotations()
    {
        var random = new Random(11);
        for (int round = 0; round < 200; round++)
        {
            var text = string.Concat(Enumerable.Range(0, 60).Select(_ => random.Next(4) switch { 0 => "“a ", 1 => "b” ", 2 => "\"c ", _ => "d. " }));
            var quotations = ArticleParser.Parse(text).Quotations;
            var index = new QuotationIndex(quotations);
            for (int q = 0; q < 50; q++)
            {
                int before = random.Next(-2, text.Length + 2), end = random.Next(-2, text.Length + 2);
                bool scan = quotations.Any(x => x.Span.Start < before && x.Span.End >= end);
                Assert.Equal(scan, index.AnyCovering(before, end));
            }
        }
    }
}

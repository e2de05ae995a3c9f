using KoreaEvents.Core.Benchmarks.Corroboration;
using KoreaEvents.Core.Corroboration;

namespace KoreaEvents.Core.Tests.Corroboration;

public class TextReuseIndexTest
{
    [Fact]
    public void Finds_a_rewritten_article_and_not_an_unrelated_one()
    {
        var index = new TextReuseIndex(TextReuseOptions.Default);
        var original = SeedCorpus.Get("002").Text;
        Assert.Empty(index.Add(0, original));
        Assert.Empty(index.Add(1, SeedCorpus.Get("004").Text));

        var rewrite = original.Replace("North Korea", "Pyongyang", StringComparison.Ordinal);
        var pair = Assert.Single(index.Add(2, rewrite));
        Assert.Equal(0, pair.First);
        Assert.True(pair.Passages >= 10);
        Assert.InRange(pair.MeanJaccard, 0.6, 1.0);
    }

    [Fact]
    public void Scales_sub_quadratically_on_ten_thousand_documents()
    {
        const int n = 10_000;
        var documents = SyntheticDocuments.Build(n, copyShare: 0.05, seed: 7);
        var index = new TextReuseIndex(TextReuseOptions.Default);
        int pairs = 0;
        for (int d = 0; d < n; d++)
        {
            pairs += index.Add(d, documents[d]).Count;
        }

        // All pairs would be n(n-1)/2 ≈ 5·10⁷ document comparisons (8·10⁸ passage comparisons); LSH compares only
        // the candidates that share a band.
        Assert.True(index.Comparisons < 20L * n, $"{index.Comparisons} passage comparisons");
        Assert.InRange(pairs, 0.9 * 0.05 * n, 2 * 0.05 * n);
    }
}

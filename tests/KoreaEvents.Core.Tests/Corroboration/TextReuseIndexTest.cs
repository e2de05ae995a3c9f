using KoreaEvents.Core.Corroboration;

namespace KoreaEvents.Core.Tests.Corroboration;

public class TextReuseIndexTest
{
    /// <summary>Synthetic news-like documents: four paragraphs of 40 words from a 5,000-word vocabulary.</summary>
    internal static string[] Documents(int count, double copyShare, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var documents = new string[count];
        for (int d = 0; d < count; d++)
        {
            if (d > 0 && random.NextDouble() < copyShare)
            {
                // A rewrite of an earlier document: two words changed in every paragraph.
                var paragraphs = documents[random.Next(d)].Split('\n');
                for (int p = 0; p < paragraphs.Length; p++)
                {
                    var words = paragraphs[p].Split(' ');
                    words[random.Next(words.Length)] = vocabulary[random.Next(vocabulary.Length)];
                    words[random.Next(words.Length)] = vocabulary[random.Next(vocabulary.Length)];
                    paragraphs[p] = string.Join(' ', words);
                }

                documents[d] = string.Join('\n', paragraphs);
                continue;
            }

            documents[d] = string.Join('\n', Enumerable.Range(0, 4).Select(_ =>
                string.Join(' ', Enumerable.Range(0, 40).Select(_ => vocabulary[random.Next(vocabulary.Length)]))));
        }

        return documents;
    }

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
        var documents = Documents(n, copyShare: 0.05, seed: 7);
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

namespace KoreaEvents.Core.Benchmarks.Corroboration;

/// <summary>
/// Synthetic news-like documents for text-reuse detection: four paragraphs of 40 words from a 5,000-word vocabulary;
/// a share of them are rewrites of an earlier document with two words changed in every paragraph. Deterministic for
/// a seed. Compiled into the benchmarks and the tests (one file, linked), so both measure the same input.
/// </summary>
internal static class SyntheticDocuments
{
    public static string[] Build(int count, double copyShare, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var documents = new string[count];
        for (int d = 0; d < count; d++)
        {
            if (d > 0 && random.NextDouble() < copyShare)
            {
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
}

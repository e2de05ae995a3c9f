using System.Text;
using BenchmarkDotNet.Attributes;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Knowledge;

namespace KoreaEvents.Core.Benchmarks.Extraction;

/// <summary>
/// Mention matching throughput: the five seeds (27 KB) and synthetic corpora made by recombining seed sentences
/// (1 MB, 8 MB). Throughput in MB/s is the corpus size (UTF-16 characters / 2^20) divided by the mean time;
/// allocations per MB are Allocated divided by the size in MB.
/// </summary>
[MemoryDiagnoser]
public class MentionBenchmarks
{
    private MentionMatcher matcher = null!;
    private string text = null!;

    /// <summary>The corpus: <c>seeds</c>, or a synthetic corpus of about 1 or 8 MB (in characters).</summary>
    [Params("seeds", "1MB", "8MB")]
    public string Corpus { get; set; } = "seeds";

    /// <summary>Loads the knowledge base, builds the matcher once, and prepares the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        matcher = MentionMatcher.For(KnowledgeBase.Default);
        var seeds = string.Join("\n\n", SeedCorpus.All.Select(s => s.Text));
        text = Corpus switch
        {
            "seeds" => seeds,
            "1MB" => Synthetic(seeds, 1 << 20),
            "8MB" => Synthetic(seeds, 8 << 20),
            _ => throw new InvalidOperationException($"Unknown corpus {Corpus}."),
        };
    }

    /// <summary>Counts the mentions without building them: the trie walk alone.</summary>
    [Benchmark(Baseline = true)]
    public int Count() => matcher.Count(text);

    /// <summary>Builds the mention list (spans, texts, candidates).</summary>
    [Benchmark]
    public int Match() => matcher.Match(text).Count;

    /// <summary>Builds and resolves the mention list (coreference, metonyms). Runs as one document.</summary>
    [Benchmark]
    public int MatchAndResolve() => matcher.MatchAndResolve(text).Count;

    /// <summary>Deterministically recombines the seeds' sentences into a text of about <paramref name="size"/> characters.</summary>
    internal static string Synthetic(string seeds, int size)
    {
        var sentences = seeds.Split(new[] { ". ", "\n" }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var random = new Random(20200616);
        var builder = new StringBuilder(size + 1024);
        int paragraph = 0;
        while (builder.Length < size)
        {
            builder.Append(sentences[random.Next(sentences.Length)]).Append(". ");
            if (++paragraph % 5 == 0)
            {
                builder.Append("\n\n");
            }
        }

        return builder.ToString();
    }
}

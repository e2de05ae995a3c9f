using BenchmarkDotNet.Attributes;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Benchmarks.Text;

/// <summary>
/// Article parsing throughput. MB/s = characters parsed / 2^20 / mean time (UTF-16 characters; the seeds are
/// nearly all ASCII, so characters ≈ bytes). Allocated bytes per MB = allocated / (characters / 2^20).
/// </summary>
[MemoryDiagnoser]
public class ArticleParserBenchmarks
{
    private string[] seeds = [];
    private string synthetic = string.Empty;

    /// <summary>Size of the synthetic document in characters.</summary>
    [Params(1 << 20, 10 << 20)]
    public int SyntheticChars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        seeds = SeedCorpus.All.Select(s => s.Text).ToArray();
        synthetic = SyntheticText.Build(SyntheticChars);
    }

    /// <summary>Parses the five seeds (27,140 characters in all).</summary>
    [Benchmark(Baseline = true)]
    public int ParseSeeds()
    {
        int sentences = 0;
        foreach (var text in seeds)
        {
            sentences += ArticleParser.Parse(text).Sentences.Count;
        }

        return sentences;
    }

    /// <summary>Parses one large synthetic document.</summary>
    [Benchmark]
    public int ParseSynthetic() => ArticleParser.Parse(synthetic).Sentences.Count;
}

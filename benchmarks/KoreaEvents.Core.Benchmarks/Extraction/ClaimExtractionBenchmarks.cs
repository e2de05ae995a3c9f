using BenchmarkDotNet.Attributes;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using NodaTime;

namespace KoreaEvents.Core.Benchmarks.Extraction;

/// <summary>
/// Claim extraction throughput: the five seeds (27 KB, five documents) and a synthetic article of about 1 MB made by
/// recombining seed paragraphs (<see cref="SyntheticText"/>). Documents are parsed once in setup; the anchor is fixed,
/// so document dating is not measured (see the time benchmarks). Throughput in MB/s is the corpus size (UTF-16
/// characters / 2^20) divided by the mean; allocations per MB are Allocated divided by the size in MB.
/// </summary>
[MemoryDiagnoser]
public class ClaimExtractionBenchmarks
{
    private static readonly LocalDate Anchor = new(2020, 6, 16);
    private List<SourceDocument> documents = null!;
    private ClaimExtractor extractor = null!;

    /// <summary>The corpus: <c>seeds</c>, or a synthetic article of about 1 MB (in characters).</summary>
    [Params("seeds", "1MB")]
    public string Corpus { get; set; } = "seeds";

    /// <summary>Parses the corpus and warms the knowledge base.</summary>
    [GlobalSetup]
    public void Setup()
    {
        extractor = ClaimExtractor.Default;
        documents = Corpus switch
        {
            "seeds" => SeedCorpus.All.Select(s => ArticleParser.Parse(s.Text, s.Id)).ToList(),
            "1MB" => [ArticleParser.Parse(SyntheticText.Build(1 << 20), new SourceId("synthetic"))],
            _ => throw new InvalidOperationException($"Unknown corpus {Corpus}."),
        };
        _ = MentionMatcher.For(KnowledgeBase.Default);
    }

    /// <summary>Mentions only (match and resolve): the part of the work extraction starts from.</summary>
    [Benchmark(Baseline = true)]
    public int Mentions() => documents.Sum(d => MentionMatcher.For(KnowledgeBase.Default).MatchAndResolve(d.Text).Count);

    /// <summary>Mentions, dates, attribution, links and claims.</summary>
    [Benchmark]
    public int Claims() => documents.Sum(d => extractor.Extract(d, Anchor).Claims.Count);
}

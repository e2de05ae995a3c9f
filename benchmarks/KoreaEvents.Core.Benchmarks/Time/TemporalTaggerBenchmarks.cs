using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Benchmarks.Time;

/// <summary>
/// Tagging throughput: the five seeds, and synthetic text of 1 MB and 10 MB made by recombining the seeds' sentences.
/// The baseline is the tokenizer alone (sentence and token cut, no patterns). Extra columns give MB/s and allocated
/// bytes per MB of text.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TemporalTaggerBenchmarks
{
    private static readonly LocalDate Anchor = new(2020, 6, 16);
    private string text = string.Empty;

    /// <summary>Gets or sets the corpus: <c>seeds</c> (the five articles, 27 KB), <c>1MB</c> or <c>10MB</c>.</summary>
    [Params("seeds", "1MB", "10MB")]
    public string Corpus { get; set; } = "seeds";

    /// <summary>Builds the corpus.</summary>
    [GlobalSetup]
    public void Setup() => text = Texts.Get(Corpus);

    /// <summary>Cuts sentences and tokens only.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize() => TemporalScanner.Sentences(text).Count;

    /// <summary>Tags with no anchor (stage one of document dating).</summary>
    [Benchmark]
    public int TagWithoutAnchor() => TemporalTagger.Default.Tag(text).Count;

    /// <summary>Tags and resolves against an anchor.</summary>
    [Benchmark]
    public int TagWithAnchor() => TemporalTagger.Default.Tag(text, Anchor).Count;

    /// <summary>The corpora, built once.</summary>
    internal static class Texts
    {
        private static readonly Dictionary<string, string> Cache = [];

        public static string Get(string corpus)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(corpus, out var value))
                {
                    value = corpus switch
                    {
                        "seeds" => string.Join("\n\n", SeedCorpus.All.Select(s => s.Text)),
                        "1MB" => Synthetic(1 << 20),
                        "10MB" => Synthetic(10 << 20),
                        _ => throw new ArgumentException($"Unknown corpus '{corpus}'.", nameof(corpus)),
                    };
                    Cache[corpus] = value;
                }

                return value;
            }
        }

        /// <summary>Seed sentences in a fixed pseudo-random order, in paragraphs of five, up to <paramref name="chars"/> characters.</summary>
        private static string Synthetic(int chars)
        {
            var sentences = SeedCorpus.All
                .SelectMany(s => TemporalScanner.Sentences(s.Text).Select(r => s.Text[r.Start..r.End]))
                .ToArray();
            var random = new Random(20200616);
            var builder = new StringBuilder(chars + 1024);
            int inParagraph = 0;
            while (builder.Length < chars)
            {
                builder.Append(sentences[random.Next(sentences.Length)]);
                builder.Append(++inParagraph % 5 == 0 ? "\n\n" : " ");
            }

            return builder.ToString(0, chars);
        }
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new PerMegabyteColumn("MB/s", (summary, c, mb) => mb / (summary[c]!.ResultStatistics!.Mean / 1e9)));
            AddColumn(new PerMegabyteColumn("Alloc/MB", (summary, c, mb) =>
                summary[c]!.GcStats.GetBytesAllocatedPerOperation(c) is long bytes ? bytes / mb : double.NaN, bytes: true));
        }
    }

    private sealed class PerMegabyteColumn(string name, Func<Summary, BenchmarkCase, double, double> compute, bool bytes = false) : IColumn
    {
        public string Id => "KoreaEvents." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => bytes ? "Bytes allocated per megabyte of text" : "Megabytes of text tagged per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null)
            {
                return "-";
            }

            var corpus = (string)benchmarkCase.Parameters["Corpus"];
            double megabytes = Texts.Get(corpus).Length / (double)(1 << 20); // characters; the seeds are nearly all ASCII
            double value = compute(summary, benchmarkCase, megabytes);
            return bytes
                ? (value / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB"
                : value.ToString("N1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KoreaEvents.Core.Model;
using KoreaEvents.Storage;
using NodaTime;

namespace KoreaEvents.Core.Benchmarks.Storage;

/// <summary>
/// Ingest of one article into a corpus store (a real SQLite file in a temporary folder) of 10, 100 and 1,000
/// synthetic articles (<see cref="SyntheticText"/>, 1,500 characters each, no seeds), against the baseline that adds
/// the same article to the same dataset in memory (<see cref="KoreaEventsDataset.WithArticles"/>, which re-corroborates
/// only the groups it touches). The store's part is the difference: the article's rows in one transaction and, in
/// <see cref="IngestAndSaveReport"/>, the latest report saved. Each iteration ingests into a fresh copy of the store (the file copied, the dataset shared), so the store does not grow.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
public class CorpusStoreIngestBenchmarks
{
    private static readonly IClock Clock = new FixedClock();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "koreaevents-store-bench-" + Guid.NewGuid().ToString("N"));
    private readonly string newArticle = SyntheticText.Build(1500, seed: 999_999);
    private string template = string.Empty;
    private CorpusStore? built;
    private CorpusStore? store;

    /// <summary>Gets or sets the number of articles already in the store.</summary>
    [Params(10, 100, 1000)]
    public int Articles { get; set; }

    /// <summary>Builds the store of <see cref="Articles"/> articles once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(folder);
        template = Path.Combine(folder, $"template-{Articles}.db");
        var watch = Stopwatch.StartNew();
        built = CorpusStore.Open(template, new CorpusStoreOptions { IncludeSeeds = false, Clock = Clock });
        built.IngestAll(Enumerable.Range(0, Articles).Select(i => new StoreInput(SyntheticText.Build(1500, seed: i), $"synthetic-{i}.txt")));
        Console.WriteLine($"// store of {Articles} articles: {built.Dataset.Claims.Count} claims, {built.Dataset.Report.Groups.Count} groups, built in {watch.Elapsed.TotalSeconds:0.0} s, {(new FileInfo(template).Length + new FileInfo(template + "-wal").Length) / 1024} KB with its WAL");
    }

    /// <summary>Opens a fresh copy of the store with the built store's state (not measured).</summary>
    [IterationSetup]
    public void OpenCopy()
    {
        store?.Dispose();
        var copy = Path.Combine(folder, "work.db");
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(copy + suffix);
        }

        store = built!.CopyTo(copy);
    }

    /// <summary>Adds the article to the store's dataset in memory only: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public KoreaEventsDataset InMemory() => store!.Dataset.WithArticles([new ArticleInput(new SourceId("file-new"), newArticle)]);

    /// <summary>Ingests the article into the store: the same, plus its rows committed.</summary>
    [Benchmark]
    public IngestResult Ingest() => store!.Ingest(newArticle, "new.txt");

    /// <summary>Ingests the article and saves the latest report (the whole report as JSON), as one <c>koreaevents ingest</c> does.</summary>
    [Benchmark]
    public IngestResult IngestAndSaveReport()
    {
        var result = store!.Ingest(newArticle, "new.txt");
        store.SaveReport();
        return result;
    }

    /// <summary>Closes and deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        store?.Dispose();
        built?.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Times the phases of one ingest into a store of <paramref name="articles"/> articles, three times each.</summary>
    public static void Profile(int articles)
    {
        var benchmark = new CorpusStoreIngestBenchmarks { Articles = articles };
        benchmark.Setup();
        try
        {
            for (int run = 0; run < 3; run++)
            {
                benchmark.OpenCopy();
                var store = benchmark.store!;
                var watch = Stopwatch.StartNew();
                var next = store.Dataset.WithArticles([new ArticleInput(new SourceId("file-new"), benchmark.newArticle)]);
                var inMemory = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var json = KoreaEvents.Core.Serialization.KoreaEventsJson.Serialize(next.Report);
                var serialize = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                store.Ingest(benchmark.newArticle, "new.txt");
                var ingest = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                store.SaveReport();
                var save = watch.Elapsed.TotalMilliseconds;
                long saved = SavedReportBytes(Path.Combine(benchmark.folder, "work.db"));
                Console.WriteLine($"store of {articles}: WithArticles {inMemory:0} ms; report JSON {json.Length / 1024} KB serialized in {serialize:0} ms; Ingest {ingest:0} ms; SaveReport {save:0} ms ({saved / 1024} KB saved)");
            }
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    private static long SavedReportBytes(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(json_gzip) FROM report";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>A clock stopped at 2026-01-01 (the tests' day of analysis), so every run dates the same way.</summary>
    private sealed class FixedClock : IClock
    {
        public Instant GetCurrentInstant() => Instant.FromUtc(2026, 1, 1, 0, 0);
    }
}

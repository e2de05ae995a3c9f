using BenchmarkDotNet.Attributes;
using KoreaEvents.Core.Truth;
using TruthReportJson = KoreaEvents.Core.Serialization.TruthReportWriter;

namespace KoreaEvents.Core.Benchmarks.Corroboration;

/// <summary>
/// Reading a <c>source,object,value</c> file into a <see cref="ClaimTable"/> (parse, intern, lay out), and writing a
/// result back out as JSON, on synthetic claims (<see cref="SyntheticTruthTable"/>). Run with
/// <c>dotnet run -c Release --project benchmarks/KoreaEvents.Core.Benchmarks -- --filter '*Read*' --job short --inProcess</c>.
/// </summary>
/// <remarks>
/// In-process runs read the same file again and again: the operating system's page cache holds it and the garbage
/// collector reuses its memory, so these times are lower than a one-shot <c>koreaevents truth</c> run, which also
/// pays for the runtime's start, compiling, and the first touch of every page it allocates.
/// </remarks>
[MemoryDiagnoser]
public class ClaimTableReadBenchmarks
{
    private string _path = string.Empty;
    private string _csv = string.Empty;
    private TruthDiscoveryResult? _result;

    /// <summary>The approximate number of claims.</summary>
    [Params(100_000, 1_000_000)]
    public int Claims { get; set; }

    /// <summary>Writes the CSV to a temporary file once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _csv = SyntheticTruthTable.Csv(Claims);
        _path = Path.Combine(Path.GetTempPath(), $"koreaevents-read-benchmark-{Claims}.csv");
        File.WriteAllText(_path, _csv);
        _result = MajorityVote.Instance.Run(ClaimTable.ReadCsv(_path));
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Read the file as the tool does (in two halves at once when it is large and there are two processors).</summary>
    [Benchmark(Baseline = true)]
    public ClaimTable ReadFile() => ClaimTable.ReadCsv(_path);

    /// <summary>Read the file in one pass.</summary>
    [Benchmark]
    public ClaimTable ReadFileOnePass() => ClaimTable.ReadCsv(_path, parallelFrom: long.MaxValue);

    /// <summary>Read text already in memory.</summary>
    [Benchmark]
    public ClaimTable ReadText() => ClaimTable.ReadCsv(new StringReader(_csv));

    /// <summary>Write the majority-vote report as one JSON string.</summary>
    [Benchmark]
    public string ToJsonAfterRead() => TruthReportJson.ToJson(_result!);

    /// <summary>Write the majority-vote report as JSON to a writer that drops it.</summary>
    [Benchmark]
    public void WriteJsonAfterRead() => TruthReportJson.WriteJson(TextWriter.Null, _result!);
}

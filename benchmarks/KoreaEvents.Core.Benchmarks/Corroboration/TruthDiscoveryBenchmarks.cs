using BenchmarkDotNet.Attributes;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Benchmarks.Corroboration;

/// <summary>
/// Truth discovery end to end on synthetic claims (<see cref="SyntheticTruthTable"/>): reading and grouping the CSV alone
/// (the baseline), then reading plus each algorithm. Run briefly with
/// <c>dotnet run -c Release --project benchmarks/KoreaEvents.Core.Benchmarks -- --filter '*TruthDiscovery*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class TruthDiscoveryBenchmarks
{
    private string _csv = string.Empty;

    /// <summary>The approximate number of claims.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    /// <summary>Generates the CSV text once per size.</summary>
    [GlobalSetup]
    public void Setup() => _csv = SyntheticTruthTable.Csv(Claims);

    /// <summary>Read and group only.</summary>
    [Benchmark(Baseline = true)]
    public ClaimTable ReadAndGroup() => ClaimTable.ReadCsv(new StringReader(_csv));

    /// <summary>Read, group and majority vote.</summary>
    [Benchmark]
    public TruthDiscoveryResult Vote() => MajorityVote.Instance.Run(ReadAndGroup());

    /// <summary>Read, group and TruthFinder with the paper's parameters.</summary>
    [Benchmark]
    public TruthDiscoveryResult TruthFinder() => new TruthFinder().Run(ReadAndGroup());

    /// <summary>Read, group and our independence-aware model with its defaults.</summary>
    [Benchmark]
    public TruthDiscoveryResult Independence() => new IndependenceAwareTruthDiscovery().Run(ReadAndGroup());
}

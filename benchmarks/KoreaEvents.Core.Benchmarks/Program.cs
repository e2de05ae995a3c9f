using System.Diagnostics;
using BenchmarkDotNet.Running;
using KoreaEvents.Core.Benchmarks.Corroboration;
using KoreaEvents.Core.Corroboration;

namespace KoreaEvents.Core.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/KoreaEvents.Core.Benchmarks -- --filter '*'</c>.</summary>
/// <remarks>
/// Two measurements outside BenchmarkDotNet, for the corroboration targets:
/// <list type="bullet">
/// <item><c>--peak [claims] [runs]</c> (default 10⁶, 1): generates the synthetic claims, corroborates them (with
/// several runs as BenchmarkDotNet makes them: a full collection before each, the previous report still alive), counts
/// the verdicts (without making the groups' results, as the benchmark does not), and prints the process's peak working set, the GC heap after a full collection with the report
/// still alive, and the bytes allocated by the corroboration. Run it in a fresh process, so the peak is this
/// run's alone.</item>
/// <item><c>--profile [claims] [repetitions]</c>: times reading and grouping, then the whole corroboration, several
/// times each, printing each run, the medians and the allocations per claim (with CORR_TRACE set, each run's
/// phases too).</item>
/// <item><c>--hash [claims]</c> (default 10⁵): the SHA-256 of the report's JSON, and of the verdicts after
/// corroborating half the claims and adding the other half, to check that a change keeps the output.</item>
/// <item><c>--store-profile [articles]</c> (default 1,000): the phases of ingesting one article into a corpus store
/// of that many synthetic articles, timed once each (see <see cref="Storage.CorpusStoreIngestBenchmarks"/>).</item>
/// </list>
/// </remarks>
public static class Program
{
    /// <summary>Runs the benchmarks selected by the command-line arguments, or one of the measurements above.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--peak")
        {
            Peak(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return;
        }

        if (args.Length > 0 && args[0] == "--hash")
        {
            Hash(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
            return;
        }

        if (args.Length > 0 && args[0] == "--profile")
        {
            Profile(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args.Length > 0 && args[0] == "--store-profile")
        {
            Storage.CorpusStoreIngestBenchmarks.Profile(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Peak(int count, int runs)
    {
        var (sources, claims) = SyntheticEventClaims.Generate(count, seed: 42);
        CorroborationRun.Trace = Environment.GetEnvironmentVariable("CORR_TRACE") is null ? null : line => Console.WriteLine("  " + line);
        GC.Collect();
        long input = GC.GetTotalMemory(forceFullCollection: true);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var report = new CorroborationEngine().Corroborate(sources, claims);
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        for (int r = 1; r < runs; r++)
        {
            // Like BenchmarkDotNet: a full collection before each run, and the previous result (held by its consumer)
            // stays alive while the next one is made.
            GC.Collect();
            report = new CorroborationEngine().Corroborate(sources, claims);
        }

        long retained = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"claims {count}: corroborated in {watch.Elapsed.TotalMilliseconds:0} ms: {report}");
        Console.WriteLine($"input (GC heap after generating) {input / 1048576.0:0.0} MB; GC heap with the report alive {retained / 1048576.0:0.0} MB (report {(retained - input) / 1048576.0:0.0} MB)");
        Console.WriteLine($"allocated by the corroboration {allocated / 1048576.0:0.0} MB ({(double)allocated / count:0} B/claim)");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
        GC.KeepAlive(report);
        GC.KeepAlive(claims);
    }

    private static void Hash(int count)
    {
        var (sources, claims) = SyntheticEventClaims.Generate(count, seed: 42);
        var report = new CorroborationEngine().Corroborate(sources, claims);
        var json = KoreaEvents.Core.Serialization.KoreaEventsJson.Serialize(report);
        Console.WriteLine($"claims {count}: {json.Length} chars of JSON, SHA-256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)))}");
        int half = count / 2;
        var updated = new CorroborationEngine().Corroborate(sources, claims.Take(half)).With([], claims.Skip(half));
        var summary = string.Join("\n", updated.Groups.Select(g => $"{g.Subject} {g.Facet} {g.Verdict} {g.Consensus} {g.SupportWeight} {g.DissentWeight}"));
        Console.WriteLine($"updated in two halves: SHA-256 of the verdicts {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(summary)))}");
    }

    private static void Profile(int count, int repetitions)
    {
        var (sources, claims) = SyntheticEventClaims.Generate(count, seed: 42);
        var engine = new CorroborationEngine();
        var group = new List<double>();
        var whole = new List<double>();
        CorroborationRun.Trace = Environment.GetEnvironmentVariable("CORR_TRACE") is null ? null : line => Console.WriteLine("  " + line);
        for (int r = 0; r < repetitions; r++)
        {
            var watch = Stopwatch.StartNew();
            int groups = ClaimGrouping.Group(claims).GroupStarts.Length;
            group.Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(groups);
            long before = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            var report = engine.Corroborate(sources, claims);
            whole.Add(watch.Elapsed.TotalMilliseconds);
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"run {r}: read and group {group[^1]:0.0} ms, corroborate {whole[^1]:0.0} ms, {(double)allocated / count:0} B/claim, {report.Groups.Count} groups");
        }

        double g = Median(group);
        double c = Median(whole);
        Console.WriteLine($"median at {count}: read and group {g:0.0} ms ({g * 1e6 / count:0} ns/claim), corroborate {c:0.0} ms ({c * 1e6 / count:0} ns/claim), ratio {c / g:0.00}");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

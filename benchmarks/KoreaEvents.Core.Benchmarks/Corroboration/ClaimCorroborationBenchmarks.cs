using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Benchmarks.Corroboration;

/// <summary>
/// Corroboration of synthetic claims at 10³ to 10⁶, against the baseline that merely reads and groups the same
/// claims (interning subjects, facets and sources, sorting by subject and facet). Targets: time per claim at 10⁶ within
/// 1.5× of that at 10⁴; corroboration under 3× reading and grouping; peak memory at 10⁶ under 500 MB (printed at
/// cleanup as the process's peak working set).
/// </summary>
[MemoryDiagnoser]
public class ClaimCorroborationBenchmarks
{
    private Claim[] claims = [];
    private Source[] sources = [];
    private CorroborationEngine engine = new();

    /// <summary>Gets or sets the number of claims.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    /// <summary>Generates the claims once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (sources, claims) = SyntheticEventClaims.Generate(Claims, seed: 42);
        engine = new CorroborationEngine();
    }

    /// <summary>Prints the peak working set, for the memory target.</summary>
    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// peak working set at {Claims} claims: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");

    /// <summary>Reads and groups the claims: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public int ReadAndGroup() => ClaimGrouping.Group(claims).GroupStarts.Length;

    /// <summary>The whole corroboration: origins, consensus, verdicts, learned reliability, results.</summary>
    [Benchmark]
    public CorroborationReport Corroborate() => engine.Corroborate(sources, claims);
}

/// <summary>MinHash + LSH text-reuse detection on 10³ and 10⁴ synthetic documents (5 % rewrites).</summary>
[MemoryDiagnoser]
public class TextReuseBenchmarks
{
    private string[] documents = [];

    /// <summary>Gets or sets the number of documents.</summary>
    [Params(1_000, 10_000)]
    public int Documents { get; set; }

    /// <summary>Generates the documents once per size.</summary>
    [GlobalSetup]
    public void Setup() => documents = SyntheticDocuments.Build(Documents, 0.05, seed: 7);

    /// <summary>Indexes every document and returns the reuse pairs found.</summary>
    [Benchmark]
    public int IndexAll()
    {
        var index = new TextReuseIndex(TextReuseOptions.Default);
        int pairs = 0;
        for (int d = 0; d < documents.Length; d++)
        {
            pairs += index.Add(d, documents[d]).Count;
        }

        return pairs;
    }
}

/// <summary>
/// A deterministic generator of realistic claims: groups of 1 to 12 claims (mean about 5) over dates (60 %),
/// quantities (20 %), places (10 %) and yes/no (10 %); one source per 20 claims, a tenth of them rewriting one of
/// 20 wires; each source has its own accuracy (55 % to 98 %), a wrong claim states a nearby wrong value; 10 % of
/// claims are reported statements (shared keys), 5 % hedged or future.
/// </summary>
internal static class SyntheticEventClaims
{
    public static (Source[] Sources, Claim[] Claims) Generate(int count, int seed)
    {
        var random = new Random(seed);
        int sourceCount = Math.Max(10, count / 20);
        var sources = new Source[sourceCount];
        var accuracy = new double[sourceCount];
        var wires = Enumerable.Range(0, 20).Select(i => new ActorId($"wire-{i}")).ToArray();
        for (int s = 0; s < sourceCount; s++)
        {
            var origins = random.NextDouble() < 0.1 ? new[] { wires[random.Next(wires.Length)] } : [];
            sources[s] = new Source(new SourceId($"source-{s}"), origins: origins);
            accuracy[s] = 0.55 + (0.43 * random.NextDouble());
        }

        var places = Enumerable.Range(0, 50).Select(i => EntityRef.From(new PlaceId($"place-{i}"))).ToArray();
        var statements = Enumerable.Range(0, 200).Select(i => new Attribution($"speaker {i}")).ToArray();
        var facets = new[] { Facet.Date, Facet.Count("people"), Facet.Location, Facet.Occurred };
        var claims = new Claim[count];
        int c = 0;
        int groupNumber = 0;
        while (c < count)
        {
            int size = Math.Min(count - c, 1 + Math.Min(11, (int)(-Math.Log(1 - random.NextDouble()) * 4.5)));
            var subject = EntityRef.From(new EventId($"event-{groupNumber / 2}"));
            double kind = random.NextDouble();
            int facet = kind < 0.6 ? 0 : kind < 0.8 ? 1 : kind < 0.9 ? 2 : 3;
            if (groupNumber % 2 == 1 && facet == 0)
            {
                facet = 1; // a second facet of the same event
            }

            var trueDay = new NodaTime.LocalDate(2000, 1, 1).PlusDays(random.Next(9000));
            int trueCount = 5 + random.Next(500);
            int truePlace = random.Next(places.Length);
            for (int k = 0; k < size; k++, c++)
            {
                int s = random.Next(sourceCount);
                bool right = random.NextDouble() < accuracy[s];
                ClaimValue value = facet switch
                {
                    0 => Date(random, right ? trueDay : trueDay.PlusDays(random.Next(40, 400))),
                    1 => ClaimValue.FromQuantity(random.NextDouble() < 0.3
                        ? Quantity.About(right ? trueCount : trueCount * 2, "people")
                        : Quantity.Exactly(right ? trueCount : trueCount + 1 + random.Next(50), "people")),
                    2 => ClaimValue.FromEntity(places[right ? truePlace : random.Next(places.Length)]),
                    _ => ClaimValue.FromBoolean(right),
                };
                double m = random.NextDouble();
                var modality = m < 0.05 ? (m < 0.025 ? Modality.Hedged : Modality.Future) : m < 0.15 ? Modality.Reported : Modality.Asserted;
                claims[c] = new Claim(new ClaimId($"claim-{c}"), subject, facets[facet], value, sources[s].Id, null,
                    modality == Modality.Reported ? statements[random.Next(statements.Length)] : null, modality);
            }

            groupNumber++;
        }

        // Input order is not grouped.
        random.Shuffle(claims);
        return (sources, claims);
    }

    private static ClaimValue Date(Random random, NodaTime.LocalDate day)
    {
        double precision = random.NextDouble();
        var estimate = precision < 0.5 ? DateEstimate.FromDay(day)
            : precision < 0.85 ? DateEstimate.FromMonth(day.Year, day.Month)
            : precision < 0.95 ? DateEstimate.FromYear(day.Year)
            : DateEstimate.FromMonth(day.Year, day.Month).WithYearUnstated();
        return ClaimValue.FromDate(estimate);
    }
}

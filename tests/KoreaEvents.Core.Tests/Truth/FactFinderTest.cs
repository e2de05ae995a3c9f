using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

public sealed class FactFinderTest
{
    // s1 and s2 say o1 = a; s3 says o1 = b, o2 = c and o3 = d. |C| = 1, 1, 3.
    private static ClaimTable Small() => TruthFixtures.Table(
        ("s1", "o1", "a"), ("s2", "o1", "a"), ("s3", "o1", "b"), ("s3", "o2", "c"), ("s3", "o3", "d"));

    private static double Confidence(TruthDiscoveryResult result, int obj, string value) =>
        result.GetValueConfidence(result.Table.IndexOfValue(obj, value));

    /// <summary>
    /// B0 = 0.5. T1: s1 = s2 = 0.5, s3 = 1.5, scaled 1/3, 1/3, 1. B1: a = 2/3, b = c = d = 1. The prolific s3 wins o1;
    /// the confidence is the share of o1's belief: a = (2/3)/(5/3) = 0.4, b = 0.6.
    /// </summary>
    [Fact]
    public void Sums_first_iteration_matches_the_hand_computation()
    {
        var result = new FactFinder(FactFinderKind.Sums, new FactFinderOptions { Iterations = 1 }).Run(Small());
        Assert.Equal("sums", result.Algorithm);
        Assert.Equal(1.0 / 3, result.GetTrust(0), 9);
        Assert.Equal(1.0, result.GetTrust(2), 9);
        Assert.Equal(0.4, Confidence(result, 0, "a"), 9);
        Assert.Equal(0.6, Confidence(result, 0, "b"), 9);
        Assert.Equal("b", result.GetChosenValueText(0));
    }

    /// <summary>T1 = ln|C|·Σ B/|C|: s1 = s2 = ln 1 · 0.5 = 0, s3 = ln 3 · 1.5/3 = 0.549306, scaled 0, 0, 1; so B(a) = 0.</summary>
    [Fact]
    public void Average_log_gives_one_claim_sources_no_trust()
    {
        var result = new FactFinder(FactFinderKind.AverageLog, new FactFinderOptions { Iterations = 1 }).Run(Small());
        Assert.Equal(0.0, result.GetTrust(0), 12);
        Assert.Equal(1.0, result.GetTrust(2), 12);
        Assert.Equal(0.0, Confidence(result, 0, "a"), 12);
        Assert.Equal("b", result.GetChosenValueText(0));
    }

    /// <summary>
    /// T0 = 1; B0 voted: a = 2/3, b = 1/3, c = d = 1. Each source invests T/|C| per claim: s1, s2 1; s3 1/3. Pools:
    /// a = 2, b = c = d = 1/3.
    /// <code>
    /// T1(s1) = T1(s2) = B(a)·1/2 = 1/3;  T1(s3) = B(b)·(1/3)/(1/3) + B(c) + B(d) = 7/3;  scaled 1/7, 1/7, 1
    /// H(a) = 2/7, H(b) = H(c) = H(d) = 1/3;  B = H^1.2, scaled by (1/3)^1.2: B(a) = (6/7)^1.2 = 0.831120, B(b) = 1
    /// confidence(a) = 0.831120 / 1.831120 = 0.453886
    /// </code>
    /// </summary>
    [Fact]
    public void Investment_first_iteration_matches_the_hand_computation()
    {
        var finder = new FactFinder(FactFinderKind.Investment, new FactFinderOptions { Iterations = 1 });
        Assert.Equal(1.2, finder.Growth);
        Assert.Equal(FactFinderPrior.Voted, finder.InitialBelief);
        var result = finder.Run(Small());
        Assert.Equal(1.0 / 7, result.GetTrust(0), 9);
        Assert.Equal(1.0, result.GetTrust(2), 9);
        Assert.Equal(0.453886, Confidence(result, 0, "a"), 6);
        Assert.Equal("b", result.GetChosenValueText(0));
    }

    /// <summary>
    /// T0 = 1; B0 uniform: a = b = 1/2, c = d = 1. T1(s1) = T1(s2) = (1/2)·1/2 = 1/4, T1(s3) = 1/2 + 1 + 1 = 5/2; scaled
    /// 0.1, 0.1, 1. H(a) = 0.2, H(b) = H(c) = H(d) = 1/3. With G(x) = x^1.4 pooled over o1:
    /// <code>
    /// G(a) = 0.2^1.4 = 0.105061, G(b) = (1/3)^1.4 = 0.214798
    /// B(a) = 0.2·0.105061/0.319859 = 0.065692, B(b) = (1/3)·0.214798/0.319859 = 0.223846, B(c) = B(d) = 1/3
    /// confidence(a) = 0.065692 / 0.289539 = 0.226886
    /// </code>
    /// </summary>
    [Fact]
    public void Pooled_investment_first_iteration_matches_the_hand_computation()
    {
        var finder = new FactFinder(FactFinderKind.PooledInvestment, new FactFinderOptions { Iterations = 1 });
        Assert.Equal(1.4, finder.Growth);
        Assert.Equal(FactFinderPrior.Uniform, finder.InitialBelief);
        var result = finder.Run(Small());
        Assert.Equal(0.1, result.GetTrust(0), 9);
        Assert.Equal(0.226886, Confidence(result, 0, "a"), 6);
        Assert.Equal(0.773114, Confidence(result, 0, "b"), 6);
        Assert.Equal(1.0, Confidence(result, 1, "c"), 9);
    }

    [Theory]
    [InlineData(FactFinderKind.Sums)]
    [InlineData(FactFinderKind.AverageLog)]
    [InlineData(FactFinderKind.Investment)]
    [InlineData(FactFinderKind.PooledInvestment)]
    public void Matches_a_plain_reference_implementation_with_split_votes(FactFinderKind kind)
    {
        var random = new Random(20261122);
        var claims = new List<(string Source, string Object, string Value)>();
        for (int i = 0; i < 400; i++)
        {
            // 25 sources of uneven activity, 60 objects with up to 4 values; repeated (source, object) pairs split votes.
            string source = "s" + (int)(25 * Math.Pow(random.NextDouble(), 2));
            claims.Add((source, "o" + random.Next(60), "v" + random.Next(4)));
        }

        var table = TruthFixtures.Table([.. claims]);
        foreach (int iterations in new[] { 1, 3, 20 })
        {
            var finder = new FactFinder(kind, new FactFinderOptions { Iterations = iterations, Tolerance = 1e-300 });
            var result = finder.Run(table);
            var (trust, belief) = Reference(table, claims, kind, finder.Growth, finder.InitialBelief, iterations);
            for (int s = 0; s < table.SourceCount; s++)
            {
                Assert.Equal(trust[s], result.GetTrust(s), 9);
            }

            for (int o = 0; o < table.ObjectCount; o++)
            {
                var range = table.GetValueRange(o);
                double total = 0;
                for (int v = range.Start.Value; v < range.End.Value; v++)
                {
                    total += belief[v];
                }

                for (int v = range.Start.Value; v < range.End.Value; v++)
                {
                    Assert.Equal(belief[v] / total, result.GetValueConfidence(v), 9);
                }
            }
        }
    }

    [Fact]
    public void Stops_early_and_says_so_once_trust_no_longer_moves()
    {
        // Two sources that agree everywhere keep trust 1 (as they start), so the first iteration moves nothing.
        var agreeing = TruthFixtures.Table(("s1", "o1", "a"), ("s2", "o1", "a"), ("s1", "o2", "b"), ("s2", "o2", "b"));
        var converged = new FactFinder(FactFinderKind.Sums).Run(agreeing);
        Assert.True(converged.Converged);
        Assert.Equal(1, converged.Iterations);

        // On the small table Sums drains s1 and s2 only geometrically (x -> 2x/(2x + 3)): not within 20 iterations.
        var draining = new FactFinder(FactFinderKind.Sums).Run(Small());
        Assert.False(draining.Converged);
        Assert.Equal(20, draining.Iterations);
        var capped = new FactFinder(FactFinderKind.Investment, new FactFinderOptions { Iterations = 2 }).Run(TruthFixtures.Claims("synthetic-copiers"));
        Assert.Equal(2, capped.Iterations);
        Assert.False(capped.Converged);
    }

    [Fact]
    public void With_only_one_claim_sources_average_log_keeps_the_initial_belief()
    {
        var table = TruthFixtures.Table(("s1", "o1", "b"), ("s2", "o1", "a"), ("s3", "o2", "c"));
        var result = new FactFinder(FactFinderKind.AverageLog).Run(table);
        Assert.True(result.Converged);
        Assert.Equal(1, result.Iterations);
        Assert.Equal("a", result.GetChosenValueText(0)); // a tie at 0.5 each: the lowest key
        Assert.Equal(0.5, Confidence(result, 0, "b"), 12);
    }

    [Fact]
    public void Rejects_bad_arguments_by_name()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => new FactFinder((FactFinderKind)9)).ParamName);
        Assert.Equal("Iterations", Assert.Throws<ArgumentException>(() => new FactFinder(FactFinderKind.Sums, new FactFinderOptions { Iterations = 0 })).ParamName);
        Assert.Equal("Growth", Assert.Throws<ArgumentException>(() => new FactFinder(FactFinderKind.Investment, new FactFinderOptions { Growth = 0 })).ParamName);
        Assert.Equal("Tolerance", Assert.Throws<ArgumentException>(() => new FactFinder(FactFinderKind.Sums, new FactFinderOptions { Tolerance = 0 })).ParamName);
        Assert.Equal("InitialBelief", Assert.Throws<ArgumentException>(() => new FactFinder(FactFinderKind.Sums, new FactFinderOptions { InitialBelief = (FactFinderPrior)7 })).ParamName);
        Assert.Throws<ArgumentNullException>(() => new FactFinder(FactFinderKind.Sums).Run(null!));
    }

    [Theory]
    [InlineData("sums", FactFinderKind.Sums)]
    [InlineData("AverageLog", FactFinderKind.AverageLog)]
    [InlineData(" investment ", FactFinderKind.Investment)]
    [InlineData("pooledinvestment", FactFinderKind.PooledInvestment)]
    public void Is_available_by_name(string name, FactFinderKind kind)
    {
        var algorithm = Assert.IsType<FactFinder>(TruthDiscoveryAlgorithms.FromName(name));
        Assert.Equal(kind, algorithm.Kind);
        Assert.Contains(algorithm.Name, TruthDiscoveryAlgorithms.Names);
    }

    /// <summary>The formulas of the type's remarks over plain lists, one claim at a time: a second reading of the paper.</summary>
    private static (double[] Trust, double[] Belief) Reference(ClaimTable table, List<(string Source, string Object, string Value)> rows, FactFinderKind kind, double g, FactFinderPrior prior, int iterations)
    {
        // claims: (source, value, weight); repeated rows count once, and weight = 1/k for a source giving k values of one object.
        var distinct = rows.Select(r => (S: table.IndexOfSource(r.Source), O: table.IndexOfObject(r.Object), r.Value)).Distinct().ToList();
        var claims = distinct
            .Select(r => (r.S, V: table.IndexOfValue(r.O, r.Value), W: 1.0 / distinct.Count(x => x.S == r.S && x.O == r.O)))
            .ToList();

        double[] count = new double[table.SourceCount];
        foreach (var c in claims)
        {
            count[c.S] += c.W;
        }

        double[] belief = new double[table.ValueCount];
        for (int o = 0; o < table.ObjectCount; o++)
        {
            var range = table.GetValueRange(o);
            int m = range.End.Value - range.Start.Value;
            double votes = claims.Where(c => table.GetValueObject(c.V) == o).Sum(c => c.W);
            for (int v = range.Start.Value; v < range.End.Value; v++)
            {
                belief[v] = prior switch
                {
                    FactFinderPrior.Uniform => 1.0 / m,
                    FactFinderPrior.Voted => claims.Where(c => c.V == v).Sum(c => c.W) / votes,
                    _ => 0.5,
                };
            }
        }

        double[] trust = Enumerable.Repeat(1.0, table.SourceCount).ToArray();
        for (int i = 0; i < iterations; i++)
        {
            double[] next = new double[table.SourceCount];
            double[] pool = new double[table.ValueCount];
            foreach (var c in claims)
            {
                pool[c.V] += c.W * trust[c.S] / count[c.S];
            }

            foreach (var c in claims)
            {
                next[c.S] += kind switch
                {
                    FactFinderKind.Investment or FactFinderKind.PooledInvestment => belief[c.V] * (c.W * trust[c.S] / count[c.S]) / pool[c.V],
                    _ => c.W * belief[c.V],
                };
            }

            if (kind == FactFinderKind.AverageLog)
            {
                for (int s = 0; s < next.Length; s++)
                {
                    next[s] = Math.Log(count[s]) * next[s] / count[s];
                }
            }

            trust = Scaled(next);
            double[] h = new double[table.ValueCount];
            foreach (var c in claims)
            {
                h[c.V] += kind is FactFinderKind.Investment or FactFinderKind.PooledInvestment ? c.W * trust[c.S] / count[c.S] : c.W * trust[c.S];
            }

            belief = kind switch
            {
                FactFinderKind.Investment => h.Select(x => Math.Pow(x, g)).ToArray(),
                FactFinderKind.PooledInvestment => [.. h.Select((x, v) => x * Math.Pow(x, g) / PooledG(table, h, table.GetValueObject(v), g))],
                _ => h,
            };
            belief = Scaled(belief);
        }

        return (trust, belief);
    }

    private static double PooledG(ClaimTable table, double[] h, int obj, double g)
    {
        var range = table.GetValueRange(obj);
        double sum = 0;
        for (int v = range.Start.Value; v < range.End.Value; v++)
        {
            sum += Math.Pow(h[v], g);
        }

        return sum;
    }

    private static double[] Scaled(double[] x)
    {
        double max = x.Max();
        return [.. x.Select(y => y / max)];
    }
}

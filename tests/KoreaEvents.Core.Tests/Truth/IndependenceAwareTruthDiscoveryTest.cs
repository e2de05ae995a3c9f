using KoreaEvents.Core.Truth;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Truth;

public sealed class IndependenceAwareTruthDiscoveryTest
{
    /// <summary>
    /// One iteration by hand, dependence off, with the old floor of one false value. Prior a0 = 0.8, strength 2. o1: s1
    /// and s2 say a, s3 says b (m = 2, n = 1, ln n = 0); o2: s3 says c alone.
    /// <code>
    /// logit(0.8) = ln 4 = 1.386294 for every source
    /// o1: score(a) = 2·1.386294 = 2.772589, score(b) = 1.386294
    ///     P(a) = e^2.772589 / (e^2.772589 + e^1.386294) = 16/(16 + 4) = 0.8, P(b) = 0.2
    /// o2: P(c) = 1
    /// A(s1) = A(s2) = (2·0.8 + 0.8)/(2 + 1) = 0.8
    /// A(s3) = (2·0.8 + 0.2)/(2 + 1) = 0.6   (o2 is claimed by s3 alone: no evidence about its accuracy)
    /// </code>
    /// </summary>
    [Fact]
    public void First_iteration_matches_the_hand_computation()
    {
        var table = TruthFixtures.Table(("s1", "o1", "a"), ("s2", "o1", "a"), ("s3", "o1", "b"), ("s3", "o2", "c"));
        var result = new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { MaxIterations = 1, DetectDependence = false, DetectEchoes = false, MinFalseValues = 1 }).Run(table);
        Assert.Equal(0.8, result.GetValueConfidence(table.IndexOfValue(0, "a")), 12);
        Assert.Equal(0.2, result.GetValueConfidence(table.IndexOfValue(0, "b")), 12);
        Assert.Equal(1.0, result.GetValueConfidence(table.IndexOfValue(1, "c")), 12);
        Assert.Equal(0.8, result.GetTrust(0), 12);
        Assert.Equal(0.6, result.GetTrust(2), 12);
        Assert.False(result.Converged);
    }

    /// <summary>
    /// The same iteration with the default floor of two false values (n = max(2, m − 1) = 2 on o1):
    /// <code>
    /// o1: score(a) = 2·(ln 2 + ln 4) = 2·ln 8, score(b) = ln 8
    ///     P(a) = 64/(64 + 8) = 0.888889, P(b) = 0.111111
    /// A(s1) = (2·0.8 + 0.888889)/3 = 0.829630;  A(s3) = (2·0.8 + 0.111111)/3 = 0.570370
    /// </code>
    /// </summary>
    [Fact]
    public void First_iteration_with_the_default_floor_of_false_values_matches_the_hand_computation()
    {
        var table = TruthFixtures.Table(("s1", "o1", "a"), ("s2", "o1", "a"), ("s3", "o1", "b"), ("s3", "o2", "c"));
        var result = new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { MaxIterations = 1, DetectDependence = false, DetectEchoes = false }).Run(table);
        Assert.Equal(64.0 / 72, result.GetValueConfidence(table.IndexOfValue(0, "a")), 12);
        Assert.Equal(8.0 / 72, result.GetValueConfidence(table.IndexOfValue(0, "b")), 12);
        Assert.Equal((1.6 + (64.0 / 72)) / 3, result.GetTrust(0), 12);
        Assert.Equal((1.6 + (8.0 / 72)) / 3, result.GetTrust(2), 12);
    }

    /// <summary>
    /// Sources that are right less than half the time still vote for what they claim once an object is assumed to have
    /// at least two false values. Six "weak" sources each agree with the reference source r on one object in three and
    /// give scattered values elsewhere, so their accuracy settles well below one half. On object x five of them say
    /// "v" and the sixth says "w": with n = 1 every weak claim is evidence against its value, so the value with fewer
    /// such claims wins; with the default floor of two the five agreeing sources win, as a vote would.
    /// </summary>
    [Fact]
    public void Weak_sources_in_agreement_are_not_outvoted_by_one_dissenter()
    {
        var table = TruthFixtures.ReliableAmongWeak();
        int x = table.IndexOfObject("x");
        var strictFloor = new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { MinFalseValues = 1, DetectDependence = false }).Run(table);
        Assert.True(strictFloor.GetTrust(table.IndexOfSource("weak0")) < 0.5);
        Assert.Equal("w", strictFloor.GetChosenValueText(x));
        var result = new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { DetectDependence = false }).Run(table);
        Assert.Equal("v", result.GetChosenValueText(x));
    }

    /// <summary>
    /// Accuracy per facet: source "s" agrees with three reference sources on 200 "|temp" objects but always gives its
    /// own value on 40 "|feel" objects, where the references agree; "m" is a middling source, right on 28 of 40 other
    /// "|temp" objects. On the contested object "z|feel" s says "p" and m says "q". Without facets s has the better
    /// overall accuracy and wins; with facets (a weak facet prior, so forty claims are enough to move it) s is known to
    /// be wrong on "feel" and m wins.
    /// </summary>
    [Fact]
    public void A_source_wrong_on_one_facet_loses_that_facet_only()
    {
        var claims = new List<(string, string, string)>();
        for (int i = 0; i < 200; i++)
        {
            foreach (var r in new[] { "r1", "r2", "r3", "s" })
            {
                claims.Add((r, $"c{i}|temp", $"t{i}"));
            }
        }

        for (int i = 0; i < 40; i++)
        {
            foreach (var r in new[] { "r1", "r2", "r3" })
            {
                claims.Add((r, $"c{i}|feel", $"f{i}"));
                claims.Add((r, $"d{i}|temp", $"u{i}"));
            }

            claims.Add(("s", $"c{i}|feel", $"s{i}"));
            claims.Add(("m", $"d{i}|temp", i < 28 ? $"u{i}" : $"n{i}"));
        }

        claims.Add(("s", "z|feel", "p"));
        claims.Add(("m", "z|feel", "q"));
        var table = TruthFixtures.Table([.. claims]);
        int z = table.IndexOfObject("z|feel");
        var options = new IndependenceAwareOptions { DetectDependence = false, FacetPriorStrength = 5 };
        var plain = new IndependenceAwareTruthDiscovery(options with { FacetSeparator = null }).Run(table);
        Assert.True(plain.GetTrust(table.IndexOfSource("s")) > plain.GetTrust(table.IndexOfSource("m")));
        Assert.Equal("p", plain.GetChosenValueText(z));
        var faceted = new IndependenceAwareTruthDiscovery(options).Run(table);
        Assert.Equal("q", faceted.GetChosenValueText(z));
        Assert.True(faceted.Converged);
    }

    /// <summary>
    /// Large tables run in parallel blocks; the blocks are fixed and every sum keeps its order, so the result is the same
    /// bit for bit as on one thread. 66,000 claims (above the parallel threshold) over three facets, with a copier; with
    /// ten sources (source pairs kept at their cell of the triangle of all pairs), with 2,000 (few of the triangle's two
    /// million cells used: numbered per cell) and with 3,000 (numbers stored per claim pair).
    /// </summary>
    [Theory]
    [InlineData(10)]
    [InlineData(2000)]
    [InlineData(3000)]
    public void Parallel_and_sequential_runs_give_identical_results(int sourceCount)
    {
        var random = new Random(5);
        var claims = new List<(string, string, string)>();
        string[] facets = ["a", "b", "c"];
        for (int o = 0; o < 6000; o++)
        {
            string name = $"o{o / 3}|{facets[o % 3]}";
            string first = string.Empty;
            for (int k = 0; k < 10; k++)
            {
                int s = sourceCount == 10 ? k : random.Next(sourceCount);
                string value = random.NextDouble() < 0.3 + (k * 0.06) ? "t" : $"f{random.Next(3)}";
                first = k == 0 ? value : first;
                claims.Add(($"s{s}", name, value));
            }

            claims.Add(("copier", name, random.NextDouble() < 0.8 ? first : $"f{random.Next(3)}"));
        }

        var table = TruthFixtures.Table([.. claims]);
        Assert.True(table.ClaimCount >= 50_000);
        Assert.True(table.SourceCount > sourceCount / 2);
        var parallel = new IndependenceAwareTruthDiscovery().Run(table);
        var sequential = new IndependenceAwareTruthDiscovery { Sequential = true }.Run(table);
        Assert.Equal(sequential.Iterations, parallel.Iterations);
        for (int s = 0; s < table.SourceCount; s++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(sequential.GetTrust(s)), BitConverter.DoubleToInt64Bits(parallel.GetTrust(s)));
        }

        for (int v = 0; v < table.ValueCount; v++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(sequential.GetValueConfidence(v)), BitConverter.DoubleToInt64Bits(parallel.GetValueConfidence(v)));
        }

        Assert.NotEmpty(parallel.Dependences);
        Assert.Equal(sequential.Dependences.Count, parallel.Dependences.Count);
        for (int d = 0; d < parallel.Dependences.Count; d++)
        {
            Assert.Equal(sequential.Dependences[d], parallel.Dependences[d]);
        }
    }

    /// <summary>With a single facet the facet machinery changes nothing: "|" in no name and no separator give equal results.</summary>
    [Fact]
    public void One_facet_gives_the_same_result_as_no_separator()
    {
        var table = TruthFixtures.Table(("s1", "o1", "a"), ("s2", "o1", "a"), ("s3", "o1", "b"), ("s3", "o2", "c"), ("s1", "o2", "d"));
        var faceted = new IndependenceAwareTruthDiscovery().Run(table);
        var plain = new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { FacetSeparator = null }).Run(table);
        for (int s = 0; s < table.SourceCount; s++)
        {
            Assert.Equal(plain.GetTrust(s), faceted.GetTrust(s));
        }

        Assert.Equal(plain.Iterations, faceted.Iterations);
    }

    /// <summary>
    /// A reliable source outvotes two unreliable ones once accuracies are learned: r1 and r2 agree with each other on
    /// ten objects; u1 and u2 disagree with them and with each other there. On the contested object x, r1 says "t"
    /// while u1 and u2 say "f" — the majority is wrong, the learned accuracies are not.
    /// </summary>
    [Fact]
    public void Learned_accuracy_beats_a_wrong_majority()
    {
        var claims = new List<(string, string, string)>();
        for (int i = 0; i < 10; i++)
        {
            claims.Add(("r1", $"o{i}", "right"));
            claims.Add(("r2", $"o{i}", "right"));
            claims.Add(("r3", $"o{i}", "right"));
            claims.Add(("u1", $"o{i}", $"wrong{i}"));
            claims.Add(("u2", $"o{i}", $"other{i}"));
        }

        claims.Add(("r1", "x", "t"));
        claims.Add(("u1", "x", "f"));
        claims.Add(("u2", "x", "f"));
        var table = TruthFixtures.Table([.. claims]);
        Assert.Equal("f", MajorityVote.Instance.Run(table).GetChosenValueText(table.IndexOfObject("x")));
        var result = new IndependenceAwareTruthDiscovery().Run(table);
        Assert.Equal("t", result.GetChosenValueText(table.IndexOfObject("x")));
        Assert.True(result.Converged);
        Assert.True(result.GetTrust(table.IndexOfSource("r1")) > 0.8);
        Assert.True(result.GetTrust(table.IndexOfSource("u1")) < 0.3);
    }

    /// <summary>
    /// A copier that repeats a poor source's errors is found and discounted: on the fixture (6 copiers of the worst
    /// sources), majority vote scores 0.77; our model must do much better and name copier pairs.
    /// </summary>
    [Fact]
    public void Synthetic_copiers_are_detected_and_discounted()
    {
        var table = TruthFixtures.Claims("synthetic-copiers");
        var truth = TruthFixtures.Truth("synthetic-copiers");
        var vote = truth.Evaluate(MajorityVote.Instance.Run(table));
        var finder = truth.Evaluate(new TruthFinder().Run(table));
        var result = new IndependenceAwareTruthDiscovery().Run(table);
        var ours = truth.Evaluate(result);
        var withoutDependence = truth.Evaluate(new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { DetectDependence = false }).Run(table));

        Assert.Equal(300, ours.Scored);
        Assert.Equal(0.77, vote.Accuracy, 2);
        Assert.True(finder.Accuracy > vote.Accuracy);
        Assert.True(ours.Accuracy >= 0.89, $"accuracy {ours.Accuracy}");
        Assert.True(ours.Accuracy > finder.Accuracy);
        Assert.True(ours.Accuracy >= withoutDependence.Accuracy);
        Assert.True(result.Converged);

        // sources.csv says which source each copier copies: most detected pairs must be exactly those.
        var copies = File.ReadLines(Path.Combine(TruthFixtures.Directory(), "synthetic-copiers.sources.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[2].Length > 0)
            .Select(f => (f[0], f[2]))
            .ToHashSet();
        var detected = result.Dependences.Where(d => d.Probability > 0.9)
            .Select(d => (table.Sources[d.Source], table.Sources[d.Other]))
            .ToList();
        int genuine = detected.Count(p => copies.Contains(p) || copies.Contains((p.Item2, p.Item1)));
        Assert.True(genuine >= 5, $"{genuine} of the 6 copier pairs found");
        Assert.True(genuine * 2 >= detected.Count, $"{detected.Count} pairs detected, {genuine} genuine");
    }

    [Fact]
    public void Results_are_identical_on_every_run()
    {
        var table = TruthFixtures.Claims("synthetic-copiers");
        var first = KoreaEventsJson.Serialize(new IndependenceAwareTruthDiscovery().Run(table));
        var second = KoreaEventsJson.Serialize(new IndependenceAwareTruthDiscovery().Run(TruthFixtures.Claims("synthetic-copiers")));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Single_claim_objects_and_sources_stay_near_the_prior()
    {
        var table = TruthFixtures.Table(("lonely", "o1", "a"));
        var result = new IndependenceAwareTruthDiscovery().Run(table);
        Assert.Equal("a", result.GetChosenValueText(0));
        Assert.Equal(1.0, result.GetConfidence(0));
        Assert.Equal(0.8, result.GetTrust(0), 12);
    }

    /// <summary>
    /// A source that is alone on most of its objects (a bot filling in values nobody disputes) earns no accuracy
    /// there. The bot is alone on 200 objects; on ten contested ones it agrees with r1 and r2 half the time. On x,
    /// the bot and r1 disagree: counting the 200 uncontested claims as correct would give the bot an accuracy near
    /// 0.97 and the win; from its contested claims alone it is a coin flip, and r1 (always confirmed) wins.
    /// </summary>
    [Fact]
    public void Uncontested_claims_are_no_evidence_of_accuracy()
    {
        var claims = new List<(string, string, string)>();
        for (int i = 0; i < 200; i++)
        {
            claims.Add(("bot", $"alone{i}", "filled"));
        }

        for (int i = 0; i < 10; i++)
        {
            claims.Add(("r1", $"c{i}", "right"));
            claims.Add(("r2", $"c{i}", "right"));
            claims.Add(("bot", $"c{i}", i < 5 ? "right" : "wrong"));
        }

        claims.Add(("bot", "x", "f"));
        claims.Add(("r1", "x", "t"));
        var table = TruthFixtures.Table([.. claims]);
        var result = new IndependenceAwareTruthDiscovery().Run(table);
        Assert.Equal("t", result.GetChosenValueText(table.IndexOfObject("x")));
        Assert.InRange(result.GetTrust(table.IndexOfSource("bot")), 0.45, 0.65);
        Assert.True(result.GetTrust(table.IndexOfSource("r1")) > 0.9);
    }

    /// <summary>
    /// The per-object likelihood ratio of dependence, by hand (a1 = a2 = 0.8, φ = 0.2, c = 0.8):
    /// <code>
    /// both wrong = 0.2·0.2·0.2 = 0.008
    /// p = 1:   dependent 0.8·0.8 + 0.2·0.64 = 0.768, independent 0.64        → ln 1.2   = 0.182322
    /// p = 0:   dependent 0.8·0.2 + 0.2·0.008 = 0.1616, independent 0.008     → ln 20.2  = 3.005683
    /// p = 0.5: dependent (0.768 + 0.1616)/2 = 0.4648, independent 0.324       → 0.360864
    /// </code>
    /// Agreeing on a certain value is weak evidence of copying; agreeing on a certainly false one is strong evidence.
    /// </summary>
    [Fact]
    public void Agreement_likelihood_ratio_matches_the_hand_computation()
    {
        Assert.Equal(Math.Log(1.2), IndependenceAwareTruthDiscovery.AgreementLogRatio(1, 0.8, 0.8, 0.2, 0.8), 12);
        Assert.Equal(Math.Log(20.2), IndependenceAwareTruthDiscovery.AgreementLogRatio(0, 0.8, 0.8, 0.2, 0.8), 12);
        Assert.Equal(Math.Log(0.4648 / 0.324), IndependenceAwareTruthDiscovery.AgreementLogRatio(0.5, 0.8, 0.8, 0.2, 0.8), 12);
    }

    /// <summary>
    /// Six independent sources (accuracy 0.8, errors spread over three false values) and one mirror that repeats
    /// source s5 on every object: the mirror pair is found; no pair of independent sources is, although accurate
    /// sources agree on most objects. The truth is found at least as often as by majority vote (which the mirror sways).
    /// </summary>
    [Fact]
    public void A_mirror_is_detected_and_accurate_independent_sources_are_not()
    {
        var random = new Random(20240521);
        var claims = new List<(string, string, string)>();
        for (int o = 0; o < 200; o++)
        {
            string s5Value = "";
            for (int s = 0; s < 6; s++)
            {
                string value = random.NextDouble() < 0.8 ? "true" : $"false{random.Next(3)}";
                claims.Add(($"s{s}", $"o{o}", value));
                s5Value = value;
            }

            claims.Add(("mirror", $"o{o}", s5Value));
        }

        var table = TruthFixtures.Table([.. claims]);
        var result = new IndependenceAwareTruthDiscovery().Run(table);
        var found = result.Dependences.Select(d => (table.Sources[d.Source], table.Sources[d.Other])).ToList();
        Assert.Single(found);
        Assert.Contains(found[0], new[] { ("mirror", "s5"), ("s5", "mirror") });
        Assert.True(result.Dependences[0].Probability > 0.99);
        var vote = MajorityVote.Instance.Run(table);
        int ours = Enumerable.Range(0, 200).Count(o => result.GetChosenValueText(o) == "true");
        int votes = Enumerable.Range(0, 200).Count(o => vote.GetChosenValueText(o) == "true");
        Assert.True(ours >= votes && ours >= 194, $"{ours} right, majority vote {votes}");
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { PriorAccuracy = 0 }));
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { CopyRate = 1.5 }));
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { MaxClaimsPerObjectForDependence = 1 }));
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { MinFalseValues = 0 }));
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { FacetPriorStrength = -1 }));
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { FacetPriorStrength = double.PositiveInfinity }));
    }
}

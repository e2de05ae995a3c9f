using KoreaEvents.Core.Corroboration.Truth;

namespace KoreaEvents.Core.Tests.Corroboration.Truth;

public sealed class IndependenceAwareTruthDiscoveryTest
{
    /// <summary>
    /// One iteration by hand, dependence off. Prior a0 = 0.8, strength 2. o1: s1 and s2 say a, s3 says b (m = 2, n = 1,
    /// ln n = 0); o2: s3 says c alone.
    /// <code>
    /// logit(0.8) = ln 4 = 1.386294 for every source
    /// o1: score(a) = 2·1.386294 = 2.772589, score(b) = 1.386294
    ///     P(a) = e^2.772589 / (e^2.772589 + e^1.386294) = 16/(16 + 4) = 0.8, P(b) = 0.2
    /// o2: P(c) = 1
    /// A(s1) = A(s2) = (2·0.8 + 0.8)/(2 + 1) = 0.8
    /// A(s3) = (2·0.8 + 0.2 + 1)/(2 + 2) = 0.7
    /// </code>
    /// </summary>
    [Fact]
    public void First_iteration_matches_the_hand_computation()
    {
        var table = TruthFixtures.Table(("s1", "o1", "a"), ("s2", "o1", "a"), ("s3", "o1", "b"), ("s3", "o2", "c"));
        var result = new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { MaxIterations = 1, DetectDependence = false }).Run(table);
        Assert.Equal(0.8, result.GetValueConfidence(table.IndexOfValue(0, "a")), 12);
        Assert.Equal(0.2, result.GetValueConfidence(table.IndexOfValue(0, "b")), 12);
        Assert.Equal(1.0, result.GetValueConfidence(table.IndexOfValue(1, "c")), 12);
        Assert.Equal(0.8, result.GetTrust(0), 12);
        Assert.Equal(0.7, result.GetTrust(2), 12);
        Assert.False(result.Converged);
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
        var first = TruthReportJson.ToJson(new IndependenceAwareTruthDiscovery().Run(table));
        var second = TruthReportJson.ToJson(new IndependenceAwareTruthDiscovery().Run(TruthFixtures.Claims("synthetic-copiers")));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Single_claim_objects_and_sources_stay_near_the_prior()
    {
        var table = TruthFixtures.Table(("lonely", "o1", "a"));
        var result = new IndependenceAwareTruthDiscovery().Run(table);
        Assert.Equal("a", result.GetChosenValueText(0));
        Assert.Equal(1.0, result.GetConfidence(0));
        Assert.Equal((2 * 0.8 + 1) / 3, result.GetTrust(0), 9);
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { PriorAccuracy = 0 }));
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { CopyRate = 1.5 }));
        Assert.Throws<ArgumentException>(() => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { MaxClaimsPerObjectForDependence = 1 }));
    }
}

using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

public sealed class TruthFinderTest
{
    /// <summary>
    /// s1 and s2 say o1 = a, s3 says o1 = b and o2 = c. Paper defaults: t0 = 0.9, γ = 0.3, ρ = 0.5, base_sim = 0.5.
    /// <code>
    /// τ = −ln(1 − 0.9) = 2.302585
    /// σ(a) = 2τ = 4.605170, σ(b) = τ, σ(c) = τ
    /// a and b share no token: sim = 0, imp = −0.5
    /// σ*(a) = 4.605170 + 0.5·(−0.5·2.302585) = 4.029524
    /// σ*(b) = 2.302585 + 0.5·(−0.5·4.605170) = 1.151293
    /// σ*(c) = 2.302585 (alone on o2)
    /// s(a) = 1/(1 + e^(−0.3·4.029524)) = 0.770097
    /// s(b) = 1/(1 + e^(−0.3·1.151293)) = 0.585499
    /// s(c) = 1/(1 + e^(−0.3·2.302585)) = 0.666139
    /// t(s1) = t(s2) = 0.770097, t(s3) = (0.585499 + 0.666139)/2 = 0.625819
    /// </code>
    /// </summary>
    [Fact]
    public void First_iteration_matches_the_hand_computation()
    {
        var table = TruthFixtures.Table(("s1", "o1", "a"), ("s2", "o1", "a"), ("s3", "o1", "b"), ("s3", "o2", "c"));
        var result = new TruthFinder(new TruthFinderOptions { MaxIterations = 1 }).Run(table);
        Assert.Equal(1, result.Iterations);
        Assert.False(result.Converged);
        Assert.Equal(0.770097, result.GetValueConfidence(table.IndexOfValue(0, "a")), 6);
        Assert.Equal(0.585499, result.GetValueConfidence(table.IndexOfValue(0, "b")), 6);
        Assert.Equal(0.666139, result.GetValueConfidence(table.IndexOfValue(1, "c")), 6);
        Assert.Equal(0.770097, result.GetTrust(0), 6);
        Assert.Equal(0.770097, result.GetTrust(1), 6);
        Assert.Equal(0.625819, result.GetTrust(2), 6);
        Assert.Equal("a", result.GetChosenValueText(0));
    }

    /// <summary>
    /// Second iteration from the trusts above: τ(s1) = τ(s2) = −ln(0.229903) = 1.470096, τ(s3) = −ln(0.374181) = 0.983016.
    /// <code>
    /// σ(a) = 2.940193, σ(b) = 0.983016
    /// σ*(a) = 2.940193 − 0.25·0.983016 = 2.694439 → s(a) = 1/(1 + e^(−0.808332)) = 0.691754
    /// σ*(b) = 0.983016 − 0.25·2.940193 = 0.247968 → s(b) = 1/(1 + e^(−0.074390)) = 0.518589
    /// σ*(c) = 0.983016 → s(c) = 1/(1 + e^(−0.294905)) = 0.573196
    /// </code>
    /// </summary>
    [Fact]
    public void Second_iteration_matches_the_hand_computation()
    {
        var table = TruthFixtures.Table(("s1", "o1", "a"), ("s2", "o1", "a"), ("s3", "o1", "b"), ("s3", "o2", "c"));
        var result = new TruthFinder(new TruthFinderOptions { MaxIterations = 2 }).Run(table);
        Assert.Equal(0.691754, result.GetValueConfidence(table.IndexOfValue(0, "a")), 5);
        Assert.Equal(0.518589, result.GetValueConfidence(table.IndexOfValue(0, "b")), 5);
        Assert.Equal(0.573196, result.GetValueConfidence(table.IndexOfValue(1, "c")), 5);
    }

    /// <summary>
    /// Numbers support each other through similarity: 100 and 101 (sim = 1 − 1/101 = 0.990099, imp = +0.490099)
    /// against 500 (sim with 100: 0.2, imp −0.3; with 101: 0.202, imp −0.298). One source each, τ = 2.302585:
    /// σ*(100) = τ + 0.5·(τ·0.490099 − τ·0.3) = 2.521445, while σ*(500) = τ + 0.5·(−0.3τ − 0.298τ) = 1.614112;
    /// σ*(101) = τ + 0.5·(τ·0.490099 − τ·0.298) = 2.523748 is a hair above σ*(100), so 101 is chosen.
    /// </summary>
    [Fact]
    public void Similar_numbers_imply_each_other()
    {
        var table = TruthFixtures.Table(("s1", "o1", "100"), ("s2", "o1", "101"), ("s3", "o1", "500"));
        var result = new TruthFinder(new TruthFinderOptions { MaxIterations = 1 }).Run(table);
        double expected100 = 1 / (1 + Math.Exp(-0.3 * 2.521445));
        double expected500 = 1 / (1 + Math.Exp(-0.3 * 1.614112));
        Assert.Equal(expected100, result.GetValueConfidence(table.IndexOfValue(0, "100")), 5);
        Assert.Equal(expected500, result.GetValueConfidence(table.IndexOfValue(0, "500")), 5);
        Assert.Equal(1 / (1 + Math.Exp(-0.3 * 2.523748)), result.GetValueConfidence(table.IndexOfValue(0, "101")), 5);
        Assert.Equal("101", result.GetChosenValueText(0));
    }

    [Fact]
    public void Converges_on_the_cosine_change_of_the_trust_vector()
    {
        var table = TruthFixtures.Claims("synthetic-copiers");
        var result = new TruthFinder().Run(table);
        Assert.True(result.Converged);
        Assert.InRange(result.Iterations, 2, 100);
        Assert.Equal(1e-6, result.Tolerance);
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new TruthFinder(new TruthFinderOptions { InitialTrust = 1 }));
        Assert.Throws<ArgumentException>(() => new TruthFinder(new TruthFinderOptions { DampeningFactor = 0 }));
        Assert.Throws<ArgumentException>(() => new TruthFinder(new TruthFinderOptions { MaxIterations = 0 }));
    }
}

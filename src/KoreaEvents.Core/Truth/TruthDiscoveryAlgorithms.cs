using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>The algorithms by name, with their default parameters.</summary>
public static class TruthDiscoveryAlgorithms
{
    /// <summary>The names accepted by <see cref="FromName"/>, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["independence", "independence-pairs", "vote", "truthfinder", "sums", "averagelog", "investment", "pooledinvestment"];

    /// <summary>The default algorithm: <see cref="IndependenceAwareTruthDiscovery"/> with default options.</summary>
    public static ITruthDiscoveryAlgorithm Default { get; } = new IndependenceAwareTruthDiscovery();

    /// <summary>
    /// Returns the algorithm named <paramref name="name"/> (case-insensitive): <c>independence</c> (our model),
    /// <c>independence-pairs</c> (our model with pair dependence only, as before echo detection:
    /// <see cref="IndependenceAwareOptions.DetectEchoes"/> off and two dependence rounds), <c>vote</c> (majority vote), <c>truthfinder</c>, or one of Pasternack and Roth's fact-finders <c>sums</c>,
    /// <c>averagelog</c>, <c>investment</c> and <c>pooledinvestment</c> (<see cref="FactFinder"/>); each with default
    /// parameters.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static ITruthDiscoveryAlgorithm FromName(string name)
    {
        Preconditions.CheckNotNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "independence" => Default,
            "independence-pairs" => new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { DetectEchoes = false, DependenceRounds = 2 }),
            "vote" => MajorityVote.Instance,
            "truthfinder" => new TruthFinder(),
            "sums" => new FactFinder(FactFinderKind.Sums),
            "averagelog" => new FactFinder(FactFinderKind.AverageLog),
            "investment" => new FactFinder(FactFinderKind.Investment),
            "pooledinvestment" => new FactFinder(FactFinderKind.PooledInvestment),
            _ => throw new ArgumentException($"The algorithm '{name}' is unknown; use one of: {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}

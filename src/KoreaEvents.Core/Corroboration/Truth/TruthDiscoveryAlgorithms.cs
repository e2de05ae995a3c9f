namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>The algorithms by name, with their default parameters.</summary>
public static class TruthDiscoveryAlgorithms
{
    /// <summary>The names accepted by <see cref="FromName"/>, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["independence", "vote", "truthfinder"];

    /// <summary>The default algorithm: <see cref="IndependenceAwareTruthDiscovery"/> with default options.</summary>
    public static ITruthDiscoveryAlgorithm Default { get; } = new IndependenceAwareTruthDiscovery();

    /// <summary>
    /// Returns the algorithm named <paramref name="name"/> (case-insensitive): <c>independence</c> (our model),
    /// <c>vote</c> (majority vote) or <c>truthfinder</c>; each with default parameters.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static ITruthDiscoveryAlgorithm FromName(string name)
    {
        Preconditions.CheckNotNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "independence" => Default,
            "vote" => MajorityVote.Instance,
            "truthfinder" => new TruthFinder(),
            _ => throw new ArgumentException($"The algorithm '{name}' is unknown; use one of: {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}

using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// What a truth-discovery algorithm decided: the chosen value and its confidence per object, the confidence of every
/// value, the trust of every source, and how the iteration ended. Indexes are those of <see cref="Table"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class TruthDiscoveryResult
{
    private readonly int[] _chosen;
    private readonly double[] _valueConfidence;
    private readonly double[] _trust;
    private readonly SourceDependence[] _dependences;
    private readonly SourceEcho[] _echoes;

    internal TruthDiscoveryResult(
        string algorithm,
        ClaimTable table,
        int[] chosen,
        double[] valueConfidence,
        double[] trust,
        int iterations,
        bool converged,
        double tolerance,
        SourceDependence[]? dependences = null,
        SourceEcho[]? echoes = null)
    {
        Algorithm = algorithm;
        Table = table;
        _chosen = chosen;
        _valueConfidence = valueConfidence;
        _trust = trust;
        Iterations = iterations;
        Converged = converged;
        Tolerance = tolerance;
        _dependences = dependences ?? [];
        _echoes = echoes ?? [];
    }

    /// <summary>The algorithm's name (<see cref="ITruthDiscoveryAlgorithm.Name"/>).</summary>
    public string Algorithm { get; }

    /// <summary>The claims the result is about.</summary>
    public ClaimTable Table { get; }

    /// <summary>The number of iterations run (for models with several phases, the sum over the phases).</summary>
    public int Iterations { get; }

    /// <summary>True when the last phase stopped because its change fell below <see cref="Tolerance"/>, not at its iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>The convergence tolerance used (its meaning is the algorithm's; 0 for non-iterative algorithms).</summary>
    public double Tolerance { get; }

    /// <summary>
    /// Source pairs detected as dependent (copying or sharing an upstream), most probable first; empty for algorithms
    /// that do not model dependence.
    /// </summary>
    public IReadOnlyList<SourceDependence> Dependences => _dependences;

    /// <summary>
    /// Sources detected as echoes (repeating whatever value another source already gives, as a bot that re-saves
    /// pages or an aggregator does), most probable first; empty for algorithms that do not model echoing.
    /// </summary>
    public IReadOnlyList<SourceEcho> Echoes => _echoes;

    /// <summary>The global value index chosen for object <paramref name="objectIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not an object index.</exception>
    public int GetChosenValue(int objectIndex) => _chosen[Preconditions.CheckRange(objectIndex, 0, Table.ObjectCount - 1)];

    /// <summary>The text of the value chosen for object <paramref name="objectIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not an object index.</exception>
    public string GetChosenValueText(int objectIndex) => Table.ValueTexts[GetChosenValue(objectIndex)];

    /// <summary>The confidence (0..1) of the value chosen for object <paramref name="objectIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not an object index.</exception>
    public double GetConfidence(int objectIndex) => _valueConfidence[GetChosenValue(objectIndex)];

    /// <summary>The confidence (0..1) of value <paramref name="valueIndex"/>. Its meaning is the algorithm's (vote share, TruthFinder's s(f), posterior probability).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a value index.</exception>
    public double GetValueConfidence(int valueIndex) => _valueConfidence[Preconditions.CheckRange(valueIndex, 0, Table.ValueCount - 1)];

    /// <summary>The trust (0..1) of source <paramref name="sourceIndex"/>: its estimated accuracy (for majority vote, the share of its claims on the chosen values).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a source index.</exception>
    public double GetTrust(int sourceIndex) => _trust[Preconditions.CheckRange(sourceIndex, 0, Table.SourceCount - 1)];

    /// <summary>Source indexes ordered by trust, highest first; ties by name (ordinal). A new array on each call.</summary>
    public int[] GetSourcesByTrust()
    {
        var names = Table.SourceNames;
        var order = Enumerable.Range(0, names.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            int byTrust = _trust[b].CompareTo(_trust[a]);
            return byTrust != 0 ? byTrust : string.CompareOrdinal(names[a], names[b]);
        });
        return order;
    }

    internal int[] ChosenValues => _chosen;

    internal double[] ValueConfidences => _valueConfidence;

    internal double[] Trusts => _trust;
}

/// <summary>
/// Two sources that agree on false values far more often than independent sources do, so one is taken to copy the
/// other (or both to repeat one upstream). <see cref="Source"/> is the less trusted of the two, whose votes are
/// discounted where it agrees with <see cref="Other"/>. Equality is member-wise.
/// </summary>
/// <param name="Source">The index of the less trusted source (the presumed copier).</param>
/// <param name="Other">The index of the more trusted source.</param>
/// <param name="Probability">The posterior probability (0..1) that the two are dependent.</param>
/// <param name="SharedFalse">The expected number of objects on which both are wrong and agree.</param>
/// <param name="BothFalse">The expected number of shared objects on which both are wrong.</param>
public readonly record struct SourceDependence(int Source, int Other, double Probability, double SharedFalse, double BothFalse);

/// <summary>
/// A source that gives a value some other source also gives far more often than an independent source of its accuracy
/// would, whoever that other source is: it echoes the values already there (a bot re-saving pages, an aggregator)
/// rather than observing for itself, so its agreement is no evidence. Its votes are discounted where another source
/// gives the same value. The weights are sums of vote shares (a claim among k values of its source on one object
/// counts 1/k). Equality is member-wise.
/// </summary>
/// <param name="Source">The index of the source.</param>
/// <param name="Probability">The posterior probability (0..1) that the source echoes.</param>
/// <param name="Contested">The weight of its claims on objects other sources also claim.</param>
/// <param name="Shared">The weight of those whose value another source gives.</param>
/// <param name="ExpectedShared">The weight an independent source of its accuracy would be expected to share there.</param>
public readonly record struct SourceEcho(int Source, double Probability, double Contested, double Shared, double ExpectedShared);

/// <summary>
/// A truth-discovery algorithm: given claims, choose a value per object and estimate each source's trust.
/// Implementations are immutable, thread-safe and deterministic (the same table gives the same result, bit for bit).
/// </summary>
public interface ITruthDiscoveryAlgorithm
{
    /// <summary>The short name used on the command line and in reports (<c>vote</c>, <c>truthfinder</c>, <c>independence</c>, <c>investment</c> …).</summary>
    string Name { get; }

    /// <summary>Runs the algorithm on <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    TruthDiscoveryResult Run(ClaimTable table);
}

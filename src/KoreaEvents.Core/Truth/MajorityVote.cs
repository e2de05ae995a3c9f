using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// Majority vote: each source has one vote per object (split evenly over the values it gives there); the value with
/// the most votes wins, ties going to the value whose key sorts first (ordinal). Confidence = the value's share of the
/// object's votes. A source's trust = the mean share of its votes that went to chosen values. Not iterative.
/// Immutable and thread-safe.
/// </summary>
public sealed class MajorityVote : ITruthDiscoveryAlgorithm
{
    /// <summary>The one instance.</summary>
    public static MajorityVote Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "vote";

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TruthDiscoveryResult Run(ClaimTable table)
    {
        Preconditions.CheckNotNull(table);
        var votes = new double[table.ValueCount];
        var values = table.ClaimValues;
        var weights = table.ClaimWeights;
        for (int i = 0; i < values.Length; i++)
        {
            votes[values[i]] += weights[i];
        }

        var confidence = new double[table.ValueCount];
        TruthKernels.ShareWithinObject(table, votes, confidence);
        var chosen = new int[table.ObjectCount];
        TruthKernels.ChooseMax(table, votes, chosen);
        var isChosen = new double[table.ValueCount];
        foreach (int v in chosen)
        {
            isChosen[v] = 1;
        }

        var trust = new double[table.SourceCount];
        TruthKernels.MeanOverClaims(table, isChosen, trust);
        return new TruthDiscoveryResult(Name, table, chosen, confidence, trust, iterations: 1, converged: true, tolerance: 0);
    }
}

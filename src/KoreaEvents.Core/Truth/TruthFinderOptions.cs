using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// TruthFinder's parameters, named as in Yin, Han and Yu, "Truth Discovery with Multiple Conflicting Information
/// Providers on the Web" (TKDE 2008). Defaults are the paper's. Immutable; equality is member-wise.
/// </summary>
public sealed record TruthFinderOptions
{
    /// <summary>The default options.</summary>
    public static TruthFinderOptions Default { get; } = new();

    /// <summary>t0: the trust every source starts with. Default 0.9.</summary>
    public double InitialTrust { get; init; } = 0.9;

    /// <summary>γ: the dampening factor in s*(f) = 1 / (1 + e^(−γ·σ*(f))), which compensates for sources that copy one another. Default 0.3.</summary>
    public double DampeningFactor { get; init; } = 0.3;

    /// <summary>ρ: the weight of the implication from the other facts of the object in σ*(f). Default 0.5; 0 turns implication off.</summary>
    public double ImplicationWeight { get; init; } = 0.5;

    /// <summary>base_sim: the similarity below which two facts conflict; imp(f′→f) = sim(f′, f) − base_sim. Default 0.5.</summary>
    public double BaseSimilarity { get; init; } = 0.5;

    /// <summary>δ: iteration stops when 1 − cos(t_previous, t_new) of the trust vectors falls below it. Default 1e-6.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>The iteration limit. Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Objects with more distinct values than this get no similarity-based implication (bounded work: pairs grow with its square). Default 256.</summary>
    public int MaxValuesForSimilarity { get; init; } = 256;

    internal void Validate()
    {
        Preconditions.CheckArgument(InitialTrust is > 0 and < 1, nameof(InitialTrust), "The initial trust must lie strictly between 0 and 1.");
        Preconditions.CheckArgument(DampeningFactor > 0, nameof(DampeningFactor), "The dampening factor must be positive.");
        Preconditions.CheckArgument(ImplicationWeight >= 0, nameof(ImplicationWeight), "The implication weight must not be negative.");
        Preconditions.CheckArgument(BaseSimilarity is >= 0 and <= 1, nameof(BaseSimilarity), "The base similarity must lie between 0 and 1.");
        Preconditions.CheckArgument(Tolerance > 0, nameof(Tolerance), "The tolerance must be positive.");
        Preconditions.CheckArgument(MaxIterations >= 1, nameof(MaxIterations), "The iteration limit must be at least 1.");
        Preconditions.CheckArgument(MaxValuesForSimilarity >= 0, nameof(MaxValuesForSimilarity), "The value limit for similarity must not be negative.");
    }
}

namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>
/// Parameters of <see cref="IndependenceAwareTruthDiscovery"/>. The defaults are one configuration for every input
/// (no per-dataset tuning); the remarks on each say why. Immutable; equality is member-wise.
/// </summary>
public sealed record IndependenceAwareOptions
{
    /// <summary>The default options.</summary>
    public static IndependenceAwareOptions Default { get; } = new();

    /// <summary>
    /// The prior mean of a source's accuracy, every source's starting accuracy, and the accuracy of a source none of
    /// whose objects is claimed by another source (such claims are no evidence). Default 0.8: sources are assumed
    /// mostly right until their claims say otherwise, so a source seen once is trusted moderately, not blindly. The
    /// results on the public datasets move by at most 0.01 between 0.7 and 0.9.
    /// </summary>
    public double PriorAccuracy { get; init; } = 0.8;

    /// <summary>
    /// The weight of the prior, in claims (a Beta prior with this many pseudo-claims at <see cref="PriorAccuracy"/>).
    /// Default 2: enough to keep single-claim sources away from 0 and 1, little enough for active sources to speak
    /// for themselves.
    /// </summary>
    public double PriorStrength { get; init; } = 2.0;

    /// <summary>Iteration stops when no source's accuracy changes by more than this. Default 1e-6.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>The iteration limit of each phase. Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Whether dependent sources are detected and their shared votes discounted. Default true.</summary>
    public bool DetectDependence { get; init; } = true;

    /// <summary>
    /// c: the share of its claims a dependent source is assumed to take from the other, used both in the likelihood
    /// of agreeing on false values and as the discount: a vote agreeing with a source it depends on counts (1 − c·p),
    /// p the dependence probability. Default 0.8, as in Dong et al.'s AccuCopy.
    /// </summary>
    public double CopyRate { get; init; } = 0.8;

    /// <summary>The prior probability that two co-occurring sources are dependent. Default 0.1.</summary>
    public double DependencePrior { get; init; } = 0.1;

    /// <summary>How many times dependence is re-estimated and the accuracies re-run. Default 2.</summary>
    public int DependenceRounds { get; init; } = 2;

    /// <summary>
    /// Bounded work: on an object with more claims than this, only pairs among the claims of its most active sources
    /// (most claims overall, then first seen) are compared. Default 64 (at most 2,016 pairs per object).
    /// </summary>
    public int MaxClaimsPerObjectForDependence { get; init; } = 64;

    internal void Validate()
    {
        Preconditions.CheckArgument(PriorAccuracy is > 0 and < 1, nameof(PriorAccuracy), "The prior accuracy must lie strictly between 0 and 1.");
        Preconditions.CheckArgument(PriorStrength >= 0, nameof(PriorStrength), "The prior strength must not be negative.");
        Preconditions.CheckArgument(Tolerance > 0, nameof(Tolerance), "The tolerance must be positive.");
        Preconditions.CheckArgument(MaxIterations >= 1, nameof(MaxIterations), "The iteration limit must be at least 1.");
        Preconditions.CheckArgument(CopyRate is >= 0 and <= 1, nameof(CopyRate), "The copy rate must lie between 0 and 1.");
        Preconditions.CheckArgument(DependencePrior is > 0 and < 1, nameof(DependencePrior), "The dependence prior must lie strictly between 0 and 1.");
        Preconditions.CheckArgument(DependenceRounds >= 0, nameof(DependenceRounds), "The number of dependence rounds must not be negative.");
        Preconditions.CheckArgument(MaxClaimsPerObjectForDependence >= 2, nameof(MaxClaimsPerObjectForDependence), "At least two claims per object must be compared for dependence.");
    }
}

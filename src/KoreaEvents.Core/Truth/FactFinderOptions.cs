using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>The four fact-finders of Pasternack and Roth (COLING 2010) that <see cref="FactFinder"/> runs.</summary>
public enum FactFinderKind
{
    /// <summary>Sums (hubs and authorities): T(s) = Σ B(c) over s's claims; B(c) = Σ T(s) over c's sources.</summary>
    Sums,

    /// <summary>Average·Log: T(s) = ln|C_s| · (Σ B(c)) / |C_s|; B(c) = Σ T(s). A source with one claim has trust 0.</summary>
    AverageLog,

    /// <summary>Investment: sources invest their trust evenly in their claims and are repaid in proportion; B(c) = G(Σ T(s)/|C_s|), G(x) = x^g.</summary>
    Investment,

    /// <summary>PooledInvestment: as Investment, but a claim's belief is its share of G over the claims of its object: B(c) = H(c)·G(H(c)) / Σ G(H(d)).</summary>
    PooledInvestment,
}

/// <summary>How <see cref="FactFinder"/> sets every value's belief before the first iteration.</summary>
public enum FactFinderPrior
{
    /// <summary>The kind's own default: <see cref="Fixed"/> for Sums and Average·Log, <see cref="Voted"/> for Investment, <see cref="Uniform"/> for PooledInvestment.</summary>
    Default,

    /// <summary>0.5 for every value.</summary>
    Fixed,

    /// <summary>The value's share of its object's votes.</summary>
    Voted,

    /// <summary>1 / (number of distinct values of its object).</summary>
    Uniform,
}

/// <summary>
/// Parameters of <see cref="FactFinder"/>, named as in Pasternack and Roth, "Knowing What to Believe (when you already
/// know something)" (COLING 2010). Immutable; equality is member-wise.
/// </summary>
public sealed record FactFinderOptions
{
    /// <summary>The default options.</summary>
    public static FactFinderOptions Default { get; } = new();

    /// <summary>
    /// The iteration limit. Default 20, as the paper runs its fact-finders (and as common implementations do). These
    /// algorithms are not guaranteed to converge, and their choices can depend on where they stop; the result says
    /// whether the last iteration still moved.
    /// </summary>
    public int Iterations { get; init; } = 20;

    /// <summary>g in G(x) = x^g, for the two Investment kinds; null for the paper's value (1.2 for Investment, 1.4 for PooledInvestment).</summary>
    public double? Growth { get; init; }

    /// <summary>The initial belief. Default: the kind's own (see <see cref="FactFinderPrior.Default"/>).</summary>
    public FactFinderPrior InitialBelief { get; init; } = FactFinderPrior.Default;

    /// <summary>
    /// The run stops before <see cref="Iterations"/> once no source's trust (scaled so the largest is 1) moves by more
    /// than this between two iterations, and the result reports it as converged. Default 1e-6.
    /// </summary>
    public double Tolerance { get; init; } = 1e-6;

    internal void Validate()
    {
        Preconditions.CheckArgument(Iterations >= 1, nameof(Iterations), "The iteration limit must be at least 1.");
        Preconditions.CheckArgument(Growth is null or > 0, nameof(Growth), "The growth exponent g must be positive.");
        Preconditions.CheckArgument(Enum.IsDefined(InitialBelief), nameof(InitialBelief), "The initial belief is not one of the defined choices.");
        Preconditions.CheckArgument(Tolerance > 0, nameof(Tolerance), "The tolerance must be positive.");
    }
}

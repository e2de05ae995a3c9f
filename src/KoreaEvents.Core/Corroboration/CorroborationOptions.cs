using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// How the <see cref="CorroborationEngine"/> compares values, learns source reliability and finds reused text.
/// Every default is stated on its property.
/// </summary>
/// <remarks>An immutable record; use <c>with</c> to change a setting. The engine validates it on construction.</remarks>
public sealed record CorroborationOptions
{
    /// <summary>Gets the default options.</summary>
    public static CorroborationOptions Default { get; } = new();

    /// <summary>Gets place containment for location claims; <c>null</c> (the default) compares places by
    /// equality only.</summary>
    public IPlaceHierarchy? Places { get; init; }

    /// <summary>Gets who acts for whom for actor claims (a state acts through its ministries and office holders);
    /// <c>null</c> (the default) compares actors by equality only.</summary>
    public IActorAffiliation? Actors { get; init; }

    /// <summary>
    /// Gets the relative tolerance for approximate quantities ("around 20"): an approximate range
    /// [low, high] is read as [low − t, high + t'] with t = max(<see cref="ApproximateAbsoluteTolerance"/>,
    /// this × |low|) and t' likewise for high. Default 0.10 (±10 %). Exact quantities are never widened.
    /// </summary>
    public decimal ApproximateRelativeTolerance { get; init; } = 0.10m;

    /// <summary>Gets the smallest widening of an approximate quantity (see
    /// <see cref="ApproximateRelativeTolerance"/>). Default 1 (so "around 5" admits 4 to 6).</summary>
    public decimal ApproximateAbsoluteTolerance { get; init; } = 1m;

    /// <summary>Gets the trust every source starts with and is pulled towards (the prior mean). Default 0.5.</summary>
    public double PriorTrust { get; init; } = 0.5;

    /// <summary>Gets how many judged groups the prior counts for. Default 2: a source's trust is
    /// (sum of its group scores + 2 × <see cref="PriorTrust"/>) / (judged groups + 2).</summary>
    public double PriorStrength { get; init; } = 2;

    /// <summary>Gets the most reliability-learning iterations. Default 50.</summary>
    public int MaxIterations { get; init; } = 50;

    /// <summary>Gets the convergence tolerance: learning stops when no source's trust changes by more than this
    /// in an iteration. Default 1e-4.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Gets how many judged groups a source needs before it gets a grade from A to E; with fewer it is
    /// graded F (cannot be judged). Default 3.</summary>
    public int MinJudgedGroupsForGrade { get; init; } = 3;

    /// <summary>Gets how near-duplicate text between sources is found (used only when texts are given).</summary>
    public TextReuseOptions TextReuse { get; init; } = TextReuseOptions.Default;

    internal void Validate()
    {
        Preconditions.CheckArgument(ApproximateRelativeTolerance is >= 0 and <= 10, nameof(ApproximateRelativeTolerance),
            "The relative tolerance for approximate quantities must be between 0 and 10.");
        Preconditions.CheckArgument(ApproximateAbsoluteTolerance >= 0, nameof(ApproximateAbsoluteTolerance),
            "The absolute tolerance for approximate quantities must not be negative.");
        Preconditions.CheckArgument(PriorTrust is > 0 and < 1, nameof(PriorTrust), "The prior trust must lie strictly between 0 and 1.");
        Preconditions.CheckArgument(PriorStrength is > 0 and < 1e6, nameof(PriorStrength), "The prior strength must be positive.");
        Preconditions.CheckRange(MaxIterations, 1, 10_000);
        Preconditions.CheckArgument(Tolerance is > 0 and < 1, nameof(Tolerance), "The tolerance must lie strictly between 0 and 1.");
        Preconditions.CheckNonNegative(MinJudgedGroupsForGrade);
        Preconditions.CheckNotNull(TextReuse);
        TextReuse.Validate();
    }
}

/// <summary>
/// How near-duplicate passages are found: each text is split into passages (its non-empty lines, i.e.
/// paragraphs), each passage into lower-cased word shingles; each passage gets a MinHash signature of
/// <see cref="Bands"/> × <see cref="RowsPerBand"/> values, and passages whose signatures agree on a whole band
/// become candidate pairs (LSH banding: no all-pairs comparison). A candidate pair from two different sources is
/// a reused passage when its estimated Jaccard similarity (the share of equal signature values) is at least
/// <see cref="Threshold"/>. Two sources count as one origin when they share at least
/// <see cref="MinSharedPassages"/> reused passages, or when the reused passages are at least half of the passages of
/// the shorter text.
/// </summary>
/// <remarks>An immutable record. With the defaults (32 bands of 4 rows) a pair with true Jaccard 0.5 becomes a
/// candidate with probability 1 − (1 − 0.5⁴)³² ≈ 0.87, one with 0.7 with probability ≈ 0.9996.</remarks>
public sealed record TextReuseOptions
{
    /// <summary>Gets the default options.</summary>
    public static TextReuseOptions Default { get; } = new();

    /// <summary>Gets the number of words in a shingle. Default 5.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>Gets the number of LSH bands. Default 32.</summary>
    public int Bands { get; init; } = 32;

    /// <summary>Gets the number of MinHash values per band. Default 4.</summary>
    public int RowsPerBand { get; init; } = 4;

    /// <summary>Gets the least estimated Jaccard similarity of a reused passage. Default 0.5.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Gets the fewest words a passage needs to be compared at all (shorter lines such as datelines and
    /// headings are skipped). Default 12.</summary>
    public int MinPassageWords { get; init; } = 12;

    /// <summary>Gets how many reused passages make two sources one origin. Default 2.</summary>
    public int MinSharedPassages { get; init; } = 2;

    /// <summary>Gets the largest LSH bucket used: a band value shared by more passages than this is boilerplate
    /// (a footer every page of an outlet carries), not reuse, and is ignored. Default 50.</summary>
    public int MaxBucketSize { get; init; } = 50;

    internal void Validate()
    {
        Preconditions.CheckRange(ShingleSize, 1, 32);
        Preconditions.CheckRange(Bands, 1, 512);
        Preconditions.CheckRange(RowsPerBand, 1, 64);
        Preconditions.CheckArgument(Threshold is > 0 and <= 1, nameof(Threshold), "The reuse threshold must lie in (0, 1].");
        Preconditions.CheckRange(MinPassageWords, 1, 100_000);
        Preconditions.CheckRange(MinSharedPassages, 1, 100_000);
        Preconditions.CheckRange(MaxBucketSize, 2, 1_000_000);
    }
}

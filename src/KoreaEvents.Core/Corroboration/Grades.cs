namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// The verdict on one group of claims (one subject's facet), decided on independent origins rather than on
/// sources. The exact rules, applied in this order:
/// <list type="number">
/// <item><see cref="Unjudged"/>: no claim in the group asserts or reports a comparable value (every claim is
/// hedged, future, conditional, a denial of a non-yes/no value, or of another value type).</item>
/// <item><see cref="Confirmed"/>: at least two independent origins support the consensus and no claim conflicts.</item>
/// <item><see cref="Single"/>: exactly one origin supports the consensus and no claim conflicts.</item>
/// <item><see cref="Majority"/>: at least two independent origins support the consensus, some claims conflict,
/// and the supporting origins' weight (learned reliability) is strictly greater than the dissenting origins'.</item>
/// <item><see cref="Contested"/>: claims conflict and the previous rule does not hold (no majority).</item>
/// </list>
/// </summary>
public enum Verdict
{
    /// <summary>At least two independent origins agree and nothing conflicts.</summary>
    Confirmed = 0,

    /// <summary>At least two independent origins agree and outweigh a conflicting minority (listed as conflicts).</summary>
    Majority = 1,

    /// <summary>Claims conflict and no side holds a majority.</summary>
    Contested = 2,

    /// <summary>One origin only: nothing confirms it and nothing conflicts with it.</summary>
    Single = 3,

    /// <summary>Nothing in the group asserts or reports a value (only hedged, future or conditional claims).</summary>
    Unjudged = 4,
}

/// <summary>How one claim stands towards its group's consensus.</summary>
public enum ClaimStance
{
    /// <summary>The claim asserts or reports a value compatible with the consensus and counts for it.</summary>
    Supports = 0,

    /// <summary>The claim asserts or reports a value incompatible with the consensus (or denies the consensus).</summary>
    Conflicts = 1,

    /// <summary>The claim neither confirms nor conflicts: hedged, future or conditional; a denial of something
    /// the consensus does not include; or a value of a type the group's values cannot be compared with.</summary>
    Neutral = 2,
}

/// <summary>How one origin stands towards its group's consensus.</summary>
public enum OriginStance
{
    /// <summary>Some claims of the origin support the consensus and none conflicts.</summary>
    Supports = 0,

    /// <summary>Some claims of the origin conflict with the consensus and none supports it.</summary>
    Dissents = 1,

    /// <summary>The origin contradicts itself: some of its claims support the consensus, others conflict.</summary>
    Divided = 2,

    /// <summary>No claim of the origin counts either way (all are neutral).</summary>
    Neutral = 3,
}

/// <summary>
/// Information credibility on the Admiralty (NATO) 1–6 scale, assigned per claim from its stance and its
/// group's verdict. The exact rules:
/// <list type="bullet">
/// <item>1 <see cref="Confirmed"/>: the claim supports the consensus of a <see cref="Verdict.Confirmed"/> group,
/// so at least one other independent origin says the same and nothing contradicts it.</item>
/// <item>2 <see cref="ProbablyTrue"/>: the claim supports the consensus of a <see cref="Verdict.Majority"/> group
/// (confirmed by another origin, contradicted only by a minority); or it is a denial consistent with the
/// consensus of a Confirmed or Majority group.</item>
/// <item>3 <see cref="PossiblyTrue"/>: the claim supports the consensus of a <see cref="Verdict.Single"/> group
/// (nothing confirms it, nothing contradicts it); or it is a denial consistent with a Single group's value.</item>
/// <item>4 <see cref="Doubtful"/>: the claim supports or conflicts in a <see cref="Verdict.Contested"/> group
/// (others contradict it and no side holds a majority), or it is a consistent denial there.</item>
/// <item>5 <see cref="Improbable"/>: the claim conflicts with the consensus of a <see cref="Verdict.Majority"/>
/// group (contradicted by other information that outweighs it).</item>
/// <item>6 <see cref="CannotBeJudged"/>: the claim is hedged, future or conditional (a prediction or a
/// possibility is not a report that something happened), its value cannot be compared with the group's values,
/// or the group is <see cref="Verdict.Unjudged"/>.</item>
/// </list>
/// </summary>
public enum AdmiraltyCredibility
{
    /// <summary>1: confirmed by other independent sources.</summary>
    Confirmed = 1,

    /// <summary>2: probably true.</summary>
    ProbablyTrue = 2,

    /// <summary>3: possibly true.</summary>
    PossiblyTrue = 3,

    /// <summary>4: doubtful.</summary>
    Doubtful = 4,

    /// <summary>5: improbable, contradicted by other information.</summary>
    Improbable = 5,

    /// <summary>6: the truth cannot be judged.</summary>
    CannotBeJudged = 6,
}

/// <summary>
/// Source reliability on the Admiralty A–F scale, mapped from the trust the engine learns
/// (<see cref="SourceReliability.Trust"/>). The exact rules: <see cref="F"/> when the source has fewer than
/// <see cref="CorroborationOptions.MinJudgedGroupsForGrade"/> judged groups (groups in which another independent
/// origin makes a comparable claim); otherwise <see cref="A"/> for trust ≥ 0.90, <see cref="B"/> ≥ 0.75,
/// <see cref="C"/> ≥ 0.60, <see cref="D"/> ≥ 0.45 and <see cref="E"/> below 0.45.
/// </summary>
public enum ReliabilityGrade
{
    /// <summary>A: completely reliable (learned trust at least 0.90).</summary>
    A = 0,

    /// <summary>B: usually reliable (learned trust at least 0.75).</summary>
    B = 1,

    /// <summary>C: fairly reliable (learned trust at least 0.60).</summary>
    C = 2,

    /// <summary>D: not usually reliable (learned trust at least 0.45).</summary>
    D = 3,

    /// <summary>E: unreliable (learned trust below 0.45).</summary>
    E = 4,

    /// <summary>F: reliability cannot be judged (too few judged claims).</summary>
    F = 5,
}

/// <summary>Why two claims or sources were counted as one origin.</summary>
public enum OriginLinkKind
{
    /// <summary>Several claims of one source in the same group.</summary>
    SameSource = 0,

    /// <summary>Two sources derive from the same upstream wire agency (both list it in <see cref="Model.Source.Origins"/>).</summary>
    SharedWire = 1,

    /// <summary>Two claims repeat the same attributed statement (equal <see cref="Model.Attribution.StatementKey"/>).</summary>
    SameStatement = 2,

    /// <summary>Two sources' texts share near-duplicate passages (word shingles, MinHash, LSH banding).</summary>
    TextReuse = 3,
}

/// <summary>The Admiralty grade thresholds, in one place.</summary>
internal static class AdmiraltyScale
{
    /// <summary>Maps learned trust to a grade (see <see cref="ReliabilityGrade"/>).</summary>
    public static ReliabilityGrade Grade(double trust, int judgedGroups, int minJudged) =>
        judgedGroups < minJudged ? ReliabilityGrade.F
        : trust >= 0.90 ? ReliabilityGrade.A
        : trust >= 0.75 ? ReliabilityGrade.B
        : trust >= 0.60 ? ReliabilityGrade.C
        : trust >= 0.45 ? ReliabilityGrade.D
        : ReliabilityGrade.E;

    /// <summary>Maps a stance and a verdict to a credibility grade (see <see cref="AdmiraltyCredibility"/>).</summary>
    public static AdmiraltyCredibility Credibility(ClaimStance stance, bool judgeable, Verdict verdict)
    {
        if (!judgeable || verdict == Verdict.Unjudged)
        {
            return AdmiraltyCredibility.CannotBeJudged;
        }

        return (stance, verdict) switch
        {
            (_, Verdict.Contested) => AdmiraltyCredibility.Doubtful,
            (ClaimStance.Conflicts, _) => AdmiraltyCredibility.Improbable,
            (ClaimStance.Supports, Verdict.Confirmed) => AdmiraltyCredibility.Confirmed,
            (ClaimStance.Supports, Verdict.Majority) => AdmiraltyCredibility.ProbablyTrue,
            (ClaimStance.Neutral, Verdict.Confirmed or Verdict.Majority) => AdmiraltyCredibility.ProbablyTrue,
            _ => AdmiraltyCredibility.PossiblyTrue,
        };
    }
}

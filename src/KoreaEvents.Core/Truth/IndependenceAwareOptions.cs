using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

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
    /// Whether sources that echo other sources' values are detected and their shared votes discounted. Default true.
    /// An echo repeats whatever value is already there: a bot re-saving pages, an aggregator. It agrees with somebody on
    /// nearly every contested object, but with a different somebody each time, so no pair of sources shows the
    /// dependence. Each source is therefore tested against the pool of the others, claim by claim over its contested
    /// claims, with P(v) the others' probability that v is true (from their votes alone, each other source's accuracy
    /// taken without this object, a true value nobody else gives allowed for), A the source's accuracy, c =
    /// <see cref="CopyRate"/>, and h the chance that a wrong value lands on a given false value: the larger of 1/n and
    /// φ, the rate at which wrong sources were seen to agree (see the model's remarks; 1/n without pair detection),
    /// but at most one of the others' false values in all. Two log-likelihood ratios of echoing against independence
    /// are summed:
    /// <list type="bullet">
    /// <item>by value: independent P(v)·A + (1 − P(v))·(1 − A)·h, echo c·(the others' share of weight on v) + (1 − c)·that;</item>
    /// <item>by sharing alone: independent q = Σ over the others' values of the former (at most 1), echo c + (1 − c)·q
    /// for a shared value, and 1 − q against (1 − c)·(1 − q) for a value nobody else gives.</item>
    /// </list>
    /// The posterior adds <see cref="DependencePrior"/> to the <em>smaller</em> of the two: an echo must both repeat
    /// improbable values and be alone less often than independence allows. Either alone misfires: by value, one
    /// reliable source among weak ones whose votes scatter looks like their echo; by sharing, sources in a domain with
    /// few values (or errors concentrated on a few values) look as if they were never alone by choice. A source's votes on
    /// values another source gives are multiplied by 1 − c·p_echo. Objects with more than
    /// <see cref="MaxClaimsPerObjectForDependence"/> claims add no echo evidence (bounded work). Measured (README): on
    /// population 0.821 → 0.857, book 0.89 → 0.90, the others level but the cleaned population subset (0.780 → 0.765);
    /// about 0.2 s more on one million claims.
    /// </summary>
    public bool DetectEchoes { get; init; } = true;

    /// <summary>
    /// c: the share of its claims a dependent source is assumed to take from the other, used both in the likelihood
    /// of agreeing on false values and as the discount: a vote agreeing with a source it depends on counts (1 − c·p),
    /// p the dependence probability. Default 0.8, as in Dong et al.'s AccuCopy.
    /// </summary>
    public double CopyRate { get; init; } = 0.8;

    /// <summary>The prior probability that two co-occurring sources are dependent. Default 0.1.</summary>
    public double DependencePrior { get; init; } = 0.1;

    /// <summary>
    /// How many times dependence (pairs, and echoes when <see cref="DetectEchoes"/> is on) is re-estimated and the
    /// accuracies re-run. Default 3. A source found to echo makes the sources it echoed less corroborated, which makes
    /// its echoing plainer, so echo detection needs a round more than pairs alone: on population 2 rounds give 0.847,
    /// 3–4 give 0.857 and 6 or more 0.860 (the same from 6 to 20); on the other public and synthetic datasets no
    /// result moves by more than 0.2 % of the objects between 2 and 20 rounds.
    /// </summary>
    public int DependenceRounds { get; init; } = 3;

    /// <summary>
    /// Bounded work: on an object with more claims than this, only pairs among the claims of its most active sources
    /// (most claims overall, then first seen) are compared. Default 64 (at most 2,016 pairs per object).
    /// </summary>
    public int MaxClaimsPerObjectForDependence { get; init; } = 64;

    /// <summary>
    /// The least number of false values an object is assumed to have (n in the vote's ln(n)), whatever the number of
    /// values observed on it. Default 2: two observed values do not mean the domain holds only two, and with n = 1 a
    /// source whose accuracy is below one half would vote <em>against</em> the value it claims (a nine-to-one majority
    /// of weak sources can then lose to the one weak source that disagrees). Measured on the public datasets with the
    /// other defaults: 1 loses one flights object (0.958 instead of 0.966), 2 and 3 agree, 4 costs weather 0.056 and 10
    /// costs flights 0.16.
    /// </summary>
    public int MinFalseValues { get; init; } = 2;

    /// <summary>
    /// The character that separates an object's subject from its facet in object names (<c>subject|facet</c>, as
    /// <c>berlin|Population2000</c> or <c>AA-1394|ActualDepartureTime</c>; the facet is the text after the last
    /// separator), or null to give every object the same facet. Default <c>'|'</c>. A source's accuracy is learned per
    /// facet as well, shrunk towards its overall accuracy (<see cref="FacetPriorStrength"/>), because a source can be
    /// good at one attribute and systematically wrong on another (a weather site that reports "feels like" from a
    /// different model). Objects without the separator share one facet.
    /// </summary>
    public char? FacetSeparator { get; init; } = '|';

    /// <summary>
    /// The weight, in claims, of a source's overall accuracy as the prior of its accuracy on one facet. Default 3,000:
    /// a facet's accuracy departs from the source's overall accuracy only on thousands of contested claims, so sparse
    /// facets follow the source. Measured on the public datasets: every value from 2,000 to 10,000 keeps the defaults
    /// above the best published figures on weather (0.670–0.695) and flights (0.966); at 1,000 and below flights falls
    /// to 0.69–0.81, because groups of copied sources then win a facet on their own, and at 100,000 (facets all but
    /// ignored) weather falls back to 0.658.
    /// </summary>
    public double FacetPriorStrength { get; init; } = 3000;

    internal void Validate()
    {
        Preconditions.CheckArgument(PriorAccuracy is > 0 and < 1, nameof(PriorAccuracy), "The prior accuracy must lie strictly between 0 and 1.");
        Preconditions.CheckArgument(PriorStrength >= 0, nameof(PriorStrength), "The prior strength must not be negative.");
        Preconditions.CheckArgument(Tolerance > 0, nameof(Tolerance), "The tolerance must be positive.");
        Preconditions.CheckArgument(MaxIterations >= 1, nameof(MaxIterations), "The iteration limit must be at least 1.");
        Preconditions.CheckArgument(CopyRate is >= 0 and <= 1, nameof(CopyRate), "The copy rate must lie between 0 and 1.");
        Preconditions.CheckArgument(DependencePrior is > 0 and < 1, nameof(DependencePrior), "The dependence prior must lie strictly between 0 and 1.");
        Preconditions.CheckArgument(DependenceRounds >= 0, nameof(DependenceRounds), "The number of dependence rounds must not be negative.");
        Preconditions.CheckArgument(MinFalseValues >= 1, nameof(MinFalseValues), "An object has at least one false value.");
        Preconditions.CheckArgument(FacetPriorStrength >= 0 && !double.IsInfinity(FacetPriorStrength), nameof(FacetPriorStrength), "The facet prior strength must be finite and not negative.");
        Preconditions.CheckArgument(MaxClaimsPerObjectForDependence >= 2, nameof(MaxClaimsPerObjectForDependence), "At least two claims per object must be compared for dependence.");
    }
}

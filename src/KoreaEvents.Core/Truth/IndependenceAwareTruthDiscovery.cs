using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// Our model: sources weighted by a learned accuracy, with votes of dependent sources (copiers, or outlets repeating
/// one upstream) and of echoes (sources that repeat whatever value is already there) discounted. Name on the command
/// line: <c>independence</c> (<c>independence-pairs</c> with pair dependence only:
/// <see cref="IndependenceAwareOptions.DetectEchoes"/> off, two dependence rounds). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Accuracy (Bayesian vote).</b> Each source s has an accuracy A(s). On an object with m distinct values,
/// a claim for value v adds w·d·(ln(n) + ln(A/(1 − A))) to v's score, n = max(<see cref="IndependenceAwareOptions.MinFalseValues"/>,
/// m − 1) the number of false values (at least two by default, so that two observed values do not make a source
/// right less than half the time vote against its own value), w the claim's vote share (1/k when the source gives k
/// values there), d its dependence discount. The value's probability is the softmax of the scores over the object's
/// values. A(s) is then the posterior mean under a Beta prior: (k·a0 + Σ w·P(v)) / (k + Σ w),
/// a0 = <see cref="IndependenceAwareOptions.PriorAccuracy"/>, k = <see cref="IndependenceAwareOptions.PriorStrength"/>,
/// the sums over the source's claims on <em>contested</em> objects only, those claimed by at least two sources: a claim
/// nobody else makes is certain to win its object, so it says nothing about the source's accuracy (counting it would
/// let a source that is often alone, such as a bot filling in thousands of uncontested values, reach an accuracy of 1
/// and outvote everyone where it is contested). A source without contested claims keeps the prior mean. The two steps
/// repeat until no accuracy moves by more than the tolerance.</para>
/// <para><b>Facets.</b> When object names carry a facet (<c>subject|facet</c>, see
/// <see cref="IndependenceAwareOptions.FacetSeparator"/>) and there is more than one, the vote uses the source's
/// accuracy on the object's facet instead: A(s, f) = (k_f·A(s) + Σ w·P(v)) / (k_f + Σ w) over the source's contested
/// claims on facet f, k_f = <see cref="IndependenceAwareOptions.FacetPriorStrength"/>. A source that is good overall but
/// systematically wrong on one attribute thus loses that attribute only once it has many claims there. Trust (the
/// result's per-source figure) and dependence use the overall accuracy.</para>
/// <para><b>Dependence (AccuCopy's likelihood).</b> For each pair of sources that co-occur on objects, the
/// probability that one copies the other with probability c = <see cref="IndependenceAwareOptions.CopyRate"/> (or
/// both repeat one upstream) is weighed against independence object by object, as in Dong, Berti-Equille and
/// Srivastava (VLDB 2009). Where the two give different values, a copier would have agreed with probability c, so the
/// object adds ln(1 − c). Where they agree on a value v whose current probability is p, with accuracies a1 and a2
/// and φ the rate at which two independent sources that are both wrong pick the same false value:
/// <code>
/// independent: p·a1·a2 + (1 − p)·(1 − a1)·(1 − a2)·φ
/// dependent:   p·(c·ā + (1 − c)·a1·a2) + (1 − p)·(c·(1 − ā) + (1 − c)·(1 − a1)·(1 − a2)·φ),  ā = (a1 + a2)/2
/// </code>
/// and the object adds the log of their ratio. Agreeing on a probable value is weak evidence either way; agreeing on
/// an improbable one is strong evidence of copying; every disagreement counts against it. Each term is weighted by
/// the smaller vote share of the two claims. The posterior adds the prior log-odds of
/// <see cref="IndependenceAwareOptions.DependencePrior"/>. φ (popular errors) is estimated from the data as the
/// median, over source pairs with at least five expected both-wrong objects, of (expected agreements on a false value)
/// / (expected objects where both are false) under the current probabilities (0.2 when no pair has that much evidence;
/// clamped to [0.01, 0.9]). Where two dependent sources give the same value, the less accurate one's vote is
/// multiplied by (1 − c·p_dep). Only source pairs that co-occur on objects are compared, and at most
/// <see cref="IndependenceAwareOptions.MaxClaimsPerObjectForDependence"/> claims per object, so the work is bounded
/// by Σ min(k_o, cap)² over objects. Accuracy is re-estimated after each of the
/// <see cref="IndependenceAwareOptions.DependenceRounds"/> dependence rounds (to 1e-3 before the last round, to
/// <see cref="IndependenceAwareOptions.Tolerance"/> after it).</para>
/// <para><b>Echoes.</b> With <see cref="IndependenceAwareOptions.DetectEchoes"/> (the default), each round also tests
/// every source against the pool of the other sources, for a source that repeats whatever value is already there
/// (a bot re-saving pages) and so shares a value with a different source on nearly every object. Two likelihood ratios
/// are summed over the source's contested claims, one for which values it gives and one for whether they are shared;
/// the posterior uses the smaller (both must favour echoing). The formulas are in
/// <see cref="IndependenceAwareOptions.DetectEchoes"/>. An echo's votes on values another source gives are multiplied
/// by 1 − c·p_echo, after the pair discounts.</para>
/// <para>Ties go to the lowest key (ordinal). Deterministic.</para>
/// </remarks>
public sealed partial class IndependenceAwareTruthDiscovery : ITruthDiscoveryAlgorithm
{
    /// <summary>
    /// Before the last dependence round the accuracies need settle only this far: the next round re-estimates the
    /// discounts from them anyway (measured: the same choices on every public dataset as with full settling, in half
    /// the iterations).
    /// </summary>
    private const double RoundTolerance = 1e-3;

    /// <summary>Creates the model with <paramref name="options"/> (default: <see cref="IndependenceAwareOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public IndependenceAwareTruthDiscovery(IndependenceAwareOptions? options = null)
    {
        Options = options ?? IndependenceAwareOptions.Default;
        Options.Validate();
    }

    /// <summary>The parameters.</summary>
    public IndependenceAwareOptions Options { get; }

    /// <summary>For tests: run every block on the calling thread (the result is the same either way).</summary>
    internal bool Sequential { get; init; }

    /// <summary>
    /// For tests: sum the other sources' view of each object directly for every source, as echo detection otherwise does
    /// only where subtracting the source's own terms would lose digits (the result agrees to rounding).
    /// </summary>
    internal bool DirectEchoSums { get; init; }

    /// <inheritdoc/>
    /// <remarks><c>independence</c>, or <c>independence-pairs</c> when <see cref="IndependenceAwareOptions.DetectEchoes"/> is off.</remarks>
    public string Name => Options.DetectEchoes ? "independence" : "independence-pairs";

    /// <inheritdoc/>
    public TruthDiscoveryResult Run(ClaimTable table)
    {
        Preconditions.CheckNotNull(table);
        var state = new State(table, Options, Sequential) { DirectEchoSums = DirectEchoSums };
        bool rounds = (Options.DetectDependence || Options.DetectEchoes) && Options.DependenceRounds > 0;
        int iterations = state.Estimate(out bool converged, rounds ? RoundTolerance : 0);
        SourceDependence[] dependences = [];
        SourceEcho[] echoes = [];
        if (rounds)
        {
            var pairs = Options.DetectDependence
                ? PairIndex.Build(table, Options.MaxClaimsPerObjectForDependence, state.ObjectBlockStart, state.ForEachBlock)
                : null;
            for (int round = 0; round < Options.DependenceRounds; round++)
            {
                if (pairs is not null)
                {
                    dependences = state.EstimateDependence(pairs);
                }

                if (Options.DetectEchoes)
                {
                    echoes = state.EstimateEchoes(resetDiscounts: pairs is null);
                }

                iterations += state.Estimate(out converged, round < Options.DependenceRounds - 1 ? RoundTolerance : 0);
            }
        }

        var chosen = new int[table.ObjectCount];
        TruthKernels.ChooseMax(table, state.Probability, chosen);
        return new TruthDiscoveryResult(Name, table, chosen, state.Probability, state.Accuracy, iterations, converged, Options.Tolerance, dependences, echoes);
    }

    /// <summary>
    /// ln(P(two sources agree on a value | dependent) / P(they agree | independent)) for a value of probability
    /// <paramref name="p"/>, accuracies <paramref name="a1"/> and <paramref name="a2"/>, false-agreement rate
    /// <paramref name="phi"/> and copy rate <paramref name="c"/> (the formulas are in the type's remarks).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double AgreementLogRatio(double p, double a1, double a2, double phi, double c)
    {
        a1 = Math.Clamp(a1, 1e-6, 1 - 1e-6);
        a2 = Math.Clamp(a2, 1e-6, 1 - 1e-6);
        double bothWrong = (1 - a1) * (1 - a2) * phi;
        double independent = (p * a1 * a2) + ((1 - p) * bothWrong);
        double mean = (a1 + a2) / 2;
        double dependent = (p * ((c * mean) + ((1 - c) * a1 * a2))) + ((1 - p) * ((c * (1 - mean)) + ((1 - c) * bothWrong)));
        return Math.Log(dependent / independent);
    }

    /// <summary>
    /// (k·prior + right) / (k + weight): the Beta posterior mean of an accuracy with <paramref name="k"/> pseudo-claims at
    /// <paramref name="prior"/> and <paramref name="right"/> of <paramref name="weight"/> claims right; the prior itself
    /// when there is neither prior weight nor evidence (k = 0 and no contested claims), not 0/0.
    /// </summary>
    internal static double PosteriorMean(double prior, double k, double right, double weight)
    {
        double total = k + weight;
        return total > 1e-9 ? ((k * prior) + right) / total : prior;
    }
}

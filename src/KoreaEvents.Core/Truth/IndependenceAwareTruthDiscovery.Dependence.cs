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
    private const int MinEvidenceForRate = 5;

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

    /// <summary>The arrays one run works on; allocated once.</summary>
    private sealed partial class State
    {
        // Sums are taken per fixed block (in claim or pair order within the block) and the blocks' partial sums added in
        // block order, so the result is the same bit for bit whether the blocks run on one thread or several.
        private const int Blocks = 4;
        private const int ParallelClaimThreshold = 50_000;
        private const long MaxPartialCells = 1L << 23; // per-block partial sums beyond 64 MB: one block instead
        private readonly ClaimTable _table;
        private readonly IndependenceAwareOptions _options;
        private readonly double[] _logFalse; // per object: ln(n)
        private readonly double[] _next;
        private readonly bool[] _contested; // per claim: its object has claims from at least two sources
        private readonly double[] _evidenceWeight; // per source: Σ w over its contested claims
        private readonly int[] _claimSlot; // per claim: its (source, facet) slot (the claims' sources when there is one facet)
        private readonly int[] _slotSource;
        private readonly double[] _slotEvidence;
        private readonly double[] _slotNext;
        private readonly double[] _slotLogit;
        private readonly int[] _objectBlockStart; // objects of each block (about equal numbers of claims)
        private readonly double[][] _partialNext; // per block: Σ w·P(v) per slot over the block's contested claims
        private readonly bool _parallel;
        private PairSums? _pairSums; // the dependence sums (see EstimateDependence)

        public State(ClaimTable table, IndependenceAwareOptions options, bool sequential)
        {
            _table = table;
            _options = options;
            _parallel = !sequential && table.ClaimCount >= ParallelClaimThreshold;
            Accuracy = new double[table.SourceCount];
            Array.Fill(Accuracy, options.PriorAccuracy);
            Probability = new double[table.ValueCount];
            Discount = new double[table.ClaimCount];
            Array.Fill(Discount, 1.0);
            _logFalse = new double[table.ObjectCount];
            for (int o = 0; o < table.ObjectCount; o++)
            {
                _logFalse[o] = Math.Log(Math.Max(options.MinFalseValues, table.ValueStart[o + 1] - table.ValueStart[o] - 1));
            }

            (_claimSlot, _slotSource) = FacetSlots(table, options.FacetSeparator);
            _slotEvidence = new double[_slotSource.Length];
            _slotNext = new double[_slotSource.Length];
            _slotLogit = new double[_slotSource.Length];
            SlotAccuracy = new double[_slotSource.Length];
            Array.Fill(SlotAccuracy, options.PriorAccuracy);
            _next = new double[table.SourceCount];
            _contested = new bool[table.ClaimCount];
            _evidenceWeight = new double[table.SourceCount];
            var claimSources = table.ClaimSources;
            for (int o = 0; o < table.ObjectCount; o++)
            {
                int start = table.ClaimStart[o], end = table.ClaimStart[o + 1];
                // Claims are sorted by source within an object: the object is contested when its first and last claims differ in source.
                if (end - start > 1 && claimSources[start] != claimSources[end - 1])
                {
                    for (int i = start; i < end; i++)
                    {
                        _contested[i] = true;
                        _evidenceWeight[claimSources[i]] += table.ClaimWeights[i];
                        _slotEvidence[_claimSlot[i]] += table.ClaimWeights[i];
                    }
                }
            }

            int blocks = (long)_slotSource.Length * Blocks <= MaxPartialCells ? Blocks : 1;
            _objectBlockStart = new int[blocks + 1];
            for (int block = 1, o = 0; block < blocks; block++)
            {
                long target = (long)table.ClaimCount * block / blocks;
                while (o < table.ObjectCount && table.ClaimStart[o] < target)
                {
                    o++;
                }

                _objectBlockStart[block] = o;
            }

            _objectBlockStart[blocks] = table.ObjectCount;
            _partialNext = new double[blocks][];
            for (int block = 0; block < blocks; block++)
            {
                _partialNext[block] = new double[_slotSource.Length];
            }
        }

        /// <summary>Accuracy per source.</summary>
        public double[] Accuracy { get; }

        /// <summary>The first object of each block, and the object count at the end.</summary>
        public int[] ObjectBlockStart => _objectBlockStart;

        /// <summary>Accuracy per (source, facet) slot; the source's own accuracy when every object has one facet.</summary>
        public double[] SlotAccuracy { get; }

        public double[] Probability { get; }

        public double[] Discount { get; }

        /// <summary>φ, the rate at which two wrong independent sources agree, as last estimated by <see cref="EstimateDependence"/>; NaN before.</summary>
        public double FalseAgreement { get; private set; } = double.NaN;

        /// <summary>True when the objects have more than one facet, so slots are (source, facet) pairs rather than sources.</summary>
        private bool Faceted => !ReferenceEquals(_claimSlot, _table.ClaimSources);

        /// <summary>
        /// The (source, facet) slot of every claim and the source of every slot. With one facet (or no separator) the
        /// slots are the sources themselves and the claims' source array is returned as is.
        /// </summary>
        private static (int[] ClaimSlot, int[] SlotSource) FacetSlots(ClaimTable table, char? separator)
        {
            var identity = Enumerable.Range(0, table.SourceCount).ToArray();
            if (separator is not char sep)
            {
                return (table.ClaimSources, identity);
            }

            var facetOf = new int[table.ObjectCount];
            var facetIds = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int o = 0; o < table.ObjectCount; o++)
            {
                string name = table.ObjectNames[o];
                int at = name.LastIndexOf(sep);
                string facet = at < 0 ? string.Empty : name[(at + 1)..];
                if (!facetIds.TryGetValue(facet, out int id))
                {
                    id = facetIds.Count;
                    facetIds.Add(facet, id);
                }

                facetOf[o] = id;
            }

            if (facetIds.Count <= 1)
            {
                return (table.ClaimSources, identity);
            }

            var claimSlot = new int[table.ClaimCount];
            var slots = new LongIdMap(Math.Max(16, table.SourceCount * facetIds.Count));
            var slotSource = new List<int>();
            var claimSources = table.ClaimSources;
            for (int o = 0; o < table.ObjectCount; o++)
            {
                for (int i = table.ClaimStart[o]; i < table.ClaimStart[o + 1]; i++)
                {
                    int slot = slots.GetOrAdd(LongIdMap.Key(claimSources[i], facetOf[o]));
                    if (slot == slotSource.Count)
                    {
                        slotSource.Add(claimSources[i]);
                    }

                    claimSlot[i] = slot;
                }
            }

            return (claimSlot, slotSource.ToArray());
        }

        /// <summary>
        /// Alternates value probabilities and accuracies until no accuracy moves by more than
        /// <paramref name="tolerance"/> (at least the options' tolerance); returns the iterations run.
        /// </summary>
        public int Estimate(out bool converged, double tolerance = 0)
        {
            tolerance = Math.Max(tolerance, _options.Tolerance);
            double a0 = _options.PriorAccuracy, k = _options.PriorStrength, kf = _options.FacetPriorStrength;
            bool faceted = Faceted;
            converged = false;
            int iterations = 0;
            while (iterations < _options.MaxIterations)
            {
                iterations++;
                for (int s = 0; s < _slotLogit.Length; s++)
                {
                    double a = Math.Clamp(SlotAccuracy[s], 1e-6, 1 - 1e-6);
                    _slotLogit[s] = Math.Log(a / (1 - a));
                }

                ForEachBlock(_partialNext.Length, ScoreBlock);
                var slotNext = faceted ? _slotNext : _next;
                Array.Copy(_partialNext[0], slotNext, slotNext.Length);
                for (int block = 1; block < _partialNext.Length; block++)
                {
                    var partial = _partialNext[block];
                    for (int slot = 0; slot < slotNext.Length; slot++)
                    {
                        slotNext[slot] += partial[slot];
                    }
                }

                if (faceted)
                {
                    Array.Clear(_next);
                    for (int slot = 0; slot < _slotNext.Length; slot++)
                    {
                        _next[_slotSource[slot]] += _slotNext[slot];
                    }
                }

                double change = 0;
                for (int s = 0; s < _next.Length; s++)
                {
                    double a = PosteriorMean(a0, k, _next[s], _evidenceWeight[s]);
                    change = Math.Max(change, Math.Abs(a - Accuracy[s]));
                    Accuracy[s] = a;
                }

                for (int slot = 0; slot < SlotAccuracy.Length; slot++)
                {
                    double overall = Accuracy[_slotSource[slot]];
                    double a = faceted ? PosteriorMean(overall, kf, _slotNext[slot], _slotEvidence[slot]) : overall;
                    change = Math.Max(change, Math.Abs(a - SlotAccuracy[slot]));
                    SlotAccuracy[slot] = a;
                }

                if (change < tolerance)
                {
                    converged = true;
                    break;
                }
            }

            return iterations;
        }

        /// <summary>
        /// For one block of objects: scores the values and turns the scores into probabilities (softmax per object), then
        /// adds each contested claim's w·P(v) to the block's partial sum for its slot.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ScoreBlock(int block)
        {
            var t = _table;
            var values = t.ClaimValues;
            var weights = t.ClaimWeights;
            var claimSlot = _claimSlot;
            var discount = Discount;
            var logit = _slotLogit;
            var contested = _contested;
            var partial = _partialNext[block];
            Array.Clear(partial);
            var score = Probability; // scores first, turned into probabilities in place
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
                int first = t.ValueStart[o], end = t.ValueStart[o + 1];
                int claimStart = t.ClaimStart[o], claimEnd = t.ClaimStart[o + 1];
                Array.Clear(score, first, end - first);
                double logFalse = _logFalse[o];
                for (int i = claimStart; i < claimEnd; i++)
                {
                    score[values[i]] += weights[i] * discount[i] * (logFalse + logit[claimSlot[i]]);
                }

                double max = double.NegativeInfinity;
                for (int v = first; v < end; v++)
                {
                    max = Math.Max(max, score[v]);
                }

                double sum = 0;
                for (int v = first; v < end; v++)
                {
                    score[v] = Math.Exp(score[v] - max);
                    sum += score[v];
                }

                for (int v = first; v < end; v++)
                {
                    score[v] /= sum;
                }

                if (contested[claimStart])
                {
                    for (int i = claimStart; i < claimEnd; i++)
                    {
                        partial[claimSlot[i]] += weights[i] * score[values[i]];
                    }
                }
            }
        }

        /// <summary>Runs <paramref name="body"/> for blocks 0 … count − 1, in parallel when the table is large enough to gain from it.</summary>
        public void ForEachBlock(int count, Action<int> body)
        {
            if (!_parallel || count < 2)
            {
                for (int b = 0; b < count; b++)
                {
                    body(b);
                }

                return;
            }

            Parallel.For(0, count, body);
        }

        /// <summary>Scores every co-occurring pair for dependence and sets the claims' discounts; returns the dependent pairs.</summary>
        public SourceDependence[] EstimateDependence(PairIndex pairs)
        {
            int pairCount = pairs.Count;
            int slotCount = pairs.SlotCount;
            int blocks = _objectBlockStart.Length - 1;

            // One partial sum per block of objects, added in block order; when that would take too much memory, one
            // sum over all blocks in order on this thread. Kept for the next round (fresh memory is slow to touch).
            if (_pairSums is null || _pairSums.SlotCount != slotCount)
            {
                _pairSums = new PairSums(slotCount, 2L * pairCount * blocks <= MaxPartialCells ? blocks : 1);
            }

            var sums = _pairSums;
            var slotOf = pairs.PairSlots;

            // Per pair slot p: [2p] the expected objects where both are wrong, [2p + 1] where they agree on a wrong value.
            SumByBlocks(sums.False, (block, partial) => SumFalseAgreement(pairs, block, partial));
            var falseSums = Merge(sums.False);
            var rates = sums.Factor.AsSpan(); // free until the factors are set
            int rateCount = 0;
            for (int n = 0; n < pairCount; n++)
            {
                int p = slotOf is null ? n : slotOf[n];
                if (falseSums[2 * p] >= MinEvidenceForRate)
                {
                    rates[rateCount++] = falseSums[(2 * p) + 1] / falseSums[2 * p];
                }
            }

            double phi = 0.2;
            if (rateCount > 0)
            {
                phi = Median(rates[..rateCount]);
            }

            phi = Math.Clamp(phi, 0.01, 0.9);
            FalseAgreement = phi;
            SumByBlocks(sums.LogRatio, (block, partial) => SumLogRatios(pairs, block, phi, partial));
            var logRatio = Merge(sums.LogRatio);

            double c = _options.CopyRate;
            double priorLog = Math.Log(_options.DependencePrior / (1 - _options.DependencePrior));
            var factors = sums.Factor.AsSpan();
            var found = new List<SourceDependence>();
            for (int n = 0; n < pairCount; n++)
            {
                int p = slotOf is null ? n : slotOf[n];
                double z = priorLog + logRatio[p];
                double d = 1 / (1 + Math.Exp(-z));
                factors[p] = 1 - (c * d);
                if (d >= 0.5)
                {
                    var (a, b) = pairs.Sources(n);
                    bool aFirst = Accuracy[a] > Accuracy[b] || (Accuracy[a] == Accuracy[b] && a < b);
                    double bothFalse = falseSums[2 * p], agreeFalse = falseSums[(2 * p) + 1];
                    found.Add(aFirst
                        ? new SourceDependence(b, a, d, agreeFalse, bothFalse)
                        : new SourceDependence(a, b, d, agreeFalse, bothFalse));
                }
            }

            ForEachBlock(blocks, block => SetDiscounts(pairs, block, sums.Factor));
            found.Sort((x, y) => y.Probability != x.Probability ? y.Probability.CompareTo(x.Probability) : x.Source != y.Source ? x.Source.CompareTo(y.Source) : x.Other.CompareTo(y.Other));
            return found.ToArray();
        }

        /// <summary>
        /// The element at index n/2 of <paramref name="values"/> in ascending order (the upper median), found by
        /// partitioning around pivots rather than sorting; reorders the span. Equal values are equal bit for bit here (the
        /// rates are never −0), so this is exactly what a sort would put there. With a NaN, as a sort would order it.
        /// </summary>
        private static double Median(Span<double> values)
        {
            int k = values.Length / 2;
            foreach (double value in values)
            {
                if (double.IsNaN(value))
                {
                    values.Sort();
                    return values[k];
                }
            }

            int low = 0, high = values.Length - 1;
            while (low < high)
            {
                // Median-of-three pivot, then Hoare partition: [low, j] ≤ pivot ≤ [i, high], and j < i.
                double a = values[low], b = values[(low + high) >>> 1], c = values[high];
                double pivot = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
                int i = low, j = high;
                while (i <= j)
                {
                    while (values[i] < pivot)
                    {
                        i++;
                    }

                    while (values[j] > pivot)
                    {
                        j--;
                    }

                    if (i <= j)
                    {
                        (values[i], values[j]) = (values[j], values[i]);
                        i++;
                        j--;
                    }
                }

                if (k <= j)
                {
                    high = j;
                }
                else if (k >= i)
                {
                    low = i;
                }
                else
                {
                    break; // between j and i everything equals the pivot
                }
            }

            return values[k];
        }

        /// <summary>
        /// Clears the partial sums and runs <paramref name="sum"/> for every block of objects: into the block's own part
        /// (in parallel when large; each block clears its own part, which first touches fresh memory on its own thread),
        /// or all into the one part in block order.
        /// </summary>
        private void SumByBlocks(ArraySegment<double>[] partial, Action<int, ArraySegment<double>> sum)
        {
            int blocks = _objectBlockStart.Length - 1;
            if (partial.Length == blocks)
            {
                ForEachBlock(blocks, block =>
                {
                    partial[block].AsSpan().Clear();
                    sum(block, partial[block]);
                });
                return;
            }

            partial[0].AsSpan().Clear();
            for (int block = 0; block < blocks; block++)
            {
                sum(block, partial[0]);
            }
        }

        /// <summary>Adds the blocks' partial sums, in block order, into the first; returns it.</summary>
        private static ReadOnlySpan<double> Merge(ArraySegment<double>[] partial)
        {
            var result = partial[0].AsSpan();
            for (int block = 1; block < partial.Length; block++)
            {
                var add = partial[block].AsSpan();
                for (int n = 0; n < result.Length; n++)
                {
                    result[n] += add[n];
                }
            }

            return result;
        }

        private void SumFalseAgreement(PairIndex pairs, int block, ArraySegment<double> sums)
        {
            switch (pairs.Kind)
            {
                case PairSlotKind.Triangle:
                    SumFalseAgreement(pairs, new TriangleSlots(pairs.SourceCount), block, sums);
                    break;
                case PairSlotKind.Matrix:
                    SumFalseAgreement(pairs, new MatrixSlots(pairs.SourceCount, pairs.CellSlots!), block, sums);
                    break;
                default:
                    SumFalseAgreement(pairs, new StoredSlots(pairs.Stored!), block, sums);
                    break;
            }
        }

        /// <summary>
        /// For one block of objects: per source pair, the expected number of objects where both sources are wrong, and
        /// where they agree on a wrong value, under the current probabilities.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SumFalseAgreement<TSlots>(PairIndex pairs, TSlots slots, int block, ArraySegment<double> segment)
            where TSlots : struct, IPairSlots
        {
            var values = _table.ClaimValues;
            var weights = _table.ClaimWeights;
            var sources = _table.ClaimSources;
            var probability = Probability;
            var sums = segment.AsSpan();
            var buffer = new int[pairs.Cap];
            int cursor = pairs.BlockCursor[block];
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
                var claims = pairs.Claims(o, buffer);
                for (int x = 0; x < claims.Length; x++)
                {
                    int i = claims[x], si = sources[i], vi = values[i], row = slots.Row(si);
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int j = claims[y], sj = sources[j];
                        if (si == sj)
                        {
                            continue;
                        }

                        int p = 2 * slots.Slot(row, sj, ref cursor);
                        double w = Math.Min(weights[i], weights[j]);
                        int vj = values[j];

                        // Agreeing: both sums gain w·(1 − P(v)); differing: the first gains w·max(0, 1 − P(vi) − P(vj)) and
                        // the second +0. Chosen with bit masks rather than a branch (whether two claims agree is a coin
                        // toss for the branch predictor). Adding +0 changes nothing: the sums start at +0 and every term
                        // is +0 or more, so they are never −0.
                        long agree = -(long)(vi == vj ? 1 : 0);
                        double agreeTerm = w * (1 - probability[vi]);
                        double differTerm = w * Math.Max(0, 1 - probability[vi] - probability[vj]);
                        long term = (BitConverter.DoubleToInt64Bits(agreeTerm) & agree) | (BitConverter.DoubleToInt64Bits(differTerm) & ~agree);
                        sums[p] += BitConverter.Int64BitsToDouble(term);
                        sums[p + 1] += BitConverter.Int64BitsToDouble(term & agree);
                    }
                }
            }
        }

        private void SumLogRatios(PairIndex pairs, int block, double phi, ArraySegment<double> sums)
        {
            switch (pairs.Kind)
            {
                case PairSlotKind.Triangle:
                    SumLogRatios(pairs, new TriangleSlots(pairs.SourceCount), block, phi, sums);
                    break;
                case PairSlotKind.Matrix:
                    SumLogRatios(pairs, new MatrixSlots(pairs.SourceCount, pairs.CellSlots!), block, phi, sums);
                    break;
                default:
                    SumLogRatios(pairs, new StoredSlots(pairs.Stored!), block, phi, sums);
                    break;
            }
        }

        /// <summary>For one block of objects: ln(P(observations | dependent) / P(observations | independent)) per source pair.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SumLogRatios<TSlots>(PairIndex pairs, TSlots slots, int block, double phi, ArraySegment<double> segment)
            where TSlots : struct, IPairSlots
        {
            var values = _table.ClaimValues;
            var weights = _table.ClaimWeights;
            var sources = _table.ClaimSources;
            var probability = Probability;
            var accuracy = Accuracy;
            double c = _options.CopyRate;
            double differLog = Math.Log(Math.Max(1e-12, 1 - c));
            var sums = segment.AsSpan();
            var buffer = new int[pairs.Cap];
            int cursor = pairs.BlockCursor[block];
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
                var claims = pairs.Claims(o, buffer);
                for (int x = 0; x < claims.Length; x++)
                {
                    int i = claims[x], si = sources[i], v = values[i], row = slots.Row(si);
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int j = claims[y], sj = sources[j];
                        if (si == sj)
                        {
                            continue;
                        }

                        int p = slots.Slot(row, sj, ref cursor);
                        double w = Math.Min(weights[i], weights[j]);
                        sums[p] += v != values[j]
                            ? w * differLog
                            : w * AgreementLogRatio(probability[v], accuracy[si], accuracy[sj], phi, c);
                    }
                }
            }
        }

        private void SetDiscounts(PairIndex pairs, int block, ArraySegment<double> factors)
        {
            switch (pairs.Kind)
            {
                case PairSlotKind.Triangle:
                    SetDiscounts(pairs, new TriangleSlots(pairs.SourceCount), block, factors);
                    break;
                case PairSlotKind.Matrix:
                    SetDiscounts(pairs, new MatrixSlots(pairs.SourceCount, pairs.CellSlots!), block, factors);
                    break;
                default:
                    SetDiscountsStored(pairs, block, factors);
                    break;
            }
        }

        /// <summary>
        /// For one block of objects: where two dependent sources give the same value, the less accurate one's vote is
        /// multiplied by the pair's factor 1 − c·p_dep, once per such pair of claims, in claim pair order. Only pairs that
        /// agree are visited: each claim links to the next claim of its object with the same value. A claim's discount
        /// depends only on its own object, so blocks can run at once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SetDiscounts<TSlots>(PairIndex pairs, TSlots slots, int block, ArraySegment<double> segment)
            where TSlots : struct, IPairSlots
        {
            var values = _table.ClaimValues;
            var sources = _table.ClaimSources;
            var claimStart = _table.ClaimStart;
            var valueStart = _table.ValueStart;
            var accuracy = Accuracy;
            var discount = Discount;
            ReadOnlySpan<double> factors = segment.AsSpan();
            var buffer = new int[pairs.Cap];
            var next = new int[pairs.Cap]; // per compared claim: the position of the next one with its value, or -1
            var last = new int[16]; // per value of the object: the first position with it seen so far from the end
            int unused = 0;
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
                for (int i = claimStart[o]; i < claimStart[o + 1]; i++)
                {
                    discount[i] = 1.0;
                }

                var claims = pairs.Claims(o, buffer);
                int firstValue = valueStart[o], valueCount = valueStart[o + 1] - firstValue;
                if (valueCount == claimStart[o + 1] - claimStart[o])
                {
                    continue; // every claim has its own value: no two agree
                }

                if (last.Length < valueCount)
                {
                    last = new int[Math.Max(valueCount, 2 * last.Length)];
                }

                last.AsSpan(0, valueCount).Fill(-1);
                for (int x = claims.Length - 1; x >= 0; x--)
                {
                    int v = values[claims[x]] - firstValue;
                    next[x] = last[v];
                    last[v] = x;
                }

                for (int x = 0; x < claims.Length; x++)
                {
                    // Claims with one value have distinct sources (a claim is a distinct source and value), so the later
                    // claim has the higher source and the earlier goes first when it is at least as accurate.
                    int i = claims[x], si = sources[i], row = slots.Row(si);
                    double accuracyI = accuracy[si];
                    for (int y = next[x]; y >= 0; y = next[y])
                    {
                        int j = claims[y], sj = sources[j];
                        double factor = factors[slots.Slot(row, sj, ref unused)];
                        discount[accuracyI >= accuracy[sj] ? j : i] *= factor;
                    }
                }
            }
        }

        /// <summary>As <see cref="SetDiscounts{TSlots}"/>, walking every claim pair for the slots stored in claim pair order.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SetDiscountsStored(PairIndex pairs, int block, ArraySegment<double> segment)
        {
            var values = _table.ClaimValues;
            var sources = _table.ClaimSources;
            var claimStart = _table.ClaimStart;
            var accuracy = Accuracy;
            var discount = Discount;
            var stored = pairs.Stored!;
            ReadOnlySpan<double> factors = segment.AsSpan();
            var buffer = new int[pairs.Cap];
            int cursor = pairs.BlockCursor[block];
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
                for (int i = claimStart[o]; i < claimStart[o + 1]; i++)
                {
                    discount[i] = 1.0;
                }

                var claims = pairs.Claims(o, buffer);
                for (int x = 0; x < claims.Length; x++)
                {
                    int i = claims[x], si = sources[i], vi = values[i];
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int j = claims[y], sj = sources[j];
                        if (si == sj)
                        {
                            continue;
                        }

                        int p = stored[cursor++];
                        if (vi != values[j])
                        {
                            continue;
                        }

                        // The later claim has the higher source: the earlier goes first when it is at least as accurate.
                        discount[accuracy[si] >= accuracy[sj] ? j : i] *= factors[p];
                    }
                }
            }
        }
    }

    /// <summary>
    /// The memory of the dependence sums, allocated once per run: per block (or one for all blocks) the false-agreement
    /// sums, two per slot; the log-ratio sums per block and the discount factors take the halves of the blocks' arrays
    /// after the first, which are free once the false-agreement sums are merged into the first.
    /// </summary>
    private sealed class PairSums
    {
        public PairSums(int slotCount, int partials)
        {
            SlotCount = slotCount;
            False = new ArraySegment<double>[partials];
            var halves = new List<ArraySegment<double>>();
            for (int n = 0; n < partials; n++)
            {
                var array = GC.AllocateUninitializedArray<double>(2 * slotCount); // cleared before each use
                False[n] = array;
                if (n > 0)
                {
                    halves.Add(new ArraySegment<double>(array, 0, slotCount));
                    halves.Add(new ArraySegment<double>(array, slotCount, slotCount));
                }
            }

            while (halves.Count < partials + 1)
            {
                var array = GC.AllocateUninitializedArray<double>(2 * slotCount);
                halves.Add(new ArraySegment<double>(array, 0, slotCount));
                halves.Add(new ArraySegment<double>(array, slotCount, slotCount));
            }

            LogRatio = halves.GetRange(0, partials).ToArray();
            Factor = halves[partials];
        }

        public int SlotCount { get; }

        /// <summary>Per block: [2p] expected objects where both sources of slot p are wrong, [2p + 1] where they agree on a wrong value.</summary>
        public ArraySegment<double>[] False { get; }

        /// <summary>Per block: the log-likelihood ratio per slot.</summary>
        public ArraySegment<double>[] LogRatio { get; }

        /// <summary>The discount factor 1 − c·p_dep per slot (before it is set: scratch for the false-agreement rates).</summary>
        public ArraySegment<double> Factor { get; }
    }

    /// <summary>How <see cref="PairIndex"/> gives the slot (the index into per-pair arrays) of a pair of sources.</summary>
    private enum PairSlotKind
    {
        /// <summary>The pair's cell in the triangle of source pairs; no lookup at all.</summary>
        Triangle,

        /// <summary>A number per cell of that triangle, looked up (when more than a third of the cells hold no pair).</summary>
        Matrix,

        /// <summary>A number per claim pair, stored in object order (too many sources for a triangle).</summary>
        Stored,
    }

    /// <summary>
    /// Finds slots while walking the claim pairs of each object in order (claims of an object are sorted by source, so
    /// of the two claims of a pair the first has the lower source): <see cref="Row"/> once per first claim,
    /// <see cref="Slot"/> once per claim pair of distinct sources. Implemented by structs, so
    /// each kernel is compiled once per kind with the lookup inlined.
    /// </summary>
    private interface IPairSlots
    {
        int Row(int source);

        int Slot(int row, int higherSource, ref int cursor);
    }

    private readonly struct TriangleSlots(int sourceCount) : IPairSlots
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Row(int source) => PairIndex.Row(source, sourceCount);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Slot(int row, int higherSource, ref int cursor) => row + higherSource;
    }

    private readonly struct MatrixSlots(int sourceCount, int[] cellSlots) : IPairSlots
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Row(int source) => PairIndex.Row(source, sourceCount);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Slot(int row, int higherSource, ref int cursor) => cellSlots[row + higherSource] - 1;
    }

    private readonly struct StoredSlots(int[] stored) : IPairSlots
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Row(int source) => 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Slot(int row, int higherSource, ref int cursor) => stored[cursor++];
    }

    /// <summary>
    /// The co-occurring source pairs and where each keeps its sums (its slot). With at most 2,048 sources, a pair of
    /// sources a &lt; b has the cell a·(2n − a − 1)/2 + (b − a − 1) of the triangle of all n·(n − 1)/2 pairs, laid out
    /// row by row, so the pairs of one claim with the later claims of its object lie in one row; the cell is the slot,
    /// or, when more than a third of the cells hold no pair, slots are numbered in cell order and looked up per cell. With more sources,
    /// pairs are numbered in order of first appearance and the number of every claim pair is stored in object order
    /// (<see cref="BlockCursor"/> gives where each block of objects starts in that list).
    /// </summary>
    private sealed class PairIndex
    {
        private const int DenseLimit = 1 << 22;

        private readonly long[] _pairSources; // per pair number: (lower source << 32) | higher source
        private readonly ClaimTable _table;
        private readonly Dictionary<int, int[]> _selected; // objects with more claims than the cap: the claims compared

        private PairIndex(ClaimTable table, int cap, PairSlotKind kind, long[] pairSources, int slotCount, int[]? pairSlots, int[]? cellSlots, int[]? stored, int[] blockCursor, Dictionary<int, int[]> selected)
        {
            _table = table;
            Cap = cap;
            Kind = kind;
            _pairSources = pairSources;
            SlotCount = slotCount;
            PairSlots = pairSlots;
            CellSlots = cellSlots;
            Stored = stored;
            BlockCursor = blockCursor;
            _selected = selected;
        }

        /// <summary>The number of co-occurring source pairs.</summary>
        public int Count => _pairSources.Length;

        /// <summary>The length of per-pair arrays (at least <see cref="Count"/>; slots of no pair stay zero).</summary>
        public int SlotCount { get; }

        /// <summary>The slot of each pair number, or null when the slot is the pair number.</summary>
        public int[]? PairSlots { get; }

        public PairSlotKind Kind { get; }

        public int Cap { get; }

        public int SourceCount => _table.SourceCount;

        /// <summary>Per triangle cell, its slot + 1 (0: no pair there; matrix kind).</summary>
        public int[]? CellSlots { get; }

        /// <summary>The slot of every claim pair of distinct sources, in object order (stored kind).</summary>
        public int[]? Stored { get; }

        /// <summary>Per block of objects, the index of its first claim pair (of distinct sources) in object order (stored kind; zero otherwise).</summary>
        public int[] BlockCursor { get; }

        /// <summary>The two sources of pair number <paramref name="pair"/>, the lower index first.</summary>
        public (int A, int B) Sources(int pair) => ((int)(_pairSources[pair] >> 32), (int)(uint)_pairSources[pair]);

        /// <summary>The cell of the pair (<paramref name="source"/>, b) of the triangle, for any b &gt; source, is this + b.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Row(int source, int sourceCount) => ((source * ((2 * sourceCount) - source - 1)) >> 1) - source - 1;

        /// <summary>The claims of object <paramref name="o"/> whose pairs are compared, in claim order.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ReadOnlySpan<int> Claims(int o, int[] buffer)
        {
            int start = _table.ClaimStart[o], end = _table.ClaimStart[o + 1];
            if (end - start > Cap)
            {
                return _selected[o];
            }

            for (int i = start; i < end; i++)
            {
                buffer[i - start] = i;
            }

            return buffer.AsSpan(0, end - start);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static PairIndex Build(ClaimTable t, int cap, int[] objectBlockStart, Action<int, Action<int>> forEachBlock)
        {
            var selected = new Dictionary<int, int[]>();
            for (int o = 0; o < t.ObjectCount; o++)
            {
                if (t.ClaimStart[o + 1] - t.ClaimStart[o] > cap)
                {
                    selected.Add(o, Select(t, o, cap));
                }
            }

            var index = new PairIndex(t, cap, PairSlotKind.Stored, [], 0, null, null, null, [], selected);
            return (long)t.SourceCount * t.SourceCount <= DenseLimit
                ? BuildTriangle(t, cap, objectBlockStart, forEachBlock, index, selected)
                : BuildStored(t, cap, objectBlockStart, index, selected);
        }

        /// <summary>Marks the cells of the co-occurring pairs (the blocks of objects at once) and numbers the pairs in cell order.</summary>
        private static PairIndex BuildTriangle(ClaimTable t, int cap, int[] objectBlockStart, Action<int, Action<int>> forEachBlock, PairIndex index, Dictionary<int, int[]> selected)
        {
            int sourceCount = t.SourceCount;
            int cells = sourceCount * (sourceCount - 1) / 2;
            var used = new bool[cells];
            var blockCursor = new int[objectBlockStart.Length - 1];
            forEachBlock(blockCursor.Length, block => MarkPairs(t, index, objectBlockStart[block], objectBlockStart[block + 1], used));
            int pairs = 0;
            foreach (bool cell in used)
            {
                pairs += cell ? 1 : 0;
            }

            // The cells are the slots when at least two thirds of them hold a pair; otherwise the sums of the empty cells
            // would take more memory (touching fresh memory is slow) than the lookup per claim pair takes time.
            bool direct = 2L * cells <= 3L * pairs;
            var pairSources = new long[pairs];
            var pairSlots = direct ? new int[pairs] : null;
            var cellSlots = direct ? null : new int[cells];
            for (int a = 0, cell = 0, n = 0; a < sourceCount; a++)
            {
                for (int b = a + 1; b < sourceCount; b++, cell++)
                {
                    if (!used[cell])
                    {
                        continue;
                    }

                    pairSources[n] = LongIdMap.Key(a, b);
                    if (direct)
                    {
                        pairSlots![n] = cell;
                    }
                    else
                    {
                        cellSlots![cell] = n + 1;
                    }

                    n++;
                }
            }

            return direct
                ? new PairIndex(t, cap, PairSlotKind.Triangle, pairSources, cells, pairSlots, null, null, blockCursor, selected)
                : new PairIndex(t, cap, PairSlotKind.Matrix, pairSources, pairs, null, cellSlots, null, blockCursor, selected);
        }

        /// <summary>Marks the triangle cells of the source pairs of objects [<paramref name="from"/>, <paramref name="to"/>) (blocks may mark a cell at once: all write true).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void MarkPairs(ClaimTable t, PairIndex index, int from, int to, bool[] used)
        {
            int sourceCount = t.SourceCount;
            var sources = t.ClaimSources;
            var buffer = new int[index.Cap];
            for (int o = from; o < to; o++)
            {
                var claims = index.Claims(o, buffer);
                for (int x = 0; x < claims.Length; x++)
                {
                    int si = sources[claims[x]], row = Row(si, sourceCount);
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int sj = sources[claims[y]];
                        if (si != sj)
                        {
                            used[row + sj] = true;
                        }
                    }
                }
            }
        }

        /// <summary>Numbers the pairs in order of first appearance and stores the number of every claim pair.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static PairIndex BuildStored(ClaimTable t, int cap, int[] objectBlockStart, PairIndex index, Dictionary<int, int[]> selected)
        {
            var sources = t.ClaimSources;
            var map = new LongIdMap(1024);
            var keys = new List<long>();
            var blockCursor = new int[objectBlockStart.Length - 1];
            var buffer = new int[cap];
            long count = 0;
            int block = 0;
            for (int o = 0; o < t.ObjectCount; o++)
            {
                while (block < blockCursor.Length && objectBlockStart[block] == o)
                {
                    blockCursor[block++] = (int)Math.Min(count, int.MaxValue);
                }

                var claims = index.Claims(o, buffer);
                for (int x = 0; x < claims.Length; x++)
                {
                    int si = sources[claims[x]];
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int sj = sources[claims[y]];
                        if (si == sj)
                        {
                            continue;
                        }

                        if (map.GetOrAdd(LongIdMap.Key(Math.Min(si, sj), Math.Max(si, sj))) == keys.Count)
                        {
                            keys.Add(LongIdMap.Key(Math.Min(si, sj), Math.Max(si, sj)));
                        }

                        count++;
                    }
                }
            }

            while (block < blockCursor.Length)
            {
                blockCursor[block++] = (int)Math.Min(count, int.MaxValue);
            }

            if (count > Array.MaxLength)
            {
                throw new InvalidOperationException($"The claims form {count} co-occurring claim pairs, more than one array can hold; lower {nameof(IndependenceAwareOptions.MaxClaimsPerObjectForDependence)}.");
            }

            var stored = new int[count];
            int n = 0;
            for (int o = 0; o < t.ObjectCount; o++)
            {
                var claims = index.Claims(o, buffer);
                for (int x = 0; x < claims.Length; x++)
                {
                    int si = sources[claims[x]];
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int sj = sources[claims[y]];
                        if (si != sj)
                        {
                            stored[n++] = map.GetOrAdd(LongIdMap.Key(Math.Min(si, sj), Math.Max(si, sj)));
                        }
                    }
                }
            }

            return new PairIndex(t, cap, PairSlotKind.Stored, keys.ToArray(), keys.Count, null, null, stored, blockCursor, selected);
        }

        /// <summary>On an object with more than <paramref name="cap"/> claims, the claims of its most active sources (most claims overall, then first seen), in claim order.</summary>
        private static int[] Select(ClaimTable t, int o, int cap)
        {
            int start = t.ClaimStart[o], end = t.ClaimStart[o + 1];
            var all = new int[end - start];
            for (int i = start; i < end; i++)
            {
                all[i - start] = i;
            }

            var sources = t.ClaimSources;
            Array.Sort(all, (x, y) =>
            {
                int byActivity = t.SourceClaimCounts[sources[y]].CompareTo(t.SourceClaimCounts[sources[x]]);
                return byActivity != 0 ? byActivity : x.CompareTo(y);
            });
            var selected = all[..cap];
            Array.Sort(selected);
            return selected;
        }
    }
}

using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>
/// Our model: sources weighted by a learned accuracy, with votes of dependent sources (copiers, or outlets repeating
/// one upstream) discounted. Name on the command line: <c>independence</c>. Immutable and thread-safe.
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
/// <see cref="IndependenceAwareOptions.DependenceRounds"/> dependence rounds.</para>
/// <para>Ties go to the lowest key (ordinal). Deterministic.</para>
/// </remarks>
public sealed class IndependenceAwareTruthDiscovery : ITruthDiscoveryAlgorithm
{
    private const int MinEvidenceForRate = 5;

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

    /// <inheritdoc/>
    public string Name => "independence";

    /// <inheritdoc/>
    public TruthDiscoveryResult Run(ClaimTable table)
    {
        Preconditions.CheckNotNull(table);
        var state = new State(table, Options, Sequential);
        int iterations = state.Estimate(out bool converged);
        SourceDependence[] dependences = [];
        if (Options.DetectDependence && Options.DependenceRounds > 0)
        {
            var pairs = PairIndex.Build(table, Options.MaxClaimsPerObjectForDependence, state.ObjectBlockStart);
            for (int round = 0; round < Options.DependenceRounds; round++)
            {
                dependences = state.EstimateDependence(pairs);
                iterations += state.Estimate(out converged);
            }
        }

        var chosen = new int[table.ObjectCount];
        TruthKernels.ChooseMax(table, state.Probability, chosen);
        return new TruthDiscoveryResult(Name, table, chosen, state.Probability, state.Accuracy, iterations, converged, Options.Tolerance, dependences);
    }

    /// <summary>
    /// ln(P(two sources agree on a value | dependent) / P(they agree | independent)) for a value of probability
    /// <paramref name="p"/>, accuracies <paramref name="a1"/> and <paramref name="a2"/>, false-agreement rate
    /// <paramref name="phi"/> and copy rate <paramref name="c"/> (the formulas are in the type's remarks).
    /// </summary>
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

    /// <summary>The arrays one run works on; allocated once.</summary>
    private sealed class State
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
        private double[][]? _pairPartial; // per block: sums per source pair (see EstimateDependence)

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

        /// <summary>Alternates value probabilities and accuracies until they settle; returns the iterations run.</summary>
        public int Estimate(out bool converged)
        {
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
                    double a = ((k * a0) + _next[s]) / (k + _evidenceWeight[s]);
                    change = Math.Max(change, Math.Abs(a - Accuracy[s]));
                    Accuracy[s] = a;
                }

                for (int slot = 0; slot < SlotAccuracy.Length; slot++)
                {
                    double overall = Accuracy[_slotSource[slot]];
                    double a = faceted ? ((kf * overall) + _slotNext[slot]) / (kf + _slotEvidence[slot]) : overall;
                    change = Math.Max(change, Math.Abs(a - SlotAccuracy[slot]));
                    SlotAccuracy[slot] = a;
                }

                if (change < _options.Tolerance)
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
        private void ForEachBlock(int count, Action<int> body)
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
            int blocks = _objectBlockStart.Length - 1;

            // One partial sum per block of objects, added in block order; when that would take too much memory, one
            // sum over all blocks in order on this thread. Kept for the next round (fresh memory is slow to touch).
            if (_pairPartial is null || _pairPartial[0].Length != 2 * pairCount)
            {
                _pairPartial = new double[2L * pairCount * blocks <= MaxPartialCells ? blocks : 1][];
                for (int n = 0; n < _pairPartial.Length; n++)
                {
                    _pairPartial[n] = new double[2 * pairCount];
                }
            }

            var partial = _pairPartial;

            // Per pair: [2p] the expected objects where both are wrong, [2p + 1] where they agree on a wrong value.
            SumByBlocks(partial, (block, sums) => SumFalseAgreement(pairs, block, sums));
            var falseSums = Merge(partial, 2 * pairCount);
            var rates = new List<double>();
            for (int p = 0; p < pairCount; p++)
            {
                if (falseSums[2 * p] >= MinEvidenceForRate)
                {
                    rates.Add(falseSums[(2 * p) + 1] / falseSums[2 * p]);
                }
            }

            double phi = 0.2;
            if (rates.Count > 0)
            {
                rates.Sort();
                phi = rates[rates.Count / 2];
            }

            phi = Math.Clamp(phi, 0.01, 0.9);
            SumByBlocks(partial, (block, sums) => SumLogRatios(pairs, block, phi, sums));
            var logRatio = Merge(partial, pairCount);

            double c = _options.CopyRate;
            double priorLog = Math.Log(_options.DependencePrior / (1 - _options.DependencePrior));
            var probability = new double[pairCount];
            var found = new List<SourceDependence>();
            for (int p = 0; p < pairCount; p++)
            {
                double z = priorLog + logRatio[p];
                double d = 1 / (1 + Math.Exp(-z));
                probability[p] = d;
                if (d >= 0.5)
                {
                    var (a, b) = pairs.Sources(p);
                    bool aFirst = Accuracy[a] > Accuracy[b] || (Accuracy[a] == Accuracy[b] && a < b);
                    double bothFalse = falseSums[2 * p], agreeFalse = falseSums[(2 * p) + 1];
                    found.Add(aFirst
                        ? new SourceDependence(b, a, d, agreeFalse, bothFalse)
                        : new SourceDependence(a, b, d, agreeFalse, bothFalse));
                }
            }

            SetDiscounts(pairs, probability, c);
            found.Sort((x, y) => y.Probability != x.Probability ? y.Probability.CompareTo(x.Probability) : x.Source != y.Source ? x.Source.CompareTo(y.Source) : x.Other.CompareTo(y.Other));
            return found.ToArray();
        }

        /// <summary>
        /// Clears the partial sums and runs <paramref name="sum"/> for every block of objects: into the block's own array
        /// (in parallel when large), or all into the one array in block order.
        /// </summary>
        private void SumByBlocks(double[][] partial, Action<int, double[]> sum)
        {
            foreach (var sums in partial)
            {
                Array.Clear(sums);
            }

            int blocks = _objectBlockStart.Length - 1;
            if (partial.Length == blocks)
            {
                ForEachBlock(blocks, block => sum(block, partial[block]));
                return;
            }

            for (int block = 0; block < blocks; block++)
            {
                sum(block, partial[0]);
            }
        }

        /// <summary>Adds the first <paramref name="length"/> cells of the blocks' partial sums, in block order, into a new array.</summary>
        private static double[] Merge(double[][] partial, int length)
        {
            var result = partial[0][..length];
            for (int block = 1; block < partial.Length; block++)
            {
                var add = partial[block];
                for (int n = 0; n < length; n++)
                {
                    result[n] += add[n];
                }
            }

            return result;
        }

        /// <summary>
        /// For one block of objects: per source pair, the expected number of objects where both sources are wrong, and
        /// where they agree on a wrong value, under the current probabilities.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SumFalseAgreement(PairIndex pairs, int block, double[] sums)
        {
            var values = _table.ClaimValues;
            var weights = _table.ClaimWeights;
            var sources = _table.ClaimSources;
            var buffer = new int[pairs.Cap];
            int cursor = pairs.BlockCursor[block];
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
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

                        int p = 2 * pairs.Id(si, sj, ref cursor);
                        double w = Math.Min(weights[i], weights[j]);
                        int vj = values[j];
                        if (vi == vj)
                        {
                            double f = w * (1 - Probability[vi]);
                            sums[p] += f;
                            sums[p + 1] += f;
                        }
                        else
                        {
                            sums[p] += w * Math.Max(0, 1 - Probability[vi] - Probability[vj]);
                        }
                    }
                }
            }
        }

        /// <summary>For one block of objects: ln(P(observations | dependent) / P(observations | independent)) per source pair.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SumLogRatios(PairIndex pairs, int block, double phi, double[] sums)
        {
            var values = _table.ClaimValues;
            var weights = _table.ClaimWeights;
            var sources = _table.ClaimSources;
            double c = _options.CopyRate;
            double differLog = Math.Log(Math.Max(1e-12, 1 - c));
            var buffer = new int[pairs.Cap];
            int cursor = pairs.BlockCursor[block];
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
                var claims = pairs.Claims(o, buffer);
                for (int x = 0; x < claims.Length; x++)
                {
                    int i = claims[x], si = sources[i], v = values[i];
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int j = claims[y], sj = sources[j];
                        if (si == sj)
                        {
                            continue;
                        }

                        int p = pairs.Id(si, sj, ref cursor);
                        double w = Math.Min(weights[i], weights[j]);
                        sums[p] += v != values[j]
                            ? w * differLog
                            : w * AgreementLogRatio(Probability[v], Accuracy[si], Accuracy[sj], phi, c);
                    }
                }
            }
        }

        /// <summary>
        /// Where two dependent sources give the same value, the less accurate one's vote is multiplied by (1 − c·p_dep),
        /// once per such pair of claims, in object order.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SetDiscounts(PairIndex pairs, double[] probability, double c)
        {
            var values = _table.ClaimValues;
            var sources = _table.ClaimSources;
            var buffer = new int[pairs.Cap];
            int cursor = 0;
            Array.Fill(Discount, 1.0);
            for (int o = 0; o < _table.ObjectCount; o++)
            {
                var claims = pairs.Claims(o, buffer);
                for (int x = 0; x < claims.Length; x++)
                {
                    int i = claims[x], si = sources[i];
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int j = claims[y], sj = sources[j];
                        if (si == sj)
                        {
                            continue;
                        }

                        int p = pairs.Id(si, sj, ref cursor);
                        if (values[i] != values[j])
                        {
                            continue;
                        }

                        double factor = 1 - (c * probability[p]);
                        bool iFirst = Accuracy[si] > Accuracy[sj] || (Accuracy[si] == Accuracy[sj] && si < sj);
                        Discount[iFirst ? j : i] *= factor;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The co-occurring source pairs, numbered in order of first appearance, and how to find a pair's number while
    /// walking the claim pairs of each object in order: from a dense source-by-source matrix when there are at most
    /// 2,048 sources, otherwise from the numbers stored per claim pair in object order (<see cref="BlockCursor"/> gives
    /// where each block of objects starts in that list). Nothing is stored per claim pair in the dense case.
    /// </summary>
    private sealed class PairIndex
    {
        private const int DenseLimit = 1 << 22;

        private readonly long[] _pairSources;
        private readonly int _sourceCount;
        private readonly int[]? _dense; // id + 1 per (low, high)
        private readonly int[]? _stored; // pair id per claim pair, in object order
        private readonly ClaimTable _table;
        private readonly Dictionary<int, int[]> _selected; // objects with more claims than the cap: the claims compared

        private PairIndex(ClaimTable table, int cap, long[] pairSources, int[]? dense, int[]? stored, int[] blockCursor, Dictionary<int, int[]> selected)
        {
            _table = table;
            Cap = cap;
            _pairSources = pairSources;
            _sourceCount = table.SourceCount;
            _dense = dense;
            _stored = stored;
            BlockCursor = blockCursor;
            _selected = selected;
        }

        public int Count => _pairSources.Length;

        public int Cap { get; }

        /// <summary>Per block of objects, the index of its first claim pair in object order.</summary>
        public int[] BlockCursor { get; }

        public (int A, int B) Sources(int pair) => ((int)(_pairSources[pair] >> 32), (int)(uint)_pairSources[pair]);

        /// <summary>The number of the pair of sources <paramref name="si"/> ≠ <paramref name="sj"/>, met at claim pair <paramref name="cursor"/> (advanced).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Id(int si, int sj, ref int cursor)
        {
            cursor++;
            return _dense is { } dense
                ? dense[(Math.Min(si, sj) * _sourceCount) + Math.Max(si, sj)] - 1
                : _stored![cursor - 1];
        }

        /// <summary>The claims of object <paramref name="o"/> whose pairs are compared, in claim order.</summary>
        public ReadOnlySpan<int> Claims(int o, int[] buffer)
        {
            if (_selected.TryGetValue(o, out var selected))
            {
                return selected;
            }

            int start = _table.ClaimStart[o], end = _table.ClaimStart[o + 1];
            for (int i = start; i < end; i++)
            {
                buffer[i - start] = i;
            }

            return buffer.AsSpan(0, end - start);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static PairIndex Build(ClaimTable t, int cap, int[] objectBlockStart)
        {
            var sources = t.ClaimSources;
            var selected = new Dictionary<int, int[]>();
            for (int o = 0; o < t.ObjectCount; o++)
            {
                if (t.ClaimStart[o + 1] - t.ClaimStart[o] > cap)
                {
                    selected.Add(o, Select(t, o, cap));
                }
            }

            bool dense = (long)t.SourceCount * t.SourceCount <= DenseLimit;
            int[]? matrix = dense ? new int[t.SourceCount * t.SourceCount] : null;
            var map = dense ? null : new LongIdMap(1024);
            var keys = new List<long>();
            var blockCursor = new int[objectBlockStart.Length - 1];
            var buffer = new int[cap];
            long count = 0;
            int block = 0;
            var index = new PairIndex(t, cap, [], matrix, null, blockCursor, selected);
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

                        int low = Math.Min(si, sj), high = Math.Max(si, sj);
                        long key = LongIdMap.Key(low, high);
                        if (matrix is not null)
                        {
                            ref int entry = ref matrix[(low * t.SourceCount) + high];
                            if (entry == 0)
                            {
                                keys.Add(key);
                                entry = keys.Count;
                            }
                        }
                        else if (map!.GetOrAdd(key) == keys.Count)
                        {
                            keys.Add(key);
                        }

                        count++;
                    }
                }
            }

            while (block < blockCursor.Length)
            {
                blockCursor[block++] = (int)Math.Min(count, int.MaxValue);
            }

            int[]? stored = null;
            if (map is not null)
            {
                if (count > Array.MaxLength)
                {
                    throw new InvalidOperationException($"The claims form {count} co-occurring claim pairs, more than one array can hold; lower {nameof(IndependenceAwareOptions.MaxClaimsPerObjectForDependence)}.");
                }

                stored = new int[count];
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
            }

            return new PairIndex(t, cap, keys.ToArray(), matrix, stored, blockCursor, selected);
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

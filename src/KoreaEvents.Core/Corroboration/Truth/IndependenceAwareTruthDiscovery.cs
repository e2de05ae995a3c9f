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
            var pairs = PairIndex.Build(table, Options.MaxClaimsPerObjectForDependence);
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
        private const int ObjectBlock = 2048;
        private const int SlotBlock = 64;
        private const int PairBlock = 1024;
        private const int ParallelClaimThreshold = 50_000;
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
        private readonly int[] _slotClaimStart; // contested claims grouped by slot, in claim order within a slot
        private readonly int[] _slotClaims;
        private readonly bool _parallel;

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

            // Contested claims by slot (a stable counting sort), so that each slot's evidence is one contiguous sum.
            _slotClaimStart = new int[_slotSource.Length + 1];
            for (int i = 0; i < _contested.Length; i++)
            {
                if (_contested[i])
                {
                    _slotClaimStart[_claimSlot[i] + 1]++;
                }
            }

            for (int slot = 0; slot < _slotSource.Length; slot++)
            {
                _slotClaimStart[slot + 1] += _slotClaimStart[slot];
            }

            _slotClaims = new int[_slotClaimStart[^1]];
            var fill = _slotClaimStart[..^1];
            for (int i = 0; i < _contested.Length; i++)
            {
                if (_contested[i])
                {
                    _slotClaims[fill[_claimSlot[i]]++] = i;
                }
            }
        }

        /// <summary>Accuracy per source.</summary>
        public double[] Accuracy { get; }

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
            int objectBlocks = BlockCount(_table.ObjectCount, ObjectBlock);
            int slotBlocks = BlockCount(SlotAccuracy.Length, SlotBlock);
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

                // Each object's probabilities depend on that object alone, and each slot's sum runs over its own claims
                // in claim order, so the blocks can run in parallel and the result does not depend on the thread count.
                ForEachBlock(objectBlocks, ScoreObjects);
                ForEachBlock(slotBlocks, SumSlots);
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

        /// <summary>Scores the values of one block of objects and turns the scores into probabilities (softmax per object).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ScoreObjects(int block)
        {
            var t = _table;
            var values = t.ClaimValues;
            var weights = t.ClaimWeights;
            var claimSlot = _claimSlot;
            var discount = Discount;
            var logit = _slotLogit;
            var score = Probability; // scores first, turned into probabilities in place
            int objectEnd = Math.Min(t.ObjectCount, (block + 1) * ObjectBlock);
            for (int o = block * ObjectBlock; o < objectEnd; o++)
            {
                int first = t.ValueStart[o], end = t.ValueStart[o + 1];
                Array.Clear(score, first, end - first);
                double logFalse = _logFalse[o];
                for (int i = t.ClaimStart[o]; i < t.ClaimStart[o + 1]; i++)
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
            }
        }

        /// <summary>For one block of slots: Σ w·P(v) over each slot's contested claims (the accuracy's evidence).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SumSlots(int block)
        {
            var values = _table.ClaimValues;
            var weights = _table.ClaimWeights;
            var target = Faceted ? _slotNext : _next;
            int slotEnd = Math.Min(_slotNext.Length, (block + 1) * SlotBlock);
            for (int slot = block * SlotBlock; slot < slotEnd; slot++)
            {
                double sum = 0;
                for (int n = _slotClaimStart[slot]; n < _slotClaimStart[slot + 1]; n++)
                {
                    int i = _slotClaims[n];
                    sum += weights[i] * Probability[values[i]];
                }

                target[slot] = sum;
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

        private static int BlockCount(int items, int blockSize) => (items + blockSize - 1) / blockSize;

        /// <summary>Scores every co-occurring pair for dependence and sets the claims' discounts; returns the dependent pairs.</summary>
        public SourceDependence[] EstimateDependence(PairIndex pairs)
        {
            int pairCount = pairs.Count;
            int pairBlocks = BlockCount(pairCount, PairBlock);
            var bothFalse = new double[pairCount];
            var agreeFalse = new double[pairCount];
            ForEachBlock(pairBlocks, block => SumFalseAgreement(pairs, block, bothFalse, agreeFalse));

            var rates = new List<double>();
            for (int p = 0; p < pairCount; p++)
            {
                if (bothFalse[p] >= MinEvidenceForRate)
                {
                    rates.Add(agreeFalse[p] / bothFalse[p]);
                }
            }

            double phi = 0.2;
            if (rates.Count > 0)
            {
                rates.Sort();
                phi = rates[rates.Count / 2];
            }

            phi = Math.Clamp(phi, 0.01, 0.9);
            var logRatio = new double[pairCount];
            ForEachBlock(pairBlocks, block => SumLogRatios(pairs, block, phi, logRatio));

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
                    found.Add(aFirst
                        ? new SourceDependence(b, a, d, agreeFalse[p], bothFalse[p])
                        : new SourceDependence(a, b, d, agreeFalse[p], bothFalse[p]));
                }
            }

            SetDiscounts(pairs, probability, c);
            found.Sort((x, y) => y.Probability != x.Probability ? y.Probability.CompareTo(x.Probability) : x.Source != y.Source ? x.Source.CompareTo(y.Source) : x.Other.CompareTo(y.Other));
            return found.ToArray();
        }

        /// <summary>
        /// For one block of pairs: the expected number of objects where both sources are wrong, and where they agree on a
        /// wrong value, under the current probabilities (each pair's sum runs over its claim pairs in object order).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SumFalseAgreement(PairIndex pairs, int block, double[] bothFalse, double[] agreeFalse)
        {
            var values = _table.ClaimValues;
            var weights = _table.ClaimWeights;
            int pairEnd = Math.Min(pairs.Count, (block + 1) * PairBlock);
            for (int p = block * PairBlock; p < pairEnd; p++)
            {
                double both = 0, agree = 0;
                for (int n = pairs.Start[p]; n < pairs.Start[p + 1]; n++)
                {
                    int i = pairs.First[n], j = pairs.Second[n];
                    double w = Math.Min(weights[i], weights[j]);
                    int vi = values[i], vj = values[j];
                    if (vi == vj)
                    {
                        double f = w * (1 - Probability[vi]);
                        both += f;
                        agree += f;
                    }
                    else
                    {
                        both += w * Math.Max(0, 1 - Probability[vi] - Probability[vj]);
                    }
                }

                bothFalse[p] = both;
                agreeFalse[p] = agree;
            }
        }

        /// <summary>For one block of pairs: ln(P(observations | dependent) / P(observations | independent)).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SumLogRatios(PairIndex pairs, int block, double phi, double[] logRatio)
        {
            var values = _table.ClaimValues;
            var weights = _table.ClaimWeights;
            var sources = _table.ClaimSources;
            double c = _options.CopyRate;
            double differLog = Math.Log(Math.Max(1e-12, 1 - c));
            int pairEnd = Math.Min(pairs.Count, (block + 1) * PairBlock);
            for (int p = block * PairBlock; p < pairEnd; p++)
            {
                double sum = 0;
                for (int n = pairs.Start[p]; n < pairs.Start[p + 1]; n++)
                {
                    int i = pairs.First[n], j = pairs.Second[n];
                    double w = Math.Min(weights[i], weights[j]);
                    int v = values[i];
                    sum += v != values[j]
                        ? w * differLog
                        : w * AgreementLogRatio(Probability[v], Accuracy[sources[i]], Accuracy[sources[j]], phi, c);
                }

                logRatio[p] = sum;
            }
        }

        /// <summary>
        /// Where two dependent sources give the same value, the less accurate one's vote is multiplied by (1 − c·p_dep),
        /// once per such pair (pairs in order, each pair's claims in object order).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SetDiscounts(PairIndex pairs, double[] probability, double c)
        {
            var values = _table.ClaimValues;
            var sources = _table.ClaimSources;
            Array.Fill(Discount, 1.0);
            for (int p = 0; p < pairs.Count; p++)
            {
                double factor = 1 - (c * probability[p]);
                if (factor == 1)
                {
                    continue;
                }

                var (a, b) = pairs.Sources(p);
                bool aFirst = Accuracy[a] > Accuracy[b] || (Accuracy[a] == Accuracy[b] && a < b);
                for (int n = pairs.Start[p]; n < pairs.Start[p + 1]; n++)
                {
                    int i = pairs.First[n], j = pairs.Second[n];
                    if (values[i] == values[j])
                    {
                        // First and Second hold the claims of the pair's two sources; discount the one of the less accurate source.
                        Discount[(sources[i] == a) == aFirst ? j : i] *= factor;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The co-occurring source pairs and, per pair, the claim pairs that connect them (built once): claim pairs are grouped
    /// by source pair (<see cref="Start"/>), in object order within a pair.
    /// </summary>
    private sealed class PairIndex
    {
        private const int DenseLimit = 1 << 22; // source counts up to 2,048: pair ids from a dense matrix, not a hash map

        private readonly long[] _pairSources;

        private PairIndex(long[] pairSources, int[] start, int[] first, int[] second)
        {
            _pairSources = pairSources;
            Start = start;
            First = first;
            Second = second;
        }

        public int Count => _pairSources.Length;

        public int[] Start { get; }

        public int[] First { get; }

        public int[] Second { get; }

        public (int A, int B) Sources(int pair) => ((int)(_pairSources[pair] >> 32), (int)(uint)_pairSources[pair]);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static PairIndex Build(ClaimTable t, int cap)
        {
            // Two passes over the objects: the first numbers the source pairs and counts their claim pairs, the second
            // writes each claim pair straight into its source pair's block, so nothing is sorted and nothing is copied.
            var ids = new PairIds(t.SourceCount);
            var counts = new List<int>();
            var selected = new int[cap];
            var sources = t.ClaimSources;
            long total = 0;
            for (int o = 0; o < t.ObjectCount; o++)
            {
                var claims = Select(t, o, cap, selected);
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

                        int id = ids.GetOrAdd(Math.Min(si, sj), Math.Max(si, sj));
                        if (id == counts.Count)
                        {
                            counts.Add(0);
                        }

                        counts[id]++;
                        total++;
                    }
                }
            }

            if (total > Array.MaxLength)
            {
                throw new InvalidOperationException($"The claims form {total} co-occurring claim pairs, more than one array can hold; lower {nameof(IndependenceAwareOptions.MaxClaimsPerObjectForDependence)}.");
            }

            int pairCount = ids.Count;
            var start = new int[pairCount + 1];
            for (int p = 0; p < pairCount; p++)
            {
                start[p + 1] = start[p] + counts[p];
            }

            var first = new int[total];
            var second = new int[total];
            var fill = start[..^1];
            for (int o = 0; o < t.ObjectCount; o++)
            {
                var claims = Select(t, o, cap, selected);
                for (int x = 0; x < claims.Length; x++)
                {
                    int i = claims[x];
                    int si = sources[i];
                    for (int y = x + 1; y < claims.Length; y++)
                    {
                        int j = claims[y];
                        int sj = sources[j];
                        if (si == sj)
                        {
                            continue;
                        }

                        int at = fill[ids.Get(Math.Min(si, sj), Math.Max(si, sj))]++;
                        first[at] = i;
                        second[at] = j;
                    }
                }
            }

            return new PairIndex(ids.ToArray(), start, first, second);
        }

        /// <summary>
        /// The claims of object <paramref name="o"/> whose pairs are compared, in claim order: all of them, or on an object
        /// with more than <paramref name="cap"/> claims those of its most active sources (most claims overall, then first seen).
        /// </summary>
        private static ReadOnlySpan<int> Select(ClaimTable t, int o, int cap, int[] selected)
        {
            int start = t.ClaimStart[o], end = t.ClaimStart[o + 1];
            if (end - start <= cap)
            {
                for (int i = start; i < end; i++)
                {
                    selected[i - start] = i;
                }

                return selected.AsSpan(0, end - start);
            }

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
            Array.Copy(all, selected, cap);
            Array.Sort(selected);
            return selected;
        }

        /// <summary>Dense ids for source pairs (low, high), in order of first appearance.</summary>
        private sealed class PairIds
        {
            private readonly int _sourceCount;
            private readonly int[]? _dense; // id + 1 per (low, high); null when there are too many sources
            private readonly LongIdMap? _map;
            private readonly List<long> _keys = [];

            public PairIds(int sourceCount)
            {
                _sourceCount = sourceCount;
                if ((long)sourceCount * sourceCount <= DenseLimit)
                {
                    _dense = new int[sourceCount * sourceCount];
                }
                else
                {
                    _map = new LongIdMap(1024);
                }
            }

            public int Count => _keys.Count;

            public int GetOrAdd(int low, int high)
            {
                if (_dense is { } dense)
                {
                    ref int entry = ref dense[(low * _sourceCount) + high];
                    if (entry == 0)
                    {
                        _keys.Add(LongIdMap.Key(low, high));
                        entry = _keys.Count;
                    }

                    return entry - 1;
                }

                long key = LongIdMap.Key(low, high);
                int id = _map!.GetOrAdd(key);
                if (id == _keys.Count)
                {
                    _keys.Add(key);
                }

                return id;
            }

            /// <summary>The id of a pair already added.</summary>
            public int Get(int low, int high) =>
                _dense is { } dense ? dense[(low * _sourceCount) + high] - 1 : _map!.GetOrAdd(LongIdMap.Key(low, high));

            public long[] ToArray() => _keys.ToArray();
        }
    }
}

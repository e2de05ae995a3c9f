using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <content>The state of one run: its arrays and (source, facet) slots, and the accuracy estimation (value scores
/// and posterior accuracies) by blocks of objects.</content>
public sealed partial class IndependenceAwareTruthDiscovery
{
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
    }
}

using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <content>Pair dependence: the false-agreement rate φ, the log-likelihood ratios per source pair, the pairs' discount
/// factors, and the memory of their sums.</content>
public sealed partial class IndependenceAwareTruthDiscovery
{
    private const int MinEvidenceForRate = 5;

    private sealed partial class State
    {
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
        /// <remarks>
        /// The walk over claim pairs is the same as <see cref="SumFalseAgreement"/>'s, written twice on purpose: these are
        /// the two innermost loops of the model (every claim pair, every round), the slot lookup is specialised per
        /// <typeparamref name="TSlots"/>, and a shared walk with a per-pair callback would have to carry each kernel's
        /// state (phi, the accuracies, two sums per pair) through an interface the JIT does not always inline. The pair
        /// order, and so the floating-point sums, are the same in both.
        /// </remarks>
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
}

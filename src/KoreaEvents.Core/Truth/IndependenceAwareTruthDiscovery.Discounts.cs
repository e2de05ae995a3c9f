using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <content>The pair discounts: where two dependent sources give the same value, the less accurate one's vote is
/// multiplied by the pair's factor.</content>
public sealed partial class IndependenceAwareTruthDiscovery
{
    private sealed partial class State
    {
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
}

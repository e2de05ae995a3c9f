using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <content>The co-occurring source pairs: their index, where each keeps its sums, and the slot lookups the kernels
/// are compiled for.</content>
public sealed partial class IndependenceAwareTruthDiscovery
{
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

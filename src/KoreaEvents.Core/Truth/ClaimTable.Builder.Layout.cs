using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

public sealed partial class ClaimTable
{
    /// <content>Building the table: the values placed per object in key order, the rows bucketed by object, sorted,
    /// deduplicated and weighed; large tables by several threads, each on its own range of objects or rows.</content>
    public sealed partial class Builder
    {
        /// <summary>Builds the table. The builder cannot be used afterwards.</summary>
        /// <exception cref="InvalidOperationException">The builder has already built its table.</exception>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ClaimTable Build()
        {
            if (_built)
            {
                throw new InvalidOperationException("This builder has already built its table; create a new builder.");
            }

            _built = true;
            int objectCount = _objects.Count;
            int valueCount = _valueCount;
            int rowCount = _rowCount;
            var keyOfText = _keyOfText;

            // Keys: their strings, numbers, and (when few keys are shared by many values) their ordinal rank.
            var keyStrings = _keys.ToArray();
            var keyNumbers = new double[keyStrings.Length];
            for (int k = 0; k < keyStrings.Length; k++)
            {
                keyNumbers[k] = TruthValues.TryParseNumber(keyStrings[k], out double number) ? number : double.NaN;
            }

            int[]? keyRanks = keyStrings.Length <= valueCount / 4 ? RankOrdinal(keyStrings) : null;


            // Large tables are laid out by several threads, each on its own range of objects (or blocks of rows).
            int parts = rowCount >= ParallelRows ? Math.Clamp(Environment.ProcessorCount, 1, 8) : 1;

            // Values: contiguous per object, ordered by key (ordinal) within the object. Each value's link is replaced
            // by its new index once its object is placed.
            var valueStart = new int[objectCount + 1];
            for (int o = 0; o < objectCount; o++)
            {
                valueStart[o + 1] = valueStart[o] + _objectValueCount[o];
            }

            // Values' keys: usually every spelling is its own key, and then the keys share the texts' array.
            var valueTexts = new string[valueCount];
            var valueKeys = KeysAreTexts(keyStrings) ? valueTexts : new string[valueCount];
            var valueNumbers = GC.AllocateUninitializedArray<double>(valueCount);
            var valueObjects = GC.AllocateUninitializedArray<int>(valueCount);
            var layout = new ValueLayout(valueStart, valueTexts, valueKeys, valueNumbers, valueObjects, keyStrings, keyNumbers, keyRanks);
            ForEachPart(parts, valueStart, (from, to) => PlaceValues(from, to, layout));


            // Rows: bucketed by object straight into the claim arrays. The row counts become each object's write
            // position, which ends at the next object's start. The order within an object does not matter: the rows
            // of an object are sorted next.
            var rowStart = new int[objectCount + 1];
            var next = _objectRowCount;
            for (int o = 0; o < objectCount; o++)
            {
                rowStart[o + 1] = rowStart[o] + next[o];
                next[o] = rowStart[o];
            }

            var claimSources = GC.AllocateUninitializedArray<int>(rowCount);
            var claimValues = GC.AllocateUninitializedArray<int>(rowCount);
            var segments = new List<RowSegment> { new(_rowBlocks.ToArray(), _rowAt, null, null) };
            segments.AddRange(_mergedRows);
            var blocks = new List<(int[] Block, int Length, int[]? SourceMap, int[]? ValueMap)>();
            foreach (var segment in segments)
            {
                for (int b = 0; b < segment.Blocks.Length; b++)
                {
                    int length = b == segment.Blocks.Length - 1 ? segment.LastLength : segment.Blocks[b].Length;
                    blocks.Add((segment.Blocks[b], length, segment.SourceMap, segment.ValueMap));
                }
            }

            _rowBlocks.Clear();
            _mergedRows.Clear();
            _rowBlock = [];
            var rowBlocks = blocks.ToArray();
            ForEachPart(parts, rowBlocks.Length, (from, to) => ScatterRows(rowBlocks, from, to, next, valueObjects, claimSources, claimValues, parts > 1));


            // Within each object: sort by (source, value), drop repeats, and give each of the k values a source claims
            // for the object the weight 1/k. The distinct claims of an object stay at the start of its rows.
            var claimWeights = GC.AllocateUninitializedArray<double>(rowCount);
            var distinct = _objectValueCount;
            ForEachPart(parts, rowStart, (from, to) => SortClaims(from, to, rowStart, claimSources, claimValues, claimWeights, distinct));


            // Repeated rows leave gaps: close them (rare; without repeats the claims are where the rows were).
            var claimStart = new int[objectCount + 1];
            int claims = 0;
            for (int o = 0; o < objectCount; o++)
            {
                int start = rowStart[o];
                int count = distinct[o];
                if (claims != start)
                {
                    Array.Copy(claimSources, start, claimSources, claims, count);
                    Array.Copy(claimValues, start, claimValues, claims, count);
                    Array.Copy(claimWeights, start, claimWeights, claims, count);
                }

                claims += count;
                claimStart[o + 1] = claims;
            }

            if (claims < rowCount)
            {
                Array.Resize(ref claimSources, claims);
                Array.Resize(ref claimValues, claims);
                Array.Resize(ref claimWeights, claims);
            }

            return new ClaimTable(_sources, _objects, valueStart, valueTexts, valueKeys, valueNumbers, valueObjects, claimStart, claimSources, claimValues, claimWeights, rowCount, rowCount - claims);
        }

        /// <summary>Places the values of objects [from, to) (see <see cref="Build"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void PlaceValues(int from, int to, ValueLayout layout)
        {
            var keyOfText = _keyOfText;
            var keyRanks = layout.KeyRanks;
            bool sharedKeys = ReferenceEquals(layout.Keys, layout.Texts);
            var objectValues = new long[16];
            for (int o = from; o < to; o++)
            {
                int n = layout.Start[o];
                int count = layout.Start[o + 1] - n;
                if (objectValues.Length < count)
                {
                    objectValues = new long[Math.Max(count, objectValues.Length * 2)];
                }

                // The object's values as (rank or spelling, value) pairs, then sorted by key.
                var span = objectValues.AsSpan(0, count);
                int i = count;
                for (int v = _objectLastValue[o] - 1; v >= 0;)
                {
                    ref readonly var entry = ref Value(v);
                    long order = keyRanks is null ? entry.Text : keyRanks[keyOfText[entry.Text]];
                    span[--i] = (order << 32) | (uint)v;
                    v = entry.Link - 1;
                }

                if (count > 1)
                {
                    if (keyRanks is null)
                    {
                        SortByKey(span, keyOfText, layout.KeyStrings);
                    }
                    else
                    {
                        SortPairs(span);
                    }
                }

                foreach (long item in span)
                {
                    ref var entry = ref Value((int)item);
                    int text = entry.Text;
                    int key = keyOfText[text];
                    entry = new ValueEntry(text, n);
                    layout.Texts[n] = _texts[text];
                    if (!sharedKeys)
                    {
                        layout.Keys[n] = layout.KeyStrings[key];
                    }

                    layout.Numbers[n] = layout.KeyNumbers[key];
                    layout.Objects[n] = o;
                    n++;
                }
            }
        }

        /// <summary>True when every spelling read is its own key (the usual case: values already trimmed, lower-case, canonical).</summary>
        private bool KeysAreTexts(string[] keyStrings)
        {
            for (int t = 0; t < _texts.Count; t++)
            {
                string text = _texts[t], key = keyStrings[_keyOfText[t]];
                if (!ReferenceEquals(text, key) && !string.Equals(text, key, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Puts the rows of blocks [from, to) at their object's next position (see <see cref="Build"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ScatterRows((int[] Block, int Length, int[]? SourceMap, int[]? ValueMap)[] blocks, int from, int to, int[] next, int[] valueObjects, int[] claimSources, int[] claimValues, bool shared)
        {
            for (int b = from; b < to; b++)
            {
                var (block, length, sourceMap, valueMap) = blocks[b];
                for (int i = 0; i < length; i += 2)
                {
                    int s = sourceMap is null ? block[i] : sourceMap[block[i]];
                    int v = Value(valueMap is null ? block[i + 1] : valueMap[block[i + 1]]).Link;
                    int at = shared ? Interlocked.Increment(ref next[valueObjects[v]]) - 1 : next[valueObjects[v]]++;
                    claimSources[at] = s;
                    claimValues[at] = v;
                }
            }
        }

        /// <summary>
        /// Sorts the rows of objects [from, to) by (source, value), keeps the distinct ones at the start of the object's
        /// rows (their number in <paramref name="distinct"/>) and weighs them (see <see cref="Build"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void SortClaims(int from, int to, int[] rowStart, int[] claimSources, int[] claimValues, double[] claimWeights, int[] distinct)
        {
            var pairs = new long[64];
            for (int o = from; o < to; o++)
            {
                int start = rowStart[o];
                int count = rowStart[o + 1] - start;
                if (pairs.Length < count)
                {
                    pairs = new long[Math.Max(count, pairs.Length * 2)];
                }

                var span = pairs.AsSpan(0, count);
                for (int i = 0; i < span.Length; i++)
                {
                    span[i] = ((long)claimSources[start + i] << 32) | (uint)claimValues[start + i];
                }

                SortPairs(span);
                int end = start;
                long previous = -1;
                foreach (long pair in span)
                {
                    if (pair != previous)
                    {
                        claimSources[end] = (int)(pair >> 32);
                        claimValues[end] = (int)pair;
                        end++;
                        previous = pair;
                    }
                }

                distinct[o] = end - start;
                for (int i = start; i < end;)
                {
                    int run = i + 1;
                    while (run < end && claimSources[run] == claimSources[i])
                    {
                        run++;
                    }

                    double weight = 1.0 / (run - i);
                    for (; i < run; i++)
                    {
                        claimWeights[i] = weight;
                    }
                }
            }
        }

        /// <summary>
        /// Runs <paramref name="body"/> on <paramref name="parts"/> ranges of objects [from, to) with about equal totals
        /// of <paramref name="cumulative"/> (prefix sums over the objects), in parallel when there are several.
        /// </summary>
        private static void ForEachPart(int parts, int[] cumulative, Action<int, int> body)
        {
            int objects = cumulative.Length - 1;
            if (parts == 1)
            {
                body(0, objects);
                return;
            }

            var bounds = new int[parts + 1];
            long total = cumulative[objects];
            for (int p = 1; p < parts; p++)
            {
                // The first object whose prefix reaches p/parts of the total.
                int at = Array.BinarySearch(cumulative, 0, objects + 1, (int)(total * p / parts));
                if (at < 0)
                {
                    at = ~at;
                }

                while (at > 0 && cumulative[at - 1] == cumulative[at])
                {
                    at--;
                }

                bounds[p] = Math.Clamp(at, bounds[p - 1], objects);
            }

            bounds[parts] = objects;
            RunParts(parts, p => body(bounds[p], bounds[p + 1]));
        }

        /// <summary>Runs <paramref name="body"/> on <paramref name="parts"/> equal ranges of [0, <paramref name="count"/>), in parallel when there are several.</summary>
        private static void ForEachPart(int parts, int count, Action<int, int> body)
        {
            if (parts == 1)
            {
                body(0, count);
                return;
            }

            RunParts(parts, p => body((int)((long)count * p / parts), (int)((long)count * (p + 1) / parts)));
        }

        /// <summary>Runs parts 1.. on the thread pool and part 0 on this thread; returns when all are done.</summary>
        private static void RunParts(int parts, Action<int> part)
        {
            var others = new Task[parts - 1];
            for (int p = 1; p < parts; p++)
            {
                int index = p;
                others[p - 1] = Task.Run(() => part(index));
            }

            part(0);
            Task.WaitAll(others);
        }

        /// <summary>The value arrays being built, and the keys they are ordered by.</summary>
        private sealed record ValueLayout(int[] Start, string[] Texts, string[] Keys, double[] Numbers, int[] Objects, string[] KeyStrings, double[] KeyNumbers, int[]? KeyRanks);
    }
}

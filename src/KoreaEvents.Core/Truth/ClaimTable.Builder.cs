using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

public sealed partial class ClaimTable
{
    /// <summary>
    /// Collects claims one row at a time and builds an immutable <see cref="ClaimTable"/>. Strings are interned as
    /// they arrive, so memory grows with distinct names and values, not with rows. Not thread-safe; a builder can
    /// build once.
    /// </summary>
    public sealed class Builder
    {
        /// <summary>Up to this many values an object's values are found by walking its list; beyond, by a hash map.</summary>
        internal const int ValueListLimit = 16;

        /// <summary>From this many rows on, the table is laid out by several threads.</summary>
        internal const int ParallelRows = 1 << 17;

        /// <summary>Rows per block of the row store.</summary>
        internal const int RowBlockLength = 1 << 16;

        /// <summary>Values per block of the value store (a power of two).</summary>
        private const int ValueBlockShift = 14;
        private const int ValueBlockMask = (1 << ValueBlockShift) - 1;

        private readonly SpanStringPool _sources = new(1024);
        private readonly SpanStringPool _objects = new(1024);
        private readonly SpanStringPool _texts = new(1024); // distinct trimmed value spellings
        private readonly SpanStringPool _keys = new(1024);
        private int[] _keyOfText = new int[1024];
        private int _lastObject = -1;

        // Per object: its newest value + 1 (0 = none), its number of values and its number of rows.
        private int[] _objectLastValue = new int[1024];
        private int[] _objectValueCount = new int[1024];
        private int[] _objectRowCount = new int[1024];

        // Per value, in order of first appearance: its first spelling and the previous value of its object + 1. In
        // blocks, allocated without clearing: memory is touched only as values are added, and never copied.
        private ValueEntry[][] _valueBlocks = new ValueEntry[16][];
        private int _valueCount;

        // (object, key) -> value, only for objects with more than ValueListLimit values.
        private LongIdMap? _manyValues;
        private int[] _manyValueIds = [];

        // Rows as (source, value) pairs in blocks: no copying as they grow (only the first block grows from small).
        private readonly List<int[]> _rowBlocks = new();
        private int[] _rowBlock = [];
        private int _rowAt;
        private int _rowCount;

        // Rows of merged builders, with their source and value ids mapped to this builder's.
        private readonly List<RowSegment> _mergedRows = new();

        private char[] _scratch = new char[256];
        private bool _built;

        internal Builder()
        {
        }

        /// <summary>The number of rows added so far.</summary>
        public int RowCount => _rowCount;

        /// <summary>Adds one claim: <paramref name="source"/> says <paramref name="object"/> has <paramref name="value"/>.</summary>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
        /// <exception cref="InvalidOperationException">The builder has already built its table.</exception>
        public Builder Add(string source, string @object, string value)
        {
            Preconditions.CheckNotBlank(source);
            Preconditions.CheckNotBlank(@object);
            Preconditions.CheckNotBlank(value);
            AddCore(source, @object, value);
            return this;
        }

        /// <summary>Adds a claim whose fields have been checked to be non-blank.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void AddCore(ReadOnlySpan<char> source, ReadOnlySpan<char> @object, ReadOnlySpan<char> value)
        {
            if (_built)
            {
                throw new InvalidOperationException("This builder has already built its table; create a new builder.");
            }

            if (_rowCount == int.MaxValue - 64)
            {
                throw new InvalidOperationException("A claim table holds at most about two billion rows.");
            }

            int s = _sources.GetOrAdd(Trim(source));

            // Claims usually come grouped by object: compare with the last object before hashing.
            var objectName = Trim(@object);
            int o = _lastObject;
            if (o < 0 || !objectName.SequenceEqual(_objects[o]))
            {
                o = AddObject(objectName);
            }

            // Spelling -> key, computed once per distinct spelling (numbers need a parse and a format).
            var text = Trim(value);
            int known = _texts.Count;
            int t = _texts.GetOrAdd(text);
            if (t == known)
            {
                AddKey(t, text);
            }

            int k = _keyOfText[t];
            int v = FindValue(o, k, t);
            if (v < 0)
            {
                v = AddValue(o, k, t);
            }

            if (_rowAt == _rowBlock.Length)
            {
                AddRowSpace();
            }

            _rowBlock[_rowAt] = s;
            _rowBlock[_rowAt + 1] = v;
            _rowAt += 2;
            _rowCount++;
            _objectRowCount[o]++;
        }

        /// <summary>Trims white space; most names start and end with printable ASCII and need no look at all.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) =>
            text.Length > 0 && text[0] is > ' ' and < '\u007F' && text[^1] is > ' ' and < '\u007F' ? text : text.Trim();

        private int AddObject(ReadOnlySpan<char> name, string? instance = null)
        {
            int o = _objects.GetOrAdd(name, instance);
            _lastObject = o;
            if (o == _objectLastValue.Length)
            {
                Array.Resize(ref _objectLastValue, o * 2);
                Array.Resize(ref _objectValueCount, o * 2);
                Array.Resize(ref _objectRowCount, o * 2);
            }

            return o;
        }

        private void AddKey(int t, ReadOnlySpan<char> text)
        {
            if (t == _keyOfText.Length)
            {
                Array.Resize(ref _keyOfText, t * 2);
            }

            int needed = TruthValues.KeyBufferLength(text.Length);
            if (_scratch.Length < needed)
            {
                _scratch = new char[Math.Max(needed, _scratch.Length * 2)];
            }

            var key = _scratch.AsSpan(0, TruthValues.ToKey(text, _scratch));

            // Most spellings are their own key: then the key shares the spelling's string.
            _keyOfText[t] = key.SequenceEqual(text) ? _keys.GetOrAdd(key, _texts[t]) : _keys.GetOrAdd(key);
        }

        private void AddRowSpace()
        {
            // Not cleared: memory is touched only as rows are added.
            _rowBlock = GC.AllocateUninitializedArray<int>(2 * RowBlockLength);
            _rowBlocks.Add(_rowBlock);
            _rowAt = 0;
        }

        /// <summary>The value of object <paramref name="o"/> with key <paramref name="k"/> (spelled <paramref name="t"/>), or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int FindValue(int o, int k, int t)
        {
            if (_objectValueCount[o] > ValueListLimit)
            {
                return FindManyValue(o, k);
            }

            var blocks = _valueBlocks;
            var keyOfText = _keyOfText;
            for (int v = _objectLastValue[o] - 1; v >= 0;)
            {
                var entry = blocks[v >> ValueBlockShift][v & ValueBlockMask];
                if (entry.Text == t || keyOfText[entry.Text] == k)
                {
                    return v;
                }

                v = entry.Link - 1;
            }

            return -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int FindManyValue(int o, int k)
        {
            int known = _manyValues!.Count;
            int id = _manyValues.GetOrAdd(LongIdMap.Key(o, k));
            return id < known ? _manyValueIds[id] : -1; // a new id (known) is filled in by AddValue
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int AddValue(int o, int k, int t)
        {
            int v = _valueCount++;
            int block = v >> ValueBlockShift;
            if ((v & ValueBlockMask) == 0)
            {
                if (block == _valueBlocks.Length)
                {
                    Array.Resize(ref _valueBlocks, block * 2);
                }

                _valueBlocks[block] = GC.AllocateUninitializedArray<ValueEntry>(1 << ValueBlockShift);
            }

            _valueBlocks[block][v & ValueBlockMask] = new ValueEntry(t, _objectLastValue[o]);
            _objectLastValue[o] = v + 1;
            int count = ++_objectValueCount[o];
            if (count > ValueListLimit + 1)
            {
                // FindManyValue has just added the key to the map.
                SetManyValue(_manyValues!.Count - 1, v);
            }
            else if (count == ValueListLimit + 1)
            {
                // The object has outgrown its list: map all its values.
                _manyValues ??= new LongIdMap(1024);
                for (int w = v; w >= 0; w = Value(w).Link - 1)
                {
                    SetManyValue(_manyValues.GetOrAdd(LongIdMap.Key(o, _keyOfText[Value(w).Text])), w);
                }
            }

            return v;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ref ValueEntry Value(int v) => ref _valueBlocks[v >> ValueBlockShift][v & ValueBlockMask];

        private void SetManyValue(int id, int v)
        {
            if (id >= _manyValueIds.Length)
            {
                Array.Resize(ref _manyValueIds, Math.Max(1024, _manyValueIds.Length * 2));
            }

            _manyValueIds[id] = v;
        }

        /// <summary>
        /// Adds everything <paramref name="other"/> has read, as if its rows had been added here after this builder's
        /// own (first appearances here come first). <paramref name="other"/> cannot be used afterwards.
        /// </summary>
        /// <exception cref="InvalidOperationException">A builder has already built its table, or the rows are too many.</exception>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void Append(Builder other)
        {
            if (_built || other._built || other._mergedRows.Count > 0)
            {
                throw new InvalidOperationException("This builder has already built its table; create a new builder.");
            }

            if ((long)_rowCount + other._rowCount > int.MaxValue - 64)
            {
                throw new InvalidOperationException("A claim table holds at most about two billion rows.");
            }

            other._built = true;
            var sourceMap = new int[other._sources.Count];
            for (int s = 0; s < sourceMap.Length; s++)
            {
                string name = other._sources[s];
                sourceMap[s] = _sources.GetOrAdd(name, name);
            }

            var textMap = new int[other._texts.Count];
            for (int t = 0; t < textMap.Length; t++)
            {
                string text = other._texts[t];
                int known = _texts.Count;
                int mapped = _texts.GetOrAdd(text, text);
                if (mapped == known)
                {
                    if (mapped == _keyOfText.Length)
                    {
                        Array.Resize(ref _keyOfText, mapped * 2);
                    }

                    string key = other._keys[other._keyOfText[t]];
                    _keyOfText[mapped] = _keys.GetOrAdd(key, key);
                }

                textMap[t] = mapped;
            }

            var valueMap = new int[other._valueCount];
            for (int b = 0; b < other._objects.Count; b++)
            {
                string name = other._objects[b];
                int o = AddObject(name, name);
                _objectRowCount[o] += other._objectRowCount[b];
                for (int w = other._objectLastValue[b] - 1; w >= 0;)
                {
                    ref readonly var entry = ref other.Value(w);
                    int t = textMap[entry.Text];
                    int k = _keyOfText[t];
                    int v = FindValue(o, k, t);
                    valueMap[w] = v >= 0 ? v : AddValue(o, k, t);
                    w = entry.Link - 1;
                }
            }

            var blocks = other._rowBlocks.ToArray();
            _mergedRows.Add(new RowSegment(blocks, other._rowAt, sourceMap, valueMap));
            _rowCount += other._rowCount;
        }

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

        /// <summary>The rank of each string in ordinal order.</summary>
        private static int[] RankOrdinal(string[] strings)
        {
            var order = new int[strings.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            var sorted = (string[])strings.Clone();
            Array.Sort(sorted, order, StringComparer.Ordinal);
            var ranks = new int[strings.Length];
            for (int r = 0; r < order.Length; r++)
            {
                ranks[order[r]] = r;
            }

            return ranks;
        }

        /// <summary>
        /// Sorts an object's (spelling, value) pairs by the spelling's key (ordinal); keys within one object are distinct.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void SortByKey(Span<long> span, int[] keyOfText, string[] keys)
        {
            if (span.Length > 16)
            {
                span.Sort((a, b) => string.CompareOrdinal(keys[keyOfText[(int)(a >> 32)]], keys[keyOfText[(int)(b >> 32)]]));
                return;
            }

            for (int i = 1; i < span.Length; i++)
            {
                long item = span[i];
                string key = keys[keyOfText[(int)(item >> 32)]];
                int j = i - 1;
                while (j >= 0 && string.CompareOrdinal(keys[keyOfText[(int)(span[j] >> 32)]], key) > 0)
                {
                    span[j + 1] = span[j];
                    j--;
                }

                span[j + 1] = item;
            }
        }

        /// <summary>Sorts packed pairs: insertion sort for the usual handful, the library sort beyond.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void SortPairs(Span<long> span)
        {
            if (span.Length > 32)
            {
                span.Sort();
                return;
            }

            for (int i = 1; i < span.Length; i++)
            {
                long item = span[i];
                int j = i - 1;
                while (j >= 0 && span[j] > item)
                {
                    span[j + 1] = span[j];
                    j--;
                }

                span[j + 1] = item;
            }
        }

        /// <summary>
        /// A value while reading: its first spelling and the previous value of its object + 1 (0 = none); once the
        /// table is being built, <see cref="Link"/> is the value's new index.
        /// </summary>
        private readonly record struct ValueEntry(int Text, int Link);

        /// <summary>Row blocks of a merged builder (all full but the last) and the maps of its ids to this builder's.</summary>
        private sealed record RowSegment(int[][] Blocks, int LastLength, int[]? SourceMap, int[]? ValueMap);

        /// <summary>The value arrays being built, and the keys they are ordered by.</summary>
        private sealed record ValueLayout(int[] Start, string[] Texts, string[] Keys, double[] Numbers, int[] Objects, string[] KeyStrings, double[] KeyNumbers, int[]? KeyRanks);
    }
}

using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Corroboration.Truth;

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

        private int AddObject(ReadOnlySpan<char> name)
        {
            int o = _objects.GetOrAdd(name);
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

            // Values: contiguous per object, ordered by key (ordinal) within the object. Each value's link is replaced
            // by its new index once its object is placed.
            var valueStart = new int[objectCount + 1];
            var valueTexts = new string[valueCount];
            var valueKeys = new string[valueCount];
            var valueNumbers = GC.AllocateUninitializedArray<double>(valueCount);
            var valueObjects = GC.AllocateUninitializedArray<int>(valueCount);
            var objectValues = new long[16];
            int n = 0;
            for (int o = 0; o < objectCount; o++)
            {
                int count = _objectValueCount[o];
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
                        SortByKey(span, keyOfText, keyStrings);
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
                    valueTexts[n] = _texts[text];
                    valueKeys[n] = keyStrings[key];
                    valueNumbers[n] = keyNumbers[key];
                    valueObjects[n] = o;
                    n++;
                }

                valueStart[o + 1] = n;
            }

            // Rows: counting sort by object (stable), straight into the claim arrays. The row counts become each
            // object's write position, which ends at the next object's start.
            var next = _objectRowCount;
            for (int o = 0, start = 0; o < objectCount; o++)
            {
                int count = next[o];
                next[o] = start;
                start += count;
            }

            var claimSources = GC.AllocateUninitializedArray<int>(rowCount);
            var claimValues = GC.AllocateUninitializedArray<int>(rowCount);
            for (int b = 0; b < _rowBlocks.Count; b++)
            {
                var block = _rowBlocks[b];
                int length = b == _rowBlocks.Count - 1 ? _rowAt : block.Length;
                for (int i = 0; i < length; i += 2)
                {
                    int v = Value(block[i + 1]).Link;
                    int at = next[valueObjects[v]]++;
                    claimSources[at] = block[i];
                    claimValues[at] = v;
                }
            }

            _rowBlocks.Clear();
            _rowBlock = [];

            // Within each object: sort by (source, value), drop repeats, and give each of the k values a source claims
            // for the object the weight 1/k.
            var claimWeights = GC.AllocateUninitializedArray<double>(rowCount);
            var claimStart = new int[objectCount + 1];
            var pairs = new long[64];
            int claims = 0;
            for (int o = 0; o < objectCount; o++)
            {
                int start = o == 0 ? 0 : next[o - 1];
                int count = next[o] - start;
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

                // Write back compacted: claims <= start, and the object's rows are in pairs.
                int first = claims;
                long previous = -1;
                foreach (long pair in span)
                {
                    if (pair != previous)
                    {
                        claimSources[claims] = (int)(pair >> 32);
                        claimValues[claims] = (int)pair;
                        claims++;
                        previous = pair;
                    }
                }

                claimStart[o + 1] = claims;
                for (int i = first; i < claims;)
                {
                    int end = i + 1;
                    while (end < claims && claimSources[end] == claimSources[i])
                    {
                        end++;
                    }

                    double weight = 1.0 / (end - i);
                    for (; i < end; i++)
                    {
                        claimWeights[i] = weight;
                    }
                }
            }

            if (claims < rowCount)
            {
                Array.Resize(ref claimSources, claims);
                Array.Resize(ref claimValues, claims);
                Array.Resize(ref claimWeights, claims);
            }

            return new ClaimTable(_sources, _objects, valueStart, valueTexts, valueKeys, valueNumbers, valueObjects, claimStart, claimSources, claimValues, claimWeights, rowCount, rowCount - claims);
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
    }
}

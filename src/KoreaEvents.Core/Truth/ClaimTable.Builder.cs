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
    public sealed partial class Builder
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

        /// <summary>
        /// A value while reading: its first spelling and the previous value of its object + 1 (0 = none); once the
        /// table is being built, <see cref="Link"/> is the value's new index.
        /// </summary>
        private readonly record struct ValueEntry(int Text, int Link);

        /// <summary>Row blocks of a merged builder (all full but the last) and the maps of its ids to this builder's.</summary>
        private sealed record RowSegment(int[][] Blocks, int LastLength, int[]? SourceMap, int[]? ValueMap);
    }
}

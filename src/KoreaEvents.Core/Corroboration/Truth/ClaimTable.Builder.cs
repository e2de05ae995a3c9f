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
        private readonly SpanStringPool _sources = new(1024);
        private readonly SpanStringPool _objects = new(1024);
        private readonly SpanStringPool _keys = new(1024);
        private readonly SpanStringPool _texts = new(1024);
        private readonly SpanStringPool _normalized = new(1024);
        private readonly List<int> _keyOfNormalized = new();
        private readonly LongIdMap _valueIds = new(1024);
        private int[] _valueObject = new int[1024];
        private int[] _valueKey = new int[1024];
        private int[] _valueText = new int[1024];
        private int _valueCount;
        private int[] _rowSource = new int[1024];
        private int[] _rowValue = new int[1024];
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

            int s = _sources.GetOrAdd(source.Trim());
            int o = _objects.GetOrAdd(@object.Trim());
            int needed = TruthValues.KeyBufferLength(value.Length);
            if (_scratch.Length < needed)
            {
                _scratch = new char[Math.Max(needed, _scratch.Length * 2)];
            }

            // Normalised text -> key id, computed once per distinct normalised text (numbers need a parse and a format).
            int normalizedLength = TruthValues.Normalize(value, _scratch);
            int n = _normalized.GetOrAdd(_scratch.AsSpan(0, normalizedLength));
            if (n == _keyOfNormalized.Count)
            {
                int keyLength = TruthValues.ToKey(_scratch.AsSpan(0, normalizedLength).ToArray(), _scratch);
                _keyOfNormalized.Add(_keys.GetOrAdd(_scratch.AsSpan(0, keyLength)));
            }

            int k = _keyOfNormalized[n];
            int v = _valueIds.GetOrAdd(LongIdMap.Key(o, k));
            if (v == _valueCount)
            {
                _valueCount++;
                if (v == _valueObject.Length)
                {
                    int size = v * 2;
                    Array.Resize(ref _valueObject, size);
                    Array.Resize(ref _valueKey, size);
                    Array.Resize(ref _valueText, size);
                }

                _valueObject[v] = o;
                _valueKey[v] = k;
                _valueText[v] = _texts.GetOrAdd(value.Trim());
            }

            if (_rowCount == _rowSource.Length)
            {
                int size = _rowCount * 2;
                Array.Resize(ref _rowSource, size);
                Array.Resize(ref _rowValue, size);
            }

            _rowSource[_rowCount] = s;
            _rowValue[_rowCount] = v;
            _rowCount++;
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

            // Values: contiguous per object, ordered by key within the object.
            var valueStart = new int[objectCount + 1];
            for (int v = 0; v < valueCount; v++)
            {
                valueStart[_valueObject[v] + 1]++;
            }

            for (int o = 0; o < objectCount; o++)
            {
                valueStart[o + 1] += valueStart[o];
            }

            var placed = new int[valueCount]; // new index -> old index
            var fill = valueStart.AsSpan(0, objectCount).ToArray();
            for (int v = 0; v < valueCount; v++)
            {
                placed[fill[_valueObject[v]]++] = v;
            }

            var keys = _keys.Strings;
            for (int o = 0; o < objectCount; o++)
            {
                var span = placed.AsSpan(valueStart[o], valueStart[o + 1] - valueStart[o]);
                if (span.Length > 1)
                {
                    span.Sort((a, b) => string.CompareOrdinal(keys[_valueKey[a]], keys[_valueKey[b]]));
                }
            }

            var newIndex = new int[valueCount];
            var valueTexts = new string[valueCount];
            var valueKeys = new string[valueCount];
            for (int n = 0; n < valueCount; n++)
            {
                int old = placed[n];
                newIndex[old] = n;
                valueTexts[n] = _texts[_valueText[old]];
                valueKeys[n] = keys[_valueKey[old]];
            }

            // Rows: counting sort by object, then (source, value) within the object; drop repeats; weight 1/k.
            var rowStart = new int[objectCount + 1];
            for (int r = 0; r < _rowCount; r++)
            {
                rowStart[_valueObject[_rowValue[r]] + 1]++;
            }

            for (int o = 0; o < objectCount; o++)
            {
                rowStart[o + 1] += rowStart[o];
            }

            var sorted = new long[_rowCount];
            fill = rowStart.AsSpan(0, objectCount).ToArray();
            for (int r = 0; r < _rowCount; r++)
            {
                int v = _rowValue[r];
                sorted[fill[_valueObject[v]]++] = ((long)_rowSource[r] << 32) | (uint)newIndex[v];
            }

            var claimStart = new int[objectCount + 1];
            int claims = 0;
            for (int o = 0; o < objectCount; o++)
            {
                var span = sorted.AsSpan(rowStart[o], rowStart[o + 1] - rowStart[o]);
                span.Sort();
                long previous = -1;
                foreach (long entry in span)
                {
                    if (entry != previous)
                    {
                        sorted[claims++] = entry;
                        previous = entry;
                    }
                }

                claimStart[o + 1] = claims;
            }

            var claimSources = new int[claims];
            var claimValues = new int[claims];
            var claimWeights = new double[claims];
            for (int i = 0; i < claims; i++)
            {
                claimSources[i] = (int)(sorted[i] >> 32);
                claimValues[i] = (int)(uint)sorted[i];
            }

            for (int o = 0; o < objectCount; o++)
            {
                int i = claimStart[o];
                while (i < claimStart[o + 1])
                {
                    int j = i + 1;
                    while (j < claimStart[o + 1] && claimSources[j] == claimSources[i])
                    {
                        j++;
                    }

                    double weight = 1.0 / (j - i);
                    for (int m = i; m < j; m++)
                    {
                        claimWeights[m] = weight;
                    }

                    i = j;
                }
            }

            return new ClaimTable(_sources, _objects, valueStart, valueTexts, valueKeys, claimStart, claimSources, claimValues, claimWeights, _rowCount, _rowCount - claims);
        }
    }
}

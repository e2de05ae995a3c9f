using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// An immutable table of claims <c>(source, object, value)</c>, the standard truth-discovery input, with sources,
/// objects and values interned to dense indexes so the algorithms work on flat arrays.
/// </summary>
/// <remarks>
/// <para><b>Names.</b> Source and object names are trimmed and compared ordinally (case matters). Indexes follow the
/// order of first appearance. Values are compared by their key (<see cref="TruthValues"/>: trimmed, white space
/// collapsed, lower-cased; numbers by value), so <c>"Seoul "</c> and <c>"seoul"</c>, or <c>30.1</c> and
/// <c>30.10</c>, are one value of an object; the value's <see cref="GetValueText">text</see> is its first spelling.</para>
/// <para><b>Layout.</b> Value indexes are global and contiguous per object (<see cref="GetValueRange"/>), ordered
/// by key (ordinal) within the object, so "the lowest value index" is the tie-break every algorithm uses. Claims are
/// sorted by object, then source, then value (compressed sparse rows).</para>
/// <para><b>Repeated claims.</b> A row that repeats a (source, object, value) already read adds nothing (it is counted
/// in <see cref="RepeatedRowCount"/>). When a source claims several different values for one object, each of its
/// claims on that object gets the weight 1/k (k = its number of distinct values there), so every source has one
/// vote per object whatever it repeats.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class ClaimTable
{
    internal readonly string[] SourceNames;
    internal readonly string[] ObjectNames;
    internal readonly int[] ValueStart;
    internal readonly string[] ValueTexts;
    internal readonly string[] ValueKeys;
    internal readonly double[] ValueNumbers;
    internal readonly int[] ValueObjects;
    internal readonly int[] ClaimStart;
    internal readonly int[] ClaimSources;
    internal readonly int[] ClaimValues;
    internal readonly double[] ClaimWeights;
    internal readonly double[] SourceWeights;
    internal readonly int[] SourceClaimCounts;
    private readonly SpanStringPool _objectPool;
    private readonly SpanStringPool _sourcePool;
    private readonly ReadOnlyCollection<string> _sources;
    private readonly ReadOnlyCollection<string> _objects;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ClaimTable(
        SpanStringPool sources,
        SpanStringPool objects,
        int[] valueStart,
        string[] valueTexts,
        string[] valueKeys,
        double[] valueNumbers,
        int[] valueObjects,
        int[] claimStart,
        int[] claimSources,
        int[] claimValues,
        double[] claimWeights,
        long rowCount,
        long repeatedRowCount)
    {
        _sourcePool = sources;
        _objectPool = objects;
        SourceNames = sources.ToArray();
        ObjectNames = objects.ToArray();
        _sources = new ReadOnlyCollection<string>(SourceNames);
        _objects = new ReadOnlyCollection<string>(ObjectNames);
        ValueStart = valueStart;
        ValueTexts = valueTexts;
        ValueKeys = valueKeys;
        ValueNumbers = valueNumbers;
        ValueObjects = valueObjects;
        ClaimStart = claimStart;
        ClaimSources = claimSources;
        ClaimValues = claimValues;
        ClaimWeights = claimWeights;
        RowCount = rowCount;
        RepeatedRowCount = repeatedRowCount;

        SourceWeights = new double[SourceNames.Length];
        SourceClaimCounts = new int[SourceNames.Length];
        for (int i = 0; i < claimSources.Length; i++)
        {
            SourceWeights[claimSources[i]] += claimWeights[i];
            SourceClaimCounts[claimSources[i]]++;
        }
    }

    /// <summary>The number of distinct sources.</summary>
    public int SourceCount => SourceNames.Length;

    /// <summary>The number of distinct objects.</summary>
    public int ObjectCount => ObjectNames.Length;

    /// <summary>The number of distinct values over all objects (a value is counted once per object claiming it).</summary>
    public int ValueCount => ValueKeys.Length;

    /// <summary>The number of distinct claims (source, object, value).</summary>
    public int ClaimCount => ClaimSources.Length;

    /// <summary>The number of rows added, including repeated ones.</summary>
    public long RowCount { get; }

    /// <summary>The number of rows that repeated a claim already read (same source, object and value key).</summary>
    public long RepeatedRowCount { get; }

    /// <summary>The source names in index order.</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <summary>The object names in index order.</summary>
    public IReadOnlyList<string> Objects => _objects;

    /// <summary>Returns the index of the source named <paramref name="name"/> (trimmed, ordinal), or -1.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public int IndexOfSource(string name) => _sourcePool.IndexOf(Preconditions.CheckNotNull(name).AsSpan().Trim());

    /// <summary>Returns the index of the object named <paramref name="name"/> (trimmed, ordinal), or -1.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public int IndexOfObject(string name) => _objectPool.IndexOf(Preconditions.CheckNotNull(name).AsSpan().Trim());

    /// <summary>Returns the global value indexes of object <paramref name="objectIndex"/>: a contiguous range ordered by key.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not an object index.</exception>
    public Range GetValueRange(int objectIndex)
    {
        Preconditions.CheckRange(objectIndex, 0, ObjectCount - 1);
        return new Range(ValueStart[objectIndex], ValueStart[objectIndex + 1]);
    }

    /// <summary>Returns the index of the value of object <paramref name="objectIndex"/> whose key equals the key of <paramref name="value"/>, or -1.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is not an object index.</exception>
    public int IndexOfValue(int objectIndex, string value)
    {
        Preconditions.CheckRange(objectIndex, 0, ObjectCount - 1);
        var key = TruthValues.ToKey(value);
        for (int v = ValueStart[objectIndex]; v < ValueStart[objectIndex + 1]; v++)
        {
            if (string.Equals(ValueKeys[v], key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return -1;
    }

    /// <summary>The text of value <paramref name="valueIndex"/>: its first spelling in the input, trimmed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a value index.</exception>
    public string GetValueText(int valueIndex) => ValueTexts[Preconditions.CheckRange(valueIndex, 0, ValueCount - 1)];

    /// <summary>The key of value <paramref name="valueIndex"/> (<see cref="TruthValues.ToKey(string)"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a value index.</exception>
    public string GetValueKey(int valueIndex) => ValueKeys[Preconditions.CheckRange(valueIndex, 0, ValueCount - 1)];

    /// <summary>The object that value <paramref name="valueIndex"/> belongs to.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a value index.</exception>
    public int GetValueObject(int valueIndex) => ValueObjects[Preconditions.CheckRange(valueIndex, 0, ValueCount - 1)];

    /// <summary>The number of distinct claims source <paramref name="sourceIndex"/> makes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a source index.</exception>
    public int GetSourceClaimCount(int sourceIndex) => SourceClaimCounts[Preconditions.CheckRange(sourceIndex, 0, SourceCount - 1)];

    /// <summary>The number of distinct claims on object <paramref name="objectIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not an object index.</exception>
    public int GetObjectClaimCount(int objectIndex)
    {
        Preconditions.CheckRange(objectIndex, 0, ObjectCount - 1);
        return ClaimStart[objectIndex + 1] - ClaimStart[objectIndex];
    }

    /// <summary>Creates an empty builder.</summary>
    public static Builder CreateBuilder() => new();
}

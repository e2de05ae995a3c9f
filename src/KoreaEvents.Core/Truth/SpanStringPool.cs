using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// Interns strings to dense ids (0, 1, 2 … in order of first appearance) looking them up by span, so reading a
/// large table allocates one string per distinct text, not one per row. Ordinal comparison. Not thread-safe.
/// </summary>
/// <remarks>
/// Open addressing with linear probing; each slot packs the text's hash with its id, so a probe reads the stored
/// string only when the hashes match. The hash is the runtime's randomised string hash, so crafted input cannot
/// force collisions.
/// </remarks>
internal sealed class SpanStringPool
{
    private string[] _strings;
    private long[] _slots; // (hash << 32) | (id + 1); 0 = empty
    private int _mask;
    private int _count;

    public SpanStringPool(int capacity = 16)
    {
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _slots = new long[size];
        _strings = new string[Math.Max(capacity, 16)];
        _mask = size - 1;
    }

    /// <summary>The number of distinct strings.</summary>
    public int Count => _count;

    /// <summary>The string with the given id.</summary>
    public string this[int id]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _strings[id];
    }

    /// <summary>The strings in id order (a new array).</summary>
    public string[] ToArray() => _strings.AsSpan(0, _count).ToArray();

    /// <summary>Returns the id of <paramref name="text"/>, adding it when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> text) => GetOrAdd(text, null);

    /// <summary>
    /// Returns the id of <paramref name="text"/>, adding it when it is new; a new text is stored as
    /// <paramref name="instance"/> when given (which must equal it), so equal texts can share one string.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(ReadOnlySpan<char> text, string? instance)
    {
        int hash = string.GetHashCode(text);
        int slot = hash & _mask;
        var slots = _slots;
        while (true)
        {
            long entry = slots[slot];
            if (entry == 0)
            {
                break;
            }

            if ((int)(entry >> 32) == hash)
            {
                int id = (int)entry - 1;
                if (text.SequenceEqual(_strings[id]))
                {
                    return id;
                }
            }

            slot = (slot + 1) & _mask;
        }

        return Add(text, instance, hash, slot);
    }

    /// <summary>Returns the id of <paramref name="text"/>, or -1 when it is not in the pool.</summary>
    public int IndexOf(ReadOnlySpan<char> text)
    {
        int hash = string.GetHashCode(text);
        int slot = hash & _mask;
        while (true)
        {
            long entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((int)(entry >> 32) == hash)
            {
                int id = (int)entry - 1;
                if (text.SequenceEqual(_strings[id]))
                {
                    return id;
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Add(ReadOnlySpan<char> text, string? instance, int hash, int slot)
    {
        int id = _count;
        if (id == _strings.Length)
        {
            Array.Resize(ref _strings, id * 2);
        }

        _strings[id] = instance ?? text.ToString();
        _slots[slot] = ((long)hash << 32) | (uint)(id + 1);
        _count = id + 1;
        if (_count * 2 > _slots.Length)
        {
            Grow();
        }

        return id;
    }

    private void Grow()
    {
        var slots = new long[_slots.Length * 2];
        int mask = slots.Length - 1;
        foreach (long entry in _slots)
        {
            if (entry == 0)
            {
                continue;
            }

            int slot = (int)(entry >> 32) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = entry;
        }

        _slots = slots;
        _mask = mask;
    }
}

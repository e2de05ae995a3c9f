namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>
/// Interns strings to dense ids (0, 1, 2 … in order of first appearance) looking them up by span, so reading a
/// large table allocates one string per distinct text, not one per row. Ordinal comparison. Not thread-safe.
/// </summary>
internal sealed class SpanStringPool
{
    private readonly List<string> _strings = new();
    private int[] _buckets; // id + 1, 0 = empty
    private int[] _hashes; // hash per id
    private int _mask;

    public SpanStringPool(int capacity = 16)
    {
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _buckets = new int[size];
        _hashes = new int[Math.Max(capacity, 16)];
        _mask = size - 1;
    }

    /// <summary>The number of distinct strings.</summary>
    public int Count => _strings.Count;

    /// <summary>The string with the given id.</summary>
    public string this[int id] => _strings[id];

    /// <summary>The strings in id order.</summary>
    public List<string> Strings => _strings;

    /// <summary>Returns the id of <paramref name="text"/>, adding it when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> text)
    {
        int hash = string.GetHashCode(text);
        int slot = hash & _mask;
        while (true)
        {
            int entry = _buckets[slot];
            if (entry == 0)
            {
                break;
            }

            int id = entry - 1;
            if (_hashes[id] == hash && text.SequenceEqual(_strings[id]))
            {
                return id;
            }

            slot = (slot + 1) & _mask;
        }

        int newId = _strings.Count;
        _strings.Add(text.ToString());
        if (newId == _hashes.Length)
        {
            Array.Resize(ref _hashes, newId * 2);
        }

        _hashes[newId] = hash;
        _buckets[slot] = newId + 1;
        if (_strings.Count * 2 > _buckets.Length)
        {
            Grow();
        }

        return newId;
    }

    /// <summary>Returns the id of <paramref name="text"/>, or -1 when it is not in the pool.</summary>
    public int IndexOf(ReadOnlySpan<char> text)
    {
        int hash = string.GetHashCode(text);
        int slot = hash & _mask;
        while (true)
        {
            int entry = _buckets[slot];
            if (entry == 0)
            {
                return -1;
            }

            int id = entry - 1;
            if (_hashes[id] == hash && text.SequenceEqual(_strings[id]))
            {
                return id;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private void Grow()
    {
        var buckets = new int[_buckets.Length * 2];
        int mask = buckets.Length - 1;
        for (int id = 0; id < _strings.Count; id++)
        {
            int slot = _hashes[id] & mask;
            while (buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            buckets[slot] = id + 1;
        }

        _buckets = buckets;
        _mask = mask;
    }
}

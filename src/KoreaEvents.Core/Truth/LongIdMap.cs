namespace KoreaEvents.Core.Truth;

/// <summary>
/// Maps 64-bit keys (two packed 32-bit ids) to dense ids: open addressing with linear probing and Fibonacci hashing,
/// no interface calls per lookup. Not thread-safe.
/// </summary>
internal sealed class LongIdMap
{
    private long[] _keys;
    private int[] _ids; // id + 1, 0 = empty
    private int _shift;
    private int _count;

    public LongIdMap(int capacity = 16)
    {
        int bits = 4;
        while ((1 << bits) < capacity * 2)
        {
            bits++;
        }

        _keys = new long[1 << bits];
        _ids = new int[1 << bits];
        _shift = 64 - bits;
    }

    /// <summary>The number of keys.</summary>
    public int Count => _count;

    /// <summary>Packs two non-negative 32-bit ids into one key.</summary>
    public static long Key(int high, int low) => ((long)high << 32) | (uint)low;

    /// <summary>Returns the id of <paramref name="key"/>; a new key gets the next id (<see cref="Count"/> before the call).</summary>
    public int GetOrAdd(long key)
    {
        int mask = _ids.Length - 1;
        int slot = Slot(key);
        while (true)
        {
            int entry = _ids[slot];
            if (entry == 0)
            {
                break;
            }

            if (_keys[slot] == key)
            {
                return entry - 1;
            }

            slot = (slot + 1) & mask;
        }

        int id = _count++;
        _keys[slot] = key;
        _ids[slot] = id + 1;
        if (_count * 2 > _ids.Length)
        {
            Grow();
        }

        return id;
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Grow()
    {
        var keys = _keys;
        var ids = _ids;
        _keys = new long[keys.Length * 2];
        _ids = new int[ids.Length * 2];
        _shift--;
        int mask = _ids.Length - 1;
        for (int old = 0; old < ids.Length; old++)
        {
            if (ids[old] == 0)
            {
                continue;
            }

            int slot = Slot(keys[old]);
            while (_ids[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = keys[old];
            _ids[slot] = ids[old];
        }
    }
}

using System.Numerics;

namespace KoreaEvents.Core.Time;

/// <summary>
/// A read-only table from words to values, looked up by a span (no allocation per lookup, the same on every target
/// framework). Built once from distinct words.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly string[] words;
    private readonly T[] values;
    private readonly int[] buckets;
    private readonly int[] next;
    private readonly int mask;

    public WordTable(IReadOnlyList<(string Word, T Value)> entries)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2 * entries.Count, 1));
        mask = size - 1;
        buckets = new int[size];
        words = new string[entries.Count];
        values = new T[entries.Count];
        next = new int[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            words[i] = entries[i].Word;
            values[i] = entries[i].Value;
            ref int bucket = ref buckets[string.GetHashCode(entries[i].Word.AsSpan()) & mask];
            next[i] = bucket - 1;
            bucket = i + 1;
        }
    }

    /// <summary>Finds the value of <paramref name="word"/> (compared ordinally).</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        for (int i = buckets[string.GetHashCode(word) & mask] - 1; i >= 0; i = next[i])
        {
            if (word.SequenceEqual(words[i]))
            {
                value = values[i];
                return true;
            }
        }

        value = default!;
        return false;
    }
}

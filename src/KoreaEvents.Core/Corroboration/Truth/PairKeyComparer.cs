namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>
/// Hashes two packed 32-bit ids well: <see cref="long.GetHashCode"/> xors the halves, so small ids collide en masse.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static PairKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
}

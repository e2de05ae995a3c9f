namespace KoreaEvents.Core.Corroboration;

/// <summary>A group's sweep events, read as longs whichever way its block stores them.</summary>
internal readonly struct EventView(PlanBlock block, int start, int length)
{
    private readonly long[] wide = block.Events;
    private readonly uint[]? compact = block.CompactEvents;

    public int Length => length;

    public long this[int index] => compact is null ? wide[start + index] : Expand(compact[start + index]);

    /// <summary>The 32-bit form of an event, when its slot and origin fit (see <see cref="PlanBlock.CompactEvents"/>).</summary>
    public static uint Compact(long ev) =>
        ((uint)(ev >> 32) << 16) | ((uint)((ev >> 31) & 1) << 15) | ((uint)((ev >> GroupPlan.ReadingShift) & 3) << 13) | (uint)(ev & 0x1FFF);

    public static bool Fits(long ev) => (ev >> 32) < (1 << 16) && (ev & GroupPlan.OriginMask) < (1 << 13);

    private static long Expand(uint ev) =>
        ((long)(ev >> 16) << 32) | ((long)((ev >> 15) & 1) << 31) | ((long)((ev >> 13) & 3) << GroupPlan.ReadingShift) | (ev & 0x1FFF);
}

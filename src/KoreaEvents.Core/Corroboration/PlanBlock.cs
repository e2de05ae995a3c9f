using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// The plans of consecutive groups built together, in flat arrays: per claim (claims, sources, origins, roles), per group (<see cref="GroupHeader"/>) and pooled (origin flags, origin sources, ranges,
/// sweep events, slot entities, origin links). Never changed once built; kept alive by the plans that use it.
/// </summary>
internal sealed class PlanBlock
{
    public required GroupHeader[] Groups { get; init; }

    public required Claim[] Claims { get; init; }

    public required int[] SourceOf { get; init; }

    public required int[] OriginOf { get; init; }

    public required ClaimRole[] Roles { get; init; }

    public required bool[] OriginConfirming { get; init; }

    public required int[] OriginSourceStarts { get; init; }

    public required int[] OriginSources { get; init; }

    public required int[] RangeStarts { get; init; }

    public required int[] Ranges { get; init; }

    /// <summary>Gets the sweep events as longs (<see cref="GroupPlan.Events"/>), or empty when every event of the
    /// block fits <see cref="CompactEvents"/>.</summary>
    public required long[] Events { get; init; }

    /// <summary>Gets the sweep events in 32 bits (slot in bits 16–31, start in bit 15, reading in bits 13–14, origin
    /// below), when every slot of the block is below 2¹⁶ and every origin below 2¹³ (the order is the same); else null.</summary>
    public required uint[]? CompactEvents { get; init; }

    public required EntityRef[] SlotEntities { get; init; }

    public required OriginLink[]?[][] Links { get; init; }
}

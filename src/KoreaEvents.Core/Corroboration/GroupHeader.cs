namespace KoreaEvents.Core.Corroboration;

/// <summary>One group's place in its <see cref="PlanBlock"/>.</summary>
internal struct GroupHeader
{
    public int ClaimStart;
    public int Count;
    public int OriginStart;
    public int OriginCount;
    public int ConfirmingOrigins;

    /// <summary>-1 when every claim is its own origin; else where the group's origins+1 CSR starts are in
    /// <see cref="PlanBlock.OriginSourceStarts"/>.</summary>
    public int OriginSourceStartAt;

    /// <summary>-1 when every claim has exactly one range (claim i's is <see cref="RangeBase"/> + i); else where the
    /// group's n+1 range starts are in <see cref="PlanBlock.RangeStarts"/>.</summary>
    public int RangeStartAt;
    public int RangeBase;
    public int EventStart;
    public int EventCount;
    public int SlotStart;
    public int SlotCount;
    public int LinksAt;
    public ValueKind Kind;
    public bool HasCompatibleOrigins;

    /// <summary>Two or more asserting origins, every asserting claim with one range, and a slot all of them cover.</summary>
    public bool AllAgree;
}

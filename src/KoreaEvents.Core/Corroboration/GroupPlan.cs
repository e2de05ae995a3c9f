using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// Everything about one group that does not depend on source trust, built once and reused by every learning
/// iteration and by later reports while the group's claims and origins do not change: the claims in canonical
/// order, their origins, their roles, and their values encoded as ranges of "hypothesis slots". A plan is a view
/// of one group of a <see cref="PlanBlock"/>: the groups built together share flat arrays, so a million claims
/// cost a few dozen arrays rather than a dozen objects per group.
/// </summary>
/// <remarks>
/// <para>A slot is one possible truth. For dates and quantities the slots are the distinct interval endpoints and
/// the open gaps between them (slot 2j is endpoint j, slot 2j+1 the gap after it), and a claim covers the slots
/// its interval (approximate quantities widened, unstated years repeated in every year that matters) contains.
/// For entities, yes/no and text a slot is one distinct value, and a claim covers its own value's slot — and, for
/// places with a hierarchy, the slots of every place its value contains. Two claims are compatible exactly when
/// they cover a common slot, and a set of claims is mutually compatible exactly when a slot is covered by all of
/// them (intervals on a line and paths in a tree have this property), so the heaviest mutually compatible set of
/// origins is found by one sweep over the slots.</para>
/// <para>Immutable: a block is never changed once built.</para>
/// </remarks>
internal readonly struct GroupPlan : IEquatable<GroupPlan>
{
    /// <summary>A range read as stated (any value whose year, if a date, is stated).</summary>
    public const byte StatedReading = 0;

    /// <summary>A date whose year is not stated, at its anchored reading.</summary>
    public const byte AnchoredReading = 1;

    /// <summary>A date whose year is not stated, shifted to another year that a stated date makes relevant.</summary>
    public const byte ShiftedReading = 2;

    /// <summary>Where an event keeps its range's reading (bits 29–30).</summary>
    public const int ReadingShift = 29;

    /// <summary>The bits of an event that hold its origin.</summary>
    public const long OriginMask = (1L << ReadingShift) - 1;

    public GroupPlan(PlanBlock block, int index)
    {
        Block = block;
        Index = index;
    }

    /// <summary>Gets the block that holds the group.</summary>
    public PlanBlock Block { get; }

    /// <summary>Gets the group's index in its block.</summary>
    public int Index { get; }

    private ref readonly GroupHeader Header => ref Block.Groups[Index];

    public EntityRef Subject => Block.Claims[Header.ClaimStart].Subject;

    public Facet Facet => Block.Claims[Header.ClaimStart].Facet;

    public ValueKind Kind => Header.Kind;

    public int Count => Header.Count;

    public int OriginCount => Header.OriginCount;

    public int ConfirmingOrigins => Header.ConfirmingOrigins;

    /// <summary>Gets the claims in canonical order.</summary>
    public ReadOnlySpan<Claim> Claims => Block.Claims.AsSpan(Header.ClaimStart, Header.Count);

    /// <summary>Gets each claim's source (an index in the report's source graph).</summary>
    public ReadOnlySpan<int> SourceOf => Block.SourceOf.AsSpan(Header.ClaimStart, Header.Count);

    /// <summary>Gets each claim's origin in the group (0, 1, … in the order of their first claims).</summary>
    public ReadOnlySpan<int> OriginOf => Block.OriginOf.AsSpan(Header.ClaimStart, Header.Count);

    public ReadOnlySpan<ClaimRole> Roles => Block.Roles.AsSpan(Header.ClaimStart, Header.Count);

    /// <summary>Gets whether each origin has a claim that asserts or reports a comparable value.</summary>
    public ReadOnlySpan<bool> OriginConfirming => Block.OriginConfirming.AsSpan(Header.OriginStart, Header.OriginCount);

    /// <summary>Sorted sweep events: slot in the high 32 bits, 1 for a start (0 for an end) in bit 31, the reading in
    /// bits 29–30, the origin below.</summary>
    public EventView Events => new(Block, Header.EventStart, Header.EventCount);

    /// <summary>Gets whether learning judges the group exactly: two or more asserting origins, at most
    /// <see cref="GroupSolver.ExactCompetitionLimit"/> claims (see <see cref="FillCompatibleOrigins"/>).</summary>
    public bool HasCompatibleOrigins => Header.HasCompatibleOrigins;

    /// <summary>Gets whether the group has two or more asserting origins, every asserting claim has one range, and
    /// one slot is covered by all of them: whatever the trust, every asserting claim then agrees with all the others
    /// and has no competitor.</summary>
    public bool AllAgree => Header.AllAgree;

    /// <summary>Writes, for groups that learning judges exactly (<see cref="HasCompatibleOrigins"/>), per asserting
    /// claim the origins (bit o for origin o) with an asserting claim compatible with it, its own origin included.
    /// Does not depend on trust, so learning finds it once rather than in every iteration.</summary>
    public void FillCompatibleOrigins(Span<ulong> result)
    {
        var roles = Roles;
        var originOf = OriginOf;
        var ranges = Ranges;
        int n = roles.Length;
        for (int i = 0; i < n; i++)
        {
            if (roles[i] != ClaimRole.Confirming)
            {
                continue;
            }

            ulong mask = 1UL << originOf[i];
            int xBegin = RangeBegin(i);
            int xEnd = RangeEnd(i);
            for (int j = 0; j < n; j++)
            {
                if (roles[j] != ClaimRole.Confirming || (mask & (1UL << originOf[j])) != 0)
                {
                    continue;
                }

                int yEnd = RangeEnd(j);
                for (int k = xBegin; k < xEnd && (mask & (1UL << originOf[j])) == 0; k++)
                {
                    for (int m = RangeBegin(j); m < yEnd; m++)
                    {
                        if (ranges[2 * k] < ranges[(2 * m) + 1] && ranges[2 * m] < ranges[(2 * k) + 1])
                        {
                            mask |= 1UL << originOf[j];
                            break;
                        }
                    }
                }
            }

            result[i] = mask;
        }
    }

    /// <summary>Gets the place or entity of each slot (entity groups only).</summary>
    public ReadOnlySpan<EntityRef> SlotEntities => Header.SlotStart < 0 ? default : Block.SlotEntities.AsSpan(Header.SlotStart, Header.SlotCount);

    /// <summary>Gets why each origin's claims count once (null entries: a single claim; null: every claim is its own origin).</summary>
    public OriginLink[]?[]? OriginLinks => Header.LinksAt < 0 ? null : Block.Links[Header.LinksAt];

    /// <summary>Gets the block's ranges: range k covers slots [Ranges[2k], Ranges[2k+1]); claim i's ranges are k in
    /// [<see cref="RangeBegin"/>(i), <see cref="RangeEnd"/>(i)).</summary>
    public int[] Ranges => Block.Ranges;

    public int RangeBegin(int claim)
    {
        ref readonly var h = ref Header;
        return h.RangeStartAt < 0 ? h.RangeBase + claim : Block.RangeStarts[h.RangeStartAt + claim];
    }

    public int RangeEnd(int claim)
    {
        ref readonly var h = ref Header;
        return h.RangeStartAt < 0 ? h.RangeBase + claim + 1 : Block.RangeStarts[h.RangeStartAt + claim + 1];
    }

    /// <summary>The distinct sources of origin o are <see cref="OriginSource"/>(k) for k in
    /// [<see cref="OriginSourceBegin"/>(o), <see cref="OriginSourceEnd"/>(o)).</summary>
    public int OriginSourceBegin(int origin)
    {
        ref readonly var h = ref Header;
        return h.OriginSourceStartAt < 0 ? origin : Block.OriginSourceStarts[h.OriginSourceStartAt + origin];
    }

    public int OriginSourceEnd(int origin)
    {
        ref readonly var h = ref Header;
        return h.OriginSourceStartAt < 0 ? origin + 1 : Block.OriginSourceStarts[h.OriginSourceStartAt + origin + 1];
    }

    /// <summary>When every claim is its own origin, origin o's source is claim o's.</summary>
    public int OriginSource(int k)
    {
        ref readonly var h = ref Header;
        return h.OriginSourceStartAt < 0 ? Block.SourceOf[h.ClaimStart + k] : Block.OriginSources[k];
    }

    public static bool operator ==(GroupPlan left, GroupPlan right) => left.Equals(right);

    public static bool operator !=(GroupPlan left, GroupPlan right) => !left.Equals(right);

    public bool Equals(GroupPlan other) => ReferenceEquals(Block, other.Block) && Index == other.Index;

    public override bool Equals(object? obj) => obj is GroupPlan other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Block), Index);

    /// <summary>Returns whether two claims cover exactly the same slots.</summary>
    public bool SameRanges(int x, int y)
    {
        int bx = RangeBegin(x);
        int by = RangeBegin(y);
        int length = RangeEnd(x) - bx;
        return length == RangeEnd(y) - by
            && Ranges.AsSpan(2 * bx, 2 * length).SequenceEqual(Ranges.AsSpan(2 * by, 2 * length));
    }

    /// <summary>Returns whether claim <paramref name="claim"/> covers <paramref name="slot"/>.</summary>
    public bool Covers(int claim, int slot)
    {
        var ranges = Ranges;
        int end = RangeEnd(claim);
        for (int k = RangeBegin(claim); k < end; k++)
        {
            if (slot >= ranges[2 * k] && slot < ranges[(2 * k) + 1])
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>Returns the value a claim stands for: a negated yes/no is read as its opposite.</summary>
    public static ClaimValue Effective(Claim claim) =>
        claim.Modality == Modality.Negated && claim.Value is BooleanValue b ? new BooleanValue(!b.Value) : claim.Value;

    public static ValueKind KindOf(ClaimValue value) => value switch
    {
        DateValue => ValueKind.Date,
        EntityValue => ValueKind.Entity,
        QuantityValue => ValueKind.Quantity,
        BooleanValue => ValueKind.Boolean,
        _ => ValueKind.Text,
    };

    /// <summary>Folds text for comparison: letters and digits lower-cased, every other run one space, trimmed.</summary>
    public static string NormalizeText(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Widens an approximate quantity by the tolerance (see <see cref="CorroborationOptions.ApproximateRelativeTolerance"/>).</summary>
    public static (decimal Low, decimal High) Widen(Quantity q, CorroborationOptions options)
    {
        if (!q.IsApproximate)
        {
            return (q.Low, q.High);
        }

        decimal low = q.Low - Math.Max(options.ApproximateAbsoluteTolerance, options.ApproximateRelativeTolerance * Math.Abs(q.Low));
        decimal high = q.High + Math.Max(options.ApproximateAbsoluteTolerance, options.ApproximateRelativeTolerance * Math.Abs(q.High));
        return (low, high);
    }

    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    internal static LocalDate FromDayNumber(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));
}

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

/// <summary>A growable array that is reused (cleared, not freed) from block to block.</summary>
internal sealed class Pool<T>
{
    private T[] items;

    public Pool(int capacity) => items = new T[capacity];

    public int Count { get; private set; }

    public T this[int index]
    {
        get => items[index];
        set => items[index] = value;
    }

    public void Clear() => Count = 0;

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = item;
    }

    public Span<T> AsSpan() => items.AsSpan(0, Count);

    public Span<T> AsSpan(int start, int length) => items.AsSpan(start, length);

    public T[] ToArray() => Count == 0 ? [] : items.AsSpan(0, Count).ToArray();
}


/// <summary>Builds <see cref="GroupPlan"/>s. Holds scratch buffers, so a plan allocates only what it keeps; one
/// builder per thread.</summary>
internal sealed class GroupPlanBuilder
{
    /// <summary>The most year shifts tried for one date with an unstated year.</summary>
    internal const int MaxYearShifts = 400;

    /// <summary>Groups up to this many claims find an origin's repeated range by a scan, larger ones by a set.</summary>
    private const int RepeatScanLimit = 64;

    private readonly CorroborationOptions options;
    private readonly SourceGraph graph;
    private readonly int[] components;
    private int[] parent = new int[64];
    private int[] originOfRoot = new int[64];
    private int[] componentOf = new int[64];
    private int[] lastSource = new int[64];
    private int[] fill = new int[64];
    private int[] rangeStart = new int[65];
    private byte[] kindsOfOrigin = new byte[64];
    private string?[] statements = new string?[64];
    private string?[] valueKeys = new string?[64];
    private readonly List<int> ranges = new(256);
    private readonly List<long> events = new(256);

    // The block being built: per claim (shared by the run's blocks), per group, and pooled.
    private Claim[] blockClaims = [];
    private int[] blockSourceOf = [];
    private int[] blockOriginOf = [];
    private ClaimRole[] blockRoles = [];
    private GroupHeader[] headers = [];
    private int groupCount;
    private readonly Pool<bool> originConfirmingPool = new(1024);
    private readonly Pool<int> originSourceStartPool = new(256);
    private readonly Pool<int> originSourcePool = new(256);
    private readonly Pool<int> rangeStartPool = new(256);
    private readonly Pool<int> rangePool = new(2048);
    private readonly Pool<long> eventPool = new(2048);
    private bool eventsFit = true;
    private readonly Pool<EntityRef> slotPool = new(256);
    private List<OriginLink[]?[]> linkPool = [];
    private readonly Dictionary<Attribution, string?> statementKeys = new(ReferenceEqualityComparer.Instance);
    private readonly List<int> owner = new(64);

    // Parallel to owner: how the interval reads the claim's date (stated year, anchored reading of a yearless date,
    // or a year-shifted copy of one); see GroupPlan.StatedReading and friends.
    private readonly List<byte> readingOwner = new(64);

    // Parallel to ranges (one entry per range): the same reading.
    private readonly List<byte> readingRange = new(128);
    private readonly List<int> dayLows = new(64);
    private readonly List<int> dayHighs = new(64);
    private readonly List<int> dayKeys = new(128);
    private readonly List<decimal> quantityLows = new(64);
    private readonly List<decimal> quantityHighs = new(64);
    private readonly List<decimal> quantityKeys = new(128);
    private readonly List<EntityRef> entities = new(64);
    private readonly List<string> texts = new(64);

    public GroupPlanBuilder(CorroborationOptions options, SourceGraph graph)
    {
        this.options = options;
        this.graph = graph;
        components = graph.Components;
    }

    /// <summary>Gets how many plans this builder built (the incremental tests count them).</summary>
    public int Built { get; private set; }

    /// <summary>Starts a block of <paramref name="groups"/> groups. The per-claim arrays are shared by every block
    /// of a run: the caller fills each group's claims (in canonical order) and sources there before building it, and
    /// the builder fills its origins and roles.</summary>
    public void BeginBlock(int groups, Claim[] claims, int[] sourceOf, int[] originOf, ClaimRole[] roles)
    {
        blockClaims = claims;
        blockSourceOf = sourceOf;
        blockOriginOf = originOf;
        blockRoles = roles;
        headers = new GroupHeader[groups];
        groupCount = 0;
        originConfirmingPool.Clear();
        originSourceStartPool.Clear();
        originSourcePool.Clear();
        rangeStartPool.Clear();
        rangePool.Clear();
        eventPool.Clear();
        eventsFit = true;
        slotPool.Clear();
        linkPool = [];
        statementKeys.Clear();
    }

    /// <summary>Finishes the block.</summary>
    public PlanBlock EndBlock() => new()
    {
        Groups = headers,
        Claims = blockClaims,
        SourceOf = blockSourceOf,
        OriginOf = blockOriginOf,
        Roles = blockRoles,
        OriginConfirming = originConfirmingPool.ToArray(),
        OriginSourceStarts = originSourceStartPool.ToArray(),
        OriginSources = originSourcePool.ToArray(),
        RangeStarts = rangeStartPool.ToArray(),
        Ranges = rangePool.ToArray(),
        Events = eventsFit ? [] : eventPool.ToArray(),
        CompactEvents = eventsFit ? CompactEventArray() : null,
        SlotEntities = slotPool.ToArray(),
        Links = [.. linkPool],
    };

    private uint[] CompactEventArray()
    {
        var result = new uint[eventPool.Count];
        for (int e = 0; e < result.Length; e++)
        {
            result[e] = EventView.Compact(eventPool[e]);
        }

        return result;
    }

    /// <summary>Builds the plan of the block's next group, whose claims (in canonical order) are at
    /// <paramref name="start"/>; returns its index in the block.</summary>
    public int Build(int start, int n)
    {
        Built++;
        ReadOnlySpan<Claim> claims = blockClaims.AsSpan(start, n);
        ReadOnlySpan<int> sourceOf = blockSourceOf.AsSpan(start, n);
        EnsureScratch(n);
        for (int i = 0; i < n; i++)
        {
            componentOf[i] = components[sourceOf[i]];
        }

        // ---- origins: union-find over the group's claims (same source or source component; same statement)
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        bool anyStatement = false;
        for (int i = 0; i < n; i++)
        {
            var attribution = claims[i].Attribution;
            statements[i] = attribution is null ? null : StatementKey(attribution);
            anyStatement |= attribution is not null;
        }

        UnionEqual(n, componentOf);
        if (anyStatement)
        {
            UnionEqual(n, statements);
        }

        var originOf = blockOriginOf.AsSpan(start, n);
        Array.Fill(originOfRoot, -1, 0, n);
        int origins = 0;
        for (int i = 0; i < n; i++)
        {
            int root = Find(i);
            if (originOfRoot[root] < 0)
            {
                originOfRoot[root] = origins++;
            }

            originOf[i] = originOfRoot[root];
        }

        // ---- value kind and roles
        // The group's kind is the one stated by the most origins (repeats within an origin count once).
        Array.Clear(kindsOfOrigin, 0, origins);
        for (int i = 0; i < n; i++)
        {
            kindsOfOrigin[originOf[i]] |= (byte)(1 << (int)GroupPlan.KindOf(claims[i].Value));
        }

        Span<int> kindCounts = stackalloc int[5];
        for (int o = 0; o < origins; o++)
        {
            for (int k = 0; k < 5; k++)
            {
                kindCounts[k] += (kindsOfOrigin[o] >> k) & 1;
            }
        }

        var kind = ValueKind.Date;
        for (int k = 1; k < 5; k++)
        {
            if (kindCounts[k] > kindCounts[(int)kind])
            {
                kind = (ValueKind)k;
            }
        }

        var roles = blockRoles.AsSpan(start, n);
        for (int i = 0; i < n; i++)
        {
            var claim = claims[i];
            roles[i] = GroupPlan.KindOf(claim.Value) != kind ? ClaimRole.Incomparable
                : claim.Modality switch
                {
                    Modality.Hedged or Modality.Future or Modality.Conditional => ClaimRole.NonConfirming,
                    Modality.Negated when kind != ValueKind.Boolean => ClaimRole.Denial,
                    _ => ClaimRole.Confirming,
                };
        }

        // ---- which origins can count, and (when claims share origins) the origin sources (CSR)
        int originStart = originConfirmingPool.Count;
        for (int o = 0; o < origins; o++)
        {
            originConfirmingPool.Add(false);
        }

        var originConfirming = originConfirmingPool.AsSpan(originStart, origins);
        int confirmingOrigins = 0;
        for (int i = 0; i < n; i++)
        {
            if (roles[i] == ClaimRole.Confirming && !originConfirming[originOf[i]])
            {
                originConfirming[originOf[i]] = true;
                confirmingOrigins++;
            }
        }

        int originSourceStartAt = origins < n ? OriginSources(n, origins, originOf, sourceOf) : -1;

        // ---- value ranges over slots
        ranges.Clear();
        readingOwner.Clear();
        readingRange.Clear();
        int slotStart = -1;
        int slotCount = 0;
        switch (kind)
        {
            case ValueKind.Date:
                EncodeDates(claims, roles);
                break;
            case ValueKind.Quantity:
                EncodeQuantities(claims, roles);
                break;
            case ValueKind.Entity:
                (slotStart, slotCount) = EncodeEntities(claims, roles);
                break;
            default:
                EncodeEqualities(claims, roles, kind);
                break;
        }

        ReadOnlySpan<int> rangeArray = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ranges);

        // One start and one end event per range of an asserting claim. A range an origin already covers adds
        // nothing (a repeated claim must not change the outcome), so it gets no events.
        HashSet<(int, int, int, byte)>? emitted = origins < n && n > RepeatScanLimit ? [] : null;
        events.Clear();
        for (int i = 0; i < n; i++)
        {
            if (roles[i] != ClaimRole.Confirming)
            {
                continue;
            }

            for (int k = rangeStart[i]; k < rangeStart[i + 1]; k++)
            {
                int low = rangeArray[2 * k];
                int high = rangeArray[(2 * k) + 1];
                byte reading = ReadingOf(k);
                if (origins < n && (emitted is null ? CoveredEarlier(i, low, high, reading, originOf, roles, rangeArray) : !emitted.Add((originOf[i], low, high, reading))))
                {
                    continue;
                }

                // Bit 31 marks a start; bits 29–30 the reading (on ties the sweep prefers stated years, then anchored readings).
                long flags = (long)reading << GroupPlan.ReadingShift;
                events.Add(((long)low << 32) | (1L << 31) | flags | (uint)originOf[i]);
                events.Add(((long)high << 32) | flags | (uint)originOf[i]);
            }
        }

        var eventSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(events);
        eventSpan.Sort();
        int eventStart = eventPool.Count;
        foreach (long e in eventSpan)
        {
            eventPool.Add(e);
            eventsFit &= EventView.Fits(e);
        }

        bool hasCompatible = confirmingOrigins >= 2 && n <= GroupSolver.ExactCompetitionLimit;
        bool allAgree = confirmingOrigins >= 2;
        int maxLow = int.MinValue;
        int minHigh = int.MaxValue;
        for (int i = 0; i < n && allAgree; i++)
        {
            if (roles[i] == ClaimRole.Confirming)
            {
                allAgree = rangeStart[i + 1] - rangeStart[i] == 1;
                maxLow = Math.Max(maxLow, rangeArray[2 * rangeStart[i]]);
                minHigh = Math.Min(minHigh, rangeArray[(2 * rangeStart[i]) + 1]);
            }
        }

        allAgree &= maxLow < minHigh;

        int rangeBase = rangePool.Count / 2;
        foreach (int r in rangeArray)
        {
            rangePool.Add(r);
        }

        int rangeStartAt = -1;
        if (!SingleRanges(n))
        {
            rangeStartAt = rangeStartPool.Count;
            for (int i = 0; i <= n; i++)
            {
                rangeStartPool.Add(rangeBase + rangeStart[i]);
            }
        }

        int linksAt = -1;
        if (origins < n)
        {
            linksAt = linkPool.Count;
            linkPool.Add(BuildLinks(claims, sourceOf, originOf, origins, anyStatement ? statements : null));
        }

        headers[groupCount] = new GroupHeader
        {
            ClaimStart = start,
            Count = n,
            OriginStart = originStart,
            OriginCount = origins,
            ConfirmingOrigins = confirmingOrigins,
            OriginSourceStartAt = originSourceStartAt,
            RangeStartAt = rangeStartAt,
            RangeBase = rangeBase,
            EventStart = eventStart,
            EventCount = eventSpan.Length,
            SlotStart = slotStart,
            SlotCount = slotCount,
            LinksAt = linksAt,
            Kind = kind,
            HasCompatibleOrigins = hasCompatible,
            AllAgree = allAgree,
        };
        return groupCount++;
    }

    /// <summary>The attribution's statement key, found once per attribution instance in a block (inputs often share
    /// them, and the key is built anew on every read).</summary>
    private string StatementKey(Attribution attribution)
    {
        ref string? key = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(statementKeys, attribution, out _);
        return key ??= attribution.StatementKey;
    }

    /// <summary>Whether an earlier asserting claim of the same origin has the range [low, high).</summary>
    private bool CoveredEarlier(int claim, int low, int high, byte reading, ReadOnlySpan<int> originOf, ReadOnlySpan<ClaimRole> roles, ReadOnlySpan<int> rangeArray)
    {
        int origin = originOf[claim];
        for (int j = 0; j <= claim; j++)
        {
            if (originOf[j] != origin || roles[j] != ClaimRole.Confirming)
            {
                continue;
            }

            int end = j == claim ? -1 : rangeStart[j + 1];
            for (int k = rangeStart[j]; k < end; k++)
            {
                // A range only repeats one read the same way: a year-shifted copy of another claim must not hide a
                // stated one from the sweep's preference for readings as stated.
                if (rangeArray[2 * k] == low && rangeArray[(2 * k) + 1] == high && ReadingOf(k) == reading)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The distinct sources of each origin, in claim order (CSR, into the block's pools); returns where
    /// the group's starts are.</summary>
    private int OriginSources(int n, int origins, ReadOnlySpan<int> originOf, ReadOnlySpan<int> sourceOf)
    {
        var start = new int[origins + 1];
        Array.Fill(lastSource, -1, 0, origins);
        for (int i = 0; i < n; i++)
        {
            int o = originOf[i];
            if (lastSource[o] != sourceOf[i])
            {
                lastSource[o] = sourceOf[i];
                start[o + 1]++;
            }
        }

        for (int o = 0; o < origins; o++)
        {
            start[o + 1] += start[o];
        }

        int sourceBase = originSourcePool.Count;
        for (int k = 0; k < start[origins]; k++)
        {
            originSourcePool.Add(0);
        }

        var sources = originSourcePool.AsSpan(sourceBase, start[origins]);
        Array.Clear(fill, 0, origins);
        Array.Fill(lastSource, -1, 0, origins);
        for (int i = 0; i < n; i++)
        {
            int o = originOf[i];
            if (lastSource[o] != sourceOf[i])
            {
                lastSource[o] = sourceOf[i];
                sources[start[o] + fill[o]++] = sourceOf[i];
            }
        }

        int at = originSourceStartPool.Count;
        for (int o = 0; o <= origins; o++)
        {
            originSourceStartPool.Add(sourceBase + start[o]);
        }

        return at;
    }

    private bool SingleRanges(int n)
    {
        for (int i = 0; i < n; i++)
        {
            if (rangeStart[i + 1] - rangeStart[i] != 1)
            {
                return false;
            }
        }

        return true;
    }

    // ------------------------------------------------------------------ origins

    private void EnsureScratch(int n)
    {
        if (parent.Length < n)
        {
            int size = Math.Max(n, parent.Length * 2);
            parent = new int[size];
            originOfRoot = new int[size];
            componentOf = new int[size];
            lastSource = new int[size];
            fill = new int[size];
            rangeStart = new int[size + 1];
            kindsOfOrigin = new byte[size];
            statements = new string?[size];
            valueKeys = new string?[size];
        }
    }

    private int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private void Union(int a, int b)
    {
        int ra = Find(a);
        int rb = Find(b);
        if (ra != rb)
        {
            // The earlier claim's root wins, so origin numbering follows canonical order.
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }

    private void UnionEqual<T>(int n, T?[] keys)
        where T : notnull
    {
        var comparer = EqualityComparer<T>.Default;
        if (n <= 32)
        {
            for (int i = 1; i < n; i++)
            {
                if (keys[i] is null)
                {
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (comparer.Equals(keys[i], keys[j]))
                    {
                        Union(i, j);
                        break;
                    }
                }
            }

            return;
        }

        var first = new Dictionary<T, int>();
        for (int i = 0; i < n; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }

            if (first.TryGetValue(key, out int j))
            {
                Union(i, j);
            }
            else
            {
                first.Add(key, i);
            }
        }
    }

    private OriginLink[]?[] BuildLinks(ReadOnlySpan<Claim> claims, ReadOnlySpan<int> sourceOf, ReadOnlySpan<int> originOf, int origins, string?[]? statements)
    {
        var result = new OriginLink[]?[origins];
        int n = claims.Length;
        if (origins == n)
        {
            return result; // every claim is its own origin
        }

        var members = new List<int>[origins];
        for (int i = 0; i < n; i++)
        {
            (members[originOf[i]] ??= []).Add(i);
        }

        for (int o = 0; o < origins; o++)
        {
            var claimsOfOrigin = members[o];
            if (claimsOfOrigin.Count < 2)
            {
                continue;
            }

            var links = new List<OriginLink>();
            var sources = new List<int>();
            foreach (int i in claimsOfOrigin)
            {
                if (sources.Count > 0 && sources[^1] == sourceOf[i])
                {
                    if (links.Count == 0 || links[^1].Kind != OriginLinkKind.SameSource || links[^1].From != claims[i].Source)
                    {
                        links.Add(graph.MakeLink(OriginLinkKind.SameSource, sourceOf[i], sourceOf[i], null, null, null));
                    }
                }
                else
                {
                    sources.Add(sourceOf[i]);
                }
            }

            if (sources.Count > 1)
            {
                AddJoiningLinks(sources, claimsOfOrigin, sourceOf, statements, links);
            }

            result[o] = [.. links];
        }

        return result;
    }

    private void AddJoiningLinks(List<int> sources, List<int> claimsOfOrigin, ReadOnlySpan<int> sourceOf, string?[]? statements, List<OriginLink> links)
    {
        int k = sources.Count;
        var local = new int[k];
        for (int i = 0; i < k; i++)
        {
            local[i] = i;
        }

        int LocalFind(int x)
        {
            while (local[x] != x)
            {
                x = local[x] = local[local[x]];
            }

            return x;
        }

        bool Join(int a, int b)
        {
            int ra = LocalFind(a);
            int rb = LocalFind(b);
            if (ra == rb)
            {
                return false;
            }

            local[Math.Max(ra, rb)] = Math.Min(ra, rb);
            return true;
        }

        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                string? wire = SharedWire(graph.RecordOf(sources[a]), graph.RecordOf(sources[b]));
                if (wire is not null && Join(a, b))
                {
                    links.Add(graph.MakeLink(OriginLinkKind.SharedWire, sources[a], sources[b], wire, null, null));
                }
            }
        }

        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                if (graph.TextLink(sources[a], sources[b]) is { } text && Join(a, b))
                {
                    links.Add(text);
                }
            }
        }

        if (statements is not null)
        {
            for (int x = 0; x < claimsOfOrigin.Count; x++)
            {
                string? key = statements[claimsOfOrigin[x]];
                if (key is null)
                {
                    continue;
                }

                for (int y = 0; y < x; y++)
                {
                    if (statements[claimsOfOrigin[y]] == key)
                    {
                        int a = sources.IndexOf(sourceOf[claimsOfOrigin[y]]);
                        int b = sources.IndexOf(sourceOf[claimsOfOrigin[x]]);
                        if (Join(a, b))
                        {
                            links.Add(graph.MakeLink(OriginLinkKind.SameStatement, sources[a], sources[b], key, null, null));
                        }

                        break;
                    }
                }
            }
        }

        // Sources joined only through a source outside this group: show the source-level merges of their component.
        int root = LocalFind(0);
        bool joined = true;
        for (int i = 1; i < k; i++)
        {
            joined &= LocalFind(i) == root;
        }

        if (!joined)
        {
            int component = components[sources[0]];
            foreach (var merge in graph.Merges)
            {
                if (graph.TryGetIndex(merge.From, out int from) && components[from] == component && !links.Contains(merge))
                {
                    links.Add(merge);
                }
            }
        }
    }

    private static string? SharedWire(Source? a, Source? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        foreach (var wire in a.Origins)
        {
            foreach (var other in b.Origins)
            {
                if (wire == other)
                {
                    return "actor:" + wire.Value;
                }
            }
        }

        return null;
    }

    // ------------------------------------------------------------------ value encodings

    private void EncodeDates(ReadOnlySpan<Claim> claims, ReadOnlySpan<ClaimRole> roles)
    {
        int n = claims.Length;

        // Year spans of stated values: an unstated year is tried in every year that could meet one of them.
        List<(int First, int Last)>? statedYears = null;
        for (int i = 0; i < n; i++)
        {
            if (roles[i] != ClaimRole.Incomparable && !((DateValue)claims[i].Value).Date.IsYearStated)
            {
                statedYears = [];
                break;
            }
        }

        if (statedYears is not null)
        {
            for (int i = 0; i < n; i++)
            {
                if (roles[i] != ClaimRole.Incomparable && ((DateValue)claims[i].Value).Date is { IsYearStated: true } d
                    && !statedYears.Contains((d.Start.Year, d.End.Year)))
                {
                    statedYears.Add((d.Start.Year, d.End.Year));
                }
            }
        }

        owner.Clear();
        dayLows.Clear();
        dayHighs.Clear();
        var shifts = statedYears is null ? null : new SortedSet<int>();
        for (int i = 0; i < n; i++)
        {
            if (roles[i] == ClaimRole.Incomparable)
            {
                continue;
            }

            var date = ((DateValue)claims[i].Value).Date;
            if (date.IsYearStated)
            {
                owner.Add(i);
                dayLows.Add(GroupPlan.DayNumber(date.Start));
                dayHighs.Add(GroupPlan.DayNumber(date.End));
                MarkReading(GroupPlan.StatedReading);
                continue;
            }

            shifts!.Clear();
            shifts.Add(0);
            foreach (var (first, last) in statedYears!)
            {
                for (int k = first - date.End.Year; k <= last - date.Start.Year && shifts.Count < GroupPlanBuilder.MaxYearShifts; k++)
                {
                    shifts.Add(k);
                }
            }

            foreach (int k in shifts)
            {
                if (date.Start.Year + k < 1 || date.End.Year + k > 9999)
                {
                    continue;
                }

                owner.Add(i);
                dayLows.Add(GroupPlan.DayNumber(date.Start.PlusYears(k)));
                dayHighs.Add(GroupPlan.DayNumber(date.End.PlusYears(k)));
                MarkReading(k == 0 ? GroupPlan.AnchoredReading : GroupPlan.ShiftedReading);
            }
        }

        Axis(n, dayLows, dayHighs, dayKeys);
    }

    /// <summary>How range <paramref name="k"/> reads its claim's date.</summary>
    private byte ReadingOf(int k) => k < readingRange.Count ? readingRange[k] : GroupPlan.StatedReading;

    /// <summary>Records how the interval just added to <c>owner</c> reads its claim's date.</summary>
    private void MarkReading(byte reading)
    {
        while (readingOwner.Count < owner.Count - 1)
        {
            readingOwner.Add(GroupPlan.StatedReading);
        }

        readingOwner.Add(reading);
    }

    private void EncodeQuantities(ReadOnlySpan<Claim> claims, ReadOnlySpan<ClaimRole> roles)
    {
        int n = claims.Length;
        owner.Clear();
        quantityLows.Clear();
        quantityHighs.Clear();
        for (int i = 0; i < n; i++)
        {
            if (roles[i] == ClaimRole.Incomparable)
            {
                continue;
            }

            var (low, high) = GroupPlan.Widen(((QuantityValue)claims[i].Value).Quantity, options);
            owner.Add(i);
            quantityLows.Add(low);
            quantityHighs.Add(high);
        }

        Axis(n, quantityLows, quantityHighs, quantityKeys);
    }

    /// <summary>Maps closed intervals (interval r belongs to claim owner[r]) onto slots: endpoint j is slot 2j, the
    /// gap after it slot 2j+1.</summary>
    private void Axis<T>(int n, List<T> lows, List<T> highs, List<T> keys)
        where T : IComparable<T>
    {
        keys.Clear();
        keys.AddRange(lows);
        keys.AddRange(highs);
        var sorted = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);
        sorted.Sort();
        int distinct = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (distinct == 0 || sorted[i].CompareTo(sorted[distinct - 1]) != 0)
            {
                sorted[distinct++] = sorted[i];
            }
        }

        sorted = sorted[..distinct];
        int r = 0;
        for (int i = 0; i < n; i++)
        {
            rangeStart[i] = ranges.Count / 2;
            while (r < owner.Count && owner[r] == i)
            {
                ranges.Add(2 * sorted.BinarySearch(lows[r]));
                ranges.Add((2 * sorted.BinarySearch(highs[r])) + 1);
                readingRange.Add(r < readingOwner.Count ? readingOwner[r] : GroupPlan.StatedReading);
                r++;
            }
        }

        rangeStart[n] = ranges.Count / 2;
    }

    private (int Start, int Count) EncodeEntities(ReadOnlySpan<Claim> claims, ReadOnlySpan<ClaimRole> roles)
    {
        int n = claims.Length;
        entities.Clear();
        for (int i = 0; i < n; i++)
        {
            if (roles[i] != ClaimRole.Incomparable)
            {
                entities.Add(((EntityValue)claims[i].Value).Entity);
            }
        }

        var slots = SortedDistinct(entities, EntityOrder.Instance);
        var places = options.Places;
        var actors = options.Actors;

        // For places: the slots each value contains; for actors: the slots that act for it (itself first in both),
        // computed once per distinct value.
        int[][]? covered = null;
        if ((places is not null || actors is not null) && slots.Length > 1)
        {
            var subject = claims[0].Subject;
            covered = new int[slots.Length][];
            for (int s = 0; s < slots.Length; s++)
            {
                var list = new List<int> { s };
                var kind = slots[s].Kind;
                for (int u = 0; u < slots.Length; u++)
                {
                    if (u == s || slots[u].Kind != kind)
                    {
                        continue;
                    }

                    if ((kind == EntityKind.Place && places is not null && places.Contains(slots[s], slots[u]))
                        || (kind == EntityKind.Actor && actors is not null && actors.ActsFor(slots[s], slots[u], subject)))
                    {
                        list.Add(u);
                    }
                }

                list.Sort();
                covered[s] = [.. list];
            }
        }

        for (int i = 0; i < n; i++)
        {
            rangeStart[i] = ranges.Count / 2;
            if (roles[i] == ClaimRole.Incomparable)
            {
                continue;
            }

            int slot = Array.BinarySearch(slots, ((EntityValue)claims[i].Value).Entity, EntityOrder.Instance);
            if (covered is null)
            {
                ranges.Add(slot);
                ranges.Add(slot + 1);
                continue;
            }

            // A claim states its own value and covers the values within it at a lesser reading, so that on equal weight
            // the more specific value wins ("North Korea" and "Kaesong" from one origin: Kaesong) and a covered value is
            // never taken for a repeat of a claim that states it.
            foreach (int u in covered[slot])
            {
                ranges.Add(u);
                ranges.Add(u + 1);
                readingRange.Add(u == slot ? GroupPlan.StatedReading : GroupPlan.AnchoredReading);
            }
        }

        rangeStart[n] = ranges.Count / 2;
        int slotStart = slotPool.Count;
        foreach (var slot in slots)
        {
            slotPool.Add(slot);
        }

        return (slotStart, slots.Length);
    }

    private void EncodeEqualities(ReadOnlySpan<Claim> claims, ReadOnlySpan<ClaimRole> roles, ValueKind kind)
    {
        int n = claims.Length;
        texts.Clear();
        for (int i = 0; i < n; i++)
        {
            valueKeys[i] = null;
            if (roles[i] == ClaimRole.Incomparable)
            {
                continue;
            }

            valueKeys[i] = kind == ValueKind.Boolean
                ? (((BooleanValue)GroupPlan.Effective(claims[i])).Value ? "true" : "false")
                : GroupPlan.NormalizeText(((TextValue)claims[i].Value).Text);
            texts.Add(valueKeys[i]!);
        }

        var slots = SortedDistinct(texts, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            rangeStart[i] = ranges.Count / 2;
            if (valueKeys[i] is { } key)
            {
                int slot = Array.BinarySearch(slots, key, StringComparer.Ordinal);
                ranges.Add(slot);
                ranges.Add(slot + 1);
            }
        }

        rangeStart[n] = ranges.Count / 2;
    }

    /// <summary>The distinct values of <paramref name="values"/> in ascending order (values comparing equal are one).</summary>
    private static T[] SortedDistinct<T>(List<T> values, IComparer<T> comparer)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
        span.Sort(comparer);
        int distinct = 0;
        for (int i = 0; i < span.Length; i++)
        {
            if (distinct == 0 || comparer.Compare(span[i], span[distinct - 1]) != 0)
            {
                span[distinct++] = span[i];
            }
        }

        return span[..distinct].ToArray();
    }
}

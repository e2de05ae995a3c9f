using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>Builds <see cref="GroupPlan"/>s. Holds scratch buffers, so a plan allocates only what it keeps; one
/// builder per thread.</summary>
internal sealed partial class GroupPlanBuilder
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
}

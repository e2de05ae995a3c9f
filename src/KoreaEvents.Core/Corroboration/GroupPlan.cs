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

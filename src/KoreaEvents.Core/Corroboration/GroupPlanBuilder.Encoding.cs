using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

internal sealed partial class GroupPlanBuilder
{
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

namespace KoreaEvents.Core.Corroboration;

internal sealed partial class GroupSolver
{
    /// <summary>Scores every source of one group for learning: appends each judged source's group score to
    /// <paramref name="scores"/>, in claim order (<paramref name="compatibleOrigins"/>: see
    /// <see cref="GroupPlan.FillCompatibleOrigins"/>). Skips groups with fewer than two origins that assert or report.</summary>
    public void Score(in GroupPlan plan, double[] trust, ReadOnlySpan<ulong> compatibleOrigins, ref ScoreSink scores)
    {
        if (plan.ConfirmingOrigins < 2)
        {
            return;
        }

        if (plan.AllAgree)
        {
            // Every asserting claim covers the common slot: agree is the weight of all the other origins and no
            // origin competes, so each source with an asserting claim scores exactly 1.
            ScoreAllAgree(plan, ref scores);
            return;
        }

        var w = Weights(plan, trust);
        Sweep(plan, w, record: true, out _);
        long total = 0;
        var originConfirming = plan.OriginConfirming;
        for (int o = 0; o < originConfirming.Length; o++)
        {
            if (originConfirming[o])
            {
                total += w[o];
            }
        }

        var sourceOf = plan.SourceOf;
        var originOf = plan.OriginOf;
        var roles = plan.Roles;
        int n = sourceOf.Length;
        bool exact = n <= ExactCompetitionLimit;
        int memoCount = 0;
        int i = 0;
        while (i < n)
        {
            int source = sourceOf[i];
            int blockStart = i;
            double scoreSum = 0;
            int scored = 0;
            for (; i < n && sourceOf[i] == source; i++)
            {
                if (roles[i] != ClaimRole.Confirming || RepeatsEarlier(plan, roles, blockStart, i))
                {
                    continue;
                }

                long own = w[originOf[i]];
                long others = total - own;
                if (others <= 0)
                {
                    continue;
                }

                // Agreement against the strongest competing reading: the heaviest set of other origins that
                // agree with the claim, against the heaviest set that agrees on something the claim excludes.
                long agree = MaxCoverage(plan, i) - own;
                long compete = exact ? Competitor(plan, compatibleOrigins[i], w, ref memoCount) : others - agree;
                if (agree + compete <= 0)
                {
                    continue;
                }

                scoreSum += (double)agree / (agree + compete);
                scored++;
            }

            if (scored > 0)
            {
                scores.Add(source, scoreSum / scored);
            }
        }
    }

    private static void ScoreAllAgree(in GroupPlan plan, ref ScoreSink scores)
    {
        var sourceOf = plan.SourceOf;
        var roles = plan.Roles;
        int n = sourceOf.Length;
        int i = 0;
        while (i < n)
        {
            int source = sourceOf[i];
            bool scored = false;
            for (; i < n && sourceOf[i] == source; i++)
            {
                scored |= roles[i] == ClaimRole.Confirming;
            }

            if (scored)
            {
                scores.Add(source, 1.0);
            }
        }
    }

    /// <summary>Whether an earlier asserting claim of the same source states the same thing (a repeat scores once).</summary>
    private static bool RepeatsEarlier(in GroupPlan plan, ReadOnlySpan<ClaimRole> roles, int blockStart, int claim)
    {
        for (int j = blockStart; j < claim; j++)
        {
            if (roles[j] == ClaimRole.Confirming && plan.SameRanges(j, claim))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The heaviest competitor (<see cref="HeaviestCompetitor"/>) of a claim whose compatible origins are
    /// <paramref name="compatible"/>, found once per distinct set in the group.</summary>
    private long Competitor(in GroupPlan plan, ulong compatible, long[] w, ref int memoCount)
    {
        for (int m = 0; m < memoCount; m++)
        {
            if (memoMask[m] == compatible)
            {
                return memoValue[m];
            }
        }

        long value = HeaviestCompetitor(plan, compatible, w);
        memoMask[memoCount] = compatible;
        memoValue[memoCount++] = value;
        return value;
    }

    /// <summary>
    /// The weight of the heaviest set of origins that agree on a reading the claim excludes, counting only origins
    /// with no claim compatible with it: one sweep that skips the claim's own origin and every compatible origin
    /// (<paramref name="compatible"/>). Every origin the sweep counts is incompatible with the claim, so nothing is
    /// counted at a slot the claim covers: the result depends on <paramref name="compatible"/> alone.
    /// </summary>
    /// <remarks>
    /// The event walk (slot by slot, origin counts up and down) is <see cref="Sweep"/>'s; it stays a second loop because
    /// this one keeps only the weight, with no tie-break counters, no recording and no year-stated bookkeeping, and runs
    /// once per claim and competitor mask, where the full sweep's extra work would be most of the cost.
    /// </remarks>
    private long HeaviestCompetitor(in GroupPlan plan, ulong compatible, long[] w)
    {
        var events = plan.Events;
        long current = 0;
        long best = 0;
        int e = 0;
        while (e < events.Length)
        {
            int slot = (int)(events[e] >> 32);
            for (; e < events.Length && (int)(events[e] >> 32) == slot; e++)
            {
                long ev = events[e];
                int origin = (int)(ev & GroupPlan.OriginMask);
                if ((compatible & (1UL << origin)) != 0)
                {
                    continue;
                }

                if ((ev & (1L << 31)) != 0)
                {
                    if (counts[origin]++ == 0)
                    {
                        current += w[origin];
                    }
                }
                else if (--counts[origin] == 0)
                {
                    current -= w[origin];
                }
            }

            best = Math.Max(best, current);
        }

        return best;
    }

    /// <summary>The heaviest coverage over the claim's slots (after a recording sweep).</summary>
    private long MaxCoverage(in GroupPlan plan, int claim)
    {
        long max = 0;
        var ranges = plan.Ranges;
        int end = plan.RangeEnd(claim);
        for (int k = plan.RangeBegin(claim); k < end; k++)
        {
            max = Math.Max(max, RangeMax(EvalIndex(ranges[2 * k]), EvalIndex(ranges[(2 * k) + 1])));
        }

        return max;
    }

    /// <summary>The index of the first evaluation point at or after <paramref name="slot"/>.</summary>
    private int EvalIndex(int slot)
    {
        int at = Array.BinarySearch(evalSlot, 0, evalCount, slot);
        return at < 0 ? ~at : at;
    }

    /// <summary>The largest evaluation weight in [from, to): a scan for short spans, a sparse table otherwise.</summary>
    private long RangeMax(int from, int to)
    {
        if (to - from <= 32)
        {
            long max = 0;
            for (int i = from; i < to; i++)
            {
                max = Math.Max(max, evalWeight[i]);
            }

            return max;
        }

        if (sparseFor != evalCount)
        {
            BuildSparseTable();
        }

        int level = 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)(to - from));
        var row = sparse[level];
        return Math.Max(row[from], row[to - (1 << level)]);
    }

    private void BuildSparseTable()
    {
        int levels = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)evalCount);
        while (sparse.Count < levels)
        {
            sparse.Add([]);
        }

        for (int level = 0; level < levels; level++)
        {
            if (sparse[level].Length < evalCount)
            {
                sparse[level] = new long[Math.Max(evalCount, sparse[level].Length * 2)];
            }

            var row = sparse[level];
            if (level == 0)
            {
                Array.Copy(evalWeight, row, evalCount);
                continue;
            }

            var below = sparse[level - 1];
            int half = 1 << (level - 1);
            for (int i = 0; i + (1 << level) <= evalCount; i++)
            {
                row[i] = Math.Max(below[i], below[i + half]);
            }
        }

        sparseFor = evalCount;
    }
}

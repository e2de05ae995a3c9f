namespace KoreaEvents.Core.Corroboration;

/// <summary>What one group decided with one set of weights (the claims' stances are written where the caller
/// asks; the origins' weights stay in the solver until its next group).</summary>
internal readonly struct GroupOutcome
{
    public const byte SupportingFlag = 1;

    public const byte DissentingFlag = 2;

    public required int Best { get; init; }

    public required long SupportWeight { get; init; }

    public required long DissentWeight { get; init; }

    public required int SupportingCount { get; init; }

    public required int DissentingCount { get; init; }

    public required int NeutralCount { get; init; }

    public required Verdict Verdict { get; init; }
}

/// <summary>
/// Finds a group's consensus for given source trust: the hypothesis slot covered by the heaviest set of origins
/// (one sweep over the plan's sorted events), then stances, weights and the verdict. Also scores each source's
/// claims for reliability learning. Holds scratch buffers: one solver per thread.
/// </summary>
internal sealed class GroupSolver
{
    /// <summary>Weights are fixed-point (trust × 10⁶) so sums are exact and independent of order.</summary>
    public const long Scale = 1_000_000;

    /// <summary>Groups up to this many claims get the exact competitor in learning; larger ones count every
    /// other origin outside the claim's heaviest agreeing set as competition (stricter, but linear).</summary>
    public const int ExactCompetitionLimit = 64;

    private int[] counts = new int[64];
    private long[] weights = new long[64];
    private byte[] flags = new byte[64];
    private readonly ulong[] memoMask = new ulong[ExactCompetitionLimit];
    private readonly long[] memoValue = new long[ExactCompetitionLimit];
    private int originWeightCount;
    private int[] evalSlot = new int[64];
    private long[] evalWeight = new long[64];
    private int evalCount;
    private readonly List<long[]> sparse = [];
    private int sparseFor = -1;

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

    /// <summary>Decides the group with the given trust: writes each claim's stance to <paramref name="stances"/>;
    /// the origins' weights are <see cref="OriginWeights"/> until the next call.</summary>
    public GroupOutcome Decide(in GroupPlan plan, double[] trust, Span<ClaimStance> stances)
    {
        var w = Weights(plan, trust);
        int best = -1;
        if (plan.ConfirmingOrigins > 0)
        {
            best = Sweep(plan, w, record: false, out _);
        }

        var roles = plan.Roles;
        var originOf = plan.OriginOf;
        int n = roles.Length;
        int originCount = plan.OriginCount;
        if (flags.Length < originCount)
        {
            flags = new byte[Math.Max(originCount, flags.Length * 2)];
        }

        Array.Clear(flags, 0, originCount);
        int neutral = 0;
        for (int i = 0; i < n; i++)
        {
            var role = roles[i];
            bool covers = best >= 0 && role != ClaimRole.Incomparable && plan.Covers(i, best);
            var stance = role switch
            {
                ClaimRole.Confirming => covers ? ClaimStance.Supports : ClaimStance.Conflicts,
                ClaimRole.Denial when covers => ClaimStance.Conflicts,
                _ => ClaimStance.Neutral,
            };
            stances[i] = stance;
            if (stance == ClaimStance.Supports)
            {
                flags[originOf[i]] |= GroupOutcome.SupportingFlag;
            }
            else if (stance == ClaimStance.Conflicts)
            {
                flags[originOf[i]] |= GroupOutcome.DissentingFlag;
            }
            else
            {
                neutral++;
            }
        }

        long support = 0;
        long dissent = 0;
        int supportCount = 0;
        int dissentCount = 0;
        for (int o = 0; o < originCount; o++)
        {
            if ((flags[o] & GroupOutcome.SupportingFlag) != 0)
            {
                support += w[o];
                supportCount++;
            }

            if ((flags[o] & GroupOutcome.DissentingFlag) != 0)
            {
                dissent += w[o];
                dissentCount++;
            }
        }

        var verdict = best < 0 ? Verdict.Unjudged
            : dissentCount == 0 ? (supportCount >= 2 ? Verdict.Confirmed : Verdict.Single)
            : supportCount >= 2 && support > dissent ? Verdict.Majority
            : Verdict.Contested;
        originWeightCount = originCount;

        return new GroupOutcome
        {
            Best = best,
            SupportWeight = support,
            DissentWeight = dissent,
            SupportingCount = supportCount,
            DissentingCount = dissentCount,
            NeutralCount = neutral,
            Verdict = verdict,
        };
    }

    /// <summary>Gets the origins' weights of the group last decided.</summary>
    public ReadOnlySpan<long> OriginWeights => weights.AsSpan(0, originWeightCount);

    /// <summary>One origin's weight: the mean trust of its sources, in fixed point (at least 1).</summary>
    public static long OriginWeight(in GroupPlan plan, int origin, double[] trust)
    {
        int start = plan.OriginSourceBegin(origin);
        int end = plan.OriginSourceEnd(origin);
        double mean = 0;
        for (int k = start; k < end; k++)
        {
            mean += trust[plan.OriginSource(k)];
        }

        mean /= end - start;
        return Math.Max(1, (long)Math.Round(mean * Scale));
    }

    /// <summary>Each origin's weight: the mean trust of its sources, in fixed point (at least 1).</summary>
    private long[] Weights(in GroupPlan plan, double[] trust)
    {
        int originCount = plan.OriginCount;
        if (weights.Length < originCount)
        {
            weights = new long[Math.Max(originCount, weights.Length * 2)];
        }

        if (plan.Block.Groups[plan.Index].OriginSourceStartAt < 0)
        {
            // Every claim is its own origin: origin o's weight is its claim's source's trust.
            var sourceOf = plan.SourceOf;
            for (int o = 0; o < originCount; o++)
            {
                weights[o] = Math.Max(1, (long)Math.Round(trust[sourceOf[o]] * Scale));
            }

            return weights;
        }

        for (int o = 0; o < originCount; o++)
        {
            weights[o] = OriginWeight(plan, o, trust);
        }

        return weights;
    }

    /// <summary>
    /// Sweeps the sorted events; returns the slot covered by the heaviest set of origins (each origin counted
    /// once however many of its claims cover the slot). Ties go to the slot covered by more claims that state their
    /// year, then by more claims at their stated or anchored reading (a yearless date counts at its anchored year, not
    /// at a year-shifted copy), then by more distinct claims (an origin's repeated range counts once), then to the
    /// earliest slot.
    /// </summary>
    private int Sweep(in GroupPlan plan, long[] w, bool record, out long bestWeight)
    {
        if (counts.Length < plan.OriginCount)
        {
            counts = new int[Math.Max(plan.OriginCount, counts.Length * 2)];
        }

        var events = plan.Events;
        if (record && evalSlot.Length < events.Length)
        {
            evalSlot = new int[Math.Max(events.Length, evalSlot.Length * 2)];
            evalWeight = new long[evalSlot.Length];
        }

        evalCount = 0;
        sparseFor = -1;
        long current = 0;
        int currentClaims = 0;
        int currentStated = 0;
        int currentAsRead = 0;
        int best = -1;
        bestWeight = -1;
        int bestClaims = -1;
        int bestStated = -1;
        int bestAsRead = -1;
        int e = 0;
        while (e < events.Length)
        {
            int slot = (int)(events[e] >> 32);
            for (; e < events.Length && (int)(events[e] >> 32) == slot; e++)
            {
                long ev = events[e];
                int origin = (int)(ev & GroupPlan.OriginMask);
                if ((ev & (1L << 31)) != 0)
                {
                    if (counts[origin]++ == 0)
                    {
                        current += w[origin];
                    }

                    currentClaims++;
                    int reading = (int)((ev >> GroupPlan.ReadingShift) & 3);
                    currentStated += reading == GroupPlan.StatedReading ? 1 : 0;
                    currentAsRead += reading != GroupPlan.ShiftedReading ? 1 : 0;
                }
                else
                {
                    if (--counts[origin] == 0)
                    {
                        current -= w[origin];
                    }

                    currentClaims--;
                    int reading = (int)((ev >> GroupPlan.ReadingShift) & 3);
                    currentStated -= reading == GroupPlan.StatedReading ? 1 : 0;
                    currentAsRead -= reading != GroupPlan.ShiftedReading ? 1 : 0;
                }
            }

            if (record)
            {
                evalSlot[evalCount] = slot;
                evalWeight[evalCount++] = current;
            }

            if (current > bestWeight
                || (current == bestWeight && (currentStated > bestStated
                    || (currentStated == bestStated && (currentAsRead > bestAsRead
                        || (currentAsRead == bestAsRead && currentClaims > bestClaims))))))
            {
                best = slot;
                bestWeight = current;
                bestClaims = currentClaims;
                bestStated = currentStated;
                bestAsRead = currentAsRead;
            }
        }

        return best;
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

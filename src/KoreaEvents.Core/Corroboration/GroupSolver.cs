namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// Finds a group's consensus for given source trust: the hypothesis slot covered by the heaviest set of origins
/// (one sweep over the plan's sorted events), then stances, weights and the verdict. Also scores each source's
/// claims for reliability learning. Holds scratch buffers: one solver per thread.
/// </summary>
internal sealed partial class GroupSolver
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
}

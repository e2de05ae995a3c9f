namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// Learns source trust from how each source's claims fare across all groups, in the TruthFinder family: start
/// from the given trust; in each iteration decide every group with the current trust (origins weighted by the
/// mean trust of their sources), score every source in every judged group (see <see cref="SourceReliability.Trust"/>:
/// agreement against the strongest competing reading), and set trust = (sum of scores + strength × prior) /
/// (judged groups + strength). Stops when no trust moves by more than the tolerance, or after the iteration limit.
/// </summary>
internal sealed class ReliabilityLearner(CorroborationOptions options)
{
    private const int ChunkSize = 1024;

    // The scores of one iteration, chunk by chunk: chunk c's are at [chunkStart[c], chunkStart[c] + chunkCount[c]),
    // in plan order (at most one per claim, so a chunk's claims bound its room). Reused by every iteration.
    private int[] chunkStart = [];
    private int[] chunkCount = [];
    private int[] scoreSource = [];
    private double[] scoreValue = [];

    // The compatible origins (GroupPlan.FillCompatibleOrigins) of the plans whose scoring reads them, chunk c's
    // from compatibleStart[c], found once per run.
    private int[] compatibleStart = [];
    private ulong[] compatible = [];

    public (double[] Trust, int[] Judged, ReliabilityLearning Learning) Learn(GroupPlan[] plans, double[] initial)
    {
        int chunks = (plans.Length + ChunkSize - 1) / ChunkSize;
        chunkStart = new int[chunks + 1];
        compatibleStart = new int[chunks + 1];
        chunkCount = new int[chunks];
        for (int c = 0; c < chunks; c++)
        {
            int room = 0;
            int compatibleRoom = 0;
            for (int p = c * ChunkSize; p < Math.Min(plans.Length, (c + 1) * ChunkSize); p++)
            {
                room += plans[p].ConfirmingOrigins >= 2 ? plans[p].Count : 0;
                compatibleRoom += NeedsCompatible(plans[p]) ? plans[p].Count : 0;
            }

            chunkStart[c + 1] = chunkStart[c] + room;
            compatibleStart[c + 1] = compatibleStart[c] + compatibleRoom;
        }

        scoreSource = new int[chunkStart[chunks]];
        scoreValue = new double[chunkStart[chunks]];
        compatible = new ulong[compatibleStart[chunks]];
        Parallel.For(0, chunks, c =>
        {
            int offset = compatibleStart[c];
            for (int p = c * ChunkSize; p < Math.Min(plans.Length, (c + 1) * ChunkSize); p++)
            {
                if (NeedsCompatible(plans[p]))
                {
                    plans[p].FillCompatibleOrigins(compatible.AsSpan(offset, plans[p].Count));
                    offset += plans[p].Count;
                }
            }
        });

        // Two trust arrays take turns (the caller's initial array is ours to overwrite).
        var trust = initial;
        var next = new double[trust.Length];
        var sum = new double[trust.Length];
        var judged = new int[trust.Length];
        int iterations = 0;
        double change = 0;
        bool converged = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            Array.Clear(sum);
            Array.Clear(judged);
            Score(plans, trust, sum, judged);
            change = 0;
            for (int s = 0; s < trust.Length; s++)
            {
                next[s] = (sum[s] + (options.PriorStrength * options.PriorTrust)) / (judged[s] + options.PriorStrength);
                change = Math.Max(change, Math.Abs(next[s] - trust[s]));
            }

            (trust, next) = (next, trust);
            if (change <= options.Tolerance)
            {
                converged = true;
                break;
            }
        }

        (scoreSource, scoreValue, compatible) = ([], [], []);
        return (trust, judged, new ReliabilityLearning(iterations, converged, options.Tolerance, change));
    }

    /// <summary>Whether scoring the plan reads its compatible origins (it is judged exactly and not all its claims agree).</summary>
    private static bool NeedsCompatible(in GroupPlan plan) => plan.HasCompatibleOrigins && !plan.AllAgree;

    /// <summary>Scores all groups in parallel chunks; each chunk records its scores in plan order and the chunks are
    /// added up in order, so the sums are the same whatever the scheduling.</summary>
    private void Score(GroupPlan[] plans, double[] trust, double[] sum, int[] judged)
    {
        int chunks = chunkCount.Length;
        Parallel.For(0, chunks, () => new GroupSolver(), (c, _, solver) =>
        {
            int start = chunkStart[c];
            var sink = new ScoreSink(scoreSource.AsSpan(start, chunkStart[c + 1] - start), scoreValue.AsSpan(start, chunkStart[c + 1] - start));
            int offset = compatibleStart[c];
            for (int p = c * ChunkSize; p < Math.Min(plans.Length, (c + 1) * ChunkSize); p++)
            {
                if (NeedsCompatible(plans[p]))
                {
                    solver.Score(plans[p], trust, compatible.AsSpan(offset, plans[p].Count), ref sink);
                    offset += plans[p].Count;
                }
                else
                {
                    solver.Score(plans[p], trust, default, ref sink);
                }
            }

            chunkCount[c] = sink.Count;
            return solver;
        }, _ => { });
        for (int c = 0; c < chunks; c++)
        {
            for (int k = chunkStart[c]; k < chunkStart[c] + chunkCount[c]; k++)
            {
                sum[scoreSource[k]] += scoreValue[k];
                judged[scoreSource[k]]++;
            }
        }
    }
}

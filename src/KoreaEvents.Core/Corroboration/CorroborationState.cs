using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// Everything a report keeps so it can be updated: the source graph, the text-reuse index, the group plans
/// (sorted by subject then facet) and the learned trust. Never changed once a report holds it (a plan's cached
/// result is only ever replaced by an equal one).
/// </summary>
internal sealed class CorroborationState
{
    private Dictionary<(EntityRef, Facet), int>? lookup;

    public required CorroborationOptions Options { get; init; }

    public required SourceGraph Graph { get; init; }

    public TextReuseIndex? TextIndex { get; init; }

    public int TextIndexVersion { get; init; }

    public int TextCount { get; init; }

    public required GroupPlan[] Plans { get; init; }

    /// <summary>Gets the outcomes this run decided anew.</summary>
    public required ResultContext Context { get; init; }

    /// <summary>Gets, per plan, the context whose outcome the plan shows (null: <see cref="Context"/> for every
    /// plan), and its index there.</summary>
    public ResultContext[]? Owners { get; init; }

    public int[]? OwnerIndex { get; init; }

    /// <summary>Returns the context and index that hold plan <paramref name="plan"/>'s outcome.</summary>
    public (ResultContext Context, int Index) OwnerOf(int plan) =>
        Owners is null ? (Context, plan) : (Owners[plan], OwnerIndex![plan]);

    /// <summary>Returns plan <paramref name="plan"/>'s result (the same instance as every report that shows it).</summary>
    public ClaimGroupResult Result(int plan)
    {
        var (context, index) = OwnerOf(plan);
        return context.Result(index);
    }

    /// <summary>Returns plan <paramref name="plan"/>'s verdict without making its result.</summary>
    public Verdict VerdictOf(int plan)
    {
        var (context, index) = OwnerOf(plan);
        return context.Verdicts[index];
    }

    public required double[] Trust { get; init; }

    public required int[] Judged { get; init; }

    public required ReliabilityGrade[] Grades { get; init; }

    public required ReliabilityLearning Learning { get; init; }

    /// <summary>Gets how many plans were built (not reused) for this state.</summary>
    public int PlansBuilt { get; init; }

    /// <summary>Gets how many group results were built (not reused) for this state.</summary>
    public int ResultsBuilt { get; init; }

    public int IndexOf(EntityRef subject, Facet facet)
    {
        var map = lookup;
        if (map is null)
        {
            map = new Dictionary<(EntityRef, Facet), int>(Plans.Length);
            for (int i = 0; i < Plans.Length; i++)
            {
                map.Add((Plans[i].Subject, Plans[i].Facet), i);
            }

            lookup = map;
        }

        return map.TryGetValue((subject, facet), out int index) ? index : -1;
    }
}

/// <summary>
/// One corroboration run: applies new sources, texts and claims to a previous state (or to nothing) and produces
/// the next state and its results. A fresh corroboration and an update go through the same steps.
/// </summary>
internal static class CorroborationRun
{
    /// <summary>How many consecutive groups share one plan block (and one parallel work item).</summary>
    private const int BlockGroups = 4096;

    /// <summary>How many consecutive groups one parallel work item decides.</summary>
    private const int DecideGroups = 1024;

    /// <summary>When set, each run writes how long each phase took, what it allocated and how memory stood (the
    /// benchmarks' <c>--profile</c> mode); null otherwise, and then costs nothing.</summary>
    internal static Action<string>? Trace;

    public static (CorroborationState State, IReadOnlyList<ClaimGroupResult> Results) Apply(CorroborationState? previous, CorroborationOptions options,
        IEnumerable<Source> sources, IEnumerable<Claim> claims, IReadOnlyDictionary<SourceId, string>? texts)
    {
        Preconditions.CheckNotNull(sources);
        Preconditions.CheckNotNull(claims);
        var trace = Trace is { } sink ? new PhaseTrace(sink) : null;

        var graph = previous?.Graph.Clone() ?? new SourceGraph();
        bool merged = false;

        // ---- sources: records in id order; a known source may get a record only if it had none
        var records = sources.ToArray();
        Array.Sort(records, (a, b) => string.CompareOrdinal(a?.Id.Value, b?.Id.Value));
        for (int i = 0; i < records.Length; i++)
        {
            var record = records[i];
            Preconditions.CheckArgument(record is not null, nameof(sources), "A source must not be null.");
            Preconditions.CheckArgument(i == 0 || records[i - 1].Id != record.Id, nameof(sources), $"The source '{record.Id}' is given twice.");
            Preconditions.CheckArgument(!graph.TryGetIndex(record.Id, out int known) || graph.RecordOf(known) is null, nameof(sources),
                $"The source '{record.Id}' is already in the report; a source's record cannot be replaced.");
            merged |= graph.SetRecord(record);
        }

        // ---- texts: near-duplicate passages merge sources
        var textIndex = previous?.TextIndex;
        int textCount = previous?.TextCount ?? 0;
        if (texts is { Count: > 0 })
        {
            textIndex = textIndex is null ? new TextReuseIndex(options.TextReuse)
                : textIndex.Version != previous!.TextIndexVersion ? textIndex.CloneUpTo(previous.TextCount)
                : textIndex;
            var ordered = texts.ToArray();
            Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Key.Value, b.Key.Value));
            foreach (var (id, text) in ordered)
            {
                Preconditions.CheckArgument(id.Value is not null && text is not null, nameof(texts), "A text must have a source id and must not be null.");
                int source = graph.Intern(id);
                if (textIndex.HasSource(source))
                {
                    continue; // a text is indexed once; later copies are ignored
                }

                foreach (var pair in textIndex.Add(source, text))
                {
                    merged |= graph.AddTextReuse(pair);
                }
            }

            textCount = textIndex.TextCount;
        }

        // ---- claims: group the new ones (interning their sources), merge them into their groups
        var newClaims = claims as IReadOnlyList<Claim> ?? claims.ToArray();
        for (int i = 0; i < newClaims.Count; i++)
        {
            Preconditions.CheckArgument(newClaims[i] is not null, nameof(claims), "A claim must not be null.");
        }

        var grouped = ClaimGrouping.Group(newClaims);
        trace?.Mark("group");
        var graphIndex = new int[grouped.Sources.Length];
        for (int s = 0; s < graphIndex.Length; s++)
        {
            graphIndex[s] = graph.Intern(grouped.Sources[s]);
        }

        var components = graph.Components;
        var oldPlans = previous?.Plans ?? [];
        var keep = new bool[oldPlans.Length];
        Array.Fill(keep, true);
        var work = new List<PlanWork>(grouped.GroupStarts.Length);
        var (sorted, starts) = (grouped.Sorted, grouped.GroupStarts);
        for (int g = 0; g + 1 < starts.Length; g++)
        {
            int start = starts[g];
            int existing = previous?.IndexOf(sorted[start].Subject, sorted[start].Facet) ?? -1;
            if (existing >= 0)
            {
                keep[existing] = false;
            }

            work.Add(new PlanWork(existing, start, starts[g + 1] - start, InOrder: false));
        }

        trace?.Mark("slice");

        // ---- groups whose sources were merged by the new sources or texts are rebuilt too
        if (merged)
        {
            for (int p = 0; p < oldPlans.Length; p++)
            {
                if (keep[p] && PartitionChanged(oldPlans[p], components))
                {
                    work.Add(new PlanWork(p, 0, 0, InOrder: true));
                    keep[p] = false;
                }
            }
        }

        // ---- build the plans of the touched groups: consecutive groups share one block, blocks are built in
        // parallel (each plan depends only on its claims)
        // One set of per-claim arrays for all the run's blocks. A fresh run (every group new) plans the grouped
        // claims where they are: sorted within each group in place, their sources mapped to the graph in place.
        bool direct = true;
        var workStart = new int[work.Count + 1];
        for (int w = 0; w < work.Count; w++)
        {
            direct &= work[w].Old < 0;
            workStart[w + 1] = workStart[w] + work[w].Count + (work[w].Old >= 0 ? oldPlans[work[w].Old].Count : 0);
        }

        var runClaims = direct ? sorted : new Claim[workStart[work.Count]];
        var runSources = direct ? grouped.SourceOf : new int[workStart[work.Count]];
        var runOriginOf = new int[workStart[work.Count]];
        var runRoles = new ClaimRole[workStart[work.Count]];
        var added = new GroupPlan[work.Count];
        int plansBuilt = 0;
        int blocks = (work.Count + BlockGroups - 1) / BlockGroups;
        var builders = ForEachBlock(blocks, () => new GroupPlanBuilder(options, graph), (b, builder) =>
        {
            int from = b * BlockGroups;
            int to = Math.Min(work.Count, from + BlockGroups);
            builder.BeginBlock(to - from, runClaims, runSources, runOriginOf, runRoles);
            for (int w = from; w < to; w++)
            {
                var item = work[w];
                int at = workStart[w];
                int n = workStart[w + 1] - at;
                if (direct)
                {
                    for (int i = at; i < at + n; i++)
                    {
                        runSources[i] = graphIndex[runSources[i]];
                    }
                }
                else
                {
                    int offset = 0;
                    if (item.Old >= 0)
                    {
                        var old = oldPlans[item.Old];
                        old.Claims.CopyTo(runClaims.AsSpan(at));
                        old.SourceOf.CopyTo(runSources.AsSpan(at));
                        offset = old.Count;
                    }

                    Array.Copy(sorted, item.Start, runClaims, at + offset, item.Count);
                    for (int i = 0; i < item.Count; i++)
                    {
                        runSources[at + offset + i] = graphIndex[grouped.SourceOf[item.Start + i]];
                    }
                }

                if (!item.InOrder)
                {
                    Array.Sort(runClaims, runSources, at, n, ClaimOrder.WithinGroup);
                }

                builder.Build(at, n);
            }

            var block = builder.EndBlock();
            for (int w = from; w < to; w++)
            {
                added[w] = new GroupPlan(block, w - from);
            }
        });
        foreach (var builder in builders)
        {
            plansBuilt += builder.Built;
        }

        trace?.Mark("plans");

        // The grouped claims come sorted by subject then facet; only rebuilt old groups can be out of order.
        var (plans, previousIndex) = MergeSorted(oldPlans, keep, added, addedSorted: work.Count == starts.Length - 1);
        trace?.Mark("merge");

        // ---- learn reliability over all groups (warm start from the previous trust), then decide every group
        var trust = new double[graph.Count];
        Array.Fill(trust, options.PriorTrust);
        previous?.Trust.CopyTo(trust, 0);
        var learner = new ReliabilityLearner(options);
        var (learnedTrust, judged, learning) = learner.Learn(plans, trust);
        trace?.Mark($"learn ({learning.Iterations})");
        var grades = new ReliabilityGrade[graph.Count];
        for (int s = 0; s < grades.Length; s++)
        {
            grades[s] = AdmiraltyScale.Grade(learnedTrust[s], judged[s], options.MinJudgedGroupsForGrade);
        }

        // ---- decide every group; a group whose outcome the previous report already shows keeps its result
        var stanceStart = new int[plans.Length + 1];
        for (int p = 0; p < plans.Length; p++)
        {
            stanceStart[p + 1] = stanceStart[p] + plans[p].Count;
        }

        var context = new ResultContext
        {
            Plans = plans,
            StanceStart = stanceStart,
            Stances = new ClaimStance[stanceStart[plans.Length]],
            Verdicts = new Verdict[plans.Length],
            Best = new int[plans.Length],
            Support = new long[plans.Length],
            Dissent = new long[plans.Length],
            Neutral = new int[plans.Length],
            Instances = new ClaimGroupResult?[plans.Length],
            Trust = learnedTrust,
            Grades = grades,
            Options = options,
            Graph = graph,
        };
        var owners = previous is null ? null : new ResultContext[plans.Length];
        var ownerIndex = previous is null ? null : new int[plans.Length];
        int resultsBuilt = 0;
        int resultBlocks = (plans.Length + DecideGroups - 1) / DecideGroups;
        Parallel.For(0, resultBlocks, () => (Solver: new GroupSolver(), Built: 0), (b, _, local) =>
        {
            int built = local.Built;
            for (int p = b * DecideGroups; p < Math.Min(plans.Length, (b + 1) * DecideGroups); p++)
            {
                ref readonly var plan = ref plans[p];
                var outcome = local.Solver.Decide(plan, learnedTrust, context.Stances.AsSpan(stanceStart[p], plan.Count));
                if (previousIndex is not null && previousIndex[p] >= 0)
                {
                    var (earlier, index) = previous!.OwnerOf(previousIndex[p]);
                    if (GroupResultBuilder.Shows(earlier, index, plan, outcome, local.Solver.OriginWeights, grades))
                    {
                        owners![p] = earlier;
                        ownerIndex![p] = index;
                        continue;
                    }
                }

                context.Set(p, outcome);
                if (owners is not null)
                {
                    owners[p] = context;
                    ownerIndex![p] = p;
                }

                built++;
            }

            return (local.Solver, built);
        }, local => Interlocked.Add(ref resultsBuilt, local.Built));
        trace?.Mark("results");

        var state = new CorroborationState
        {
            Options = options,
            Graph = graph,
            TextIndex = textIndex,
            TextIndexVersion = textIndex?.Version ?? 0,
            TextCount = textCount,
            Plans = plans,
            Context = context,
            Owners = owners,
            OwnerIndex = ownerIndex,
            Trust = learnedTrust,
            Judged = judged,
            Grades = grades,
            Learning = learning,
            PlansBuilt = plansBuilt,
            ResultsBuilt = resultsBuilt,
        };
        return (state, new GroupResultList(state));
    }

    /// <summary>Runs <paramref name="body"/> for blocks 0 to <paramref name="blocks"/> − 1 on up to one worker per
    /// processor, each taking the next block when it is done with one and keeping its own local state (created by
    /// <paramref name="init"/>); returns the workers' states.</summary>
    internal static List<TLocal> ForEachBlock<TLocal>(int blocks, Func<TLocal> init, Action<int, TLocal> body)
    {
        int workers = Math.Min(Environment.ProcessorCount, blocks);
        var locals = new List<TLocal>(workers);
        if (workers <= 1)
        {
            var local = init();
            locals.Add(local);
            for (int b = 0; b < blocks; b++)
            {
                body(b, local);
            }

            return locals;
        }

        int next = -1;
        Parallel.For(0, workers, _ =>
        {
            var local = init();
            lock (locals)
            {
                locals.Add(local);
            }

            for (int b = Interlocked.Increment(ref next); b < blocks; b = Interlocked.Increment(ref next))
            {
                body(b, local);
            }
        });
        return locals;
    }

    /// <summary>Whether two claims of the plan in different origins now have sources in one component (claims
    /// whose sources shared a component were one origin when the plan was built).</summary>
    private static bool PartitionChanged(in GroupPlan plan, int[] components)
    {
        if (plan.OriginCount == 1)
        {
            return false;
        }

        var originOfComponent = new Dictionary<int, int>();
        for (int i = 0; i < plan.Count; i++)
        {
            int component = components[plan.SourceOf[i]];
            if (originOfComponent.TryGetValue(component, out int origin))
            {
                if (origin != plan.OriginOf[i])
                {
                    return true;
                }
            }
            else
            {
                originOfComponent.Add(component, plan.OriginOf[i]);
            }
        }

        return false;
    }

    /// <summary>Merges the kept old plans with the added ones (sorted here if they are not) by subject then facet;
    /// returns the plans and, for each, its index among the old plans (-1 for an added one; null when none is old).</summary>
    private static (GroupPlan[] Plans, int[]? Previous) MergeSorted(GroupPlan[] old, bool[] keep, GroupPlan[] added, bool addedSorted)
    {
        if (!addedSorted && !IsSorted(added))
        {
            Array.Sort(added, ComparePlans);
        }

        int keptCount = 0;
        foreach (bool k in keep)
        {
            keptCount += k ? 1 : 0;
        }

        if (keptCount == 0)
        {
            return (added, null);
        }

        var result = new GroupPlan[keptCount + added.Length];
        var previous = new int[result.Length];
        int r = 0;
        int a = 0;
        for (int p = 0; p < old.Length; p++)
        {
            if (!keep[p])
            {
                continue;
            }

            while (a < added.Length && ComparePlans(added[a], old[p]) < 0)
            {
                previous[r] = -1;
                result[r++] = added[a++];
            }

            previous[r] = p;
            result[r++] = old[p];
        }

        while (a < added.Length)
        {
            previous[r] = -1;
            result[r++] = added[a++];
        }

        return (result, previous);
    }

    private static bool IsSorted(GroupPlan[] plans)
    {
        for (int i = 1; i < plans.Length; i++)
        {
            if (ComparePlans(plans[i - 1], plans[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int ComparePlans(GroupPlan x, GroupPlan y)
    {
        int c = EntityOrder.Instance.Compare(x.Subject, y.Subject);
        return c != 0 ? c : x.Facet.CompareTo(y.Facet);
    }
}

/// <summary>Times the phases of one run for <see cref="CorroborationRun.Trace"/>.</summary>
internal sealed class PhaseTrace(Action<string> sink)
{
    private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();
    private long allocated = GC.GetTotalAllocatedBytes(true);
    private int gen0 = GC.CollectionCount(0);
    private int gen2 = GC.CollectionCount(2);
    private TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan pause = GC.GetTotalPauseDuration();

    public void Mark(string phase)
    {
        long nowAllocated = GC.GetTotalAllocatedBytes(true);
        var nowCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var nowPause = GC.GetTotalPauseDuration();
        sink(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{phase,-12} {watch.Elapsed.TotalMilliseconds,9:0.0} ms cpu {(nowCpu - cpu).TotalMilliseconds,7:0} ms gc pause {(nowPause - pause).TotalMilliseconds,6:0} ms {(nowAllocated - allocated) / 1048576.0,8:0.0} MB gen0 {GC.CollectionCount(0) - gen0} gen2 {GC.CollectionCount(2) - gen2} heap {GC.GetTotalMemory(false) / 1048576} MB committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576} MB ws {Environment.WorkingSet / 1048576} MB peak {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        (allocated, cpu, pause, gen0, gen2) = (nowAllocated, nowCpu, nowPause, GC.CollectionCount(0), GC.CollectionCount(2));
        watch.Restart();
    }
}

/// <summary>One group to plan: its new claims (<c>Count</c> of the grouped claims from <c>Start</c>), after the
/// claims of old plan <c>Old</c> (or -1); <c>InOrder</c> when the claims are an old plan's, already in canonical order.</summary>
internal readonly record struct PlanWork(int Old, int Start, int Count, bool InOrder);

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

/// <summary>Where a chunk of groups writes its sources' scores, in order.</summary>
internal ref struct ScoreSink(Span<int> sources, Span<double> scores)
{
    private readonly Span<int> sources = sources;
    private readonly Span<double> scores = scores;

    public int Count { get; private set; }

    public void Add(int source, double score)
    {
        sources[Count] = source;
        scores[Count++] = score;
    }
}

using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// One corroboration run: applies new sources, texts and claims to a previous state (or to nothing) and produces
/// the next state and its results. A fresh corroboration and an update go through the same steps.
/// </summary>
internal static partial class CorroborationRun
{
    /// <summary>How many consecutive groups share one plan block (and one parallel work item).</summary>
    private const int BlockGroups = 4096;

    /// <summary>How many consecutive groups one parallel work item decides.</summary>
    private const int DecideGroups = 1024;

    /// <summary>When set, each run writes how long each phase took, what it allocated and how memory stood (the
    /// benchmarks' <c>--profile</c> mode); null otherwise, and then costs nothing.</summary>
    internal static Action<string>? Trace;

    public static (CorroborationState State, IReadOnlyList<ClaimGroupResult> Results) Apply(CorroborationState? previous, CorroborationOptions options,
        IEnumerable<Source> sources, IEnumerable<Claim> claims, IReadOnlyDictionary<SourceId, string>? texts,
        string sourcesName = "sources", string claimsName = "claims", string textsName = "texts")
    {
        // The names are the caller's parameter names (CorroborationReport.With calls them newSources, newClaims,
        // newTexts), so that every ArgumentException names a parameter of the method the user called.
        Preconditions.CheckNotNull(sources, sourcesName);
        Preconditions.CheckNotNull(claims, claimsName);
        var trace = Trace is { } sink ? new PhaseTrace(sink) : null;

        var graph = previous?.Graph.Clone() ?? new SourceGraph();
        bool merged = false;

        // ---- sources: records in id order; a known source may get a record only if it had none
        var records = sources.ToArray();
        Array.Sort(records, (a, b) => string.CompareOrdinal(a?.Id.Value, b?.Id.Value));
        for (int i = 0; i < records.Length; i++)
        {
            var record = records[i];
            Preconditions.CheckArgument(record is not null, sourcesName, "A source must not be null.");
            Preconditions.CheckArgument(i == 0 || records[i - 1].Id != record.Id, sourcesName, $"The source '{record.Id}' is given twice.");
            Preconditions.CheckArgument(!graph.TryGetIndex(record.Id, out int known) || graph.RecordOf(known) is null, sourcesName,
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
                Preconditions.CheckArgument(id.Value is not null && text is not null, textsName, "A text must have a source id and must not be null.");
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
            Preconditions.CheckArgument(newClaims[i] is not null, claimsName, "A claim must not be null.");
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
}

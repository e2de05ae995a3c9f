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
    public static (CorroborationState State, ClaimGroupResult[] Results) Apply(CorroborationState? previous, CorroborationOptions options,
        IEnumerable<Source> sources, IEnumerable<Claim> claims, IReadOnlyDictionary<SourceId, string>? texts)
    {
        Preconditions.CheckNotNull(sources);
        Preconditions.CheckNotNull(claims);
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
        var graphIndex = new int[grouped.Sources.Length];
        for (int s = 0; s < graphIndex.Length; s++)
        {
            graphIndex[s] = graph.Intern(grouped.Sources[s]);
        }

        var components = graph.Components;
        var oldPlans = previous?.Plans ?? [];
        var kept = new GroupPlan?[oldPlans.Length];
        Array.Copy(oldPlans, kept, oldPlans.Length);
        var work = new List<(Claim[] Claims, int[] SourceOf, bool InOrder)>();
        var (sorted, starts) = (grouped.Sorted, grouped.GroupStarts);
        for (int g = 0; g + 1 < starts.Length; g++)
        {
            int start = starts[g];
            int count = starts[g + 1] - start;
            int existing = previous?.IndexOf(sorted[start].Subject, sorted[start].Facet) ?? -1;
            int offset = 0;
            Claim[] groupClaims;
            int[] groupSources;
            if (existing >= 0)
            {
                var old = oldPlans[existing];
                offset = old.Count;
                groupClaims = new Claim[offset + count];
                groupSources = new int[offset + count];
                old.Claims.CopyTo(groupClaims, 0);
                old.SourceOf.CopyTo(groupSources, 0);
                kept[existing] = null;
            }
            else
            {
                groupClaims = new Claim[count];
                groupSources = new int[count];
            }

            Array.Copy(sorted, start, groupClaims, offset, count);
            for (int i = 0; i < count; i++)
            {
                groupSources[offset + i] = graphIndex[grouped.SourceOf[start + i]];
            }

            work.Add((groupClaims, groupSources, false));
        }

        // ---- groups whose sources were merged by the new sources or texts are rebuilt too
        if (merged)
        {
            for (int p = 0; p < kept.Length; p++)
            {
                if (kept[p] is { } plan && PartitionChanged(plan, components))
                {
                    work.Add((plan.Claims, plan.SourceOf, true));
                    kept[p] = null;
                }
            }
        }

        // ---- build the plans of the touched groups, in parallel (each plan depends only on its claims)
        var added = new GroupPlan[work.Count];
        int plansBuilt = 0;
        Parallel.For(0, work.Count, () => new GroupPlanBuilder(options, graph), (w, _, builder) =>
        {
            var (groupClaims, sourceOf, inOrder) = work[w];
            if (!inOrder)
            {
                Array.Sort(groupClaims, sourceOf, ClaimOrder.WithinGroup);
            }

            added[w] = builder.Build(groupClaims, sourceOf);
            return builder;
        }, builder => Interlocked.Add(ref plansBuilt, builder.Built));

        var plans = MergeSorted(kept, [.. added]);

        // ---- learn reliability over all groups (warm start from the previous trust), then decide every group
        var trust = new double[graph.Count];
        Array.Fill(trust, options.PriorTrust);
        previous?.Trust.CopyTo(trust, 0);
        var learner = new ReliabilityLearner(options);
        var (learnedTrust, judged, learning) = learner.Learn(plans, trust);
        var grades = new ReliabilityGrade[graph.Count];
        for (int s = 0; s < grades.Length; s++)
        {
            grades[s] = AdmiraltyScale.Grade(learnedTrust[s], judged[s], options.MinJudgedGroupsForGrade);
        }

        var results = new ClaimGroupResult[plans.Length];
        int resultsBuilt = 0;
        Parallel.For(0, plans.Length, () => (Solver: new GroupSolver(), Built: 0), (p, _, local) =>
        {
            var plan = plans[p];
            var outcome = local.Solver.Decide(plan, learnedTrust);
            if (plan.Cached is { } cached && GroupResultBuilder.Shows(cached.Outcome, plan, outcome, grades))
            {
                results[p] = cached;
                return local;
            }

            results[p] = GroupResultBuilder.Build(plan, outcome, grades, options, graph);
            plan.Cached = results[p];
            return (local.Solver, local.Built + 1);
        }, local => Interlocked.Add(ref resultsBuilt, local.Built));

        var state = new CorroborationState
        {
            Options = options,
            Graph = graph,
            TextIndex = textIndex,
            TextIndexVersion = textIndex?.Version ?? 0,
            TextCount = textCount,
            Plans = plans,
            Trust = learnedTrust,
            Judged = judged,
            Grades = grades,
            Learning = learning,
            PlansBuilt = plansBuilt,
            ResultsBuilt = resultsBuilt,
        };
        return (state, results);
    }

    /// <summary>Whether two claims of the plan in different origins now have sources in one component (claims
    /// whose sources shared a component were one origin when the plan was built).</summary>
    private static bool PartitionChanged(GroupPlan plan, int[] components)
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

    private static GroupPlan[] MergeSorted(GroupPlan?[] kept, List<GroupPlan> added)
    {
        if (!IsSorted(added))
        {
            added.Sort(ComparePlans);
        }

        var result = new GroupPlan[kept.Count(p => p is not null) + added.Count];
        int r = 0;
        int a = 0;
        foreach (var plan in kept)
        {
            if (plan is null)
            {
                continue;
            }

            while (a < added.Count && ComparePlans(added[a], plan) < 0)
            {
                result[r++] = added[a++];
            }

            result[r++] = plan;
        }

        while (a < added.Count)
        {
            result[r++] = added[a++];
        }

        return result;
    }

    private static bool IsSorted(List<GroupPlan> plans)
    {
        for (int i = 1; i < plans.Count; i++)
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

/// <summary>
/// Learns source trust from how each source's claims fare across all groups, in the TruthFinder family: start
/// from the given trust; in each iteration decide every group with the current trust (origins weighted by the
/// mean trust of their sources), score every source in every judged group (see <see cref="SourceReliability.Trust"/>:
/// agreement against the strongest competing reading), and set trust = (sum of scores + strength × prior) /
/// (judged groups + strength). Stops when no trust moves by more than the tolerance, or after the iteration limit.
/// </summary>
internal sealed class ReliabilityLearner(CorroborationOptions options)
{
    private List<(int Source, double Score)>[] scores = [];

    public (double[] Trust, int[] Judged, ReliabilityLearning Learning) Learn(GroupPlan[] plans, double[] initial)
    {
        var trust = initial;
        var judged = new int[trust.Length];
        int iterations = 0;
        double change = 0;
        bool converged = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            var sum = new double[trust.Length];
            Array.Clear(judged);
            Score(plans, trust, sum, judged);
            var next = new double[trust.Length];
            change = 0;
            for (int s = 0; s < trust.Length; s++)
            {
                next[s] = (sum[s] + (options.PriorStrength * options.PriorTrust)) / (judged[s] + options.PriorStrength);
                change = Math.Max(change, Math.Abs(next[s] - trust[s]));
            }

            trust = next;
            if (change <= options.Tolerance)
            {
                converged = true;
                break;
            }
        }

        return (trust, judged, new ReliabilityLearning(iterations, converged, options.Tolerance, change));
    }

    /// <summary>Scores all groups in parallel chunks; each chunk records its scores in plan order and the chunks are
    /// added up in order, so the sums are the same whatever the scheduling. The chunks' lists are reused by every
    /// iteration.</summary>
    private void Score(GroupPlan[] plans, double[] trust, double[] sum, int[] judged)
    {
        const int ChunkSize = 1024;
        int chunks = (plans.Length + ChunkSize - 1) / ChunkSize;
        if (scores.Length != chunks)
        {
            scores = new List<(int Source, double Score)>[chunks];
        }

        Parallel.For(0, chunks, () => new GroupSolver(), (c, _, solver) =>
        {
            var list = scores[c] ??= [];
            list.Clear();
            for (int p = c * ChunkSize; p < Math.Min(plans.Length, (c + 1) * ChunkSize); p++)
            {
                solver.Score(plans[p], trust, list);
            }

            return solver;
        }, _ => { });
        foreach (var list in scores)
        {
            foreach (var (source, score) in list)
            {
                sum[source] += score;
                judged[source]++;
            }
        }
    }
}
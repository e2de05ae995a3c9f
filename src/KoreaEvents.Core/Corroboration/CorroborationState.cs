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

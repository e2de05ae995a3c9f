using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

internal static partial class CorroborationRun
{
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

using System.Globalization;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Corroboration;

/// <summary>Turns a plan and its outcome into a <see cref="ClaimGroupResult"/>: the consensus value, each claim's
/// stance, credibility and reason, the origins with their links, and the conflicts.</summary>
internal static class GroupResultBuilder
{
    /// <summary>Returns whether the outcome of group <paramref name="index"/> of an earlier run
    /// (<paramref name="earlier"/>, same plan) shows the same as <paramref name="outcome"/>: the consensus slot, the
    /// verdict, the support, dissent and origin weights (<paramref name="originWeights"/>) to 4 decimals, and the
    /// grades of the claims' sources.</summary>
    public static bool Shows(ResultContext earlier, int index, in GroupPlan plan, in GroupOutcome outcome, ReadOnlySpan<long> originWeights, ReliabilityGrade[] grades)
    {
        if (earlier.Plans[index] != plan || earlier.Best[index] != outcome.Best || earlier.Verdicts[index] != outcome.Verdict
            || Rounded(earlier.Support[index]) != Rounded(outcome.SupportWeight) || Rounded(earlier.Dissent[index]) != Rounded(outcome.DissentWeight))
        {
            return false;
        }

        for (int o = 0; o < plan.OriginCount; o++)
        {
            if (Rounded(GroupSolver.OriginWeight(plan, o, earlier.Trust)) != Rounded(originWeights[o]))
            {
                return false;
            }
        }

        foreach (int source in plan.SourceOf)
        {
            if (earlier.Grades[source] != grades[source])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds a group's origins, claim assessments and conflicts.</summary>
    internal static GroupDetails Details(ClaimGroupResult result)
    {
        var plan = result.Plan;
        var context = result.Context;
        var stances = result.Stances;
        var consensus = result.Consensus;
        int n = plan.Count;
        var claims = plan.Claims;
        var roles = plan.Roles;
        var originOf = plan.OriginOf;
        var sourceOf = plan.SourceOf;
        var ids = new string[plan.OriginCount];
        for (int o = 0; o < plan.OriginCount; o++)
        {
            ids[o] = OriginKey(context.Graph, plan, o);
        }

        UniqueIds(ids);
        var perOrigin = new List<ClaimAssessment>[plan.OriginCount];
        var flags = new byte[plan.OriginCount];
        for (int i = 0; i < n; i++)
        {
            var claim = claims[i];
            var stance = stances[i];
            var role = roles[i];
            string? reason = stance switch
            {
                ClaimStance.Supports => null,
                ClaimStance.Conflicts => ConflictReason(plan, i, consensus!, context.Options),
                _ => NeutralReason(plan, i, consensus, result.Best),
            };
            bool judgeable = role is ClaimRole.Confirming or ClaimRole.Denial;
            var assessment = new ClaimAssessment(claim, ids[originOf[i]], stance,
                AdmiraltyScale.Credibility(stance, judgeable, result.Verdict), context.Grades[sourceOf[i]], reason);
            (perOrigin[originOf[i]] ??= []).Add(assessment);
            flags[originOf[i]] |= stance switch
            {
                ClaimStance.Supports => GroupOutcome.SupportingFlag,
                ClaimStance.Conflicts => GroupOutcome.DissentingFlag,
                _ => 0,
            };
        }

        var origins = new GroupOrigin[plan.OriginCount];
        var conflicts = new List<ClaimConflict>();
        var links = plan.OriginLinks;
        for (int o = 0; o < plan.OriginCount; o++)
        {
            var sources = new SourceId[plan.OriginSourceEnd(o) - plan.OriginSourceBegin(o)];
            for (int k = 0; k < sources.Length; k++)
            {
                sources[k] = context.Graph.IdOf(plan.OriginSource(plan.OriginSourceBegin(o) + k));
            }

            var stance = flags[o] switch
            {
                GroupOutcome.SupportingFlag | GroupOutcome.DissentingFlag => OriginStance.Divided,
                GroupOutcome.SupportingFlag => OriginStance.Supports,
                GroupOutcome.DissentingFlag => OriginStance.Dissents,
                _ => OriginStance.Neutral,
            };
            origins[o] = new GroupOrigin(ids[o], sources, Display(GroupSolver.OriginWeight(plan, o, context.Trust)), stance,
                links?[o] ?? [], perOrigin[o]);
            foreach (var assessment in perOrigin[o])
            {
                if (assessment.Stance == ClaimStance.Conflicts)
                {
                    conflicts.Add(new ClaimConflict(assessment));
                }
            }
        }

        return new GroupDetails(origins, conflicts);
    }

    internal static double Display(long weight) => Math.Round((double)weight / GroupSolver.Scale, 4);

    private static long Rounded(long weight) => (weight + 50) / 100;

    /// <summary>The content-derived id of origin <paramref name="origin"/> (see <see cref="GroupOrigin.Id"/>): the
    /// ordinal-first wire its sources credit, as <c>actor:&lt;wire&gt;</c>, or else its ordinal-first source id.
    /// Origins of one group never share a source, and sources that credit one wire are one origin, so the keys of a
    /// group differ unless a source id itself looks like a wire key.</summary>
    private static string OriginKey(SourceGraph graph, in GroupPlan plan, int origin)
    {
        string? wire = null;
        string? first = null;
        for (int k = plan.OriginSourceBegin(origin); k < plan.OriginSourceEnd(origin); k++)
        {
            int source = plan.OriginSource(k);
            var id = graph.IdOf(source).Value;
            if (first is null || string.CompareOrdinal(id, first) < 0)
            {
                first = id;
            }

            foreach (var actor in graph.RecordOf(source)?.Origins ?? [])
            {
                if (wire is null || string.CompareOrdinal(actor.Value, wire) < 0)
                {
                    wire = actor.Value;
                }
            }
        }

        return wire is null ? first! : "actor:" + wire;
    }

    /// <summary>Makes the ids of one group distinct: a repeated id gets <c>~2</c>, <c>~3</c> … in origin order.</summary>
    private static void UniqueIds(string[] ids)
    {
        if (ids.Length < 2)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int o = 0; o < ids.Length; o++)
        {
            var id = ids[o];
            for (int n = 2; !seen.Add(id); n++)
            {
                id = ids[o] + "~" + n.ToString(CultureInfo.InvariantCulture);
            }

            ids[o] = id;
        }
    }

    // ------------------------------------------------------------------ consensus

    /// <summary>The consensus value of a decided group (<paramref name="best"/> is its slot).</summary>
    internal static ClaimValue Consensus(in GroupPlan plan, ReadOnlySpan<ClaimStance> stances, int best, CorroborationOptions options)
    {
        int first = -1;
        for (int i = 0; i < plan.Count; i++)
        {
            if (stances[i] == ClaimStance.Supports)
            {
                first = i;
                break;
            }
        }

        switch (plan.Kind)
        {
            case ValueKind.Date:
                return new DateValue(DateConsensus(plan, stances));
            case ValueKind.Quantity:
                return new QuantityValue(QuantityConsensus(plan, stances, options));
            case ValueKind.Entity:
                return new EntityValue(plan.SlotEntities[best]);
            default:
                return GroupPlan.Effective(plan.Claims[first]);
        }
    }

    /// <summary>The intersection of the supporting estimates (stated years first, so unstated ones align to
    /// them), by <see cref="DateEstimate.Intersect"/>.</summary>
    private static DateEstimate DateConsensus(in GroupPlan plan, ReadOnlySpan<ClaimStance> stances)
    {
        DateEstimate? result = null;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < plan.Count; i++)
            {
                if (stances[i] != ClaimStance.Supports)
                {
                    continue;
                }

                var date = ((DateValue)plan.Claims[i].Value).Date;
                if (date.IsYearStated != (pass == 0))
                {
                    continue;
                }

                result = result is null ? date : result.Value.Intersect(date);
                if (result is null)
                {
                    // Cannot happen for claims covering one common day; kept total rather than throwing.
                    return date;
                }
            }
        }

        return result!.Value;
    }

    /// <summary>
    /// The supporting quantities' common range: the intersection of the exact ones (kept exact) within the widened
    /// approximate ones; when all are approximate, the intersection of their stated ranges (or, when those do not
    /// meet, of their widened ranges), marked approximate.
    /// </summary>
    private static Quantity QuantityConsensus(in GroupPlan plan, ReadOnlySpan<ClaimStance> stances, CorroborationOptions options)
    {
        decimal exactLow = decimal.MinValue, exactHigh = decimal.MaxValue;
        decimal statedLow = decimal.MinValue, statedHigh = decimal.MaxValue;
        decimal wideLow = decimal.MinValue, wideHigh = decimal.MaxValue;
        bool anyExact = false;
        string? unit = null;
        for (int i = 0; i < plan.Count; i++)
        {
            if (stances[i] != ClaimStance.Supports)
            {
                continue;
            }

            var q = ((QuantityValue)plan.Claims[i].Value).Quantity;
            unit ??= q.Unit;
            var (low, high) = GroupPlan.Widen(q, options);
            wideLow = Math.Max(wideLow, low);
            wideHigh = Math.Min(wideHigh, high);
            statedLow = Math.Max(statedLow, q.Low);
            statedHigh = Math.Min(statedHigh, q.High);
            if (!q.IsApproximate)
            {
                anyExact = true;
                exactLow = Math.Max(exactLow, q.Low);
                exactHigh = Math.Min(exactHigh, q.High);
            }
        }

        if (anyExact)
        {
            return new Quantity(Math.Max(exactLow, wideLow), Math.Min(exactHigh, wideHigh), unit);
        }

        return statedLow <= statedHigh
            ? new Quantity(statedLow, statedHigh, unit, isApproximate: true)
            : new Quantity(wideLow, wideHigh, unit, isApproximate: true);
    }

    // ------------------------------------------------------------------ reasons in words

    private static string ConflictReason(in GroupPlan plan, int i, ClaimValue consensus, CorroborationOptions options)
    {
        var claim = plan.Claims[i];
        if (plan.Roles[i] == ClaimRole.Denial)
        {
            return $"denies {claim.Value}, which includes the consensus {consensus}";
        }

        switch (plan.Kind)
        {
            case ValueKind.Date:
                {
                    var date = ((DateValue)claim.Value).Date;
                    return date.IsYearStated
                        ? $"{date} does not overlap {consensus}"
                        : $"{date} (no year stated) does not overlap {consensus} in any year";
                }

            case ValueKind.Quantity:
                {
                    var q = ((QuantityValue)claim.Value).Quantity;
                    var c = ((QuantityValue)consensus).Quantity;
                    var text = $"{q} does not overlap {c}";
                    var readings = new List<string>();
                    foreach (var approximate in new[] { q, c })
                    {
                        if (approximate.IsApproximate)
                        {
                            var (low, high) = GroupPlan.Widen(approximate, options);
                            readings.Add($"{approximate} is read as {Number(low)} to {Number(high)}");
                        }
                    }

                    return readings.Count == 0 ? text : string.Create(CultureInfo.InvariantCulture,
                        $"{text} ({string.Join("; ", readings)}: approximate values allow +/-{Number(options.ApproximateRelativeTolerance * 100)} %, at least +/-{Number(options.ApproximateAbsoluteTolerance)})");
                }

            case ValueKind.Entity:
                {
                    var entity = ((EntityValue)claim.Value).Entity;
                    return (options.Places is not null && entity.Kind == EntityKind.Place)
                        ? $"{entity} is not {consensus} and does not contain it"
                        : options.Actors is not null && entity.Kind == EntityKind.Actor
                            ? $"{entity} is not {consensus}, and {consensus} does not act for it"
                            : $"{entity} is not {consensus}";
                }

            case ValueKind.Boolean:
                return claim.Modality == Modality.Negated
                    ? $"negated {claim.Value} reads as {GroupPlan.Effective(claim)}, which contradicts the consensus {consensus}"
                    : $"{claim.Value} contradicts the consensus {consensus}";
            default:
                return $"{claim.Value} differs from {consensus} (compared in lower case, ignoring punctuation and spacing)";
        }
    }

    private static string NeutralReason(in GroupPlan plan, int i, ClaimValue? consensus, int best)
    {
        var claim = plan.Claims[i];
        switch (plan.Roles[i])
        {
            case ClaimRole.Incomparable:
                return $"a {Kind(GroupPlan.KindOf(claim.Value))} value cannot be compared with this group's {Kind(plan.Kind)} values";
            case ClaimRole.Denial:
                return consensus is null
                    ? $"denies {claim.Value}; nothing asserts a value to compare it with"
                    : $"denies {claim.Value}, which the consensus {consensus} does not include";
            default:
                var why = claim.Modality switch
                {
                    Modality.Hedged => "hedged: a possibility is not a report, so it neither confirms nor conflicts",
                    Modality.Future => "future: a prediction or plan is not a report that it happened, so it neither confirms nor conflicts",
                    _ => "conditional: it holds only if something else does, so it neither confirms nor conflicts",
                };
                return best < 0 ? why : why + (plan.Covers(i, best) ? " (it would agree with the consensus)" : " (it would disagree with the consensus)");
        }
    }

    private static string Kind(ValueKind kind) => kind switch
    {
        ValueKind.Date => "date",
        ValueKind.Entity => "entity",
        ValueKind.Quantity => "quantity",
        ValueKind.Boolean => "yes/no",
        _ => "text",
    };

    internal static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}

/// <summary>A group's origins and conflicts.</summary>
internal sealed record GroupDetails(IReadOnlyList<GroupOrigin> Origins, IReadOnlyList<ClaimConflict> Conflicts);

/// <summary>
/// The outcomes decided by one run, in flat arrays indexed like the run's plans (only the groups the run decided
/// anew are filled; the others are shown by an earlier run's context), with what their results share: the claims'
/// stances, the learned trust and grades, the options and the source graph. A <see cref="ClaimGroupResult"/> is
/// made on first use and kept, so every report that shows the outcome returns the same instance.
/// </summary>
internal sealed class ResultContext
{
    public required GroupPlan[] Plans { get; init; }

    /// <summary>Gets where each group's stances start in <see cref="Stances"/> (one more entry than plans).</summary>
    public required int[] StanceStart { get; init; }

    public required ClaimStance[] Stances { get; init; }

    public required Verdict[] Verdicts { get; init; }

    public required int[] Best { get; init; }

    public required long[] Support { get; init; }

    public required long[] Dissent { get; init; }

    public required int[] Neutral { get; init; }

    public required ClaimGroupResult?[] Instances { get; init; }

    public required double[] Trust { get; init; }

    public required ReliabilityGrade[] Grades { get; init; }

    public required CorroborationOptions Options { get; init; }

    public required SourceGraph Graph { get; init; }

    public ReadOnlySpan<ClaimStance> StancesOf(int index) => Stances.AsSpan(StanceStart[index], StanceStart[index + 1] - StanceStart[index]);

    /// <summary>Records group <paramref name="index"/>'s outcome (its stances are already written).</summary>
    public void Set(int index, in GroupOutcome outcome)
    {
        Verdicts[index] = outcome.Verdict;
        Best[index] = outcome.Best;
        Support[index] = outcome.SupportWeight;
        Dissent[index] = outcome.DissentWeight;
        Neutral[index] = outcome.NeutralCount;
    }

    /// <summary>Returns the result of group <paramref name="index"/>, made on first use (a race makes two and keeps one).</summary>
    public ClaimGroupResult Result(int index)
    {
        var current = Volatile.Read(ref Instances[index]);
        if (current is null)
        {
            Interlocked.CompareExchange(ref Instances[index], new ClaimGroupResult(this, index), null);
            current = Instances[index]!;
        }

        return current;
    }
}

/// <summary>A report's groups, made on first use: most callers of a large report read a few groups, or none.</summary>
internal sealed class GroupResultList(CorroborationState state) : IReadOnlyList<ClaimGroupResult>
{
    public int Count => state.Plans.Length;

    public ClaimGroupResult this[int index] => state.Result(index);

    public IEnumerator<ClaimGroupResult> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return state.Result(i);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

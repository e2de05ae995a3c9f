using System.Globalization;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Corroboration;

/// <summary>Turns a plan and its outcome into a <see cref="ClaimGroupResult"/>: the consensus value, each claim's
/// stance, credibility and reason, the origins with their links, and the conflicts.</summary>
internal static class GroupResultBuilder
{
    /// <summary>Returns whether a result built for <paramref name="cached"/> shows the same as one built for
    /// <paramref name="outcome"/> of the same plan: the consensus slot, the verdict, the support, dissent and origin
    /// weights to 4 decimals, and the grades of the claims' sources.</summary>
    public static bool Shows(GroupDetailsBuilder cached, GroupPlan plan, in GroupOutcome outcome, ReliabilityGrade[] grades)
    {
        if (cached.Plan != plan || cached.Best != outcome.Best || cached.Verdict != outcome.Verdict
            || Rounded(cached.SupportWeight) != Rounded(outcome.SupportWeight) || Rounded(cached.DissentWeight) != Rounded(outcome.DissentWeight))
        {
            return false;
        }

        for (int o = 0; o < plan.OriginCount; o++)
        {
            if (Rounded(cached.OriginWeights[o]) != Rounded(outcome.OriginWeights[o]))
            {
                return false;
            }
        }

        for (int i = 0; i < plan.Count; i++)
        {
            if (cached.Grades[plan.SourceOf[i]] != grades[plan.SourceOf[i]])
            {
                return false;
            }
        }

        return true;
    }

    public static ClaimGroupResult Build(GroupPlan plan, in GroupOutcome outcome, ReliabilityGrade[] grades, CorroborationOptions options, SourceGraph graph)
    {
        var consensus = outcome.Best < 0 ? null : Consensus(plan, outcome, options);
        var details = new GroupDetailsBuilder(plan, outcome.Stances, outcome.OriginWeights, outcome.OriginFlags, outcome.SupportWeight,
            outcome.DissentWeight, outcome.Verdict, consensus, outcome.Best, grades, options, graph);
        return new ClaimGroupResult(plan.Subject, plan.Facet, outcome.Verdict, consensus, Display(outcome.SupportWeight),
            Display(outcome.DissentWeight), details, NeutralCount(outcome.Stances));
    }

    /// <summary>Builds a group's origins, claim assessments and conflicts.</summary>
    internal static GroupDetails Details(GroupDetailsBuilder d)
    {
        var plan = d.Plan;
        int n = plan.Count;
        var perOrigin = new List<ClaimAssessment>[plan.OriginCount];
        for (int i = 0; i < n; i++)
        {
            var claim = plan.Claims[i];
            var stance = d.Stances[i];
            var role = plan.Roles[i];
            string? reason = stance switch
            {
                ClaimStance.Supports => null,
                ClaimStance.Conflicts => ConflictReason(plan, i, d.Consensus!, d.Options),
                _ => NeutralReason(plan, i, d.Consensus, d.Best),
            };
            bool judgeable = role is ClaimRole.Confirming or ClaimRole.Denial;
            var assessment = new ClaimAssessment(claim, OriginId(plan.OriginOf[i]), stance,
                AdmiraltyScale.Credibility(stance, judgeable, d.Verdict), d.Grades[plan.SourceOf[i]], reason);
            (perOrigin[plan.OriginOf[i]] ??= []).Add(assessment);
        }

        var origins = new GroupOrigin[plan.OriginCount];
        var conflicts = new List<ClaimConflict>();
        for (int o = 0; o < plan.OriginCount; o++)
        {
            var sources = new SourceId[plan.OriginSourceEnd(o) - plan.OriginSourceBegin(o)];
            for (int k = 0; k < sources.Length; k++)
            {
                sources[k] = d.Graph.IdOf(plan.OriginSource(plan.OriginSourceBegin(o) + k));
            }

            var stance = d.OriginFlags[o] switch
            {
                GroupOutcome.SupportingFlag | GroupOutcome.DissentingFlag => OriginStance.Divided,
                GroupOutcome.SupportingFlag => OriginStance.Supports,
                GroupOutcome.DissentingFlag => OriginStance.Dissents,
                _ => OriginStance.Neutral,
            };
            origins[o] = new GroupOrigin(OriginId(o), sources, Display(d.OriginWeights[o]), stance,
                plan.OriginLinks?[o] ?? [], perOrigin[o]);
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

    private static int NeutralCount(ClaimStance[] stances)
    {
        int count = 0;
        foreach (var s in stances)
        {
            count += s == ClaimStance.Neutral ? 1 : 0;
        }

        return count;
    }

    private static string OriginId(int origin) => "O" + (origin + 1).ToString(CultureInfo.InvariantCulture);

    // ------------------------------------------------------------------ consensus

    private static ClaimValue Consensus(GroupPlan plan, in GroupOutcome outcome, CorroborationOptions options)
    {
        int first = -1;
        for (int i = 0; i < plan.Count; i++)
        {
            if (outcome.Stances[i] == ClaimStance.Supports)
            {
                first = i;
                break;
            }
        }

        switch (plan.Kind)
        {
            case ValueKind.Date:
                return new DateValue(DateConsensus(plan, outcome));
            case ValueKind.Quantity:
                return new QuantityValue(QuantityConsensus(plan, outcome, options));
            case ValueKind.Entity:
                return new EntityValue(plan.SlotEntities![outcome.Best]);
            default:
                return GroupPlan.Effective(plan.Claims[first]);
        }
    }

    /// <summary>The intersection of the supporting estimates (stated years first, so unstated ones align to
    /// them), by <see cref="DateEstimate.Intersect"/>.</summary>
    private static DateEstimate DateConsensus(GroupPlan plan, in GroupOutcome outcome)
    {
        DateEstimate? result = null;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < plan.Count; i++)
            {
                if (outcome.Stances[i] != ClaimStance.Supports)
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
    private static Quantity QuantityConsensus(GroupPlan plan, in GroupOutcome outcome, CorroborationOptions options)
    {
        decimal exactLow = decimal.MinValue, exactHigh = decimal.MaxValue;
        decimal statedLow = decimal.MinValue, statedHigh = decimal.MaxValue;
        decimal wideLow = decimal.MinValue, wideHigh = decimal.MaxValue;
        bool anyExact = false;
        string? unit = null;
        for (int i = 0; i < plan.Count; i++)
        {
            if (outcome.Stances[i] != ClaimStance.Supports)
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

    private static string ConflictReason(GroupPlan plan, int i, ClaimValue consensus, CorroborationOptions options)
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
                    return options.Places is not null && entity.Kind == EntityKind.Place
                        ? $"{entity} is not {consensus} and does not contain it"
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

    private static string NeutralReason(GroupPlan plan, int i, ClaimValue? consensus, int best)
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

/// <summary>The outcome a group's result shows: what its details are built from when first read, and what an update
/// compares to decide whether the result can be reused (<see cref="GroupResultBuilder.Shows"/>).</summary>
internal sealed record GroupDetailsBuilder(GroupPlan Plan, ClaimStance[] Stances, long[] OriginWeights, byte[] OriginFlags, long SupportWeight,
    long DissentWeight, Verdict Verdict, ClaimValue? Consensus, int Best, ReliabilityGrade[] Grades, CorroborationOptions Options, SourceGraph Graph)
{
    public GroupDetails Build() => GroupResultBuilder.Details(this);
}

using System.ComponentModel;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// Why two sources or claims were counted as one origin: one merge of the origin union-find, with its reason in
/// words.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every field.</remarks>
public sealed record OriginLink
{
    internal OriginLink(OriginLinkKind kind, SourceId from, SourceId to, string? key, double? jaccard, int? passages)
    {
        Kind = kind;
        From = from;
        To = to;
        Key = key;
        Jaccard = jaccard;
        Passages = passages;
    }

    /// <summary>Gets the kind of merge.</summary>
    public OriginLinkKind Kind { get; }

    /// <summary>Gets the first source (the smaller id).</summary>
    public SourceId From { get; }

    /// <summary>Gets the second source (equal to <see cref="From"/> for <see cref="OriginLinkKind.SameSource"/>).</summary>
    public SourceId To { get; }

    /// <summary>Gets the shared wire (<c>actor:afp</c>) or statement key (<c>channel:yonhap</c>), or null.</summary>
    public string? Key { get; }

    /// <summary>Gets the mean estimated Jaccard similarity of the reused passages, for text reuse.</summary>
    public double? Jaccard { get; }

    /// <summary>Gets the number of reused passages, for text reuse.</summary>
    public int? Passages { get; }

    /// <summary>Gets the reason in words, e.g. <c>seed-002 and gvs-2 share the wire afp</c>.</summary>
    public string Description => Kind switch
    {
        OriginLinkKind.SameSource => $"several claims of {From}",
        OriginLinkKind.SharedWire => $"{From} and {To} share the wire {Key}",
        OriginLinkKind.SameStatement => $"{From} and {To} repeat the same statement ({Key})",
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{From} and {To} reuse text: {Passages} near-duplicate passage(s), estimated Jaccard {Jaccard:0.00}"),
    };

    /// <summary>Returns <see cref="Description"/>.</summary>
    public override string ToString() => Description;
}

/// <summary>
/// One claim as judged in its group: its stance towards the consensus, its Admiralty credibility and, when it is
/// not counted or conflicts, the reason in words. The evidence (offsets and exact quote) is the claim's own.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimAssessment
{
    internal ClaimAssessment(Claim claim, string origin, ClaimStance stance, AdmiraltyCredibility credibility, ReliabilityGrade sourceGrade, string? reason)
    {
        Claim = claim;
        Origin = origin;
        Stance = stance;
        Credibility = credibility;
        SourceGrade = sourceGrade;
        Reason = reason;
    }

    /// <summary>Gets the claim itself.</summary>
    public Claim Claim { get; }

    /// <summary>Gets the claim's id.</summary>
    public ClaimId Id => Claim.Id;

    /// <summary>Gets the claim's source.</summary>
    public SourceId Source => Claim.Source;

    /// <summary>Gets the id of the claim's origin within its group (<see cref="GroupOrigin.Id"/>: <c>actor:afp</c>, <c>seed-001</c> …).</summary>
    public string Origin { get; }

    /// <summary>Gets the stated value.</summary>
    public ClaimValue Value => Claim.Value;

    /// <summary>Gets how the source commits to the claim.</summary>
    public Modality Modality => Claim.Modality;

    /// <summary>Gets the claim's attribution in words (<c>speaker via channel</c>, the <see cref="Model.Attribution.ToString"/>
    /// of <see cref="Model.Claim.Attribution"/>), or null when the source does not attribute the claim. Written as
    /// <c>attribution</c> in the JSON form.</summary>
    public string? AttributionText => Claim.Attribution?.ToString();

    /// <summary>Gets the attribution in words: the same value as <see cref="AttributionText"/>, under its old name
    /// (which reads like the <see cref="Model.Attribution"/> object of <see cref="Model.Claim.Attribution"/>).</summary>
    [Obsolete("Use AttributionText, or Claim.Attribution for the attribution itself.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? Attribution => AttributionText;

    /// <summary>Gets the evidence: offsets into the source's text and the exact quote (the claim's own
    /// <see cref="Model.Claim.Evidence"/>).</summary>
    /// <returns>The evidence; never null for a claim extracted from an article (every claim of a
    /// <c>KoreaEventsDataset</c>'s articles), null for a claim given to the engine without evidence (from a table or
    /// another system).</returns>
    public Evidence? Evidence => Claim.Evidence;

    /// <summary>Gets the claim's stance towards the consensus.</summary>
    public ClaimStance Stance { get; }

    /// <summary>Gets the Admiralty credibility, 1 to 6 (see <see cref="AdmiraltyCredibility"/> for the rules).</summary>
    public AdmiraltyCredibility Credibility { get; }

    /// <summary>Gets the source's reliability grade when the report was made.</summary>
    public ReliabilityGrade SourceGrade { get; }

    /// <summary>Gets the Admiralty code: the source's reliability letter and the claim's credibility digit, e.g. <c>B2</c>.</summary>
    public string AdmiraltyCode => $"{SourceGrade}{(int)Credibility}";

    /// <summary>Gets why the claim conflicts or is not counted, in words.</summary>
    /// <returns><c>null</c> exactly when <see cref="Stance"/> is <see cref="ClaimStance.Supports"/> (a claim that agrees
    /// needs no reason); otherwise a non-empty sentence: why it conflicts (<see cref="ClaimStance.Conflicts"/>, the same
    /// text as <see cref="ClaimConflict.Reason"/>) or why it is not counted (<see cref="ClaimStance.Neutral"/>: hedged,
    /// future, conditional, a denial, another value type). The JSON form omits the field when it is null.</returns>
    public string? Reason { get; }

    /// <summary>Returns <c>id: stance (credibility)</c>.</summary>
    public override string ToString() => $"{Id}: {Stance} ({AdmiraltyCode})";
}

/// <summary>One independent origin within a group: the sources and claims that count once, and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GroupOrigin
{
    internal GroupOrigin(string id, IReadOnlyList<SourceId> sources, double weight, OriginStance stance, IReadOnlyList<OriginLink> links, IReadOnlyList<ClaimAssessment> claims)
    {
        Id = id;
        Sources = sources;
        Weight = weight;
        Stance = stance;
        Links = links;
        Claims = claims;
    }

    /// <summary>Gets the origin's id within its group, derived from its sources, not from its position: when any of
    /// its sources credits an upstream wire (<see cref="Model.Source.Origins"/>), <c>actor:</c> and the ordinal-first
    /// such wire (<c>actor:afp</c>); otherwise its ordinal-first source id (<c>seed-001</c>).</summary>
    /// <remarks>
    /// <para>Unique within the group and unchanged when articles are added, so it can be kept as a key (with the
    /// group's event and facet), except when the added article joins this origin and brings a wire or a source id that
    /// sorts first, or makes two origins one. Sources that credit the same wire always form one origin, and no source
    /// belongs to two origins of a group; should a source id itself read like a wire key, the later origin's id gets
    /// <c>~2</c> (<c>~3</c> …).</para>
    /// <para>Origins are listed in the order of their first claim; the id says nothing about that order.</para>
    /// </remarks>
    public string Id { get; }

    /// <summary>Gets the origin's sources, ordered by id.</summary>
    public IReadOnlyList<SourceId> Sources { get; }

    /// <summary>Gets the origin's weight: the mean learned trust of its sources (rounded to 4 decimals).</summary>
    public double Weight { get; }

    /// <summary>Gets how the origin stands towards the consensus.</summary>
    public OriginStance Stance { get; }

    /// <summary>Gets the merges that made these sources and claims one origin (empty for a lone claim).</summary>
    public IReadOnlyList<OriginLink> Links { get; }

    /// <summary>Gets the origin's claims in this group, with their evidence.</summary>
    public IReadOnlyList<ClaimAssessment> Claims { get; }

    /// <summary>The sources, and the id where the origin has several sources and the id is not the first of them:
    /// <c>seed-000</c>, <c>seed-001 + seed-004</c>, <c>gvs-2 + seed-002 (origin actor:afp)</c>.</summary>
    internal string Label => string.Join(" + ", Sources) + (Sources.Count < 2 || Id == Sources[0].Value ? string.Empty : $" (origin {Id})");

    /// <summary>A claim's source, and the origin where the origin has several sources: <c>seed-003</c>,
    /// <c>seed-004 (origin seed-001)</c>.</summary>
    internal string Describe(ClaimAssessment claim) => Sources.Count < 2 ? claim.Source.ToString() : $"{claim.Source} (origin {Id})";

    /// <summary>Returns the id and the sources.</summary>
    public override string ToString() => $"{Id} ({string.Join(", ", Sources)})";
}

/// <summary>A claim that conflicts with its group's consensus, with the reason in words.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimConflict
{
    internal ClaimConflict(ClaimAssessment claim) => Assessment = claim;

    /// <summary>Gets the conflicting claim's assessment.</summary>
    public ClaimAssessment Assessment { get; }

    /// <summary>Gets the conflicting claim's id.</summary>
    public ClaimId Claim => Assessment.Id;

    /// <summary>Gets the conflicting claim's source.</summary>
    public SourceId Source => Assessment.Source;

    /// <summary>Gets the conflicting claim's origin id in the group.</summary>
    public string Origin => Assessment.Origin;

    /// <summary>Gets the reason in words, e.g. <c>2019-03 does not overlap 2019-02-27/2019-02-28</c>.</summary>
    /// <returns>Never null or empty: every conflict has a reason (the conflicting claim's
    /// <see cref="ClaimAssessment.Reason"/>, which is null only for supporting claims).</returns>
    public string Reason => Assessment.Reason ?? string.Empty;

    /// <summary>Returns the claim id and the reason.</summary>
    public override string ToString() => $"{Claim}: {Reason}";
}

/// <summary>
/// The corroboration of one group: all claims about one subject's facet, their independent origins, the
/// consensus, the verdict and the conflicts.
/// </summary>
/// <remarks>Immutable and thread-safe. A report made by <see cref="CorroborationReport.With"/> reuses the very
/// same instance for every group whose inputs and outcome did not change.</remarks>
public sealed class ClaimGroupResult
{
    private readonly int index;
    private ClaimValue? consensus;
    private GroupDetails? built;
    private string? explanation;

    internal ClaimGroupResult(ResultContext context, int index)
    {
        Context = context;
        this.index = index;
    }

    /// <summary>Gets what the claims are about.</summary>
    public EntityRef Subject => Plan.Subject;

    /// <summary>Gets which aspect of the subject the claims state.</summary>
    public Facet Facet => Plan.Facet;

    /// <summary>Gets the verdict (see <see cref="Corroboration.Verdict"/> for the rules).</summary>
    public Verdict Verdict => Context.Verdicts[index];

    /// <summary>
    /// Gets the consensus value: for dates the intersection of the supporting estimates; for quantities the
    /// intersection of the supporting ranges; for places the most specific supported place; otherwise the
    /// supported value. Null when the group is <see cref="Verdict.Unjudged"/>.
    /// </summary>
    public ClaimValue? Consensus
    {
        get
        {
            // Found on first use and kept: deterministic, so a race finds equal values and keeps one.
            if (Best < 0)
            {
                return null;
            }

            var current = Volatile.Read(ref consensus);
            if (current is null)
            {
                Interlocked.CompareExchange(ref consensus, GroupResultBuilder.Consensus(Plan, Stances, Best, Context.Options), null);
                current = consensus!;
            }

            return current;
        }
    }

    /// <summary>Gets the summed weight of the origins that support the consensus (rounded to 4 decimals).</summary>
    public double SupportWeight => GroupResultBuilder.Display(SupportRaw);

    /// <summary>Gets the summed weight of the origins with a conflicting claim (rounded to 4 decimals).</summary>
    public double DissentWeight => GroupResultBuilder.Display(DissentRaw);

    /// <summary>
    /// Gets the verdict explained in words: the supporting origins with their sources and why sources count as
    /// one, the dissenting origins with each conflict's reason, and how many claims were not counted.
    /// </summary>
    public string Explanation => explanation ??= Explain();

    /// <summary>Gets the conflicting claims with their reasons, in origin then claim order.</summary>
    public IReadOnlyList<ClaimConflict> Conflicts => Details.Conflicts;

    /// <summary>Gets every origin of the group, in the order of their first claims.</summary>
    public IReadOnlyList<GroupOrigin> Origins => Details.Origins;

    /// <summary>Gets the group's plan.</summary>
    internal GroupPlan Plan => Context.Plans[index];

    /// <summary>Gets the consensus slot (-1 when unjudged).</summary>
    internal int Best => Context.Best[index];

    /// <summary>Gets the support weight in fixed point.</summary>
    internal long SupportRaw => Context.Support[index];

    /// <summary>Gets the dissent weight in fixed point.</summary>
    internal long DissentRaw => Context.Dissent[index];

    /// <summary>Gets the run that decided this group (its outcome is at this result's index there).</summary>
    internal ResultContext Context { get; }

    /// <summary>Gets the claims' stances, in canonical order.</summary>
    internal ReadOnlySpan<ClaimStance> Stances => Context.StancesOf(index);

    private int NeutralClaims => Context.Neutral[index];

    /// <summary>The origins, claims and conflicts are built on first use (most callers of a large report read only
    /// verdicts); building is deterministic, so a race builds equal values and keeps one.</summary>
    private GroupDetails Details
    {
        get
        {
            var current = Volatile.Read(ref built);
            if (current is null)
            {
                Interlocked.CompareExchange(ref built, GroupResultBuilder.Details(this), null);
                current = built!;
            }

            return current;
        }
    }

    /// <summary>Gets the origins that support the consensus (including divided ones).</summary>
    public IEnumerable<GroupOrigin> SupportingOrigins => Origins.Where(o => o.Stance is OriginStance.Supports or OriginStance.Divided);

    /// <summary>Gets the origins with a conflicting claim (including divided ones).</summary>
    public IEnumerable<GroupOrigin> DissentingOrigins => Origins.Where(o => o.Stance is OriginStance.Dissents or OriginStance.Divided);

    /// <summary>Gets every claim of the group, in origin then claim order.</summary>
    public IEnumerable<ClaimAssessment> Claims => Origins.SelectMany(o => o.Claims);

    /// <summary>Returns <c>subject facet: verdict consensus</c>.</summary>
    public override string ToString() => $"{Subject} {Facet}: {Verdict} {Consensus}";

    private string Explain()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Verdict).Append(": ");
        if (Verdict == Verdict.Unjudged)
        {
            text.Append("no claim asserts or reports a comparable value; ").Append(Count(NeutralClaims, "claim", "claims"))
                .Append(" not counted (hedged, future, conditional, denials or other value types).");
            return text.ToString();
        }

        var supporting = SupportingOrigins.ToList();
        text.Append(Count(supporting.Count, "independent origin", "independent origins")).Append(" (");
        AppendOrigins(text, supporting);
        text.Append(supporting.Count == 1 ? ") supports " : ") support ").Append(Consensus).Append(Weight(SupportWeight));
        var dissenting = DissentingOrigins.ToList();
        if (dissenting.Count == 0)
        {
            text.Append("; nothing conflicts");
        }
        else
        {
            text.Append("; ").Append(Count(dissenting.Count, "origin dissents", "origins dissent")).Append(Weight(DissentWeight)).Append(": ");
            for (int i = 0; i < Conflicts.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : "; ").Append(Origins.First(o => o.Id == Conflicts[i].Origin).Describe(Conflicts[i].Assessment))
                    .Append(" says ").Append(Conflicts[i].Reason);
            }
        }

        if (NeutralClaims > 0)
        {
            text.Append("; ").Append(Count(NeutralClaims, "claim", "claims")).Append(" not counted");
        }

        text.Append(Verdict switch
        {
            Verdict.Majority => "; the support outweighs the dissent.",
            Verdict.Contested => "; no side holds a majority.",
            Verdict.Single => "; nothing confirms it independently.",
            _ => ".",
        });
        return text.ToString();
    }

    private static void AppendOrigins(System.Text.StringBuilder text, List<GroupOrigin> origins)
    {
        for (int i = 0; i < origins.Count; i++)
        {
            var origin = origins[i];
            text.Append(i == 0 ? string.Empty : ", ").Append(origin.Label);
            var joins = origin.Links.Where(l => l.Kind != OriginLinkKind.SameSource).ToList();
            if (joins.Count > 0)
            {
                text.Append(" [").Append(string.Join("; ", joins.Select(l => l.Description))).Append(']');
            }
        }
    }

    private static string Weight(double weight) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $" with weight {weight:0.###}");

    private static string Count(int count, string one, string many) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}

/// <summary>A source's learned reliability.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SourceReliability
{
    internal SourceReliability(SourceId id, string? outlet, double trust, ReliabilityGrade grade, int judgedGroups, int claims)
    {
        Id = id;
        Outlet = outlet;
        Trust = trust;
        Grade = grade;
        JudgedGroups = judgedGroups;
        Claims = claims;
    }

    /// <summary>Gets the source's id.</summary>
    public SourceId Id { get; }

    /// <summary>Gets the outlet, when the source record names one.</summary>
    public string? Outlet { get; }

    /// <summary>
    /// Gets the learned trust in (0, 1), rounded to 4 decimals: (the sum of the source's scores in its judged groups
    /// + <see cref="CorroborationOptions.PriorStrength"/> × <see cref="CorroborationOptions.PriorTrust"/>) / (judged
    /// groups + prior strength). A group's score is the mean, over the source's distinct asserted or reported claims
    /// there, of agree / (agree + compete): agree is the weight of the heaviest set of other origins compatible with
    /// the claim; compete the weight of the heaviest set of other origins that agree on a reading the claim
    /// excludes, none of them compatible with the claim (in groups of more than 64 claims, every other origin
    /// outside the agreeing set). A group is judged for a source when another origin asserts or reports there.
    /// </summary>
    public double Trust { get; }

    /// <summary>Gets the Admiralty reliability grade (see <see cref="ReliabilityGrade"/> for the thresholds).</summary>
    public ReliabilityGrade Grade { get; }

    /// <summary>Gets the number of groups in which another independent origin made a comparable claim.</summary>
    public int JudgedGroups { get; }

    /// <summary>Gets the number of the source's claims in the input.</summary>
    public int Claims { get; }

    /// <summary>Returns <c>id grade (trust)</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id} {Grade} ({Trust:0.000})");
}

/// <summary>How the reliability learning ran.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReliabilityLearning
{
    internal ReliabilityLearning(int iterations, bool converged, double tolerance, double lastChange)
    {
        Iterations = iterations;
        Converged = converged;
        Tolerance = tolerance;
        LastChange = lastChange;
    }

    /// <summary>Gets the number of iterations run.</summary>
    public int Iterations { get; }

    /// <summary>Gets whether the largest change of any source's trust in the last iteration was within the tolerance.</summary>
    public bool Converged { get; }

    /// <summary>Gets the tolerance used.</summary>
    public double Tolerance { get; }

    /// <summary>Gets the largest change of any source's trust in the last iteration.</summary>
    public double LastChange { get; }
}

using System.ComponentModel;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// The result of a corroboration: one <see cref="ClaimGroupResult"/> per (subject, facet), ordered by subject
/// then facet; each source's learned reliability, ordered by id; the source-level merges (shared wires, reused
/// text); and how the reliability learning ran.
/// </summary>
/// <remarks>
/// <para><b>Updates.</b> <see cref="With"/> adds sources, texts and claims and returns a new report; this one does
/// not change. Only the groups the additions touch are rebuilt: groups that receive a claim, and groups in which
/// two sources become one origin because a new source record or text links them. Reliability is then re-learned
/// over all groups, starting from this report's trust and reusing every untouched group's prepared structure;
/// a group's result is rebuilt only if its outcome (consensus, verdict, weights to 4 decimals, source grades)
/// changed, otherwise the very same <see cref="ClaimGroupResult"/> instance is reused. An update therefore equals a
/// fresh corroboration of everything up to the learning tolerance (and except for text-reuse buckets that filled
/// up in between; see <see cref="TextReuseOptions.MaxBucketSize"/>).</para>
/// <para><b>JSON</b> (<see cref="KoreaEventsJson.Serialize(CorroborationReport)"/>) is deterministic: the same inputs in any order give byte-identical
/// output. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CorroborationReport
{
    private readonly IReadOnlyList<ClaimGroupResult> groups;
    private SourceReliability[]? sources;
    private Dictionary<ClaimId, ClaimAssessment>? claimIndex;

    internal CorroborationReport(CorroborationState state, IReadOnlyList<ClaimGroupResult> groups)
    {
        State = state;
        this.groups = groups;
        var links = state.Graph.Merges.ToArray();
        Array.Sort(links, (a, b) =>
        {
            int c = string.CompareOrdinal(a.From.Value, b.From.Value);
            c = c != 0 ? c : string.CompareOrdinal(a.To.Value, b.To.Value);
            return c != 0 ? c : ((int)a.Kind).CompareTo((int)b.Kind);
        });
        SourceLinks = links;
    }

    /// <summary>Gets the version of the JSON schema.</summary>
    [Obsolete("Use KoreaEventsJson.SchemaVersion (namespace KoreaEvents.Core.Serialization); the JSON form still starts with it.")]
    public int SchemaVersion => KoreaEventsJson.SchemaVersion;

    /// <summary>Gets how the reliability learning ran (iterations, convergence, tolerance).</summary>
    public ReliabilityLearning Learning => State.Learning;

    /// <summary>Gets every source's learned reliability, ordered by id (written as <c>sources</c> in the JSON form).</summary>
    /// <remarks>Named for what it holds, so it does not read like <see cref="KoreaEventsDataset.Sources"/> (the
    /// source records themselves). <see cref="FindSource"/> looks one up by id.</remarks>
    public IReadOnlyList<SourceReliability> SourceReliabilities => sources ??= BuildSources();

    /// <summary>Gets every source's learned reliability: the same list as <see cref="SourceReliabilities"/>, under its
    /// old name.</summary>
    [Obsolete("Use SourceReliabilities.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<SourceReliability> Sources => SourceReliabilities;

    /// <summary>Gets the source-level merges (shared wires, reused text), ordered by source ids.</summary>
    public IReadOnlyList<OriginLink> SourceLinks { get; }

    /// <summary>Gets the groups, ordered by subject then facet.</summary>
    public IReadOnlyList<ClaimGroupResult> Groups => groups;

    internal CorroborationState State { get; }

    /// <summary>Returns the group of <paramref name="subject"/>'s <paramref name="facet"/>.</summary>
    /// <returns>The group, or <c>null</c> when no claim is about that subject and facet (also for a default subject or
    /// facet). Never throws.</returns>
    public ClaimGroupResult? Find(EntityRef subject, Facet facet)
    {
        int index = State.IndexOf(subject, facet);
        return index < 0 ? null : State.Result(index);
    }

    /// <summary>Returns the group of the event <paramref name="subject"/>'s <paramref name="facet"/>: the same as
    /// <c>Find(EntityRef.From(subject), facet)</c>.</summary>
    /// <returns>The group, or <c>null</c> when no claim is about that event and facet, or <paramref name="subject"/> is
    /// the default (empty) id. Never throws.</returns>
    public ClaimGroupResult? Find(EventId subject, Facet facet) =>
        subject.Value is null ? null : Find(EntityRef.From(subject), facet);

    /// <summary>Returns the group of the actor <paramref name="subject"/>'s <paramref name="facet"/>: the same as
    /// <c>Find(EntityRef.From(subject), facet)</c>.</summary>
    /// <returns>The group, or <c>null</c> when no claim is about that actor and facet, or <paramref name="subject"/> is
    /// the default (empty) id. Never throws.</returns>
    public ClaimGroupResult? Find(ActorId subject, Facet facet) =>
        subject.Value is null ? null : Find(EntityRef.From(subject), facet);

    /// <summary>Returns the group of the place <paramref name="subject"/>'s <paramref name="facet"/>: the same as
    /// <c>Find(EntityRef.From(subject), facet)</c>.</summary>
    /// <returns>The group, or <c>null</c> when no claim is about that place and facet, or <paramref name="subject"/> is
    /// the default (empty) id. Never throws.</returns>
    public ClaimGroupResult? Find(PlaceId subject, Facet facet) =>
        subject.Value is null ? null : Find(EntityRef.From(subject), facet);

    /// <summary>Returns the reliability of <paramref name="source"/>, or null when the report does not know it.</summary>
    public SourceReliability? FindSource(SourceId source)
    {
        var list = SourceReliabilities;
        int low = 0, high = list.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            int c = string.CompareOrdinal(list[mid].Id.Value, source.Value);
            if (c == 0)
            {
                return list[mid];
            }

            if (c < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return null;
    }

    /// <summary>Returns the assessment of the claim with <paramref name="id"/> (the first, if several claims share
    /// the id), or null.</summary>
    public ClaimAssessment? FindClaim(ClaimId id)
    {
        var index = claimIndex;
        if (index is null)
        {
            index = [];
            foreach (var group in groups)
            {
                foreach (var claim in group.Claims)
                {
                    index.TryAdd(claim.Id, claim);
                }
            }

            claimIndex = index;
        }

        return index.GetValueOrDefault(id);
    }

    /// <summary>
    /// Returns a report that also holds <paramref name="newSources"/>, <paramref name="newClaims"/> and
    /// <paramref name="newTexts"/>, re-corroborating only the groups they touch (see the type's remarks).
    /// </summary>
    /// <param name="newSources">Source records to add. A source the report knows only from its claims may get its
    /// record now; a source that already has a record cannot be given another.</param>
    /// <param name="newClaims">Claims to add (of new or known sources).</param>
    /// <param name="newTexts">Texts of sources to add to text-reuse detection (a source's text is indexed once;
    /// later ones are ignored), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="newSources"/> or <paramref name="newClaims"/> is null.</exception>
    /// <exception cref="ArgumentException">A source is null, given twice or already has a record
    /// (<paramref name="newSources"/>); a claim is null (<paramref name="newClaims"/>); or a text has the default id or
    /// is null (<paramref name="newTexts"/>).</exception>
    public CorroborationReport With(IEnumerable<Source> newSources, IEnumerable<Claim> newClaims, IReadOnlyDictionary<SourceId, string>? newTexts = null)
    {
        var (state, results) = CorroborationRun.Apply(State, State.Options, newSources, newClaims, newTexts,
            nameof(newSources), nameof(newClaims), nameof(newTexts));
        return new CorroborationReport(state, results);
    }

    /// <summary>Returns the report as indented JSON (camelCase, enums as names, nulls omitted), with
    /// <c>schemaVersion</c>. Deterministic.</summary>
    [Obsolete("Use KoreaEventsJson.Serialize(report) (namespace KoreaEvents.Core.Serialization).")]
    public string ToJson() => KoreaEventsJson.Serialize(this);

    /// <summary>Returns a one-line summary: the number of groups per verdict.</summary>
    public override string ToString()
    {
        var counts = new int[5];
        for (int p = 0; p < State.Plans.Length; p++)
        {
            counts[(int)State.VerdictOf(p)]++;
        }

        return $"{State.Plans.Length} groups: {counts[0]} confirmed, {counts[1]} majority, {counts[2]} contested, {counts[3]} single, {counts[4]} unjudged";
    }

    private SourceReliability[] BuildSources()
    {
        var graph = State.Graph;
        var claimCounts = new int[graph.Count];
        foreach (var plan in State.Plans)
        {
            foreach (int source in plan.SourceOf)
            {
                claimCounts[source]++;
            }
        }

        var result = new SourceReliability[graph.Count];
        for (int s = 0; s < result.Length; s++)
        {
            result[s] = new SourceReliability(graph.IdOf(s), graph.RecordOf(s)?.Outlet, Math.Round(State.Trust[s], 4),
                State.Grades[s], State.Judged[s], claimCounts[s]);
        }

        Array.Sort(result, (a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
        return result;
    }
}

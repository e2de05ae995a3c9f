using System.Collections.ObjectModel;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Extraction;

/// <summary>The outcome of merging provisional events: the merged events, the claims rewritten to them, and the id map.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class ProvisionalMerge
{
    internal ProvisionalMerge(IList<ProvisionalEvent> events, IList<Claim> claims, IDictionary<EventId, EventId> map)
    {
        Events = new ReadOnlyCollection<ProvisionalEvent>(events);
        Claims = new ReadOnlyCollection<Claim>(claims);
        Map = new ReadOnlyDictionary<EventId, EventId>(map);
    }

    /// <summary>Gets the merged provisional events, in the order first seen.</summary>
    public IReadOnlyList<ProvisionalEvent> Events { get; }

    /// <summary>Gets every claim of the merged results, with provisional subjects replaced by the merged event's id.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Gets, for each provisional id that was merged into another, the id it was merged into.</summary>
    public IReadOnlyDictionary<EventId, EventId> Map { get; }
}

/// <summary>
/// Provisional events: their ids and how they merge. Two provisional events are one when they have the same PLOVER
/// type, the same actors (ignoring roles) and dates that agree: both dated and compatible
/// (<see cref="DateEstimate.IsCompatibleWith"/>; a date whose year is not stated is compared by its anchored reading),
/// or, inside one document, one of them undated. Two events of one kind at different times are never merged.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ProvisionalEvents
{
    /// <summary>The prefix of every provisional id (events and actors).</summary>
    public const string Prefix = "provisional-";

    /// <summary>Returns whether <paramref name="id"/> is a provisional event's id.</summary>
    public static bool IsProvisional(EventId id) => id.Value?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>
    /// Merges the provisional events of several extraction results (one per document) and rewrites their claims.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static ProvisionalMerge Merge(IEnumerable<ExtractionResult> results)
    {
        Preconditions.CheckNotNull(results);
        var list = results.ToList();
        var merged = MergeEvents(list.SelectMany(r => r.ProvisionalEvents).ToList(), allowUndated: false);
        var claims = list.SelectMany(r => r.Claims)
            .Select(c => c.Subject.Kind == EntityKind.Event && merged.Map.TryGetValue(new EventId(c.Subject.Slug!), out var to)
                ? new Claim(c.Id, EntityRef.From(to), c.Facet, c.Value, c.Source, c.Evidence, c.Attribution, c.Modality)
                : c)
            .ToList();
        return new ProvisionalMerge(merged.Events, claims, merged.Map);
    }

    internal static (List<ProvisionalEvent> Events, Dictionary<EventId, EventId> Map) MergeWithin(List<ProvisionalEvent> events) =>
        MergeEvents(events, allowUndated: true);

    /// <summary>The id of a provisional event: type, actors and date, as a slug (<c>provisional-retreat-ruritania-2021-03</c>).</summary>
    internal static EventId IdFor(EventCode code, IReadOnlyList<EventParticipant> participants, DateEstimate? date)
    {
        var parts = new List<string> { code.Type.ToString() };
        parts.AddRange(participants.Select(p => p.Actor.Value!.Replace(Prefix, string.Empty, StringComparison.Ordinal)).Distinct());
        if (date is { } d)
        {
            parts.Add(d.ToAnchoredString());
        }

        var slug = Slug.From(Prefix + string.Join('-', parts)) ?? Prefix + "event";
        return new EventId(slug.Length > Slug.MaxLength ? slug[..Slug.MaxLength].TrimEnd('-') : slug);
    }

    private static (List<ProvisionalEvent> Events, Dictionary<EventId, EventId> Map) MergeEvents(List<ProvisionalEvent> events, bool allowUndated)
    {
        var result = new List<ProvisionalEvent>();
        var map = new Dictionary<EventId, EventId>();
        foreach (var e in events)
        {
            int match = result.FindIndex(r => Agree(r, e, allowUndated));
            if (match < 0)
            {
                result.Add(e);
                continue;
            }

            var r = result[match];
            var date = r.Date is { } a && e.Date is { } b ? a.Intersect(b) ?? a : r.Date ?? e.Date;
            result[match] = new ProvisionalEvent(r.Id, r.Code, r.Label, r.Participants.Union(e.Participants).Order().ToList(), date, r.Place ?? e.Place,
                r.Mentions.Concat(e.Mentions).ToList());
            if (e.Id != r.Id)
            {
                map[e.Id] = r.Id;
            }
        }

        return (result, map);
    }

    private static bool Agree(ProvisionalEvent a, ProvisionalEvent b, bool allowUndated)
    {
        if (a.Code.Type != b.Code.Type)
        {
            return false;
        }

        var actorsA = a.Participants.Select(p => p.Actor).ToHashSet();
        if (!actorsA.SetEquals(b.Participants.Select(p => p.Actor)))
        {
            return false;
        }

        return (a.Date, b.Date) switch
        {
            // A date without a stated year is compared by its anchored reading here: merging needs agreement, not mere absence of conflict.
            ({ } x, { } y) => x.IsYearStated && y.IsYearStated ? x.IsCompatibleWith(y) : x.Overlaps(y),
            (null, null) => allowUndated,
            _ => allowUndated,
        };
    }
}

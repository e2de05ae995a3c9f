using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// Who acts for whom, for comparing actor claims: a state acts through its government bodies and the holders of its
/// offices, so a claim that North Korea made a statement agrees with one that its foreign minister made it, and the
/// consensus is the more specific actor (as with places, where Kaesong is more specific than North Korea). The
/// knowledge base supplies one (<see cref="KoreaEventsDataset.ActorAffiliationOf"/>); tests and users can build
/// their own with <see cref="ActorAffiliation.FromLinks"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe for reads, deterministic, and transitive (a minister acts for the
/// ministry, the ministry for the state: the minister acts for the state). The engine tests equality itself before
/// asking.</remarks>
public interface IActorAffiliation
{
    /// <summary>Returns whether <paramref name="member"/> acts for <paramref name="body"/> in the events of
    /// <paramref name="subject"/> (the group's subject; an implementation may use its date, since offices are held
    /// for a time).</summary>
    bool ActsFor(EntityRef body, EntityRef member, EntityRef subject);
}

/// <summary>One "acts for" link: <paramref name="Member"/> acts for <paramref name="Body"/>, during
/// <paramref name="Period"/> when it is given (an office held for a time) or always.</summary>
/// <param name="Member">The actor that acts for the body (a person, a ministry).</param>
/// <param name="Body">The actor it acts for (a ministry, a state).</param>
/// <param name="Period">When the link holds, or <c>null</c> for always.</param>
public readonly record struct AffiliationLink(EntityRef Member, EntityRef Body, DateEstimate? Period = null);

/// <summary>
/// Affiliation built from member → body links, some of them held for a period: a member acts for a body when a
/// chain of links leads from it to the body and every dated link on the chain is compatible with the subject's date.
/// </summary>
/// <remarks>
/// <para>The subject's date comes from the function given to <see cref="FromLinks"/> (for events, their catalogue
/// date). When it is unknown, dated links are not followed: an office holder is taken to act for the state only when
/// the event is known to fall in the term (so "Trump" and "the United States" agree about a 2020 event, and about
/// an undated one only if the link has no period).</para>
/// <para>Immutable and thread-safe once built. Cycles are rejected.</para>
/// </remarks>
public sealed class ActorAffiliation : IActorAffiliation
{
    private readonly Dictionary<EntityRef, AffiliationLink[]> links;
    private readonly Func<EntityRef, DateEstimate?> dateOf;

    private ActorAffiliation(Dictionary<EntityRef, AffiliationLink[]> links, Func<EntityRef, DateEstimate?> dateOf)
    {
        this.links = links;
        this.dateOf = dateOf;
    }

    /// <summary>Builds the affiliation from member → body links.</summary>
    /// <param name="links">The links; a member may act for several bodies.</param>
    /// <param name="subjectDate">The date of a group's subject, or <c>null</c> when unknown (the default: every
    /// subject's date is unknown, so only links without a period are followed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="links"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference is the default (empty) one or not an actor, a member is linked
    /// to itself, or the links form a cycle (the message names an actor on it).</exception>
    public static ActorAffiliation FromLinks(IEnumerable<AffiliationLink> links, Func<EntityRef, DateEstimate?>? subjectDate = null)
    {
        Preconditions.CheckNotNull(links);
        var map = new Dictionary<EntityRef, List<AffiliationLink>>();
        foreach (var link in links)
        {
            Preconditions.CheckArgument(link.Member.Slug is not null && link.Body.Slug is not null, nameof(links),
                "An actor reference in the affiliation must not be the default (empty) reference.");
            Preconditions.CheckArgument(link.Member.Kind == EntityKind.Actor && link.Body.Kind == EntityKind.Actor, nameof(links),
                $"Affiliation links join actors; {link.Member} → {link.Body} does not.");
            Preconditions.CheckArgument(link.Member != link.Body, nameof(links), $"The actor {link.Member} is linked to itself.");
            if (!map.TryGetValue(link.Member, out var list))
            {
                map.Add(link.Member, list = []);
            }

            if (!list.Contains(link))
            {
                list.Add(link);
            }
        }

        var frozen = map.ToDictionary(p => p.Key, p => p.Value.ToArray());
        foreach (var start in frozen.Keys)
        {
            Preconditions.CheckArgument(!Reaches(frozen, start, start, _ => true), nameof(links), $"The affiliation links have a cycle through {start}.");
        }

        return new ActorAffiliation(frozen, subjectDate ?? (_ => null));
    }

    /// <inheritdoc />
    public bool ActsFor(EntityRef body, EntityRef member, EntityRef subject)
    {
        if (body == member || !links.ContainsKey(member))
        {
            return false;
        }

        var date = dateOf(subject);
        return Reaches(links, member, body, link => link.Period is not { } period || (date is { } d && period.IsCompatibleWith(d)));
    }

    private static bool Reaches(Dictionary<EntityRef, AffiliationLink[]> links, EntityRef from, EntityRef to, Func<AffiliationLink, bool> usable)
    {
        var seen = new HashSet<EntityRef>();
        var stack = new Stack<EntityRef>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            if (!links.TryGetValue(stack.Pop(), out var next))
            {
                continue;
            }

            foreach (var link in next)
            {
                if (!usable(link))
                {
                    continue;
                }

                if (link.Body == to)
                {
                    return true;
                }

                if (seen.Add(link.Body))
                {
                    stack.Push(link.Body);
                }
            }
        }

        return false;
    }
}

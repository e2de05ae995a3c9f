using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// Place containment for comparing location claims: a claim that something happened in North Korea is compatible
/// with one that says Kaesong when North Korea contains Kaesong. The knowledge base supplies one; tests and users
/// can use <see cref="PlaceHierarchy"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe for reads, deterministic, and transitive (if a contains b and b
/// contains c then a contains c). The engine tests equality itself before asking.</remarks>
public interface IPlaceHierarchy
{
    /// <summary>Returns whether <paramref name="inner"/> lies within <paramref name="outer"/> (strictly or not;
    /// the engine never asks about equal references).</summary>
    bool Contains(EntityRef outer, EntityRef inner);
}

/// <summary>
/// A simple place tree built from child → parent pairs (<c>place:kaesong</c> → <c>place:north-korea</c>):
/// a place contains every place below it.
/// </summary>
/// <remarks>Immutable and thread-safe once built. A place may have at most one parent; cycles are rejected.</remarks>
public sealed class PlaceHierarchy : IPlaceHierarchy
{
    private readonly Dictionary<EntityRef, EntityRef> parents;

    private PlaceHierarchy(Dictionary<EntityRef, EntityRef> parents) => this.parents = parents;

    /// <summary>Builds the tree from child → parent pairs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="childToParent"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference is the default (empty) one, a place is given two different
    /// parents, or the pairs form a cycle.</exception>
    public static PlaceHierarchy FromParents(IEnumerable<KeyValuePair<EntityRef, EntityRef>> childToParent)
    {
        Preconditions.CheckNotNull(childToParent);
        var map = new Dictionary<EntityRef, EntityRef>();
        foreach (var (child, parent) in childToParent)
        {
            Preconditions.CheckArgument(child.Slug is not null && parent.Slug is not null, nameof(childToParent),
                "A place reference in the hierarchy must not be the default (empty) reference.");
            if (map.TryGetValue(child, out var existing))
            {
                Preconditions.CheckArgument(existing == parent, nameof(childToParent),
                    $"The place {child} is given two parents, {existing} and {parent}.");
                continue;
            }

            map.Add(child, parent);
        }

        foreach (var start in map.Keys)
        {
            var current = start;
            for (int steps = 0; map.TryGetValue(current, out var next); steps++)
            {
                Preconditions.CheckArgument(steps <= map.Count && next != start, nameof(childToParent),
                    $"The place hierarchy has a cycle through {start}.");
                current = next;
            }
        }

        return new PlaceHierarchy(map);
    }

    /// <inheritdoc />
    public bool Contains(EntityRef outer, EntityRef inner)
    {
        var current = inner;
        while (parents.TryGetValue(current, out var parent))
        {
            if (parent == outer)
            {
                return true;
            }

            current = parent;
        }

        return false;
    }
}

using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// The canonical order of claims: by subject, facet, source id, claim id, modality, then the value's text form.
/// Everything the engine outputs follows it, so reordering the input never changes the output.
/// </summary>
internal sealed class ClaimOrder : IComparer<Claim>
{
    public static readonly ClaimOrder Instance = new();

    /// <summary>Compares claims of one group (<see cref="CompareWithinGroup"/>).</summary>
    public static readonly IComparer<Claim> WithinGroup = Comparer<Claim>.Create(CompareWithinGroup);

    /// <summary>Compares within one group (subject and facet are equal there).</summary>
    public static int CompareWithinGroup(Claim? x, Claim? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(x.Source.Value, y.Source.Value);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Id.Value, y.Id.Value);
        if (c != 0)
        {
            return c;
        }

        c = ((int)x.Modality).CompareTo((int)y.Modality);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Value.ToString(), y.Value.ToString());
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Value.GetType().Name, y.Value.GetType().Name);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Attribution?.StatementKey, y.Attribution?.StatementKey);
        return c != 0 ? c : (x.Evidence?.Start ?? -1).CompareTo(y.Evidence?.Start ?? -1);
    }

    /// <inheritdoc />
    public int Compare(Claim? x, Claim? y)
    {
        if (ReferenceEquals(x, y) || x is null || y is null)
        {
            return CompareWithinGroup(x, y);
        }

        int c = EntityOrder.Instance.Compare(x.Subject, y.Subject);
        if (c == 0)
        {
            c = x.Facet.CompareTo(y.Facet);
        }

        return c != 0 ? c : CompareWithinGroup(x, y);
    }
}

/// <summary>
/// The order of <see cref="EntityRef"/> (kind, then slug by ordinal), as <see cref="EntityRef.CompareTo"/> but
/// without boxing the kinds (<see cref="Enum.CompareTo"/> takes an object), which matters when sorting millions.
/// </summary>
internal sealed class EntityOrder : IComparer<EntityRef>
{
    public static readonly EntityOrder Instance = new();

    /// <inheritdoc />
    public int Compare(EntityRef x, EntityRef y)
    {
        int c = ((int)x.Kind).CompareTo((int)y.Kind);
        return c != 0 ? c : string.CompareOrdinal(x.Slug, y.Slug);
    }
}

/// <summary>The value type a group compares (the type stated by the most origins; ties in this order).</summary>
internal enum ValueKind : byte
{
    Date = 0,
    Entity = 1,
    Quantity = 2,
    Boolean = 3,
    Text = 4,
}

/// <summary>What a claim may do in its group.</summary>
internal enum ClaimRole : byte
{
    /// <summary>Asserted or reported (or a negated yes/no, read as its opposite): supports or conflicts.</summary>
    Confirming = 0,

    /// <summary>A negated non-yes/no value ("not in March"): conflicts only when it denies the consensus.</summary>
    Denial = 1,

    /// <summary>Hedged, future or conditional: never counts.</summary>
    NonConfirming = 2,

    /// <summary>A value of another type than the group's: cannot be compared.</summary>
    Incomparable = 3,
}

/// <summary>Claims sorted by subject then facet, with each claim's interned source.</summary>
/// <param name="Sorted">The claims sorted by subject then facet (stable within a group).</param>
/// <param name="GroupStarts">The start of every group, with a final entry equal to the number of claims.</param>
/// <param name="SourceOf">The index in <paramref name="Sources"/> of each sorted claim's source.</param>
/// <param name="Sources">The distinct sources, in the order of their first claim in the input.</param>
internal readonly record struct ClaimGroups(Claim[] Sorted, int[] GroupStarts, int[] SourceOf, SourceId[] Sources);

/// <summary>Reads and groups claims: interns subjects, facets and sources and sorts by (subject, facet). The
/// engine's first step, and on its own the baseline the benchmarks compare the whole corroboration with.</summary>
internal static class ClaimGrouping
{
    /// <summary>Groups the claims (none may be null).</summary>
    public static ClaimGroups Group(IReadOnlyList<Claim> claims)
    {
        int n = claims.Count;
        var subjects = new Dictionary<EntityRef, int>();
        var facets = new Dictionary<Facet, int>();
        var sources = new Dictionary<SourceId, int>();
        var subjectOf = new int[n];
        var facetOf = new int[n];
        var sourceOf = new int[n];
        // Claims usually come in runs about one subject and facet (an article's, an event's): the previous claim's
        // index is reused without hashing when the next one holds the very same instances.
        string? lastSlug = null, lastFacet = null;
        var lastKind = (EntityKind)(-1);
        int lastSubject = -1, lastFacetIndex = -1;
        for (int i = 0; i < n; i++)
        {
            var claim = claims[i];
            var subject = claim.Subject;
            if (lastSubject < 0 || !ReferenceEquals(subject.Slug, lastSlug) || subject.Kind != lastKind)
            {
                lastSubject = Intern(subjects, subject);
                lastSlug = subject.Slug;
                lastKind = subject.Kind;
            }

            subjectOf[i] = lastSubject;
            if (lastFacetIndex < 0 || !ReferenceEquals(claim.Facet.Name, lastFacet))
            {
                lastFacetIndex = Intern(facets, claim.Facet);
                lastFacet = claim.Facet.Name;
            }

            facetOf[i] = lastFacetIndex;
            sourceOf[i] = Intern(sources, claim.Source);
        }

        var subjectRank = Ranks(subjects, EntityOrder.Instance);
        var facetRank = Ranks(facets, Comparer<Facet>.Default);

        // Two stable counting sorts (by facet, then by subject) order the claims by (subject, facet) and keep the input
        // order within a group, in linear time: the sort no longer grows with log n.
        var byFacet = new int[n];
        var counts = new int[Math.Max(facets.Count, subjects.Count) + 1];
        for (int i = 0; i < n; i++)
        {
            facetOf[i] = facetRank[facetOf[i]];
            subjectOf[i] = subjectRank[subjectOf[i]];
            counts[facetOf[i] + 1]++;
        }

        for (int f = 1; f <= facets.Count; f++)
        {
            counts[f] += counts[f - 1];
        }

        for (int i = 0; i < n; i++)
        {
            byFacet[counts[facetOf[i]]++] = i;
        }

        Array.Clear(counts);
        for (int i = 0; i < n; i++)
        {
            counts[subjectOf[i] + 1]++;
        }

        for (int r = 1; r <= subjects.Count; r++)
        {
            counts[r] += counts[r - 1];
        }

        var order = new int[n];
        foreach (int i in byFacet)
        {
            order[counts[subjectOf[i]]++] = i;
        }

        var sorted = new Claim[n];
        var sortedSourceOf = new int[n];
        var starts = new List<int>();
        long previous = -1;
        for (int i = 0; i < n; i++)
        {
            int index = order[i];
            sorted[i] = claims[index];
            sortedSourceOf[i] = sourceOf[index];
            long group = ((long)subjectOf[index] << 32) | (uint)facetOf[index];
            if (group != previous)
            {
                starts.Add(i);
                previous = group;
            }
        }

        starts.Add(n);
        var distinctSources = new SourceId[sources.Count];
        foreach (var (source, index) in sources)
        {
            distinctSources[index] = source;
        }

        return new ClaimGroups(sorted, starts.ToArray(), sortedSourceOf, distinctSources);
    }

    private static int Intern<T>(Dictionary<T, int> interned, T value)
        where T : notnull
    {
        ref int index = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(interned, value, out bool found);
        if (!found)
        {
            index = interned.Count - 1;
        }

        return index;
    }

    private static int[] Ranks<T>(Dictionary<T, int> interned, IComparer<T> comparer)
        where T : notnull
    {
        var distinct = new T[interned.Count];
        foreach (var (value, index) in interned)
        {
            distinct[index] = value;
        }

        var indices = new int[distinct.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        Array.Sort(distinct, indices, comparer);
        var rank = new int[distinct.Length];
        for (int r = 0; r < indices.Length; r++)
        {
            rank[indices[r]] = r;
        }

        return rank;
    }
}

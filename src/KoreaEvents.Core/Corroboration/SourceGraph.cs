using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// The sources known to a report and the source-level origin merges: a shared upstream wire, reused text. A
/// union-find over source indices; every merge that joined two components is kept as an <see cref="OriginLink"/>.
/// </summary>
/// <remarks>Copied (not shared) when a report is updated, so an older report never changes.</remarks>
internal sealed class SourceGraph
{
    private readonly Dictionary<SourceId, int> index;
    private readonly List<SourceId> ids;
    private readonly List<Source?> records;
    private readonly List<int> parent;
    private readonly Dictionary<ActorId, int> wireHolder;
    private readonly Dictionary<long, OriginLink> textLinks;
    private readonly List<OriginLink> merges;
    private int[]? components;

    public SourceGraph()
    {
        index = [];
        ids = [];
        records = [];
        parent = [];
        wireHolder = [];
        textLinks = [];
        merges = [];
    }

    private SourceGraph(SourceGraph other)
    {
        index = new(other.index);
        ids = [.. other.ids];
        records = [.. other.records];
        parent = [.. other.parent];
        wireHolder = new(other.wireHolder);
        textLinks = new(other.textLinks);
        merges = [.. other.merges];
    }

    public int Count => ids.Count;

    /// <summary>Gets the merges that joined components (wire and text reuse), in the order they happened.</summary>
    public IReadOnlyList<OriginLink> Merges => merges;

    public SourceGraph Clone() => new(this);

    public SourceId IdOf(int source) => ids[source];

    public Source? RecordOf(int source) => records[source];

    public bool TryGetIndex(SourceId id, out int source) => index.TryGetValue(id, out source);

    /// <summary>Returns the index of <paramref name="id"/>, adding it when new.</summary>
    public int Intern(SourceId id)
    {
        if (!index.TryGetValue(id, out int source))
        {
            source = ids.Count;
            index.Add(id, source);
            ids.Add(id);
            records.Add(null);
            parent.Add(source);
            components = null;
        }

        return source;
    }

    /// <summary>Sets a source's record and merges it with every earlier source that shares one of its wires.
    /// Returns whether two components were merged.</summary>
    public bool SetRecord(Source record)
    {
        int source = Intern(record.Id);
        records[source] = record;
        bool merged = false;
        foreach (var wire in record.Origins)
        {
            if (wireHolder.TryGetValue(wire, out int holder))
            {
                merged |= Union(holder, source, OriginLinkKind.SharedWire, "actor:" + wire.Value, null, null);
            }
            else
            {
                wireHolder.Add(wire, source);
            }
        }

        return merged;
    }

    /// <summary>Records reused text between two sources and merges them. Returns whether two components were merged.</summary>
    public bool AddTextReuse(ReusePair pair)
    {
        var link = MakeLink(OriginLinkKind.TextReuse, pair.First, pair.Second, null, Math.Round(pair.MeanJaccard, 4), pair.Passages);
        textLinks[PairKey(pair.First, pair.Second)] = link;
        return Union(pair.First, pair.Second, link);
    }

    public OriginLink? TextLink(int a, int b) => textLinks.GetValueOrDefault(PairKey(a, b));

    /// <summary>Gets the component (a representative source index) of every source.</summary>
    public int[] Components
    {
        get
        {
            if (components is null || components.Length != ids.Count)
            {
                var result = new int[ids.Count];
                for (int i = 0; i < result.Length; i++)
                {
                    result[i] = Find(i);
                }

                components = result;
            }

            return components;
        }
    }

    public OriginLink MakeLink(OriginLinkKind kind, int a, int b, string? key, double? jaccard, int? passages)
    {
        var (x, y) = string.CompareOrdinal(ids[a].Value, ids[b].Value) <= 0 ? (ids[a], ids[b]) : (ids[b], ids[a]);
        return new OriginLink(kind, x, y, key, jaccard, passages);
    }

    private bool Union(int a, int b, OriginLinkKind kind, string? key, double? jaccard, int? passages)
    {
        int ra = Find(a);
        int rb = Find(b);
        return ra != rb && Union(a, b, MakeLink(kind, a, b, key, jaccard, passages));
    }

    private bool Union(int a, int b, OriginLink link)
    {
        int ra = Find(a);
        int rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        // The smaller index becomes the root: the partition, not the input order, decides the outcome.
        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else
        {
            parent[ra] = rb;
        }

        merges.Add(link);
        components = null;
        return true;
    }

    private int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}

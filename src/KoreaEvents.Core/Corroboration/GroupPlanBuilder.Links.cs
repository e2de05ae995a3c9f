using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

internal sealed partial class GroupPlanBuilder
{
    private OriginLink[]?[] BuildLinks(ReadOnlySpan<Claim> claims, ReadOnlySpan<int> sourceOf, ReadOnlySpan<int> originOf, int origins, string?[]? statements)
    {
        var result = new OriginLink[]?[origins];
        int n = claims.Length;
        if (origins == n)
        {
            return result; // every claim is its own origin
        }

        var members = new List<int>[origins];
        for (int i = 0; i < n; i++)
        {
            (members[originOf[i]] ??= []).Add(i);
        }

        for (int o = 0; o < origins; o++)
        {
            var claimsOfOrigin = members[o];
            if (claimsOfOrigin.Count < 2)
            {
                continue;
            }

            var links = new List<OriginLink>();
            var sources = new List<int>();
            foreach (int i in claimsOfOrigin)
            {
                if (sources.Count > 0 && sources[^1] == sourceOf[i])
                {
                    if (links.Count == 0 || links[^1].Kind != OriginLinkKind.SameSource || links[^1].From != claims[i].Source)
                    {
                        links.Add(graph.MakeLink(OriginLinkKind.SameSource, sourceOf[i], sourceOf[i], null, null, null));
                    }
                }
                else
                {
                    sources.Add(sourceOf[i]);
                }
            }

            if (sources.Count > 1)
            {
                AddJoiningLinks(sources, claimsOfOrigin, sourceOf, statements, links);
            }

            result[o] = [.. links];
        }

        return result;
    }

    private void AddJoiningLinks(List<int> sources, List<int> claimsOfOrigin, ReadOnlySpan<int> sourceOf, string?[]? statements, List<OriginLink> links)
    {
        int k = sources.Count;
        var local = new int[k];
        for (int i = 0; i < k; i++)
        {
            local[i] = i;
        }

        int LocalFind(int x)
        {
            while (local[x] != x)
            {
                x = local[x] = local[local[x]];
            }

            return x;
        }

        bool Join(int a, int b)
        {
            int ra = LocalFind(a);
            int rb = LocalFind(b);
            if (ra == rb)
            {
                return false;
            }

            local[Math.Max(ra, rb)] = Math.Min(ra, rb);
            return true;
        }

        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                string? wire = SharedWire(graph.RecordOf(sources[a]), graph.RecordOf(sources[b]));
                if (wire is not null && Join(a, b))
                {
                    links.Add(graph.MakeLink(OriginLinkKind.SharedWire, sources[a], sources[b], wire, null, null));
                }
            }
        }

        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                if (graph.TextLink(sources[a], sources[b]) is { } text && Join(a, b))
                {
                    links.Add(text);
                }
            }
        }

        if (statements is not null)
        {
            for (int x = 0; x < claimsOfOrigin.Count; x++)
            {
                string? key = statements[claimsOfOrigin[x]];
                if (key is null)
                {
                    continue;
                }

                for (int y = 0; y < x; y++)
                {
                    if (statements[claimsOfOrigin[y]] == key)
                    {
                        int a = sources.IndexOf(sourceOf[claimsOfOrigin[y]]);
                        int b = sources.IndexOf(sourceOf[claimsOfOrigin[x]]);
                        if (Join(a, b))
                        {
                            links.Add(graph.MakeLink(OriginLinkKind.SameStatement, sources[a], sources[b], key, null, null));
                        }

                        break;
                    }
                }
            }
        }

        // Sources joined only through a source outside this group: show the source-level merges of their component.
        int root = LocalFind(0);
        bool joined = true;
        for (int i = 1; i < k; i++)
        {
            joined &= LocalFind(i) == root;
        }

        if (!joined)
        {
            int component = components[sources[0]];
            foreach (var merge in graph.Merges)
            {
                if (graph.TryGetIndex(merge.From, out int from) && components[from] == component && !links.Contains(merge))
                {
                    links.Add(merge);
                }
            }
        }
    }

    private static string? SharedWire(Source? a, Source? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        foreach (var wire in a.Origins)
        {
            foreach (var other in b.Origins)
            {
                if (wire == other)
                {
                    return "actor:" + wire.Value;
                }
            }
        }

        return null;
    }
}

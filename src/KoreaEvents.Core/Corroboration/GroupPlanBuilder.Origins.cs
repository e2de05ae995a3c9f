using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

internal sealed partial class GroupPlanBuilder
{
    /// <summary>The attribution's statement key, found once per attribution instance in a block (inputs often share
    /// them, and the key is built anew on every read).</summary>
    private string StatementKey(Attribution attribution)
    {
        ref string? key = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(statementKeys, attribution, out _);
        return key ??= attribution.StatementKey;
    }

    /// <summary>The distinct sources of each origin, in claim order (CSR, into the block's pools); returns where
    /// the group's starts are.</summary>
    private int OriginSources(int n, int origins, ReadOnlySpan<int> originOf, ReadOnlySpan<int> sourceOf)
    {
        var start = new int[origins + 1];
        Array.Fill(lastSource, -1, 0, origins);
        for (int i = 0; i < n; i++)
        {
            int o = originOf[i];
            if (lastSource[o] != sourceOf[i])
            {
                lastSource[o] = sourceOf[i];
                start[o + 1]++;
            }
        }

        for (int o = 0; o < origins; o++)
        {
            start[o + 1] += start[o];
        }

        int sourceBase = originSourcePool.Count;
        for (int k = 0; k < start[origins]; k++)
        {
            originSourcePool.Add(0);
        }

        var sources = originSourcePool.AsSpan(sourceBase, start[origins]);
        Array.Clear(fill, 0, origins);
        Array.Fill(lastSource, -1, 0, origins);
        for (int i = 0; i < n; i++)
        {
            int o = originOf[i];
            if (lastSource[o] != sourceOf[i])
            {
                lastSource[o] = sourceOf[i];
                sources[start[o] + fill[o]++] = sourceOf[i];
            }
        }

        int at = originSourceStartPool.Count;
        for (int o = 0; o <= origins; o++)
        {
            originSourceStartPool.Add(sourceBase + start[o]);
        }

        return at;
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

    private void Union(int a, int b)
    {
        int ra = Find(a);
        int rb = Find(b);
        if (ra != rb)
        {
            // The earlier claim's root wins, so origin numbering follows canonical order.
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }

    private void UnionEqual<T>(int n, T?[] keys)
        where T : notnull
    {
        var comparer = EqualityComparer<T>.Default;
        if (n <= 32)
        {
            for (int i = 1; i < n; i++)
            {
                if (keys[i] is null)
                {
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (comparer.Equals(keys[i], keys[j]))
                    {
                        Union(i, j);
                        break;
                    }
                }
            }

            return;
        }

        var first = new Dictionary<T, int>();
        for (int i = 0; i < n; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }

            if (first.TryGetValue(key, out int j))
            {
                Union(i, j);
            }
            else
            {
                first.Add(key, i);
            }
        }
    }
}

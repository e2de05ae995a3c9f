using System.Collections.ObjectModel;

namespace KoreaEvents.Core.Extraction.Mentions;

/// <content>The trie's construction: the builder that collects the patterns and freezes them into the flat arrays, and
/// the pattern groups with their case rule.</content>
public sealed partial class MentionMatcher
{
    /// <summary>The patterns that share one trie node and one exact surface and case rule, with their candidates.</summary>
    private sealed class PatternGroup
    {
        public PatternGroup(string surface, bool caseSensitive, IReadOnlyList<MentionCandidate> candidates)
        {
            Surface = surface;
            CaseSensitive = caseSensitive;
            Candidates = candidates;
        }

        public string Surface { get; }

        public bool CaseSensitive { get; }

        public IReadOnlyList<MentionCandidate> Candidates { get; }

        /// <summary>Checks the case rule on text[start..end), which the trie matched case-insensitively.</summary>
        public bool Accepts(ReadOnlySpan<char> text, int start, int end)
        {
            if (!CaseSensitive)
            {
                return true;
            }

            var surface = Surface;
            int t = start;
            for (int p = 0; p < surface.Length; p++)
            {
                if (t >= end)
                {
                    return false;
                }

                char s = surface[p];
                if (s == ' ')
                {
                    while (t < end && TextFolding.IsSpace(text[t]))
                    {
                        t++;
                    }

                    continue;
                }

                char c = TextFolding.FoldPunctuation(text[t]);
                if (c != s && !(p == 0 && char.IsLower(s) && c == char.ToUpperInvariant(s)))
                {
                    return false;
                }

                t++;
            }

            return t == end;
        }
    }

    /// <summary>Builds the trie with growable nodes, then freezes it into flat arrays.</summary>
    private sealed class TrieBuilder
    {
        private readonly List<SortedDictionary<char, int>> children = new() { new SortedDictionary<char, int>() };
        private readonly List<List<int>> nodeGroups = new() { new List<int>() };
        private readonly List<(string Surface, bool CaseSensitive, List<MentionCandidate> Candidates)> groups = new();
        private readonly Dictionary<(int Node, string Surface, bool CaseSensitive), int> groupIndex = new();

        public int PatternCount => groups.Count;

        public void Add(string pattern, bool caseSensitive, MentionCandidate candidate)
        {
            var surface = TextFolding.NormalizePattern(pattern);
            if (surface.Length == 0 || !TextFolding.IsWordChar(surface[0]))
            {
                return; // A pattern must start with a letter or digit to be found at a word start.
            }

            if (!caseSensitive)
            {
                surface = string.Concat(surface.Select(TextFolding.Fold));
            }

            int node = 0;
            foreach (char c in surface)
            {
                char key = TextFolding.Fold(c);
                if (!children[node].TryGetValue(key, out int next))
                {
                    next = children.Count;
                    children.Add(new SortedDictionary<char, int>());
                    nodeGroups.Add(new List<int>());
                    children[node][key] = next;
                }

                node = next;
            }

            if (!groupIndex.TryGetValue((node, surface, caseSensitive), out int group))
            {
                group = groups.Count;
                groups.Add((surface, caseSensitive, new List<MentionCandidate>()));
                groupIndex[(node, surface, caseSensitive)] = group;
                nodeGroups[node].Add(group);
            }

            var list = groups[group].Candidates;
            if (!list.Exists(c => c.SameTarget(candidate)))
            {
                list.Add(candidate);
            }
        }

        public (int[], int[], int[], char[], int[], int[], int[], int[], PatternGroup[]) Freeze()
        {
            int nodes = children.Count;
            var rootAscii = new int[RootAsciiSize];
            Array.Fill(rootAscii, -1);
            foreach (var (c, target) in children[0])
            {
                if (c < RootAsciiSize)
                {
                    rootAscii[c] = target;
                }
            }

            var edgeStart = new int[nodes];
            var edgeCount = new int[nodes];
            var edgeChars = new List<char>();
            var edgeTargets = new List<int>();
            var groupStart = new int[nodes];
            var groupCount = new int[nodes];
            var groupIds = new List<int>();
            for (int n = 0; n < nodes; n++)
            {
                edgeStart[n] = edgeChars.Count;
                edgeCount[n] = children[n].Count;
                foreach (var (c, target) in children[n])
                {
                    edgeChars.Add(c);
                    edgeTargets.Add(target);
                }

                groupStart[n] = groupIds.Count;
                groupCount[n] = nodeGroups[n].Count;
                groupIds.AddRange(nodeGroups[n]);
            }

            var frozen = groups.Select(g => new PatternGroup(g.Surface, g.CaseSensitive, new ReadOnlyCollection<MentionCandidate>(g.Candidates.ToArray()))).ToArray();
            return (rootAscii, edgeStart, edgeCount, edgeChars.ToArray(), edgeTargets.ToArray(), groupStart, groupCount, groupIds.ToArray(), frozen);
        }
    }
}

using System.Runtime.CompilerServices;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Extraction.Mentions;

/// <summary>
/// Finds every name, event phrase and lexicon phrase of a knowledge base in a text, in one left-to-right pass over
/// a character trie built once per knowledge base (<see cref="For(KnowledgeBase)"/>).
/// </summary>
/// <remarks>
/// <para><b>Rules.</b> A match starts at a word start (a letter or digit not preceded by one) and, if its last
/// character is a letter or digit, must end at a word end: nothing matches inside a word ("Kimchi" has no "Kim"),
/// but punctuation bounds words, so possessives ("North Korea’s", "Kim’s"), hyphenated compounds ("anti-Kim",
/// "North-South") and quotes are found. At each word start the longest match wins; matches do not overlap, and
/// the scan resumes after a match (leftmost-longest).</para>
/// <para><b>Characters.</b> Runs of spaces, tabs and no-break or thin spaces match one space in a pattern (line
/// breaks do not); typographic apostrophes match <c>'</c>; Unicode hyphens match <c>-</c>.</para>
/// <para><b>Case.</b> Names of actors and places are case-sensitive ("moon" is not Moon Jae-in, "us" is not the
/// US), except that a name starting with a lower-case letter may be capitalised at a sentence start ("Defectors").
/// Event phrases and lexicon phrases are case-insensitive ("Operations … were suspended", "The Hanoi Summit").
/// Person names also match their hyphen and space variants ("Kim Jong-un", "Kim Jong Un", "Kim Jong-Un";
/// "Kim Yo Jong", "Kim Yo-jong").</para>
/// <para><b>Output.</b> Each mention lists every candidate referent of its surface form (all the Kims for "Kim",
/// the city and North Korea's government for "Pyongyang"); <see cref="MentionResolver"/> chooses among them.
/// The cost is linear in the text times the depth of the trie walked at each word start (the longest pattern);
/// no regular expressions are used.</para>
/// <para>Immutable and thread-safe: one instance serves any number of concurrent scans.</para>
/// </remarks>
public sealed partial class MentionMatcher
{
    private const int RootAsciiSize = 128;

    // One matcher per knowledge base, built on first use and dropped with the knowledge base.
    private static readonly ConditionalWeakTable<KnowledgeBase, MentionMatcher> Cache = new();

    // The frozen trie. Node 0 is the root. Edges of node n are edgeChars/edgeTargets[edgeStart[n] .. +edgeCount[n]], sorted by char.
    private readonly int[] rootAscii;
    private readonly int[] edgeStart;
    private readonly int[] edgeCount;
    private readonly char[] edgeChars;
    private readonly int[] edgeTargets;
    private readonly int[] groupStart;
    private readonly int[] groupCount;
    private readonly int[] groupIds;
    private readonly PatternGroup[] groups;

    /// <summary>Gets the matcher for <paramref name="knowledgeBase"/>: built once, on first use, and shared (thread-safe).</summary>
    /// <param name="knowledgeBase">The knowledge base whose names, event phrases and lexicon phrases to find.</param>
    /// <returns>The same instance for every call with the same knowledge base.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="knowledgeBase"/> is null.</exception>
    public static MentionMatcher For(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return Cache.GetValue(knowledgeBase, static kb => new MentionMatcher(kb));
    }

    internal MentionMatcher(KnowledgeBase knowledgeBase)
    {
        KnowledgeBase = knowledgeBase;
        var builder = new TrieBuilder();
        foreach (var place in knowledgeBase.Places)
        {
            foreach (var name in place.AllNames)
            {
                builder.Add(name, caseSensitive: true, MentionCandidate.ForPlace(place.Id));
            }
        }

        foreach (var actor in knowledgeBase.Actors)
        {
            bool person = actor.Kind == ActorKind.Person;
            bool korean = person && actor.Country is { } country && knowledgeBase.TryGetActor(country, out var state)
                && state.Name.Contains("Korea", StringComparison.Ordinal);
            foreach (var name in actor.FullNames)
            {
                foreach (var variant in person ? NameVariants.For(name, korean) : new[] { name })
                {
                    builder.Add(variant, caseSensitive: true, MentionCandidate.ForActor(actor.Id, NameForm.Name));
                }
            }

            foreach (var name in actor.ShortNames)
            {
                foreach (var variant in NameVariants.For(name, korean: false))
                {
                    builder.Add(variant, caseSensitive: true, MentionCandidate.ForActor(actor.Id, NameForm.ShortName));
                }
            }

            foreach (var placeId in actor.Metonyms)
            {
                foreach (var name in knowledgeBase.GetPlace(placeId).AllNames)
                {
                    builder.Add(name, caseSensitive: true, MentionCandidate.ForActor(actor.Id, NameForm.Metonym));
                }
            }
        }

        foreach (var ev in knowledgeBase.Events)
        {
            foreach (var phrase in ev.Phrases)
            {
                builder.Add(phrase, caseSensitive: false, MentionCandidate.ForEvent(ev.Id));
            }
        }

        foreach (var entry in knowledgeBase.Lexicon.Entries)
        {
            if (entry.Category == LexiconCategory.Trigger)
            {
                foreach (var code in entry.Codes)
                {
                    builder.Add(entry.Phrase, caseSensitive: false, MentionCandidate.ForTrigger(code));
                }
            }
            else
            {
                builder.Add(entry.Phrase, caseSensitive: false, MentionCandidate.ForCue(entry.Category));
            }
        }

        PatternCount = builder.PatternCount;
        (rootAscii, edgeStart, edgeCount, edgeChars, edgeTargets, groupStart, groupCount, groupIds, groups) = builder.Freeze();
    }

    /// <summary>Gets the knowledge base whose names this matcher finds.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>Gets the number of distinct patterns (surface forms with their case rule) in the trie.</summary>
    public int PatternCount { get; }

    /// <summary>
    /// Returns the mentions in <paramref name="text"/>, in text order, unresolved: a mention with one candidate has
    /// it as <see cref="Mention.Resolved"/> (<see cref="MentionResolution.Unique"/>); others list all candidates.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Mention> Match(string text)
    {
        Preconditions.CheckNotNull(text);
        var mentions = new List<Mention>();
        Scan(text.AsSpan(), text, mentions);
        return mentions.AsReadOnly();
    }

    /// <summary>
    /// Returns the mentions in <paramref name="text"/> resolved within the document by <see cref="MentionResolver"/>
    /// (short names to their antecedents, metonyms to places or governments).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Mention> MatchAndResolve(string text) => MentionResolver.Resolve(text, Match(text), KnowledgeBase);

    /// <summary>Counts the mentions in <paramref name="text"/> without allocating (the benchmarks' baseline).</summary>
    internal int Count(ReadOnlySpan<char> text) => Scan(text, null, null);

    private int Scan(ReadOnlySpan<char> text, string? source, List<Mention>? output)
    {
        int count = 0;
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            if (!TextFolding.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int end = Longest(text, i, out int node);
            if (end < 0)
            {
                while (i < n && TextFolding.IsWordChar(text[i]))
                {
                    i++;
                }

                continue;
            }

            count++;
            if (output is not null)
            {
                var candidates = AcceptedCandidates(text, i, end, node);
                var matched = source!.Substring(i, end - i);
                output.Add(candidates.Count == 1
                    ? new Mention(i, matched, candidates, candidates[0], MentionResolution.Unique)
                    : new Mention(i, matched, candidates, null, MentionResolution.None));
            }

            i = end;
        }

        return count;
    }

    /// <summary>Walks the trie from the word start <paramref name="start"/>; returns the end of the longest accepted match, or -1.</summary>
    private int Longest(ReadOnlySpan<char> text, int start, out int bestNode)
    {
        bestNode = -1;
        int bestEnd = -1;
        int node = 0;
        int j = start;
        int n = text.Length;
        while (j < n)
        {
            char c = text[j];
            char folded;
            if (TextFolding.IsSpace(c))
            {
                folded = ' ';
                j++;
                while (j < n && TextFolding.IsSpace(text[j]))
                {
                    j++;
                }
            }
            else
            {
                folded = TextFolding.Fold(c);
                j++;
            }

            node = Child(node, folded);
            if (node < 0)
            {
                break;
            }

            if (groupCount[node] > 0
                && (j == n || !TextFolding.IsWordChar(folded) || !TextFolding.IsWordChar(text[j]))
                && AnyAccepted(text, start, j, node))
            {
                bestEnd = j;
                bestNode = node;
            }
        }

        return bestEnd;
    }

    private int Child(int node, char c)
    {
        if (node == 0 && c < RootAsciiSize)
        {
            return rootAscii[c];
        }

        int from = edgeStart[node];
        int to = from + edgeCount[node];
        for (int e = from; e < to; e++)
        {
            char edge = edgeChars[e];
            if (edge == c)
            {
                return edgeTargets[e];
            }

            if (edge > c)
            {
                break;
            }
        }

        return -1;
    }

    private bool AnyAccepted(ReadOnlySpan<char> text, int start, int end, int node)
    {
        for (int g = groupStart[node], last = g + groupCount[node]; g < last; g++)
        {
            if (groups[groupIds[g]].Accepts(text, start, end))
            {
                return true;
            }
        }

        return false;
    }

    private IReadOnlyList<MentionCandidate> AcceptedCandidates(ReadOnlySpan<char> text, int start, int end, int node)
    {
        IReadOnlyList<MentionCandidate>? single = null;
        List<MentionCandidate>? merged = null;
        for (int g = groupStart[node], last = g + groupCount[node]; g < last; g++)
        {
            var group = groups[groupIds[g]];
            if (!group.Accepts(text, start, end))
            {
                continue;
            }

            if (single is null)
            {
                single = group.Candidates;
                continue;
            }

            merged ??= new List<MentionCandidate>(single);
            foreach (var candidate in group.Candidates)
            {
                if (!merged.Exists(c => c.SameTarget(candidate)))
                {
                    merged.Add(candidate);
                }
            }
        }

        return merged is null ? single! : merged.AsReadOnly();
    }
}

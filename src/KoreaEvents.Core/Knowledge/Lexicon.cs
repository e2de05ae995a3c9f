using System.Collections.ObjectModel;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// The words and phrases the extraction uses besides names: event triggers with their PLOVER codes, attribution
/// verbs, hedges, negations and future markers.
/// </summary>
/// <remarks>
/// A phrase appears at most once per category: adding a trigger phrase that exists merges its codes (existing
/// codes first). Entries are ordered by category, then phrase (ordinal). Immutable and thread-safe.
/// </remarks>
public sealed class Lexicon
{
    private readonly Dictionary<string, LexiconEntry[]> byPhrase;

    internal Lexicon(IEnumerable<LexiconEntry> entries)
    {
        var sorted = entries.OrderBy(e => e.Category).ThenBy(e => e.Phrase, StringComparer.Ordinal).ToArray();
        Entries = Array.AsReadOnly(sorted);
        byPhrase = sorted.GroupBy(e => e.Phrase, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Gets every entry, ordered by category, then phrase.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Returns the entries of one category, ordered by phrase.</summary>
    public IEnumerable<LexiconEntry> InCategory(LexiconCategory category) => Entries.Where(e => e.Category == category);

    /// <summary>Returns the entries for <paramref name="phrase"/> (case-insensitive), one per category it belongs to; empty when none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public IReadOnlyList<LexiconEntry> Find(string phrase)
    {
        Preconditions.CheckNotNull(phrase);
        return byPhrase.TryGetValue(phrase.Trim().ToLowerInvariant(), out var found) ? new ReadOnlyCollection<LexiconEntry>(found) : Array.Empty<LexiconEntry>();
    }
}

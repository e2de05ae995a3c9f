using System.Collections.ObjectModel;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <summary>
/// A dated fact document dating can lean on: an event's key (a catalogue slug such as <c>hanoi-summit-2019</c>), its
/// date, and the phrases by which a text refers to it (<c>Hanoi</c>, <c>liaison office was opened</c>).
/// </summary>
/// <remarks>
/// Phrases match case-insensitively, on word boundaries, inside one sentence. Choose phrases that name the event and
/// not merely its kind. Immutable and thread-safe; equality is by reference.
/// </remarks>
public sealed class KnownEventDate
{
    /// <summary>Creates a dated fact.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="phrases"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank, there are no phrases, or a phrase is blank.</exception>
    public KnownEventDate(string key, DateEstimate date, IEnumerable<string> phrases)
    {
        Key = Preconditions.CheckNotBlank(key);
        Preconditions.CheckNotNull(phrases);
        var list = phrases.ToList();
        Preconditions.CheckArgument(list.Count > 0, nameof(phrases), "A known event needs at least one phrase that refers to it.");
        Preconditions.CheckArgument(list.TrueForAll(p => !string.IsNullOrWhiteSpace(p)), nameof(phrases), "The phrases must not be empty or white space.");
        Date = date;
        Phrases = new ReadOnlyCollection<string>(list);
    }

    /// <summary>Gets the event's key (a catalogue slug).</summary>
    public string Key { get; }

    /// <summary>Gets when the event happened.</summary>
    public DateEstimate Date { get; }

    /// <summary>Gets the phrases by which a text refers to the event.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>
    /// Gets whether the fact recurs on the same day every year (a holiday, an anniversary): <see cref="Date"/> is then
    /// its first occurrence, and the dater takes the occurrence the document's other evidence agrees with.
    /// </summary>
    public bool RecursYearly { get; init; }

    /// <summary>
    /// Whether this is a dated fact of the knowledge base (an election, a holiday, a term of office) rather than a
    /// catalogued event: a phrase shared with other facts is then resolved to the one the other evidence agrees with.
    /// </summary>
    internal bool IsDatedFact { get; init; }

    /// <summary>Returns e.g. <c>hanoi-summit-2019 2019-02-27/2019-02-28</c>.</summary>
    public override string ToString() => RecursYearly ? $"{Key} {Date} (yearly)" : $"{Key} {Date}";
}

/// <summary>
/// A lookup of dated facts for document dating. The knowledge base feeds it from its event catalogue; callers and
/// tests can supply their own (<see cref="KnownEventDates"/>).
/// </summary>
public interface IKnownEventDates
{
    /// <summary>Gets every dated fact, in a stable order.</summary>
    IReadOnlyList<KnownEventDate> Events { get; }
}

/// <summary>A fixed list of dated facts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KnownEventDates : IKnownEventDates
{
    /// <summary>Creates the lookup.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two events share a key.</exception>
    public KnownEventDates(IEnumerable<KnownEventDate> events)
    {
        Preconditions.CheckNotNull(events);
        var list = events.ToList();
        Preconditions.CheckArgument(list.TrueForAll(e => e is not null), nameof(events), "The events must not contain null.");
        var duplicate = list.GroupBy(e => e.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(events), $"The key '{duplicate?.Key}' appears more than once.");
        Events = new ReadOnlyCollection<KnownEventDate>(list);
    }

    /// <summary>
    /// Creates the lookup from catalogued events (the knowledge base's <c>KnowledgeBase.Default.Events</c>): each event
    /// with at least one naming phrase or verb phrase (<see cref="Model.Event.VerbPhrases"/>) becomes a dated fact
    /// keyed by its id, its phrases being both kinds; events without either are skipped.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static KnownEventDates FromEvents(IEnumerable<Model.Event> events)
    {
        Preconditions.CheckNotNull(events);
        return new KnownEventDates(events
            .Where(e => e.Phrases.Count + e.VerbPhrases.Count > 0)
            .Select(e => new KnownEventDate(e.Id.ToString(), e.Date, e.Phrases.Concat(e.VerbPhrases).Distinct(StringComparer.OrdinalIgnoreCase))));
    }

    /// <summary>
    /// Reads dated facts from tab-separated text: per line a key, a date estimate (<c>2019-02-27/2019-02-28</c>, as
    /// <see cref="DateEstimate.TryParse"/> reads it) and phrases separated by <c>|</c>, e.g.
    /// <c>hanoi-summit-2019&lt;TAB&gt;2019-02-27/2019-02-28&lt;TAB&gt;Hanoi|summit broke down</c>. Blank lines and lines
    /// whose first non-blank character is <c>#</c> are skipped; keys, dates and phrases are trimmed.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name of the file or stream, for messages.</param>
    /// <returns>The facts, in file order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KnownEventsFormatException">A line is malformed, has no key or phrase, or two lines share a key.</exception>
    public static KnownEventDates ReadTsv(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);

        var events = new List<KnownEventDate>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3 || !DateEstimate.TryParse(cells[1].Trim(), out var date))
            {
                throw new KnownEventsFormatException(sourceName, number, KnownEventsFormatReason.MalformedLine,
                    "expected 'key<TAB>date estimate<TAB>phrase|phrase', e.g. 'hanoi-summit-2019<TAB>2019-02-27/2019-02-28<TAB>Hanoi'.");
            }

            var phrases = cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (phrases.Length == 0 || string.IsNullOrWhiteSpace(cells[0]))
            {
                throw new KnownEventsFormatException(sourceName, number, KnownEventsFormatReason.MissingKeyOrPhrase,
                    "a known event needs a key and at least one phrase.");
            }

            events.Add(new KnownEventDate(cells[0].Trim(), date, phrases));
        }

        try
        {
            return new KnownEventDates(events);
        }
        catch (ArgumentException ex)
        {
            throw new KnownEventsFormatException(sourceName, null, KnownEventsFormatReason.DuplicateKey, ex.Message, ex);
        }
    }

    /// <summary>Gets a lookup with no facts: document dating then rests on the text alone.</summary>
    public static KnownEventDates Empty { get; } = new([]);

    /// <inheritdoc />
    public IReadOnlyList<KnownEventDate> Events { get; }
}

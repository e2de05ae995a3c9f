using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// The curated knowledge the extraction links texts to: actors (with names, short names, metonyms and roles),
/// places (with containment), the event catalogue (PLOVER code, participants, place, documented date, naming
/// phrases), the lexicon (triggers, attribution verbs, hedges, negations, future markers) and the dated facts that
/// are not events (elections, holidays, anniversaries, terms of office) document dating leans on.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is read from the JSON resources embedded in the package (<c>actors.json</c>,
/// <c>places.json</c>, <c>events.json</c>, <c>lexicon.json</c>, <c>dated-facts.json</c>) once, lazily. Extend it with
/// <see cref="ToBuilder"/>, or start empty with <see cref="CreateBuilder"/>.</para>
/// <para>Lists keep the order items were added in (the data files' order). Immutable and thread-safe; the
/// <see cref="MentionMatcher"/> is built once, on first use.</para>
/// </remarks>
public sealed class KnowledgeBase
{
    /// <summary>The names of the embedded data files, in load order, under <see cref="ResourcePrefix"/>.</summary>
    public static readonly IReadOnlyList<string> DataFileNames = Array.AsReadOnly(new[] { "places.json", "actors.json", "events.json", "lexicon.json", "dated-facts.json" });

    /// <summary>The prefix of the embedded data files' manifest resource names.</summary>
    public const string ResourcePrefix = "KoreaEvents.Core.Data.";

    private readonly (Actor Item, string Origin)[] actorEntries;
    private readonly (Place Item, string Origin)[] placeEntries;
    private readonly (Event Item, string Origin)[] eventEntries;
    private readonly (DatedFact Item, string Origin)[] factEntries;
    private readonly Lazy<KnownEventDates> knownDates;
    private readonly Dictionary<ActorId, Actor> actorsById;
    private readonly Dictionary<PlaceId, Place> placesById;
    private readonly Dictionary<EventId, Event> eventsById;

    internal KnowledgeBase((Actor, string)[] actors, (Place, string)[] places, (Event, string)[] events, IEnumerable<LexiconEntry> lexicon, (DatedFact, string)[]? datedFacts = null)
    {
        factEntries = datedFacts ?? [];
        DatedFacts = Array.AsReadOnly(factEntries.Select(f => f.Item1).ToArray());
        actorEntries = actors;
        placeEntries = places;
        eventEntries = events;
        Actors = Array.AsReadOnly(actors.Select(a => a.Item1).ToArray());
        Places = Array.AsReadOnly(places.Select(p => p.Item1).ToArray());
        Events = Array.AsReadOnly(events.Select(e => e.Item1).ToArray());
        actorsById = Actors.ToDictionary(a => a.Id);
        placesById = Places.ToDictionary(p => p.Id);
        eventsById = Events.ToDictionary(e => e.Id);
        Lexicon = new Lexicon(lexicon);
        knownDates = new Lazy<KnownEventDates>(() => new KnownEventDates(
            Time.KnownEventDates.FromEvents(Events).Events.Concat(DatedFacts.Select(f => new KnownEventDate(f.Id, f.Date, f.Phrases) { RecursYearly = f.RecursYearly, IsDatedFact = true }))));
    }

    /// <summary>Gets the knowledge base shipped with the package, read from the embedded JSON once.</summary>
    /// <exception cref="InvalidOperationException">The embedded data is missing or invalid (a packaging bug).</exception>
    public static KnowledgeBase Default => Holder.Instance;

    /// <summary>Gets every actor, in the order added.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Gets every place, in the order added.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Gets every catalogued event, in the order added.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Gets every dated fact that is not an event (elections, holidays, anniversaries, terms of office), in the order added.</summary>
    public IReadOnlyList<DatedFact> DatedFacts { get; }

    /// <summary>
    /// Gets what document dating leans on: the catalogued events with phrases (as
    /// <see cref="Time.KnownEventDates.FromEvents"/> makes them), then the <see cref="DatedFacts"/>. Built once.
    /// </summary>
    public KnownEventDates KnownDates => knownDates.Value;

    /// <summary>Gets the lexicon.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Gets the mention matcher for this knowledge base (built once, on first use; thread-safe).</summary>
    /// <remarks>Knowledge sits below Extraction (docs/ARCHITECTURE.md), so the matcher is now reached from its own
    /// side: use <see cref="MentionMatcher.For(KnowledgeBase)"/>. This forward goes in a later minor version.</remarks>
    [Obsolete("Use MentionMatcher.For(knowledgeBase); the knowledge base no longer knows the extraction layer.")]
    public MentionMatcher MentionMatcher => MentionMatcher.For(this);

    /// <summary>Creates an empty builder.</summary>
    public static KnowledgeBaseBuilder CreateBuilder() => new();

    /// <summary>Creates a builder holding everything in this knowledge base, to add to it.</summary>
    public KnowledgeBaseBuilder ToBuilder() => KnowledgeBaseBuilder.From(this, actorEntries, placeEntries, eventEntries, factEntries);

    /// <summary>Returns the actor with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id; the message names it.</exception>
    public Actor GetActor(ActorId id) =>
        actorsById.TryGetValue(id, out var actor) ? actor : throw new KeyNotFoundException($"No actor has the id '{id}'.");

    /// <summary>Finds the actor with <paramref name="id"/>; returns whether there is one.</summary>
    public bool TryGetActor(ActorId id, [MaybeNullWhen(false)] out Actor actor) => actorsById.TryGetValue(id, out actor);

    /// <summary>Returns the place with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No place has that id; the message names it.</exception>
    public Place GetPlace(PlaceId id) =>
        placesById.TryGetValue(id, out var place) ? place : throw new KeyNotFoundException($"No place has the id '{id}'.");

    /// <summary>Finds the place with <paramref name="id"/>; returns whether there is one.</summary>
    public bool TryGetPlace(PlaceId id, [MaybeNullWhen(false)] out Place place) => placesById.TryGetValue(id, out place);

    /// <summary>Returns the catalogued event with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No event has that id; the message names it.</exception>
    public Event GetEvent(EventId id) =>
        eventsById.TryGetValue(id, out var ev) ? ev : throw new KeyNotFoundException($"No event has the id '{id}'.");

    /// <summary>Finds the catalogued event with <paramref name="id"/>; returns whether there is one.</summary>
    public bool TryGetEvent(EventId id, [MaybeNullWhen(false)] out Event @event) => eventsById.TryGetValue(id, out @event);

    /// <summary>
    /// Returns the places that contain <paramref name="place"/>, nearest first (the liaison office: the Kaesong
    /// industrial zone, Kaesong, North Korea, the Korean Peninsula).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The place is not known.</exception>
    public IEnumerable<Place> Containers(PlaceId place)
    {
        var current = GetPlace(place);
        while (current.Within is { } parent && placesById.TryGetValue(parent, out var next))
        {
            yield return next;
            current = next;
        }
    }

    /// <summary>
    /// Returns whether <paramref name="place"/> is <paramref name="container"/> or lies within it, directly or
    /// through its parents. Unknown ids are never within anything but themselves.
    /// </summary>
    public bool IsWithin(PlaceId place, PlaceId container)
    {
        if (place == container)
        {
            return true;
        }

        return placesById.ContainsKey(place) && Containers(place).Any(p => p.Id == container);
    }

    /// <summary>
    /// Returns the catalogue's known event dates in a plain form for document dating: each event's id, its
    /// documented date and the phrases that name it, in catalogue order.
    /// </summary>
    public IEnumerable<(EventId Id, DateEstimate Date, IReadOnlyList<string> Phrases)> KnownEventDates() =>
        Events.Select(e => (e.Id, e.Date, e.Phrases));

    private static KnowledgeBase LoadDefault()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var builder = CreateBuilder();
        foreach (var file in DataFileNames)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
                ?? throw new InvalidOperationException($"The embedded resource '{ResourcePrefix + file}' is missing from {assembly.GetName().Name}.");
            builder.AddFromJson(stream, file);
        }

        return builder.Build();
    }

    private static class Holder
    {
        internal static readonly KnowledgeBase Instance = LoadDefault();
    }
}

using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// Collects actors, places, events and lexicon phrases, from code or JSON, and builds a validated
/// <see cref="KnowledgeBase"/>. Start from <see cref="KnowledgeBase.CreateBuilder"/> (empty) or from
/// <see cref="KnowledgeBase.ToBuilder"/> (for example the defaults, to extend them).
/// </summary>
/// <remarks>
/// Items are checked one by one when added (their constructors validate) and as a whole by <see cref="Build"/>:
/// duplicate ids, unknown ids referenced, containment cycles. Lexicon phrases may repeat: a repeated trigger
/// merges its codes. Items keep the order they were added in. Not thread-safe; the built knowledge base is.
/// </remarks>
public sealed class KnowledgeBaseBuilder
{
    private readonly List<(Actor Item, string Origin)> actors = new();
    private readonly List<(Place Item, string Origin)> places = new();
    private readonly List<(Event Item, string Origin)> events = new();
    private readonly List<(LexiconEntry Item, string Origin)> lexicon = new();
    private readonly List<(DatedFact Item, string Origin)> datedFacts = new();

    internal KnowledgeBaseBuilder()
    {
    }

    /// <summary>Adds an actor.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public KnowledgeBaseBuilder AddActor(Actor actor) => Add(Preconditions.CheckNotNull(actor), $"{nameof(AddActor)}({actor.Id})");

    /// <summary>Adds a place.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public KnowledgeBaseBuilder AddPlace(Place place) => Add(Preconditions.CheckNotNull(place), $"{nameof(AddPlace)}({place.Id})");

    /// <summary>Adds an event.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public KnowledgeBaseBuilder AddEvent(Event @event) => Add(Preconditions.CheckNotNull(@event), $"{nameof(AddEvent)}({@event.Id})");

    /// <summary>Adds a dated fact that is not an event (an election, a holiday, an anniversary, a term of office).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public KnowledgeBaseBuilder AddDatedFact(DatedFact fact) => Add(Preconditions.CheckNotNull(fact), $"{nameof(AddDatedFact)}({fact.Id})");

    /// <summary>Adds a lexicon entry (a trigger, attribution cue, hedge, negation or future marker).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public KnowledgeBaseBuilder AddLexiconEntry(LexiconEntry entry) => Add(Preconditions.CheckNotNull(entry), $"{nameof(AddLexiconEntry)}('{entry.Phrase}')");

    /// <summary>Adds a trigger phrase with the PLOVER codes it may stand for, most likely first.</summary>
    /// <exception cref="ArgumentException">The phrase is empty or no code is given.</exception>
    public KnowledgeBaseBuilder AddTrigger(string phrase, params EventCode[] codes) =>
        AddLexiconEntry(new LexiconEntry(phrase, LexiconCategory.Trigger, codes));

    /// <summary>
    /// Adds everything in a knowledge-base JSON document (the format of the embedded <c>Data/*.json</c> files: a
    /// <c>schemaVersion</c> of 1 and any of <c>actors</c>, <c>places</c>, <c>events</c>, <c>lexicon</c>).
    /// The stream is read to its end and not closed.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON document.</param>
    /// <param name="sourceName">The name used in error messages (a file name); defaults to "JSON".</param>
    /// <exception cref="KnowledgeBaseFormatException">The JSON is malformed, or a field is missing or ill-formed;
    /// the exception carries the path, line and byte position. Nothing from the document is added then.</exception>
    public KnowledgeBaseBuilder AddFromJson(Stream utf8Json, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        var staging = new KnowledgeBaseBuilder();
        KnowledgeJsonReader.Read(utf8Json, string.IsNullOrWhiteSpace(sourceName) ? "JSON" : sourceName, staging);
        actors.AddRange(staging.actors);
        places.AddRange(staging.places);
        events.AddRange(staging.events);
        lexicon.AddRange(staging.lexicon);
        datedFacts.AddRange(staging.datedFacts);
        return this;
    }

    /// <summary>
    /// Validates everything added and builds the knowledge base.
    /// </summary>
    /// <exception cref="KnowledgeBaseValidationException">Ids are duplicated, an actor, place or event refers to an
    /// unknown id, an actor's country is not a state, or places contain each other; the exception lists every
    /// problem with the item's origin (file, JSON path and line, or the builder method).</exception>
    public KnowledgeBase Build()
    {
        var problems = new List<string>();
        var actorIndex = Index(actors, a => a.Id, "actor", problems);
        var placeIndex = Index(places, p => p.Id, "place", problems);
        var eventIndex = Index(events, e => e.Id, "event", problems);
        _ = Index(datedFacts, f => f.Id, "dated fact", problems);
        foreach (var (fact, origin) in datedFacts.Where(f => eventIndex.ContainsKey(new EventId(f.Item.Id))))
        {
            problems.Add($"The dated fact id '{fact.Id}' ({origin}) is also an event id: document dating keys both by id.");
        }

        foreach (var (actor, origin) in actors)
        {
            if (actor.Country is { } country)
            {
                if (!actorIndex.TryGetValue(country, out var state))
                {
                    problems.Add($"The actor '{actor.Id}' ({origin}) names the country '{country}', which is not a known actor.");
                }
                else if (state.Kind != ActorKind.State)
                {
                    problems.Add($"The actor '{actor.Id}' ({origin}) names the country '{country}', which is a {state.Kind}, not a state.");
                }
            }

            foreach (var place in actor.Metonyms.Where(p => !placeIndex.ContainsKey(p)))
            {
                problems.Add($"The actor '{actor.Id}' ({origin}) lists the metonym place '{place}', which is not a known place.");
            }

            foreach (var role in actor.Roles.Where(r => r.Of is { } of && !actorIndex.ContainsKey(of)))
            {
                problems.Add($"The actor '{actor.Id}' ({origin}) has the role '{role.Title}' of '{role.Of}', which is not a known actor.");
            }
        }

        foreach (var (place, origin) in places)
        {
            if (place.Within is { } within && !placeIndex.ContainsKey(within))
            {
                problems.Add($"The place '{place.Id}' ({origin}) is within '{within}', which is not a known place.");
            }
            else if (HasCycle(place, placeIndex))
            {
                problems.Add($"The place '{place.Id}' ({origin}) is within itself through its parents.");
            }
        }

        foreach (var (ev, origin) in events)
        {
            foreach (var participant in ev.Participants.Where(p => !actorIndex.ContainsKey(p.Actor)))
            {
                problems.Add($"The event '{ev.Id}' ({origin}) has the participant '{participant.Actor}', which is not a known actor.");
            }

            if (ev.Place is { } place && !placeIndex.ContainsKey(place))
            {
                problems.Add($"The event '{ev.Id}' ({origin}) took place at '{place}', which is not a known place.");
            }
        }

        if (problems.Count > 0)
        {
            throw new KnowledgeBaseValidationException(problems);
        }

        return new KnowledgeBase(actors.ToArray(), places.ToArray(), events.ToArray(), MergeLexicon(), datedFacts.ToArray());
    }

    internal KnowledgeBaseBuilder Add(Actor actor, string origin)
    {
        actors.Add((actor, origin));
        return this;
    }

    internal KnowledgeBaseBuilder Add(Place place, string origin)
    {
        places.Add((place, origin));
        return this;
    }

    internal KnowledgeBaseBuilder Add(Event @event, string origin)
    {
        events.Add((@event, origin));
        return this;
    }

    internal KnowledgeBaseBuilder Add(DatedFact fact, string origin)
    {
        datedFacts.Add((fact, origin));
        return this;
    }

    internal KnowledgeBaseBuilder Add(LexiconEntry entry, string origin)
    {
        lexicon.Add((entry, origin));
        return this;
    }

    private List<LexiconEntry> MergeLexicon()
    {
        var merged = new List<LexiconEntry>();
        var positions = new Dictionary<(string, LexiconCategory), int>();
        foreach (var (entry, _) in lexicon)
        {
            var key = (entry.Phrase, entry.Category);
            if (positions.TryGetValue(key, out int at))
            {
                merged[at] = new LexiconEntry(entry.Phrase, entry.Category, merged[at].Codes.Concat(entry.Codes));
            }
            else
            {
                positions[key] = merged.Count;
                merged.Add(entry);
            }
        }

        return merged;
    }

    private static Dictionary<TId, TItem> Index<TId, TItem>(List<(TItem Item, string Origin)> items, Func<TItem, TId> id, string noun, List<string> problems)
        where TId : notnull
    {
        var index = new Dictionary<TId, TItem>();
        var origins = new Dictionary<TId, string>();
        foreach (var (item, origin) in items)
        {
            var key = id(item);
            if (origins.TryGetValue(key, out var first))
            {
                problems.Add($"The {noun} id '{key}' is defined twice: {first} and {origin}.");
                continue;
            }

            origins[key] = origin;
            index[key] = item;
        }

        return index;
    }

    private static bool HasCycle(Place place, Dictionary<PlaceId, Place> index)
    {
        var seen = new HashSet<PlaceId> { place.Id };
        var current = place;
        while (current.Within is { } parent && index.TryGetValue(parent, out var next))
        {
            if (!seen.Add(parent))
            {
                return true;
            }

            current = next;
        }

        return false;
    }

    internal static KnowledgeBaseBuilder From(KnowledgeBase knowledgeBase, IEnumerable<(Actor, string)> actorOrigins,
        IEnumerable<(Place, string)> placeOrigins, IEnumerable<(Event, string)> eventOrigins, IEnumerable<(DatedFact, string)> factOrigins)
    {
        var builder = new KnowledgeBaseBuilder();
        builder.actors.AddRange(actorOrigins);
        builder.places.AddRange(placeOrigins);
        builder.events.AddRange(eventOrigins);
        builder.datedFacts.AddRange(factOrigins);
        builder.lexicon.AddRange(knowledgeBase.Lexicon.Entries.Select(e => (e, "the lexicon")));
        return builder;
    }
}

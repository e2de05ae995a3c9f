using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Extraction.Mentions;

/// <summary>
/// One thing a mention may refer to: an actor, place or event of the knowledge base, a trigger with its PLOVER
/// code, or a cue (attribution, hedge, negation, future marker).
/// </summary>
/// <remarks>
/// Only the id matching <see cref="Kind"/> is set; the others are default. <b>Equality</b> compares every field.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct MentionCandidate : IEquatable<MentionCandidate>
{
    private MentionCandidate(MentionKind kind, NameForm form, ActorId actor, PlaceId place, EventId @event, EventCode code)
    {
        Kind = kind;
        Form = form;
        Actor = actor;
        Place = place;
        Event = @event;
        Code = code;
    }

    /// <summary>Gets what the candidate refers to.</summary>
    public MentionKind Kind { get; }

    /// <summary>Gets how the name was matched (name, short name, metonym).</summary>
    public NameForm Form { get; }

    /// <summary>Gets the actor, when <see cref="Kind"/> is <see cref="MentionKind.Actor"/>; otherwise the empty id.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the place, when <see cref="Kind"/> is <see cref="MentionKind.Place"/>; otherwise the empty id.</summary>
    public PlaceId Place { get; }

    /// <summary>Gets the event, when <see cref="Kind"/> is <see cref="MentionKind.Event"/>; otherwise the empty id.</summary>
    public EventId Event { get; }

    /// <summary>Gets the PLOVER code, when <see cref="Kind"/> is <see cref="MentionKind.Trigger"/>; otherwise default.</summary>
    public EventCode Code { get; }

    /// <summary>Compares two candidates for equality of every field.</summary>
    public static bool operator ==(MentionCandidate left, MentionCandidate right) =>
        left.Kind == right.Kind && left.Form == right.Form && left.Actor == right.Actor && left.Place == right.Place
        && left.Event == right.Event && left.Code == right.Code;

    /// <summary>Compares two candidates for inequality.</summary>
    public static bool operator !=(MentionCandidate left, MentionCandidate right) => !(left == right);

    /// <summary>Creates an actor candidate.</summary>
    public static MentionCandidate ForActor(ActorId actor, NameForm form = NameForm.Name) => new(MentionKind.Actor, form, actor, default, default, default);

    /// <summary>Creates a place candidate.</summary>
    public static MentionCandidate ForPlace(PlaceId place) => new(MentionKind.Place, NameForm.Name, default, place, default, default);

    /// <summary>Creates an event candidate.</summary>
    public static MentionCandidate ForEvent(EventId @event) => new(MentionKind.Event, NameForm.Name, default, default, @event, default);

    /// <summary>Creates a trigger candidate with its PLOVER code.</summary>
    public static MentionCandidate ForTrigger(EventCode code) => new(MentionKind.Trigger, NameForm.Name, default, default, default, code);

    /// <summary>Creates a cue candidate for a non-trigger lexicon category.</summary>
    /// <exception cref="ArgumentException"><paramref name="category"/> is <see cref="LexiconCategory.Trigger"/> or undefined.</exception>
    public static MentionCandidate ForCue(LexiconCategory category) => category switch
    {
        LexiconCategory.Attribution => new(MentionKind.Attribution, NameForm.Name, default, default, default, default),
        LexiconCategory.Hedge => new(MentionKind.Hedge, NameForm.Name, default, default, default, default),
        LexiconCategory.Negation => new(MentionKind.Negation, NameForm.Name, default, default, default, default),
        LexiconCategory.Future => new(MentionKind.Future, NameForm.Name, default, default, default, default),
        _ => throw new ArgumentException($"The category {category} is not a cue; use ForTrigger for triggers.", nameof(category)),
    };

    /// <summary>Returns whether this and <paramref name="other"/> refer to the same thing, whatever the name form.</summary>
    public bool SameTarget(MentionCandidate other) =>
        Kind == other.Kind && Actor == other.Actor && Place == other.Place && Event == other.Event && Code == other.Code;

    /// <inheritdoc />
    public bool Equals(MentionCandidate other) => this == other;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MentionCandidate other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Form, Actor, Place, Event, Code);

    /// <summary>Returns a compact form: <c>actor:kim-jong-un</c>, <c>actor:kim-jong-un~short</c>, <c>actor:north-korea~metonym</c>, <c>place:kaesong</c>, <c>trigger:RETREAT:withdraw</c>, <c>hedge</c>.</summary>
    public override string ToString()
    {
        var suffix = Form switch { NameForm.ShortName => "~short", NameForm.Metonym => "~metonym", _ => string.Empty };
        return Kind switch
        {
            MentionKind.Actor => $"actor:{Actor}{suffix}",
            MentionKind.Place => $"place:{Place}",
            MentionKind.Event => $"event:{Event}",
            MentionKind.Trigger => $"trigger:{Code}",
            _ => Kind.ToString().ToLowerInvariant(),
        };
    }
}

using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Model;

/// <summary>
/// A catalogued event: its id, PLOVER code, label, participants with roles, place, date, where the date is
/// documented, and the phrases texts use to name it ("the Hanoi summit", "the second summit").
/// </summary>
/// <remarks>
/// <para>Catalogue dates are facts from the public record, not readings of any one article; <see cref="DateNote"/>
/// says where each is documented. Articles that disagree with the catalogue are conflicts for the corroboration
/// engine to report, not corrections.</para>
/// <para><b>Equality</b> is structural (every property; lists in order). Immutable and thread-safe.</para>
/// </remarks>
public sealed class Event : IEquatable<Event>
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">The stable id (<c>hanoi-summit-2019</c>).</param>
    /// <param name="code">The PLOVER type and mode.</param>
    /// <param name="label">A short human label ("Second Trump–Kim summit, Hanoi").</param>
    /// <param name="date">When it happened.</param>
    /// <param name="dateNote">Where the date is documented ("Joint statements and wire reports of 27–28 Feb 2019").</param>
    /// <param name="participants">The actors and their roles; null means none.</param>
    /// <param name="place">Where it happened, or <c>null</c>.</param>
    /// <param name="phrases">Noun phrases that name the event in texts; null means none.</param>
    /// <param name="verbPhrases">Verb phrases that tell the event happening ("withdrew from", "summit broke down");
    /// they tie a nearby date expression to the event but do not name it on their own; null means none.</param>
    /// <exception cref="ArgumentException">The id or place is the empty id, the label or date note is empty, or a phrase is empty.</exception>
    public Event(
        EventId id,
        EventCode code,
        string label,
        DateEstimate date,
        string dateNote,
        IEnumerable<EventParticipant>? participants = null,
        PlaceId? place = null,
        IEnumerable<string>? phrases = null,
        IEnumerable<string>? verbPhrases = null)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "An event's id must not be the empty id.");
        Preconditions.CheckArgument(place is null || place.Value.Value is not null, nameof(place), "An event's place must not be the empty id.");
        Id = id;
        Code = code;
        Label = Preconditions.CheckNotBlank(label);
        Date = date;
        DateNote = Preconditions.CheckNotBlank(dateNote);
        Participants = SequenceEquality.Freeze(participants, (p, i) => Preconditions.CheckArgument(p.Actor.Value is not null, nameof(participants),
            $"The participants must not contain a default participant, but item {i} is one."));
        Place = place;
        Phrases = SequenceEquality.FreezeNames(phrases, nameof(phrases));
        VerbPhrases = SequenceEquality.FreezeNames(verbPhrases, nameof(verbPhrases));
    }

    /// <summary>Gets the stable id.</summary>
    public EventId Id { get; }

    /// <summary>Gets the PLOVER type and mode.</summary>
    public EventCode Code { get; }

    /// <summary>Gets the short human label.</summary>
    public string Label { get; }

    /// <summary>Gets when the event happened, as precisely as the public record states it.</summary>
    public DateEstimate Date { get; }

    /// <summary>Gets where the date is documented.</summary>
    public string DateNote { get; }

    /// <summary>Gets the participants with their roles.</summary>
    public IReadOnlyList<EventParticipant> Participants { get; }

    /// <summary>Gets where the event happened, or <c>null</c>.</summary>
    public PlaceId? Place { get; }

    /// <summary>Gets the noun phrases that name the event in texts.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>
    /// Gets the verb phrases that tell the event happening in running text ("withdrew from", "pulled out of",
    /// "summit broke down"). Unlike <see cref="Phrases"/> they do not name the event on their own ("opened" is not
    /// the office's opening everywhere): document dating uses them to tie a date expression in the same clause to
    /// the event, and weighs them against the other evidence.
    /// </summary>
    public IReadOnlyList<string> VerbPhrases { get; }

    /// <summary>Returns the actors with <paramref name="role"/>, in catalogue order.</summary>
    public IEnumerable<ActorId> ActorsWithRole(ParticipantRole role) => Participants.Where(p => p.Role == role).Select(p => p.Actor);

    /// <inheritdoc />
    public bool Equals(Event? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Code == other.Code && string.Equals(Label, other.Label, StringComparison.Ordinal) && Date == other.Date
                && string.Equals(DateNote, other.DateNote, StringComparison.Ordinal) && SequenceEquality.Equal(Participants, other.Participants)
                && Place == other.Place && SequenceEquality.Equal(Phrases, other.Phrases) && SequenceEquality.Equal(VerbPhrases, other.VerbPhrases)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Event);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Code, StringComparer.Ordinal.GetHashCode(Label), Date, Place);

    /// <summary>Returns the id, code and date, <c>hanoi-summit-2019 CONSULT 2019-02-27/2019-02-28</c>.</summary>
    public override string ToString() => $"{Id} {Code} {Date}";
}

using System.Collections.ObjectModel;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Extraction;

/// <summary>How an event mention was linked to an event.</summary>
public enum EventLinkStatus
{
    /// <summary>Linked to a catalogued event of the knowledge base.</summary>
    Catalogued = 0,

    /// <summary>Nothing in the catalogue fits: the mention stands for a provisional event of its own.</summary>
    Provisional = 1,

    /// <summary>Several catalogued events fit equally well and nothing in the sentence chooses: no claims are made.</summary>
    Ambiguous = 2,

    /// <summary>Too little is stated (no fitting event and no actor taking part) to make an event of it: no claims are made.</summary>
    Unlinked = 3,
}

/// <summary>
/// One mention of an event in a sentence (a trigger such as "withdrew" or a naming phrase such as "the Hanoi summit"),
/// the event it was linked to, the score of the link and the evidence for it in words.
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class EventMention
{
    internal EventMention(int sentence, int start, string text, EventCode code, EventLinkStatus status, EventId? @event, double score,
        IReadOnlyList<string> evidence, IReadOnlyList<EventId> alternatives, Modality modality, Attribution? attribution, bool isNamed)
    {
        IsNamed = isNamed;
        Sentence = sentence;
        Start = start;
        Text = text;
        Code = code;
        Status = status;
        Event = @event;
        Score = score;
        Evidence = evidence;
        Alternatives = alternatives;
        Modality = modality;
        Attribution = attribution;
    }

    /// <summary>Gets the index of the sentence (in <see cref="SourceDocument.Sentences"/>) holding the mention.</summary>
    public int Sentence { get; }

    /// <summary>Gets the offset of the trigger or naming phrase in the original text.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the trigger or naming phrase.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the trigger or naming phrase as written (with an adjacent descriptor trigger when two were joined: "summit broke down").</summary>
    public string Text { get; }

    /// <summary>Gets the PLOVER code the mention was read as (the linked event's code when it is catalogued).</summary>
    public EventCode Code { get; }

    /// <summary>Gets how the mention was linked.</summary>
    public EventLinkStatus Status { get; }

    /// <summary>Gets the linked event (catalogued or provisional), or <c>null</c> when ambiguous or unlinked.</summary>
    public EventId? Event { get; }

    /// <summary>Gets whether a naming phrase of the catalogue identified the linked event ("the Hanoi summit"), rather than a description.</summary>
    public bool IsNamed { get; }

    /// <summary>Gets the link score without the date (names, type, participants, place); higher is surer. 0 for provisional and unlinked mentions.</summary>
    public double Score { get; }

    /// <summary>Gets the evidence for the link in words ("phrase 'failed summit' names hanoi-summit-2019", "date 2019-03 conflicts with the catalogue's …").</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <summary>Gets the other catalogued events that scored as well (for an ambiguous mention) or nearly as well.</summary>
    public IReadOnlyList<EventId> Alternatives { get; }

    /// <summary>Gets how the source commits to the event.</summary>
    public Modality Modality { get; }

    /// <summary>Gets to whom the source attributes the statement, or <c>null</c>.</summary>
    public Attribution? Attribution { get; }

    /// <summary>Returns e.g. <c>1820+8 "withdrew" → liaison-office-withdrawal-2019 (Catalogued 7.0)</c>.</summary>
    public override string ToString() => System.FormattableString.Invariant(
        $"{Start}+{Length} \"{Text}\" → {(Event is { } e ? e.ToString() : "-")} ({Status} {Score:0.0})");
}

/// <summary>
/// An event that the catalogue does not hold, made from an unlinked mention: its type, the actors the text gives it,
/// and (when stated) its date and place. Provisional events from several documents merge when their type,
/// participants and dates agree (<see cref="ProvisionalEvents.Merge(IEnumerable{ExtractionResult})"/>).
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class ProvisionalEvent
{
    internal ProvisionalEvent(EventId id, EventCode code, string label, IReadOnlyList<EventParticipant> participants, DateEstimate? date, PlaceId? place,
        IReadOnlyList<Evidence> mentions)
    {
        Id = id;
        Code = code;
        Label = label;
        Participants = participants;
        Date = date;
        Place = place;
        Mentions = mentions;
    }

    /// <summary>Gets the provisional id (<c>provisional-retreat-ruritania-2021-03</c>): derived from the type, actors and date.</summary>
    public EventId Id { get; }

    /// <summary>Gets the PLOVER type and mode.</summary>
    public EventCode Code { get; }

    /// <summary>Gets a label made from the first mention's trigger and actors.</summary>
    public string Label { get; }

    /// <summary>Gets the actors the text gives the event, with their roles, sorted.</summary>
    public IReadOnlyList<EventParticipant> Participants { get; }

    /// <summary>Gets the stated date, or <c>null</c>.</summary>
    public DateEstimate? Date { get; }

    /// <summary>Gets the stated place, or <c>null</c>.</summary>
    public PlaceId? Place { get; }

    /// <summary>Gets the triggers that mention the event, across every merged document.</summary>
    public IReadOnlyList<Evidence> Mentions { get; }

    /// <summary>Returns the id, code and date.</summary>
    public override string ToString() => $"{Id} {Code} {Date?.ToString() ?? "undated"}";
}

/// <summary>A person or body the text names in a role (speaker, initiator, target) that the knowledge base does not know.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class ProvisionalActor
{
    internal ProvisionalActor(ActorId id, string name, Evidence firstMention)
    {
        Id = id;
        Name = name;
        FirstMention = firstMention;
    }

    /// <summary>Gets the provisional id, <c>provisional-</c> followed by the name's slug.</summary>
    public ActorId Id { get; }

    /// <summary>Gets the name as first written.</summary>
    public string Name { get; }

    /// <summary>Gets where the name first appears.</summary>
    public Evidence FirstMention { get; }

    /// <summary>Returns the id and name.</summary>
    public override string ToString() => $"{Id} ({Name})";
}

/// <summary>
/// What <see cref="ClaimExtractor"/> found in one document: the source with its origins, the anchor date, the resolved
/// mentions, the date expressions, every event mention with its link, the claims, and the provisional events and actors.
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality. Lists are in text order (claims: by evidence, then facet).</remarks>
public sealed class ExtractionResult
{
    internal ExtractionResult(Source source, LocalDate? anchor, IList<Mention> mentions, IList<TemporalMention> dates, IList<EventMention> eventMentions,
        IList<Claim> claims, IList<ProvisionalEvent> provisionalEvents, IList<ProvisionalActor> provisionalActors)
    {
        Source = source;
        Anchor = anchor;
        Mentions = new ReadOnlyCollection<Mention>(mentions);
        Dates = new ReadOnlyCollection<TemporalMention>(dates);
        EventMentions = new ReadOnlyCollection<EventMention>(eventMentions);
        Claims = new ReadOnlyCollection<Claim>(claims);
        ProvisionalEvents = new ReadOnlyCollection<ProvisionalEvent>(provisionalEvents);
        ProvisionalActors = new ReadOnlyCollection<ProvisionalActor>(provisionalActors);
    }

    /// <summary>Gets the source the claims belong to, with its outlet, kind, publication estimate and upstream origins.</summary>
    public Source Source { get; }

    /// <summary>Gets the date relative expressions were resolved against, or <c>null</c> when none was known.</summary>
    public LocalDate? Anchor { get; }

    /// <summary>Gets the resolved mentions of names, events and cues in the body sentences.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Gets the date expressions in the body sentences, resolved against <see cref="Anchor"/>.</summary>
    public IReadOnlyList<TemporalMention> Dates { get; }

    /// <summary>Gets every event mention with its link.</summary>
    public IReadOnlyList<EventMention> EventMentions { get; }

    /// <summary>Gets the claims, each with its evidence span, attribution and modality.</summary>
    /// <remarks>Every claim here has a non-null <see cref="Claim.Evidence"/> (the sentence span it was read from), so
    /// <c>claim.Evidence!</c> is safe on these claims.</remarks>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Gets the provisional events the document's unlinked mentions made.</summary>
    public IReadOnlyList<ProvisionalEvent> ProvisionalEvents { get; }

    /// <summary>Gets the provisional actors (names the knowledge base does not know, in a role).</summary>
    public IReadOnlyList<ProvisionalActor> ProvisionalActors { get; }

    /// <summary>Serialises the result as indented JSON with a <c>schemaVersion</c>; deterministic.</summary>
    [Obsolete("Use KoreaEventsJson.Serialize(result) (namespace KoreaEvents.Core.Serialization).")]
    public string ToJson() => Serialization.KoreaEventsJson.Serialize(this);

    /// <summary>Returns the source id and counts.</summary>
    public override string ToString() => System.FormattableString.Invariant(
        $"{Source.Id}: {EventMentions.Count} event mentions, {Claims.Count} claims, {ProvisionalEvents.Count} provisional events");
}

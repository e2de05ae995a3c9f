namespace KoreaEvents.Core.Model;

/// <summary>The part an actor plays in an <see cref="Event"/>.</summary>
public enum ParticipantRole
{
    /// <summary>The actor that carried out the action (PLOVER's actor 1, the source).</summary>
    Initiator = 0,

    /// <summary>The actor the action was directed at (PLOVER's actor 2, the target).</summary>
    Target = 1,

    /// <summary>A party to a symmetric interaction (a summit, an agreement) with no initiator or target.</summary>
    Participant = 2,

    /// <summary>The actor who ordered the action (Kim Yo Jong's order to demolish the office).</summary>
    OrderedBy = 3,
}

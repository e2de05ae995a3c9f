namespace KoreaEvents.Core.Model;

/// <summary>An actor taking part in an event, with its role (initiator, target, participant, ordered-by).</summary>
/// <remarks>Equality compares the actor and the role. Ordering is by role, then actor id. Immutable and thread-safe.</remarks>
public readonly struct EventParticipant : IEquatable<EventParticipant>, IComparable<EventParticipant>
{
    /// <summary>Creates a participant.</summary>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the empty id or <paramref name="role"/> is undefined.</exception>
    public EventParticipant(ActorId actor, ParticipantRole role)
    {
        Preconditions.CheckArgument(actor.Value is not null, nameof(actor), "A participant's actor must not be the empty id.");
        Preconditions.CheckArgument(Enum.IsDefined(role), nameof(role), $"The participant role {(int)role} is not defined.");
        Actor = actor;
        Role = role;
    }

    /// <summary>Gets the actor.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the part the actor plays.</summary>
    public ParticipantRole Role { get; }

    /// <summary>Compares two participants for equality.</summary>
    public static bool operator ==(EventParticipant left, EventParticipant right) => left.Actor == right.Actor && left.Role == right.Role;

    /// <summary>Compares two participants for inequality.</summary>
    public static bool operator !=(EventParticipant left, EventParticipant right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(EventParticipant other) => this == other;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EventParticipant other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actor, Role);

    /// <inheritdoc />
    public int CompareTo(EventParticipant other)
    {
        int byRole = Role.CompareTo(other.Role);
        return byRole != 0 ? byRole : Actor.CompareTo(other.Actor);
    }

    /// <summary>Returns <c>role:actor</c>, e.g. <c>Initiator:north-korea</c>.</summary>
    public override string ToString() => $"{Role}:{Actor}";
}

using System.Diagnostics.CodeAnalysis;

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

    /// <summary>Parses the text form that <see cref="ToString"/> writes, <c>role:actor</c>
    /// (<c>Initiator:north-korea</c>; the role name is case-insensitive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a role name, a colon and an actor slug.</exception>
    public static EventParticipant Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var participant)
            ? participant
            : throw new FormatException($"'{text}' is not a participant: write a role ({string.Join(", ", Enum.GetNames<ParticipantRole>())}), ':' and an actor id, such as 'Initiator:north-korea'.");
    }

    /// <summary>Parses the text form <c>role:actor</c> without throwing.</summary>
    /// <param name="text">The text to parse; null or an invalid form gives <c>false</c>.</param>
    /// <param name="participant">The participant, when the text is valid; otherwise the default.</param>
    /// <returns>Whether <paramref name="text"/> was a valid participant.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out EventParticipant participant)
    {
        participant = default;
        int colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || !ActorId.TryParse(text![(colon + 1)..], out var actor))
        {
            return false;
        }

        var roleText = text[..colon];
        foreach (var role in Enum.GetValues<ParticipantRole>())
        {
            if (string.Equals(role.ToString(), roleText, StringComparison.OrdinalIgnoreCase))
            {
                participant = new EventParticipant(actor, role);
                return true;
            }
        }

        return false;
    }

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

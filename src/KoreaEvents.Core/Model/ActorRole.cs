using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Model;

/// <summary>
/// A position an actor held, where it matters for reading the texts: "vice unification minister" of South Korea,
/// with the period as a <see cref="DateEstimate"/>.
/// </summary>
/// <remarks>
/// Equality compares the title (ordinal), the organisation and the period. Immutable and thread-safe.
/// </remarks>
public sealed class ActorRole : IEquatable<ActorRole>
{
    /// <summary>Creates a role.</summary>
    /// <param name="title">The title as the texts use it ("vice unification minister").</param>
    /// <param name="of">The state or body in which the role is held, or <c>null</c>.</param>
    /// <param name="period">When the role was held, as precisely as the public record states it, or <c>null</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty, or <paramref name="of"/> is the empty id.</exception>
    public ActorRole(string title, ActorId? of = null, DateEstimate? period = null)
    {
        Title = Preconditions.CheckNotBlank(title);
        Preconditions.CheckArgument(of is null || of.Value.Value is not null, nameof(of), "The organisation of a role must not be the empty id.");
        Of = of;
        Period = period;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the state or body in which the role is held, or <c>null</c>.</summary>
    public ActorId? Of { get; }

    /// <summary>Gets when the role was held, or <c>null</c> when it does not matter or is not known.</summary>
    public DateEstimate? Period { get; }

    /// <inheritdoc />
    public bool Equals(ActorRole? other) =>
        other is not null && string.Equals(Title, other.Title, StringComparison.Ordinal) && Of == other.Of && Period == other.Period;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActorRole);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Title), Of, Period);

    /// <summary>Returns the title, organisation and period, e.g. <c>vice unification minister (south-korea, 2017-06/2019)</c>.</summary>
    public override string ToString()
    {
        var details = string.Join(", ", new[] { Of?.ToString(), Period?.ToString() }.Where(s => s is not null));
        return details.Length == 0 ? Title : $"{Title} ({details})";
    }
}

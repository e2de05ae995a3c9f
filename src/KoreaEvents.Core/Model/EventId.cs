namespace KoreaEvents.Core.Model;

/// <summary>
/// The stable id of a catalogued or provisional event, over a slug such as <c>liaison-office-demolition-2020</c>.
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on the slug. <c>default</c> is the empty id (its <see cref="Value"/> is
/// <c>null</c> and it prints as an empty string). Immutable and thread-safe.
/// </remarks>
public readonly record struct EventId : ISlugId<EventId>
{
    /// <summary>Creates the id for <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the <see cref="Slug"/> rules.</exception>
    public EventId(string value) => Value = Preconditions.CheckSlug(value);

    /// <inheritdoc />
    public string? Value { get; }

    /// <inheritdoc />
    public static EventId FromSlug(string slug) => new(slug);

    /// <inheritdoc />
    public int CompareTo(EventId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug (empty for the default id).</summary>
    public override string ToString() => Value ?? string.Empty;
}

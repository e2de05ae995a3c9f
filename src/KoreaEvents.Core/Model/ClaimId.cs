namespace KoreaEvents.Core.Model;

/// <summary>
/// The stable id of one claim, over a slug such as <c>seed-002-c0001</c>.
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on the slug. <c>default</c> is the empty id (its <see cref="Value"/> is
/// <c>null</c> and it prints as an empty string). Immutable and thread-safe.
/// </remarks>
public readonly record struct ClaimId : ISlugId<ClaimId>
{
    /// <summary>Creates the id for <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the <see cref="Slug"/> rules.</exception>
    public ClaimId(string value) => Value = Preconditions.CheckSlug(value);

    /// <inheritdoc />
    public string? Value { get; }

    /// <inheritdoc />
    public static ClaimId FromSlug(string slug) => new(slug);

    /// <inheritdoc />
    public int CompareTo(ClaimId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug (empty for the default id).</summary>
    public override string ToString() => Value ?? string.Empty;
}

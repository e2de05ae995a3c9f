namespace KoreaEvents.Core.Model;

/// <summary>
/// The stable id of a source (one article or document), over a slug such as <c>seed-002</c>.
/// </summary>
/// <remarks>
/// Equality and ordering are ordinal on the slug. <c>default</c> is the empty id (its <see cref="Value"/> is
/// <c>null</c> and it prints as an empty string). Immutable and thread-safe.
/// </remarks>
public readonly record struct SourceId : ISlugId<SourceId>
{
    /// <summary>Creates the id for <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the <see cref="Slug"/> rules.</exception>
    public SourceId(string value) => Value = Preconditions.CheckSlug(value);

    /// <inheritdoc />
    public string? Value { get; }

    /// <inheritdoc />
    public static SourceId FromSlug(string slug) => new(slug);

    /// <inheritdoc />
    public int CompareTo(SourceId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug (empty for the default id).</summary>
    public override string ToString() => Value ?? string.Empty;
}

using System.Diagnostics.CodeAnalysis;

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

    /// <summary>Converts <paramref name="value"/> to an id, as the constructor does: <c>(ClaimId)"seed-002-c0001"</c>.</summary>
    /// <remarks>Explicit, not implicit, because it can throw (the .NET design guidelines keep implicit conversions for
    /// those that always succeed). Use <see cref="TryParse"/> to test text without an exception.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the <see cref="Slug"/> rules (the constructor's message).</exception>
    public static explicit operator ClaimId(string value) => new(value);

    /// <summary>Parses the text form, the slug that <see cref="ToString"/> returns (<c>seed-002-c0001</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> breaks the <see cref="Slug"/> rules.</exception>
    public static ClaimId Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var id) ? id : throw new FormatException(Preconditions.InvalidIdMessage("claim id", text));
    }

    /// <summary>Parses the text form (<c>seed-002-c0001</c>) without throwing.</summary>
    /// <param name="text">The text to parse; null or an invalid slug gives <c>false</c>.</param>
    /// <param name="id">The id, when the text is a valid slug; otherwise the default (empty) id.</param>
    /// <returns>Whether <paramref name="text"/> was a valid slug.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ClaimId id)
    {
        id = Slug.IsValid(text) ? new(text) : default;
        return id.Value is not null;
    }

    /// <inheritdoc />
    public int CompareTo(ClaimId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug (empty for the default id).</summary>
    public override string ToString() => Value ?? string.Empty;
}

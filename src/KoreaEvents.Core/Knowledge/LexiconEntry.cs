using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// One lexicon phrase: its text (lower case, matched case-insensitively), its category and, for a trigger, the
/// PLOVER codes it may stand for ("withdraw" → <c>RETREAT:withdraw</c> or <c>SANCTION:withdraw</c>).
/// </summary>
/// <remarks>Equality compares phrase, category and codes (in order). Immutable and thread-safe.</remarks>
public sealed class LexiconEntry : IEquatable<LexiconEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="phrase">The phrase; it is matched case-insensitively and stored in lower case.</param>
    /// <param name="category">What the phrase signals.</param>
    /// <param name="codes">For a trigger, the codes it may stand for (at least one); otherwise none.</param>
    /// <exception cref="ArgumentException">The phrase is empty, a trigger has no code, or a non-trigger has codes.</exception>
    public LexiconEntry(string phrase, LexiconCategory category, IEnumerable<EventCode>? codes = null)
    {
        Preconditions.CheckNotBlank(phrase);
        Preconditions.CheckArgument(Enum.IsDefined(category), nameof(category), $"The lexicon category {(int)category} is not defined.");
        Phrase = phrase.Trim().ToLowerInvariant();
        Category = category;
        Codes = SequenceEquality.Freeze(codes?.Distinct());
        Preconditions.CheckArgument(category != LexiconCategory.Trigger || Codes.Count > 0, nameof(codes),
            $"The trigger '{Phrase}' must have at least one event code.");
        Preconditions.CheckArgument(category == LexiconCategory.Trigger || Codes.Count == 0, nameof(codes),
            $"Only triggers carry event codes, but the {category} phrase '{Phrase}' has some.");
    }

    /// <summary>Gets the phrase in lower case.</summary>
    public string Phrase { get; }

    /// <summary>Gets what the phrase signals.</summary>
    public LexiconCategory Category { get; }

    /// <summary>Gets the PLOVER codes a trigger may stand for, most likely first; empty for other categories.</summary>
    public IReadOnlyList<EventCode> Codes { get; }

    /// <inheritdoc />
    public bool Equals(LexiconEntry? other) =>
        other is not null && string.Equals(Phrase, other.Phrase, StringComparison.Ordinal) && Category == other.Category
        && SequenceEquality.Equal(Codes, other.Codes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LexiconEntry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Phrase), Category, SequenceEquality.Hash(Codes));

    /// <summary>Returns <c>category 'phrase' codes</c>, e.g. <c>Trigger 'withdraw' RETREAT:withdraw|SANCTION:withdraw</c>.</summary>
    public override string ToString() => Codes.Count == 0 ? $"{Category} '{Phrase}'" : $"{Category} '{Phrase}' {string.Join('|', Codes)}";
}

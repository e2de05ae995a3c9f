namespace KoreaEvents.Core.Model;

/// <summary>
/// Where a claim comes from: a span of one source's original text and the exact quote, so that
/// <c>text.Substring(Start, Length) == Quote</c>.
/// </summary>
/// <remarks>Equality compares every field. Immutable and thread-safe.</remarks>
public sealed record Evidence
{
    /// <summary>Creates evidence for a span of a source's text.</summary>
    /// <exception cref="ArgumentException">The source id is empty, the offsets are negative, or the quote's length is not <paramref name="length"/>.</exception>
    public Evidence(SourceId source, int start, int length, string quote)
    {
        Preconditions.CheckArgument(source.Value is not null, nameof(source), "The source must not be the default (empty) id.");
        Preconditions.CheckNonNegative(start);
        Preconditions.CheckNonNegative(length);
        Preconditions.CheckNotNull(quote);
        Preconditions.CheckArgument(quote.Length == length, nameof(quote), $"The quote has {quote.Length} characters but the span has {length}.");
        Source = source;
        Start = start;
        Length = length;
        Quote = quote;
    }

    /// <summary>Gets the source whose text holds the evidence.</summary>
    public SourceId Source { get; }

    /// <summary>Gets the offset of the first character, in UTF-16 code units into the source's original text.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the span in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Gets the exact text of the span.</summary>
    public string Quote { get; }

    /// <summary>Creates evidence by cutting the span out of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public static Evidence FromText(SourceId source, string text, int start, int length)
    {
        Preconditions.CheckNotNull(text);
        if (start < 0 || length < 0 || start > text.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"The span {start}+{length} does not lie inside the text of {text.Length} characters.");
        }

        return new Evidence(source, start, length, text.Substring(start, length));
    }

    /// <summary>Returns whether the span of <paramref name="text"/> is exactly <see cref="Quote"/>.</summary>
    public bool Matches(string text)
    {
        Preconditions.CheckNotNull(text);
        return Start <= text.Length - Length && string.CompareOrdinal(text, Start, Quote, 0, Length) == 0;
    }

    /// <summary>Returns <c>source@start+length</c>.</summary>
    public override string ToString() => $"{Source}@{Start}+{Length}";
}

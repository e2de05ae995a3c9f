using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Text;

/// <summary>A short piece of a document (a title, an outlet name, a label) with its span in the original text.</summary>
/// <remarks>
/// <see cref="Text"/> is always <c>document.Text.Substring(Span.Start, Span.Length)</c>. Equality compares the span and
/// the text. Immutable and thread-safe.
/// </remarks>
public sealed record TextSegment
{
    /// <summary>Creates the segment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text's length differs from the span's.</exception>
    public TextSegment(TextSpan span, string text)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(text.Length == span.Length, nameof(text), "The text of a segment must be as long as its span.");
        Span = span;
        Text = text;
    }

    /// <summary>Gets where the segment lies in the original text.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the segment's text, exactly as in the original.</summary>
    public string Text { get; }

    /// <summary>Cuts the segment for <paramref name="span"/> out of <paramref name="source"/>.</summary>
    internal static TextSegment From(string source, TextSpan span) => new(span, source.Substring(span.Start, span.Length));

    /// <summary>Returns the text followed by the span, e.g. <c>AFP [6930..6933)</c>.</summary>
    public override string ToString() => $"{Text} {Span}";
}

namespace KoreaEvents.Core.Text;

/// <summary>One sentence of a body paragraph.</summary>
/// <remarks>Immutable and thread-safe; reference equality. <see cref="Text"/> is cut from the document on each call.</remarks>
public sealed class Sentence
{
    private readonly string source;

    internal Sentence(string source, int index, int paragraph, TextSpan span)
    {
        this.source = source;
        Index = index;
        Paragraph = paragraph;
        Span = span;
    }

    /// <summary>Gets the 0-based position among the document's sentences.</summary>
    public int Index { get; }

    /// <summary>Gets the index of the paragraph the sentence belongs to.</summary>
    public int Paragraph { get; }

    /// <summary>Gets where the sentence lies: from its first character to its final punctuation and any closing quote.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the sentence's text, exactly as in the original.</summary>
    public string Text => source.Substring(Span.Start, Span.Length);

    /// <summary>Returns the index and span.</summary>
    public override string ToString() => $"sentence {Index} {Span}";
}

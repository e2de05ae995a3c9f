namespace KoreaEvents.Core.Text;

/// <summary>
/// Text between quotation marks in the body (“…”, "…" or ‘…’). A quotation may run over several paragraphs: by the
/// usual convention the opening paragraph has no closing mark and each following paragraph reopens the quote.
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality. <see cref="Text"/> is cut from the document on each call.</remarks>
public sealed class Quotation
{
    private readonly string source;

    internal Quotation(string source, int index, TextSpan span, IReadOnlyList<TextSpan> segments, int firstParagraph, int lastParagraph, bool isClosed)
    {
        this.source = source;
        Index = index;
        Span = span;
        Segments = segments;
        FirstParagraph = firstParagraph;
        LastParagraph = lastParagraph;
        IsClosed = isClosed;
    }

    /// <summary>Gets the 0-based position among the document's quotations.</summary>
    public int Index { get; }

    /// <summary>Gets the whole quotation, from its opening mark to its closing mark (or the end of its last paragraph).</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the quotation's text, exactly as in the original, marks included.</summary>
    public string Text => source.Substring(Span.Start, Span.Length);

    /// <summary>Gets one span per paragraph the quotation covers, each from a quotation mark to the mark or paragraph end.</summary>
    public IReadOnlyList<TextSpan> Segments { get; }

    /// <summary>Gets the index of the paragraph where the quotation opens.</summary>
    public int FirstParagraph { get; }

    /// <summary>Gets the index of the paragraph where it ends.</summary>
    public int LastParagraph { get; }

    /// <summary>Gets whether a closing mark was found (false when the text ends the quote without one).</summary>
    public bool IsClosed { get; }

    /// <summary>Returns the index and span.</summary>
    public override string ToString() => $"quotation {Index} {Span}";
}

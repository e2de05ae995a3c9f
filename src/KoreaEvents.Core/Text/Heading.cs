namespace KoreaEvents.Core.Text;

/// <summary>An in-body subheading ("What should we expect next, then?"), kept apart from the paragraphs.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class Heading
{
    internal Heading(int index, TextSegment segment, int nextParagraph)
    {
        Index = index;
        Segment = segment;
        NextParagraph = nextParagraph;
    }

    /// <summary>Gets the 0-based position among the document's headings.</summary>
    public int Index { get; }

    /// <summary>Gets the heading's text and span.</summary>
    public TextSegment Segment { get; }

    /// <summary>Gets the index of the first paragraph after the heading (the section it opens).</summary>
    public int NextParagraph { get; }

    /// <summary>Returns the text and span.</summary>
    public override string ToString() => Segment.ToString();
}

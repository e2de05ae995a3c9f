namespace KoreaEvents.Core.Text;

/// <summary>
/// One turn of an interview or Q&amp;A: a speaker label at the start of a paragraph ("Aum:") and the paragraphs it
/// governs, up to the next label, heading or the end of the body.
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class SpeakerTurn
{
    internal SpeakerTurn(int index, TextSegment label, string speaker, TextSpan span, int firstParagraph, int lastParagraph)
    {
        Index = index;
        Label = label;
        Speaker = speaker;
        Span = span;
        FirstParagraph = firstParagraph;
        LastParagraph = lastParagraph;
    }

    /// <summary>Gets the 0-based position among the document's turns.</summary>
    public int Index { get; }

    /// <summary>Gets the label as written, with its colon (<c>Aum:</c>). The label belongs to the turn, not to the paragraph.</summary>
    public TextSegment Label { get; }

    /// <summary>Gets the speaker as labelled (<c>Aum</c>).</summary>
    public string Speaker { get; }

    /// <summary>Gets the whole turn, from the label to the end of its last paragraph.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the index of the turn's first paragraph.</summary>
    public int FirstParagraph { get; }

    /// <summary>Gets the index of the turn's last paragraph.</summary>
    public int LastParagraph { get; }

    /// <summary>Returns the speaker and span.</summary>
    public override string ToString() => $"{Speaker} {Span}";
}

namespace KoreaEvents.Core.Text;

/// <summary>One body paragraph (one or more lines of running text; a speaker label in front is not part of it).</summary>
/// <remarks>Immutable and thread-safe; reference equality. <see cref="Text"/> is cut from the document on each call.</remarks>
public sealed class Paragraph
{
    private readonly string source;

    internal Paragraph(string source, int index, TextSpan span, int firstSentence, int sentenceCount, int? speakerTurn)
    {
        this.source = source;
        Index = index;
        Span = span;
        FirstSentence = firstSentence;
        SentenceCount = sentenceCount;
        SpeakerTurn = speakerTurn;
    }

    /// <summary>Gets the 0-based position among the document's paragraphs.</summary>
    public int Index { get; }

    /// <summary>Gets where the paragraph lies in the original text (it may span several lines).</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the paragraph's text, exactly as in the original.</summary>
    public string Text => source.Substring(Span.Start, Span.Length);

    /// <summary>Gets the index in <see cref="SourceDocument.Sentences"/> of the paragraph's first sentence.</summary>
    public int FirstSentence { get; }

    /// <summary>Gets how many sentences the paragraph has.</summary>
    public int SentenceCount { get; }

    /// <summary>Gets the index in <see cref="SourceDocument.SpeakerTurns"/> of the turn this paragraph belongs to, or <c>null</c>.</summary>
    public int? SpeakerTurn { get; }

    /// <summary>Returns the index and span.</summary>
    public override string ToString() => $"paragraph {Index} {Span}";
}

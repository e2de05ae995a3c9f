using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Text;

/// <summary>
/// An article as parsed by <see cref="ArticleParser"/>: the original text and its structure — title, outlet, byline,
/// dateline candidates, upstream origins, headings, body paragraphs, sentences, speaker turns, quotations, and every
/// removed line with its reason. Every span is a UTF-16 range into <see cref="Text"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each non-blank character of <see cref="Text"/> belongs to exactly one of: the <see cref="Title"/>, the
/// <see cref="Byline"/> statement, a dateline's <see cref="Dateline.Line"/> (sidebar dates and wire datelines excepted), a credit line
/// (<see cref="UpstreamOrigin.Statement"/> of kind <see cref="UpstreamOriginKind.CreditLine"/>), a
/// <see cref="Paragraph"/>, a <see cref="Heading"/>, a speaker label (<see cref="SpeakerTurn.Label"/>) or a
/// <see cref="RemovedLine"/>. Nothing is dropped silently. <see cref="Outlet"/>, sidebar dates, wire datelines and a byline
/// sharing a dateline's line ("By Jane Doe | Mar 1, 2019") are evidence inside those parts.
/// </para>
/// <para>Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class SourceDocument
{
    internal SourceDocument(
        SourceId? id,
        string text,
        int lineCount,
        TextSegment? title,
        TextSegment? outlet,
        Byline? byline,
        IReadOnlyList<Dateline> datelines,
        IReadOnlyList<UpstreamOrigin> upstreamOrigins,
        IReadOnlyList<Heading> headings,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<SpeakerTurn> speakerTurns,
        IReadOnlyList<Quotation> quotations,
        IReadOnlyList<RemovedLine> removedLines)
    {
        Id = id;
        Text = text;
        LineCount = lineCount;
        Title = title;
        Outlet = outlet;
        Byline = byline;
        Datelines = datelines;
        UpstreamOrigins = upstreamOrigins;
        Headings = headings;
        Paragraphs = paragraphs;
        Sentences = sentences;
        SpeakerTurns = speakerTurns;
        Quotations = quotations;
        RemovedLines = removedLines;
    }

    /// <summary>Gets the source id given to the parser, or <c>null</c>.</summary>
    public SourceId? Id { get; }

    /// <summary>
    /// Gets the original text exactly as given (for the byte overloads: as decoded, a leading byte order mark kept as
    /// U+FEFF). All offsets refer to it.
    /// </summary>
    public string Text { get; }

    /// <summary>Gets the number of lines (LF, CR LF and lone CR all end a line).</summary>
    public int LineCount { get; }

    /// <summary>Gets the headline, or <c>null</c> when the text states none the parser can recognise.</summary>
    public TextSegment? Title { get; }

    /// <summary>
    /// Gets the publishing site's name when the text states it (a page title "… | Site Name", "Welcome to Site Name",
    /// a copyright line), else <c>null</c>: the parser never guesses an outlet. It lies inside a removed line.
    /// </summary>
    public TextSegment? Outlet { get; }

    /// <summary>Gets the stated byline ("By …"), or <c>null</c>.</summary>
    public Byline? Byline { get; }

    /// <summary>Gets every dateline candidate in text order, each with its role and evidence. Choosing the publication date is left to the caller.</summary>
    public IReadOnlyList<Dateline> Datelines { get; }

    /// <summary>Gets the wire services and agencies the text states as its origin, in text order.</summary>
    public IReadOnlyList<UpstreamOrigin> UpstreamOrigins { get; }

    /// <summary>Gets the in-body subheadings, in text order.</summary>
    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>Gets the body paragraphs, in text order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Gets the sentences of all body paragraphs, in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Gets the interview turns opened by speaker labels, in text order (empty for ordinary articles).</summary>
    public IReadOnlyList<SpeakerTurn> SpeakerTurns { get; }

    /// <summary>Gets the quotations in the body paragraphs, in text order.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>Gets every line (or rest of a line) that is not article content, with the reason, in text order.</summary>
    public IReadOnlyList<RemovedLine> RemovedLines { get; }

    /// <summary>Returns the text <paramref name="span"/> covers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <see cref="Text"/>.</exception>
    public string GetText(TextSpan span) => span.GetText(Text);

    /// <summary>
    /// Serialises the document as indented, camelCase JSON with a <c>schemaVersion</c> first. Each span is written with
    /// the text it covers next to its offsets; output is deterministic (text order throughout).
    /// </summary>
    [Obsolete("Use KoreaEventsJson.Serialize(document) (namespace KoreaEvents.Core.Serialization).")]
    public string ToJson() => Serialization.KoreaEventsJson.Serialize(this);

    /// <summary>Returns the id and title, e.g. <c>seed-000: Escalation Alert …</c>.</summary>
    public override string ToString() => $"{Id?.ToString() ?? "(no id)"}: {Title?.Text ?? "(no title)"}";
}

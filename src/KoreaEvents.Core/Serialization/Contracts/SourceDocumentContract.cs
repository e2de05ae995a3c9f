using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Serialization.Contracts;

/// <summary>
/// The JSON shape of a <see cref="SourceDocument"/>: every span written as start, length and the text it covers, so a
/// reader can check offsets by eye. Version <see cref="KoreaEventsJson.SchemaVersion"/>.
/// </summary>
internal static class SourceDocumentContract
{
    private const int ExcerptLength = 80;

    /// <summary>Maps <paramref name="document"/> to its JSON shape.</summary>
    public static SourceDocumentDto From(SourceDocument document) =>
        new(
            DocumentSchema.Version,
            document.Id?.ToString(),
            document.Text.Length,
            document.LineCount,
            document.Title is { } title ? Span(title) : null,
            document.Outlet is { } outlet ? Span(outlet) : null,
            document.Byline is { } byline ? new BylineDto(Span(byline.Statement), byline.Authors.Select(Span).ToList()) : null,
            document.Datelines.Select(d => new DatelineDto(
                d.Role,
                NodaTime.Text.LocalDatePattern.Iso.Format(d.Date),
                d.TimeOfDay is { } t ? NodaTime.Text.LocalTimePattern.ExtendedIso.Format(t) : null,
                Span(d.DateText),
                d.Label is { } label ? Span(label) : null,
                Span(document.Text, d.Line))).ToList(),
            document.UpstreamOrigins.Select(o => new UpstreamOriginDto(o.Name, o.Kind, Span(o.Mention), Span(document.Text, o.Statement))).ToList(),
            document.Headings.Select(h => new HeadingDto(h.Index, h.Segment.Span.Start, h.Segment.Span.Length, h.NextParagraph, h.Segment.Text)).ToList(),
            document.Paragraphs.Select(p => new ParagraphDto(
                p.Index,
                p.Span.Start,
                p.Span.Length,
                p.SpeakerTurn,
                Excerpt(document.Text, p.Span),
                Enumerable.Range(p.FirstSentence, p.SentenceCount).Select(i => document.Sentences[i]).Select(s => new SentenceDto(s.Index, s.Span.Start, s.Span.Length, s.Text)).ToList())).ToList(),
            document.SpeakerTurns.Select(t => new SpeakerTurnDto(t.Index, t.Speaker, Span(t.Label), t.Span.Start, t.Span.Length, t.FirstParagraph, t.LastParagraph)).ToList(),
            document.Quotations.Select(q => new QuotationDto(
                q.Index,
                q.Span.Start,
                q.Span.Length,
                q.FirstParagraph,
                q.LastParagraph,
                q.IsClosed,
                q.Text,
                q.Segments.Count > 1 ? q.Segments.Select(s => Span(document.Text, s)).ToList() : null)).ToList(),
            document.RemovedLines.Select(r => new RemovedLineDto(r.Reason, r.LineNumber, r.Segment.Span.Start, r.Segment.Span.Length, r.Segment.Text)).ToList());

    private static SpanDto Span(TextSegment segment) => new(segment.Span.Start, segment.Span.Length, segment.Text);

    private static SpanDto Span(string text, TextSpan span) => new(span.Start, span.Length, span.GetText(text));

    private static string Excerpt(string text, TextSpan span) =>
        span.Length <= ExcerptLength ? span.GetText(text) : text.Substring(span.Start, ExcerptLength).TrimEnd() + "…";
}

internal sealed record SourceDocumentDto(
    int SchemaVersion,
    string? Id,
    int Length,
    int LineCount,
    SpanDto? Title,
    SpanDto? Outlet,
    BylineDto? Byline,
    IReadOnlyList<DatelineDto> Datelines,
    IReadOnlyList<UpstreamOriginDto> UpstreamOrigins,
    IReadOnlyList<HeadingDto> Headings,
    IReadOnlyList<ParagraphDto> Paragraphs,
    IReadOnlyList<SpeakerTurnDto> SpeakerTurns,
    IReadOnlyList<QuotationDto> Quotations,
    IReadOnlyList<RemovedLineDto> RemovedLines);

internal sealed record SpanDto(int Start, int Length, string Text);

internal sealed record BylineDto(SpanDto Statement, IReadOnlyList<SpanDto> Authors);

internal sealed record DatelineDto(DatelineRole Role, string Date, string? Time, SpanDto DateText, SpanDto? Label, SpanDto Line);

internal sealed record UpstreamOriginDto(string Name, UpstreamOriginKind Kind, SpanDto Mention, SpanDto Statement);

internal sealed record HeadingDto(int Index, int Start, int Length, int NextParagraph, string Text);

internal sealed record ParagraphDto(int Index, int Start, int Length, int? SpeakerTurn, string Excerpt, IReadOnlyList<SentenceDto> Sentences);

internal sealed record SentenceDto(int Index, int Start, int Length, string Text);

internal sealed record SpeakerTurnDto(int Index, string Speaker, SpanDto Label, int Start, int Length, int FirstParagraph, int LastParagraph);

internal sealed record QuotationDto(int Index, int Start, int Length, int FirstParagraph, int LastParagraph, bool IsClosed, string Text, IReadOnlyList<SpanDto>? Segments);

internal sealed record RemovedLineDto(RemovalReason Reason, int Line, int Start, int Length, string Text);

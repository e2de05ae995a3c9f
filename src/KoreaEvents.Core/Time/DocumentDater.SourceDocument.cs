using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Time;

/// <content>The adapter from the article parser's <see cref="SourceDocument"/>.</content>
public sealed partial class DocumentDater
{
    /// <summary>
    /// Dates a parsed article: its <see cref="SourceDocument.Datelines"/> are the stated dates, with the roles the
    /// parser gave them, and the lines it removed as boilerplate (sidebars, read-more links, share prompts) are not
    /// read as content. Offsets in the result refer to <see cref="SourceDocument.Text"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public DocumentDating Date(SourceDocument document, DocumentDatingOptions? options = null)
    {
        Preconditions.CheckNotNull(document);
        var stated = document.Datelines
            .Select(d => new StatedDate(d.DateText.Span.Start, d.DateText.Span.Length, d.Date, ToRole(d.Role)))
            .OrderBy(s => s.Start)
            .ToList();
        var excluded = document.RemovedLines.Select(r => (r.Segment.Span.Start, r.Segment.Span.Start + r.Segment.Span.Length)).ToList();
        return Date(document.Text, tagger.Tag(document.Text), stated, excluded, options ?? new DocumentDatingOptions());
    }

    private static StatedDateRole ToRole(DatelineRole role) => role switch
    {
        DatelineRole.Published => StatedDateRole.Published,
        DatelineRole.Updated => StatedDateRole.Updated,
        DatelineRole.PageHeader => StatedDateRole.PageHeader,
        DatelineRole.Sidebar => StatedDateRole.Sidebar,
        DatelineRole.Retrieved => StatedDateRole.Retrieved,
        _ => StatedDateRole.Unknown,
    };
}

namespace KoreaEvents.Core.Text;

/// <summary>Why a line was left out of the article's title, datelines and body.</summary>
public enum RemovalReason
{
    /// <summary>Not recognised, but not article text either (e.g. an unclassified line above the headline).</summary>
    Other,

    /// <summary>Site chrome: menus, breadcrumbs, share buttons, copyright lines.</summary>
    Navigation,

    /// <summary>The page's HTML title with the site name ("Headline | Site Name"), or the site name alone.</summary>
    SiteTitleLine,

    /// <summary>A link to another article ("Read more: …").</summary>
    ReadMoreLink,

    /// <summary>A call to action or comment prompt ("Join the conversation", "Share with us in the comments").</summary>
    CallToAction,

    /// <summary>A "Trending" / "Most read" sidebar heading and everything after it.</summary>
    TrendingSidebar,

    /// <summary>A photo caption or credit ("… (Erin Schaff/The New York Times)", "PHOTO: …").</summary>
    PhotoCaption,

    /// <summary>A photo caption already seen earlier on the page.</summary>
    DuplicateCaption,

    /// <summary>A footer giving the kind of publication ("PUBLICATION TYPE: Analysis").</summary>
    PublicationTypeFooter,

    /// <summary>A disclaimer ("The views expressed … are those of the author(s).").</summary>
    Disclaimer,

    /// <summary>A repeat of a line already used as the title, a heading or a paragraph.</summary>
    DuplicateLine,
}

/// <summary>A line (or the rest of a line) that is not article content, with the reason it was removed.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class RemovedLine
{
    internal RemovedLine(TextSegment segment, int lineNumber, RemovalReason reason)
    {
        Segment = segment;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>Gets the removed text and its span.</summary>
    public TextSegment Segment { get; }

    /// <summary>Gets the 1-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>Gets why the line was removed.</summary>
    public RemovalReason Reason { get; }

    /// <summary>Returns the reason and the text.</summary>
    public override string ToString() => $"{Reason}: {Segment.Text}";
}

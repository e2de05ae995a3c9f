using NodaTime;

namespace KoreaEvents.Core.Text;

/// <summary>What a stated date on the page appears to be. The parser only assigns roles; it does not decide the publication date.</summary>
public enum DatelineRole
{
    /// <summary>A date line whose role the text does not state (a bare date after the title).</summary>
    Unknown,

    /// <summary>Stated as the publication date ("Published Mar 23, 2019", "Posted on …").</summary>
    Published,

    /// <summary>Stated as an update or modification date ("Updated Apr 21, 2020").</summary>
    Updated,

    /// <summary>A bare date printed above the headline: the day the page was rendered, not the article's date.</summary>
    PageHeader,

    /// <summary>A date inside a trending or related-articles sidebar: it belongs to another article.</summary>
    Sidebar,

    /// <summary>The day the page was retrieved or archived ("Retrieved June 16, 2024", "Accessed …", "Crawled …"), not the article's date.</summary>
    Retrieved,
}

/// <summary>
/// One stated date on the page (a dateline candidate) with its evidence: the date text, the parsed calendar date, the
/// time of day when stated, the label that gives its role, and the whole line it stands on.
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class Dateline
{
    internal Dateline(DatelineRole role, TextSegment dateText, LocalDate date, LocalTime? timeOfDay, TextSegment? label, TextSpan line)
    {
        Role = role;
        DateText = dateText;
        Date = date;
        TimeOfDay = timeOfDay;
        Label = label;
        Line = line;
    }

    /// <summary>Gets the role the page gives this date.</summary>
    public DatelineRole Role { get; }

    /// <summary>Gets the date as written, with the time of day when it is stated next to it (<c>8:30 AM | February 25, 2024</c>).</summary>
    public TextSegment DateText { get; }

    /// <summary>Gets the calendar date the text states.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the time of day when stated, else <c>null</c>. Time zones are not interpreted.</summary>
    public LocalTime? TimeOfDay { get; }

    /// <summary>Gets the word that states the role (<c>Published</c>, <c>Updated</c>), or <c>null</c> for a bare date.</summary>
    public TextSegment? Label { get; }

    /// <summary>
    /// Gets the whole line the date stands on. For every role but <see cref="DatelineRole.Sidebar"/> the line belongs to the
    /// dateline; a sidebar date lies inside a line listed in <see cref="SourceDocument.RemovedLines"/>. The date of a wire
    /// dateline ("SEOUL, June 16, 2020 (Yonhap) --") is a <see cref="DatelineRole.Published"/> date whose line is that
    /// statement, inside the first <see cref="Paragraph"/>.
    /// </summary>
    public TextSpan Line { get; }

    /// <summary>Returns the role, the ISO date and the text, e.g. <c>Published 2019-03-23 "Mar 23, 2019"</c>.</summary>
    public override string ToString() =>
        $"{Role} {NodaTime.Text.LocalDatePattern.Iso.Format(Date)}{(TimeOfDay is { } t ? "T" + NodaTime.Text.LocalTimePattern.ExtendedIso.Format(t) : string.Empty)} \"{DateText.Text}\"";
}

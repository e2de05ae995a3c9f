using System.Collections.ObjectModel;
using NodaTime;
using NodaTime.Text;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <summary>Where a publication estimate comes from.</summary>
public enum PublicationBasis
{
    /// <summary>Nothing in the text or the call dates the document.</summary>
    Unknown = 0,

    /// <summary>A dateline the content agrees with.</summary>
    Stated = 1,

    /// <summary>Inferred from the content: the interval every agreeing piece of evidence allows.</summary>
    Inferred = 2,

    /// <summary>Supplied by the caller (see <see cref="PublicationEstimate.Warnings"/> when the content disagrees).</summary>
    Supplied = 3,
}

/// <summary>What a stated date on the page appears to be.</summary>
public enum StatedDateRole
{
    /// <summary>A date line whose role the page does not say.</summary>
    Unknown = 0,

    /// <summary>Stated as the publication date (<c>Published Mar 23, 2019</c>).</summary>
    Published = 1,

    /// <summary>Stated as an update date (<c>Updated Apr 21, 2020</c>): the article was published on or before it.</summary>
    Updated = 2,

    /// <summary>A date printed above the headline: the day the page was rendered.</summary>
    PageHeader = 3,

    /// <summary>A date in a sidebar: it belongs to another article and is never taken as this one's.</summary>
    Sidebar = 4,

    /// <summary>The day the page was retrieved (<c>Retrieved June 16, 2024</c>, <c>Accessed …</c>, <c>Crawled …</c>): the
    /// article was published on or before it, and it is never the publication date.</summary>
    Retrieved = 5,
}

/// <summary>The kind of evidence a publication candidate is.</summary>
public enum PublicationEvidence
{
    /// <summary>A date stated on the page.</summary>
    Dateline = 0,

    /// <summary>A date the caller supplied.</summary>
    Supplied = 1,

    /// <summary>A date expression tied to an event whose date is known (<c>the Hanoi summit … last month</c>).</summary>
    KnownEventExpression = 2,

    /// <summary>A known event told in the past tense (the document is not earlier) or as still to come (not later).</summary>
    KnownEventMention = 3,

    /// <summary>A fully stated date told in the past tense: the document is not earlier than its start.</summary>
    PastDate = 4,

    /// <summary>The day of analysis: no document is later.</summary>
    AnalysisDate = 5,
}

/// <summary>A date stated on the page, as a dateline candidate for document dating.</summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class StatedDate
{
    /// <summary>Creates a stated date.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public StatedDate(int start, int length, LocalDate date, StatedDateRole role)
    {
        Start = Preconditions.CheckNonNegative(start);
        Length = Preconditions.CheckNonNegative(length);
        Date = date;
        Role = role;
    }

    /// <summary>Gets the offset of the date text in the document.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the date text.</summary>
    public int Length { get; }

    /// <summary>Gets the calendar date stated.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the role the page gives the date.</summary>
    public StatedDateRole Role { get; }

    /// <summary>Returns e.g. <c>Published 2019-03-23 [224..236)</c>.</summary>
    public override string ToString() => $"{Role} {LocalDatePattern.Iso.Format(Date)} [{Start}..{Start + Length})";
}

/// <summary>
/// One piece of evidence considered for the publication date: what it is, the days it allows, whether it was kept,
/// and why in words.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class PublicationCandidate
{
    internal PublicationCandidate(PublicationEvidence kind, string evidence, int? start, int? length, LocalDate? notBefore, LocalDate? notAfter,
        string? eventKey, StatedDateRole? role, bool accepted, string reason)
    {
        Kind = kind;
        Evidence = evidence;
        Start = start;
        Length = length;
        NotBefore = notBefore;
        NotAfter = notAfter;
        EventKey = eventKey;
        Role = role;
        Accepted = accepted;
        Reason = reason;
    }

    /// <summary>Gets the kind of evidence.</summary>
    public PublicationEvidence Kind { get; }

    /// <summary>Gets the evidence as written (the date text, the expression, the event phrase).</summary>
    public string Evidence { get; }

    /// <summary>Gets the offset of the evidence in the text, or <c>null</c> when it is not in the text.</summary>
    public int? Start { get; }

    /// <summary>Gets the length of the evidence in the text, or <c>null</c>.</summary>
    public int? Length { get; }

    /// <summary>Gets the first day the evidence allows, or <c>null</c> when it sets no lower bound.</summary>
    public LocalDate? NotBefore { get; }

    /// <summary>Gets the last day the evidence allows, or <c>null</c> when it sets no upper bound.</summary>
    public LocalDate? NotAfter { get; }

    /// <summary>Gets the key of the known event the evidence refers to, or <c>null</c>.</summary>
    public string? EventKey { get; }

    /// <summary>Gets the role of a stated date, or <c>null</c> for other evidence.</summary>
    public StatedDateRole? Role { get; }

    /// <summary>Gets whether the evidence was kept (it agrees with the estimate).</summary>
    public bool Accepted { get; }

    /// <summary>Gets why the evidence was kept or rejected, in words.</summary>
    public string Reason { get; }

    /// <summary>Gets the days allowed as text: <c>2019-03-01/2019-03-31</c>, <c>≥ 2018-09-01</c>, <c>≤ 2020-11-03</c>.</summary>
    public string Allows => (NotBefore, NotAfter) switch
    {
        ({ } a, { } b) when a == b => LocalDatePattern.Iso.Format(a),
        ({ } a, { } b) => $"{LocalDatePattern.Iso.Format(a)}/{LocalDatePattern.Iso.Format(b)}",
        ({ } a, null) => $"≥ {LocalDatePattern.Iso.Format(a)}",
        (null, { } b) => $"≤ {LocalDatePattern.Iso.Format(b)}",
        _ => "any",
    };

    /// <summary>Returns e.g. <c>+ KnownEventExpression "last month" 2019-03-01/2019-03-31: …</c>.</summary>
    public override string ToString() => $"{(Accepted ? '+' : '-')} {Kind} \"{Evidence}\" {Allows}: {Reason}";
}

/// <summary>
/// A document's publication date as an analyst would give it: a <see cref="DateEstimate"/> as wide as the evidence
/// allows and no narrower, its basis, every candidate considered with the reason it was kept or rejected, and
/// warnings (a supplied or stated date the content contradicts).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class PublicationEstimate
{
    internal PublicationEstimate(DateEstimate? date, PublicationBasis basis, LocalDate? anchor, IList<PublicationCandidate> candidates, IList<string> warnings)
    {
        Date = date;
        Basis = basis;
        Anchor = anchor;
        Candidates = new ReadOnlyCollection<PublicationCandidate>(candidates);
        Warnings = new ReadOnlyCollection<string>(warnings);
    }

    /// <summary>Gets the estimate, or <c>null</c> when the basis is <see cref="PublicationBasis.Unknown"/>.</summary>
    /// <remarks>When nothing in the text (or the call) bounds the date from above, the estimate is open-ended
    /// (<c>2020-06-16/..</c>, <see cref="IsOpenAbove"/>): the day of analysis bounds it too, and is listed among the
    /// <see cref="Candidates"/>, but it is left out of the estimate so that the estimate does not change from day to
    /// day.</remarks>
    public DateEstimate? Date { get; }

    /// <summary>Gets whether the estimate has no later bound in the text: <see cref="Date"/> is open-ended
    /// (<see cref="DateEstimate.IsOpenEnded"/>), bounded above only by the day of analysis.</summary>
    public bool IsOpenAbove => Date is { IsOpenEnded: true };

    /// <summary>Gets where the estimate comes from.</summary>
    public PublicationBasis Basis { get; }

    /// <summary>Gets the day relative expressions are resolved against: the estimate's first day (news is written close
    /// to the events it reports), or <c>null</c> when there is no estimate or it is wider than half a year (resolving
    /// <c>last month</c> against an interval of years would invent precision).</summary>
    public LocalDate? Anchor { get; }

    /// <summary>Gets every piece of evidence considered, datelines first, then in text order.</summary>
    public IReadOnlyList<PublicationCandidate> Candidates { get; }

    /// <summary>Gets warnings in words (a supplied or stated publication date the content contradicts).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Returns e.g. <c>2020-06-16/2020-06-21 (Inferred)</c>, or <c>2020-06-16/.. (Inferred; open above: no later
    /// bound in the text)</c>.</summary>
    public override string ToString() => IsOpenAbove
        ? $"{Date} ({Basis}; open above: no later bound in the text)"
        : $"{Date?.ToString() ?? "unknown"} ({Basis})";
}

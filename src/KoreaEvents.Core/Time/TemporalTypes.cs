using System.Globalization;

namespace KoreaEvents.Core.Time;

/// <summary>What a temporal mention denotes.</summary>
public enum TemporalMentionKind
{
    /// <summary>A date or period: <c>Mar 23, 2019</c>, <c>last month</c>, <c>on Friday</c>, <c>21 months ago</c>.</summary>
    Date = 0,

    /// <summary>A span bounded by the text and the document date: <c>since January</c>, <c>the last two weeks</c>,
    /// <c>earlier this month</c>, <c>less than two years ago</c>.</summary>
    Span = 1,

    /// <summary>A length of time that bounds an interval whose ends the text does not give: <c>for over a week</c>.</summary>
    Duration = 2,

    /// <summary>An offset from another event (<c>five months earlier</c>, <c>days before</c>): resolved by event extraction,
    /// not by the tagger.</summary>
    EventRelative = 3,
}

/// <summary>What a mention's value is measured from.</summary>
public enum TemporalReference
{
    /// <summary>The text states the date fully (<c>September 2018</c>) or states no year but names the calendar
    /// date (<c>22 March</c>), in which case the anchor only chooses the year.</summary>
    Absolute = 0,

    /// <summary>The date is counted from the document date (<c>last week</c>, <c>on Monday</c>, <c>21 months ago</c>).</summary>
    Document = 1,

    /// <summary>The date is counted from another event (<c>five months earlier</c>).</summary>
    Event = 2,

    /// <summary>A duration, measured from nothing in particular (<c>for over a week</c>).</summary>
    None = 3,
}

/// <summary>The tense of the clause around a mention, which decides past or future readings.</summary>
public enum TemporalTense
{
    /// <summary>No tense marker was found near the mention; read as past (the usual case in news).</summary>
    Unspecified = 0,

    /// <summary>A past or perfect verb governs the mention (<c>withdrew</c>, <c>was opened</c>, <c>has escalated</c>).</summary>
    Past = 1,

    /// <summary>A present verb governs the mention; read as past, like <see cref="Unspecified"/>.</summary>
    Present = 2,

    /// <summary>A future or intention marker governs the mention (<c>will</c>, <c>plans to</c>, <c>upcoming</c>,
    /// <c>approaches</c>); weekdays, weekends and yearless dates are read forward from the anchor.</summary>
    Future = 3,
}

/// <summary>A calendar unit a text counts in.</summary>
public enum TemporalUnit
{
    /// <summary>Hours (resolved to the days they touch).</summary>
    Hour = 0,

    /// <summary>Days.</summary>
    Day = 1,

    /// <summary>Weeks (seven days; <c>last week</c> is an ISO week).</summary>
    Week = 2,

    /// <summary>Calendar months.</summary>
    Month = 3,

    /// <summary>Calendar years.</summary>
    Year = 4,

    /// <summary>Decades.</summary>
    Decade = 5,
}

/// <summary>How a counted amount is qualified in the text.</summary>
public enum AmountQualifier
{
    /// <summary>Exactly the count: <c>21 months</c>, <c>only 21 months</c>.</summary>
    Exactly = 0,

    /// <summary>Approximately: <c>about</c>, <c>around</c>, <c>some</c>, <c>just</c>, <c>nearly</c>, <c>almost</c>.</summary>
    About = 1,

    /// <summary>Strictly less: <c>less than</c>, <c>under</c>, <c>within</c>.</summary>
    LessThan = 2,

    /// <summary>Strictly more: <c>more than</c>, <c>over</c>.</summary>
    MoreThan = 3,

    /// <summary>At least: <c>at least</c>.</summary>
    AtLeast = 4,

    /// <summary>A vague count (<c>days</c>, <c>a few weeks</c>, <c>several months</c>): read as 2 to 9 units.</summary>
    Several = 5,
}

/// <summary>Which way an offset points.</summary>
public enum OffsetDirection
{
    /// <summary>Earlier than the reference (<c>ago</c>, <c>before</c>, <c>earlier</c>).</summary>
    Earlier = 0,

    /// <summary>Later than the reference (<c>after</c>, <c>later</c>, <c>the next day</c>).</summary>
    Later = 1,

    /// <summary>The same time as the reference (<c>the same day</c>).</summary>
    Same = 2,
}

/// <summary>
/// A counted length of time as the text states it: a unit, a count (absent for vague counts such as <c>days</c>)
/// and a qualifier (<c>over a week</c> is one week, <see cref="AmountQualifier.MoreThan"/>).
/// </summary>
/// <remarks>Equality compares all three fields. Immutable and thread-safe.</remarks>
/// <param name="Unit">The unit counted.</param>
/// <param name="Count">The count, or <c>null</c> for a vague count (<see cref="AmountQualifier.Several"/>).</param>
/// <param name="Qualifier">How the count is qualified.</param>
public readonly record struct TemporalAmount(TemporalUnit Unit, int? Count, AmountQualifier Qualifier)
{
    /// <summary>Gets the smallest count the text allows (2 for a vague count).</summary>
    public int MinimumCount => Count ?? 2;

    /// <summary>Gets the largest count the text allows (9 for a vague count).</summary>
    public int MaximumCount => Count ?? 9;

    /// <summary>Returns an ISO-8601-like duration with the qualifier as a prefix: <c>P21M</c>, <c>&gt;P1W</c>,
    /// <c>&lt;P2Y</c>, <c>~P2Y</c>, <c>≥P3D</c>, <c>PxD</c> (several days), <c>PT5H</c>, <c>P20Y</c> for two decades.</summary>
    /// <remarks>A display form, not a round-trip one, so the type has no <c>Parse</c>: decades print as years (two
    /// decades and twenty years are both <c>P20Y</c>).</remarks>
    public override string ToString()
    {
        string prefix = Qualifier switch
        {
            AmountQualifier.About => "~",
            AmountQualifier.LessThan => "<",
            AmountQualifier.MoreThan => ">",
            AmountQualifier.AtLeast => "≥",
            _ => string.Empty,
        };
        string count = Count is { } c ? (Unit == TemporalUnit.Decade ? c * 10 : c).ToString(CultureInfo.InvariantCulture) : "x";
        string unit = Unit switch
        {
            TemporalUnit.Hour => "H",
            TemporalUnit.Day => "D",
            TemporalUnit.Week => "W",
            TemporalUnit.Month => "M",
            _ => "Y",
        };
        return Unit == TemporalUnit.Hour ? $"{prefix}PT{count}{unit}" : $"{prefix}P{count}{unit}";
    }
}

/// <summary>An offset from a reference point: an amount and a direction (<c>five months earlier</c>).</summary>
/// <remarks>Equality compares both fields. Immutable and thread-safe.</remarks>
/// <param name="Amount">How far.</param>
/// <param name="Direction">Which way.</param>
public readonly record struct TemporalOffset(TemporalAmount Amount, OffsetDirection Direction)
{
    /// <summary>Returns the amount with a sign: <c>-P5M</c> for five months earlier, <c>+P1D</c> for a day later,
    /// <c>P0D</c> for the same day.</summary>
    public override string ToString() => Direction switch
    {
        OffsetDirection.Earlier => "-" + Amount,
        OffsetDirection.Later => "+" + Amount,
        _ => Amount.ToString(),
    };
}

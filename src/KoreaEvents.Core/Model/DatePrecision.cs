namespace KoreaEvents.Core.Model;

/// <summary>
/// How precisely a text states a date. Ordered from finest to coarsest, so <c>a &lt; b</c> means
/// <c>a</c> is finer than <c>b</c>.
/// </summary>
public enum DatePrecision
{
    /// <summary>A calendar day: <c>2019-02-27</c>.</summary>
    Day = 0,

    /// <summary>An ISO-8601 week (Monday to Sunday): <c>2020-W25</c>.</summary>
    Week = 1,

    /// <summary>A calendar month: <c>2019-02</c>.</summary>
    Month = 2,

    /// <summary>A meteorological season of the northern hemisphere: <c>2019-SU</c> (June to August).</summary>
    Season = 3,

    /// <summary>A calendar year: <c>2018</c>.</summary>
    Year = 4,

    /// <summary>A decade: <c>201X</c> (2010 to 2019).</summary>
    Decade = 5,
}

/// <summary>
/// A TIMEX3-style modifier on a date: which part of the stated period is meant, or that it is approximate.
/// </summary>
public enum DateModifier
{
    /// <summary>No modifier: the whole stated period.</summary>
    None = 0,

    /// <summary>The early part (TIMEX <c>START</c>): the first third of a month, year or decade.</summary>
    Start = 1,

    /// <summary>The middle part (TIMEX <c>MID</c>): the middle third of a month, year or decade.</summary>
    Mid = 2,

    /// <summary>The late part (TIMEX <c>END</c>): the last third of a month, year or decade.</summary>
    End = 3,

    /// <summary>Approximately (TIMEX <c>APPROX</c>): the interval is the stated one, flagged as approximate.</summary>
    Approximate = 4,
}

/// <summary>A meteorological season of the northern hemisphere (TIMEX codes SP, SU, FA, WI).</summary>
public enum Season
{
    /// <summary>Spring: March to May.</summary>
    Spring = 0,

    /// <summary>Summer: June to August.</summary>
    Summer = 1,

    /// <summary>Autumn (fall): September to November.</summary>
    Autumn = 2,

    /// <summary>Winter: December of the year to February of the next.</summary>
    Winter = 3,
}

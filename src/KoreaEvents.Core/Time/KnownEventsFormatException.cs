namespace KoreaEvents.Core.Time;

/// <summary>What is wrong with a tab-separated file of known events (<see cref="KnownEventDates.ReadTsv"/>).</summary>
public enum KnownEventsFormatReason
{
    /// <summary>A line is not three tab-separated cells with a date estimate in the second.</summary>
    MalformedLine,

    /// <summary>A line has a blank key or no phrase.</summary>
    MissingKeyOrPhrase,

    /// <summary>Two lines share a key (the problem is the whole file, so there is no line).</summary>
    DuplicateKey,
}

/// <summary>
/// Thrown by <see cref="KnownEventDates.ReadTsv"/> when a file of known events is malformed. The message names the
/// source and the line (<c>events.tsv, line 3: …</c>); the properties carry the same data for programs.
/// </summary>
public sealed class KnownEventsFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The name of the file or stream, as the message shows it.</param>
    /// <param name="line">The 1-based line of the problem, or null when the problem is the whole file.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="detail">The problem in words, as a sentence without the place.</param>
    /// <param name="inner">The exception that revealed the problem, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> or <paramref name="detail"/> is null.</exception>
    public KnownEventsFormatException(string sourceName, int? line, KnownEventsFormatReason reason, string detail, Exception? inner = null)
        : base(Describe(sourceName, line, detail), inner)
    {
        SourceName = sourceName;
        Line = line;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>Gets the name of the file or stream.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line of the problem, or null when the problem is the whole file.</summary>
    public int? Line { get; }

    /// <summary>Gets what is wrong.</summary>
    public KnownEventsFormatReason Reason { get; }

    /// <summary>Gets the problem in words, without the place.</summary>
    public string Detail { get; }

    private static string Describe(string sourceName, int? line, string detail)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(detail);
        return line is { } l ? FormattableString.Invariant($"{sourceName}, line {l}: {detail}") : $"{sourceName}: {detail}";
    }
}

namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>
/// Thrown when a claims or truth CSV file is malformed: a bad header, a missing column, a record with the wrong number
/// of fields, a stray or unclosed quote, or an empty source, object or value. Carries the 1-based physical line and
/// column (character position in that line) where the problem starts.
/// </summary>
public sealed class ClaimTableFormatException : FormatException
{
    /// <summary>Creates the exception; the message should be a whole sentence without the position, which is prefixed.</summary>
    /// <param name="line">The 1-based physical line.</param>
    /// <param name="column">The 1-based character position in the line.</param>
    /// <param name="reason">What is wrong and what to do, as a sentence.</param>
    public ClaimTableFormatException(long line, int column, string reason)
        : base($"Line {line}, column {column}: {reason}")
    {
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The 1-based physical line (line breaks inside quoted fields count) where the problem starts.</summary>
    public long Line { get; }

    /// <summary>The 1-based character position in <see cref="Line"/> where the problem starts.</summary>
    public int Column { get; }

    /// <summary>The problem in words, without the position.</summary>
    public string Reason { get; }
}

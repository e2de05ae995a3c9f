namespace KoreaEvents.Core.Truth;

/// <summary>
/// Thrown when a claims or truth CSV file is malformed: a bad header, a missing column, a record with the wrong number
/// of fields, a stray or unclosed quote, an empty source, object or value, a control character, bytes that are not
/// UTF-8, or a UTF-16 or UTF-32 file. Carries the 1-based physical line and column (character position in that line)
/// where the problem starts, and for bytes that are not UTF-8 their offset in the file.
/// </summary>
public sealed class ClaimTableFormatException : FormatException
{
    /// <summary>Creates the exception; the message should be a whole sentence without the position, which is prefixed.</summary>
    /// <param name="line">The 1-based physical line.</param>
    /// <param name="column">The 1-based character position in the line.</param>
    /// <param name="reason">What is wrong and what to do, as a sentence.</param>
    public ClaimTableFormatException(long line, int column, string reason)
        : this(line, column, reason, null)
    {
    }

    /// <summary>Creates the exception for a problem at a known byte offset in the file.</summary>
    /// <param name="line">The 1-based physical line.</param>
    /// <param name="column">The 1-based character position in the line.</param>
    /// <param name="reason">What is wrong and what to do, as a sentence.</param>
    /// <param name="byteOffset">The 0-based byte offset of the problem in the file, or null when unknown.</param>
    public ClaimTableFormatException(long line, int column, string reason, long? byteOffset)
        : base($"Line {line}, column {column}: {reason}")
    {
        Line = line;
        Column = column;
        Reason = reason;
        ByteOffset = byteOffset;
    }

    /// <summary>The 1-based physical line (line breaks inside quoted fields count) where the problem starts.</summary>
    public long Line { get; }

    /// <summary>The 1-based character position in <see cref="Line"/> where the problem starts.</summary>
    public int Column { get; }

    /// <summary>The problem in words, without the position.</summary>
    public string Reason { get; }

    /// <summary>
    /// The 0-based byte offset of the problem in the file when it is known: for bytes that are not valid UTF-8 (the
    /// first bad byte); null otherwise.
    /// </summary>
    public long? ByteOffset { get; }
}

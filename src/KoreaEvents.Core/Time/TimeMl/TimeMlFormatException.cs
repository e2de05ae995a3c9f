using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time.TimeMl;

/// <summary>A TimeML file is not well-formed XML, lacks its <c>&lt;TEXT&gt;</c> element or has a TIMEX3 of unknown type.</summary>
/// <remarks>The message names the file, line and column.</remarks>
public sealed class TimeMlFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public TimeMlFormatException()
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TimeMlFormatException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TimeMlFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception with the place of the error.</summary>
    /// <param name="message">The message (naming the file, line and column).</param>
    /// <param name="fileName">The file or document name.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="innerException">The cause, or <c>null</c>.</param>
    public TimeMlFormatException(string message, string fileName, int line, int column, Exception? innerException = null)
        : base(message, innerException)
    {
        FileName = fileName ?? string.Empty;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the file or document name.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line of the error, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the error, or 0 when unknown.</summary>
    public int Column { get; }
}

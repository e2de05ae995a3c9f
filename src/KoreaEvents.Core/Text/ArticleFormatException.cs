using System.Globalization;

namespace KoreaEvents.Core.Text;

/// <summary>Why a text could not be read as an article.</summary>
public enum ArticleFormatReason
{
    /// <summary>The text is empty or only white space.</summary>
    EmptyText,

    /// <summary>The text holds a control character other than tab, line feed, carriage return or form feed (binary data).</summary>
    ControlCharacter,

    /// <summary>The bytes are not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The text holds a lone UTF-16 surrogate, which no encoding can represent.</summary>
    UnpairedSurrogate,

    /// <summary>The bytes start with a UTF-16 or UTF-32 byte order mark: the file is not UTF-8 (save it as UTF-8).</summary>
    NotUtf8Encoding,
}

/// <summary>
/// Thrown when a text cannot be parsed as an article: it is empty, binary, not valid UTF-8, or UTF-16. The message names the
/// reason and the place; the properties carry the same data for programs.
/// </summary>
public sealed class ArticleFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="reason"/> at the given place.</summary>
    /// <param name="reason">Why the text was rejected.</param>
    /// <param name="offset">The offset of the problem: UTF-16 code units into the text, or bytes for <see cref="ArticleFormatReason.InvalidUtf8"/>.</param>
    /// <param name="line">The 1-based line of the problem.</param>
    /// <param name="column">The 1-based column (in characters) of the problem.</param>
    /// <param name="message">The message for the user.</param>
    public ArticleFormatException(ArticleFormatReason reason, long offset, int line, int column, string message)
        : base(message)
    {
        Reason = reason;
        Offset = offset;
        Line = line;
        Column = column;
    }

    /// <summary>Gets why the text was rejected.</summary>
    public ArticleFormatReason Reason { get; }

    /// <summary>
    /// Gets where the problem is: a UTF-16 offset into the text, except for <see cref="ArticleFormatReason.InvalidUtf8"/>
    /// where it is the offset of the first bad byte.
    /// </summary>
    public long Offset { get; }

    /// <summary>Gets the 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the problem, counted in characters of its line.</summary>
    public int Column { get; }

    internal static ArticleFormatException Empty() =>
        new(ArticleFormatReason.EmptyText, 0, 1, 1, "The article is empty.");

    internal static ArticleFormatException Control(char c, int offset, int line, int column) =>
        new(ArticleFormatReason.ControlCharacter, offset, line, column, string.Create(
            CultureInfo.InvariantCulture,
            $"The article contains the control character U+{(int)c:X4} at offset {offset} (line {line}, column {column}); binary data is not article text."));

    internal static ArticleFormatException Surrogate(int offset, int line, int column) =>
        new(ArticleFormatReason.UnpairedSurrogate, offset, line, column, string.Create(
            CultureInfo.InvariantCulture,
            $"The article contains an unpaired UTF-16 surrogate at offset {offset} (line {line}, column {column})."));

    internal static ArticleFormatException OtherEncoding(string encoding) =>
        new(ArticleFormatReason.NotUtf8Encoding, 0, 1, 1,
            $"{encoding} detected — save as UTF-8: the article starts with a {encoding} byte order mark, and articles are read as UTF-8 only.");

    internal static ArticleFormatException Utf8(long byteOffset, byte value, int line, int column) =>
        new(ArticleFormatReason.InvalidUtf8, byteOffset, line, column, string.Create(
            CultureInfo.InvariantCulture,
            $"The article is not valid UTF-8: byte 0x{value:X2} at byte offset {byteOffset} (line {line}, column {column}) does not begin or continue a valid sequence."));
}

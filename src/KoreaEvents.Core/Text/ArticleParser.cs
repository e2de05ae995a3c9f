using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Text;

/// <summary>
/// Parses raw article text (as copied from a web page) into a <see cref="SourceDocument"/>: title, outlet, byline,
/// dateline candidates with roles, upstream wire origins, headings, body paragraphs, sentences, speaker turns and
/// quotations, with every other line kept as a <see cref="RemovedLine"/> and a reason. Offsets are UTF-16 code units
/// into the original text, for every line-ending style (LF, CR LF, lone CR).
/// </summary>
/// <remarks>
/// <para>
/// Stateless and thread-safe. Parsing is linear in the length of the text: line rules look only at short lines, all
/// patterns run on the non-backtracking regular expression engine, and every scan is bounded.
/// </para>
/// <para>
/// Accepted input: any text with at least one non-white-space character, free of control characters other than tab,
/// line feed, carriage return and form feed, and of unpaired surrogates. A leading byte order mark is accepted and kept
/// in <see cref="SourceDocument.Text"/> (it counts as white space), so offsets always refer to the text as given.
/// </para>
/// </remarks>
public static class ArticleParser
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The article, exactly as collected.</param>
    /// <param name="id">The source id to carry on the document, if any.</param>
    /// <param name="options">Parser settings; <see cref="ArticleParserOptions.Default"/> when null.</param>
    /// <returns>The parsed document; its <see cref="SourceDocument.Text"/> is <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArticleFormatException">The text is empty or white space, holds binary control characters or an unpaired surrogate.</exception>
    public static SourceDocument Parse(string text, SourceId? id = null, ArticleParserOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        var error = Validate(text);
        if (error is not null)
        {
            throw error;
        }

        return ArticleAssembler.Assemble(text, id, options ?? ArticleParserOptions.Default);
    }

    /// <summary>Parses <paramref name="text"/>, returning false instead of throwing when it is not article text.</summary>
    /// <param name="text">The article, exactly as collected.</param>
    /// <param name="document">The parsed document, or <c>null</c> when the result is false.</param>
    /// <param name="error">Why the text was rejected, or <c>null</c> when the result is true.</param>
    /// <param name="id">The source id to carry on the document, if any.</param>
    /// <param name="options">Parser settings; <see cref="ArticleParserOptions.Default"/> when null.</param>
    /// <returns>Whether the text parsed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(
        string text,
        [NotNullWhen(true)] out SourceDocument? document,
        [NotNullWhen(false)] out ArticleFormatException? error,
        SourceId? id = null,
        ArticleParserOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        error = Validate(text);
        document = error is null ? ArticleAssembler.Assemble(text, id, options ?? ArticleParserOptions.Default) : null;
        return document is not null;
    }

    /// <summary>Decodes <paramref name="utf8"/> as strict UTF-8 and parses it.</summary>
    /// <param name="utf8">The article's bytes. A leading byte order mark is kept as U+FEFF in the document's text.</param>
    /// <param name="id">The source id to carry on the document, if any.</param>
    /// <param name="options">Parser settings; <see cref="ArticleParserOptions.Default"/> when null.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ArticleFormatException">
    /// The bytes are not valid UTF-8 (<see cref="ArticleFormatException.Offset"/> is the offset of the first bad byte),
    /// start with a UTF-16 or UTF-32 byte order mark (<see cref="ArticleFormatReason.NotUtf8Encoding"/>: "UTF-16
    /// detected — save as UTF-8"), or the decoded text is rejected as by <see cref="Parse(string, SourceId?, ArticleParserOptions?)"/>.
    /// </exception>
    public static SourceDocument Parse(ReadOnlySpan<byte> utf8, SourceId? id = null, ArticleParserOptions? options = null) =>
        Parse(Decode(utf8), id, options);

    /// <summary>Reads <paramref name="utf8"/> to its end, decodes it as strict UTF-8 and parses it. The stream is not disposed.</summary>
    /// <param name="utf8">A readable stream of the article's bytes.</param>
    /// <param name="id">The source id to carry on the document, if any.</param>
    /// <param name="options">Parser settings; <see cref="ArticleParserOptions.Default"/> when null.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    /// <exception cref="ArticleFormatException">As for <see cref="Parse(ReadOnlySpan{byte}, SourceId?, ArticleParserOptions?)"/>.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static SourceDocument Parse(Stream utf8, SourceId? id = null, ArticleParserOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8);
        using var buffer = new MemoryStream();
        utf8.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), id, options);
    }

    /// <summary>Decodes strict UTF-8, naming the first bad byte's offset, line and column when it fails.</summary>
    internal static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (StrictUtf8Reader.NonUtf8ByteOrderMark(utf8) is { } encoding)
        {
            throw ArticleFormatException.OtherEncoding(encoding);
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(utf8.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(utf8, chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                var (line, column) = Locate(chars.AsSpan(0, written), written);
                throw ArticleFormatException.Utf8(read, utf8[read], line, column);
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Checks the text in one pass; returns the exception to throw, or null when it is acceptable.</summary>
    internal static ArticleFormatException? Validate(string text)
    {
        bool hasContent = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    hasContent = true;
                    continue;
                }

                var (line, column) = Locate(text, i);
                return ArticleFormatException.Surrogate(i, line, column);
            }

            if (IsForbiddenControl(c))
            {
                var (line, column) = Locate(text, i);
                return ArticleFormatException.Control(c, i, line, column);
            }

            hasContent |= !TextLines.IsSpace(c);
        }

        return hasContent ? null : ArticleFormatException.Empty();
    }

    private static bool IsForbiddenControl(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || (c >= '\u007F' && c <= '\u009F' && c != '\u0085');

    /// <summary>The 1-based line and column of <paramref name="offset"/>, with the line breaks the parser uses.</summary>
    private static (int Line, int Column) Locate(ReadOnlySpan<char> text, int offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            char c = text[i];
            if (TextLines.IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < offset && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}

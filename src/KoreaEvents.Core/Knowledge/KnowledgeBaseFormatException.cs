namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// Thrown when knowledge-base JSON cannot be read: malformed JSON, a missing or ill-formed field, an unknown kind
/// or event code. Carries where the problem is: the source, the JSON path, the line and the byte position.
/// </summary>
public sealed class KnowledgeBaseFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="sourceName">The file or resource read.</param>
    /// <param name="path">The JSON path (<c>$.actors[3].country</c>), or <c>null</c> when unknown.</param>
    /// <param name="lineNumber">The 1-based line, or <c>null</c> when unknown.</param>
    /// <param name="bytePositionInLine">The 0-based byte position in the line, or <c>null</c> when unknown.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public KnowledgeBaseFormatException(string problem, string sourceName, string? path, long? lineNumber, long? bytePositionInLine, Exception? inner = null)
        : base(Compose(problem, sourceName, path, lineNumber, bytePositionInLine), inner)
    {
        Problem = problem;
        SourceName = sourceName;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>Gets the file or resource read.</summary>
    public string SourceName { get; }

    /// <summary>Gets the JSON path of the offending value, or <c>null</c>.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line of the offending value, or <c>null</c>.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the 0-based byte position in that line, or <c>null</c>.</summary>
    public long? BytePositionInLine { get; }

    private static string Compose(string problem, string sourceName, string? path, long? line, long? position)
    {
        var where = sourceName;
        if (path is not null)
        {
            where += $" at {path}";
        }

        if (line is not null)
        {
            where += $" (line {line}" + (position is null ? ")" : $", byte {position})");
        }

        return $"{where}: {problem}";
    }
}

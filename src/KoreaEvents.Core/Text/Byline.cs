namespace KoreaEvents.Core.Text;

/// <summary>A stated byline ("By Jane Doe and John Roe") with the author names in it.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class Byline
{
    internal Byline(TextSegment statement, IReadOnlyList<TextSegment> authors)
    {
        Statement = statement;
        Authors = authors;
    }

    /// <summary>Gets the whole byline as written.</summary>
    public TextSegment Statement { get; }

    /// <summary>Gets each author name as written, in order.</summary>
    public IReadOnlyList<TextSegment> Authors { get; }

    /// <summary>Returns the statement.</summary>
    public override string ToString() => Statement.Text;
}

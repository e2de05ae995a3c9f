using System.Collections.ObjectModel;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// Console-neutral output of a command: a sequence of blocks (lines, rules and tables) that a renderer draws. The
/// builders (<see cref="DatingListing"/>, <see cref="ParseListing"/>, <see cref="ClaimListing"/>,
/// <see cref="SeedListing"/>) decide every cell and line; a renderer only decides how tables and rules look
/// (<see cref="ReportTextRenderer"/> as plain text; the <c>koreaevents</c> tool draws them with box characters).
/// </summary>
public sealed class ReportDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="blocks">The blocks, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="blocks"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="blocks"/> contains null.</exception>
    public ReportDocument(IEnumerable<ReportBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var list = blocks.ToList();
        if (list.Exists(b => b is null))
        {
            throw new ArgumentException("The blocks must not contain null.", nameof(blocks));
        }

        Blocks = new ReadOnlyCollection<ReportBlock>(list);
    }

    /// <summary>Gets the blocks, in order.</summary>
    public IReadOnlyList<ReportBlock> Blocks { get; }
}

/// <summary>One block of a <see cref="ReportDocument"/>: a <see cref="ReportLine"/>, a <see cref="ReportRule"/> or a
/// <see cref="ReportTable"/>.</summary>
public abstract class ReportBlock
{
    private protected ReportBlock()
    {
    }
}

/// <summary>One line of plain text (never markup).</summary>
public sealed class ReportLine : ReportBlock
{
    /// <summary>Creates the line.</summary>
    /// <param name="text">The text, without a line break; empty for an empty line.</param>
    /// <param name="wraps">Whether a renderer with a fixed width may wrap the line at that width; false for lines that
    /// must stay whole (so they can be searched).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ReportLine(string text, bool wraps)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Wraps = wraps;
    }

    /// <summary>Gets the text; empty for an empty line.</summary>
    public string Text { get; }

    /// <summary>Gets whether a renderer with a fixed width may wrap the line at that width.</summary>
    public bool Wraps { get; }
}

/// <summary>A horizontal rule between the parts of a document (between two articles, say).</summary>
public sealed class ReportRule : ReportBlock
{
    /// <summary>Gets the rule (rules carry no data).</summary>
    public static ReportRule Instance { get; } = new();

    private ReportRule()
    {
    }
}

/// <summary>A table of plain-text cells (never markup) with an optional title and a header per column.</summary>
public sealed class ReportTable : ReportBlock
{
    /// <summary>Creates the table.</summary>
    /// <param name="title">The title above the table, or null for none.</param>
    /// <param name="columns">The column headers.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no column, a header or cell is null, or a row has not one cell per column.</exception>
    public ReportTable(string? title, IEnumerable<string> columns, IEnumerable<IEnumerable<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var headers = columns.ToList();
        if (headers.Count == 0 || headers.Exists(c => c is null))
        {
            throw new ArgumentException("A table needs at least one column, and no header may be null.", nameof(columns));
        }

        var cells = new List<IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            var list = row?.ToList();
            if (list is null || list.Count != headers.Count || list.Exists(c => c is null))
            {
                throw new ArgumentException($"Row {cells.Count} must have {headers.Count} cells, none null.", nameof(rows));
            }

            cells.Add(new ReadOnlyCollection<string>(list));
        }

        Title = title;
        Columns = new ReadOnlyCollection<string>(headers);
        Rows = new ReadOnlyCollection<IReadOnlyList<string>>(cells);
    }

    /// <summary>Gets the title above the table, or null for none.</summary>
    public string? Title { get; }

    /// <summary>Gets the column headers.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the rows, each with one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}

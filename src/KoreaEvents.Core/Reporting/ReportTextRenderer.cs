using System.Text;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as plain text: lines as they are (never wrapped), a rule as a line of dashes,
/// and a table as its title, a header row, a line of dashes and one line per row, columns padded to their widest cell
/// and separated by two spaces (no line ends in spaces). Line breaks inside a cell are written as spaces. The output
/// depends only on the document.
/// </summary>
public static class ReportTextRenderer
{
    /// <summary>How many dashes a rule has.</summary>
    public const int RuleWidth = 40;

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where the text goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportDocument document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportLine line:
                    output.WriteLine(line.Text);
                    break;
                case ReportRule:
                    output.WriteLine(new string('-', RuleWidth));
                    break;
                case ReportTable table:
                    WriteTable(table, output);
                    break;
            }
        }
    }

    /// <summary>The plain text of <paramref name="document"/>, as <see cref="Write"/> writes it.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text, each line ended by <see cref="Environment.NewLine"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Format(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new StringWriter();
        Write(document, writer);
        return writer.ToString();
    }

    private static void WriteTable(ReportTable table, TextWriter output)
    {
        if (table.Title is { } title)
        {
            output.WriteLine(title);
        }

        var rows = table.Rows.Select(r => r.Select(OneLine).ToList()).ToList();
        var widths = table.Columns.Select((c, i) => rows.Select(r => r[i].Length).Append(c.Length).Max()).ToList();
        output.WriteLine(Row(table.Columns.Select(OneLine).ToList(), widths));
        output.WriteLine(Row(widths.ConvertAll(w => new string('-', w)), widths));
        foreach (var row in rows)
        {
            output.WriteLine(Row(row, widths));
        }
    }

    private static string Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(i == cells.Count - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }

        return line.ToString().TrimEnd();
    }

    private static string OneLine(string cell) => cell.ReplaceLineEndings(" ");
}

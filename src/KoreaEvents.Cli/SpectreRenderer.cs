using KoreaEvents.Core.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KoreaEvents.Cli;

/// <summary>
/// Draws a <see cref="ReportDocument"/> with Spectre.Console (<see cref="ConsoleFactory"/>): lines that must stay whole
/// go straight to the writer, so they can be searched; other lines (wrapped at the console width), rules and tables
/// go through Spectre. Cells are plain <see cref="Text"/>: article text and spans such as [12..40) are never markup.
/// </summary>
internal static class SpectreRenderer
{
    public static void Write(ReportDocument document, TextWriter output)
    {
        var console = ConsoleFactory.Create(output);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportLine { Wraps: false } line:
                    output.WriteLine(line.Text);
                    break;
                case ReportLine { Text.Length: 0 }:
                    console.WriteLine();
                    break;
                case ReportLine line:
                    console.WriteLine(line.Text);
                    break;
                case ReportRule:
                    console.Write(new Rule());
                    break;
                case ReportTable table:
                    console.Write(ToTable(table));
                    break;
            }
        }
    }

    private static Table ToTable(ReportTable source)
    {
        var table = new Table().AddColumns(source.Columns.ToArray());
        if (source.Title is { } title)
        {
            table.Title(title);
        }

        foreach (var row in source.Rows)
        {
            table.AddRow(row.Select(c => new Text(c)).ToArray<IRenderable>());
        }

        return table;
    }
}

using System.CommandLine;
using KoreaEvents.Core;
using Spectre.Console;

namespace KoreaEvents.Cli.Commands;

/// <summary><c>koreaevents seeds</c>: lists the embedded seed articles.</summary>
internal static class SeedsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("seeds", "List the embedded seed articles (id, file, size).");
        command.SetAction(_ =>
        {
            var console = ConsoleFactory.Create(stdout);
            var table = new Table().AddColumns("id", "file", "characters");
            foreach (var seed in SeedCorpus.All)
            {
                table.AddRow(seed.Id.ToString(), seed.FileName, seed.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(table);
            return CliApp.Success;
        });
        return command;
    }
}

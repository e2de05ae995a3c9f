using System.CommandLine;
using KoreaEvents.Core.Reporting;

namespace KoreaEvents.Cli.Commands;

/// <summary><c>koreaevents seeds</c>: lists the embedded seed articles.</summary>
internal static class SeedsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("seeds", "List the embedded seed articles (id, file, size).");
        command.SetAction(_ =>
        {
            SpectreRenderer.Write(SeedListing.For(), stdout);
            return CliApp.Success;
        });
        return command;
    }
}

using System.CommandLine;

namespace KoreaEvents.Cli.Commands;

/// <summary>Every sub-command of the tool, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        yield return ReportCommand.Create(stdout);
        yield return ReportCommand.CreateTimeline(stdout);
        yield return SeedsCommand.Create(stdout);
        yield return ParseCommand.Create(stdout);
        yield return DatesCommand.Create(stdout);
        yield return TruthCommand.Create(stdout);
        yield return ClaimsCommand.Create(stdout);
        yield return EvalCommand.Create(stdout);
    }
}

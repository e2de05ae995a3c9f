using System.CommandLine;
using NodaTime;

namespace KoreaEvents.Cli.Commands;

/// <summary>Every sub-command of the tool, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="clock">Gives the day of analysis to every command that dates documents.</param>
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        yield return ReportCommand.Create(stdout, stderr, clock);
        yield return ReportCommand.CreateTimeline(stdout, stderr, clock);
        yield return ExportCommand.Create(stdout, stderr, clock);
        yield return IngestCommand.Create(stdout, stderr, clock);
        yield return SeedsCommand.Create(stdout);
        yield return ParseCommand.Create(stdout);
        yield return DatesCommand.Create(stdout, clock);
        yield return TruthCommand.Create(stdout, stderr);
        yield return ClaimsCommand.Create(stdout, clock);
        yield return EvalCommand.Create(stdout, clock);
        yield return EvalTimeMlCommand.Create(stdout);
    }
}

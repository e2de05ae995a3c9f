using System.CommandLine;
using KoreaEvents.Core;
using KoreaEvents.Core.Serialization.Export;
using NodaTime;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents export --format plover-jsonl|prov-jsonld|claims-csv [--db FILE] [--add FILES...] [-o FILE] [--quiet]</c>: the
/// embedded corpus (and any added articles) in a format other tools read, written by
/// <see cref="KoreaEventsExport"/>. Standard output holds nothing but the export; progress, when shown, goes to
/// standard error.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = $"The format: {string.Join(", ", KoreaEventsExport.FormatNames)} (README, \"Exports\").",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. KoreaEventsExport.FormatNames]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the export to this file instead of standard output." };
        var add = ReportCommand.AddOption();
        var quiet = CommonOptions.Quiet();
        var strict = CommonOptions.Strict();
        var db = CommonOptions.Db();
        var command = new Command("export", "Export the embedded corpus (and any added articles): PLOVER JSON Lines, PROV-O JSON-LD or a claims CSV.");
        command.Options.Add(format);
        command.Options.Add(add);
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.Options.Add(strict);
        command.Options.Add(db);
        command.SetAction(parseResult =>
        {
            KoreaEventsExport.TryParseFormat(parseResult.GetValue(format), out var chosen);
            var path = parseResult.GetValue(output);
            var failures = CliProgress.Run(stderr, parseResult.GetValue(quiet), progress =>
            {
                var (dataset, failures) = ReportCommand.LoadDataset(parseResult.GetValue(db), parseResult.GetValue(add), clock, progress, parseResult.GetValue(strict));
                using var step = progress.Begin($"export {KoreaEventsExport.FormatName(chosen)}");
                var options = new ExportOptions { Progress = new Progress(step) };
                Write(dataset, chosen, path, stdout, options);
                return failures;
            });
            return failures.Finish(stderr);
        });
        return command;
    }

    private static void Write(KoreaEventsDataset dataset, ExportFormat format, string? path, TextWriter stdout, ExportOptions options)
    {
        if (path is not null)
        {
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new CliInputException($"{path}: cannot write the export: {ex.Message}", ex);
            }

            using (file)
            {
                KoreaEventsExport.Write(dataset, format, file, options);
            }

            return;
        }

        if (ReferenceEquals(stdout, Console.Out))
        {
            // The bytes as the library writes them (UTF-8, its own line ends), not re-encoded by the console's writer.
            stdout.Flush();
            using var stream = Console.OpenStandardOutput();
            KoreaEventsExport.Write(dataset, format, stream, options);
            return;
        }

        KoreaEventsExport.Write(dataset, format, stdout, options);
    }

    /// <summary>Passes the library's progress reports to the display synchronously (not through a synchronization context).</summary>
    private sealed class Progress(CliProgress.Step step) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => step.Report(value.Done, value.Total);
    }
}

using System.CommandLine;
using KoreaEvents.Core;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Text;
using NodaTime;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Storage;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents report [--json | --html FILE] [--add FILES...]</c>: the corroboration report of the embedded corpus (plus any
/// articles added): per event, the consensus date and place and the verdict per facet with the supporting and
/// dissenting sources and their quotes; then every source with its publication estimate and reliability.
/// <c>koreaevents timeline [--add FILES...]</c>: the events in date order with their verdicts.
/// With <c>--db FILE</c>, either command reads the articles of a corpus store (<c>koreaevents ingest</c>) instead of the
/// embedded corpus. With <c>--html FILE</c>, either command writes the library's <see cref="HtmlTimelineReport"/> page to the file instead.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var json = new Option<bool>("--json") { Description = "Write the corroboration report as JSON (schema: src/KoreaEvents.Core/Schemas/corroboration-report.schema.json)." };
        var add = AddOption();
        var html = HtmlOption();
        var quiet = CommonOptions.Quiet();
        var strict = CommonOptions.Strict();
        var db = CommonOptions.Db();
        var command = new Command("report", "Corroborate the embedded corpus (and any added articles): verdicts per event and facet with quotes, then source reliability.");
        command.Options.Add(json);
        command.Options.Add(add);
        command.Options.Add(html);
        command.Options.Add(quiet);
        command.Options.Add(strict);
        command.Options.Add(db);
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetValue(html) is not null)
            {
                result.AddError("--json and --html cannot be combined: the report is written either as JSON to standard output or as an HTML file.");
            }
        });
        command.SetAction(parseResult =>
        {
            var (dataset, failures) = LoadDataset(parseResult.GetValue(db), parseResult.GetValue(add), clock, stderr, parseResult.GetValue(quiet), parseResult.GetValue(strict));
            if (parseResult.GetValue(html) is { } file)
            {
                WriteHtml(dataset, file);
            }
            else if (parseResult.GetValue(json))
            {
                stdout.WriteLine(KoreaEventsJson.Serialize(dataset.Report));
            }
            else
            {
                CorroborationTextReport.Write(dataset, stdout);
            }

            return failures.Finish(stderr);
        });
        return command;
    }

    public static Command CreateTimeline(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var add = AddOption();
        var html = HtmlOption();
        var quiet = CommonOptions.Quiet();
        var strict = CommonOptions.Strict();
        var db = CommonOptions.Db();
        var command = new Command("timeline", "List the events of the embedded corpus (and any added articles) in date order with the verdict on each date.");
        command.Options.Add(add);
        command.Options.Add(html);
        command.Options.Add(quiet);
        command.Options.Add(strict);
        command.Options.Add(db);
        command.SetAction(parseResult =>
        {
            var (dataset, failures) = LoadDataset(parseResult.GetValue(db), parseResult.GetValue(add), clock, stderr, parseResult.GetValue(quiet), parseResult.GetValue(strict));
            if (parseResult.GetValue(html) is { } file)
            {
                WriteHtml(dataset, file);
            }
            else
            {
                TimelineWriter.Write(dataset, stdout);
            }

            return failures.Finish(stderr);
        });
        return command;
    }

    private static Option<string> HtmlOption() => new("--html")
    {
        Description = "Write the timeline and report as one self-contained HTML page to this file (replaced if it exists) instead of text to standard output.",
        HelpName = "FILE",
    };

    /// <summary>Writes the HTML page to <paramref name="file"/>; a file that cannot be written is bad input naming it.</summary>
    private static void WriteHtml(KoreaEventsDataset dataset, string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None);
            HtmlTimelineReport.Write(dataset, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var why = Directory.Exists(file) ? "it is a directory"
                : ex is UnauthorizedAccessException ? "permission denied"
                : ex is DirectoryNotFoundException ? "its directory does not exist"
                : ex.Message;
            throw new CliInputException($"--html '{InputFiles.Quote(file)}' cannot be written ({why})", ex);
        }
    }

    /// <summary><c>--add</c> takes one or more files: <c>--add</c> with none (or with another option after it) is a usage error.</summary>
    internal static Option<string[]> AddOption() => new Option<string[]>("--add")
    {
        Description = "UTF-8 article files to add to the embedded corpus; each becomes a source named after its file.",
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    }.MustBeFiles();

    /// <summary>Loads the dataset (of the store <paramref name="db"/>, else the embedded one) with the added files,
    /// showing progress on standard error when it is a terminal.</summary>
    private static (KoreaEventsDataset Dataset, AddedFileFailures Failures) LoadDataset(string? db, string[]? files, IClock clock, TextWriter stderr, bool quiet, bool strict) =>
        (files is null || files.Length == 0) && db is null
            ? LoadDataset(db, files, clock, null, strict)
            : CliProgress.Run(stderr, quiet, progress => LoadDataset(db, files, clock, progress, strict));

    /// <summary>
    /// Loads the dataset and adds <paramref name="files"/>: reading them, then corroborating, as two progress
    /// steps. The dataset is the corpus store <paramref name="db"/> (opened read-only: the added files are not stored)
    /// when given, else the embedded one. A file that cannot be read (unreadable, binary, invalid UTF-8, a name another
    /// file already takes) is kept in the failures and the others are added; with <paramref name="strict"/> the first
    /// one stops the command.
    /// </summary>
    internal static (KoreaEventsDataset Dataset, AddedFileFailures Failures) LoadDataset(string? db, string[]? files, IClock clock, CliProgress? progress, bool strict)
    {
        KoreaEventsDataset dataset;
        if (db is not null)
        {
            using var opening = progress?.Begin($"open {db}");
            dataset = StoreFiles.OpenForReading(db, clock).Dataset;
        }
        else
        {
            dataset = ReferenceEquals(clock, SystemClock.Instance) ? KoreaEventsDataset.Load() : KoreaEventsDataset.Load(clock);
        }

        var failures = new AddedFileFailures(files?.Length ?? 0);
        if (files is null || files.Length == 0)
        {
            return (dataset, failures);
        }

        var articles = new List<ArticleInput>();
        using var reading = progress?.Begin($"read {files.Length} article file(s)", files.Length);
        foreach (var file in files)
        {
            reading?.Report(articles.Count + failures.Count);
            try
            {
                var text = ArticleFiles.ReadText(file);
                // Prefixed so an added file never takes a seed's id.
                var id = new SourceId("file-" + ArticleFiles.IdFor(file).Value);
                if (articles.Exists(a => a.Id == id) || dataset.FindSource(id) is not null)
                {
                    throw new CliInputException($"{file}: another {(db is not null && dataset.FindSource(id) is not null ? "article in " + db : "added file")} is also named '{id}'; rename one of them.");
                }

                articles.Add(new ArticleInput(id, text));
            }
            catch (CliInputException ex) when (!strict)
            {
                failures.Add(file, ex.Message);
            }
        }

        reading?.Dispose();
        using var corroborating = progress?.Begin("extract and corroborate");
        return (articles.Count == 0 ? dataset : dataset.WithArticles(articles), failures);
    }
}

using System.CommandLine;
using KoreaEvents.Core.Text;
using KoreaEvents.Storage;
using NodaTime;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents ingest --db FILE [--empty] [--knowledge FILES...] [PATHS...]</c>: adds articles (files, and the
/// <c>*.txt</c> files under directories, recursively) to a corpus store, creating it with the embedded seeds (none with
/// <c>--empty</c>) when it is missing. Each article is one transaction; the same text again is said to be already in
/// the store and changes nothing. <c>--knowledge</c> adds knowledge-base JSON documents (actors, places, events,
/// lexicon), which the store keeps and uses from then on. A file that cannot be read is reported and the others are
/// ingested (exit code 2); <c>--strict</c> stops at the first.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var db = new Option<string>("--db")
        {
            Description = "The corpus store (a SQLite file) to add to; created when missing.",
            HelpName = "FILE",
            Required = true,
        };
        var empty = new Option<bool>("--empty") { Description = "Create the new store without the five embedded seed articles." };
        var knowledge = new Option<string[]>("--knowledge")
        {
            Description = "Knowledge-base JSON files (actors, places, events, lexicon: the format of src/KoreaEvents.Core/Data) to keep in the store and use for every article.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "FILES",
        }.MustBeFiles();
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (UTF-8 text) and directories (every *.txt below them).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!Directory.Exists(token.Value) && InputFiles.Problem(token.Value, null) is { } problem)
                {
                    result.AddError(problem);
                }
            }
        });
        var quiet = CommonOptions.Quiet();
        var strict = new Option<bool>("--strict") { Description = "Stop at the first file that cannot be read (by default it is reported, the others are ingested, and the exit code is 2)." };
        var command = new Command("ingest", "Add articles (files, directories of *.txt) and knowledge-base JSON to a corpus store on disk; idempotent, one transaction per article.");
        command.Options.Add(db);
        command.Options.Add(empty);
        command.Options.Add(knowledge);
        command.Options.Add(quiet);
        command.Options.Add(strict);
        command.Arguments.Add(paths);
        command.Validators.Add(result =>
        {
            if (result.GetValue(empty) && result.GetValue(db) is { } file && File.Exists(file))
            {
                result.AddError($"--empty chooses how a new store starts, but '{InputFiles.Quote(file)}' already exists.");
            }
        });
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(db)!;
            var files = Expand(parseResult.GetValue(paths) ?? []);
            var knowledgeFiles = parseResult.GetValue(knowledge) ?? [];
            bool isStrict = parseResult.GetValue(strict);
            var failures = new AddedFileFailures(files.Count + knowledgeFiles.Length);
            int added = 0, already = 0;
            CliProgress.Run(stderr, parseResult.GetValue(quiet), progress => StoreFiles.Guard(() =>
            {
                using var store = Open(path, clock, parseResult.GetValue(empty), progress);
                foreach (var file in knowledgeFiles)
                {
                    try
                    {
                        bool isNew;
                        using (var stream = InputFiles.Read(file, File.OpenRead))
                        {
                            isNew = store.AddKnowledge(stream, file);
                        }

                        stdout.WriteLine(isNew ? $"knowledge {InputFiles.Quote(file)}: added" : $"knowledge {InputFiles.Quote(file)}: already in store");
                    }
                    catch (CorpusStoreException ex) when (ex.Problem == CorpusStoreProblem.InvalidKnowledge && !isStrict)
                    {
                        failures.Add(file, ex.Message);
                    }
                    catch (CliInputException ex) when (!isStrict)
                    {
                        failures.Add(file, ex.Message);
                    }
                }

                var inputs = new List<StoreInput>();
                using (var reading = progress.Begin($"read {files.Count} article file(s)", files.Count))
                {
                    foreach (var file in files)
                    {
                        reading.Report(inputs.Count + failures.Count);
                        try
                        {
                            inputs.Add(new StoreInput(ArticleFiles.ReadText(file), file));
                        }
                        catch (CliInputException ex) when (!isStrict)
                        {
                            failures.Add(file, ex.Message);
                        }
                    }
                }

                IReadOnlyList<IngestResult> results;
                using (progress.Begin($"extract, corroborate and store {inputs.Count} article(s)"))
                {
                    try
                    {
                        results = store.IngestAll(inputs);
                    }
                    catch (ArticleFormatException ex)
                    {
                        throw new CliInputException(ex.Message, ex);
                    }
                }

                foreach (var result in results)
                {
                    var file = InputFiles.Quote(result.FileName!);
                    if (result.Added)
                    {
                        added++;
                        stdout.WriteLine($"added {result.Id}: {file}");
                    }
                    else
                    {
                        already++;
                        stdout.WriteLine($"already in store as {result.Id}: {file}");
                    }
                }

                int seeds = store.Articles.Count(a => a.IsSeed);
                stdout.WriteLine($"{InputFiles.Quote(path)}: {store.Articles.Count} article(s){(seeds > 0 ? $" ({seeds} seeds)" : string.Empty)}, {store.Knowledge.Count} knowledge file(s); {added} added, {already} already in store.");
                return 0;
            }));
            return failures.Finish(stderr);
        });
        return command;
    }

    private static CorpusStore Open(string path, IClock clock, bool empty, CliProgress progress)
    {
        using var opening = progress.Begin($"open {path}");
        return StoreFiles.OpenForWriting(path, clock, empty);
    }

    /// <summary>The files named, with each directory replaced by the <c>*.txt</c> files below it (in ordinal order of their paths).</summary>
    private static List<string> Expand(string[] paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new CliInputException($"'{InputFiles.Quote(path)}' cannot be listed ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)})", ex);
                }
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}

using System.CommandLine;
using System.Globalization;
using KoreaEvents.Core.Model;
using KoreaEvents.Core;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents dates &lt;file|seed-id|all&gt; [--anchor yyyy-MM-dd] [--events file.tsv] [--json]</c>: lists every
/// temporal expression with its value, anchor and offsets, and the publication estimate with the candidates
/// considered and the reason each was kept or rejected.
/// </summary>
internal static class DatesCommand
{
    public static Command Create(TextWriter stdout, IClock clock)
    {
        var input = CommonOptions.Input();
        var anchor = CommonOptions.Anchor("The publication date to resolve against (yyyy-MM-dd). The content is still checked against it.");
        var events = new Option<string?>("--events")
        {
            Description = "Dated facts to date the document by, instead of the embedded event catalogue: a tab-separated file of key, date estimate (2019-02-27/2019-02-28) and phrases separated by '|'.",
        }.MustBeFiles();
        var json = new Option<bool>("--json") { Description = "Write the result as JSON instead of tables." };
        var command = new Command("dates", "Find and resolve the date expressions of an article, and estimate when it was published.");
        command.Arguments.Add(input);
        command.Options.Add(anchor);
        command.Options.Add(events);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var documents = ArticleFiles.Load(parseResult.GetValue(input)!);
            var options = new DocumentDatingOptions { SuppliedDate = ArticleFiles.ParseAnchor(parseResult.GetValue(anchor)) };
            var known = parseResult.GetValue(events) is { } path ? ReadEvents(path) : KnownEventDates.FromEvents(KnowledgeBase.Default.Events);
            var dater = new DocumentDater(known, clock: clock);
            var datings = documents.Select(d => dater.Date(d, options)).ToList();
            if (parseResult.GetValue(json))
            {
                // One document as an object; several (for 'all') as an array of them, as parse and claims do.
                stdout.WriteLine(JsonList.Format(datings.ConvertAll(d => KoreaEventsJson.Serialize(d))));
                return CliApp.Success;
            }

            var console = ConsoleFactory.Create(stdout);
            for (int i = 0; i < datings.Count; i++)
            {
                if (datings.Count > 1)
                {
                    if (i > 0)
                    {
                        stdout.WriteLine();
                    }

                    stdout.WriteLine($"source:      {documents[i].Id}");
                }

                Write(stdout, console, datings[i]);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static KnownEventDates ReadEvents(string path)
    {
        var lines = InputFiles.Read(path, File.ReadAllLines);

        var events = new List<KnownEventDate>();
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3 || !DateEstimate.TryParse(cells[1].Trim(), out var date))
            {
                throw InputFiles.Malformed(path, "a tab-separated text file", $"{InputFiles.Quote(path)}, line {i + 1}: expected 'key<TAB>date estimate<TAB>phrase|phrase', e.g. 'hanoi-summit-2019<TAB>2019-02-27/2019-02-28<TAB>Hanoi'.", new FormatException());
            }

            var phrases = cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (phrases.Length == 0 || string.IsNullOrWhiteSpace(cells[0]))
            {
                throw new CliInputException($"{InputFiles.Quote(path)}, line {i + 1}: a known event needs a key and at least one phrase.");
            }

            events.Add(new KnownEventDate(cells[0].Trim(), date, phrases));
        }

        try
        {
            return new KnownEventDates(events);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException($"{InputFiles.Quote(path)}: {ex.Message}", ex);
        }
    }

    private static void Write(TextWriter stdout, IAnsiConsole console, DocumentDating dating)
    {
        // Plain lines go straight to the writer (unwrapped, so they can be searched); tables go through Spectre.
        DatingSummaryWriter.WriteHeader(dating, stdout);
        var candidates = new Table().Title("publication candidates").AddColumns("", "evidence", "kind", "offset", "allows", "reason");
        foreach (var c in dating.Publication.Candidates)
        {
            AddRow(candidates,
                c.Accepted ? "+" : "-",
                c.Evidence,
                c.Role is { } role ? $"{c.Kind} ({role})" : c.Kind.ToString(),
                c.Start is { } start ? Offsets(start, c.Length ?? 0) : "",
                c.Allows,
                c.Reason);
        }

        console.Write(candidates);
        console.WriteLine();

        var mentions = new Table().Title("temporal expressions").AddColumns("offset", "text", "kind", "reference", "tense", "value", "anchor");
        foreach (var m in dating.Mentions)
        {
            AddRow(mentions,
                Offsets(m.Start, m.Length),
                m.Text,
                m.Kind.ToString(),
                m.Reference.ToString(),
                m.Tense.ToString().ToLowerInvariant(),
                m.ValueText,
                m.Anchor is { } anchor ? LocalDatePattern.Iso.Format(anchor) : "");
        }

        console.Write(mentions);
    }

    private static string Offsets(int start, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{start}..{start + length}");

    private static void AddRow(Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => new Text(c)).ToArray<Spectre.Console.Rendering.IRenderable>());
}

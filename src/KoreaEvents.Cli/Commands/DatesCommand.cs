using System.CommandLine;
using KoreaEvents.Core;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Time;
using KoreaEvents.Core.Time.TimeMl;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents dates &lt;file|seed-id|all&gt; [--anchor yyyy-MM-dd] [--events file.tsv] [--json | --format table|json|timeml]</c>: lists every
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
            Description = "Dated facts to date the document by, instead of the embedded event catalogue and dated facts: a tab-separated file of key, date estimate (2019-02-27/2019-02-28) and phrases separated by '|'.",
        }.MustBeFiles();
        var json = new Option<bool>("--json") { Description = "Write the result as JSON instead of tables (the same as --format json)." };
        var format = new Option<string>("--format")
        {
            Description = "table (the default), json, or timeml: the text with inline TimeML <TIMEX3> tags, anchored on the publication estimate.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "timeml");
        var command = new Command("dates", "Find and resolve the date expressions of an article, and estimate when it was published.");
        command.Arguments.Add(input);
        command.Options.Add(anchor);
        command.Options.Add(events);
        command.Options.Add(json);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var documents = ArticleFiles.Load(parseResult.GetValue(input)!);
            var options = new DocumentDatingOptions { SuppliedDate = ArticleFiles.ParseAnchor(parseResult.GetValue(anchor)) };
            var known = parseResult.GetValue(events) is { } path ? ReadEvents(path) : KnowledgeBase.Default.KnownDates;
            var dater = new DocumentDater(known, clock: clock);
            var datings = documents.Select(d => dater.Date(d, options)).ToList();
            string chosen = parseResult.GetValue(json) ? "json" : parseResult.GetValue(format)!;
            if (chosen == "timeml")
            {
                for (int i = 0; i < documents.Count; i++)
                {
                    var anchorDay = datings[i].Publication.Anchor;
                    var text = documents[i].Text;
                    stdout.Write(TimeMlWriter.Write(text, TemporalTagger.Default.TagTimex(text, anchorDay), anchorDay, documents[i].Id?.ToString()));
                }

                return CliApp.Success;
            }

            if (chosen == "json")
            {
                // One document as an object; several (for 'all') as an array of them, as parse and claims do.
                stdout.WriteLine(JsonList.Format(datings.ConvertAll(d => KoreaEventsJson.Serialize(d))));
                return CliApp.Success;
            }

            SpectreRenderer.Write(DatingListing.For(documents, datings), stdout);
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Reads an <c>--events</c> file; a malformed line names the file and the line (a binary file is said to be one).</summary>
    private static KnownEventDates ReadEvents(string path)
    {
        try
        {
            return InputFiles.Read(path, p =>
            {
                using var reader = File.OpenText(p);
                return KnownEventDates.ReadTsv(reader, InputFiles.Quote(p));
            });
        }
        catch (KnownEventsFormatException ex) when (ex.Reason == KnownEventsFormatReason.MalformedLine)
        {
            throw InputFiles.Malformed(path, "a tab-separated text file", ex.Message, ex);
        }
        catch (KnownEventsFormatException ex)
        {
            throw new CliInputException(ex.Message, ex);
        }
    }
}

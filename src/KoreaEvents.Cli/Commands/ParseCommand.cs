using System.CommandLine;
using KoreaEvents.Core;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents parse &lt;file|seed-id&gt; [--json]</c>: parses an article (a UTF-8 text file, or an embedded seed by
/// id) and prints a readable summary, or the parsed document as JSON.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout)
    {
        var input = CommonOptions.Input();
        var json = new Option<bool>("--json") { Description = "Write the parsed document as JSON instead of a summary." };
        var command = new Command("parse", "Parse an article: title, outlet, datelines with roles, origins, paragraphs, removed lines.");
        command.Arguments.Add(input);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var documents = ArticleFiles.Load(parseResult.GetValue(input)!);
            if (parseResult.GetValue(json))
            {
                // One document as an object; several as an array of them.
                stdout.WriteLine(JsonList.Format(documents.Select(d => KoreaEventsJson.Serialize(d)).ToList()));
            }
            else
            {
                SpectreRenderer.Write(ParseListing.For(documents), stdout);
            }

            return CliApp.Success;
        });
        return command;
    }
}

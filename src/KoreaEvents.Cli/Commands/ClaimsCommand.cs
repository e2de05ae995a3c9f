using System.CommandLine;
using KoreaEvents.Core;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Reporting;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents claims &lt;file|seed-id|all&gt; [--anchor yyyy-MM-dd] [--json]</c>: extracts an article's event mentions
/// (with their links to the catalogue) and claims (with quotes, offsets, attribution and modality).
/// </summary>
internal static class ClaimsCommand
{
    public static Command Create(TextWriter stdout, IClock clock)
    {
        var input = CommonOptions.Input();
        var anchor = CommonOptions.Anchor("The document date to resolve relative dates against (yyyy-MM-dd); by default the document is dated from its content.");
        var json = new Option<bool>("--json") { Description = "Write the extraction result as JSON instead of tables." };
        var command = new Command("claims", "Extract claims: event mentions linked to the catalogue, and each claim with its quote, offsets, speaker and modality.");
        command.Arguments.Add(input);
        command.Options.Add(anchor);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var documents = ArticleFiles.Load(parseResult.GetValue(input)!);
            var date = ArticleFiles.ParseAnchor(parseResult.GetValue(anchor));
            var extractor = ClaimExtractor.Default.WithClock(clock);
            var results = documents.Select(d => date is { } a ? extractor.Extract(d, a) : extractor.Extract(d)).ToList();
            if (parseResult.GetValue(json))
            {
                stdout.WriteLine(JsonList.Format(results.ConvertAll(r => KoreaEventsJson.Serialize(r))));
                return CliApp.Success;
            }

            SpectreRenderer.Write(ClaimListing.For(documents, results), stdout);
            return CliApp.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using KoreaEvents.Core;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Text;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
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

            var console = ConsoleFactory.Create(stdout);
            for (int i = 0; i < results.Count; i++)
            {
                if (i > 0)
                {
                    console.WriteLine();
                    console.Write(new Rule());
                }

                Write(console, documents[i].Text, results[i]);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, string text, ExtractionResult result)
    {
        var s = result.Source;
        console.WriteLine($"source:     {s.Id}{(s.Outlet is null ? "" : " (" + s.Outlet + ")")}, {s.Kind}");
        string open = s.Published is { IsOpenEnded: true } ? " (open above: no later bound in the text)" : string.Empty;
        console.WriteLine($"published:  {s.Published?.ToString() ?? "unknown"}{open}; relative dates read against {(result.Anchor is { } a ? LocalDatePattern.Iso.Format(a) : "nothing (left unresolved)")}");
        console.WriteLine($"origins:    {(s.Origins.Count == 0 ? "(none stated)" : string.Join(", ", s.Origins))}");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"counts:     {result.EventMentions.Count} event mentions ({result.EventMentions.Count(e => e.Status == EventLinkStatus.Catalogued)} catalogued, {result.EventMentions.Count(e => e.Status == EventLinkStatus.Provisional)} provisional, {result.EventMentions.Count(e => e.Status == EventLinkStatus.Ambiguous)} ambiguous), {result.Claims.Count} claims"));
        console.WriteLine();

        var mentions = new Table().Title("event mentions").AddColumns("line:col", "text", "link", "score", "modality", "by");
        foreach (var e in result.EventMentions)
        {
            var link = e.Event is { } id ? id.ToString() : e.Status == EventLinkStatus.Ambiguous ? "ambiguous: " + string.Join(" | ", e.Alternatives) : "-";
            AddPlainRow(mentions, Where(text, e.Start), e.Text, link, e.Score.ToString("0.0", CultureInfo.InvariantCulture), e.Modality.ToString(), e.Attribution?.ToString() ?? "");
        }

        console.Write(mentions);
        var claims = new Table().Title("claims").AddColumns("id", "subject", "facet", "value", "modality", "by", "evidence");
        foreach (var c in result.Claims)
        {
            AddPlainRow(claims, c.Id.ToString(), c.Subject.ToString(), c.Facet.ToString(), c.Value.ToString(), c.Modality.ToString(), c.Attribution?.ToString() ?? "",
                $"{Where(text, c.Evidence!.Start)} \"{Shorten(c.Evidence.Quote, 70)}\"");
        }

        console.Write(claims);
        foreach (var p in result.ProvisionalEvents)
        {
            console.WriteLine($"provisional event: {p} [{string.Join(", ", p.Participants)}]");
        }

        foreach (var p in result.ProvisionalActors)
        {
            console.WriteLine($"provisional actor: {p}");
        }
    }

    private static string Where(string text, int offset)
    {
        int line = 1 + text.AsSpan(0, offset).Count('\n');
        int column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{line}:{column}");
    }

    /// <summary>Adds a row of plain text: article text must never be read as markup.</summary>
    private static void AddPlainRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)).ToArray());

    private static string Shorten(string text, int length) => (text.Length <= length ? text : text[..(length - 1)] + "…").Replace('\n', ' ');
}

using System.CommandLine;
using System.Globalization;
using KoreaEvents.Core;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Text;
using Spectre.Console;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents parse &lt;file|seed-id&gt; [--json]</c>: parses an article (a UTF-8 text file, or an embedded seed by
/// id) and prints a readable summary, or the parsed document as JSON.
/// </summary>
internal static class ParseCommand
{
    private const int FirstWords = 8;

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
                var console = ConsoleFactory.Create(stdout);
                for (int i = 0; i < documents.Count; i++)
                {
                    if (i > 0)
                    {
                        console.WriteLine();
                        console.Write(new Rule());
                    }

                    WriteSummary(console, documents[i]);
                }
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteSummary(IAnsiConsole console, SourceDocument document)
    {
        console.WriteLine($"source:     {document.Id?.ToString() ?? "(file)"}");
        console.WriteLine($"title:      {document.Title?.Text ?? "(none stated)"}");
        console.WriteLine($"outlet:     {document.Outlet?.Text ?? "(none stated)"}");
        console.WriteLine($"byline:     {document.Byline?.Statement.Text ?? "(none stated)"}");
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"counts:     {document.Paragraphs.Count} paragraphs, {document.Sentences.Count} sentences, {document.Headings.Count} headings, {document.Quotations.Count} quotations, {document.SpeakerTurns.Count} speaker turns, {document.RemovedLines.Count} removed lines"));

        console.WriteLine();
        if (document.Datelines.Count == 0)
        {
            console.WriteLine("datelines:  (none)");
        }
        else
        {
            var dates = new Table().Title("datelines").AddColumns("role", "date", "time", "as written", "offset");
            foreach (var d in document.Datelines)
            {
                AddPlainRow(dates, 
                    d.Role.ToString(),
                    NodaTime.Text.LocalDatePattern.Iso.Format(d.Date),
                    d.TimeOfDay is { } t ? NodaTime.Text.LocalTimePattern.ExtendedIso.Format(t) : "",
                    d.DateText.Text,
                    d.DateText.Span.ToString());
            }

            console.Write(dates);
        }

        if (document.UpstreamOrigins.Count == 0)
        {
            console.WriteLine("origins:    (none stated)");
        }
        else
        {
            foreach (var o in document.UpstreamOrigins)
            {
                console.WriteLine($"origin:     {o.Name} ({o.Kind}) in \"{document.GetText(o.Statement)}\" {o.Mention.Span}");
            }
        }

        console.WriteLine();
        var headingsByParagraph = document.Headings.ToLookup(h => h.NextParagraph);
        var paragraphs = new Table().Title("body").AddColumns("#", "offset", "sentences", "begins");
        foreach (var p in document.Paragraphs)
        {
            foreach (var h in headingsByParagraph[p.Index])
            {
                AddPlainRow(paragraphs, "", h.Segment.Span.ToString(), "", "## " + h.Segment.Text);
            }

            var speaker = p.SpeakerTurn is { } turn && document.SpeakerTurns[turn].FirstParagraph == p.Index ? document.SpeakerTurns[turn].Label.Text + " " : "";
            AddPlainRow(paragraphs, 
                p.Index.ToString(CultureInfo.InvariantCulture),
                p.Span.ToString(),
                p.SentenceCount.ToString(CultureInfo.InvariantCulture),
                speaker + Begin(p.Text));
        }

        console.Write(paragraphs);
        if (document.RemovedLines.Count > 0)
        {
            var removed = new Table().Title("removed lines").AddColumns("line", "reason", "text");
            foreach (var r in document.RemovedLines)
            {
                AddPlainRow(removed, r.LineNumber.ToString(CultureInfo.InvariantCulture), r.Reason.ToString(), Shorten(r.Segment.Text, 80));
            }

            console.Write(removed);
        }
    }

    /// <summary>Adds a row of plain text: article text and spans such as [12..40) must never be read as markup.</summary>
    private static void AddPlainRow(Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => new Text(c)).ToArray());

    private static string Begin(string text)
    {
        var words = text.Split((char[]?)null, FirstWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= FirstWords ? string.Join(' ', words) : string.Join(' ', words.Take(FirstWords)) + " …";
    }

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : text[..(length - 1)] + "…";
}

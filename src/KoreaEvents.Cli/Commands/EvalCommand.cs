using System.CommandLine;
using System.Text.Json;
using KoreaEvents.Core;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Extraction.Evaluation;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Text;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents eval --gold FILE [--details] [--json]</c>: extracts the claims of every source a gold standard covers
/// (an embedded seed by id, or a text file <c>{source}.txt</c> beside the gold file) and prints precision, recall and F1
/// per facet under the matching rule of <see cref="ExtractionEvaluator"/>.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, IClock clock)
    {
        var gold = new Option<string>("--gold") { Description = "The gold standard (JSON; see tests/KoreaEvents.Core.Tests/Acceptance/gold/README.md).", Required = true }.MustBeFiles();
        var details = new Option<bool>("--details") { Description = "Also list the missed gold claims and the spurious predictions." };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON." };
        var command = new Command("eval", "Score claim extraction against a gold standard: precision, recall and F1 per facet.");
        command.Options.Add(gold);
        command.Options.Add(details);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(gold)!;
            GoldStandard standard;
            var text = InputFiles.Read(path, File.ReadAllText);
            try
            {
                standard = KoreaEventsJson.DeserializeGoldStandard(text, InputFiles.Quote(path));
            }
            catch (JsonException ex)
            {
                throw InputFiles.Malformed(path, "a JSON gold standard", ex.Message, ex, ex.LineNumber + 1, ex.BytePositionInLine + 1);
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var claims = standard.Sources.SelectMany(source =>
            {
                var file = Path.Combine(directory, source.Value + ".txt");
                SourceDocument document = File.Exists(file) ? ArticleParser.Parse(ArticleFiles.ReadText(file), source)
                    : SeedCorpus.Find(source.Value!) is { } seed ? ArticleParser.Parse(seed.Text, seed.Id)
                    : throw new CliInputException($"{InputFiles.Quote(path)}: the source '{source}' is neither an embedded seed nor a file {InputFiles.Quote(file)}.");
                return ClaimExtractor.Default.WithClock(clock).Extract(document).Claims;
            }).ToList();
            var report = ExtractionEvaluator.Evaluate(standard, claims);
            if (parseResult.GetValue(json))
            {
                stdout.WriteLine(KoreaEventsJson.Serialize(report));
                return CliApp.Success;
            }

            stdout.Write(report.ToTable());
            if (parseResult.GetValue(details))
            {
                stdout.WriteLine();
                EvaluationDetailsWriter.Write(report, stdout);
            }

            return CliApp.Success;
        });
        return command;
    }
}

using System.CommandLine;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Time.TimeMl;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents eval-timeml DIR [--errors]</c>: tags every <c>*.tml</c> file of a folder anchored on its creation
/// time and prints the TempEval-3 Task A measures (strict and relaxed extent, value and type F1) and a table per type.
/// </summary>
internal static class EvalTimeMlCommand
{
    public static Command Create(TextWriter stdout)
    {
        var directory = new Argument<string>("dir") { Description = "A folder of TimeML files (*.tml), e.g. the TempEval-3 training set." };
        var errors = new Option<bool>("--errors") { Description = "Also list every missed, spurious, extent, type and value error." };
        var command = new Command("eval-timeml", "Score the temporal tagger on TimeML files: TempEval-3 Task A extent, value and type F1.");
        command.Arguments.Add(directory);
        command.Options.Add(errors);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(directory)!;
            if (!Directory.Exists(path))
            {
                throw new CliInputException($"{InputFiles.Quote(path)}: no such folder.");
            }

            IReadOnlyList<TimeMlDocument> documents;
            try
            {
                documents = TimeMlDocument.LoadDirectory(path);
            }
            catch (TimeMlFormatException ex)
            {
                throw new CliInputException(ex.Message, ex);
            }

            if (documents.Count == 0)
            {
                throw new CliInputException($"{InputFiles.Quote(path)}: no .tml files.");
            }

            TimeMlEvaluationWriter.Write(TimeMlEvaluation.Evaluate(documents), stdout, parseResult.GetValue(errors));
            return CliApp.Success;
        });
        return command;
    }
}

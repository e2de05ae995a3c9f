using System.Globalization;
using KoreaEvents.Core.Time;
using KoreaEvents.Core.Time.TimeMl;

namespace KoreaEvents.Core.Reporting;

/// <summary>The text output of <c>koreaevents eval-timeml</c>: the TempEval-3 Task A measures, a table per TIMEX3 type
/// and, on request, the error list.</summary>
public static class TimeMlEvaluationWriter
{
    /// <summary>Writes the measures (percentages with one decimal), the per-type table and, when
    /// <paramref name="errors"/> is true, one line per error.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="output">Where the lines go.</param>
    /// <param name="errors">Whether to list the errors.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TimeMlEvaluation evaluation, TextWriter output, bool errors = false)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Invariant($"documents: {evaluation.Documents}, gold TIMEX3: {evaluation.GoldCount}, system TIMEX3: {evaluation.SystemCount}"));
        output.WriteLine(Invariant($"matches: strict {evaluation.StrictMatches}, relaxed {evaluation.RelaxedMatches}, value correct {evaluation.ValueCorrect}, type correct {evaluation.TypeCorrect}"));
        output.WriteLine();
        output.WriteLine("measure           P      R      F1");
        Row(output, "strict extent", evaluation.Strict);
        Row(output, "relaxed extent", evaluation.Relaxed);
        Row(output, "value", evaluation.Value);
        Row(output, "type", evaluation.Type);
        output.WriteLine();
        output.WriteLine("type       gold  system  matched  value   extent P/R/F1         value P/R/F1");
        foreach (var t in evaluation.PerType)
        {
            output.WriteLine(Invariant($"{Timex3.TypeNameOf(t.Type),-9} {t.Gold,5} {t.System,7} {t.Matched,8} {t.ValueCorrect,6}   {Pct(t.Extent.Precision)}/{Pct(t.Extent.Recall)}/{Pct(t.Extent.F1)}   {Pct(t.Value.Precision)}/{Pct(t.Value.Recall)}/{Pct(t.Value.F1)}"));
        }

        if (!errors)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Invariant($"errors ({evaluation.Errors.Count}):"));
        foreach (var e in evaluation.Errors)
        {
            string kind = e.Kind.ToString().ToLowerInvariant();
            string gold = e.Gold is { } g ? Describe(g) : "-";
            string system = e.System is { } s ? Describe(s) : "-";
            output.WriteLine(Invariant($"{e.Document}\t{kind}\tgold {gold}\tsystem {system}"));
        }
    }

    private static string Describe(Timex3 t) =>
        Invariant($"{t.Start}:\"{t.Text.Replace('\n', ' ')}\" {t.TypeName} {t.Value}{(t.Mod is null ? string.Empty : " " + t.Mod)}");

    private static void Row(TextWriter output, string name, TimeMlScore score) =>
        output.WriteLine(Invariant($"{name,-15} {Pct(score.Precision),6} {Pct(score.Recall),6} {Pct(score.F1),6}"));

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

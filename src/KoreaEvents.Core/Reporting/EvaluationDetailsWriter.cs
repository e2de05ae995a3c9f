using KoreaEvents.Core.Extraction.Evaluation;

namespace KoreaEvents.Core.Reporting;

/// <summary>The missed gold claims and the spurious predictions of an extraction evaluation as text
/// (<c>koreaevents eval --details</c>).</summary>
public static class EvaluationDetailsWriter
{
    /// <summary>Writes <c>missed (N):</c> with one line per missed gold claim and its quote, then <c>spurious (N):</c>
    /// with one line per spurious prediction, its offsets and quote.</summary>
    /// <param name="report">The evaluation.</param>
    /// <param name="output">Where the lines go.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        output.WriteLine($"missed ({report.Missed.Count}):");
        foreach (var m in report.Missed)
        {
            output.WriteLine($"  {m} \"{m.Evidence.Quote}\"");
        }

        output.WriteLine($"spurious ({report.Spurious.Count}):");
        foreach (var s in report.Spurious)
        {
            output.WriteLine($"  {s.Source} {s.Subject} {s.Facet} = {s.Value} @{s.Evidence?.Start}+{s.Evidence?.Length} \"{s.Evidence?.Quote}\"");
        }
    }
}

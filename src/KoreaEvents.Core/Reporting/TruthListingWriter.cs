using System.Globalization;
using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Reporting;

/// <summary>
/// A truth-discovery result as text (the output of <c>koreaevents truth</c>): a CSV listing of the sources by trust
/// and of the chosen value per object, or the one-line score against a truth table.
/// </summary>
public static class TruthListingWriter
{
    /// <summary>Writes two header comments (<c># algorithm=...</c>, <c># rows=...</c>), then two CSV sections separated
    /// by an empty line: <c>source,trust,claims</c> with the sources by trust, then <c>object,value,confidence</c> with
    /// the objects in input order. Fields are quoted as <see cref="CsvField.Encode"/> does; lines end with <c>\n</c>.</summary>
    /// <param name="result">The result to list.</param>
    /// <param name="output">Where the listing goes (written in blocks of 64K characters).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(TruthDiscoveryResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);

        var t = result.Table;
        var inv = CultureInfo.InvariantCulture;
        var text = new BlockTextWriter(output);
        text.Append(string.Create(inv, $"# algorithm={result.Algorithm} iterations={result.Iterations} converged={(result.Converged ? "true" : "false")} tolerance={result.Tolerance:G3}\n"));
        text.Append(string.Create(inv, $"# rows={t.RowCount} repeated={t.RepeatedRowCount} claims={t.ClaimCount} sources={t.SourceCount} objects={t.ObjectCount} dependent_pairs={result.Dependences.Count}\n"));
        text.Append("source,trust,claims\n");
        foreach (int s in result.GetSourcesByTrust())
        {
            text.AppendField(t.Sources[s]);
            text.Append(',');
            text.Append(result.GetTrust(s), "F4");
            text.Append(',');
            text.Append(t.GetSourceClaimCount(s));
            text.Append('\n');
        }

        text.Append('\n');
        text.Append("object,value,confidence\n");
        for (int o = 0; o < t.ObjectCount; o++)
        {
            text.AppendField(t.Objects[o]);
            text.Append(',');
            text.AppendField(result.GetChosenValueText(o));
            text.Append(',');
            text.Append(result.GetConfidence(o), "F4");
            text.Append('\n');
        }

        text.Flush();
    }

    /// <summary>The one summary line of a run scored against a truth table (the accuracy script reads it), ending with
    /// <c>\n</c>: <c>algorithm=... accuracy=0.0000 correct=... scored=... missing=... iterations=... converged=...
    /// claims=... read_ms=... run_ms=...</c>.</summary>
    /// <param name="result">The result that was scored.</param>
    /// <param name="evaluation">Its score against the truth table.</param>
    /// <param name="readMilliseconds">The time taken to read the claims.</param>
    /// <param name="runMilliseconds">The time taken to run the algorithm.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string FormatEvaluation(TruthDiscoveryResult result, TruthEvaluation evaluation, double readMilliseconds, double runMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(result);
        var e = evaluation;
        return string.Create(CultureInfo.InvariantCulture, $"algorithm={result.Algorithm} accuracy={e.Accuracy:F4} correct={e.Correct} scored={e.Scored} missing={e.MissingFromClaims} iterations={result.Iterations} converged={(result.Converged ? "true" : "false")} claims={result.Table.ClaimCount} read_ms={readMilliseconds:F0} run_ms={runMilliseconds:F0}\n");
    }
}

using System.Text.Json;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>
/// Writes a <see cref="TruthDiscoveryResult"/> as JSON (source-generated, AOT safe), with a <c>schemaVersion</c>.
/// Sources are listed by trust (highest first, then name ordinal), objects in table order, dependences most probable
/// first; probabilities and trusts are rounded to six decimals.
/// </summary>
public static class TruthReportJson
{
    /// <summary>Returns the JSON report of <paramref name="result"/>, with <paramref name="evaluation"/> when given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(TruthDiscoveryResult result, TruthEvaluation? evaluation = null)
    {
        Preconditions.CheckNotNull(result);
        var t = result.Table;
        var sources = result.GetSourcesByTrust()
            .Select(s => new TruthSourceEntry(t.SourceNames[s], Round(result.Trusts[s]), t.SourceClaimCounts[s]))
            .ToList();
        var objects = new List<TruthObjectEntry>(t.ObjectCount);
        for (int o = 0; o < t.ObjectCount; o++)
        {
            int v = result.ChosenValues[o];
            objects.Add(new TruthObjectEntry(t.ObjectNames[o], t.ValueTexts[v], Round(result.ValueConfidences[v]), t.ClaimStart[o + 1] - t.ClaimStart[o]));
        }

        var dependences = result.Dependences
            .Select(d => new TruthDependenceEntry(t.SourceNames[d.Source], t.SourceNames[d.Other], Round(d.Probability), Round(d.SharedFalse), Round(d.BothFalse)))
            .ToList();
        var document = new TruthReportDocument(
            KoreaEventsJsonContext.SchemaVersion,
            result.Algorithm,
            result.Iterations,
            result.Converged,
            result.Tolerance,
            new TruthInputEntry(t.RowCount, t.RepeatedRowCount, t.ClaimCount, t.SourceCount, t.ObjectCount),
            evaluation is { } e ? new TruthEvaluationEntry(Round(e.Accuracy), e.Correct, e.Scored, e.MissingFromClaims) : null,
            sources,
            objects,
            dependences);
        return JsonSerializer.Serialize(document, KoreaEventsJsonContext.Readable.TruthReportDocument);
    }

    /// <summary>Six decimals: enough for any reader, and stable across platforms' last-bit differences in exp and log.</summary>
    private static double Round(double value) => Math.Round(value, 6, MidpointRounding.ToEven);
}

internal sealed record TruthReportDocument(
    int SchemaVersion,
    string Algorithm,
    int Iterations,
    bool Converged,
    double Tolerance,
    TruthInputEntry Input,
    TruthEvaluationEntry? Evaluation,
    List<TruthSourceEntry> Sources,
    List<TruthObjectEntry> Objects,
    List<TruthDependenceEntry> Dependences);

internal sealed record TruthInputEntry(long Rows, long RepeatedRows, int Claims, int Sources, int Objects);

internal sealed record TruthEvaluationEntry(double Accuracy, int Correct, int Scored, int MissingFromClaims);

internal sealed record TruthSourceEntry(string Name, double Trust, int Claims);

internal sealed record TruthObjectEntry(string Name, string Value, double Confidence, int Claims);

internal sealed record TruthDependenceEntry(string Source, string DependsOn, double Probability, double SharedFalse, double BothFalse);

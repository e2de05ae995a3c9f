using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization.Contracts;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Serialization;

/// <summary>
/// Writes a <see cref="TruthDiscoveryResult"/> as JSON (AOT safe; the public entry points are
/// <see cref="KoreaEventsJson.Serialize(TruthDiscoveryResult, TruthEvaluation?)"/> and its <c>WriteJson</c> overloads), with a <c>schemaVersion</c>. Sources are listed by
/// trust (highest first, then name ordinal), objects in table order, dependences most probable first; probabilities
/// and trusts are rounded to six decimals.
/// </summary>
/// <remarks>
/// The report is written field by field with a <see cref="Utf8JsonWriter"/> using the library's JSON options
/// (indented, relaxed escaping), so large reports are streamed without building an object graph or one large string.
/// </remarks>
internal static class TruthReportWriter
{
    /// <summary>The writer passes its text on whenever this much is pending.</summary>
    private const int FlushBytes = 1 << 16;

    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText AlgorithmName = JsonEncodedText.Encode("algorithm");
    private static readonly JsonEncodedText IterationsName = JsonEncodedText.Encode("iterations");
    private static readonly JsonEncodedText ConvergedName = JsonEncodedText.Encode("converged");
    private static readonly JsonEncodedText ToleranceName = JsonEncodedText.Encode("tolerance");
    private static readonly JsonEncodedText InputName = JsonEncodedText.Encode("input");
    private static readonly JsonEncodedText RowsName = JsonEncodedText.Encode("rows");
    private static readonly JsonEncodedText RepeatedRowsName = JsonEncodedText.Encode("repeatedRows");
    private static readonly JsonEncodedText ClaimsName = JsonEncodedText.Encode("claims");
    private static readonly JsonEncodedText SourcesName = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText ObjectsName = JsonEncodedText.Encode("objects");
    private static readonly JsonEncodedText EvaluationName = JsonEncodedText.Encode("evaluation");
    private static readonly JsonEncodedText AccuracyName = JsonEncodedText.Encode("accuracy");
    private static readonly JsonEncodedText CorrectName = JsonEncodedText.Encode("correct");
    private static readonly JsonEncodedText ScoredName = JsonEncodedText.Encode("scored");
    private static readonly JsonEncodedText MissingFromClaimsName = JsonEncodedText.Encode("missingFromClaims");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText TrustName = JsonEncodedText.Encode("trust");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText ConfidenceName = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText DependencesName = JsonEncodedText.Encode("dependences");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText DependsOnName = JsonEncodedText.Encode("dependsOn");
    private static readonly JsonEncodedText ProbabilityName = JsonEncodedText.Encode("probability");
    private static readonly JsonEncodedText SharedFalseName = JsonEncodedText.Encode("sharedFalse");
    private static readonly JsonEncodedText BothFalseName = JsonEncodedText.Encode("bothFalse");
    private static readonly JsonEncodedText EchoesName = JsonEncodedText.Encode("echoes");
    private static readonly JsonEncodedText ContestedName = JsonEncodedText.Encode("contested");
    private static readonly JsonEncodedText SharedName = JsonEncodedText.Encode("shared");
    private static readonly JsonEncodedText ExpectedSharedName = JsonEncodedText.Encode("expectedShared");

    /// <summary>Returns the JSON report of <paramref name="result"/>, with <paramref name="evaluation"/> when given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(TruthDiscoveryResult result, TruthEvaluation? evaluation = null)
    {
        Preconditions.CheckNotNull(result);

        // UTF-8 in pooled memory, then one string: the only allocation that stays is the string itself.
        using var buffer = new PooledUtf8Buffer();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions()))
        {
            Write(json, result, evaluation);
        }

        return Encoding.UTF8.GetString(buffer.Written);
    }

    /// <summary>
    /// Writes the JSON report of <paramref name="result"/> (the text <see cref="ToJson"/> returns, with
    /// <paramref name="evaluation"/> when given) to <paramref name="writer"/> in blocks, without building it in memory.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void WriteJson(TextWriter writer, TruthDiscoveryResult result, TruthEvaluation? evaluation = null)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(result);
        var sink = new Utf8TextWriterSink(writer);
        using (var json = new Utf8JsonWriter(sink, WriterOptions()))
        {
            Write(json, result, evaluation);
        }

        sink.Complete();
    }

    /// <summary>
    /// Writes the JSON report of <paramref name="result"/> (the text <see cref="ToJson"/> returns, with
    /// <paramref name="evaluation"/> when given) to <paramref name="utf8Json"/> as UTF-8 without a byte order mark, in
    /// blocks, without building it in memory. The stream is flushed, not closed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="result"/> is null.</exception>
    public static void WriteJson(Stream utf8Json, TruthDiscoveryResult result, TruthEvaluation? evaluation = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(result);
        using var json = new Utf8JsonWriter(utf8Json, WriterOptions());
        Write(json, result, evaluation);
    }

    /// <summary>
    /// The writer options of <see cref="KoreaEventsJsonContracts.Readable"/> (indented, relaxed
    /// escaping), written out so that writing a report does not initialise the whole serializer context; the tests
    /// check that both write the same bytes.
    /// </summary>
    private static JsonWriterOptions WriterOptions() => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        SkipValidation = true,
    };

    /// <summary>Writes the report, property for property in the order of <see cref="TruthReportDocument"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Write(Utf8JsonWriter json, TruthDiscoveryResult result, TruthEvaluation? evaluation)
    {
        var t = result.Table;
        json.WriteStartObject();
        json.WriteNumber(SchemaVersionName, DocumentSchema.Version);
        json.WriteString(AlgorithmName, result.Algorithm);
        json.WriteNumber(IterationsName, result.Iterations);
        json.WriteBoolean(ConvergedName, result.Converged);
        json.WriteNumber(ToleranceName, result.Tolerance);

        json.WriteStartObject(InputName);
        json.WriteNumber(RowsName, t.RowCount);
        json.WriteNumber(RepeatedRowsName, t.RepeatedRowCount);
        json.WriteNumber(ClaimsName, t.ClaimCount);
        json.WriteNumber(SourcesName, t.SourceCount);
        json.WriteNumber(ObjectsName, t.ObjectCount);
        json.WriteEndObject();

        if (evaluation is { } e)
        {
            json.WriteStartObject(EvaluationName);
            json.WriteNumber(AccuracyName, Round(e.Accuracy));
            json.WriteNumber(CorrectName, e.Correct);
            json.WriteNumber(ScoredName, e.Scored);
            json.WriteNumber(MissingFromClaimsName, e.MissingFromClaims);
            json.WriteEndObject();
        }

        json.WriteStartArray(SourcesName);
        foreach (int s in result.GetSourcesByTrust())
        {
            json.WriteStartObject();
            json.WriteString(NameName, t.SourceNames[s]);
            json.WriteNumber(TrustName, Round(result.Trusts[s]));
            json.WriteNumber(ClaimsName, t.SourceClaimCounts[s]);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray(ObjectsName);
        for (int o = 0; o < t.ObjectCount; o++)
        {
            int v = result.ChosenValues[o];
            json.WriteStartObject();
            json.WriteString(NameName, t.ObjectNames[o]);
            json.WriteString(ValueName, t.ValueTexts[v]);
            json.WriteNumber(ConfidenceName, Round(result.ValueConfidences[v]));
            json.WriteNumber(ClaimsName, t.ClaimStart[o + 1] - t.ClaimStart[o]);
            json.WriteEndObject();
            if (json.BytesPending >= FlushBytes)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();

        json.WriteStartArray(DependencesName);
        foreach (var d in result.Dependences)
        {
            json.WriteStartObject();
            json.WriteString(SourceName, t.SourceNames[d.Source]);
            json.WriteString(DependsOnName, t.SourceNames[d.Other]);
            json.WriteNumber(ProbabilityName, Round(d.Probability));
            json.WriteNumber(SharedFalseName, Round(d.SharedFalse));
            json.WriteNumber(BothFalseName, Round(d.BothFalse));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray(EchoesName);
        foreach (var echo in result.Echoes)
        {
            json.WriteStartObject();
            json.WriteString(SourceName, t.SourceNames[echo.Source]);
            json.WriteNumber(ProbabilityName, Round(echo.Probability));
            json.WriteNumber(ContestedName, Round(echo.Contested));
            json.WriteNumber(SharedName, Round(echo.Shared));
            json.WriteNumber(ExpectedSharedName, Round(echo.ExpectedShared));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// The report as the serializable document it is written as (the schema of the JSON); the tests check that the
    /// serializer writes it exactly as <see cref="ToJson"/> does.
    /// </summary>
    internal static TruthReportDocument ToDocument(TruthDiscoveryResult result, TruthEvaluation? evaluation = null)
    {
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
        var echoes = result.Echoes
            .Select(e => new TruthEchoEntry(t.SourceNames[e.Source], Round(e.Probability), Round(e.Contested), Round(e.Shared), Round(e.ExpectedShared)))
            .ToList();
        return new TruthReportDocument(
            DocumentSchema.Version,
            result.Algorithm,
            result.Iterations,
            result.Converged,
            result.Tolerance,
            new TruthInputEntry(t.RowCount, t.RepeatedRowCount, t.ClaimCount, t.SourceCount, t.ObjectCount),
            evaluation is { } e ? new TruthEvaluationEntry(Round(e.Accuracy), e.Correct, e.Scored, e.MissingFromClaims) : null,
            sources,
            objects,
            dependences,
            echoes);
    }

    /// <summary>Six decimals: enough for any reader, and stable across platforms' last-bit differences in exp and log.</summary>
    private static double Round(double value) => Math.Round(value, 6, MidpointRounding.ToEven);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Extraction.Evaluation;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization.Contracts;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Serialization;

/// <summary>
/// Public JSON entry points for the library's documents: parsed articles, datings, extractions, gold standards and
/// their evaluations, corroboration reports, truth-discovery reports and claim lists. Everything goes through one
/// source-generated context with the contract mapped at this edge (docs/serialization.md), so it is trimming- and
/// AOT-safe. Output is indented, deterministic, relaxed-escaped (curly quotes and non-Latin names stay readable)
/// and starts with <c>schemaVersion</c>.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class KoreaEventsJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = DocumentSchema.Version;

    /// <summary>
    /// Gets the options behind the library's JSON (naming, converters, type information), for callers that want
    /// to serialise the library's types inside their own documents through
    /// <see cref="JsonSerializerOptions.GetTypeInfo(Type)"/>. The instance is read-only.
    /// </summary>
    public static JsonSerializerOptions Options => KoreaEventsJsonContracts.Options;

    /// <summary>Writes claims as a document <c>{ "schemaVersion": 1, "claims": [ … ] }</c>, in the order given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of its items is null.</exception>
    public static string SerializeClaims(IEnumerable<Claim> claims)
    {
        Preconditions.CheckNotNull(claims);
        var list = claims.ToList();
        Preconditions.CheckArgument(!list.Contains(null!), nameof(claims), "The claims must not contain null.");
        return JsonSerializer.Serialize(new ClaimListDocument(SchemaVersion, list), KoreaEventsJsonContracts.Readable.TypeInfo<ClaimListDocument>());
    }

    /// <summary>
    /// Writes a parsed article: its structure with every span as start, length and the text it covers (so offsets can be
    /// checked by eye), in text order.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(SourceDocument document)
    {
        Preconditions.CheckNotNull(document);
        return Write(SourceDocumentContract.From(document));
    }

    /// <summary>Writes a document's dating: the publication estimate with its evidence, and every resolved temporal mention.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dating"/> is null.</exception>
    public static string Serialize(DocumentDating dating)
    {
        Preconditions.CheckNotNull(dating);
        return Write(dating);
    }

    /// <summary>
    /// Writes an extraction result: the source with its origins, the anchor, every event mention with its link and
    /// evidence, the claims (as <see cref="SerializeClaims"/> writes them), and the provisional events and actors.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(ExtractionResult result)
    {
        Preconditions.CheckNotNull(result);
        return Write(ExtractionContract.From(result));
    }

    /// <summary>Writes an evaluation's scores per facet and overall (rounded to 4 decimals), the modality agreement, and
    /// the missed and spurious claims in words.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(EvaluationReport report)
    {
        Preconditions.CheckNotNull(report);
        return Write(EvaluationReportContract.From(report));
    }

    /// <summary>
    /// Writes a gold standard as <c>{ "schemaVersion": 1, "description": "…", "claims": [ { "source", "subject", "facet",
    /// "value", "start", "length", "quote", "modality"?, "note"? } ] }</c>, which <see cref="DeserializeGoldStandard"/> reads back.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="goldStandard"/> is null.</exception>
    public static string Serialize(GoldStandard goldStandard)
    {
        Preconditions.CheckNotNull(goldStandard);
        return Write(GoldStandardContract.From(goldStandard));
    }

    /// <summary>Reads a gold standard written by <see cref="Serialize(GoldStandard)"/> (or by hand), naming
    /// <paramref name="sourceName"/> (a file name) in error messages.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="sourceName">What was read, for messages: <c>gold.json at $.claims[3] (line 40, byte 6): …</c>.</param>
    /// <returns>The gold standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty or white space.</exception>
    /// <exception cref="JsonException">
    /// The JSON is empty or malformed, has another schema version, or a claim is invalid. The message is in the form
    /// <c>{source} at {path} (line {line}, byte {byte}): {problem}</c> (the line 1-based, the byte 0-based in its line,
    /// as for knowledge-base files); <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
    /// <see cref="JsonException.BytePositionInLine"/> carry the place (the line 0-based, as System.Text.Json counts).
    /// </exception>
    public static GoldStandard DeserializeGoldStandard(string json, string sourceName = "gold standard")
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotBlank(sourceName);
        return GoldStandardContract.Read(json, sourceName);
    }

    /// <summary>
    /// Writes a corroboration report (camelCase, enums as names, nulls omitted): the learning, every source's
    /// reliability, the source links and the groups. Byte-identical for the same inputs in any order; its schema is
    /// shipped as <c>schemas/corroboration-report.schema.json</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(CorroborationReport report)
    {
        Preconditions.CheckNotNull(report);
        return Write(report);
    }

    /// <summary>
    /// Writes the report of a truth-discovery run, with <paramref name="evaluation"/> when given. Sources are listed by
    /// trust (highest first, then name ordinal), objects in table order, dependences most probable first; probabilities
    /// and trusts are rounded to six decimals.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(TruthDiscoveryResult result, TruthEvaluation? evaluation = null) =>
        TruthReportWriter.ToJson(result, evaluation);

    /// <summary>
    /// Writes the report of a truth-discovery run (the text <see cref="Serialize(TruthDiscoveryResult, TruthEvaluation?)"/>
    /// returns) to <paramref name="writer"/> in blocks, without building it in memory.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void WriteJson(TextWriter writer, TruthDiscoveryResult result, TruthEvaluation? evaluation = null) =>
        TruthReportWriter.WriteJson(writer, result, evaluation);

    /// <summary>
    /// Writes the report of a truth-discovery run (the text <see cref="Serialize(TruthDiscoveryResult, TruthEvaluation?)"/>
    /// returns) to <paramref name="utf8Json"/> as UTF-8 without a byte order mark, in blocks. The stream is flushed, not closed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="result"/> is null.</exception>
    public static void WriteJson(Stream utf8Json, TruthDiscoveryResult result, TruthEvaluation? evaluation = null) =>
        TruthReportWriter.WriteJson(utf8Json, result, evaluation);

    /// <summary>Reads a claims document written by <see cref="SerializeClaims"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed, has another schema version, or a claim is invalid;
    /// the message names the JSON path and, for syntax errors, the line and byte position.</exception>
    public static IReadOnlyList<Claim> DeserializeClaims(string json)
    {
        Preconditions.CheckNotNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The claims document must be a JSON object, not {root.ValueKind}.", "$", null, null);
        }

        if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out int schemaVersion))
        {
            throw new JsonException("The claims document has no numeric 'schemaVersion'.", "$.schemaVersion", null, null);
        }

        if (schemaVersion != SchemaVersion)
        {
            throw new JsonException($"The claims document has schemaVersion {schemaVersion}; this library reads version {SchemaVersion}.", "$.schemaVersion", null, null);
        }

        if (!root.TryGetProperty("claims", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The claims document has no 'claims' array.", "$.claims", null, null);
        }

        var claims = new List<Claim>(array.GetArrayLength());
        int index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.claims[{index}]";
            try
            {
                claims.Add(element.Deserialize(KoreaEventsJsonContracts.Options.TypeInfo<Claim>())
                    ?? throw new JsonException("A claim must not be null.", path, null, null));
            }
            catch (JsonException ex) when (ex.Path is null || !ex.Path.StartsWith(path, StringComparison.Ordinal))
            {
                var inner = ex.Path is null or "$" ? path : path + ex.Path[1..];
                throw new JsonException($"The claim at {path} is invalid: {ex.Message}", inner, null, null, ex);
            }
            catch (ArgumentException ex)
            {
                throw new JsonException($"The claim at {path} is invalid: {ex.Message}", path, null, null, ex);
            }

            index++;
        }

        return claims;
    }

    private static string Write<T>(T document) => JsonSerializer.Serialize(document, KoreaEventsJsonContracts.Readable.TypeInfo<T>());
}

/// <summary>The top-level claims document.</summary>
internal sealed record ClaimListDocument(
    [property: JsonPropertyOrder(-1)] int SchemaVersion,
    IReadOnlyList<Claim> Claims);

using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization;

/// <summary>
/// The library's one source-generated JSON context (trimming and AOT safe). Output is indented, camelCase property names,
/// enums as their member names, NodaTime values as ISO strings, nulls omitted. Every top-level document the
/// library writes carries a <c>schemaVersion</c>.
/// </summary>
/// <remarks>
/// Each area registers its types in its own block below; keep blocks sorted to ease merges.
/// </remarks>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = new[]
    {
        typeof(LocalDateJsonConverter),
        typeof(InstantJsonConverter),
        typeof(DateIntervalJsonConverter),
        typeof(DateEstimateJsonConverter),
        typeof(SlugIdJsonConverter<KoreaEvents.Core.Model.ActorId>),
        typeof(SlugIdJsonConverter<KoreaEvents.Core.Model.PlaceId>),
        typeof(SlugIdJsonConverter<KoreaEvents.Core.Model.EventId>),
        typeof(SlugIdJsonConverter<KoreaEvents.Core.Model.SourceId>),
        typeof(SlugIdJsonConverter<KoreaEvents.Core.Model.ClaimId>),
        typeof(EntityRefJsonConverter),
        typeof(FacetJsonConverter),
        typeof(EventCodeJsonConverter),
        // [converters] add area converters here, one per line.
    })]
// [Model]
[JsonSerializable(typeof(NodaTime.LocalDate))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.Claim))]
[JsonSerializable(typeof(ClaimListDocument))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.ActorId))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.EventCode))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.EventId))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.PlaceId))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.DateEstimate))]
// [Time]
[JsonSerializable(typeof(KoreaEvents.Core.Time.DocumentDating))]
[JsonSerializable(typeof(KoreaEvents.Core.Time.PublicationEstimate))]
[JsonSerializable(typeof(KoreaEvents.Core.Time.TemporalMention))]
// [Text]
[JsonSerializable(typeof(KoreaEvents.Core.Text.SourceDocumentDto))]
// [Extraction]
[JsonSerializable(typeof(KoreaEvents.Core.Extraction.ExtractionDto))]
[JsonSerializable(typeof(KoreaEvents.Core.Extraction.Evaluation.GoldDocument))]
[JsonSerializable(typeof(KoreaEvents.Core.Extraction.Evaluation.EvaluationReportDto))]
// [Corroboration]
[JsonSerializable(typeof(KoreaEvents.Core.Truth.TruthReportDocument))]
[JsonSerializable(typeof(KoreaEvents.Core.Corroboration.CorroborationReport))]
internal sealed partial class KoreaEventsJsonContext : JsonSerializerContext
{
    /// <summary>The schema version written into every top-level JSON document.</summary>
    public const int SchemaVersion = DocumentSchema.Version;

    /// <summary>
    /// Gets the context every document writer uses: the generated options with a relaxed encoder, so curly quotes,
    /// dashes and non-Latin names stay readable (the output is a data file, never embedded in HTML unescaped).
    /// </summary>
    public static KoreaEventsJsonContext Readable => ReadableHolder.Instance;

    private static class ReadableHolder
    {
        internal static readonly KoreaEventsJsonContext Instance = Create();

        private static KoreaEventsJsonContext Create()
        {
            JsonSerializerOptions generated = Default.Options;
            return new KoreaEventsJsonContext(new JsonSerializerOptions(generated)
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
        }
    }
}

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
/// Each area registers its types in its own block below; keep blocks sorted to ease merges. The generated metadata is
/// not the whole contract: property order, ignored members, the <c>schemaVersion</c> of domain documents and the
/// polymorphism of <see cref="ClaimValue"/> are mapped in <see cref="KoreaEventsJsonContracts"/>, so write and read
/// through <see cref="KoreaEventsJsonContracts.Options"/> or <see cref="KoreaEventsJsonContracts.Readable"/>, never
/// through this context's own typed properties.
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
[JsonSerializable(typeof(KoreaEvents.Core.Model.DateValue))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.EntityValue))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.QuantityValue))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.BooleanValue))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.TextValue))]
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
[JsonSerializable(typeof(Contracts.SourceDocumentDto))]
// [Extraction]
[JsonSerializable(typeof(Contracts.ExtractionDto))]
[JsonSerializable(typeof(Contracts.GoldDocument))]
[JsonSerializable(typeof(Contracts.EvaluationReportDto))]
// [Corroboration]
[JsonSerializable(typeof(KoreaEvents.Core.Corroboration.CorroborationReport))]
// [Truth]
[JsonSerializable(typeof(Contracts.TruthReportDocument))]
internal sealed partial class KoreaEventsJsonContext : JsonSerializerContext
{
    /// <summary>The schema version written into every top-level JSON document.</summary>
    public const int SchemaVersion = DocumentSchema.Version;
}

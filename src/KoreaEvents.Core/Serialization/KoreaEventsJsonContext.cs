using System.Text.Json;
using System.Text.Json.Serialization;

namespace KoreaEvents.Core.Serialization;

/// <summary>
/// The library's one source-generated JSON context (trimming and AOT safe). Output is indented, camelCase,
/// enums as camelCase strings, NodaTime values as ISO strings, nulls omitted. Every top-level document the
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
        // [converters] add area converters here, one per line.
    })]
// [Model]
[JsonSerializable(typeof(NodaTime.LocalDate))]
[JsonSerializable(typeof(KoreaEvents.Core.Model.Claim))]
[JsonSerializable(typeof(IReadOnlyList<KoreaEvents.Core.Model.Claim>))]
// [Time]
[JsonSerializable(typeof(KoreaEvents.Core.Time.DateEstimate))]
// [Text]
// [Knowledge]
// [Extraction]
// [Corroboration]
[JsonSerializable(typeof(KoreaEvents.Core.Corroboration.CorroborationReport))]
internal sealed partial class KoreaEventsJsonContext : JsonSerializerContext
{
    /// <summary>The schema version written into every top-level JSON document.</summary>
    public const int SchemaVersion = 1;
}

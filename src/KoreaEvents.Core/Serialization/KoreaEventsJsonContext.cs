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
        // [converters] add area converters here, one per line.
    })]
// [Model]
[JsonSerializable(typeof(NodaTime.LocalDate))]
// [Time]
// [Text]
// [Knowledge]
// [Extraction]
// [Corroboration]
[JsonSerializable(typeof(KoreaEvents.Core.Corroboration.Truth.TruthReportDocument))]
internal sealed partial class KoreaEventsJsonContext : JsonSerializerContext
{
    /// <summary>The schema version written into every top-level JSON document.</summary>
    public const int SchemaVersion = 1;
}

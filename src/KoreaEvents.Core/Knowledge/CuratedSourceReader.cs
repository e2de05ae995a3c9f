using System.Text.Json;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// Reads the embedded curated seed metadata (<c>Data/seed-sources.json</c>) into <see cref="CuratedSourceInfo"/>
/// records.
/// </summary>
/// <remarks>
/// Why this reader is here and walks a <see cref="JsonDocument"/> instead of going through the Serialization edge
/// (docs/serialization.md): the Knowledge layer sits below Serialization, and the file is a fixed resource written by
/// the maintainers, so a few lines of document walking read it without any serializer contract, attribute or
/// context. A malformed resource is a packaging bug and fails with <see cref="InvalidOperationException"/>.
/// </remarks>
internal static class CuratedSourceReader
{
    /// <summary>Reads the resource's sources, keyed by id.</summary>
    /// <exception cref="InvalidOperationException">The resource is not a curated document of the current schema version,
    /// or a field is missing or ill-formed.</exception>
    public static Dictionary<SourceId, CuratedSourceInfo> Read(Stream utf8Json, string resourceName)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("curated", out var curated) || curated.ValueKind != JsonValueKind.True
                || !root.TryGetProperty("schemaVersion", out var version) || !version.TryGetInt32(out int schemaVersion)
                || schemaVersion != DocumentSchema.Version)
            {
                throw new InvalidOperationException($"The embedded resource '{resourceName}' must be marked curated and have schemaVersion {DocumentSchema.Version}.");
            }

            var sources = new Dictionary<SourceId, CuratedSourceInfo>();
            if (root.TryGetProperty("sources", out var list))
            {
                foreach (var item in list.EnumerateArray())
                {
                    var info = ToInfo(item);
                    sources.Add(info.Id, info);
                }
            }

            return sources;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"The embedded resource '{resourceName}' is not valid: {ex.Message}", ex);
        }
    }

    private static CuratedSourceInfo ToInfo(JsonElement item) => new()
    {
        Id = new SourceId(item.GetProperty("id").GetString() ?? throw new FormatException("A source has no id.")),
        Outlet = Text(item, "outlet"),
        OutletBasis = Text(item, "outletBasis"),
        Kind = Text(item, "kind") is { } kind
            ? Enum.TryParse<SourceKind>(kind, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(kind[0])
                ? value
                : throw new FormatException($"'{kind}' is not a source kind.")
            : SourceKind.Unknown,
        KindBasis = Text(item, "kindBasis"),
        Origins = item.TryGetProperty("origins", out var origins) && origins.ValueKind == JsonValueKind.Array
            ? origins.EnumerateArray().Select(o => new ActorId(o.GetString() ?? throw new FormatException("An origin is null."))).ToList()
            : [],
        OriginsBasis = Text(item, "originsBasis"),
    };

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;
}

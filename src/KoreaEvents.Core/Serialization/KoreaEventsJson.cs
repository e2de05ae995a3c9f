using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization;

/// <summary>
/// Public JSON entry points for the library's documents. Everything goes through one source-generated context,
/// so it is trimming- and AOT-safe. Output is indented, deterministic and starts with <c>schemaVersion</c>.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class KoreaEventsJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = KoreaEventsJsonContext.SchemaVersion;

    /// <summary>
    /// Gets the options behind the library's JSON (naming, converters, type information), for callers that want
    /// to serialise the library's types inside their own documents through
    /// <see cref="JsonSerializerOptions.GetTypeInfo(Type)"/>. The instance is read-only.
    /// </summary>
    public static JsonSerializerOptions Options => KoreaEventsJsonContext.Default.Options;

    /// <summary>Writes claims as a document <c>{ "schemaVersion": 1, "claims": [ … ] }</c>, in the order given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of its items is null.</exception>
    public static string SerializeClaims(IEnumerable<Claim> claims)
    {
        Preconditions.CheckNotNull(claims);
        var list = claims.ToList();
        Preconditions.CheckArgument(!list.Contains(null!), nameof(claims), "The claims must not contain null.");
        return JsonSerializer.Serialize(new ClaimListDocument(SchemaVersion, list), KoreaEventsJsonContext.Readable.ClaimListDocument);
    }

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
                claims.Add(element.Deserialize(KoreaEventsJsonContext.Default.Claim)
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
}

/// <summary>The top-level claims document.</summary>
internal sealed record ClaimListDocument(
    [property: JsonPropertyOrder(-1)] int SchemaVersion,
    IReadOnlyList<Claim> Claims);

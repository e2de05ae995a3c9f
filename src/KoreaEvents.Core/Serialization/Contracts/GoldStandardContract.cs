using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Extraction.Evaluation;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Serialization.Contracts;

/// <summary>
/// Reads and writes a <see cref="GoldStandard"/> as the document
/// <c>{ "schemaVersion": 1, "description": "…", "claims": [ { "source", "subject", "facet", "value", "start", "length", "quote", "modality"?, "note"? } ] }</c>.
/// </summary>
internal static class GoldStandardContract
{
    /// <summary>Maps <paramref name="gold"/> to its JSON shape.</summary>
    public static GoldDocument From(GoldStandard gold) => new()
    {
        SchemaVersion = DocumentSchema.Version,
        Description = gold.Description,
        Claims = gold.Claims.Select(c => new GoldClaimDto
        {
            Source = c.Source.Value,
            Subject = c.Subject.ToString(),
            Facet = c.Facet.Name,
            Value = c.ValueText,
            Start = c.Evidence.Start,
            Length = c.Evidence.Length,
            Quote = c.Evidence.Quote,
            Modality = c.Modality,
            Note = c.Note,
        }).ToList(),
    };

    /// <summary>Reads a gold standard (see <see cref="KoreaEventsJson.DeserializeGoldStandard"/> for the errors).</summary>
    public static GoldStandard Read(string json, string sourceName)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw Fail(sourceName, "$", 0, 0, "The gold standard is empty; expected a JSON object { \"schemaVersion\": 1, \"claims\": [ … ] }.");
        }

        GoldDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, KoreaEventsJsonContracts.Options.TypeInfo<GoldDocument>());
        }
        catch (JsonException ex)
        {
            throw Fail(sourceName, ex.Path ?? "$", ex.LineNumber, ex.BytePositionInLine, "The gold standard " + JsonErrorText.Describe(ex), ex);
        }

        if (document is null)
        {
            throw Fail(json, sourceName, "$", "The gold standard is empty (null); expected a JSON object with a schemaVersion and claims.");
        }

        if (document.SchemaVersion != DocumentSchema.Version)
        {
            throw Fail(json, sourceName, "$.schemaVersion", $"The gold standard has schemaVersion {document.SchemaVersion}; this library reads version {DocumentSchema.Version}.");
        }

        var claims = new List<GoldClaim>();
        for (int i = 0; i < (document.Claims?.Count ?? 0); i++)
        {
            var c = document.Claims![i];
            var path = $"$.claims[{i}]";
            try
            {
                claims.Add(new GoldClaim(new SourceId(c.Source ?? throw new FormatException("'source' is missing.")),
                    EntityRef.Parse(c.Subject ?? throw new FormatException("'subject' is missing.")),
                    new Facet(c.Facet ?? throw new FormatException("'facet' is missing.")),
                    c.Value ?? throw new FormatException("'value' is missing."), c.Start, c.Length, c.Quote ?? throw new FormatException("'quote' is missing."),
                    c.Modality, c.Note));
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                throw Fail(json, sourceName, path, $"The gold claim at {path} is invalid: {JsonMessage.FirstSentence(ex.Message)}", ex);
            }
        }

        return new GoldStandard(claims, document.Description);
    }

    /// <summary>The error for a problem at <paramref name="path"/>, located in the document (on the error path only).</summary>
    private static JsonException Fail(string json, string sourceName, string path, string problem, Exception? inner = null)
    {
        var at = new JsonLocator(System.Text.Encoding.UTF8.GetBytes(json)).Locate(path);
        return Fail(sourceName, path, at is { } a ? a.Line - 1 : null, at?.BytePositionInLine, problem, inner);
    }

    private static JsonException Fail(string sourceName, string path, long? lineNumber, long? bytePositionInLine, string problem, Exception? inner = null)
    {
        var inv = CultureInfo.InvariantCulture;
        var where = lineNumber is not { } line ? $"{sourceName} at {path}"
            : bytePositionInLine is { } b ? string.Create(inv, $"{sourceName} at {path} (line {line + 1}, byte {b})")
            : string.Create(inv, $"{sourceName} at {path} (line {line + 1})");
        return new JsonException($"{where}: {problem}", path, lineNumber, bytePositionInLine, inner);
    }
}

internal sealed class GoldDocument
{
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; set; }

    public string? Description { get; set; }

    public List<GoldClaimDto>? Claims { get; set; }
}

internal sealed class GoldClaimDto
{
    public string? Source { get; set; }

    public string? Subject { get; set; }

    public string? Facet { get; set; }

    public string? Value { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public string? Quote { get; set; }

    public Modality? Modality { get; set; }

    public string? Note { get; set; }
}

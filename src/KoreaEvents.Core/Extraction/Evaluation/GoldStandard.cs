using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Extraction.Evaluation;

/// <summary>
/// One expected claim of a gold standard: source, subject, facet, value (in text form), the evidence span and quote,
/// and optionally the expected modality.
/// </summary>
/// <remarks>
/// Value text by facet: <c>occurred</c> <c>true</c>/<c>false</c>; <c>date</c> a <see cref="DateEstimate"/> text
/// (<c>2019-02</c>, <c>XXXX-02 (2020)</c>); <c>location</c>, <c>initiator</c>, <c>target</c>, <c>ordered-by</c>,
/// <c>participants</c> an entity reference (<c>place:kaesong</c>); <c>count:…</c> a quantity (<c>25 people</c>,
/// <c>~20 officials</c>, <c>200-999 managers</c>); any other facet free text. A subject
/// <c>event:provisional</c> stands for any provisional event. Immutable; value equality.
/// </remarks>
public sealed record GoldClaim
{
    /// <summary>Creates a gold claim; the value is parsed by facet.</summary>
    /// <exception cref="FormatException">The value text does not fit the facet.</exception>
    /// <exception cref="ArgumentException">The span is negative or the quote's length is not the span's.</exception>
    public GoldClaim(SourceId source, EntityRef subject, Facet facet, string value, int start, int length, string quote, Modality? modality = null, string? note = null)
    {
        Source = source;
        Subject = subject;
        Facet = facet;
        ValueText = Preconditions.CheckNotBlank(value);
        Value = ParseValue(facet, value);
        Evidence = new Evidence(source, start, length, quote);
        Modality = modality;
        Note = note;
    }

    /// <summary>Gets the source that states the claim.</summary>
    public SourceId Source { get; }

    /// <summary>Gets the subject (<c>event:provisional</c> matches any provisional event).</summary>
    public EntityRef Subject { get; }

    /// <summary>Gets the facet.</summary>
    public Facet Facet { get; }

    /// <summary>Gets the value as written in the gold file.</summary>
    public string ValueText { get; }

    /// <summary>Gets the parsed value.</summary>
    public ClaimValue Value { get; }

    /// <summary>Gets the evidence span and quote.</summary>
    public Evidence Evidence { get; }

    /// <summary>Gets the expected modality, when annotated.</summary>
    public Modality? Modality { get; }

    /// <summary>Gets the annotator's note, if any.</summary>
    public string? Note { get; }

    /// <summary>Returns <c>source subject facet = value @start+length</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source} {Subject} {Facet} = {ValueText} @{Evidence.Start}+{Evidence.Length}");

    /// <summary>Parses a value text for a facet (see the type's remarks).</summary>
    /// <exception cref="FormatException">The text does not fit the facet.</exception>
    public static ClaimValue ParseValue(Facet facet, string text)
    {
        Preconditions.CheckNotNull(text);
        if (facet == Facet.Occurred)
        {
            return text switch
            {
                "true" => ClaimValue.FromBoolean(true),
                "false" => ClaimValue.FromBoolean(false),
                _ => throw new FormatException($"An 'occurred' value must be true or false, not '{text}'."),
            };
        }

        if (facet == Facet.Date)
        {
            return ClaimValue.FromDate(DateEstimate.Parse(text));
        }

        if (facet.IsCount)
        {
            return ClaimValue.FromQuantity(ParseQuantity(text));
        }

        if (facet == Facet.Location || facet == Facet.Initiator || facet == Facet.Target || facet == Facet.OrderedBy || facet.IsParticipation)
        {
            return ClaimValue.FromEntity(EntityRef.Parse(text));
        }

        return ClaimValue.FromText(text);
    }

    /// <summary>Parses <c>~20 officials</c>, <c>25 people</c>, <c>200-999 managers</c>, <c>50000</c>.</summary>
    private static Quantity ParseQuantity(string text)
    {
        var s = text.Trim();
        bool approximate = s.StartsWith('~');
        s = s.TrimStart('~');
        int space = s.IndexOf(' ', StringComparison.Ordinal);
        var number = space < 0 ? s : s[..space];
        var unit = space < 0 ? null : s[(space + 1)..].Trim();
        int dash = number.IndexOf('-', 1);
        var lowText = dash < 0 ? number : number[..dash];
        var highText = dash < 0 ? number : number[(dash + 1)..];
        if (!decimal.TryParse(lowText, NumberStyles.Number, CultureInfo.InvariantCulture, out var low)
            || !decimal.TryParse(highText, NumberStyles.Number, CultureInfo.InvariantCulture, out var high) || high < low
            || (unit is not null && !Slug.IsValid(unit)))
        {
            throw new FormatException($"'{text}' is not a quantity: expected e.g. '25 people', '~20 officials' or '200-999 managers'.");
        }

        return new Quantity(low, high, unit, approximate);
    }
}

/// <summary>
/// A gold standard: expected claims, read from and written to a JSON document
/// <c>{ "schemaVersion": 1, "description": "…", "claims": [ { "source", "subject", "facet", "value", "start", "length", "quote", "modality"?, "note"? } ] }</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GoldStandard
{
    /// <summary>Creates a gold standard.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null or holds null.</exception>
    public GoldStandard(IEnumerable<GoldClaim> claims, string? description = null)
    {
        Preconditions.CheckNotNull(claims);
        var list = claims.ToList();
        Preconditions.CheckArgument(!list.Contains(null!), nameof(claims), "The claims must not contain null.");
        Claims = new ReadOnlyCollection<GoldClaim>(list);
        Description = description;
    }

    /// <summary>Gets the expected claims, in file order.</summary>
    public IReadOnlyList<GoldClaim> Claims { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }

    /// <summary>Gets the sources the gold standard covers, sorted.</summary>
    public IReadOnlyList<SourceId> Sources => Claims.Select(c => c.Source).Distinct().Order().ToList();

    /// <summary>Reads a gold standard.</summary>
    /// <param name="json">The JSON document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is empty or malformed, has another schema version, or a claim is invalid; the message names the path and line.</exception>
    public static GoldStandard Parse(string json) => Parse(json, "gold standard");

    /// <summary>Reads a gold standard, naming <paramref name="sourceName"/> (a file name) in error messages.</summary>
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
    public static GoldStandard Parse(string json, string sourceName)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotBlank(sourceName);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw Fail(sourceName, "$", 0, 0, "The gold standard is empty; expected a JSON object { \"schemaVersion\": 1, \"claims\": [ … ] }.");
        }

        GoldDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, KoreaEventsJsonContext.Default.GoldDocument);
        }
        catch (JsonException ex)
        {
            throw Fail(sourceName, ex.Path ?? "$", ex.LineNumber, ex.BytePositionInLine, "The gold standard " + JsonErrorText.Describe(ex), ex);
        }

        if (document is null)
        {
            throw Fail(json, sourceName, "$", "The gold standard is empty (null); expected a JSON object with a schemaVersion and claims.");
        }

        if (document.SchemaVersion != KoreaEventsJsonContext.SchemaVersion)
        {
            throw Fail(json, sourceName, "$.schemaVersion", $"The gold standard has schemaVersion {document.SchemaVersion}; this library reads version {KoreaEventsJsonContext.SchemaVersion}.");
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
                throw Fail(json, sourceName, path, $"The gold claim at {path} is invalid: {JsonErrorText.FirstSentence(ex.Message)}", ex);
            }
        }

        return new GoldStandard(claims, document.Description);
    }

    /// <summary>The error for a problem at <paramref name="path"/>, located in the document (on the error path only).</summary>
    private static JsonException Fail(string json, string sourceName, string path, string problem, Exception? inner = null)
    {
        var at = new Text.JsonLocator(System.Text.Encoding.UTF8.GetBytes(json)).Locate(path);
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

    /// <summary>Writes the gold standard as indented JSON with a <c>schemaVersion</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new GoldDocument
        {
            SchemaVersion = KoreaEventsJsonContext.SchemaVersion,
            Description = Description,
            Claims = Claims.Select(c => new GoldClaimDto
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
        },
        KoreaEventsJsonContext.Readable.GoldDocument);

    /// <summary>Checks every quote against the sources' texts; returns the claims whose quote does not match.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="textOf"/> is null.</exception>
    public IReadOnlyList<GoldClaim> Mismatches(Func<SourceId, string?> textOf)
    {
        Preconditions.CheckNotNull(textOf);
        return Claims.Where(c => textOf(c.Source) is not { } text || !c.Evidence.Matches(text)).ToList();
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

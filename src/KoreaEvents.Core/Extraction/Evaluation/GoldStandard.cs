using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
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
/// <c>{ "schemaVersion": 1, "description": "…", "claims": [ { "source", "subject", "facet", "value", "start", "length", "quote", "modality"?, "note"? } ] }</c>
/// by <see cref="KoreaEventsJson.DeserializeGoldStandard"/> and <see cref="KoreaEventsJson.Serialize(GoldStandard)"/>.
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
    [Obsolete("Use KoreaEventsJson.DeserializeGoldStandard(json) (namespace KoreaEvents.Core.Serialization).")]
    public static GoldStandard Parse(string json) => KoreaEventsJson.DeserializeGoldStandard(json);

    /// <summary>Reads a gold standard, naming <paramref name="sourceName"/> (a file name) in error messages.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="sourceName">What was read, for messages.</param>
    /// <returns>The gold standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty or white space.</exception>
    /// <exception cref="JsonException">The JSON is empty or malformed, has another schema version, or a claim is invalid.</exception>
    [Obsolete("Use KoreaEventsJson.DeserializeGoldStandard(json, sourceName) (namespace KoreaEvents.Core.Serialization).")]
    public static GoldStandard Parse(string json, string sourceName) => KoreaEventsJson.DeserializeGoldStandard(json, sourceName);

    /// <summary>Writes the gold standard as indented JSON with a <c>schemaVersion</c>.</summary>
    [Obsolete("Use KoreaEventsJson.Serialize(goldStandard) (namespace KoreaEvents.Core.Serialization).")]
    public string ToJson() => KoreaEventsJson.Serialize(this);

    /// <summary>Checks every quote against the sources' texts; returns the claims whose quote does not match.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="textOf"/> is null.</exception>
    public IReadOnlyList<GoldClaim> Mismatches(Func<SourceId, string?> textOf)
    {
        Preconditions.CheckNotNull(textOf);
        return Claims.Where(c => textOf(c.Source) is not { } text || !c.Evidence.Matches(text)).ToList();
    }
}

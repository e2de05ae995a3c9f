using System.Text.Json;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// Reads one knowledge-base JSON document into a builder. Syntax errors and ill-formed fields become
/// <see cref="KnowledgeBaseFormatException"/> with the path, line and byte position; cross-references are checked
/// later by <see cref="KnowledgeBaseBuilder.Build"/>, which names each item's origin recorded here.
/// </summary>
internal sealed class KnowledgeJsonReader
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = DocumentSchema.Version;

    private readonly string sourceName;
    private readonly byte[] utf8;
    private JsonLocator? locator;

    private KnowledgeJsonReader(string sourceName, byte[] utf8)
    {
        this.sourceName = sourceName;
        this.utf8 = utf8;
    }

    public static void Read(Stream stream, string sourceName, KnowledgeBaseBuilder builder)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        new KnowledgeJsonReader(sourceName, buffer.ToArray()).ReadInto(builder);
    }

    private void ReadInto(KnowledgeBaseBuilder builder)
    {
        KnowledgeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, KnowledgeJsonContext.Default.KnowledgeDocument);
        }
        catch (JsonException e)
        {
            throw new KnowledgeBaseFormatException(
                JsonMessage.FirstSentence(e.Message), sourceName, e.Path, e.LineNumber + 1, e.BytePositionInLine, e);
        }

        if (document is null)
        {
            throw Fail("$", "The document is null; expected an object with a schemaVersion and actors, places, events or lexicon.");
        }

        if (document.SchemaVersion != SchemaVersion)
        {
            throw Fail(document.SchemaVersion is null ? "$" : "$.schemaVersion",
                $"The schemaVersion must be {SchemaVersion}, but was {(document.SchemaVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing")}.");
        }

        Each(document.Places, "$.places", (record, path) => builder.Add(ToPlace(record, path), Origin(path)));
        Each(document.Actors, "$.actors", (record, path) => builder.Add(ToActor(record, path), Origin(path)));
        Each(document.Events, "$.events", (record, path) => builder.Add(ToEvent(record, path), Origin(path)));
        Each(document.DatedFacts, "$.datedFacts", (record, path) => builder.Add(ToDatedFact(record, path), Origin(path)));
        if (document.Lexicon is { } lexicon)
        {
            Each(lexicon.Triggers, "$.lexicon.triggers", (record, path) =>
            {
                var codes = Required(record.Codes, path + ".codes", "codes").Select((c, i) => Code(c, $"{path}.codes[{i}]")).ToArray();
                Each(Required(record.Phrases, path + ".phrases", "phrases"), path + ".phrases", (phrase, p) =>
                    builder.Add(new LexiconEntry(Text(phrase, p), LexiconCategory.Trigger, codes), Origin(p)));
            });
            AddPhrases(builder, lexicon.Attribution, "$.lexicon.attribution", LexiconCategory.Attribution);
            AddPhrases(builder, lexicon.Hedges, "$.lexicon.hedges", LexiconCategory.Hedge);
            AddPhrases(builder, lexicon.Negations, "$.lexicon.negations", LexiconCategory.Negation);
            AddPhrases(builder, lexicon.Future, "$.lexicon.future", LexiconCategory.Future);
        }
    }

    private void AddPhrases(KnowledgeBaseBuilder builder, List<string>? phrases, string path, LexiconCategory category) =>
        Each(phrases, path, (phrase, p) => builder.Add(new LexiconEntry(Text(phrase, p), category), Origin(p)));

    private Place ToPlace(PlaceRecord r, string path) => Guard(path, () => new Place(
        new PlaceId(Slug(r.Id, path + ".id")),
        Kind<PlaceKind>(r.Kind, path + ".kind"),
        Text(r.Name, path + ".name"),
        Names(r.Aliases, path + ".aliases"),
        r.Within is null ? null : new PlaceId(Slug(r.Within, path + ".within"))));

    private Actor ToActor(ActorRecord r, string path) => Guard(path, () => new Actor(
        new ActorId(Slug(r.Id, path + ".id")),
        Kind<ActorKind>(r.Kind, path + ".kind"),
        Text(r.Name, path + ".name"),
        Names(r.Aliases, path + ".aliases"),
        Names(r.ShortNames, path + ".shortNames"),
        r.Country is null ? null : new ActorId(Slug(r.Country, path + ".country")),
        r.Metonyms?.Select((m, i) => new PlaceId(Slug(m, $"{path}.metonyms[{i}]"))).ToArray(),
        r.Roles?.Select((role, i) => ToRole(role, $"{path}.roles[{i}]")).ToArray()));

    private ActorRole ToRole(RoleRecord r, string path) => new(
        Text(r.Title, path + ".title"),
        r.Of is null ? null : new ActorId(Slug(r.Of, path + ".of")),
        r.Period is null ? null : Date(r.Period, path + ".period"));

    private Event ToEvent(EventRecord r, string path) => Guard(path, () => new Event(
        new EventId(Slug(r.Id, path + ".id")),
        Code(r.Code, path + ".code"),
        Text(r.Label, path + ".label"),
        Date(r.Date, path + ".date"),
        Text(r.DateNote, path + ".dateNote"),
        r.Participants?.Select((p, i) => new EventParticipant(
            new ActorId(Slug(p.Actor, $"{path}.participants[{i}].actor")),
            Kind<ParticipantRole>(p.Role, $"{path}.participants[{i}].role"))).ToArray(),
        r.Place is null ? null : new PlaceId(Slug(r.Place, path + ".place")),
        Names(r.Phrases, path + ".phrases"),
        Names(r.VerbPhrases, path + ".verbPhrases")));

    private DatedFact ToDatedFact(DatedFactRecord r, string path) => Guard(path, () => new DatedFact(
        Slug(r.Id, path + ".id"),
        Kind<DatedFactKind>(r.Kind, path + ".kind"),
        Text(r.Label, path + ".label"),
        Date(r.Date, path + ".date"),
        Text(r.DateNote, path + ".dateNote"),
        Required(r.Phrases, path + ".phrases", "phrases").Select((p, i) => Text(p, $"{path}.phrases[{i}]")).ToArray(),
        r.RecursYearly ?? false));

    private T Guard<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw Fail(path, JsonMessage.FirstSentence(e.Message), e);
        }
    }

    private static void Each<T>(List<T>? items, string path, Action<T, string> action)
    {
        if (items is null)
        {
            return;
        }

        for (int i = 0; i < items.Count; i++)
        {
            action(items[i], $"{path}[{i}]");
        }
    }

    private List<T> Required<T>(List<T>? value, string path, string name) =>
        value is { Count: > 0 } ? value : throw Fail(path, $"The '{name}' list is missing or empty.");

    private string Text(string? value, string path) =>
        string.IsNullOrWhiteSpace(value) ? throw Fail(path, $"The value '{Leaf(path)}' is missing or empty.") : value;

    private string[]? Names(List<string>? values, string path)
    {
        if (values is null)
        {
            return null;
        }

        for (int i = 0; i < values.Count; i++)
        {
            Text(values[i], $"{path}[{i}]");
        }

        return values.ToArray();
    }

    private string Slug(string? value, string path)
    {
        var text = Text(value, path);
        return Model.Slug.IsValid(text)
            ? text
            : throw Fail(path, $"'{text}' is not a valid id: use 1 to 128 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.");
    }

    private T Kind<T>(string? value, string path)
        where T : struct, Enum
    {
        var text = Text(value, path);
        var key = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        var known = string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        throw Fail(path, $"'{text}' is not a known {Leaf(path)}; use one of {known}.");
    }

    private EventCode Code(string? value, string path) =>
        EventCode.TryParse(Text(value, path), out var code, out var error) ? code : throw Fail(path, error);

    private DateEstimate Date(string? value, string path) =>
        DateEstimateText.TryParse(Text(value, path), out var date, out var error) ? date : throw Fail(path, $"'{value}' is not a date estimate: {error}");

    private string Origin(string path)
    {
        var at = (locator ??= new JsonLocator(utf8)).Locate(path);
        return at is null ? $"{sourceName} at {path}" : $"{sourceName} at {path} (line {at.Value.Line})";
    }

    private KnowledgeBaseFormatException Fail(string path, string problem, Exception? inner = null)
    {
        var at = (locator ??= new JsonLocator(utf8)).Locate(path);
        return new KnowledgeBaseFormatException(problem, sourceName, path, at?.Line, at?.BytePositionInLine, inner);
    }

    private static string Leaf(string path)
    {
        int dot = path.LastIndexOf('.');
        var leaf = dot < 0 ? path : path[(dot + 1)..];
        int bracket = leaf.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? leaf : leaf[..bracket];
    }
}

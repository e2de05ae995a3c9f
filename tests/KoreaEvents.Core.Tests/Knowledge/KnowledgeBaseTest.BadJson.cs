using System.Text;
using KoreaEvents.Core.Knowledge;

namespace KoreaEvents.Core.Tests.Knowledge;

public sealed partial class KnowledgeBaseTest
{
    private static KnowledgeBaseFormatException ReadBad(string json) =>
        Assert.Throws<KnowledgeBaseFormatException>(() => KnowledgeBase.CreateBuilder().AddFromJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json"));

    [Fact]
    public void Malformed_json_reports_line_and_byte_position()
    {
        var e = ReadBad("{\n  \"schemaVersion\": 1,\n  \"actors\": [ { \"id\": \"x\", } ]\n}");
        Assert.Equal("bad.json", e.SourceName);
        Assert.Equal(3, e.LineNumber);
        Assert.NotNull(e.BytePositionInLine);
        Assert.StartsWith("bad.json at $.actors[0]", e.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(e.InnerException);
    }

    [Fact]
    public void Unknown_properties_are_rejected_to_catch_typos()
    {
        var e = ReadBad("{ \"schemaVersion\": 1,\n \"actors\": [ { \"id\": \"x\", \"kind\": \"person\", \"name\": \"X\", \"alias\": [\"Y\"] } ] }");
        Assert.Equal(2, e.LineNumber);
        Assert.Contains("alias", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "actors": [] }""", "$", "The schemaVersion must be 1, but was missing.")]
    [InlineData("""{ "schemaVersion": 2 }""", "$.schemaVersion", "The schemaVersion must be 1, but was 2.")]
    [InlineData("""{ "schemaVersion": 1, "actors": [ { "id": "Bad Id", "kind": "person", "name": "X" } ] }""", "$.actors[0].id", "'Bad Id' is not a valid id")]
    [InlineData("""{ "schemaVersion": 1, "actors": [ { "id": "x", "kind": "martian", "name": "X" } ] }""", "$.actors[0].kind", "'martian' is not a known kind; use one of person, state, governmentBody")]
    [InlineData("""{ "schemaVersion": 1, "actors": [ { "id": "x", "kind": "person" } ] }""", "$.actors[0].name", "The value 'name' is missing or empty.")]
    [InlineData("""{ "schemaVersion": 1, "places": [ { "id": "x", "kind": "city", "name": "X", "aliases": ["", "Y"] } ] }""", "$.places[0].aliases[0]", "The value 'aliases' is missing or empty.")]
    [InlineData("""{ "schemaVersion": 1, "events": [ { "id": "e", "code": "HUG", "label": "E", "date": "2020", "dateNote": "n" } ] }""", "$.events[0].code", "'HUG' is not a PLOVER event type")]
    [InlineData("""{ "schemaVersion": 1, "events": [ { "id": "e", "code": "AID", "label": "E", "date": "2020-13", "dateNote": "n" } ] }""", "$.events[0].date", "'2020-13' is not a date estimate")]
    [InlineData("""{ "schemaVersion": 1, "events": [ { "id": "e", "code": "AID", "label": "E", "date": "2020", "dateNote": "n", "participants": [ { "actor": "x", "role": "boss" } ] } ] }""", "$.events[0].participants[0].role", "'boss' is not a known role")]
    [InlineData("""{ "schemaVersion": 1, "actors": [ { "id": "x", "kind": "person", "name": "X", "roles": [ { "title": "T", "period": "soon" } ] } ] }""", "$.actors[0].roles[0].period", "'soon' is not a date estimate")]
    [InlineData("""{ "schemaVersion": 1, "lexicon": { "triggers": [ { "phrases": ["go"] } ] } }""", "$.lexicon.triggers[0].codes", "The 'codes' list is missing or empty.")]
    [InlineData("null", "$", "The document is null")]
    public void Ill_formed_fields_name_their_path(string json, string path, string message)
    {
        var e = ReadBad(json);
        Assert.Equal(path, e.Path);
        Assert.Contains(message, e.Problem, StringComparison.Ordinal);
        Assert.Equal(1, e.LineNumber);
    }

    [Fact]
    public void A_failed_document_adds_nothing()
    {
        var builder = KnowledgeBase.CreateBuilder();
        Assert.Throws<KnowledgeBaseFormatException>(() => builder.AddFromJson(new MemoryStream(Encoding.UTF8.GetBytes(
            """{ "schemaVersion": 1, "places": [ { "id": "ok", "kind": "city", "name": "Ok" }, { "id": "bad" } ] }""")), "half.json"));
        Assert.Empty(builder.Build().Places);
    }

    [Fact]
    public void Embedded_data_files_are_all_present_and_valid()
    {
        var names = typeof(KnowledgeBase).Assembly.GetManifestResourceNames();
        Assert.All(KnowledgeBase.DataFileNames, file => Assert.Contains(KnowledgeBase.ResourcePrefix + file, names));
        Assert.NotEmpty(KnowledgeBase.Default.Places);
        Assert.NotEmpty(KnowledgeBase.Default.Lexicon.Entries);
    }
}

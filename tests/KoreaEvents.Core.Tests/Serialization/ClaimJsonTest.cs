using System.Text.Json;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Serialization;

public class ClaimJsonTest
{
    private static readonly SourceId Seed = new("seed-002");

    public static TheoryData<ClaimValue> Values() => new()
    {
        ClaimValue.FromDate(DateEstimate.Parse("XXXX-02 (2020)")),
        ClaimValue.FromEntity(EntityRef.Parse("place:kaesong")),
        ClaimValue.FromQuantity(Quantity.About(20, "officials")),
        ClaimValue.FromBoolean(false),
        ClaimValue.FromText("a symbolic blow"),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Claims_round_trip_with_every_value_type(ClaimValue value)
    {
        var claim = new Claim(new ClaimId("seed-002-c7"), EntityRef.Parse("event:liaison-office-demolition-2020"), Facet.Count("officials"),
            value, Seed, Evidence.FromText(Seed, "around 20 officials", 0, 19), new Attribution("Yonhap", new ActorId("yonhap")), Modality.Reported);

        var json = JsonSerializer.Serialize(claim, KoreaEventsJson.Options.TypeInfo<Claim>());
        Assert.Equal(claim, JsonSerializer.Deserialize(json, KoreaEventsJson.Options.TypeInfo<Claim>()));
    }

    [Fact]
    public void Claim_json_is_readable_and_deterministic()
    {
        var claim = new Claim(new ClaimId("seed-002-c1"), EntityRef.Parse("event:hanoi-summit-2019"), Facet.Date,
            ClaimValue.FromDate(DateEstimate.FromMonth(2019, 2)), Seed, modality: Modality.Asserted);
        var json = JsonSerializer.Serialize(claim, KoreaEventsJson.Options.TypeInfo<Claim>());

        Assert.Equal(
            """
            {
              "id": "seed-002-c1",
              "subject": "event:hanoi-summit-2019",
              "facet": "date",
              "value": {
                "type": "date",
                "date": "2019-02"
              },
              "source": "seed-002",
              "modality": "Asserted"
            }
            """.Replace("\r\n", "\n", StringComparison.Ordinal), json.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(json, JsonSerializer.Serialize(claim, KoreaEventsJson.Options.TypeInfo<Claim>()));
    }

    [Theory]
    [InlineData("""{"id":"Bad Id","subject":"event:x","facet":"date","value":{"type":"boolean","value":true},"source":"s"}""", "not a valid id")]
    [InlineData("""{"id":"c1","subject":"nope","facet":"date","value":{"type":"boolean","value":true},"source":"s"}""", "not an entity reference")]
    [InlineData("""{"id":"c1","subject":"event:x","facet":"Date","value":{"type":"boolean","value":true},"source":"s"}""", "not a facet")]
    public void Bad_json_fails_with_the_path_and_the_reason(string json, string reason)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, KoreaEventsJson.Options.TypeInfo<Claim>()));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Path);
    }
}

public class KoreaEventsJsonTest
{
    private static readonly SourceId Seed = new("seed-000");

    private static Claim Sample(string id) => new(new ClaimId(id), EntityRef.Parse("event:hanoi-summit-2019"), Facet.Date,
        ClaimValue.FromDate(DateEstimate.Parse("2019-02-27/2019-02-28")), Seed);

    [Fact]
    public void Claims_documents_start_with_the_schema_version_and_round_trip()
    {
        var json = KoreaEventsJson.SerializeClaims([Sample("c1"), Sample("c2")]);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"claims\": [", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(new[] { Sample("c1"), Sample("c2") }, KoreaEventsJson.DeserializeClaims(json));
    }

    [Theory]
    [InlineData("""{"schemaVersion":2,"claims":[]}""", "schemaVersion 2", "$.schemaVersion")]
    [InlineData("""{"schemaVersion":1}""", "no 'claims' array", "$.claims")]
    [InlineData("null", "must be a JSON object", "$")]
    [InlineData("""{"schemaVersion":1,"claims":[{"id":"c1","subject":"event:x","facet":"date","value":{"type":"quantity","quantity":{"low":5,"high":4}},"source":"s"}]}""", "high end of a quantity", "$.claims[0]")]
    [InlineData("""{"schemaVersion":1,"claims":[{"id":"c1","subject":"event:x","facet":"date","value":{"type":"boolean","value":true},"source":"s"},{"id":"c2","subject":"nope","facet":"date","value":{"type":"boolean","value":true},"source":"s"}]}""", "not an entity reference", "$.claims[1].subject")]
    public void Bad_documents_fail_with_the_reason_and_path(string json, string reason, string? path)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => KoreaEventsJson.DeserializeClaims(json));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        if (path is not null)
        {
            Assert.Equal(path, ex.Path);
        }
    }

    [Fact]
    public void Arguments_are_validated()
    {
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.SerializeClaims(null!));
        Assert.Throws<ArgumentException>(() => KoreaEventsJson.SerializeClaims([null!]));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.DeserializeClaims(null!));
    }

    [Fact]
    public void Truncated_json_names_the_line_and_position()
    {
        var ex = Assert.ThrowsAny<JsonException>(() => KoreaEventsJson.DeserializeClaims("{\"schemaVersion\":1,\n\"claims\":["));
        Assert.NotNull(ex.LineNumber);
        Assert.NotNull(ex.BytePositionInLine);
    }
}

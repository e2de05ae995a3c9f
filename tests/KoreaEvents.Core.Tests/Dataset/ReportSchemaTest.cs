using System.Text;
using System.Text.Json;
using System.Text.Json.Schema;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Dataset;

/// <summary>
/// The JSON report's schema is exported from the types with System.Text.Json's <see cref="JsonSchemaExporter"/> and
/// committed at src/KoreaEvents.Core/Schemas/corroboration-report.schema.json; this test keeps the file equal to the
/// export (set KOREAEVENTS_ACCEPT_SNAPSHOTS=1 to rewrite it after reading the difference).
/// </summary>
public class ReportSchemaTest
{
    private static readonly string SchemaPath = Path.Combine(RepositoryRoot.Path, "src", "KoreaEvents.Core", "Schemas", "corroboration-report.schema.json");

    internal static string Export()
    {
        var node = KoreaEventsJson.Options.GetJsonSchemaAsNode(typeof(CorroborationReport), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        node["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        node["$id"] = "https://github.com/koreaevents/KoreaEvents.Core/schemas/corroboration-report.schema.json";
        node["title"] = "KoreaEvents.Core corroboration report, schemaVersion " + KoreaEventsJson.SchemaVersion;
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    [Fact]
    public void The_committed_schema_equals_the_export_from_the_types()
    {
        var exported = Export();
        var committed = File.Exists(SchemaPath) ? File.ReadAllText(SchemaPath, Encoding.UTF8) : null;
        if (committed == exported)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("KOREAEVENTS_ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(SchemaPath, exported, new UTF8Encoding(false));
            return;
        }

        File.WriteAllText(SchemaPath.Replace(".schema.json", ".schema.received.json", StringComparison.Ordinal), exported, new UTF8Encoding(false));
        Assert.Fail($"{SchemaPath} differs from the schema exported from the types; the export is written beside it as corroboration-report.schema.received.json.");
    }

    [Fact]
    public void The_seed_report_has_every_required_top_level_property_of_the_schema()
    {
        using var schema = JsonDocument.Parse(Export());
        using var report = JsonDocument.Parse(KoreaEventsJson.Serialize(TestClock.Dataset.Report));
        foreach (var property in schema.RootElement.GetProperty("properties").EnumerateObject())
        {
            Assert.True(report.RootElement.TryGetProperty(property.Name, out _) || !IsRequired(schema.RootElement, property.Name), $"The report lacks '{property.Name}'.");
        }

        Assert.Equal(1, report.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    private static bool IsRequired(JsonElement schema, string name) =>
        schema.TryGetProperty("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == name);
}

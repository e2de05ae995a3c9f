using System.Text;
using System.Text.Json;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization.Export;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Serialization.Export;

/// <summary>The three exports of <see cref="KoreaEventsExport"/> on the seeds: locked bytes, the same from every
/// overload, valid JSON per line, RFC 4180 quoting, and a claims CSV the truth engine reads back.</summary>
public sealed class KoreaEventsExportTest
{
    private static KoreaEventsDataset Seeds => TestClock.Dataset;

    [Fact]
    public void Plover_jsonl_of_the_seeds_is_locked() =>
        SnapshotAssert.Text(KoreaEventsExport.ToText(Seeds, ExportFormat.PloverJsonl));

    [Fact]
    public void Prov_jsonld_of_the_seeds_is_locked() =>
        SnapshotAssert.Json(KoreaEventsExport.ToText(Seeds, ExportFormat.ProvJsonLd));

    [Fact]
    public void Claims_csv_of_the_seeds_is_locked() =>
        SnapshotAssert.Text(KoreaEventsExport.ToText(Seeds, ExportFormat.ClaimsCsv));

    [Theory]
    [InlineData(ExportFormat.PloverJsonl)]
    [InlineData(ExportFormat.ProvJsonLd)]
    [InlineData(ExportFormat.ClaimsCsv)]
    public async Task Every_overload_writes_the_same_bytes_every_time(ExportFormat format)
    {
        var expected = Bytes(s => KoreaEventsExport.Write(Seeds, format, s));

        using var asyncStream = new MemoryStream();
        await KoreaEventsExport.WriteAsync(Seeds, format, asyncStream);
        using var text = new StringWriter();
        KoreaEventsExport.Write(Seeds, format, text);
        using var asyncText = new StringWriter();
        await KoreaEventsExport.WriteAsync(Seeds, format, asyncText);

        Assert.Equal(expected, Bytes(s => KoreaEventsExport.Write(KoreaEventsDataset.Load(TestClock.Fixed), format, s)));
        Assert.Equal(expected, asyncStream.ToArray());
        Assert.Equal(expected, Encoding.UTF8.GetBytes(text.ToString()));
        Assert.Equal(expected, Encoding.UTF8.GetBytes(asyncText.ToString()));
        Assert.NotEqual(0xEF, expected[0]); // no byte order mark
    }

    [Fact]
    public void Each_plover_line_is_one_json_object_for_one_event()
    {
        var lines = KoreaEventsExport.ToText(Seeds, ExportFormat.PloverJsonl).Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        var events = Seeds.Report.Groups.Where(g => g.Subject.Kind == EntityKind.Event).Select(g => g.Subject.Slug).Distinct().ToList();
        Assert.Equal(events.Count, lines.Length - 1);

        var ids = new List<string>();
        foreach (var line in lines[..^1])
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            ids.Add(root.GetProperty("id").GetString()!);
            Assert.Matches("^[A-Z]+$", root.GetProperty("event_type").GetString());
            Assert.Equal(JsonValueKind.Array, root.GetProperty("sources").ValueKind);
            Assert.True(root.GetProperty("koreaevents").GetProperty("facets").GetArrayLength() > 0);
        }

        Assert.Equal(events.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Contains(ids, id => id.StartsWith("provisional-", StringComparison.Ordinal) || id == "hanoi-summit-2019");
    }

    [Fact]
    public void The_hanoi_summit_record_has_its_consensus_date_actors_and_spans()
    {
        var line = KoreaEventsExport.ToText(Seeds, ExportFormat.PloverJsonl).Split('\n').Single(l => l.StartsWith("{\"id\":\"hanoi-summit-2019\"", StringComparison.Ordinal));
        using var record = JsonDocument.Parse(line);
        var root = record.RootElement;
        var group = Seeds.Report.Find(new EventId("hanoi-summit-2019"), Facet.Date)!;
        var consensus = ((DateValue)group.Consensus!).Date;

        Assert.Equal(consensus.Start.ToString("yyyy-MM-dd", null), root.GetProperty("event_date").GetString());
        Assert.Equal(consensus.ToString(), root.GetProperty("koreaevents").GetProperty("date").GetProperty("estimate").GetString());
        Assert.Equal("consensus", root.GetProperty("koreaevents").GetProperty("date").GetProperty("basis").GetString());
        Assert.True(root.GetProperty("actor").GetArrayLength() > 0);
        var spans = root.GetProperty("sources").EnumerateArray().SelectMany(s => s.GetProperty("text_spans").EnumerateArray()).ToList();
        Assert.NotEmpty(spans);
        foreach (var source in root.GetProperty("sources").EnumerateArray())
        {
            var text = Seeds.FindArticle(new SourceId(source.GetProperty("id").GetString()!))!.Document.Text;
            foreach (var span in source.GetProperty("text_spans").EnumerateArray())
            {
                Assert.Equal(span.GetProperty("text").GetString(), text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
            }
        }
    }

    [Fact]
    public void The_claims_csv_is_a_claims_table_with_one_row_per_claim()
    {
        var csv = KoreaEventsExport.ToText(Seeds, ExportFormat.ClaimsCsv);
        var table = ClaimTable.ReadCsv(new StringReader(csv));

        Assert.Equal(Seeds.Claims.Count, table.RowCount);
        Assert.Equal(Seeds.Claims.Select(c => c.Source).Distinct().Count(), table.Sources.Count);
        Assert.Equal(Seeds.Claims.Select(c => c.Subject + "|" + c.Facet).Distinct().Count(), table.Objects.Count);
        Assert.StartsWith("source,object,value,claim,subject,facet,precision,modality,attribution,evidence_start,evidence_length,evidence_quote,origin,stance,admiralty_code\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_fields_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_whole()
    {
        const string text = "He said, \"No\"\nthen left\r\nfor good";
        var source = new SourceId("quoting");
        var claim = new Claim(new ClaimId("quoting-c0001"), EntityRef.From(new EventId("hanoi-summit-2019")), new Facet("remark"),
            ClaimValue.FromText(text), source, new Evidence(source, 0, text.Length, text), new Attribution("Kim, the \"spokesman\""));
        var dataset = Seeds.WithClaims([claim], [new Source(source, title: "A, \"quoted\" title")]);

        var csv = KoreaEventsExport.ToText(dataset, ExportFormat.ClaimsCsv);
        var encoded = "\"He said, \"\"No\"\"\nthen left\r\nfor good\"";
        Assert.Contains("quoting,event:hanoi-summit-2019|remark," + encoded + ",quoting-c0001,", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Kim, the \"\"spokesman\"\"\",0," + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + encoded + ",", csv, StringComparison.Ordinal);

        var table = ClaimTable.ReadCsv(new StringReader(csv));
        Assert.Equal(dataset.Claims.Count, table.RowCount);
        var result = TruthDiscoveryAlgorithms.FromName("vote").Run(table);
        Assert.Equal(text, result.GetChosenValueText(table.IndexOfObject("event:hanoi-summit-2019|remark")));
    }

    [Fact]
    public void Json_exports_escape_quotes_and_line_breaks()
    {
        const string text = "\"Quoted\", with\na line break";
        var source = new SourceId("quoting");
        var claim = new Claim(new ClaimId("quoting-c0001"), EntityRef.From(new EventId("hanoi-summit-2019")), new Facet("remark"),
            ClaimValue.FromText(text), source, new Evidence(source, 0, text.Length, text));
        var dataset = Seeds.WithClaims([claim], [new Source(source)]);

        var jsonl = KoreaEventsExport.ToText(dataset, ExportFormat.PloverJsonl);
        var hanoi = jsonl.Split('\n').Single(l => l.Contains("\"id\":\"hanoi-summit-2019\"", StringComparison.Ordinal));
        using var record = JsonDocument.Parse(hanoi);
        Assert.Contains(record.RootElement.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "quoting"
            && s.GetProperty("text_spans")[0].GetProperty("text").GetString() == text);

        using var prov = JsonDocument.Parse(KoreaEventsExport.ToText(dataset, ExportFormat.ProvJsonLd));
        Assert.Contains(prov.RootElement.GetProperty("@graph").EnumerateArray(), n => n.TryGetProperty("prov:value", out var v) && v.GetString() == text);
    }

    [Fact]
    public void Exports_hold_an_added_article()
    {
        var article = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "my-article.txt"));
        var dataset = Seeds.WithArticle(new SourceId("my-article"), article);
        Assert.True(dataset.Claims.Count > Seeds.Claims.Count);

        var csv = KoreaEventsExport.ToText(dataset, ExportFormat.ClaimsCsv);
        Assert.Equal(dataset.Claims.Count, ClaimTable.ReadCsv(new StringReader(csv)).RowCount);
        Assert.Contains("\nmy-article,", csv, StringComparison.Ordinal);
        Assert.Contains("{\"id\":\"my-article\"", KoreaEventsExport.ToText(dataset, ExportFormat.PloverJsonl), StringComparison.Ordinal);
        Assert.Contains("\"@id\": \"urn:koreaevents:source:my-article\"", KoreaEventsExport.ToText(dataset, ExportFormat.ProvJsonLd), StringComparison.Ordinal);
    }

    [Fact]
    public void The_iri_base_is_configurable()
    {
        var json = KoreaEventsExport.ToText(Seeds, ExportFormat.ProvJsonLd, new ExportOptions { IriBase = "https://example.org/ke/" });
        Assert.Contains("\"@id\": \"https://example.org/ke/source:seed-002\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("urn:koreaevents:source:", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_reported_up_to_the_total_and_cancellation_stops_the_export()
    {
        var reports = new List<ExportProgress>();
        using var output = new MemoryStream();
        KoreaEventsExport.Write(Seeds, ExportFormat.PloverJsonl, output, new ExportOptions { Progress = new Recorder(reports) });
        Assert.NotEmpty(reports);
        Assert.Equal(reports[^1].Total, reports[^1].Done);
        Assert.Equal(Enumerable.Range(1, reports.Count), reports.Select(r => r.Done));

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            KoreaEventsExport.WriteAsync(Seeds, ExportFormat.ClaimsCsv, new MemoryStream(), cancellationToken: cancelled.Token).GetAwaiter().GetResult());
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => KoreaEventsExport.Write(null!, ExportFormat.ClaimsCsv, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsExport.Write(Seeds, ExportFormat.ClaimsCsv, (Stream)null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsExport.Write(Seeds, ExportFormat.ClaimsCsv, (TextWriter)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => KoreaEventsExport.Write(Seeds, (ExportFormat)7, new MemoryStream()));
        Assert.Throws<ArgumentException>(() => KoreaEventsExport.Write(Seeds, ExportFormat.ClaimsCsv, new MemoryStream([], writable: false)));
        Assert.Throws<ArgumentException>(() => new ExportOptions { IriBase = "not an iri" });
        Assert.Throws<ArgumentException>(() => new ExportOptions { IriBase = "https://example.org/no-separator" });
        Assert.True(KoreaEventsExport.TryParseFormat("PROV-JSONLD", out var format));
        Assert.Equal(ExportFormat.ProvJsonLd, format);
        Assert.False(KoreaEventsExport.TryParseFormat("xml", out _));
        Assert.Equal(new[] { "plover-jsonl", "prov-jsonld", "claims-csv" }, KoreaEventsExport.FormatNames);
        Assert.Equal("claims-csv", KoreaEventsExport.FormatName(ExportFormat.ClaimsCsv));
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private sealed class Recorder(List<ExportProgress> reports) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => reports.Add(value);
    }
}

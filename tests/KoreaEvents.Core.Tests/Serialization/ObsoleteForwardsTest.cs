using System.Text;
using KoreaEvents.Core.Extraction.Evaluation;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Time;
using KoreaEvents.Core.Tests.Extraction.Evaluation;
using KoreaEvents.Core.Tests.Truth;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Serialization;

/// <summary>
/// The JSON entry points moved to <see cref="KoreaEventsJson"/> (issue 20); the old members stay for one minor version as
/// [Obsolete] forwards. Each must give exactly what the new entry point gives. This is the only place that calls them.
/// </summary>
#pragma warning disable CS0618 // the obsolete forwards are what is tested
public sealed class ObsoleteForwardsTest
{
    private static DatasetArticle Seed => TestClock.Dataset.Articles[2];

    [Fact]
    public void Document_extraction_and_report_forwards_write_the_same_text()
    {
        Assert.Equal(KoreaEventsJson.Serialize(Seed.Document), Seed.Document.ToJson());
        Assert.Equal(KoreaEventsJson.Serialize(Seed.Extraction), Seed.Extraction.ToJson());
        Assert.Equal(KoreaEventsJson.Serialize(TestClock.Dataset.Report), TestClock.Dataset.Report.ToJson());
        Assert.Equal(KoreaEventsJson.SchemaVersion, TestClock.Dataset.Report.SchemaVersion);
    }

    [Fact]
    public void Dating_forwards_write_the_same_text_and_version()
    {
        var dating = new DocumentDater(KnownEventDates.FromEvents(KnowledgeBase.Default.Events), clock: TestClock.Fixed).Date(Seed.Document.Text);
        Assert.Equal(KoreaEventsJson.Serialize(dating), dating.ToJson());
        Assert.Equal(KoreaEventsJson.SchemaVersion, dating.SchemaVersion);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"publication\": ", KoreaEventsJson.Serialize(dating).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_standard_and_evaluation_forwards_read_and_write_the_same()
    {
        var text = File.ReadAllText(ExtractionEvaluatorTest.GoldPath);
        var gold = KoreaEventsJson.DeserializeGoldStandard(text);
        Assert.Equal(KoreaEventsJson.Serialize(gold), gold.ToJson());
        Assert.Equal(KoreaEventsJson.Serialize(gold), KoreaEventsJson.Serialize(GoldStandard.Parse(text)));
        Assert.Equal(KoreaEventsJson.Serialize(gold), KoreaEventsJson.Serialize(GoldStandard.Parse(text, "gold.json")));
        var bad = Assert.Throws<System.Text.Json.JsonException>(() => GoldStandard.Parse("{\"schemaVersion\":2}", "gold.json"));
        Assert.Equal(Assert.Throws<System.Text.Json.JsonException>(() => KoreaEventsJson.DeserializeGoldStandard("{\"schemaVersion\":2}", "gold.json")).Message, bad.Message);

        var report = ExtractionEvaluator.Evaluate(gold, TestClock.Dataset.Articles.SelectMany(a => a.Extraction.Claims));
        Assert.Equal(KoreaEventsJson.Serialize(report), report.ToJson());
    }

    [Fact]
    public void Truth_report_forwards_write_the_same_text()
    {
        var result = MajorityVote.Instance.Run(TruthFixtures.Claims("synthetic-copiers"));
        var evaluation = TruthFixtures.Truth("synthetic-copiers").Evaluate(result);
        var expected = KoreaEventsJson.Serialize(result, evaluation);
        Assert.Equal(expected, TruthReportJson.ToJson(result, evaluation));
        using var writer = new StringWriter();
        TruthReportJson.WriteJson(writer, result, evaluation);
        Assert.Equal(expected, writer.ToString());
        using var stream = new MemoryStream();
        TruthReportJson.WriteJson(stream, result, evaluation);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), stream.ToArray());
    }

    [Fact]
    public void Issue_22_renames_forward_to_the_new_names()
    {
        var report = TestClock.Dataset.Report;
        Assert.Same(report.SourceReliabilities, report.Sources);
        Assert.All(report.Groups.SelectMany(g => g.Claims), a => Assert.Equal(a.AttributionText, a.Attribution));
        Assert.All(TestClock.Dataset.Sources, s => Assert.Equal(s.Publication, s.Published));
        Assert.NotNull(TestClock.Dataset.Sources[0].Published);
    }

    [Fact]
    public void The_new_entry_points_validate_their_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.Serialize((Core.Text.SourceDocument)null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.Serialize((DocumentDating)null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.Serialize((Core.Extraction.ExtractionResult)null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.Serialize((EvaluationReport)null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.Serialize((GoldStandard)null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.Serialize((Core.Corroboration.CorroborationReport)null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.Serialize((TruthDiscoveryResult)null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.DeserializeGoldStandard(null!));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.DeserializeGoldStandard("{}", null!));
        Assert.Throws<ArgumentException>(() => KoreaEventsJson.DeserializeGoldStandard("{}", " "));
        var result = MajorityVote.Instance.Run(TruthFixtures.Claims("synthetic-copiers"));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.WriteJson((TextWriter)null!, result));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.WriteJson((Stream)null!, result));
        Assert.Throws<ArgumentNullException>(() => KoreaEventsJson.WriteJson(TextWriter.Null, null!));
    }
}
#pragma warning restore CS0618

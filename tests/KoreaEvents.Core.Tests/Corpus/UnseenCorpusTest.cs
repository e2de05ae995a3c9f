using System.Text.Json;
using KoreaEvents.Core.Extraction.Evaluation;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Corpus;

/// <summary>
/// The unseen corpus (issue 21): public news pages no rule was written against, split into a dev half and a test half
/// before the extractor ran on them (Corpus/unseen/README.md). Checks the index, the split rule and the gold quotes, and
/// keeps each half's untuned scores as floors. The test half must never be used to write or tune a rule, lexicon entry
/// or catalogue entry; raise its floors only from changes made on the dev half and the seeds.
/// </summary>
public sealed class UnseenCorpusTest
{
    internal static string Directory => Path.Combine(RepositoryRoot.Path, "tests", "KoreaEvents.Core.Tests", "Corpus", "unseen");

    private static readonly Lazy<IReadOnlyList<(string Id, string Half)>> Index = new(() =>
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "index.json")));
        return json.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("half").GetString()!)).ToList();
    });

    private static readonly Dictionary<string, string> Texts = new();

    internal static string TextOf(string id)
    {
        lock (Texts)
        {
            if (!Texts.TryGetValue(id, out var text))
            {
                // As `koreaevents eval` reads a file beside the gold: strict UTF-8 through the article parser.
                using var stream = File.OpenRead(Path.Combine(Directory, id + ".txt"));
                Texts[id] = text = ArticleParser.Parse(stream).Text;
            }

            return text;
        }
    }

    internal static GoldStandard Gold(string half) =>
        KoreaEventsJson.DeserializeGoldStandard(File.ReadAllText(Path.Combine(Directory, half + ".gold.json")));

    internal static EvaluationReport Evaluate(string half)
    {
        var gold = Gold(half);
        var claims = gold.Sources.SelectMany(s => TestClock.Extractor.Extract(ArticleParser.Parse(TextOf(s.Value!), s)).Claims);
        return ExtractionEvaluator.Evaluate(gold, claims);
    }

    [Fact]
    public void Index_lists_at_least_sixteen_articles_split_by_the_rule()
    {
        var index = Index.Value;
        Assert.True(index.Count >= 16, $"The unseen corpus has {index.Count} articles.");
        Assert.Equal(index.Select(a => a.Id).Order(StringComparer.Ordinal), index.Select(a => a.Id));
        Assert.Equal(index.Count, index.Select(a => a.Id).Distinct().Count());

        // The split rule, fixed before the extractor ran: sorted by id, alternating, starting with dev.
        Assert.Equal(index.Select((a, i) => i % 2 == 0 ? "dev" : "test"), index.Select(a => a.Half));
        foreach (var (id, _) in index)
        {
            Assert.True(File.Exists(Path.Combine(Directory, id + ".txt")), $"{id}.txt is missing.");
        }

        var files = System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(index.Select(a => a.Id), files);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public void Gold_covers_exactly_its_half_and_every_quote_is_the_text_at_its_offsets(string half)
    {
        var gold = Gold(half);
        Assert.Equal(Index.Value.Where(a => a.Half == half).Select(a => a.Id), gold.Sources.Select(s => s.Value!));
        Assert.Empty(gold.Mismatches(id => TextOf(id.Value!)));
        Assert.True(gold.Claims.Count >= 150, $"The {half} gold set has {gold.Claims.Count} claims.");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public void Untuned_scores_do_not_fall_below_the_recorded_floor(string half)
    {
        var report = Evaluate(half);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"koreaevents-unseen-{half}-eval.txt"), report.ToTable());
        var floor = half == "dev" ? Floor.Dev : Floor.Test;
        var table = $"{half}:\n{report.ToTable()}";

        Assert.True(report.Overall.Precision >= floor.Precision, table);
        Assert.True(report.Overall.Recall >= floor.Recall, table);
        Assert.True(report.Overall.F1 >= floor.F1, table);
        Assert.True(report["date"]!.F1 >= floor.DateF1, table);
        Assert.True(report["occurred"]!.Precision >= floor.OccurredPrecision, table);
        Assert.True(report["initiator"]!.Precision >= floor.InitiatorPrecision, table);
        Assert.True(report["target"]!.Precision >= floor.TargetPrecision, table);
    }

    /// <summary>
    /// Floors: the scores measured when the corpus was committed, before any rule was changed for it, rounded down.
    /// Raise them as the extractor improves (the test half's only from work on the dev half and the seeds).
    /// </summary>
    private sealed record Floor(double Precision, double Recall, double F1, double DateF1, double OccurredPrecision, double InitiatorPrecision, double TargetPrecision)
    {
        // Measured (untuned, 2026-12-07): P 0.516, R 0.167, F1 0.252; date F1 0.333; occurred P 0.619; initiator P 0.250 (1/4);
        // no target predicted (precision 1.000 is vacuous, so no floor on it yet).
        // With the clause analyser (roles from clause structure, 2026-12-08): P 0.531, R 0.177, F1 0.266; date F1 0.333;
        // occurred P 0.650; initiator P 0.250 (1/4). With missile, handshake and balloon triggers: P 0.545, R 0.188,
        // F1 0.279; occurred P 0.667; initiator P 0.400 (2/5). With threatened acts as future: P 0.563, F1 0.281; occurred P 0.700.
        public static Floor Dev { get; } = new(0.56, 0.18, 0.28, 0.33, 0.70, 0.40, 0);

        // Measured (untuned, 2026-12-07): P 0.620, R 0.253, F1 0.359; date F1 0.286; occurred P 0.654; initiator P 0.333 (2/6);
        // target P 0.500 (1/2).
        // With the clause analyser and the new triggers (2026-12-08; nothing read from this half, only these totals):
        // P 0.632, R 0.276, F1 0.384; date F1 0.333; occurred P 0.643 (18/28: below the first measurement's 0.654, recorded
        // as it is); initiator P 0.500 (4/8); target P 1.000 (1/1).
        public static Floor Test { get; } = new(0.63, 0.27, 0.38, 0.33, 0.64, 0.50, 0.50);
    }
}

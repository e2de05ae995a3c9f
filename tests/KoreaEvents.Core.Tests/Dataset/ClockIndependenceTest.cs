using KoreaEvents.Cli;
using KoreaEvents.Core.Time;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Dataset;

/// <summary>
/// Today's date enters only through a clock, and where the text decides, the clock does not: the seeds' pipeline run
/// under two clocks years apart gives the same bytes. Where only the clock bounds a date (a text that says only that
/// the liaison office was "recently demolished"), the output says "open above" instead of printing the day of analysis.
/// </summary>
public sealed class ClockIndependenceTest
{
    private static readonly IClock Early = TestClock.At(new LocalDate(2026, 1, 1));
    private static readonly IClock Late = TestClock.At(new LocalDate(2041, 7, 15));

    private static readonly Lazy<(KoreaEventsDataset Early, KoreaEventsDataset Late)> Datasets =
        new(() => (KoreaEventsDataset.Load(Early), KoreaEventsDataset.Load(Late)));

    [Fact]
    public void The_report_is_byte_identical_under_clocks_fifteen_years_apart()
    {
        var (early, late) = Datasets.Value;

        Assert.Equal(KoreaEventsJson.Serialize(early.Report), KoreaEventsJson.Serialize(late.Report));
    }

    [Fact]
    public void Every_seeds_publication_estimate_and_claims_are_identical()
    {
        var (early, late) = Datasets.Value;

        for (int i = 0; i < early.Articles.Count; i++)
        {
            var a = early.Articles[i];
            var b = late.Articles[i];
            Assert.Equal(a.Publication.ToString(), b.Publication.ToString());
            Assert.Equal(KoreaEventsJson.Serialize(a.Extraction), KoreaEventsJson.Serialize(b.Extraction));

            // The candidates too, but for the day of analysis itself, which is the clock's and says so.
            static IEnumerable<string> TextCandidates(PublicationEstimate p) =>
                p.Candidates.Where(c => c.Kind != PublicationEvidence.AnalysisDate).Select(c => c.ToString());
            Assert.Equal(TextCandidates(a.Publication), TextCandidates(b.Publication));
        }
    }

    [Fact]
    public void Where_only_the_clock_bounds_a_date_the_output_says_open_above()
    {
        // Seed 003 used to be the example; the 2020 US election ("as the November election fast approaches") now
        // bounds it, so a made-up text stands in: nothing in it bounds the publication from above.
        var document = KoreaEvents.Core.Text.ArticleParser.Parse(
            "Tensions rise at the border\n\nThe liaison office in Kaesong was recently demolished, and tensions remain high.", new KoreaEvents.Core.Model.SourceId("open"));
        var extractor = KoreaEvents.Core.Extraction.ClaimExtractor.Default.WithClock(Early);
        var publication = extractor.DateDocument(document).Publication;
        var extraction = extractor.Extract(document);

        Assert.True(publication.IsOpenAbove);
        Assert.Equal("2020-06-16/.. (Inferred; open above: no later bound in the text)", publication.ToString());
        Assert.Equal("2020-06-16/..", extraction.Source.Publication.ToString());
        Assert.Contains("\"published\": \"2020-06-16/..\"", KoreaEventsJson.Serialize(extraction), StringComparison.Ordinal);
        Assert.Equal(KoreaEventsJson.Serialize(extraction), KoreaEventsJson.Serialize(KoreaEvents.Core.Extraction.ClaimExtractor.Default.WithClock(Late).Extract(document)));

        // The day of analysis is still weighed, and named as what it is.
        var analysis = Assert.Single(publication.Candidates, c => c.Kind == PublicationEvidence.AnalysisDate);
        Assert.Equal("No document is later than the day of analysis (2026-01-01).", analysis.Reason);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report", "--json")]
    [InlineData("timeline")]
    [InlineData("claims", "all", "--json")]
    [InlineData("claims", "seed-003")]
    public void The_tools_output_is_identical_under_both_clocks(params string[] args)
    {
        Assert.Equal(Run(args, Early), Run(args, Late));
    }

    private static string Run(string[] args, IClock clock)
    {
        var run = KoreaEvents.Core.Tests.Cli.CliHarness.Run(clock, args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }
}

using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Core.Tests.Time;

public partial class DocumentDaterTest
{
    internal static readonly LocalDate AnalysisDate = new(2026, 1, 1);

    internal static DocumentDater Dater { get; } = new(TestKnownEvents.Table);

    internal static DocumentDatingOptions Options { get; } = new() { AnalysisDate = AnalysisDate };

    /// <summary>Every row of Acceptance/document-dates.tsv: seed, basis, must_contain, must_lie_within, must_not_be.</summary>
    public static TheoryData<string, string, string, string, string> DocumentDates()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var row in AcceptanceTable.Read("document-dates.tsv"))
        {
            data.Add(row["seed"], row["basis"], row["must_contain"], row["must_lie_within"], row["must_not_be"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentDates))]
    public void Acceptance_every_seed_is_dated_as_the_table_says(string seed, string basis, string mustContain, string mustLieWithin, string mustNotBe)
    {
        var text = SeedCorpus.Get(seed).Text;
        Check(seed, Dater.Date(text, Options).Publication, basis, mustContain, mustLieWithin, mustNotBe);
    }

    [Theory]
    [MemberData(nameof(DocumentDates))]
    public void Acceptance_every_parsed_seed_is_dated_as_the_table_says(string seed, string basis, string mustContain, string mustLieWithin, string mustNotBe)
    {
        var article = SeedCorpus.Get(seed);
        var document = KoreaEvents.Core.Text.ArticleParser.Parse(article.Text, article.Id);
        Check(seed, Dater.Date(document, Options).Publication, basis, mustContain, mustLieWithin, mustNotBe);
    }

    /// <summary>
    /// The same table with the shipped catalogue and dated facts (<c>KnowledgeBase.Default.KnownDates</c>, what the CLI and
    /// the dataset use) instead of the test table. Seed 003's upper bound comes from the dated facts: "as the November
    /// election fast approaches" is the US presidential election of 2020-11-03, the one of the three November elections
    /// the dated facts hold that agrees with the rest of the text (written after the demolition of 2020-06-16).
    /// </summary>
    [Theory]
    [MemberData(nameof(DocumentDates))]
    public void Acceptance_with_the_shipped_catalogue(string seed, string basis, string mustContain, string mustLieWithin, string mustNotBe)
    {
        var article = SeedCorpus.Get(seed);
        var document = KoreaEvents.Core.Text.ArticleParser.Parse(article.Text, article.Id);
        var dater = new DocumentDater(KoreaEvents.Core.Knowledge.KnowledgeBase.Default.KnownDates);
        Check(seed, dater.Date(document, Options).Publication, basis, mustContain, mustLieWithin, mustNotBe);
    }

    [Fact]
    public void Acceptance_seed_003_ends_at_the_2020_us_election()
    {
        var article = SeedCorpus.Get("003");
        var document = KoreaEvents.Core.Text.ArticleParser.Parse(article.Text, article.Id);
        var estimate = new DocumentDater(KoreaEvents.Core.Knowledge.KnowledgeBase.Default.KnownDates).Date(document, Options).Publication;
        Assert.Equal(DateEstimate.Parse("2020-06-16/2020-11-03"), estimate.Date);
        Assert.Contains(estimate.Candidates, c => c.Accepted && c.EventKey == "us-presidential-election-2020" && c.NotAfter == new LocalDate(2020, 11, 3));
    }

    private static void Check(string seed, PublicationEstimate estimate, string basis, string mustContain, string mustLieWithin, string mustNotBe)
    {
        var explanation = string.Join("\n", estimate.Candidates);

        Assert.True(estimate.Date is not null, $"Seed {seed} has no estimate.\n{explanation}");
        var date = estimate.Date.Value;
        Assert.True(string.Equals(basis, estimate.Basis.ToString(), StringComparison.OrdinalIgnoreCase), $"Seed {seed}: basis {estimate.Basis}, expected {basis}.\n{explanation}");
        Assert.True(date.Contains(Iso(mustContain)), $"Seed {seed}: {date} does not contain {mustContain}.\n{explanation}");
        var within = DateEstimate.Parse(mustLieWithin);
        Assert.True(within.Contains(date), $"Seed {seed}: {date} does not lie within {mustLieWithin}.\n{explanation}");
        if (mustNotBe != "-")
        {
            Assert.False(date.Contains(Iso(mustNotBe)), $"Seed {seed}: {date} contains {mustNotBe}.\n{explanation}");
        }
    }

    private static LocalDate Iso(string text) => LocalDatePattern.Iso.Parse(text).Value;
}

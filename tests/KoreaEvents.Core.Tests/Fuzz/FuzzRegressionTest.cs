using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Fuzz;

/// <summary>Every crash the fuzzer (tests/KoreaEvents.Fuzz) found, as a regression test.</summary>
public class FuzzRegressionTest
{
    private static readonly ClaimExtractor Extractor = TestClock.Extractor;

    /// <summary>Seed 1, cases 112, 120, 249, 304 and 312: an upper-cased article makes a whole sentence look like a
    /// speaker's name, and "provisional-" + its 128-character slug was not a valid id (ArgumentException deep in
    /// the extractor).</summary>
    [Theory]
    [InlineData("seed-002")]
    [InlineData("seed-003")]
    public void An_upper_case_article_gives_valid_provisional_actor_ids(string seed)
    {
        var text = SeedCorpus.Get(seed).Text.ToUpperInvariant();
        var document = ArticleParser.Parse(text, new SourceId("shouting"));
        var result = Extractor.Extract(document, Extractor.DateDocument(document).Publication);

        Assert.NotEmpty(result.ProvisionalActors);
        Assert.All(result.ProvisionalActors, a =>
        {
            Assert.True(Slug.IsValid(a.Id.Value), a.Id.Value);
            Assert.StartsWith("provisional-", a.Id.Value, StringComparison.Ordinal);
        });
        Assert.Contains(result.ProvisionalActors, a => a.Id.Value!.Length == Slug.MaxLength);
    }
}

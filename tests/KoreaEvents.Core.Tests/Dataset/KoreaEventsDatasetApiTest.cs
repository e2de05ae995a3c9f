using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Dataset;

/// <summary>
/// Issue 22 on the dataset: the names a .NET developer guesses (the old ones are tested in <c>ObsoleteForwardsTest</c>),
/// when evidence is null, and exceptions that name the parameters the caller passed.
/// </summary>
public class KoreaEventsDatasetApiTest
{
    private static readonly KoreaEventsDataset Dataset = TestClock.Dataset;

    private static readonly EventId Hanoi = new("hanoi-summit-2019");

    [Fact]
    public void Source_publication_is_the_publication_estimate()
    {
        var seed = Dataset.FindSource(new SourceId("seed-003"))!;
        Assert.Equal("2020-06-16/2020-11-03", seed.Publication.ToString());
        Assert.Same(Dataset.FindArticle(seed.Id)!.Source, seed);
        Assert.Equal(DateEstimate.FromDay(2019, 3, 1), new Source(new SourceId("s"), published: DateEstimate.FromDay(2019, 3, 1)).Publication);
        Assert.Null(new Source(new SourceId("s")).Publication);
    }

    [Fact]
    public void Dataset_find_source_knows_articles_and_added_sources()
    {
        var wire = new Source(new SourceId("my-wire"), outlet: "My Wire");
        var extended = Dataset.WithClaims([], [wire]);
        Assert.Same(wire, extended.FindSource(wire.Id));
        Assert.Null(extended.FindArticle(wire.Id));
        Assert.Null(Dataset.FindSource(wire.Id));
        Assert.Null(Dataset.FindSource(default));
    }

    [Fact]
    public void Extracted_claims_always_have_evidence_and_hand_made_ones_may_not()
    {
        Assert.All(Dataset.Articles.SelectMany(a => a.Extraction.Claims), c => Assert.NotNull(c.Evidence));
        Assert.All(Dataset.Report.Groups.SelectMany(g => g.Claims), a => Assert.Same(a.Claim.Evidence, a.Evidence));

        var wire = new Source(new SourceId("my-wire"));
        var claim = new Claim(new ClaimId("my-wire-1"), EntityRef.From(Hanoi), Facet.Date, ClaimValue.FromDate(DateEstimate.FromMonth(2019, 2)), wire.Id);
        var extended = Dataset.WithClaims([claim], [wire]);
        Assert.Null(extended.Report.FindClaim(claim.Id)!.Evidence);
    }

    [Fact]
    public void With_article_exceptions_name_its_own_parameters()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => Dataset.WithArticle(new SourceId("seed-001"), "A duplicate id."));
        Assert.Equal("id", duplicate.ParamName);
        Assert.Contains("'seed-001'", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Dataset.WithArticle(default, "Text.")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Dataset.WithArticle(new SourceId("new-one"), null!)).ParamName);
        var format = Assert.Throws<ArticleFormatException>(() => Dataset.WithArticle(new SourceId("empty-one"), "   "));
        Assert.Contains("empty-one", format.Message, StringComparison.Ordinal);

        var wire = new Source(new SourceId("my-wire"));
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Dataset.WithClaims([], [wire]).WithArticle(wire.Id, "Text.")).ParamName);
    }

    [Fact]
    public void With_articles_and_with_claims_exceptions_name_their_parameters()
    {
        Assert.Equal("articles", Assert.Throws<ArgumentNullException>(() => Dataset.WithArticles(null!)).ParamName);
        Assert.Equal("articles", Assert.Throws<ArgumentException>(() => Dataset.WithArticles([null!])).ParamName);
        Assert.Equal("articles", Assert.Throws<ArgumentException>(() => Dataset.WithArticles([new ArticleInput(new SourceId("seed-000"), "x")])).ParamName);
        Assert.Equal("articles", Assert.Throws<ArgumentException>(() => KoreaEventsDataset.FromArticles([new ArticleInput(new SourceId("a"), "x"), new ArticleInput(new SourceId("a"), "y")])).ParamName);
        Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => Dataset.WithClaims(null!)).ParamName);
        Assert.Equal("claims", Assert.Throws<ArgumentException>(() => Dataset.WithClaims([null!])).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => Dataset.WithClaims([], [null!])).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => Dataset.WithClaims([], [new Source(new SourceId("seed-000"))])).ParamName);
    }
}

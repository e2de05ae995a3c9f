using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Text;
using NodaTime;

namespace KoreaEvents.Core.Tests.Dataset;

/// <summary>
/// Issue 22: the names a .NET developer guesses. New names give what the old ones gave (the old ones are tested in
/// <c>ObsoleteForwardsTest</c>), lookups take every id type, and exceptions name the parameters the caller passed.
/// </summary>
public class GuessableApiTest
{
    private static readonly KoreaEventsDataset Dataset = TestClock.Dataset;

    private static readonly EventId Hanoi = new("hanoi-summit-2019");

    [Fact]
    public void Source_publication_is_the_publication_estimate()
    {
        var seed = Dataset.FindSource(new SourceId("seed-003"))!;
        Assert.Equal("2020-06-16/..", seed.Publication.ToString());
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
    public void Source_reliabilities_are_ordered_by_id_and_found_by_id()
    {
        var reliabilities = Dataset.Report.SourceReliabilities;
        Assert.Equal(Dataset.Sources.Select(s => s.Id).Order(), reliabilities.Select(r => r.Id));
        Assert.All(reliabilities, r => Assert.Same(r, Dataset.Report.FindSource(r.Id)));
        Assert.Same(reliabilities, Dataset.Report.SourceReliabilities);
    }

    [Fact]
    public void The_report_json_still_calls_the_reliabilities_sources_and_writes_them_once()
    {
        var json = KoreaEventsJson.Serialize(Dataset.Report);
        Assert.Equal(1, Count(json, "\n  \"sources\": ["));
        Assert.DoesNotContain("sourceReliabilities", json, StringComparison.Ordinal);
        Assert.DoesNotContain("attributionText", json, StringComparison.Ordinal);
        Assert.Contains("\"attribution\": \"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_takes_each_id_type_and_returns_null_when_nothing_matches()
    {
        var report = Dataset.Report;
        Assert.Same(report.Find(EntityRef.From(Hanoi), Facet.Date), report.Find(Hanoi, Facet.Date));
        Assert.NotNull(report.Find(Hanoi, Facet.Date));
        foreach (var group in report.Groups)
        {
            var byId = group.Subject.Kind switch
            {
                EntityKind.Event => report.Find(new EventId(group.Subject.Slug!), group.Facet),
                EntityKind.Actor => report.Find(new ActorId(group.Subject.Slug!), group.Facet),
                EntityKind.Place => report.Find(new PlaceId(group.Subject.Slug!), group.Facet),
                _ => report.Find(group.Subject, group.Facet),
            };
            Assert.Same(group, byId);
        }

        Assert.Null(report.Find(new EventId("no-such-event"), Facet.Date));
        Assert.Null(report.Find(new ActorId("kim-jong-un"), Facet.Count("nothing")));
        Assert.Null(report.Find(new PlaceId("nowhere"), Facet.Location));
        Assert.Null(report.Find(default(EventId), Facet.Date));
        Assert.Null(report.Find(default(ActorId), Facet.Date));
        Assert.Null(report.Find(default(PlaceId), Facet.Date));
        Assert.Null(report.Find(Hanoi, default));
    }

    [Fact]
    public void Attribution_text_is_the_claims_attribution_in_words()
    {
        var assessments = Dataset.Report.Groups.SelectMany(g => g.Claims).ToList();
        Assert.Contains(assessments, a => a.AttributionText is not null);
        Assert.All(assessments, a => Assert.Equal(a.Claim.Attribution?.ToString(), a.AttributionText));
    }

    [Fact]
    public void Reasons_are_null_exactly_for_supporting_claims_and_never_empty_for_conflicts()
    {
        var groups = Dataset.Report.Groups;
        var assessments = groups.SelectMany(g => g.Claims).ToList();
        Assert.Contains(assessments, a => a.Stance == ClaimStance.Neutral);
        Assert.All(assessments, a =>
        {
            if (a.Stance == ClaimStance.Supports)
            {
                Assert.Null(a.Reason);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(a.Reason), a.ToString());
            }
        });
        var conflicts = groups.SelectMany(g => g.Conflicts).ToList();
        Assert.NotEmpty(conflicts);
        Assert.All(conflicts, c => Assert.Equal(c.Assessment.Reason, c.Reason));
        Assert.All(conflicts, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
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
    public void Seed_corpus_finds_and_gets_by_source_id()
    {
        var id = new SourceId("seed-002");
        Assert.Same(SeedCorpus.Get("seed-002"), SeedCorpus.Get(id));
        Assert.Same(SeedCorpus.Find("2"), SeedCorpus.Find(id));
        Assert.Null(SeedCorpus.Find(new SourceId("seed-999")));
        Assert.Null(SeedCorpus.Find(default(SourceId)));
        var ex = Assert.Throws<KeyNotFoundException>(() => SeedCorpus.Get(new SourceId("seed-999")));
        Assert.Equal("No seed article is called 'seed-999'. Known seeds: seed-000, seed-001, seed-002, seed-003, seed-004.", ex.Message);
        Assert.Throws<KeyNotFoundException>(() => SeedCorpus.Get(default(SourceId)));
        Assert.Throws<ArgumentNullException>(() => SeedCorpus.Get((string)null!));
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

    [Fact]
    public void Report_with_exceptions_name_its_own_parameters()
    {
        var report = Dataset.Report;
        Assert.Equal("newSources", Assert.Throws<ArgumentNullException>(() => report.With(null!, [])).ParamName);
        Assert.Equal("newClaims", Assert.Throws<ArgumentNullException>(() => report.With([], null!)).ParamName);
        Assert.Equal("newSources", Assert.Throws<ArgumentException>(() => report.With([null!], [])).ParamName);
        Assert.Equal("newSources", Assert.Throws<ArgumentException>(() => report.With([new Source(new SourceId("seed-000"))], [])).ParamName);
        Assert.Equal("newClaims", Assert.Throws<ArgumentException>(() => report.With([], [null!])).ParamName);
        Assert.Equal("newTexts", Assert.Throws<ArgumentException>(() => report.With([], [], new Dictionary<SourceId, string> { [new SourceId("t")] = null! })).ParamName);

        var engine = new CorroborationEngine();
        Assert.Equal("sources", Assert.Throws<ArgumentNullException>(() => engine.Corroborate(null!, [])).ParamName);
        Assert.Equal("claims", Assert.Throws<ArgumentException>(() => engine.Corroborate([null!])).ParamName);
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

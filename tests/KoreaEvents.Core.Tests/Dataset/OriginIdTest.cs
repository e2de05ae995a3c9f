using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Tests.Dataset;

/// <summary>Origin ids come from an origin's sources, not its position, so they can be kept as keys across updates.</summary>
public class OriginIdTest
{
    private static readonly KoreaEventsDataset Dataset = TestClock.Dataset;

    [Fact]
    public void Origin_ids_are_unique_in_every_group_and_name_a_wire_or_a_member_source()
    {
        foreach (var group in Dataset.Report.Groups)
        {
            Assert.Equal(group.Origins.Count, group.Origins.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count());
            foreach (var origin in group.Origins)
            {
                var wires = origin.Sources.SelectMany(s => Dataset.Sources.Single(d => d.Id == s).Origins).Select(a => "actor:" + a.Value).Order(StringComparer.Ordinal).ToList();
                var expected = wires.Count > 0 ? wires[0] : origin.Sources.Select(s => s.Value).Order(StringComparer.Ordinal).First();
                Assert.Equal(expected, origin.Id);
                Assert.All(origin.Claims, c => Assert.Equal(origin.Id, c.Origin));
            }
        }
    }

    [Fact]
    public void Adding_articles_keeps_every_earlier_origin_id_in_its_group()
    {
        var seed = SeedCorpus.Get("seed-002");
        // Another outlet runs the same AFP story (it joins seed-002's origin), and an unrelated article joins others.
        var copy = "| Welcome to Another Daily\n\nKorean liaison office blown up by North Korea\n\n"
            + seed.Text[seed.Text.IndexOf("North Korea blew up", StringComparison.Ordinal)..seed.Text.IndexOf("AFP with additional", StringComparison.Ordinal)]
            + "AFP\n";
        var mine = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "my-article.txt"));
        var bigger = Dataset.WithArticles([new ArticleInput(new SourceId("another-daily"), copy), new ArticleInput(new SourceId("my-article"), mine)]);

        int touched = 0;
        foreach (var before in Dataset.Report.Groups)
        {
            var after = bigger.Report.Find(before.Subject, before.Facet)!;
            touched += after.Origins.Count != before.Origins.Count || after.Claims.Count() != before.Claims.Count() ? 1 : 0;
            foreach (var origin in before.Origins)
            {
                var kept = Assert.Single(after.Origins, o => o.Id == origin.Id);
                Assert.Superset(origin.Sources.ToHashSet(), kept.Sources.ToHashSet());
            }
        }

        Assert.True(touched > 10, $"only {touched} groups changed: the test does not exercise updates");
        var opening = bigger.Report.Find(EntityRef.From(new EventId("liaison-office-opening-2018")), Facet.Date)!;
        var afp = Assert.Single(opening.Origins, o => o.Id == "actor:afp");
        Assert.Equal(["another-daily", "seed-002"], afp.Sources.Select(s => s.Value));
    }
}

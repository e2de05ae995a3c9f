using KoreaEvents.Core;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Package.Tests;

/// <summary>Exercises the public API through the packed .nupkg, as a consumer with only the package would.</summary>
public class PackageConsumerTest
{
    [Fact]
    public void The_package_is_referenced_by_package_not_by_project()
    {
        var location = typeof(SeedCorpus).Assembly.Location;
        Assert.DoesNotContain(Path.Combine("src", "KoreaEvents.Core", "bin"), location, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_seeds_open_from_the_package()
    {
        Assert.Equal(5, SeedCorpus.All.Count);
        Assert.StartsWith("| Welcome to Global Village Space", SeedCorpus.Get("seed-002").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NodaTime_dependency_flows_to_the_consumer()
    {
        var hanoi = DateEstimate.Parse("2019-02-27/2019-02-28");
        Assert.True(DateEstimate.Parse("2019-02").IsCompatibleWith(hanoi));
        Assert.False(DateEstimate.Parse("2019-03").IsCompatibleWith(hanoi));
    }

    [Fact]
    public void A_seed_parses_through_the_package_with_exact_offsets()
    {
        var seed = SeedCorpus.Get("seed-002");
        var document = ArticleParser.Parse(seed.Text, seed.Id);
        Assert.Equal(DatelineRole.PageHeader, Assert.Single(document.Datelines).Role);
        Assert.Equal("AFP", Assert.Single(document.UpstreamOrigins).Name);
        Assert.All(document.Sentences, s => Assert.Equal(s.Text, seed.Text.Substring(s.Span.Start, s.Span.Length)));
        Assert.Contains("\"schemaVersion\": 1", KoreaEvents.Core.Serialization.KoreaEventsJson.Serialize(document), StringComparison.Ordinal);
    }
}

using System.Text;
using KoreaEvents.Core.Time;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Time;

public partial class DocumentDaterTest
{
    [Theory]
    [InlineData("seed-000")]
    [InlineData("seed-001")]
    [InlineData("seed-002")]
    [InlineData("seed-003")]
    [InlineData("seed-004")]
    public void Snapshot_publication_estimate_and_mentions_of_each_seed(string seed)
    {
        var dating = Dater.Date(SeedCorpus.Get(seed).Text, Options);
        var builder = new StringBuilder();
        builder.Append("publication: ").Append(dating.Publication).Append('\n');
        builder.Append("anchor: ").Append(dating.Publication.Anchor?.ToString("yyyy-MM-dd", null) ?? "-").Append('\n');
        foreach (var warning in dating.Publication.Warnings)
        {
            builder.Append("warning: ").Append(warning).Append('\n');
        }

        builder.Append("\ncandidates:\n");
        foreach (var candidate in dating.Publication.Candidates)
        {
            builder.Append(candidate).Append('\n');
        }

        builder.Append("\nmentions:\n");
        foreach (var mention in dating.Mentions)
        {
            builder.Append(mention.Kind).Append('\t').Append(mention.Reference).Append('\t').Append(mention).Append('\n');
        }

        SnapshotAssert.Text(builder.ToString(), $"seed={seed}");
    }

    [Theory]
    [InlineData("seed-000")]
    [InlineData("seed-001")]
    [InlineData("seed-002")]
    [InlineData("seed-003")]
    [InlineData("seed-004")]
    public void Snapshot_publication_estimate_of_each_parsed_seed(string seed)
    {
        var article = SeedCorpus.Get(seed);
        var estimate = Dater.Date(KoreaEvents.Core.Text.ArticleParser.Parse(article.Text, article.Id), Options).Publication;
        var builder = new StringBuilder();
        builder.Append("publication: ").Append(estimate).Append('\n');
        foreach (var warning in estimate.Warnings)
        {
            builder.Append("warning: ").Append(warning).Append('\n');
        }

        foreach (var candidate in estimate.Candidates)
        {
            builder.Append(candidate).Append('\n');
        }

        SnapshotAssert.Text(builder.ToString(), $"seed={seed}");
    }

    [Fact]
    public void Snapshot_json_of_seed_002()
    {
        SnapshotAssert.Json(KoreaEventsJson.Serialize(Dater.Date(SeedCorpus.Get("seed-002").Text, Options)));
    }
}

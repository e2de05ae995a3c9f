using System.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time;

public partial class TemporalTaggerTest
{
    [Theory]
    [InlineData("seed-000", 2019, 3, 23)]
    [InlineData("seed-001", 2019, 3, 22)]
    [InlineData("seed-002", 2020, 6, 16)]
    [InlineData("seed-003", 2020, 6, 20)]
    [InlineData("seed-004", 2020, 6, 18)]
    public void Snapshot_mentions_of_each_seed_at_its_acceptance_anchor(string seed, int year, int month, int day)
    {
        var text = SeedCorpus.Get(seed).Text;
        var mentions = TemporalTagger.Default.Tag(text, new LocalDate(year, month, day));
        var builder = new StringBuilder();
        foreach (var mention in mentions)
        {
            builder.Append(mention.Kind).Append('\t').Append(mention.Reference).Append('\t').Append(mention).Append('\n');
        }

        SnapshotAssert.Text(builder.ToString(), $"seed={seed}");
    }
}

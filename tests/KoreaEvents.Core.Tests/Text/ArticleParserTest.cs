using KoreaEvents.Core.Text;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Text;

/// <summary>Parsing the five seed articles: snapshots, exact offsets, coverage and the public acceptance examples.</summary>
public sealed partial class ArticleParserTest
{
    public static TheoryData<string> SeedIds => new(SeedCorpus.All.Select(s => s.Id.Value!));

    private static SourceDocument ParseSeed(string id)
    {
        var seed = SeedCorpus.Get(id);
        return ArticleParser.Parse(seed.Text, seed.Id);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Snapshot(string id)
    {
        var document = ParseSeed(id);
        SnapshotAssert.Json(KoreaEventsJson.Serialize(document), parameters: "seed=" + id[^3..]);
    }
}

using System.Security.Cryptography;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Tests;

public class SeedCorpusTest
{
    private static readonly string SeedsDirectory = Path.Combine(RepositoryRoot.Path, "seeds");

    [Fact]
    public void Lists_the_five_seeds_in_order()
    {
        Assert.Equal(new[] { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" }, SeedCorpus.All.Select(s => s.Id.Value));
    }

    [Fact]
    public void Embedded_bytes_equal_the_seed_files_byte_for_byte()
    {
        foreach (var seed in SeedCorpus.All)
        {
            using var stream = seed.OpenStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Assert.Equal(SHA256.HashData(File.ReadAllBytes(Path.Combine(SeedsDirectory, seed.FileName))), SHA256.HashData(buffer.ToArray()));
        }
    }

    [Theory]
    [InlineData("seed-002")]
    [InlineData("002")]
    [InlineData("2")]
    [InlineData("002_d62efe7e1ccd801f.txt")]
    [InlineData("SEED-002")]
    public void Find_accepts_ids_numbers_and_file_names(string key) => Assert.Equal("seed-002", SeedCorpus.Find(key)?.Id.Value);

    [Fact]
    public void Get_names_the_known_seeds_when_the_key_is_unknown()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => SeedCorpus.Get("seed-009"));
        Assert.Contains("seed-000, seed-001", ex.Message, StringComparison.Ordinal);
        Assert.Null(SeedCorpus.Find("nope"));
        Assert.Throws<ArgumentNullException>(() => SeedCorpus.Find(null!));
    }

    [Fact]
    public void Text_is_the_decoded_file()
    {
        var seed = SeedCorpus.Get("seed-000");
        Assert.StartsWith("Escalation Alert on the Korean Peninsula", seed.Text, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(SeedsDirectory, seed.FileName)), seed.Text);
    }
}

public class CuratedSourceInfoTest
{
    [Fact]
    public void Every_seed_has_curated_metadata_with_a_basis_for_each_field()
    {
        foreach (var seed in SeedCorpus.All)
        {
            var info = seed.Curated;
            Assert.NotNull(info);
            Assert.Equal(seed.Id, info.Id);
            Assert.False(string.IsNullOrWhiteSpace(info.OutletBasis));
            Assert.False(string.IsNullOrWhiteSpace(info.KindBasis));
            Assert.False(string.IsNullOrWhiteSpace(info.OriginsBasis));
        }
    }

    [Fact]
    public void Seed_002_derives_from_AFP_and_seed_003_states_no_outlet()
    {
        Assert.Equal(new[] { new KoreaEvents.Core.Model.ActorId("afp") }, SeedCorpus.Get("seed-002").Curated!.Origins);
        Assert.Equal("Global Village Space", SeedCorpus.Get("seed-002").Curated!.Outlet);
        Assert.Null(SeedCorpus.Get("seed-003").Curated!.Outlet);
        Assert.Equal(KoreaEvents.Core.Model.SourceKind.Analysis, SeedCorpus.Get("seed-004").Curated!.Kind);
    }

    [Fact]
    public void Every_quoted_basis_is_in_the_seed_text()
    {
        // A basis quotes the text between single quotes; each such quote must really be in the article.
        foreach (var seed in SeedCorpus.All)
        {
            var info = seed.Curated!;
            foreach (var basis in new[] { info.OutletBasis, info.KindBasis, info.OriginsBasis })
            {
                foreach (System.Text.RegularExpressions.Match quote in System.Text.RegularExpressions.Regex.Matches(basis!, "'([^']+)'"))
                {
                    var text = quote.Groups[1].Value.Replace("…", string.Empty, StringComparison.Ordinal).Trim();
                    foreach (var part in text.Split("  ", StringSplitOptions.RemoveEmptyEntries))
                    {
                        Assert.Contains(part.Trim(), seed.Text.Replace('\u2019', '\'').Replace('\u00A0', ' '), StringComparison.Ordinal);
                    }
                }
            }
        }
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
}

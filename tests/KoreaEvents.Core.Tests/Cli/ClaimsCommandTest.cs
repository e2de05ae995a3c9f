using System.Text;
using System.Text.Json;
using KoreaEvents.Cli;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Cli;

public sealed class ClaimsCommandTest : CliTest
{

    [Fact]
    public void Claims_of_a_seed_as_tables()
    {
        var (exit, output, error) = Run("claims", "seed-002");
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("origins:    afp", output, StringComparison.Ordinal);
        Assert.Contains("liaison-office-demolition-2", output, StringComparison.Ordinal);
        Assert.Contains("place:pyongyang", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_as_json_match_the_library()
    {
        var (exit, output, _) = Run("claims", "3", "--json");
        Assert.Equal(CliApp.Success, exit);
        var seed = SeedCorpus.Get("seed-003");
        var expected = KoreaEventsJson.Serialize(TestClock.Extractor.Extract(Core.Text.ArticleParser.Parse(seed.Text, seed.Id)));
        Assert.Equal(expected, output.TrimEnd('\r', '\n'));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void A_file_with_an_anchor()
    {
        var path = Path.Combine(TempDirectory, "my-article.txt");
        File.WriteAllText(path, "Talks collapse\n\nNorth Korea withdrew from the liaison office in Kaesong on Friday, Yonhap said.", new UTF8Encoding(false));
        var (exit, output, _) = Run("claims", path, "--anchor", "2019-03-23", "--json");
        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("\"my-article-c0001\"", output, StringComparison.Ordinal);
        Assert.Contains("XXXX-03-22 (2019)", output, StringComparison.Ordinal);
        Assert.Contains("\"channel\": \"Yonhap\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claims", "no-such-seed")]
    [InlineData("claims", "seed-002", "--anchor", "June 2020")]
    [InlineData("eval", "--gold", "/no/such/file.json")]
    public void Bad_input_exits_2(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_prints_scores_per_facet()
    {
        var gold = Path.Combine(RepositoryRoot.Path, "tests", "KoreaEvents.Core.Tests", "Acceptance", "gold", "seeds.gold.json");
        var (exit, output, error) = Run("eval", "--gold", gold, "--details");
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("facet           gold  pred  match      P      R     F1", output, StringComparison.Ordinal);
        Assert.Contains("\ndate ", output, StringComparison.Ordinal);
        Assert.Contains("\nall ", output, StringComparison.Ordinal);
        Assert.Contains("missed (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_of_a_bad_gold_file_names_the_problem()
    {
        var path = Path.Combine(TempDirectory, "gold.json");
        File.WriteAllText(path, """{"schemaVersion":1,"claims":[{"source":"seed-000","subject":"event:x","facet":"date","value":"soon","start":0,"length":1,"quote":"E"}]}""");
        var (exit, _, error) = Run("eval", "--gold", path);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains("$.claims[0]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_reads_a_text_file_beside_the_gold_for_a_source_that_is_not_a_seed()
    {
        File.WriteAllText(Path.Combine(TempDirectory, "mine.txt"), "Headline\n\nNorth Korea withdrew from the liaison office in Kaesong.");
        var text = File.ReadAllText(Path.Combine(TempDirectory, "mine.txt"));
        int start = text.IndexOf("withdrew", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(TempDirectory, "gold.json"),
            $$"""{"schemaVersion":1,"claims":[{"source":"mine","subject":"event:provisional","facet":"occurred","value":"true","start":{{start}},"length":8,"quote":"withdrew"}]}""");
        var (exit, output, error) = Run("eval", "--gold", Path.Combine(TempDirectory, "gold.json"));
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("occurred", output, StringComparison.Ordinal);
    }
}

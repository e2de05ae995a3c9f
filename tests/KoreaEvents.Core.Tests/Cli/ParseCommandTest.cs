using System.Text;
using System.Text.Json;
using KoreaEvents.Cli;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Cli;

public sealed class ParseCommandTest : CliTest
{

    [Fact]
    public void Summary_of_a_seed()
    {
        var (exit, output, error) = Run("parse", "seed-002");
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("title:      Korean liaison office destroyed by North Korea amid rising tensions with South", output, StringComparison.Ordinal);
        Assert.Contains("outlet:     Global Village Space", output, StringComparison.Ordinal);
        Assert.Contains("PageHeader", output, StringComparison.Ordinal);
        Assert.Contains("origin:     AFP (CreditLine)", output, StringComparison.Ordinal);
        Assert.Contains("ReadMoreLink", output, StringComparison.Ordinal);
        Assert.Contains("## What is the significance of the Korean liaison office?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_of_a_seed_number_matches_the_library()
    {
        var (exit, output, _) = Run("parse", "0", "--json");
        Assert.Equal(CliApp.Success, exit);
        var seed = SeedCorpus.Get("seed-000");
        Assert.Equal(KoreaEventsJson.Serialize(Core.Text.ArticleParser.Parse(seed.Text, seed.Id)), output.TrimEnd('\r', '\n'));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void A_file_is_read_as_utf8()
    {
        var path = Path.Combine(TempDirectory, "article.txt");
        File.WriteAllText(path, "Talks collapse\r\n\r\nPublished Mar 1, 2019\r\n\r\nThe summit ended early. “It is over,” he said.", new UTF8Encoding(true));
        var (exit, output, _) = Run("parse", path);
        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("title:      Talks collapse", output, StringComparison.Ordinal);
        Assert.Contains("Published", output, StringComparison.Ordinal);
        Assert.Contains("2019-03-01", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_bad_input_naming_the_file_and_place()
    {
        var path = Path.Combine(TempDirectory, "binary.txt");
        File.WriteAllBytes(path, [0x48, 0x69, 0x0A, 0x41, 0x00, 0x42]);
        var (exit, output, error) = Run("parse", path);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Equal("", output);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains("line 2, column 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_file_is_bad_input_naming_the_byte_offset()
    {
        var path = Path.Combine(TempDirectory, "latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Caf\u00e9 society"));
        var (exit, _, error) = Run("parse", path);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains("byte offset 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_bad_input()
    {
        var path = Path.Combine(TempDirectory, "empty.txt");
        File.WriteAllText(path, "  \n");
        var (exit, _, error) = Run("parse", path);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains("The article is empty.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_input_is_bad_input()
    {
        var (exit, _, error) = Run("parse", Path.Combine(TempDirectory, "missing.txt"));
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains("does not exist and is not a seed id", error, StringComparison.Ordinal);
        Assert.Contains("seed-000", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_argument_is_a_usage_error() => Assert.Equal(CliApp.BadInput, Run("parse").Exit);
}

public class ParseAllCommandTest
{
    [Fact]
    public void Parse_all_summarises_every_seed_and_json_is_an_array_of_documents()
    {
        var text = CliHarness.Run("parse", "all");
        Assert.Equal(0, text.ExitCode);
        foreach (var seed in SeedCorpus.All)
        {
            Assert.Contains($"source:     {seed.Id}", text.Stdout, StringComparison.Ordinal);
        }

        var json = CliHarness.Run("parse", "all", "--json");
        Assert.Equal(0, json.ExitCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Stdout);
        Assert.Equal(5, parsed.RootElement.GetArrayLength());
        Assert.Equal(string.Empty, text.Stderr + json.Stderr);
    }
}

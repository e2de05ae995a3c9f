using System.Text.Json;
using KoreaEvents.Cli;

namespace KoreaEvents.Core.Tests.Cli;

public sealed class DatesCommandTest : CliTest
{

    private string EventsFile()
    {
        var path = Path.Combine(TempDirectory, "events.tsv");
        File.WriteAllLines(path,
        [
            "# key\tdate\tphrases",
            "hanoi-summit-2019\t2019-02-27/2019-02-28\tHanoi|summit broke down",
            "singapore-summit-2018\t2018-06-12\tSingapore",
            "liaison-office-opening-2018\t2018-09-14\topened|set up",
            "liaison-office-withdrawal-2019\t2019-03-22\twithdrew from|pulled out",
            "liaison-office-demolition-2020\t2020-06-16\tblew up|demolished|demolition|destroyed|destruction",
        ]);
        return path;
    }

    [Fact]
    public void Tables_of_a_seed_with_known_events()
    {
        var (exit, output, error) = Run("dates", "seed-002", "--events", EventsFile());

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("publication: 2020-06-16/2020-06-21 (inferred)", output, StringComparison.Ordinal);
        Assert.Contains("anchor:      2020-06-16", output, StringComparison.Ordinal);
        Assert.Contains("Dateline (PageHeader)", output, StringComparison.Ordinal);
        Assert.Contains("less than two years ago", output, StringComparison.Ordinal);
        Assert.Contains("XXXX-06-16 (2020)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_an_anchor_lists_every_expression_with_value_anchor_and_offsets()
    {
        var (exit, output, _) = Run("dates", "4", "--anchor", "2020-06-18", "--json");

        Assert.Equal(CliApp.Success, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("Supplied", root.GetProperty("publication").GetProperty("basis").GetString());
        var thisWeek = root.GetProperty("mentions").EnumerateArray().First(m => m.GetProperty("text").GetString() == "this week");
        Assert.Equal("2020-W25", thisWeek.GetProperty("value").GetString());
        Assert.Equal("2020-06-18", thisWeek.GetProperty("anchor").GetString());
        Assert.Equal(91, thisWeek.GetProperty("start").GetInt32());
        Assert.Equal(9, thisWeek.GetProperty("length").GetInt32());
    }

    [Fact]
    public void A_supplied_anchor_the_content_contradicts_is_reported()
    {
        var (exit, output, _) = Run("dates", "seed-002", "--anchor", "2024-05-21", "--events", EventsFile());

        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("publication: 2024-05-21 (supplied)", output, StringComparison.Ordinal);
        Assert.Contains("warning:     The supplied publication date 2024-05-21 is contradicted by the content, which allows 2020-06-16/2020-06-21.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_read_as_an_article()
    {
        var path = Path.Combine(TempDirectory, "article.txt");
        File.WriteAllText(path, "Talks collapse\n\nPublished Mar 25, 2019\n\nThe summit broke down last month in Hanoi, officials said.\n");

        var (exit, output, _) = Run("dates", path, "--events", EventsFile());

        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("publication: 2019-03-25 (stated)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed-999")]
    [InlineData("no/such/file.txt")]
    public void An_unknown_input_exits_2(string input)
    {
        var (exit, _, error) = Run("dates", input);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains("does not exist and is not a seed id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_anchor_exits_2()
    {
        var (exit, _, error) = Run("dates", "seed-001", "--anchor", "22/03/2019");
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains("--anchor '22/03/2019' is not a date in the form yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_events_file_exits_2_naming_the_line()
    {
        var path = Path.Combine(TempDirectory, "bad.tsv");
        File.WriteAllLines(path, ["hanoi-summit-2019\tFebruary\tHanoi"]);

        var (exit, _, error) = Run("dates", "seed-001", "--events", path);

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains("bad.tsv, line 1", error, StringComparison.Ordinal);
    }
}

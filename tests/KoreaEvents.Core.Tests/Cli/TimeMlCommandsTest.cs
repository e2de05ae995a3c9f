using KoreaEvents.Cli;
using KoreaEvents.Core.Time.TimeMl;

namespace KoreaEvents.Core.Tests.Cli;

public sealed class TimeMlCommandsTest : CliTest
{
    [Fact]
    public void Dates_format_timeml_writes_the_text_with_timex3_tags_that_read_back()
    {
        var (exit, output, error) = Run("dates", "4", "--anchor", "2020-06-18", "--format", "timeml");

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("", error);
        Assert.StartsWith("<?xml version=\"1.0\" ?>\n<TimeML>", output, StringComparison.Ordinal);
        var document = TimeMlDocument.Parse(output, "stdout");
        Assert.Equal(new NodaTime.LocalDate(2020, 6, 18), document.CreationTime);
        Assert.Contains(document.Timexes, t => t.Text == "this week" && t.Value == "2020-W25");
    }

    [Fact]
    public void Eval_timeml_prints_the_measures_per_type_and_the_errors()
    {
        var folder = Path.Combine(TempDirectory, "tml");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.tml"), """
            <?xml version="1.0" ?>
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">1998-01-08</TIMEX3></DCT>
            <TEXT>Shares fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3> of gains.</TEXT></TimeML>
            """);

        var (exit, output, error) = Run("eval-timeml", folder, "--errors");

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("documents: 1, gold TIMEX3: 2", output, StringComparison.Ordinal);
        Assert.Contains("relaxed extent", output, StringComparison.Ordinal);
        Assert.Contains("DURATION", output, StringComparison.Ordinal);
        Assert.Contains("errors (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_timeml_names_a_malformed_file_and_a_missing_folder()
    {
        var folder = Path.Combine(TempDirectory, "bad");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "b.tml"), "<TimeML>\n<TEXT>x</TIMEX3></TimeML>");

        var (exit, _, error) = Run("eval-timeml", folder);
        Assert.NotEqual(CliApp.Success, exit);
        Assert.Contains("b.tml(2,", error, StringComparison.Ordinal);

        var (missingExit, _, missingError) = Run("eval-timeml", Path.Combine(TempDirectory, "nowhere"));
        Assert.NotEqual(CliApp.Success, missingExit);
        Assert.Contains("no such folder", missingError, StringComparison.Ordinal);
    }
}

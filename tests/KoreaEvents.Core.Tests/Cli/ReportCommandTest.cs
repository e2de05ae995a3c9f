using KoreaEvents.Cli;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Cli;

public sealed class ReportCommandTest : CliTest
{
    [Fact]
    public void Report_shows_verdicts_quotes_conflicts_and_sources()
    {
        var (code, output, error) = Run("report");
        Assert.Equal(CliApp.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("== event:hanoi-summit-2019", output, StringComparison.Ordinal);
        Assert.Contains("conflict: 2019-03 does not overlap", output, StringComparison.Ordinal);
        Assert.Contains("== Sources", output, StringComparison.Ordinal);
        Assert.Contains("seed-002     Global Village Space", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_json_is_the_corroboration_report()
    {
        var (code, output, _) = Run("report", "--json");
        Assert.Equal(CliApp.Success, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(KoreaEventsJson.Serialize(TestClock.Dataset.Report).TrimEnd(), output.TrimEnd());
    }

    [Fact]
    public void Report_adds_articles_and_rejects_bad_files_with_exit_code_2()
    {
        var good = Path.Combine(Path.GetTempPath(), $"ke-report-{Guid.NewGuid():N}.txt");
        var bad = Path.Combine(Path.GetTempPath(), $"ke-report-{Guid.NewGuid():N}.txt");
        File.WriteAllText(good, "Office reopens\n\nNorth Korea blew up the liaison office in Kaesong on Tuesday, officials said.\n");
        File.WriteAllBytes(bad, [0x41, 0x00, 0x42]);
        try
        {
            var (code, output, _) = Run("report", "--add", good);
            Assert.Equal(CliApp.Success, code);
            Assert.Contains("file-ke-report-", output, StringComparison.Ordinal);

            var (badCode, _, badError) = Run("report", "--add", bad);
            Assert.Equal(CliApp.BadInput, badCode);
            Assert.Contains(bad, badError, StringComparison.Ordinal);

            var (missingCode, _, missingError) = Run("timeline", "--add", "/no/such/file.txt");
            Assert.Equal(CliApp.BadInput, missingCode);
            Assert.Contains("/no/such/file.txt", missingError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    [Fact]
    public void A_publication_window_bounded_only_by_today_reads_as_open_ended()
    {
        // An added article that states no date and that nothing bounds from above (seed 003 used to be one; the 2020
        // US election bounds it now): the report must not depend on today's date.
        var file = Path.Combine(Path.GetTempPath(), $"ke-open-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Tensions rise at the border\n\nThe liaison office in Kaesong was recently demolished, and tensions remain high.\n");
        try
        {
            var (code, output, _) = Run("report", "--add", file);
            Assert.Equal(CliApp.Success, code);
            var added = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("file-ke-open-", StringComparison.Ordinal));
            Assert.Contains("published 2020-06-16 or later (Inferred)", added, StringComparison.Ordinal);
            var seed003 = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("seed-003 ", StringComparison.Ordinal));
            Assert.Contains("2020-06-16", seed003, StringComparison.Ordinal);
            Assert.Contains("2020-11-03", seed003, StringComparison.Ordinal);
            Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Timeline_lists_events_in_date_order()
    {
        var (code, output, _) = Run("timeline");
        Assert.Equal(CliApp.Success, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int hanoi = Array.FindIndex(lines, l => l.Contains("event:hanoi-summit-2019", StringComparison.Ordinal));
        int demolition = Array.FindIndex(lines, l => l.Contains("event:liaison-office-demolition-2020", StringComparison.Ordinal));
        Assert.True(hanoi >= 0 && demolition > hanoi, output);
        Assert.Contains("date Majority", lines[hanoi], StringComparison.Ordinal);

        // Seed 000's "last January" (published March 2019) states no year: the 2018 New Year address is placed in the
        // catalogue's year, before the Singapore summit, not after it in 2019.
        int address = Array.FindIndex(lines, l => l.Contains("event:kim-new-year-address-2018", StringComparison.Ordinal));
        int singapore = Array.FindIndex(lines, l => l.Contains("event:singapore-summit-2018", StringComparison.Ordinal));
        Assert.True(address >= 0 && singapore > address, output);
        Assert.StartsWith("2018-01 ", lines[address], StringComparison.Ordinal);
        Assert.Contains("year from the catalogue (the sources' own reading is XXXX-01 (2019))", lines[address], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_and_timeline_write_the_html_page_to_the_file()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ke-html-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            var expected = System.Text.Encoding.UTF8.GetBytes(KoreaEvents.Core.Reporting.HtmlTimelineReport.ToHtml(TestClock.Dataset));
            foreach (var command in new[] { "report", "timeline" })
            {
                var file = Path.Combine(directory, command + ".html");
                File.WriteAllText(file, "an older, longer file that must be replaced entirely " + new string('x', 300_000));
                var (code, output, error) = Run(command, "--html", file);
                Assert.Equal(CliApp.Success, code);
                Assert.Equal(string.Empty, output);
                Assert.Equal(string.Empty, error);
                Assert.Equal(expected, File.ReadAllBytes(file));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Report_html_takes_added_articles()
    {
        var article = Path.Combine(Path.GetTempPath(), $"ke-html-{Guid.NewGuid():N}.txt");
        var file = Path.ChangeExtension(article, ".html");
        File.WriteAllText(article, "Office reopens\n\nNorth Korea blew up the liaison office in Kaesong on Tuesday, officials said.\n");
        try
        {
            var (code, _, error) = Run("timeline", "--add", article, "--html", file);
            Assert.Equal(CliApp.Success, code);
            Assert.Equal(string.Empty, error);
            var html = File.ReadAllText(file);
            Assert.Contains("<code>file-" + Path.GetFileNameWithoutExtension(article), html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(article);
            File.Delete(file);
        }
    }

    [Fact]
    public void An_html_file_that_cannot_be_written_is_named_in_the_error()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ke-missing-{Guid.NewGuid():N}", "report.html");
        var (code, output, error) = Run("report", "--html", file);
        Assert.Equal(CliApp.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Contains("cannot be written (its directory does not exist)", error, StringComparison.Ordinal);

        var (both, _, bothError) = Run("report", "--json", "--html", "x.html");
        Assert.Equal(CliApp.BadInput, both);
        Assert.Contains("--json and --html cannot be combined", bothError, StringComparison.Ordinal);
    }
}

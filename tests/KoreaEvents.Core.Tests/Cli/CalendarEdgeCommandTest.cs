namespace KoreaEvents.Core.Tests.Cli;

/// <summary>Any <c>--anchor</c> NodaTime parses gives an answer (exit 0) or a clear error naming the option (exit 2);
/// a date only the day of analysis bounds is printed open above, not as today.</summary>
public sealed class CalendarEdgeCommandTest : CliTest
{
    [Theory]
    [InlineData("claims", "9999-12-31")]
    [InlineData("dates", "9999-12-31")]
    [InlineData("claims", "9999-12-25")]
    [InlineData("dates", "9999-12-25")]
    [InlineData("claims", "0001-01-01")]
    [InlineData("dates", "0001-01-01")]
    public void An_anchor_at_the_calendars_edge_gives_an_answer(string command, string anchor)
    {
        foreach (var seed in new[] { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" })
        {
            var (exit, output, error) = Run(command, seed, "--anchor", anchor);

            Assert.True(exit == 0, $"{command} {seed} --anchor {anchor}: exit {exit}\n{error}");
            Assert.Empty(error);
            Assert.Contains(anchor, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("claims", "0000-12-31")]
    [InlineData("dates", "-0001-06-01")]
    public void An_anchor_before_year_1_is_a_clear_error(string command, string anchor)
    {
        var (exit, output, error) = Run(command, "seed-002", "--anchor", anchor);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith($"error: --anchor '{anchor}' is before 0001-01-01", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publication_only_the_day_of_analysis_bounds_is_printed_open_above()
    {
        // No seed is open above any more (seed 003 ends at the 2020 US election), so a made-up article stands in.
        var file = Path.Combine(Path.GetTempPath(), $"ke-open-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Tensions rise at the border\n\nThe liaison office in Kaesong was recently demolished, and tensions remain high.\n");
        try
        {
            var (exit, dates, _) = Run("dates", file);
            Assert.Equal(0, exit);
            Assert.Contains("publication: 2020-06-16/.. (inferred; open above: no later bound in the text)", dates, StringComparison.Ordinal);

            var (claimsExit, claims, _) = Run("claims", file);
            Assert.Equal(0, claimsExit);
            Assert.Contains("published:  2020-06-16/.. (open above: no later bound in the text)", claims, StringComparison.Ordinal);

            var (reportExit, report, _) = Run("report", "--add", file);
            Assert.Equal(0, reportExit);
            Assert.Contains("published 2020-06-16 or later (Inferred)", report, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Tests.Cli;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class CorroborationTextReportTest
{
    private static string[] Lines()
    {
        using var output = new StringWriter();
        CorroborationTextReport.Write(TestClock.Dataset, output);
        return output.ToString().ReplaceLineEndings("\n").Split('\n');
    }

    [Fact]
    public void Opens_with_the_counts_and_the_legend_then_the_subjects_in_catalogue_order()
    {
        var lines = Lines();
        Assert.Equal("KoreaEvents corroboration report: 5 sources, 238 claims, 130 groups (subject × facet).", lines[0]);
        Assert.StartsWith("Verdicts: Confirmed", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Admiralty codes:", lines[2], StringComparison.Ordinal);
        Assert.Equal("", lines[3]);
        Assert.Equal("== event:world-war-ii — Second World War (ASSAULT; catalogue date 1939-09-01/1945-09-02)", lines[4]);
        Assert.Equal("      + seed-002 A3 true \"World War II\" @6753", lines[6]);
        int division = Array.IndexOf(lines, "== event:division-of-korea-1945 — Division of Korea at the 38th parallel (AGREE; catalogue date 1945-08)");
        Assert.True(division > 4, "the 1945 event comes after the Second World War");
    }

    [Fact]
    public void Ends_with_every_source_and_its_publication_estimate()
    {
        var lines = Lines();
        int sources = Array.IndexOf(lines, "== Sources");
        Assert.True(sources > 0);
        var rows = lines[(sources + 2)..].Where(l => l.Length > 0).ToList();
        Assert.Equal(["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"], rows.Select(r => r.Trim().Split(' ')[0]));
        Assert.Contains("(outlet not stated)", rows[3], StringComparison.Ordinal);
        // Seed 003 ends at the 2020 US election ("as the November election fast approaches"); an estimate open above
        // reads "or later" (ReportCommandTest.A_publication_window_bounded_only_by_today_reads_as_open_ended).
        Assert.Contains("published 2020-06-16/2020-11-03 (Inferred)", rows[3], StringComparison.Ordinal);
        Assert.DoesNotContain("2026-01-01", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Is_what_the_report_command_prints()
    {
        using var output = new StringWriter();
        CorroborationTextReport.Write(TestClock.Dataset, output);
        Assert.Equal(CliHarness.Run("report").Stdout, output.ToString());
    }

    [Fact]
    public void Shortens_quotes_to_one_line_of_at_most_the_quote_width()
    {
        Assert.Equal("a b", CorroborationTextReport.Shorten("a\nb"));
        var cut = CorroborationTextReport.Shorten(new string('x', 200));
        Assert.Equal(CorroborationTextReport.QuoteWidth, cut.Length);
        Assert.EndsWith("x…", cut, StringComparison.Ordinal);
        Assert.Equal(new string('y', 110), CorroborationTextReport.Shorten(new string('y', 110)));
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => CorroborationTextReport.Write(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => CorroborationTextReport.Write(TestClock.Dataset, null!));
        Assert.Throws<ArgumentNullException>(() => CorroborationTextReport.Shorten(null!));
        Assert.Throws<ArgumentNullException>(() => CorroborationTextReport.FormatPublished(null!));
    }
}

using System.Diagnostics;
using System.Text;
using KoreaEvents.Core.Serialization.Export;

namespace KoreaEvents.Core.Tests.Cli;

/// <summary><c>koreaevents export</c>: the library's bytes on standard output (or in <c>-o</c>'s file) and nothing
/// else; the claims CSV goes straight into <c>koreaevents truth</c>; progress never reaches a redirected stream.</summary>
public sealed class ExportCommandTest
{
    private static readonly string Article = Path.Combine(RepositoryRoot.Path, "docs", "examples", "my-article.txt");

    [Theory]
    [InlineData("plover-jsonl", ExportFormat.PloverJsonl)]
    [InlineData("prov-jsonld", ExportFormat.ProvJsonLd)]
    [InlineData("claims-csv", ExportFormat.ClaimsCsv)]
    public void Standard_output_holds_the_export_and_nothing_else(string name, ExportFormat format)
    {
        var (exit, stdout, stderr) = CliHarness.Run("export", "--format", name);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(KoreaEventsExport.ToText(TestClock.Dataset, format), stdout);
    }

    [Fact]
    public void Output_option_writes_the_file_and_leaves_standard_output_empty()
    {
        var file = TempFile("jsonl");
        try
        {
            var (exit, stdout, stderr) = CliHarness.Run("export", "-f", "plover-jsonl", "-o", file, "--quiet");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, stdout);
            Assert.Equal(string.Empty, stderr);
            Assert.Equal(Encoding.UTF8.GetBytes(KoreaEventsExport.ToText(TestClock.Dataset, ExportFormat.PloverJsonl)), File.ReadAllBytes(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_added_article_is_in_every_export()
    {
        var (exit, jsonl, _) = CliHarness.Run("export", "-f", "plover-jsonl", "--add", Article);
        Assert.Equal(0, exit);
        Assert.Contains("\"id\":\"file-my-article\"", jsonl, StringComparison.Ordinal);

        var (_, prov, _) = CliHarness.Run("export", "-f", "prov-jsonld", "--add", Article);
        Assert.Contains("urn:koreaevents:source:file-my-article", prov, StringComparison.Ordinal);

        var (_, csv, _) = CliHarness.Run("export", "-f", "claims-csv", "--add", Article);
        Assert.Contains("\nfile-my-article,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_claims_csv_is_read_back_by_the_truth_command()
    {
        var file = TempFile("csv");
        try
        {
            Assert.Equal(0, CliHarness.Run("export", "-f", "claims-csv", "--add", Article, "-o", file).ExitCode);
            var (exit, stdout, stderr) = CliHarness.Run("truth", file);

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, stderr);
            Assert.Contains("\nfile-my-article,", stdout, StringComparison.Ordinal);
            Assert.Contains("\nevent:hanoi-summit-2019|date,", stdout, StringComparison.Ordinal);
            Assert.Contains($"rows={TestClock.Dataset.WithArticle(new KoreaEvents.Core.Model.SourceId("file-my-article"), File.ReadAllText(Article)).Claims.Count} ", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("export", "--format", "xml")]
    [InlineData("export")]
    [InlineData("export", "-f", "claims-csv", "--add")]
    public void Bad_usage_is_exit_code_2(params string[] args)
    {
        var (exit, stdout, stderr) = CliHarness.Run(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_output_file_is_bad_input()
    {
        var (exit, stdout, stderr) = CliHarness.Run("export", "-f", "claims-csv", "-o", Path.Combine(RepositoryRoot.Path, "no-such-folder", "x.csv"));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("cannot write the export", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// The real tool in its own process, standard error redirected (not a terminal): no progress display, and standard
    /// output byte for byte what the in-process run writes. The seeds' output does not depend on the clock
    /// (ClockIndependenceTest), so the process's system clock does not matter.
    /// </summary>
    [Theory]
    [InlineData("export", "-f", "claims-csv", "--add", "docs/examples/my-article.txt")]
    [InlineData("export", "-f", "plover-jsonl")]
    [InlineData("report", "--add", "docs/examples/my-article.txt")]
    [InlineData("timeline", "--add", "docs/examples/my-article.txt")]
    [InlineData("truth", "docs/examples/claims.csv")]
    public async Task With_standard_error_redirected_there_is_no_progress_and_standard_output_is_unchanged(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "koreaevents.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var inProcess = CliHarness.Run(args.Select(a => a.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(RepositoryRoot.Path, a) : a).ToArray());
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await stderr);
        Assert.Equal(inProcess.Stdout, stdout);
    }

    [Fact]
    public void Progress_is_shown_only_on_the_consoles_own_terminal()
    {
        Assert.False(KoreaEvents.Cli.CliProgress.IsShown(new StringWriter(), quiet: false));
        Assert.False(KoreaEvents.Cli.CliProgress.IsShown(Console.Error, quiet: true));
    }

    private static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), $"koreaevents-export-{Guid.NewGuid():N}.{extension}");
}

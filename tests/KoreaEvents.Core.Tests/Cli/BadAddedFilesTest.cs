namespace KoreaEvents.Core.Tests.Cli;

/// <summary>One bad file among several <c>--add</c> files: it is reported (name, reason, line and column) and the good
/// ones are used, with exit code 2 and a summary line; <c>--strict</c> stops at the first bad file.</summary>
public sealed class BadAddedFilesTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("koreaevents-bad-files-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private (string Good, string Bad, string Other) Files()
    {
        var article = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "docs", "examples", "my-article.txt"));
        var bad = new byte[64];
        bad.AsSpan(0, 20).Fill((byte)'B');
        bad[20] = 0;
        return (Write("a.txt", article), Write("bad.bin", bad), Write("c.txt", "Seoul, 17 June 2020 — North Korea said on Wednesday it would redeploy troops to the Kaesong complex.\n"u8.ToArray()));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("timeline")]
    public void The_bad_file_is_reported_and_the_good_ones_are_used(string command)
    {
        var (good, bad, other) = Files();
        var (exit, output, error) = CliHarness.Run(command, "--add", good, bad, other);
        var (_, withoutBad, _) = CliHarness.Run(command, "--add", good, other);

        Assert.Equal(2, exit);
        Assert.Equal(withoutBad, output);   // the good files are read exactly as without the bad one
        Assert.Contains($"error: '{bad}' looks like a binary file (NUL byte at offset 20)", error, StringComparison.Ordinal);
        Assert.EndsWith($"koreaevents: 2 of 3 added file(s) used; skipped {bad} (--strict stops at the first).\n", error.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_goes_on_too()
    {
        var (good, bad, other) = Files();
        var (exit, output, error) = CliHarness.Run("export", "--format", "claims-csv", "--add", good, bad, other);
        Assert.Equal(2, exit);
        Assert.Contains("file-a", output, StringComparison.Ordinal);
        Assert.Contains("skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_stops_at_the_first_bad_file_and_writes_nothing()
    {
        var (good, bad, other) = Files();
        var (exit, output, error) = CliHarness.Run("report", "--strict", "--add", good, bad, other);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: '{bad}' looks like a binary file (NUL byte at offset 20)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_good_exits_0_with_nothing_on_standard_error()
    {
        var (good, _, other) = Files();
        var (exit, _, error) = CliHarness.Run("report", "--add", good, other);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Verbose_is_accepted_by_every_command()
    {
        Assert.Equal(0, CliHarness.Run("seeds", "--verbose").ExitCode);
        Assert.Equal(0, CliHarness.Run("timeline", "--verbose").ExitCode);
    }
}

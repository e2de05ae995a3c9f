using System.Text;
using System.Text.Json;
using KoreaEvents.Cli;

namespace KoreaEvents.Core.Tests.Cli;

/// <summary>What a newcomer sees for bad input: every message says what is wrong and where, exits 2, and never echoes binary data.</summary>
public sealed class InputErrorsTest : CliTest
{
    /// <summary>Every option and argument that takes a file, with the rest of a valid command line around it.</summary>
    public static TheoryData<string[]> FileTaking => new()
    {
        new[] { "parse", "{0}" },
        new[] { "dates", "{0}" },
        new[] { "dates", "seed-001", "--events", "{0}" },
        new[] { "claims", "{0}" },
        new[] { "report", "--add", "{0}" },
        new[] { "timeline", "--add", "{0}" },
        new[] { "truth", "{0}" },
        new[] { "truth", "{claims}", "--truth", "{0}" },
        new[] { "eval", "--gold", "{0}" },
    };

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(TempDirectory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string[] Args(string[] template, string path)
    {
        var claims = WriteBytes("claims.csv", "source,object,value\ns1,o1,a\n"u8.ToArray());
        return template.Select(a => a.Replace("{0}", path, StringComparison.Ordinal).Replace("{claims}", claims, StringComparison.Ordinal)).ToArray();
    }

    private static void AssertBadInput((int Exit, string Out, string Err) run, string expected)
    {
        Assert.Equal(CliApp.BadInput, run.Exit);
        Assert.StartsWith("error: " + expected, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Err, c => char.IsControl(c) && c is not ('\n' or '\r'));
    }

    [Theory]
    [MemberData(nameof(FileTaking))]
    public void A_directory_is_named_as_a_directory(string[] template)
    {
        var directory = Directory.CreateDirectory(Path.Combine(TempDirectory, "folder")).FullName;
        AssertBadInput(Run(Args(template, directory)), $"'{directory}' is a directory");
    }

    [Theory]
    [MemberData(nameof(FileTaking))]
    public void A_missing_file_does_not_exist(string[] template)
    {
        var missing = Path.Combine(TempDirectory, "missing.txt");
        AssertBadInput(Run(Args(template, missing)), $"'{missing}' does not exist");
    }

    [Fact]
    public void A_file_that_may_not_be_read_says_permission_denied()
    {
        var path = WriteBytes("secret.txt", "text"u8.ToArray());
        Assert.Equal($"'{path}' cannot be read (permission denied)", InputFiles.Unreadable(path, new UnauthorizedAccessException("Access to the path is denied.")).Message);
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // root reads every file: the mode below cannot take the right away
        }

        File.SetUnixFileMode(path, UnixFileMode.None);
        AssertBadInput(Run("parse", path), $"'{path}' cannot be read (permission denied)");
    }

    [Fact]
    public void Add_with_no_file_is_a_usage_error_and_does_not_take_the_next_option_for_a_file()
    {
        var run = Run("report", "--add", "--json");
        AssertBadInput(run, "--add needs a file, but the next word is '--json', which looks like an option");
        Assert.Empty(run.Out);
        Assert.Equal(CliApp.BadInput, Run("report", "--add").Exit);
        Assert.Equal(CliApp.BadInput, Run("timeline", "--add").Exit);
    }

    [Fact]
    public void An_unknown_command_is_named_first_with_the_commands()
    {
        var (exit, _, error) = Run("foo", "--json");
        Assert.Equal(CliApp.BadInput, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("error: 'foo' is not a koreaevents command; the commands are: report, timeline, export, ingest, seeds, parse, dates, truth, claims, eval, eval-timeml.", lines[0].TrimEnd());
        Assert.Equal("Run 'koreaevents --help' for usage.", lines[1].TrimEnd());
        Assert.DoesNotContain("Required command was not provided", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_never_echoed()
    {
        AssertBadInput(Run("\u001B[31mfoo"), "'\\u001B[31mfoo' is not a koreaevents command");
        var path = Path.Combine(TempDirectory, "a\u0007b.csv");
        AssertBadInput(Run("truth", path), $"'{path.Replace("\u0007", "\\u0007", StringComparison.Ordinal)}' does not exist");
    }

    [Theory]
    [InlineData("truth", "a UTF-8 CSV file")]
    [InlineData("parse", "UTF-8 article text")]
    [InlineData("eval", "a JSON gold standard")]
    public void A_binary_file_is_described_not_echoed(string command, string expected)
    {
        var bytes = new byte[300];
        new Random(7).NextBytes(bytes);
        bytes.AsSpan(0, 40).Fill((byte)'A');
        bytes[40] = 0;
        var path = WriteBytes("data.bin", bytes);
        var run = Run(command == "eval" ? ["eval", "--gold", path] : [command, path]);
        AssertBadInput(run, $"'{path}' looks like a binary file (NUL byte at offset 40); expected {expected}");
        Assert.DoesNotContain("AAAA", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', run.Err);
    }

    [Fact]
    public void Two_broken_values_are_an_error_naming_the_file_line_column_and_byte_not_a_silent_vote()
    {
        // Regression: caf\xFF and caf\xFE became one value "caf\uFFFD" that outvoted "cafe" 2-1, exit 0.
        var path = WriteBytes("cafe.csv", [.. "source,object,value\ns1,o,caf"u8, 0xFF, .. "\ns2,o,caf"u8, 0xFE, .. "\ns3,o,cafe\n"u8]);
        var run = Run("truth", path);
        AssertBadInput(run, $"{path}: Line 2, column 9: The file is not valid UTF-8: byte 0xFF at byte offset 28");
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_nul_in_a_csv_value_is_refused_with_its_place()
    {
        var path = WriteBytes("nul.csv", "source,object,value\ns1,o,a\0b\n"u8.ToArray());
        AssertBadInput(Run("truth", path), $"'{path}' looks like a binary file (NUL byte at offset 26); expected a UTF-8 CSV file (the first problem is at line 2, column 7).");
    }

    [Fact]
    public void An_escape_character_in_a_csv_value_is_refused_with_its_place()
    {
        var path = WriteBytes("escape.csv", "source,object,value\ns1,o,\u001B[31mred\n"u8.ToArray());
        AssertBadInput(Run("truth", path), $"{path}: Line 2, column 6: The control character U+001B (escape) is not allowed in CSV text");
    }

    [Fact]
    public void A_utf16_article_or_csv_says_utf16_detected()
    {
        var article = WriteBytes("article.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Seoul, March 1 (Yonhap) -- Text.\n")]);
        AssertBadInput(Run("parse", article), $"{article}: UTF-16 detected — save as UTF-8");
        var csv = WriteBytes("claims16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("source,object,value\ns1,o1,a\n")]);
        AssertBadInput(Run("truth", csv), $"{csv}: Line 1, column 1: UTF-16 detected — save as UTF-8");
    }

    [Theory]
    [InlineData("", "at $ (line 1, byte 0): The gold standard is empty")]
    [InlineData("{\"schemaVersion\":1,\n\"claims\":[", "at $.claims[0] (line 2, byte 10): The gold standard is not valid JSON")]
    [InlineData("{\"schemaVersion\":1,\n\"claims\":[{\"start\":\"a\"}]}", "at $.claims[0].start (line 2, byte 22): The gold standard does not have the expected shape")]
    public void A_bad_gold_file_is_described_with_its_file_line_and_byte(string json, string expected)
    {
        var path = WriteBytes("gold.json", Encoding.UTF8.GetBytes(json));
        var run = Run("eval", "--gold", path);
        AssertBadInput(run, $"{path} {expected}");
        Assert.DoesNotContain("System.", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_accepts_all_as_parse_and_claims_do()
    {
        var (exit, output, error) = Run("dates", "all", "--json");
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(SeedCorpus.All.Count, json.RootElement.GetArrayLength());
        var (tableExit, tables, _) = Run("dates", "all");
        Assert.Equal(CliApp.Success, tableExit);
        Assert.All(SeedCorpus.All, seed => Assert.Contains($"source:      {seed.Id}", tables, StringComparison.Ordinal));
    }
}

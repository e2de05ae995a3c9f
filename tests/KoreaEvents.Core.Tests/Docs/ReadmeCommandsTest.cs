using System.Text.RegularExpressions;

namespace KoreaEvents.Core.Tests.Docs;

/// <summary>
/// The README's shell commands are run by .ci/readme-commands.sh, which runs the blocks marked <c>```sh runnable</c>.
/// These tests keep that convention honest: every shell block is marked, except the ones listed here with the reason
/// CI cannot run them through the script, and CI does call the script.
/// </summary>
public partial class ReadmeCommandsTest
{
    /// <summary>Shell blocks left unmarked on purpose (their whole text), with the reason.</summary>
    private static readonly Dictionary<string, string> NotRunByTheScript = new(StringComparer.Ordinal)
    {
        ["dotnet test KoreaEvents.Core.sln -c Release"] = ".ci/run runs it as its own test step; the script would run the suite twice",
        ["dotnet run --project tests/KoreaEvents.Fuzz -c Release -- --cases 3000          # what CI runs (about 30 s)\n"
            + "dotnet run --project tests/KoreaEvents.Fuzz -c Release -- --long --minutes 120  # locally, for hours"] =
            ".ci/run runs the bounded fuzzing as its own step; the long run takes hours",
    };

    private static string Readme => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Every_shell_block_of_the_readme_is_runnable_or_listed_with_a_reason()
    {
        var unmarked = ShellBlock().Matches(Readme)
            .Where(m => m.Groups["info"].Value.Trim() != "runnable")
            .Select(m => m.Groups["body"].Value.Trim())
            .Where(body => !NotRunByTheScript.ContainsKey(body))
            .ToList();

        Assert.True(unmarked.Count == 0,
            "README.md has shell blocks that .ci/readme-commands.sh does not run; mark them ```sh runnable, or list them in "
            + $"{nameof(NotRunByTheScript)} with the reason:\n" + string.Join("\n---\n", unmarked));
    }

    [Fact]
    public void The_two_commands_ci_runs_are_in_the_readme()
    {
        var blocks = ShellBlock().Matches(Readme).Select(m => m.Groups["body"].Value.Trim()).ToList();

        Assert.Contains("dotnet run --project src/KoreaEvents.Cli -- report", blocks);
        Assert.Contains("dotnet test KoreaEvents.Core.sln -c Release", blocks);
        Assert.Contains(blocks, b => b.Contains("dotnet tool install --tool-path .tools KoreaEvents.Cli", StringComparison.Ordinal));
    }

    [Fact]
    public void Ci_runs_the_readme_commands()
    {
        var ci = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".ci", "run"));

        Assert.Contains(".ci/readme-commands.sh", ci, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, ".ci", "readme-commands.sh")));
    }

    [GeneratedRegex("^```sh(?<info>[^\\n]*)\\n(?<body>.*?)^```[ \\t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ShellBlock();
}

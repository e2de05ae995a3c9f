using System.Text.RegularExpressions;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests;

/// <summary>
/// The README's C# examples are kept here between <c>// README:name</c> markers: the tests run them, and
/// <see cref="The_readme_shows_exactly_the_code_these_tests_run"/> checks the README's code blocks are the same
/// lines, so the README cannot drift from code that compiles and runs.
/// </summary>
public partial class ReadmeExamplesTest
{
    [Fact]
    public void Quick_start_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:quickstart
        // The embedded corpus, no file system needed.
        foreach (var seed in SeedCorpus.All)
        {
            console.WriteLine($"{seed.Id}: {seed.Text.Length} characters");
        }

        // Dates exactly as precise as the text, and compatibility as overlap.
        var hanoi = DateEstimate.Parse("2019-02-27/2019-02-28");
        var stated = DateEstimate.Parse("2019-03");                  // seed 003's "in March 2019"
        console.WriteLine(stated.IsCompatibleWith(hanoi));          // False: a conflict to report
        var noYear = DateEstimate.FromMonth(2020, 2).WithYearUnstated(); // "The Hanoi summit in February"
        console.WriteLine(noYear);                                  // XXXX-02 (2020)
        console.WriteLine(noYear.IsCompatibleWith(hanoi));          // True: an unstated year never conflicts on the year
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("seed-000: 4186 characters", lines[0]);
        Assert.Equal(new[] { "False", "XXXX-02 (2020)", "True" }, lines[^3..]);
    }

    [Fact]
    public void The_readme_shows_exactly_the_code_these_tests_run()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "KoreaEvents.Core.Tests", "ReadmeExamplesTest.cs"));
        var blocks = CsharpBlock().Matches(readme).Select(m => Normalize(m.Groups[1].Value)).ToList();

        foreach (Match example in Example().Matches(source))
        {
            // The tests write to a StringWriter called console; the README writes to Console.
            var code = Normalize(example.Groups[2].Value.Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal));
            Assert.True(blocks.Any(b => b.EndsWith(code, StringComparison.Ordinal)),
                $"README.md has no C# block ending with the '{example.Groups[1].Value}' example:\n{code}");
        }
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)));

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex("// README:(\\w+)\\n(.*?)// README:end", RegexOptions.Singleline)]
    private static partial Regex Example();
}

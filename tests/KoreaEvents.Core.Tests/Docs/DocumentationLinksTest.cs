namespace KoreaEvents.Core.Tests.Docs;

/// <summary>
/// Every relative link of the documentation resolves: README.md, CHANGELOG.md, docs/**/*.md and every Markdown file
/// they link to (followed transitively) may link only to files and folders inside the repository, and an anchor only
/// to a heading of the Markdown file it points at.
/// </summary>
public class DocumentationLinksTest
{
    private static readonly string[] StartingPoints = ["README.md", "CHANGELOG.md"];

    [Fact]
    public void Every_relative_link_in_the_documentation_resolves()
    {
        var (files, problems) = CheckAll(RepositoryRoot.Path);

        Assert.True(problems.Count == 0, $"{problems.Count} broken link(s) in {string.Join(", ", files)}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void The_check_covers_the_readme_the_changelog_the_docs_and_the_files_they_link()
    {
        var (files, _) = CheckAll(RepositoryRoot.Path);

        Assert.Contains("README.md", files);
        Assert.Contains("CHANGELOG.md", files);
        Assert.Contains("docs/truth-discovery.md", files);
        Assert.Contains("docs/benchmarks.md", files);
        Assert.Contains("src/KoreaEvents.Core/Data/README.md", files);                   // linked from the README
        Assert.Contains("tests/KoreaEvents.Core.Tests/Acceptance/gold/README.md", files); // linked from the README
    }

    [Fact]
    public void Broken_links_are_reported_with_file_and_line()
    {
        var root = Path.Combine(Path.GetTempPath(), "koreaevents-links-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        try
        {
            File.WriteAllText(Path.Combine(root, "docs", "guide.md"), "# Guide\n\n## Getting the `koreaevents` command\n");
            File.WriteAllText(Path.Combine(root, "data.csv"), "a,b\n");
            File.WriteAllText(Path.Combine(root, "README.md"), """
                # Title

                [fine](docs/guide.md), [fine too](docs/guide.md#getting-the-koreaevents-command), [folder](docs/),
                [here](#title), [web](https://example.org/x.md), [lines](data.csv#L1), ![image](data.csv)
                [missing](DESIGN.md) and [outside](../shared/acceptance/document-dates.tsv)
                [no such heading](docs/guide.md#nowhere) [nor here](#untitled)

                ```sh
                [not a link in code](nowhere.md)
                ```
                `[not a link in a code span](nowhere.md)`

                [ref]: docs/gone.md
                """.Replace("\r\n", "\n", StringComparison.Ordinal));

            var problems = MarkdownLinks.Check(root, "README.md").ToList();

            Assert.Equal(new[]
            {
                "README.md:5: DESIGN.md: no such file in the repository",
                "README.md:5: ../shared/acceptance/document-dates.tsv: points outside the repository",
                "README.md:6: docs/guide.md#nowhere: no heading with the anchor #nowhere in docs/guide.md",
                "README.md:6: #untitled: no heading with the anchor #untitled in README.md",
                "README.md:13: docs/gone.md: no such file in the repository",
            }, problems);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("Quick start (C#)", "quick-start-c")]
    [InlineData("Getting the `koreaevents` command", "getting-the-koreaevents-command")]
    [InlineData("`koreaevents report` end to end", "koreaevents-report-end-to-end")]
    [InlineData("Claims: who, what, when, where — each traced to its sentence", "claims-who-what-when-where--each-traced-to-its-sentence")]
    [InlineData("Today's date", "todays-date")]
    [InlineData("Truth discovery on plain tables", "truth-discovery-on-plain-tables")]
    [InlineData("See [the docs](docs/x.md) now", "see-the-docs-now")]
    public void Anchors_are_GitHubs_heading_slugs(string heading, string anchor)
    {
        Assert.Equal(anchor, MarkdownLinks.Slug(heading));
    }

    [Fact]
    public void Repeated_headings_get_numbered_anchors()
    {
        var anchors = MarkdownLinks.Anchors("# Notes\n\n## Notes\n\n```\n# not a heading\n```\n### Notes\n");

        Assert.Equal(new[] { "notes", "notes-1", "notes-2" }, anchors.Order(StringComparer.Ordinal));
    }

    /// <summary>Checks the starting points and docs/**/*.md, then every Markdown file they link to, transitively.</summary>
    private static (List<string> Files, List<string> Problems) CheckAll(string root)
    {
        var pending = new Queue<string>(StartingPoints);
        var docs = Path.Combine(root, "docs");
        if (Directory.Exists(docs))
        {
            foreach (var file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                pending.Enqueue(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }

        var checkedFiles = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        while (pending.Count > 0)
        {
            var file = pending.Dequeue();
            if (!seen.Add(file))
            {
                continue;
            }

            checkedFiles.Add(file);
            var linked = new SortedSet<string>(StringComparer.Ordinal);
            problems.AddRange(MarkdownLinks.Check(root, file, linked));
            foreach (var next in linked)
            {
                pending.Enqueue(next);
            }
        }

        return (checkedFiles, problems);
    }
}

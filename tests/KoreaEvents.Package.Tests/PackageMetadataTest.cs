using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KoreaEvents.Package.Tests;

/// <summary>
/// The packed .nupkg files in artifacts/packages carry what a package page needs (src/Directory.Build.targets):
/// project URL, repository, tags, icon, release notes from CHANGELOG.md, and a README whose links all resolve off
/// GitHub (absolute). KoreaEvents.Core is packed by .ci/run, KoreaEvents.Cli by the README's install block
/// (.ci/readme-commands.sh), both before this test runs.
/// </summary>
public partial class PackageMetadataTest
{
    private const string RepositoryUrl = "https://github.com/koreaevents/KoreaEvents.Core";

    public static TheoryData<string> Packages => new() { "KoreaEvents.Core", "KoreaEvents.Cli" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_nuspec_has_project_url_repository_tags_icon_readme_and_release_notes(string id)
    {
        using var package = Open(id);
        var metadata = Nuspec(package);
        string? Value(string name) => metadata.Element(metadata.Name.Namespace + name)?.Value;

        Assert.Equal(RepositoryUrl, Value("projectUrl"));
        var repository = metadata.Element(metadata.Name.Namespace + "repository");
        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(RepositoryUrl, (string?)repository.Attribute("url"));
        Assert.Contains("corroboration", (Value("tags") ?? "").Split(' '));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal("README.md", Value("readme"));

        var notes = Value("releaseNotes");
        Assert.False(string.IsNullOrWhiteSpace(notes), "no release notes");
        Assert.True(notes.Length <= 4000, $"release notes are {notes.Length} characters (at most 4000)");
        Assert.StartsWith("## [", notes, StringComparison.Ordinal);   // a CHANGELOG section
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_icon_is_a_128_pixel_png_in_the_package(string id)
    {
        using var package = Open(id);
        var entry = package.GetEntry("icon.png");
        Assert.NotNull(entry);
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, header[..4]);
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)));   // width
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));   // height
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_packed_readme_has_only_absolute_links(string id)
    {
        using var package = Open(id);
        var readme = Read(package, "README.md");
        var targets = MarkdownLink().Matches(WithoutCode(readme)).Select(m => m.Groups["target"].Value).ToList();

        Assert.Contains($"{RepositoryUrl}/blob/main/CHANGELOG.md", targets);   // was CHANGELOG.md in the repository
        Assert.Contains($"{RepositoryUrl}/blob/main/src/KoreaEvents.Core/Data/README.md", targets);
        Assert.Contains($"{RepositoryUrl}/blob/main/docs/images/report.png?raw=true", targets);   // an image is the file itself
        var relative = targets.Where(t => !t.StartsWith("https://", StringComparison.Ordinal)).ToList();
        Assert.True(relative.Count == 0, "relative links in the packed README:\n" + string.Join('\n', relative));
    }

    [Fact]
    public void The_cli_package_is_a_dotnet_tool_with_the_koreaevents_command()
    {
        using var package = Open("KoreaEvents.Cli");
        var metadata = Nuspec(package);
        var types = metadata.Descendants(metadata.Name.Namespace + "packageType").Select(t => (string?)t.Attribute("name")).ToList();
        Assert.Contains("DotnetTool", types);

        var settings = package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = settings.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        Assert.Equal("koreaevents", (string?)command.Attribute("Name"));
    }

    private static ZipArchive Open(string id)
    {
        var version = typeof(PackageMetadataTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "KoreaEventsPackageVersion").Value;
        var path = Path.Combine(RepositoryRoot.Path, "artifacts", "packages", $"{id}.{version}.nupkg");
        Assert.True(File.Exists(path), $"{path} is missing: pack it first (.ci/run packs both packages).");
        return ZipFile.OpenRead(path);
    }

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        var root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    private static string Read(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name);
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Fenced blocks and inline code are not links.</summary>
    private static string WithoutCode(string markdown) => InlineCode().Replace(FencedBlock().Replace(markdown, ""), "");

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("^```.*?^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();
}

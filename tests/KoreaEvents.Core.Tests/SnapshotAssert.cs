using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace KoreaEvents.Core.Tests;

/// <summary>
/// A small snapshot helper that keeps Verify's file conventions, so a later switch to Verify.Xunit is a drop-in:
/// <c>{test file's folder}/Snapshots/{Class}.{Method}[_param=value].verified.{ext}</c>, UTF-8 with BOM, LF line
/// endings, no trailing newline. On a mismatch the new output is written beside it as <c>.received.</c> and the
/// test fails naming both paths with a short diff; on a match nothing is left behind.
/// Accepting: run <c>tests/accept-snapshots.sh</c> (moves every received file over its verified file), or set
/// <c>KOREAEVENTS_ACCEPT_SNAPSHOTS=1</c> for one test run (never honoured when <c>CI=true</c>).
/// The class name is the test file's name up to its first dot, so partial files (<c>FooTest.Parsing.cs</c>)
/// share their class's snapshots.
/// </summary>
internal static class SnapshotAssert
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Verifies pre-serialised JSON.</summary>
    public static void Json(string json, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
        => Verify(json, "json", parameters, sourceFile, method);

    /// <summary>Verifies plain text.</summary>
    public static void Text(string text, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
        => Verify(text, "txt", parameters, sourceFile, method);

    /// <summary>Normalises text the way snapshots are stored: LF line endings, no trailing newline.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n');

    private static void Verify(string content, string extension, string? parameters, string sourceFile, string method)
    {
        ArgumentNullException.ThrowIfNull(content);
        sourceFile = UnmapSourcePath(sourceFile);
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var className = Path.GetFileName(sourceFile).Split('.')[0];
        var stem = parameters is null ? $"{className}.{method}" : $"{className}.{method}_{parameters}";
        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");
        var actual = Normalize(content);

        string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        bool accept = Environment.GetEnvironmentVariable("KOREAEVENTS_ACCEPT_SNAPSHOTS") == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (accept)
        {
            File.WriteAllText(verifiedPath, actual, Utf8WithBom);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, Utf8WithBom);
        var message = new StringBuilder();
        message.Append(expected is null ? "No verified snapshot yet." : "The output differs from the verified snapshot.");
        message.Append("\n  verified: ").Append(verifiedPath);
        message.Append("\n  received: ").Append(receivedPath);
        message.Append("\nAccept with tests/accept-snapshots.sh after reading the difference.");
        if (expected is not null)
        {
            message.Append('\n').Append(Diff(expected, actual));
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>
    /// A deterministic build maps source paths to <c>/_/…</c>; map them back onto the repository so snapshots are
    /// found whatever the build settings.
    /// </summary>
    private static string UnmapSourcePath(string sourceFile)
    {
        if (File.Exists(sourceFile) || !sourceFile.StartsWith("/_/", StringComparison.Ordinal))
        {
            return sourceFile;
        }

        return Path.Combine(RepositoryRoot.Path, sourceFile[3..]);
    }

    private static string Diff(string expected, string actual)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false);
        var builder = new StringBuilder();
        int shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            if (shown++ == 40)
            {
                builder.Append("  …\n");
                break;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Text).Append('\n');
        }

        return builder.ToString();
    }
}

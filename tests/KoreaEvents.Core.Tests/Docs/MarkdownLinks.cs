using System.Text;
using System.Text.RegularExpressions;

namespace KoreaEvents.Core.Tests.Docs;

/// <summary>A link found in a Markdown file: its 1-based line and its target as written.</summary>
internal sealed record MarkdownLink(int Line, string Target);

/// <summary>
/// The links and heading anchors of Markdown text, as GitHub renders it: inline links and images
/// (<c>[text](target "title")</c>, <c>![alt](target)</c>), reference definitions (<c>[id]: target</c>) and
/// autolinks; nothing inside fenced code blocks or code spans. Anchors are GitHub's heading slugs.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>Gets the links of <paramref name="markdown"/>, in order.</summary>
    public static IReadOnlyList<MarkdownLink> Extract(string markdown)
    {
        var links = new List<MarkdownLink>();
        foreach (var (number, line) in ProseLines(markdown))
        {
            var text = CodeSpan().Replace(line, "");
            foreach (Match m in InlineLink().Matches(text))
            {
                links.Add(new MarkdownLink(number, m.Groups["target"].Value));
            }

            foreach (Match m in Autolink().Matches(text))
            {
                links.Add(new MarkdownLink(number, m.Groups["target"].Value));
            }

            var definition = ReferenceDefinition().Match(text);
            if (definition.Success)
            {
                links.Add(new MarkdownLink(number, definition.Groups["target"].Value));
            }
        }

        return links;
    }

    /// <summary>Gets the anchors of the headings of <paramref name="markdown"/> (<c>#quick-start-c</c> without the <c>#</c>).</summary>
    public static IReadOnlySet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, line) in ProseLines(markdown))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups["text"].Value);
            // GitHub numbers repeated headings: name, name-1, name-2 ...
            int count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    /// <summary>
    /// GitHub's anchor for a heading: the rendered text lower-cased, every character other than a letter, a digit,
    /// a space, a hyphen or an underscore dropped, and each space made a hyphen (so "Claims: who — what" is
    /// <c>claims-who--what</c>).
    /// </summary>
    public static string Slug(string heading)
    {
        // The rendered text: links become their text, code spans and emphasis lose their markers.
        var text = InlineLink().Replace(heading, m => m.Groups["text"].Value);
        text = text.Replace("`", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>
    /// Checks every relative link of the Markdown file <paramref name="file"/> (a path inside <paramref name="root"/>):
    /// the target must be a file or folder inside the root, and an anchor must be a heading of the Markdown file it
    /// points at. Returns one line per broken link (<c>README.md:12: docs/x.md: no such file in the repository</c>)
    /// and adds the Markdown files linked to <paramref name="linkedMarkdown"/>.
    /// </summary>
    public static IEnumerable<string> Check(string root, string file, ISet<string>? linkedMarkdown = null)
    {
        root = Path.GetFullPath(root);
        var fullPath = Path.GetFullPath(Path.Combine(root, file));
        var name = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        var markdown = File.ReadAllText(fullPath);
        foreach (var link in Extract(markdown))
        {
            var target = link.Target.Trim();
            if (target.Length == 0)
            {
                yield return $"{name}:{link.Line}: empty link target";
                continue;
            }

            if (UriScheme().IsMatch(target) || target.StartsWith("//", StringComparison.Ordinal))
            {
                continue;   // https:, mailto: ... are not files of the repository
            }

            int hash = target.IndexOf('#', StringComparison.Ordinal);
            string pathPart = hash < 0 ? target : target[..hash];
            string? anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
            int query = pathPart.IndexOf('?', StringComparison.Ordinal);
            if (query >= 0)
            {
                pathPart = pathPart[..query];
            }

            pathPart = Uri.UnescapeDataString(pathPart);
            string resolved = pathPart.Length == 0
                ? fullPath
                : Path.GetFullPath(pathPart.StartsWith('/')
                    ? Path.Combine(root, pathPart.TrimStart('/'))   // GitHub resolves "/x" from the repository root
                    : Path.Combine(Path.GetDirectoryName(fullPath)!, pathPart));
            var relative = Path.GetRelativePath(root, resolved).Replace('\\', '/');
            if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                yield return $"{name}:{link.Line}: {link.Target}: points outside the repository";
                continue;
            }

            bool isFile = File.Exists(resolved);
            if (!isFile && !Directory.Exists(resolved))
            {
                yield return $"{name}:{link.Line}: {link.Target}: no such file in the repository";
                continue;
            }

            bool isMarkdown = isFile && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            if (isMarkdown && resolved != fullPath)
            {
                linkedMarkdown?.Add(relative);
            }

            if (anchor is null || anchor.Length == 0)
            {
                continue;
            }

            if (!isMarkdown)
            {
                if (!LineAnchor().IsMatch(anchor))
                {
                    yield return $"{name}:{link.Line}: {link.Target}: an anchor into a file that is not Markdown (only #L12 or #L12-L20 there)";
                }

                continue;
            }

            var anchors = resolved == fullPath ? Anchors(markdown) : Anchors(File.ReadAllText(resolved));
            if (!anchors.Contains(anchor))
            {
                yield return $"{name}:{link.Line}: {link.Target}: no heading with the anchor #{anchor} in {relative}";
            }
        }
    }

    /// <summary>The lines outside fenced code blocks, with their 1-based numbers.</summary>
    private static IEnumerable<(int Number, string Line)> ProseLines(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? fence = null;
        for (int i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (fence is null)
            {
                var open = Fence().Match(trimmed);
                if (open.Success)
                {
                    fence = open.Groups["fence"].Value;
                    continue;
                }

                yield return (i + 1, lines[i]);
            }
            else if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd().Trim(fence[0]).Length == 0)
            {
                fence = null;
            }
        }
    }

    [GeneratedRegex("^(?<fence>`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex("(`+).*?\\1")]
    private static partial Regex CodeSpan();

    // [text](target) or [text](target "title") or [text](<target>); the text may hold one level of brackets (images in links).
    [GeneratedRegex("!?\\[(?<text>(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]\\(\\s*(?:<(?<target>[^>]*)>|(?<target>[^\\s)]*))(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex("<(?<target>[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s>]*)>")]
    private static partial Regex Autolink();

    [GeneratedRegex("^ {0,3}\\[[^\\]]+\\]:\\s*<?(?<target>[^\\s>]+)>?")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex("^ {0,3}#{1,6}\\s+(?<text>.*?)(?:\\s+#+)?\\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex("^L\\d+(-L\\d+)?$")]
    private static partial Regex LineAnchor();
}

namespace KoreaEvents.Core.Text;

/// <content>The title and the classification of the remaining lines (headings, duplicates, body text).</content>
internal sealed partial class ArticleAssembler
{
    private static bool IsHeadlineLike(string line, int wordCount) =>
        wordCount <= 30 && line.Length <= 300 && line[^1] is not ('.' or ',' or ';' or ':') && !char.IsLower(line[0]);

    private static bool IsBodyLike(string? line, int wordCount) => wordCount >= 15 || (line is not null && line[^1] == '.');

    /// <summary>
    /// The title is the first unclassified line near the top that reads like a headline, unless a body-like line comes
    /// first. A page-title line's headline part yields to a clean repeat of it, and is used itself only when the page
    /// has no headline line of its own.
    /// </summary>
    private void ChooseTitle(int sidebarStart)
    {
        int seen = 0;
        for (int i = 0; i < sidebarStart && seen < HeaderLines; i++)
        {
            if (kinds[i] == Kind.Blank)
            {
                continue;
            }

            seen++;
            if (kinds[i] != Kind.Pending)
            {
                continue;
            }

            string? line = IsShort(i) ? Content(i) : null;
            if (line is not null && IsHeadlineLike(line, words[i]))
            {
                titleLine = i;
                kinds[i] = Kind.Title;
                title = TextSegment.From(text, lines[i].Content);
            }

            break;
        }

        int site = Array.IndexOf(kinds, Kind.SiteTitle);
        if (site < 0)
        {
            return;
        }

        var (bar, titlePart, _) = siteTitle;
        var line0 = lines[site];
        if (title is null && titlePart.End > titlePart.Start)
        {
            title = TextSegment.From(text, TextSpan.FromBounds(titlePart.Start, titlePart.End));
            titleLine = site;
            removed.Add(new RemovedLine(TextSegment.From(text, TextSpan.FromBounds(bar, line0.TrimEnd)), line0.Number, RemovalReason.SiteTitleLine));
            kinds[site] = Kind.Title;
        }
        else
        {
            Remove(site, RemovalReason.SiteTitleLine);
        }
    }

    private void ClassifyBody(int sidebarStart)
    {
        // Unclassified lines above the title are not article text.
        for (int i = 0; i < titleLine; i++)
        {
            if (kinds[i] == Kind.Pending)
            {
                Remove(i, words[i] <= 3 ? RemovalReason.Navigation : RemovalReason.Other);
            }
        }

        var seenText = new HashSet<string>(StringComparer.Ordinal);
        if (title is not null)
        {
            seenText.Add(TextLines.Fold(title.Text));
        }

        for (int i = Math.Max(titleLine, 0); i < sidebarStart; i++)
        {
            if (kinds[i] != Kind.Pending)
            {
                continue;
            }

            if (words[i] >= 4 && !seenText.Add(TextLines.Fold(text.AsSpan(lines[i].TrimStart, lines[i].ContentLength))))
            {
                Remove(i, RemovalReason.DuplicateLine);
            }
        }

        // Headings: short single-line blocks that do not end like a sentence, followed somewhere by body text.
        bool bodyFollows = false;
        for (int i = sidebarStart - 1; i >= 0; i--)
        {
            if (kinds[i] != Kind.Pending)
            {
                continue;
            }

            bool alone = (i == 0 || kinds[i - 1] == Kind.Blank) && (i + 1 >= lines.Count || kinds[i + 1] == Kind.Blank);
            if (bodyFollows && alone && words[i] <= options.MaxHeadingWords && IsShort(i) && IsHeadingText(Content(i)))
            {
                kinds[i] = Kind.Heading;
            }
            else
            {
                kinds[i] = Kind.Body;
                bodyFollows = true;
            }
        }
    }

    private static bool IsHeadingText(string line)
    {
        char first = line[0];
        char last = line[^1];
        return (char.IsUpper(first) || char.IsDigit(first))
            && (char.IsLetterOrDigit(last) || last is '?' or '!')
            && !StartsWithLabel(line);
    }

    /// <summary>"Q: …", "Aum: …", "Update: …": a colon within the first three words (a label, not a heading).</summary>
    private static bool StartsWithLabel(string line)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon + 1 < line.Length && TextLines.IsSpace(line[colon + 1]) && TextLines.CountWords(line, 0, colon) <= 3;
    }
}

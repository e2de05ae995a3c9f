using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Text;

/// <summary>
/// Builds a <see cref="SourceDocument"/> from validated text. Works line by line: context-free rules first (chrome,
/// captions, datelines, credits), then the title, then the body (headings, duplicates, paragraphs), then the parts
/// inside paragraphs (speaker labels, sentences, quotations). Every step is linear in the text; rules that need a
/// line's content only look at short lines.
/// </summary>
internal sealed partial class ArticleAssembler
{
    /// <summary>Lines longer than this are always body text: no chrome, caption or dateline rule looks at them.</summary>
    private const int ShortLine = 400;

    private const int HeaderLines = 10;

    private readonly string text;
    private readonly ArticleParserOptions options;
    private readonly AgencyMatcher agencies;
    private readonly List<TextLine> lines;
    private readonly Kind[] kinds;
    private readonly RemovalReason[] reasons;
    private readonly int[] words;
    private readonly Dictionary<int, List<PendingDate>> datesByLine = [];
    private readonly List<UpstreamOrigin> origins = [];
    private readonly List<RemovedLine> removed = [];
    private int titleLine = -1;
    private TextSegment? title;
    private TextSegment? outlet;
    private Byline? byline;
    private (int Bar, (int Start, int End) Title, (int Start, int End) Outlet) siteTitle;

    private ArticleAssembler(string text, ArticleParserOptions options)
    {
        this.text = text;
        this.options = options;
        agencies = new AgencyMatcher(options.Agencies);
        lines = TextLines.Split(text);
        kinds = new Kind[lines.Count];
        reasons = new RemovalReason[lines.Count];
        words = new int[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            kinds[i] = line.IsBlank ? Kind.Blank : Kind.Pending;
            words[i] = line.IsBlank ? 0 : TextLines.CountWords(text, line.TrimStart, line.TrimEnd, 1000);
        }
    }

    private enum Kind
    {
        Blank,
        Pending,
        Title,
        Byline,
        Dateline,
        Origin,
        Body,
        Heading,
        Removed,
        SiteTitle,
    }

    public static SourceDocument Assemble(string text, SourceId? id, ArticleParserOptions options)
    {
        var assembler = new ArticleAssembler(text, options);
        return assembler.Build(id);
    }

    private SourceDocument Build(SourceId? id)
    {
        int sidebarStart = FindSidebar();
        ApplyLineRules(sidebarStart);
        ChooseTitle(sidebarStart);
        ClassifyBody(sidebarStart);
        var datelines = BuildDatelines(sidebarStart);
        var (paragraphs, sentences, turns, quotations, headings) = BuildBody();
        FindWireDateline(paragraphs, datelines);
        removed.Sort((a, b) => a.Segment.Span.CompareTo(b.Segment.Span));
        origins.Sort((a, b) => a.Mention.Span.CompareTo(b.Mention.Span));
        return new SourceDocument(
            id,
            text,
            lines.Count,
            title,
            outlet,
            byline,
            datelines.AsReadOnly(),
            origins.AsReadOnly(),
            headings.AsReadOnly(),
            paragraphs.AsReadOnly(),
            sentences.AsReadOnly(),
            turns.AsReadOnly(),
            quotations.AsReadOnly(),
            removed.AsReadOnly());
    }

    private string Content(int i) => text.Substring(lines[i].TrimStart, lines[i].ContentLength);

    private bool IsShort(int i) => lines[i].ContentLength <= ShortLine;

    private void Remove(int i, RemovalReason reason)
    {
        kinds[i] = Kind.Removed;
        reasons[i] = reason;
        removed.Add(new RemovedLine(TextSegment.From(text, lines[i].Content), lines[i].Number, reason));
    }

    /// <summary>
    /// Finds a "Trending" / "Most read" marker after which every line is short: the marker and the rest of the page are
    /// a sidebar. Returns the marker's line index, or the line count when there is none.
    /// </summary>
    private int FindSidebar()
    {
        var longestAfter = new int[lines.Count + 1];
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            longestAfter[i] = Math.Max(longestAfter[i + 1], words[i]);
        }

        bool seenContent = false;
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == Kind.Blank)
            {
                continue;
            }

            if (seenContent && words[i] <= 8 && longestAfter[i + 1] < 30 && LineRules.IsTrendingMarker(Content(i)))
            {
                for (int j = i; j < lines.Count; j++)
                {
                    if (kinds[j] != Kind.Blank)
                    {
                        Remove(j, RemovalReason.TrendingSidebar);
                    }
                }

                return i;
            }

            seenContent = true;
        }

        return lines.Count;
    }
}

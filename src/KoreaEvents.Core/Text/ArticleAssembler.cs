using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Text;

/// <summary>
/// Builds a <see cref="SourceDocument"/> from validated text. Works line by line: context-free rules first (chrome,
/// captions, datelines, credits), then the title, then the body (headings, duplicates, paragraphs), then the parts
/// inside paragraphs (speaker labels, sentences, quotations). Every step is linear in the text; rules that need a
/// line's content only look at short lines.
/// </summary>
internal sealed class ArticleAssembler
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
        FindWireDateline(paragraphs);
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

    private void ApplyLineRules(int sidebarStart)
    {
        var captions = new HashSet<string>(StringComparer.Ordinal);
        int firstContent = -1;
        int seen = 0;
        for (int i = 0; i < sidebarStart; i++)
        {
            if (kinds[i] == Kind.Blank)
            {
                continue;
            }

            seen++;
            if (firstContent < 0)
            {
                firstContent = i;
                if (IsShort(i) && TrySiteTitle(i))
                {
                    continue;
                }
            }

            if (!IsShort(i))
            {
                continue;
            }

            var line = Content(i);
            if (LineRules.IsCopyright(line, out int prefix))
            {
                TakeCopyrightOutlet(i, line, prefix);
                Remove(i, RemovalReason.Navigation);
            }
            else if (TryDatelineLine(i, line))
            {
                kinds[i] = Kind.Dateline;
            }
            else if (LineRules.IsNavigation(line))
            {
                Remove(i, RemovalReason.Navigation);
            }
            else if (LineRules.IsReadMore(line))
            {
                Remove(i, RemovalReason.ReadMoreLink);
            }
            else if (LineRules.IsCallToAction(line, words[i]))
            {
                Remove(i, RemovalReason.CallToAction);
            }
            else if (LineRules.IsPublicationType(line))
            {
                Remove(i, RemovalReason.PublicationTypeFooter);
            }
            else if (LineRules.IsDisclaimer(line))
            {
                Remove(i, RemovalReason.Disclaimer);
            }
            else if (LineRules.IsCaption(line, out int labelLength))
            {
                bool isNew = captions.Add(TextLines.Fold(line.AsSpan(labelLength)));
                Remove(i, isNew ? RemovalReason.PhotoCaption : RemovalReason.DuplicateCaption);
            }
            else if (TryCreditLine(i, line))
            {
                kinds[i] = Kind.Origin;
            }
            else if (byline is null && seen <= HeaderLines && LineRules.TryByline(line, out var authors))
            {
                var start = lines[i].TrimStart;
                byline = new Byline(
                    TextSegment.From(text, lines[i].Content),
                    authors.Select(a => TextSegment.From(text, TextSpan.FromBounds(start + a.Start, start + a.End))).ToList().AsReadOnly());
                kinds[i] = Kind.Byline;
            }
        }
    }

    private bool TrySiteTitle(int i)
    {
        var line = Content(i);
        if (!LineRules.TrySplitSiteTitle(line, out int bar, out var titlePart, out var outletPart)
            || DateText.FindAll(line, 0, line.Length).Count > 0
            || (titlePart.End > titlePart.Start && LineRules.IsNavigation(line)))
        {
            return false;
        }

        int start = lines[i].TrimStart;
        siteTitle = (start + bar, (start + titlePart.Start, start + titlePart.End), (start + outletPart.Start, start + outletPart.End));
        outlet = TextSegment.From(text, TextSpan.FromBounds(siteTitle.Outlet.Start, siteTitle.Outlet.End));
        kinds[i] = Kind.SiteTitle;
        return true;
    }

    private void TakeCopyrightOutlet(int i, string line, int prefix)
    {
        if (outlet is not null)
        {
            return;
        }

        int end = line.Length;
        int reserved = line.IndexOf("all rights reserved", StringComparison.OrdinalIgnoreCase);
        if (reserved >= 0)
        {
            end = reserved;
        }

        var (s, e) = TextLines.Trim(line, prefix, end);
        while (e > s && line[e - 1] is '.' or ',' or ';' or '|')
        {
            e--;
        }

        if (e > s && TextLines.CountWords(line, s, e) <= 6)
        {
            int start = lines[i].TrimStart;
            outlet = TextSegment.From(text, TextSpan.FromBounds(start + s, start + e));
        }
    }

    private bool TryDatelineLine(int i, string line)
    {
        if (words[i] > 20)
        {
            return false;
        }

        var matches = DateText.FindAll(line, 0, line.Length);
        if (matches.Count == 0)
        {
            return false;
        }

        var covered = new bool[line.Length];
        var bylinePart = byline is null ? LeadingByline(line) : null;
        if (bylinePart is { } part)
        {
            Array.Fill(covered, true, 0, part.End);
        }

        foreach (var m in matches)
        {
            Array.Fill(covered, true, m.Start, m.End - m.Start);
        }

        foreach (var (s, e) in DateText.FindTimes(line, 0, line.Length))
        {
            Array.Fill(covered, true, s, e - s);
        }

        var labels = new List<(int Start, int End, DatelineRole Role)>();
        int t = 0;
        while (t < line.Length)
        {
            if (covered[t] || !char.IsLetterOrDigit(line[t]) && line[t] != '+')
            {
                t++;
                continue;
            }

            int e = t;
            while (e < line.Length && !covered[e] && (char.IsLetterOrDigit(line[e]) || line[e] is '+' or '.' or '\'' or '’'))
            {
                e++;
            }

            var token = line.AsSpan(t, e - t).TrimEnd('.');
            if (!IsDatelineWord(token, out var role))
            {
                return false;
            }

            if (role is { } r)
            {
                int labelStart = t;
                if (labels.Count > 0 && labels[^1].Role == DatelineRole.Unknown && string.IsNullOrWhiteSpace(line[labels[^1].End..t]))
                {
                    labelStart = labels[^1].Start;
                    labels.RemoveAt(labels.Count - 1);
                }

                labels.Add((labelStart, t + token.Length, r));
            }

            t = e;
        }

        int offset = lines[i].TrimStart;
        var pending = new List<PendingDate>();
        foreach (var m in matches)
        {
            var label = labels.LastOrDefault(l => l.End <= m.Start && l.Role != DatelineRole.Unknown);
            TextSegment? labelSegment = label.End > 0 ? TextSegment.From(text, TextSpan.FromBounds(offset + label.Start, offset + label.End)) : null;
            pending.Add(new PendingDate(
                TextSegment.From(text, TextSpan.FromBounds(offset + m.Start, offset + m.End)),
                m.Date,
                m.Time,
                labelSegment,
                labelSegment is null ? null : label.Role));
        }

        datesByLine[i] = pending;
        if (bylinePart is { } found)
        {
            byline = new Byline(
                TextSegment.From(text, TextSpan.FromBounds(offset, offset + found.End)),
                found.Authors.Select(a => TextSegment.From(text, TextSpan.FromBounds(offset + a.Start, offset + a.End))).ToList().AsReadOnly());
        }

        return true;
    }

    /// <summary>"By Jane Doe | Mar 1, 2019": the byline before the first separator of a dateline line, if any.</summary>
    private static (int End, List<(int Start, int End)> Authors)? LeadingByline(string line)
    {
        int separator = line.IndexOfAny(['|', '·', '•']);
        if (separator <= 0)
        {
            return null;
        }

        int end = TextLines.Trim(line, 0, separator).End;
        return LineRules.TryByline(line[..end], out var authors) ? (end, authors) : null;
    }

    /// <summary>
    /// Words allowed on a dateline besides the date: role labels, fillers, time-zone abbreviations. Returns the role a
    /// label gives (<see cref="DatelineRole.Unknown"/> for "Last"/"First", which join the next label).
    /// </summary>
    private static bool IsDatelineWord(ReadOnlySpan<char> token, out DatelineRole? role)
    {
        role = null;
        Span<char> lower = stackalloc char[Math.Min(token.Length, 16)];
        if (token.Length > 16)
        {
            return false;
        }

        token.ToLowerInvariant(lower);
        switch (lower)
        {
            case "published" or "posted" or "created" or "first" or "originally" or "last":
                role = lower is "first" or "originally" or "last" ? DatelineRole.Unknown : DatelineRole.Published;
                return true;
            case "updated" or "modified" or "revised" or "edited":
                role = DatelineRole.Updated;
                return true;
            case "on" or "at" or "date" or "dated" or "am" or "pm" or "a.m" or "p.m":
                return true;
        }

        int letters = 0;
        foreach (char c in token)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (!(char.IsDigit(c) || c is '+' || (letters >= 2 && c == ':')))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 5 || (letters == 0 && token.Length >= 2 && token[0] == '+');
    }

    private bool TryCreditLine(int i, string line)
    {
        var mentions = agencies.Find(line);
        if (!agencies.IsCreditLine(line, words[i], mentions))
        {
            return false;
        }

        int offset = lines[i].TrimStart;
        foreach (var (s, e, name) in mentions)
        {
            origins.Add(new UpstreamOrigin(
                name,
                TextSegment.From(text, TextSpan.FromBounds(offset + s, offset + e)),
                lines[i].Content,
                UpstreamOriginKind.CreditLine));
        }

        return true;
    }

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

    private List<Dateline> BuildDatelines(int sidebarStart)
    {
        var result = new List<Dateline>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i >= sidebarStart && !lines[i].IsBlank && IsShort(i))
            {
                foreach (var m in DateText.FindAll(text, lines[i].TrimStart, lines[i].TrimEnd))
                {
                    result.Add(new Dateline(DatelineRole.Sidebar, TextSegment.From(text, TextSpan.FromBounds(m.Start, m.End)), m.Date, m.Time, null, lines[i].Content));
                }
            }
            else if (datesByLine.TryGetValue(i, out var pending))
            {
                foreach (var p in pending)
                {
                    var role = p.Role ?? (titleLine >= 0 && i < titleLine ? DatelineRole.PageHeader : DatelineRole.Unknown);
                    result.Add(new Dateline(role, p.DateText, p.Date, p.Time, p.Label, lines[i].Content));
                }
            }
        }

        return result;
    }

    private (List<Paragraph>, List<Sentence>, List<SpeakerTurn>, List<Quotation>, List<Heading>) BuildBody()
    {
        // Paragraph spans: consecutive body lines join when the earlier one stops mid-sentence (hard-wrapped text).
        var spans = new List<TextSpan>();
        var headingsAt = new List<(TextSpan Span, int NextParagraph)>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == Kind.Heading)
            {
                headingsAt.Add((lines[i].Content, spans.Count));
            }
            else if (kinds[i] == Kind.Body)
            {
                bool joins = i > 0 && kinds[i - 1] == Kind.Body && !EndsSentence(text[lines[i - 1].TrimEnd - 1]);
                if (joins)
                {
                    spans[^1] = TextSpan.FromBounds(spans[^1].Start, lines[i].TrimEnd);
                }
                else
                {
                    spans.Add(lines[i].Content);
                }
            }
        }

        var labels = options.DetectSpeakerTurns ? SpeakerLabels.Find(text, spans) : new SpeakerLabel?[spans.Count];
        var turns = new List<SpeakerTurn>();
        var turnOf = new int?[spans.Count];
        int headingCursor = 0;
        for (int p = 0; p < spans.Count; p++)
        {
            while (headingCursor < headingsAt.Count && headingsAt[headingCursor].NextParagraph <= p)
            {
                headingCursor++;
            }

            if (labels[p] is { } label)
            {
                int last = p;
                int nextHeading = headingCursor < headingsAt.Count ? headingsAt[headingCursor].NextParagraph : int.MaxValue;
                while (last + 1 < spans.Count && labels[last + 1] is null && last + 1 < nextHeading)
                {
                    last++;
                }

                int index = turns.Count;
                var labelSpan = TextSpan.FromBounds(spans[p].Start, label.LabelEnd);
                turns.Add(new SpeakerTurn(index, TextSegment.From(text, labelSpan), label.Speaker, TextSpan.FromBounds(spans[p].Start, spans[last].End), p, last));
                for (int q = p; q <= last; q++)
                {
                    turnOf[q] = index;
                }

                spans[p] = TextSpan.FromBounds(label.ContentStart, spans[p].End);
            }
        }

        var paragraphs = new List<Paragraph>(spans.Count);
        var sentences = new List<Sentence>();
        for (int p = 0; p < spans.Count; p++)
        {
            int first = sentences.Count;
            foreach (var s in SentenceSplitter.Split(text, spans[p].Start, spans[p].End))
            {
                sentences.Add(new Sentence(text, sentences.Count, p, s));
            }

            paragraphs.Add(new Paragraph(text, p, spans[p], first, sentences.Count - first, turnOf[p]));
        }

        var quotations = QuotationScanner.Scan(text, spans)
            .Select((q, i) => new Quotation(text, i, q.Span, q.Segments, q.FirstParagraph, q.LastParagraph, q.IsClosed))
            .ToList();
        var headings = headingsAt
            .Select((h, i) => new Heading(i, TextSegment.From(text, h.Span), h.NextParagraph))
            .ToList();
        return (paragraphs, sentences, turns, quotations, headings);
    }

    private static bool EndsSentence(char c) => c is '.' or '?' or '!' or '…' or ':' or '”' or '"' or '’' or ')';

    /// <summary>A wire dateline opening the first paragraph: "SEOUL, June 16 (Reuters) -" or "SEOUL (AP) —".</summary>
    private void FindWireDateline(List<Paragraph> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return;
        }

        var span = paragraphs[0].Span;
        int limit = Math.Min(span.End, span.Start + 120);
        int open = text.IndexOf('(', span.Start, limit - span.Start);
        if (open <= span.Start || !char.IsUpper(text[span.Start]))
        {
            return;
        }

        int close = text.IndexOf(')', open, limit - open);
        if (close < 0)
        {
            return;
        }

        int dash = close + 1;
        while (dash < limit && TextLines.IsSpace(text[dash]))
        {
            dash++;
        }

        if (dash >= limit || text[dash] is not ('-' or '–' or '—') || TextLines.CountWords(text, span.Start, open) > 8)
        {
            return;
        }

        var (s, e) = TextLines.Trim(text, open + 1, close);
        if (agencies.TryMatchWhole(text.AsSpan(s, e - s), out var name))
        {
            origins.Add(new UpstreamOrigin(name, TextSegment.From(text, TextSpan.FromBounds(s, e)), TextSpan.FromBounds(span.Start, dash + 1), UpstreamOriginKind.WireDateline));
        }
    }

    private readonly record struct PendingDate(TextSegment DateText, NodaTime.LocalDate Date, NodaTime.LocalTime? Time, TextSegment? Label, DatelineRole? Role);
}

namespace KoreaEvents.Core.Text;

/// <content>Datelines: dateline lines and the words they allow, the datelines built from them, and a wire dateline opening the first paragraph.</content>
internal sealed partial class ArticleAssembler
{
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
            case "published" or "posted" or "created" or "first" or "originally" or "last" or "최종":
                role = lower is "first" or "originally" or "last" or "최종" ? DatelineRole.Unknown : DatelineRole.Published;
                return true;
            case "updated" or "modified" or "revised" or "edited":
                role = DatelineRole.Updated;
                return true;
            case "retrieved" or "accessed" or "crawled" or "archived" or "captured" or "fetched" or "scraped" or "downloaded" or "saved":
                role = DatelineRole.Retrieved;
                return true;
            case "on" or "at" or "date" or "dated" or "am" or "pm" or "a.m" or "p.m":
                return true;

            // Korean labels beside an English text: 입력 / 등록 / 게재 / 송고 (posted, filed), 수정 / 업데이트 (updated).
            case "입력" or "기사입력" or "등록" or "게재" or "송고" or "작성":
                role = DatelineRole.Published;
                return true;
            case "수정" or "최종수정" or "업데이트" or "갱신":
                role = DatelineRole.Updated;
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

    /// <summary>
    /// A wire dateline opening the first paragraph: "SEOUL, June 16 (Reuters) -" or "SEOUL (AP) —". A full date in it
    /// ("SEOUL, June 16, 2020 (Yonhap) --") is the day the story was filed: a stated publication date, added to
    /// <paramref name="datelines"/> with the dateline statement as its line (it is part of the paragraph, not a claim).
    /// </summary>
    private void FindWireDateline(List<Paragraph> paragraphs, List<Dateline> datelines)
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
            var statement = TextSpan.FromBounds(span.Start, dash + 1);
            origins.Add(new UpstreamOrigin(name, TextSegment.From(text, TextSpan.FromBounds(s, e)), statement, UpstreamOriginKind.WireDateline));
            if (DateText.FindAll(text, span.Start, open) is [var date, ..])
            {
                int at = datelines.FindIndex(d => d.DateText.Span.Start > date.Start);
                datelines.Insert(at < 0 ? datelines.Count : at, new Dateline(
                    DatelineRole.Published, TextSegment.From(text, TextSpan.FromBounds(date.Start, date.End)), date.Date, date.Time, null, statement));
            }
        }
    }

    private readonly record struct PendingDate(TextSegment DateText, NodaTime.LocalDate Date, NodaTime.LocalTime? Time, TextSegment? Label, DatelineRole? Role);
}

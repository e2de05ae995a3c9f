using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Text;

/// <summary>Checks every parsed document must pass: exact offsets for every part, and full coverage of the input.</summary>
internal static class DocumentInvariants
{
    public static void AssertAll(SourceDocument document)
    {
        AssertExactOffsets(document);
        AssertCoverage(document);
    }

    /// <summary>Every span's text is exactly the substring it names; parts lie where they should.</summary>
    public static void AssertExactOffsets(SourceDocument document)
    {
        var text = document.Text;
        void Segment(TextSegment? segment, string what)
        {
            if (segment is null)
            {
                return;
            }

            Assert.True(segment.Span.End <= text.Length, $"{what} {segment.Span} runs past the text.");
            Assert.Equal(text.Substring(segment.Span.Start, segment.Span.Length), segment.Text);
            Assert.False(segment.Span.IsEmpty, $"{what} is empty.");
        }

        Segment(document.Title, "title");
        Segment(document.Outlet, "outlet");
        Segment(document.Byline?.Statement, "byline");
        foreach (var author in document.Byline?.Authors ?? [])
        {
            Segment(author, "author");
            Assert.True(document.Byline!.Statement.Span.Contains(author.Span));
        }

        foreach (var d in document.Datelines)
        {
            Segment(d.DateText, "date text");
            Segment(d.Label, "dateline label");
            Assert.True(d.Line.Contains(d.DateText.Span), $"Dateline {d} lies outside its line.");
        }

        foreach (var o in document.UpstreamOrigins)
        {
            Segment(o.Mention, "origin");
            Assert.True(o.Statement.Contains(o.Mention.Span));
        }

        int previousEnd = 0;
        foreach (var p in document.Paragraphs)
        {
            Assert.Equal(text.Substring(p.Span.Start, p.Span.Length), p.Text);
            Assert.True(p.Span.Start >= previousEnd, $"Paragraph {p.Index} overlaps the one before.");
            Assert.False(char.IsWhiteSpace(p.Text[0]) || char.IsWhiteSpace(p.Text[^1]), $"Paragraph {p.Index} is not trimmed.");
            previousEnd = p.Span.End;
            for (int i = p.FirstSentence; i < p.FirstSentence + p.SentenceCount; i++)
            {
                var s = document.Sentences[i];
                Assert.Equal(p.Index, s.Paragraph);
                Assert.True(p.Span.Contains(s.Span), $"Sentence {s.Index} lies outside paragraph {p.Index}.");
            }
        }

        Assert.Equal(document.Sentences.Count, document.Paragraphs.Sum(p => p.SentenceCount));
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            var s = document.Sentences[i];
            Assert.Equal(i, s.Index);
            Assert.Equal(text.Substring(s.Span.Start, s.Span.Length), s.Text);
            Assert.False(s.Span.IsEmpty);
            Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]), $"Sentence {i} is not trimmed: '{s.Text}'.");
            Assert.True(i == 0 || document.Sentences[i - 1].Span.End <= s.Span.Start, $"Sentence {i} overlaps the one before.");
        }

        foreach (var q in document.Quotations)
        {
            Assert.Equal(text.Substring(q.Span.Start, q.Span.Length), q.Text);
            Assert.Contains(q.Text[0], "“\"‘");
            foreach (var segment in q.Segments)
            {
                Assert.True(q.Span.Contains(segment));
                Assert.Contains(document.Paragraphs, p => p.Span.Contains(segment));
            }
        }

        foreach (var h in document.Headings)
        {
            Segment(h.Segment, "heading");
        }

        foreach (var t in document.SpeakerTurns)
        {
            Segment(t.Label, "speaker label");
            Assert.True(t.Span.Contains(t.Label.Span));
            Assert.True(t.Span.Contains(document.Paragraphs[t.LastParagraph].Span));
        }

        foreach (var r in document.RemovedLines)
        {
            Segment(r.Segment, "removed line");
        }
    }

    /// <summary>
    /// Every non-blank character belongs to exactly one of: title, byline, dateline line, credit line, paragraph,
    /// heading, speaker label, removed line.
    /// </summary>
    public static void AssertCoverage(SourceDocument document)
    {
        var text = document.Text;
        var owners = new List<(TextSpan Span, string What)>();
        if (document.Title is { } title)
        {
            owners.Add((title.Span, "title"));
        }

        // A wire dateline's date ("SEOUL, June 16, 2020 (Yonhap) --") lies in the first paragraph, which owns it.
        var datelineLines = document.Datelines
            .Where(d => d.Role != DatelineRole.Sidebar && !document.Paragraphs.Any(p => p.Span.Contains(d.Line)))
            .Select(d => d.Line).Distinct().ToList();
        owners.AddRange(datelineLines.Select(l => (l, "dateline")));
        if (document.Byline is { } byline && !datelineLines.Any(l => l.Contains(byline.Statement.Span)))
        {
            owners.Add((byline.Statement.Span, "byline"));
        }

        owners.AddRange(document.UpstreamOrigins.Where(o => o.Kind == UpstreamOriginKind.CreditLine).Select(o => o.Statement).Distinct().Select(s => (s, "credit line")));
        owners.AddRange(document.Paragraphs.Select(p => (p.Span, $"paragraph {p.Index}")));
        owners.AddRange(document.Headings.Select(h => (h.Segment.Span, $"heading {h.Index}")));
        owners.AddRange(document.SpeakerTurns.Select(t => (t.Label.Span, $"speaker label {t.Index}")));
        owners.AddRange(document.RemovedLines.Select(r => (r.Segment.Span, $"removed line {r.LineNumber}")));

        var owner = new string?[text.Length];
        foreach (var (span, what) in owners)
        {
            for (int i = span.Start; i < span.End; i++)
            {
                Assert.True(owner[i] is null, $"Offset {i} belongs to both {owner[i]} and {what}.");
                owner[i] = what;
            }
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (owner[i] is null && !char.IsWhiteSpace(text[i]) && text[i] != '\uFEFF')
            {
                Assert.Fail($"Offset {i} ('{text[i]}', U+{(int)text[i]:X4}) belongs to no part: it was dropped.");
            }
        }
    }
}

namespace KoreaEvents.Core.Text;

/// <content>The body: paragraphs, and the sentences, speaker turns, quotations and headings inside them.</content>
internal sealed partial class ArticleAssembler
{
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
            foreach (var s in SentenceSplitter.Split(text, spans[p].Start, spans[p].End, options.MaxSentenceLength))
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
}

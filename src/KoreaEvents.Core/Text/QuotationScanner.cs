namespace KoreaEvents.Core.Text;

/// <summary>
/// Finds quotations in the body paragraphs in one pass. Double quotes (“…” and "…") may run over paragraphs: an open
/// quote at the end of a paragraph continues when the next paragraph starts with an opening mark, and otherwise ends
/// there unclosed. Single quotes (‘…’) are taken only outside double quotes and only when closed in the same
/// paragraph; a ’ followed by a letter is an apostrophe, not a closing mark.
/// </summary>
internal static class QuotationScanner
{
    public readonly record struct Found(TextSpan Span, IReadOnlyList<TextSpan> Segments, int FirstParagraph, int LastParagraph, bool IsClosed);

    public static List<Found> Scan(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var found = new List<Found>();
        char closing = '\0';
        int quoteStart = -1;
        int segmentStart = -1;
        int firstParagraph = -1;
        List<TextSpan>? segments = null;

        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            int i = paragraph.Start;
            if (closing != '\0')
            {
                char reopen = closing == '”' ? '“' : '"';
                if (paragraph.Length > 0 && text[paragraph.Start] == reopen)
                {
                    segmentStart = paragraph.Start;
                    i++;
                }
                else
                {
                    var previous = paragraphs[p - 1];
                    found.Add(new Found(TextSpan.FromBounds(quoteStart, previous.End), segments!, firstParagraph, p - 1, false));
                    closing = '\0';
                }
            }

            int singleStart = -1;
            for (; i < paragraph.End; i++)
            {
                char c = text[i];
                if (closing != '\0')
                {
                    if (c == closing)
                    {
                        segments!.Add(TextSpan.FromBounds(segmentStart, i + 1));
                        found.Add(new Found(TextSpan.FromBounds(quoteStart, i + 1), segments, firstParagraph, p, true));
                        closing = '\0';
                    }
                }
                else if (c is '“' or '"')
                {
                    closing = c == '“' ? '”' : '"';
                    quoteStart = segmentStart = i;
                    firstParagraph = p;
                    segments = [];
                    singleStart = -1;
                }
                else if (c == '‘')
                {
                    singleStart = i;
                }
                else if (c == '’' && singleStart >= 0 && (i + 1 >= paragraph.End || !char.IsLetterOrDigit(text[i + 1])))
                {
                    var span = TextSpan.FromBounds(singleStart, i + 1);
                    found.Add(new Found(span, [span], p, p, true));
                    singleStart = -1;
                }
            }

            if (closing != '\0')
            {
                segments!.Add(TextSpan.FromBounds(segmentStart, paragraph.End));
            }
        }

        if (closing != '\0')
        {
            found.Add(new Found(TextSpan.FromBounds(quoteStart, paragraphs[^1].End), segments!, firstParagraph, paragraphs.Count - 1, false));
        }

        return found;
    }
}

namespace KoreaEvents.Core.Text;

/// <summary>A speaker label at the start of a paragraph: where the label (with its colon) ends and the speech starts.</summary>
internal readonly record struct SpeakerLabel(int LabelEnd, int ContentStart, string Speaker);

/// <summary>
/// Finds interview labels ("Aum:", "Kim:", "Q:", "Patricia Kim:") at the start of paragraphs. A label is one to three
/// capitalised words and a colon, followed by white space and text. Only labels used at least twice count, and common
/// field names ("Update:", "Note:", "Photo:") never do, so a single "Update: …" line stays ordinary text.
/// </summary>
internal static class SpeakerLabels
{
    private const int MaxLabelLength = 40;

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "update", "updated", "updates", "read more", "photo", "photos", "image", "note", "editor's note", "editor’s note",
        "source", "sources", "correction", "related", "watch", "also read", "listen", "warning", "disclaimer", "caption",
        "credit", "breaking", "exclusive", "analysis", "opinion", "publication type", "see also", "tags", "topics", "by",
        "video", "live", "summary", "background", "context", "why it matters", "the bottom line", "key points", "edit",
        "clarification", "advertisement", "share", "comments", "location", "date", "time", "contact", "email",
    };

    public static SpeakerLabel?[] Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var found = new SpeakerLabel?[paragraphs.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (TryRead(text, paragraphs[p], out var label))
            {
                found[p] = label;
                counts[label.Speaker] = counts.GetValueOrDefault(label.Speaker) + 1;
            }
        }

        for (int p = 0; p < found.Length; p++)
        {
            if (found[p] is { } label && counts[label.Speaker] < 2)
            {
                found[p] = null;
            }
        }

        return found;
    }

    private static bool TryRead(string text, TextSpan paragraph, out SpeakerLabel label)
    {
        label = default;
        int limit = Math.Min(paragraph.End, paragraph.Start + MaxLabelLength);
        int colon = -1;
        int wordCount = 0;
        bool atWordStart = true;
        for (int i = paragraph.Start; i < limit; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                colon = i;
                break;
            }

            if (c == ' ' || c == '\u00A0')
            {
                if (atWordStart)
                {
                    return false;
                }

                atWordStart = true;
                continue;
            }

            if (atWordStart)
            {
                if (!char.IsUpper(c) || ++wordCount > 3)
                {
                    return false;
                }

                atWordStart = false;
            }
            else if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        if (colon <= paragraph.Start || atWordStart || colon + 1 >= paragraph.End || !TextLines.IsSpace(text[colon + 1]))
        {
            return false;
        }

        int content = colon + 1;
        while (content < paragraph.End && TextLines.IsSpace(text[content]))
        {
            content++;
        }

        var speaker = text.Substring(paragraph.Start, colon - paragraph.Start);
        if (content >= paragraph.End || NotSpeakers.Contains(speaker))
        {
            return false;
        }

        label = new SpeakerLabel(colon + 1, content, speaker);
        return true;
    }
}

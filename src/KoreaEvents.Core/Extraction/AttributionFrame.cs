using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Extraction;

/// <summary>
/// A stretch of text the source attributes to someone: what is reported (<see cref="Start"/>..<see cref="End"/>), by
/// whom and through which channel, and the span of the attribution itself (the cue and the speaker's name), whose
/// names never take part in the reported events.
/// </summary>
internal sealed record AttributionFrame(int Start, int End, Attribution Attribution, int CueStart, int CueEnd, IReadOnlyList<(int Start, int End)> NameSpans)
{
    public bool Covers(int position) => position >= Start && position < End;

    public bool IsName(int start, int end)
    {
        foreach (var (s, e) in NameSpans)
        {
            if (start >= s && end <= e)
            {
                return true;
            }
        }

        return false;
    }
}

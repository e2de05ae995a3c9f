using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Extraction;

/// <content>Which mentions belong to which event anchor: scenes, nominal uses, modifiers, nearness, speech and durations.</content>
internal sealed partial class DocumentExtraction
{
    /// <summary>
    /// Whether a place unrelated to the anchor's own place stands between the anchor and a date after it: the date then
    /// belongs to that other scene ("a summit in Singapore, stalling of the same in Hanoi in February": February is
    /// Hanoi's, not Singapore's). An anchor without a place of its own is never blocked ("talks held at Panmunjom in April").
    /// </summary>
    private bool AnotherSceneBetween(List<Mention> ms, Anchor anchor, TemporalMention d)
    {
        // Its own place: the place of the event it names ("a summit in Singapore"), else a place inside it or right
        // after it ("talks in Stockholm").
        PlaceId? ownId = null;
        int from = anchor.End;
        foreach (var (named, _) in anchor.Named)
        {
            if (kb.TryGetEvent(named, out var e) && e.Place is { } place)
            {
                ownId = place;
                break;
            }
        }

        if (ownId is null)
        {
            var own = ms.FirstOrDefault(m => PlaceOf(m) is not null && m.Start >= anchor.Start && m.End <= d.Start
                && (m.End <= anchor.End || SentenceText.CountWords(text, anchor.End, m.Start) <= 2));
            if (own is null)
            {
                return false;
            }

            ownId = PlaceOf(own)!.Id;
            from = Math.Max(from, own.End);
        }

        var id = ownId.Value;
        return ms.Any(m => m.Start >= from && m.End <= d.Start && PlaceOf(m) is { } other
            && other.Id != id && !kb.IsWithin(id, other.Id) && !kb.IsWithin(other.Id, id));
    }

    /// <summary>Whether the anchor is used as a noun: a determiner or a possessive right before it ("the demolition",
    /// "the building's demolition").</summary>
    private bool IsNominal(Anchor a, int sStart)
    {
        var (word, _) = SentenceText.WordBefore(text, a.Start, sStart);
        return Determiners.Contains(word) || word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether one of the events <paramref name="named"/> may name has a type among the anchor's trigger codes
    /// (or the anchor has none).</summary>
    private bool SharesType(Anchor anchor, Mention named) =>
        anchor.Codes.Count == 0 || named.Candidates.Any(c => c.Kind == MentionKind.Event && kb.TryGetEvent(c.Event, out var e)
            && anchor.Codes.Any(code => code.Type == e.Code.Type));

    /// <summary>
    /// The anchor nearest a span. A name before a mention counts <paramref name="beforePenalty"/> times as far as one
    /// after it: objects, places and "between X and Y" follow their event more often than subjects precede another.
    /// </summary>
    private static Anchor Nearest(List<Anchor> anchors, int start, int end, double beforePenalty)
    {
        Anchor best = anchors[0];
        double bestDistance = double.MaxValue;
        foreach (var a in anchors)
        {
            double distance = start >= a.End ? start - a.End : a.Start >= end ? (a.Start - end + 1) * beforePenalty : 0;
            if (distance < bestDistance)
            {
                best = a;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>A name inside a hyphenated compound ("anti-Kim leaflets"): a modifier, unless the compound joins two names ("U.S.-North Korea").</summary>
    private bool IsCompoundModifier(Mention m, List<Mention> ms)
    {
        if (m.Start < 2 || text[m.Start - 1] != '-' || !char.IsLetterOrDigit(text[m.Start - 2]) && text[m.Start - 2] != '.')
        {
            return false;
        }

        return !ms.Any(o => o.End == m.Start - 1 && ActorOf(o) is not null);
    }

    /// <summary>A state or its adjective qualifying the person or body right after it ("South Korean President Moon Jae-in").</summary>
    private bool IsModifier(Mention m, List<Mention> ms)
    {
        var actor = ActorOf(m);
        if (actor is null || actor.Kind != ActorKind.State)
        {
            return false;
        }

        foreach (var next in ms)
        {
            if (next.Start < m.End)
            {
                continue;
            }

            if (next.Start - m.End > 45 || SentenceText.HasClauseBoundary(text, m.End, next.Start) || SentenceText.CountWords(text, m.End, next.Start) > 4)
            {
                return false;
            }

            if (ActorOf(next) is { } other && other.Country == actor.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an attribution cue lies between two positions, or ends just before a date.</summary>
    private bool SpeechBetween(List<Mention> ms, int from, int to, int dateStart) =>
        ms.Any(m => Has(m, MentionKind.Attribution) && !Has(m, MentionKind.Trigger)
            && ((m.Start >= from && m.End <= to) || (m.End <= dateStart && SentenceText.CountWords(text, m.End, dateStart) <= 1)));

    /// <summary>Whether a date expression measures how long a state lasted ("since January", "during the last two weeks") rather than dating an event.</summary>
    private bool IsDurationOf(TemporalMention d, int sStart)
    {
        var first = d.Text.Split(' ', 2)[0];
        var (before, _) = SentenceText.WordBefore(text, d.Start, sStart);
        return SentenceText.IsDurationWord(first) || SentenceText.IsDurationWord(before);
    }
}

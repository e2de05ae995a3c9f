using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Extraction;

/// <content>Event mentions, sentence by sentence: the anchors (triggers and naming phrases) and the counts. Which mentions
/// an anchor takes is in DocumentExtraction.Attachment.cs, its link and claims in DocumentExtraction.Linking.cs, offsets
/// from other events in DocumentExtraction.RelativeDates.cs.</content>
internal sealed partial class DocumentExtraction
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "inside", "across", "outside", "within", "into" };
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" };

    /// <summary>Prepositions through which an event noun takes its target ("attack on Seoul", "sanctions against the North").</summary>
    private static readonly HashSet<string> NominalObjectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "on", "against", "to", "with", "toward", "towards", "at", "upon", "over", "from", "between",
    };

    /// <summary>The last facility, zone or site named, and in which sentence: what "there" and "the office" count in.</summary>
    private (PlaceId Place, int Sentence, PlaceKind Kind)? lastFacility;

    private sealed class Anchor(int start, int end)
    {
        public int Start { get; set; } = start;

        public int End { get; set; } = end;

        public List<(EventId Event, string Phrase)> Named { get; } = [];

        public List<EventCode> Codes { get; } = [];

        public List<Mention> Actors { get; } = [];

        public List<Mention> Places { get; } = [];

        public List<TemporalMention> Dates { get; } = [];

        public EventId? Linked { get; set; }

        public DateEstimate? LinkedDate { get; set; }

        public Attribution? Attribution { get; set; }

        public Modality Modality { get; set; }
    }

    private void ExtractSentence(Sentence sentence, List<Mention> ms, List<TemporalMention> ds)
    {
        int sStart = sentence.Span.Start, sEnd = sentence.Span.End;
        var anchors = FindAnchors(ms);

        foreach (var m in ms)
        {
            if (anchors.Any(a => m.Start < a.End && a.Start < m.End) || IsAttributionName(m.Start, m.End) || anchors.Count == 0)
            {
                continue;
            }

            if (ActorOf(m) is { } actor)
            {
                if (actor.Kind != ActorKind.NewsAgency && !IsModifier(m, ms) && !IsCompoundModifier(m, ms))
                {
                    Nearest(anchors, m.Start, m.End, 1.5).Actors.Add(m);
                }
            }
            else if (PlaceOf(m) is not null)
            {
                // "in Hanoi", "at the office" follow the event they place: only a much nearer mention after them takes them.
                Nearest(anchors, m.Start, m.End, IsLocative(m) ? 3 : 1.5).Places.Add(m);
            }
        }

        var relative = new List<TemporalMention>();
        foreach (var d in ds)
        {
            if (d.Kind == TemporalMentionKind.EventRelative)
            {
                relative.Add(d);
            }
            else if (d.Kind is TemporalMentionKind.Date or TemporalMentionKind.Span && d.Value is not null
                && SentenceText.OpensWhenClause(text, d.End, sEnd) is int clauseStart
                && anchors.FirstOrDefault(a => a.Start >= clauseStart && !SentenceText.HasClauseBoundary(text, clauseStart, a.Start)) is { } when
                && !ds.Any(o => o != d && o.Start >= d.End && o.End <= when.Start))
            {
                // "till early 2017, when South Korea pulled out": the when-clause's event happened at that date, even
                // where the date itself bounds a state ("operational till …").
                when.Dates.Add(d);
            }
            else if (anchors.Count > 0 && d.Kind is TemporalMentionKind.Date or TemporalMentionKind.Span && d.Value is not null && !IsDurationOf(d, sStart))
            {
                // A date inside a naming phrase ("the 1950-53 Korean War") is that event's; otherwise it goes to the event
                // mention before it in the sentence, or, opening the sentence, to the first after it; never across a
                // speech verb, whose date it is ("said at the weekend", "said Tuesday the … destruction").
                // A date right before a naming phrase modifies it ("the February 2019 Hanoi summit"); one that opens the
                // sentence reaches the first mention after it only if no other date stands between them.
                var inside = anchors.FirstOrDefault(a => a.Start <= d.Start && d.End <= a.End);
                var modifies = anchors.FirstOrDefault(a => a.Start >= d.End && SentenceText.CountWords(text, d.End, a.Start) == 0);
                var following = anchors.FirstOrDefault(a => a.Start >= d.End);
                if (following is not null && ds.Any(o => o != d && o.Start >= d.End && o.End <= following.Start))
                {
                    following = null;
                }

                // A preceding mention does not take a date that a relative clause after it holds ("destroy a liaison office
                // that it built with South Korea just two years ago": the date is the building's).
                var preceding = anchors.LastOrDefault(a => a.End <= d.Start);
                if (preceding is not null && (SentenceText.OpensRelativeClause(text, preceding.End, d.Start) || AnotherSceneBetween(ms, preceding, d)))
                {
                    preceding = null;
                }

                var target = inside ?? modifies ?? preceding ?? following;
                if (target is not null && !SpeechBetween(ms, Math.Min(target.End, d.Start), Math.Max(target.Start, d.End), d.Start))
                {
                    target.Dates.Add(d);
                }
            }
        }

        foreach (var a in anchors)
        {
            LinkAndClaim(sentence, a);
        }

        foreach (var r in relative)
        {
            ResolveRelative(r, anchors, ds);
        }

        ExtractCounts(sentence, ms, ds, anchors);
    }

    /// <summary>Triggers and naming phrases, with adjacent ones joined ("summit broke down", "collapse of the Hanoi summit").</summary>
    private List<Anchor> FindAnchors(List<Mention> ms)
    {
        var anchors = new List<Anchor>();
        foreach (var m in ms)
        {
            bool named = Has(m, MentionKind.Event);
            bool trigger = Has(m, MentionKind.Trigger);
            if (!named && !trigger)
            {
                continue;
            }

            // A speech act that frames the sentence ("warned", "announced") is attribution, not an event; so are names in it.
            if (frames.Any(f => m.Start >= f.CueStart && m.End <= f.CueEnd) || IsAttributionName(m.Start, m.End))
            {
                continue;
            }

            // A trigger followed closely by an event's name is that event ("flew to Pyongyang for his third summit"),
            // unless the name is the trigger's object and of another type: then the trigger is an act about the event
            // ("Pyongyang condemned the leaflet launches" is not a launch by Pyongyang).
            Anchor target;
            if (anchors.Count > 0 && ((SentenceText.OnlyJoiningWords(text, anchors[^1].End, m.Start) && (!named || anchors[^1].Named.Count > 0 || SharesType(anchors[^1], m)))
                || (named && anchors[^1].Named.Count == 0 && !IsThreatOf(anchors[^1], m) && SentenceText.CountWords(text, anchors[^1].End, m.Start) <= 3
                    && !SentenceText.OnlyJoiningWords(text, anchors[^1].End, m.Start)
                    && !SentenceText.SeparatesClauses(text, anchors[^1].End, m.Start))))
            {
                target = anchors[^1];
                target.End = m.End;
            }
            else
            {
                target = new Anchor(m.Start, m.End);
                anchors.Add(target);
            }

            foreach (var c in m.Candidates)
            {
                if (c.Kind == MentionKind.Event)
                {
                    target.Named.Add((c.Event, m.Text));
                }
                else if (c.Kind == MentionKind.Trigger && !target.Codes.Contains(c.Code))
                {
                    target.Codes.Add(c.Code);
                }
            }
        }

        return anchors;
    }

    /// <summary>A threat followed by the name of another kind of event threatens that event ("threatened a complete
    /// withdrawal from the liaison office"): the two stay apart.</summary>
    private bool IsThreatOf(Anchor threat, Mention named) =>
        threat.Codes.Count > 0 && threat.Codes.All(c => c.Type == EventType.Threaten) && !SharesType(threat, named);

    private void ExtractCounts(Sentence sentence, List<Mention> ms, List<TemporalMention> ds, List<Anchor> anchors)
    {
        int sStart = sentence.Span.Start, sEnd = sentence.Span.End;
        foreach (var m in ms)
        {
            if (PlaceOf(m) is { Kind: PlaceKind.Facility or PlaceKind.Site or PlaceKind.Zone } p
                && (lastFacility is not { } f || p.Kind == PlaceKind.Facility || f.Kind != PlaceKind.Facility || sentence.Index - f.Sentence > 2))
            {
                lastFacility = (p.Id, sentence.Index, p.Kind);
            }
        }

        var found = QuantityScanner.Scan(text, sStart, sEnd, (start, end) => ds.Any(d => d.Start < end && start < d.End));
        foreach (var q in found)
        {
            EntityRef? subject = null;
            var place = ms.Where(m => PlaceOf(m) is { Kind: PlaceKind.Facility or PlaceKind.Site or PlaceKind.Zone })
                .OrderBy(m => Math.Abs(m.Start - q.Start)).FirstOrDefault();
            if (place is not null)
            {
                subject = EntityRef.From(PlaceOf(place)!.Id);
            }
            else if (anchors.Where(a => a.Linked is not null).OrderBy(a => Math.Abs(a.Start - q.Start)).FirstOrDefault() is { Linked: { } ev })
            {
                subject = EntityRef.From(ev);
            }
            else if (lastFacility is { } last && sentence.Index - last.Sentence <= 5)
            {
                subject = EntityRef.From(last.Place);
            }

            if (subject is not { } s || q.Quantity.Unit is null)
            {
                continue;
            }

            var attribution = AttributionAt(q.Start);
            var modality = ModalityAt(sentence, q.Start, q.End, attribution is not null);
            Add(s, Facet.Count(q.Quantity.Unit), ClaimValue.FromQuantity(q.Quantity), q.Start, q.End, attribution, modality);
        }
    }
}

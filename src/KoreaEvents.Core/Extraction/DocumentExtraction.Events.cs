using System.Globalization;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Extraction;

/// <content>Event mentions: anchors, their actors, places and dates, links, modality and claims.</content>
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
                || (named && anchors[^1].Named.Count == 0 && SentenceText.CountWords(text, anchors[^1].End, m.Start) <= 3
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

    private void LinkAndClaim(Sentence sentence, Anchor a)
    {
        var stated = a.Dates.Select(d => d.Value!.Value).ToList();

        // Vague spans ("in recent weeks") date a claim but are too loose to support a link.
        var linkingDates = a.Dates.Where(d => d.Value!.Value.Modifier != DateModifier.Approximate).Select(d => d.Value!.Value).ToList();
        a.Attribution = AttributionAt(a.Start);
        a.Modality = ModalityAt(sentence, a.Start, a.End, a.Attribution is not null, a.Dates);
        var places = a.Places.Select(m => (PlaceOf(m)!.Id, Math.Abs(m.Start - a.Start) <= 80 ? 1.0 : 0.5)).ToList();
        if (places.Count == 0 && lastFacility is { } topic && sentence.Index - topic.Sentence <= 5)
        {
            places.Add((topic.Place, 0.5));
        }

        var cues = new EventCues(a.Named, a.Codes, a.Actors.Select(m => (ActorOf(m)!.Id, Weight(a, m))).ToList(), places, linkingDates,
            a.Modality is Modality.Future or Modality.Conditional or Modality.Hedged or Modality.Negated);
        var decision = linker.Link(cues, anchor);

        var roles = Roles(sentence, a, decision.Event);
        var place = ChooseLocation(a);
        var code = decision.Event?.Code ?? a.Codes.FirstOrDefault(c => c.Type != default) ;
        if (decision.Event is null && a.Codes.Count > 0)
        {
            code = a.Codes[0];
        }

        EventId? eventId = decision.Event?.Id;
        var status = decision.Status;
        var evidence = decision.Evidence;
        if (status == EventLinkStatus.Unlinked && a.Codes.Count > 0 && a.Modality is Modality.Asserted or Modality.Reported && IsEnoughForProvisional(roles, code))
        {
            var participants = roles.Where(r => r.Role is not null).Select(r => new EventParticipant(r.Actor, r.Role!.Value)).Distinct().Order().ToList();
            var date = stated.Count > 0 ? stated[0] : (DateEstimate?)null;
            var id = ProvisionalEvents.IdFor(code, participants, date);
            var label = $"{text[a.Start..a.End]} ({string.Join(", ", participants.Select(p => p.Actor.Value))})";
            provisionalEvents.Add((new ProvisionalEvent(id, code, label, participants, date, place is null ? null : PlaceOf(place)!.Id,
                [Evidence.FromText(SourceId, text, a.Start, a.End - a.Start)]), a.Start));
            eventId = id;
            status = EventLinkStatus.Provisional;
            evidence = [.. evidence, "no catalogued event fits; a provisional event of its own"];
        }

        eventMentions.Add(new EventMention(sentence.Index, a.Start, text[a.Start..a.End], code, status, eventId, decision.Score, evidence,
            decision.Alternatives, a.Modality, a.Attribution, decision.Event is { } linkedEvent && a.Named.Any(n => n.Event == linkedEvent.Id)));
        if (eventId is not { } ev)
        {
            return;
        }

        a.Linked = ev;
        var subject = EntityRef.From(ev);
        Add(subject, Facet.Occurred, ClaimValue.FromBoolean(a.Modality != Modality.Negated), a.Start, a.End, a.Attribution, a.Modality);
        foreach (var d in a.Dates)
        {
            Add(subject, Facet.Date, ClaimValue.FromDate(d.Value!.Value), Math.Min(a.Start, d.Start), Math.Max(a.End, d.End), a.Attribution, a.Modality);
            a.LinkedDate ??= d.Value;
        }

        if (a.LinkedDate is { } linkedDate)
        {
            datedEvents.Add((a.Start, ev, linkedDate));
        }

        if (place is null && decision.Event?.Place is { } eventPlace && NamesPlace(text[a.Start..a.End], eventPlace))
        {
            // A naming phrase that holds the place ("the summit in Singapore") states where.
            Add(subject, Facet.Location, ClaimValue.FromEntity(EntityRef.From(eventPlace)), a.Start, a.End, a.Attribution, a.Modality);
        }
        else if (place is not null)
        {
            Add(subject, Facet.Location, ClaimValue.FromEntity(EntityRef.From(PlaceOf(place)!.Id)), Math.Min(a.Start, place.Start), Math.Max(a.End, place.End), a.Attribution, a.Modality);
        }

        foreach (var (actor, role, start, end) in roles)
        {
            if (role is null)
            {
                continue;
            }

            var facet = role switch
            {
                ParticipantRole.Initiator => Facet.Initiator,
                ParticipantRole.Target => Facet.Target,
                ParticipantRole.OrderedBy => Facet.OrderedBy,
                _ => Facet.Participant(actor),
            };
            Add(subject, facet, ClaimValue.FromEntity(EntityRef.From(actor)), Math.Min(a.Start, start), Math.Max(a.End, end), a.Attribution, a.Modality);
        }
    }

    /// <summary>How much a name near a mention says about it: 1 in the same clause and near, 0.25 further off.</summary>
    private double Weight(Anchor a, Mention m)
    {
        var (from, to) = m.End <= a.Start ? (m.End, a.Start) : (a.End, m.Start);
        return to - from <= 60 && !SentenceText.SeparatesClauses(text, from, to) ? 1 : 0.25;
    }

    /// <summary>A provisional event needs an actor who acts: an initiator, or two participants of a symmetric event.</summary>
    private static bool IsEnoughForProvisional(List<(ActorId Actor, ParticipantRole? Role, int Start, int End)> roles, EventCode code) =>
        roles.Any(r => r.Role == ParticipantRole.Initiator) || roles.Count(r => r.Role == ParticipantRole.Participant) >= 2;

    private static bool IsSymmetric(EventCode code, Event? linked) =>
        linked is not null
            ? linked.Participants.Any(p => p.Role == ParticipantRole.Participant) && !linked.Participants.Any(p => p.Role == ParticipantRole.Initiator)
            : code.Type is EventType.Consult or EventType.Agree or EventType.Cooperate;

    /// <summary>The actors the sentence gives the event, with the role the sentence gives each (null: none it states).</summary>
    private List<(ActorId Actor, ParticipantRole? Role, int Start, int End)> Roles(Sentence sentence, Anchor a, Event? linked)
    {
        int sStart = sentence.Span.Start;
        var code = linked?.Code ?? (a.Codes.Count > 0 ? a.Codes[0] : default);
        bool symmetric = IsSymmetric(code, linked);
        bool passive = SentenceText.IsPassive(text, sStart, a.Start);
        var result = new List<(ActorId, ParticipantRole?, int, int)>();
        var closestBefore = a.Actors.LastOrDefault(m => m.End <= a.Start && !SentenceText.IsAgentAfterBy(text, sStart, m.Start) && !SentenceText.HasOrderCueBefore(text, sStart, m.Start));
        var closestAfter = a.Actors.FirstOrDefault(m => m.Start >= a.End && !SentenceText.IsAgentAfterBy(text, sStart, m.Start) && !SentenceText.HasOrderCueBefore(text, sStart, m.Start));
        if (closestBefore is not null && SentenceText.SeparatesClauses(text, closestBefore.End, a.Start))
        {
            closestBefore = null;
        }

        if (closestAfter is not null && (SentenceText.SeparatesClauses(text, a.End, closestAfter.Start) || SentenceText.CountWords(text, a.End, closestAfter.Start) > 5
            || (IsNominal(a, sStart) && !NominalObjectWords.Contains(SentenceText.WordAfter(text, a.End, closestAfter.Start + 1).Word))))
        {
            // A noun takes its object through a preposition ("the demolition of the office", "sanctions against
            // Pyongyang"); after "the building's demolition renews strains over North Korea" the actor is not its target.
            closestAfter = null;
        }
        foreach (var m in a.Actors)
        {
            var id = ActorOf(m)!.Id;
            ParticipantRole? role;
            if (SentenceText.HasOrderCueBefore(text, sStart, m.Start))
            {
                role = ParticipantRole.OrderedBy;
            }
            else if (symmetric)
            {
                role = Weight(a, m) == 1 || m == closestBefore || m == closestAfter ? ParticipantRole.Participant : null;
            }
            else if (SentenceText.IsAgentAfterBy(text, sStart, m.Start) && m.Start >= a.End)
            {
                role = ParticipantRole.Initiator;
            }
            else if (m == closestBefore && !passive)
            {
                role = ParticipantRole.Initiator;
            }
            else if (m == closestAfter)
            {
                // "a New Year's message from North Korea", "aid from China": the actor the act comes from is its initiator
                // (but one withdraws from what one leaves: "withdrew from talks with South Korea").
                role = code.Type != EventType.Retreat && closestBefore is null && SentenceText.WordBefore(text, m.Start, a.End).Word.Equals("from", StringComparison.OrdinalIgnoreCase)
                    ? ParticipantRole.Initiator
                    : ParticipantRole.Target;
            }
            else
            {
                role = null;
            }

            if (!result.Any(r => r.Item1 == id && r.Item2 == role))
            {
                result.Add((id, role, m.Start, m.End));
            }
        }

        // An unknown name right before the trigger acts in it ("Ruritania withdrew from the talks").
        if (!symmetric && !passive && closestBefore is null)
        {
            var (word, wordStart) = SentenceText.WordBefore(text, a.Start, sStart);
            if (word.EndsWith("ly", StringComparison.Ordinal))
            {
                (word, wordStart) = SentenceText.WordBefore(text, wordStart, sStart);
            }

            if (word.Length > 1 && char.IsUpper(word[0]) && !SentenceText.IsFunctionWord(word) && !mentions.Any(m => m.Start < wordStart + word.Length && wordStart < m.End))
            {
                int nameStart = NameStart(wordStart, sStart);
                var name = text[nameStart..(wordStart + word.Length)].TrimEnd('’', '\'').Replace("’s", "", StringComparison.Ordinal);
                bool adjacent = SentenceText.CountWords(text, wordStart + word.Length, a.Start) == 0;
                if (nameStart > sStart || name.Contains(' ', StringComparison.Ordinal) || adjacent)
                {
                    result.Add((ProvisionalActorFor(name, nameStart), ParticipantRole.Initiator, nameStart, wordStart + word.Length));
                }
            }
        }

        return result;
    }

    /// <summary>Where the sentence places the event: a place after a locative preposition (the most specific), else a facility, site or zone it names.</summary>
    private Mention? ChooseLocation(Anchor a)
    {
        var locative = a.Places.Where(m => IsLocative(m) && !SentenceText.SeparatesClauses(text, Math.Min(m.End, a.End), Math.Max(m.Start, a.Start))).ToList();
        if (locative.Count > 0)
        {
            return locative.FirstOrDefault(m => !locative.Any(o => o != m && kb.IsWithin(PlaceOf(o)!.Id, PlaceOf(m)!.Id) && PlaceOf(o)!.Id != PlaceOf(m)!.Id)) ?? locative[0];
        }

        // Otherwise a facility, site or zone the event is done to or in, right next to the mention ("blew up an inter-Korean
        // liaison office", "the liaison office was opened", "the liaison office’s destruction").
        return a.Places.FirstOrDefault(m => PlaceOf(m)!.Kind is PlaceKind.Facility or PlaceKind.Site or PlaceKind.Zone
            && (m.End <= a.Start ? SentenceText.CountWords(text, m.End, a.Start) <= 2 && !SentenceText.HasClauseBoundary(text, m.End, a.Start)
                : SentenceText.CountWords(text, a.End, m.Start) <= 4 && !SentenceText.HasClauseBoundary(text, a.End, m.Start)));
    }

    /// <summary>Whether a naming phrase states the place after a preposition ("summit in Singapore"; not "the Hanoi summit").</summary>
    private bool NamesPlace(string phrase, PlaceId place) =>
        kb.TryGetPlace(place, out var p) && p.AllNames.Any(n => Locatives.Any(l => SentenceText.ContainsWord(phrase, l + " " + n)));

    private bool IsLocative(Mention m)
    {
        var (word, start) = SentenceText.WordBefore(text, m.Start, 0);
        if (Determiners.Contains(word))
        {
            (word, _) = SentenceText.WordBefore(text, start, 0);
        }

        return Locatives.Contains(word);
    }

    private Modality ModalityAt(Sentence sentence, int start, int end, bool reported, IEnumerable<TemporalMention>? attachedDates = null)
    {
        int sStart = sentence.Span.Start, sEnd = sentence.Span.End;
        if (SentenceText.HasConditionBefore(text, sStart, start) || SentenceText.OpensWithCondition(text, sStart, start))
        {
            return Modality.Conditional;
        }

        int clauseStart = SentenceText.ClauseStart(text, sStart, start);
        int clauseEnd = SentenceText.ClauseEnd(text, end, sEnd);
        bool negated = false, future = false, hedged = false;
        foreach (var cue in sentenceMentions)
        {
            // A hedge that governs a complement clause ("it is likely that Pyongyang is using … to attack Seoul", "it is
            // unclear whether …") hedges everything after it in the sentence.
            if (Has(cue, MentionKind.Hedge) && cue.Start >= sStart && cue.End <= start && SentenceText.WordAfter(text, cue.End, start).Word is var next
                && (next.Equals("that", StringComparison.OrdinalIgnoreCase) || next.Equals("whether", StringComparison.OrdinalIgnoreCase)))
            {
                hedged = true;
            }

            if (cue.End <= clauseStart)
            {
                continue;
            }

            if (cue.Start >= clauseEnd)
            {
                break;
            }

            bool before = cue.End <= start;
            int gap = before ? SentenceText.CountWords(text, cue.End, start) : cue.Start >= end ? SentenceText.CountWords(text, end, cue.Start) : -1;
            if (gap < 0 || SentenceText.SeparatesClauses(text, Math.Min(cue.End, end), Math.Max(cue.Start, start)))
            {
                continue;
            }

            // A negated infinitive negates its own verb: in "urged the North not to close the window of dialogue" the
            // closing is negated, not the urging the phrase names ("no agreement was signed" still negates the signing).
            negated |= Has(cue, MentionKind.Negation) && before && gap <= 3
                && !sentenceMentions.Any(o => o.Start >= cue.End && o.End <= start && Has(o, MentionKind.Trigger)
                    && text.AsSpan(cue.End, o.Start - cue.End).Trim(" \t\r\n\u00a0\"“”‘’'").Equals("to", StringComparison.OrdinalIgnoreCase));
            future |= Has(cue, MentionKind.Future) && before && gap <= 4;
            hedged |= Has(cue, MentionKind.Hedge) && (before || gap <= 2);
        }

        future |= attachedDates?.Any(d => d.Tense == TemporalTense.Future) == true;
        hedged |= text.AsSpan(sStart, sEnd - sStart).TrimEnd().EndsWith("?");
        return negated ? Modality.Negated : future ? Modality.Future : hedged ? Modality.Hedged : reported ? Modality.Reported : Modality.Asserted;
    }

    /// <summary>
    /// Resolves an offset from another event ("five months earlier", "days before the summit"): when the expression
    /// is followed by the event it counts from, that event is the reference and the mention before it gets the date.
    /// Otherwise the offset counts from the narrative's reference time: the last date with a stated year written
    /// earlier in the same sentence ("opened in September 2018 … signed at their first summit five months earlier"),
    /// whether or not an event was linked to it; failing that, the last catalogued event the text dated before the
    /// expression.
    /// The date goes to the mention before the expression.
    /// </summary>
    private void ResolveRelative(TemporalMention r, List<Anchor> anchors, List<TemporalMention> sentenceDates)
    {
        if (r.Offset is not { } offset)
        {
            return;
        }

        var target = anchors.LastOrDefault(a => a.End <= r.Start && a.Linked is not null);
        if (target?.Linked is not { } targetEvent || target.Dates.Count > 0)
        {
            return;
        }

        DateEstimate? reference = null;
        string last = r.Text.Split(' ')[^1];
        if (last.Equals("before", StringComparison.OrdinalIgnoreCase) || last.Equals("after", StringComparison.OrdinalIgnoreCase))
        {
            var next = anchors.FirstOrDefault(a => a.Start >= r.End && a.Linked is not null);
            if (next?.Linked is { } nextEvent)
            {
                reference = next.LinkedDate ?? (kb.TryGetEvent(nextEvent, out var e) ? e.Date : null);
            }
        }
        else
        {
            reference = sentenceDates.LastOrDefault(d => d.End <= r.Start && d.Kind is TemporalMentionKind.Date or TemporalMentionKind.Span
                && d.Value is { IsYearStated: true })?.Value;
            for (int i = datedEvents.Count - 1; i >= 0 && reference is null; i--)
            {
                // Only catalogued events set the narrative's time across sentences: a provisional event is a passing
                // mention ("till early 2017, when South Korea pulled out" does not date "the same day" that follows).
                if (datedEvents[i].Event != targetEvent && datedEvents[i].Position < target.Start
                    && kb.TryGetEvent(datedEvents[i].Event, out _))
                {
                    reference = datedEvents[i].Date;
                    break;
                }
            }
        }

        if (reference is not { } refDate || Shift(refDate, offset) is not { } value)
        {
            return;
        }

        if (!refDate.IsYearStated)
        {
            // Counted from "22 March", the result states no year either; "two years after 22 March" says nothing.
            if (value.Precision >= DatePrecision.Year)
            {
                return;
            }

            value = value.WithYearUnstated();
        }

        var subject = EntityRef.From(targetEvent);
        Add(subject, Facet.Date, ClaimValue.FromDate(value), target.Start, r.End, target.Attribution, target.Modality);
        datedEvents.Add((target.Start, targetEvent, value));
    }

    /// <summary>Moves a date by an offset: the interval of every day the offset allows, as precise as the reference and the unit.</summary>
    internal static DateEstimate? Shift(DateEstimate reference, TemporalOffset offset)
    {
        try
        {
            return ShiftCore(reference, offset);
        }
        catch (OverflowException)
        {
            // Past the calendar's edge (before 0001-01-01 or after 9999-12-31): no date to give.
            return null;
        }
    }

    private static DateEstimate? ShiftCore(DateEstimate reference, TemporalOffset offset)
    {
        var amount = offset.Amount;
        int min = amount.MinimumCount, max = amount.MaximumCount;
        if (amount.Qualifier == AmountQualifier.About)
        {
            (min, max) = (Math.Max(0, min - 1), max + 1);
        }
        else if (amount.Qualifier is AmountQualifier.LessThan or AmountQualifier.MoreThan or AmountQualifier.AtLeast)
        {
            return null;
        }

        LocalDate Move(LocalDate date, int count) => amount.Unit switch
        {
            TemporalUnit.Day or TemporalUnit.Hour => date.PlusDays(amount.Unit == TemporalUnit.Hour ? count / 24 : count),
            TemporalUnit.Week => date.PlusWeeks(count),
            TemporalUnit.Month => date.PlusMonths(count),
            TemporalUnit.Year => date.PlusYears(count),
            _ => date.PlusYears(count * 10),
        };

        var (start, end) = offset.Direction switch
        {
            OffsetDirection.Earlier => (Move(reference.Start, -max), Move(reference.End, -min)),
            OffsetDirection.Later => (Move(reference.Start, min), Move(reference.End, max)),
            _ => (reference.Start, reference.End),
        };

        if (reference.Precision == DatePrecision.Month && amount.Unit is TemporalUnit.Month or TemporalUnit.Year && min == max)
        {
            return DateEstimate.FromMonth(start.Year, start.Month);
        }

        if (reference.Precision == DatePrecision.Year && amount.Unit == TemporalUnit.Year && min == max)
        {
            return DateEstimate.FromYear(start.Year);
        }

        return DateEstimate.FromInterval(start, end);
    }

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

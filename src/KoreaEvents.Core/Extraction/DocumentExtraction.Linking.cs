using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Extraction;

/// <content>An anchor linked to an event and turned into claims: its actors and their roles, its location, its modality.</content>
internal sealed partial class DocumentExtraction
{
    private void LinkAndClaim(Sentence sentence, Anchor a)
    {
        var stated = a.Dates.Select(d => d.Value!.Value).ToList();

        // Vague spans ("in recent weeks") date a claim but are too loose to support a link.
        var linkingDates = a.Dates.Where(d => d.Value!.Value.Modifier != DateModifier.Approximate).Select(d => d.Value!.Value).ToList();
        a.Attribution = AttributionAt(a.Start);
        a.Modality = ModalityAt(sentence, a.Start, a.End, a.Attribution is not null, a.Dates);
        if (a.Modality is Modality.Asserted or Modality.Reported && IsThreatened(a))
        {
            a.Modality = Modality.Future;
        }
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

    /// <summary>Whether the anchor names what a threat threatens ("threatened to destroy the office", "threatened a complete
    /// withdrawal", "warned of a withdrawal"): the act is threatened, not done.</summary>
    private bool IsThreatened(Anchor a)
    {
        if (a.Codes.Any(c => c.Type == EventType.Threaten))
        {
            return false;
        }

        foreach (var m in sentenceMentions)
        {
            if (m.End > a.Start)
            {
                break;
            }

            if (!m.Candidates.Any(c => c.Kind == MentionKind.Trigger && c.Code.Type == EventType.Threaten) || SentenceText.CountWords(text, m.End, a.Start) > 3
                || SentenceText.SeparatesClauses(text, m.End, a.Start) || text.AsSpan(m.End, a.Start - m.End).IndexOfAny(",;:()") >= 0)
            {
                continue;
            }

            var between = text[m.End..a.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // Only determiners and modifiers between ("a complete", "to"): not a name, a conjunction or a preposition.
            if (between.All(w => (!NominalObjectWords.Contains(w) || w is "of" or "to") && w is not ("and" or "or" or "but") && !char.IsUpper(w[0])))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>The sentence's clause analyser and its actor phrases, built once per sentence.</summary>
    private (ClauseAnalyzer Analyzer, List<Mention> Actors, int Sentence)? clauses;

    private (ClauseAnalyzer Analyzer, List<Mention> Actors) ClausesOf(Sentence sentence)
    {
        if (clauses is { } c && c.Sentence == sentence.Index)
        {
            return (c.Analyzer, c.Actors);
        }

        var actors = new List<Mention>();
        foreach (var m in sentenceMentions)
        {
            // A name inside a word ("Anti-Kim leaflets") is not a noun phrase of the clause.
            // "Trump-Kim" joins two names: both are phrases.
            bool insideWord = m.Start > 0 && (char.IsLetterOrDigit(text[m.Start - 1])
                || (text[m.Start - 1] == '-' && !(actors.Count > 0 && actors[^1].End == m.Start - 1)));
            if (ActorOf(m) is not null && !insideWord && (actors.Count == 0 || actors[^1].End <= m.Start))
            {
                actors.Add(m);
            }
        }

        var cues = sentenceMentions.Where(m => Has(m, MentionKind.Attribution)).Select(m => (m.Start, m.End)).ToList();
        var analyzer = new ClauseAnalyzer(text, sentence.Span.Start, sentence.Span.End, actors.Select(m => (m.Start, m.End)).ToList(), cues);
        clauses = (analyzer, actors, sentence.Index);
        return (analyzer, actors);
    }

    /// <summary>The role a clause relation gives an actor in an event (null: none it states).</summary>
    private static ParticipantRole? RoleFor(ClauseRelation relation, bool symmetric, bool nominal, EventCode code) => relation switch
    {
        ClauseRelation.None => null,
        _ when symmetric => relation is ClauseRelation.Against or ClauseRelation.From or ClauseRelation.Agent && !nominal ? null : ParticipantRole.Participant,
        ClauseRelation.Subject or ClauseRelation.Agent or ClauseRelation.Possessor or ClauseRelation.GoverningSubject => ParticipantRole.Initiator,
        // "a New Year's message from North Korea", "aid from China": the actor the act comes from is its initiator (but one
        // withdraws from what one leaves: "withdrew from talks").
        ClauseRelation.From => nominal && code.Type != EventType.Retreat ? ParticipantRole.Initiator : null,
        // "severed links with Seoul": the other side of a one-sided act is its target.
        ClauseRelation.Object or ClauseRelation.PassiveSubject or ClauseRelation.Of or ClauseRelation.Against or ClauseRelation.With => ParticipantRole.Target,
        _ => null,
    };

    /// <summary>The actors the sentence gives the event, with the role its clause structure gives each (null: none it states).</summary>
    private List<(ActorId Actor, ParticipantRole? Role, int Start, int End)> Roles(Sentence sentence, Anchor a, Event? linked)
    {
        int sStart = sentence.Span.Start;
        var code = linked?.Code ?? (a.Codes.Count > 0 ? a.Codes[0] : default);
        bool symmetric = IsSymmetric(code, linked);
        bool passive = SentenceText.IsPassive(text, sStart, a.Start);
        bool nominal = IsNominal(a, sStart);
        var (analyzer, actors) = ClausesOf(sentence);
        var readings = analyzer.Relate(a.Start, a.End);
        var result = new List<(ActorId, ParticipantRole?, int, int)>();
        bool hasSubject = false;
        var closestBefore = a.Actors.LastOrDefault(m => m.End <= a.Start && !SentenceText.SeparatesClauses(text, m.End, a.Start));
        var closestAfter = a.Actors.FirstOrDefault(m => m.Start >= a.End && !SentenceText.SeparatesClauses(text, a.End, m.Start) && SentenceText.CountWords(text, a.End, m.Start) <= 5);
        for (int i = 0; i < actors.Count; i++)
        {
            var m = actors[i];
            bool attached = a.Actors.Contains(m);
            var reading = readings.TryGetValue(i, out var r) ? r : default;
            if (!attached && reading.Relation == ClauseRelation.None)
            {
                continue;
            }

            // A speaker named by an attribution frame is not the actor, unless the clause reaches it through a pronoun
            // ("The North said it would withdraw").
            if (!attached && !reading.ThroughPronoun && IsAttributionName(m.Start, m.End))
            {
                continue;
            }

            var id = ActorOf(m)!.Id;
            ParticipantRole? role;
            if (SentenceText.HasOrderCueBefore(text, sStart, m.Start))
            {
                role = ParticipantRole.OrderedBy;
            }
            else if (symmetric && reading.Relation == ClauseRelation.None)
            {
                // A symmetric event needs no syntax to say who took part: a near name in the clause, or the nearest on
                // either side, did.
                role = Weight(a, m) == 1 || m == closestBefore || m == closestAfter ? ParticipantRole.Participant : null;
            }
            else
            {
                role = RoleFor(reading.Relation, symmetric, nominal, code);
            }

            hasSubject |= reading.Relation is ClauseRelation.Subject or ClauseRelation.PassiveSubject or ClauseRelation.Possessor;
            if (!result.Any(x => x.Item1 == id && x.Item2 == role))
            {
                result.Add((id, role, m.Start, m.End));
            }
        }

        // An unknown name right before the trigger acts in it ("Ruritania withdrew from the talks").
        if (!symmetric && !passive && !hasSubject)
        {
            var (word, wordStart) = SentenceText.WordBefore(text, a.Start, sStart);
            if (word.EndsWith("ly", StringComparison.Ordinal))
            {
                (word, wordStart) = SentenceText.WordBefore(text, wordStart, sStart);
            }

            if (word.Length > 1 && char.IsUpper(word[0]) && !SentenceText.IsFunctionWord(word) && !sentenceMentions.Any(m => m.Start < wordStart + word.Length && wordStart < m.End))
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

    /// <summary>How far (in characters) around a phrase <see cref="ModalityAt"/> looks for its cues. Far wider than a
    /// clause of news text; it keeps a sentence of thousands of phrases (hostile input) linear instead of phrases ×
    /// sentence length.</summary>
    internal const int ModalityReach = 1000;

    private Modality ModalityAt(Sentence sentence, int start, int end, bool reported, IEnumerable<TemporalMention>? attachedDates = null)
    {
        int sStart = Math.Max(sentence.Span.Start, start - ModalityReach), sEnd = Math.Min(sentence.Span.End, end + ModalityReach);
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
        hedged |= text.AsSpan(sentence.Span.Start, sentence.Span.Length).TrimEnd().EndsWith("?");
        return negated ? Modality.Negated : future ? Modality.Future : hedged ? Modality.Hedged : reported ? Modality.Reported : Modality.Asserted;
    }
}

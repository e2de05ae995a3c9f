using System.Globalization;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Extraction;

/// <summary>What a sentence says about one event mention, as the linker scores it.</summary>
/// <remarks>Each actor and place carries a weight: 1 near the mention, less when it stands further off (other clauses, the discourse topic).</remarks>
internal sealed record EventCues(
    IReadOnlyList<(EventId Event, string Phrase)> NamedEvents,
    IReadOnlyList<EventCode> Codes,
    IReadOnlyList<(ActorId Actor, double Weight)> Actors,
    IReadOnlyList<(PlaceId Place, double Weight)> Places,
    IReadOnlyList<DateEstimate> Dates,
    bool Speculative);

/// <summary>The linker's decision for one event mention.</summary>
internal sealed record LinkDecision(EventLinkStatus Status, Event? Event, double Score, IReadOnlyList<string> Evidence, IReadOnlyList<EventId> Alternatives);

/// <summary>
/// Scores a sentence's event mention against the catalogue. The score without the date adds: a naming phrase (6), the
/// trigger's code (3 when type and mode agree, 2 for the type alone), each actor taking part (2 for a person or body,
/// 1 for a state or through its country), the place (2 when the text names the event's place or a place containing it, 1 for a place inside it),
/// actors and places weighted by how near the mention they stand (each catalogued participant counted once). A naming
/// phrase links on its own. A trigger needs <see cref="Threshold"/> and either a stated date that fits or an event
/// within <see cref="RecentYears"/> before the document; or <see cref="Threshold"/> − 1 with a fitting date (or, with
/// no date stated, an event in the month before the document), and something specific besides states (a person or
/// body taking part, the place, a fitting date); in a hedged, negated, future or conditional statement
/// it needs <see cref="StrongDescription"/> (a prediction describes an event, it does not report one). Dates only choose among candidates within <see cref="TieMargin"/> of the
/// best (two events of one kind at different times are never merged); a stated date that conflicts with the
/// catalogue keeps the link (and becomes a conflicting date claim) when the mention names the event or describes it
/// strongly (<see cref="StrongDescription"/>) within a year; otherwise it vetoes the link. With no stated date, the
/// document's date chooses the one tied candidate in the month before it. Events that begin after the document's
/// anchor date are never candidates.
/// </summary>
internal sealed class EventLinker(KnowledgeBase knowledgeBase)
{
    public const double Threshold = 5;
    public const double TieMargin = 1;
    public const double StrongDescription = 7;

    /// <summary>How many years before the document a trigger alone (with no stated date) may reach back.</summary>
    public const int RecentYears = 2;
    private const double PhraseWeight = 6;

    public LinkDecision Link(EventCues cues, LocalDate? anchor)
    {
        var scored = new List<(Event Event, double Score, List<string> Why, bool Named)>();
        foreach (var ev in knowledgeBase.Events)
        {
            if (anchor is { } a && ev.Date.Start > CalendarMath.PlusDaysClamped(a, 7))
            {
                continue;
            }

            var why = new List<string>();
            double score = 0;
            bool named = false;
            foreach (var (id, phrase) in cues.NamedEvents)
            {
                if (id == ev.Id)
                {
                    score += PhraseWeight;
                    named = true;
                    why.Add($"the phrase '{phrase}' names it");
                    break;
                }
            }

            bool specific = false;
            double typeScore = 0;
            foreach (var code in cues.Codes)
            {
                double s = code == ev.Code ? 3 : code.Type == ev.Code.Type ? 2 : 0;
                if (s > typeScore)
                {
                    typeScore = s;
                }
            }

            if (!named && typeScore == 0)
            {
                continue;
            }

            if (typeScore > 0)
            {
                score += typeScore;
                why.Add(typeScore == 3 ? $"trigger type {ev.Code}" : $"trigger type {ev.Code.Type}");
            }

            // Each of the event's participants is matched once, by the best name the sentence gives for it.
            foreach (var p in ev.Participants)
            {
                double match = 0;
                ActorId? by = null;
                foreach (var (actor, weight) in cues.Actors)
                {
                    double s = (actor == p.Actor ? ActorWeight(actor) : Related(actor, p.Actor) ? 1 : 0) * weight;
                    if (s > match)
                    {
                        match = s;
                        by = actor;
                    }
                }

                if (match > 0)
                {
                    score += match;
                    specific |= by == p.Actor && ActorWeight(p.Actor) > 1;
                    why.Add(by == p.Actor ? $"participant {p.Actor}" : $"participant {p.Actor} (as {by})");
                }
            }

            double placeScore = 0;
            PlaceId? placeSeen = null;
            foreach (var (place, weight) in cues.Places)
            {
                double s = PlaceScore(ev, place) * weight;
                if (s > placeScore)
                {
                    placeScore = s;
                    placeSeen = place;
                }
            }

            if (placeScore > 0)
            {
                score += placeScore;
                specific |= placeScore >= 1;
                why.Add($"place {placeSeen}");
            }

            bool fits = cues.Dates.Any(d => Fits(d, ev.Date));
            bool recent = anchor is not { } day || (ev.Date.End <= day && ev.Date.End >= CalendarMath.PlusYearsClamped(day, -RecentYears));
            bool lastMonth = anchor is { } today && cues.Dates.Count == 0 && ev.Date.End <= today && ev.Date.End >= CalendarMath.PlusDaysClamped(today, -31);
            // States take part in almost everything: a trigger needs something specific (a person or body, a place, a date).
            bool eligible = named
                || (specific || fits) && (cues.Speculative ? score >= StrongDescription && (fits || recent)
                    : (score >= Threshold && (fits || recent)) || (score >= Threshold - 1 && (fits || lastMonth)));
            if (eligible)
            {
                scored.Add((ev, score, why, named));
            }
        }

        if (scored.Count == 0)
        {
            return new LinkDecision(EventLinkStatus.Unlinked, null, 0, [], []);
        }

        scored.Sort((x, y) => y.Score.CompareTo(x.Score));
        double best = scored[0].Score;
        var tied = scored.Where(s => s.Score >= best - TieMargin).ToList();

        // Dates decide only between candidates the rest cannot tell apart.
        if (tied.Count > 1 && cues.Dates.Count > 0)
        {
            var fitting = tied.Where(s => cues.Dates.Any(d => Fits(d, s.Event.Date))).ToList();
            if (fitting.Count > 0)
            {
                foreach (var f in fitting)
                {
                    f.Why.Add("the stated date fits");
                }

                tied = fitting;
            }
        }

        // With no stated date, the document's own date chooses a recent event (news reports what just happened).
        if (tied.Count > 1 && cues.Dates.Count == 0 && anchor is { } now)
        {
            var recent = tied.Where(s => s.Event.Date.End <= now && s.Event.Date.End >= CalendarMath.PlusDaysClamped(now, -31)).ToList();
            if (recent.Count == 1)
            {
                recent[0].Why.Add("the only candidate in the month before the document");
                tied = recent;
            }
        }

        if (tied.Count > 1)
        {
            return new LinkDecision(EventLinkStatus.Ambiguous, null, best, [$"{tied.Count} catalogued events fit within {TieMargin} of each other"],
                tied.Select(t => t.Event.Id).ToList());
        }

        var chosen = tied[0];
        foreach (var date in cues.Dates)
        {
            if (!Fits(date, chosen.Event.Date))
            {
                bool keep = chosen.Named || (chosen.Score >= StrongDescription && GapInDays(date, chosen.Event.Date) < 366);
                if (!keep)
                {
                    return new LinkDecision(EventLinkStatus.Unlinked, null, 0,
                        [$"the stated date {date} rules out {chosen.Event.Id} ({chosen.Event.Date}), which the rest only describes"], []);
                }

                chosen.Why.Add($"the stated date {date} conflicts with the catalogue's {chosen.Event.Date}");
            }
        }

        var alternatives = scored.Where(s => s.Event != chosen.Event && s.Score >= best - TieMargin).Select(s => s.Event.Id).ToList();
        var evidence = new List<string>(chosen.Why.Count + 1) { string.Create(CultureInfo.InvariantCulture, $"score {chosen.Score:0.0}") };
        evidence.AddRange(chosen.Why);
        return new LinkDecision(EventLinkStatus.Catalogued, chosen.Event, chosen.Score, evidence, alternatives);
    }

    /// <summary>Whether a stated date fits an event's date: overlap, and for a date without a stated year, the same month and day.</summary>
    internal static bool Fits(DateEstimate stated, DateEstimate known) => stated.IsCompatibleWith(known);

    private static int GapInDays(DateEstimate a, DateEstimate b)
    {
        var (x, y) = a.End < b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return x >= y ? 0 : Period.Between(x, y, PeriodUnits.Days).Days;
    }

    /// <summary>A state takes part in most events of its region, so naming it says less (1) than naming a person or body (2).</summary>
    private double ActorWeight(ActorId actor) => knowledgeBase.TryGetActor(actor, out var a) && a.Kind == ActorKind.State ? 1 : 2;

    /// <summary>Whether one actor is the other's country (Kim Jong Un and North Korea).</summary>
    private bool Related(ActorId a, ActorId b) =>
        (knowledgeBase.TryGetActor(a, out var x) && x.Country == b) || (knowledgeBase.TryGetActor(b, out var y) && y.Country == a);

    private double PlaceScore(Event ev, PlaceId place)
    {
        if (ev.Place is not { } eventPlace)
        {
            return 0;
        }

        if (knowledgeBase.IsWithin(eventPlace, place))
        {
            // The text names the event's place or a place containing it; a whole country or region says little.
            return knowledgeBase.TryGetPlace(place, out var p) && p.Kind is PlaceKind.Country or PlaceKind.Region && place != eventPlace ? 0.5 : 2;
        }

        return knowledgeBase.IsWithin(place, eventPlace) ? 1 : 0;
    }
}

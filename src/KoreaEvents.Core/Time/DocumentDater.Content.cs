using System.Globalization;
using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <content>Content evidence: known events and stated dates the sentences tie to expressions, turned into constraints on the document date.</content>
public sealed partial class DocumentDater
{
    private void CollectContent(string text, IReadOnlyList<TemporalMention> mentions, List<StatedDate> stated, List<(int Start, int End)> excluded, List<Constraint> constraints,
        List<Deferred> deferred)
    {
        bool InStatedLine(int start, int end) =>
            stated.Exists(s => start < s.Start + s.Length && s.Start < end) || excluded.Exists(x => start < x.End && x.Start < end);

        var sentences = TemporalScanner.Sentences(text);
        var hitsBySentence = new Dictionary<int, List<Hit>>();
        var sentenceEnds = sentences.ToDictionary(s => s.Start, s => s.End);
        for (int i = 0; i < sentences.Count; i++)
        {
            var (start, end) = sentences[i];
            var hits = FindHits(text, start, end);
            if (hits.Count > 0)
            {
                hitsBySentence[start] = hits;
            }
        }

        var seenPastDates = new HashSet<LocalDate>();
        foreach (var mention in mentions)
        {
            if (InStatedLine(mention.Start, mention.End))
            {
                continue;
            }

            if (mention.Spec.NeedsAnchor && hitsBySentence.TryGetValue(mention.SentenceStart, out var hits))
            {
                // The nearest event phrase in the same clause whose date the expression can reach. A date inside the
                // phrase ("the November election", "the April 15 parliamentary elections") is part of the name: it says
                // when the event was, and the phrase itself is weighed below.
                foreach (var hit in hits.Where(h => SameClause(text, h, mention) && !(h.Start <= mention.Start && mention.End <= h.End)).OrderBy(h => Distance(h, mention)))
                {
                    if (IsAmbiguous(hits, hit))
                    {
                        // "the November election" names several elections: each gives its own interval, and the one
                        // the other evidence agrees with is chosen once that evidence is weighed.
                        var ranges = hits.Where(h => h.Start == hit.Start && h.End == hit.End && !h.Event.RecursYearly)
                            .Select(h => (h, AnchorsWhereOverlapping(mention, h.Date)))
                            .Where(x => x.Item2 is not null)
                            .Select(x => new Alternative(x.h.Event.Key, x.h.Date, x.Item2!.Value.Low, x.Item2!.Value.High))
                            .ToList();
                        if (ranges.Count > 0)
                        {
                            bool yearlessMention = mention.Reference == TemporalReference.Absolute;
                            int names = hits.Count(h => h.Start == hit.Start && h.End == hit.End);
                            deferred.Add(new Deferred(DeferredKind.Range, mention.Text, mention.Start, mention.Length, text[hit.Start..hit.End], ranges, yearlessMention ? 1 : 2) { Names = names });
                            break;
                        }

                        continue;
                    }

                    if (AnchorsWhereOverlapping(mention, hit.Date) is { } range)
                    {
                        // A yearless date ("in February") fixes the document's year only through the writer's habit
                        // of leaving out the current year: weaker evidence than an expression counted from the document.
                        bool yearless = mention.Reference == TemporalReference.Absolute;
                        string weak = yearless ? " (weak: the text states no year)" : string.Empty;
                        constraints.Add(new Constraint(PublicationEvidence.KnownEventExpression, mention.Text, mention.Start, mention.Length, range.Low, range.High, hit.Event.Key, null,
                            $"\"{mention.Text}\" refers to {hit.Event.Key} ({hit.Date}, \"{text[hit.Start..hit.End]}\"): the document date lies in {Range(range.Low, range.High)}{weak}.")
                        {
                            Weight = yearless ? 1 : 2,
                        });
                        break;
                    }
                }

                continue;
            }

            if (mention.Spec.Kind == SpecKind.Fixed && mention.Tense == TemporalTense.Past && mention.Value is { } value && seenPastDates.Add(value.Start))
            {
                constraints.Add(new Constraint(PublicationEvidence.PastDate, mention.Text, mention.Start, mention.Length, value.Start, null, null, null,
                    $"\"{mention.Text}\" ({value}) is told in the past tense: the document is not earlier than {Iso(value.Start)}."));
            }
        }

        var seenEvents = new HashSet<(string, bool)>();

        // Evidence from a cue word alone ("ahead of X", "after X" in a present-tense clause) comes after what tense and
        // anticipation say about the same event: it is added only where those say nothing on that side.
        var cueConstraints = new List<(string Key, bool Upper, Constraint Constraint)>();
        foreach (var (sentenceStart, hits) in hitsBySentence)
        {
            int sentenceEnd = sentenceEnds[sentenceStart];
            var doneSpans = new HashSet<(int, int)>();
            foreach (var hit in hits)
            {
                if (InStatedLine(hit.Start, hit.End))
                {
                    continue;
                }

                var (tense, anticipated) = TemporalScanner.TenseAt(text, sentenceStart, sentenceEnd, hit.Start, hit.End);
                string phrase = text[hit.Start..hit.End];
                var cue = CueBefore(text, sentenceStart, hit.Start);
                bool upper = anticipated || (cue == EventCue.Before && tense != TemporalTense.Past);
                bool lower = !upper && (cue == EventCue.Since || (cue == EventCue.After && tense != TemporalTense.Future) || tense == TemporalTense.Past);
                string told = anticipated ? "is still to come" : cue switch
                {
                    EventCue.Before => $"comes after the time of writing (\"{CueWords(cue)}\")",
                    EventCue.Since or EventCue.After => $"lies before the time of writing (\"{CueWords(cue)}\")",
                    _ => "is told in the past tense",
                };
                if (IsAmbiguous(hits, hit))
                {
                    var group = hits.Where(h => h.Start == hit.Start && h.End == hit.End).ToList();
                    string groupKey = string.Join('|', group.Select(h => h.Event.Key));
                    if ((upper || lower) && doneSpans.Add((hit.Start, hit.End)) && seenEvents.Add((groupKey, upper)))
                    {
                        var alternatives = group.Select(h => new Alternative(h.Event.Key, h.Date, h.Date.Start, h.Date.End) { Yearly = h.Event.RecursYearly }).ToList();
                        deferred.Add(new Deferred(upper ? DeferredKind.NotAfter : DeferredKind.NotBefore, phrase, hit.Start, hit.End - hit.Start, told, alternatives, 2) { Names = group.Count });
                    }

                    continue;
                }

                if (!anticipated && upper)
                {
                    cueConstraints.Add((hit.Event.Key, true, new Constraint(PublicationEvidence.KnownEventMention, phrase, hit.Start, hit.End - hit.Start, null, hit.Date.End, hit.Event.Key, null,
                        $"\"{phrase}\" ({hit.Event.Key}, {hit.Date}) {told}: the document is not later than {Iso(hit.Date.End)}.")));
                }
                else if (!anticipated && lower && tense != TemporalTense.Past)
                {
                    cueConstraints.Add((hit.Event.Key, false, new Constraint(PublicationEvidence.KnownEventMention, phrase, hit.Start, hit.End - hit.Start, hit.Date.Start, null, hit.Event.Key, null,
                        $"\"{phrase}\" ({hit.Event.Key}, {hit.Date}) {told}: the document is not earlier than {Iso(hit.Date.Start)}.")));
                }
                else if (anticipated && seenEvents.Add((hit.Event.Key, true)))
                {
                    constraints.Add(new Constraint(PublicationEvidence.KnownEventMention, phrase, hit.Start, hit.End - hit.Start, null, hit.Date.End, hit.Event.Key, null,
                        $"\"{phrase}\" ({hit.Event.Key}, {hit.Date}) is still to come: the document is not later than {Iso(hit.Date.End)}."));
                }
                else if (!anticipated && tense == TemporalTense.Past && seenEvents.Add((hit.Event.Key, false)))
                {
                    constraints.Add(new Constraint(PublicationEvidence.KnownEventMention, phrase, hit.Start, hit.End - hit.Start, hit.Date.Start, null, hit.Event.Key, null,
                        $"\"{phrase}\" ({hit.Event.Key}, {hit.Date}) is told in the past tense: the document is not earlier than {Iso(hit.Date.Start)}."));
                }
            }
        }

        constraints.AddRange(cueConstraints.OrderBy(c => c.Constraint.Start).Where(c => seenEvents.Add((c.Key, c.Upper))).Select(c => c.Constraint));
        constraints.Sort((a, b) => (a.Start ?? int.MaxValue).CompareTo(b.Start ?? int.MaxValue));
    }

    /// <summary>Whether no clause break (comma, semicolon, colon, dash, bracket) lies between the phrase and the expression.</summary>
    private static bool SameClause(string text, Hit hit, TemporalMention mention)
    {
        int from = Math.Min(hit.End, mention.End);
        int to = Math.Max(hit.Start, mention.Start);
        return from >= to || text.AsSpan(from, to - from).IndexOfAny(",;:—–()") < 0;
    }

    private static int Distance(Hit hit, TemporalMention mention) =>
        hit.End <= mention.Start ? mention.Start - hit.End : mention.End <= hit.Start ? hit.Start - mention.End : 0;

    private List<Hit> FindHits(string text, int start, int end)
    {
        var hits = new List<Hit>();
        var sentence = text.AsSpan(start, end - start);
        foreach (var known in knownEvents.Events)
        {
            foreach (var phrase in known.Phrases)
            {
                int from = 0;
                while (from < sentence.Length)
                {
                    int at = sentence[from..].IndexOf(phrase.AsSpan(), StringComparison.OrdinalIgnoreCase);
                    if (at < 0)
                    {
                        break;
                    }

                    at += from;
                    int hitStart = start + at;
                    int hitEnd = hitStart + phrase.Length;
                    bool boundaries = (hitStart == 0 || !char.IsLetterOrDigit(text[hitStart - 1])) && (hitEnd == text.Length || !char.IsLetterOrDigit(text[hitEnd]));
                    if (boundaries && !hits.Exists(h => h.Event == known && h.Start < hitEnd && hitStart < h.End))
                    {
                        hits.Add(new Hit(known, hitStart, hitEnd, AnniversaryShift(text, start, hitStart, known.Date)));
                    }

                    from = at + 1;
                }
            }
        }

        // A yearly fact's phrase names the day, not the event inside it: "the Korean War anniversary" is no mention of the war.
        hits.RemoveAll(h => hits.Exists(o => o.Event.RecursYearly && o.Event != h.Event && o.Start <= h.Start && h.End <= o.End && o.End - o.Start > h.End - h.Start));
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    /// <summary>"the second anniversary of the Singapore summit" refers to the day two years after the summit.</summary>
    private static DateEstimate AnniversaryShift(string text, int sentenceStart, int hitStart, DateEstimate date)
    {
        var before = text[sentenceStart..hitStart].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        const string Marker = "anniversary of";
        if (!before.EndsWith(Marker, StringComparison.OrdinalIgnoreCase))
        {
            return date;
        }

        before = before[..^Marker.Length].TrimEnd();
        int space = before.LastIndexOf(' ');
        var word = before[(space + 1)..].ToLowerInvariant();
        int years = word switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            "fifth" or "5th" => 5,
            "sixth" or "6th" => 6,
            "seventh" or "7th" => 7,
            "eighth" or "8th" => 8,
            "ninth" or "9th" => 9,
            "tenth" or "10th" => 10,
            _ => 0,
        };
        if (years == 0 && word.EndsWith("th", StringComparison.Ordinal) && int.TryParse(word.AsSpan(0, word.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            years = n;
        }

        return years is > 0 and < 1000 && CalendarMath.TryPlusYears(date.End, years) is { } end
            ? DateEstimate.FromInterval(date.Start.PlusYears(years), end)
            : date;
    }

    /// <summary>
    /// The days on which <paramref name="mention"/>, anchored there, overlaps <paramref name="eventDate"/>: found by
    /// trying each day of a window around the event (bounded by how far the expression can reach).
    /// </summary>
    private static (LocalDate Low, LocalDate High)? AnchorsWhereOverlapping(TemporalMention mention, DateEstimate eventDate)
    {
        int reach = Reach(mention.Spec);
        LocalDate? low = null;
        LocalDate? high = null;
        var first = CalendarMath.PlusDaysClamped(eventDate.Start, -reach);

        // An event with no known end overlaps every anchor from some day on: scan only past its start, and let an
        // overlap at the end of the scan stand for every later day.
        var last = eventDate.IsOpenEnded ? CalendarMath.PlusDaysClamped(eventDate.Start, reach) : CalendarMath.PlusDaysClamped(eventDate.End, reach);
        int days = Period.Between(first, last, PeriodUnits.Days).Days;
        for (int i = 0; i <= days; i++)
        {
            var day = first.PlusDays(i);
            if (mention.Spec.Resolve(day, mention.Tense) is not { } value)
            {
                continue;
            }

            var start = value.Start;
            var end = value.End;
            if (value.Modifier == DateModifier.Approximate)
            {
                start = CalendarMath.PlusDaysClamped(start, -value.LengthInDays);
                end = CalendarMath.PlusDaysClamped(end, value.LengthInDays);
            }

            if (start <= eventDate.End && eventDate.Start <= end)
            {
                low ??= day;
                high = day;
            }
        }

        if (eventDate.IsOpenEnded && high == last)
        {
            high = LocalDate.MaxIsoValue;
        }

        return low is { } l && high is { } h ? (l, h) : null;
    }

    private static int Reach(TemporalSpec spec)
    {
        int unitDays(TemporalUnit unit) => unit switch
        {
            TemporalUnit.Hour or TemporalUnit.Day => 1,
            TemporalUnit.Week => 7,
            TemporalUnit.Month => 31,
            TemporalUnit.Year => 366,
            _ => 3660,
        };

        return spec.Kind switch
        {
            SpecKind.Ago or SpecKind.Rolling => ((spec.Amount.MaximumCount + 2) * unitDays(spec.Unit)) + 31,
            SpecKind.Weekday or SpecKind.Weekend => 21,
            SpecKind.Relative => (3 * unitDays(spec.Unit)) + 31,
            SpecKind.MonthDay => 8 * 366,
            _ => 800,
        };
    }
}

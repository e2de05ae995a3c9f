using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <content>
/// Phrases that name more than one dated fact ("the November election": the US elections of 2016, 2018 and 2020) and
/// facts that recur every year (Liberation Day): the evidence is held back until the rest of the document is weighed,
/// then the one occurrence that agrees with it is taken (the first on or after the earliest day the rest allows, for
/// an upper bound; the last on or before the latest day, for a lower bound). Cue words before a phrase ("ahead of",
/// "before", "since", "after", "following") say on which side of the time of writing the fact lies. Catalogued events
/// alone that share a phrase ("the first summit": Panmunjom in April 2018 and Singapore in June 2018) keep bounding the
/// document each on its own, as they did before dated facts.
/// </content>
public sealed partial class DocumentDater
{
    private enum EventCue
    {
        None,

        /// <summary>"ahead of X", "before X", "prior to X", "until X", "in the run-up to X": X comes after the writing.</summary>
        Before,

        /// <summary>"since X": X lies before the writing.</summary>
        Since,

        /// <summary>"after X", "following X": X lies before the writing (unless the clause looks ahead).</summary>
        After,
    }

    private enum DeferredKind
    {
        /// <summary>The document is not later than the fact.</summary>
        NotAfter,

        /// <summary>The document is not earlier than the fact.</summary>
        NotBefore,

        /// <summary>A date expression tied to the fact allows an interval of document dates per alternative.</summary>
        Range,
    }

    /// <summary>
    /// Whether the hit names a yearly fact, or a dated fact whose phrase also names another fact or event at the same
    /// span. Catalogued events that share a phrase keep bounding the document each on its own, as before dated facts.
    /// </summary>
    private static bool IsAmbiguous(List<Hit> hits, Hit hit) =>
        hit.Event.RecursYearly
        || (hits.Exists(h => h.Event != hit.Event && h.Start == hit.Start && h.End == hit.End)
            && hits.Exists(h => h.Event.IsDatedFact && h.Start == hit.Start && h.End == hit.End));

    /// <summary>
    /// The cue before a phrase, skipping determiners and possessives ("ahead of this year's November election"): the
    /// words come from the temporal vocabulary (<c>before</c>, <c>until</c>, <c>since</c>, <c>after</c>,
    /// <c>following</c>, <c>ahead of</c>, <c>run-up to</c>, <c>prior to</c>).
    /// </summary>
    private static EventCue CueBefore(string text, int sentenceStart, int hitStart)
    {
        var words = new List<string>(4);
        int i = hitStart;
        while (words.Count < 5)
        {
            while (i > sentenceStart && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            int end = i;
            while (i > sentenceStart && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '’' or '-'))
            {
                i--;
            }

            if (i == end)
            {
                break;
            }

            words.Add(text[i..end].ToLowerInvariant());
        }

        Lex Class(string word) => TemporalVocabulary.Default.TryClassify(word, out var c) ? c.Lex : Lex.None;
        int k = 0;
        while (k < words.Count && (Class(words[k]) is Lex.The or Lex.This or Lex.Next or Lex.Coming or Lex.Anticipating or Lex.A
            || words[k].EndsWith("'s", StringComparison.Ordinal) || words[k].EndsWith("’s", StringComparison.Ordinal)))
        {
            k++;
        }

        if (k >= words.Count)
        {
            return EventCue.None;
        }

        return Class(words[k]) switch
        {
            Lex.Before or Lex.Until => EventCue.Before,
            Lex.Since => EventCue.Since,
            Lex.After or Lex.Following => EventCue.After,
            Lex.Of or Lex.To when k + 1 < words.Count && (Class(words[k + 1]) == Lex.Ahead || (Class(words[k + 1]) == Lex.Previous && Class(words[k]) == Lex.To)) => EventCue.Before,
            _ => EventCue.None,
        };
    }

    private static string CueWords(EventCue cue) => cue switch
    {
        EventCue.Before => "ahead of / before",
        EventCue.Since => "since",
        _ => "after / following",
    };

    /// <summary>
    /// Resolves the held-back evidence against the consensus of the rest (<paramref name="low"/>..<paramref name="high"/>;
    /// <paramref name="contentLow"/> and <paramref name="contentHigh"/> say whether something other than the day of
    /// analysis bounds it) and adds the chosen constraint for each.
    /// </summary>
    private static void ResolveDeferred(List<Deferred> deferred, List<Constraint> constraints, LocalDate low, LocalDate high, bool contentLow, bool contentHigh)
    {
        foreach (var d in deferred)
        {
            string many = d.Alternatives.Exists(a => a.Yearly)
                ? "a fact that recurs every year"
                : $"the phrase names {d.Names} known events or dated facts";
            switch (d.Kind)
            {
                case DeferredKind.NotAfter when contentLow:
                {
                    var chosen = d.Alternatives
                        .Select(a => (a.Key, Date: Occurrence(a, low, after: true)))
                        .Where(x => x.Date is { } date && date.End >= low)
                        .OrderBy(x => x.Date!.Value.End)
                        .FirstOrDefault();
                    if (chosen.Date is { } date)
                    {
                        constraints.Add(new Constraint(PublicationEvidence.KnownEventMention, d.Evidence, d.Start, d.Length, null, date.End, chosen.Key, null,
                            $"\"{d.Evidence}\" ({chosen.Key}, {date}) {d.Detail}: the document is not later than {Iso(date.End)} ({many}; this is the first on or after {Iso(low)}, the earliest day the other evidence allows)."));
                    }

                    break;
                }

                case DeferredKind.NotBefore when contentHigh:
                {
                    var chosen = d.Alternatives
                        .Select(a => (a.Key, Date: Occurrence(a, high, after: false)))
                        .Where(x => x.Date is { } date && date.Start <= high)
                        .OrderByDescending(x => x.Date!.Value.Start)
                        .FirstOrDefault();
                    if (chosen.Date is { } date)
                    {
                        constraints.Add(new Constraint(PublicationEvidence.KnownEventMention, d.Evidence, d.Start, d.Length, date.Start, null, chosen.Key, null,
                            $"\"{d.Evidence}\" ({chosen.Key}, {date}) {d.Detail}: the document is not earlier than {Iso(date.Start)} ({many}; this is the last on or before {Iso(high)}, the latest day the other evidence allows)."));
                    }

                    break;
                }

                case DeferredKind.Range when contentLow || contentHigh:
                {
                    var chosen = d.Alternatives.Where(a => a.Low <= high && low <= a.High).OrderBy(a => a.Low).FirstOrDefault();
                    if (chosen is not null)
                    {
                        bool weak = d.Weight < 2;
                        var rangeLow = chosen.Low;
                        var rangeHigh = chosen.High;
                        constraints.Add(new Constraint(PublicationEvidence.KnownEventExpression, d.Evidence, d.Start, d.Length, rangeLow, rangeHigh, chosen.Key, null,
                            $"\"{d.Evidence}\" refers to {chosen.Key} ({chosen.Date}, \"{d.Detail}\"): the document date lies in {Range(rangeLow, rangeHigh)}{(weak ? " (weak: the text states no year)" : string.Empty)} ({many}; this is the one the other evidence agrees with).")
                        {
                            Weight = d.Weight,
                        });
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// The alternative's date; for a yearly fact, its occurrence nearest <paramref name="around"/> on the side asked
    /// (the first ending on or after it, or the last starting on or before it), never before the first occurrence.
    /// </summary>
    private static DateEstimate? Occurrence(Alternative alternative, LocalDate around, bool after)
    {
        if (!alternative.Yearly)
        {
            return alternative.Date;
        }

        var first = alternative.Date.Start;
        int year = after ? Math.Max(first.Year, around.Year) : around.Year;
        for (int tries = 0; tries < 2; tries++, year += after ? 1 : -1)
        {
            if (year < first.Year || CalendarMath.TryPlusYears(first, year - first.Year) is not { } day)
            {
                return null;
            }

            if (after ? day >= around : day <= around)
            {
                return DateEstimate.FromDay(day);
            }
        }

        return null;
    }

    /// <summary>One fact a phrase may name: its key and date, and for an expression the document dates it allows.</summary>
    private sealed record Alternative(string Key, DateEstimate Date, LocalDate Low, LocalDate High)
    {
        public bool Yearly { get; init; }
    }

    /// <summary>Evidence held back until the rest of the document is weighed.</summary>
    private sealed record Deferred(DeferredKind Kind, string Evidence, int Start, int Length, string Detail, List<Alternative> Alternatives, int Weight)
    {
        /// <summary>How many known events and dated facts the phrase names.</summary>
        public int Names { get; init; } = Alternatives.Count;
    }
}

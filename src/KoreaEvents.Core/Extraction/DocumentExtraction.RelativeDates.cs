using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Extraction;

/// <content>Offsets from another event or from the narrative's reference time ("five months earlier"), and shifting a date by an offset.</content>
internal sealed partial class DocumentExtraction
{
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
}

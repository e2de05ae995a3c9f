using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <content>Named and deictic periods: seasons, weekdays, "yesterday", "the end of the month", rolling windows.</content>
internal sealed partial class TemporalScanner
{
    private bool TrySeason(int j, int? shift, bool prefixed, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        var season = (Season)tokens[j].Value;
        int k = j + 1;
        int y = Is(k, Lex.Of) ? k + 1 : k;
        if (IsYearNumber(y))
        {
            end = y + 1;
            spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromSeason(tokens[y].Value, season) };
            return true;
        }

        bool preposition = j > 0 && tokens[j - 1].Lex is Lex.In or Lex.Since or Lex.During or Lex.By or Lex.Until;
        if (shift is null && (tokens[j].Lex == Lex.Fall || !(prefixed || preposition)))
        {
            return false;
        }

        end = k;
        spec = new TemporalSpec { Kind = SpecKind.Season, Season = season, Shift = shift };
        return true;
    }

    private bool TryWeekday(int j, int? shift, out int end, out TemporalSpec spec)
    {
        var firstDay = (IsoDayOfWeek)tokens[j].Value;
        var lastDay = firstDay;
        end = j + 1;
        if ((Is(end, Lex.And) || Is(end, Lex.Or) || Is(end, Lex.Through) || Is(end, Lex.To) || IsPunct(end, '-') || IsPunct(end, '–'))
            && end + 1 < count && tokens[end + 1].Lex == Lex.Weekday && tokens[end + 1].Capitalized)
        {
            lastDay = (IsoDayOfWeek)tokens[end + 1].Value;
            end += 2;
        }

        spec = new TemporalSpec { Kind = SpecKind.Weekday, FirstWeekday = firstDay, LastWeekday = lastDay, Shift = shift };
        return true;
    }

    private bool TryDeictic(int j, out int end, out TemporalSpec spec)
    {
        // last/this/next + week, month, year, weekend, weekday, month name, season.
        end = j;
        spec = null!;
        int shift = ShiftOf(j);
        int k = j + 1;
        if (k >= count)
        {
            return false;
        }

        ref var t = ref tokens[k];
        switch (t.Lex)
        {
            case Lex.Unit when !t.Plural && (TemporalUnit)t.Value is TemporalUnit.Week or TemporalUnit.Month or TemporalUnit.Year or TemporalUnit.Decade:
                end = k + 1;
                spec = new TemporalSpec { Kind = SpecKind.Relative, Unit = (TemporalUnit)t.Value, Shift = shift };
                return true;
            case Lex.Weekend:
                end = k + 1;
                spec = new TemporalSpec { Kind = SpecKind.Weekend, Shift = shift };
                return true;
            case Lex.Weekday when t.Capitalized:
                return TryWeekday(k, shift, out end, out spec);
            case Lex.Month when t.Capitalized && !t.Abbreviation:
                return TryMonth(k, shift, prefixed: true, out end, out spec);
            case Lex.Season:
            case Lex.Fall:
                return TrySeason(k, shift, prefixed: true, out end, out spec);
            case Lex.Night when shift == -1:
                end = k + 1;
                spec = RelativeDay(-1);
                return true;
            case Lex.Morning when shift == 0:
                end = k + 1;
                spec = RelativeDay(0);
                return true;
            default:
                return false;
        }
    }

    private bool TryPartOfUnit(int j, out int end, out TemporalSpec spec)
    {
        // "earlier this month", "later this year", "earlier in the week"; otherwise an event offset needs a count first.
        end = j;
        spec = null!;
        int k = j + 1;
        if (Is(k, Lex.In) && Is(k + 1, Lex.The))
        {
            k += 2;
        }
        else if (Is(k, Lex.This))
        {
            k++;
        }
        else
        {
            return false;
        }

        if (k < count && tokens[k].Lex == Lex.Unit && !tokens[k].Plural && (TemporalUnit)tokens[k].Value is TemporalUnit.Week or TemporalUnit.Month or TemporalUnit.Year)
        {
            end = k + 1;
            spec = new TemporalSpec
            {
                Kind = SpecKind.Relative,
                Unit = (TemporalUnit)tokens[k].Value,
                Shift = 0,
                Part = Is(j, Lex.Earlier) ? UnitPart.ToAnchor : UnitPart.FromAnchor,
            };
            return true;
        }

        return false;
    }

    private bool TryTheForms(int j, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        int k = j + 1;
        if (Is(k, Lex.Weekend))
        {
            end = k + 1;
            spec = new TemporalSpec { Kind = SpecKind.Weekend };
            return true;
        }

        // "the same day", "the day before", "the next day", "the following week", "the previous month".
        if (Is(k, Lex.Same) && IsUnit(k + 1, null, plural: false))
        {
            end = k + 2;
            spec = EventOffset(new TemporalAmount((TemporalUnit)tokens[k + 1].Value, 0, AmountQualifier.Exactly), OffsetDirection.Same);
            return true;
        }

        if ((Is(k, Lex.Next) || Is(k, Lex.Following) || Is(k, Lex.Previous)) && IsUnit(k + 1, null, plural: false))
        {
            end = k + 2;
            spec = EventOffset(new TemporalAmount((TemporalUnit)tokens[k + 1].Value, 1, AmountQualifier.Exactly), Is(k, Lex.Previous) ? OffsetDirection.Earlier : OffsetDirection.Later);
            return true;
        }

        if (IsUnit(k, null, plural: false) && (Is(k + 1, Lex.Before) || Is(k + 1, Lex.After) || Is(k + 1, Lex.Earlier) || Is(k + 1, Lex.Later)))
        {
            end = k + 2;
            spec = EventOffset(new TemporalAmount((TemporalUnit)tokens[k].Value, 1, AmountQualifier.Exactly), DirectionOf(k + 1));
            return true;
        }

        return TryRolling(j, out end, out spec);
    }

    private bool TryRolling(int j, out int end, out TemporalSpec spec)
    {
        // "the last two weeks", "the past week", "the coming months", "recent weeks", "the next several months".
        end = j;
        spec = null!;
        int k = j;
        if (Is(k, Lex.The))
        {
            k++;
        }

        OffsetDirection direction;
        if (Is(k, Lex.Last) || Is(k, Lex.Past) || Is(k, Lex.Recent))
        {
            direction = OffsetDirection.Earlier;
        }
        else if (Is(k, Lex.Next) || Is(k, Lex.Coming))
        {
            direction = OffsetDirection.Later;
        }
        else
        {
            return false;
        }

        bool hasThe = k > j;
        k++;
        OptionalCount(ref k, out int? number, out bool vague);

        if (k >= count || tokens[k].Lex != Lex.Unit)
        {
            return false;
        }

        bool plural = tokens[k].Plural;
        AmountQualifier qualifier;
        if (number is null && !vague)
        {
            if (plural)
            {
                // "the coming weeks", "recent months": a few units.
                qualifier = AmountQualifier.Several;
            }
            else if (hasThe)
            {
                number = 1;
                qualifier = AmountQualifier.Exactly;
            }
            else
            {
                return false;
            }
        }
        else
        {
            qualifier = vague ? AmountQualifier.Several : AmountQualifier.Exactly;
            if (vague)
            {
                number = null;
            }
        }

        end = k + 1;
        spec = new TemporalSpec
        {
            Kind = SpecKind.Rolling,
            Unit = (TemporalUnit)tokens[k].Value,
            Amount = new TemporalAmount((TemporalUnit)tokens[k].Value, number, qualifier),
            Direction = direction,
        };
        return true;
    }
}

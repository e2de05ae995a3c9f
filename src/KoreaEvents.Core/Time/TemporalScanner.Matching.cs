using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <content>The pattern driver: at each token, the patterns tried in order, their modifiers, and the mentions they make.</content>
internal sealed partial class TemporalScanner
{
    private void MatchSentence(LocalDate? anchor, List<TemporalMention> output)
    {
        int i = 0;
        while (i < count)
        {
            if (tokens[i].Type != TokenType.Punct && TryMatch(i, out int first, out int end, out var spec))
            {
                output.Add(MakeMention(first, end, spec, anchor));
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    private TemporalMention MakeMention(int first, int end, TemporalSpec spec, LocalDate? anchor)
    {
        var tense = TenseAround(first, end);
        int startChar = tokens[first].Start;
        int endChar = tokens[end - 1].Start + tokens[end - 1].Length;
        int timexFirst = first;
        while (timexFirst < end - 1 && tokens[timexFirst].Type == TokenType.Word
            && tokens[timexFirst].Lex is Lex.For or Lex.Since or Lex.Over or Lex.Within or Lex.Just or Lex.Only or Lex.About)
        {
            timexFirst++;
        }

        // "two years after the war": TimeML leaves the signal out ("ago", "earlier" and "later" stay in).
        int timexEnd = endChar;
        if (spec.Kind == SpecKind.EventOffset && end - 1 > timexFirst && tokens[end - 1].Lex is Lex.Before or Lex.After)
        {
            timexEnd = tokens[end - 2].Start + tokens[end - 2].Length;
        }

        int timexStart = tokens[timexFirst].Start;
        return new TemporalMention(text, startChar, endChar - startChar, spec, tense, anchor, sentenceStart, sentenceEnd, timexStart, timexEnd - timexStart);
    }

    private bool TryMatch(int i, out int first, out int end, out TemporalSpec spec)
    {
        first = i;
        end = i;
        spec = null!;
        int j = i;
        bool since = false;
        if (Is(j, Lex.Since))
        {
            since = true;
            j++;
        }

        if (!since && Is(j, Lex.For) && TryDuration(j + 1, out end, out spec))
        {
            first = spec.Kind == SpecKind.Rolling ? j + 1 : i;
            return true;
        }

        if (!since && (Is(j, Lex.Over) || Is(j, Lex.During) || Is(j, Lex.In) || Is(j, Lex.Within)) && Is(j + 1, Lex.The)
            && TryRolling(j + 1, out end, out spec))
        {
            first = j + 1;
            return true;
        }

        var modifier = DateModifier.None;
        int afterModifier = j;
        if (Is(j, Lex.Early) || Is(j, Lex.Mid) || Is(j, Lex.Late))
        {
            modifier = Is(j, Lex.Early) ? DateModifier.Start : Is(j, Lex.Mid) ? DateModifier.Mid : DateModifier.End;
            afterModifier = j + 1;
            if (IsPunct(afterModifier, '-') && !tokens[afterModifier].SpaceBefore)
            {
                afterModifier++;
            }
        }
        else if (Is(j, Lex.The) && (Is(j + 1, Lex.Beginning) || Is(j + 1, Lex.End) || Is(j + 1, Lex.Middle)) && Is(j + 2, Lex.Of))
        {
            modifier = Is(j + 1, Lex.Beginning) ? DateModifier.Start : Is(j + 1, Lex.Middle) ? DateModifier.Mid : DateModifier.End;
            afterModifier = j + 3;
        }

        if (!TryCore(afterModifier, modifier != DateModifier.None || since, out end, out var core))
        {
            return false;
        }

        if (modifier != DateModifier.None)
        {
            if (core.Kind is SpecKind.Duration or SpecKind.EventOffset or SpecKind.Ago or SpecKind.Rolling || core.Modifier != DateModifier.None)
            {
                return false;
            }

            core = core.Kind == SpecKind.Fixed
                ? new TemporalSpec { Kind = SpecKind.Fixed, Fixed = TemporalSpec.Modify(core.Fixed, modifier) }
                : Copy(core, modifier);
        }

        if (since)
        {
            if (core.Kind is SpecKind.Duration or SpecKind.EventOffset or SpecKind.Rolling or SpecKind.Ago)
            {
                first = i + 1;
                spec = core;
                return true;
            }

            core = new TemporalSpec { Kind = SpecKind.Since, Inner = core };
        }

        spec = core;
        return true;
    }

    private static TemporalSpec Copy(TemporalSpec s, DateModifier modifier) => new()
    {
        Kind = s.Kind,
        Fixed = s.Fixed,
        Month = s.Month,
        FirstDay = s.FirstDay,
        LastDay = s.LastDay,
        Shift = s.Shift,
        Season = s.Season,
        FirstWeekday = s.FirstWeekday,
        LastWeekday = s.LastWeekday,
        Unit = s.Unit,
        Part = s.Part,
        Amount = s.Amount,
        Direction = s.Direction,
        Modifier = modifier,
        Inner = s.Inner,
    };

    private bool TryCore(int j, bool prefixed, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        if (j >= count)
        {
            return false;
        }

        ref var t = ref tokens[j];
        if (t.Type == TokenType.Number)
        {
            return TryIsoDate(j, out end, out spec) || TryDayMonth(j, out end, out spec) || TryYear(j, out end, out spec)
                || TryCounted(j, out end, out spec);
        }

        switch (t.Lex)
        {
            case Lex.Weekday when t.Capitalized:
                return TryWeekdayDate(j, out end, out spec) || TryWeekday(j, null, out end, out spec);
            case Lex.Month when t.Capitalized:
                return TryMonth(j, null, prefixed, out end, out spec);
            case Lex.Season:
            case Lex.Fall:
                return TrySeason(j, null, prefixed, out end, out spec);
            case Lex.Last:
            case Lex.This:
            case Lex.Next:
                return TryDeictic(j, out end, out spec) || TryRolling(j, out end, out spec);
            case Lex.Past:
            case Lex.Coming:
                return TryRolling(j, out end, out spec);
            case Lex.Earlier:
            case Lex.Later:
                return TryPartOfUnit(j, out end, out spec);
            case Lex.Today:
            case Lex.Tonight:
                return Single(j, RelativeDay(0), out end, out spec);
            case Lex.Yesterday:
                return Single(j, RelativeDay(-1), out end, out spec);
            case Lex.Tomorrow:
                return Single(j, RelativeDay(1), out end, out spec);
            case Lex.The:
                return TryTheForms(j, out end, out spec);
            case Lex.Recent:
                return TryRolling(j, out end, out spec);
            default:
                return TryCounted(j, out end, out spec);
        }
    }

    private static TemporalSpec RelativeDay(int shift) => new() { Kind = SpecKind.Relative, Unit = TemporalUnit.Day, Shift = shift };

    private static bool Single(int j, TemporalSpec value, out int end, out TemporalSpec spec)
    {
        end = j + 1;
        spec = value;
        return true;
    }
}

using NodaTime;

namespace KoreaEvents.Core.Time;

/// <content>The TIMEX3 pass: the mentions' TIMEX3s, and the expressions TimeML annotates that are not dates for the
/// analyst (present and past references, sets, bare durations), in the gaps between mentions.</content>
internal sealed partial class TemporalScanner
{
    /// <summary>Tags <paramref name="text"/> for TimeML, appending TIMEX3s in text order.</summary>
    public static void TagTimex(string text, LocalDate? anchor, List<Timex3> output)
    {
        var scanner = new TemporalScanner(text);
        int position = 0;
        while (position < text.Length)
        {
            position = scanner.ReadSentence(position);
            scanner.MatchTimexSentence(anchor, output);
        }
    }

    private void MatchTimexSentence(LocalDate? anchor, List<Timex3> output)
    {
        int i = 0;
        while (i < count)
        {
            if (tokens[i].Type != TokenType.Punct && TryMatch(i, out int first, out int end, out var spec))
            {
                var timex = MakeMention(first, end, spec, anchor).Timex;
                output.Add(WithPartOfDay(timex, end, out end));
                i = end;
            }
            else if (TryTimexOnly(i, anchor, out end, out var timex))
            {
                output.Add(timex);
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>A day followed or ended by a part of the day ("Friday afternoon", "this morning", "tonight") is a
    /// TIME: the day's value with TMO, TAF, TEV or TNI (the first two letters of the part, as TimeML spells them).</summary>
    private Timex3 WithPartOfDay(Timex3 timex, int end, out int newEnd)
    {
        newEnd = end;
        if (timex.Type != TimexType.Date || timex.Value.Length != 10 || timex.Value[4] != '-' || timex.Value[7] != '-')
        {
            return timex;
        }

        int part;
        if (end < count && tokens[end].Lex is Lex.Morning or Lex.Night && !Is(end - 1, Lex.Morning) && !Is(end - 1, Lex.Night))
        {
            part = end;
            newEnd = end + 1;
        }
        else if (tokens[end - 1].Lex is Lex.Morning or Lex.Night or Lex.Tonight)
        {
            part = end - 1;
        }
        else
        {
            return timex;
        }

        string code = tokens[part].Lex == Lex.Tonight ? "NI" : text.Substring(tokens[part].Start, 2).ToUpperInvariant();
        int stop = tokens[newEnd - 1].Start + tokens[newEnd - 1].Length;
        return new Timex3(timex.Start, text.Substring(timex.Start, stop - timex.Start), TimexType.Time, timex.Value + "T" + code, timex.Mod);
    }

    private bool TryTimexOnly(int i, LocalDate? anchor, out int end, out Timex3 timex)
    {
        end = i;
        timex = null!;
        ref var t = ref tokens[i];
        if (t.Type == TokenType.Punct)
        {
            return false;
        }

        switch (t.Lex)
        {
            case Lex.Now:
                end = i + 1;
                timex = MakeTimex(i, end, TimexType.Date, "PRESENT_REF");
                return true;
            case Lex.Recently:
                end = i + 1;
                timex = MakeTimex(i, end, TimexType.Date, "PAST_REF");
                return true;
            case Lex.Soon:
                end = i + 1;
                timex = MakeTimex(i, end, TimexType.Date, "FUTURE_REF");
                return true;
            case Lex.SetUnit:
                end = i + 1;
                timex = MakeTimex(i, end, TimexType.Set, TimexBuilder.Duration(new TemporalAmount((TemporalUnit)t.Value, 1, AmountQualifier.Exactly)));
                return true;
            case Lex.Every:
                return TrySet(i, out end, out timex);
            case Lex.The when Is(i + 1, Lex.Past) && !StartsCount(i + 2):
                end = i + 2;
                timex = MakeTimex(i, end, TimexType.Date, "PAST_REF");
                return true;
            case Lex.The when Is(i + 1, Lex.Future):
                end = i + 2;
                timex = MakeTimex(i, end, TimexType.Date, "FUTURE_REF");
                return true;
            case Lex.The when Is(i + 1, Lex.Near) && Is(i + 2, Lex.Future):
                end = i + 3;
                timex = MakeTimex(i, end, TimexType.Date, "FUTURE_REF");
                return true;
        }

        if (TryQuarter(i, anchor, out end, out timex))
        {
            return true;
        }

        return TryBareDuration(i, out end, out timex);
    }

    private bool StartsCount(int k) => k < count && (tokens[k].Lex == Lex.Unit || TryCount(k, out _, out _, out _));

    private bool TrySet(int i, out int end, out Timex3 timex)
    {
        // "every week", "each year", "every Thursday", "every two years".
        end = i;
        timex = null!;
        int k = i + 1;
        if (k < count && tokens[k].Lex == Lex.Weekday && tokens[k].Capitalized)
        {
            end = k + 1;
            timex = MakeTimex(i, end, TimexType.Set, "XXXX-WXX-" + tokens[k].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }

        OptionalCount(ref k, out int? number, out bool vague);
        if (vague || k >= count || tokens[k].Lex != Lex.Unit || (number is null && tokens[k].Plural))
        {
            return false;
        }

        end = k + 1;
        timex = MakeTimex(i, end, TimexType.Set, TimexBuilder.Duration(new TemporalAmount((TemporalUnit)tokens[k].Value, number ?? 1, AmountQualifier.Exactly)));
        return true;
    }

    private bool TryQuarter(int i, LocalDate? anchor, out int end, out Timex3 timex)
    {
        // "the third quarter", "third-quarter", "the fiscal first quarter", "fourth-quarter" (TimeML value 1989-Q3).
        end = i;
        timex = null!;
        int k = i;
        if (Is(k, Lex.The))
        {
            k++;
        }

        if (Is(k, Lex.Fiscal))
        {
            k++;
        }

        if (!Is(k, Lex.Ordinal) || tokens[k].Value > 4)
        {
            return false;
        }

        int quarter = tokens[k].Value;
        k++;
        if (IsPunct(k, '-') && !tokens[k].SpaceBefore)
        {
            k++;
        }

        if (!Is(k, Lex.Quarter))
        {
            return false;
        }

        end = k + 1;
        string value;
        if (anchor is { } a)
        {
            int year = (quarter - 1) * 3 + 1 <= a.Month ? a.Year : a.Year - 1;
            value = TimexBuilder.Year(year) + "-Q" + quarter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            value = "XXXX-Q" + quarter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        timex = MakeTimex(i, end, TimexType.Date, value);
        return true;
    }

    private bool TryBareDuration(int i, out int end, out Timex3 timex)
    {
        // "90 days", "five years", "the nine months", "the first nine months": a counted length with no cue.
        end = i;
        timex = null!;
        int k = i;
        if (Is(k, Lex.The))
        {
            k++;
            if (Is(k, Lex.Ordinal) && tokens[k].Value == 1)
            {
                k++;
            }
        }

        int first = k;
        if (!TryDuration(k, out end, out var spec) || spec.Kind != SpecKind.Duration || spec.Amount.Count is null)
        {
            return false;
        }

        // Not "6-year-old", not "five years old".
        if ((IsPunct(end, '-') && Is(end + 1, Lex.Old)) || Is(end, Lex.Old))
        {
            return false;
        }

        int timexFirst = k > i && first > i ? i : first;
        while (timexFirst < end - 1 && tokens[timexFirst].Lex is Lex.Over or Lex.Within or Lex.Just or Lex.Only or Lex.About)
        {
            timexFirst++;
        }

        timex = MakeTimex(timexFirst, end, TimexType.Duration, TimexBuilder.Duration(spec.Amount), TimexBuilder.AmountMod(spec.Amount.Qualifier));
        return true;
    }

    private Timex3 MakeTimex(int first, int end, TimexType type, string value, string? mod = null)
    {
        int start = tokens[first].Start;
        int stop = tokens[end - 1].Start + tokens[end - 1].Length;
        return new Timex3(start, text.Substring(start, stop - start), type, value, mod);
    }
}

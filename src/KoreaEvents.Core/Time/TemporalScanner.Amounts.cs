namespace KoreaEvents.Core.Time;

/// <content>Amounts of time: durations, counted offsets ("five months earlier"), their qualifiers and counts.</content>
internal sealed partial class TemporalScanner
{
    private bool TryDuration(int j, out int end, out TemporalSpec spec)
    {
        // "for over a week", "for two years", "for weeks"; "for the past two weeks" is a rolling span.
        end = j;
        spec = null!;
        if (Is(j, Lex.The))
        {
            return TryRolling(j, out end, out spec);
        }

        int k = j;
        var qualifier = TryQualifier(ref k);
        OptionalCount(ref k, out int? number, out bool vague);

        if (k >= count || tokens[k].Lex != Lex.Unit)
        {
            return false;
        }

        if (number is null && !vague && !tokens[k].Plural)
        {
            return false;
        }

        if (Is(k + 1, Lex.Ago) || Is(k + 1, Lex.Before) || Is(k + 1, Lex.After) || Is(k + 1, Lex.Earlier) || Is(k + 1, Lex.Later))
        {
            return false;
        }

        var unit = (TemporalUnit)tokens[k].Value;
        end = k + 1;
        spec = new TemporalSpec
        {
            Kind = SpecKind.Duration,
            Unit = unit,
            Amount = new TemporalAmount(unit, vague ? null : number, number is null ? AmountQualifier.Several : qualifier),
        };
        return true;
    }

    private bool TryCounted(int j, out int end, out TemporalSpec spec)
    {
        // [qualifier] count unit (ago | earlier | later | before | after), or "67-year" as a duration.
        end = j;
        spec = null!;
        int k = j;
        var qualifier = TryQualifier(ref k);
        OptionalCount(ref k, out int? number, out bool vague);

        bool hyphen = false;
        if (number is not null && IsPunct(k, '-') && k + 1 < count && tokens[k + 1].Lex == Lex.Unit && !tokens[k].SpaceBefore && !tokens[k + 1].SpaceBefore)
        {
            hyphen = true;
            k++;
        }

        if (k >= count || tokens[k].Lex != Lex.Unit)
        {
            return false;
        }

        var unit = (TemporalUnit)tokens[k].Value;
        bool counted = number is not null || vague;
        if (!counted && !tokens[k].Plural)
        {
            return false;
        }

        // "67-year failure": a compound adjective is a duration.
        if (hyphen)
        {
            // "a 6-year-old boy" is an age, not a length of time.
            if (tokens[k].Plural || (IsPunct(k + 1, '-') && Is(k + 2, Lex.Old)))
            {
                return false;
            }

            end = k + 1;
            spec = new TemporalSpec { Kind = SpecKind.Duration, Unit = unit, Amount = new TemporalAmount(unit, number, qualifier) };
            return true;
        }

        var amount = new TemporalAmount(unit, vague || number is null ? null : number, vague || number is null ? AmountQualifier.Several : qualifier);
        if (Is(k + 1, Lex.Ago))
        {
            end = k + 2;
            spec = new TemporalSpec { Kind = SpecKind.Ago, Unit = unit, Amount = amount };
            return true;
        }

        if (Is(k + 1, Lex.Before) || Is(k + 1, Lex.After) || Is(k + 1, Lex.Earlier) || Is(k + 1, Lex.Later))
        {
            end = k + 2;
            spec = EventOffset(amount, DirectionOf(k + 1));
            return true;
        }

        return false;
    }

    private OffsetDirection DirectionOf(int k) => Is(k, Lex.Before) || Is(k, Lex.Earlier) ? OffsetDirection.Earlier : OffsetDirection.Later;

    private static TemporalSpec EventOffset(TemporalAmount amount, OffsetDirection direction) =>
        new() { Kind = SpecKind.EventOffset, Unit = amount.Unit, Amount = amount, Direction = direction };

    private AmountQualifier TryQualifier(ref int k)
    {
        var qualifier = AmountQualifier.Exactly;
        for (int round = 0; round < 2; round++)
        {
            if ((Is(k, Lex.Less) || Is(k, Lex.Fewer)) && Is(k + 1, Lex.Than))
            {
                qualifier = AmountQualifier.LessThan;
                k += 2;
            }
            else if (Is(k, Lex.More) && Is(k + 1, Lex.Than))
            {
                qualifier = AmountQualifier.MoreThan;
                k += 2;
            }
            else if (Is(k, Lex.At) && Is(k + 1, Lex.Least))
            {
                qualifier = AmountQualifier.AtLeast;
                k += 2;
            }
            else if (Is(k, Lex.Over))
            {
                qualifier = AmountQualifier.MoreThan;
                k++;
            }
            else if (Is(k, Lex.Under) || Is(k, Lex.Within))
            {
                qualifier = AmountQualifier.LessThan;
                k++;
            }
            else if (Is(k, Lex.About) || Is(k, Lex.Nearly) || Is(k, Lex.Just))
            {
                qualifier = AmountQualifier.About;
                k++;
            }
            else if (Is(k, Lex.Only))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return qualifier;
    }

    /// <summary>Reads an optional count at <paramref name="k"/> and moves past it; with none, <paramref name="k"/> stays,
    /// the number is null and the count is not vague (what <see cref="TryCount"/> leaves when it fails).</summary>
    private void OptionalCount(ref int k, out int? number, out bool vague) => TryCount(k, out number, out vague, out k);

    private bool TryCount(int k, out int? number, out bool vague, out int next)
    {
        number = null;
        vague = false;
        next = k;
        if (k >= count)
        {
            return false;
        }

        ref var t = ref tokens[k];
        if (t.Type == TokenType.Number && t.Suffix == NumberSuffix.None && t.Digits <= 3 && t.Value > 0)
        {
            if (k > 0 && !t.SpaceBefore && tokens[k - 1].Type == TokenType.Punct && (char)tokens[k - 1].Value is ',' or '.')
            {
                return false;
            }

            number = t.Value;
            next = k + 1;
            return true;
        }

        if (t.Lex == Lex.NumberWord)
        {
            number = t.Value;
            next = k + 1;
            if (t.Value >= 20 && IsPunct(k + 1, '-') && Is(k + 2, Lex.NumberWord) && tokens[k + 2].Value < 10)
            {
                number += tokens[k + 2].Value;
                next = k + 3;
            }

            return true;
        }

        if (t.Lex == Lex.A)
        {
            if (Is(k + 1, Lex.Few) || Is(k + 1, Lex.Several))
            {
                vague = true;
                next = k + 2;
                return true;
            }

            if (Is(k + 1, Lex.Couple) && Is(k + 2, Lex.Of))
            {
                number = 2;
                next = k + 3;
                return true;
            }

            number = 1;
            next = k + 1;
            return true;
        }

        if (t.Lex is Lex.Few or Lex.Several)
        {
            vague = true;
            next = k + 1;
            return true;
        }

        return false;
    }
}

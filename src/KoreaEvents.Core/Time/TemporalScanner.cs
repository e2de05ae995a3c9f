using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <summary>
/// The tagger's engine: one left-to-right pass that cuts the text into sentences and tokens (no regular
/// expressions), then tries a fixed set of patterns at each token with a lookahead of at most a dozen tokens.
/// Time and memory are linear in the text length; the token buffer is reused from sentence to sentence.
/// </summary>
internal sealed class TemporalScanner
{
    /// <summary>A sentence longer than this is cut (patterns never span more than a few tokens).</summary>
    private const int MaxSentenceTokens = 4096;

    private const int TenseWindow = 20;

    private readonly string text;
    private readonly int limit;
    private Token[] tokens = new Token[128];
    private int count;
    private int sentenceStart;
    private int sentenceEnd;

    private TemporalScanner(string text, int? limit = null)
    {
        this.text = text;
        this.limit = limit ?? text.Length;
    }

    private enum TokenType : byte
    {
        Word,
        Number,
        Punct,
    }

    private enum NumberSuffix : byte
    {
        None,
        Ordinal,
        S,
        Other,
    }

    /// <summary>Tags <paramref name="text"/>, appending mentions in text order.</summary>
    public static void Tag(string text, LocalDate? anchor, List<TemporalMention> output)
    {
        var scanner = new TemporalScanner(text);
        int position = 0;
        while (position < text.Length)
        {
            position = scanner.ReadSentence(position);
            scanner.MatchSentence(anchor, output);
        }
    }

    /// <summary>Splits <paramref name="text"/> into sentences the way the tagger does: (start, end) pairs.</summary>
    public static List<(int Start, int End)> Sentences(string text)
    {
        var scanner = new TemporalScanner(text);
        var result = new List<(int Start, int End)>();
        int position = 0;
        while (position < text.Length)
        {
            position = scanner.ReadSentence(position);
            if (scanner.count > 0)
            {
                result.Add((scanner.sentenceStart, scanner.sentenceEnd));
            }
        }

        return result;
    }

    /// <summary>The tense that governs the characters [<paramref name="start"/>, <paramref name="end"/>) of a sentence.</summary>
    public static (TemporalTense Tense, bool Anticipated) TenseAt(string text, int sentenceStart, int sentenceEnd, int start, int end)
    {
        var scanner = new TemporalScanner(text, sentenceEnd);
        scanner.ReadSentence(sentenceStart);
        int first = -1;
        int last = -1;
        for (int i = 0; i < scanner.count; i++)
        {
            ref var token = ref scanner.tokens[i];
            if (token.Start + token.Length > start && token.Start < end)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i + 1;
            }
        }

        if (first < 0)
        {
            return (TemporalTense.Unspecified, false);
        }

        // A phrase that carries its own tense ("blew up", "demolished") needs no context.
        for (int i = first; i < last; i++)
        {
            if (scanner.tokens[i].TenseMark is TemporalTense.Past or TemporalTense.Future)
            {
                return (scanner.tokens[i].TenseMark, scanner.IsAnticipated(first, last));
            }
        }

        return (scanner.TenseAround(first, last), scanner.IsAnticipated(first, last));
    }

    // ------------------------------------------------------------------ tokenizer

    private int ReadSentence(int position)
    {
        count = 0;
        sentenceStart = -1;
        sentenceEnd = position;
        bool spaceBefore = true;
        while (position < limit)
        {
            char c = text[position];
            if (c == '\n')
            {
                position++;
                if (count > 0)
                {
                    return position;
                }

                spaceBefore = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                position++;
                spaceBefore = true;
                continue;
            }

            if (count == MaxSentenceTokens)
            {
                return position;
            }

            int start = position;
            if (char.IsLetter(c))
            {
                position++;
                while (position < limit)
                {
                    char d = text[position];
                    if (char.IsLetter(d) || ((d == '\'' || d == '’') && position + 1 < limit && char.IsLetter(text[position + 1])))
                    {
                        position++;
                    }
                    else
                    {
                        break;
                    }
                }

                AddWord(start, position - start, spaceBefore);
            }
            else if (c is >= '0' and <= '9')
            {
                long value = 0;
                while (position < limit && text[position] is >= '0' and <= '9')
                {
                    value = Math.Min((value * 10) + (text[position] - '0'), 1_000_000_000);
                    position++;
                }

                int digits = position - start;
                int letters = position;
                while (letters < limit && char.IsLetter(text[letters]))
                {
                    letters++;
                }

                var suffix = NumberSuffix.None;
                if (letters > position)
                {
                    var tail = text.AsSpan(position, letters - position);
                    suffix = tail.Equals("st", StringComparison.OrdinalIgnoreCase) || tail.Equals("nd", StringComparison.OrdinalIgnoreCase)
                        || tail.Equals("rd", StringComparison.OrdinalIgnoreCase) || tail.Equals("th", StringComparison.OrdinalIgnoreCase)
                        ? NumberSuffix.Ordinal
                        : tail is "s" ? NumberSuffix.S : NumberSuffix.Other;
                    position = letters;
                }

                Add(new Token
                {
                    Start = start,
                    Length = position - start,
                    Type = TokenType.Number,
                    Value = (int)value,
                    Digits = (byte)Math.Min(digits, 255),
                    Suffix = suffix,
                    SpaceBefore = spaceBefore,
                });
            }
            else
            {
                position++;
                Add(new Token { Start = start, Length = 1, Type = TokenType.Punct, Value = c, SpaceBefore = spaceBefore });
                if (c is '.' or '!' or '?' && EndsSentence(position))
                {
                    return position;
                }
            }

            spaceBefore = false;
        }

        return position;
    }

    private bool EndsSentence(int after)
    {
        // A full stop ends a sentence when white space follows and the next word starts with a capital, a quote or a
        // line break, unless it closes an initial ("U.S.") or a common abbreviation.
        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        int next = after;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next < text.Length && text[next] != '\n' && text[next] != '\r' && !char.IsUpper(text[next]) && text[next] is not ('"' or '“' or '‘' or '\''))
        {
            return false;
        }

        if (count >= 2 && text[after - 1] == '.' && tokens[count - 2].Type == TokenType.Word)
        {
            ref var previous = ref tokens[count - 2];
            if (previous.Length == 1 && char.IsUpper(text[previous.Start]))
            {
                return false;
            }

            var word = text.AsSpan(previous.Start, previous.Length);
            if (word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Lt" or "Col" or "Sen" or "Rep" or "Gov" or "Prof" or "No" or "vs" or "Jr" or "Sr")
            {
                return false;
            }
        }

        return true;
    }

    private void AddWord(int start, int length, bool spaceBefore)
    {
        var token = new Token { Start = start, Length = length, Type = TokenType.Word, SpaceBefore = spaceBefore };
        token.Capitalized = char.IsUpper(text[start]);
        if (length <= 16)
        {
            Span<char> lower = stackalloc char[length];
            text.AsSpan(start, length).ToLowerInvariant(lower);
            token.Lex = TemporalLexicon.Classify(lower, out token.Value, out token.Plural, out token.Abbreviation);
            token.TenseMark = TemporalLexicon.TenseOf(lower);
        }

        Add(token);
    }

    private void Add(in Token token)
    {
        if (count == tokens.Length)
        {
            Array.Resize(ref tokens, tokens.Length * 2);
        }

        if (sentenceStart < 0)
        {
            sentenceStart = token.Start;
        }

        sentenceEnd = token.Start + token.Length;
        tokens[count++] = token;
    }

    // ------------------------------------------------------------------ matching

    private void MatchSentence(LocalDate? anchor, List<TemporalMention> output)
    {
        int i = 0;
        while (i < count)
        {
            if (tokens[i].Type != TokenType.Punct && TryMatch(i, out int first, out int end, out var spec))
            {
                var tense = TenseAround(first, end);
                int startChar = tokens[first].Start;
                int endChar = tokens[end - 1].Start + tokens[end - 1].Length;
                output.Add(new TemporalMention(text, startChar, endChar - startChar, spec, tense, anchor, sentenceStart, sentenceEnd));
                i = end;
            }
            else
            {
                i++;
            }
        }
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

    private bool TryIsoDate(int j, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        if (!IsNumber(j, 4) || !IsPunct(j + 1, '-') || !IsNumber(j + 2, 2) || !IsPunct(j + 3, '-')
            || !IsNumber(j + 4, 2, allowOther: true) || tokens[j + 1].SpaceBefore || tokens[j + 2].SpaceBefore
            || tokens[j + 3].SpaceBefore || tokens[j + 4].SpaceBefore)
        {
            return false;
        }

        int year = tokens[j].Value;
        int month = tokens[j + 2].Value;
        int day = tokens[j + 4].Value;
        if (tokens[j + 4].Suffix == NumberSuffix.Other && !IsTimeSuffix(j + 4))
        {
            return false;
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        end = j + 5;
        spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromDay(year, month, day) };
        return true;
    }

    private bool IsTimeSuffix(int j)
    {
        // 2019-03-23T10:15:00Z: the day token carries a "T…" suffix.
        return text[tokens[j].Start + 2] is 'T' or 't';
    }

    private bool TryWeekdayDate(int j, out int end, out TemporalSpec spec)
    {
        // "Tuesday, May 21, 2024", "Friday 22 March": the weekday is redundant with the date.
        int k = j + 1;
        if (IsPunct(k, ','))
        {
            k++;
        }

        if (k < count && tokens[k].Type == TokenType.Word && tokens[k].Lex == Lex.Month && tokens[k].Capitalized
            && TryMonth(k, null, prefixed: true, out end, out spec) && spec.Kind is SpecKind.Fixed or SpecKind.MonthDay
            && (spec.Kind == SpecKind.MonthDay || spec.Fixed.Precision == DatePrecision.Day))
        {
            return true;
        }

        if (IsDay(k, allowOrdinal: true))
        {
            return TryDayMonth(k, out end, out spec);
        }

        end = j;
        spec = null!;
        return false;
    }

    private bool TryMonth(int j, int? shift, bool prefixed, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        ref var t = ref tokens[j];
        int month = t.Value;
        int k = j + 1;
        if (t.Abbreviation && IsPunct(k, '.'))
        {
            k++;
        }

        if (shift is null && IsDay(k, allowOrdinal: true) && !IsPunct(k + 1, ':'))
        {
            int firstDay = tokens[k].Value;
            int lastDay = firstDay;
            int m = k + 1;
            if ((IsPunct(m, '-') || IsPunct(m, '–')) && IsDay(m + 1, allowOrdinal: true) && tokens[m + 1].Value > firstDay)
            {
                lastDay = tokens[m + 1].Value;
                m += 2;
            }

            return CompleteDays(m, month, firstDay, lastDay, out end, out spec);
        }

        if (t.Abbreviation)
        {
            return false;
        }

        if (shift is null)
        {
            int y = Is(k, Lex.Of) ? k + 1 : k;
            if (IsYearNumber(y))
            {
                end = y + 1;
                spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromMonth(tokens[y].Value, month) };
                return true;
            }

            if ((Is(k, Lex.Last) || Is(k, Lex.This) || Is(k, Lex.Next)) && IsUnit(k + 1, TemporalUnit.Year, plural: false))
            {
                end = k + 2;
                spec = new TemporalSpec { Kind = SpecKind.MonthOfRelativeYear, Month = month, Shift = ShiftOf(k) };
                return true;
            }
        }

        // A bare month name. "May" is a month only after a preposition or modifier ("in May"), never as a verb.
        if (month == 5 && shift is null && !prefixed && !(j > 0 && IsMonthPreposition(j - 1)))
        {
            return false;
        }

        end = k;
        spec = new TemporalSpec { Kind = SpecKind.Month, Month = month, Shift = shift };
        return true;
    }

    private bool IsMonthPreposition(int j) =>
        tokens[j].Lex is Lex.In or Lex.Since or Lex.Of or Lex.Until or Lex.By or Lex.From or Lex.During or Lex.Through or Lex.To or Lex.Early or Lex.Mid or Lex.Late;

    private static int MaxDays(int month) => month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2001, month);

    private bool TryDayMonth(int j, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        if (!IsDay(j, allowOrdinal: true))
        {
            return false;
        }

        int firstDay = tokens[j].Value;
        int lastDay = firstDay;
        int k = j + 1;
        if ((IsPunct(k, '-') || IsPunct(k, '–')) && IsDay(k + 1, allowOrdinal: true) && tokens[k + 1].Value > firstDay)
        {
            lastDay = tokens[k + 1].Value;
            k += 2;
        }

        if (Is(k, Lex.Of))
        {
            k++;
        }

        if (k >= count || tokens[k].Lex != Lex.Month || !tokens[k].Capitalized)
        {
            return false;
        }

        int month = tokens[k].Value;
        k++;
        if (tokens[k - 1].Abbreviation && IsPunct(k, '.'))
        {
            k++;
        }

        return CompleteDays(k, month, firstDay, lastDay, out end, out spec);
    }

    /// <summary>
    /// Completes a day (or day range) of <paramref name="month"/> whose tokens end before <paramref name="k"/>: an
    /// optional comma and year follow ("22 March, 2019", "February 27-28 2019"); without a year the days stay yearless.
    /// Fails when the days do not exist in that month (in that year, or in any year).
    /// </summary>
    private bool CompleteDays(int k, int month, int firstDay, int lastDay, out int end, out TemporalSpec spec)
    {
        spec = null!;
        end = k;
        int y = IsPunct(k, ',') ? k + 1 : k;
        if (IsYearNumber(y))
        {
            int year = tokens[y].Value;
            if (lastDay > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return false;
            }

            end = y + 1;
            spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromInterval(new LocalDate(year, month, firstDay), new LocalDate(year, month, lastDay)) };
            return true;
        }

        if (lastDay > MaxDays(month))
        {
            return false;
        }

        spec = new TemporalSpec { Kind = SpecKind.MonthDay, Month = month, FirstDay = firstDay, LastDay = lastDay };
        return true;
    }

    private bool TryYear(int j, out int end, out TemporalSpec spec)
    {
        end = j;
        spec = null!;
        ref var t = ref tokens[j];
        if (t.Digits != 4 || t.Value is < 1000 or > 2199)
        {
            return false;
        }

        if (t.Suffix == NumberSuffix.S)
        {
            if (t.Value % 10 != 0)
            {
                return false;
            }

            end = j + 1;
            spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromDecade(t.Value) };
            return true;
        }

        if (t.Suffix != NumberSuffix.None || !IsStandaloneNumber(j))
        {
            return false;
        }

        // "1950-53", "2019–2020": a run of years.
        int k = j + 1;
        if ((IsPunct(k, '-') || IsPunct(k, '–')) && !tokens[k].SpaceBefore && k + 1 < count && tokens[k + 1].Type == TokenType.Number
            && tokens[k + 1].Suffix == NumberSuffix.None && !tokens[k + 1].SpaceBefore)
        {
            int last = tokens[k + 1].Digits switch
            {
                2 => (t.Value / 100 * 100) + tokens[k + 1].Value,
                4 => tokens[k + 1].Value,
                _ => -1,
            };
            if (last > t.Value && last <= 2199)
            {
                end = k + 2;
                spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromInterval(new LocalDate(t.Value, 1, 1), new LocalDate(last, 12, 31), DatePrecision.Year) };
                return true;
            }
        }

        end = j + 1;
        spec = new TemporalSpec { Kind = SpecKind.Fixed, Fixed = DateEstimate.FromYear(t.Value) };
        return true;
    }

    private bool IsStandaloneNumber(int j)
    {
        // Not part of "1,953", "$2000", "2000%", "2000 troops".
        if (j > 0 && !tokens[j].SpaceBefore && tokens[j - 1].Type == TokenType.Punct && (char)tokens[j - 1].Value is ',' or '.' or '$' or '£' or '€' or '#')
        {
            return false;
        }

        int k = j + 1;
        if (k < count && tokens[k].Type == TokenType.Punct && !tokens[k].SpaceBefore && (char)tokens[k].Value is '%' or ',' or '.'
            && k + 1 < count && tokens[k + 1].Type == TokenType.Number && !tokens[k + 1].SpaceBefore)
        {
            return false;
        }

        if (k < count && tokens[k].Type == TokenType.Punct && (char)tokens[k].Value == '%')
        {
            return false;
        }

        return !(k < count && tokens[k].Lex == Lex.NounAfterNumber);
    }

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
        if (TryCount(k, out int? number, out bool vague, out int afterCount))
        {
            k = afterCount;
        }
        else
        {
            number = null;
            vague = false;
        }

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
        if (TryCount(k, out int? number, out bool vague, out int afterCount))
        {
            k = afterCount;
        }
        else
        {
            number = null;
            vague = false;
        }

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
        int? number = null;
        bool vague = false;
        if (TryCount(k, out number, out vague, out int afterCount))
        {
            k = afterCount;
        }

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
            if (tokens[k].Plural)
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
            else if (Is(k, Lex.About) || Is(k, Lex.Just))
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

    // ------------------------------------------------------------------ tense

    private TemporalTense TenseAround(int first, int end)
    {
        // Anticipation words bound to the expression decide first ("the upcoming November election", "as the
        // November election fast approaches").
        if (IsAnticipated(first, end))
        {
            return TemporalTense.Future;
        }

        // Otherwise the governing verb: English puts it before the adverbial, so the nearest marker before the
        // expression wins; failing that, the nearest one after it ("On Monday, Moon urged …").
        for (int k = first - 1; k >= Math.Max(0, first - TenseWindow); k--)
        {
            if (tokens[k].TenseMark != TemporalTense.Unspecified)
            {
                return tokens[k].TenseMark;
            }
        }

        for (int k = end; k < Math.Min(count, end + TenseWindow); k++)
        {
            if (tokens[k].TenseMark != TemporalTense.Unspecified)
            {
                return tokens[k].TenseMark;
            }
        }

        return TemporalTense.Unspecified;
    }

    private bool IsAnticipated(int first, int end)
    {
        for (int k = Math.Max(0, first - 2); k < first; k++)
        {
            if (tokens[k].Lex == Lex.Anticipating || (tokens[k].Lex == Lex.Coming && k == first - 1))
            {
                return true;
            }
        }

        for (int k = end; k < Math.Min(count, end + 4); k++)
        {
            if (tokens[k].Lex == Lex.Approaching)
            {
                return true;
            }

            if (tokens[k].Type == TokenType.Punct && (char)tokens[k].Value is ',' or ';' or ':')
            {
                break;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ helpers

    private bool Is(int k, Lex lex) => k < count && tokens[k].Type == TokenType.Word && tokens[k].Lex == lex;

    private bool IsPunct(int k, char c) => k < count && tokens[k].Type == TokenType.Punct && tokens[k].Value == c;

    private bool IsNumber(int k, int digits, bool allowOther = false) =>
        k < count && tokens[k].Type == TokenType.Number && tokens[k].Digits == digits
        && (tokens[k].Suffix == NumberSuffix.None || (allowOther && tokens[k].Suffix == NumberSuffix.Other));

    private bool IsDay(int k, bool allowOrdinal) =>
        k < count && tokens[k].Type == TokenType.Number && tokens[k].Digits <= 2 && tokens[k].Value is >= 1 and <= 31
        && (tokens[k].Suffix == NumberSuffix.None || (allowOrdinal && tokens[k].Suffix == NumberSuffix.Ordinal));

    private bool IsYearNumber(int k) =>
        k < count && tokens[k].Type == TokenType.Number && tokens[k].Digits == 4 && tokens[k].Suffix == NumberSuffix.None
        && tokens[k].Value is >= 1000 and <= 2199;

    private bool IsUnit(int k, TemporalUnit? unit, bool plural) =>
        k < count && tokens[k].Lex == Lex.Unit && tokens[k].Plural == plural && (unit is null || tokens[k].Value == (int)unit.Value);

    private int ShiftOf(int k) => Is(k, Lex.Last) ? -1 : Is(k, Lex.Next) ? 1 : 0;

    private struct Token
    {
        public int Start;
        public int Length;
        public int Value;
        public TokenType Type;
        public Lex Lex;
        public NumberSuffix Suffix;
        public TemporalTense TenseMark;
        public byte Digits;
        public bool Capitalized;
        public bool Plural;
        public bool Abbreviation;
        public bool SpaceBefore;
    }
}

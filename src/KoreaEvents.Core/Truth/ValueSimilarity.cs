using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// Similarity between two different values of one object, in [0, 1), as TruthFinder's implication needs it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Two numbers: <c>max(0, 1 − |a − b| / max(|a|, |b|))</c> (relative difference; 48 and 49 → 0.98).</item>
/// <item>Two texts: the Jaccard index of their key's space-separated tokens ("donald knuth" and
/// "donald ervin knuth" → 2/3), so partial author lists support each other.</item>
/// <item>A number and a text: 0.</item>
/// </list>
/// Values with equal keys are the same value and never compared. Results are capped just below 1 so that distinct
/// values stay distinct facts.
/// </remarks>
internal static class ValueSimilarity
{
    /// <summary>
    /// Sparse similarities per value (compressed rows over global value indexes): for each value, the other values of its
    /// object with a positive similarity. Objects with more than <paramref name="maxValuesPerObject"/> values get none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int[] Start, int[] Other, double[] Similarity) Build(ClaimTable table, int maxValuesPerObject)
    {
        var start = new int[table.ValueCount + 1];
        var other = new List<int>();
        var similarity = new List<double>();
        var tokens = new string[table.ValueCount][];
        for (int o = 0; o < table.ObjectCount; o++)
        {
            int first = table.ValueStart[o], end = table.ValueStart[o + 1];
            bool compare = end - first > 1 && end - first <= maxValuesPerObject;
            if (compare)
            {
                for (int v = first; v < end; v++)
                {
                    tokens[v] = double.IsNaN(table.ValueNumbers[v]) ? table.ValueKeys[v].Split(' ') : [];
                }
            }

            for (int v = first; v < end; v++)
            {
                if (compare)
                {
                    for (int w = first; w < end; w++)
                    {
                        if (w == v)
                        {
                            continue;
                        }

                        double sim = Of(table.ValueNumbers[v], table.ValueNumbers[w], tokens[v], tokens[w]);
                        if (sim > 0)
                        {
                            other.Add(w);
                            similarity.Add(sim);
                        }
                    }
                }

                start[v + 1] = other.Count;
            }
        }

        return (start, other.ToArray(), similarity.ToArray());
    }

    private static double Of(double a, double b, string[] tokensA, string[] tokensB)
    {
        double sim;
        if (!double.IsNaN(a) && !double.IsNaN(b))
        {
            double scale = Math.Max(Math.Abs(a), Math.Abs(b));
            sim = scale == 0 ? 1 : Math.Max(0, 1 - (Math.Abs(a - b) / scale));
        }
        else if (double.IsNaN(a) && double.IsNaN(b))
        {
            int shared = 0;
            foreach (var token in tokensA)
            {
                if (Array.IndexOf(tokensB, token) >= 0)
                {
                    shared++;
                }
            }

            int union = tokensA.Length + tokensB.Length - shared;
            sim = union == 0 ? 0 : (double)shared / union;
        }
        else
        {
            sim = 0;
        }

        return Math.Min(sim, 0.999);
    }
}

using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <summary>Array kernels shared by the algorithms.</summary>
internal static class TruthKernels
{
    /// <summary>Chooses per object the value with the highest score; ties go to the lowest value index (ordinal key order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ChooseMax(ClaimTable table, double[] score, int[] chosen)
    {
        var start = table.ValueStart;
        for (int o = 0; o < table.ObjectCount; o++)
        {
            int best = start[o];
            double bestScore = score[best];
            for (int v = best + 1; v < start[o + 1]; v++)
            {
                if (score[v] > bestScore)
                {
                    best = v;
                    bestScore = score[v];
                }
            }

            chosen[o] = best;
        }
    }

    /// <summary>
    /// Per object, each value's share of the object's total <paramref name="score"/> (1/m for each of its m values when the
    /// total is 0). <paramref name="share"/> may be <paramref name="score"/> itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ShareWithinObject(ClaimTable table, double[] score, double[] share)
    {
        var start = table.ValueStart;
        for (int o = 0; o < table.ObjectCount; o++)
        {
            int first = start[o], end = start[o + 1];
            double total = 0;
            for (int v = first; v < end; v++)
            {
                total += score[v];
            }

            for (int v = first; v < end; v++)
            {
                share[v] = total > 0 ? score[v] / total : 1.0 / (end - first);
            }
        }
    }

    /// <summary>Trust per source = weighted mean of <paramref name="valueScore"/> over its claims.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MeanOverClaims(ClaimTable table, double[] valueScore, double[] trust)
    {
        Array.Clear(trust);
        var sources = table.ClaimSources;
        var values = table.ClaimValues;
        var weights = table.ClaimWeights;
        for (int i = 0; i < sources.Length; i++)
        {
            trust[sources[i]] += weights[i] * valueScore[values[i]];
        }

        var total = table.SourceWeights;
        for (int s = 0; s < trust.Length; s++)
        {
            trust[s] /= total[s];
        }
    }
}

using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// TruthFinder (Yin, Han and Yu, TKDE 2008), implemented as the paper states it, on a <see cref="ClaimTable"/>.
/// </summary>
/// <remarks>
/// <para>Each iteration, with every source w starting at trust t0:</para>
/// <list type="number">
/// <item>τ(w) = −ln(1 − t(w)) (t is capped at 1 − 1e-12).</item>
/// <item>σ(f) = Σ τ(w) over the sources providing fact f (a source splitting its vote over k values of an object adds τ/k to each).</item>
/// <item>σ*(f) = σ(f) + ρ · Σ σ(f′) · imp(f′→f) over the other facts f′ of the same object, imp(f′→f) = sim(f′, f) − base_sim
/// (similarity: relative difference for numbers, token Jaccard for texts; see the options).</item>
/// <item>s*(f) = 1 / (1 + e^(−γ·σ*(f))): the fact's confidence.</item>
/// <item>t(w) = the mean of s*(f) over w's facts (weighted by its vote split).</item>
/// </list>
/// <para>Iteration stops when 1 − cos between the previous and new trust vectors is below δ (<see cref="TruthFinderOptions.Tolerance"/>)
/// or at <see cref="TruthFinderOptions.MaxIterations"/>. Each object's chosen value is its fact with the highest s*; ties go
/// to the lowest key (ordinal). Work per iteration is linear in claims plus similar-value pairs. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TruthFinder : ITruthDiscoveryAlgorithm
{
    /// <summary>Creates the algorithm with <paramref name="options"/> (default: the paper's parameters).</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public TruthFinder(TruthFinderOptions? options = null)
    {
        Options = options ?? TruthFinderOptions.Default;
        Options.Validate();
    }

    /// <summary>The parameters.</summary>
    public TruthFinderOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "truthfinder";

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TruthDiscoveryResult Run(ClaimTable table)
    {
        Preconditions.CheckNotNull(table);
        var o = Options;
        var (simStart, simOther, simValue) = o.ImplicationWeight > 0
            ? ValueSimilarity.Build(table, o.MaxValuesForSimilarity)
            : (new int[table.ValueCount + 1], Array.Empty<int>(), Array.Empty<double>());
        int sourceCount = table.SourceCount;
        var trust = new double[sourceCount];
        var next = new double[sourceCount];
        var tau = new double[sourceCount];
        var sigma = new double[table.ValueCount];
        var confidence = new double[table.ValueCount];
        Array.Fill(trust, o.InitialTrust);
        var sources = table.ClaimSources;
        var values = table.ClaimValues;
        var weights = table.ClaimWeights;
        int iterations = 0;
        bool converged = false;
        while (iterations < o.MaxIterations)
        {
            iterations++;
            for (int s = 0; s < sourceCount; s++)
            {
                tau[s] = -Math.Log(1 - Math.Min(trust[s], 1 - 1e-12));
            }

            Array.Clear(sigma);
            for (int i = 0; i < sources.Length; i++)
            {
                sigma[values[i]] += weights[i] * tau[sources[i]];
            }

            for (int obj = 0; obj < table.ObjectCount; obj++)
            {
                int first = table.ValueStart[obj], end = table.ValueStart[obj + 1];
                double total = 0;
                for (int v = first; v < end; v++)
                {
                    total += sigma[v];
                }

                for (int v = first; v < end; v++)
                {
                    // Σ_{f'≠f} σ(f')·(sim − base) = Σ σ(f')·sim − base·(total − σ(f)); sim is sparse.
                    double similar = 0;
                    for (int k = simStart[v]; k < simStart[v + 1]; k++)
                    {
                        similar += sigma[simOther[k]] * simValue[k];
                    }

                    double adjusted = sigma[v] + (o.ImplicationWeight * (similar - (o.BaseSimilarity * (total - sigma[v]))));
                    confidence[v] = 1 / (1 + Math.Exp(-o.DampeningFactor * adjusted));
                }
            }

            TruthKernels.MeanOverClaims(table, confidence, next);
            double dot = 0, a = 0, b = 0;
            for (int s = 0; s < sourceCount; s++)
            {
                dot += trust[s] * next[s];
                a += trust[s] * trust[s];
                b += next[s] * next[s];
            }

            (trust, next) = (next, trust);
            double change = a == 0 || b == 0 ? 0 : 1 - (dot / Math.Sqrt(a * b));
            if (change < o.Tolerance)
            {
                converged = true;
                break;
            }
        }

        var chosen = new int[table.ObjectCount];
        TruthKernels.ChooseMax(table, confidence, chosen);
        return new TruthDiscoveryResult(Name, table, chosen, confidence, trust, iterations, converged, o.Tolerance);
    }
}

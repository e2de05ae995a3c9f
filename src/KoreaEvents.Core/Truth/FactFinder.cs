using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// The fact-finders of Pasternack and Roth, "Knowing What to Believe (when you already know something)" (COLING 2010):
/// Sums, Average·Log, Investment and PooledInvestment, on a <see cref="ClaimTable"/>. Names on the command line:
/// <c>sums</c>, <c>averagelog</c>, <c>investment</c>, <c>pooledinvestment</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>A claim is a (source, value) pair; |C_s| is the number of s's claims, counted with the vote share w (1/k
/// when a source gives k values for one object, so |C_s| is the number of objects it claims). Every iteration i:</para>
/// <list type="bullet">
/// <item><b>Sums:</b> T^i(s) = Σ w·B^(i−1)(c) over s's claims; B^i(c) = Σ w·T^i(s) over c's sources.</item>
/// <item><b>Average·Log:</b> T^i(s) = ln|C_s| · Σ w·B^(i−1)(c) / |C_s|; B^i(c) = Σ w·T^i(s).</item>
/// <item><b>Investment</b> (T^0 = 1): T^i(s) = Σ w·B^(i−1)(c) · (T^(i−1)(s)/|C_s|) / Σ_r w·T^(i−1)(r)/|C_r|, the sum in
/// the denominator over c's sources r; then H^i(c) = Σ w·T^i(s)/|C_s| and B^i(c) = G(H^i(c)), G(x) = x^g, g = 1.2.</item>
/// <item><b>PooledInvestment</b> (T^0 = 1): trust as for Investment; B^i(c) = H^i(c)·G(H^i(c)) / Σ_d G(H^i(d)), d over
/// the values of c's object, g = 1.4.</item>
/// </list>
/// <para>After each iteration trusts and beliefs are divided by their largest value (this changes no ranking and keeps
/// the numbers finite). The initial belief B^0 is each kind's usual one (<see cref="FactFinderPrior"/>). The run stops
/// after <see cref="FactFinderOptions.Iterations"/> iterations (20, as in the paper), or earlier once no scaled trust
/// moves by more than <see cref="FactFinderOptions.Tolerance"/>. A claim in which every source has trust 0 returns
/// nothing to its sources. Each object's chosen value is its value with the highest belief, ties going to the lowest
/// key (ordinal); the reported confidence is the value's share of its object's belief, the trust the scaled T.</para>
/// <para>These are heuristics without a likelihood: their choices can change with the iteration count (on the
/// population data, Investment is right on 245 objects after 3 iterations, 254 after 8, 252 after 20 and 241 after
/// 50). They are here as the established baselines the README compares our default model with.</para>
/// </remarks>
public sealed class FactFinder : ITruthDiscoveryAlgorithm
{
    /// <summary>Creates the fact-finder <paramref name="kind"/> with <paramref name="options"/> (default: the paper's parameters).</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined, or an option is out of range.</exception>
    public FactFinder(FactFinderKind kind, FactFinderOptions? options = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"The fact-finder kind {(int)kind} is not defined.");
        Kind = kind;
        Options = options ?? FactFinderOptions.Default;
        Options.Validate();
    }

    /// <summary>Which fact-finder this is.</summary>
    public FactFinderKind Kind { get; }

    /// <summary>The parameters.</summary>
    public FactFinderOptions Options { get; }

    /// <summary>g as used: <see cref="FactFinderOptions.Growth"/>, or the paper's 1.2 (Investment) or 1.4 (PooledInvestment).</summary>
    public double Growth => Options.Growth ?? (Kind == FactFinderKind.PooledInvestment ? 1.4 : 1.2);

    /// <summary>The initial belief as used (the kind's default resolved).</summary>
    public FactFinderPrior InitialBelief => Options.InitialBelief != FactFinderPrior.Default
        ? Options.InitialBelief
        : Kind switch
        {
            FactFinderKind.Investment => FactFinderPrior.Voted,
            FactFinderKind.PooledInvestment => FactFinderPrior.Uniform,
            _ => FactFinderPrior.Fixed,
        };

    /// <inheritdoc/>
    public string Name => Kind switch
    {
        FactFinderKind.Sums => "sums",
        FactFinderKind.AverageLog => "averagelog",
        FactFinderKind.Investment => "investment",
        _ => "pooledinvestment",
    };

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TruthDiscoveryResult Run(ClaimTable table)
    {
        Preconditions.CheckNotNull(table);
        int sourceCount = table.SourceCount;
        var trust = new double[sourceCount];
        var next = new double[sourceCount];
        var belief = InitialBeliefs(table);
        var sources = table.ClaimSources;
        var values = table.ClaimValues;
        var weights = table.ClaimWeights;
        var claimCount = table.SourceWeights; // |C_s|, counted with vote shares
        bool investment = Kind is FactFinderKind.Investment or FactFinderKind.PooledInvestment;
        double[] invested = investment ? new double[table.ValueCount] : [];
        Array.Fill(trust, 1.0);
        if (investment)
        {
            Invest(table, trust, invested);
        }

        int iterations = 0;
        bool converged = false;
        while (iterations < Options.Iterations)
        {
            iterations++;
            Array.Clear(next);
            if (investment)
            {
                // invested[c] = Σ over c's sources of w·T(s)/|C_s| for the current trusts (H of the previous iteration).
                for (int i = 0; i < sources.Length; i++)
                {
                    double pool = invested[values[i]];
                    if (pool > 0)
                    {
                        next[sources[i]] += belief[values[i]] * (weights[i] * trust[sources[i]] / claimCount[sources[i]]) / pool;
                    }
                }
            }
            else
            {
                for (int i = 0; i < sources.Length; i++)
                {
                    next[sources[i]] += weights[i] * belief[values[i]];
                }

                if (Kind == FactFinderKind.AverageLog)
                {
                    for (int s = 0; s < sourceCount; s++)
                    {
                        next[s] *= Math.Log(claimCount[s]) / claimCount[s];
                    }
                }
            }

            if (!ScaleToMax(next))
            {
                // Every trust is 0 (e.g. Average·Log with only one-claim sources): nothing can move any more.
                (trust, next) = (next, trust);
                converged = true;
                break;
            }

            UpdateBeliefs(table, next, belief, investment ? invested : null);
            double change = 0;
            for (int s = 0; s < sourceCount; s++)
            {
                change = Math.Max(change, Math.Abs(next[s] - trust[s]));
            }

            (trust, next) = (next, trust);
            if (change <= Options.Tolerance)
            {
                converged = true;
                break;
            }
        }

        var chosen = new int[table.ObjectCount];
        TruthKernels.ChooseMax(table, belief, chosen);
        var confidence = new double[table.ValueCount];
        TruthKernels.ShareWithinObject(table, belief, confidence);
        return new TruthDiscoveryResult(Name, table, chosen, confidence, trust, iterations, converged, Options.Tolerance);
    }

    private double[] InitialBeliefs(ClaimTable table)
    {
        var belief = new double[table.ValueCount];
        switch (InitialBelief)
        {
            case FactFinderPrior.Voted:
                for (int i = 0; i < table.ClaimCount; i++)
                {
                    belief[table.ClaimValues[i]] += table.ClaimWeights[i];
                }

                TruthKernels.ShareWithinObject(table, belief, belief);
                break;
            case FactFinderPrior.Uniform:
                Array.Fill(belief, 1.0);
                TruthKernels.ShareWithinObject(table, belief, belief);
                break;
            default:
                Array.Fill(belief, 0.5);
                break;
        }

        return belief;
    }

    /// <summary>B^i from the new trusts T^i; <paramref name="invested"/> (reused as H) for the Investment kinds.</summary>
    private void UpdateBeliefs(ClaimTable table, double[] trust, double[] belief, double[]? invested)
    {
        var sources = table.ClaimSources;
        var values = table.ClaimValues;
        var weights = table.ClaimWeights;
        if (invested is null)
        {
            Array.Clear(belief);
            for (int i = 0; i < sources.Length; i++)
            {
                belief[values[i]] += weights[i] * trust[sources[i]];
            }

            ScaleToMax(belief);
            return;
        }

        Invest(table, trust, invested);
        double g = Growth;
        if (Kind == FactFinderKind.Investment)
        {
            for (int v = 0; v < belief.Length; v++)
            {
                belief[v] = Math.Pow(invested[v], g);
            }
        }
        else
        {
            for (int o = 0; o < table.ObjectCount; o++)
            {
                int first = table.ValueStart[o], end = table.ValueStart[o + 1];
                double pooled = 0;
                for (int v = first; v < end; v++)
                {
                    pooled += Math.Pow(invested[v], g);
                }

                for (int v = first; v < end; v++)
                {
                    belief[v] = pooled > 0 ? invested[v] * Math.Pow(invested[v], g) / pooled : 0;
                }
            }
        }

        ScaleToMax(belief);
    }

    /// <summary>What each value receives: Σ w·T(s)/|C_s| over the sources claiming it.</summary>
    private static void Invest(ClaimTable table, double[] trust, double[] invested)
    {
        var sources = table.ClaimSources;
        var values = table.ClaimValues;
        var weights = table.ClaimWeights;
        var claimCount = table.SourceWeights;
        Array.Clear(invested);
        for (int i = 0; i < sources.Length; i++)
        {
            invested[values[i]] += weights[i] * trust[sources[i]] / claimCount[sources[i]];
        }
    }

    /// <summary>Divides every entry by the largest; false (and nothing changed) when the largest is not positive.</summary>
    private static bool ScaleToMax(double[] vector)
    {
        double max = 0;
        foreach (double x in vector)
        {
            max = Math.Max(max, x);
        }

        if (!(max > 0))
        {
            return false;
        }

        for (int k = 0; k < vector.Length; k++)
        {
            vector[k] /= max;
        }

        return true;
    }
}

using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <summary>Echo detection: sources that repeat whatever value another source already gives (see the type's remarks).</summary>
public sealed partial class IndependenceAwareTruthDiscovery
{
    /// <summary>
    /// ln(P(a source gives value v | it echoes) / P(it gives v | independent)) for a value the other sources make true
    /// with probability <paramref name="p"/>, a source of accuracy <paramref name="accuracy"/>, h =
    /// <paramref name="hit"/> the chance that a wrong value is a given false value (1/n for n equally likely false
    /// values), <paramref name="picked"/> the share of the other claims' weight on v (0 when nobody else gives it) and
    /// copy rate <paramref name="c"/>:
    /// <code>
    /// independent: p·A + (1 − p)·(1 − A)·h
    /// echo:        c·picked + (1 − c)·independent
    /// </code>
    /// Repeating a probable value is weak evidence either way; repeating an improbable one is strong evidence of
    /// echoing; giving a value nobody else gives adds ln(1 − c).
    /// </summary>
    internal static double EchoLogRatio(double p, double accuracy, double hit, double picked, double c)
    {
        double independent = Math.Max(1e-12, (p * accuracy) + ((1 - p) * (1 - accuracy) * hit));
        return Math.Log(((c * picked) + ((1 - c) * independent)) / independent);
    }

    /// <summary>
    /// ln(P(a source's value is shared | it echoes) / P(it is shared | independent)) when an independent source of its
    /// accuracy would give one of the other sources' values with probability <paramref name="sharedIfIndependent"/>
    /// (q) and copy rate <paramref name="c"/>:
    /// <code>
    /// shared:     ln((c + (1 − c)·q) / q)
    /// not shared: ln(1 − c)
    /// </code>
    /// Only whether the value is shared counts here, not which value: a source that always gives the value the pool
    /// already leans towards but is rarely alone by nature (q near 1) gains nothing.
    /// </summary>
    internal static double SharingLogRatio(bool shared, double sharedIfIndependent, double c)
    {
        double q = Math.Clamp(sharedIfIndependent, 1e-9, 1);
        return shared ? Math.Log((c + ((1 - c) * q)) / q) : Math.Log(1 - c);
    }

    private sealed partial class State
    {
        private const int EchoSumsPerSource = 4; // value ln-ratio, sharing ln-ratio, shared weight, expected shared weight
        private ArraySegment<double>[]? _echoSums;

        /// <summary>See <see cref="IndependenceAwareTruthDiscovery.DirectEchoSums"/>.</summary>
        public bool DirectEchoSums { get; init; }

        private double[]? _echoFactor;

        /// <summary>
        /// Scores every source with contested claims for echoing and multiplies the discounts of its claims on values
        /// another source also gives by 1 − c·p_echo. With <paramref name="resetDiscounts"/>, the discounts start from 1
        /// (no pair dependence was estimated this round). Returns the sources more likely echoes than not.
        /// </summary>
        public SourceEcho[] EstimateEchoes(bool resetDiscounts)
        {
            int sourceCount = _table.SourceCount;
            int blocks = _objectBlockStart.Length - 1;
            if (_echoSums is null)
            {
                int partials = (long)EchoSumsPerSource * sourceCount * blocks <= MaxPartialCells ? blocks : 1;
                _echoSums = new ArraySegment<double>[partials];
                for (int n = 0; n < partials; n++)
                {
                    _echoSums[n] = new double[EchoSumsPerSource * sourceCount];
                }

                _echoFactor = new double[sourceCount];
            }

            SumByBlocks(_echoSums, SumEchoEvidence);
            var sums = Merge(_echoSums);
            double c = _options.CopyRate;
            double priorLog = Math.Log(_options.DependencePrior / (1 - _options.DependencePrior));
            var factor = _echoFactor!;
            var found = new List<SourceEcho>();
            for (int s = 0; s < sourceCount; s++)
            {
                // Both tests must favour echoing: which values the source repeats, and how often it is not alone.
                int at = EchoSumsPerSource * s;
                double z = priorLog + Math.Min(sums[at], sums[at + 1]);
                double probability = 1 / (1 + Math.Exp(-z));
                factor[s] = 1 - (c * probability);
                if (probability >= 0.5)
                {
                    found.Add(new SourceEcho(s, probability, _evidenceWeight[s], sums[at + 2], sums[at + 3]));
                }
            }

            ForEachBlock(blocks, block => ApplyEchoDiscounts(block, resetDiscounts));
            found.Sort((x, y) => y.Probability != x.Probability ? y.Probability.CompareTo(x.Probability) : x.Source.CompareTo(y.Source));
            return found.ToArray();
        }

        /// <summary>
        /// For one block of objects, per source: over its contested claims, the log-likelihood ratios of echoing against
        /// independence by the values given and by whether they are shared, the weight of those claims whose value another
        /// source gives, and the weight independence predicts for that.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void SumEchoEvidence(int block, ArraySegment<double> segment)
        {
            var t = _table;
            var values = t.ClaimValues;
            var weights = t.ClaimWeights;
            var sources = t.ClaimSources;
            var probability = Probability;
            var accuracy = Accuracy;
            var evidence = _evidenceWeight;
            var next = _next;
            var sums = segment.AsSpan();
            double a0 = _options.PriorAccuracy, k = _options.PriorStrength, c = _options.CopyRate, phi = FalseAgreement;
            double notSharedRatio = SharingLogRatio(false, 0.5, c);
            double[] score = new double[16], own = new double[16], valueWeight = new double[16], contribution = new double[16];
            double[] relative = new double[16], withoutOwn = new double[16];
            int[] supporters = new int[16], mine = new int[16];
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
                int claimStart = t.ClaimStart[o], claimEnd = t.ClaimStart[o + 1];
                int claimCount = claimEnd - claimStart;
                if (!_contested[claimStart] || claimCount > _options.MaxClaimsPerObjectForDependence)
                {
                    continue; // uncontested: nothing to echo; very crowded: bounded work, as for pairs
                }

                int first = t.ValueStart[o], valueCount = t.ValueStart[o + 1] - first;
                if (score.Length < valueCount)
                {
                    int size = Math.Max(valueCount, 2 * score.Length);
                    score = new double[size];
                    own = new double[size];
                    relative = new double[size];
                    withoutOwn = new double[size];
                    valueWeight = new double[size];
                    supporters = new int[size];
                    mine = new int[size];
                }

                if (contribution.Length < claimCount)
                {
                    contribution = new double[Math.Max(claimCount, 2 * contribution.Length)];
                }

                double logFalse = _logFalse[o], falseValues = Math.Exp(logFalse);
                score.AsSpan(0, valueCount).Clear();
                valueWeight.AsSpan(0, valueCount).Clear();
                supporters.AsSpan(0, valueCount).Clear();
                double objectWeight = 0;

                // Every claim's vote, with its source's accuracy as estimated without this object (claims are sorted by
                // source, so a source's claims here are consecutive).
                for (int i = claimStart; i < claimEnd;)
                {
                    int s = sources[i], end = i + 1;
                    while (end < claimEnd && sources[end] == s)
                    {
                        end++;
                    }

                    double right = 0, weight = 0;
                    for (int j = i; j < end; j++)
                    {
                        right += weights[j] * probability[values[j]];
                        weight += weights[j];
                    }

                    double a = Math.Clamp(PosteriorMean(a0, k, next[s] - right, evidence[s] - weight), 1e-6, 1 - 1e-6);
                    double vote = logFalse + Math.Log(a / (1 - a));
                    for (int j = i; j < end; j++)
                    {
                        int v = values[j] - first;
                        contribution[j - claimStart] = weights[j] * vote;
                        score[v] += contribution[j - claimStart];
                        valueWeight[v] += weights[j];
                        objectWeight += weights[j];
                        supporters[v]++;
                    }

                    i = end;
                }

                // The others' view of the truth for each source is the object's scores less the source's own votes. All
                // scores are taken relative to the top one, so that Σ exp over the others' values is the object's sum
                // less the source's own values, re-added with its own vote removed where somebody else also gives them.
                double top = double.NegativeInfinity;
                int givenValues = 0;
                for (int v = 0; v < valueCount; v++)
                {
                    if (supporters[v] > 0)
                    {
                        top = Math.Max(top, score[v]);
                        givenValues++;
                    }
                }

                double all = 0, unseenAtTop = Math.Exp(-top);
                for (int v = 0; v < valueCount; v++)
                {
                    relative[v] = supporters[v] > 0 ? Math.Exp(score[v] - top) : 0;
                    all += relative[v];
                }

                for (int i = claimStart; i < claimEnd;)
                {
                    int s = sources[i], end = i + 1;
                    while (end < claimEnd && sources[end] == s)
                    {
                        end++;
                    }

                    double ownWeight = 0, seen = all;
                    int otherValues = givenValues;
                    for (int j = i; j < end; j++)
                    {
                        int v = values[j] - first;
                        ownWeight += weights[j];
                        seen -= relative[v];
                        if (supporters[v] > 1)
                        {
                            withoutOwn[v] = Math.Exp(score[v] - contribution[j - claimStart] - top);
                            seen += withoutOwn[v];
                        }
                        else
                        {
                            otherValues--;
                        }
                    }

                    // The true value is one of the others' values or one nobody else gives: n + 1 values in all, those
                    // unseen with score 0, i.e. exp(−top) each on this scale.
                    double unseenWeight = unseenAtTop;
                    if (DirectEchoSums || seen <= 1e-9 * all)
                    {
                        // The source's own votes made up nearly all of the sum: the difference has lost its digits, so
                        // sum the others' values again, on the scale of the largest of them.
                        double scale = double.NegativeInfinity;
                        for (int j = i; j < end; j++)
                        {
                            own[values[j] - first] = contribution[j - claimStart];
                            mine[values[j] - first] = 1;
                        }

                        for (int v = 0; v < valueCount; v++)
                        {
                            if (supporters[v] > mine[v])
                            {
                                scale = Math.Max(scale, score[v] - own[v]);
                            }
                        }

                        seen = 0;
                        for (int v = 0; v < valueCount; v++)
                        {
                            if (supporters[v] > mine[v])
                            {
                                seen += Math.Exp(score[v] - own[v] - scale);
                            }
                        }

                        for (int j = i; j < end; j++)
                        {
                            int v = values[j] - first;
                            withoutOwn[v] = Math.Exp(score[v] - own[v] - scale);
                            own[v] = 0;
                            mine[v] = 0;
                        }

                        unseenWeight = Math.Exp(-scale);
                    }

                    double unseenValues = falseValues + 1 - otherValues;
                    double total = unseenValues > 0 ? seen + (unseenValues * unseenWeight) : seen;

                    // Under independence the source gives v with probability P(v)·A + (1 − P(v))·(1 − A)·h, P(v) the
                    // others' probability that v is true (so one of the others' values with Σ over them), h the chance that
                    // a wrong value lands on a given false value: the larger of 1/n and φ, the rate at which wrong sources
                    // were seen to agree (at most one of the others' false values in all). An echo gives, with
                    // probability c, the value of one of the other claims picked at random (v with the share of their
                    // weight on v).
                    double accuracyS = Math.Clamp(accuracy[s], 1e-6, 1 - 1e-6);
                    double hit = 1 / falseValues;
                    if (!double.IsNaN(phi))
                    {
                        hit = Math.Max(hit, Math.Min(phi, 1.0 / Math.Max(1, otherValues - 1)));
                    }

                    double wrongPick = (1 - accuracyS) * hit;
                    double anyShared = Math.Min(1, ((accuracyS - wrongPick) * seen / total) + (otherValues * wrongPick));
                    double othersWeight = objectWeight - ownWeight;
                    double sharedRatio = SharingLogRatio(true, anyShared, c);
                    int at = EchoSumsPerSource * s;
                    for (int j = i; j < end; j++)
                    {
                        int v = values[j] - first;
                        double w = weights[j];
                        if (supporters[v] > 1)
                        {
                            double picked = (valueWeight[v] - w) / othersWeight;
                            sums[at] += w * EchoLogRatio(withoutOwn[v] / total, accuracyS, hit, picked, c);
                            sums[at + 1] += w * sharedRatio;
                            sums[at + 2] += w;
                        }
                        else
                        {
                            // Nobody else gives the value: an echo would have done so with probability c, by either test.
                            sums[at] += w * notSharedRatio;
                            sums[at + 1] += w * notSharedRatio;
                        }

                        sums[at + 3] += w * anyShared;
                    }

                    i = end;
                }
            }
        }

        /// <summary>For one block of objects: multiplies the discount of every claim on a value another source also gives by its source's echo factor.</summary>
        private void ApplyEchoDiscounts(int block, bool resetDiscounts)
        {
            var t = _table;
            var values = t.ClaimValues;
            var sources = t.ClaimSources;
            var discount = Discount;
            var factor = _echoFactor!;
            int[] supporters = new int[16];
            for (int o = _objectBlockStart[block]; o < _objectBlockStart[block + 1]; o++)
            {
                int claimStart = t.ClaimStart[o], claimEnd = t.ClaimStart[o + 1];
                if (resetDiscounts)
                {
                    discount.AsSpan(claimStart, claimEnd - claimStart).Fill(1.0);
                }

                if (!_contested[claimStart])
                {
                    continue;
                }

                int first = t.ValueStart[o], valueCount = t.ValueStart[o + 1] - first;
                if (supporters.Length < valueCount)
                {
                    supporters = new int[Math.Max(valueCount, 2 * supporters.Length)];
                }

                supporters.AsSpan(0, valueCount).Clear();
                for (int i = claimStart; i < claimEnd; i++)
                {
                    supporters[values[i] - first]++; // a source gives a value at most once, so claims count sources
                }

                for (int i = claimStart; i < claimEnd; i++)
                {
                    if (supporters[values[i] - first] > 1)
                    {
                        discount[i] *= factor[sources[i]];
                    }
                }
            }
        }
    }
}

using System.Collections.ObjectModel;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time.TimeMl;

/// <summary>Precision, recall and F1 of one measure, each between 0 and 1.</summary>
/// <param name="Precision">The share of system annotations that are right.</param>
/// <param name="Recall">The share of gold annotations found.</param>
/// <param name="F1">The harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/> (0 when both are 0).</param>
public readonly record struct TimeMlScore(double Precision, double Recall, double F1)
{
    /// <summary>Makes a score from counts: <paramref name="correctSystem"/> of <paramref name="system"/> and
    /// <paramref name="correctGold"/> of <paramref name="gold"/> (a share of nothing is 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static TimeMlScore FromCounts(int correctSystem, int system, int correctGold, int gold)
    {
        Preconditions.CheckNonNegative(correctSystem);
        Preconditions.CheckNonNegative(system);
        Preconditions.CheckNonNegative(correctGold);
        Preconditions.CheckNonNegative(gold);
        double p = system == 0 ? 0 : (double)correctSystem / system;
        double r = gold == 0 ? 0 : (double)correctGold / gold;
        return new TimeMlScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>Returns this score with precision and recall multiplied by an attribute accuracy (TempEval-3's attribute F1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accuracy"/> is not between 0 and 1.</exception>
    public TimeMlScore Times(double accuracy)
    {
        if (accuracy is < 0 or > 1 || double.IsNaN(accuracy))
        {
            throw new ArgumentOutOfRangeException(nameof(accuracy), accuracy, "An accuracy is between 0 and 1.");
        }

        double p = Precision * accuracy;
        double r = Recall * accuracy;
        return new TimeMlScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>What went wrong with one annotation in a <see cref="TimeMlEvaluation"/>.</summary>
public enum TimeMlErrorKind
{
    /// <summary>A gold TIMEX3 that no system TIMEX3 overlaps.</summary>
    Missed = 0,

    /// <summary>A system TIMEX3 that overlaps no gold TIMEX3.</summary>
    Spurious = 1,

    /// <summary>An overlapping pair whose extents differ.</summary>
    Extent = 2,

    /// <summary>An overlapping pair whose types differ.</summary>
    Type = 3,

    /// <summary>An overlapping pair whose values differ.</summary>
    Value = 4,
}

/// <summary>One error of a <see cref="TimeMlEvaluation"/>: a document, a kind, and the gold and system annotations involved.</summary>
/// <param name="Document">The document's name.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Gold">The gold TIMEX3, or <c>null</c> for <see cref="TimeMlErrorKind.Spurious"/>.</param>
/// <param name="System">The system TIMEX3, or <c>null</c> for <see cref="TimeMlErrorKind.Missed"/>.</param>
public sealed record TimeMlError(string Document, TimeMlErrorKind Kind, Timex3? Gold, Timex3? System);

/// <summary>The measures of one TIMEX3 type in a <see cref="TimeMlEvaluation"/>.</summary>
/// <param name="Type">The type.</param>
/// <param name="Gold">Gold TIMEX3s of the type.</param>
/// <param name="System">System TIMEX3s of the type.</param>
/// <param name="Matched">Overlapping pairs where both are of the type.</param>
/// <param name="ValueCorrect">Of those, the pairs with the same value.</param>
/// <param name="Extent">Relaxed extent score for the type (a pair counts when both have the type).</param>
/// <param name="Value">Value score for the type (a pair counts when both have the type and the value is right).</param>
public sealed record TimeMlTypeScore(TimexType Type, int Gold, int System, int Matched, int ValueCorrect, TimeMlScore Extent, TimeMlScore Value);

/// <summary>
/// The TempEval-3 Task A evaluation (SemEval-2013 Task 1, UzZaman et al. 2013) of the temporal tagger on TimeML
/// documents: each document is tagged anchored on its creation time, and the system TIMEX3s are compared with the
/// gold ones by character extent.
/// </summary>
/// <remarks>
/// <para><b>Measures.</b> Strict extent: a system TIMEX3 is right when a gold one has the same start and end.
/// Relaxed extent: when they overlap (each gold and each system TIMEX3 is matched at most once, in text order).
/// Attribute scores (value, type) follow the task: accuracy of the attribute over the relaxed matches, times the
/// relaxed precision and recall (value P = P<sub>relaxed</sub> × accuracy, R = R<sub>relaxed</sub> × accuracy).</para>
/// <para><b>Difference from the official scorer.</b> The TempEval-3 scorer matches extents by tokens of the
/// TimeML files; this one by characters of the plain text. A character match implies the token match; relaxed
/// matches are the same except where a system extent overlaps a gold one by part of a token (the tagger cuts at
/// token bounds, so only the gold's own odd spans can differ).</para>
/// <para>Deterministic: documents in the order given, annotations in text order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TimeMlEvaluation
{
    private TimeMlEvaluation(int documents, int gold, int system, int strict, int relaxedSystem, int relaxedGold, int valueCorrect, int typeCorrect, IList<TimeMlTypeScore> perType, IList<TimeMlError> errors)
    {
        Documents = documents;
        GoldCount = gold;
        SystemCount = system;
        StrictMatches = strict;
        RelaxedMatches = relaxedGold;
        ValueCorrect = valueCorrect;
        TypeCorrect = typeCorrect;
        Strict = TimeMlScore.FromCounts(strict, system, strict, gold);
        Relaxed = TimeMlScore.FromCounts(relaxedSystem, system, relaxedGold, gold);
        double valueAccuracy = relaxedGold == 0 ? 0 : (double)valueCorrect / relaxedGold;
        double typeAccuracy = relaxedGold == 0 ? 0 : (double)typeCorrect / relaxedGold;
        Value = Relaxed.Times(valueAccuracy);
        Type = Relaxed.Times(typeAccuracy);
        ValueAccuracy = valueAccuracy;
        TypeAccuracy = typeAccuracy;
        PerType = new ReadOnlyCollection<TimeMlTypeScore>(perType);
        Errors = new ReadOnlyCollection<TimeMlError>(errors);
    }

    /// <summary>Gets the number of documents evaluated.</summary>
    public int Documents { get; }

    /// <summary>Gets the number of gold TIMEX3s (creation times excluded).</summary>
    public int GoldCount { get; }

    /// <summary>Gets the number of system TIMEX3s.</summary>
    public int SystemCount { get; }

    /// <summary>Gets the number of exact extent matches.</summary>
    public int StrictMatches { get; }

    /// <summary>Gets the number of overlapping (relaxed) matches.</summary>
    public int RelaxedMatches { get; }

    /// <summary>Gets the number of relaxed matches with the same value.</summary>
    public int ValueCorrect { get; }

    /// <summary>Gets the number of relaxed matches with the same type.</summary>
    public int TypeCorrect { get; }

    /// <summary>Gets the strict extent score.</summary>
    public TimeMlScore Strict { get; }

    /// <summary>Gets the relaxed extent score.</summary>
    public TimeMlScore Relaxed { get; }

    /// <summary>Gets the value score (relaxed score times value accuracy).</summary>
    public TimeMlScore Value { get; }

    /// <summary>Gets the type score (relaxed score times type accuracy).</summary>
    public TimeMlScore Type { get; }

    /// <summary>Gets the share of relaxed matches with the right value.</summary>
    public double ValueAccuracy { get; }

    /// <summary>Gets the share of relaxed matches with the right type.</summary>
    public double TypeAccuracy { get; }

    /// <summary>Gets the measures of each type (DATE, TIME, DURATION, SET, in that order).</summary>
    public IReadOnlyList<TimeMlTypeScore> PerType { get; }

    /// <summary>Gets every error, by document then text order.</summary>
    public IReadOnlyList<TimeMlError> Errors { get; }

    /// <summary>Evaluates <paramref name="tagger"/> (the default one when null) on <paramref name="documents"/>, each
    /// anchored on its creation time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null or holds null.</exception>
    public static TimeMlEvaluation Evaluate(IEnumerable<TimeMlDocument> documents, TemporalTagger? tagger = null)
    {
        Preconditions.CheckNotNull(documents);
        tagger ??= TemporalTagger.Default;
        var pairs = new List<(string Name, IReadOnlyList<Timex3> Gold, IReadOnlyList<Timex3> System)>();
        foreach (var document in documents)
        {
            Preconditions.CheckNotNull(document);
            pairs.Add((document.Name, document.Timexes, tagger.TagTimex(document.Text, document.CreationTime)));
        }

        return Compare(pairs);
    }

    /// <summary>Compares given system annotations with gold ones, document by document.</summary>
    /// <param name="documents">Per document: its name, the gold TIMEX3s and the system TIMEX3s (each in text order).</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null or holds a null list.</exception>
    public static TimeMlEvaluation Compare(IEnumerable<(string Name, IReadOnlyList<Timex3> Gold, IReadOnlyList<Timex3> System)> documents)
    {
        Preconditions.CheckNotNull(documents);
        int docs = 0, gold = 0, system = 0, strict = 0, relaxedSystem = 0, relaxedGold = 0, valueCorrect = 0, typeCorrect = 0;
        var types = Enum.GetValues<TimexType>();
        var goldByType = new int[types.Length];
        var systemByType = new int[types.Length];
        var matchedByType = new int[types.Length];
        var valueByType = new int[types.Length];
        var errors = new List<TimeMlError>();
        foreach (var (name, goldList, systemList) in documents)
        {
            Preconditions.CheckNotNull(goldList);
            Preconditions.CheckNotNull(systemList);
            docs++;
            gold += goldList.Count;
            system += systemList.Count;
            foreach (var g in goldList)
            {
                goldByType[(int)g.Type]++;
            }

            foreach (var s in systemList)
            {
                systemByType[(int)s.Type]++;
            }

            var goldMatched = new bool[goldList.Count];
            var systemMatched = new bool[systemList.Count];
            var docErrors = new List<(int Position, TimeMlError Error)>();

            // Strict matches first, then the overlaps among what is left, each in text order.
            for (int s = 0; s < systemList.Count; s++)
            {
                for (int g = 0; g < goldList.Count; g++)
                {
                    if (!goldMatched[g] && goldList[g].Start == systemList[s].Start && goldList[g].End == systemList[s].End)
                    {
                        goldMatched[g] = systemMatched[s] = true;
                        strict++;
                        Pair(goldList[g], systemList[s], exact: true);
                        break;
                    }
                }
            }

            for (int s = 0; s < systemList.Count; s++)
            {
                if (systemMatched[s])
                {
                    continue;
                }

                for (int g = 0; g < goldList.Count; g++)
                {
                    if (!goldMatched[g] && goldList[g].Start < systemList[s].End && systemList[s].Start < goldList[g].End)
                    {
                        goldMatched[g] = systemMatched[s] = true;
                        Pair(goldList[g], systemList[s], exact: false);
                        break;
                    }
                }
            }

            for (int g = 0; g < goldList.Count; g++)
            {
                if (!goldMatched[g])
                {
                    docErrors.Add((goldList[g].Start, new TimeMlError(name, TimeMlErrorKind.Missed, goldList[g], null)));
                }
            }

            for (int s = 0; s < systemList.Count; s++)
            {
                if (!systemMatched[s])
                {
                    docErrors.Add((systemList[s].Start, new TimeMlError(name, TimeMlErrorKind.Spurious, null, systemList[s])));
                }
            }

            docErrors.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Error.Kind.CompareTo(b.Error.Kind));
            errors.AddRange(docErrors.Select(e => e.Error));

            void Pair(Timex3 g, Timex3 s, bool exact)
            {
                relaxedGold++;
                relaxedSystem++;
                bool sameValue = string.Equals(g.Value, s.Value, StringComparison.OrdinalIgnoreCase);
                if (sameValue)
                {
                    valueCorrect++;
                }

                if (g.Type == s.Type)
                {
                    typeCorrect++;
                    matchedByType[(int)g.Type]++;
                    if (sameValue)
                    {
                        valueByType[(int)g.Type]++;
                    }
                }

                int position = Math.Min(g.Start, s.Start);
                if (!exact)
                {
                    docErrors.Add((position, new TimeMlError(name, TimeMlErrorKind.Extent, g, s)));
                }

                if (g.Type != s.Type)
                {
                    docErrors.Add((position, new TimeMlError(name, TimeMlErrorKind.Type, g, s)));
                }

                if (!sameValue)
                {
                    docErrors.Add((position, new TimeMlError(name, TimeMlErrorKind.Value, g, s)));
                }
            }
        }

        var perType = new List<TimeMlTypeScore>();
        foreach (var type in types)
        {
            int t = (int)type;
            perType.Add(new TimeMlTypeScore(
                type,
                goldByType[t],
                systemByType[t],
                matchedByType[t],
                valueByType[t],
                TimeMlScore.FromCounts(matchedByType[t], systemByType[t], matchedByType[t], goldByType[t]),
                TimeMlScore.FromCounts(valueByType[t], systemByType[t], valueByType[t], goldByType[t])));
        }

        return new TimeMlEvaluation(docs, gold, system, strict, relaxedSystem, relaxedGold, valueCorrect, typeCorrect, perType, errors);
    }
}

using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Extraction.Evaluation;

/// <summary>Precision, recall and F1 for one facet (or <c>all</c>): how many gold claims, predicted claims and matches.</summary>
/// <remarks>Immutable; value equality.</remarks>
/// <param name="Facet">The facet (<c>count</c> groups every <c>count:…</c> facet; <c>all</c> is the micro-average).</param>
/// <param name="Gold">The number of gold claims.</param>
/// <param name="Predicted">The number of predicted claims.</param>
/// <param name="Matched">The number of one-to-one matches.</param>
public sealed record FacetScore(string Facet, int Gold, int Predicted, int Matched)
{
    /// <summary>Gets matched / predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    /// <summary>Gets matched / gold (1 when the gold has none).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>Gets the harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Returns e.g. <c>date P=0.80 R=0.75 F1=0.77 (12/15 of 16)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Facet} P={Precision:0.00} R={Recall:0.00} F1={F1:0.00} ({Matched}/{Predicted} of {Gold})");
}

/// <summary>The result of comparing extracted claims with a gold standard.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class EvaluationReport
{
    internal EvaluationReport(IList<FacetScore> facets, FacetScore overall, int modalityAgreed, int modalityAnnotated, IList<GoldClaim> missed, IList<Claim> spurious,
        IList<(GoldClaim Gold, Claim Predicted)> matches)
    {
        Facets = new ReadOnlyCollection<FacetScore>(facets);
        Overall = overall;
        ModalityAgreed = modalityAgreed;
        ModalityAnnotated = modalityAnnotated;
        Missed = new ReadOnlyCollection<GoldClaim>(missed);
        Spurious = new ReadOnlyCollection<Claim>(spurious);
        Matches = new ReadOnlyCollection<(GoldClaim, Claim)>(matches);
    }

    /// <summary>Gets the score per facet, sorted by facet name (<c>count:…</c> facets grouped as <c>count</c>).</summary>
    public IReadOnlyList<FacetScore> Facets { get; }

    /// <summary>Gets the micro-averaged score over every facet.</summary>
    public FacetScore Overall { get; }

    /// <summary>Gets how many matched claims whose gold annotates a modality have that modality.</summary>
    public int ModalityAgreed { get; }

    /// <summary>Gets how many matched claims have a modality annotated in the gold.</summary>
    public int ModalityAnnotated { get; }

    /// <summary>Gets the gold claims nothing matched.</summary>
    public IReadOnlyList<GoldClaim> Missed { get; }

    /// <summary>Gets the predicted claims that matched no gold claim.</summary>
    public IReadOnlyList<Claim> Spurious { get; }

    /// <summary>Gets the matched pairs.</summary>
    public IReadOnlyList<(GoldClaim Gold, Claim Predicted)> Matches { get; }

    /// <summary>Returns the score for a facet group, or null.</summary>
    public FacetScore? this[string facet] => Facets.FirstOrDefault(f => f.Facet == facet);

    /// <summary>Returns a fixed-width table: facet, gold, predicted, matched, P, R, F1, then the overall row.</summary>
    public string ToTable()
    {
        var b = new StringBuilder();
        b.Append("facet           gold  pred  match      P      R     F1\n");
        foreach (var f in Facets.Append(Overall))
        {
            b.Append(string.Create(CultureInfo.InvariantCulture, $"{f.Facet,-14} {f.Gold,5} {f.Predicted,5} {f.Matched,6} {f.Precision,6:0.000} {f.Recall,6:0.000} {f.F1,6:0.000}\n"));
        }

        if (ModalityAnnotated > 0)
        {
            b.Append(string.Create(CultureInfo.InvariantCulture, $"modality agreement on matched claims with annotated modality: {ModalityAgreed}/{ModalityAnnotated}\n"));
        }

        return b.ToString();
    }

    /// <summary>Serialises the scores, misses and spurious claims as indented JSON with a <c>schemaVersion</c>.</summary>
    [Obsolete("Use KoreaEventsJson.Serialize(report) (namespace KoreaEvents.Core.Serialization).")]
    public string ToJson() => KoreaEventsJson.Serialize(this);
}

/// <summary>
/// Scores extracted claims against a gold standard, per facet.
/// </summary>
/// <remarks>
/// <para><b>Matching rule.</b> A predicted claim matches a gold claim when (1) they have the same source, (2) the same
/// subject (a gold subject <c>event:provisional</c> matches any provisional event), (3) the same facet, (4) compatible
/// values — dates overlap (<see cref="DateEstimate.IsCompatibleWith"/>, so an unstated year never conflicts) and
/// have the same precision; entities are equal, or for <c>location</c> one place contains the other; quantities have
/// the same unit and overlapping ranges; booleans and texts (case-insensitively) are equal — and (5) their evidence
/// spans overlap. Matching is one-to-one and greedy in gold order, each gold claim taking the first unmatched
/// prediction that fits. Only predictions from sources the gold covers are scored.</para>
/// <para>Precision = matched / predicted, recall = matched / gold, F1 their harmonic mean, per facet
/// (<c>count:…</c> facets grouped as <c>count</c>) and micro-averaged. Modality is reported separately as agreement on
/// matched claims whose gold annotates one. Stateless and thread-safe.</para>
/// </remarks>
public static class ExtractionEvaluator
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    /// <param name="gold">The expected claims.</param>
    /// <param name="predicted">The extracted claims (claims of sources the gold does not cover are ignored).</param>
    /// <param name="knowledgeBase">The knowledge base for place containment (<see cref="KnowledgeBase.Default"/> when null).</param>
    /// <exception cref="ArgumentNullException"><paramref name="gold"/> or <paramref name="predicted"/> is null.</exception>
    public static EvaluationReport Evaluate(GoldStandard gold, IEnumerable<Claim> predicted, KnowledgeBase? knowledgeBase = null)
    {
        Preconditions.CheckNotNull(gold);
        Preconditions.CheckNotNull(predicted);
        var kb = knowledgeBase ?? KnowledgeBase.Default;
        var sources = gold.Sources.ToHashSet();
        var candidates = predicted.Where(p => sources.Contains(p.Source)).ToList();
        var used = new bool[candidates.Count];
        var matches = new List<(GoldClaim, Claim)>();
        var missed = new List<GoldClaim>();
        foreach (var g in gold.Claims)
        {
            int found = -1;
            for (int i = 0; i < candidates.Count; i++)
            {
                if (!used[i] && Matches(g, candidates[i], kb))
                {
                    found = i;
                    break;
                }
            }

            if (found < 0)
            {
                missed.Add(g);
            }
            else
            {
                used[found] = true;
                matches.Add((g, candidates[found]));
            }
        }

        var spurious = candidates.Where((_, i) => !used[i]).ToList();
        var groups = gold.Claims.Select(c => Group(c.Facet)).Concat(candidates.Select(c => Group(c.Facet))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var facets = groups.Select(name => new FacetScore(name,
            gold.Claims.Count(c => Group(c.Facet) == name),
            candidates.Count(c => Group(c.Facet) == name),
            matches.Count(m => Group(m.Item1.Facet) == name))).ToList();
        var overall = new FacetScore("all", gold.Claims.Count, candidates.Count, matches.Count);
        var annotated = matches.Where(m => m.Item1.Modality is not null).ToList();
        return new EvaluationReport(facets, overall, annotated.Count(m => m.Item1.Modality == m.Item2.Modality), annotated.Count, missed, spurious, matches);
    }

    /// <summary>The facet group a facet is scored under: <c>count</c> for every count facet, else the facet itself.</summary>
    public static string Group(Facet facet) => facet.IsCount ? "count" : facet.IsParticipation ? "participants" : facet.Name ?? string.Empty;

    /// <summary>Whether <paramref name="predicted"/> matches <paramref name="gold"/> by the rule in the type's remarks.</summary>
    public static bool Matches(GoldClaim gold, Claim predicted, KnowledgeBase knowledgeBase)
    {
        Preconditions.CheckNotNull(gold);
        Preconditions.CheckNotNull(predicted);
        Preconditions.CheckNotNull(knowledgeBase);
        // Participation is stated per participant (participants:<actor>); gold files may use the plain facet.
        bool sameFacet = gold.Facet == predicted.Facet || (gold.Facet.IsParticipation && predicted.Facet.IsParticipation);
        if (gold.Source != predicted.Source || !sameFacet || !SameSubject(gold.Subject, predicted.Subject))
        {
            return false;
        }

        if (predicted.Evidence is not { } evidence || evidence.Start >= gold.Evidence.Start + gold.Evidence.Length || gold.Evidence.Start >= evidence.Start + evidence.Length)
        {
            return false;
        }

        return (gold.Value, predicted.Value) switch
        {
            (DateValue a, DateValue b) => a.Date.IsCompatibleWith(b.Date) && a.Date.Precision == b.Date.Precision,
            (EntityValue a, EntityValue b) => a.Entity == b.Entity || (gold.Facet == Facet.Location && a.Entity.Kind == EntityKind.Place && b.Entity.Kind == EntityKind.Place
                && (knowledgeBase.IsWithin(new PlaceId(a.Entity.Slug!), new PlaceId(b.Entity.Slug!)) || knowledgeBase.IsWithin(new PlaceId(b.Entity.Slug!), new PlaceId(a.Entity.Slug!)))),
            (QuantityValue a, QuantityValue b) => a.Quantity.Unit == b.Quantity.Unit && a.Quantity.Low <= b.Quantity.High && b.Quantity.Low <= a.Quantity.High,
            (BooleanValue a, BooleanValue b) => a.Value == b.Value,
            (TextValue a, TextValue b) => string.Equals(Normalize(a.Text), Normalize(b.Text), StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static bool SameSubject(EntityRef gold, EntityRef predicted) =>
        gold == predicted
        || (gold.Kind == EntityKind.Event && gold.Slug == "provisional" && predicted.Kind == EntityKind.Event && predicted.Slug!.StartsWith(ProvisionalEvents.Prefix, StringComparison.Ordinal));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using KoreaEvents.Core.Extraction.Evaluation;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization.Contracts;

/// <summary>
/// The JSON shape of an <see cref="EvaluationReport"/>: the scores per facet then overall (rounded to 4 decimals),
/// the modality agreement, and the missed and spurious claims in words. Version <see cref="KoreaEventsJson.SchemaVersion"/>.
/// </summary>
internal static class EvaluationReportContract
{
    /// <summary>Maps <paramref name="report"/> to its JSON shape.</summary>
    public static EvaluationReportDto From(EvaluationReport report) => new(
        DocumentSchema.Version,
        report.Facets.Append(report.Overall).Select(f => new FacetScoreDto(f.Facet, f.Gold, f.Predicted, f.Matched, Math.Round(f.Precision, 4), Math.Round(f.Recall, 4), Math.Round(f.F1, 4))).ToList(),
        report.ModalityAgreed,
        report.ModalityAnnotated,
        report.Missed.Select(m => m.ToString()).ToList(),
        report.Spurious.Select(s => $"{s.Source} {s.Subject} {s.Facet} = {s.Value} @{s.Evidence?.Start}+{s.Evidence?.Length}").ToList());
}

internal sealed record EvaluationReportDto(int SchemaVersion, IReadOnlyList<FacetScoreDto> Facets, int ModalityAgreed, int ModalityAnnotated, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious);

internal sealed record FacetScoreDto(string Facet, int Gold, int Predicted, int Matched, double Precision, double Recall, double F1);

using KoreaEvents.Core.Time.TimeMl;
using Xunit.Abstractions;

namespace KoreaEvents.Core.Tests.Time.TimeMl;

/// <summary>
/// The TempEval-3 Task A figures on the training set (TBAQ-cleaned, 256 documents, <c>../shared/data/timeml/te3-train</c>
/// from the repository root) stay at or above the floors reached (README, "Temporal tagging on TempEval-3").
/// The platinum test set is never used.
/// </summary>
public sealed class TempEval3FloorTest(ITestOutputHelper output)
{
    // Floors: the figures reached, rounded down by 0.5 (percent F1).
    private const double StrictFloor = 80.0;
    private const double RelaxedFloor = 88.0;
    private const double ValueFloor = 72.5;

    private static string Folder => Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "timeml", "te3-train"));

    [Fact]
    public void Training_set_figures_stay_above_the_floors()
    {
        if (!Directory.Exists(Folder))
        {
            output.WriteLine($"SKIPPED: the TempEval-3 training set is not at {Folder} (it is present in CI).");
            return;
        }

        var documents = TimeMlDocument.LoadDirectory(Folder);
        var evaluation = TimeMlEvaluation.Evaluate(documents);

        Assert.Equal(256, evaluation.Documents);
        Assert.Equal(1822, evaluation.GoldCount);
        output.WriteLine($"strict {evaluation.Strict.F1:P1} relaxed {evaluation.Relaxed.F1:P1} value {evaluation.Value.F1:P1} type {evaluation.Type.F1:P1}");
        Assert.True(evaluation.Strict.F1 * 100 >= StrictFloor, $"strict extent F1 {evaluation.Strict.F1 * 100:0.0} < {StrictFloor}");
        Assert.True(evaluation.Relaxed.F1 * 100 >= RelaxedFloor, $"relaxed extent F1 {evaluation.Relaxed.F1 * 100:0.0} < {RelaxedFloor}");
        Assert.True(evaluation.Value.F1 * 100 >= ValueFloor, $"value F1 {evaluation.Value.F1 * 100:0.0} < {ValueFloor}");
    }
}

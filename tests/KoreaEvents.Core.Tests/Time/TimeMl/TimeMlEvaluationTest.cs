using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Time;
using KoreaEvents.Core.Time.TimeMl;

namespace KoreaEvents.Core.Tests.Time.TimeMl;

public sealed class TimeMlEvaluationTest
{
    private static Timex3 T(int start, string text, TimexType type, string value) => new(start, text, type, value);

    [Fact]
    public void Strict_relaxed_and_attribute_scores_follow_the_task_definition()
    {
        // Gold: four TIMEX3s. System: one exact with the right value, one overlapping with a wrong value, one spurious.
        IReadOnlyList<Timex3> gold =
        [
            T(0, "Friday", TimexType.Date, "2013-03-22"),
            T(10, "two years", TimexType.Duration, "P2Y"),
            T(30, "now", TimexType.Date, "PRESENT_REF"),
            T(40, "every week", TimexType.Set, "P1W"),
        ];
        IReadOnlyList<Timex3> system =
        [
            T(0, "Friday", TimexType.Date, "2013-03-22"),
            T(6, "for two years", TimexType.Duration, "P3Y"),
            T(60, "1998", TimexType.Date, "1998"),
        ];

        var evaluation = TimeMlEvaluation.Compare([("d", gold, system)]);

        Assert.Equal(1, evaluation.StrictMatches);
        Assert.Equal(2, evaluation.RelaxedMatches);
        Assert.Equal(1, evaluation.ValueCorrect);
        Assert.Equal(1.0 / 3, evaluation.Strict.Precision, 10);
        Assert.Equal(1.0 / 4, evaluation.Strict.Recall, 10);
        Assert.Equal(2.0 / 3, evaluation.Relaxed.Precision, 10);
        Assert.Equal(2.0 / 4, evaluation.Relaxed.Recall, 10);
        Assert.Equal(2.0 / 3 * 0.5, evaluation.Value.Precision, 10);
        Assert.Equal(0.5 * 0.5, evaluation.Value.Recall, 10);
        Assert.Equal(evaluation.Relaxed.F1 * 0.5, evaluation.Value.F1, 10);
        Assert.Equal(evaluation.Relaxed.F1, evaluation.Type.F1, 10);
        Assert.Equal(
            [TimeMlErrorKind.Extent, TimeMlErrorKind.Value, TimeMlErrorKind.Missed, TimeMlErrorKind.Missed, TimeMlErrorKind.Spurious],
            evaluation.Errors.Select(e => e.Kind));
        var set = evaluation.PerType.Single(t => t.Type == TimexType.Set);
        Assert.Equal((1, 0, 0), (set.Gold, set.System, set.Matched));
    }

    [Fact]
    public void The_report_is_deterministic_and_lists_errors_on_request()
    {
        IReadOnlyList<Timex3> gold = [T(0, "now", TimexType.Date, "PRESENT_REF")];
        var evaluation = TimeMlEvaluation.Compare([("d.tml", gold, Array.Empty<Timex3>())]);
        var plain = new StringWriter();
        var withErrors = new StringWriter();

        TimeMlEvaluationWriter.Write(evaluation, plain);
        TimeMlEvaluationWriter.Write(evaluation, withErrors, errors: true);

        Assert.Contains("strict extent      0.0    0.0    0.0", plain.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("errors", plain.ToString(), StringComparison.Ordinal);
        Assert.Contains("d.tml\tmissed\tgold 0:\"now\" DATE PRESENT_REF\tsystem -", withErrors.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => TimeMlEvaluation.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => TimeMlEvaluationWriter.Write(null!, plain));
    }
}

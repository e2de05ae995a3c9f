using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Truth;
using Xunit;

namespace KoreaEvents.Core.Tests.Architecture;

/// <summary>
/// Why article corroboration does not run on the claim-table engine (docs/ARCHITECTURE.md, "Two engines"): a claim
/// table compares values by their text, so claims that corroboration finds compatible ("2019-02" and "2019-02-27")
/// become rivals there.
/// </summary>
public sealed class TwoEnginesTest
{
    [Fact]
    public void Compatible_values_that_corroborate_each_other_are_rivals_in_a_claim_table()
    {
        var report = TestClock.Dataset.Report;
        var builder = ClaimTable.CreateBuilder();
        foreach (var group in report.Groups)
        {
            foreach (var claim in group.Claims)
            {
                builder.Add(claim.Claim.Source.ToString(), ObjectName(group), claim.Claim.Value.ToString()!);
            }
        }

        var table = builder.Build();
        var truth = new IndependenceAwareTruthDiscovery().Run(table);
        var objectIndex = table.Objects.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var valueIndex = new Dictionary<(int Object, string Text), int>();
        for (int v = 0; v < table.ValueCount; v++)
        {
            valueIndex[(table.GetValueObject(v), table.GetValueText(v))] = v;
        }

        var agreeingInDifferentWords = report.Groups
            .Where(g => g.Verdict == Verdict.Confirmed)
            .Where(g => SupportingTexts(g).Count > 1)
            .ToList();

        Assert.NotEmpty(agreeingInDifferentWords);
        foreach (var group in agreeingInDifferentWords)
        {
            int o = objectIndex[ObjectName(group)];
            string chosen = truth.GetChosenValueText(o);
            var rivals = SupportingTexts(group).Where(t => t != chosen).ToList();
            Assert.NotEmpty(rivals);
            foreach (var rival in rivals)
            {
                // Corroboration counts the rival for the consensus; the table engine splits belief between them.
                Assert.True(truth.GetValueConfidence(valueIndex[(o, rival)]) < truth.GetConfidence(o),
                    $"{group}: '{rival}' should be believed less than '{chosen}' by the table engine");
            }
        }
    }

    private static string ObjectName(ClaimGroupResult group) => group.Subject + "|" + group.Facet;

    private static List<string> SupportingTexts(ClaimGroupResult group) =>
        group.Claims.Where(c => c.Stance == ClaimStance.Supports).Select(c => c.Claim.Value.ToString()!).Distinct().ToList();
}

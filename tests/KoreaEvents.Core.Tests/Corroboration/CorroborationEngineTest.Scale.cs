using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Tests.Corroboration;

public partial class CorroborationEngineTest
{
    [Fact]
    public void A_group_with_more_origins_than_32_bit_events_hold_is_decided_on_64_bit_events()
    {
        // 9000 independent origins: more than the 2^13 that a block's compact (32-bit) sweep events can name.
        var facet = Facet.Count("people");
        var claims = Enumerable.Range(0, 9000)
            .Select(i => new Claim(new ClaimId($"claim-{i}"), Subject, facet,
                ClaimValue.FromQuantity(Quantity.Exactly(i < 5000 ? 10 : 20, "people")), new SourceId($"source-{i}")))
            .ToArray();

        var report = new CorroborationEngine().Corroborate(claims);

        var group = Assert.Single(report.Groups);
        Assert.Null(report.State.Plans[0].Block.CompactEvents);
        Assert.Equal(Verdict.Majority, group.Verdict);
        Assert.Equal(ClaimValue.FromQuantity(Quantity.Exactly(10, "people")), group.Consensus);
        Assert.Equal(4000, group.Conflicts.Count);
        Assert.Equal(9000, group.Origins.Count);
    }

    [Fact]
    public void A_small_group_is_decided_on_32_bit_events()
    {
        var report = new CorroborationEngine().Corroborate([Make("a", Date("2019-02-27")), Make("b", Date("2019-02")), Make("c", Date("2019-03"))]);

        Assert.NotNull(report.State.Plans[0].Block.CompactEvents);
        Assert.Equal(Verdict.Majority, Assert.Single(report.Groups).Verdict);
    }
}

using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Corroboration;

public sealed partial class CorroborationEngineTest
{
    /// <summary>
    /// One origin says "on Tuesday" (XXXX-06-16, anchored to 2020); another says both "this week" (2020-W25) and,
    /// wrongly, "2018". Both readings tie on weight; the consensus must be the anchored reading, not the yearless
    /// date shifted onto the other origin's wrong year.
    /// </summary>
    [Fact]
    public void On_a_tie_a_yearless_date_counts_at_its_anchored_reading_not_a_shifted_copy()
    {
        var subject = EntityRef.From(new EventId("liaison-office-demolition-2020"));
        Claim Says(string id, string source, DateEstimate date) =>
            new(new ClaimId(id), subject, Facet.Date, ClaimValue.FromDate(date), new SourceId(source));

        var report = new CorroborationEngine().Corroborate(
        [
            Says("a1", "tuesday-paper", DateEstimate.FromDay(2020, 6, 16).WithYearUnstated()),
            Says("b1", "weekly", DateEstimate.FromIsoWeek(2020, 25)),
            Says("b2", "weekly", DateEstimate.FromYear(2018)),
        ]);

        var group = report.Find(subject, Facet.Date)!;
        Assert.Equal(DateEstimate.FromDay(2020, 6, 16), Assert.IsType<DateValue>(group.Consensus).Date.WithYearStated());
        Assert.Single(group.Conflicts, c => c.Claim == new ClaimId("b2"));
    }

    /// <summary>A stated claim and a yearless one from the same origin: the stated reading is kept whichever comes first.</summary>
    [Fact]
    public void A_yearless_copy_does_not_hide_a_stated_claim_of_the_same_origin()
    {
        var subject = EntityRef.FromOther("x2");
        Source[] sources = [new(new SourceId("s0"), origins: [new ActorId("wire-a")]), new(new SourceId("s1"), origins: [new ActorId("wire-a")])];
        var report = new CorroborationEngine().Corroborate(sources,
        [
            new Claim(new ClaimId("c0"), subject, Facet.Date, ClaimValue.FromDate(DateEstimate.FromMonth(2019, 2)), new SourceId("s1")),
            new Claim(new ClaimId("c1"), subject, Facet.Date, ClaimValue.FromDate(DateEstimate.FromMonth(2020, 2).WithYearUnstated()), new SourceId("s0")),
        ]);

        var group = report.Find(subject, Facet.Date)!;
        Assert.Empty(group.Conflicts);
        Assert.Equal(DateEstimate.FromMonth(2019, 2), Assert.IsType<DateValue>(group.Consensus).Date);
    }
}

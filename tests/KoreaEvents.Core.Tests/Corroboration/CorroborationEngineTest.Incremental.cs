using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using static KoreaEvents.Core.Tests.Corroboration.SeedClaims;

namespace KoreaEvents.Core.Tests.Corroboration;

public partial class CorroborationEngineTest
{
    [Fact]
    public void Adding_a_source_recomputes_only_the_groups_it_touches()
    {
        var before = Engine.Corroborate(Sources, [.. HanoiDates, .. OpeningDates, .. DemolitionPlaces]);
        var newcomer = new Source(new SourceId("yonhap-2020-06-16"), outlet: "Yonhap", kind: SourceKind.Wire);
        var claim = new Claim(new ClaimId("yonhap-missile-tests"), MissileTests, Facet.Occurred, ClaimValue.FromBoolean(true), newcomer.Id);

        var after = before.With([newcomer], [claim]);

        Assert.Equal(1, after.State.PlansBuilt);
        Assert.Equal(1, after.State.ResultsBuilt);
        Assert.Equal(before.Groups.Count + 1, after.Groups.Count);
        foreach (var group in before.Groups)
        {
            Assert.Same(group, after.Find(group.Subject, group.Facet));
        }

        Assert.Equal(Verdict.Single, after.Find(MissileTests, Facet.Occurred)!.Verdict);
        Assert.Equal(Verdict.Single, after.Find(MissileTests, Facet.Occurred)!.Verdict);
        Assert.Null(before.Find(MissileTests, Facet.Occurred)); // the earlier report does not change
    }

    [Fact]
    public void Adding_claims_to_a_group_rebuilds_it_and_matches_a_fresh_run()
    {
        var before = Engine.Corroborate(Sources, [Hanoi000, Hanoi003March, .. OpeningDates]);
        Assert.Equal(Verdict.Contested, before.Find(Hanoi, Facet.Date)!.Verdict);

        var after = before.With([], [Hanoi002, Hanoi004, Hanoi003February]);
        var fresh = Engine.Corroborate(Sources, [.. HanoiDates, .. OpeningDates]);

        Assert.Equal(1, after.State.PlansBuilt);
        Assert.Equal(Verdict.Majority, after.Find(Hanoi, Facet.Date)!.Verdict);
        Assert.Equal(fresh.Groups.Select(g => (g.Verdict, g.Consensus)), after.Groups.Select(g => (g.Verdict, g.Consensus)));
        Assert.Equal(fresh.SourceReliabilities.Select(s => (s.Id, s.Grade, s.JudgedGroups)), after.SourceReliabilities.Select(s => (s.Id, s.Grade, s.JudgedGroups)));
        Assert.All(fresh.SourceReliabilities.Zip(after.SourceReliabilities), p => Assert.Equal(p.First.Trust, p.Second.Trust, 3)); // up to the learning tolerance
    }

    [Fact]
    public void A_new_record_that_links_two_sources_rebuilds_the_groups_they_share()
    {
        var officials = Facet.Count("officials-per-side");
        var copy = new SourceId("afp-copy-2020-06-16");
        var claims = new[]
        {
            Quote("seed-002-officials", 2, "around 20 officials from each side", Opening, officials, ClaimValue.FromQuantity(Quantity.About(20, "officials"))),
            new Claim(new ClaimId("afp-copy-officials"), Opening, officials, ClaimValue.FromQuantity(Quantity.About(20, "officials")), copy),
        };
        var before = Engine.Corroborate(Sources, [.. claims, .. OpeningDates]);
        Assert.Equal(Verdict.Confirmed, before.Find(Opening, officials)!.Verdict);

        // The copy was known only from its claim; its record now says it is AFP-derived too.
        var after = before.With([new Source(copy, origins: [Afp])], []);

        // Only the shared group is rebuilt; the other group's result is rebuilt too only because seed 002's
        // learned trust, and so its weight there, changed.
        Assert.Equal(Verdict.Single, after.Find(Opening, officials)!.Verdict);
        Assert.Equal(1, after.State.PlansBuilt);
        Assert.Throws<ArgumentException>(() => after.With([new Source(copy)], []));
    }

    [Fact]
    public void Two_updates_of_one_report_do_not_see_each_other()
    {
        var texts = new Dictionary<SourceId, string> { [Seed(2)] = SeedCorpus.Get("002").Text };
        var mirrorClaim = new Claim(new ClaimId("mirror-demolition-place"), Demolition, Facet.Location, Place(Pyongyang), new SourceId("gvs-mirror"));
        var start = Engine.Corroborate(Sources, [Pyongyang002], texts);

        var first = start.With([], [new Claim(new ClaimId("other-demolition-place"), Demolition, Facet.Location, Place(Pyongyang), new SourceId("other"))],
            new Dictionary<SourceId, string> { [new SourceId("other")] = SeedCorpus.Get("002").Text });
        var second = start.With([], [mirrorClaim], new Dictionary<SourceId, string> { [new SourceId("gvs-mirror")] = SeedCorpus.Get("004").Text });

        Assert.Equal(Verdict.Single, first.Find(Demolition, Facet.Location)!.Verdict); // "other" copies seed 002
        Assert.Equal(Verdict.Confirmed, second.Find(Demolition, Facet.Location)!.Verdict);
        Assert.Empty(second.SourceLinks);
    }
}

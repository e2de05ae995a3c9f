using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Corroboration;

public partial class CorroborationEngineTest
{
    private static readonly EntityRef Subject = EntityRef.FromOther("subject");

    private static Claim Make(string source, ClaimValue value, Modality modality = Modality.Asserted, Facet? facet = null, EntityRef? subject = null) =>
        new(new ClaimId($"{source}-{Slug.From(value.ToString()) ?? "v"}-{modality.ToString().ToLowerInvariant()}"),
            subject ?? Subject, facet ?? Facet.Date, value, new SourceId(source), null, null, modality);

    private static ClaimValue Date(string text) => ClaimValue.FromDate(DateEstimate.Parse(text));

    private static ClaimGroupResult Single(params Claim[] claims) => Assert.Single(new CorroborationEngine().Corroborate(claims).Groups);

    [Fact]
    public void A_negated_report_that_it_occurred_conflicts_with_asserted_ones()
    {
        var group = Single(
            Make("a", ClaimValue.FromBoolean(true), facet: Facet.Occurred),
            Make("b", ClaimValue.FromBoolean(true), facet: Facet.Occurred),
            Make("c", ClaimValue.FromBoolean(true), Modality.Negated, Facet.Occurred));

        Assert.Equal(Verdict.Majority, group.Verdict);
        Assert.Equal("negated true reads as false, which contradicts the consensus true", Assert.Single(group.Conflicts).Reason);
    }

    [Fact]
    public void Future_and_conditional_claims_do_not_confirm()
    {
        var group = Single(
            Make("a", Date("2020-06-16")),
            Make("b", Date("2020-06-16"), Modality.Future),
            Make("c", Date("2020-06"), Modality.Conditional));

        Assert.Equal(Verdict.Single, group.Verdict);
        Assert.Equal(AdmiraltyCredibility.PossiblyTrue, group.Claims.Single(c => c.Source.Value == "a").Credibility);
        Assert.All(group.Claims.Where(c => c.Source.Value != "a"), c => Assert.Equal(AdmiraltyCredibility.CannotBeJudged, c.Credibility));
        Assert.EndsWith("(it would agree with the consensus)", group.Claims.Single(c => c.Source.Value == "b").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_contains_its_days_and_the_consensus_is_the_intersection()
    {
        var group = Single(Make("a", Date("2020-W25")), Make("b", Date("2020-06-16")), Make("c", Date("2020-06")));
        Assert.Equal(Verdict.Confirmed, group.Verdict);
        Assert.Equal("2020-06-16", group.Consensus!.ToString());
    }

    [Fact]
    public void Compatibility_is_not_transitive_and_the_heaviest_consistent_set_wins()
    {
        // 2019 ~ 2019-02 and 2019 ~ 2019-03, but 2019-02 and 2019-03 exclude each other.
        var group = Single(Make("a", Date("2019")), Make("b", Date("2019-02")), Make("c", Date("2019-02-27")), Make("d", Date("2019-03")));

        Assert.Equal(Verdict.Majority, group.Verdict);
        Assert.Equal("2019-02-27", group.Consensus!.ToString());
        Assert.Equal("2019-03 does not overlap 2019-02-27", Assert.Single(group.Conflicts).Reason);
    }

    [Fact]
    public void An_unstated_year_never_conflicts_on_the_year_alone()
    {
        var group = Single(Make("a", Date("2019-02")), Make("b", ClaimValue.FromDate(DateEstimate.FromMonth(2020, 2).WithYearUnstated())), Make("c", Date("2019-03")));
        Assert.Equal(Verdict.Majority, group.Verdict);
        Assert.Equal("2019-02", group.Consensus!.ToString());

        var unstatedMarch = Single(Make("a", Date("2019-02")), Make("b", Date("2019-02")), Make("c", ClaimValue.FromDate(DateEstimate.FromMonth(2020, 3).WithYearUnstated())));
        Assert.Equal("XXXX-03 (2020) (no year stated) does not overlap 2019-02 in any year", Assert.Single(unstatedMarch.Conflicts).Reason);
    }

    [Fact]
    public void Text_is_compared_after_folding_case_punctuation_and_spacing()
    {
        var label = new Facet("label");
        var group = Single(Make("a", ClaimValue.FromText("Hanoi Summit"), facet: label), Make("b", ClaimValue.FromText("  hanoi  summit! "), facet: label));
        Assert.Equal(Verdict.Confirmed, group.Verdict);
    }

    [Fact]
    public void A_value_of_another_type_is_not_compared()
    {
        var group = Single(Make("a", Date("2019-02")), Make("b", Date("2019-02")), Make("c", ClaimValue.FromText("last February")));
        Assert.Equal(Verdict.Confirmed, group.Verdict);
        var odd = group.Claims.Single(c => c.Source.Value == "c");
        Assert.Equal(ClaimStance.Neutral, odd.Stance);
        Assert.Equal(AdmiraltyCredibility.CannotBeJudged, odd.Credibility);
        Assert.Equal("a text value cannot be compared with this group's date values", odd.Reason);
    }

    [Fact]
    public void A_denial_conflicts_only_when_it_denies_the_consensus()
    {
        var consistent = Single(Make("a", Date("2019-02")), Make("b", Date("2019-02")), Make("c", Date("2019-03"), Modality.Negated));
        Assert.Equal(Verdict.Confirmed, consistent.Verdict);
        Assert.Equal(AdmiraltyCredibility.ProbablyTrue, consistent.Claims.Single(c => c.Source.Value == "c").Credibility);

        var denying = Single(Make("a", Date("2019-02")), Make("b", Date("2019-02")), Make("c", Date("2019"), Modality.Negated));
        Assert.Equal(Verdict.Majority, denying.Verdict);
        Assert.Equal("denies 2019, which includes the consensus 2019-02", Assert.Single(denying.Conflicts).Reason);
    }

    [Fact]
    public void Reliability_is_learned_and_feeds_back_into_the_consensus()
    {
        // Six calibration groups: a, b and f agree; c, d and e are each wrong in their own way.
        var claims = new List<Claim>();
        for (int g = 0; g < 6; g++)
        {
            var subject = EntityRef.FromOther($"calibration-{g}");
            var day = new LocalDate(2020, 1, 1).PlusDays(10 * g);
            foreach (var source in new[] { "a", "b", "f" })
            {
                claims.Add(Make(source, ClaimValue.FromDate(DateEstimate.FromDay(day)), subject: subject));
            }

            int offset = 1;
            foreach (var source in new[] { "c", "d", "e" })
            {
                claims.Add(Make(source, ClaimValue.FromDate(DateEstimate.FromDay(day.PlusDays(offset++))), subject: subject));
            }
        }

        // The test group: the two reliable sources against the three unreliable ones, who happen to agree.
        var test = EntityRef.FromOther("test");
        claims.Add(Make("a", Date("2020-03-01"), subject: test));
        claims.Add(Make("b", Date("2020-03-01"), subject: test));
        foreach (var source in new[] { "c", "d", "e" })
        {
            claims.Add(Make(source, Date("2020-03-02"), subject: test));
        }

        var report = new CorroborationEngine().Corroborate(claims);

        Assert.True(report.Learning.Converged);
        Assert.InRange(report.Learning.Iterations, 2, 50);
        Assert.Equal(ReliabilityGrade.B, report.FindSource(new SourceId("a"))!.Grade);
        Assert.Equal(ReliabilityGrade.E, report.FindSource(new SourceId("c"))!.Grade);
        var group = report.Find(test, Facet.Date)!;
        Assert.Equal(Verdict.Majority, group.Verdict);
        Assert.Equal("2020-03-01", group.Consensus!.ToString());
        Assert.Equal("B2", group.Claims.First(c => c.Source.Value == "a").AdmiraltyCode);
        Assert.Equal("E5", group.Claims.First(c => c.Source.Value == "c").AdmiraltyCode);

        // Unweighted (equal trust) the three would win.
        var flat = new CorroborationEngine(CorroborationOptions.Default with { MaxIterations = 1, PriorStrength = 1e5 }).Corroborate(claims);
        Assert.Equal("2020-03-02", flat.Find(test, Facet.Date)!.Consensus!.ToString());
    }

    [Fact]
    public void A_source_never_contradicted_in_eight_groups_is_graded_A()
    {
        // With the default prior (0.5, strength 2) trust after n unanimous groups is (n + 1) / (n + 2): A needs 8.
        var claims = new List<Claim>();
        for (int g = 0; g < 8; g++)
        {
            var subject = EntityRef.FromOther($"group-{g}");
            claims.Add(Make("a", Date("2020-01"), subject: subject));
            claims.Add(Make($"witness-{g % 3}", Date("2020-01-15"), subject: subject));
        }

        var report = new CorroborationEngine().Corroborate(claims);
        Assert.Equal(0.9, report.FindSource(new SourceId("a"))!.Trust);
        Assert.Equal(ReliabilityGrade.A, report.FindSource(new SourceId("a"))!.Grade);
        Assert.Equal(ReliabilityGrade.B, report.FindSource(new SourceId("witness-0"))!.Grade); // (3 + 1) / (3 + 2)
        Assert.Equal(ReliabilityGrade.F, report.FindSource(new SourceId("witness-2"))!.Grade);
    }

    [Fact]
    public void Sources_with_few_judged_groups_are_graded_F()
    {
        var report = new CorroborationEngine().Corroborate([Make("a", Date("2019-02")), Make("b", Date("2019-02"))]);
        Assert.All(report.SourceReliabilities, s => Assert.Equal(ReliabilityGrade.F, s.Grade));
        Assert.All(report.SourceReliabilities, s => Assert.Equal(1, s.JudgedGroups));
        Assert.Equal("F1", report.Groups[0].Claims.First().AdmiraltyCode);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentException>(() => new CorroborationEngine(CorroborationOptions.Default with { PriorTrust = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CorroborationEngine(CorroborationOptions.Default with { MaxIterations = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CorroborationEngine(CorroborationOptions.Default with { TextReuse = TextReuseOptions.Default with { Bands = 0 } }));
        Assert.Throws<ArgumentException>(() => PlaceHierarchy.FromParents([new(SeedClaims.Kaesong, SeedClaims.NorthKorea), new(SeedClaims.NorthKorea, SeedClaims.Kaesong)]));
    }
}

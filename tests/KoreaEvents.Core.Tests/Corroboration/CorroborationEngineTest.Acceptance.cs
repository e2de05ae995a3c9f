using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using static KoreaEvents.Core.Tests.Corroboration.SeedClaims;

namespace KoreaEvents.Core.Tests.Corroboration;

/// <summary>DESIGN.md §6 and issue 5's examples, on hand-made claims from the seeds.</summary>
public partial class CorroborationEngineTest
{
    private static readonly CorroborationEngine Engine = new(CorroborationOptions.Default with { Places = SeedClaims.Places });

    [Fact]
    public void Hanoi_summit_date_is_a_majority_with_seed_003s_March_as_the_conflict()
    {
        var report = Engine.Corroborate(Sources, HanoiDates);
        var group = report.Find(Hanoi, Facet.Date)!;

        Assert.Equal(Verdict.Majority, group.Verdict);
        Assert.Equal("2019-02-27/2019-02-28", group.Consensus!.ToString());
        var conflict = Assert.Single(group.Conflicts);
        Assert.Equal("seed-003-hanoi-date-march", conflict.Claim.Value);
        Assert.Equal("2019-03 does not overlap 2019-02-27/2019-02-28", conflict.Reason);

        // "The Hanoi summit in February" states no year: it supports, it is not a conflict.
        var february = group.Claims.Single(c => c.Id.Value == "seed-003-hanoi-date-february");
        Assert.Equal(ClaimStance.Supports, february.Stance);
        Assert.Equal(4, group.SupportingOrigins.Count());
        Assert.Equal(OriginStance.Divided, group.Origins.Single(o => o.Sources.Contains(Seed(3))).Stance);
        Assert.Equal(AdmiraltyCredibility.Improbable, group.Claims.Single(c => c.Id == conflict.Claim).Credibility);
        Assert.All(group.Claims.Where(c => c.Stance == ClaimStance.Supports), c => Assert.Equal(AdmiraltyCredibility.ProbablyTrue, c.Credibility));
        Assert.Contains(": seed-003 says 2019-03 does not overlap 2019-02-27/2019-02-28", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_verdict_traces_to_the_exact_sentence()
    {
        var report = Engine.Corroborate(Sources, HanoiDates);
        foreach (var claim in report.Groups.SelectMany(g => g.Claims))
        {
            var text = SeedCorpus.Get(claim.Source.Value!).Text;
            Assert.True(claim.Evidence!.Matches(text));
        }
    }

    [Fact]
    public void Opening_in_September_2018_is_confirmed_including_21_months_ago()
    {
        var report = Engine.Corroborate(Sources, OpeningDates);
        var group = report.Find(Opening, Facet.Date)!;

        Assert.Equal(Verdict.Confirmed, group.Verdict);
        Assert.Equal("2018-09", group.Consensus!.ToString());
        Assert.Equal(3, group.Origins.Count);
        Assert.All(group.Claims, c => Assert.Equal(AdmiraltyCredibility.Confirmed, c.Credibility));

        // Seed 002 says it twice: one origin, with the reason.
        var seed002 = group.Origins.Single(o => o.Sources.Contains(Seed(2)));
        Assert.Equal(2, seed002.Claims.Count);
        Assert.Equal(OriginLinkKind.SameSource, Assert.Single(seed002.Links).Kind);
    }

    [Fact]
    public void Two_AFP_derived_pieces_agreeing_are_one_origin()
    {
        var copy = new Source(new SourceId("afp-copy-2020-06-16"), "North Korea blows up liaison office", "Other outlet", SourceKind.News, origins: [Afp]);
        var officials = Facet.Count("officials-per-side");
        var claims = new[]
        {
            Quote("seed-002-officials", 2, "around 20 officials from each side", Opening, officials, ClaimValue.FromQuantity(Quantity.About(20, "officials"))),
            new Claim(new ClaimId("afp-copy-officials"), Opening, officials, ClaimValue.FromQuantity(Quantity.About(20, "officials")), copy.Id),
        };

        var group = Engine.Corroborate([.. Sources, copy], claims).Find(Opening, officials)!;

        Assert.Equal(Verdict.Single, group.Verdict);
        var origin = Assert.Single(group.Origins);
        var link = Assert.Single(origin.Links);
        Assert.Equal(OriginLinkKind.SharedWire, link.Kind);
        Assert.Equal("afp-copy-2020-06-16 and seed-002 share the wire actor:afp", link.Description);
        Assert.All(group.Claims, c => Assert.Equal(AdmiraltyCredibility.PossiblyTrue, c.Credibility));

        // Without the wire both would count: the same claims from unrelated sources are confirmed.
        var unrelated = new Source(copy.Id, copy.Title, copy.Outlet, SourceKind.News);
        Assert.Equal(Verdict.Confirmed, Engine.Corroborate([.. Sources.Where(s => s.Id != Seed(2)), unrelated], claims).Find(Opening, officials)!.Verdict);
    }

    [Fact]
    public void The_same_Yonhap_statement_quoted_by_two_outlets_is_one_origin()
    {
        var yonhap = new Attribution(null, channel: "Yonhap", channelId: Yonhap);
        var other = new SourceId("korea-times-2020-06-16");
        var claims = new[]
        {
            Quote("seed-002-nsc-meeting", 2, "called an emergency meeting of the National Security Council, Yonhap said", NscMeeting, Facet.Occurred,
                ClaimValue.FromBoolean(true), Modality.Reported, yonhap),
            new Claim(new ClaimId("korea-times-nsc-meeting"), NscMeeting, Facet.Occurred, ClaimValue.FromBoolean(true), other, null, yonhap, Modality.Reported),
        };

        var group = Engine.Corroborate(Sources, claims).Find(NscMeeting, Facet.Occurred)!;

        Assert.Equal(Verdict.Single, group.Verdict);
        var link = Assert.Single(Assert.Single(group.Origins).Links);
        Assert.Equal(OriginLinkKind.SameStatement, link.Kind);
        Assert.Equal("channel:actor:yonhap", link.Key);
    }

    [Fact]
    public void Near_duplicate_texts_merge_origins()
    {
        var mirror = new SourceId("gvs-mirror");
        var original = SeedCorpus.Get("002").Text;
        var copy = original.Replace("Tuesday", "Tuesday 16 June", StringComparison.Ordinal).Replace("vitriolic", "angry", StringComparison.Ordinal);
        var claims = new[]
        {
            Pyongyang002,
            new Claim(new ClaimId("mirror-demolition-place"), Demolition, Facet.Location, Place(Pyongyang), mirror),
        };
        var texts = new Dictionary<SourceId, string> { [Seed(2)] = original, [mirror] = copy, [Seed(4)] = SeedCorpus.Get("004").Text };

        var withTexts = Engine.Corroborate(Sources, claims, texts);
        var group = withTexts.Find(Demolition, Facet.Location)!;

        Assert.Equal(Verdict.Single, group.Verdict);
        var link = Assert.Single(Assert.Single(group.Origins).Links);
        Assert.Equal(OriginLinkKind.TextReuse, link.Kind);
        Assert.True(link.Jaccard > 0.8, $"Jaccard {link.Jaccard}");
        Assert.True(link.Passages >= 10, $"{link.Passages} passages");
        Assert.DoesNotContain(withTexts.SourceLinks, l => l.From == Seed(4) || l.To == Seed(4));

        // Without the texts nothing links them: two origins confirm the wrong city.
        Assert.Equal(Verdict.Confirmed, Engine.Corroborate(Sources, claims).Find(Demolition, Facet.Location)!.Verdict);
    }

    [Fact]
    public void Kaesong_and_North_Korea_agree_through_containment_and_Pyongyang_conflicts()
    {
        var group = Engine.Corroborate(Sources, DemolitionPlaces).Find(Demolition, Facet.Location)!;

        Assert.Equal(Verdict.Majority, group.Verdict);
        Assert.Equal(Kaesong, ((EntityValue)group.Consensus!).Entity);
        var conflict = Assert.Single(group.Conflicts);
        Assert.Equal("seed-002-demolition-place-pyongyang", conflict.Claim.Value);
        Assert.Equal("place:pyongyang is not place:kaesong and does not contain it", conflict.Reason);
        Assert.Equal(ClaimStance.Supports, group.Claims.Single(c => c.Id.Value == "seed-002-demolition-place-north").Stance);

        // Without a place hierarchy North Korea is just another place.
        var flat = new CorroborationEngine().Corroborate(Sources, DemolitionPlaces).Find(Demolition, Facet.Location)!;
        Assert.Equal(ClaimStance.Conflicts, flat.Claims.Single(c => c.Id.Value == "seed-002-demolition-place-north").Stance);
        Assert.Equal(Kaesong, ((EntityValue)flat.Consensus!).Entity);
    }

    [Fact]
    public void A_hedged_prediction_cannot_be_judged()
    {
        var group = Engine.Corroborate(Sources, [MissileTestsHedged]).Find(MissileTests, Facet.Occurred)!;

        Assert.Equal(Verdict.Unjudged, group.Verdict);
        Assert.Null(group.Consensus);
        var claim = Assert.Single(group.Claims);
        Assert.Equal(AdmiraltyCredibility.CannotBeJudged, claim.Credibility);
        Assert.Equal(ClaimStance.Neutral, claim.Stance);
        Assert.StartsWith("hedged:", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_source_against_another_is_contested()
    {
        var group = Engine.Corroborate(Sources, [Hanoi000, Hanoi003March]).Find(Hanoi, Facet.Date)!;

        Assert.Equal(Verdict.Contested, group.Verdict);
        Assert.All(group.Claims, c => Assert.Equal(AdmiraltyCredibility.Doubtful, c.Credibility));
        Assert.EndsWith("no side holds a majority.", group.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Around_20_officials_and_25_people_conflict_with_the_default_tolerance()
    {
        // In the seeds these are different counts (the South's weekend staff, officials from each side), so
        // extraction should give them different facets; here they share one to show the tolerance rule. With
        // equal weights the tie goes to the earlier value.
        var staff = Facet.Count("staff");
        var claims = new[]
        {
            Quote("seed-001-staff", 1, "staff the office with 25 people", Opening, staff, ClaimValue.FromQuantity(Quantity.Exactly(25, "people"))),
            Quote("seed-002-staff", 2, "around 20 officials from each side", Opening, staff, ClaimValue.FromQuantity(Quantity.About(20, "officials"))),
        };

        var group = Engine.Corroborate(Sources, claims).Find(Opening, staff)!;
        Assert.Equal(Verdict.Contested, group.Verdict);
        Assert.Equal(
            "25 people does not overlap ~20 officials (~20 officials is read as 18 to 22: approximate values allow +/-10 %, at least +/-1)",
            Assert.Single(group.Conflicts).Reason);

        var lenient = new CorroborationEngine(CorroborationOptions.Default with { ApproximateRelativeTolerance = 0.25m });
        var agreed = lenient.Corroborate(Sources, claims).Find(Opening, staff)!;
        Assert.Equal(Verdict.Confirmed, agreed.Verdict);
        Assert.Equal("25 people", agreed.Consensus!.ToString());
    }
}

using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Dataset;

/// <summary>The embedded corpus through the whole pipeline, checked against DESIGN.md §6's public examples.</summary>
public class KoreaEventsDatasetTest
{
    private static readonly KoreaEventsDataset Dataset = TestClock.Dataset;

    private static ClaimGroupResult Group(string eventId, Facet facet) =>
        Dataset.Report.Find(EntityRef.From(new EventId(eventId)), facet) ?? throw new Xunit.Sdk.XunitException($"No {facet} group for {eventId}.");

    [Fact]
    public void Load_is_cached_and_thread_safe()
    {
        var loaded = new KoreaEventsDataset[8];
        Parallel.For(0, loaded.Length, i => loaded[i] = KoreaEventsDataset.Load());
        Assert.All(loaded, d => Assert.Same(loaded[0], d));
        Assert.Equal(5, Dataset.Articles.Count);
        Assert.Equal(Dataset.Claims.Count, Dataset.Report.Groups.Sum(g => g.Claims.Count()));
    }

    [Fact]
    public void Every_claim_quotes_its_source_text_exactly()
    {
        foreach (var claim in Dataset.Claims)
        {
            var article = Dataset.FindArticle(claim.Source)!;
            Assert.NotNull(claim.Evidence);
            Assert.True(claim.Evidence.Matches(article.Document.Text), $"{claim} does not quote {article.Source.Id} at {claim.Evidence}.");
        }
    }

    [Fact]
    public void Seed_002_is_dated_to_June_2020_and_derives_from_AFP()
    {
        var article = Dataset.FindArticle(new SourceId("seed-002"))!;
        Assert.True(article.Publication.Date!.Value.Contains(new LocalDate(2020, 6, 16)));
        Assert.False(article.Publication.Date!.Value.Contains(new LocalDate(2024, 5, 21)));
        Assert.Contains(new ActorId("afp"), article.Source.Origins);
    }

    [Fact]
    public void Hanoi_summit_date_is_a_majority_with_seed_003s_March_as_the_conflict()
    {
        var group = Group("hanoi-summit-2019", Facet.Date);
        Assert.Equal(Verdict.Majority, group.Verdict);
        var consensus = Assert.IsType<DateValue>(group.Consensus).Date;
        Assert.True(consensus.IsCompatibleWith(DateEstimate.Parse("2019-02-27/2019-02-28")));

        var march = Assert.Single(group.Conflicts, c => c.Source == new SourceId("seed-003"));
        Assert.Equal(DateEstimate.FromMonth(2019, 3), Assert.IsType<DateValue>(march.Assessment.Value).Date);
        Assert.Contains("2019-03 does not overlap", march.Reason, StringComparison.Ordinal);

        // "The Hanoi summit in February" states no year: it supports, it is not a conflict.
        var yearless = Assert.Single(group.Claims, c => c.Source == new SourceId("seed-003") && c.Value is DateValue { Date.IsYearStated: false });
        Assert.Equal(ClaimStance.Supports, yearless.Stance);
        foreach (var seed in new[] { "seed-000", "seed-002", "seed-004" })
        {
            Assert.Contains(group.Claims, c => c.Source == new SourceId(seed) && c.Stance == ClaimStance.Supports);
        }
    }

    [Fact]
    public void Office_opening_in_September_2018_is_confirmed_including_21_months_ago()
    {
        var group = Group("liaison-office-opening-2018", Facet.Date);
        Assert.Equal(Verdict.Confirmed, group.Verdict);
        Assert.True(Assert.IsType<DateValue>(group.Consensus).Date.IsCompatibleWith(DateEstimate.FromMonth(2018, 9)));
        var monthsAgo = Assert.Single(group.Claims, c => c.Evidence!.Quote.Contains("21 months ago", StringComparison.Ordinal));
        Assert.Equal(DateEstimate.FromMonth(2018, 9), Assert.IsType<DateValue>(monthsAgo.Value).Date);
        Assert.Equal(ClaimStance.Supports, monthsAgo.Stance);
        foreach (var seed in new[] { "seed-001", "seed-002", "seed-004" })
        {
            Assert.Contains(group.SupportingOrigins, o => o.Sources.Contains(new SourceId(seed)));
        }
    }

    [Fact]
    public void Seed_002s_wrong_city_is_reported_as_a_conflict()
    {
        var group = Group("liaison-office-demolition-2020", Facet.Location);
        var pyongyang = Assert.Single(group.Claims, c => c.Value is EntityValue { Entity.Slug: "pyongyang" });
        Assert.Equal(ClaimStance.Conflicts, pyongyang.Stance);
    }

    [Fact]
    public void A_state_and_its_foreign_minister_do_not_conflict_over_who_made_the_statement()
    {
        // Seed 002: "the North criticised Trump … with its foreign minister Ri Son Gwon accusing Washington".
        var initiator = Group("ri-son-gwon-statement-2020", Facet.Initiator);
        Assert.Equal(Verdict.Single, initiator.Verdict);
        Assert.Equal(ClaimValue.FromEntity(EntityRef.From(new ActorId("ri-son-gwon"))), initiator.Consensus);
        Assert.Empty(initiator.Conflicts);
        var target = Group("ri-son-gwon-statement-2020", Facet.Target);
        Assert.Equal(ClaimValue.FromEntity(EntityRef.From(new ActorId("donald-trump"))), target.Consensus);
        Assert.Empty(target.Conflicts);
    }

    [Fact]
    public void Co_participants_never_conflict()
    {
        var participation = Dataset.Report.Groups.Where(g => g.Facet.IsParticipation).ToList();
        Assert.NotEmpty(participation);
        Assert.All(participation, g => Assert.Empty(g.Conflicts));
        var hanoi = EntityRef.From(new EventId("hanoi-summit-2019"));
        var trump = Dataset.Report.Find(hanoi, Facet.Participant(new ActorId("donald-trump")))!;
        Assert.Equal(Verdict.Confirmed, trump.Verdict);
    }

    [Fact]
    public void An_AFP_rewrite_added_later_is_not_a_new_independent_origin()
    {
        var seed = SeedCorpus.Get("seed-002");
        // Another outlet runs the same AFP story with its own header and footer.
        var copy = "| Welcome to Another Daily\n\nKorean liaison office blown up by North Korea\n\n"
            + seed.Text[seed.Text.IndexOf("North Korea blew up", StringComparison.Ordinal)..seed.Text.IndexOf("AFP with additional", StringComparison.Ordinal)]
            + "AFP\n";
        var bigger = Dataset.WithArticle(new SourceId("another-daily"), copy);

        Assert.Equal(5, Dataset.Articles.Count);
        Assert.Equal(6, bigger.Articles.Count);
        var before = Group("liaison-office-opening-2018", Facet.Date);
        var after = bigger.Report.Find(before.Subject, Facet.Date)!;
        Assert.Equal(before.SupportingOrigins.Count(), after.SupportingOrigins.Count());
        Assert.Contains(after.SupportingOrigins, o => o.Sources.Contains(new SourceId("seed-002")) && o.Sources.Contains(new SourceId("another-daily")));
    }

    [Fact]
    public void User_claims_join_the_report_without_touching_the_default()
    {
        var wire = new Source(new SourceId("my-wire"), outlet: "My Wire", kind: SourceKind.Wire);
        var claim = new Claim(new ClaimId("my-wire-1"), EntityRef.From(new EventId("liaison-office-demolition-2020")), Facet.Date,
            ClaimValue.FromDate(DateEstimate.FromDay(2020, 6, 16)), wire.Id);
        var extended = Dataset.WithClaims([claim], [wire]);

        Assert.Contains(claim, extended.Claims);
        Assert.DoesNotContain(claim, Dataset.Claims);
        Assert.Contains(extended.Report.Find(claim.Subject, Facet.Date)!.Claims, c => c.Id == claim.Id);

        var stray = claim with { };
        var unknown = new Claim(new ClaimId("x-1"), claim.Subject, Facet.Date, claim.Value, new SourceId("nowhere"));
        var ex = Assert.Throws<ArgumentException>(() => Dataset.WithClaims([unknown]));
        Assert.Contains("'nowhere'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => extended.WithClaims([stray]));
        Assert.Throws<ArgumentException>(() => Dataset.WithArticle(new SourceId("seed-001"), "A duplicate id."));
        Assert.Throws<ArgumentNullException>(() => Dataset.WithArticles(null!));
    }

    [Fact]
    public void Bad_articles_fail_with_their_id()
    {
        var ex = Assert.Throws<KoreaEvents.Core.Text.ArticleFormatException>(() => Dataset.WithArticle(new SourceId("empty-one"), "   "));
        Assert.Contains("empty-one", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_json_is_deterministic_and_locked()
    {
        var json = KoreaEventsJson.Serialize(Dataset.Report);
        Assert.Equal(json, KoreaEventsJson.Serialize(KoreaEventsDataset.FromArticles(SeedCorpus.All.Select(s => new ArticleInput(s.Id, s.Text))).Report));
        SnapshotAssert.Json(json);
    }
}

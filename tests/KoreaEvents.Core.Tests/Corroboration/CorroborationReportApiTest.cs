using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Corroboration;

/// <summary>
/// Issue 22 on the report: <see cref="CorroborationReport.SourceReliabilities"/> and
/// <see cref="ClaimAssessment.AttributionText"/> (JSON names unchanged), lookups by every id type, the rules for
/// reasons, and exceptions that name <see cref="CorroborationReport.With"/>'s own parameters.
/// </summary>
public class CorroborationReportApiTest
{
    private static readonly KoreaEventsDataset Dataset = TestClock.Dataset;

    private static readonly EventId Hanoi = new("hanoi-summit-2019");

    [Fact]
    public void Source_reliabilities_are_ordered_by_id_and_found_by_id()
    {
        var reliabilities = Dataset.Report.SourceReliabilities;
        Assert.Equal(Dataset.Sources.Select(s => s.Id).Order(), reliabilities.Select(r => r.Id));
        Assert.All(reliabilities, r => Assert.Same(r, Dataset.Report.FindSource(r.Id)));
        Assert.Same(reliabilities, Dataset.Report.SourceReliabilities);
    }

    [Fact]
    public void The_report_json_still_calls_the_reliabilities_sources_and_writes_them_once()
    {
        var json = KoreaEventsJson.Serialize(Dataset.Report);
        Assert.Equal(1, Count(json, "\n  \"sources\": ["));
        Assert.DoesNotContain("sourceReliabilities", json, StringComparison.Ordinal);
        Assert.DoesNotContain("attributionText", json, StringComparison.Ordinal);
        Assert.Contains("\"attribution\": \"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_takes_each_id_type_and_returns_null_when_nothing_matches()
    {
        var report = Dataset.Report;
        Assert.Same(report.Find(EntityRef.From(Hanoi), Facet.Date), report.Find(Hanoi, Facet.Date));
        Assert.NotNull(report.Find(Hanoi, Facet.Date));
        foreach (var group in report.Groups)
        {
            var byId = group.Subject.Kind switch
            {
                EntityKind.Event => report.Find(new EventId(group.Subject.Slug!), group.Facet),
                EntityKind.Actor => report.Find(new ActorId(group.Subject.Slug!), group.Facet),
                EntityKind.Place => report.Find(new PlaceId(group.Subject.Slug!), group.Facet),
                _ => report.Find(group.Subject, group.Facet),
            };
            Assert.Same(group, byId);
        }

        Assert.Null(report.Find(new EventId("no-such-event"), Facet.Date));
        Assert.Null(report.Find(new ActorId("kim-jong-un"), Facet.Count("nothing")));
        Assert.Null(report.Find(new PlaceId("nowhere"), Facet.Location));
        Assert.Null(report.Find(default(EventId), Facet.Date));
        Assert.Null(report.Find(default(ActorId), Facet.Date));
        Assert.Null(report.Find(default(PlaceId), Facet.Date));
        Assert.Null(report.Find(Hanoi, default));
    }

    [Fact]
    public void Attribution_text_is_the_claims_attribution_in_words()
    {
        var assessments = Dataset.Report.Groups.SelectMany(g => g.Claims).ToList();
        Assert.Contains(assessments, a => a.AttributionText is not null);
        Assert.All(assessments, a => Assert.Equal(a.Claim.Attribution?.ToString(), a.AttributionText));
    }

    [Fact]
    public void Reasons_are_null_exactly_for_supporting_claims_and_never_empty_for_conflicts()
    {
        var groups = Dataset.Report.Groups;
        var assessments = groups.SelectMany(g => g.Claims).ToList();
        Assert.Contains(assessments, a => a.Stance == ClaimStance.Neutral);
        Assert.All(assessments, a =>
        {
            if (a.Stance == ClaimStance.Supports)
            {
                Assert.Null(a.Reason);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(a.Reason), a.ToString());
            }
        });
        var conflicts = groups.SelectMany(g => g.Conflicts).ToList();
        Assert.NotEmpty(conflicts);
        Assert.All(conflicts, c => Assert.Equal(c.Assessment.Reason, c.Reason));
        Assert.All(conflicts, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }

    [Fact]
    public void Report_with_exceptions_name_its_own_parameters()
    {
        var report = Dataset.Report;
        Assert.Equal("newSources", Assert.Throws<ArgumentNullException>(() => report.With(null!, [])).ParamName);
        Assert.Equal("newClaims", Assert.Throws<ArgumentNullException>(() => report.With([], null!)).ParamName);
        Assert.Equal("newSources", Assert.Throws<ArgumentException>(() => report.With([null!], [])).ParamName);
        Assert.Equal("newSources", Assert.Throws<ArgumentException>(() => report.With([new Source(new SourceId("seed-000"))], [])).ParamName);
        Assert.Equal("newClaims", Assert.Throws<ArgumentException>(() => report.With([], [null!])).ParamName);
        Assert.Equal("newTexts", Assert.Throws<ArgumentException>(() => report.With([], [], new Dictionary<SourceId, string> { [new SourceId("t")] = null! })).ParamName);

        var engine = new CorroborationEngine();
        Assert.Equal("sources", Assert.Throws<ArgumentNullException>(() => engine.Corroborate(null!, [])).ParamName);
        Assert.Equal("claims", Assert.Throws<ArgumentException>(() => engine.Corroborate([null!])).ParamName);
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

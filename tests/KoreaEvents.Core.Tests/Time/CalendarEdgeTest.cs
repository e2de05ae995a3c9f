using FsCheck;
using FsCheck.Fluent;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time;

/// <summary>
/// Any date NodaTime's ISO calendar holds (0001-01-01 to 9999-12-31) is a valid anchor, supplied date or day of
/// analysis: the pipeline gives an answer, never an overflow from date arithmetic past the calendar's edge. An
/// expression that would resolve beyond the edge ("next week" on 9999-12-31) stays unresolved.
/// </summary>
public sealed class CalendarEdgeTest
{
    private static readonly LocalDate[] Edges =
    [
        new(1, 1, 1), new(1, 1, 7), new(1, 2, 28), new(1, 12, 31), new(2, 1, 1),
        new(9998, 12, 31), new(9999, 1, 1), new(9999, 6, 30), new(9999, 12, 1), new(9999, 12, 25), new(9999, 12, 31),
    ];

    private static readonly SourceDocument[] Seeds = SeedCorpus.All.Select(s => ArticleParser.Parse(s.Text, s.Id)).ToArray();

    private static readonly DocumentDater Dater = new(KnownEventDates.FromEvents(KnowledgeBase.Default.Events), clock: TestClock.Fixed);

    public static TheoryData<string> EdgeDays => new(Edges.Select(d => NodaTime.Text.LocalDatePattern.Iso.Format(d)));

    [Theory]
    [MemberData(nameof(EdgeDays))]
    public void The_whole_pipeline_answers_at_the_calendars_edges(string day)
    {
        var anchor = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        foreach (var document in Seeds)
        {
            Assert.NotEmpty(TemporalTagger.Default.Tag(document.Text, anchor));

            var extraction = TestClock.Extractor.Extract(document, anchor);
            Assert.NotEmpty(extraction.Claims);

            var supplied = Dater.Date(document, new DocumentDatingOptions { SuppliedDate = anchor }).Publication;
            Assert.Equal(DateEstimate.FromDay(anchor), supplied.Date);

            // The day of analysis at the edge, from a clock.
            var dating = new DocumentDater(KnownEventDates.FromEvents(KnowledgeBase.Default.Events), clock: TestClock.At(anchor)).Date(document);
            Assert.NotNull(dating.Publication);

            // Claims dated near the edge corroborate too (unstated years are compared in every year).
            var report = new CorroborationEngine().Corroborate([extraction.Source], extraction.Claims);
            Assert.NotEmpty(report.Groups);
        }
    }

    [Fact]
    public void Any_anchor_from_year_1_to_9999_tags_and_extracts()
    {
        var text = string.Join("\n\n", Seeds.Select(s => s.Text));
        var document = ArticleParser.Parse(text, new KoreaEvents.Core.Model.SourceId("all-seeds"));
        var days = Gen.Choose(0, Period.Between(new LocalDate(1, 1, 1), LocalDate.MaxIsoValue, PeriodUnits.Days).Days)
            .Select(n => new LocalDate(1, 1, 1).PlusDays(n));
        var property = Prop.ForAll(days.ToArbitrary(), anchor =>
        {
            var mentions = TemporalTagger.Default.Tag(text, anchor);
            var claims = TestClock.Extractor.Extract(document, anchor).Claims;
            return mentions.Count > 0 && claims.Count > 0;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    [Fact]
    public void An_expression_past_the_calendars_end_stays_unresolved()
    {
        var mentions = TemporalTagger.Default.Tag("Talks resume next week, and again next month.", LocalDate.MaxIsoValue);

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Null(m.Value));
    }
}

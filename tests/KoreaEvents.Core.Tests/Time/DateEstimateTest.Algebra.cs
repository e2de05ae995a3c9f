using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time;

public partial class DateEstimateTest
{
    private static DateEstimate D(string text) => DateEstimate.Parse(text);

    [Theory]
    [InlineData("2019-02", "2019-02-27/2019-02-28", true)]
    [InlineData("2019-03", "2019-02-27/2019-02-28", false)]
    [InlineData("XXXX-02 (2020)", "2019-02", true)]
    [InlineData("XXXX-02 (2020)", "2019-03", false)]
    [InlineData("XXXX-02 (2020)", "2019-02-27/2019-02-28", true)]
    [InlineData("XXXX-03-22 (2019)", "XXXX-03 (2021)", true)]
    [InlineData("XXXX-03-22 (2019)", "XXXX-04 (2019)", false)]
    [InlineData("2018-09", "2018", true)]
    [InlineData("2017 (START)", "2017-11", false)]
    [InlineData("2017 (START)", "2017-02", true)]
    [InlineData("2020-W24", "2020-06-08", true)]
    [InlineData("2020-W24", "2020-06-15", false)]
    [InlineData("XXXX-12 (2019)", "2021-12-31", true)]
    [InlineData("1953", "XXXX-07-27 (2020)", true)]
    public void IsCompatibleWith_is_overlap_ignoring_unstated_years(string a, string b, bool expected)
    {
        Assert.Equal(expected, D(a).IsCompatibleWith(D(b)));
        Assert.Equal(expected, D(b).IsCompatibleWith(D(a)));
    }

    [Theory]
    [InlineData("2019-02", "2019-02-27/2019-02-28", "2019-02-27/2019-02-28")]
    [InlineData("2019", "2019-02", "2019-02")]
    [InlineData("2019-02", "2019-W09", "2019-02-25/2019-02-28")]
    [InlineData("XXXX-02 (2020)", "2019", "2019-02")]
    [InlineData("XXXX-02 (2020)", "XXXX-02-27 (2021)", "XXXX-02-27 (2020)")]
    [InlineData("2018-06-17/2020-06-16", "2018-09", "2018-09")]
    [InlineData("2017 (START)", "2017", "2017 (START)")]
    [InlineData("2019-02", "2019-02-01/2019-02-28", "2019-02-01/2019-02-28")]
    public void Intersect_is_the_consensus(string a, string b, string expected)
    {
        Assert.Equal(expected, D(a).Intersect(D(b))!.Value.ToString());
        Assert.Equal(expected, D(b).Intersect(D(a))!.Value.ToString());
    }

    [Fact]
    public void Intersect_of_incompatible_estimates_is_null()
    {
        Assert.Null(D("2019-03").Intersect(D("2019-02-27/2019-02-28")));
        Assert.Null(D("XXXX-02 (2020)").Intersect(D("2019-03")));
    }

    [Fact]
    public void Contains_and_Overlaps_use_the_years_as_written()
    {
        Assert.True(D("2019-02").Contains(new LocalDate(2019, 2, 28)));
        Assert.False(D("2019-02").Contains(new LocalDate(2019, 3, 1)));
        Assert.True(D("2019").Contains(D("2019-W09")));
        Assert.False(D("2019-02").Contains(D("2019-W09")));
        Assert.True(D("2019-02").Overlaps(D("2019-W09")));
        Assert.False(D("XXXX-02 (2020)").Overlaps(D("2019-02")));
    }

    [Fact]
    public void Factories_validate_their_arguments_with_sentences()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DateEstimate.FromMonth(2019, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateEstimate.FromIsoWeek(2019, 53));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateEstimate.FromYear(0));
        Assert.Throws<ArgumentException>(() => DateEstimate.FromDecade(2015));
        var ex = Assert.Throws<ArgumentException>(() => DateEstimate.FromInterval(new LocalDate(2019, 3, 1), new LocalDate(2019, 2, 1)));
        Assert.Equal("End date must not be earlier than the start date. (Parameter 'end')", ex.Message);
        Assert.Throws<InvalidOperationException>(() => DateEstimate.FromYear(2019).WithYearUnstated());
        Assert.Throws<InvalidOperationException>(() => DateEstimate.FromDay(2019, 2, 27).WithModifier(DateModifier.Start));
        Assert.Throws<InvalidOperationException>(() => D("2017 (START)").WithModifier(DateModifier.End));
    }

    [Fact]
    public void Iso_week_53_and_leap_days_are_exact()
    {
        Assert.Equal(53, NodaTime.Calendars.WeekYearRules.Iso.GetWeeksInWeekYear(2020, CalendarSystem.Iso));
        Assert.Equal("2020-W53", DateEstimate.FromIsoWeekContaining(new LocalDate(2021, 1, 3)).ToString());
        Assert.Equal("2025-W01", DateEstimate.FromIsoWeekContaining(new LocalDate(2024, 12, 30)).ToString());
        Assert.Equal(29, DateEstimate.FromMonth(2024, 2).LengthInDays);
        Assert.Equal(28, DateEstimate.FromMonth(2100, 2).LengthInDays);
        Assert.True(D("XXXX-02-29 (2020)").IsCompatibleWith(D("2024-02")));
    }

    [Fact]
    public void Between_spans_from_the_start_of_one_to_the_end_of_the_other()
    {
        var since = DateEstimate.Between(D("XXXX-01 (2020)"), DateEstimate.FromDay(2020, 6, 20));
        Assert.Equal("XXXX-01/XXXX-06-20 (2020)", since.ToString());
        Assert.False(since.IsYearStated);
        Assert.Equal("2018-06-17/2020-06-16", DateEstimate.Between(D("2018-06-17"), D("2020-06-16")).ToString());
    }

    [Fact]
    public void Ordering_is_chronological_and_consistent_with_equality()
    {
        var sorted = new[] { D("2020"), D("2019-02-27"), D("2019-02"), D("2019-02-27/2019-02-28") }.Order().Select(d => d.ToString()).ToArray();
        Assert.Equal(new[] { "2019-02", "2019-02-27", "2019-02-27/2019-02-28", "2020" }, sorted);
        Assert.Equal(0, D("2019-02").CompareTo(D("2019-02")));
        Assert.True(D("2019-02") == D("2019-02"));
        Assert.True(D("2019-02") != D("2019-02-01/2019-02-28"));
        Assert.NotEqual(D("2019-02").GetHashCode(), D("XXXX-02 (2019)").GetHashCode());
        Assert.True(D("2019-01") < D("2019-02"));
    }
}

using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time;

public partial class DateEstimateTest
{
    [Theory]
    [InlineData("2019-02-27", "2019-02-27", "2019-02-27", DatePrecision.Day)]
    [InlineData("2019-02", "2019-02-01", "2019-02-28", DatePrecision.Month)]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", DatePrecision.Month)]
    [InlineData("2020-W25", "2020-06-15", "2020-06-21", DatePrecision.Week)]
    [InlineData("2020-W53", "2020-12-28", "2021-01-03", DatePrecision.Week)]
    [InlineData("2019-SU", "2019-06-01", "2019-08-31", DatePrecision.Season)]
    [InlineData("2019-WI", "2019-12-01", "2020-02-29", DatePrecision.Season)]
    [InlineData("2018", "2018-01-01", "2018-12-31", DatePrecision.Year)]
    [InlineData("201X", "2010-01-01", "2019-12-31", DatePrecision.Decade)]
    [InlineData("2019-02-27/2019-02-28", "2019-02-27", "2019-02-28", DatePrecision.Day)]
    [InlineData("2020-01/2020-06-20", "2020-01-01", "2020-06-20", DatePrecision.Month)]
    [InlineData("2018/2019-06", "2018-01-01", "2019-06-30", DatePrecision.Year)]
    [InlineData("2017 (START)", "2017-01-01", "2017-04-30", DatePrecision.Year)]
    [InlineData("2017 (END)", "2017-09-01", "2017-12-31", DatePrecision.Year)]
    [InlineData("2020-06 (START)", "2020-06-01", "2020-06-10", DatePrecision.Month)]
    [InlineData("2020-02 (END)", "2020-02-21", "2020-02-29", DatePrecision.Month)]
    [InlineData("201X (MID)", "2014-01-01", "2016-12-31", DatePrecision.Decade)]
    [InlineData("2018-06 (APPROX)", "2018-06-01", "2018-06-30", DatePrecision.Month)]
    [InlineData("2020-06-16/..", "2020-06-16", "9999-12-31", DatePrecision.Day)]
    [InlineData("2020-06/..", "2020-06-01", "9999-12-31", DatePrecision.Month)]
    [InlineData("2019/..", "2019-01-01", "9999-12-31", DatePrecision.Year)]
    [InlineData("XXXX-02 (2020)", "2020-02-01", "2020-02-29", DatePrecision.Month)]
    [InlineData("XXXX-03-22 (2019)", "2019-03-22", "2019-03-22", DatePrecision.Day)]
    [InlineData("XXXX-01/XXXX-06-20 (2020)", "2020-01-01", "2020-06-20", DatePrecision.Month)]
    [InlineData("XXXX-12/XXXX-02 (2019)", "2019-12-01", "2020-02-29", DatePrecision.Month)]
    public void Parse_gives_the_interval_and_precision_and_round_trips(string text, string start, string end, DatePrecision precision)
    {
        var value = DateEstimate.Parse(text);

        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), value.Start);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), value.End);
        Assert.Equal(precision, value.Precision);
        Assert.Equal(text, value.ToString());
        Assert.Equal(!text.Contains("XXXX", StringComparison.Ordinal), value.IsYearStated);
    }

    [Theory]
    [InlineData("2019-02-01/2019-02-28", "2019-02-01/2019-02-28")]
    [InlineData("2019-02/2019-02", "2019-02")]
    [InlineData("2019-02-27/2019-02-27", "2019-02-27")]
    [InlineData("2020-06-01/2020-06-16", "2020-06-01/2020-06-16")]
    [InlineData("2018-01/2018-12", "2018-01/2018-12")]
    public void Parse_normalises_to_the_canonical_form(string text, string canonical)
    {
        Assert.Equal(canonical, DateEstimate.Parse(text).ToString());
    }

    [Theory]
    [InlineData("", "does not start with a four-digit year")]
    [InlineData("19-02", "does not start with a four-digit year")]
    [InlineData("2019-13", "valid month")]
    [InlineData("2019-02-30", "valid month and day")]
    [InlineData("2019-W53", "ISO week")]
    [InlineData("2019-03/2019-02", "earlier than the start")]
    [InlineData("XXXX-02", "needs its anchored reading")]
    [InlineData("2019-02 (2019)", "only allowed after a date whose year is written XXXX")]
    [InlineData("2019-02-27 (START)", "needs a month, season, year or decade")]
    [InlineData("2019 (SOON)", "neither a modifier")]
    [InlineData("2019 (START) (END)", "must come last and only once")]
    [InlineData("2019-02)", "no matching")]
    [InlineData("0000", "does not start with a four-digit year")]
    [InlineData("XXXX-02/.. (2020)", "needs a stated year")]
    [InlineData("2019/.. (APPROX)", "takes no modifier")]
    [InlineData("9999-12-31/..", "must start before 9999-12-31")]
    [InlineData("9999-12/..", "must start before the calendar's last unit")]
    [InlineData("../2019", "does not start with a four-digit year")]
    public void Parse_rejects_bad_text_with_the_reason(string text, string reason)
    {
        Assert.False(DateEstimate.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => DateEstimate.Parse(text));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_ended_estimate_has_no_known_end()
    {
        var open = DateEstimate.OnOrAfter(new LocalDate(2020, 6, 16));

        Assert.True(open.IsOpenEnded);
        Assert.Equal(LocalDate.MaxIsoValue, open.End);
        Assert.Equal("2020-06-16/..", open.ToString());
        Assert.Equal(open, DateEstimate.Parse("2020-06-16/.."));
        Assert.True(open.IsCompatibleWith(DateEstimate.Parse("2031-05")));
        Assert.False(open.IsCompatibleWith(DateEstimate.Parse("2020-06-15")));
        Assert.Equal(DateEstimate.Parse("2020-06-16/2020-06-30"), open.Intersect(DateEstimate.Parse("2020-06")));
        Assert.False(DateEstimate.Parse("2020-06-16/2020-06-30").IsOpenEnded);
        Assert.False(DateEstimate.FromYear(9999).IsOpenEnded);       // a whole year is not open
        Assert.False(DateEstimate.FromDay(LocalDate.MaxIsoValue).IsOpenEnded);
        Assert.Throws<InvalidOperationException>(() => open.WithYearUnstated());
        Assert.Throws<InvalidOperationException>(() => open.WithModifier(DateModifier.Approximate));
        var since = DateEstimate.Between(DateEstimate.Parse("XXXX-06 (2020)"), open);   // an open span states its year
        Assert.Equal("2020-06/..", since.ToString());
        Assert.Equal(since, DateEstimate.Parse(since.ToString()));
        Assert.Throws<ArgumentException>(() => DateEstimate.OnOrAfter(LocalDate.MaxIsoValue));
    }

    [Fact]
    public void TryParse_of_null_is_false_and_Parse_of_null_throws()
    {
        Assert.False(DateEstimate.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => DateEstimate.Parse(null!));
    }

    [Fact]
    public void ToAnchoredString_writes_the_anchored_year()
    {
        Assert.Equal("2020-02", DateEstimate.Parse("XXXX-02 (2020)").ToAnchoredString());
        Assert.Equal("2019-02", DateEstimate.Parse("2019-02").ToAnchoredString());
    }

    [Fact]
    public void Json_round_trips_through_the_source_generated_context()
    {
        var value = DateEstimate.Parse("XXXX-06 (2020) (START)");
        var json = System.Text.Json.JsonSerializer.Serialize(value, KoreaEvents.Core.Serialization.KoreaEventsJsonContext.Default.DateEstimate);
        Assert.Equal("\"XXXX-06 (2020) (START)\"", json);
        Assert.Equal(value, System.Text.Json.JsonSerializer.Deserialize(json, KoreaEvents.Core.Serialization.KoreaEventsJsonContext.Default.DateEstimate));
        var ex = Assert.Throws<System.Text.Json.JsonException>(() =>
            System.Text.Json.JsonSerializer.Deserialize("{\"d\":\"2019-13\"}", KoreaEvents.Core.Serialization.KoreaEventsJsonContext.Default.DateEstimate));
        Assert.NotNull(ex.Message);
    }
}

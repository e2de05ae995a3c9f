using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Tests.Cli;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class TimelineWriterTest
{
    private static string Timeline()
    {
        using var output = new StringWriter();
        TimelineWriter.Write(TestClock.Dataset, output);
        return output.ToString();
    }

    [Fact]
    public void Lists_the_events_in_date_order()
    {
        var lines = Timeline().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith("1939-09-01/1945-09-02    event:world-war-ii — Second World War", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1945-08                  event:division-of-korea-1945", lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.StartsWith("event:", l[25..], StringComparison.Ordinal));
        Assert.All(lines, l => Assert.EndsWith(" sources)", l, StringComparison.Ordinal));

        int Index(string slug) => Array.FindIndex(lines, l => l.Contains(slug, StringComparison.Ordinal));
        Assert.True(Index("event:korean-war-armistice-1953") < Index("event:hanoi-summit-2019") || Index("event:hanoi-summit-2019") < 0);
        var years = lines.Where(l => char.IsAsciiDigit(l[0])).Select(l => int.Parse(l[..4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(years.Order(), years);
    }

    [Fact]
    public void Is_what_the_timeline_command_prints() => Assert.Equal(CliHarness.Run("timeline").Stdout, Timeline());

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => TimelineWriter.Write(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => TimelineWriter.Write(TestClock.Dataset, null!));
    }
}

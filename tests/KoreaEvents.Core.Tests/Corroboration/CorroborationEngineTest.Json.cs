using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using static KoreaEvents.Core.Tests.Corroboration.SeedClaims;

namespace KoreaEvents.Core.Tests.Corroboration;

public partial class CorroborationEngineTest
{
    private static IReadOnlyList<Claim> SmallReportClaims =>
    [
        .. HanoiDates,
        .. DemolitionPlaces,
        MissileTestsHedged,
    ];

    [Fact]
    public void Report_json_snapshot()
    {
        var json = Engine.Corroborate(Sources, SmallReportClaims).ToJson();
        SnapshotAssert.Json(json);
    }

    [Fact]
    public void Report_json_is_byte_identical_across_runs_and_input_orders()
    {
        var first = Engine.Corroborate(Sources, SmallReportClaims).ToJson();
        var again = new CorroborationEngine(Engine.Options).Corroborate(Sources.Reverse(), SmallReportClaims.Reverse()).ToJson();
        Assert.Equal(first, again);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,", first.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}

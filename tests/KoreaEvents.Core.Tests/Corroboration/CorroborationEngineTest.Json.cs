using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using static KoreaEvents.Core.Tests.Corroboration.SeedClaims;
using KoreaEvents.Core.Serialization;

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
        var json = KoreaEventsJson.Serialize(Engine.Corroborate(Sources, SmallReportClaims));
        SnapshotAssert.Json(json);
    }

    [Fact]
    public void Report_json_is_byte_identical_across_runs_and_input_orders()
    {
        var first = KoreaEventsJson.Serialize(Engine.Corroborate(Sources, SmallReportClaims));
        var again = KoreaEventsJson.Serialize(new CorroborationEngine(Engine.Options).Corroborate(Sources.Reverse(), SmallReportClaims.Reverse()));
        Assert.Equal(first, again);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,", first.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}

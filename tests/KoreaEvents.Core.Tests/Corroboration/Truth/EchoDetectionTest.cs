using KoreaEvents.Core.Corroboration.Truth;

namespace KoreaEvents.Core.Tests.Corroboration.Truth;

/// <summary>The experimental echo detection of <see cref="IndependenceAwareTruthDiscovery"/> (<see cref="IndependenceAwareOptions.DetectEchoes"/>).</summary>
public sealed class EchoDetectionTest
{
    private static readonly IndependenceAwareOptions Echoes = new() { DetectEchoes = true, DependenceRounds = 10 };

    /// <summary>
    /// The per-claim likelihood ratio by hand (c = 0.8, n = 2):
    /// <code>
    /// p = 0.5,  A = 0.8, picked = 0.5: independent 0.5·0.8 + 0.5·0.2/2 = 0.45;   echo 0.8·0.5 + 0.2·0.45 = 0.49
    /// p = 0.05, A = 0.9, picked = 0.5: independent 0.045 + 0.95·0.05 = 0.0925; echo 0.4 + 0.2·0.0925 = 0.4185
    /// picked = 0 (nobody else gives the value): echo = 0.2·independent, ratio 1 − c
    /// </code>
    /// </summary>
    [Fact]
    public void Log_ratio_matches_the_hand_computation()
    {
        Assert.Equal(Math.Log(0.49 / 0.45), IndependenceAwareTruthDiscovery.EchoLogRatio(0.5, 0.8, 2, 0.5, 0.8), 12);
        Assert.Equal(Math.Log(0.4185 / 0.0925), IndependenceAwareTruthDiscovery.EchoLogRatio(0.05, 0.9, 2, 0.5, 0.8), 12);
        Assert.Equal(Math.Log(0.2), IndependenceAwareTruthDiscovery.EchoLogRatio(0.3, 0.7, 3, 0, 0.8), 12);
    }

    /// <summary>
    /// A bot that re-saves pages: on 80 pages a registered editor gives the true value; on every fourth a one-off
    /// anonymous editor changed it and the bot repeats the changed value, elsewhere the editor's. The bot also fills
    /// 300 pages alone. Eight editors corroborate each other on 160 other objects. Pairwise, the bot shares at most one
    /// object with each anonymous editor, so no pair is dependent, and without echo detection bot + anonymous outvote
    /// the editor on all 20 pages. Tested against the pool, the bot repeats improbable values far more often than an
    /// independent source would, its shared votes are discounted, and the editors win.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_bot_repeating_whatever_is_on_the_page_is_found_and_discounted(bool pairs)
    {
        var (table, changed) = BotTable();
        var plain = new IndependenceAwareTruthDiscovery(new IndependenceAwareOptions { DetectDependence = pairs }).Run(table);
        Assert.Empty(plain.Echoes);
        Assert.All(changed, o => Assert.StartsWith("w", plain.GetChosenValueText(table.IndexOfObject(o)), StringComparison.Ordinal));

        var result = new IndependenceAwareTruthDiscovery(Echoes with { DetectDependence = pairs }).Run(table);
        var echo = Assert.Single(result.Echoes);
        Assert.Equal("bot", table.Sources[echo.Source]);
        Assert.True(echo.Probability > 0.99);
        Assert.Equal(80, echo.Contested);
        Assert.Equal(80, echo.Shared);
        Assert.True(echo.ExpectedShared < 70);
        Assert.All(changed, o => Assert.StartsWith("v", result.GetChosenValueText(table.IndexOfObject(o)), StringComparison.Ordinal));
        Assert.Equal("independence-echo", result.Algorithm);
    }

    [Fact]
    public void Off_by_default_and_named_on_the_command_line()
    {
        Assert.False(IndependenceAwareOptions.Default.DetectEchoes);
        var algorithm = Assert.IsType<IndependenceAwareTruthDiscovery>(TruthDiscoveryAlgorithms.FromName("independence-echo"));
        Assert.True(algorithm.Options.DetectEchoes);
        Assert.Equal(10, algorithm.Options.DependenceRounds);
        Assert.Equal("independence-echo", algorithm.Name);
        Assert.Equal("independence", TruthDiscoveryAlgorithms.Default.Name);
    }

    [Fact]
    public void Echoes_are_in_the_json_report()
    {
        var (table, _) = BotTable();
        var json = TruthReportJson.ToJson(new IndependenceAwareTruthDiscovery(Echoes).Run(table));
        Assert.Contains("\"echoes\": [\n    {\n      \"source\": \"bot\",\n      \"probability\": 1,\n      \"contested\": 80,\n      \"shared\": 80,", json, StringComparison.Ordinal);
    }

    /// <summary>The blocks of a large table give the same result on one thread as on several, bit for bit.</summary>
    [Fact]
    public void Parallel_and_sequential_runs_agree()
    {
        var random = new Random(5);
        var builder = ClaimTable.CreateBuilder();
        for (int o = 0; o < 12_000; o++)
        {
            for (int s = 0; s < 6; s++)
            {
                int source = random.Next(40);
                string value = random.NextDouble() < 0.7 ? "t" : "f" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture);
                builder.Add("s" + source.ToString(System.Globalization.CultureInfo.InvariantCulture), "o" + o.ToString(System.Globalization.CultureInfo.InvariantCulture), value);
            }
        }

        var table = builder.Build();
        Assert.True(table.ClaimCount > 50_000);
        var parallel = new IndependenceAwareTruthDiscovery(Echoes).Run(table);
        var sequential = new IndependenceAwareTruthDiscovery(Echoes) { Sequential = true }.Run(table);
        Assert.Equal(TruthReportJson.ToJson(sequential), TruthReportJson.ToJson(parallel));
    }

    private static (ClaimTable Table, List<string> Changed) BotTable()
    {
        var claims = new List<(string, string, string)>();
        var editors = Enumerable.Range(0, 8).Select(k => $"editor{k}").ToArray();
        for (int i = 0; i < 160; i++)
        {
            claims.Add((editors[i % 8], $"c{i}", $"t{i}"));
            claims.Add((editors[(i + 1 + ((i / 8) % 7)) % 8], $"c{i}", $"t{i}"));
        }

        var changed = new List<string>();
        for (int i = 0; i < 80; i++)
        {
            string page = $"p{i}";
            claims.Add((i % 4 == 0 ? editors[(i / 4) % 8] : editors[i % 8], page, $"v{i}"));
            if (i % 4 == 0)
            {
                claims.Add(($"anon{i}", page, $"w{i}"));
                claims.Add(("bot", page, $"w{i}"));
                changed.Add(page);
            }
            else
            {
                claims.Add(("bot", page, $"v{i}"));
            }
        }

        for (int i = 0; i < 300; i++)
        {
            claims.Add(("bot", $"q{i}", $"u{i}"));
        }

        return (TruthFixtures.Table([.. claims]), changed);
    }
}

using KoreaEvents.Core.Truth;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Truth;

/// <summary>The echo detection of <see cref="IndependenceAwareTruthDiscovery"/> (<see cref="IndependenceAwareOptions.DetectEchoes"/>).</summary>
public sealed class EchoDetectionTest
{
    private static readonly IndependenceAwareOptions Echoes = IndependenceAwareOptions.Default;
    private static readonly IndependenceAwareOptions PairsOnly = new() { DetectEchoes = false, DependenceRounds = 2 };

    /// <summary>
    /// The per-claim likelihood ratio by hand (c = 0.8, two equally likely false values, h = 1/2):
    /// <code>
    /// p = 0.5,  A = 0.8, picked = 0.5: independent 0.5·0.8 + 0.5·0.2/2 = 0.45;   echo 0.8·0.5 + 0.2·0.45 = 0.49
    /// p = 0.05, A = 0.9, picked = 0.5: independent 0.045 + 0.95·0.05 = 0.0925; echo 0.4 + 0.2·0.0925 = 0.4185
    /// picked = 0 (nobody else gives the value): echo = 0.2·independent, ratio 1 − c
    /// </code>
    /// </summary>
    [Fact]
    public void Log_ratio_matches_the_hand_computation()
    {
        Assert.Equal(Math.Log(0.49 / 0.45), IndependenceAwareTruthDiscovery.EchoLogRatio(0.5, 0.8, 0.5, 0.5, 0.8), 12);
        Assert.Equal(Math.Log(0.4185 / 0.0925), IndependenceAwareTruthDiscovery.EchoLogRatio(0.05, 0.9, 0.5, 0.5, 0.8), 12);
        Assert.Equal(Math.Log(0.2), IndependenceAwareTruthDiscovery.EchoLogRatio(0.3, 0.7, 1.0 / 3, 0, 0.8), 12);
    }

    /// <summary>
    /// The sharing likelihood ratio by hand (c = 0.8):
    /// <code>
    /// q = 0.6, shared:     echo 0.8 + 0.2·0.6 = 0.92, independent 0.6, ratio 0.92/0.6
    /// q = 0.6, not shared: echo 0.2·0.4 = 0.08, independent 0.4, ratio 0.2
    /// q = 1,   shared:     echo 1, independent 1: no evidence, however often it happens
    /// </code>
    /// </summary>
    [Fact]
    public void Sharing_log_ratio_matches_the_hand_computation()
    {
        Assert.Equal(Math.Log(0.92 / 0.6), IndependenceAwareTruthDiscovery.SharingLogRatio(true, 0.6, 0.8), 12);
        Assert.Equal(Math.Log(0.2), IndependenceAwareTruthDiscovery.SharingLogRatio(false, 0.6, 0.8), 12);
        Assert.Equal(0, IndependenceAwareTruthDiscovery.SharingLogRatio(true, 1, 0.8), 12);
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
        var plain = new IndependenceAwareTruthDiscovery(PairsOnly with { DetectDependence = pairs }).Run(table);
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
        Assert.Equal("independence", result.Algorithm);
    }

    /// <summary>
    /// One always-right source r among six weak ones: on each of 30 objects two weak sources give r's value and the
    /// other four scatter (<see cref="TruthFixtures.ReliableAmongWeak"/>). Seen
    /// through the weak sources' eyes, r repeats a value they are unsure of on every object, which the value test alone
    /// takes for echoing; but r is never alone where an independent source of its accuracy would not be either, so the
    /// sharing test finds nothing, r keeps its votes, and five weak sources still outvote one on x.
    /// </summary>
    [Fact]
    public void A_reliable_source_among_weak_ones_is_not_their_echo()
    {
        var table = TruthFixtures.ReliableAmongWeak();
        var result = new IndependenceAwareTruthDiscovery(Echoes).Run(table);
        Assert.DoesNotContain(result.Echoes, e => table.Sources[e.Source] == "r");
        Assert.All(Enumerable.Range(0, 30), i => Assert.Equal("t", result.GetChosenValueText(table.IndexOfObject($"o{i}"))));
        Assert.Equal("v", result.GetChosenValueText(table.IndexOfObject("x")));
        Assert.True(result.GetTrust(table.IndexOfSource("r")) > 0.9);
    }

    /// <summary>
    /// Independent sources on objects with two possible values: every wrong value is the one false value, so nearly
    /// every claim is shared whoever gives it. With 1/n (n = 2, the floor) as the chance of a wrong value landing on a
    /// given false value, independence would predict far less sharing and most sources would look like echoes; with the
    /// measured rate φ at which wrong sources agree, none does.
    /// </summary>
    [Fact]
    public void Independent_sources_over_two_values_are_not_echoes()
    {
        var random = new Random(11);
        var accuracy = Enumerable.Range(0, 30).Select(_ => 0.55 + (0.4 * random.NextDouble())).ToArray();
        var builder = ClaimTable.CreateBuilder();
        for (int o = 0; o < 3000; o++)
        {
            var used = new HashSet<int>();
            while (used.Count < 6)
            {
                used.Add(random.Next(accuracy.Length));
            }

            foreach (int s in used.Order())
            {
                bool right = random.NextDouble() < accuracy[s];
                builder.Add($"s{s}", $"o{o}", right ? "yes" : "no");
            }
        }

        var result = new IndependenceAwareTruthDiscovery(Echoes).Run(builder.Build());
        Assert.Empty(result.Echoes);
    }

    /// <summary>
    /// Sources over two values with a third of them worse than chance (as <c>gen_synthetic.py --domain 2</c>): nearly
    /// every claim is shared whoever gives it, and more often than independence with a uniform error model predicts, so
    /// the sharing test alone takes many of them for echoes. The value test clears them: they do not repeat improbable
    /// values. At most one source may come out an echo.
    /// </summary>
    [Fact]
    public void Sources_over_two_values_with_bad_ones_among_them_are_not_echoes()
    {
        var random = new Random(3);
        var accuracy = Enumerable.Range(0, 40).Select(s => s % 3 == 0 ? 0.1 + (0.3 * random.NextDouble()) : 0.55 + (0.4 * random.NextDouble())).ToArray();
        var activity = accuracy.Select(_ => Math.Exp(random.NextDouble() * 2)).ToArray();
        double totalActivity = activity.Sum();
        var builder = ClaimTable.CreateBuilder();
        for (int o = 0; o < 2000; o++)
        {
            var used = new SortedSet<int>();
            while (used.Count < 8)
            {
                double pick = random.NextDouble() * totalActivity;
                int s = 0;
                while (pick > activity[s] && s < activity.Length - 1)
                {
                    pick -= activity[s++];
                }

                used.Add(s);
            }

            bool truth = random.NextDouble() < 0.5;
            foreach (int s in used)
            {
                bool right = random.NextDouble() < accuracy[s];
                builder.Add($"s{s}", $"o{o}", right == truth ? "yes" : "no");
            }
        }

        var result = new IndependenceAwareTruthDiscovery(Echoes).Run(builder.Build());
        Assert.True(result.Echoes.Count <= 1, $"{result.Echoes.Count} echoes");
    }

    /// <summary>
    /// Echo detection sees each object through the other sources' eyes by taking the source's own terms out of the
    /// object's sum, and sums the others directly where that would lose digits (a trusted source alone against eight
    /// agreeing bad ones, whose values are 20 orders of magnitude less likely). Summing directly everywhere gives the
    /// same result.
    /// </summary>
    [Fact]
    public void The_others_view_by_difference_agrees_with_summing_it_directly()
    {
        var claims = new List<(string, string, string)>();
        for (int i = 0; i < 200; i++)
        {
            foreach (var good in new[] { "s", "g1", "g2" })
            {
                claims.Add((good, $"c{i}", $"t{i}"));
            }

            claims.Add(($"b{i % 8}", $"c{i}", $"j{i}"));
        }

        for (int i = 0; i < 5; i++)
        {
            claims.Add(("s", $"d{i}", "t"));
            for (int b = 0; b < 8; b++)
            {
                claims.Add(($"b{b}", $"d{i}", "junk"));
            }
        }

        var (bot, _) = BotTable();
        foreach (var table in new[] { TruthFixtures.Table([.. claims]), bot, TruthFixtures.ReliableAmongWeak() })
        {
            var byDifference = new IndependenceAwareTruthDiscovery(Echoes).Run(table);
            var direct = new IndependenceAwareTruthDiscovery(Echoes) { DirectEchoSums = true }.Run(table);
            Assert.Equal(direct.Echoes.Select(e => e.Source), byDifference.Echoes.Select(e => e.Source));
            Assert.All(direct.Echoes.Zip(byDifference.Echoes), p => Assert.Equal(p.First.Probability, p.Second.Probability, 9));
            for (int s = 0; s < table.SourceCount; s++)
            {
                Assert.Equal(direct.GetTrust(s), byDifference.GetTrust(s), 9);
            }

            for (int o = 0; o < table.ObjectCount; o++)
            {
                Assert.Equal(direct.GetChosenValueText(o), byDifference.GetChosenValueText(o));
            }
        }
    }

    /// <summary>With no prior weight (k = 0) a source whose only contested object is the one scored has no accuracy without it; the prior mean stands in, not 0/0.</summary>
    [Fact]
    public void A_zero_prior_strength_gives_no_undefined_trust()
    {
        var (table, _) = BotTable();
        var result = new IndependenceAwareTruthDiscovery(Echoes with { PriorStrength = 0 }).Run(table);
        Assert.All(Enumerable.Range(0, table.SourceCount), s => Assert.True(double.IsFinite(result.GetTrust(s)), table.Sources[s]));
        Assert.Contains(result.Echoes, e => table.Sources[e.Source] == "bot");
    }

    [Fact]
    public void On_by_default_and_named_on_the_command_line()
    {
        Assert.True(IndependenceAwareOptions.Default.DetectEchoes);
        Assert.Equal(3, IndependenceAwareOptions.Default.DependenceRounds);
        Assert.Equal("independence", TruthDiscoveryAlgorithms.Default.Name);
        var pairs = Assert.IsType<IndependenceAwareTruthDiscovery>(TruthDiscoveryAlgorithms.FromName("independence-pairs"));
        Assert.False(pairs.Options.DetectEchoes);
        Assert.Equal(2, pairs.Options.DependenceRounds);
        Assert.Equal("independence-pairs", pairs.Name);
    }

    [Fact]
    public void Echoes_are_in_the_json_report()
    {
        var (table, _) = BotTable();
        var json = KoreaEventsJson.Serialize(new IndependenceAwareTruthDiscovery(Echoes).Run(table));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var echo = Assert.Single(document.RootElement.GetProperty("echoes").EnumerateArray());
        Assert.Equal("bot", echo.GetProperty("source").GetString());
        Assert.True(echo.GetProperty("probability").GetDouble() > 0.99);
        Assert.Equal(80, echo.GetProperty("contested").GetDouble());
        Assert.Equal(80, echo.GetProperty("shared").GetDouble());
        Assert.True(echo.GetProperty("expectedShared").GetDouble() < 70);
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
        Assert.Equal(KoreaEventsJson.Serialize(sequential), KoreaEventsJson.Serialize(parallel));
        Assert.Equal(sequential.Echoes, parallel.Echoes); // member-wise, every double bit for bit
        Assert.All(Enumerable.Range(0, table.SourceCount), s => Assert.True(sequential.GetTrust(s).Equals(parallel.GetTrust(s))));
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

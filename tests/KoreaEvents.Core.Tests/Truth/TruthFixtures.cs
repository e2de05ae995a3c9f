using System.Runtime.CompilerServices;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

/// <summary>
/// Fixtures committed beside the tests (read from the source tree, so no python or network at test time).
/// <c>synthetic-copiers</c> was made with
/// <c>gen_synthetic.py --sources 30 --objects 300 --avg-claims 6 --copiers 6 --copy-from worst --seed 11</c>:
/// 30 independent sources (30 % of them unreliable), 6 copiers of the worst ones copying 90 % of their claims.
/// </summary>
internal static class TruthFixtures
{
    public static string Directory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Fixtures");

    public static ClaimTable Claims(string name) => ClaimTable.ReadCsv(Path.Combine(Directory(), name + ".claims.csv"));

    public static TruthTable Truth(string name) => TruthTable.ReadCsv(Path.Combine(Directory(), name + ".truth.csv"));

    public static ClaimTable Table(params (string Source, string Object, string Value)[] claims)
    {
        var builder = ClaimTable.CreateBuilder();
        foreach (var (s, o, v) in claims)
        {
            builder.Add(s, o, v);
        }

        return builder.Build();
    }

    /// <summary>
    /// One always-right source "r" among six weak ones: on each of 30 objects o0..o29 r says "t", two weak sources say
    /// "t" too and the other four give values of their own; on object "x" five weak sources say "v" and weak5 says "w".
    /// </summary>
    public static ClaimTable ReliableAmongWeak()
    {
        var claims = new List<(string, string, string)>();
        for (int i = 0; i < 30; i++)
        {
            claims.Add(("r", $"o{i}", "t"));
            for (int w = 0; w < 6; w++)
            {
                claims.Add(($"weak{w}", $"o{i}", (i + w) % 3 == 0 ? "t" : $"x{i}-{w}"));
            }
        }

        for (int w = 0; w < 6; w++)
        {
            claims.Add(($"weak{w}", "x", w == 5 ? "w" : "v"));
        }

        return Table([.. claims]);
    }
}

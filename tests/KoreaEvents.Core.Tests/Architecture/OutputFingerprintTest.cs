using System.Security.Cryptography;
using System.Text;
using KoreaEvents.Cli;
using Xunit;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Architecture;

/// <summary>
/// The layering refactor (issue 20) must not change a byte of output: these are the SHA-256 digests of the seeds'
/// outputs taken before the move, on the fixed test clock. A change that alters output on purpose updates them
/// together with the snapshots, and says so in CHANGELOG. Updated on purpose by issue 21 (dated facts): seed 003 is now
/// dated 2020-06-16/2020-11-03 (the 2020 US election bounds it), and with that anchor its "still at war" no longer
/// links to the Korean War of 1950–1953 (a claim the gold does not hold).
/// </summary>
public sealed class OutputFingerprintTest
{
    public static TheoryData<string, string> Outputs() => new()
    {
        { "report --json", "6b66349212aeb1453e6a8ee4d7aa299ad946e19979a679e89af3a18814b0fe62" },
        { "report", "d4c0fecf806fd20020e3e9a07e794e7e931f066d39c2e7326314cbdb885a94a9" },
        { "timeline", "32df877d7c00f09fd3d3b84b4298b18bf471dfb1741440b1120a39dffb143989" },
        { "claims all --json", "c2daf5c567b280589183f2e525aff81a21c7726039efffd0033b9feb2089bbb3" },
        { "claims seed-003", "06600ea3bf361730b580ea284ab09e4b6a0de34338f0f11335573e290cd8de3d" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Output_is_byte_identical_to_the_fingerprint(string command, string sha256)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = CliApp.Run(command.Split(' '), stdout, stderr, TestClock.Fixed);
        Assert.True(exit == 0, $"koreaevents {command} exited {exit}: {stderr}");
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stdout.ToString().ReplaceLineEndings("\n"))));
        Assert.True(digest == sha256, $"koreaevents {command}: output SHA-256 is {digest}, the fingerprint {sha256}.");
    }

    [Fact]
    public void Report_json_from_the_library_matches_the_tool()
    {
        using var stdout = new StringWriter();
        CliApp.Run(["report", "--json"], stdout, new StringWriter(), TestClock.Fixed);
        Assert.Equal(KoreaEventsJson.Serialize(TestClock.Dataset.Report), stdout.ToString().TrimEnd('\n', '\r'));
    }
}

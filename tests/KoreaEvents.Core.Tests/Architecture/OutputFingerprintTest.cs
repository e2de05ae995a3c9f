using System.Security.Cryptography;
using System.Text;
using KoreaEvents.Cli;
using Xunit;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Architecture;

/// <summary>
/// The layering refactor (issue 20) must not change a byte of output: these are the SHA-256 digests of the seeds'
/// outputs taken before the move, on the fixed test clock. A change that alters output on purpose updates them
/// together with the snapshots, and says so in CHANGELOG.
/// </summary>
public sealed class OutputFingerprintTest
{
    public static TheoryData<string, string> Outputs() => new()
    {
        { "report --json", "fa5cb43a398ce43f688181acf0d80d3b0f8af3145d87f5a81cd55c6c0a20c789" },
        { "report", "c31c29776f88ea221e5c091b7e7951ad2b0985345a43404d6f5556a67ee41a68" },
        { "timeline", "32df877d7c00f09fd3d3b84b4298b18bf471dfb1741440b1120a39dffb143989" },
        { "claims all --json", "40a9df0eef2f62c1533fee6eb4875a0ac310dd03ade288d4a2ab728bdc6b4f07" },
        { "claims seed-003", "1c411c8f2acaa2288b9bfce86e990dc6e7d76373451dd2af72dd30af454713f3" },
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

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
        { "report --json", "03b25f26c9fc97c458ac38bac4db7603c568dd02fec3616c9af3050cfb920bc7" },
        { "report", "3c43291b4464c815c7b13b87b1d9d3b0a0857ca7f581805c72f7d323a7a8d8de" },
        { "timeline", "32df877d7c00f09fd3d3b84b4298b18bf471dfb1741440b1120a39dffb143989" },
        { "claims all --json", "a48fe9814da75eee0d1d0bf831b78eab5f006f3a7fb89d9d075ea85c3bdde3da" },
        { "claims seed-003", "8da02c99b8445d32e60d60ab6813b884c332d44db78867183605a3785e8cb44b" },
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

using System.Text;
using Xunit.Sdk;

namespace KoreaEvents.Core.Tests;

public sealed class SnapshotAssertTest : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "koreaevents-snapshot-test-" + Guid.NewGuid().ToString("N"));

    private string FakeTestFile => Path.Combine(directory, "FakeTest.Part.cs");

    private string Verified => Path.Combine(directory, "Snapshots", "FakeTest.Method_seed=1.verified.json");

    private string Received => Path.Combine(directory, "Snapshots", "FakeTest.Method_seed=1.received.json");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_new_snapshot_fails_and_writes_received_with_bom_and_lf()
    {
        Directory.CreateDirectory(directory);
        var ex = Assert.Throws<FailException>(() => SnapshotAssert.Json("{\r\n  \"a\": 1\r\n}\n", "seed=1", FakeTestFile, "Method"));

        Assert.Contains("No verified snapshot yet.", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Received, ex.Message, StringComparison.Ordinal);
        Assert.Contains(Verified, ex.Message, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(Received);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("{\n  \"a\": 1\n}", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void A_match_passes_and_leaves_nothing_behind()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, "{\n  \"a\": 1\n}", new UTF8Encoding(true));
        File.WriteAllText(Received, "stale", Encoding.UTF8);

        SnapshotAssert.Json("{\r\n  \"a\": 1\r\n}", "seed=1", FakeTestFile, "Method");

        Assert.False(File.Exists(Received));
        Assert.True(File.Exists(Verified));
    }

    [Fact]
    public void A_mismatch_fails_with_both_paths_and_a_diff()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, "{\n  \"a\": 1\n}", new UTF8Encoding(true));

        var ex = Assert.Throws<FailException>(() => SnapshotAssert.Json("{\n  \"a\": 2\n}", "seed=1", FakeTestFile, "Method"));

        Assert.Contains("differs from the verified snapshot", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-   \"a\": 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("+   \"a\": 2", ex.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Received));
    }
}

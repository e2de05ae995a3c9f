using KoreaEvents.Cli;
using KoreaEvents.Core.Corroboration.Truth;

namespace KoreaEvents.Core.Tests.Corroboration.Truth;

public sealed class TruthCommandTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("truth-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private const string Small = "source,object,value\ns1,o1,a\ns2,o1,a\ns3,o1,b\ns3,\"o,2\",c\n";

    [Fact]
    public void Lists_sources_by_trust_and_the_chosen_value_per_object()
    {
        var (exit, output, error) = Run("truth", Write("claims.csv", Small), "--algorithm", "vote");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        SnapshotAssert.Text(output);
    }

    [Fact]
    public void Writes_json_with_a_schema_version()
    {
        var (exit, output, _) = Run("truth", Write("claims.csv", Small), "--json");
        Assert.Equal(0, exit);
        SnapshotAssert.Json(output);
    }

    [Fact]
    public void Scores_against_a_truth_file()
    {
        var truth = Write("truth.csv", "object,value\no1,A\n\"o,2\",d\nmissing,x\n");
        var (exit, output, _) = Run("truth", Write("claims.csv", Small), "--truth", truth, "-a", "truthfinder");
        Assert.Equal(0, exit);
        Assert.StartsWith("algorithm=truthfinder accuracy=0.5000 correct=1 scored=2 missing=1 ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source,object\ns1,o1\n", "Line 1, column 1: The header must name the columns source, object, value; missing: value")]
    [InlineData("source,object,value\ns1,o1,a\ns2,o1,\n", "Line 3, column 7: The value is empty")]
    [InlineData("source,object,value\ns1,o1,\"a\n", "Line 2, column 7: The quoted field that starts here is never closed")]
    public void Malformed_input_exits_with_2_and_the_position(string csv, string message)
    {
        var (exit, _, error) = Run("truth", Write("bad.csv", csv));
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_unknown_algorithm_exits_with_2()
    {
        Assert.Equal(CliApp.BadInput, Run("truth", Path.Combine(_directory, "nope.csv")).Exit);
        Assert.Equal(CliApp.BadInput, Run("truth", Write("claims.csv", Small), "--algorithm", "sums").Exit);
    }

    [Fact]
    public void Every_algorithm_is_reachable_by_name()
    {
        foreach (var name in TruthDiscoveryAlgorithms.Names)
        {
            Assert.Equal(name, TruthDiscoveryAlgorithms.FromName(name.ToUpperInvariant()).Name);
        }

        Assert.Throws<ArgumentException>(() => TruthDiscoveryAlgorithms.FromName("sums"));
    }
}

using KoreaEvents.Cli;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

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
        var (exit, stdout, stderr) = KoreaEvents.Core.Tests.Cli.CliHarness.Run(args);
        return (exit, stdout, stderr);
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

    /// <summary>The listing as it was first written, with one string builder: the reference for the block writer.</summary>
    private static string ListingAsOneString(TruthDiscoveryResult result)
    {
        var t = result.Table;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.Append(inv, $"# algorithm={result.Algorithm} iterations={result.Iterations} converged={(result.Converged ? "true" : "false")} tolerance={result.Tolerance:G3}\n");
        text.Append(inv, $"# rows={t.RowCount} repeated={t.RepeatedRowCount} claims={t.ClaimCount} sources={t.SourceCount} objects={t.ObjectCount} dependent_pairs={result.Dependences.Count}\n");
        text.Append("source,trust,claims\n");
        foreach (int s in result.GetSourcesByTrust())
        {
            AppendField(text, t.Sources[s]);
            text.Append(inv, $",{result.GetTrust(s):F4},{t.GetSourceClaimCount(s)}\n");
        }

        text.Append("\nobject,value,confidence\n");
        for (int o = 0; o < t.ObjectCount; o++)
        {
            AppendField(text, t.Objects[o]);
            text.Append(',');
            AppendField(text, result.GetChosenValueText(o));
            text.Append(inv, $",{result.GetConfidence(o):F4}\n");
        }

        return text.ToString();

        static void AppendField(System.Text.StringBuilder text, string field) =>
            text.Append(field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
    }

    [Fact]
    public void A_long_listing_written_in_blocks_is_the_same_text()
    {
        var builder = ClaimTable.CreateBuilder();
        for (int i = 0; i < 40_000; i++)
        {
            builder.Add(i % 5 == 0 ? $"s,{i % 7}" : $"s{i % 7}", i % 3 == 0 ? $"o \"{i / 2}\"" : $"객체 {i / 2}", i % 4 == 0 ? $"v\n{i % 3}" : $"값 {i % 3}");
        }

        var result = MajorityVote.Instance.Run(builder.Build());
        using var writer = new StringWriter();
        KoreaEvents.Core.Reporting.TruthListingWriter.Write(result, writer);
        var expected = ListingAsOneString(result);
        Assert.True(expected.Length > 2 * (1 << 16));
        Assert.Equal(expected, writer.ToString());
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
        Assert.Equal(CliApp.BadInput, Run("truth", Write("claims.csv", Small), "--algorithm", "crh").Exit);
    }

    [Fact]
    public void Runs_a_fact_finder_by_name()
    {
        var (exit, output, _) = Run("truth", Write("claims.csv", Small), "-a", "investment", "--json");
        Assert.Equal(0, exit);
        Assert.Contains("\"algorithm\": \"investment\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_algorithm_is_reachable_by_name()
    {
        foreach (var name in TruthDiscoveryAlgorithms.Names)
        {
            Assert.Equal(name, TruthDiscoveryAlgorithms.FromName(name.ToUpperInvariant()).Name);
        }

        Assert.Throws<ArgumentException>(() => TruthDiscoveryAlgorithms.FromName("crh"));
    }
}

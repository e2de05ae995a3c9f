using KoreaEvents.Core.Truth;
using KoreaEvents.Core.Reporting;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class CsvWritersTest
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    public void Quotes_a_field_only_when_it_holds_a_comma_a_quote_or_a_line_break(string field, string expected)
    {
        Assert.Equal(expected, CsvField.Encode(field));
        Assert.Equal(expected != field, CsvField.NeedsQuotes(field));
    }

    [Fact]
    public void The_truth_listing_quotes_its_fields_and_has_two_sections()
    {
        var builder = ClaimTable.CreateBuilder();
        builder.Add("s,1", "o\"x", "v\nw");
        builder.Add("s2", "o\"x", "v\nw");
        builder.Add("s2", "plain", "z");
        using var output = new StringWriter();
        TruthListingWriter.Write(MajorityVote.Instance.Run(builder.Build()), output);
        var text = output.ToString();

        Assert.StartsWith("# algorithm=", text, StringComparison.Ordinal);
        Assert.Contains("\n# rows=3 ", text, StringComparison.Ordinal);
        Assert.Contains("\nsource,trust,claims\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\"s,1\",", text, StringComparison.Ordinal);
        Assert.Contains("\ns2,", text, StringComparison.Ordinal);
        int objects = text.IndexOf("\n\nobject,value,confidence\n", StringComparison.Ordinal);
        Assert.True(objects > 0);
        var section = text[(objects + 2)..];
        Assert.StartsWith("object,value,confidence\n\"o\"\"x\",\"v\nw\",", section, StringComparison.Ordinal);
        Assert.Contains("\nplain,z,", section, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_score_line_names_every_count()
    {
        var builder = ClaimTable.CreateBuilder();
        builder.Add("s", "o", "v");
        var result = MajorityVote.Instance.Run(builder.Build());
        var line = TruthListingWriter.FormatEvaluation(result, new TruthEvaluation(2, 1, 3), 12.4, 7.6);
        Assert.Equal($"algorithm={result.Algorithm} accuracy=0.5000 correct=1 scored=2 missing=3 iterations={result.Iterations} converged={(result.Converged ? "true" : "false")} claims=1 read_ms=12 run_ms=8\n", line);
    }

    [Fact]
    public void Json_lists_are_one_object_or_an_array()
    {
        Assert.Equal("{}", JsonList.Format(["{}"]));
        Assert.Equal("[\n{\"a\":1},\n{\"b\":2}\n]", JsonList.Format(["{\"a\":1}", "{\"b\":2}"]));
        Assert.Throws<ArgumentNullException>(() => JsonList.Format(null!));
        Assert.Throws<ArgumentNullException>(() => TruthListingWriter.Write(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => CsvField.Encode(null!));
    }
}

using System.Text;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

public sealed class ClaimTableCsvTest
{
    private static ClaimTable Read(string csv) => ClaimTable.ReadCsv(new StringReader(csv));

    private static ClaimTableFormatException Fails(string csv) => Assert.Throws<ClaimTableFormatException>(() => Read(csv));

    [Fact]
    public void Reads_plain_rows_and_interns_names_in_order_of_first_appearance()
    {
        var table = Read("source,object,value\ns1,o1,a\ns2,o1,b\ns1,o2,c\n");
        Assert.Equal(["s1", "s2"], table.Sources);
        Assert.Equal(["o1", "o2"], table.Objects);
        Assert.Equal(3, table.ClaimCount);
        Assert.Equal(3, table.ValueCount);
        Assert.Equal(2, table.GetObjectClaimCount(0));
        Assert.Equal(2, table.GetSourceClaimCount(0));
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var table = Read("source,object,value\n\"s,1\",\"o \"\"one\"\"\",\"line1\nline2\"\r\ns2,o2,x\n");
        Assert.Equal("s,1", table.Sources[0]);
        Assert.Equal("o \"one\"", table.Objects[0]);
        Assert.Equal("line1\nline2", table.GetValueText(table.GetValueRange(0).Start.Value));
        Assert.Equal("s2", table.Sources[1]);
    }

    [Fact]
    public void Header_columns_may_come_in_any_order_with_extra_columns_and_any_case()
    {
        var table = Read("Value, SOURCE ,note,Object\nx,s1,ignored,o1\n");
        Assert.Equal("s1", table.Sources[0]);
        Assert.Equal("o1", table.Objects[0]);
        Assert.Equal("x", table.GetValueText(0));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped_from_a_file_and_from_text()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "source,object,value\ns1,o1,a\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal("s1", ClaimTable.ReadCsv(path).Sources[0]);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal("s1", Read("\uFEFFsource,object,value\ns1,o1,a\n").Sources[0]);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_still_count_them()
    {
        var table = Read("\nsource,object,value\n\ns1,o1,a\r\n\r\ns2,o1,a\n\n");
        Assert.Equal(2, table.ClaimCount);
        var error = Fails("source,object,value\n\n\ns1,o1\n");
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quoted_fields()
    {
        var error = Fails("source,object,value\ns1,o1,\"a\nb\"\ns2,o1,\n");
        Assert.Equal(4, error.Line);
        Assert.Equal(7, error.Column);
        Assert.Contains("value is empty", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Line 4, column 7:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_in_the_header_is_named()
    {
        var error = Fails("source,object\ns1,o1\n");
        Assert.Equal(1, error.Line);
        Assert.Contains("missing: value", error.Message, StringComparison.Ordinal);
        Assert.Contains("found: source, object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_named_twice_is_an_error()
    {
        var error = Fails("source,object,value,Source\ns1,o1,a,s2\n");
        Assert.Equal(21, error.Column);
    }

    [Fact]
    public void An_empty_input_is_an_error()
    {
        Assert.Contains("empty", Fails("").Message, StringComparison.Ordinal);
        Assert.Contains("empty", Fails("\n\n").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source,object,value\ns1,o1\n", 2, "Expected 3 fields")]
    [InlineData("source,object,value\ns1,o1,a,extra\n", 2, "found 4")]
    [InlineData("source,object,value\n   \n", 2, "found 1")]
    public void A_record_with_the_wrong_field_count_is_an_error(string csv, int line, string message)
    {
        var error = Fails(csv);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source,object,value\n,o1,a\n", 2, 1, "source is empty")]
    [InlineData("source,object,value\ns1, ,a\n", 2, 4, "object is empty")]
    [InlineData("source,object,value\ns1,o1,\"\"\n", 2, 7, "value is empty")]
    public void Empty_fields_are_errors_with_their_position(string csv, int line, int column, string message)
    {
        var error = Fails(csv);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error()
    {
        var error = Fails("source,object,value\ns1,o\"1,a\n");
        Assert.Equal(2, error.Line);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var error = Fails("source,object,value\ns1,\"o1\"x,a\n");
        Assert.Equal(2, error.Line);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens()
    {
        var error = Fails("source,object,value\ns1,o1,a\ns2,o1,\"never\nclosed\n");
        Assert.Equal(3, error.Line);
        Assert.Equal(7, error.Column);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_the_same_value_when_their_keys_are_equal()
    {
        var table = Read("source,object,value\ns1,o1,Seoul\ns2,o1,\" seoul \"\ns3,o1,SEOUL  CITY\ns4,o1,seoul city\ns5,o2,30.1\ns6,o2,30.10\ns7,o2,3.01e1\n");
        Assert.Equal(3, table.ValueCount);
        Assert.Equal("Seoul", table.GetValueText(table.IndexOfValue(0, "seoul")));
        Assert.Equal("SEOUL  CITY", table.GetValueText(table.IndexOfValue(0, "Seoul City")));
        Assert.Equal("30.1", table.GetValueText(table.IndexOfValue(1, "30.100")));
    }

    [Fact]
    public void Repeated_rows_add_nothing_and_several_values_split_the_source_vote()
    {
        var table = Read("source,object,value\ns1,o1,a\ns1,o1,a\ns1,o1,b\ns2,o1,a\n");
        Assert.Equal(4, table.RowCount);
        Assert.Equal(1, table.RepeatedRowCount);
        Assert.Equal(3, table.ClaimCount);
        Assert.Equal([0.5, 0.5, 1.0], table.ClaimWeights);
    }

    [Fact]
    public void Values_of_an_object_are_ordered_by_key_and_claims_by_object_then_source()
    {
        var table = Read("source,object,value\ns2,o1,b\ns1,o1,c\ns1,o2,z\ns3,o1,a\n");
        Assert.Equal(["a", "b", "c", "z"], table.ValueKeys);
        Assert.Equal([0, 3, 4], table.ClaimStart);
        Assert.Equal([0, 1, 2, 1], table.ClaimSources);
    }

    [Fact]
    public void Many_distinct_sources_are_read()
    {
        var csv = new StringBuilder("source,object,value\n");
        for (int i = 0; i < 200_000; i++)
        {
            csv.Append("source-").Append(i).Append(",o").Append(i % 1000).Append(",v").Append(i % 7).Append('\n');
        }

        var table = Read(csv.ToString());
        Assert.Equal(200_000, table.SourceCount);
        Assert.Equal(1000, table.ObjectCount);
        Assert.Equal(199_999, table.IndexOfSource("source-199999"));
        Assert.Equal(-1, table.IndexOfSource("source-200000"));
    }

    [Fact]
    public void Builder_checks_its_arguments_and_builds_once()
    {
        var builder = ClaimTable.CreateBuilder();
        Assert.Throws<ArgumentException>(() => builder.Add(" ", "o", "v"));
        Assert.Throws<ArgumentNullException>(() => builder.Add("s", null!, "v"));
        builder.Add("s", "o", "v");
        Assert.Equal(1, builder.Build().ClaimCount);
        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.Add("s", "o", "w"));
    }
}

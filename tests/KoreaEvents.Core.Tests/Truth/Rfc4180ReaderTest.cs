using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

/// <summary>
/// The record reader keeps the current record in its buffer and grows it for long records: every record, field,
/// line and column must come out the same whatever the buffer length and however the text arrives.
/// </summary>
public sealed class Rfc4180ReaderTest
{
    /// <summary>A reader that hands out at most a few characters per call, as a slow stream would.</summary>
    private sealed class TrickleReader(string text, int step) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            int take = Math.Min(Math.Min(count, step), text.Length - _position);
            text.CopyTo(_position, buffer, index, take);
            _position += take;
            return take;
        }
    }

    private sealed record Field(string Text, long Line, int Column);

    private static List<(long Line, Field[] Fields)> Records(TextReader reader, int bufferLength = Rfc4180Reader.DefaultBufferLength, bool atStart = true)
    {
        var csv = new Rfc4180Reader(reader, bufferLength, atStart);
        var records = new List<(long, Field[])>();
        while (csv.Read())
        {
            var fields = new Field[csv.FieldCount];
            for (int f = 0; f < fields.Length; f++)
            {
                fields[f] = new Field(csv.Field(f).ToString(), csv.FieldLine(f), csv.FieldColumn(f));
            }

            records.Add((csv.RecordLine, fields));
        }

        return records;
    }

    private static string Describe(List<(long Line, Field[] Fields)> records) =>
        string.Join("\n", records.Select(r => $"{r.Line}: " + string.Join(" | ", r.Fields.Select(f => $"{f.Line}:{f.Column}:[{f.Text}]"))));

    public static TheoryData<string> Inputs() => new()
    {
        "a,b,c\r\nd,\"e\r\nf\"\"g\",h\r\n",
        "\uFEFFsource,object,value\n\n\r\ns1,o1,a\n\ns2,\"o,2\",\"\"\"quoted\"\"\"\n",
        "a,b\rc,d\re,\"f\rg\"\r",
        "한국,\uD83D\uDE00x,\"é\"\"\"\r\n日本語テキスト,,\"\n\"\nlast,line,no-break",
        new string('x', 1000) + ",\"" + new string('y', 777) + "\"\"" + new string('z', 300) + "\"," + new string('w', 5) + "\r\nshort,1,2\r\n",
        "   \n,,\n\"\",\"\",\"\"\n",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Records_are_the_same_for_any_buffer_length_and_any_read_size(string text)
    {
        var expected = Describe(Records(new StringReader(text)));
        Assert.NotEmpty(expected);
        foreach (int bufferLength in new[] { 1, 2, 3, 5, 8, 13 })
        {
            Assert.Equal(expected, Describe(Records(new StringReader(text), bufferLength)));
            foreach (int step in new[] { 1, 2, 7 })
            {
                Assert.Equal(expected, Describe(Records(new TrickleReader(text, step), bufferLength)));
            }
        }
    }

    [Fact]
    public void Fields_lines_and_columns_across_line_breaks_inside_quotes()
    {
        var records = Records(new TrickleReader("a,b,c\r\nd,\"e\r\nf\"\"g\",h\r\n", 1), bufferLength: 2);
        Assert.Equal(
            "1: 1:1:[a] | 1:3:[b] | 1:5:[c]\n" +
            "2: 2:1:[d] | 2:3:[e\r\nf\"g] | 3:7:[h]",
            Describe(records));
    }

    [Fact]
    public void Non_ascii_text_and_surrogate_pairs_count_one_column_per_utf16_unit()
    {
        var records = Records(new TrickleReader("한국,\uD83D\uDE00x,z\n", 1), bufferLength: 1);
        Assert.Equal("1: 1:1:[한국] | 1:4:[\uD83D\uDE00x] | 1:8:[z]", Describe(records));
    }

    [Theory]
    [InlineData("a,b\nc,\"d\"x\n", 2, 6, "Unexpected character 'x'")]
    [InlineData("a,b\nc\"d,e\n", 2, 2, "A double quote inside an unquoted field")]
    [InlineData("a,b\r\nc,\"unclosed\r\nmore", 2, 3, "never closed")]
    [InlineData("x\n\"a\"\"b\"\"\"c", 2, 9, "Unexpected character 'c'")]
    public void Errors_have_the_same_position_for_any_buffer_length(string text, long line, int column, string message)
    {
        foreach (int bufferLength in new[] { 1, 2, 3, 4, 7, 1 << 16 })
        {
            var error = Assert.Throws<ClaimTableFormatException>(() => Records(new TrickleReader(text, 3), bufferLength));
            Assert.Equal(line, error.Line);
            Assert.Equal(column, error.Column);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_only_at_the_start_of_input()
    {
        Assert.Equal("1: 1:1:[a] | 1:3:[b]", Describe(Records(new StringReader("\uFEFFa,b\n"))));
        Assert.Equal("1: 1:1:[\uFEFFa] | 1:4:[b]", Describe(Records(new StringReader("\uFEFFa,b\n"), atStart: false)));
        Assert.Equal("1: 1:1:[\uFEFFa]", Describe(Records(new StringReader("\uFEFF\uFEFFa\n"))));
    }

    [Fact]
    public void Line_counts_every_line_break_read()
    {
        var csv = new Rfc4180Reader(new StringReader("a\r\n\n\"b\nc\"\rd"), bufferLength: 2);
        while (csv.Read())
        {
        }

        Assert.Equal(5, csv.Line);
        Assert.Equal(1, csv.BlankLines);
    }
}

using System.Text;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

/// <summary>CSV files are decoded strictly: bytes that are not UTF-8, UTF-16 files and control characters are errors with their place.</summary>
public sealed class StrictCsvDecodingTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("strict-csv-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteBytes(params byte[][] parts)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, parts.SelectMany(p => p).ToArray());
        return path;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Two_different_broken_values_are_an_error_not_one_value_that_outvotes_the_right_one()
    {
        // Regression: caf\xFF and caf\xFE were both read as "caf\uFFFD", one value with two votes against "cafe".
        var path = WriteBytes(Utf8("source,object,value\ns1,o,caf"), [0xFF], Utf8("\ns2,o,caf"), [0xFE], Utf8("\ns3,o,cafe\n"));
        foreach (long parallelFrom in new[] { 0, long.MaxValue })
        {
            var error = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(path, parallelFrom));
            Assert.Equal(2, error.Line);
            Assert.Equal(9, error.Column);
            Assert.Equal(28, error.ByteOffset);
            Assert.Equal("Line 2, column 9: The file is not valid UTF-8: byte 0xFF at byte offset 28 does not begin or continue a valid sequence; save the file as UTF-8.", error.Message);
        }
    }

    [Fact]
    public void Valid_utf8_in_every_length_reads_as_before()
    {
        var path = WriteBytes(Utf8("\uFEFFsource,object,value\ns1,o,café 값 😀\n"));
        var table = ClaimTable.ReadCsv(path);
        Assert.Equal("café 값 😀", table.GetValueText(0));
        Assert.Equal("s1", table.Sources[0]);
    }

    [Fact]
    public void The_column_counts_characters_after_a_byte_order_mark_and_after_a_surrogate_pair()
    {
        var error = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(WriteBytes([0xEF, 0xBB, 0xBF], Utf8("😀é"), [0xC3, 0x28])));
        Assert.Equal((1L, 4), (error.Line, error.Column));
        Assert.Equal(9, error.ByteOffset);
    }

    [Fact]
    public void Lines_are_counted_as_the_reader_counts_them_crlf_lf_and_a_lone_cr()
    {
        var error = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(WriteBytes(Utf8("source,object,value\r\ns1,o,\"a\rb\"\ns2,o,x"), [0x80], Utf8("\n"))));
        Assert.Equal((4L, 7), (error.Line, error.Column));
    }

    [Fact]
    public void A_sequence_cut_short_by_the_end_of_the_file_is_an_error()
    {
        var error = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(WriteBytes(Utf8("source,object,value\ns1,o,"), [0xE2, 0x82])));
        Assert.Equal((2L, 6), (error.Line, error.Column));
        Assert.Contains("byte 0xE2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_error_before_a_bad_byte_is_the_one_reported()
    {
        var error = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(WriteBytes(Utf8("source,object,value\ns1,o,\"a\"x\ns2,o,"), [0xFF], Utf8("\n"))));
        Assert.StartsWith("Unexpected character 'x'", error.Reason, StringComparison.Ordinal);
        Assert.Null(error.ByteOffset);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-16")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, "UTF-32")]
    public void A_utf16_or_utf32_file_is_refused_with_what_to_do(byte[] byteOrderMark, string encoding)
    {
        var path = WriteBytes(byteOrderMark, Encoding.Unicode.GetBytes("source,object,value\ns1,o,a\n"));
        var claims = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(path));
        Assert.Contains($"{encoding} detected — save as UTF-8", claims.Message, StringComparison.Ordinal);
        var truth = Assert.Throws<ClaimTableFormatException>(() => TruthTable.ReadCsv(path));
        Assert.Equal(claims.Message, truth.Message);
    }

    [Fact]
    public void The_truth_table_is_decoded_strictly_too()
    {
        var error = Assert.Throws<ClaimTableFormatException>(() => TruthTable.ReadCsv(WriteBytes(Utf8("object,value\no1,caf"), [0xFF], Utf8("\n"))));
        Assert.Equal((2L, 7, 19L), (error.Line, error.Column, error.ByteOffset!.Value));
    }

    [Theory]
    [InlineData("source,object,value\ns1,o,a\0b\n", 2, 7, "U+0000 (NUL)")]
    [InlineData("source,object,value\ns1,o,\"a\nb\u0001\"\n", 3, 2, "U+0001")]
    [InlineData("source,obj\u001B[31mect,value\ns1,o,a\n", 1, 11, "U+001B (escape)")]
    [InlineData("source,object,value\ns1,o,a\r\u0007\n", 3, 1, "U+0007")]
    public void Control_characters_are_refused_with_their_line_and_column(string csv, int line, int column, string named)
    {
        var error = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(new StringReader(csv)));
        Assert.Equal((line, column), ((int)error.Line, error.Column));
        Assert.Contains(named, error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, c => char.IsControl(c));
        var file = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(WriteBytes(Utf8(csv))));
        Assert.Equal(error.Message, file.Message);
    }

    [Fact]
    public void Tabs_and_line_breaks_are_text()
    {
        var table = ClaimTable.ReadCsv(new StringReader("source,object,value\ns1,o,\"a\tb\r\nc\"\r\n"));
        Assert.Equal("a\tb\r\nc", table.GetValueText(0));
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(1, 9)]
    [InlineData(2, 13)]
    [InlineData(3, 64)]
    public void Tiny_buffers_give_the_same_table_and_the_same_errors(int charBuffer, int byteBuffer)
    {
        // Surrogate pairs and multi-byte sequences cut at every block boundary; a control character after a carriage return.
        var good = "source,object,value\r\ns😀1,o값,\"a\r\nb😀\"\rs2,o,é😀é\n";
        Assert.Equal(Read(good, 1 << 16, 1 << 16), Read(good, charBuffer, byteBuffer));
        foreach (var bad in new[] { good + "s3,o,x\r\u0002\n", good + "s3,o,\"x\r\u0002\"\n", good + "s3,o😀,\u0002" })
        {
            var expected = Assert.Throws<ClaimTableFormatException>(() => Read(bad, 1 << 16, 1 << 16));
            var actual = Assert.Throws<ClaimTableFormatException>(() => Read(bad, charBuffer, byteBuffer));
            Assert.Equal(expected.Message, actual.Message);
        }
    }

    private static string Read(string csv, int charBuffer, int byteBuffer)
    {
        var csvReader = new Rfc4180Reader(new StrictUtf8Reader(new MemoryStream(Utf8(csv)), bufferLength: byteBuffer), charBuffer);
        var fields = new StringBuilder();
        while (csvReader.Read())
        {
            for (int f = 0; f < csvReader.FieldCount; f++)
            {
                fields.Append(csvReader.Field(f)).Append('|').Append(csvReader.FieldLine(f)).Append(':').Append(csvReader.FieldColumn(f)).Append(';');
            }

            fields.Append('\n');
        }

        return fields.ToString();
    }
}

using System.Globalization;
using System.Text;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

/// <summary>
/// The table's layout checked against a plain model of its rules (dictionaries and sorts), on random claims with
/// spelling variants, repeats, grouped and scattered objects, and objects with many values; and the file reader in
/// two halves checked against the one-pass reader.
/// </summary>
public sealed class ClaimTableLayoutTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("claim-layout-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The table's arrays, as text, for comparing two tables or a table with the model.</summary>
    private static string Layout(ClaimTable t) => string.Join(
        "\n",
        "sources " + string.Join("|", t.SourceNames),
        "objects " + string.Join("|", t.ObjectNames),
        "valueStart " + string.Join(",", t.ValueStart),
        "texts " + string.Join("|", t.ValueTexts),
        "keys " + string.Join("|", t.ValueKeys),
        "numbers " + string.Join(",", t.ValueNumbers.Select(n => n.ToString("R", CultureInfo.InvariantCulture))),
        "valueObjects " + string.Join(",", t.ValueObjects),
        "claimStart " + string.Join(",", t.ClaimStart),
        "claimSources " + string.Join(",", t.ClaimSources),
        "claimValues " + string.Join(",", t.ClaimValues),
        "weights " + string.Join(",", t.ClaimWeights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))),
        "sourceWeights " + string.Join(",", t.SourceWeights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))),
        "sourceClaims " + string.Join(",", t.SourceClaimCounts),
        $"rows {t.RowCount} repeated {t.RepeatedRowCount}");

    /// <summary>The documented rules, written plainly.</summary>
    private static string Model(IReadOnlyList<(string Source, string Object, string Value)> rows)
    {
        var sources = new List<string>();
        var objects = new List<string>();
        var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var objectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstSpelling = new Dictionary<(int, string), string>();
        var claims = new HashSet<(int Object, int Source, string Key)>();
        foreach (var (s, o, v) in rows)
        {
            string source = s.Trim(), obj = o.Trim(), key = TruthValues.ToKey(v);
            if (!sourceIndex.TryGetValue(source, out int si))
            {
                sourceIndex[source] = si = sources.Count;
                sources.Add(source);
            }

            if (!objectIndex.TryGetValue(obj, out int oi))
            {
                objectIndex[obj] = oi = objects.Count;
                objects.Add(obj);
            }

            firstSpelling.TryAdd((oi, key), v.Trim());
            claims.Add((oi, si, key));
        }

        var valueStart = new List<int> { 0 };
        var texts = new List<string>();
        var keys = new List<string>();
        var valueObjects = new List<int>();
        var valueIndex = new Dictionary<(int, string), int>();
        for (int o = 0; o < objects.Count; o++)
        {
            foreach (var key in firstSpelling.Keys.Where(k => k.Item1 == o).Select(k => k.Item2).Order(StringComparer.Ordinal))
            {
                valueIndex[(o, key)] = texts.Count;
                texts.Add(firstSpelling[(o, key)]);
                keys.Add(key);
                valueObjects.Add(o);
            }

            valueStart.Add(texts.Count);
        }

        var ordered = claims.Select(c => (c.Object, c.Source, Value: valueIndex[(c.Object, c.Key)])).OrderBy(c => c.Object).ThenBy(c => c.Source).ThenBy(c => c.Value).ToList();
        var claimStart = new int[objects.Count + 1];
        foreach (var c in ordered)
        {
            claimStart[c.Object + 1]++;
        }

        for (int o = 0; o < objects.Count; o++)
        {
            claimStart[o + 1] += claimStart[o];
        }

        var perSource = ordered.CountBy(c => (c.Object, c.Source)).ToDictionary();
        var weights = ordered.Select(c => 1.0 / perSource[(c.Object, c.Source)]).ToList();
        var sourceWeights = new double[sources.Count];
        var sourceClaims = new int[sources.Count];
        for (int i = 0; i < ordered.Count; i++)
        {
            sourceWeights[ordered[i].Source] += weights[i];
            sourceClaims[ordered[i].Source]++;
        }

        return string.Join(
            "\n",
            "sources " + string.Join("|", sources),
            "objects " + string.Join("|", objects),
            "valueStart " + string.Join(",", valueStart),
            "texts " + string.Join("|", texts),
            "keys " + string.Join("|", keys),
            "numbers " + string.Join(",", keys.Select(k => TruthValues.ToNumber(k).ToString("R", CultureInfo.InvariantCulture))),
            "valueObjects " + string.Join(",", valueObjects),
            "claimStart " + string.Join(",", claimStart),
            "claimSources " + string.Join(",", ordered.Select(c => c.Source)),
            "claimValues " + string.Join(",", ordered.Select(c => c.Value)),
            "weights " + string.Join(",", weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))),
            "sourceWeights " + string.Join(",", sourceWeights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))),
            "sourceClaims " + string.Join(",", sourceClaims),
            $"rows {rows.Count} repeated {rows.Count - claims.Count}");
    }

    private static readonly string[] Spellings = ["Seoul", "seoul", " SEOUL ", "Seoul  City", "seoul city", "30.1", "30.10", "3.01e1", "-0", "0", "0.0", "부산", "\"q\"", "a,b", "x\ny", "Ǆ", "İ"];

    /// <summary>Random claims: grouped by object or scattered, with repeats and a few objects with many values.</summary>
    private static List<(string Source, string Object, string Value)> RandomRows(int seed, int count, bool grouped, bool lineBreaks = true)
    {
        var random = new Random(seed);
        var rows = new List<(string, string, string)>(count);
        int objects = Math.Max(1, count / 8);
        for (int i = 0; i < count; i++)
        {
            int o = grouped ? (int)((long)i * objects / count) : random.Next(objects);
            string source = random.Next(10) == 0 ? $" s{random.Next(40)}" : $"s{random.Next(40)}";
            string value = o % 97 == 5
                ? $"v{random.Next(60)}" // many values: past the per-object list
                : random.Next(4) == 0 ? Spellings[random.Next(Spellings.Length)] : $"v{random.Next(5)}";
            if (!lineBreaks)
            {
                value = value.Replace('\n', ' ');
            }

            rows.Add((source, $"o{o}", value));
            if (random.Next(50) == 0)
            {
                rows.Add((source, $"o{o}", value)); // a repeat
            }
        }

        return rows;
    }

    private static ClaimTable Build(IEnumerable<(string Source, string Object, string Value)> rows)
    {
        var builder = ClaimTable.CreateBuilder();
        foreach (var (s, o, v) in rows)
        {
            builder.Add(s, o, v);
        }

        return builder.Build();
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field != field.Trim() ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Csv(IEnumerable<(string Source, string Object, string Value)> rows, string newLine = "\n")
    {
        var text = new StringBuilder("source,object,value" + newLine);
        foreach (var (s, o, v) in rows)
        {
            text.Append(Quote(s)).Append(',').Append(Quote(o)).Append(',').Append(Quote(v)).Append(newLine);
        }

        return text.ToString();
    }

    private string WriteFile(string content, Encoding? encoding = null)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    [Theory]
    [InlineData(1, 300, true)]
    [InlineData(2, 300, false)]
    [InlineData(3, 5_000, false)]
    [InlineData(4, 5_000, true)]
    public void Builder_follows_the_documented_layout(int seed, int count, bool grouped)
    {
        var rows = RandomRows(seed, count, grouped);
        Assert.Equal(Model(rows), Layout(Build(rows)));
    }

    [Fact]
    public void A_large_table_laid_out_on_several_threads_follows_the_documented_layout()
    {
        var rows = RandomRows(5, ClaimTable.Builder.ParallelRows + 20_000, grouped: false);
        var table = Build(rows);
        Assert.Equal(Model(rows), Layout(table));
        Assert.True(table.RepeatedRowCount > 0);
    }

    [Fact]
    public void An_object_with_many_values_finds_each_again()
    {
        var rows = new List<(string, string, string)>();
        for (int round = 0; round < 3; round++)
        {
            for (int v = 0; v < 3 * ClaimTable.Builder.ValueListLimit; v++)
            {
                rows.Add(($"s{round}", "o", round == 0 ? $"V{v}" : $" v{v} "));
            }
        }

        var table = Build(rows);
        Assert.Equal(Model(rows), Layout(table));
        Assert.Equal(3 * ClaimTable.Builder.ValueListLimit, table.ValueCount);
        Assert.Equal("V7", table.GetValueText(table.IndexOfValue(0, "v7")));
    }

    [Theory]
    [InlineData(11, true, "\n")]
    [InlineData(12, false, "\r\n")]
    public void A_file_read_in_two_halves_gives_the_same_table_as_one_pass(int seed, bool grouped, string newLine)
    {
        var rows = RandomRows(seed, 20_000, grouped);
        var csv = Csv(rows, newLine);
        var path = WriteFile(csv);
        var expected = Layout(ClaimTable.ReadCsv(new StringReader(csv)));
        Assert.Equal(Model(rows), expected);
        Assert.Equal(expected, Layout(ClaimTable.ReadCsv(path, parallelFrom: 0)));
        Assert.Equal(expected, Layout(ClaimTable.ReadCsv(path, parallelFrom: long.MaxValue)));
    }

    [Fact]
    public void A_split_inside_a_quoted_field_falls_back_to_one_pass()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 2_000).Select(i => $"line {i}"));
        var csv = "source,object,value\ns1,o1,a\ns2,o1,\"" + lines + "\"\ns3,o2,b\n";
        var table = ClaimTable.ReadCsv(WriteFile(csv), parallelFrom: 0);
        Assert.Equal(Layout(ClaimTable.ReadCsv(new StringReader(csv))), Layout(table));
        Assert.Equal(lines, table.GetValueText(table.IndexOfValue(0, lines)));
        Assert.Equal(["s1", "s2", "s3"], table.Sources);
    }

    [Fact]
    public void Non_ascii_text_and_a_text_byte_order_mark_at_a_line_start_survive_the_split()
    {
        // Every row starts with U+FEFF (not white space, so part of the source name): the second half must not
        // take the one at its start for a byte order mark.
        var rows = Enumerable.Range(0, 5_000).Select(i => ($"\uFEFF출처{i % 17}", $"객체{i / 3}", $"값 {i % 5} é😀")).ToList();
        var csv = Csv(rows);
        var path = WriteFile("\uFEFF" + csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var table = ClaimTable.ReadCsv(path, parallelFrom: 0);
        Assert.Equal(Layout(ClaimTable.ReadCsv(new StringReader(csv))), Layout(table));
        Assert.Equal(17, table.SourceCount);
        Assert.All(table.Sources, s => Assert.StartsWith("\uFEFF", s, StringComparison.Ordinal));
    }

    private static string Row(int i) => i % 2 == 0 ? $"s{i % 7},o{i},값 {i}\r\n" : $"s{i % 7},\"o,{i}\",v😀\n";

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.9)]
    public void Invalid_utf8_is_the_same_error_in_two_halves_as_in_one_pass(double at)
    {
        var text = new List<byte>(Encoding.UTF8.GetBytes("source,object,value\n"));
        int bad = (int)(3_000 * at);
        for (int i = 0; i < 3_000; i++)
        {
            text.AddRange(Encoding.UTF8.GetBytes(Row(i)));
            if (i == bad)
            {
                // A broken sequence cut short by the comma; a later one must not be the one reported.
                text.AddRange(Encoding.UTF8.GetBytes("s1,o1,caf"));
                text.AddRange([0xE2, 0x82]);
                text.AddRange(Encoding.UTF8.GetBytes(",x\n"));
            }
        }

        text.AddRange([0xFF, (byte)'\n']);
        var path = Path.Combine(_directory, "invalid.csv");
        File.WriteAllBytes(path, [.. text]);
        var expected = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(path, parallelFrom: long.MaxValue));
        var actual = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(path, parallelFrom: 0));
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.ByteOffset, actual.ByteOffset);
        long offset = Encoding.UTF8.GetByteCount("source,object,value\n" + string.Concat(Enumerable.Range(0, bad + 1).Select(Row)) + "s1,o1,caf");
        Assert.Equal(offset, actual.ByteOffset);
        Assert.Equal(bad + 3, actual.Line);
        Assert.Equal(10, actual.Column);
        Assert.Contains("byte 0xE2 at byte offset", actual.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_file_is_refused_in_one_pass_and_in_two_halves()
    {
        var csv = Csv(RandomRows(13, 2_000, grouped: true));
        foreach (var encoding in new Encoding[] { new UnicodeEncoding(bigEndian: false, byteOrderMark: true), new UnicodeEncoding(bigEndian: true, byteOrderMark: true) })
        {
            var path = WriteFile(csv, encoding);
            foreach (long parallelFrom in new[] { 0, long.MaxValue })
            {
                var error = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(path, parallelFrom));
                Assert.Contains("UTF-16 detected — save as UTF-8", error.Message, StringComparison.Ordinal);
                Assert.Equal((1L, 1), (error.Line, error.Column));
            }
        }
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.9)]
    public void A_control_character_is_reported_at_its_line_whichever_half_it_is_in(double at)
    {
        var rows = RandomRows(16, 4_000, grouped: true, lineBreaks: false);
        int bad = (int)(rows.Count * at);
        var csv = new StringBuilder(Csv(rows.Take(bad)));
        csv.Append("s1,o1,a\0b\n");
        csv.Append(Csv(rows.Skip(bad))["source,object,value\n".Length..]);
        var text = csv.ToString();
        var expected = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(new StringReader(text)));
        var actual = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(WriteFile(text), parallelFrom: 0));
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(bad + 2, actual.Line);
        Assert.Equal(8, actual.Column);
        Assert.Contains("U+0000 (NUL)", actual.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.2)]
    public void An_error_is_reported_at_its_line_in_the_file_whichever_half_it_is_in(double at)
    {
        var rows = RandomRows(14, 4_000, grouped: true, lineBreaks: false);
        int bad = (int)(rows.Count * at);
        var csv = new StringBuilder(Csv(rows.Take(bad)));
        csv.Append("s1,o1,\"a\"x\n"); // text after a closing quote
        csv.Append(Csv(rows.Skip(bad))["source,object,value\n".Length..]);
        csv.Append("s1,,v\n"); // and a later error that must not be the one reported
        var text = csv.ToString();
        var expected = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(new StringReader(text)));
        var actual = Assert.Throws<ClaimTableFormatException>(() => ClaimTable.ReadCsv(WriteFile(text), parallelFrom: 0));
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.Line, actual.Line);
        Assert.Equal(expected.Column, actual.Column);
        Assert.StartsWith("Unexpected character 'x'", actual.Reason, StringComparison.Ordinal);
        Assert.True(actual.Line > bad, "the line counts the rows before it");
    }

    [Fact]
    public void A_file_with_carriage_returns_between_records_reads_the_same()
    {
        var rows = RandomRows(15, 3_000, grouped: false);
        var csv = Csv(rows, "\r");
        Assert.Equal(Model(rows), Layout(ClaimTable.ReadCsv(WriteFile(csv), parallelFrom: 0)));
    }
}

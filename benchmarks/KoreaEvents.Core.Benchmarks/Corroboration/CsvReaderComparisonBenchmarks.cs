using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CsvHelper;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Benchmarks.Corroboration;

/// <summary>
/// The library's RFC 4180 reader (<see cref="Rfc4180Reader"/>, and <see cref="ClaimTable.ReadCsv(TextReader)"/> on
/// top of it) against CsvHelper on the same 1M-row <c>source,object,value</c> table (issue 20: a hand-written part
/// stays only where it beats the package). Run with
/// <c>dotnet run -c Release -f net10.0 -- --filter '*CsvReaderComparison*' --job short</c>.
/// </summary>
/// <remarks>
/// <para>The table is <see cref="SyntheticTruthTable"/>'s, with some fields quoted so that both readers do real RFC
/// 4180 work: every 8th value holds a comma and doubled quotes, every 16th object is quoted, every 1,000th value holds
/// a line break inside its quotes.</para>
/// <para>Two groups, each with its own baseline. <c>Records</c>: read every field of every record and add up the
/// lengths (as spans, or as strings where the name says so). <c>ClaimTable</c>: build the same
/// <see cref="ClaimTable"/> (the CsvHelper variants feed the same builder, with the same checks: the three columns
/// found by name, the field count, no blank field, quoting errors thrown, line numbers tracked for the messages; one lenient variant shows what those checks cost).</para>
/// <para>CsvHelper 34 reads UTF-8 bytes; over a string it transcodes. Both the string and the UTF-8 bytes of the same
/// text are measured, and the file on disk (the library's path reads it in two halves at once on two processors).</para>
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CsvReaderComparisonBenchmarks
{
    private const int Claims = 1_000_000;

    private static readonly CsvReaderOptions RecordOptions = new()
    {
        Separator = ',',
        DetectSeparatorHint = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly CsvReaderOptions TableOptions = new()
    {
        Separator = ',',
        DetectSeparatorHint = false,
        FormatProvider = CultureInfo.InvariantCulture,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        TrackLineNumbers = true,
    };

    private string _csv = string.Empty;
    private byte[] _utf8 = [];
    private string _path = string.Empty;

    /// <summary>Makes the table once, writes it to a temporary file, and checks that every variant reads the same.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _csv = WithQuotedFields(SyntheticTruthTable.Csv(Claims));
        _utf8 = Encoding.UTF8.GetBytes(_csv);
        _path = Path.Combine(Path.GetTempPath(), $"koreaevents-csv-comparison-{Environment.ProcessId}.csv");
        File.WriteAllBytes(_path, _utf8);

        long spans = Rfc4180Spans();
        Check(spans == Rfc4180Strings() && spans == CsvHelperStrings() && spans == CsvHelperSpans() && spans == CsvHelperUtf8Spans(), "field lengths differ");
        var expected = Describe(ClaimTableReadCsv());
        foreach (var table in new[] { CsvHelperToBuilder(), CsvHelperToBuilderLenient(), CsvHelperUtf8ToBuilder(), ClaimTableReadCsvFile(), CsvHelperFileToBuilder() })
        {
            Check(Describe(table) == expected, $"tables differ: {Describe(table)} vs {expected}");
        }
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>The library's record loop over the string: every field as a span.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Records")]
    public long Rfc4180Spans()
    {
        var csv = new Rfc4180Reader(new StringReader(_csv));
        long total = 0;
        while (csv.Read())
        {
            for (int f = 0; f < csv.FieldCount; f++)
            {
                total += csv.Field(f).Length;
            }
        }

        return total;
    }

    /// <summary>The library's record loop, making a string of every field.</summary>
    [Benchmark]
    [BenchmarkCategory("Records")]
    public long Rfc4180Strings()
    {
        var csv = new Rfc4180Reader(new StringReader(_csv));
        long total = 0;
        while (csv.Read())
        {
            for (int f = 0; f < csv.FieldCount; f++)
            {
                total += csv.Field(f).ToString().Length;
            }
        }

        return total;
    }

    /// <summary>CsvHelper over the string, every field as a string (<c>GetString</c>).</summary>
    [Benchmark]
    [BenchmarkCategory("Records")]
    public long CsvHelperStrings()
    {
        using var csv = CsvReader.FromText(_csv, RecordOptions);
        long total = HeaderLength(csv);
        while (csv.Read())
        {
            for (int f = 0; f < csv.FieldCount; f++)
            {
                total += csv.GetString(f).Length;
            }
        }

        return total;
    }

    /// <summary>CsvHelper over the string, every field decoded into a char buffer (no string made).</summary>
    [Benchmark]
    [BenchmarkCategory("Records")]
    public long CsvHelperSpans()
    {
        using var csv = CsvReader.FromText(_csv, RecordOptions);
        return CharLengths(csv);
    }

    /// <summary>CsvHelper over the UTF-8 bytes of the same text, every field decoded into a char buffer.</summary>
    [Benchmark]
    [BenchmarkCategory("Records")]
    public long CsvHelperUtf8Spans()
    {
        using var csv = CsvReader.Create(_utf8, RecordOptions);
        return CharLengths(csv);
    }

    /// <summary>The library's whole path over the string: <see cref="ClaimTable.ReadCsv(TextReader)"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ClaimTable")]
    public ClaimTable ClaimTableReadCsv() => ClaimTable.ReadCsv(new StringReader(_csv));

    /// <summary>CsvHelper over the string feeding the same builder.</summary>
    [Benchmark]
    [BenchmarkCategory("ClaimTable")]
    public ClaimTable CsvHelperToBuilder()
    {
        using var csv = CsvReader.FromText(_csv, TableOptions);
        return Build(csv);
    }

    /// <summary>
    /// CsvHelper over the string feeding the same builder, with its default leniency: quoting errors recovered, any
    /// field count, no line numbers (an error could not say where it is). Shows what the checks above cost.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("ClaimTable")]
    public ClaimTable CsvHelperToBuilderLenient()
    {
        using var csv = CsvReader.FromText(_csv, RecordOptions);
        return Build(csv);
    }

    /// <summary>CsvHelper over the UTF-8 bytes feeding the same builder.</summary>
    [Benchmark]
    [BenchmarkCategory("ClaimTable")]
    public ClaimTable CsvHelperUtf8ToBuilder()
    {
        using var csv = CsvReader.Create(_utf8, TableOptions);
        return Build(csv);
    }

    /// <summary>The file, as the tool reads it: <see cref="ClaimTable.ReadCsv(string)"/> (strict UTF-8, two halves at once).</summary>
    [Benchmark]
    [BenchmarkCategory("ClaimTable")]
    public ClaimTable ClaimTableReadCsvFile() => ClaimTable.ReadCsv(_path);

    /// <summary>The file through CsvHelper (<c>CsvReader.FromFile</c>, one pass) feeding the same builder.</summary>
    [Benchmark]
    [BenchmarkCategory("ClaimTable")]
    public ClaimTable CsvHelperFileToBuilder()
    {
        using var csv = CsvReader.FromFile(_path, TableOptions);
        return Build(csv);
    }

    /// <summary>The header is a record to the library's reader but not to CsvHelper's: count its fields too.</summary>
    private static long HeaderLength(CsvReader csv) => csv.Headers.Sum(name => (long)name.Length);

    private static long CharLengths(CsvReader csv)
    {
        long total = HeaderLength(csv);
        var buffer = new char[256];
        while (csv.Read())
        {
            for (int f = 0; f < csv.FieldCount; f++)
            {
                total += Chars(csv, f, ref buffer).Length;
            }
        }

        return total;
    }

    /// <summary>Field <paramref name="index"/> as UTF-16 in <paramref name="buffer"/> (grown when too small).</summary>
    private static ReadOnlySpan<char> Chars(CsvReader csv, int index, ref char[] buffer)
    {
        int bytes = csv[index].Length;
        if (bytes > buffer.Length)
        {
            // A UTF-8 value never has more UTF-16 units than bytes.
            buffer = new char[Math.Max(bytes, buffer.Length * 2)];
        }

        return buffer.AsSpan(0, csv.GetChars(index, buffer));
    }

    /// <summary>What <see cref="ClaimTable.ReadCsv(TextReader)"/> does, with CsvHelper reading.</summary>
    private static ClaimTable Build(CsvReader csv)
    {
        int sourceColumn = Column(csv, "source"), objectColumn = Column(csv, "object"), valueColumn = Column(csv, "value");
        var builder = ClaimTable.CreateBuilder();
        char[] source = new char[256], @object = new char[256], value = new char[256];
        while (csv.Read())
        {
            builder.AddCore(
                Require(csv, sourceColumn, ref source, "source"),
                Require(csv, objectColumn, ref @object, "object"),
                Require(csv, valueColumn, ref value, "value"));
        }

        return builder.Build();
    }

    private static int Column(CsvReader csv, string name)
    {
        if (!csv.TryGetFieldIndex(name, out int index))
        {
            throw new ClaimTableFormatException(1, 1, $"The header must name the column {name}.");
        }

        return index;
    }

    private static ReadOnlySpan<char> Require(CsvReader csv, int column, ref char[] buffer, string name)
    {
        var field = Chars(csv, column, ref buffer);
        if (field.IsEmpty || (field[0] is <= ' ' or >= '\u007F' && field.IsWhiteSpace()))
        {
            throw new ClaimTableFormatException(csv.Options.TrackLineNumbers ? csv.LineNumber : csv.RowNumber + 1, 1, $"The {name} is empty; every row needs a source, an object and a value.");
        }

        return field;
    }

    /// <summary>Quotes some fields of a <c>source,object,value</c> table (see the class remarks).</summary>
    private static string WithQuotedFields(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder(csv.Length + (csv.Length / 8));
        text.Append(lines[0]).Append('\n');
        for (int r = 1; r < lines.Length; r++)
        {
            var fields = lines[r].Split(',');
            if (r % 16 == 5)
            {
                fields[1] = $"\"{fields[1]}\"";
            }

            if (r % 1000 == 7)
            {
                fields[2] = $"\"{fields[2]}\nsee note\"";
            }
            else if (r % 8 == 0)
            {
                fields[2] = $"\"{fields[2]}, \"\"approx.\"\"\"";
            }

            text.AppendJoin(',', fields).Append('\n');
        }

        return text.ToString();
    }

    private static string Describe(ClaimTable table) =>
        string.Create(CultureInfo.InvariantCulture, $"{table.RowCount} rows, {table.SourceCount} sources, {table.ObjectCount} objects, {table.ValueCount} values, {table.ClaimCount} claims");

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("CsvReaderComparisonBenchmarks: " + message);
        }
    }
}

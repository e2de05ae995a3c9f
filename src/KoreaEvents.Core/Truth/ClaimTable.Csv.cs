using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Truth;

public sealed partial class ClaimTable
{
    /// <summary>
    /// Reads a claims CSV file (<c>source,object,value</c>) as strict UTF-8; see <see cref="ReadCsv(TextReader)"/> for the rules.
    /// </summary>
    /// <remarks>
    /// The bytes must be valid UTF-8 (a UTF-8 byte order mark is skipped): a byte that does not begin or continue a
    /// valid sequence is an error with its line, column and <see cref="ClaimTableFormatException.ByteOffset"/>, never
    /// a replacement character (two different broken values must not become one). A UTF-16 or UTF-32 file (by its
    /// byte order mark) is refused: "UTF-16 detected — save as UTF-8".
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read, or the path is a directory.</exception>
    /// <exception cref="ClaimTableFormatException">The content is malformed or not UTF-8.</exception>
    public static ClaimTable ReadCsv(string path) => ReadCsv(path, ParallelReadBytes);

    /// <summary>
    /// Reads a claims CSV file, in two halves at once when it has at least <paramref name="parallelFrom"/> bytes (and
    /// more than one processor is available); the result is the same either way.
    /// </summary>
    internal static ClaimTable ReadCsv(string path, long parallelFrom)
    {
        Preconditions.CheckNotBlank(path);
        return ReadFile(path, stream =>
        {
            if (ReadCsvInParallel(stream, parallelFrom) is { } table)
            {
                return table;
            }

            return ReadCsv(new StrictUtf8Reader(stream));
        });
    }

    /// <summary>
    /// Opens a CSV file and reads it with <paramref name="read"/>; a byte that is not UTF-8 becomes a
    /// <see cref="ClaimTableFormatException"/> with its line and column in the file, and so does a UTF-16 or UTF-32
    /// byte order mark (line 1, column 1).
    /// </summary>
    internal static T ReadFile<T>(string path, Func<FileStream, T> read)
    {
        using var stream = OpenFile(path);
        try
        {
            return read(stream);
        }
        catch (InvalidUtf8Exception ex)
        {
            throw InvalidUtf8Locator.Locate(stream.SafeFileHandle, ex);
        }
        catch (NonUtf8ByteOrderMarkException ex)
        {
            throw InvalidUtf8Locator.Refuse(ex);
        }
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

    /// <summary>
    /// Reads a claims CSV (RFC 4180) from <paramref name="reader"/>.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>The first non-blank record is the header. It must name the columns <c>source</c>, <c>object</c> and
    /// <c>value</c> (any order, case-insensitive, surrounding spaces ignored); other columns are allowed and ignored.
    /// A header naming a column twice is an error.</item>
    /// <item>Every record must have as many fields as the header. Fields may be quoted; quoted fields may hold commas,
    /// quotes (doubled) and line breaks. A UTF-8 byte order mark is skipped. Empty lines are skipped (they hold no
    /// claim); a line of only spaces is a record and fails the field count.</item>
    /// <item>Control characters are refused anywhere in the text, with their line and column: U+0000 (NUL) to U+001F
    /// except tab, line feed and carriage return. They are binary data, not CSV text.</item>
    /// <item>An empty or white-space source, object or value is an error naming its line and column: drop such rows
    /// before reading if they mean "no claim".</item>
    /// <item>Any number of distinct sources, objects and values is accepted (memory grows with the distinct strings).</item>
    /// </list>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ClaimTableFormatException">The content is malformed or holds a control character; the exception carries the line and column.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClaimTable ReadCsv(TextReader reader)
    {
        Preconditions.CheckNotNull(reader);
        var csv = new Rfc4180Reader(reader);
        var columns = ReadHeader(csv, ["source", "object", "value"]);
        var builder = new Builder();
        ReadRows(csv, builder, csv.FieldCount, columns);
        return builder.Build();
    }

    /// <summary>
    /// Adds the records of <paramref name="csv"/> after its header to <paramref name="builder"/>; stops early (returning
    /// false) when <paramref name="stop"/> is cancelled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadRows(Rfc4180Reader csv, Builder builder, int fieldCount, int[] columns, CancellationToken stop = default)
    {
        int sourceColumn = columns[0], objectColumn = columns[1], valueColumn = columns[2];
        int rows = 0;
        while (csv.Read())
        {
            CheckFieldCount(csv, fieldCount);
            var source = RequireField(csv, sourceColumn, "source");
            var @object = RequireField(csv, objectColumn, "object");
            var value = RequireField(csv, valueColumn, "value");
            builder.AddCore(source, @object, value);
            if ((++rows & 0xFFFF) == 0 && stop.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reads the header of a CSV that must name <paramref name="required"/>; returns the index of each required column.
    /// </summary>
    internal static int[] ReadHeader(Rfc4180Reader csv, string[] required)
    {
        if (!csv.Read())
        {
            throw new ClaimTableFormatException(1, 1, $"The file is empty; expected a header naming the columns {string.Join(", ", required)}.");
        }

        var indexes = new int[required.Length];
        Array.Fill(indexes, -1);
        for (int f = 0; f < csv.FieldCount; f++)
        {
            var name = csv.Field(f).Trim();
            for (int r = 0; r < required.Length; r++)
            {
                if (name.Equals(required[r], StringComparison.OrdinalIgnoreCase))
                {
                    if (indexes[r] >= 0)
                    {
                        throw new ClaimTableFormatException(csv.FieldLine(f), csv.FieldColumn(f), $"The header names the column '{required[r]}' twice.");
                    }

                    indexes[r] = f;
                }
            }
        }

        if (Array.IndexOf(indexes, -1) >= 0)
        {
            ThrowMissingColumns(csv, required, indexes);
        }

        return indexes;
    }

    private static void ThrowMissingColumns(Rfc4180Reader csv, string[] required, int[] indexes)
    {
        var missing = required.Where((_, r) => indexes[r] < 0);
        // At most the first ten names, each cut short: the header may be a long line of something else.
        var found = Enumerable.Range(0, Math.Min(csv.FieldCount, 10)).Select(f => Shorten(csv.Field(f)))
            .Concat(csv.FieldCount > 10 ? ["…"] : []);
        throw new ClaimTableFormatException(
            csv.RecordLine,
            1,
            $"The header must name the columns {string.Join(", ", required)}; missing: {string.Join(", ", missing)} (found: {string.Join(", ", found)}).");
    }

    private static string Shorten(ReadOnlySpan<char> name) => name.Length <= 40 ? name.ToString() : string.Concat(name[..39], "…");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckFieldCount(Rfc4180Reader csv, int fieldCount)
    {
        if (csv.FieldCount != fieldCount)
        {
            ThrowFieldCount(csv, fieldCount);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<char> RequireField(Rfc4180Reader csv, int column, string name)
    {
        var field = csv.Field(column);

        // Most fields start with a printable ASCII character: no need to look further.
        if (field.IsEmpty || (field[0] is <= ' ' or >= '\u007F' && field.IsWhiteSpace()))
        {
            ThrowEmptyField(csv, column, name);
        }

        return field;
    }

    private static void ThrowFieldCount(Rfc4180Reader csv, int fieldCount) =>
        throw new ClaimTableFormatException(
            csv.RecordLine,
            1,
            $"Expected {fieldCount} fields as in the header, but found {csv.FieldCount}.");

    private static void ThrowEmptyField(Rfc4180Reader csv, int column, string name) =>
        throw new ClaimTableFormatException(csv.FieldLine(column), csv.FieldColumn(column), $"The {name} is empty; every row needs a source, an object and a value.");
}

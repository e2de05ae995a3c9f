using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// Ground truth for scoring: one value per object, read from a CSV with the columns <c>object,value</c>. Values are
/// compared by key (<see cref="TruthValues"/>), the same rule the algorithms use. Immutable and thread-safe.
/// </summary>
public sealed class TruthTable
{
    private readonly string[] _objects;
    private readonly string[] _keys; // the true value's key of each object

    private TruthTable(string[] objects, string[] keys)
    {
        _objects = objects;
        _keys = keys;
    }

    /// <summary>The number of objects with a true value.</summary>
    public int Count => _objects.Length;

    /// <summary>Creates a truth table from (object, value) pairs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An object is blank, or is given two different values.</exception>
    public static TruthTable From(IEnumerable<KeyValuePair<string, string>> entries)
    {
        Preconditions.CheckNotNull(entries);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (obj, value) in entries)
        {
            Preconditions.CheckNotBlank(obj);
            Preconditions.CheckNotNull(value);
            var key = TruthValues.ToKey(value);
            if (keys.TryGetValue(obj.Trim(), out var existing) && existing != key)
            {
                throw new ArgumentException($"The object '{obj}' is given two different true values.", nameof(entries));
            }

            keys[obj.Trim()] = key;
        }

        return new TruthTable([.. keys.Keys], [.. keys.Values]);
    }

    /// <summary>
    /// Reads a truth CSV (<c>object,value</c>) as strict UTF-8, with the same rules as <see cref="ClaimTable.ReadCsv(string)"/>
    /// (bytes that are not UTF-8, a UTF-16 file and control characters are errors with their line and column).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read, or the path is a directory.</exception>
    /// <exception cref="ClaimTableFormatException">The content is malformed or not UTF-8, an object or value is empty, or an object is given two different values.</exception>
    public static TruthTable ReadCsv(string path)
    {
        Preconditions.CheckNotBlank(path);
        return ClaimTable.ReadFile(path, stream => ReadCsv(new StrictUtf8Reader(stream)));
    }

    /// <summary>Reads a truth CSV (<c>object,value</c>; other columns ignored) from <paramref name="reader"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ClaimTableFormatException">The content is malformed, an object or value is empty, or an object is given two different values.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TruthTable ReadCsv(TextReader reader)
    {
        Preconditions.CheckNotNull(reader);
        var csv = new Rfc4180Reader(reader);
        var columns = ClaimTable.ReadHeader(csv, ["object", "value"]);
        int fieldCount = csv.FieldCount;

        // Objects and keys interned by span: one string per distinct object and per distinct key, not per row.
        var objects = new SpanStringPool(1024);
        var keys = new SpanStringPool(64);
        var keyOfObject = new int[1024];
        var scratch = new char[256];
        while (csv.Read())
        {
            ClaimTable.CheckFieldCount(csv, fieldCount);
            var obj = ClaimTable.RequireField(csv, columns[0], "object").Trim();
            var value = ClaimTable.RequireField(csv, columns[1], "value");
            if (scratch.Length < TruthValues.KeyBufferLength(value.Length))
            {
                scratch = new char[Math.Max(TruthValues.KeyBufferLength(value.Length), scratch.Length * 2)];
            }

            int key = keys.GetOrAdd(scratch.AsSpan(0, TruthValues.ToKey(value, scratch)));
            int known = objects.Count;
            int o = objects.GetOrAdd(obj);
            if (o < known)
            {
                if (keyOfObject[o] != key)
                {
                    throw new ClaimTableFormatException(csv.RecordLine, 1, $"The object '{objects[o]}' is given a second, different true value.");
                }

                continue;
            }

            if (o == keyOfObject.Length)
            {
                Array.Resize(ref keyOfObject, o * 2);
            }

            keyOfObject[o] = key;
        }

        var trueKeys = new string[objects.Count];
        for (int o = 0; o < trueKeys.Length; o++)
        {
            trueKeys[o] = keys[keyOfObject[o]];
        }

        return new TruthTable(objects.ToArray(), trueKeys);
    }

    /// <summary>Scores <paramref name="result"/>: the share of truth objects present in the claims whose chosen value has the true value's key.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public TruthEvaluation Evaluate(TruthDiscoveryResult result)
    {
        Preconditions.CheckNotNull(result);
        var table = result.Table;
        int scored = 0, correct = 0, missing = 0;
        for (int i = 0; i < _objects.Length; i++)
        {
            string key = _keys[i];
            int o = table.IndexOfObject(_objects[i]);
            if (o < 0)
            {
                missing++;
                continue;
            }

            scored++;
            if (string.Equals(table.ValueKeys[result.ChosenValues[o]], key, StringComparison.Ordinal))
            {
                correct++;
            }
        }

        return new TruthEvaluation(scored, correct, missing);
    }
}

/// <summary>
/// The score of a result against a <see cref="TruthTable"/>. Objects of the truth table that no claim mentions are
/// not scored and are counted in <see cref="MissingFromClaims"/>. Equality is member-wise.
/// </summary>
/// <param name="Scored">Truth objects present in the claims.</param>
/// <param name="Correct">Scored objects whose chosen value has the true value's key.</param>
/// <param name="MissingFromClaims">Truth objects absent from the claims.</param>
public readonly record struct TruthEvaluation(int Scored, int Correct, int MissingFromClaims)
{
    /// <summary>Correct / Scored, or 0 when nothing is scored.</summary>
    public double Accuracy => Scored == 0 ? 0 : (double)Correct / Scored;
}

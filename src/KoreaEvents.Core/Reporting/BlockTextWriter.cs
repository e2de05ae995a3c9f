using System.Globalization;
using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Reporting;

/// <summary>Collects text in a block and writes the block to the writer when it is full (one call per block).</summary>
internal sealed class BlockTextWriter(TextWriter writer)
{
    private readonly char[] _block = new char[1 << 16];
    private int _length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_length == _block.Length)
        {
            Flush();
        }

        _block[_length++] = c;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<char> text)
    {
        while (text.Length > _block.Length - _length)
        {
            int take = _block.Length - _length;
            text[..take].CopyTo(_block.AsSpan(_length));
            _length += take;
            text = text[take..];
            Flush();
        }

        text.CopyTo(_block.AsSpan(_length));
        _length += text.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(double value, string format)
    {
        Span<char> digits = stackalloc char[64];
        Append(value.TryFormat(digits, out int written, format, CultureInfo.InvariantCulture) ? digits[..written] : value.ToString(format, CultureInfo.InvariantCulture));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(int value)
    {
        Span<char> digits = stackalloc char[16];
        value.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture);
        Append(digits[..written]);
    }

    /// <summary>A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendField(string field)
    {
        if (!CsvField.NeedsQuotes(field))
        {
            Append(field);
            return;
        }

        Append('"');
        Append(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        Append('"');
    }

    public void Flush()
    {
        writer.Write(_block, 0, _length);
        _length = 0;
    }
}

using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace KoreaEvents.Core.Text;

/// <summary>
/// Decodes a stream as strict UTF-8 in large blocks (one pass of the runtime's vectorised transcoder, no replacement
/// characters). At the first invalid byte, the characters before it are returned first and the next read throws an
/// <see cref="InvalidUtf8Exception"/> with the byte's offset in the file, so errors are met in text order: a format
/// error earlier in the text is still the one reported. A UTF-16 or UTF-32 byte order mark at the start of a file is
/// refused with a <see cref="NonUtf8ByteOrderMarkException"/>. Callers turn both into their own format errors (the
/// claim-table reader gives the line and column, see <c>Truth.InvalidUtf8Locator</c>). Not thread-safe.
/// </summary>
internal sealed class StrictUtf8Reader : TextReader
{
    private readonly Stream _stream;
    private readonly byte[] _bytes;
    private readonly bool _atStart;
    private int _start; // first undecoded byte
    private int _end; // end of the bytes read
    private long _offset; // file offset of _bytes[0]
    private bool _eof;
    private bool _checkedStart;
    private long _invalidAt = -1;
    private char _pendingLow; // the second half of a surrogate pair that did not fit (never U+0000)

    /// <param name="stream">The bytes; not disposed by the reader (its owner disposes it).</param>
    /// <param name="startOffset">The file offset of the stream's first byte (for error positions).</param>
    /// <param name="atStart">True when the stream starts the file: a UTF-16 or UTF-32 byte order mark is then refused.</param>
    /// <param name="bufferLength">The block length in bytes.</param>
    public StrictUtf8Reader(Stream stream, long startOffset = 0, bool atStart = true, int bufferLength = 1 << 16)
    {
        _stream = stream;
        _offset = startOffset;
        _atStart = atStart;
        _bytes = new byte[Math.Max(bufferLength, 8)];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_pendingLow != '\0')
        {
            buffer[0] = _pendingLow;
            _pendingLow = '\0';
            return 1;
        }

        while (true)
        {
            if (_invalidAt >= 0)
            {
                throw new InvalidUtf8Exception(_invalidAt, _bytes[_start]);
            }

            if (!_checkedStart || (_start == _end && !_eof))
            {
                Fill();
                continue;
            }

            var status = Utf8.ToUtf16(_bytes.AsSpan(_start, _end - _start), buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: _eof);
            _start += read;
            switch (status)
            {
                case OperationStatus.Done:
                    if (written > 0 || _eof)
                    {
                        return written;
                    }

                    Fill();
                    continue;
                case OperationStatus.NeedMoreData:
                    if (written > 0)
                    {
                        return written;
                    }

                    Fill();
                    continue;
                case OperationStatus.DestinationTooSmall:
                    if (written > 0)
                    {
                        return written;
                    }

                    return ReadHalfPair(buffer);
                default:
                    _invalidAt = _offset + _start;
                    if (written > 0)
                    {
                        return written;
                    }

                    continue;
            }
        }
    }

    /// <summary>Room for one character and the next is a surrogate pair: hands out its halves one at a time.</summary>
    private int ReadHalfPair(Span<char> buffer)
    {
        Span<char> pair = stackalloc char[2];
        Utf8.ToUtf16(_bytes.AsSpan(_start, _end - _start), pair, out int read, out _, replaceInvalidSequences: false, isFinalBlock: _eof);
        _start += read;
        buffer[0] = pair[0];
        _pendingLow = pair[1];
        return 1;
    }

    /// <summary>Moves the undecoded bytes to the front and reads more; checks the byte order mark on the first call.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            _bytes.AsSpan(_start, _end - _start).CopyTo(_bytes);
            _offset += _start;
            _end -= _start;
            _start = 0;
        }

        do
        {
            int read = _eof ? 0 : _stream.Read(_bytes, _end, _bytes.Length - _end);
            if (read <= 0)
            {
                _eof = true;
                break;
            }

            _end += read;
        }
        while (!_checkedStart && _end < 4);

        if (!_checkedStart)
        {
            _checkedStart = true;
            if (_atStart && NonUtf8ByteOrderMark(_bytes.AsSpan(0, _end)) is { } encoding)
            {
                throw new NonUtf8ByteOrderMarkException(encoding);
            }
        }
    }

    /// <summary>The encoding a UTF-16 or UTF-32 byte order mark at the start of <paramref name="start"/> names, or null.</summary>
    internal static string? NonUtf8ByteOrderMark(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return "UTF-32";
        }

        return start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? "UTF-16" : null;
    }

}

/// <summary>A byte that does not begin or continue a valid UTF-8 sequence, at <see cref="Offset"/> in the file.</summary>
internal sealed class InvalidUtf8Exception(long offset, byte value)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"Invalid UTF-8 byte 0x{value:X2} at byte offset {offset}."))
{
    /// <summary>The file offset of the first bad byte.</summary>
    public long Offset { get; } = offset;

    /// <summary>The bad byte.</summary>
    public byte Value { get; } = value;
}

/// <summary>A UTF-16 or UTF-32 byte order mark at the start of a file read as UTF-8.</summary>
internal sealed class NonUtf8ByteOrderMarkException(string encoding)
    : Exception($"{encoding} detected — save as UTF-8: the file starts with a {encoding} byte order mark, and CSV files are read as UTF-8 only.")
{
    /// <summary>The encoding the byte order mark names (<c>UTF-16</c> or <c>UTF-32</c>).</summary>
    public string Encoding { get; } = encoding;
}

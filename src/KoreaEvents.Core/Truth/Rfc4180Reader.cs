using System.Buffers;
using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// A small, strict RFC 4180 record reader. Fields are separated by commas; records by CRLF, LF or a lone CR.
/// A field that starts with a double quote is quoted: it may contain commas and line breaks, a doubled quote stands
/// for one quote, and the closing quote must be followed by a comma, a line break or the end of input. A quote inside
/// an unquoted field, text after a closing quote and an unclosed quote are errors with their line and column.
/// A UTF-8 byte order mark at the very start is skipped. A line with no characters at all is a blank line: it is
/// skipped and counted in <see cref="BlankLines"/> (a line of spaces is not blank: it is a record with one field).
/// A control character (U+0000 to U+001F except tab, line feed and carriage return) anywhere is an error with its line
/// and column; it is met in text order, after any error in the text before it. Not thread-safe.
/// </summary>
/// <remarks>
/// The current record stays in the buffer while it is read (the buffer grows when one record does not fit), so fields
/// are spans of the buffer: an unquoted field is never copied, and a quoted one is unescaped in place. Columns are
/// computed from the position of the line start, not counted character by character.
/// </remarks>
internal sealed class Rfc4180Reader
{
    /// <summary>The default buffer length in characters.</summary>
    internal const int DefaultBufferLength = 1 << 16;

    private static readonly SearchValues<char> Delimiters = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

    /// <summary>The C0 control characters other than tab, line feed and carriage return: binary data, not text.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");
    private readonly TextReader _reader;
    private char[] _buffer;
    private int _length; // characters in the buffer
    private int _position; // next character to read
    private int _recordStart; // kept in the buffer until the record is read
    private int _lineStart; // buffer index of column 1 of the current line
    private int _fieldStart; // start of the field being read
    private int _write; // end of the unescaped text of the quoted field being read
    private bool _started;
    private bool _ended;
    private int _control = -1; // a control character met at _length, reported when the text before it is read

    private int[] _fieldStarts = new int[8];
    private int[] _fieldLengths = new int[8];
    private int[] _fieldColumns = new int[8];
    private long[] _fieldLines = new long[8];

    private long _line = 1;

    /// <param name="reader">The text.</param>
    /// <param name="bufferLength">The initial buffer length in characters (it grows for longer records).</param>
    /// <param name="atStart">False when the text is the rest of a file read from a line start: a U+FEFF at its start
    /// is then a character of the first field, not a byte order mark.</param>
    public Rfc4180Reader(TextReader reader, int bufferLength = DefaultBufferLength, bool atStart = true)
    {
        _reader = reader;
        _buffer = new char[Math.Max(bufferLength, 1)];
        _started = !atStart;
    }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The line where the current record starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>The line of the next character (the number of line breaks read so far + 1).</summary>
    public long Line => _line;

    /// <summary>Blank lines skipped so far.</summary>
    public long BlankLines { get; private set; }

    /// <summary>
    /// The text of field <paramref name="index"/> of the current record (quotes removed, doubled quotes undone); valid
    /// until the next <see cref="Read"/>.
    /// </summary>
    public ReadOnlySpan<char> Field(int index) => _buffer.AsSpan(_fieldStarts[index], _fieldLengths[index]);

    /// <summary>The line where field <paramref name="index"/> starts.</summary>
    public long FieldLine(int index) => _fieldLines[index];

    /// <summary>The column where field <paramref name="index"/> starts.</summary>
    public int FieldColumn(int index) => _fieldColumns[index];

    /// <summary>Reads the next non-blank record; false at the end of input.</summary>
    /// <exception cref="ClaimTableFormatException">The input breaks the quoting rules.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (true)
        {
            int result = ReadRecord();
            if (result == 0)
            {
                return false;
            }

            if (result == 1)
            {
                return true;
            }

            BlankLines++;
        }
    }

    /// <summary>
    /// Reads more input after the characters in the buffer, first moving the current record to the front (and growing
    /// the buffer when the record fills it). Every stored index is moved with it. False at the end of input.
    /// </summary>
    private bool Fill()
    {
        if (_control >= 0)
        {
            ThrowControl();
        }

        if (_ended)
        {
            return false;
        }

        int shift = _recordStart;
        if (shift > 0)
        {
            _buffer.AsSpan(shift, _length - shift).CopyTo(_buffer);
            _length -= shift;
            _position -= shift;
            _recordStart = 0;
            _lineStart -= shift;
            _fieldStart -= shift;
            _write -= shift;
            for (int f = 0; f < FieldCount; f++)
            {
                _fieldStarts[f] -= shift;
            }
        }

        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read = _reader.Read(_buffer, _length, _buffer.Length - _length);
        if (read <= 0)
        {
            _ended = true;
            return false;
        }

        if (!_started)
        {
            _started = true;
            if (_buffer[_length] == '\uFEFF')
            {
                // Only at the very start of input (nothing is in the buffer yet): skip it, column 1 is after it.
                _position++;
                _recordStart++;
                _lineStart++;
            }
        }

        int control = _buffer.AsSpan(_length, read).IndexOfAny(Controls);
        if (control >= 0)
        {
            // Keep the text before it: an error there is met first. The control character is reported at the next fill.
            _control = _buffer[_length + control];
            read = control;
            if (read == 0)
            {
                ThrowControl();
            }
        }

        _length += read;
        return true;
    }

    /// <summary>
    /// Reports the control character at the end of the buffer (the reader has consumed everything before it). A carriage
    /// return just before it whose line is not yet counted ends the line: the character is at column 1 of the next.
    /// </summary>
    private void ThrowControl()
    {
        long line = _line;
        int column = _position - _lineStart + 1;
        if (_position > _lineStart && _buffer[_position - 1] == '\r')
        {
            line++;
            column = 1;
        }

        var name = _control switch
        {
            0 => " (NUL)",
            0x1B => " (escape)",
            _ => string.Empty,
        };
        throw new ClaimTableFormatException(line, column, string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"The control character U+{_control:X4}{name} is not allowed in CSV text (only tab, line feed and carriage return are); is this a binary file?"));
    }

    /// <summary>True when a character is available at the current position (reading more input if needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasMore() => _position < _length || FillUntilAvailable();

    private bool FillUntilAvailable()
    {
        while (_position >= _length)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddField(int start, int length, long line, int column)
    {
        int f = FieldCount;
        if (f == _fieldStarts.Length)
        {
            int size = f * 2;
            Array.Resize(ref _fieldStarts, size);
            Array.Resize(ref _fieldLengths, size);
            Array.Resize(ref _fieldColumns, size);
            Array.Resize(ref _fieldLines, size);
        }

        _fieldStarts[f] = start;
        _fieldLengths[f] = length;
        _fieldColumns[f] = column;
        _fieldLines[f] = line;
        FieldCount = f + 1;
    }

    /// <summary>
    /// The index of the first comma, quote or line break in <paramref name="text"/>, or -1. Fields are usually short:
    /// a plain loop over the first characters, the vectorised search beyond.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfDelimiter(ReadOnlySpan<char> text)
    {
        int end = Math.Min(text.Length, 16);
        for (int i = 0; i < end; i++)
        {
            char c = text[i];
            if (c <= ',' && (c == ',' || c == '"' || c == '\r' || c == '\n'))
            {
                return i;
            }
        }

        if (end == text.Length)
        {
            return -1;
        }

        int index = text[end..].IndexOfAny(Delimiters);
        return index < 0 ? -1 : index + end;
    }

    /// <summary>Consumes the line break at the current position (CRLF, LF or CR).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ConsumeLineBreak()
    {
        char c = _buffer[_position++];
        if (c == '\r' && HasMore() && _buffer[_position] == '\n')
        {
            _position++;
        }

        _line++;
        _lineStart = _position;
    }

    /// <returns>0 at end of input, 1 for a record, 2 for a blank line.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ReadRecord()
    {
        FieldCount = 0;
        _recordStart = _position;
        RecordLine = _line;
        if (!HasMore())
        {
            return 0;
        }

        char c = _buffer[_position];
        if (c is '\r' or '\n')
        {
            ConsumeLineBreak();
            return 2;
        }

        while (true)
        {
            long line = _line;
            int column = _position - _lineStart + 1;
            int stop; // ',', '\r', '\n' or -1 at the end of input
            if (HasMore() && _buffer[_position] == '"')
            {
                stop = ReadQuoted(line, column);
                AddField(_fieldStart, _write - _fieldStart, line, column);
            }
            else
            {
                // Unquoted: the field is the buffer up to the next delimiter.
                _fieldStart = _position;
                while (true)
                {
                    var rest = _buffer.AsSpan(_position, _length - _position);
                    int index = IndexOfDelimiter(rest);
                    if (index >= 0)
                    {
                        _position += index;
                        stop = rest[index];
                        break;
                    }

                    _position = _length;
                    if (!Fill())
                    {
                        stop = -1;
                        break;
                    }
                }

                if (stop == '"')
                {
                    throw new ClaimTableFormatException(_line, _position - _lineStart + 1, "A double quote inside an unquoted field; enclose the whole field in double quotes and write the quote twice.");
                }

                AddField(_fieldStart, _position - _fieldStart, line, column);
            }

            if (stop == ',')
            {
                _position++;
                continue;
            }

            if (stop != -1)
            {
                ConsumeLineBreak();
            }

            return 1;
        }
    }

    /// <summary>
    /// Reads the quoted field at the current position, unescaping it in place to [<see cref="_fieldStart"/>,
    /// <see cref="_write"/>); returns the character after it (',', '\r', '\n', or -1 at the end of input).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ReadQuoted(long quoteLine, int quoteColumn)
    {
        _position++;
        _fieldStart = _position;
        _write = _position;
        while (true)
        {
            var rest = _buffer.AsSpan(_position, _length - _position);
            int index = rest.IndexOfAny(QuotedStops);
            int take = index < 0 ? rest.Length : index;
            if (_write != _position)
            {
                rest[..take].CopyTo(_buffer.AsSpan(_write));
            }

            _write += take;
            _position += take;
            if (index < 0)
            {
                if (!Fill())
                {
                    throw new ClaimTableFormatException(quoteLine, quoteColumn, "The quoted field that starts here is never closed; add the closing double quote.");
                }

                continue;
            }

            char c = _buffer[_position++];
            if (c == '"')
            {
                if (HasMore() && _buffer[_position] == '"')
                {
                    _buffer[_write++] = '"';
                    _position++;
                    continue;
                }

                break;
            }

            // A line break inside quotes is part of the field; CRLF is kept as written.
            _buffer[_write++] = c;
            if (c == '\r' && HasMore() && _buffer[_position] == '\n')
            {
                _buffer[_write++] = '\n';
                _position++;
            }

            _line++;
            _lineStart = _position;
        }

        if (!HasMore())
        {
            return -1;
        }

        char next = _buffer[_position];
        if (next is not (',' or '\r' or '\n'))
        {
            throw new ClaimTableFormatException(_line, _position - _lineStart + 1, $"Unexpected character '{next}' after the closing quote of a quoted field; a quoted field must end at a comma or the end of the line (write a literal quote as two quotes inside a quoted field).");
        }

        return next;
    }
}

using System.Buffers;
using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>
/// A small, strict RFC 4180 record reader. Fields are separated by commas; records by CRLF, LF or a lone CR.
/// A field that starts with a double quote is quoted: it may contain commas and line breaks, a doubled quote stands
/// for one quote, and the closing quote must be followed by a comma, a line break or the end of input. A quote inside
/// an unquoted field, text after a closing quote and an unclosed quote are errors with their line and column.
/// A UTF-8 byte order mark at the very start is skipped. A line with no characters at all is a blank line: it is
/// skipped and counted in <see cref="BlankLines"/> (a line of spaces is not blank: it is a record with one field).
/// Not thread-safe.
/// </summary>
internal sealed class Rfc4180Reader
{
    private static readonly SearchValues<char> Delimiters = SearchValues.Create(",\"\r\n");
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private int _position;
    private int _length;
    private bool _started;

    private char[] _record = new char[256];
    private int _recordLength;
    private int[] _fieldStarts = new int[8];
    private int[] _fieldEnds = new int[8];
    private int[] _fieldColumns = new int[8];
    private long[] _fieldLines = new long[8];

    private long _line = 1;
    private int _column = 1; // column of the next character

    public Rfc4180Reader(TextReader reader) => _reader = reader;

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The line where the current record starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Blank lines skipped so far.</summary>
    public long BlankLines { get; private set; }

    /// <summary>The text of field <paramref name="index"/> of the current record (quotes removed, doubled quotes undone).</summary>
    public ReadOnlySpan<char> Field(int index) => _record.AsSpan(_fieldStarts[index], _fieldEnds[index] - _fieldStarts[index]);

    /// <summary>The line where field <paramref name="index"/> starts.</summary>
    public long FieldLine(int index) => _fieldLines[index];

    /// <summary>The column where field <paramref name="index"/> starts.</summary>
    public int FieldColumn(int index) => _fieldColumns[index];

    /// <summary>Reads the next non-blank record; false at the end of input.</summary>
    /// <exception cref="ClaimTableFormatException">The input breaks the quoting rules.</exception>
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek() => _position < _length ? _buffer[_position] : Fill();

    private int Fill()
    {
        if (_position == _length)
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length <= 0)
            {
                _length = 0;
                return -1;
            }

            if (!_started)
            {
                _started = true;
                if (_buffer[0] == '\uFEFF')
                {
                    _position = 1;
                    return _length > 1 ? _buffer[1] : Fill();
                }
            }
        }

        return _buffer[_position];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        _position++;
        _column++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(char c)
    {
        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }

        _record[_recordLength++] = c;
    }

    private void AppendRange(ReadOnlySpan<char> text)
    {
        if (_recordLength + text.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + text.Length));
        }

        text.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += text.Length;
    }

    private void StartField()
    {
        if (FieldCount == _fieldStarts.Length)
        {
            int size = FieldCount * 2;
            Array.Resize(ref _fieldStarts, size);
            Array.Resize(ref _fieldEnds, size);
            Array.Resize(ref _fieldColumns, size);
            Array.Resize(ref _fieldLines, size);
        }

        _fieldStarts[FieldCount] = _recordLength;
        _fieldColumns[FieldCount] = _column;
        _fieldLines[FieldCount] = _line;
    }

    private void EndField() => _fieldEnds[FieldCount++] = _recordLength;

    /// <summary>Consumes a line break at the current position (CRLF, LF or CR).</summary>
    private void ConsumeLineBreak(int c)
    {
        Advance();
        if (c == '\r' && Peek() == '\n')
        {
            _position++;
        }

        _line++;
        _column = 1;
    }

    /// <returns>0 at end of input, 1 for a record, 2 for a blank line.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ReadRecord()
    {
        _recordLength = 0;
        FieldCount = 0;
        RecordLine = _line;
        int c = Peek();
        if (c == -1)
        {
            return 0;
        }

        if (c is '\r' or '\n')
        {
            ConsumeLineBreak(c);
            return 2;
        }

        while (true)
        {
            StartField();
            c = Peek();
            if (c == '"')
            {
                long quoteLine = _line;
                int quoteColumn = _column;
                Advance();
                while (true)
                {
                    c = Peek();
                    if (c == -1)
                    {
                        throw new ClaimTableFormatException(quoteLine, quoteColumn, "The quoted field that starts here is never closed; add the closing double quote.");
                    }

                    if (c == '"')
                    {
                        Advance();
                        if (Peek() == '"')
                        {
                            Append('"');
                            Advance();
                            continue;
                        }

                        break;
                    }

                    if (c is '\r' or '\n')
                    {
                        // A line break inside quotes is part of the field; CRLF is kept as written.
                        Append((char)c);
                        Advance();
                        if (c == '\r' && Peek() == '\n')
                        {
                            Append('\n');
                            _position++;
                        }

                        _line++;
                        _column = 1;
                        continue;
                    }

                    Append((char)c);
                    Advance();
                }

                c = Peek();
                if (c is not (-1 or ',' or '\r' or '\n'))
                {
                    throw new ClaimTableFormatException(_line, _column, $"Unexpected character '{(char)c}' after the closing quote of a quoted field; a quoted field must end at a comma or the end of the line (write a literal quote as two quotes inside a quoted field).");
                }
            }
            else
            {
                // Unquoted: copy up to the next delimiter in bulk.
                while (c != -1)
                {
                    var rest = _buffer.AsSpan(_position, _length - _position);
                    int stop = rest.IndexOfAny(Delimiters);
                    int take = stop < 0 ? rest.Length : stop;
                    AppendRange(rest[..take]);
                    _position += take;
                    _column += take;
                    if (stop < 0)
                    {
                        c = Peek();
                        continue;
                    }

                    c = rest[stop];
                    if (c == '"')
                    {
                        throw new ClaimTableFormatException(_line, _column, "A double quote inside an unquoted field; enclose the whole field in double quotes and write the quote twice.");
                    }

                    break;
                }
            }

            EndField();
            if (c == ',')
            {
                Advance();
                continue;
            }

            if (c != -1)
            {
                ConsumeLineBreak(c);
            }

            return 1;
        }
    }
}

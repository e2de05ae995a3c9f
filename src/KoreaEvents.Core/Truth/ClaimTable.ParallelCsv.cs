using KoreaEvents.Core.Text;
using Microsoft.Win32.SafeHandles;

namespace KoreaEvents.Core.Truth;

public sealed partial class ClaimTable
{
    /// <summary>From this file length on, and with more than one processor, a claims file is read in two halves at once.</summary>
    internal const long ParallelReadBytes = 4 << 20;

    /// <summary>
    /// Reads a large seekable UTF-8 claims file as two halves at once: the first on this thread, the second (from the
    /// first line start after the middle) on another, then merges the second builder into the first. The first half is
    /// authoritative: when it fails (a malformed record, or the split falling inside a quoted field, which leaves its
    /// last quote unclosed) the result is null and the caller reads the whole file in one pass, which reports the first
    /// error exactly as a sequential read does. An error in the second half is reported with its line in the file (a
    /// byte that is not UTF-8 carries its offset in the file, and <see cref="ReadFile"/> finds its line by counting the
    /// line breaks before it). Null too when the file is small, not seekable, or not UTF-8 by its byte order mark.
    /// </summary>
    private static ClaimTable? ReadCsvInParallel(FileStream stream, long parallelFrom)
    {
        if (!stream.CanSeek || Environment.ProcessorCount < 2)
        {
            return null;
        }

        long length = stream.Length;
        if (length < parallelFrom)
        {
            return null;
        }

        var handle = stream.SafeFileHandle;
        long split = FindSplit(handle, length);
        if (split < 0)
        {
            return null;
        }

        Rfc4180Reader first;
        int[] columns;
        try
        {
            first = new Rfc4180Reader(new StrictUtf8Reader(new FileRangeStream(handle, 0, split)));
            columns = ReadHeader(first, ["source", "object", "value"]);
        }
        catch (ClaimTableFormatException)
        {
            return null;
        }

        int fieldCount = first.FieldCount;
        using var stop = new CancellationTokenSource();
        var second = Task.Run(() =>
        {
            // The rest of the file from a line start: no byte order mark there, a U+FEFF is text.
            var csv = new Rfc4180Reader(new StrictUtf8Reader(new FileRangeStream(handle, split, length), startOffset: split, atStart: false), atStart: false);
            var builder = new Builder();
            return ReadRows(csv, builder, fieldCount, columns, stop.Token) ? (builder, csv) : default;
        });

        var builder = new Builder();
        try
        {
            ReadRows(first, builder, fieldCount, columns);
        }
        catch (ClaimTableFormatException)
        {
            stop.Cancel();
            WaitQuietly(second);
            return null;
        }
        catch
        {
            stop.Cancel();
            WaitQuietly(second);
            throw;
        }

        (Builder Builder, Rfc4180Reader Csv) rest;
        try
        {
            rest = second.GetAwaiter().GetResult();
        }
        catch (ClaimTableFormatException ex)
        {
            // Lines of the second half count from its start, which is on line first.Line of the file.
            throw new ClaimTableFormatException(ex.Line + first.Line - 1, ex.Column, ex.Reason, ex.ByteOffset);
        }

        builder.Append(rest.Builder);
        return builder.Build();
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The first half's outcome is the one reported.
        }
    }

    /// <summary>
    /// The offset just after the first line feed at or after the middle of the file, or -1 when the file starts with a
    /// UTF-16 or UTF-32 byte order mark or no line feed is found near the middle.
    /// </summary>
    private static long FindSplit(SafeFileHandle handle, long length)
    {
        Span<byte> start = stackalloc byte[4];
        int read = RandomAccess.Read(handle, start, 0);
        if (read >= 2 && ((start[0] == 0xFE && start[1] == 0xFF) || (start[0] == 0xFF && start[1] == 0xFE)))
        {
            return -1;
        }

        if (read >= 4 && start[0] == 0 && start[1] == 0 && start[2] == 0xFE && start[3] == 0xFF)
        {
            return -1;
        }

        long middle = length / 2;
        var window = new byte[1 << 16];
        int count = RandomAccess.Read(handle, window, middle);
        int at = window.AsSpan(0, count).IndexOf((byte)'\n');
        return at < 0 ? -1 : middle + at + 1;
    }

    /// <summary>A read-only stream over the bytes [start, end) of a file, read with positional reads.</summary>
    private sealed class FileRangeStream(SafeFileHandle handle, long start, long end) : Stream
    {
        private long _position = start;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            long left = end - _position;
            if (left <= 0)
            {
                return 0;
            }

            if (buffer.Length > left)
            {
                buffer = buffer[..(int)left];
            }

            int read = RandomAccess.Read(handle, buffer, _position);
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

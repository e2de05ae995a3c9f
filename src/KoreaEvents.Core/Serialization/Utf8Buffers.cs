using System.Buffers;
using System.Text;

namespace KoreaEvents.Core.Serialization;

/// <summary>
/// The part of an <see cref="IBufferWriter{T}"/> of bytes that both writers below share: a byte array with a count of
/// bytes written; <see cref="Reserve"/> (the subclass's) makes room for at least the hint.
/// </summary>
internal abstract class ByteBufferWriter : IBufferWriter<byte>
{
    protected byte[] Bytes { get; set; } = [];

    protected int Count { get; set; }

    public void Advance(int count) => Count += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(Math.Max(sizeHint, 1));
        return Bytes.AsMemory(Count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(Math.Max(sizeHint, 1));
        return Bytes.AsSpan(Count);
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> (≥ 1) more bytes.</summary>
    protected abstract void Reserve(int sizeHint);
}

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of UTF-8 that passes its bytes on to a <see cref="TextWriter"/> as text in
/// blocks (a character split across blocks is decoded whole). Call <see cref="Complete"/> at the end.
/// </summary>
internal sealed class Utf8TextWriterSink : ByteBufferWriter
{
    private const int BlockLength = 1 << 16;
    private readonly TextWriter _writer;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private char[] _chars;

    public Utf8TextWriterSink(TextWriter writer, int blockLength = BlockLength)
    {
        _writer = writer;
        Bytes = new byte[Math.Max(blockLength, 16)];
        _chars = new char[Encoding.UTF8.GetMaxCharCount(Bytes.Length)];
    }

    /// <summary>Writes out everything written so far, including a trailing incomplete character (as U+FFFD).</summary>
    public void Complete() => Drain(flush: true);

    protected override void Reserve(int sizeHint)
    {
        if (Bytes.Length - Count >= sizeHint)
        {
            return;
        }

        Drain(flush: false);
        if (Bytes.Length < sizeHint)
        {
            Bytes = new byte[sizeHint];
            _chars = new char[Encoding.UTF8.GetMaxCharCount(sizeHint)];
        }
    }

    private void Drain(bool flush)
    {
        int chars = _decoder.GetChars(Bytes, 0, Count, _chars, 0, flush);
        _writer.Write(_chars, 0, chars);
        Count = 0;
    }
}

/// <summary>An <see cref="IBufferWriter{T}"/> of bytes in memory rented from the shared pool (returned on dispose).</summary>
internal sealed class PooledUtf8Buffer : ByteBufferWriter, IDisposable
{
    public PooledUtf8Buffer() => Bytes = ArrayPool<byte>.Shared.Rent(1 << 14);

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => Bytes.AsSpan(0, Count);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(Bytes);
        Bytes = [];
    }

    protected override void Reserve(int sizeHint)
    {
        if (Bytes.Length - Count >= sizeHint)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max((long)Bytes.Length * 2, (long)Count + sizeHint)));
        Written.CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(Bytes);
        Bytes = bigger;
    }
}

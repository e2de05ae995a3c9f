using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KoreaEvents.Core.Serialization.Export;

/// <summary>
/// Where an exporter writes: a buffer of UTF-8 that is passed on to a stream or a text writer at the end of each
/// record (<see cref="EndRecordAsync"/>), synchronously or asynchronously, so the three formats share one code path
/// and the bytes are the same whichever overload wrote them.
/// </summary>
internal sealed class ExportSink : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 14);
    private readonly Stream? stream;
    private readonly TextWriter? text;
    private readonly bool async;
    private readonly IProgress<ExportProgress>? progress;
    private Utf8JsonWriter? json;
    private int done;
#if !NET9_0_OR_GREATER
    private bool stripCarriageReturns;
#endif

    private ExportSink(Stream? stream, TextWriter? text, bool async, IProgress<ExportProgress>? progress)
    {
        this.stream = stream;
        this.text = text;
        this.async = async;
        this.progress = progress;
    }

    public static ExportSink For(Stream stream, bool async, ExportOptions options) => new(stream, null, async, options.Progress);

    public static ExportSink For(TextWriter writer, bool async, ExportOptions options) => new(null, writer, async, options.Progress);

    /// <summary>The records the export writes in all (for progress reports).</summary>
    public int Total { get; set; }

    /// <summary>A JSON writer over the buffer; indented or compact as first asked.</summary>
    public Utf8JsonWriter Json(bool indented)
    {
        if (json is null)
        {
            var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
#if NET9_0_OR_GREATER
            options.IndentSize = 2;
            options.NewLine = "\n";
#else
            // Before .NET 9 the indented writer ends lines with Environment.NewLine: drop the CR bytes it writes (a CR
            // inside a JSON string is always escaped, so every raw CR is one of those).
            stripCarriageReturns = indented && Environment.NewLine != "\n";
#endif
            json = new Utf8JsonWriter(buffer, options);
        }

        return json;
    }

    /// <summary>Starts a new JSON document (the next JSON Lines record) on the same writer.</summary>
    public void ResetJson()
    {
        json?.Flush();
        json?.Reset(buffer);
    }

    /// <summary>Appends text as UTF-8.</summary>
    public void Write(string value)
    {
        json?.Flush();
        var span = buffer.GetSpan(Utf8.GetMaxByteCount(value.Length));
        buffer.Advance(Utf8.GetBytes(value, span));
    }

    /// <summary>Appends UTF-8 bytes.</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        json?.Flush();
        buffer.Write(utf8);
    }

    /// <summary>Passes the buffered bytes on and reports one more record done.</summary>
    public ValueTask EndRecordAsync(CancellationToken cancellationToken)
    {
        done++;
        return PassOnAsync(cancellationToken, report: true);
    }

    /// <summary>Passes the buffered bytes on and flushes the target.</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await PassOnAsync(cancellationToken, report: false).ConfigureAwait(false);
        if (async)
        {
            if (stream is not null)
            {
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await text!.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            stream?.Flush();
            text?.Flush();
        }
    }

    private async ValueTask PassOnAsync(CancellationToken cancellationToken, bool report)
    {
        cancellationToken.ThrowIfCancellationRequested();
        json?.Flush();
        if (buffer.WrittenCount > 0)
        {
#if !NET9_0_OR_GREATER
            if (stripCarriageReturns)
            {
                StripCarriageReturns();
            }
#endif

            if (stream is not null)
            {
                if (async)
                {
                    await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    stream.Write(buffer.WrittenSpan);
                }
            }
            else
            {
                // Records end on whole characters (the JSON writer and the CSV writer never split one).
                var chars = Utf8.GetString(buffer.WrittenSpan);
                if (async)
                {
                    await text!.WriteAsync(chars.AsMemory(), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    text!.Write(chars);
                }
            }

            buffer.ResetWrittenCount();
        }

        if (report)
        {
            progress?.Report(new ExportProgress(done, Math.Max(done, Total)));
        }
    }

#if !NET9_0_OR_GREATER
    private void StripCarriageReturns()
    {
        var kept = buffer.WrittenSpan.ToArray().Where(b => b != (byte)'\r').ToArray();
        buffer.ResetWrittenCount();
        buffer.Write(kept);
    }
#endif

    public void Dispose() => json?.Dispose();
}

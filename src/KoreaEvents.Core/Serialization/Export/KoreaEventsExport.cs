using System.Text;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization.Export;

/// <summary>
/// Writes a dataset in a format other tools read: PLOVER JSON Lines (event-data pipelines), PROV-O JSON-LD
/// (provenance graphs) or a claims CSV (spreadsheets, and <c>koreaevents truth</c>). README, "Exports", gives each
/// format's fields.
/// </summary>
/// <remarks>
/// The bytes are deterministic: the same dataset gives the same output from every overload, on every platform
/// (UTF-8 without a byte order mark; LF between JSON lines, CRLF between CSV records). Nothing is written by
/// reflection (AOT- and trim-safe). The output is passed on to the target record by record, so a large export does
/// not sit in memory as a whole; the target is flushed at the end and never closed.
/// </remarks>
public static class KoreaEventsExport
{
    private static readonly string[] Names = ["plover-jsonl", "prov-jsonld", "claims-csv"];

    /// <summary>Gets the formats' names as the tool's <c>--format</c> takes them, in <see cref="ExportFormat"/> order.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = Array.AsReadOnly(Names);

    /// <summary>The name of <paramref name="format"/> (<c>plover-jsonl</c>, <c>prov-jsonld</c>, <c>claims-csv</c>).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The format's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string FormatName(ExportFormat format) => Names[(int)CheckFormat(format)];

    /// <summary>Reads a format's name (case-insensitive).</summary>
    /// <param name="name">The name, as listed in <see cref="FormatNames"/>.</param>
    /// <param name="format">The format, when the name is known.</param>
    /// <returns>True when <paramref name="name"/> names a format.</returns>
    public static bool TryParseFormat(string? name, out ExportFormat format)
    {
        int index = Array.FindIndex(Names, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        format = index < 0 ? default : (ExportFormat)index;
        return index >= 0;
    }

    /// <summary>Writes <paramref name="dataset"/> in <paramref name="format"/> to <paramref name="output"/> as UTF-8.</summary>
    /// <param name="dataset">The dataset to export.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">A writable stream; flushed, not closed.</param>
    /// <param name="options">IRI base and progress reports; null for <see cref="ExportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static void Write(KoreaEventsDataset dataset, ExportFormat format, Stream output, ExportOptions? options = null)
    {
        CheckStream(dataset, format, output);
        options ??= ExportOptions.Default;
        using var sink = ExportSink.For(output, async: false, options);
        Run(dataset, format, sink, options, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes <paramref name="dataset"/> in <paramref name="format"/> to <paramref name="output"/> as UTF-8, asynchronously.</summary>
    /// <param name="dataset">The dataset to export.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">A writable stream; flushed, not closed.</param>
    /// <param name="options">IRI base and progress reports; null for <see cref="ExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the export between two records.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(KoreaEventsDataset dataset, ExportFormat format, Stream output, ExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        CheckStream(dataset, format, output);
        return WriteStreamAsync(dataset, format, output, options ?? ExportOptions.Default, cancellationToken);
    }

    /// <summary>Writes <paramref name="dataset"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    /// <param name="dataset">The dataset to export.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where the text goes; flushed, not closed.</param>
    /// <param name="options">IRI base and progress reports; null for <see cref="ExportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(KoreaEventsDataset dataset, ExportFormat format, TextWriter output, ExportOptions? options = null)
    {
        CheckWriter(dataset, format, output);
        options ??= ExportOptions.Default;
        using var sink = ExportSink.For(output, async: false, options);
        Run(dataset, format, sink, options, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes <paramref name="dataset"/> in <paramref name="format"/> to <paramref name="output"/>, asynchronously.</summary>
    /// <param name="dataset">The dataset to export.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where the text goes; flushed, not closed.</param>
    /// <param name="options">IRI base and progress reports; null for <see cref="ExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the export between two records.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(KoreaEventsDataset dataset, ExportFormat format, TextWriter output, ExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        CheckWriter(dataset, format, output);
        return WriteTextAsync(dataset, format, output, options ?? ExportOptions.Default, cancellationToken);
    }

    /// <summary>The export of <paramref name="dataset"/> in <paramref name="format"/> as a string.</summary>
    /// <param name="dataset">The dataset to export.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">IRI base; null for <see cref="ExportOptions.Default"/>.</param>
    /// <returns>The whole export.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string ToText(KoreaEventsDataset dataset, ExportFormat format, ExportOptions? options = null)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(dataset, format, text, options);
        return text.ToString();
    }

    private static async Task WriteStreamAsync(KoreaEventsDataset dataset, ExportFormat format, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        using var sink = ExportSink.For(output, async: true, options);
        await Run(dataset, format, sink, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteTextAsync(KoreaEventsDataset dataset, ExportFormat format, TextWriter output, ExportOptions options, CancellationToken cancellationToken)
    {
        using var sink = ExportSink.For(output, async: true, options);
        await Run(dataset, format, sink, options, cancellationToken).ConfigureAwait(false);
    }

    private static Task Run(KoreaEventsDataset dataset, ExportFormat format, ExportSink sink, ExportOptions options, CancellationToken cancellationToken) =>
        format switch
        {
            ExportFormat.PloverJsonl => PloverJsonlWriter.WriteAsync(dataset, sink, cancellationToken),
            ExportFormat.ProvJsonLd => ProvJsonLdWriter.WriteAsync(dataset, sink, options, cancellationToken),
            _ => ClaimsCsvWriter.WriteAsync(dataset, sink, cancellationToken),
        };

    private static void CheckStream(KoreaEventsDataset dataset, ExportFormat format, Stream output)
    {
        Preconditions.CheckNotNull(dataset);
        CheckFormat(format);
        Preconditions.CheckNotNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(output));
        }
    }

    private static void CheckWriter(KoreaEventsDataset dataset, ExportFormat format, TextWriter output)
    {
        Preconditions.CheckNotNull(dataset);
        CheckFormat(format);
        Preconditions.CheckNotNull(output);
    }

    private static ExportFormat CheckFormat(ExportFormat format) =>
        format is ExportFormat.PloverJsonl or ExportFormat.ProvJsonLd or ExportFormat.ClaimsCsv
            ? format
            : throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined export format.");
}

namespace KoreaEvents.Core.Serialization.Export;

/// <summary>The formats <see cref="KoreaEventsExport"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>PLOVER event records as JSON Lines: one event per line (<c>plover-jsonl</c>).</summary>
    PloverJsonl = 0,

    /// <summary>The provenance of every claim as W3C PROV-O in JSON-LD (<c>prov-jsonld</c>).</summary>
    ProvJsonLd = 1,

    /// <summary>One RFC 4180 row per claim, readable by <c>koreaevents truth</c> (<c>claims-csv</c>).</summary>
    ClaimsCsv = 2,
}

/// <summary>How far an export has got: <see cref="Done"/> of <see cref="Total"/> records written.</summary>
/// <param name="Done">The records written so far.</param>
/// <param name="Total">The records the export writes in all.</param>
public readonly record struct ExportProgress(int Done, int Total);

/// <summary>Options of an export. Immutable once built with an object initializer; thread-safe to share.</summary>
public sealed class ExportOptions
{
    /// <summary>The IRI base of the default options.</summary>
    public const string DefaultIriBase = "urn:koreaevents:";

    private readonly string iriBase = DefaultIriBase;

    /// <summary>The default options: IRIs under <see cref="DefaultIriBase"/>, no progress reports.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// Gets the prefix of the IRIs the PROV-O export mints (<c>{base}source:seed-002</c>, <c>{base}claim:seed-002-c0001</c>);
    /// an absolute IRI ending in <c>:</c>, <c>/</c> or <c>#</c>. Default <see cref="DefaultIriBase"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is blank, not an absolute IRI, or does not end in ':', '/' or '#'.</exception>
    public string IriBase
    {
        get => iriBase;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            if (!Uri.TryCreate(value, UriKind.Absolute, out _) || value[^1] is not (':' or '/' or '#') || value.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"The IRI base must be an absolute IRI ending in ':', '/' or '#' (got '{value}').", nameof(value));
            }

            iriBase = value;
        }
    }

    /// <summary>Gets what is told after each record written (on the writing thread), or null for no reports.</summary>
    public IProgress<ExportProgress>? Progress { get; init; }
}

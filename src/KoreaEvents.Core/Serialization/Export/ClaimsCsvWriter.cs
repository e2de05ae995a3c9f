using System.Globalization;
using System.Text;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Reporting;

namespace KoreaEvents.Core.Serialization.Export;

/// <summary>
/// One RFC 4180 row per claim of a dataset, in the dataset's claim order, with a header. The columns
/// <c>source</c>, <c>object</c> (<c>subject|facet</c>) and <c>value</c> make it a claims table that
/// <c>ClaimTable.ReadCsv</c> and <c>koreaevents truth</c> read; the other columns carry what the article engine knows
/// of the claim. Fields with a comma, a quote or a line break are quoted with their quotes doubled
/// (<see cref="CsvField.Encode"/>); records end with CRLF, as RFC 4180 says.
/// </summary>
internal static class ClaimsCsvWriter
{
    /// <summary>The header, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "source", "object", "value", "claim", "subject", "facet", "precision", "modality", "attribution",
        "evidence_start", "evidence_length", "evidence_quote", "origin", "stance", "admiralty_code",
    ];

    /// <summary>How rows of claims are grouped between progress reports.</summary>
    private const int RowsPerRecord = 64;

    public static async Task WriteAsync(KoreaEventsDataset dataset, ExportSink sink, CancellationToken cancellationToken)
    {
        var claims = dataset.Claims;
        sink.Total = 1 + ((claims.Count + RowsPerRecord - 1) / RowsPerRecord);
        var line = new StringBuilder(256);
        sink.Write(string.Join(',', Columns) + "\r\n");
        await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            var assessment = dataset.Report.FindClaim(claim.Id);
            line.Clear();
            Append(line, claim.Source.Value!, first: true);
            Append(line, ObjectOf(claim));
            Append(line, ValueText(claim.Value));
            Append(line, claim.Id.Value!);
            Append(line, claim.Subject.ToString());
            Append(line, claim.Facet.Name!);
            Append(line, claim.Value is DateValue date ? date.Date.Precision.ToString().ToLowerInvariant() : string.Empty);
            Append(line, claim.Modality.ToString());
            Append(line, claim.Attribution?.ToString() ?? string.Empty);
            Append(line, claim.Evidence?.Start.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            Append(line, claim.Evidence?.Length.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            Append(line, claim.Evidence?.Quote ?? string.Empty);
            Append(line, assessment?.Origin ?? string.Empty);
            Append(line, assessment?.Stance.ToString() ?? string.Empty);
            Append(line, assessment?.AdmiraltyCode ?? string.Empty);
            line.Append("\r\n");
            sink.Write(line.ToString());
            if ((i + 1) % RowsPerRecord == 0 || i == claims.Count - 1)
            {
                await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The claims table's object of a claim: <c>subject|facet</c>.</summary>
    public static string ObjectOf(Claim claim) => claim.Subject + "|" + claim.Facet.Name;

    /// <summary>A claim's value as one field: the canonical text of dates, entities, quantities and booleans; a text value as written.</summary>
    public static string ValueText(ClaimValue value) => value is TextValue text ? text.Text : value.ToString();

    private static void Append(StringBuilder line, string field, bool first = false)
    {
        if (!first)
        {
            line.Append(',');
        }

        line.Append(CsvField.Encode(field));
    }
}

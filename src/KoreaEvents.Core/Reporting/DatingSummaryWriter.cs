using KoreaEvents.Core.Time;
using NodaTime.Text;

namespace KoreaEvents.Core.Reporting;

/// <summary>The plain lines that open the text output of <c>koreaevents dates</c> for one document (the whole output,
/// tables included, is <see cref="DatingListing"/>).</summary>
public static class DatingSummaryWriter
{
    /// <summary>Writes <c>publication:</c> (the estimate, its basis and whether it is open above), <c>anchor:</c>
    /// (the day relative expressions were read against), a <c>warning:</c> line per warning, then an empty line.</summary>
    /// <param name="dating">The dating of one document.</param>
    /// <param name="output">Where the lines go.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteHeader(DocumentDating dating, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dating);
        ArgumentNullException.ThrowIfNull(output);

        foreach (var line in HeaderLines(dating))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }

    /// <summary>The lines <see cref="WriteHeader"/> writes, without the closing empty line.</summary>
    internal static IEnumerable<string> HeaderLines(DocumentDating dating)
    {
        var publication = dating.Publication;
        string open = publication.IsOpenAbove ? "; open above: no later bound in the text" : string.Empty;
        yield return $"publication: {publication.Date?.ToString() ?? "unknown"} ({publication.Basis.ToString().ToLowerInvariant()}{open})";
        yield return $"anchor:      {(publication.Anchor is { } a ? LocalDatePattern.Iso.Format(a) : "(none: relative expressions stay unresolved)")}";
        foreach (var warning in publication.Warnings)
        {
            yield return $"warning:     {warning}";
        }
    }
}

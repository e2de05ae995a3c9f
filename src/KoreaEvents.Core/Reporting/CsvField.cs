namespace KoreaEvents.Core.Reporting;

/// <summary>RFC 4180 fields as the CSV writers of this namespace write them.</summary>
public static class CsvField
{
    /// <summary>Whether <paramref name="field"/> must be quoted: it holds a comma, a double quote or a line break.</summary>
    /// <param name="field">The field's text.</param>
    /// <returns>True when the field must be written quoted.</returns>
    public static bool NeedsQuotes(ReadOnlySpan<char> field) => field.IndexOfAny(",\"\r\n") >= 0;

    /// <summary>The field as written to CSV: unchanged, or in double quotes with its quotes doubled when
    /// <see cref="NeedsQuotes"/>.</summary>
    /// <param name="field">The field's text.</param>
    /// <returns>The encoded field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static string Encode(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return NeedsQuotes(field) ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}

namespace KoreaEvents.Core.Reporting;

/// <summary>How the commands that take one document or all of them write their JSON: one as an object, several as an array.</summary>
public static class JsonList
{
    /// <summary>The single JSON text when there is one, else <c>[</c>, the texts separated by <c>,\n</c>, and <c>]</c>,
    /// each on its own line.</summary>
    /// <param name="items">JSON texts, one per document.</param>
    /// <returns>The combined JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static string Format(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count == 1 ? items[0] : "[\n" + string.Join(",\n", items) + "\n]";
    }
}

namespace KoreaEvents.Core.Tests.Time;

/// <summary>Reads the tab-separated acceptance tables copied into the test output (Acceptance/*.tsv).</summary>
internal static class AcceptanceTable
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Acceptance", fileName);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        foreach (var line in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i] : string.Empty;
            }

            yield return row;
        }
    }
}

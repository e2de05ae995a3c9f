using System.Globalization;

namespace KoreaEvents.Core.Reporting;

/// <summary>Collects the blocks of a <see cref="ReportDocument"/> for the listing builders.</summary>
internal sealed class ReportBuilder
{
    private readonly List<ReportBlock> _blocks = [];

    /// <summary>A line a fixed-width renderer may wrap.</summary>
    public void Line(string text = "") => _blocks.Add(new ReportLine(text, wraps: true));

    /// <summary>A line that must stay whole.</summary>
    public void WholeLine(string text = "") => _blocks.Add(new ReportLine(text, wraps: false));

    public void Add(ReportBlock block) => _blocks.Add(block);

    public void Rule() => _blocks.Add(ReportRule.Instance);

    public void Table(string? title, string[] columns, IEnumerable<string[]> rows) => _blocks.Add(new ReportTable(title, columns, rows));

    public ReportDocument Build() => new(_blocks);

    /// <summary>A span written as <c>start..end</c>.</summary>
    public static string Offsets(int start, int length) => string.Create(CultureInfo.InvariantCulture, $"{start}..{start + length}");

    /// <summary>Checks that two lists pair up one to one.</summary>
    public static void CheckPairs<TFirst, TSecond>(IReadOnlyList<TFirst> first, string firstName, IReadOnlyList<TSecond> second, string secondName)
    {
        ArgumentNullException.ThrowIfNull(first, firstName);
        ArgumentNullException.ThrowIfNull(second, secondName);
        if (first.Count != second.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"There are {first.Count} documents but {second.Count} {secondName}; give one per document."), secondName);
        }

        if (first.Any(f => f is null) || second.Any(s => s is null))
        {
            throw new ArgumentException("The lists must not contain null.", secondName);
        }
    }
}

using System.Globalization;

namespace KoreaEvents.Core.Reporting;

/// <summary>The text output of <c>koreaevents seeds</c> as a <see cref="ReportDocument"/>: one table row per seed article.</summary>
public static class SeedListing
{
    /// <summary>The table of the embedded seeds (<see cref="SeedCorpus.All"/>).</summary>
    /// <returns>A document holding one untitled table: id, file and length in characters per seed.</returns>
    public static ReportDocument For() => For(SeedCorpus.All);

    /// <summary>The table of <paramref name="seeds"/>, in the order given.</summary>
    /// <param name="seeds">The seed articles.</param>
    /// <returns>A document holding one untitled table: id, file and length in characters per seed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seeds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="seeds"/> contains null.</exception>
    public static ReportDocument For(IEnumerable<SeedArticle> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var list = seeds.ToList();
        if (list.Exists(s => s is null))
        {
            throw new ArgumentException("The seeds must not contain null.", nameof(seeds));
        }

        var table = new ReportTable(null, ["id", "file", "characters"], list.Select(s => new[]
        {
            s.Id.ToString(),
            s.FileName,
            s.Text.Length.ToString(CultureInfo.InvariantCulture),
        }));
        return new ReportDocument([table]);
    }
}

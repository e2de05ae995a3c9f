using System.Text;

namespace KoreaEvents.Core.Benchmarks;

/// <summary>Deterministic synthetic article text made by recombining the seeds' paragraphs.</summary>
public static class SyntheticText
{
    /// <summary>
    /// Builds an article of about <paramref name="targetChars"/> characters: the seed paragraphs (blank-line
    /// separated), shuffled with a fixed seed and repeated, under one title line.
    /// </summary>
    public static string Build(int targetChars, int seed = 20200616)
    {
        var paragraphs = SeedCorpus.All
            .SelectMany(s => s.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 120)
            .ToArray();
        var random = new Random(seed);
        var builder = new StringBuilder(targetChars + 4096);
        builder.Append("A synthetic article recombined from the seed corpus\n\n");
        while (builder.Length < targetChars)
        {
            builder.Append(paragraphs[random.Next(paragraphs.Length)]).Append("\n\n");
        }

        return builder.ToString();
    }
}

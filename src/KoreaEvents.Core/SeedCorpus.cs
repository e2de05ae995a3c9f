using System.Collections.ObjectModel;
using System.Reflection;
using System.Text;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core;

/// <summary>
/// The five seed articles shipped inside the package as embedded resources, byte for byte as collected.
/// Nothing here touches the file system.
/// </summary>
/// <remarks>
/// The list is read from the assembly's manifest once, lazily, and is thread-safe. Seeds are ordered by id.
/// </remarks>
public static class SeedCorpus
{
    /// <summary>The prefix of every seed's manifest resource name.</summary>
    public const string ResourcePrefix = "KoreaEvents.Core.Seeds.";

    /// <summary>Gets every embedded seed, ordered by id (<c>seed-000</c> … <c>seed-004</c>).</summary>
    public static IReadOnlyList<SeedArticle> All => Holder.Seeds;

    /// <summary>
    /// Finds a seed by id (<c>seed-002</c>), by its number (<c>002</c> or <c>2</c>) or by its file name
    /// (<c>002_d62efe7e1ccd801f.txt</c>). Returns <c>null</c> when none matches.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static SeedArticle? Find(string key)
    {
        Preconditions.CheckNotNull(key);
        var trimmed = key.Trim();
        if (int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
        {
            trimmed = $"seed-{number:000}";
        }

        foreach (var seed in All)
        {
            if (string.Equals(seed.Id.Value, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(seed.FileName, trimmed, StringComparison.Ordinal))
            {
                return seed;
            }
        }

        return null;
    }

    /// <summary>Finds the seed whose source id is <paramref name="id"/> (<c>seed-002</c>, exactly). Returns <c>null</c>
    /// when none has it, and for the default (empty) id.</summary>
    public static SeedArticle? Find(SourceId id)
    {
        foreach (var seed in All)
        {
            if (seed.Id == id)
            {
                return seed;
            }
        }

        return null;
    }

    /// <summary>Gets the seed with <paramref name="key"/> (see <see cref="Find(string)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No seed matches; the message lists the known ids.</exception>
    public static SeedArticle Get(string key) =>
        Find(key) ?? throw NotFound(key);

    /// <summary>Gets the seed whose source id is <paramref name="id"/> (see <see cref="Find(SourceId)"/>).</summary>
    /// <exception cref="KeyNotFoundException">No seed has the id (or it is the default id); the message lists the known ids.</exception>
    public static SeedArticle Get(SourceId id) =>
        Find(id) ?? throw NotFound(id.ToString());

    private static KeyNotFoundException NotFound(string key) =>
        new($"No seed article is called '{key}'. Known seeds: {string.Join(", ", All.Select(s => s.Id.Value))}.");

    private static class Holder
    {
        internal static readonly ReadOnlyCollection<SeedArticle> Seeds = Load();

        private static ReadOnlyCollection<SeedArticle> Load()
        {
            var assembly = typeof(SeedCorpus).Assembly;
            var seeds = new List<SeedArticle>();
            foreach (var name in assembly.GetManifestResourceNames())
            {
                if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var fileName = name[ResourcePrefix.Length..];
                var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
                if (underscore <= 0 || !int.TryParse(fileName.AsSpan(0, underscore), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
                {
                    throw new InvalidOperationException($"The embedded seed resource '{name}' does not start with a number and an underscore.");
                }

                seeds.Add(new SeedArticle(new SourceId($"seed-{number:000}"), fileName, name, assembly));
            }

            seeds.Sort((a, b) => a.Id.CompareTo(b.Id));
            return seeds.AsReadOnly();
        }
    }
}

/// <summary>One embedded seed article: its id, original file name and content.</summary>
/// <remarks>Immutable and thread-safe; equality is by <see cref="Id"/>.</remarks>
public sealed class SeedArticle : IEquatable<SeedArticle>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Assembly assembly;
    private readonly Lazy<string> text;

    internal SeedArticle(SourceId id, string fileName, string resourceName, Assembly assembly)
    {
        Id = id;
        FileName = fileName;
        ResourceName = resourceName;
        this.assembly = assembly;
        text = new Lazy<string>(ReadAllText, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the seed's source id, <c>seed-000</c> to <c>seed-004</c>.</summary>
    public SourceId Id { get; }

    /// <summary>Gets the file name the article was collected under (<c>002_d62efe7e1ccd801f.txt</c>).</summary>
    public string FileName { get; }

    /// <summary>Gets the manifest resource name (<c>KoreaEvents.Core.Seeds.002_d62efe7e1ccd801f.txt</c>).</summary>
    public string ResourceName { get; }

    /// <summary>
    /// Gets the maintainers' curated metadata for this seed (outlet, kind, origins, each with its basis), or null
    /// when there is none. Curated, not extracted: see <see cref="CuratedSourceInfo"/>.
    /// </summary>
    public CuratedSourceInfo? Curated => CuratedSources.Find(Id);

    /// <summary>Gets the article text, decoded as strict UTF-8 (read once, then cached).</summary>
    public string Text => text.Value;

    /// <summary>Opens the raw bytes of the article. The caller disposes the stream.</summary>
    public Stream OpenStream() =>
        assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {assembly.GetName().Name}.");

    /// <inheritdoc />
    public bool Equals(SeedArticle? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SeedArticle);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the id and file name, e.g. <c>seed-002 (002_d62efe7e1ccd801f.txt)</c>.</summary>
    public override string ToString() => $"{Id} ({FileName})";

    private string ReadAllText()
    {
        using var stream = OpenStream();
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}

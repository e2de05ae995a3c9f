using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// The maintainers' curated metadata about the seed articles (<c>Data/seed-sources.json</c>), read once, lazily and
/// thread-safely. Knowledge about sources, like the actor catalogue is knowledge about actors: the claim extractor
/// describes a seed's source from it, and <see cref="SeedCorpus"/> exposes it as <see cref="SeedArticle.Curated"/>.
/// </summary>
internal static class CuratedSources
{
    /// <summary>The manifest resource name of the curated seed metadata.</summary>
    internal const string ResourceName = "KoreaEvents.Core.Data.seed-sources.json";

    /// <summary>Finds the curated metadata of the source <paramref name="id"/>, or null when there is none.</summary>
    public static CuratedSourceInfo? Find(SourceId id) => Holder.Curated.GetValueOrDefault(id);

    private static class Holder
    {
        internal static readonly IReadOnlyDictionary<SourceId, CuratedSourceInfo> Curated = Load();

        private static Dictionary<SourceId, CuratedSourceInfo> Load()
        {
            using var stream = typeof(CuratedSources).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
            return CuratedSourceReader.Read(stream, ResourceName);
        }
    }
}

using KoreaEvents.Storage;
using NodaTime;

namespace KoreaEvents.Cli;

/// <summary>Opens corpus stores for the commands; a store that cannot be opened is bad input naming the file.</summary>
internal static class StoreFiles
{
    /// <summary>Opens an existing store only to read it (report, timeline, export): nothing is written to it.</summary>
    public static CorpusStore OpenForReading(string path, IClock clock)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new CliInputException($"--db '{InputFiles.Quote(path)}' does not exist; create it with 'koreaevents ingest --db {InputFiles.Quote(path)} FILES...'.");
        }

        return Open(path, new CorpusStoreOptions { CreateIfMissing = false, ReadOnly = true, Clock = clock });
    }

    /// <summary>Opens a store to ingest into, creating it (with the seeds unless <paramref name="empty"/>) when missing.</summary>
    public static CorpusStore OpenForWriting(string path, IClock clock, bool empty) =>
        Open(path, new CorpusStoreOptions { IncludeSeeds = !empty, Clock = clock });

    /// <summary>Runs <paramref name="work"/> on a store: a <see cref="CorpusStoreException"/> (locked, read-only, damaged)
    /// becomes bad input with its message, which names the file.</summary>
    public static T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (CorpusStoreException ex)
        {
            throw new CliInputException(ex.Message, ex);
        }
    }

    private static CorpusStore Open(string path, CorpusStoreOptions options) => Guard(() => CorpusStore.Open(path, options));
}

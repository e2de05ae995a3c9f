using NodaTime;

namespace KoreaEvents.Storage;

/// <summary>How <see cref="CorpusStore.Open"/> opens (or creates) a store. Immutable.</summary>
public sealed record CorpusStoreOptions
{
    /// <summary>Gets the defaults: create when missing, with the embedded seeds, read and write, 5 s busy timeout, system clock.</summary>
    public static CorpusStoreOptions Default { get; } = new();

    /// <summary>Gets whether a missing file is created as a new store (default true). When false, a missing file is
    /// <see cref="CorpusStoreProblem.CannotOpen"/>.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>Gets whether a new store starts with the five embedded seed articles (default true). Has no effect
    /// on an existing store, which keeps what it was created with.</summary>
    public bool IncludeSeeds { get; init; } = true;

    /// <summary>Gets whether the store is only read (default false): nothing is written, not even the refreshed
    /// derived tables; <see cref="CorpusStore.Ingest(string, string?, Core.Model.SourceId?)"/> then throws
    /// <see cref="CorpusStoreProblem.ReadOnly"/>. A file without write permission is opened this way whatever this says
    /// and refuses to be written.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Gets how long a write waits for another process's write lock before <see cref="CorpusStoreProblem.Locked"/>
    /// (default 5 seconds; at least 1 second is used).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the clock that gives the day of analysis (documents are dated by it, as in
    /// <see cref="Core.KoreaEventsDataset.Load(IClock)"/>) and the time each article is added at; the system clock when null.</summary>
    public IClock? Clock { get; init; }
}

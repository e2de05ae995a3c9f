namespace KoreaEvents.Storage;

/// <summary>What is wrong with a corpus store file (<see cref="CorpusStoreException.Problem"/>).</summary>
public enum CorpusStoreProblem
{
    /// <summary>The file is no SQLite database, is damaged, or is a SQLite database of something else. Nothing was written to it.</summary>
    NotAStore,

    /// <summary>SQLite found the database damaged (a failed integrity check or a corrupt page). Nothing was written to it.</summary>
    Corrupt,

    /// <summary>Another process holds the write lock longer than <see cref="CorpusStoreOptions.BusyTimeout"/>.</summary>
    Locked,

    /// <summary>The file (or its folder) may not be written, or the store was opened with <see cref="CorpusStoreOptions.ReadOnly"/>.</summary>
    ReadOnly,

    /// <summary>The store was written by a newer version with a schema this version does not know. It is left as it is.</summary>
    NewerSchema,

    /// <summary>The file does not exist and <see cref="CorpusStoreOptions.CreateIfMissing"/> is false, or it cannot be opened (a folder, a missing folder, permission denied).</summary>
    CannotOpen,

    /// <summary>A knowledge-base document cannot be read or does not fit the knowledge base (the message names the file).</summary>
    InvalidKnowledge,

    /// <summary>Another process added to the store while this instance was ingesting; what was committed stays, and
    /// ingesting again adds the rest (what is stored already is skipped).</summary>
    Conflict,

    /// <summary>Another SQLite error (a full disk, an I/O error); the message gives SQLite's words.</summary>
    Other,
}

/// <summary>
/// A corpus store file that cannot be opened, read or written as asked. The message names the file and says what to
/// do; <see cref="Path"/> and <see cref="Problem"/> carry the same for code. The store's data is never changed when
/// this is thrown: a transaction under way is rolled back.
/// </summary>
public sealed class CorpusStoreException : IOException
{
    /// <summary>Creates the exception.</summary>
    public CorpusStoreException(string path, CorpusStoreProblem problem, string message, Exception? inner = null)
        : base(message, inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Gets the path of the store file as given.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public CorpusStoreProblem Problem { get; }
}

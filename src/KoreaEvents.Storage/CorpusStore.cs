using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KoreaEvents.Core;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Storage;

/// <summary>
/// A corpus that grows on disk: one SQLite file holding the articles (text, SHA-256 content hash, file name, time
/// added), the knowledge-base documents the user added, and what the engine made of them (parsed documents and
/// publication estimates, sources with their origins, claims with their evidence, and the latest corroboration
/// report), with a schema version and forward migrations.
/// </summary>
/// <remarks>
/// <para><b>Idempotent:</b> an article is known by the hash of its text; ingesting the same text again changes
/// nothing and says so (<see cref="IngestResult.Added"/> is false).</para>
/// <para><b>Incremental:</b> the store keeps its <see cref="Dataset"/> in memory while open, and each ingest is
/// <see cref="KoreaEventsDataset.WithArticles"/>, which re-corroborates only the groups the new article touches
/// (<see cref="Core.Corroboration.CorroborationReport.With"/>).</para>
/// <para><b>Atomic:</b> each article is one transaction: its text and every row derived from it are committed together
/// or not at all, so a process killed mid-ingest leaves every committed article whole and no half article. The
/// latest report is saved by <see cref="SaveReport"/> (in its own transaction) and carries the last article it covers;
/// a store whose saved report is behind its articles (a killed ingest) or no longer what this version computes (a new
/// version of the engine) has its derived tables rebuilt on the next <see cref="Open"/> for writing. The journal is
/// WAL: readers go on reading while one writer ingests.</para>
/// <para><b>The same report:</b> on <see cref="Open"/> the dataset is rebuilt from the stored texts and knowledge, so
/// the report read back is byte for byte the one the in-memory pipeline gives over the same articles.</para>
/// <para>Not thread-safe: use one instance from one thread (several instances, in several processes, may open the
/// same file). Dispose it to close the file.</para>
/// </remarks>
public sealed partial class CorpusStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly IClock clock;
    private readonly int busySeconds;
    private readonly List<StoredArticle> articles = [];
    private readonly Dictionary<string, StoredArticle> byHash = new(StringComparer.Ordinal);
    private readonly List<StoredKnowledge> knowledge = [];
    private readonly List<byte[]> knowledgeJson = [];
    private readonly List<ArticleInput> inputs = [];
    private KoreaEventsDataset dataset;
    private bool writeProtected;
    private long savedReportSeq = -1;
    private long savedKnowledgeSeq = -1;

    private CorpusStore(string path, SqliteConnection connection, bool readOnly, IClock clock, int busySeconds, int schemaVersion)
    {
        Path = path;
        this.connection = connection;
        IsReadOnly = readOnly;
        this.clock = clock;
        this.busySeconds = busySeconds;
        SchemaVersion = schemaVersion;
        dataset = null!;
    }

    /// <summary>Gets the highest schema version this version reads and writes.</summary>
    public static int SupportedSchemaVersion => StoreSchema.Current;

    /// <summary>Gets the path of the store file as given to <see cref="Open"/>.</summary>
    public string Path { get; }

    /// <summary>Gets whether the store was opened only for reading (asked for, or the file may not be written).</summary>
    public bool IsReadOnly { get; }

    /// <summary>Gets the store's schema version (after any migration).</summary>
    public int SchemaVersion { get; }

    /// <summary>Gets whether the store was created with the embedded seed articles.</summary>
    public bool HasSeeds { get; private set; }

    /// <summary>Gets the dataset of every stored article under the stored knowledge: parsed, dated, extracted and corroborated.</summary>
    public KoreaEventsDataset Dataset => dataset;

    /// <summary>Gets the stored articles in the order they were added (the seeds first, when the store has them).</summary>
    public IReadOnlyList<StoredArticle> Articles => articles.AsReadOnly();

    /// <summary>Gets the stored knowledge-base documents in the order they were added.</summary>
    public IReadOnlyList<StoredKnowledge> Knowledge => knowledge.AsReadOnly();

    /// <summary>Gets whether the saved report (<see cref="ReadSavedReportJson"/>) covers every stored article and
    /// knowledge document.</summary>
    public bool IsReportSaved => savedReportSeq == LastArticleSeq && savedKnowledgeSeq == LastKnowledgeSeq;

    private long LastArticleSeq => articles.Count == 0 ? 0 : articles[^1].Sequence;

    private long LastKnowledgeSeq => knowledge.Count == 0 ? 0 : knowledge[^1].Sequence;

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it when it is missing (with the embedded seeds unless
    /// <see cref="CorpusStoreOptions.IncludeSeeds"/> is false), migrating an older schema forward, and rebuilding the
    /// dataset from the stored articles and knowledge.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="CorpusStoreException">The file is no corpus store, is damaged, locked, read-only where it
    /// must be written, of a newer schema, or cannot be opened; the message names it. The file is left as it was.</exception>
    public static CorpusStore Open(string path, CorpusStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= CorpusStoreOptions.Default;
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CorpusStoreException(path, CorpusStoreProblem.CannotOpen, $"'{path}' is a directory, not a corpus store file.");
        }

        bool exists = File.Exists(full);
        if (!exists && (!options.CreateIfMissing || options.ReadOnly))
        {
            throw new CorpusStoreException(path, CorpusStoreProblem.CannotOpen, $"'{path}' does not exist.");
        }

        if (exists)
        {
            CheckHeader(path, full);
        }

        bool writeProtected = exists && IsWriteProtected(full);
        bool readOnly = options.ReadOnly || writeProtected;
        int busySeconds = (int)Math.Max(1, Math.Ceiling(options.BusyTimeout.TotalSeconds));
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : exists ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = busySeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = Initialize(path, connection, readOnly, writeProtected, options, busySeconds);
            connection = null!;
            return store;
        }
        catch (SqliteException ex)
        {
            throw Problem(path, ex, busySeconds, readOnly);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>Returns the content hash the store knows an article by: the SHA-256 of the UTF-8 bytes of
    /// <paramref name="text"/>, lower-case hex.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string HashOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Adds one article (see <see cref="IngestAll"/>): one transaction, unless the same text is already stored.
    /// Call <see cref="SaveReport"/> when the latest report should be saved.</summary>
    /// <param name="text">The article's raw text.</param>
    /// <param name="fileName">The file it was read from (kept, and used for the id <c>file-&lt;name&gt;</c>), or null.</param>
    /// <param name="id">The source id to give it (see <see cref="StoreInput.Id"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is already in the store.</exception>
    /// <exception cref="ArticleFormatException">The text is not an article (empty, binary); nothing was stored.</exception>
    /// <exception cref="CorpusStoreException">The store is read-only, locked or damaged; nothing was stored.</exception>
    public IngestResult Ingest(string text, string? fileName = null, SourceId? id = null) =>
        IngestAll([new StoreInput(text ?? throw new ArgumentNullException(nameof(text)), fileName, id)])[0];

    /// <summary>
    /// Adds articles, each in its own transaction, skipping every text that is already stored (by its hash; also a text
    /// that repeats within <paramref name="articles"/>): its <see cref="IngestResult.Added"/> is false and nothing
    /// changes for it. The new articles are parsed, dated, extracted and corroborated into <see cref="Dataset"/> in one
    /// incremental step (<see cref="KoreaEventsDataset.WithArticles"/>, re-corroborating only the groups they touch);
    /// then each article's rows (text, document, publication estimate, source, claims) are committed together, and
    /// last the claims of earlier articles that the new ones changed (by merging provisional events with them). A
    /// process killed in between leaves the articles committed so far, each whole; the next open for writing rebuilds
    /// what was derived from them. Call <see cref="SaveReport"/> after a batch to save the latest report: it is the
    /// whole report as JSON (tens of megabytes for a thousand articles), so it is not saved with every article.
    /// </summary>
    /// <returns>One result per article, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">An article's <see cref="StoreInput.Id"/> is already in the store or repeats.</exception>
    /// <exception cref="ArticleFormatException">An article is not text (empty, binary); the message names it (its file
    /// name, else its id). Checked before anything is written: nothing was stored.</exception>
    /// <exception cref="CorpusStoreException">The store is read-only, locked or damaged. What was committed before stays;
    /// the article being written is not stored.</exception>
    public IReadOnlyList<IngestResult> IngestAll(IEnumerable<StoreInput> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(articles), "The articles must not contain null.");
        }

        CatchUp();
        var results = new IngestResult[list.Count];
        var fresh = new List<(int Index, StoreInput Input, ArticleInput Article, string Hash)>();
        var taken = new Dictionary<string, SourceId>(StringComparer.Ordinal);
        var ids = new HashSet<SourceId>();
        for (int i = 0; i < list.Count; i++)
        {
            var input = list[i];
            ArgumentNullException.ThrowIfNull(input.Text, nameof(articles));
            var hash = HashOf(input.Text);
            if (byHash.TryGetValue(hash, out var existing) || taken.TryGetValue(hash, out var _))
            {
                results[i] = new IngestResult(existing?.Id ?? taken[hash], hash, false, input.FileName);
                continue;
            }

            SourceId id;
            if (input.Id is { } given)
            {
                if (given.Value is null || IdTaken(given) || !ids.Add(given))
                {
                    throw new ArgumentException($"The source id '{given}' is already in the store '{Path}' or repeats (or is the default id).", nameof(articles));
                }

                id = given;
            }
            else
            {
                id = UniqueId(input.FileName, ids);
                ids.Add(id);
            }

            try
            {
                _ = ArticleParser.Parse(input.Text, id);
            }
            catch (ArticleFormatException ex)
            {
                throw new ArticleFormatException(ex.Reason, ex.Offset, ex.Line, ex.Column, $"{input.FileName ?? id.ToString()}: {ex.Message}");
            }

            taken[hash] = id;
            fresh.Add((i, input, new ArticleInput(id, input.Text), hash));
            results[i] = new IngestResult(id, hash, true, input.FileName);
        }

        if (fresh.Count == 0)
        {
            return results;
        }

        EnsureWritable();
        var next = dataset.WithArticles(fresh.Select(f => f.Article));
        long batch = (this.articles.Count == 0 ? 0 : this.articles[^1].Batch) + 1;
        foreach (var (_, input, article, hash) in fresh)
        {
            var added = clock.GetCurrentInstant();
            long seq = 0;
            Write(transaction =>
            {
                CheckUnchanged(transaction);
                using (var insert = Command(transaction,
                    "INSERT INTO articles (source_id, content_hash, text, file_name, is_seed, batch, added_at) VALUES ($id, $hash, $text, $file, 0, $batch, $at) RETURNING seq"))
                {
                    insert.Parameters.AddWithValue("$id", article.Id.Value);
                    insert.Parameters.AddWithValue("$hash", hash);
                    insert.Parameters.AddWithValue("$text", article.Text);
                    insert.Parameters.AddWithValue("$file", (object?)input.FileName ?? DBNull.Value);
                    insert.Parameters.AddWithValue("$batch", batch);
                    insert.Parameters.AddWithValue("$at", InstantPattern.ExtendedIso.Format(added));
                    seq = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
                }

                WriteArticleRows(transaction, next.FindArticle(article.Id)!);
                WriteClaims(transaction, article.Id, next);
            });

            var stored = new StoredArticle(seq, article.Id, hash, input.FileName, false, added, batch);
            this.articles.Add(stored);
            byHash[hash] = stored;
            inputs.Add(article);
        }

        // The earlier articles whose claims the new ones changed (by merging provisional events with them).
        var changed = ChangedClaimSources(dataset, next).Where(s => !taken.ContainsValue(s)).ToList();
        dataset = next;
        if (changed.Count > 0)
        {
            Write(transaction =>
            {
                foreach (var source in changed)
                {
                    WriteClaims(transaction, source, next);
                }
            });
        }

        return results;
    }

    /// <summary>
    /// Adds a knowledge-base document (actors, places, events, lexicon; the format of the embedded <c>Data/*.json</c>
    /// files) to the store: from now on, and whenever the store is opened again, the dataset uses the default
    /// knowledge base extended with every stored document, in the order added. Every article is extracted and
    /// corroborated again, and every derived row rewritten, in one transaction. The same bytes added again change nothing.
    /// </summary>
    /// <param name="utf8Json">The document; read to its end, not closed.</param>
    /// <param name="fileName">The name it is kept under and named by in errors.</param>
    /// <returns>True when it was added; false when the same document was already stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CorpusStoreException">The document is malformed or does not fit the knowledge base
    /// (<see cref="CorpusStoreProblem.InvalidKnowledge"/>, naming the file and the problem), or the store cannot be
    /// written. Nothing was stored.</exception>
    public bool AddKnowledge(Stream utf8Json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(fileName);
        CatchUp();
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var hash = Hex(SHA256.HashData(bytes));
        if (knowledge.Exists(k => k.ContentHash == hash))
        {
            return false;
        }

        EnsureWritable();
        var extractor = ExtractorFor([.. knowledgeJson, bytes], [.. knowledge.Select(k => k.FileName), fileName], adding: true);
        var next = Replay(extractor);
        var added = clock.GetCurrentInstant();
        long seq = 0;
        Write(transaction =>
        {
            CheckUnchanged(transaction);
            using (var insert = Command(transaction, "INSERT INTO knowledge (file_name, content_hash, json, added_at) VALUES ($file, $hash, $json, $at) RETURNING seq"))
            {
                insert.Parameters.AddWithValue("$file", fileName);
                insert.Parameters.AddWithValue("$hash", hash);
                insert.Parameters.AddWithValue("$json", bytes);
                insert.Parameters.AddWithValue("$at", InstantPattern.ExtendedIso.Format(added));
                seq = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            WriteAllDerived(transaction, next);
        });

        knowledge.Add(new StoredKnowledge(seq, fileName, hash, added));
        knowledgeJson.Add(bytes);
        dataset = next;
        return true;
    }

    /// <summary>Saves the latest report (<see cref="Dataset"/>'s, as JSON) in one transaction, unless it is saved already.</summary>
    /// <exception cref="CorpusStoreException">The store is read-only, locked or damaged; the earlier saved report stays.</exception>
    public void SaveReport()
    {
        if (IsReportSaved)
        {
            return;
        }

        EnsureWritable();
        Write(transaction =>
        {
            CheckUnchanged(transaction);
            WriteReport(transaction);
        });
    }

    /// <summary>Returns the saved report's JSON (as <see cref="KoreaEventsJson.Serialize(Core.Corroboration.CorroborationReport)"/>
    /// wrote it), or null when none was saved. It covers every article when <see cref="IsReportSaved"/>.</summary>
    /// <exception cref="CorpusStoreException">The store cannot be read.</exception>
    public string? ReadSavedReportJson() => Guard(() =>
    {
        using var read = Command(null, "SELECT json_gzip FROM report WHERE id = 1");
        return read.ExecuteScalar() is byte[] packed ? Unpack(packed) : null;
    });

    /// <summary>Closes the file.</summary>
    public void Dispose() => connection.Dispose();

    /// <summary>
    /// For the benchmarks: copies the store's file to <paramref name="path"/> (checkpointed first) and opens the copy
    /// with this store's state (the dataset is immutable, so it is shared), without rebuilding it.
    /// </summary>
    internal CorpusStore CopyTo(string path)
    {
        Guard(() => Pragma(connection, "PRAGMA wal_checkpoint(TRUNCATE)"));
        File.Copy(System.IO.Path.GetFullPath(Path), System.IO.Path.GetFullPath(path), overwrite: true);
        var copy = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = busySeconds,
        }.ToString());
        copy.Open();
        Pragma(copy, "PRAGMA journal_mode = WAL");
        Pragma(copy, "PRAGMA synchronous = FULL");
        var store = new CorpusStore(path, copy, IsReadOnly, clock, busySeconds, SchemaVersion)
        {
            HasSeeds = HasSeeds,
            dataset = dataset,
            savedReportSeq = savedReportSeq,
            savedKnowledgeSeq = savedKnowledgeSeq,
        };
        store.articles.AddRange(articles);
        foreach (var (hash, article) in byHash)
        {
            store.byHash[hash] = article;
        }

        store.knowledge.AddRange(knowledge);
        store.knowledgeJson.AddRange(knowledgeJson);
        store.inputs.AddRange(inputs);
        return store;
    }
}

using KoreaEvents.Core;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Storage;

/// <content>Opening a store: the schema, catching up with other writers, and rebuilding the dataset from the stored texts.</content>
public sealed partial class CorpusStore
{
    private static CorpusStore Initialize(string path, SqliteConnection connection, bool readOnly, bool writeProtected, CorpusStoreOptions options, int busySeconds)
    {
        var clock = options.Clock ?? SystemClock.Instance;
        var check = Pragma(connection, "PRAGMA quick_check(1)");
        if (check != "ok")
        {
            throw new CorpusStoreException(path, CorpusStoreProblem.Corrupt,
                $"'{path}' is damaged (SQLite's integrity check says: {check}); nothing was written to it. Restore it from a backup, or ingest into a new file.");
        }

        int? version = StoreSchema.VersionOf(connection);
        if (version is null)
        {
            throw new CorpusStoreException(path, CorpusStoreProblem.NotAStore,
                $"'{path}' is a SQLite database but not a KoreaEvents corpus store (no store_info marking one); it was left untouched. Give another file name.");
        }

        if (version > StoreSchema.Current)
        {
            throw new CorpusStoreException(path, CorpusStoreProblem.NewerSchema,
                $"'{path}' has schema version {version}, written by a newer version of koreaevents; this one reads up to {StoreSchema.Current}. It was left untouched: upgrade koreaevents to open it.");
        }

        if (version < StoreSchema.Current && readOnly)
        {
            throw new CorpusStoreException(path, CorpusStoreProblem.ReadOnly,
                version == 0
                    ? $"'{path}' is an empty database and is opened read-only, so it cannot be made a corpus store."
                    : $"'{path}' has schema version {version} and must be migrated to {StoreSchema.Current}, but it is opened read-only; open it once for writing (for example with 'koreaevents ingest --db {path}').");
        }

        if (!readOnly)
        {
            // Only now that the file is known to be a corpus store (or empty): nothing is changed in any other file.
            Pragma(connection, "PRAGMA journal_mode = WAL");
            Pragma(connection, "PRAGMA synchronous = FULL");
        }

        var store = new CorpusStore(path, connection, readOnly, clock, busySeconds, StoreSchema.Current) { writeProtected = writeProtected };
        var now = InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant());
        if (version == 0)
        {
            store.Write(transaction =>
            {
                StoreSchema.Migrate(connection, transaction, 0, now);
                foreach (var (key, value) in new[]
                {
                    ("format", StoreSchema.Format),
                    ("created_at", now),
                    ("created_by", "KoreaEvents.Storage " + typeof(CorpusStore).Assembly.GetName().Version),
                    ("seeds", options.IncludeSeeds ? "embedded" : "none"),
                })
                {
                    using var info = store.Command(transaction, "INSERT INTO store_info (key, value) VALUES ($k, $v)");
                    info.Parameters.AddWithValue("$k", key);
                    info.Parameters.AddWithValue("$v", value);
                    info.ExecuteNonQuery();
                }

                if (options.IncludeSeeds)
                {
                    foreach (var seed in SeedCorpus.All)
                    {
                        using var insert = store.Command(transaction,
                            "INSERT INTO articles (source_id, content_hash, text, file_name, is_seed, batch, added_at) VALUES ($id, $hash, $text, NULL, 1, 0, $at)");
                        insert.Parameters.AddWithValue("$id", seed.Id.Value);
                        insert.Parameters.AddWithValue("$hash", HashOf(seed.Text));
                        insert.Parameters.AddWithValue("$text", seed.Text);
                        insert.Parameters.AddWithValue("$at", now);
                        insert.ExecuteNonQuery();
                    }
                }
            });
        }
        else if (version < StoreSchema.Current)
        {
            store.Write(transaction => StoreSchema.Migrate(connection, transaction, version.Value, now));
        }

        store.Load();
        return store;
    }

    /// <summary>What the file holds: the last article's and the last knowledge document's sequence numbers.</summary>
    private (long Articles, long Knowledge) StoredHeads(SqliteTransaction? transaction)
    {
        using var read = Command(transaction, "SELECT (SELECT coalesce(max(seq), 0) FROM articles), (SELECT coalesce(max(seq), 0) FROM knowledge)");
        using var reader = read.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Reloads the store when another process has added to it since it was read, so this instance never
    /// writes from an old state.</summary>
    private void CatchUp()
    {
        if (Guard(() => StoredHeads(null)) == (LastArticleSeq, LastKnowledgeSeq))
        {
            return;
        }

        articles.Clear();
        byHash.Clear();
        knowledge.Clear();
        knowledgeJson.Clear();
        inputs.Clear();
        Guard(() =>
        {
            Load();
            return 0;
        });
    }

    /// <summary>Inside a write transaction (which holds the write lock): refuses to go on when another process has
    /// added to the store since this instance read it.</summary>
    private void CheckUnchanged(SqliteTransaction transaction)
    {
        if (StoredHeads(transaction) != (LastArticleSeq, LastKnowledgeSeq))
        {
            throw new CorpusStoreException(Path, CorpusStoreProblem.Conflict,
                $"'{Path}' was added to by another process during this ingest; what was committed so far is kept. Ingest again to add the rest (what is stored already is skipped).");
        }
    }

    /// <summary>Reads the articles and knowledge, rebuilds the dataset, and (when writable) the derived tables if they are stale.</summary>
    private void Load()
    {
        using (var seeds = Command(null, "SELECT value FROM store_info WHERE key = 'seeds'"))
        {
            HasSeeds = seeds.ExecuteScalar() as string == "embedded";
        }

        using (var read = Command(null, "SELECT seq, file_name, content_hash, json, added_at FROM knowledge ORDER BY seq"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                knowledge.Add(new StoredKnowledge(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), ParseInstant(reader.GetString(4))));
                knowledgeJson.Add((byte[])reader.GetValue(3));
            }
        }

        using (var read = Command(null, "SELECT seq, source_id, content_hash, text, file_name, is_seed, added_at, batch FROM articles ORDER BY seq"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var article = new StoredArticle(reader.GetInt64(0), new SourceId(reader.GetString(1)), reader.GetString(2),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5) != 0, ParseInstant(reader.GetString(6)), reader.GetInt64(7));
                articles.Add(article);
                byHash[article.ContentHash] = article;
                inputs.Add(new ArticleInput(article.Id, reader.GetString(3)));
            }
        }

        dataset = Replay(ExtractorFor(knowledgeJson, knowledge.Select(k => k.FileName).ToList()));

        string? savedJson = null;
        using (var read = Command(null, "SELECT article_seq, knowledge_seq, json_gzip FROM report WHERE id = 1"))
        using (var reader = read.ExecuteReader())
        {
            if (reader.Read())
            {
                savedReportSeq = reader.GetInt64(0);
                savedKnowledgeSeq = reader.GetInt64(1);
                savedJson = Unpack((byte[])reader.GetValue(2));
            }
        }

        if (!IsReadOnly && (!IsReportSaved || savedJson != KoreaEventsJson.Serialize(dataset.Report)))
        {
            // A killed ingest (the report is behind) or another version of the engine (the report differs): what was
            // derived is made again from what the user gave. While another process writes, it is left for next time.
            try
            {
                Write(transaction => WriteAllDerived(transaction, dataset));
            }
            catch (CorpusStoreException ex) when (ex.Problem == CorpusStoreProblem.Locked)
            {
            }
        }
    }

    /// <summary>
    /// The dataset as the ingests made it: the articles of batch 0 (the seeds, or none), then each later batch added
    /// with <see cref="KoreaEventsDataset.WithArticles"/>, as <see cref="IngestAll"/> did. The same path gives the same
    /// report byte for byte (the incremental corroboration starts its learning from the previous report, so another
    /// path may differ in the last digits of the learned trust).
    /// </summary>
    private KoreaEventsDataset Replay(ClaimExtractor extractor)
    {
        var batches = articles.Select((a, i) => (a.Batch, Input: inputs[i])).GroupBy(a => a.Batch).OrderBy(g => g.Key).ToList();
        var first = batches.Count > 0 && batches[0].Key == 0 ? batches[0].Select(b => b.Input).ToList() : [];
        var data = KoreaEventsDataset.FromArticles(first, extractor);
        foreach (var batch in batches.Where(b => b.Key != 0))
        {
            data = data.WithArticles(batch.Select(b => b.Input));
        }

        return data;
    }

    private ClaimExtractor ExtractorFor(IReadOnlyList<byte[]> documents, IReadOnlyList<string> names, bool adding = false)
    {
        if (documents.Count == 0)
        {
            return ReferenceEquals(clock, SystemClock.Instance) ? ClaimExtractor.Default : ClaimExtractor.Default.WithClock(clock);
        }

        var builder = KnowledgeBase.Default.ToBuilder();
        try
        {
            for (int i = 0; i < documents.Count; i++)
            {
                builder.AddFromJson(new MemoryStream(documents[i], writable: false), names[i]);
            }

            return new ClaimExtractor(builder.Build(), null, clock);
        }
        catch (Exception ex) when (ex is KnowledgeBaseFormatException or KnowledgeBaseValidationException)
        {
            throw new CorpusStoreException(Path, CorpusStoreProblem.InvalidKnowledge, adding
                ? $"{names[^1]}: {ex.Message}"
                : $"'{Path}': the knowledge-base documents kept in the store no longer build with this version's knowledge base: {ex.Message}", ex);
        }
    }
}

using Microsoft.Data.Sqlite;

namespace KoreaEvents.Storage;

/// <summary>
/// The store's tables and their forward migrations. <c>schema_version</c> holds one row per migration applied; a
/// store is brought to <see cref="Current"/> in one transaction when it is opened for writing, and a store whose
/// version is above <see cref="Current"/> is refused untouched.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The value of <c>store_info.format</c> that marks a KoreaEvents corpus store.</summary>
    public const string Format = "koreaevents-corpus";

    /// <summary>Migration N brings a store from version N-1 to N; index 0 is version 1.</summary>
    public static readonly string[][] Migrations =
    [
        // 1: what the user gave (the source of truth).
        [
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
            "CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE articles (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              source_id TEXT NOT NULL UNIQUE,
              content_hash TEXT NOT NULL UNIQUE,
              text TEXT NOT NULL,
              file_name TEXT,
              is_seed INTEGER NOT NULL,
              batch INTEGER NOT NULL,
              added_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE knowledge (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              file_name TEXT NOT NULL,
              content_hash TEXT NOT NULL UNIQUE,
              json BLOB NOT NULL,
              added_at TEXT NOT NULL)
            """,
        ],

        // 2: what the engine made of it (derived, rebuilt whenever it no longer matches the articles and knowledge).
        [
            """
            CREATE TABLE documents (
              source_id TEXT PRIMARY KEY,
              title TEXT,
              publication TEXT,
              publication_json TEXT NOT NULL,
              document_json TEXT NOT NULL)
            """,
            """
            CREATE TABLE sources (
              source_id TEXT PRIMARY KEY,
              kind TEXT NOT NULL,
              outlet TEXT,
              origins TEXT NOT NULL,
              extraction_json TEXT NOT NULL)
            """,
            """
            CREATE TABLE claims (
              claim_id TEXT PRIMARY KEY,
              source_id TEXT NOT NULL,
              subject TEXT NOT NULL,
              facet TEXT NOT NULL,
              json TEXT NOT NULL)
            """,
            "CREATE INDEX claims_by_source ON claims (source_id)",
            """
            CREATE TABLE report (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              article_seq INTEGER NOT NULL,
              knowledge_seq INTEGER NOT NULL,
              json_gzip BLOB NOT NULL,
              updated_at TEXT NOT NULL)
            """,
        ],
    ];

    /// <summary>The schema version this version of the library writes and reads.</summary>
    public static int Current => Migrations.Length;

    /// <summary>The version of the store, 0 for a database with no tables at all, or null for a SQLite database that is
    /// not a corpus store (tables, but no <c>schema_version</c> and <c>store_info</c> marking one).</summary>
    public static int? VersionOf(SqliteConnection connection)
    {
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (tables.Count == 0)
        {
            return 0;
        }

        if (!tables.Contains("schema_version") || !tables.Contains("store_info"))
        {
            return null;
        }

        using var format = connection.CreateCommand();
        format.CommandText = "SELECT value FROM store_info WHERE key = 'format'";
        if (format.ExecuteScalar() as string != Format)
        {
            return null;
        }

        using var version = connection.CreateCommand();
        version.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Applies the migrations after <paramref name="from"/> inside <paramref name="transaction"/>.</summary>
    public static void Migrate(SqliteConnection connection, SqliteTransaction transaction, int from, string appliedAt)
    {
        for (int version = from + 1; version <= Current; version++)
        {
            foreach (var sql in Migrations[version - 1])
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }

            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, $at)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$at", appliedAt);
            record.ExecuteNonQuery();
        }
    }
}

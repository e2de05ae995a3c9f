using KoreaEvents.Storage;
using Microsoft.Data.Sqlite;

namespace KoreaEvents.Core.Tests.Storage;

/// <summary>A corrupt, foreign, locked, read-only or newer-schema file: a clear error naming it, and the file as it was.</summary>
public sealed class CorpusStoreErrorsTest : StoreTestBase
{
    [Fact]
    public void A_file_that_is_no_database_is_refused_untouched()
    {
        File.WriteAllText(DbPath(), "my notes, not a database\n");
        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(DbPath(), Options));
        Assert.Equal(CorpusStoreProblem.NotAStore, error.Problem);
        Assert.Contains(DbPath(), error.Message, StringComparison.Ordinal);
        Assert.Equal("my notes, not a database\n", File.ReadAllText(DbPath()));
    }

    [Fact]
    public void A_damaged_store_is_refused_untouched()
    {
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            store.Ingest(Articles[0], "a.txt");
        }

        var bytes = File.ReadAllBytes(DbPath());
        for (int i = 4096 * 2; i < bytes.Length; i += 7)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(DbPath(), bytes);
        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(DbPath(), Options));
        Assert.Contains(error.Problem, new[] { CorpusStoreProblem.Corrupt, CorpusStoreProblem.NotAStore });
        Assert.Contains(DbPath(), error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DbPath()));
    }

    [Fact]
    public void A_sqlite_database_of_something_else_is_refused_untouched()
    {
        Sql(DbPath(), "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('Kim')");
        var bytes = File.ReadAllBytes(DbPath());
        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(DbPath(), Options));
        Assert.Equal(CorpusStoreProblem.NotAStore, error.Problem);
        Assert.Contains("not a KoreaEvents corpus store", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DbPath()));
    }

    [Fact]
    public void A_store_of_a_newer_schema_is_refused_untouched()
    {
        CorpusStore.Open(DbPath(), Options).Dispose();
        Sql(DbPath(), "INSERT INTO schema_version VALUES (99, '2030-01-01T00:00:00Z'); PRAGMA wal_checkpoint(TRUNCATE)");
        var bytes = File.ReadAllBytes(DbPath());
        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(DbPath(), Options));
        Assert.Equal(CorpusStoreProblem.NewerSchema, error.Problem);
        Assert.Contains(DbPath(), error.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DbPath()));
    }

    [Fact]
    public void A_read_only_file_is_read_but_not_written()
    {
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            store.Ingest(Articles[0], "a.txt");
        }

        SetMode(DbPath(), UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var bytes = File.ReadAllBytes(DbPath());
        using var readOnly = CorpusStore.Open(DbPath(), Options);
        Assert.True(readOnly.IsReadOnly);
        Assert.Equal(6, readOnly.Articles.Count);
        var error = Assert.Throws<CorpusStoreException>(() => readOnly.Ingest(Articles[1], "b.txt"));
        Assert.Equal(CorpusStoreProblem.ReadOnly, error.Problem);
        Assert.Contains(DbPath(), error.Message, StringComparison.Ordinal);
        Assert.Equal(6, readOnly.Articles.Count);
        Assert.Equal(bytes, File.ReadAllBytes(DbPath()));

        // Text already stored needs no writing, so it is answered.
        Assert.False(readOnly.Ingest(Articles[0], "a-again.txt").Added);
    }

    [Fact]
    public void A_store_locked_by_another_writer_gives_a_clear_error_and_loses_nothing()
    {
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            store.Ingest(Articles[0], "a.txt");
        }

        // Opened while another process holds the write lock (the saved report is behind: its refresh waits for next time).
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath(), Pooling = false }.ToString());
        other.Open();
        using var holding = other.BeginTransaction(deferred: false);

        using var locked = CorpusStore.Open(DbPath(), Options with { BusyTimeout = TimeSpan.FromSeconds(1) });
        var error = Assert.Throws<CorpusStoreException>(() => locked.Ingest(Articles[1], "b.txt"));
        Assert.Equal(CorpusStoreProblem.Locked, error.Problem);
        Assert.Contains(DbPath(), error.Message, StringComparison.Ordinal);
        Assert.Equal(6, locked.Articles.Count);

        holding.Rollback();
        Assert.True(locked.Ingest(Articles[1], "b.txt").Added);
        Assert.Equal(7L, Scalar(DbPath(), "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void A_missing_file_is_not_created_when_asked_not_to()
    {
        var error = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(DbPath(), Options with { CreateIfMissing = false }));
        Assert.Equal(CorpusStoreProblem.CannotOpen, error.Problem);
        Assert.False(File.Exists(DbPath()));

        var directory = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(TempDirectory, Options));
        Assert.Equal(CorpusStoreProblem.CannotOpen, directory.Problem);
        var noFolder = Assert.Throws<CorpusStoreException>(() => CorpusStore.Open(Path.Combine(TempDirectory, "no", "such", "x.db"), Options));
        Assert.Equal(CorpusStoreProblem.CannotOpen, noFolder.Problem);
    }
}

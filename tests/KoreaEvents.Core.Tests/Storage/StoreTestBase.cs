using KoreaEvents.Core.Benchmarks;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Storage;
using Microsoft.Data.Sqlite;

namespace KoreaEvents.Core.Tests.Storage;

/// <summary>A temporary folder per test for real SQLite store files, and the articles the store tests ingest.</summary>
public abstract class StoreTestBase : IDisposable
{
    protected StoreTestBase()
    {
        TempDirectory = Path.Combine(Path.GetTempPath(), "koreaevents-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(TempDirectory);
    }

    /// <summary>Gets the test's temporary folder, deleted afterwards.</summary>
    protected string TempDirectory { get; }

    /// <summary>Short articles of their own (not recombined seeds).</summary>
    protected static readonly string[] Articles =
    [
        "Office reopens\n\nNorth Korea blew up the liaison office in Kaesong on Tuesday, officials said.\n",
        "Talks in Panmunjom\n\nKim Jong Un met Moon Jae-in in Panmunjom on April 27, 2018, Yonhap reported.\n",
        "Summit\n\nMoon Jae-in visited Pyongyang on September 18, 2018, and met Kim Jong Un, KCNA said.\n",
    ];

    /// <summary>The store options of the tests: the fixed clock.</summary>
    protected static CorpusStoreOptions Options => new() { Clock = TestClock.Fixed };

    /// <summary>A synthetic article recombined from the seeds' paragraphs (as the store benchmark uses).</summary>
    protected static string Synthetic(int seed, int chars = 1500) => SyntheticText.Build(chars, seed);

    protected string DbPath(string name = "corpus.db") => Path.Combine(TempDirectory, name);

    protected static string Json(KoreaEventsDataset dataset) => KoreaEventsJson.Serialize(dataset.Report);

    /// <summary>Runs SQL on the file directly, past the store.</summary>
    protected static void Sql(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Reads one value by SQL, past the store.</summary>
    protected static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Sets a file's permissions (the tests run on Linux, as CI does).</summary>
    protected static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
        else
        {
            File.SetAttributes(path, mode.HasFlag(UnixFileMode.UserWrite) ? FileAttributes.Normal : FileAttributes.ReadOnly);
        }
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(TempDirectory, "*", SearchOption.AllDirectories))
        {
            SetMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.Delete(TempDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}

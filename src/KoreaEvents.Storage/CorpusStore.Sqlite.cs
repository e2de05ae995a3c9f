using System.Globalization;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Storage;

/// <content>SQLite plumbing: commands, pragmas, packing, file checks, and errors that name the file.</content>
public sealed partial class CorpusStore
{
    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)KoreaEventsJson.Options.GetTypeInfo(typeof(T));

    private bool IdTaken(SourceId id) => articles.Exists(a => a.Id == id) || dataset.FindSource(id) is not null;

    private SourceId UniqueId(string? fileName, HashSet<SourceId> pending)
    {
        var stem = "file-" + (fileName is null ? null : Slug.From(System.IO.Path.GetFileNameWithoutExtension(fileName)) ?? "document");
        if (fileName is null)
        {
            stem = "file-article";
        }

        stem = stem.Length > Slug.MaxLength - 8 ? stem[..(Slug.MaxLength - 8)].TrimEnd('-') : stem;
        var id = new SourceId(stem);
        for (int n = 2; IdTaken(id) || pending.Contains(id); n++)
        {
            id = new SourceId(string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}"));
        }

        return id;
    }

    private void EnsureWritable()
    {
        if (IsReadOnly)
        {
            throw new CorpusStoreException(Path, CorpusStoreProblem.ReadOnly, writeProtected
                ? $"'{Path}' is read-only (its permissions allow no writing); nothing was changed. Make it writable (chmod u+w) to add to it."
                : $"'{Path}' was opened read-only; nothing was changed.");
        }
    }

    private void Write(Action<SqliteTransaction> work) => Guard(() =>
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        work(transaction);
        transaction.Commit();
        return 0;
    });

    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException ex)
        {
            throw Problem(Path, ex, busySeconds, IsReadOnly);
        }
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = busySeconds;
        return command;
    }

    private static string? Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    /// <summary>The saved report is gzip-compressed UTF-8 JSON: the report repeats every quote of every group (50 MB for a
    /// thousand articles), and it compresses about sixteenfold (to 3.1 MB there), so saving it writes that much less.</summary>
    private static byte[] Pack(string json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        return buffer.ToArray();
    }

    private static string Unpack(byte[] packed)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(packed, writable: false), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }

    private static string Hex(byte[] hash) => Convert.ToHexString(hash).ToLowerInvariant();

    private static Instant ParseInstant(string text) => InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

    /// <summary>Refuses, before SQLite opens it, a file that does not start as a SQLite database does (a text file
    /// given by mistake), so it is never touched.</summary>
    private static void CheckHeader(string path, string full)
    {
        ReadOnlySpan<byte> magic = "SQLite format 3\0"u8;
        var header = new byte[magic.Length];
        int read;
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusStoreException(path, CorpusStoreProblem.CannotOpen,
                $"'{path}' cannot be read ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}).", ex);
        }

        if (read > 0 && !header.AsSpan(0, read).SequenceEqual(magic[..read]) || read is > 0 and < 16)
        {
            throw new CorpusStoreException(path, CorpusStoreProblem.NotAStore,
                $"'{path}' is not a corpus store (not a SQLite database); it was left untouched. Give another file name.");
        }
    }

    /// <summary>Whether the file has no write permission for anyone (so even root, who could write it, is refused).</summary>
    private static bool IsWriteProtected(string full)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly);
        }

        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return (File.GetUnixFileMode(full) & anyWrite) == 0;
    }

    private static CorpusStoreException Problem(string path, SqliteException ex, int busySeconds, bool readOnly) => ex.SqliteErrorCode switch
    {
        5 or 6 => new CorpusStoreException(path, CorpusStoreProblem.Locked,
            string.Create(CultureInfo.InvariantCulture, $"'{path}' is locked: another process is writing to it (waited {busySeconds} s); nothing was changed. Try again when it has finished."), ex),
        8 => new CorpusStoreException(path, CorpusStoreProblem.ReadOnly,
            $"'{path}' cannot be written (the file or its folder is read-only{(readOnly ? ", or it was opened read-only" : string.Empty)}); nothing was changed.", ex),
        11 or 26 => new CorpusStoreException(path, CorpusStoreProblem.Corrupt,
            $"'{path}' is damaged or not a corpus store (SQLite: {ex.Message.TrimEnd('.')}); nothing was written to it. Restore it from a backup, or ingest into a new file.", ex),
        14 => new CorpusStoreException(path, CorpusStoreProblem.CannotOpen,
            $"'{path}' cannot be opened (its folder does not exist or may not be written, or permission is denied).", ex),
        _ => new CorpusStoreException(path, CorpusStoreProblem.Other, $"'{path}': SQLite error: {ex.Message}", ex),
    };
}

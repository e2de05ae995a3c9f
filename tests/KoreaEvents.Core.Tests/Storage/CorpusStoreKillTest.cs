using System.Diagnostics;
using KoreaEvents.Core.Model;
using KoreaEvents.Storage;
using Microsoft.Data.Sqlite;

namespace KoreaEvents.Core.Tests.Storage;

/// <summary>
/// A real <c>koreaevents ingest</c> in a child process, killed while it commits articles: the store opens again
/// consistent, with every committed article whole (its text as in its file, and every row derived from it) and no half
/// article, and the report over the committed articles is the in-memory one.
/// </summary>
public sealed class CorpusStoreKillTest : StoreTestBase
{
    private const int FileCount = 300;

    [Fact]
    public void A_killed_ingest_leaves_every_committed_article_whole_and_no_half_article()
    {
        var folder = Path.Combine(TempDirectory, "articles");
        Directory.CreateDirectory(folder);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < FileCount; i++)
        {
            var text = $"Report {i}\n\nOn June {i % 28 + 1}, 2020, North Korea blew up the liaison office in Kaesong, official {i} said. Kim Yo Jong warned on day {i}.\n";
            var file = Path.Combine(folder, $"a{i:D3}.txt");
            File.WriteAllText(file, text);
            texts[CorpusStore.HashOf(text)] = text;
        }

        // Killed between the first and the last commit (tried again in the rare case the child finished first).
        long committed = 0;
        string db = string.Empty;
        for (int attempt = 0; attempt < 5 && committed == 0; attempt++)
        {
            db = DbPath($"killed-{attempt}.db");
            committed = RunAndKill(db, folder);
        }

        Assert.InRange(committed, 1, FileCount - 1);

        // Straight from the file, before the store repairs anything: each committed article has its derived rows.
        Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.source_id = a.source_id) OR NOT EXISTS (SELECT 1 FROM sources s WHERE s.source_id = a.source_id)"));
        Assert.Equal(Scalar(db, "SELECT count(*) FROM articles"), Scalar(db, "SELECT count(*) FROM documents"));
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));

        using (var store = CorpusStore.Open(db, Options))
        {
            var added = store.Articles.Where(a => !a.IsSeed).ToList();
            Assert.True(added.Count >= committed, $"{added.Count} articles after reopening, {committed} seen committed before the kill");
            Assert.True(added.Count < FileCount, "the child was killed before it committed every article");
            foreach (var article in added)
            {
                var text = texts[article.ContentHash];
                Assert.Equal(text, store.Dataset.FindArticle(article.Id)!.Document.Text);
                Assert.Equal(text, File.ReadAllText(article.FileName!));
            }

            var inMemory = KoreaEventsDataset.Load(TestClock.Fixed)
                .WithArticles(added.Select(a => new ArticleInput(a.Id, texts[a.ContentHash])));
            Assert.Equal(Json(inMemory), Json(store.Dataset));
            Assert.True(store.IsReportSaved);
            Assert.Equal(Json(inMemory), store.ReadSavedReportJson());
            Assert.Equal((long)store.Dataset.Claims.Count, Scalar(db, "SELECT count(*) FROM claims"));

            // Ingesting the folder again adds the rest and finds the committed ones already there.
            var results = store.IngestAll(Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f => new StoreInput(File.ReadAllText(f), f)));
            Assert.Equal(added.Count, results.Count(r => !r.Added));
            Assert.Equal(FileCount + 5, store.Articles.Count);
        }
    }

    /// <summary>Starts <c>koreaevents ingest</c>, kills it once some (not all) articles are committed; returns how many
    /// were seen committed, or 0 when the child finished before it could be killed.</summary>
    private static long RunAndKill(string db, string folder)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "koreaevents.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { tool, "ingest", "--db", db, "--quiet", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        long seen = 0;
        var deadline = Stopwatch.StartNew();
        while (!child.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            seen = CountAdded(db);
            if (seen > 0)
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
                return seen < FileCount ? seen : 0;
            }

            Thread.Sleep(2);
        }

        if (!child.HasExited)
        {
            child.Kill(entireProcessTree: true);
        }

        child.WaitForExit();
        return 0;
    }

    private static long CountAdded(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles WHERE is_seed = 0";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or busy being created
        }
    }
}

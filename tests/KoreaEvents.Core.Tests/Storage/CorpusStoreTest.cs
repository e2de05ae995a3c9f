using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Storage;

namespace KoreaEvents.Core.Tests.Storage;

public sealed class CorpusStoreTest : StoreTestBase
{
    [Fact]
    public void A_new_store_holds_the_seeds_and_gives_the_embedded_report()
    {
        using var store = CorpusStore.Open(DbPath(), Options);
        Assert.True(store.HasSeeds);
        Assert.Equal(CorpusStore.SupportedSchemaVersion, store.SchemaVersion);
        Assert.Equal(SeedCorpus.All.Select(s => s.Id), store.Articles.Select(a => a.Id));
        Assert.All(store.Articles, a => Assert.True(a.IsSeed));
        Assert.Equal(Json(TestClock.Dataset), Json(store.Dataset));
        Assert.True(store.IsReportSaved);
        Assert.Equal(Json(TestClock.Dataset), store.ReadSavedReportJson());
        Assert.Equal("wal", Scalar(DbPath(), "PRAGMA journal_mode"));
    }

    [Fact]
    public void Ingesting_the_same_text_twice_changes_nothing_and_says_so()
    {
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            var first = store.Ingest(Articles[0], "office.txt");
            Assert.True(first.Added);
            Assert.Equal(new SourceId("file-office"), first.Id);
            Assert.Equal(CorpusStore.HashOf(Articles[0]), first.ContentHash);
        }

        var before = Json(CorpusStore.Open(DbPath(), Options with { ReadOnly = true }).Dataset);
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            var again = store.Ingest(Articles[0], "copy-of-office.txt");
            Assert.False(again.Added);
            Assert.Equal(new SourceId("file-office"), again.Id);
            var batch = store.IngestAll([new StoreInput(Articles[1], "a.txt"), new StoreInput(Articles[1], "b.txt")]);
            Assert.Equal([true, false], batch.Select(r => r.Added));
            Assert.Equal(batch[0].Id, batch[1].Id);
        }

        Assert.Equal(7L, Scalar(DbPath(), "SELECT count(*) FROM articles"));
        Assert.Equal(1L, Scalar(DbPath(), "SELECT count(*) FROM articles WHERE content_hash = '" + CorpusStore.HashOf(Articles[0]) + "'"));
        Assert.NotEqual(before, Json(CorpusStore.Open(DbPath(), Options with { ReadOnly = true }).Dataset));
    }

    [Fact]
    public void The_report_read_back_is_byte_identical_to_the_in_memory_report_over_the_same_articles()
    {
        var firstBatch = new[] { new ArticleInput(new SourceId("file-a"), Articles[0]), new ArticleInput(new SourceId("file-b"), Synthetic(1)) };
        var secondBatch = new[] { new ArticleInput(new SourceId("file-c"), Articles[1]), new ArticleInput(new SourceId("file-d"), Synthetic(2)) };
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            store.IngestAll([new StoreInput(Articles[0], "a.txt"), new StoreInput(Synthetic(1), "b.txt")]);
            store.IngestAll([new StoreInput(Articles[1], "c.txt"), new StoreInput(Synthetic(2), "d.txt")]);
            Assert.False(store.IsReportSaved);
            store.SaveReport();
            Assert.True(store.IsReportSaved);
        }

        // The in-memory pipeline, as `koreaevents report --add` builds it, over the same articles added the same way.
        var inMemory = Json(KoreaEventsDataset.Load(TestClock.Fixed).WithArticles(firstBatch).WithArticles(secondBatch));
        using var reopened = CorpusStore.Open(DbPath(), Options with { ReadOnly = true });
        Assert.Equal(inMemory, Json(reopened.Dataset));
        Assert.Equal(inMemory, reopened.ReadSavedReportJson());
        Assert.Equal(9, reopened.Dataset.Articles.Count);
    }

    [Fact]
    public void An_empty_store_starts_without_the_seeds()
    {
        using (var store = CorpusStore.Open(DbPath(), Options with { IncludeSeeds = false }))
        {
            Assert.False(store.HasSeeds);
            Assert.Empty(store.Articles);
            store.Ingest(Articles[0], "a.txt");
            store.Ingest(Articles[1], "a.txt");
        }

        var extractor = ClaimExtractor.Default.WithClock(TestClock.Fixed);
        var inMemory = KoreaEventsDataset.FromArticles([], extractor)
            .WithArticles([new ArticleInput(new SourceId("file-a"), Articles[0])])
            .WithArticles([new ArticleInput(new SourceId("file-a-2"), Articles[1])]);
        using var reopened = CorpusStore.Open(DbPath(), Options);
        Assert.False(reopened.HasSeeds);
        Assert.Equal(["file-a", "file-a-2"], reopened.Articles.Select(a => a.Id.Value));
        Assert.Equal(Json(inMemory), Json(reopened.Dataset));
    }

    [Fact]
    public void Every_row_derived_from_an_article_is_stored_with_it()
    {
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            store.Ingest(Articles[0], "a.txt");
            store.SaveReport();
        }

        Assert.Equal(6L, Scalar(DbPath(), "SELECT count(*) FROM documents"));
        Assert.Equal(6L, Scalar(DbPath(), "SELECT count(*) FROM sources"));
        using var reopened = CorpusStore.Open(DbPath(), Options);
        Assert.Equal((long)reopened.Dataset.Claims.Count, Scalar(DbPath(), "SELECT count(*) FROM claims"));
        Assert.Equal((long)reopened.Dataset.FindArticle(new SourceId("file-a"))!.Extraction.Claims.Count,
            Scalar(DbPath(), "SELECT count(*) FROM claims WHERE source_id = 'file-a'"));
        Assert.Equal(Articles[0], Scalar(DbPath(), "SELECT text FROM articles WHERE source_id = 'file-a'"));
        Assert.Equal("a.txt", Scalar(DbPath(), "SELECT file_name FROM articles WHERE source_id = 'file-a'"));
        Assert.Equal("2026-01-01T00:00:00Z", Scalar(DbPath(), "SELECT added_at FROM articles WHERE source_id = 'file-a'"));
        Assert.NotNull(Scalar(DbPath(), "SELECT publication_json FROM documents WHERE source_id = 'file-a'"));
        Assert.Equal(6L, Scalar(DbPath(), "SELECT article_seq FROM report"));
    }

    [Fact]
    public void A_malformed_article_stores_nothing_and_names_its_file()
    {
        using var store = CorpusStore.Open(DbPath(), Options);
        var error = Assert.Throws<ArticleFormatException>(() => store.IngestAll([new StoreInput(Articles[0], "good.txt"), new StoreInput("a\0b", "bad.txt")]));
        Assert.StartsWith("bad.txt: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, store.Articles.Count);
        Assert.Equal(5L, Scalar(DbPath(), "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void Knowledge_added_to_the_store_is_used_again_when_it_is_reopened()
    {
        const string myActors = """
            { "schemaVersion": 1,
              "actors": [ { "id": "jane-doe", "kind": "person", "name": "Jane Doe", "country": "south-korea" } ] }
            """;
        const string article = "Envoy\n\nJane Doe said North Korea blew up the liaison office in Kaesong on June 16, 2020.\n";
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            store.Ingest(article, "envoy.txt");
            Assert.True(store.AddKnowledge(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(myActors)), "my-actors.json"));
            Assert.False(store.AddKnowledge(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(myActors)), "again.json"));
        }

        var kb = KnowledgeBase.Default.ToBuilder().AddFromJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(myActors)), "my-actors.json").Build();
        var inMemory = KoreaEventsDataset.FromArticles(SeedCorpus.All.Select(s => new ArticleInput(s.Id, s.Text)), new ClaimExtractor(kb, null, TestClock.Fixed))
            .WithArticles([new ArticleInput(new SourceId("file-envoy"), article)]);
        using var reopened = CorpusStore.Open(DbPath(), Options);
        Assert.Equal(["my-actors.json"], reopened.Knowledge.Select(k => k.FileName));
        Assert.True(reopened.Dataset.Knowledge.TryGetActor(new ActorId("jane-doe"), out _));
        Assert.Contains(reopened.Dataset.Claims, c => c.Source == new SourceId("file-envoy") && c.Attribution?.SpeakerId == new ActorId("jane-doe"));
        Assert.Equal(Json(inMemory), Json(reopened.Dataset));
        Assert.Equal(Json(inMemory), reopened.ReadSavedReportJson());
    }

    [Fact]
    public void Knowledge_that_does_not_fit_is_refused_naming_the_file()
    {
        using var store = CorpusStore.Open(DbPath(), Options);
        var error = Assert.Throws<CorpusStoreException>(() => store.AddKnowledge(new MemoryStream("{ \"schemaVersion\": 1, \"actors\": [ { \"id\": \"x\" } ] }"u8.ToArray()), "broken.json"));
        Assert.Equal(CorpusStoreProblem.InvalidKnowledge, error.Problem);
        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Empty(store.Knowledge);
        Assert.Equal(0L, Scalar(DbPath(), "SELECT count(*) FROM knowledge"));
    }

    [Fact]
    public void Readers_see_what_a_writer_has_committed_while_it_is_open()
    {
        using var writer = CorpusStore.Open(DbPath(), Options);
        writer.Ingest(Articles[0], "a.txt");
        using (var reader = CorpusStore.Open(DbPath(), Options with { ReadOnly = true }))
        {
            Assert.Equal(6, reader.Articles.Count);
            Assert.Equal(Json(writer.Dataset), Json(reader.Dataset));
        }

        writer.Ingest(Articles[1], "b.txt");
        using var later = CorpusStore.Open(DbPath(), Options with { ReadOnly = true });
        Assert.Equal(7, later.Articles.Count);
    }

    [Fact]
    public void A_writer_catches_up_with_what_another_writer_added()
    {
        using var first = CorpusStore.Open(DbPath(), Options);
        using var second = CorpusStore.Open(DbPath(), Options);
        Assert.True(first.Ingest(Articles[0], "a.txt").Added);

        // The second instance read the store before that article: it reloads before it writes.
        Assert.False(second.Ingest(Articles[0], "a-copy.txt").Added);
        var added = second.Ingest(Articles[1], "a.txt");
        Assert.Equal(new SourceId("file-a-2"), added.Id);
        Assert.Equal(7, second.Articles.Count);
        second.SaveReport();

        using var reopened = CorpusStore.Open(DbPath(), Options with { ReadOnly = true });
        Assert.Equal(Json(reopened.Dataset), reopened.ReadSavedReportJson());
        Assert.Equal(Json(second.Dataset), Json(reopened.Dataset));
    }

    [Fact]
    public void A_store_of_schema_version_1_is_migrated_forward()
    {
        Sql(DbPath(), string.Join(";\n", StoreSchema.Migrations[0]) + """
            ;
            INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z');
            INSERT INTO store_info VALUES ('format', 'koreaevents-corpus'), ('seeds', 'none');
            INSERT INTO articles (source_id, content_hash, text, file_name, is_seed, batch, added_at)
              VALUES ('file-a', 'h', 'Office reopens

            North Korea blew up the liaison office in Kaesong on Tuesday, officials said.
            ', 'a.txt', 0, 1, '2026-01-01T00:00:00Z');
            """);
        using (var store = CorpusStore.Open(DbPath(), Options))
        {
            Assert.Equal(2, store.SchemaVersion);
            Assert.Equal(["file-a"], store.Articles.Select(a => a.Id.Value));
        }

        Assert.Equal(2L, Scalar(DbPath(), "SELECT max(version) FROM schema_version"));
        Assert.Equal(1L, Scalar(DbPath(), "SELECT count(*) FROM documents"));
    }
}

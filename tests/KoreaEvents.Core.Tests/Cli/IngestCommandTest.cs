using KoreaEvents.Cli;

namespace KoreaEvents.Core.Tests.Cli;

/// <summary><c>koreaevents ingest --db</c>, and <c>report</c>, <c>timeline</c> and <c>export</c> reading the store with <c>--db</c>.</summary>
public sealed class IngestCommandTest : CliTest
{
    private const string Office = "Office reopens\n\nNorth Korea blew up the liaison office in Kaesong on Tuesday, officials said.\n";
    private const string Talks = "Talks in Panmunjom\n\nKim Jong Un met Moon Jae-in in Panmunjom on April 27, 2018, Yonhap reported.\n";

    private string Db => Path.Combine(TempDirectory, "corpus.db");

    private string Write(string relative, string text)
    {
        var path = Path.Combine(TempDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Ingest_adds_files_and_directories_and_says_what_is_already_in_the_store()
    {
        var office = Write("office.txt", Office);
        Write("folder/deeper/talks.txt", Talks);
        Write("folder/copy.txt", Office);
        Write("folder/notes.md", "not an article: only *.txt files are taken from folders");

        var (exit, output, error) = Run("ingest", "--db", Db, office, Path.Combine(TempDirectory, "folder"));
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            [
                $"added file-office: {office}",
                $"already in store as file-office: {Path.Combine(TempDirectory, "folder", "copy.txt")}",
                $"added file-talks: {Path.Combine(TempDirectory, "folder", "deeper", "talks.txt")}",
                $"{Db}: 7 article(s) (5 seeds), 0 knowledge file(s); 2 added, 1 already in store.",
            ],
            output.TrimEnd().Split('\n'));

        var (again, againOutput, _) = Run("ingest", "--db", Db, office);
        Assert.Equal(CliApp.Success, again);
        Assert.Contains($"already in store as file-office: {office}", againOutput, StringComparison.Ordinal);
        Assert.Contains("0 added, 1 already in store.", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_timeline_and_export_of_the_store_equal_those_of_the_same_files_added()
    {
        var office = Write("office.txt", Office);
        var talks = Write("talks.txt", Talks);
        Assert.Equal(CliApp.Success, Run("ingest", "--db", Db, office, talks).Exit);

        foreach (var command in new[] { new[] { "report", "--json" }, ["report"], ["timeline"], ["export", "-f", "claims-csv"], ["export", "-f", "plover-jsonl"] })
        {
            var fromStore = Run([.. command, "--db", Db]);
            var added = Run([.. command, "--add", office, talks]);
            Assert.Equal(CliApp.Success, fromStore.Exit);
            Assert.Equal(string.Empty, fromStore.Err);
            Assert.Equal(added.Out, fromStore.Out);
        }
    }

    [Fact]
    public void Report_db_with_add_adds_in_memory_only()
    {
        var office = Write("office.txt", Office);
        var talks = Write("talks.txt", Talks);
        Assert.Equal(CliApp.Success, Run("ingest", "--db", Db, office).Exit);

        var (exit, output, _) = Run("report", "--db", Db, "--add", talks);
        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("file-talks", output, StringComparison.Ordinal);
        Assert.DoesNotContain("file-talks", Run("report", "--db", Db).Out, StringComparison.Ordinal);

        var (clash, _, clashError) = Run("report", "--db", Db, "--add", office);
        Assert.Equal(CliApp.BadInput, clash);
        Assert.Contains($"another article in {Db} is also named 'file-office'", clashError, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_starts_without_the_seeds_and_only_for_a_new_store()
    {
        var office = Write("office.txt", Office);
        var (exit, output, _) = Run("ingest", "--db", Db, "--empty", office);
        Assert.Equal(CliApp.Success, exit);
        Assert.Contains($"{Db}: 1 article(s), 0 knowledge file(s); 1 added, 0 already in store.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("seed-001", Run("report", "--db", Db).Out, StringComparison.Ordinal);

        var (again, _, error) = Run("ingest", "--db", Db, "--empty", office);
        Assert.Equal(CliApp.BadInput, again);
        Assert.Contains($"--empty chooses how a new store starts, but '{Db}' already exists.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Knowledge_files_are_kept_in_the_store()
    {
        var actors = Write("my-actors.json", """
            { "schemaVersion": 1,
              "actors": [ { "id": "jane-doe", "kind": "person", "name": "Jane Doe", "country": "south-korea" } ] }
            """);
        var envoy = Write("envoy.txt", "Envoy\n\nJane Doe said North Korea blew up the liaison office in Kaesong on June 16, 2020.\n");
        var (exit, output, _) = Run("ingest", "--db", Db, "--knowledge", actors, "--", envoy);
        Assert.Equal(CliApp.Success, exit);
        Assert.Contains($"knowledge {actors}: added", output, StringComparison.Ordinal);
        Assert.Contains("1 knowledge file(s)", output, StringComparison.Ordinal);
        // The speaker is the catalogued actor only with the stored knowledge.
        Assert.Contains("urn:koreaevents:actor:jane-doe", Run("export", "-f", "prov-jsonld", "--db", Db).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("jane-doe", Run("export", "-f", "prov-jsonld", "--add", envoy).Out, StringComparison.Ordinal);

        var broken = Write("broken.json", "{ \"schemaVersion\": 1, \"actors\": [ { \"id\": \"x\" } ] }");
        var (bad, _, error) = Run("ingest", "--db", Db, "--knowledge", broken);
        Assert.Equal(CliApp.BadInput, bad);
        Assert.Contains("broken.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_article_files_are_reported_and_the_others_ingested()
    {
        var office = Write("office.txt", Office);
        var binary = Path.Combine(TempDirectory, "binary.txt");
        File.WriteAllBytes(binary, [0x41, 0x00, 0x42]);
        var (exit, output, error) = Run("ingest", "--db", Db, binary, office);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains($"added file-office: {office}", output, StringComparison.Ordinal);
        Assert.Contains(binary, error, StringComparison.Ordinal);

        var (strict, _, _) = Run("ingest", "--db", Path.Combine(TempDirectory, "strict.db"), "--strict", binary, office);
        Assert.Equal(CliApp.BadInput, strict);
        Assert.False(File.Exists(Path.Combine(TempDirectory, "strict.db")) && Run("report", "--db", Path.Combine(TempDirectory, "strict.db")).Out.Contains("file-office", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_no_store_or_is_missing_is_bad_input_naming_it()
    {
        var notes = Write("notes.db", "my notes\n");
        var office = Write("office.txt", Office);
        var (exit, _, error) = Run("ingest", "--db", notes, office);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Contains($"'{notes}' is not a corpus store", error, StringComparison.Ordinal);
        Assert.Equal("my notes\n", File.ReadAllText(notes));

        var missing = Path.Combine(TempDirectory, "missing.db");
        foreach (var command in new[] { "report", "timeline" })
        {
            var (code, _, message) = Run(command, "--db", missing);
            Assert.Equal(CliApp.BadInput, code);
            Assert.Contains($"--db '{missing}' does not exist; create it with 'koreaevents ingest --db {missing} FILES...'.", message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(missing));
    }
}

using System.Text.RegularExpressions;
using System.Text;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Truth;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests;

/// <summary>
/// The README's C# examples are kept here between <c>// README:name</c> markers: the tests run them, and
/// <see cref="The_readme_shows_exactly_the_code_these_tests_run"/> checks the README's code blocks are the same
/// lines, so the README cannot drift from code that compiles and runs.
/// </summary>
public partial class ReadmeExamplesTest
{
    [Fact]
    public void Dataset_example_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:dataset
        var dataset = KoreaEventsDataset.Load();   // the five seeds: parsed, dated, extracted, corroborated (built once)
        var hanoi = dataset.Report.Find(new EventId("hanoi-summit-2019"), Facet.Date)!;
        console.WriteLine(hanoi.Verdict);   // Majority
        foreach (var conflict in hanoi.Conflicts)
        {
            var quote = conflict.Assessment.Evidence!;   // never null for a claim extracted from an article
            console.WriteLine($"{conflict.Source} \"{quote.Quote}\" at {quote.Start}: {conflict.Reason}");
        }

        // seed-003 "failed summit between Washington and Pyongyang in March 2019" at 1682: 2019-03 does not overlap …

        var mine = dataset.WithArticle(new SourceId("my-article"), File.ReadAllText(myArticlePath));   // a new dataset; Load() is unchanged
        console.WriteLine(mine.Sources.Count - dataset.Sources.Count);   // 1
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("Majority", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("seed-003 \"failed summit between Washington and Pyongyang in March 2019\" at 1682: 2019-03 does not overlap", StringComparison.Ordinal));
        Assert.Equal("1", lines[^1]);
    }

    private static readonly string myArticlePath = WriteSampleArticle();

    private static string WriteSampleArticle()
    {
        var path = Path.Combine(Path.GetTempPath(), "koreaevents-readme-article.txt");
        File.WriteAllText(path, "Liaison office talks resume\n\nSouth Korea said on Monday that officials met in Kaesong to discuss reopening the liaison office.\n");
        return path;
    }

    [Fact]
    public void Quick_start_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:quickstart
        // The embedded corpus, no file system needed.
        foreach (var seed in SeedCorpus.All)
        {
            console.WriteLine($"{seed.Id}: {seed.Text.Length} characters");
        }

        // Dates exactly as precise as the text, and compatibility as overlap.
        var hanoi = DateEstimate.Parse("2019-02-27/2019-02-28");
        var stated = DateEstimate.Parse("2019-03");                  // seed 003's "in March 2019"
        console.WriteLine(stated.IsCompatibleWith(hanoi));          // False: a conflict to report
        var noYear = DateEstimate.FromMonth(2020, 2).WithYearUnstated(); // "The Hanoi summit in February"
        console.WriteLine(noYear);                                  // XXXX-02 (2020)
        console.WriteLine(noYear.IsCompatibleWith(hanoi));          // True: an unstated year never conflicts on the year
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("seed-000: 4186 characters", lines[0]);
        Assert.Equal(new[] { "False", "XXXX-02 (2020)", "True" }, lines[^3..]);
    }

    [Fact]
    public void Parsing_example_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:parsing
        var seed = SeedCorpus.Get("seed-002");
        var document = ArticleParser.Parse(seed.Text, seed.Id);
        console.WriteLine(document.Title!.Text);   // Korean liaison office destroyed by North Korea amid rising tensions with South
        foreach (var dateline in document.Datelines)
        {
            console.WriteLine($"{dateline.Role}: {dateline.Date}");   // PageHeader: Tuesday, 21 May 2024 (the page's date, not the article's)
        }

        var sentence = document.Sentences[2];
        console.WriteLine(seed.Text.Substring(sentence.Span.Start, sentence.Span.Length) == sentence.Text);   // True: offsets are exact
        foreach (var removed in document.RemovedLines.Take(2))
        {
            console.WriteLine($"{removed.Reason}: {removed.Segment.Text}");   // SiteTitleLine: | Welcome to Global Village Space …
        }
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("Korean liaison office destroyed by North Korea amid rising tensions with South", lines[0]);
        Assert.Equal("PageHeader: Tuesday, 21 May 2024", lines[1]);
        Assert.Equal("True", lines[2]);
        Assert.Equal("SiteTitleLine: | Welcome to Global Village Space", lines[3]);
        Assert.StartsWith("ReadMoreLink: Read more:", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Knowledge_example_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:knowledge
        const string myActors = """
            { "schemaVersion": 1,
              "actors": [ { "id": "jane-doe", "kind": "person", "name": "Jane Doe", "country": "south-korea" } ] }
            """;
        var kb = KnowledgeBase.Default.ToBuilder()
            .AddFromJson(new MemoryStream(Encoding.UTF8.GetBytes(myActors)), "my-actors.json")
            .Build();
        foreach (var mention in MentionMatcher.For(kb).MatchAndResolve("Jane Doe said Pyongyang blew up the office in Kaesong."))
        {
            console.WriteLine($"{mention.Text} -> {mention.Resolved}");
        }
        // Jane Doe -> actor:jane-doe
        // said -> attribution
        // Pyongyang -> actor:north-korea~metonym   (the government, as the subject of an action)
        // blew up -> trigger:ASSAULT:destroy
        // Kaesong -> place:kaesong
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(new[] { "Jane Doe -> actor:jane-doe", "said -> attribution", "Pyongyang -> actor:north-korea~metonym", "blew up -> trigger:ASSAULT:destroy", "Kaesong -> place:kaesong" }, lines);
    }

    [Fact]
    public void Truth_discovery_example_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:truth
        var table = ClaimTable.CreateBuilder()
            .Add("outlet-a", "office-opened", "2018-09")
            .Add("outlet-b", "office-opened", "2018-09")
            .Add("outlet-c", "office-opened", "2018-10")
            .Add("outlet-a", "summit-city", "Hanoi")
            .Add("outlet-c", "summit-city", "Hanoi")
            .Build();   // or ClaimTable.ReadCsv("claims.csv") for a source,object,value file
        var result = new IndependenceAwareTruthDiscovery().Run(table);   // or MajorityVote.Instance, new TruthFinder()
        for (int o = 0; o < table.ObjectCount; o++)
        {
            console.WriteLine($"{table.Objects[o]} = {result.GetChosenValueText(o)}");   // office-opened = 2018-09, summit-city = Hanoi
        }
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(new[] { "office-opened = 2018-09", "summit-city = Hanoi" }, lines);
    }

    [Fact]
    public void Dates_example_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:dates
        var mentions = TemporalTagger.Default.Tag(
            "The summit broke down last month; on Friday North Korea withdrew.", new LocalDate(2019, 3, 22));
        foreach (var m in mentions)
        {
            console.WriteLine($"{m.Text} = {m.ValueText}");   // last month = 2019-02, Friday = XXXX-03-22 (2019)
        }

        var article = SeedCorpus.Get("seed-002");
        var dater = new DocumentDater(KnownEventDates.FromEvents(KnowledgeBase.Default.Events));
        var estimate = dater.Date(ArticleParser.Parse(article.Text, article.Id)).Publication;
        console.WriteLine($"{estimate.Date} ({estimate.Basis})");   // 2020-06-16/2020-06-21 (Inferred)
        foreach (var rejected in estimate.Candidates.Where(c => !c.Accepted).Take(1))
        {
            console.WriteLine(rejected.Reason);   // why the page header "Tuesday, May 21, 2024" is not the publication date
        }
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("last month = 2019-02", lines[0]);
        Assert.Equal("Friday = XXXX-03-22 (2019)", lines[1]);
        Assert.Equal("2020-06-16/2020-06-21 (Inferred)", lines[2]);
        Assert.Contains("2024-05-21", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Corroboration_example_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:corroboration
        var hanoi = EntityRef.From(new EventId("hanoi-summit-2019"));
        Claim Says(string id, string source, string date) =>
            new(new ClaimId(id), hanoi, Facet.Date, ClaimValue.FromDate(DateEstimate.Parse(date)), new SourceId(source));

        Source[] sources =
        [
            new(new SourceId("seed-002"), outlet: "Global Village Space", origins: [new ActorId("afp")]),
            new(new SourceId("afp-wire"), outlet: "AFP", kind: SourceKind.Wire, origins: [new ActorId("afp")]),
        ];
        var report = new CorroborationEngine().Corroborate(sources,
        [
            Says("c1", "seed-000", "2019-02-27/2019-02-28"),   // "February 27-28"
            Says("c2", "seed-002", "2019-02"),                 // "February last year"
            Says("c3", "afp-wire", "2019-02"),                 // the same AFP story: one origin with seed-002
            Says("c4", "seed-004", "2019-02"),                 // "the February 2019 summit in Hanoi"
            Says("c5", "seed-003", "2019-03"),                 // "in March 2019": the conflict to report
            Says("c6", "seed-003", "XXXX-02 (2020)"),          // "in February", no year: no conflict
        ]);

        var group = report.Find(hanoi, Facet.Date)!;
        console.WriteLine($"{group.Verdict}: {group.Consensus}");   // Majority: 2019-02-27/2019-02-28
        foreach (var conflict in group.Conflicts)
        {
            console.WriteLine(conflict);   // c5: 2019-03 does not overlap 2019-02-27/2019-02-28
        }

        console.WriteLine(group.Origins.Count);   // 4 independent origins: seed-000, seed-002 + afp-wire, seed-003, seed-004
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("Majority: 2019-02-27/2019-02-28", lines[0]);
        Assert.Equal("c5: 2019-03 does not overlap 2019-02-27/2019-02-28", lines[1]);
        Assert.Equal("4", lines[2]);
    }

    [Fact]
    public void Claims_example_runs_and_prints_what_the_readme_says()
    {
        var output = new StringWriter();
        var console = output;

        // README:claims
        var seed = SeedCorpus.Get("seed-003");
        var result = ClaimExtractor.Default.Extract(ArticleParser.Parse(seed.Text, seed.Id));
        foreach (var claim in result.Claims.Where(c => c.Subject == EntityRef.Parse("event:hanoi-summit-2019") && c.Facet == Facet.Date))
        {
            console.WriteLine($"{claim.Value} ({claim.Modality}) \"{claim.Evidence!.Quote}\" at {claim.Evidence.Start}");
        }

        // 2019-03 (Asserted) "failed summit between Washington and Pyongyang in March 2019" at 1682   <- a conflict, kept
        // XXXX-02 (2020) (Asserted) "Hanoi summit in February" at 3060                                <- no year stated
        // README:end

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(new[]
        {
            "2019-03 (Asserted) \"failed summit between Washington and Pyongyang in March 2019\" at 1682",
            "XXXX-02 (2020) (Asserted) \"Hanoi summit in February\" at 3060",
        }, lines);
    }

    [Fact]
    public void The_readme_shows_exactly_the_code_these_tests_run()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "KoreaEvents.Core.Tests", "ReadmeExamplesTest.cs"));
        var blocks = CsharpBlock().Matches(readme).Select(m => Normalize(m.Groups[1].Value)).ToList();

        foreach (Match example in Example().Matches(source))
        {
            // The tests write to a StringWriter called console; the README writes to Console.
            var code = Normalize(example.Groups[2].Value.Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal));
            Assert.True(blocks.Any(b => b.EndsWith(code, StringComparison.Ordinal)),
                $"README.md has no C# block ending with the '{example.Groups[1].Value}' example:\n{code}");
        }
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)));

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex("// README:(\\w+)\\n(.*?)// README:end", RegexOptions.Singleline)]
    private static partial Regex Example();
}

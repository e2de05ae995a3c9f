// KoreaEvents.Sample — a short tour of KoreaEvents.Core, as a package consumer sees it.
//
// Run from the repository root, after packing the library:
//
//     dotnet pack src/KoreaEvents.Core -c Release -o artifacts/packages
//     dotnet run --project samples/KoreaEvents.Sample [path/to/article.txt]
//
// Three steps: load the dataset, read the groups the sources disagree on, then add an article of your own and see
// what it changes. The article defaults to docs/examples/my-article.txt (a short report of the liaison office's
// demolition on Tuesday, 16 June 2020).

using KoreaEvents.Core;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;

// 1. Load the dataset. The five embedded articles are parsed, dated, turned into claims and corroborated, once
//    (lazily, and shared by every caller): no file system, no network.
var dataset = KoreaEventsDataset.Load();
var report = dataset.Report;
Console.WriteLine($"Dataset: {dataset.Sources.Count} sources, {dataset.Claims.Count} claims, {report.Groups.Count} groups");

// 2. The groups the sources do not all agree on. A group is one subject (an event, say) and one facet of it (its
//    date, its location …). Majority: at least two independent origins agree and outweigh the dissent, which is
//    listed as conflicts. Contested: no side wins. Each conflict says which source said what, and why it does not fit.
Console.WriteLine();
Console.WriteLine("Groups with dissent:");
foreach (var group in report.Groups.Where(g => g.Verdict is Verdict.Majority or Verdict.Contested))
{
    Console.WriteLine($"  {group.Subject} {group.Facet}: {group.Verdict}, consensus {group.Consensus}");
    foreach (var conflict in group.Conflicts)
    {
        Console.WriteLine($"    - {conflict.Source}: \"{conflict.Assessment.Evidence?.Quote}\" ({conflict.Reason})");
    }
}

// 3. Add an article. WithArticle returns a NEW dataset (the loaded one is unchanged) in which only the groups the
//    article touches are corroborated again. Here: the date of the liaison office's demolition.
var articlePath = args.Length > 0 ? args[0] : Path.Combine("docs", "examples", "my-article.txt");
var withMine = dataset.WithArticle(new SourceId("my-article"), File.ReadAllText(articlePath));

var demolition = new EventId("liaison-office-demolition-2020");   // Find takes the event id itself (or an EntityRef)
var before = report.Find(demolition, Facet.Date);
var after = withMine.Report.Find(demolition, Facet.Date);

Console.WriteLine();
Console.WriteLine($"Adding {articlePath}: {withMine.Sources.Count - dataset.Sources.Count} source, {withMine.Claims.Count - dataset.Claims.Count} claims");
Console.WriteLine($"The demolition's date ({demolition}):");
Describe("before", before);
Describe("after", after);

// A group is null when no claim speaks of that subject and facet.
static void Describe(string label, ClaimGroupResult? group)
{
    if (group is null)
    {
        Console.WriteLine($"  {label}: no claims");
        return;
    }

    // Origins are independent sources: two rewrites of one wire story count once. An origin's id comes from its
    // sources (actor:afp for a wire story, else its first source id), so the ids seen before are still there after.
    Console.WriteLine($"  {label}: {group.Verdict}, consensus {group.Consensus}, {group.Origins.Count} independent origins");
    Console.WriteLine($"    origins: {string.Join(", ", group.Origins.Select(o => o.Id))}");
}

using System.CommandLine;
using System.Globalization;
using KoreaEvents.Core;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents report [--json] [--add FILES...]</c>: the corroboration report of the embedded corpus (plus any
/// articles added): per event, the consensus date and place and the verdict per facet with the supporting and
/// dissenting sources and their quotes; then every source with its publication estimate and reliability.
/// <c>koreaevents timeline [--add FILES...]</c>: the events in date order with their verdicts.
/// </summary>
internal static class ReportCommand
{
    private const int QuoteWidth = 110;

    public static Command Create(TextWriter stdout, IClock clock)
    {
        var json = new Option<bool>("--json") { Description = "Write the corroboration report as JSON (schema: src/KoreaEvents.Core/Schemas/corroboration-report.schema.json)." };
        var add = AddOption();
        var command = new Command("report", "Corroborate the embedded corpus (and any added articles): verdicts per event and facet with quotes, then source reliability.");
        command.Options.Add(json);
        command.Options.Add(add);
        command.SetAction(parseResult =>
        {
            var dataset = LoadDataset(parseResult.GetValue(add), clock);
            if (parseResult.GetValue(json))
            {
                stdout.WriteLine(dataset.Report.ToJson());
            }
            else
            {
                WriteReport(stdout, dataset);
            }

            return CliApp.Success;
        });
        return command;
    }

    public static Command CreateTimeline(TextWriter stdout, IClock clock)
    {
        var add = AddOption();
        var command = new Command("timeline", "List the events of the embedded corpus (and any added articles) in date order with the verdict on each date.");
        command.Options.Add(add);
        command.SetAction(parseResult =>
        {
            WriteTimeline(stdout, LoadDataset(parseResult.GetValue(add), clock));
            return CliApp.Success;
        });
        return command;
    }

    /// <summary><c>--add</c> takes one or more files: <c>--add</c> with none (or with another option after it) is a usage error.</summary>
    private static Option<string[]> AddOption() => new Option<string[]>("--add")
    {
        Description = "UTF-8 article files to add to the embedded corpus; each becomes a source named after its file.",
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    }.MustBeFiles();

    private static KoreaEventsDataset LoadDataset(string[]? files, IClock clock)
    {
        var dataset = ReferenceEquals(clock, SystemClock.Instance) ? KoreaEventsDataset.Load() : KoreaEventsDataset.Load(clock);
        if (files is null || files.Length == 0)
        {
            return dataset;
        }

        var articles = new List<ArticleInput>();
        foreach (var file in files)
        {
            var text = ArticleFiles.ReadText(file);
            // Prefixed so an added file never takes a seed's id.
            var id = new SourceId("file-" + ArticleFiles.IdFor(file).Value);
            if (articles.Exists(a => a.Id == id) || dataset.FindArticle(id) is not null)
            {
                throw new CliInputException($"{file}: another added file is also named '{id}'; rename one of them.");
            }

            articles.Add(new ArticleInput(id, text));
        }

        return dataset.WithArticles(articles);
    }

    private static void WriteReport(TextWriter w, KoreaEventsDataset dataset)
    {
        var report = dataset.Report;
        w.WriteLine(Invariant($"KoreaEvents corroboration report: {dataset.Sources.Count} sources, {dataset.Claims.Count} claims, {report.Groups.Count} groups (subject × facet)."));
        w.WriteLine("Verdicts: Confirmed (2+ independent origins agree, none conflicts), Majority (a minority conflicts), Contested, Single (one origin), Unjudged (only hedged or future claims).");
        w.WriteLine("Admiralty codes: source reliability A-F, claim credibility 1-6 (1 confirmed ... 5 improbable, 6 cannot be judged).");

        foreach (var subject in report.Groups.GroupBy(g => g.Subject).OrderBy(g => SubjectOrder(dataset, g.Key)))
        {
            w.WriteLine();
            w.WriteLine($"== {Describe(dataset, subject.Key)}");
            foreach (var group in subject)
            {
                var consensus = group.Consensus?.ToString() ?? "(none)";
                w.WriteLine(Invariant($"   {group.Facet,-32} {group.Verdict,-10} consensus {consensus}"));
                foreach (var origin in group.Origins)
                {
                    foreach (var claim in origin.Claims)
                    {
                        var mark = claim.Stance switch { ClaimStance.Supports => "+", ClaimStance.Conflicts => "-", _ => "~" };
                        var quote = claim.Evidence is { } e ? Invariant($" \"{Shorten(e.Quote)}\" @{e.Start}") : string.Empty;
                        var attribution = claim.Attribution is { } a ? $" (per {a})" : string.Empty;
                        w.WriteLine(Invariant($"      {mark} {origin.Id} {claim.Source} {claim.AdmiraltyCode} {claim.Value}{attribution}{quote}"));
                        if (claim.Stance == ClaimStance.Conflicts && claim.Reason is { } reason)
                        {
                            w.WriteLine($"          conflict: {reason}");
                        }
                    }
                }
            }
        }

        w.WriteLine();
        w.WriteLine("== Sources");
        w.WriteLine(Invariant($"   learning: {report.Learning.Iterations} iterations, converged {report.Learning.Converged}, tolerance {report.Learning.Tolerance}"));
        foreach (var source in report.Sources)
        {
            var article = dataset.FindArticle(source.Id);
            var published = article is null ? "unknown" : Published(article.Publication);
            var origins = dataset.Sources.FirstOrDefault(s => s.Id == source.Id)?.Origins is { Count: > 0 } o ? " origins " + string.Join(",", o) : string.Empty;
            w.WriteLine(Invariant($"   {source.Id,-12} {source.Outlet ?? "(outlet not stated)",-34} published {published,-38} trust {source.Trust:0.00} grade {source.Grade} ({source.JudgedGroups} judged groups, {source.Claims} claims){origins}"));
        }
    }

    private static void WriteTimeline(TextWriter w, KoreaEventsDataset dataset)
    {
        var rows = new List<(DateEstimate Date, string Text)>();
        foreach (var subject in dataset.Report.Groups.GroupBy(g => g.Subject).Where(g => g.Key.Kind == EntityKind.Event))
        {
            var dateGroup = subject.FirstOrDefault(g => g.Facet == Facet.Date);
            var stated = dateGroup?.Consensus is DateValue dv ? dv.Date : (DateEstimate?)null;
            var catalogue = CatalogueDate(dataset, subject.Key);
            var date = stated ?? catalogue;
            if (date is null)
            {
                continue;
            }

            var verdict = dateGroup is null ? "date not stated by any source" : $"date {dateGroup.Verdict}";

            // A consensus that states no year ("last January") is placed in the catalogue's year when the two agree on
            // the rest, rather than in the year the sources' anchor suggests.
            if (stated is { IsYearStated: false } yearless && catalogue is { IsYearStated: true } known && yearless.Intersect(known) is { } aligned
                && aligned.Start.Year != yearless.Start.Year)
            {
                int shift = aligned.Start.Year - yearless.Start.Year;
                date = DateEstimate.FromInterval(yearless.Start.PlusYears(shift), yearless.End.PlusYears(shift), yearless.Precision).WithModifier(yearless.Modifier);
                verdict += $"; year from the catalogue (the sources' own reading is {yearless})";
            }

            var sources = subject.SelectMany(g => g.Claims).Select(c => c.Source).Distinct().Count();
            rows.Add((date.Value, Invariant($"{date.Value,-24} {Describe(dataset, subject.Key),-90} {verdict} ({sources} sources)")));
        }

        foreach (var row in rows.OrderBy(r => r.Date).ThenBy(r => r.Text, StringComparer.Ordinal))
        {
            w.WriteLine(row.Text);
        }
    }

    /// <summary>The publication estimate as an analyst reads it: an upper bound that only the analysis date (today) sets
    /// is no information about the article, so "2020-06-16 or later" rather than a window ending today.</summary>
    private static string Published(PublicationEstimate publication)
    {
        if (publication.Date is not { } date)
        {
            return "unknown";
        }

        return publication.IsOpenAbove
            ? Invariant($"{date.Start:yyyy-MM-dd} or later ({publication.Basis})")
            : $"{date} ({publication.Basis})";
    }

    private static DateEstimate? CatalogueDate(KoreaEventsDataset dataset, EntityRef subject)
    {
        var id = new EventId(subject.Slug!);
        return dataset.Knowledge.TryGetEvent(id, out var e) ? e.Date : dataset.ProvisionalEvents.FirstOrDefault(p => p.Id == id)?.Date;
    }

    private static (int, string) SubjectOrder(KoreaEventsDataset dataset, EntityRef subject)
    {
        var date = subject.Kind == EntityKind.Event ? CatalogueDate(dataset, subject) : null;
        return ((int)subject.Kind, (date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "9999") + subject.Slug);
    }

    private static string Describe(KoreaEventsDataset dataset, EntityRef subject)
    {
        if (subject.Kind == EntityKind.Event)
        {
            var id = new EventId(subject.Slug!);
            if (dataset.Knowledge.TryGetEvent(id, out var e))
            {
                return $"{subject} — {e.Label} ({e.Code}; catalogue date {e.Date})";
            }

            if (dataset.ProvisionalEvents.FirstOrDefault(p => p.Id == id) is { } p)
            {
                return $"{subject} — {p.Label} ({p.Code}; provisional, not in the catalogue)";
            }
        }

        return subject.ToString();
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= QuoteWidth ? oneLine : oneLine[..(QuoteWidth - 1)] + "…";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

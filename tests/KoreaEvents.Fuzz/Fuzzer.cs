using System.Globalization;
using System.Text;
using System.Text.Json;
using KoreaEvents.Core;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using KoreaEvents.Core.Truth;
using NodaTime;

namespace KoreaEvents.Fuzz;

/// <summary>A crash: an exception no documented contract allows, or a broken invariant.</summary>
/// <param name="Target">The stage that failed (<c>parse</c>, <c>tag</c>, <c>date</c>, <c>extract</c>, <c>corroborate</c>,
/// <c>csv</c>, <c>knowledge-json</c>, <c>date-estimate</c>, <c>json</c>).</param>
/// <param name="Case">The case number: <c>--seed S --only N</c> replays it.</param>
/// <param name="Mutations">The edits made to the input, in order.</param>
/// <param name="Error">The exception type and message, or the invariant that broke.</param>
/// <param name="Input">The input that failed.</param>
public sealed record FuzzCrash(string Target, int Case, string Mutations, string Error, string Input);

/// <summary>What a run did: cases per target, inputs the library rejected with a documented format exception,
/// and the crashes.</summary>
public sealed class FuzzReport
{
    /// <summary>Gets the number of cases run.</summary>
    public int Cases { get; internal set; }

    /// <summary>Gets how many inputs each target was given.</summary>
    public SortedDictionary<string, int> Runs { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets how many inputs each target rejected with its documented format exception.</summary>
    public SortedDictionary<string, int> Rejected { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the crashes, in the order found.</summary>
    public List<FuzzCrash> Crashes { get; } = [];
}

/// <summary>
/// Mutates the seeds and random texts and feeds every stage: <see cref="ArticleParser"/> (text and UTF-8 bytes),
/// <see cref="TemporalTagger"/>, <see cref="DocumentDater"/> (through the extractor), <see cref="ClaimExtractor"/>,
/// <see cref="CorroborationEngine"/>, <see cref="ClaimTable.ReadCsv(TextReader)"/> with truth discovery, the
/// knowledge-base JSON loader and <see cref="DateEstimate.Parse"/>. Any exception other than the stage's documented
/// format exception is a crash, and so is a broken invariant: every evidence span and every sentence and mention is
/// an exact substring of the input, every <see cref="DateEstimate"/> has start ≤ end, JSON output parses back, a
/// parsed date estimate round-trips. Case <c>n</c> of seed <c>s</c> draws from its own <see cref="Random"/>, so any
/// case replays alone.
/// </summary>
public sealed class Fuzzer
{
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 15, 12, 0);
    private static readonly LocalDate?[] Anchors =
        [null, new LocalDate(2020, 6, 16), new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(9999, 12, 25), new LocalDate(1950, 6, 25)];

    private static readonly string[] DateForms =
        ["2019-02-27/2019-02-28", "XXXX-02 (2020)", "2020-06-16/..", "2019-03", "2018", "1950/1953", "2017 (START)",
         "2019-02-28", "XXXX-02-27/XXXX-02-28 (2019)", "2018-06-17/2020-06-16", "~2019-02", "2020-SU", "2019-W11"];

    private readonly int seed;
    private readonly ClaimExtractor extractor = new(clock: new FixedClock(Now));
    private readonly CorroborationEngine engine = new();
    private readonly IReadOnlyList<SeedArticle> seeds = SeedCorpus.All;
    private readonly string[] vocabulary;
    private readonly (string Name, byte[] Bytes)[] knowledgeFiles;
    private readonly List<(Source Source, string Text, IReadOnlyList<Claim> Claims)> pending = [];

    /// <summary>Creates a fuzzer whose cases derive from <paramref name="seed"/>.</summary>
    public Fuzzer(int seed)
    {
        this.seed = seed;
        vocabulary = seeds.SelectMany(s => s.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var assembly = typeof(SeedCorpus).Assembly;
        knowledgeFiles = KnowledgeBase.DataFileNames.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream("KoreaEvents.Core.Data." + name)
                ?? throw new InvalidOperationException($"The embedded resource for {name} is missing.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (name, copy.ToArray());
        }).ToArray();
    }

    /// <summary>Gets the report of the cases run so far.</summary>
    public FuzzReport Report { get; } = new();

    /// <summary>Runs case <paramref name="n"/>.</summary>
    public void RunCase(int n)
    {
        var random = new Random(HashCode.Combine(seed, n) ^ (seed * 7919 + n));
        var applied = new List<string>();
        switch (n % 8)
        {
            case 0:
            case 1:
            case 2:
                var baseText = seeds[random.Next(seeds.Count)].Text;
                Article(n, Mutator.Mutate(baseText, random, applied), random, applied);
                break;
            case 3:
                Article(n, Mutator.Mutate(Mutator.RandomText(random, vocabulary), random, applied), random, applied);
                break;
            case 4:
                var bytes = Encoding.UTF8.GetBytes(seeds[random.Next(seeds.Count)].Text);
                Mutator.FlipBits(bytes, random, applied);
                Utf8Article(n, bytes, random, applied);
                break;
            case 5:
                Csv(n, random, applied);
                break;
            case 6:
                KnowledgeJson(n, random, applied);
                break;
            default:
                DateEstimates(n, random, applied);
                break;
        }

        if (pending.Count >= 16)
        {
            Corroborate(n);
        }

        Report.Cases++;
    }

    /// <summary>Corroborates the articles still pending (runs at the end of a run).</summary>
    public void Flush(int n)
    {
        if (pending.Count > 0)
        {
            Corroborate(n);
        }
    }

    private void Article(int n, string text, Random random, List<string> applied)
    {
        var id = new SourceId("fuzz-" + n.ToString(CultureInfo.InvariantCulture));
        SourceDocument? document = Guard("parse", n, applied, text, () => ArticleParser.Parse(text, id), typeof(ArticleFormatException));
        if (document is null)
        {
            return;
        }

        Pipeline(n, document, random, applied);
    }

    private void Utf8Article(int n, byte[] bytes, Random random, List<string> applied)
    {
        var id = new SourceId("fuzz-" + n.ToString(CultureInfo.InvariantCulture));
        var shown = Encoding.UTF8.GetString(bytes);
        SourceDocument? document = Guard("parse", n, applied, shown, () => ArticleParser.Parse(bytes.AsSpan(), id), typeof(ArticleFormatException));
        if (document is not null)
        {
            Pipeline(n, document, random, applied);
        }
    }

    private void Pipeline(int n, SourceDocument document, Random random, List<string> applied)
    {
        var text = document.Text;
        Guard("parse", n, applied, text, () =>
        {
            foreach (var sentence in document.Sentences)
            {
                Require(Exact(text, sentence.Span.Start, sentence.Span.Length, sentence.Text), $"sentence {sentence.Span} is not the text at its offsets");
            }

            Json(KoreaEventsJson.Serialize(document));
            return document;
        });

        var anchor = Anchors[random.Next(Anchors.Length)];
        Guard("tag", n, applied, text, () =>
        {
            var mentions = TemporalTagger.Default.Tag(text, anchor);
            foreach (var mention in mentions)
            {
                Require(Exact(text, mention.Start, mention.Length, mention.Text), $"mention '{mention.Text}' at {mention.Start} is not the text at its offsets");
                Ordered(mention.Value, $"mention '{mention.Text}'");
            }

            return mentions;
        });

        var dating = Guard("date", n, applied, text, () =>
        {
            var result = extractor.DateDocument(document);
            Ordered(result.Publication.Date, "the publication estimate");
            Json(KoreaEventsJson.Serialize(result));
            return result;
        });
        if (dating is null)
        {
            return;
        }

        var extraction = Guard("extract", n, applied, text, () =>
        {
            var result = extractor.Extract(document, dating.Publication);
            foreach (var claim in result.Claims)
            {
                Require(claim.Evidence is null || claim.Evidence.Matches(text), $"claim {claim.Id}: evidence {claim.Evidence} is not the text at its offsets");
                if (claim.Value is DateValue date)
                {
                    Ordered(date.Date, $"claim {claim.Id}");
                }
            }

            Json(KoreaEventsJson.Serialize(result));
            return result;
        });
        if (extraction is not null)
        {
            pending.Add((extraction.Source, text, extraction.Claims));
        }
    }

    private void Corroborate(int n)
    {
        var batch = pending.ToList();
        pending.Clear();
        var texts = batch.ToDictionary(b => b.Source.Id, b => b.Text);
        var input = string.Join("\n", batch.Select(b => b.Source.Id));
        Guard("corroborate", n, ["the pending articles " + input.Replace('\n', ' ')], input, () =>
        {
            var report = engine.Corroborate(batch.Select(b => b.Source), batch.SelectMany(b => b.Claims), texts);
            foreach (var group in report.Groups)
            {
                foreach (var claim in group.Claims)
                {
                    Require(claim.Evidence is null || claim.Evidence.Matches(texts[claim.Source]), $"assessment of {claim.Id}: evidence is not the text at its offsets");
                }

                if (group.Consensus is DateValue date)
                {
                    Ordered(date.Date, $"group {group.Subject} {group.Facet}");
                }
            }

            // The incremental path: half first, the rest added.
            int half = batch.Count / 2;
            var first = engine.Corroborate(batch.Take(half).Select(b => b.Source), batch.Take(half).SelectMany(b => b.Claims), texts.Where(t => batch.Take(half).Any(b => b.Source.Id == t.Key)).ToDictionary());
            var updated = first.With(batch.Skip(half).Select(b => b.Source), batch.Skip(half).SelectMany(b => b.Claims), batch.Skip(half).ToDictionary(b => b.Source.Id, b => b.Text));
            Json(KoreaEventsJson.Serialize(report));
            Require(updated.Groups.Count == report.Groups.Count, "an updated report has other groups than the same claims corroborated at once");
            return report;
        });
    }

    private void Csv(int n, Random random, List<string> applied)
    {
        var csv = new StringBuilder("source,object,value\n");
        int rows = random.Next(300);
        for (int r = 0; r < rows; r++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"outlet-{random.Next(20)},object-{random.Next(40)},")
               .Append(random.Next(5) == 0 ? "\"value, with \"\"quotes\"\"\"" : "v" + random.Next(6).ToString(CultureInfo.InvariantCulture))
               .Append(random.Next(10) == 0 ? "\r\n" : "\n");
        }

        var text = Mutator.Mutate(csv.ToString(), random, applied);
        var table = Guard("csv", n, applied, text, () => ClaimTable.ReadCsv(new StringReader(text)), typeof(ClaimTableFormatException));
        if (table is not null && table.SourceCount > 0)
        {
            Guard("csv", n, applied, text, () => TruthDiscoveryAlgorithms.Default.Run(table));
        }
    }

    private void KnowledgeJson(int n, Random random, List<string> applied)
    {
        int victim = random.Next(knowledgeFiles.Length);
        var (name, original) = knowledgeFiles[victim];
        byte[] bytes;
        if (random.Next(2) == 0)
        {
            bytes = (byte[])original.Clone();
            Mutator.FlipBits(bytes, random, applied);
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(Mutator.Mutate(Encoding.UTF8.GetString(original), random, applied));
        }

        applied.Insert(0, name);
        Guard("knowledge-json", n, applied, Encoding.UTF8.GetString(bytes), () =>
        {
            var builder = KnowledgeBase.CreateBuilder();
            for (int i = 0; i < knowledgeFiles.Length; i++)
            {
                using var stream = new MemoryStream(i == victim ? bytes : knowledgeFiles[i].Bytes);
                builder.AddFromJson(stream, knowledgeFiles[i].Name);
            }

            return builder.Build();
        }, typeof(KnowledgeBaseFormatException), typeof(KnowledgeBaseValidationException));
    }

    private void DateEstimates(int n, Random random, List<string> applied)
    {
        for (int i = 0; i < 8; i++)
        {
            var text = Mutator.Mutate(DateForms[random.Next(DateForms.Length)], random, applied);
            if (text.Length > 200)
            {
                text = text[..200];
            }

            Guard("date-estimate", n, applied, text, () =>
            {
                bool parsed = DateEstimate.TryParse(text, out var value);
                try
                {
                    var again = DateEstimate.Parse(text);
                    Require(parsed && again == value, "Parse accepts what TryParse rejects, or reads it differently");
                }
                catch (FormatException)
                {
                    Require(!parsed, "TryParse accepts what Parse rejects");
                }

                if (parsed)
                {
                    Ordered(value, "the parsed estimate");
                    Require(DateEstimate.Parse(value.ToString()) == value, $"'{value}' does not round-trip");
                }

                return (object)value;
            });
        }
    }

    /// <summary>Runs <paramref name="action"/>; a documented exception counts as a rejection, any other one (or a
    /// broken invariant) as a crash. Returns the result, or null.</summary>
    private T? Guard<T>(string target, int n, List<string> applied, string input, Func<T> action, params Type[] documented)
        where T : class
    {
        Report.Runs[target] = Report.Runs.GetValueOrDefault(target) + 1;
        try
        {
            return action();
        }
        catch (Exception e) when (documented.Any(t => t.IsInstanceOfType(e)))
        {
            Report.Rejected[target] = Report.Rejected.GetValueOrDefault(target) + 1;
            Require(e.Message.Length > 0, "a format exception without a message");
            return null;
        }
        catch (Exception e)
        {
            var where = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("KoreaEvents.Core", StringComparison.Ordinal))?.Trim() ?? string.Empty;
            Report.Crashes.Add(new FuzzCrash(target, n, string.Join("; ", applied), $"{e.GetType().Name}: {e.Message} {where}".Trim(), input));
            return null;
        }
    }

    private static bool Exact(string text, int start, int length, string expected) =>
        start >= 0 && length >= 0 && start <= text.Length - length && text.AsSpan(start, length).SequenceEqual(expected);

    private static void Ordered(DateEstimate? value, string what) =>
        Require(value is null || value.Value.Start <= value.Value.End, $"{what}: {value} starts after it ends");

    private static void Json(string json)
    {
        using var parsed = JsonDocument.Parse(json);
    }

    private static void Require(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new InvariantException(invariant);
        }
    }

    private sealed class InvariantException(string message) : Exception("invariant broken: " + message);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

using System.Globalization;
using System.Text;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Extraction;

public sealed partial class ClaimExtractorTest
{
    public static TheoryData<string> SeedIds => new() { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" };

    private static readonly Dictionary<string, ExtractionResult> Cache = new();

    internal static ExtractionResult ExtractSeed(string id)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(id, out var result))
            {
                var seed = SeedCorpus.Get(id);
                Cache[id] = result = TestClock.Extractor.Extract(ArticleParser.Parse(seed.Text, seed.Id));
            }

            return result;
        }
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_event_mentions_and_claims(string seed)
    {
        var result = ExtractSeed(seed);
        SnapshotAssert.Text(Render(SeedCorpus.Get(seed).Text, result), $"seed={seed}");
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_evidence_quotes_the_original_text(string seed)
    {
        var text = SeedCorpus.Get(seed).Text;
        var result = ExtractSeed(seed);
        Assert.NotEmpty(result.Claims);
        foreach (var claim in result.Claims)
        {
            Assert.NotNull(claim.Evidence);
            Assert.True(claim.Evidence!.Matches(text), $"{claim} evidence {claim.Evidence} does not quote the text.");
            Assert.Equal(result.Source.Id, claim.Source);
        }

        Assert.Equal(result.Claims.Count, result.Claims.Select(c => c.Id).Distinct().Count());
    }

    /// <summary>
    /// A readable dump: the source, then per sentence its event mentions (link, score, modality, attribution) and the
    /// claims whose evidence starts in it, each with line:column, offsets and the quote.
    /// </summary>
    internal static string Render(string text, ExtractionResult result)
    {
        var builder = new StringBuilder();
        var s = result.Source;
        builder.Append(CultureInfo.InvariantCulture, $"source: {s.Id} outlet={s.Outlet ?? "-"} kind={s.Kind} published={s.Publication?.ToString() ?? "-"} origins=[{string.Join(", ", s.Origins)}]\n");
        builder.Append(CultureInfo.InvariantCulture, $"anchor: {(result.Anchor is { } a ? NodaTime.Text.LocalDatePattern.Iso.Format(a) : "-")}\n\n");
        builder.Append("event mentions:\n");
        foreach (var e in result.EventMentions)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{Where(text, e.Start)} {e} {e.Code} {e.Modality}");
            if (e.Attribution is { } at)
            {
                builder.Append(" by ").Append(at);
            }

            builder.Append(" | ").Append(string.Join("; ", e.Evidence));
            if (e.Alternatives.Count > 0)
            {
                builder.Append(" | alternatives: ").Append(string.Join(", ", e.Alternatives));
            }

            builder.Append('\n');
        }

        builder.Append("\nclaims:\n");
        foreach (var c in result.Claims)
        {
            var ev = c.Evidence!;
            builder.Append(CultureInfo.InvariantCulture, $"{Where(text, ev.Start)} {c.Subject} {c.Facet} = {c.Value} {c.Modality}");
            if (c.Attribution is { } at)
            {
                builder.Append(" by ").Append(at);
            }

            builder.Append(CultureInfo.InvariantCulture, $" @{ev.Start}+{ev.Length} \"{ev.Quote.Replace('\n', '⏎')}\"\n");
        }

        if (result.ProvisionalEvents.Count > 0)
        {
            builder.Append("\nprovisional events:\n");
            foreach (var p in result.ProvisionalEvents)
            {
                builder.Append(p).Append(" [").Append(string.Join(", ", p.Participants)).Append("]\n");
            }
        }

        if (result.ProvisionalActors.Count > 0)
        {
            builder.Append("\nprovisional actors:\n");
            foreach (var p in result.ProvisionalActors)
            {
                builder.Append(p).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Where(string text, int offset)
    {
        int line = 1 + text.AsSpan(0, offset).Count('\n');
        int column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{line}:{column}");
    }
}

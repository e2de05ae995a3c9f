using System.Text;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Knowledge;

namespace KoreaEvents.Core.Tests.Extraction.Mentions;

public sealed partial class MentionMatcherTest
{
    public static TheoryData<string> SeedIds => new() { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" };

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_entities(string seed)
    {
        var text = SeedCorpus.Get(seed).Text;
        var mentions = MentionMatcher.For(KnowledgeBase.Default).MatchAndResolve(text);
        SnapshotAssert.Text(Render(text, mentions.Where(m => m.Kind is MentionKind.Actor or MentionKind.Place or MentionKind.Event)), $"seed={seed}");
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_cues(string seed)
    {
        var text = SeedCorpus.Get(seed).Text;
        var mentions = MentionMatcher.For(KnowledgeBase.Default).MatchAndResolve(text);
        SnapshotAssert.Text(Render(text, mentions.Where(m => m.Kind is not (MentionKind.Actor or MentionKind.Place or MentionKind.Event))), $"seed={seed}");
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_spans_index_the_original_text(string seed)
    {
        var text = SeedCorpus.Get(seed).Text;
        var mentions = MentionMatcher.For(KnowledgeBase.Default).MatchAndResolve(text);
        Assert.NotEmpty(mentions);
        int previousEnd = 0;
        foreach (var mention in mentions)
        {
            Assert.Equal(mention.Text, text.Substring(mention.Start, mention.Length));
            Assert.True(mention.Start >= previousEnd, $"{mention} overlaps the previous mention.");
            previousEnd = mention.End;
        }
    }

    /// <summary>One line per mention: line:column, the text, the referent and how it was chosen.</summary>
    private static string Render(string text, IEnumerable<Mention> mentions)
    {
        var builder = new StringBuilder();
        foreach (var mention in mentions)
        {
            int line = 1 + text.AsSpan(0, mention.Start).Count('\n');
            int column = mention.Start - (text.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1) + 1;
            builder.Append(line).Append(':').Append(column).Append(' ').Append(mention).Append('\n');
        }

        return builder.ToString();
    }
}

using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Text;

/// <summary><see cref="ArticleParserOptions.MaxSentenceLength"/>: text without sentence ends is cut into sentences of
/// at most that length, at spaces, with exact offsets; ordinary sentences are untouched.</summary>
public class MaxSentenceLengthTest
{
    [Fact]
    public void A_run_without_sentence_ends_is_cut_at_spaces_within_the_limit()
    {
        var text = "Headline of a page\n\n" + string.Join(' ', Enumerable.Range(0, 3000).Select(i => "word" + (i % 97)));
        var document = ArticleParser.Parse(text, options: new ArticleParserOptions { MaxSentenceLength = 500 });

        Assert.True(document.Sentences.Count > 30);
        Assert.All(document.Sentences, s =>
        {
            Assert.InRange(s.Span.Length, 1, 500);
            Assert.Equal(s.Text, text.Substring(s.Span.Start, s.Span.Length));
            Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]));
        });
        // Nothing is lost: the pieces cover every word of the paragraph, in order.
        var body = string.Join(' ', document.Sentences.Where(s => s.Text.StartsWith("word", StringComparison.Ordinal)).Select(s => s.Text));
        Assert.Equal(text[(text.IndexOf("word0", StringComparison.Ordinal))..], body);
    }

    [Fact]
    public void A_run_without_spaces_is_cut_at_the_limit_and_never_inside_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("ab\U0001F600", 400));   // 1,600 chars, no space
        var document = ArticleParser.Parse(text, options: new ArticleParserOptions { MaxSentenceLength = 101 });
        Assert.All(document.Sentences, s =>
        {
            Assert.InRange(s.Span.Length, 1, 101);
            Assert.False(char.IsLowSurrogate(s.Text[0]));
            Assert.False(char.IsHighSurrogate(s.Text[^1]));
        });
        Assert.Equal(text, string.Concat(document.Sentences.Select(s => s.Text)));
    }

    [Fact]
    public void The_seeds_are_split_as_before_and_the_limit_is_checked()
    {
        foreach (var seed in SeedCorpus.All)
        {
            var defaults = ArticleParser.Parse(seed.Text, seed.Id);
            var unlimited = ArticleParser.Parse(seed.Text, seed.Id, new ArticleParserOptions { MaxSentenceLength = int.MaxValue });
            Assert.Equal(unlimited.Sentences.Select(s => s.Span), defaults.Sentences.Select(s => s.Span));
        }

        Assert.Equal(2000, ArticleParserOptions.Default.MaxSentenceLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleParserOptions { MaxSentenceLength = 99 });
        Assert.NotEqual(ArticleParserOptions.Default, new ArticleParserOptions { MaxSentenceLength = 3000 });
    }
}

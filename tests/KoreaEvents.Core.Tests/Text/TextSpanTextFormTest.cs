using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Text;

/// <summary><see cref="TextSpan"/> parses what its <c>ToString</c> writes (issue 22), over many seeded values.</summary>
public class TextSpanTextFormTest
{
    [Fact]
    public void Spans_parse_what_they_print()
    {
        var random = new Random(42);
        for (int i = 0; i < 2000; i++)
        {
            int start = random.Next(i % 10 == 0 ? 10 : int.MaxValue / 2);
            var span = new TextSpan(start, random.Next(i % 7 == 0 ? 1 : int.MaxValue - start));
            Assert.True(TextSpan.TryParse(span.ToString(), out var parsed), span.ToString());
            Assert.Equal(span, parsed);
            Assert.Equal(span, TextSpan.Parse(span.ToString()));
        }

        Assert.Equal(new TextSpan(120, 44), TextSpan.Parse("[120..164)"));
        Assert.Equal(default, TextSpan.Parse("[0..0)"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("120..164")]
    [InlineData("[120..164]")]
    [InlineData("[164..120)")]
    [InlineData("[-1..3)")]
    [InlineData("[1...3)")]
    [InlineData("[ 1..3)")]
    [InlineData("[1..2147483648)")]
    [InlineData("[1,3)")]
    public void Spans_reject_invalid_text(string text)
    {
        Assert.False(TextSpan.TryParse(text, out var span));
        Assert.Equal(default, span);
        Assert.Throws<FormatException>(() => TextSpan.Parse(text));
        Assert.False(TextSpan.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => TextSpan.Parse(null!));
    }
}

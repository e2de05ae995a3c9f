using System.Text;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Text;

public sealed partial class ArticleParserTest
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n\t \u00A0\n")]
    [InlineData("\uFEFF")]
    public void Empty_text_is_rejected(string text)
    {
        var ex = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(text));
        Assert.Equal(ArticleFormatReason.EmptyText, ex.Reason);
        Assert.Equal("The article is empty.", ex.Message);
        Assert.IsAssignableFrom<FormatException>(ex);
    }

    [Fact]
    public void Null_text_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => ArticleParser.Parse((string)null!));

    [Theory]
    [InlineData("Title\n\nBody\0text.", 11, 3, 5, 0x00)]
    [InlineData("\u0001", 0, 1, 1, 0x01)]
    [InlineData("A\r\nB\rC\u001B", 6, 3, 2, 0x1B)]
    [InlineData("Fine text\u007F", 9, 1, 10, 0x7F)]
    [InlineData("Mojibake \u0093quote\u0094", 9, 1, 10, 0x93)]
    public void Control_characters_are_rejected_with_the_place(string text, int offset, int line, int column, int code)
    {
        var ex = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(text));
        Assert.Equal(ArticleFormatReason.ControlCharacter, ex.Reason);
        Assert.Equal(offset, ex.Offset);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains($"U+{code:X4}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"offset {offset} (line {line}, column {column})", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tab\tand form\ffeed are text.")]
    [InlineData("Next\u0085line")]
    public void Text_controls_are_accepted(string text) => DocumentInvariants.AssertAll(ArticleParser.Parse(text));

    [Fact]
    public void Unpaired_surrogate_is_rejected()
    {
        var ex = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("ok\n\uD800 broken"));
        Assert.Equal(ArticleFormatReason.UnpairedSurrogate, ex.Reason);
        Assert.Equal((3, 2, 1), (ex.Offset, ex.Line, ex.Column));
    }

    [Fact]
    public void Surrogate_pairs_are_text() => DocumentInvariants.AssertAll(ArticleParser.Parse("Emoji 😀 are fine. So is 𝔘𝔫𝔦𝔠𝔬𝔡𝔢."));

    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("Line one\nLine twö ").Concat(new byte[] { 0xFF, 0x41 }).ToArray();
        var ex = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(bytes.AsSpan()));
        Assert.Equal(ArticleFormatReason.InvalidUtf8, ex.Reason);
        Assert.Equal(bytes.Length - 2, ex.Offset);
        Assert.Equal(2, ex.Line);
        Assert.Equal(10, ex.Column);
        Assert.Contains($"byte offset {bytes.Length - 2}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0xFF", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "UTF-16")]
    [InlineData(true, "UTF-16")]
    public void A_utf16_article_is_refused_with_what_to_do_not_as_a_bad_byte(bool bigEndian, string encoding)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: true).GetPreamble().Concat(new UnicodeEncoding(bigEndian, false).GetBytes("Seoul, March 1 (Yonhap) -- Text.\n")).ToArray();
        var ex = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(bytes.AsSpan()));
        Assert.Equal(ArticleFormatReason.NotUtf8Encoding, ex.Reason);
        Assert.StartsWith($"{encoding} detected — save as UTF-8", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0xFF", ex.Message, StringComparison.Ordinal);
        Assert.Equal((0L, 1, 1), (ex.Offset, ex.Line, ex.Column));
    }

    [Fact]
    public void Truncated_utf8_sequence_is_rejected()
    {
        var bytes = Encoding.UTF8.GetBytes("Ends in a cut “").SkipLast(1).ToArray();
        var ex = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(bytes.AsSpan()));
        Assert.Equal(ArticleFormatReason.InvalidUtf8, ex.Reason);
        Assert.Equal(bytes.Length - 2, ex.Offset);
    }

    [Fact]
    public void Overlong_utf8_encoding_is_rejected()
    {
        var bytes = new byte[] { 0x41, 0xC0, 0xAF };
        var ex = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse(bytes.AsSpan()));
        Assert.Equal(1, ex.Offset);
    }

    [Fact]
    public void Leading_bom_is_kept_and_offsets_refer_to_the_text_given()
    {
        var seed = SeedCorpus.Get("seed-000");
        var withBom = "\uFEFF" + seed.Text;
        var document = ArticleParser.Parse(withBom);
        Assert.Same(withBom, document.Text);
        Assert.Equal(ArticleParser.Parse(seed.Text).Title!.Span.Start + 1, document.Title!.Span.Start);
        Assert.Equal("Security Risks Asia", document.Outlet?.Text);
        DocumentInvariants.AssertAll(document);

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(seed.Text)).ToArray();
        var fromBytes = ArticleParser.Parse(bytes.AsSpan());
        Assert.Equal(withBom, fromBytes.Text);
        Assert.Equal(KoreaEventsJson.Serialize(document), KoreaEventsJson.Serialize(fromBytes));
    }

    [Fact]
    public void TryParse_reports_instead_of_throwing()
    {
        Assert.False(ArticleParser.TryParse("\0", out var none, out var error));
        Assert.Null(none);
        Assert.Equal(ArticleFormatReason.ControlCharacter, error!.Reason);

        Assert.True(ArticleParser.TryParse("Headline\n\nA body paragraph.", out var document, out var noError));
        Assert.Null(noError);
        Assert.Equal("Headline", document!.Title?.Text);
    }
}

using FsCheck;
using FsCheck.Fluent;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Text;

public sealed partial class ArticleParserTest
{
    private static readonly string[] Pieces =
    [
        "Kim", "North Korea", "the U.S.", "Mr.", "Dr.", "Jan.", "3.5", "said", "office", " ", " ", " ", "\u00A0", ".", ". ",
        "? ", "! ", "…", "...", ",", ":", ";", "—", "–", "-", "“", "”", "\"", "‘", "’", "'", "(", ")", "|", "\n", "\n",
        "\n\n", "\n\n", "\r\n", "\r", "\t", "Aum: ", "Q: ", "Update: ", "Read more: ", "PHOTO: ", "By Jane Doe",
        "Published Mar 23, 2019", "Tuesday, May 21, 2024", "8:30 AM", "| Welcome to Site", "AFP", "(AFP) -", "Reuters",
        "Trending now", "(Erin Schaff/The New York Times)", "PUBLICATION TYPE: Analysis", "© 2020 Outlet", "\uFEFF",
        "😀", "\0", "\u0007", "\uD800", "What next?", "The End",
    ];

    [Fact]
    public void Random_texts_parse_with_exact_offsets_or_fail_cleanly()
    {
        var texts = Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));
        var property = Prop.ForAll(Arb.From(texts), text =>
        {
            SourceDocument document;
            try
            {
                document = ArticleParser.Parse(text);
            }
            catch (ArticleFormatException ex)
            {
                Assert.InRange(ex.Offset, 0, Math.Max(0, text.Length - 1));
                Assert.True(ex.Line >= 1 && ex.Column >= 1);
                return;
            }

            Assert.Same(text, document.Text);
            DocumentInvariants.AssertAll(document);
            Assert.NotNull(KoreaEventsJson.Serialize(document));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400).WithEndSize(120), property);
    }

    [Fact]
    public void Random_bytes_parse_or_fail_cleanly()
    {
        var bytes = Gen.Elements<byte>(0x41, 0x20, 0x0A, 0x2E, 0xE2, 0x80, 0x9C, 0x9D, 0xC3, 0xA9, 0xFF, 0xC0, 0xEF, 0xBB, 0xBF).ArrayOf();
        var property = Prop.ForAll(Arb.From(bytes), data =>
        {
            try
            {
                DocumentInvariants.AssertAll(ArticleParser.Parse(data.AsSpan()));
            }
            catch (ArticleFormatException ex)
            {
                Assert.InRange(ex.Offset, 0, Math.Max(0, data.Length - 1));
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void Ten_megabyte_single_line_parses()
    {
        var sentence = "North Korea said on Jan. 5 that the U.S. “must act,” Mr. Kim added… ";
        var builder = new System.Text.StringBuilder(10 * 1024 * 1024 + sentence.Length);
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(sentence);
        }

        var text = builder.ToString();
        var document = ArticleParser.Parse(text);
        var paragraph = Assert.Single(document.Paragraphs);
        Assert.Equal(text.Length - 1, paragraph.Span.Length);
        Assert.True(document.Sentences.Count > 100_000);
        Assert.Equal(document.Sentences.Count, document.Quotations.Count);
    }

    [Fact]
    public void Many_short_lines_parse()
    {
        var text = "Headline\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Heading number {i}\n\nParagraph {i} has text. With two sentences.\n\nRead more: story {i}\n\n"));
        var document = ArticleParser.Parse(text);
        DocumentInvariants.AssertAll(document);
        Assert.Equal(20_000, document.Paragraphs.Count);
        Assert.Equal(20_000, document.Headings.Count);
        Assert.Equal(20_000, document.RemovedLines.Count(r => r.Reason == RemovalReason.ReadMoreLink));
    }
}

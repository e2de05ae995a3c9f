using KoreaEvents.Core.Text;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Text;

/// <summary>General rules on small made-up pages (nothing here is keyed to a seed).</summary>
public sealed partial class ArticleParserTest
{
    [Fact]
    public void Byline_wire_dateline_and_bare_date_after_title()
    {
        const string text = "Home | World | Asia | Opinion\n\nTalks collapse in Hanoi\n\nBy Jane Doe and John Roe\nFebruary 28, 2019 10:15 a.m. KST\n\nHANOI (Reuters) - The summit ended early. Both sides left.\n\n© 2019 The Daily Example. All rights reserved.";
        var document = ArticleParser.Parse(text);
        DocumentInvariants.AssertAll(document);
        Assert.Equal("Talks collapse in Hanoi", document.Title?.Text);
        Assert.Equal(["Jane Doe", "John Roe"], document.Byline!.Authors.Select(a => a.Text));
        var date = Assert.Single(document.Datelines);
        Assert.Equal(DatelineRole.Unknown, date.Role);
        Assert.Equal(new LocalDate(2019, 2, 28), date.Date);
        Assert.Equal(new LocalTime(10, 15), date.TimeOfDay);
        var origin = Assert.Single(document.UpstreamOrigins);
        Assert.Equal(("Reuters", UpstreamOriginKind.WireDateline), (origin.Name, origin.Kind));
        Assert.Equal("HANOI (Reuters) -", document.GetText(origin.Statement));
        Assert.Equal("The Daily Example", document.Outlet?.Text);
        Assert.Equal(2, document.RemovedLines.Count(r => r.Reason == RemovalReason.Navigation));
    }

    [Fact]
    public void Published_and_updated_on_one_line()
    {
        var document = ArticleParser.Parse("A headline\n\nPublished: 3 June 2020 | Last updated: 2020-06-04 09:30\n\nBody text here.");
        DocumentInvariants.AssertAll(document);
        Assert.Equal(
            [(DatelineRole.Published, new LocalDate(2020, 6, 3), "Published"), (DatelineRole.Updated, new LocalDate(2020, 6, 4), "Last updated")],
            document.Datelines.Select(d => (d.Role, d.Date, d.Label!.Text)));
        Assert.Equal(new LocalTime(9, 30), document.Datelines[1].TimeOfDay);
    }

    [Fact]
    public void Byline_and_date_on_one_line()
    {
        var document = ArticleParser.Parse("A headline\n\nBy Jane Doe | Mar 1, 2019 | 10:15 AM\n\nBody text here.");
        DocumentInvariants.AssertAll(document);
        Assert.Equal("By Jane Doe", document.Byline?.Statement.Text);
        var date = Assert.Single(document.Datelines);
        Assert.Equal((DatelineRole.Unknown, new LocalDate(2019, 3, 1), new LocalTime(10, 15)), (date.Role, date.Date, date.TimeOfDay));
        Assert.Equal("Mar 1, 2019 | 10:15 AM", date.DateText.Text);
        Assert.Empty(document.RemovedLines);
    }

    [Fact]
    public void Impossible_dates_are_not_datelines()
    {
        var document = ArticleParser.Parse("A headline\n\nFebruary 30, 2019\n\nBody text here.");
        DocumentInvariants.AssertAll(document);
        Assert.Empty(document.Datelines);
    }

    [Fact]
    public void Hard_wrapped_lines_join_into_one_paragraph()
    {
        var document = ArticleParser.Parse("Headline\n\nThis paragraph was wrapped\nat a fixed width by the\nsender. It has two sentences.\nA new paragraph starts here.");
        DocumentInvariants.AssertAll(document);
        Assert.Equal(2, document.Paragraphs.Count);
        Assert.Equal("This paragraph was wrapped\nat a fixed width by the\nsender. It has two sentences.", document.Paragraphs[0].Text);
        Assert.Equal(2, document.Paragraphs[0].SentenceCount);
    }

    [Fact]
    public void Repeated_paragraph_is_a_duplicate_line()
    {
        var document = ArticleParser.Parse("Headline\n\nThe same paragraph appears twice here.\n\nThe same paragraph appears twice here.");
        DocumentInvariants.AssertAll(document);
        Assert.Single(document.Paragraphs);
        Assert.Equal(RemovalReason.DuplicateLine, Assert.Single(document.RemovedLines).Reason);
    }

    [Fact]
    public void Short_last_line_is_body_not_heading()
    {
        var document = ArticleParser.Parse("Headline\n\nA first paragraph of text.\n\nMessage received?");
        Assert.Empty(document.Headings);
        Assert.Equal(2, document.Paragraphs.Count);
    }

    [Fact]
    public void A_single_label_is_not_a_speaker()
    {
        var document = ArticleParser.Parse("Headline\n\nUpdate: The talks resumed.\n\nNote: Nothing else changed.\n\nQ: Why? Why not.\n\nA: Because.\n\nQ: Really?\n\nA: Yes.");
        DocumentInvariants.AssertAll(document);
        Assert.Equal(["Q", "A", "Q", "A"], document.SpeakerTurns.Select(t => t.Speaker));
        Assert.Equal("Update: The talks resumed.", document.Paragraphs[0].Text);
    }

    [Fact]
    public void Unterminated_quote_ends_with_its_paragraph()
    {
        var document = ArticleParser.Parse("Headline\n\nHe said “this never closes.\n\nA new paragraph, no quote.");
        var quote = Assert.Single(document.Quotations);
        Assert.False(quote.IsClosed);
        Assert.Equal("“this never closes.", quote.Text);
    }

    [Fact]
    public void Straight_and_single_quotes()
    {
        var document = ArticleParser.Parse("Headline\n\nShe called it \"a mistake\" and the ministry's 'hostile policy' talk ‘sickening’ — the US’s view.");
        Assert.Equal(["\"a mistake\"", "‘sickening’"], document.Quotations.Select(q => q.Text));
    }

    [Fact]
    public void Text_without_a_headline_has_no_title()
    {
        var document = ArticleParser.Parse("Just one sentence of running text that ends with a period.");
        Assert.Null(document.Title);
        Assert.Single(document.Paragraphs);
    }

    [Fact]
    public void Options_can_turn_off_speaker_turns_and_change_agencies()
    {
        var options = ArticleParserOptions.Default with { DetectSpeakerTurns = false, Agencies = ["NK News|NK Pro"] };
        var document = ArticleParser.Parse("Headline\n\nQ: One?\n\nA: Two.\n\nQ: Three?\n\nA: Four.\n\nWith inputs from NK Pro", options: options);
        DocumentInvariants.AssertAll(document);
        Assert.Empty(document.SpeakerTurns);
        Assert.Equal("NK News", Assert.Single(document.UpstreamOrigins).Name);
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleParserOptions.Default with { MaxHeadingWords = 0 });
        Assert.Throws<ArgumentException>(() => ArticleParserOptions.Default with { Agencies = ["AFP|"] });
    }

    [Fact]
    public void Json_starts_with_the_schema_version()
    {
        var json = KoreaEventsJson.Serialize(ParseSeed("seed-002"));
        Assert.StartsWith("{\n  \"schemaVersion\": 1,", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}

using KoreaEvents.Core.Time;
using KoreaEvents.Core.Time.TimeMl;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time.TimeMl;

public sealed class TimeMlDocumentTest
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>X1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
        <TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" anchorTimeID="t0">yesterday</TIMEX3> &amp; for <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">about two weeks</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reads_the_plain_text_the_gold_timexes_with_offsets_and_the_creation_time()
    {
        var document = TimeMlDocument.Parse(Sample, "x1.tml");

        Assert.Equal("Stocks fell yesterday & for about two weeks.", document.Text);
        Assert.Equal(new LocalDate(1998, 1, 8), document.CreationTime);
        Assert.Equal("CREATION_TIME", document.CreationTimex!.FunctionInDocument);
        Assert.Collection(
            document.Timexes,
            t =>
            {
                Assert.Equal("yesterday", document.Text.Substring(t.Start, t.Length));
                Assert.Equal(TimexType.Date, t.Type);
                Assert.Equal("1998-01-07", t.Value);
                Assert.Equal("t1", t.Id);
                Assert.Equal("t0", t.AnchorTimeId);
                Assert.Null(t.Mod);
            },
            t =>
            {
                Assert.Equal("about two weeks", document.Text.Substring(t.Start, t.Length));
                Assert.Equal(TimexType.Duration, t.Type);
                Assert.Equal("P2W", t.Value);
                Assert.Equal("APPROX", t.Mod);
            });
    }

    [Fact]
    public void Malformed_xml_names_the_file_line_and_column()
    {
        var error = Assert.Throws<TimeMlFormatException>(() => TimeMlDocument.Parse("<TimeML>\n<TEXT>a <TIMEX3 type=\"DATE\">b</TEXT>\n</TimeML>", "bad.tml"));

        Assert.StartsWith("bad.tml(2,", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Equal("bad.tml", error.FileName);
    }

    [Fact]
    public void A_document_without_text_or_with_an_unknown_type_is_refused()
    {
        Assert.Contains("no <TEXT>", Assert.Throws<TimeMlFormatException>(() => TimeMlDocument.Parse("<TimeML/>", "empty.tml")).Message, StringComparison.Ordinal);
        Assert.Contains("WHEN", Assert.Throws<TimeMlFormatException>(() => TimeMlDocument.Parse("<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"WHEN\">x</TIMEX3></TEXT></TimeML>", "odd.tml")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => TimeMlDocument.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => TimeMlDocument.Load(null!));
        Assert.Throws<ArgumentNullException>(() => TimeMlDocument.LoadDirectory(null!));
        Assert.Throws<DirectoryNotFoundException>(() => TimeMlDocument.LoadDirectory(Path.Combine(Path.GetTempPath(), "no-such-timeml-folder-17")));
    }

    [Fact]
    public void The_writer_output_reads_back_to_the_same_text_and_annotations()
    {
        const string text = "On Friday <the> board & staff met; it took two years.";
        var timexes = TemporalTagger.Default.TagTimex(text, new LocalDate(2013, 3, 23));
        var xml = TimeMlWriter.Write(text, timexes, new LocalDate(2013, 3, 23), "doc-1");

        Assert.Contains("&lt;the&gt; board &amp; staff", xml, StringComparison.Ordinal);
        var back = TimeMlDocument.Parse(xml);
        Assert.Equal(text, back.Text);
        Assert.Equal(new LocalDate(2013, 3, 23), back.CreationTime);
        Assert.Equal(timexes.Select(t => (t.Start, t.Text, t.Type, t.Value)), back.Timexes.Select(t => (t.Start, t.Text, t.Type, t.Value)));
        Assert.Equal("t1", back.Timexes[0].Id);
    }

    [Fact]
    public void The_writer_refuses_annotations_that_do_not_fit_the_text()
    {
        Assert.Throws<ArgumentException>(() => TimeMlWriter.Write("abc", [new Timex3(1, "xy", TimexType.Date, "2000")]));
        Assert.Throws<ArgumentException>(() => TimeMlWriter.Write("abc", [new Timex3(2, "cd", TimexType.Date, "2000")]));
        Assert.Throws<ArgumentNullException>(() => TimeMlWriter.Write(null!, []));
    }
}

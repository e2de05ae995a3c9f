using KoreaEvents.Core.Reporting;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class ReportDocumentTest
{
    [Fact]
    public void The_text_renderer_writes_lines_rules_and_padded_tables()
    {
        var document = new ReportDocument(
        [
            new ReportLine("source:     a", wraps: true),
            new ReportTable("things", ["id", "name"], [["1", "first\nline"], ["22", ""]]),
            ReportRule.Instance,
            new ReportTable(null, ["x"], []),
            new ReportLine("", wraps: false),
        ]);

        var lines = ReportTextRenderer.Format(document).ReplaceLineEndings("\n").Split('\n');

        Assert.Equal(
            [
                "source:     a",
                "things",
                "id  name",
                "--  ----------",
                "1   first line",
                "22",
                new string('-', ReportTextRenderer.RuleWidth),
                "x",
                "-",
                "",
                "",
            ],
            lines);
    }

    [Fact]
    public void A_table_keeps_its_title_headers_and_cells()
    {
        var table = new ReportTable("t", ["a", "b"], [["1", "2"]]);

        Assert.Equal("t", table.Title);
        Assert.Equal(["a", "b"], table.Columns);
        Assert.Equal(["1", "2"], Assert.Single(table.Rows));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => new ReportDocument(null!));
        Assert.Throws<ArgumentException>(() => new ReportDocument([null!]));
        Assert.Throws<ArgumentNullException>(() => new ReportLine(null!, wraps: true));
        Assert.Throws<ArgumentNullException>(() => new ReportTable(null, null!, []));
        Assert.Throws<ArgumentNullException>(() => new ReportTable(null, ["a"], null!));
        Assert.Throws<ArgumentException>(() => new ReportTable(null, [], []));
        var wrongWidth = Assert.Throws<ArgumentException>(() => new ReportTable(null, ["a", "b"], [["1", "2"], ["3"]]));
        Assert.Contains("Row 1 must have 2 cells", wrongWidth.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReportTable(null, ["a"], [[null!]]));
        Assert.Throws<ArgumentNullException>(() => ReportTextRenderer.Write(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => ReportTextRenderer.Write(new ReportDocument([]), null!));
    }
}

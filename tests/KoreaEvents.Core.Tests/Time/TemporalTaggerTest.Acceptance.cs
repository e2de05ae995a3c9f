using System.Globalization;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Core.Tests.Time;

public partial class TemporalTaggerTest
{
    /// <summary>Every row of Acceptance/temporal-seeds.tsv: seed, expression, anchor, expected, year_stated, note.</summary>
    public static TheoryData<string, string, string, string, string> SeedExpressions()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var row in AcceptanceTable.Read("temporal-seeds.tsv"))
        {
            data.Add(row["seed"], row["expression"], row["anchor"], row["expected"], row["year_stated"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedExpressions))]
    public void Acceptance_every_seed_expression_has_the_expected_value(string seed, string expression, string anchorText, string expectedText, string yearStated)
    {
        var text = SeedCorpus.Get(seed).Text;
        LocalDate? anchor = anchorText == "-" ? null : LocalDatePattern.Iso.Parse(anchorText).Value;
        int at = text.IndexOf(expression, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{expression}' does not occur in seed {seed}.");

        var mention = TemporalTagger.Default.Tag(text, anchor)
            .Where(m => m.Start < at + expression.Length && at < m.End)
            .OrderByDescending(m => Math.Min(m.End, at + expression.Length) - Math.Max(m.Start, at))
            .FirstOrDefault();
        Assert.True(mention is not null, $"No mention overlaps '{expression}' at offset {at} in seed {seed}.");
        Assert.True(mention.Value is not null, $"'{mention.Text}' has no value with anchor {anchorText}.");

        var expected = ParseExpected(expectedText, anchor);
        var actual = mention.Value.Value;
        Assert.True(expected.Start == actual.Start && expected.End == actual.End,
            $"'{mention.Text}' ({expression}) with anchor {anchorText}: expected {expectedText} = {expected.Start}/{expected.End}, got {actual} = {actual.Start}/{actual.End}.");
        Assert.True(actual.IsYearStated == (yearStated == "yes"),
            $"'{mention.Text}': expected year_stated={yearStated}, got {actual} (stated: {actual.IsYearStated}).");
    }

    private static DateEstimate ParseExpected(string text, LocalDate? anchor)
    {
        // The table writes "XXXX-02" for an unstated year; its anchored reading uses the anchor's year.
        if (text.StartsWith("XXXX", StringComparison.Ordinal))
        {
            text = $"{text} ({anchor!.Value.Year.ToString("0000", CultureInfo.InvariantCulture)})";
        }

        return DateEstimate.Parse(text);
    }
}

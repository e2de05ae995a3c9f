using System.Text;
using KoreaEvents.Core.Time;
using Xunit;

namespace KoreaEvents.Core.Tests.Time;

/// <summary>
/// Reading <c>Data/temporal.json</c>: the embedded file reads, and a malformed one is refused with the resource,
/// the JSON path and the line named, never half read.
/// </summary>
public sealed class TemporalVocabularyTest
{
    private static readonly string Embedded = ReadEmbedded();

    [Fact]
    public void The_embedded_vocabulary_reads_and_round_trips_every_word()
    {
        var vocabulary = TemporalVocabulary.Parse(Encoding.UTF8.GetBytes(Embedded), "temporal.json");
        Assert.Equal(TemporalVocabulary.Default.Classes, vocabulary.Classes);
        Assert.Equal(TemporalVocabulary.Default.Tenses, vocabulary.Tenses);
        foreach (var (word, wordClass) in vocabulary.Classes)
        {
            Assert.True(vocabulary.TryClassify(word.AsSpan(), out var found), word);
            Assert.Equal(wordClass, found);
        }

        Assert.False(vocabulary.TryClassify("liaison", out _));
        Assert.False(vocabulary.TryGetTense("liaison", out _));
    }

    [Theory]
    [InlineData("\"may\", \"abbreviations\": []", "\"May\", \"abbreviations\": []", "$.months[4].name", "lower case")]
    [InlineData("\"weekend\": [\"weekend\"]", "\"weekend\": [\"weekend\", \"today\"]", "$.words.today[0]", "already listed at $.words.weekend[1]", "\"today\": [")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", "must be 1")]
    [InlineData("\"weekdays\": [", "\"weekday\": [], \"weekdays\": [", "$.weekday", "Unknown property 'weekday'")]
    [InlineData("\"ninety\": 90", "\"ninety\": -90", "$.numbers.ninety", "positive whole number")]
    [InlineData("\"sunday\"]", "\"sunday\", \"funday\"]", "$.weekdays", "holds 8", "\"weekdays\"")]
    [InlineData("\"night\": [\"night\"]", "\"night\": [\"night time\"]", "$.words.night[0]", "without spaces")]
    [InlineData("\"night\": [\"night\"]", "\"night\": []", "$.words.night", "at least one word")]
    public void A_malformed_entry_names_the_resource_the_path_and_the_line(string find, string replace, string path, string problem, string? lineOf = null)
    {
        Assert.Contains(find, Embedded, StringComparison.Ordinal);
        var json = Embedded.Replace(find, replace, StringComparison.Ordinal);

        var e = Assert.Throws<FormatException>(() => TemporalVocabulary.Parse(Encoding.UTF8.GetBytes(json), "my-temporal.json"));

        Assert.StartsWith($"my-temporal.json at {path} (line ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        int line = LineOf(json, lineOf ?? replace);
        Assert.Contains($"(line {line}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_section_is_named_and_the_description_is_optional()
    {
        var json = Embedded.Replace("\"tenses\"", "\"tensesX\"", StringComparison.Ordinal);
        var e = Assert.Throws<FormatException>(() => TemporalVocabulary.Parse(Encoding.UTF8.GetBytes(json), "t.json"));
        Assert.Contains("Unknown property 'tensesX'", e.Message, StringComparison.Ordinal);

        var lines = Embedded.Split('\n').Where(l => !l.TrimStart().StartsWith("\"description\"", StringComparison.Ordinal));
        var withoutDescription = TemporalVocabulary.Parse(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "t.json");
        Assert.Equal(TemporalVocabulary.Default.Classes, withoutDescription.Classes);
    }

    [Fact]
    public void Malformed_json_names_the_line_and_byte()
    {
        var json = Embedded.Replace("\"weekdays\": [", "\"weekdays\": [,", StringComparison.Ordinal);
        var e = Assert.Throws<FormatException>(() => TemporalVocabulary.Parse(Encoding.UTF8.GetBytes(json), "t.json"));
        Assert.StartsWith($"t.json (line {LineOf(json, "\"weekdays\"")}, byte ", e.Message, StringComparison.Ordinal);
    }

    private static int LineOf(string text, string fragment)
    {
        int at = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(at >= 0, fragment);
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(TemporalVocabulary).Assembly.GetManifestResourceStream(TemporalVocabulary.ResourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

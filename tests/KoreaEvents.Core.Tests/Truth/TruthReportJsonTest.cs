using System.Text;
using System.Text.Json;
using KoreaEvents.Core.Truth;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Serialization.Contracts;

namespace KoreaEvents.Core.Tests.Truth;

/// <summary>
/// The report is written field by field; the serializer, given the same document, must write the same bytes.
/// </summary>
public sealed class TruthReportJsonTest
{
    private static string Serialized(TruthDiscoveryResult result, TruthEvaluation? evaluation = null) =>
        JsonSerializer.Serialize(TruthReportWriter.ToDocument(result, evaluation), KoreaEventsJsonContracts.Readable.TypeInfo<TruthReportDocument>());

    private static string Streamed(TruthDiscoveryResult result, TruthEvaluation? evaluation = null)
    {
        using var writer = new StringWriter();
        KoreaEventsJson.WriteJson(writer, result, evaluation);
        return writer.ToString();
    }

    public static TheoryData<string> Algorithms() => [.. TruthDiscoveryAlgorithms.Names];

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void The_written_report_is_what_the_serializer_writes(string algorithm)
    {
        var result = TruthDiscoveryAlgorithms.FromName(algorithm).Run(TruthFixtures.Claims("synthetic-copiers"));
        var evaluation = TruthFixtures.Truth("synthetic-copiers").Evaluate(result);
        Assert.Equal(Serialized(result), KoreaEventsJson.Serialize(result));
        Assert.Equal(Serialized(result, evaluation), KoreaEventsJson.Serialize(result, evaluation));
        Assert.Equal(Serialized(result, evaluation), Streamed(result, evaluation));
        using var stream = new MemoryStream();
        KoreaEventsJson.WriteJson(stream, result, evaluation);
        Assert.Equal(Encoding.UTF8.GetBytes(Serialized(result, evaluation)), stream.ToArray());
        if (algorithm == "independence")
        {
            Assert.NotEmpty(result.Dependences);
        }
    }

    [Fact]
    public void Names_and_values_are_escaped_as_the_serializer_escapes_them()
    {
        var table = TruthFixtures.Table(
            ("출처 \"1\"", "객체\t<script>", "값 \u2014 “quoted” \\ /"),
            ("s\u0001", "o\u2028", "\uD83D\uDE00 + & ' é"),
            ("s2", "o\u2028", "\uD83D\uDE00 + & ' é"));
        var result = MajorityVote.Instance.Run(table);
        string json = KoreaEventsJson.Serialize(result, new TruthEvaluation(2, 1, 0));
        Assert.Equal(Serialized(result, new TruthEvaluation(2, 1, 0)), json);
        Assert.Equal(json, Streamed(result, new TruthEvaluation(2, 1, 0)));
        Assert.Contains("“quoted”", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_report_streams_in_blocks_to_the_same_text()
    {
        var builder = ClaimTable.CreateBuilder();
        for (int i = 0; i < 12_000; i++)
        {
            builder.Add($"s{i % 13}", $"객체 {i / 2}", $"값 {i % 3} 😀");
        }

        var result = MajorityVote.Instance.Run(builder.Build());
        string json = Streamed(result);
        Assert.True(json.Length > 4 * (1 << 16));
        Assert.Equal(Serialized(result), json);
        using var stream = new MemoryStream();
        KoreaEventsJson.WriteJson(stream, result);
        Assert.Equal(Encoding.UTF8.GetBytes(json), stream.ToArray());
    }

    [Fact]
    public void The_sink_decodes_characters_split_between_blocks()
    {
        const string text = "a😀é한\u2028z";
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text, 50)));
        foreach (int piece in new[] { 1, 2, 3, 5, 7 })
        {
            using var writer = new StringWriter();
            var sink = new Utf8TextWriterSink(writer, blockLength: 16);
            for (int at = 0; at < bytes.Length; at += piece)
            {
                int count = Math.Min(piece, bytes.Length - at);
                bytes.AsSpan(at, count).CopyTo(sink.GetSpan(count));
                sink.Advance(count);
            }

            sink.Complete();
            Assert.Equal(Encoding.UTF8.GetString(bytes), writer.ToString());
        }
    }
}

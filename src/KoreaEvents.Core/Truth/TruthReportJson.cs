using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// Writes a <see cref="TruthDiscoveryResult"/> as JSON. Obsolete: the JSON entry points live at the serialization
/// edge, <see cref="KoreaEventsJson.Serialize(TruthDiscoveryResult, TruthEvaluation?)"/> and the
/// <c>KoreaEventsJson.WriteJson</c> overloads, which write the same text.
/// </summary>
[Obsolete("Use KoreaEventsJson.Serialize(result, evaluation) and KoreaEventsJson.WriteJson (namespace KoreaEvents.Core.Serialization).")]
public static class TruthReportJson
{
    /// <summary>Returns the JSON report of <paramref name="result"/>, with <paramref name="evaluation"/> when given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(TruthDiscoveryResult result, TruthEvaluation? evaluation = null) => KoreaEventsJson.Serialize(result, evaluation);

    /// <summary>Writes the JSON report of <paramref name="result"/> to <paramref name="writer"/> in blocks.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void WriteJson(TextWriter writer, TruthDiscoveryResult result, TruthEvaluation? evaluation = null) =>
        KoreaEventsJson.WriteJson(writer, result, evaluation);

    /// <summary>Writes the JSON report of <paramref name="result"/> to <paramref name="utf8Json"/> as UTF-8 without a byte
    /// order mark; the stream is flushed, not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="result"/> is null.</exception>
    public static void WriteJson(Stream utf8Json, TruthDiscoveryResult result, TruthEvaluation? evaluation = null) =>
        KoreaEventsJson.WriteJson(utf8Json, result, evaluation);
}

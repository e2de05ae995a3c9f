using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Serialization;

/// <summary>Reads and writes a <see cref="DateEstimate"/> as its text form, <c>"2019-02"</c> or <c>"XXXX-02 (2020)"</c>.</summary>
public sealed class DateEstimateJsonConverter : JsonConverter<DateEstimate>
{
    /// <inheritdoc />
    public override DateEstimate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a date estimate such as \"2019-02\"");
        return DateEstimateText.TryParse(text, out var value, out var error)
            ? value
            : throw new JsonException($"'{text}' is not a date estimate: {error}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateEstimate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

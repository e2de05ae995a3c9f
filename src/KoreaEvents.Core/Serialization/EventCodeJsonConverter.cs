using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization;

/// <summary>Reads and writes an <see cref="EventCode"/> as its PLOVER text form, <c>"RETREAT:withdraw"</c>.</summary>
public sealed class EventCodeJsonConverter : JsonConverter<EventCode>
{
    /// <inheritdoc />
    public override EventCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a PLOVER event code such as \"RETREAT:withdraw\"");
        return EventCode.TryParse(text, out var code, out var error) ? code : throw new JsonException(error);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EventCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

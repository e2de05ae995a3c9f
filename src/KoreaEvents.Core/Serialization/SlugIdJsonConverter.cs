using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization;

/// <summary>Reads and writes a slug id (<see cref="ActorId"/>, <see cref="PlaceId"/>, …) as its slug string, <c>"kim-jong-un"</c>.</summary>
/// <typeparam name="T">The id type.</typeparam>
/// <remarks>The default (empty) id is written as <c>""</c> and read back from it; any other string must be a valid slug.</remarks>
public sealed class SlugIdJsonConverter<T> : JsonConverter<T>
    where T : struct, ISlugId<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "an id such as \"kim-jong-un\"");
        if (text.Length == 0)
        {
            return default;
        }

        return Slug.IsValid(text)
            ? T.FromSlug(text)
            : throw new JsonException($"'{text}' is not a valid id: use 1 to 128 lower-case letters, digits and single hyphens.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value ?? string.Empty);
    }
}

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

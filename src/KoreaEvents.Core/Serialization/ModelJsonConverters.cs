using System.Text.Json;
using System.Text.Json.Serialization;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization;

/// <summary>Reads and writes a slug id (<see cref="ActorId"/>, <see cref="EventId"/> …) as its slug string.</summary>
/// <typeparam name="TId">The id type.</typeparam>
public sealed class SlugIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, ISlugId<TId>
{
    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "an id such as \"kim-jong-un\"");
        return Slug.IsValid(text)
            ? TId.FromSlug(text)
            : throw new JsonException($"'{text}' is not a valid id: use lower-case letters, digits and single hyphens.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc />
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value ?? string.Empty);
    }
}

/// <summary>Reads and writes an <see cref="EntityRef"/> as <c>"kind:slug"</c>.</summary>
public sealed class EntityRefJsonConverter : JsonConverter<EntityRef>
{
    /// <inheritdoc />
    public override EntityRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "an entity reference such as \"event:hanoi-summit-2019\"");
        return EntityRef.TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not an entity reference such as \"event:hanoi-summit-2019\".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EntityRef value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Reads and writes a <see cref="Facet"/> as its name, <c>"count:officials"</c>.</summary>
public sealed class FacetJsonConverter : JsonConverter<Facet>
{
    /// <inheritdoc />
    public override Facet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a facet such as \"date\"");
        return Facet.IsValid(text) ? new Facet(text) : throw new JsonException($"'{text}' is not a facet such as \"date\" or \"count:officials\".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Facet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Name);
    }
}

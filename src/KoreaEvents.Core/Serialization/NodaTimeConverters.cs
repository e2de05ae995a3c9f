using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Core.Serialization;

/// <summary>Reads and writes <see cref="LocalDate"/> as an ISO string, <c>"2019-02-27"</c>.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ParseWith(ref reader, LocalDatePattern.Iso, "an ISO date such as \"2019-02-27\"");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>Reads and writes <see cref="Instant"/> as extended ISO with <c>Z</c>, <c>"2019-03-23T10:15:00Z"</c>.</summary>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ParseWith(ref reader, InstantPattern.ExtendedIso, "an ISO instant such as \"2019-03-23T10:15:00Z\"");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}

/// <summary>Reads and writes a <see cref="DateInterval"/> as <c>"start/end"</c> (both inclusive ISO dates).</summary>
public sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    /// <inheritdoc />
    public override DateInterval? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "an ISO date interval such as \"2019-02-27/2019-02-28\"");
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var start = LocalDatePattern.Iso.Parse(text[..slash]);
            var end = LocalDatePattern.Iso.Parse(text[(slash + 1)..]);
            if (start.Success && end.Success && start.Value <= end.Value)
            {
                return new DateInterval(start.Value, end.Value);
            }
        }

        throw new JsonException($"'{text}' is not an ISO date interval such as \"2019-02-27/2019-02-28\" (start not after end).");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value.Start) + "/" + LocalDatePattern.Iso.Format(value.End));
    }
}

/// <summary>Shared helpers for converters that read a JSON string and parse it.</summary>
internal static class JsonText
{
    /// <summary>Reads a string token, or throws a <see cref="JsonException"/> saying what was expected.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected}, but found a {reader.TokenType} token.");
        }

        return reader.GetString()!;
    }

    /// <summary>Reads a string token and parses it with a NodaTime pattern; failures become <see cref="JsonException"/>.</summary>
    public static T ParseWith<T>(ref Utf8JsonReader reader, IPattern<T> pattern, string expected)
    {
        var text = ReadString(ref reader, expected);
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not {expected}.", result.Exception);
    }
}

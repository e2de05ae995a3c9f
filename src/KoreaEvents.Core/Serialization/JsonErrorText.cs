using System.Text.Json;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Serialization;

/// <summary>
/// Words a <see cref="JsonException"/> from System.Text.Json for a user: its first sentence without the appended
/// location (which the caller reports as file, path, line and byte), and in the library's own words for an empty
/// document, an unclosed object or array, and a value of the wrong type (no .NET type names).
/// </summary>
internal static class JsonErrorText
{
    /// <summary>What is wrong, as a sentence starting "is not valid JSON" or "does not have the expected shape", to follow a subject.</summary>
    public static string Describe(JsonException error)
    {
        var message = JsonMessage.FirstSentence(error.Message);
        const string Converted = "could not be converted to ";
        int at = message.IndexOf(Converted, StringComparison.Ordinal);
        if (at >= 0)
        {
            return $"does not have the expected shape: the value has the wrong type (expected {Expected(message[(at + Converted.Length)..])}).";
        }

        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "is not valid JSON: it is empty.";
        }

        if (message.Contains("Expected depth to be zero", StringComparison.Ordinal))
        {
            return "is not valid JSON: it ends before every object and array is closed.";
        }

        return $"is not valid JSON: {message}";
    }

    private static string Expected(string type)
    {
        type = type.TrimEnd('.');
        if (type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal))
        {
            return "an array";
        }

        return type switch
        {
            "System.Int32" or "System.Int64" or "System.Double" or "System.Decimal" => "a number",
            "System.String" => "a string",
            "System.Boolean" => "true or false",
            _ when type.EndsWith(".Modality", StringComparison.Ordinal) => "a modality such as \"asserted\"",
            _ when type.StartsWith("KoreaEvents.", StringComparison.Ordinal) => "an object",
            _ => "another kind of value",
        };
    }
}

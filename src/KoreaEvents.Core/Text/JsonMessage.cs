namespace KoreaEvents.Core.Text;

/// <summary>The text of an exception raised while reading JSON, without what .NET appends to it.</summary>
internal static class JsonMessage
{
    /// <summary>
    /// The message's first sentence: without System.Text.Json's appended location (<c> Path: $.x | LineNumber: 3 …</c>,
    /// or <c> LineNumber: 3 | BytePositionInLine: 4.</c> from <c>JsonDocument</c>), which callers report as file, path,
    /// line and byte, and without <see cref="ArgumentException"/>'s <c> (Parameter 'x')</c>.
    /// </summary>
    public static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        if (cut < 0)
        {
            cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).Trim();
    }
}

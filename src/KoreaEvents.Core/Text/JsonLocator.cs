using System.Text.Json;

namespace KoreaEvents.Core.Text;

/// <summary>
/// Finds where a JSON path (<c>$.actors[3].country</c>) starts in a UTF-8 document: its 1-based line and 0-based
/// byte position in the line. Built once per document by one reader pass; used only to word error messages.
/// </summary>
internal sealed class JsonLocator
{
    private readonly byte[] utf8;
    private readonly Dictionary<string, long> offsets = new(StringComparer.Ordinal);

    public JsonLocator(byte[] utf8)
    {
        this.utf8 = utf8;
        Scan();
    }

    /// <summary>Returns the line and byte position of <paramref name="path"/>, or of its nearest recorded ancestor.</summary>
    public (long Line, long BytePositionInLine)? Locate(string path)
    {
        var probe = path;
        while (true)
        {
            if (offsets.TryGetValue(probe, out long offset))
            {
                return ToLine(offset);
            }

            int cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            if (cut <= 1)
            {
                return null;
            }

            probe = probe[..cut];
        }
    }

    private (long Line, long BytePositionInLine) ToLine(long offset)
    {
        long line = 1;
        long lineStart = 0;
        for (long i = 0; i < offset && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }

    private void Scan()
    {
        var frames = new Stack<(string Path, bool IsArray, int NextIndex)>();
        string? property = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                string path;
                if (frames.Count == 0)
                {
                    path = "$";
                }
                else
                {
                    var parent = frames.Pop();
                    if (parent.IsArray)
                    {
                        path = $"{parent.Path}[{parent.NextIndex}]";
                        parent.NextIndex++;
                    }
                    else
                    {
                        path = $"{parent.Path}.{property}";
                    }

                    frames.Push(parent);
                }

                offsets.TryAdd(path, reader.TokenStartIndex);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Only well-formed documents are located; a malformed one has already been reported with its position.
        }
    }
}

using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time.TimeMl;

/// <summary>
/// A TimeML document (TimeML 1.2.1, as in TimeBank and the TempEval-3 corpora): the plain text of its
/// <c>&lt;TEXT&gt;</c> element, the gold <c>&lt;TIMEX3&gt;</c> annotations in it with character offsets into that
/// text, and the document creation time (the TIMEX3 of <c>&lt;DCT&gt;</c>, <c>functionInDocument="CREATION_TIME"</c>).
/// </summary>
/// <remarks>
/// <para>Read with <see cref="XmlReader"/> (no DTD, no reflection: trimming- and AOT-safe). Other inline tags
/// (<c>EVENT</c>, <c>SIGNAL</c>) are dropped and their text kept; nested TIMEX3s are read too. A malformed file
/// raises <see cref="TimeMlFormatException"/> naming the file, line and column.</para>
/// <para>Immutable and thread-safe. Equality is by reference.</para>
/// </remarks>
public sealed class TimeMlDocument
{
    private TimeMlDocument(string name, string text, IList<Timex3> timexes, Timex3? creationTimex)
    {
        Name = name;
        Text = text;
        Timexes = new ReadOnlyCollection<Timex3>(timexes);
        CreationTimex = creationTimex;
        CreationTime = creationTimex is not null ? ParseDay(creationTimex.Value) : null;
    }

    /// <summary>Gets the name the document was read under (the file name, or the name given to <see cref="Parse"/>).</summary>
    public string Name { get; }

    /// <summary>Gets the plain text of the <c>&lt;TEXT&gt;</c> element, tags removed and entities decoded.</summary>
    public string Text { get; }

    /// <summary>Gets the gold TIMEX3 annotations of the text in text order, offsets into <see cref="Text"/>.</summary>
    public IReadOnlyList<Timex3> Timexes { get; }

    /// <summary>Gets the creation-time TIMEX3 (its offsets refer to the <c>&lt;DCT&gt;</c> element's own text), or <c>null</c>.</summary>
    public Timex3? CreationTimex { get; }

    /// <summary>Gets the day of the creation time (the first ten characters of its value), or <c>null</c> when there is
    /// none or it is not a calendar day.</summary>
    public LocalDate? CreationTime { get; }

    /// <summary>Reads a TimeML file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="TimeMlFormatException">The file is not well-formed XML or has no <c>&lt;TEXT&gt;</c> element.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TimeMlDocument Load(string path)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads every <c>*.tml</c> file of a folder, in ordinal order of their names.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="TimeMlFormatException">A file is malformed (the message names it).</exception>
    public static IReadOnlyList<TimeMlDocument> LoadDirectory(string directory)
    {
        Preconditions.CheckNotNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No such folder: {directory}");
        }

        var files = Directory.GetFiles(directory, "*.tml");
        Array.Sort(files, StringComparer.Ordinal);
        return Array.ConvertAll(files, Load);
    }

    /// <summary>Reads a TimeML document from a string.</summary>
    /// <param name="xml">The document.</param>
    /// <param name="name">The name to report errors under and to give <see cref="Name"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="TimeMlFormatException">The document is not well-formed XML or has no <c>&lt;TEXT&gt;</c> element.</exception>
    public static TimeMlDocument Parse(string xml, string name = "(string)")
    {
        Preconditions.CheckNotNull(xml);
        Preconditions.CheckNotNull(name);
        using var reader = new StringReader(xml);
        return Read(reader, name);
    }

    private static TimeMlDocument Read(TextReader input, string name)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(input, settings);
        var lineInfo = (IXmlLineInfo)reader;
        try
        {
            string? text = null;
            var timexes = new List<Timex3>();
            Timex3? creation = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "TEXT" && text is null)
                {
                    text = ReadMixed(reader, timexes, name, lineInfo);
                }
                else if (reader.LocalName == "DCT")
                {
                    var dct = new List<Timex3>();
                    ReadMixed(reader, dct, name, lineInfo);
                    creation ??= dct.Find(t => t.FunctionInDocument == "CREATION_TIME") ?? (dct.Count > 0 ? dct[0] : null);
                }
                else if (reader.LocalName == "TIMEX3" && creation is null && reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                {
                    var found = new List<Timex3>();
                    ReadMixed(reader, found, name, lineInfo, self: true);
                    creation = found.Count > 0 ? found[0] : null;
                }
            }

            if (text is null)
            {
                throw new TimeMlFormatException($"{name}: no <TEXT> element.", name, 0, 0);
            }

            timexes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
            return new TimeMlDocument(Path.GetFileName(name), text, timexes, creation);
        }
        catch (XmlException ex)
        {
            throw new TimeMlFormatException($"{name}({ex.LineNumber.ToString(CultureInfo.InvariantCulture)},{ex.LinePosition.ToString(CultureInfo.InvariantCulture)}): malformed XML: {ex.Message}", name, ex.LineNumber, ex.LinePosition, ex);
        }
    }

    /// <summary>Reads the content of the element the reader is on (or the element itself with <paramref name="self"/>),
    /// collecting its text and the TIMEX3s in it; leaves the reader on the element's end.</summary>
    private static string ReadMixed(XmlReader reader, List<Timex3> timexes, string name, IXmlLineInfo lineInfo, bool self = false)
    {
        var builder = new StringBuilder();
        var open = new Stack<(int Start, int Line, int Column, string? Tid, string? Type, string? Value, string? Mod, string? Anchor, string? Function)>();
        if (self)
        {
            PushTimex(reader, builder, open, lineInfo);
            if (reader.IsEmptyElement)
            {
                PopTimex(builder, open, timexes, name);
                return builder.ToString();
            }
        }
        else if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        int depth = reader.Depth;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    builder.Append(reader.Value);
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3":
                    PushTimex(reader, builder, open, lineInfo);
                    if (reader.IsEmptyElement)
                    {
                        PopTimex(builder, open, timexes, name);
                    }

                    break;
                case XmlNodeType.EndElement when reader.Depth == depth:
                    if (self)
                    {
                        PopTimex(builder, open, timexes, name);
                    }

                    return builder.ToString();
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3":
                    PopTimex(builder, open, timexes, name);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void PushTimex(XmlReader reader, StringBuilder builder, Stack<(int, int, int, string?, string?, string?, string?, string?, string?)> open, IXmlLineInfo lineInfo) =>
        open.Push((builder.Length, lineInfo.LineNumber, lineInfo.LinePosition, reader.GetAttribute("tid"), reader.GetAttribute("type"), reader.GetAttribute("value"),
            reader.GetAttribute("mod"), reader.GetAttribute("anchorTimeID"), reader.GetAttribute("functionInDocument")));

    private static void PopTimex(StringBuilder builder, Stack<(int Start, int Line, int Column, string? Tid, string? Type, string? Value, string? Mod, string? Anchor, string? Function)> open, List<Timex3> timexes, string name)
    {
        var t = open.Pop();
        if (!Timex3.TryParseType(t.Type, out var type))
        {
            throw new TimeMlFormatException(
                $"{name}({t.Line.ToString(CultureInfo.InvariantCulture)},{t.Column.ToString(CultureInfo.InvariantCulture)}): TIMEX3 {t.Tid ?? "(no tid)"} has type \"{t.Type}\", not DATE, TIME, DURATION or SET.",
                name, t.Line, t.Column);
        }

        string extent = builder.ToString(t.Start, builder.Length - t.Start);
        timexes.Add(new Timex3(t.Start, extent, type, t.Value ?? string.Empty, t.Mod, t.Tid, t.Anchor, t.Function));
    }

    private static LocalDate? ParseDay(string value)
    {
        if (value.Length >= 10 && LocalDatePattern.Iso.Parse(value[..10]) is { Success: true } result)
        {
            return result.Value;
        }

        if (value.Length == 8 && LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Parse(value) is { Success: true } compact)
        {
            return compact.Value;
        }

        return null;
    }
}

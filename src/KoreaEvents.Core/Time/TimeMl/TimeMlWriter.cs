using System.Globalization;
using System.Text;
using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time.TimeMl;

/// <summary>Writes TimeML: a text with its TIMEX3 annotations as inline <c>&lt;TIMEX3&gt;</c> tags (XML-escaped).</summary>
/// <remarks>Ids are assigned in text order (<c>t1</c>, <c>t2</c>, …); the creation time, when given, is <c>t0</c>
/// in <c>&lt;DCT&gt;</c>. The output reads back with <see cref="TimeMlDocument.Parse"/> to the same text and
/// annotations. Thread-safe (static, no state).</remarks>
public static class TimeMlWriter
{
    /// <summary>Writes a TimeML document.</summary>
    /// <param name="text">The text.</param>
    /// <param name="timexes">Annotations of <paramref name="text"/>, in text order and not overlapping.</param>
    /// <param name="creationTime">The document creation time, or <c>null</c>.</param>
    /// <param name="documentId">The <c>&lt;DOCID&gt;</c>, or <c>null</c> for none.</param>
    /// <returns>The TimeML document (LF line ends).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="timexes"/> is null.</exception>
    /// <exception cref="ArgumentException">An annotation lies outside the text, does not match it, or overlaps the previous one.</exception>
    public static string Write(string text, IEnumerable<Timex3> timexes, LocalDate? creationTime = null, string? documentId = null)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(timexes);
        var builder = new StringBuilder(text.Length + 256);
        builder.Append("<?xml version=\"1.0\" ?>\n<TimeML>\n");
        if (documentId is not null)
        {
            builder.Append("<DOCID>");
            Escape(builder, documentId, 0, documentId.Length);
            builder.Append("</DOCID>\n");
        }

        if (creationTime is { } dct)
        {
            string value = TimexBuilder.Day(dct);
            builder.Append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").Append(value)
                .Append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").Append(value).Append("</TIMEX3></DCT>\n");
        }

        builder.Append("<TEXT>");
        int position = 0;
        int id = 1;
        foreach (var timex in timexes)
        {
            Preconditions.CheckNotNull(timex);
            Preconditions.CheckArgument(timex.Start >= position && timex.End <= text.Length, nameof(timexes), $"The TIMEX3 {timex} overlaps the previous one or lies outside the text.");
            Preconditions.CheckArgument(string.CompareOrdinal(text, timex.Start, timex.Text, 0, timex.Length) == 0, nameof(timexes), $"The TIMEX3 {timex} does not match the text.");
            Escape(builder, text, position, timex.Start - position);
            builder.Append("<TIMEX3 tid=\"t").Append(id.ToString(CultureInfo.InvariantCulture)).Append("\" type=\"").Append(timex.TypeName).Append("\" value=\"");
            Escape(builder, timex.Value, 0, timex.Value.Length);
            builder.Append('"');
            if (timex.Mod is { } mod)
            {
                builder.Append(" mod=\"");
                Escape(builder, mod, 0, mod.Length);
                builder.Append('"');
            }

            if (timex.AnchorTimeId is { } anchor)
            {
                builder.Append(" anchorTimeID=\"");
                Escape(builder, anchor, 0, anchor.Length);
                builder.Append('"');
            }

            builder.Append('>');
            Escape(builder, text, timex.Start, timex.Length);
            builder.Append("</TIMEX3>");
            position = timex.End;
            id++;
        }

        Escape(builder, text, position, text.Length - position);
        builder.Append("</TEXT>\n</TimeML>\n");
        return builder.ToString();
    }

    private static void Escape(StringBuilder builder, string s, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\r':
                    builder.Append("&#13;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }
}

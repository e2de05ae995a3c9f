using System.Globalization;
using System.Text;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <summary>The TimeML type of a temporal expression (TIMEX3 <c>type</c>).</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: <c>2013-03-22</c>, <c>1998-W02</c>, <c>1998-SU</c>, <c>PAST_REF</c>.</summary>
    Date = 0,

    /// <summary>A time of day or a part of a day: <c>1998-01-08T15:00</c>, <c>1998-01-09TAF</c>.</summary>
    Time = 1,

    /// <summary>A length of time: <c>P2Y</c>, <c>PT5H</c>, <c>PXD</c>.</summary>
    Duration = 2,

    /// <summary>A recurring time: <c>every week</c> (<c>P1W</c>), <c>annually</c> (<c>P1Y</c>), <c>XXXX-WXX-1</c>.</summary>
    Set = 3,
}

/// <summary>
/// A TIMEX3 annotation (TimeML 1.2.1): an extent of a text (character offsets), a type, a normalised value and an
/// optional modifier, with the TimeML id, anchor id and document function when it was read from a TimeML file.
/// </summary>
/// <remarks>
/// <para>The interchange form of a temporal expression. A <see cref="TemporalMention"/> carries one in
/// <see cref="TemporalMention.Timex"/>, beside its <see cref="TemporalMention.Value"/> interval (the analyst's
/// answer); the two can differ where the TimeML guidelines do (<c>the past two years</c> is the duration
/// <c>P2Y</c> in TimeML and the interval of those two years for the analyst; <c>for</c> is outside a TIMEX3).</para>
/// <para>Immutable and thread-safe. Equality is by reference.</para>
/// </remarks>
public sealed class Timex3
{
    /// <summary>Creates an annotation.</summary>
    /// <param name="start">The offset of the extent's first character.</param>
    /// <param name="text">The extent as written.</param>
    /// <param name="type">The TimeML type.</param>
    /// <param name="value">The TimeML value (<c>1998-01-08</c>, <c>P2Y</c>, <c>PRESENT_REF</c>).</param>
    /// <param name="mod">The TimeML modifier (<c>APPROX</c>, <c>START</c>, <c>MORE_THAN</c>, …), or <c>null</c>.</param>
    /// <param name="id">The TimeML id (<c>t12</c>), or <c>null</c>.</param>
    /// <param name="anchorTimeId">The id of the TIMEX3 the value is computed from, or <c>null</c>.</param>
    /// <param name="functionInDocument">The TimeML <c>functionInDocument</c> (<c>CREATION_TIME</c>, <c>NONE</c>), or <c>null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a defined <see cref="TimexType"/>.</exception>
    public Timex3(int start, string text, TimexType type, string value, string? mod = null, string? id = null, string? anchorTimeId = null, string? functionInDocument = null)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(value);
        Preconditions.CheckNonNegative(start);
        Preconditions.CheckArgument(Enum.IsDefined(type), nameof(type), "Unknown TIMEX3 type.");
        Start = start;
        Text = text;
        Type = type;
        Value = value;
        Mod = string.IsNullOrEmpty(mod) ? null : mod;
        Id = string.IsNullOrEmpty(id) ? null : id;
        AnchorTimeId = string.IsNullOrEmpty(anchorTimeId) ? null : anchorTimeId;
        FunctionInDocument = string.IsNullOrEmpty(functionInDocument) ? null : functionInDocument;
    }

    /// <summary>Gets the offset of the extent's first character.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters of the extent.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the offset just past the extent.</summary>
    public int End => Start + Text.Length;

    /// <summary>Gets the extent as written.</summary>
    public string Text { get; }

    /// <summary>Gets the TimeML type.</summary>
    public TimexType Type { get; }

    /// <summary>Gets the TimeML value.</summary>
    public string Value { get; }

    /// <summary>Gets the TimeML modifier, or <c>null</c>.</summary>
    public string? Mod { get; }

    /// <summary>Gets the TimeML id, or <c>null</c> (the tagger's annotations have none until written).</summary>
    public string? Id { get; }

    /// <summary>Gets the id of the TIMEX3 the value was computed from, or <c>null</c>.</summary>
    public string? AnchorTimeId { get; }

    /// <summary>Gets the TimeML <c>functionInDocument</c>, or <c>null</c>.</summary>
    public string? FunctionInDocument { get; }

    /// <summary>Gets the TimeML spelling of <see cref="Type"/>: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</summary>
    public string TypeName => TypeNameOf(Type);

    /// <summary>Returns the TimeML spelling of a type: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a defined <see cref="TimexType"/>.</exception>
    public static string TypeNameOf(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => throw new ArgumentException("Unknown TIMEX3 type.", nameof(type)),
    };

    /// <summary>Parses a TimeML type name (<c>DATE</c>, <c>TIME</c>, <c>DURATION</c>, <c>SET</c>; case-insensitive).</summary>
    /// <returns>Whether <paramref name="name"/> is a TimeML type.</returns>
    public static bool TryParseType(string? name, out TimexType type)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "DATE":
                type = TimexType.Date;
                return true;
            case "TIME":
                type = TimexType.Time;
                return true;
            case "DURATION":
                type = TimexType.Duration;
                return true;
            case "SET":
                type = TimexType.Set;
                return true;
            default:
                type = TimexType.Date;
                return false;
        }
    }

    /// <summary>Returns e.g. <c>[12..22) "last week" DATE 1998-W01</c> (with <c> mod=APPROX</c> when there is one).</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append('[').Append(Start.ToString(CultureInfo.InvariantCulture)).Append("..").Append(End.ToString(CultureInfo.InvariantCulture))
            .Append(") \"").Append(Text).Append("\" ").Append(TypeName).Append(' ').Append(Value);
        if (Mod is not null)
        {
            builder.Append(" mod=").Append(Mod);
        }

        return builder.ToString();
    }
}

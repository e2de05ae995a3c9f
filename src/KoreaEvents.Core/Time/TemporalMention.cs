using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <summary>
/// One temporal expression found in a text: where it is (character offsets into the original text), what it says
/// (kind, reference, tense, amount, offset) and, when it can be resolved, its value as a <see cref="DateEstimate"/>
/// exactly as precise as the text.
/// </summary>
/// <remarks>
/// <para><see cref="Value"/> is <c>null</c> when the expression needs a document date and none was given, when it is
/// counted from another event (<see cref="TemporalMentionKind.EventRelative"/>), when it is a bare duration, or when
/// one of its bounds is open (<c>more than two years ago</c>).</para>
/// <para>A value whose year the text did not state (<c>22 March</c>, <c>on Friday</c>, <c>in January</c>) has
/// <see cref="DateEstimate.IsYearStated"/> false and holds the reading anchored on <see cref="Anchor"/>; it never
/// conflicts with another date on the year alone.</para>
/// <para>Immutable and thread-safe. Equality is by reference.</para>
/// </remarks>
public sealed class TemporalMention
{
    private Timex3? timex;

    internal TemporalMention(string text, int start, int length, TemporalSpec spec, TemporalTense tense, LocalDate? anchor, int sentenceStart, int sentenceEnd)
        : this(text, start, length, spec, tense, anchor, sentenceStart, sentenceEnd, start, length)
    {
    }

    internal TemporalMention(string text, int start, int length, TemporalSpec spec, TemporalTense tense, LocalDate? anchor, int sentenceStart, int sentenceEnd, int timexStart, int timexLength)
    {
        TimexStart = timexStart;
        TimexLength = timexLength;
        TimexAnchor = anchor;
        Start = start;
        Length = length;
        Text = text.Substring(start, length);
        Spec = spec;
        Tense = tense;
        Anchor = spec.NeedsAnchor ? anchor : null;
        Value = spec.Resolve(anchor, tense);
        SentenceStart = sentenceStart;
        SentenceEnd = sentenceEnd;
    }

    private TemporalMention(TemporalMention source, LocalDate? anchor)
    {
        TimexStart = source.TimexStart;
        TimexLength = source.TimexLength;
        TimexAnchor = anchor;
        Start = source.Start;
        Length = source.Length;
        Text = source.Text;
        Spec = source.Spec;
        Tense = source.Tense;
        Anchor = Spec.NeedsAnchor ? anchor : null;
        Value = Spec.Resolve(anchor, Tense);
        SentenceStart = source.SentenceStart;
        SentenceEnd = source.SentenceEnd;
    }

    /// <summary>Gets the offset of the first character of the expression in the original text.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters the expression spans.</summary>
    public int Length { get; }

    /// <summary>Gets the offset just past the expression (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>Gets the expression as written.</summary>
    public string Text { get; }

    /// <summary>Gets what the expression denotes: a date, a span, a duration or an event-relative offset.</summary>
    public TemporalMentionKind Kind => Spec.MentionKind;

    /// <summary>Gets what the value is measured from: nothing (absolute), the document date, or another event.</summary>
    public TemporalReference Reference => Spec.Reference;

    /// <summary>Gets the tense of the clause around the expression, which decided past or future readings.</summary>
    public TemporalTense Tense { get; }

    /// <summary>Gets the resolved value, or <c>null</c> when it cannot be resolved (see the type's remarks).</summary>
    public DateEstimate? Value { get; }

    /// <summary>Gets the document date the value was resolved against, or <c>null</c> for expressions that do not
    /// depend on it (fully stated dates, durations, event offsets) or when none was given.</summary>
    public LocalDate? Anchor { get; }

    /// <summary>Gets the counted amount (<c>21 months</c>, <c>over a week</c>), or <c>null</c> when the expression counts nothing.</summary>
    public TemporalAmount? Amount => Spec.AmountOrNull;

    /// <summary>Gets the offset from the reference (<c>-P21M</c> for <c>21 months ago</c>, <c>-P5M</c> for <c>five months
    /// earlier</c>), or <c>null</c>.</summary>
    public TemporalOffset? Offset => Spec.Offset;

    /// <summary>Gets whether the value depends on the document date (so re-anchoring changes it).</summary>
    public bool NeedsAnchor => Spec.NeedsAnchor;

    /// <summary>Gets the TIMEX-like text of the value (<c>2019-02</c>, <c>XXXX-03-22 (2019)</c>), or of the amount or offset
    /// when there is no value (<c>&gt;P1W</c>, <c>-P5M</c>), or <c>?</c>.</summary>
    public string ValueText => Value?.ToString() ?? Offset?.ToString() ?? Amount?.ToString() ?? "?";

    /// <summary>Gets the TimeML TIMEX3 of the expression (type, value, mod) on the extent the TimeML 1.2.1 guidelines
    /// give, which leaves out leading prepositions and <c>about</c> (<c>for two years</c> is the TIMEX3 <c>two years</c>,
    /// DURATION <c>P2Y</c>). It is computed from the same model as <see cref="Value"/>, and may read it differently where
    /// TimeML does (<c>the past two years</c> is the duration <c>P2Y</c>, its value the interval of those two years).</summary>
    /// <remarks>Not part of the JSON form of a mention (which stays as it was); <c>koreaevents dates --format timeml</c> writes it.</remarks>
    [JsonIgnore]
    public Timex3 Timex => timex ??= TimexBuilder.For(this, TimexStart, TimexLength);

    internal TemporalSpec Spec { get; }

    internal int TimexStart { get; }

    internal int TimexLength { get; }

    /// <summary>The anchor given, kept also for expressions whose <see cref="Value"/> does not need it: TimeML
    /// still dates <c>the next day</c> from the document date.</summary>
    internal LocalDate? TimexAnchor { get; }

    internal int SentenceStart { get; }

    internal int SentenceEnd { get; }

    /// <summary>Returns this mention resolved against another document date (the text, offsets and tense are kept).</summary>
    public TemporalMention WithAnchor(LocalDate? anchor) => new(this, anchor);

    /// <summary>Returns e.g. <c>[372..388) "on 22 March" = XXXX-03-22 (2019) anchor 2019-03-23 past</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append('[').Append(Start.ToString(CultureInfo.InvariantCulture)).Append("..")
            .Append(End.ToString(CultureInfo.InvariantCulture)).Append(") \"").Append(Text).Append("\" = ").Append(ValueText);
        if (Anchor is { } anchor)
        {
            builder.Append(" anchor ").Append(LocalDatePattern.Iso.Format(anchor));
        }

        builder.Append(' ').Append(Tense.ToString().ToLowerInvariant());
        return builder.ToString();
    }
}

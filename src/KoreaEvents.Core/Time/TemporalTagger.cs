using NodaTime;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <summary>
/// Finds the date expressions in English news text and normalises each to a <see cref="DateEstimate"/> exactly as
/// precise as the text, with character offsets into the original text.
/// </summary>
/// <remarks>
/// <para><b>What it finds.</b> Absolute dates with or without the year (<c>Mar 23, 2019</c>, <c>22 March</c>,
/// <c>February 27-28</c>, <c>September 2018</c>, <c>1953</c>, <c>1950-53</c>, <c>the 1990s</c>,
/// <c>Tuesday, May 21, 2024</c>, ISO <c>2019-03-23</c>); expressions counted from the document date (<c>on Friday</c>,
/// <c>at the weekend</c>, <c>last week</c>, <c>earlier this month</c>, <c>June last year</c>, <c>21 months ago</c>,
/// <c>less than two years ago</c>, <c>the last two weeks</c>, <c>since early June</c>, <c>in January</c>);
/// early/mid/late (TIMEX START/MID/END) and approximately (<c>about</c>, <c>just two years ago</c>: APPROX);
/// durations (<c>for over a week</c>); and offsets from other events (<c>five months earlier</c>, <c>days before</c>),
/// which are marked <see cref="TemporalReference.Event"/> and left for event extraction to resolve.</para>
/// <para><b>Rules.</b> The tense of the clause decides past or future readings (<c>plans to staff the office … on
/// Saturday and Sunday</c> is the coming weekend; news defaults to the past). A weekday named in an article of that
/// weekday is that day; <c>last Friday</c> said on a Friday is a week earlier. A date whose year the text does not
/// state keeps <see cref="DateEstimate.IsYearStated"/> false with the reading anchored on the document date, so it
/// never conflicts with another date on the year alone. <c>last January</c> is the most recent January before the
/// anchor's month, with the year unstated (speakers differ on it).</para>
/// <para><b>Cost.</b> One pass over the text with a bounded lookahead and no regular expressions: time and memory are
/// linear in the text length. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class TemporalTagger
{
    /// <summary>Gets the shared tagger.</summary>
    public static TemporalTagger Default { get; } = new();

    /// <summary>
    /// Tags <paramref name="text"/>. Expressions counted from the document date are resolved against
    /// <paramref name="anchor"/> when given; otherwise their <see cref="TemporalMention.Value"/> is <c>null</c> (and
    /// <see cref="TemporalMention.WithAnchor"/> resolves them later).
    /// </summary>
    /// <returns>The mentions in text order; they never overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="anchor"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<TemporalMention> Tag(string text, LocalDate? anchor = null)
    {
        Preconditions.CheckNotNull(text);
        if (anchor is { } a)
        {
            Preconditions.CheckArgument(a.Calendar == CalendarSystem.Iso, nameof(anchor), "The anchor must be in the ISO calendar.");
        }

        var output = new List<TemporalMention>();
        TemporalScanner.Tag(text, anchor, output);
        return output;
    }

    /// <summary>
    /// Tags <paramref name="text"/> for TimeML: the <see cref="TemporalMention.Timex"/> of every mention
    /// <see cref="Tag"/> finds, and the expressions TimeML annotates that are not dates for the analyst (<c>now</c>,
    /// <c>currently</c>, <c>the past</c>: PRESENT_REF/PAST_REF; sets such as <c>every week</c>; bare durations such as
    /// <c>90 days</c>), resolved against <paramref name="anchor"/> when given.
    /// </summary>
    /// <returns>The TIMEX3s in text order; they never overlap. They carry no ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="anchor"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<Timex3> TagTimex(string text, LocalDate? anchor = null)
    {
        Preconditions.CheckNotNull(text);
        if (anchor is { } a)
        {
            Preconditions.CheckArgument(a.Calendar == CalendarSystem.Iso, nameof(anchor), "The anchor must be in the ISO calendar.");
        }

        var output = new List<Timex3>();
        TemporalScanner.TagTimex(text, anchor, output);
        return output;
    }
}

using System.Collections.ObjectModel;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Knowledge;

/// <summary>What kind of dated fact a <see cref="DatedFact"/> is.</summary>
public enum DatedFactKind
{
    /// <summary>An election day (the US presidential election of 2020-11-03).</summary>
    Election,

    /// <summary>A public holiday (Liberation Day, 15 August).</summary>
    Holiday,

    /// <summary>An anniversary observed every year (the outbreak of the Korean War, 25 June).</summary>
    Anniversary,

    /// <summary>A term of office, from the first day to the last (Moon Jae-in's presidency) or its start (an inauguration).</summary>
    TermOfOffice,
}

/// <summary>
/// A dated fact that is not a PLOVER event (an election, a holiday, an anniversary, a term of office) with the phrases
/// by which a text refers to it and a note of where the date is documented. Document dating uses them like known
/// events: "as the November election approaches" bounds the writing date from above, "since Liberation Day" from
/// below.
/// </summary>
/// <remarks>
/// Several facts may share a phrase ("the November election" names the US elections of 2016, 2018 and 2020); the
/// dater then takes the one the rest of the document's evidence agrees with. A fact that recurs every year
/// (<see cref="RecursYearly"/>) has the date of its first occurrence and stands for every anniversary of that day.
/// Immutable and thread-safe; equality is by reference.
/// </remarks>
public sealed class DatedFact
{
    /// <summary>Creates a dated fact.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id is not a slug, the label or note is blank, there are no phrases, a
    /// phrase is blank, or a yearly fact's date is not a single day.</exception>
    public DatedFact(string id, DatedFactKind kind, string label, DateEstimate date, string dateNote, IEnumerable<string> phrases, bool recursYearly = false)
    {
        Id = Preconditions.CheckSlug(id);
        Kind = kind;
        Label = Preconditions.CheckNotBlank(label);
        DateNote = Preconditions.CheckNotBlank(dateNote);
        Preconditions.CheckNotNull(phrases);
        var list = phrases.ToList();
        Preconditions.CheckArgument(list.Count > 0, nameof(phrases), "A dated fact needs at least one phrase that refers to it.");
        Preconditions.CheckArgument(list.TrueForAll(p => !string.IsNullOrWhiteSpace(p)), nameof(phrases), "The phrases must not be empty or white space.");
        Preconditions.CheckArgument(!recursYearly || (date.Precision == DatePrecision.Day && date.LengthInDays == 1), nameof(date),
            "A fact that recurs every year must be dated to a single day (its first occurrence).");
        Date = date;
        Phrases = new ReadOnlyCollection<string>(list);
        RecursYearly = recursYearly;
    }

    /// <summary>Gets the fact's id (a slug such as <c>us-presidential-election-2020</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the kind of fact.</summary>
    public DatedFactKind Kind { get; }

    /// <summary>Gets a short description.</summary>
    public string Label { get; }

    /// <summary>Gets the date (for a yearly fact, its first occurrence).</summary>
    public DateEstimate Date { get; }

    /// <summary>Gets where the date is documented.</summary>
    public string DateNote { get; }

    /// <summary>Gets the phrases by which a text refers to the fact (case-insensitive, on word boundaries).</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>Gets whether the fact recurs on the same day every year (a holiday, an anniversary).</summary>
    public bool RecursYearly { get; }

    /// <summary>Returns e.g. <c>us-presidential-election-2020 2020-11-03</c>.</summary>
    public override string ToString() => RecursYearly ? $"{Id} {Date} (yearly)" : $"{Id} {Date}";
}

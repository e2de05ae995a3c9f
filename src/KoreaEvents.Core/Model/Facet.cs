using System.Diagnostics.CodeAnalysis;

namespace KoreaEvents.Core.Model;

/// <summary>
/// Which aspect of a subject a claim is about: <c>occurred</c>, <c>date</c>, <c>location</c>, <c>initiator</c>,
/// <c>target</c>, <c>ordered-by</c>, <c>participants</c>, or a count of something, <c>count:officials</c>.
/// Claims are grouped by (subject, facet) for corroboration, so two numbers about different things must be
/// different facets.
/// </summary>
/// <remarks>
/// The text form is a slug, optionally followed by <c>:</c> and a second slug naming what is counted or
/// measured. Equality and ordering are ordinal on the text. Immutable and thread-safe.
/// </remarks>
public readonly record struct Facet : IComparable<Facet>
{
    /// <summary>Creates a facet from its text form.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a slug or <c>slug:slug</c>.</exception>
    public Facet(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(IsValid(name), nameof(name),
            $"The facet name '{name}' is not valid: use a slug such as 'date', optionally followed by ':' and a slug, such as 'count:officials'.");
        Name = name;
    }

    /// <summary>Whether the event happened (a boolean value; negated statements say it did not).</summary>
    public static Facet Occurred { get; } = new("occurred");

    /// <summary>When the subject happened (a <see cref="DateEstimate"/> value).</summary>
    public static Facet Date { get; } = new("date");

    /// <summary>Where the subject happened (a place reference).</summary>
    public static Facet Location { get; } = new("location");

    /// <summary>Who started or carried out the event (an actor reference).</summary>
    public static Facet Initiator { get; } = new("initiator");

    /// <summary>Whom the event was directed at (an actor reference).</summary>
    public static Facet Target { get; } = new("target");

    /// <summary>Who ordered the event (an actor reference).</summary>
    public static Facet OrderedBy { get; } = new("ordered-by");

    /// <summary>
    /// Who took part (an actor reference), as one group. Participation is set-valued: Trump and Kim both took part
    /// in the Hanoi summit, so claims naming them must not compete. Extraction therefore states each participant in
    /// its own qualified facet, <see cref="Participant"/> (<c>participants:kim-jong-un</c>); this plain facet is for
    /// callers and gold files that want every participant in one place.
    /// </summary>
    public static Facet Participants { get; } = new("participants");

    /// <summary>Gets the facet's text form (<c>null</c> only for <c>default</c>).</summary>
    public string? Name { get; }

    /// <summary>Gets whether this is a count facet (<c>count:…</c>).</summary>
    public bool IsCount => Name is not null && Name.StartsWith("count:", StringComparison.Ordinal);

    /// <summary>Gets whether this facet says who took part: <c>participants</c> or <c>participants:…</c>.</summary>
    public bool IsParticipation => Name is not null && (Name == "participants" || Name.StartsWith("participants:", StringComparison.Ordinal));

    /// <summary>
    /// Creates the participation facet for one actor, <c>participants:moon-jae-in</c>: its group holds only the claims
    /// that this actor took part, so co-participants never conflict (see <see cref="Participants"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default (empty) id.</exception>
    public static Facet Participant(ActorId actor)
    {
        Preconditions.CheckArgument(actor.Value is not null, nameof(actor), "The actor must not be the default (empty) id.");
        return new("participants:" + actor.Value);
    }

    /// <summary>Creates the count facet for <paramref name="what"/>: <c>Count("officials")</c> is <c>count:officials</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="what"/> is not a slug.</exception>
    public static Facet Count(string what) => new("count:" + Preconditions.CheckSlug(what));

    /// <summary>Returns whether <paramref name="name"/> is a valid facet text form. Never throws.</summary>
    public static bool IsValid([NotNullWhen(true)] string? name)
    {
        if (name is null)
        {
            return false;
        }

        int colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? Slug.IsValid(name) : Slug.IsValid(name[..colon]) && Slug.IsValid(name[(colon + 1)..]);
    }

    /// <summary>Parses the text form that <see cref="ToString"/> returns: a slug, optionally followed by <c>:</c> and a
    /// slug (<c>date</c>, <c>count:officials</c>, <c>participants:kim-jong-un</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a slug or <c>slug:slug</c>.</exception>
    public static Facet Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var facet)
            ? facet
            : throw new FormatException($"'{text}' is not a facet: use a slug such as 'date', optionally followed by ':' and a slug, such as 'count:officials'.");
    }

    /// <summary>Parses the text form (<c>date</c>, <c>count:officials</c>) without throwing.</summary>
    /// <param name="text">The text to parse; null or an invalid form gives <c>false</c>.</param>
    /// <param name="facet">The facet, when the text is valid; otherwise the default facet.</param>
    /// <returns>Whether <paramref name="text"/> was a valid facet (see <see cref="IsValid"/>).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Facet facet)
    {
        facet = IsValid(text) ? new Facet(text) : default;
        return facet.Name is not null;
    }

    /// <inheritdoc />
    public int CompareTo(Facet other) => string.CompareOrdinal(Name, other.Name);

    /// <summary>Returns the text form, e.g. <c>count:officials</c>.</summary>
    public override string ToString() => Name ?? string.Empty;
}

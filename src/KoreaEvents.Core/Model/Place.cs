namespace KoreaEvents.Core.Model;

/// <summary>
/// A named place: its id, kind, name, the other names the texts use, and the place that contains it (the liaison
/// office is in the Kaesong industrial zone, which is in Kaesong, which is in North Korea).
/// </summary>
/// <remarks>
/// Containment is a tree: each place names at most one parent in <see cref="Within"/>; the knowledge base
/// rejects unknown parents and cycles. <b>Equality</b> is structural (id, kind, name, aliases in order, parent).
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class Place : IEquatable<Place>
{
    /// <summary>Creates a place.</summary>
    /// <param name="id">The stable id (<c>kaesong</c>).</param>
    /// <param name="kind">What sort of place it is.</param>
    /// <param name="name">The canonical name ("Kaesong").</param>
    /// <param name="aliases">Other names; null means none.</param>
    /// <param name="within">The place that contains this one, or <c>null</c> for a top-level place.</param>
    /// <exception cref="ArgumentException">The id or parent is the empty id, the parent is the place itself, the
    /// kind is undefined, or a name is empty.</exception>
    public Place(PlaceId id, PlaceKind kind, string name, IEnumerable<string>? aliases = null, PlaceId? within = null)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "A place's id must not be the empty id.");
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"The place kind {(int)kind} is not defined.");
        Preconditions.CheckArgument(within is null || within.Value.Value is not null, nameof(within), "A place's parent must not be the empty id.");
        Preconditions.CheckArgument(within != id, nameof(within), $"The place '{id}' cannot contain itself.");
        Id = id;
        Kind = kind;
        Name = Preconditions.CheckNotBlank(name);
        Aliases = SequenceEquality.FreezeNames(aliases, nameof(aliases));
        Within = within;
    }

    /// <summary>Gets the stable id.</summary>
    public PlaceId Id { get; }

    /// <summary>Gets what sort of place this is.</summary>
    public PlaceKind Kind { get; }

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets the other names.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Gets the place that directly contains this one, or <c>null</c>.</summary>
    public PlaceId? Within { get; }

    /// <summary>Gets the canonical name followed by the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    /// <inheritdoc />
    public bool Equals(Place? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal)
                && SequenceEquality.Equal(Aliases, other.Aliases) && Within == other.Within));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Place);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, StringComparer.Ordinal.GetHashCode(Name), SequenceEquality.Hash(Aliases), Within);

    /// <summary>Returns the id and name, <c>kaesong (Kaesong)</c>.</summary>
    public override string ToString() => $"{Id} ({Name})";
}

namespace KoreaEvents.Core.Model;

/// <summary>
/// A person, state, government body, organisation, news agency or group that takes part in events or reports
/// them: its id, kind, canonical name, the other names the texts use, its country and, for persons, its roles.
/// </summary>
/// <remarks>
/// <para><b>Names.</b> <see cref="Name"/> and <see cref="Aliases"/> identify the actor on their own
/// ("Kim Jong Un", "Kim Jong-un"). <see cref="ShortNames"/> ("Kim", "Jong-un") only point to the actor through
/// coreference: they resolve to the person of that name introduced earlier in the same document.
/// <see cref="Metonyms"/> are places whose names also stand for this actor: "Pyongyang" for North Korea's
/// government, "North Korea" (the country) for the state.</para>
/// <para><b>Equality</b> is structural: id, kind, every name list (in order), country, metonyms and roles.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Actor : IEquatable<Actor>
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">The stable id (<c>kim-jong-un</c>).</param>
    /// <param name="kind">What sort of actor it is.</param>
    /// <param name="name">The canonical name ("Kim Jong Un").</param>
    /// <param name="aliases">Other full names that identify the actor on their own; null means none.</param>
    /// <param name="shortNames">Names that need an earlier introduction in the document ("Kim"); null means none.</param>
    /// <param name="country">The state the actor belongs to, or <c>null</c> (a state itself, an international body).</param>
    /// <param name="metonyms">Places whose names also stand for this actor; null means none.</param>
    /// <param name="roles">Positions held, with their periods; null means none.</param>
    /// <exception cref="ArgumentException">The id is the empty id, the kind is undefined, a name is empty, or a
    /// list holds an empty id or a null role.</exception>
    public Actor(
        ActorId id,
        ActorKind kind,
        string name,
        IEnumerable<string>? aliases = null,
        IEnumerable<string>? shortNames = null,
        ActorId? country = null,
        IEnumerable<PlaceId>? metonyms = null,
        IEnumerable<ActorRole>? roles = null)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "An actor's id must not be the empty id.");
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"The actor kind {(int)kind} is not defined.");
        Preconditions.CheckArgument(country is null || country.Value.Value is not null, nameof(country), "An actor's country must not be the empty id.");
        Id = id;
        Kind = kind;
        Name = Preconditions.CheckNotBlank(name);
        Aliases = SequenceEquality.FreezeNames(aliases, nameof(aliases));
        ShortNames = SequenceEquality.FreezeNames(shortNames, nameof(shortNames));
        Country = country;
        Metonyms = SequenceEquality.Freeze(metonyms, (place, i) => Preconditions.CheckArgument(place.Value is not null, nameof(metonyms),
            $"The metonyms must not contain the empty id, but item {i} is empty."));
        Roles = SequenceEquality.Freeze(roles, (role, i) => Preconditions.CheckArgument(role is not null, nameof(roles),
            $"The roles must not contain null, but item {i} is null."));
    }

    /// <summary>Gets the stable id.</summary>
    public ActorId Id { get; }

    /// <summary>Gets what sort of actor this is.</summary>
    public ActorKind Kind { get; }

    /// <summary>Gets the canonical name.</summary>
    public string Name { get; }

    /// <summary>Gets the other full names (spelling variants, abbreviations, demonyms used as names).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Gets the names that refer to the actor only once introduced in a document (surname, given name).</summary>
    public IReadOnlyList<string> ShortNames { get; }

    /// <summary>Gets the state this actor belongs to, or <c>null</c>.</summary>
    public ActorId? Country { get; }

    /// <summary>Gets the places whose names also stand for this actor (a capital for its government).</summary>
    public IReadOnlyList<PlaceId> Metonyms { get; }

    /// <summary>Gets the roles the actor held, with their periods.</summary>
    public IReadOnlyList<ActorRole> Roles { get; }

    /// <summary>Gets the canonical name followed by the aliases.</summary>
    public IEnumerable<string> FullNames => Aliases.Prepend(Name);

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal)
                && SequenceEquality.Equal(Aliases, other.Aliases) && SequenceEquality.Equal(ShortNames, other.ShortNames)
                && Country == other.Country && SequenceEquality.Equal(Metonyms, other.Metonyms) && SequenceEquality.Equal(Roles, other.Roles)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, StringComparer.Ordinal.GetHashCode(Name), SequenceEquality.Hash(Aliases));

    /// <summary>Returns the id and name, <c>kim-jong-un (Kim Jong Un)</c>.</summary>
    public override string ToString() => $"{Id} ({Name})";
}

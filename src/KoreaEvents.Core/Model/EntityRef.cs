namespace KoreaEvents.Core.Model;

/// <summary>What kind of entity an <see cref="EntityRef"/> points at.</summary>
public enum EntityKind
{
    /// <summary>An event (<see cref="EventId"/>).</summary>
    Event = 0,

    /// <summary>An actor (<see cref="ActorId"/>).</summary>
    Actor = 1,

    /// <summary>A place (<see cref="PlaceId"/>).</summary>
    Place = 2,

    /// <summary>Any other object a user's own claims speak about (a book, a flight, a city-year).</summary>
    Other = 3,
}

/// <summary>
/// A typed reference to the subject of a claim, or to an entity a claim's value names:
/// <c>event:hanoi-summit-2019</c>, <c>actor:kim-yo-jong</c>, <c>place:kaesong</c>, <c>other:isbn-0131103628</c>.
/// </summary>
/// <remarks>
/// Equality and ordering are by kind, then ordinal slug. The text form is <c>kind:slug</c> and round-trips
/// through <see cref="Parse"/>. <c>default</c> is an empty reference that no factory produces. Immutable and
/// thread-safe.
/// </remarks>
public readonly record struct EntityRef : IComparable<EntityRef>
{
    private EntityRef(EntityKind kind, string slug)
    {
        Kind = kind;
        Slug = slug;
    }

    /// <summary>Gets the kind of entity.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets the entity's slug (<c>null</c> only for <c>default</c>).</summary>
    public string? Slug { get; }

    /// <summary>Refers to an event.</summary>
    public static EntityRef From(EventId id) => new(EntityKind.Event, CheckId(id.Value, nameof(id)));

    /// <summary>Refers to an actor.</summary>
    public static EntityRef From(ActorId id) => new(EntityKind.Actor, CheckId(id.Value, nameof(id)));

    /// <summary>Refers to a place.</summary>
    public static EntityRef From(PlaceId id) => new(EntityKind.Place, CheckId(id.Value, nameof(id)));

    /// <summary>Refers to any other object by slug.</summary>
    /// <exception cref="ArgumentException"><paramref name="slug"/> breaks the <see cref="Model.Slug"/> rules.</exception>
    public static EntityRef FromOther(string slug) => new(EntityKind.Other, Preconditions.CheckSlug(slug));

    /// <summary>Parses the text form <c>kind:slug</c>.</summary>
    /// <exception cref="FormatException">The text is not <c>event:</c>, <c>actor:</c>, <c>place:</c> or <c>other:</c> followed by a slug.</exception>
    public static EntityRef Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not an entity reference: expected event:, actor:, place: or other: followed by a slug such as 'event:hanoi-summit-2019'.");
    }

    /// <summary>Parses the text form <c>kind:slug</c>. Never throws.</summary>
    public static bool TryParse(string? text, out EntityRef value)
    {
        value = default;
        int colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0)
        {
            return false;
        }

        EntityKind? kind = text![..colon] switch
        {
            "event" => EntityKind.Event,
            "actor" => EntityKind.Actor,
            "place" => EntityKind.Place,
            "other" => EntityKind.Other,
            _ => null,
        };
        var slug = text[(colon + 1)..];
        if (kind is null || !Model.Slug.IsValid(slug))
        {
            return false;
        }

        value = new EntityRef(kind.Value, slug);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(EntityRef other)
    {
        int c = ((int)Kind).CompareTo((int)other.Kind);   // not Enum.CompareTo, which boxes both values
        return c != 0 ? c : string.CompareOrdinal(Slug, other.Slug);
    }

    /// <summary>Returns <c>kind:slug</c>, e.g. <c>event:hanoi-summit-2019</c>.</summary>
    public override string ToString() => Slug is null ? string.Empty : $"{KindText(Kind)}:{Slug}";

    private static string KindText(EntityKind kind) => kind switch
    {
        EntityKind.Event => "event",
        EntityKind.Actor => "actor",
        EntityKind.Place => "place",
        _ => "other",
    };

    private static string CheckId(string? value, string paramName) =>
        value ?? throw new ArgumentException($"The {paramName} must not be the default (empty) id.", paramName);
}

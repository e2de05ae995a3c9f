namespace KoreaEvents.Core.Model;

/// <summary>What sort of place a <see cref="Place"/> is.</summary>
/// <remarks>In JSON the kinds are written in camelCase (<c>country</c>, <c>zone</c>).</remarks>
public enum PlaceKind
{
    /// <summary>A sovereign country: North Korea, Sweden.</summary>
    Country = 0,

    /// <summary>A region larger or looser than a city: the Korean Peninsula, Hong Kong, a border area.</summary>
    Region = 1,

    /// <summary>A city or town: Kaesong, Hanoi.</summary>
    City = 2,

    /// <summary>A delimited zone: the demilitarized zone, an industrial zone.</summary>
    Zone = 3,

    /// <summary>A building or compound: the liaison office, the Blue House.</summary>
    Facility = 4,

    /// <summary>A site that is neither a settlement nor a building: a launch site, a test site, a village on a line.</summary>
    Site = 5,
}

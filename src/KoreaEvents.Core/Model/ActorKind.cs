namespace KoreaEvents.Core.Model;

/// <summary>What sort of actor an <see cref="Actor"/> is.</summary>
/// <remarks>In JSON the kinds are written in camelCase (<c>governmentBody</c>); <c>government-body</c> is also read.</remarks>
public enum ActorKind
{
    /// <summary>A natural person: <c>Kim Jong Un</c>, <c>Chun Hae-sung</c>.</summary>
    Person = 0,

    /// <summary>A state acting as a whole, usually through its government: <c>North Korea</c>, <c>the United States</c>.</summary>
    State = 1,

    /// <summary>A body of a government: a ministry, a council, a presidential office.</summary>
    GovernmentBody = 2,

    /// <summary>A non-governmental or intergovernmental organisation, institute or university.</summary>
    Organisation = 3,

    /// <summary>A news agency or outlet: a wire (AFP, Yonhap), a state agency (KCNA), a newspaper or website.</summary>
    NewsAgency = 4,

    /// <summary>An informal group of people: defector groups, activists.</summary>
    Group = 5,
}

using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// Curated metadata about one seed article — outlet, kind and upstream origins — written by the maintainers from
/// what the text itself states, each with its basis (the line that states it). Never guessed: what the text does
/// not state is null or empty. Shipped as the embedded resource <c>KoreaEvents.Core.Data.seed-sources.json</c>.
/// </summary>
/// <remarks>Immutable; equality compares every field except the origin list, which compares by reference.</remarks>
public sealed record CuratedSourceInfo
{
    /// <summary>Gets the seed's source id.</summary>
    public required SourceId Id { get; init; }

    /// <summary>Gets the outlet's name, or null when the text does not state it.</summary>
    public string? Outlet { get; init; }

    /// <summary>Gets where the text states the outlet, or why it is unknown.</summary>
    public string? OutletBasis { get; init; }

    /// <summary>Gets the kind of publication.</summary>
    public SourceKind Kind { get; init; }

    /// <summary>Gets why the piece has that kind.</summary>
    public string? KindBasis { get; init; }

    /// <summary>Gets the wire agencies the text derives from (actor ids such as <c>afp</c>).</summary>
    public IReadOnlyList<ActorId> Origins { get; init; } = [];

    /// <summary>Gets where the text names its origins, or why there are none.</summary>
    public string? OriginsBasis { get; init; }
}

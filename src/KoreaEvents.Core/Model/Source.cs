using System.ComponentModel;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Model;

/// <summary>What kind of publication a source is.</summary>
public enum SourceKind
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>A news report.</summary>
    News = 1,

    /// <summary>A wire-agency story (AFP, AP, Reuters, Yonhap).</summary>
    Wire = 2,

    /// <summary>Analysis or commentary by an institute or expert.</summary>
    Analysis = 3,

    /// <summary>An opinion piece.</summary>
    Opinion = 4,

    /// <summary>A blog post.</summary>
    Blog = 5,
}

/// <summary>
/// A source: one article or document that makes claims, with what is known of its outlet, kind, publication
/// date and upstream origins (a piece "AFP with additional input" has origin AFP).
/// </summary>
/// <remarks>
/// Sources are entities: equality is by <see cref="Id"/> alone. Immutable and thread-safe.
/// </remarks>
public sealed class Source : IEquatable<Source>
{
    /// <summary>Creates a source.</summary>
    /// <exception cref="ArgumentException">The id is the default (empty) id, or an origin is.</exception>
    public Source(SourceId id, string? title = null, string? outlet = null, SourceKind kind = SourceKind.Unknown,
        DateEstimate? published = null, IEnumerable<ActorId>? origins = null)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The source id must not be the default (empty) id.");
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"The source kind {(int)kind} is not defined.");
        var list = origins?.Distinct().Order().ToArray() ?? [];
        Preconditions.CheckArgument(Array.TrueForAll(list, o => o.Value is not null), nameof(origins), "An origin must not be the default (empty) id.");
        Id = id;
        Title = string.IsNullOrWhiteSpace(title) ? null : title;
        Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet;
        Kind = kind;
        Publication = published;
        Origins = list;
    }

    /// <summary>Gets the source's id.</summary>
    public SourceId Id { get; }

    /// <summary>Gets the title, when known.</summary>
    public string? Title { get; }

    /// <summary>Gets the outlet's name, when the text states it or curated metadata gives it.</summary>
    public string? Outlet { get; }

    /// <summary>Gets the kind of publication.</summary>
    public SourceKind Kind { get; }

    /// <summary>Gets the publication date estimate, when known: open-ended (<c>2020-06-16/..</c>,
    /// <see cref="DateEstimate.IsOpenEnded"/>) when nothing in the text bounds it from above.</summary>
    /// <remarks>The constructor's <c>published</c> parameter sets it (the parameter keeps its name, so that calls
    /// with named arguments still compile).</remarks>
    public DateEstimate? Publication { get; }

    /// <summary>Gets the publication date estimate: the same value as <see cref="Publication"/>, under its old name.</summary>
    [Obsolete("Use Publication.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DateEstimate? Published => Publication;

    /// <summary>Gets the upstream origins (wire agencies) the source's text derives from, sorted by id.</summary>
    public IReadOnlyList<ActorId> Origins { get; }

    /// <inheritdoc />
    public bool Equals(Source? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the id and, when known, the outlet.</summary>
    public override string ToString() => Outlet is null ? Id.ToString() : $"{Id} ({Outlet})";
}

namespace KoreaEvents.Core.Model;

/// <summary>
/// A strongly typed id over a stable slug (see <see cref="Slug"/>). Every id type compares ordinally by its
/// slug; <c>default</c> is the empty id, which no entity carries and every factory rejects.
/// </summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
public interface ISlugId<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, ISlugId<TSelf>
{
    /// <summary>Gets the slug, or <c>null</c> for the default (empty) id.</summary>
    string? Value { get; }

    /// <summary>Creates the id for <paramref name="slug"/>.</summary>
    /// <exception cref="ArgumentException">The slug breaks the <see cref="Slug"/> rules.</exception>
    static abstract TSelf FromSlug(string slug);
}

using System.Collections.ObjectModel;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Time;

/// <summary>
/// The result of dating a document: the publication estimate with its evidence, and every temporal expression
/// resolved against the estimate's anchor.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by reference.</remarks>
public sealed class DocumentDating
{
    internal DocumentDating(PublicationEstimate publication, IList<TemporalMention> mentions)
    {
        Publication = publication;
        Mentions = new ReadOnlyCollection<TemporalMention>(mentions);
    }

    /// <summary>Gets the schema version of the JSON form.</summary>
    [Obsolete("Use KoreaEventsJson.SchemaVersion (namespace KoreaEvents.Core.Serialization); the JSON form still starts with it.")]
    public int SchemaVersion => KoreaEventsJson.SchemaVersion;

    /// <summary>Gets the publication estimate.</summary>
    public PublicationEstimate Publication { get; }

    /// <summary>Gets the temporal expressions in text order, resolved against <see cref="PublicationEstimate.Anchor"/>.</summary>
    public IReadOnlyList<TemporalMention> Mentions { get; }

    /// <summary>Returns the JSON form (indented, camelCase, deterministic, with <c>schemaVersion</c>).</summary>
    [Obsolete("Use KoreaEventsJson.Serialize(dating) (namespace KoreaEvents.Core.Serialization).")]
    public string ToJson() => KoreaEventsJson.Serialize(this);
}

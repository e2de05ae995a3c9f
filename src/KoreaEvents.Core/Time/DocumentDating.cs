using System.Collections.ObjectModel;
using System.Text.Json;
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
    public int SchemaVersion => KoreaEventsJsonContext.SchemaVersion;

    /// <summary>Gets the publication estimate.</summary>
    public PublicationEstimate Publication { get; }

    /// <summary>Gets the temporal expressions in text order, resolved against <see cref="PublicationEstimate.Anchor"/>.</summary>
    public IReadOnlyList<TemporalMention> Mentions { get; }

    /// <summary>Returns the JSON form (indented, camelCase, deterministic, with <c>schemaVersion</c>).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, KoreaEventsJsonContext.Readable.DocumentDating);
}

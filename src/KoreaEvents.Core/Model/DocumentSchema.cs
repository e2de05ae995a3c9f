namespace KoreaEvents.Core.Model;

/// <summary>
/// The schema version of every document the library writes and reads (JSON reports, claims, gold standards,
/// knowledge-base files). It lives in the lowest layer so that a layer validating its own input (the knowledge-base
/// reader) needs nothing above it; <c>KoreaEventsJson.SchemaVersion</c> at the serialization edge is its public name.
/// </summary>
internal static class DocumentSchema
{
    /// <summary>The current schema version.</summary>
    public const int Version = 1;
}

using NodaTime;

namespace KoreaEvents.Core.Time;

/// <summary>Options for <see cref="DocumentDater"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentDatingOptions
{
    /// <summary>Gets the publication date the caller knows (from a feed, a file's metadata). It is used, and a warning
    /// is added when the content contradicts it.</summary>
    public LocalDate? SuppliedDate { get; init; }

    /// <summary>Gets the day of analysis: no document is later. When null, the dater's clock says what day it is
    /// (see <see cref="DocumentDater(IKnownEventDates?, TemporalTagger?, IClock?)"/>).</summary>
    public LocalDate? AnalysisDate { get; init; }
}

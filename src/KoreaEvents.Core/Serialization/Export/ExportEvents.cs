using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Reporting;

namespace KoreaEvents.Core.Serialization.Export;

/// <summary>One event of a dataset as the exports see it: catalogued or provisional, with its judged groups.</summary>
internal sealed record ExportEvent(
    EntityRef Subject,
    EventCode Code,
    string Label,
    bool Catalogued,
    DateEstimate? CatalogueDate,
    PlaceId? CataloguePlace,
    IReadOnlyList<EventParticipant> Participants,
    IReadOnlyList<ClaimGroupResult> Groups)
{
    /// <summary>The event's id (its slug).</summary>
    public string Id => Subject.Slug!;

    /// <summary>The group of <paramref name="facet"/>, or null.</summary>
    public ClaimGroupResult? Group(Facet facet) => Groups.FirstOrDefault(g => g.Facet == facet);

    /// <summary>
    /// Every event a source speaks of (a subject of the report), in the text report's order: by catalogue date, then
    /// by id. Catalogue events no source mentions are left out: there is nothing of theirs to export.
    /// </summary>
    public static IReadOnlyList<ExportEvent> Of(KoreaEventsDataset dataset)
    {
        var events = new List<ExportEvent>();
        foreach (var subject in dataset.Report.Groups.GroupBy(g => g.Subject).Where(g => g.Key.Kind == EntityKind.Event)
                     .Select(g => (Group: g, Order: SubjectDescriptions.Order(dataset, g.Key)))
                     .OrderBy(g => g.Order.Item1).ThenBy(g => g.Order.Item2, StringComparer.Ordinal).Select(g => g.Group))
        {
            var id = new EventId(subject.Key.Slug!);
            var groups = subject.OrderBy(g => g.Facet).ToList();
            if (dataset.Knowledge.TryGetEvent(id, out var known))
            {
                events.Add(new ExportEvent(subject.Key, known.Code, known.Label, true, known.Date, known.Place, known.Participants, groups));
            }
            else if (dataset.ProvisionalEvents.FirstOrDefault(p => p.Id == id) is { } provisional)
            {
                events.Add(new ExportEvent(subject.Key, provisional.Code, provisional.Label, false, provisional.Date, provisional.Place,
                    provisional.Participants, groups));
            }
        }

        return events;
    }
}

using System.Globalization;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Reporting;

/// <summary>How the text report and the timeline name and order the subjects of a dataset (shared by both).</summary>
internal static class SubjectDescriptions
{
    /// <summary>The catalogue date of an event subject, or the provisional event's date; null when neither knows it.</summary>
    public static DateEstimate? CatalogueDate(KoreaEventsDataset dataset, EntityRef subject)
    {
        var id = new EventId(subject.Slug!);
        return dataset.Knowledge.TryGetEvent(id, out var e) ? e.Date : dataset.ProvisionalEvents.FirstOrDefault(p => p.Id == id)?.Date;
    }

    /// <summary>The report's order of subjects: by kind, then events by catalogue date, then by slug.</summary>
    public static (int, string) Order(KoreaEventsDataset dataset, EntityRef subject)
    {
        var date = subject.Kind == EntityKind.Event ? CatalogueDate(dataset, subject) : null;
        return ((int)subject.Kind, (date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "9999") + subject.Slug);
    }

    /// <summary>The subject with its catalogue label, code and date (or a note that it is provisional).</summary>
    public static string Describe(KoreaEventsDataset dataset, EntityRef subject)
    {
        if (subject.Kind == EntityKind.Event)
        {
            var id = new EventId(subject.Slug!);
            if (dataset.Knowledge.TryGetEvent(id, out var e))
            {
                return $"{subject} — {e.Label} ({e.Code}; catalogue date {e.Date})";
            }

            if (dataset.ProvisionalEvents.FirstOrDefault(p => p.Id == id) is { } p)
            {
                return $"{subject} — {p.Label} ({p.Code}; provisional, not in the catalogue)";
            }
        }

        return subject.ToString();
    }

    /// <summary>Formats with the invariant culture.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

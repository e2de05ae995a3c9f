using NodaTime;
using NodaTime.Text;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Time;

/// <content>The consensus of the constraints, and the constraint and hit records it weighs.</content>
public sealed partial class DocumentDater
{
    /// <summary>The heaviest set of constraints sharing a day (ties: the earliest day), and their intersection.</summary>
    private static (LocalDate Low, LocalDate High, HashSet<Constraint> Kept) Consensus(List<Constraint> constraints)
    {
        var points = constraints.Select(c => c.Low).Append(LocalDate.MinIsoValue).Distinct().Order().ToList();
        HashSet<Constraint>? best = null;
        int bestWeight = -1;
        foreach (var point in points)
        {
            var set = constraints.Where(c => c.Low <= point && point <= c.High).ToHashSet();
            int weight = set.Sum(c => c.Weight);
            if (weight > bestWeight)
            {
                best = set;
                bestWeight = weight;
            }
        }

        var low = best!.Select(c => c.Low).Max();
        var high = best!.Select(c => c.High).Min();
        return (low, high, best!);
    }

    private static int RolePriority(StatedDateRole role) => role switch
    {
        StatedDateRole.Published => 0,
        StatedDateRole.Unknown => 1,
        StatedDateRole.PageHeader => 2,
        StatedDateRole.Retrieved => 2,
        _ => 3,
    };

    private static string RoleWords(StatedDateRole role) => role switch
    {
        StatedDateRole.Published => "stated publication date",
        StatedDateRole.Updated => "update date",
        StatedDateRole.PageHeader => "page header date",
        StatedDateRole.Retrieved => "retrieval date",
        StatedDateRole.Sidebar => "sidebar date",
        _ => "stated date",
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Range(LocalDate low, LocalDate high) => low == high ? Iso(low) : $"{Iso(low)}/{Iso(high)}";

    private readonly record struct Hit(KnownEventDate Event, int Start, int End, DateEstimate Date);

    private sealed class Constraint(PublicationEvidence kind, string evidence, int? start, int? length, LocalDate? notBefore, LocalDate? notAfter,
        string? eventKey, StatedDateRole? role, string reason)
    {
        public PublicationEvidence Kind { get; } = kind;

        public string Evidence { get; } = evidence;

        public int? Start { get; } = start;

        public int? Length { get; } = length;

        public LocalDate? NotBefore { get; } = notBefore;

        public LocalDate? NotAfter { get; } = notAfter;

        public string? EventKey { get; } = eventKey;

        public StatedDateRole? Role { get; } = role;

        public string Reason { get; } = reason;

        /// <summary>Votes in the consensus: 2 for ordinary evidence, 1 for weak evidence.</summary>
        public int Weight { get; init; } = 2;

        public LocalDate Low => NotBefore ?? LocalDate.MinIsoValue;

        public LocalDate High => NotAfter ?? LocalDate.MaxIsoValue;
    }
}

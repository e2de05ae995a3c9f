using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Time;

/// <summary>
/// A small table of dated facts from the public record, standing in for the knowledge base's event catalogue.
/// The phrases name the events, not any seed's sentences.
/// </summary>
internal static class TestKnownEvents
{
    public static IKnownEventDates Table { get; } = new KnownEventDates(
    [
        new KnownEventDate("hanoi-summit-2019", DateEstimate.Parse("2019-02-27/2019-02-28"), ["Hanoi", "summit broke down"]),
        new KnownEventDate("singapore-summit-2018", DateEstimate.Parse("2018-06-12"), ["Singapore"]),
        new KnownEventDate("liaison-office-opening-2018", DateEstimate.Parse("2018-09-14"), ["opened", "set up"]),
        new KnownEventDate("liaison-office-withdrawal-2019", DateEstimate.Parse("2019-03-22"), ["withdrew from", "withdraw from", "withdrawal from", "pulled out"]),
        new KnownEventDate("liaison-office-demolition-2020", DateEstimate.Parse("2020-06-16"), ["blew up", "blown up", "demolished", "demolition", "destroyed", "destruction"]),
        new KnownEventDate("us-election-2020", DateEstimate.Parse("2020-11-03"), ["election"]),
    ]);
}

using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Corroboration;

/// <summary>
/// Hand-made claims from the seed articles (the extraction of claims is done elsewhere): each with the exact
/// quote and offsets found in the seed's text, so the report's evidence can be checked against the corpus.
/// </summary>
internal static class SeedClaims
{
    public static readonly EntityRef Hanoi = EntityRef.From(new EventId("hanoi-summit-2019"));
    public static readonly EntityRef Opening = EntityRef.From(new EventId("liaison-office-opening-2018"));
    public static readonly EntityRef Demolition = EntityRef.From(new EventId("liaison-office-demolition-2020"));
    public static readonly EntityRef MissileTests = EntityRef.From(new EventId("missile-tests-2020"));
    public static readonly EntityRef NscMeeting = EntityRef.From(new EventId("nsc-emergency-meeting-2020"));
    public static readonly EntityRef Kaesong = EntityRef.From(new PlaceId("kaesong"));
    public static readonly EntityRef NorthKorea = EntityRef.From(new PlaceId("north-korea"));
    public static readonly EntityRef Pyongyang = EntityRef.From(new PlaceId("pyongyang"));
    public static readonly EntityRef KoreanPeninsula = EntityRef.From(new PlaceId("korean-peninsula"));
    public static readonly ActorId Afp = new("afp");
    public static readonly ActorId Yonhap = new("yonhap");

    /// <summary>Kaesong and Pyongyang in North Korea, North Korea on the Korean peninsula.</summary>
    public static readonly PlaceHierarchy Places = PlaceHierarchy.FromParents(
    [
        new(Kaesong, NorthKorea),
        new(Pyongyang, NorthKorea),
        new(NorthKorea, KoreanPeninsula),
    ]);

    public static SourceId Seed(int number) => new($"seed-{number:000}");

    /// <summary>The seeds' source records: seed 002 ("AFP with additional input by GVS News Desk") derives from AFP.</summary>
    public static IReadOnlyList<Source> Sources { get; } =
    [
        new(Seed(0), "Escalation Alert on the Korean Peninsula, North Pulls Out from Joint Liaison Office", "Security Risks Asia", SourceKind.Analysis),
        new(Seed(1), "Going south? North Korea pulls out of liaison office engagement after Hanoi Summit failure", "Hot Air", SourceKind.Blog),
        new(Seed(2), "Korean liaison office destroyed by North Korea amid rising tensions with South", "Global Village Space", SourceKind.News, origins: [Afp]),
        new(Seed(3), "What's Next for North-South Korean Relations Following Kaesong?", null, SourceKind.Analysis),
        new(Seed(4), "North Korea Blew Up Its Liaison Office with the South. What Now?", "USIP", SourceKind.Analysis),
    ];

    /// <summary>A claim whose evidence is <paramref name="quote"/> found in seed <paramref name="seed"/>.</summary>
    public static Claim Quote(string id, int seed, string quote, EntityRef subject, Facet facet, ClaimValue value,
        Modality modality = Modality.Asserted, Attribution? attribution = null)
    {
        var source = Seed(seed);
        var text = SeedCorpus.Get(source.Value!).Text;
        int start = text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{quote}' is not in {source}.");
        return new Claim(new ClaimId(id), subject, facet, value, source, Evidence.FromText(source, text, start, quote.Length), attribution, modality);
    }

    public static ClaimValue Month(int year, int month) => ClaimValue.FromDate(DateEstimate.FromMonth(year, month));

    public static ClaimValue Place(EntityRef place) => ClaimValue.FromEntity(place);

    // ---------------------------------------------------------------- DESIGN.md §6: the Hanoi summit date

    public static Claim Hanoi000 => Quote("seed-000-hanoi-date", 0, "February 27-28 when the second summit", Hanoi, Facet.Date,
        ClaimValue.FromDate(DateEstimate.FromInterval(new LocalDate(2019, 2, 27), new LocalDate(2019, 2, 28))));

    public static Claim Hanoi002 => Quote("seed-002-hanoi-date", 2, "in February last year", Hanoi, Facet.Date, Month(2019, 2));

    public static Claim Hanoi003March => Quote("seed-003-hanoi-date-march", 3, "The failed summit between Washington and Pyongyang in March 2019",
        Hanoi, Facet.Date, Month(2019, 3));

    public static Claim Hanoi003February => Quote("seed-003-hanoi-date-february", 3, "The Hanoi summit in February", Hanoi, Facet.Date,
        ClaimValue.FromDate(DateEstimate.FromMonth(2020, 2).WithYearUnstated()));

    public static Claim Hanoi004 => Quote("seed-004-hanoi-date", 4, "the February 2019 summit in Hanoi", Hanoi, Facet.Date, Month(2019, 2));

    public static IReadOnlyList<Claim> HanoiDates => [Hanoi000, Hanoi002, Hanoi003March, Hanoi003February, Hanoi004];

    // ---------------------------------------------------------------- the office's opening in September 2018

    public static IReadOnlyList<Claim> OpeningDates =>
    [
        Quote("seed-001-opening-date", 1, "The inter-Korea liaison office was opened in September 2018", Opening, Facet.Date, Month(2018, 9),
            Modality.Reported, new Attribution(null, channel: "NPR")),
        Quote("seed-002-opening-date", 2, "The liaison office was opened in September 2018", Opening, Facet.Date, Month(2018, 9)),
        Quote("seed-002-opening-date-2", 2, "was opened in September 2018 as part of an agreement", Opening, Facet.Date, Month(2018, 9)),
        Quote("seed-004-opening-date", 4, "formally opened only 21 months ago", Opening, Facet.Date, Month(2018, 9)),
    ];

    // ---------------------------------------------------------------- where the office was blown up

    public static Claim Pyongyang002 => Quote("seed-002-demolition-place-pyongyang", 2, "demolished a Korean liaison office in Pyongyang",
        Demolition, Facet.Location, Place(Pyongyang));

    public static IReadOnlyList<Claim> DemolitionPlaces =>
    [
        Pyongyang002,
        Quote("seed-002-demolition-place-kaesong", 2, "just across the border in Kaesong", Demolition, Facet.Location, Place(Kaesong)),
        Quote("seed-002-demolition-place-north", 2, "blew up an inter-Korean liaison office on its side of the border", Demolition, Facet.Location, Place(NorthKorea)),
        Quote("seed-003-demolition-place", 3, "border town of Kaesong was recently", Demolition, Facet.Location, Place(Kaesong)),
        Quote("seed-004-demolition-place", 4, "This office building in Kaesong", Demolition, Facet.Location, Place(Kaesong)),
    ];

    // ---------------------------------------------------------------- predictions

    public static Claim MissileTestsHedged => Quote("seed-004-missile-tests", 4, "Pyongyang may conduct short- to medium-range missile tests",
        MissileTests, Facet.Occurred, ClaimValue.FromBoolean(true), Modality.Hedged);
}

using FsCheck;
using FsCheck.Fluent;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Corroboration;

public partial class CorroborationEngineTest
{
    private static readonly Source[] PropertySources =
    [
        new(new SourceId("s0"), origins: [new ActorId("wire-a")]),
        new(new SourceId("s1"), origins: [new ActorId("wire-a")]),
        new(new SourceId("s2"), origins: [new ActorId("wire-b")]),
        new(new SourceId("s3")),
        new(new SourceId("s4")),
        new(new SourceId("s5")),
    ];

    private static readonly EntityRef[] PropertySubjects = [EntityRef.FromOther("x0"), EntityRef.FromOther("x1"), EntityRef.FromOther("x2")];

    private static readonly Facet[] PropertyFacets = [Facet.Date, Facet.Count("people"), Facet.Location, Facet.Occurred, new("label")];

    private static readonly ClaimValue[][] PropertyValues =
    [
        [
            ClaimValue.FromDate(DateEstimate.FromMonth(2019, 2)),
            ClaimValue.FromDate(DateEstimate.FromInterval(new LocalDate(2019, 2, 27), new LocalDate(2019, 2, 28))),
            ClaimValue.FromDate(DateEstimate.FromMonth(2019, 3)),
            ClaimValue.FromDate(DateEstimate.FromYear(2019)),
            ClaimValue.FromDate(DateEstimate.FromMonth(2020, 2).WithYearUnstated()),
            ClaimValue.FromDate(DateEstimate.FromIsoWeek(2019, 9)),
        ],
        [
            ClaimValue.FromQuantity(Quantity.About(20, "people")),
            ClaimValue.FromQuantity(Quantity.Exactly(25, "people")),
            ClaimValue.FromQuantity(Quantity.Exactly(20)),
            ClaimValue.FromQuantity(new Quantity(18, 22)),
            ClaimValue.FromQuantity(Quantity.About(100)),
        ],
        [
            ClaimValue.FromEntity(SeedClaims.Kaesong),
            ClaimValue.FromEntity(SeedClaims.NorthKorea),
            ClaimValue.FromEntity(SeedClaims.Pyongyang),
            ClaimValue.FromEntity(SeedClaims.KoreanPeninsula),
        ],
        [ClaimValue.FromBoolean(true), ClaimValue.FromBoolean(false)],
        [ClaimValue.FromText("Hanoi summit"), ClaimValue.FromText("hanoi  Summit!"), ClaimValue.FromText("Singapore summit")],
    ];

    private static readonly Gen<Modality> Modalities = Gen.Frequency(
        (6, Gen.Constant(Modality.Asserted)),
        (2, Gen.Constant(Modality.Reported)),
        (1, Gen.Elements(Modality.Hedged, Modality.Negated, Modality.Future, Modality.Conditional)));

    private static readonly Gen<Claim[]> ClaimSets =
        from specs in Gen.ArrayOf(
            from subject in Gen.Choose(0, PropertySubjects.Length - 1)
            from facet in Gen.Choose(0, PropertyFacets.Length - 1)
            from source in Gen.Choose(0, PropertySources.Length - 1)
            from value in Gen.Choose(0, 5)
            from mixedType in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
            from modality in Modalities
            from statement in Gen.Elements<string?>(null, null, null, "Yonhap", "Unification Ministry")
            select (subject, facet, source, value, mixedType, modality, statement))
        select specs.Select((s, i) =>
        {
            var values = PropertyValues[s.mixedType ? (s.facet + 1) % PropertyValues.Length : s.facet];
            return new Claim(new ClaimId($"c{i}"), PropertySubjects[s.subject], PropertyFacets[s.facet], values[s.value % values.Length],
                PropertySources[s.source].Id, null, s.statement is null ? null : new Attribution(s.statement), s.modality);
        }).ToArray();

    private static readonly CorroborationEngine PropertyEngine = new(CorroborationOptions.Default with { Places = SeedClaims.Places });

    private static string Verdicts(CorroborationReport report) =>
        string.Join("\n", report.Groups.Select(g => $"{g.Subject} {g.Facet} {g.Verdict}"));

    [Fact]
    public void Verdicts_and_json_are_invariant_under_reordering_of_claims()
    {
        var gen = from claims in ClaimSets
                  from shuffled in Gen.Shuffle(claims)
                  select (claims, shuffled);
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var a = PropertyEngine.Corroborate(PropertySources, pair.claims);
            var b = PropertyEngine.Corroborate(PropertySources.Reverse(), pair.shuffled);
            return Verdicts(a) == Verdicts(b) && KoreaEventsJson.Serialize(a) == KoreaEventsJson.Serialize(b);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_duplicate_claim_from_the_same_source_never_changes_a_verdict()
    {
        var gen = from claims in ClaimSets.Where(c => c.Length > 0)
                  from k in Gen.Choose(0, claims.Length - 1)
                  select (claims, k);
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var original = pair.claims[pair.k];
            var duplicate = new Claim(new ClaimId(original.Id.Value + "-again"), original.Subject, original.Facet, original.Value,
                original.Source, original.Evidence, original.Attribution, original.Modality);
            var before = PropertyEngine.Corroborate(PropertySources, pair.claims);
            var after = PropertyEngine.Corroborate(PropertySources, [.. pair.claims, duplicate]);
            return Verdicts(before) == Verdicts(after) ? true : throw new InvalidOperationException(
                $"duplicate of {original}\n{Verdicts(before)}\n--\n{Verdicts(after)}\n{string.Join("\n", pair.claims.Select(c => c + " " + c.Modality + " " + c.Attribution))}");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Json_is_byte_identical_across_runs() =>
        Prop.ForAll(ClaimSets.ToArbitrary(), claims =>
            KoreaEventsJson.Serialize(PropertyEngine.Corroborate(PropertySources, claims)) == KoreaEventsJson.Serialize(new CorroborationEngine(PropertyEngine.Options).Corroborate(PropertySources, claims)))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Supporting_claims_are_mutually_compatible_and_conflicts_are_not_compatible_with_the_consensus() =>
        Prop.ForAll(ClaimSets.ToArbitrary(), claims =>
        {
            var report = PropertyEngine.Corroborate(PropertySources, claims);
            foreach (var group in report.Groups.Where(g => g.Consensus is DateValue))
            {
                var consensus = ((DateValue)group.Consensus!).Date;
                foreach (var claim in group.Claims.Where(c => c.Value is DateValue))
                {
                    var date = ((DateValue)claim.Value).Date;
                    if (claim.Stance == ClaimStance.Supports && !date.IsCompatibleWith(consensus))
                    {
                        throw new InvalidOperationException($"{claim} supports {consensus}\n{group.Explanation}");
                    }

                    if (claim.Stance == ClaimStance.Conflicts && claim.Modality != Modality.Negated && date.IsCompatibleWith(consensus))
                    {
                        throw new InvalidOperationException($"{claim} {date} conflicts with {consensus}\n{group.Explanation}");
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
}

using FsCheck;
using FsCheck.Fluent;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Tests.Time;

public partial class DateEstimateTest
{
    private static readonly Gen<LocalDate> Dates =
        from year in Gen.Choose(1990, 2030)
        from dayOfYear in Gen.Choose(0, 364)
        select new LocalDate(year, 1, 1).PlusDays(dayOfYear);

    private static readonly Gen<DateEstimate> Units = Gen.OneOf(
        Dates.Select(DateEstimate.FromDay),
        Dates.Select(DateEstimate.FromIsoWeekContaining),
        Dates.Select(d => DateEstimate.FromMonth(d.Year, d.Month)),
        Dates.Select(d => DateEstimate.FromSeason(d.Year, (Season)(d.Month % 4))),
        Dates.Select(d => DateEstimate.FromYear(d.Year)),
        Dates.Select(d => DateEstimate.FromDecade(d.Year - (d.Year % 10))));

    private static readonly Gen<DateEstimate> Estimates = Gen.OneOf(
        Units,
        from a in Dates
        from b in Dates
        from p in Gen.Elements(Enum.GetValues<DatePrecision>())
        select DateEstimate.FromInterval(a < b ? a : b, a < b ? b : a, p),
        from u in Units.Where(u => u.Precision is DatePrecision.Month or DatePrecision.Year or DatePrecision.Season or DatePrecision.Decade)
        from m in Gen.Elements(DateModifier.Start, DateModifier.Mid, DateModifier.End, DateModifier.Approximate)
        select u.WithModifier(m),
        from u in Units.Where(u => u.Precision < DatePrecision.Year)
        select u.WithYearUnstated(),
        Dates.Select(DateEstimate.OnOrAfter));

    private static void Check(Func<DateEstimate, DateEstimate, bool> property) =>
        Prop.ForAll(Estimates.ToArbitrary(), Estimates.ToArbitrary(), property).QuickCheckThrowOnFailure();

    [Fact]
    public void Format_then_parse_round_trips() =>
        Prop.ForAll(Estimates.ToArbitrary(), e => DateEstimate.Parse(e.ToString()) == e && DateEstimate.Parse(e.ToString()).ToString() == e.ToString())
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Compatibility_is_symmetric() => Check((a, b) => a.IsCompatibleWith(b) == b.IsCompatibleWith(a));

    [Fact]
    public void Intersection_is_commutative() => Check((a, b) => Equals(a.Intersect(b), b.Intersect(a)));

    [Fact]
    public void Intersection_exists_exactly_when_compatible() => Check((a, b) => a.Intersect(b).HasValue == a.IsCompatibleWith(b));

    [Fact]
    public void Intersection_is_contained_in_both_when_years_are_stated() =>
        Check((a, b) =>
        {
            var a1 = a.IsYearStated ? a : a.WithYearStated();
            var b1 = b.IsYearStated ? b : b.WithYearStated();
            var i = a1.Intersect(b1);
            return i is null || (a1.Contains(i.Value) && b1.Contains(i.Value));
        });

    [Fact]
    public void Intersection_is_compatible_with_both() =>
        Check((a, b) => a.Intersect(b) is not { } i || (i.IsCompatibleWith(a) && i.IsCompatibleWith(b)));

    [Fact]
    public void Intersection_with_itself_is_itself() => Check((a, _) => a.Intersect(a) == a);

    [Fact]
    public void Ordering_is_consistent_with_equality() => Check((a, b) => (a.CompareTo(b) == 0) == (a == b) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)));
}

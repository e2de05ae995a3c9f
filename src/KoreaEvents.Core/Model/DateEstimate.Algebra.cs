using NodaTime;

namespace KoreaEvents.Core.Model;

/// <content>The algebra: whole units, overlap, containment, compatibility and intersection, and the alignment of an
/// unstated year onto another estimate's year.</content>
public readonly partial struct DateEstimate
{
    /// <summary>Gets whether the estimate is one whole unit of its precision (a day, a week, a month …), possibly
    /// narrowed by a modifier, rather than an interval written with two bounds.</summary>
    public bool IsSingleUnit
    {
        get
        {
            var (unitStart, unitEnd) = UnitAround(Start, Precision);
            if (Modifier is DateModifier.Start or DateModifier.Mid or DateModifier.End)
            {
                return Narrow(unitStart, unitEnd, Precision, Modifier) == (Start, End);
            }

            return unitStart == Start && unitEnd == End;
        }
    }

    /// <summary>Returns whether the two intervals share at least one day, comparing years as written
    /// (ignores <see cref="IsYearStated"/>; use <see cref="IsCompatibleWith"/> for claims).</summary>
    public bool Overlaps(DateEstimate other) => Start <= other.End && other.Start <= End;

    /// <summary>Returns whether <paramref name="date"/> lies in the interval.</summary>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>Returns whether <paramref name="other"/>'s interval lies wholly inside this one (years as written).</summary>
    public bool Contains(DateEstimate other) => Start <= other.Start && other.End <= End;

    /// <summary>
    /// Returns whether some day could satisfy both estimates. Symmetric. When either year is unstated, the
    /// unstated value is tried in every year (month and day still count): <c>XXXX-02</c> is compatible with
    /// <c>2019-02</c> but not with <c>2019-03</c>.
    /// </summary>
    public bool IsCompatibleWith(DateEstimate other) => TryAlign(this, other, out _, out _);

    /// <summary>
    /// Returns the consensus of two compatible estimates (the days both allow), or <c>null</c> when they are not
    /// compatible. Commutative. When one interval lies inside the other the inner estimate is returned as it is
    /// (keeping its precision and modifier); otherwise the overlap is returned in canonical form at the finer of
    /// the two precisions. An unstated year is aligned onto the other's year; the result states its year when
    /// either input does.
    /// </summary>
    public DateEstimate? Intersect(DateEstimate other)
    {
        if (this == other)
        {
            return this;
        }

        if (!TryAlign(this, other, out var a, out var b))
        {
            return null;
        }

        bool unstated = yearUnstated && other.yearUnstated;
        if (a.Start == b.Start && a.End == b.End)
        {
            var pick = a.CompareTo(b) <= 0 ? a : b;
            return pick.WithYearFlag(unstated);
        }

        if (b.Contains(a))
        {
            return a.WithYearFlag(unstated);
        }

        if (a.Contains(b))
        {
            return b.WithYearFlag(unstated);
        }

        var start = a.Start > b.Start ? a.Start : b.Start;
        var end = a.End < b.End ? a.End : b.End;
        var precision = a.Precision < b.Precision ? a.Precision : b.Precision;
        return Normalize(start, end, precision, DateModifier.None, unstated);
    }

    private DateEstimate WithYearFlag(bool unstated) => new(Start, End, Precision, Modifier, unstated);

    private DateEstimate ShiftYears(int years) =>
        years == 0 ? this : new DateEstimate(Start.PlusYears(years), End.PlusYears(years), Precision, Modifier, yearUnstated);

    /// <summary>
    /// Finds readings of <paramref name="x"/> and <paramref name="y"/> that overlap, shifting a value with an
    /// unstated year by whole years. Symmetric: the shift chosen is the one closest to the anchored readings,
    /// ties going to the earlier year.
    /// </summary>
    private static bool TryAlign(DateEstimate x, DateEstimate y, out DateEstimate alignedX, out DateEstimate alignedY)
    {
        alignedX = x;
        alignedY = y;
        if (!x.yearUnstated && !y.yearUnstated)
        {
            return x.Overlaps(y);
        }

        // Shift the unstated one (or, when both are unstated, the later-anchored one) onto the other.
        bool shiftX = x.yearUnstated && (!y.yearUnstated || x.Start > y.Start || (x.Start == y.Start && x.End > y.End));
        var mover = shiftX ? x : y;
        var fixedOne = shiftX ? y : x;
        int low = fixedOne.Start.Year - mover.End.Year - 1;
        int high = fixedOne.End.Year - mover.Start.Year + 1;
        DateEstimate? best = null;
        int bestDistance = int.MaxValue;
        for (int k = low; k <= high; k++)
        {
            int firstYear = mover.Start.Year + k;
            int lastYear = mover.End.Year + k;
            if (firstYear < 1 || lastYear > 9999)
            {
                continue;
            }

            var shifted = mover.ShiftYears(k);
            if (shifted.Overlaps(fixedOne) && Math.Abs(k) < bestDistance)
            {
                best = shifted;
                bestDistance = Math.Abs(k);
            }
        }

        if (best is null)
        {
            return false;
        }

        if (shiftX)
        {
            alignedX = best.Value;
        }
        else
        {
            alignedY = best.Value;
        }

        return true;
    }
}

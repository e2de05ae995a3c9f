using System.Globalization;
using System.Text;

namespace KoreaEvents.Core.Model;

/// <summary>
/// A number or range of numbers with a unit, as a text states it: <c>25 people</c>, <c>around 20 officials</c>
/// (approximate), <c>hundreds of managers</c> (a range, 200 to 999).
/// </summary>
/// <remarks>
/// Equality compares every field; there is no ordering (ranges cannot be ordered without guessing). The text form
/// is invariant: <c>25 people</c>, <c>~20 officials</c>, <c>200-999 managers</c>. Immutable and thread-safe.
/// </remarks>
public readonly record struct Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="low">The smallest value the text allows.</param>
    /// <param name="high">The largest value the text allows; not smaller than <paramref name="low"/>.</param>
    /// <param name="unit">What is counted or measured, as a slug (<c>officials</c>), or null for a bare number.</param>
    /// <param name="isApproximate">Whether the text hedged the number ("around", "about", "some").</param>
    /// <exception cref="ArgumentException"><paramref name="high"/> is smaller than <paramref name="low"/>, or the unit is not a slug.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public Quantity(decimal low, decimal high, string? unit = null, bool isApproximate = false)
    {
        Preconditions.CheckArgument(high >= low, nameof(high), "The high end of a quantity must not be smaller than its low end.");
        if (unit is not null)
        {
            Preconditions.CheckSlug(unit);
        }

        Low = low;
        High = high;
        Unit = unit;
        IsApproximate = isApproximate;
    }

    /// <summary>Gets the smallest value the text allows.</summary>
    public decimal Low { get; }

    /// <summary>Gets the largest value the text allows.</summary>
    public decimal High { get; }

    /// <summary>Gets what is counted or measured, or null.</summary>
    public string? Unit { get; }

    /// <summary>Gets whether the number was hedged ("around 20").</summary>
    public bool IsApproximate { get; }

    /// <summary>Creates an exact quantity.</summary>
    public static Quantity Exactly(decimal value, string? unit = null) => new(value, value, unit);

    /// <summary>Creates an approximate quantity ("around 20 officials").</summary>
    public static Quantity About(decimal value, string? unit = null) => new(value, value, unit, isApproximate: true);

    /// <summary>Returns the invariant text form, e.g. <c>~20 officials</c> or <c>200-999 managers</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (IsApproximate)
        {
            builder.Append('~');
        }

        builder.Append(Low.ToString(CultureInfo.InvariantCulture));
        if (High != Low)
        {
            builder.Append('-').Append(High.ToString(CultureInfo.InvariantCulture));
        }

        if (Unit is not null)
        {
            builder.Append(' ').Append(Unit);
        }

        return builder.ToString();
    }
}

using System.Diagnostics.CodeAnalysis;
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

    /// <summary>
    /// Parses the invariant text form that <see cref="ToString"/> writes: an optional <c>~</c> (approximate), a number,
    /// optionally <c>-</c> and a second number (a range), then optionally one space and a unit slug: <c>25</c>,
    /// <c>~20 officials</c>, <c>200-999 managers</c>, <c>-5--3</c>. Numbers use the invariant culture (<c>.</c> as the
    /// decimal point, no group separators or exponents).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in that form, or the range ends below its start.</exception>
    public static Quantity Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var quantity)
            ? quantity
            : throw new FormatException($"'{text}' is not a quantity: write a number or range with an optional '~' and unit, such as '25', '~20 officials' or '200-999 managers'.");
    }

    /// <summary>Parses the invariant text form (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text to parse; null or an invalid form gives <c>false</c>.</param>
    /// <param name="quantity">The quantity, when the text is valid; otherwise the default (0).</param>
    /// <returns>Whether <paramref name="text"/> was a valid quantity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var span = text.AsSpan();
        bool approximate = span[0] == '~';
        if (approximate)
        {
            span = span[1..];
        }

        string? unit = null;
        int space = span.IndexOf(' ');
        if (space >= 0)
        {
            unit = span[(space + 1)..].ToString();
            if (!Slug.IsValid(unit))
            {
                return false;
            }

            span = span[..space];
        }

        int dash = span.Length > 1 ? span[1..].IndexOf('-') : -1;
        var lowText = dash < 0 ? span : span[..(dash + 1)];
        var highText = dash < 0 ? span : span[(dash + 2)..];
        if (!TryParseNumber(lowText, out var low) || !TryParseNumber(highText, out var high) || high < low)
        {
            return false;
        }

        quantity = new Quantity(low, high, unit, approximate);
        return true;
    }

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

    private static bool TryParseNumber(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        return text.Length > 0 && char.IsAsciiDigit(text[^1])
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}

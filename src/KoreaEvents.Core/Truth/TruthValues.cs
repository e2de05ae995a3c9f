using System.Globalization;
using System.Runtime.CompilerServices;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Truth;

/// <summary>
/// The one rule that decides when two claimed values are the same value, used while reading claims, by every
/// algorithm, and when scoring against a truth table.
/// </summary>
/// <remarks>
/// <para>A value's <em>key</em> is its text trimmed, with every run of white space collapsed to one space and
/// letters lower-cased (invariant culture). When the key parses as a finite invariant-culture number
/// (<see cref="NumberStyles.Float"/>: optional sign, digits, decimal point, exponent; no thousands separators)
/// the key is the number's shortest round-trip form instead, so <c>30.1</c>, <c>30.10</c> and <c>3.01e1</c> are the
/// same value. Two values are the same value exactly when their keys are equal (ordinal).</para>
/// </remarks>
public static class TruthValues
{
    /// <summary>Returns the key of <paramref name="value"/> (see the type's remarks).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string ToKey(string value)
    {
        Preconditions.CheckNotNull(value);
        Span<char> buffer = value.Length <= 256 ? stackalloc char[KeyBufferLength(value.Length)] : new char[KeyBufferLength(value.Length)];
        int length = ToKey(value, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>
    /// Returns the number <paramref name="value"/> stands for when its key is numeric, otherwise <see cref="double.NaN"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static double ToNumber(string value)
    {
        Preconditions.CheckNotNull(value);
        return TryParseNumber(value.AsSpan().Trim(), out double number) ? number : double.NaN;
    }

    /// <summary>
    /// Writes the normalised text of <paramref name="value"/> (trimmed, white space collapsed, lower-cased) into
    /// <paramref name="destination"/>, which must be at least as long as the value, and returns its length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Normalize(ReadOnlySpan<char> value, Span<char> destination)
    {
        value = value.Trim();
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            destination[length++] = char.ToLowerInvariant(c);
        }

        return length;
    }

    /// <summary>Parses an invariant-culture finite number (no thousands separators, no currency, no NaN or infinity).</summary>
    internal static bool TryParseNumber(ReadOnlySpan<char> normalized, out double number)
    {
        number = 0;
        if (normalized.IsEmpty)
        {
            return false;
        }

        // Cheap rejection before the parser: a number starts with a digit, a sign or a point.
        char first = normalized[0];
        if (!char.IsAsciiDigit(first) && first != '-' && first != '+' && first != '.')
        {
            return false;
        }

        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    /// <summary>The buffer length <see cref="ToKey(ReadOnlySpan{char}, Span{char})"/> needs for a value of <paramref name="valueLength"/> characters.</summary>
    internal static int KeyBufferLength(int valueLength) => Math.Max(valueLength, 32);

    /// <summary>
    /// Writes the key of <paramref name="value"/> into <paramref name="destination"/> (at least
    /// <see cref="KeyBufferLength"/> long) without allocating, and returns its length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int ToKey(ReadOnlySpan<char> value, Span<char> destination)
    {
        int length = Normalize(value, destination);
        if (TryParseNumber(destination[..length], out double number))
        {
            if (number == 0)
            {
                number = 0; // -0 and 0 are the same value.
            }

            if (number.TryFormat(destination, out int written, "R", CultureInfo.InvariantCulture))
            {
                return written;
            }
        }

        return length;
    }
}

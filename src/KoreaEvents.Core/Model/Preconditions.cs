using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Model;

/// <summary>
/// The one place that checks public arguments. Messages are whole sentences that name the parameter,
/// so a caller reading an exception knows what to change.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"The {paramName} must not be null.");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is null, empty or only white space.</summary>
    public static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The {paramName} must not be empty or white space.", paramName);
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> lies in [min, max].</summary>
    public static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The {paramName} must be between {min} and {max}, but was {value}.");
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative.</summary>
    public static int CheckNonNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The {paramName} must not be negative, but was {value}.");
        }

        return value;
    }

    /// <summary>
    /// Checks that <paramref name="value"/> is a slug: 1–128 characters of lower-case ASCII letters, digits
    /// and single hyphens, starting and ending with a letter or digit (<c>kim-jong-un</c>, <c>seed-002</c>).
    /// </summary>
    public static string CheckSlug([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (!Slug.IsValid(value))
        {
            throw new ArgumentException(InvalidIdMessage(paramName, value), paramName);
        }

        return value;
    }

    /// <summary>The message for a text that is not a slug: <c>The {what} '{value}' is not a valid id: use …</c>.</summary>
    public static string InvalidIdMessage(string? what, string value) =>
        $"The {what} '{value}' is not a valid id: use 1 to 128 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.";
}

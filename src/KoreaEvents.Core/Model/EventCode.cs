using System.Diagnostics.CodeAnalysis;

namespace KoreaEvents.Core.Model;

/// <summary>
/// A PLOVER event type with an optional mode that narrows it, written <c>RETREAT</c> or <c>RETREAT:withdraw</c>.
/// </summary>
/// <remarks>
/// <para>A mode is 1 to 32 lower-case ASCII letters and single hyphens (<c>withdraw</c>, <c>destroy</c>,
/// <c>relations</c>). PLOVER's modes are open-ended, so any mode that follows these rules is accepted.</para>
/// <para><b>Equality</b> compares the type and the mode (ordinal). <b>Ordering</b> is by type (PLOVER order) and
/// then by mode, with no mode first. The default value is <c>AGREE</c> with no mode. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct EventCode : IEquatable<EventCode>, IComparable<EventCode>
{
    private const int MaxModeLength = 32;

    /// <summary>Creates the code for <paramref name="type"/> and an optional <paramref name="mode"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not defined, or the mode breaks the rules above.</exception>
    public EventCode(EventType type, string? mode = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(type), nameof(type), $"The event type {(int)type} is not defined.");
        Preconditions.CheckArgument(mode is null || IsValidMode(mode), nameof(mode),
            $"The mode '{mode}' is not valid: use 1 to {MaxModeLength} lower-case letters and single hyphens, such as 'withdraw'.");
        Type = type;
        Mode = mode;
    }

    /// <summary>Gets the PLOVER event type.</summary>
    public EventType Type { get; }

    /// <summary>Gets the mode that narrows the type (<c>withdraw</c>), or <c>null</c>.</summary>
    public string? Mode { get; }

    /// <summary>Compares two codes for equality of type and mode.</summary>
    public static bool operator ==(EventCode left, EventCode right) => left.Type == right.Type && string.Equals(left.Mode, right.Mode, StringComparison.Ordinal);

    /// <summary>Compares two codes for inequality.</summary>
    public static bool operator !=(EventCode left, EventCode right) => !(left == right);

    /// <summary>Parses <c>RETREAT</c> or <c>RETREAT:withdraw</c> (the type is case-insensitive).</summary>
    /// <exception cref="FormatException">The text is not a PLOVER type with an optional valid mode.</exception>
    public static EventCode Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var code, out var error) ? code : throw new FormatException(error);
    }

    /// <summary>Parses <c>RETREAT</c> or <c>RETREAT:withdraw</c> without throwing, as <see cref="ToString"/> writes it
    /// (the type is case-insensitive).</summary>
    /// <param name="text">The text to parse; null or an invalid code gives <c>false</c>.</param>
    /// <param name="code">The code, when the text is valid; otherwise the default code.</param>
    /// <returns>Whether the text was a valid code. Use the overload with <c>error</c> to learn what is wrong.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out EventCode code) => TryParse(text, out code, out _);

    /// <summary>Parses <c>RETREAT</c> or <c>RETREAT:withdraw</c> without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code, when the text is valid.</param>
    /// <param name="error">A sentence saying what is wrong, when it is not.</param>
    /// <returns>Whether the text was a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out EventCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "An event code must not be empty: write a PLOVER type such as 'RETREAT' or 'RETREAT:withdraw'.";
            return false;
        }

        int colon = text.IndexOf(':', StringComparison.Ordinal);
        var typeText = colon < 0 ? text : text[..colon];
        var mode = colon < 0 ? null : text[(colon + 1)..];
        if (!TryParseType(typeText, out var type))
        {
            error = $"'{typeText}' is not a PLOVER event type; use one of {string.Join(", ", Enum.GetNames<EventType>().Select(n => n.ToUpperInvariant()))}.";
            return false;
        }

        if (mode is not null && !IsValidMode(mode))
        {
            error = $"'{mode}' in '{text}' is not a valid mode: use 1 to {MaxModeLength} lower-case letters and single hyphens, such as 'withdraw'.";
            return false;
        }

        code = new EventCode(type, mode);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(EventCode other) => this == other;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EventCode other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Mode is null ? 0 : StringComparer.Ordinal.GetHashCode(Mode));

    /// <inheritdoc />
    public int CompareTo(EventCode other)
    {
        int byType = Type.CompareTo(other.Type);
        return byType != 0 ? byType : string.CompareOrdinal(Mode, other.Mode);
    }

    /// <summary>Returns the PLOVER text form, <c>RETREAT:withdraw</c>.</summary>
    public override string ToString() => Mode is null ? TypeName(Type) : TypeName(Type) + ":" + Mode;

    /// <summary>Returns the upper-case PLOVER name of <paramref name="type"/>, <c>RETREAT</c>.</summary>
    public static string TypeName(EventType type) => type.ToString().ToUpperInvariant();

    private static bool TryParseType(string text, out EventType type)
    {
        foreach (var candidate in Enum.GetValues<EventType>())
        {
            if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    private static bool IsValidMode(string mode)
    {
        if (mode.Length is 0 or > MaxModeLength || mode[0] == '-' || mode[^1] == '-')
        {
            return false;
        }

        char previous = '\0';
        foreach (char c in mode)
        {
            if (!(c is >= 'a' and <= 'z' || (c == '-' && previous != '-')))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }
}

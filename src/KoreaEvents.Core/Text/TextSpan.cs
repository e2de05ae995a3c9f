using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Text;

/// <summary>
/// A range of UTF-16 code units in a document's original text: <see cref="Start"/> and <see cref="Length"/>, so
/// <c>text.Substring(span.Start, span.Length)</c> is exactly the evidence.
/// </summary>
/// <remarks>
/// Equality compares both fields. Ordering is by <see cref="Start"/>, then by <see cref="Length"/>.
/// <c>default</c> is the empty span at offset 0. Immutable and thread-safe.
/// </remarks>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    /// <summary>Creates the span of <paramref name="length"/> code units starting at <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Either value is negative, or their sum overflows.</exception>
    public TextSpan(int start, int length)
    {
        Preconditions.CheckNonNegative(start);
        Preconditions.CheckNonNegative(length);
        Preconditions.CheckArgument(start <= int.MaxValue - length, nameof(length), "The span's end must not exceed int.MaxValue.");
        Start = start;
        Length = length;
    }

    /// <summary>Gets the offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Gets the number of code units.</summary>
    public int Length { get; }

    /// <summary>Gets the offset just past the last code unit (<c>Start + Length</c>).</summary>
    public int End => Start + Length;

    /// <summary>Gets whether the span is empty.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        Preconditions.CheckNonNegative(start);
        Preconditions.CheckArgument(end >= start, nameof(end), "The end of a span must not be before its start.");
        return new TextSpan(start, end - start);
    }

    /// <summary>Returns the text this span covers in <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public string GetText(string text)
    {
        Preconditions.CheckNotNull(text);
        if (End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(text), $"The span {this} does not lie inside a text of {text.Length} characters.");
        }

        return text.Substring(Start, Length);
    }

    /// <summary>Returns whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Returns whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Compares the fields.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Start == right.Start && left.Length == right.Length;

    /// <summary>Compares the fields.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !(left == right);

    /// <summary>Orders by start, then length.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Orders by start, then length.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Orders by start, then length.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by start, then length.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(TextSpan other) => this == other;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <inheritdoc />
    public int CompareTo(TextSpan other)
    {
        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <summary>Parses the half-open range that <see cref="ToString"/> writes, <c>[120..164)</c> (invariant digits, no
    /// spaces).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>[start..end)</c> with
    /// 0 &lt;= start &lt;= end.</exception>
    public static TextSpan Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var span)
            ? span
            : throw new FormatException($"'{text}' is not a text span: write the half-open range '[start..end)' with 0 <= start <= end, such as '[120..164)'.");
    }

    /// <summary>Parses the half-open range <c>[120..164)</c> without throwing.</summary>
    /// <param name="text">The text to parse; null or an invalid form gives <c>false</c>.</param>
    /// <param name="span">The span, when the text is valid; otherwise the default (empty) span.</param>
    /// <returns>Whether <paramref name="text"/> was a valid span.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TextSpan span)
    {
        span = default;
        if (text is null || text.Length < 6 || text[0] != '[' || text[^1] != ')')
        {
            return false;
        }

        var inner = text.AsSpan(1, text.Length - 2);
        int dots = inner.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0
            || !TryParseOffset(inner[..dots], out int start)
            || !TryParseOffset(inner[(dots + 2)..], out int end)
            || end < start)
        {
            return false;
        }

        span = new TextSpan(start, end - start);
        return true;
    }

    /// <summary>Returns the half-open range, e.g. <c>[120..164)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");

    private static bool TryParseOffset(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

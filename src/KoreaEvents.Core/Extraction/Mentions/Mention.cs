using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Extraction.Mentions;

/// <summary>
/// A span of text that names something the knowledge base knows: its position in the original text, the text
/// itself, every candidate referent, and (after resolution) the chosen one and how it was chosen.
/// </summary>
/// <remarks>
/// <para><see cref="Start"/> and <see cref="Length"/> index the original string in UTF-16 code units, so
/// <c>text.Substring(Start, Length) == Text</c>. Candidates are ordered as the knowledge base lists them.</para>
/// <para><b>Equality</b> compares the span, text, candidates (in order), resolved candidate and resolution.
/// <b>Ordering</b> is by start, then by length (longer first). Immutable and thread-safe.</para>
/// </remarks>
public sealed class Mention : IEquatable<Mention>, IComparable<Mention>
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">The offset of the first character in the original text.</param>
    /// <param name="text">The matched text, exactly as it appears.</param>
    /// <param name="candidates">Every candidate referent (at least one).</param>
    /// <param name="resolved">The chosen candidate (one of <paramref name="candidates"/>), or <c>null</c>.</param>
    /// <param name="resolution">How it was chosen; <see cref="MentionResolution.None"/> or <see cref="MentionResolution.Ambiguous"/> when <paramref name="resolved"/> is null.</param>
    /// <exception cref="ArgumentException">The start is negative, the text empty, there are no candidates, or the
    /// resolved candidate is not among them.</exception>
    public Mention(int start, string text, IReadOnlyList<MentionCandidate> candidates, MentionCandidate? resolved, MentionResolution resolution)
    {
        Preconditions.CheckNonNegative(start);
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(text.Length > 0, nameof(text), "A mention's text must not be empty.");
        Preconditions.CheckNotNull(candidates);
        Preconditions.CheckArgument(candidates.Count > 0, nameof(candidates), "A mention needs at least one candidate.");
        Preconditions.CheckArgument(resolved is null || candidates.Contains(resolved.Value), nameof(resolved), "The resolved candidate must be one of the candidates.");
        Preconditions.CheckArgument((resolved is null) == (resolution is MentionResolution.None or MentionResolution.Ambiguous), nameof(resolution),
            $"The resolution {resolution} does not fit a mention that is {(resolved is null ? "not " : string.Empty)}resolved.");
        Start = start;
        Text = text;
        Candidates = candidates;
        Resolved = resolved;
        Resolution = resolution;
    }

    /// <summary>Gets the offset of the first character in the original text.</summary>
    public int Start { get; }

    /// <summary>Gets the length in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the offset just past the last character.</summary>
    public int End => Start + Text.Length;

    /// <summary>Gets the matched text exactly as it appears (typographic apostrophes and NBSPs included).</summary>
    public string Text { get; }

    /// <summary>Gets every candidate referent, in knowledge-base order.</summary>
    public IReadOnlyList<MentionCandidate> Candidates { get; }

    /// <summary>Gets the chosen referent, or <c>null</c> when unresolved or ambiguous.</summary>
    public MentionCandidate? Resolved { get; }

    /// <summary>Gets how the referent was chosen.</summary>
    public MentionResolution Resolution { get; }

    /// <summary>Gets the kind of the resolved candidate, or of the first candidate when unresolved.</summary>
    public MentionKind Kind => (Resolved ?? Candidates[0]).Kind;

    /// <summary>Returns this mention with <paramref name="resolved"/> chosen by <paramref name="resolution"/>.</summary>
    /// <exception cref="ArgumentException">The candidate is not one of <see cref="Candidates"/>, or the resolution does not fit.</exception>
    public Mention WithResolution(MentionCandidate? resolved, MentionResolution resolution) => new(Start, Text, Candidates, resolved, resolution);

    /// <inheritdoc />
    public bool Equals(Mention? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Start == other.Start && string.Equals(Text, other.Text, StringComparison.Ordinal) && Resolved == other.Resolved
                && Resolution == other.Resolution && Model.SequenceEquality.Equal(Candidates, other.Candidates)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Mention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, StringComparer.Ordinal.GetHashCode(Text), Resolved, Resolution);

    /// <inheritdoc />
    public int CompareTo(Mention? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.Length.CompareTo(Length);
    }

    /// <summary>
    /// Returns <c>start+length "text" → resolved (resolution)</c>, or the candidate list when unresolved:
    /// <c>120+3 "Kim" → actor:kim-jong-un~short (Antecedent) [actor:kim-jong-un~short|actor:kim-yo-jong~short]</c>.
    /// </summary>
    public override string ToString()
    {
        var all = string.Join('|', Candidates);
        var text = Text.Replace('\u00A0', '\u2423').Replace('\n', '⏎');
        return Resolved is { } r
            ? (Candidates.Count == 1 ? $"{Start}+{Length} \"{text}\" → {r} ({Resolution})" : $"{Start}+{Length} \"{text}\" → {r} ({Resolution}) [{all}]")
            : $"{Start}+{Length} \"{text}\" ({Resolution}) [{all}]";
    }
}

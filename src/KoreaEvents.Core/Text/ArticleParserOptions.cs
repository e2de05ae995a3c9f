using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Text;

/// <summary>Settings for <see cref="ArticleParser"/>. The defaults suit news and analysis pages copied as plain text.</summary>
/// <remarks>Immutable once built (init-only properties) and thread-safe. Equality compares the values.</remarks>
public sealed record ArticleParserOptions
{
    private readonly int maxHeadingWords = 16;
    private readonly int maxSentenceLength = 2000;
    private readonly IReadOnlyList<string> agencies = DefaultAgencies;

    /// <summary>
    /// Gets the built-in list of wire services and news agencies recognised in credit lines, canonical short name
    /// first in each entry, aliases after a <c>|</c> (<c>AFP|Agence France-Presse</c>).
    /// </summary>
    public static IReadOnlyList<string> DefaultAgencies { get; } = Array.AsReadOnly(new[]
    {
        "AFP|Agence France-Presse|Agence France Presse",
        "AP|Associated Press|The Associated Press",
        "Reuters|Thomson Reuters",
        "Yonhap|Yonhap News Agency|Yonhap News",
        "Xinhua|Xinhua News Agency",
        "Kyodo|Kyodo News",
        "KCNA|Korean Central News Agency",
        "dpa|Deutsche Presse-Agentur",
        "EFE|Agencia EFE",
        "ANSA",
        "UPI|United Press International",
        "TASS",
        "Bloomberg",
        "PTI|Press Trust of India",
        "ANI|Asian News International",
        "IANS",
        "Bernama",
        "AAP|Australian Associated Press",
    });

    /// <summary>Gets the default options.</summary>
    public static ArticleParserOptions Default { get; } = new();

    /// <summary>
    /// Gets the longest line, in words, that can be an in-body subheading (default 16). Longer lines are paragraphs.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1 or more than 100.</exception>
    public int MaxHeadingWords
    {
        get => maxHeadingWords;
        init => maxHeadingWords = Preconditions.CheckRange(value, 1, 100);
    }

    /// <summary>
    /// Gets the longest sentence, in characters (default 2,000; news sentences hold a few hundred). A longer run of
    /// text without a sentence end is cut at the last space (or, without one, at the limit) into sentences of at most
    /// this length, so text with no sentence breaks (a page of one line, a list without full stops, hostile input)
    /// costs extraction time linear in its length.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 100.</exception>
    public int MaxSentenceLength
    {
        get => maxSentenceLength;
        init => maxSentenceLength = Preconditions.CheckRange(value, 100, int.MaxValue);
    }

    /// <summary>Gets whether speaker labels ("Aum:", "Q:") open <see cref="SpeakerTurn"/>s (default true).</summary>
    public bool DetectSpeakerTurns { get; init; } = true;

    /// <summary>
    /// Gets the agencies recognised as upstream origins, each entry a canonical name optionally followed by
    /// <c>|</c>-separated aliases (default <see cref="DefaultAgencies"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">An entry is blank.</exception>
    public IReadOnlyList<string> Agencies
    {
        get => agencies;
        init
        {
            Preconditions.CheckNotNull(value);
            foreach (var entry in value)
            {
                Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(entry) && !entry.Split('|').Any(string.IsNullOrWhiteSpace), nameof(Agencies), "Each agency entry must be a name, optionally followed by |-separated aliases, with no blank part.");
            }

            agencies = Array.AsReadOnly(value.ToArray());
        }
    }

    /// <inheritdoc />
    public bool Equals(ArticleParserOptions? other) =>
        other is not null
        && maxHeadingWords == other.maxHeadingWords
        && maxSentenceLength == other.maxSentenceLength
        && DetectSpeakerTurns == other.DetectSpeakerTurns
        && agencies.SequenceEqual(other.agencies, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(maxHeadingWords, maxSentenceLength, DetectSpeakerTurns, agencies.Count);
}

using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Extraction.Mentions;

/// <summary>
/// The character rules shared by the matcher's patterns and the texts it scans: which characters are spaces
/// (space, tab, NBSP and the narrow and thin spaces; not line breaks), which are word characters (letters and
/// digits), and how characters fold (typographic apostrophes to <c>'</c>, Unicode hyphens to <c>-</c>, and for
/// the case-insensitive trie, upper case to lower case).
/// </summary>
internal static class TextFolding
{
    /// <summary>Returns whether <paramref name="c"/> separates words inside one line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\u200A';

    /// <summary>Returns whether <paramref name="c"/> is part of a word (a letter or a digit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    /// <summary>Folds punctuation variants but keeps case: ’ ‘ ʼ ′ become <c>'</c>, ‐ and ‑ become <c>-</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldPunctuation(char c) => c < 128 ? c : c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    /// <summary>Folds punctuation variants and case (the trie's key alphabet).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        var p = FoldPunctuation(c);
        return p == c ? char.ToLowerInvariant(c) : p;
    }

    /// <summary>
    /// Normalises a pattern: punctuation folded, every run of spaces one plain space, trimmed. Case is kept.
    /// Returns an empty string when nothing is left.
    /// </summary>
    public static string NormalizePattern(string pattern)
    {
        var builder = new System.Text.StringBuilder(pattern.Length);
        bool pendingSpace = false;
        foreach (char raw in pattern)
        {
            if (IsSpace(raw) || raw is '\n' or '\r')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(FoldPunctuation(raw));
        }

        return builder.ToString();
    }
}

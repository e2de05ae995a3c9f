namespace KoreaEvents.Core.Model;

/// <summary>
/// Rules for the stable slugs behind every id (<c>kim-jong-un</c>, <c>hanoi-summit-2019</c>, <c>seed-002</c>):
/// 1 to 128 characters of lower-case ASCII letters, digits and single hyphens, starting and ending with a
/// letter or digit.
/// </summary>
public static class Slug
{
    // Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A); ' ' = not a letter.
    private const string LatinFold = "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>The longest slug accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Returns whether <paramref name="value"/> follows the slug rules. Never throws.</summary>
    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        if (value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        char previous = '\0';
        foreach (char c in value)
        {
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && previous != '-');
            if (!ok)
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>
    /// Makes a slug from free text: ASCII letters and digits are kept (lower-cased), Latin letters with accents
    /// (U+00C0 to U+017F) become their base letter, every other run of characters becomes one hyphen. The result
    /// does not depend on the culture or globalization mode. Returns <c>null</c> when nothing usable is left.
    /// </summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxLength));
        bool pendingHyphen = false;
        foreach (char raw in text)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            char c = raw switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => raw,
                >= 'A' and <= 'Z' => (char)(raw + 32),
                >= '\u00C0' and <= '\u017F' => LatinFold[raw - '\u00C0'],
                _ => ' ',
            };
            if (c == ' ')
            {
                pendingHyphen = true;
                continue;
            }

            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(c);
            pendingHyphen = false;
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? null : slug;
    }
}

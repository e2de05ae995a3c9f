namespace KoreaEvents.Core.Model;

/// <summary>
/// Rules for the stable slugs behind every id (<c>kim-jong-un</c>, <c>hanoi-summit-2019</c>, <c>seed-002</c>):
/// 1 to 128 characters of lower-case ASCII letters, digits and single hyphens, starting and ending with a
/// letter or digit.
/// </summary>
public static class Slug
{
    /// <summary>The longest slug accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Returns whether <paramref name="value"/> follows the slug rules. Never throws.</summary>
    public static bool IsValid(string? value)
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
    /// Makes a slug from free text: letters and digits are kept (lower-cased, accents dropped to ASCII where
    /// possible), every other run of characters becomes one hyphen. Returns <c>null</c> when nothing usable is left.
    /// </summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(Math.Min(normalized.Length, MaxLength));
        bool pendingHyphen = false;
        foreach (char c in normalized)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append((char)(c + 32));
                pendingHyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? null : slug;
    }
}

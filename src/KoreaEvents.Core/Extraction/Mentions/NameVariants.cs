namespace KoreaEvents.Core.Extraction.Mentions;

/// <summary>
/// Spelling variants of personal names as English texts write them. Every hyphenated part gets its three
/// common forms ("Jong-un", "Jong-Un", "Jong Un"); a Korean name written in three parts also gets the hyphenated
/// given name ("Kim Yo Jong" → "Kim Yo-jong", "Kim Yo-Jong").
/// </summary>
internal static class NameVariants
{
    /// <summary>Returns <paramref name="name"/> and its variants, the name itself first, without duplicates.</summary>
    public static IEnumerable<string> For(string name, bool korean)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var options = new List<List<string>>();
        foreach (var token in tokens)
        {
            options.Add(Hyphenated(token).ToList());
        }

        var results = new List<string> { name };
        foreach (var combination in Product(options))
        {
            results.Add(string.Join(' ', combination));
        }

        if (korean && tokens.Length == 3 && !tokens[1].Contains('-', StringComparison.Ordinal) && !tokens[2].Contains('-', StringComparison.Ordinal))
        {
            var given = tokens[1] + "-" + tokens[2];
            foreach (var variant in Hyphenated(given))
            {
                results.Add(tokens[0] + " " + variant);
            }
        }

        return results.Distinct(StringComparer.Ordinal);
    }

    /// <summary>Returns the forms of one token: itself, and for "Jong-un" also "Jong-Un", "Jong-un" and "Jong Un".</summary>
    private static IEnumerable<string> Hyphenated(string token)
    {
        yield return token;
        int hyphen = token.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == token.Length - 1)
        {
            yield break;
        }

        var head = token[..hyphen];
        var tail = token[(hyphen + 1)..];
        var upper = char.ToUpperInvariant(tail[0]) + tail[1..];
        var lower = char.ToLowerInvariant(tail[0]) + tail[1..];
        yield return head + "-" + upper;
        yield return head + "-" + lower;
        yield return head + " " + upper;
    }

    private static IEnumerable<IEnumerable<string>> Product(List<List<string>> options)
    {
        IEnumerable<IEnumerable<string>> result = new[] { Enumerable.Empty<string>() };
        foreach (var option in options)
        {
            var current = option;
            result = result.SelectMany(prefix => current.Select(item => prefix.Append(item)));
        }

        return result;
    }
}

using System.Text.RegularExpressions;

namespace KoreaEvents.Core.Text;

/// <summary>
/// Context-free tests on one trimmed line (always a short one: callers never pass long lines). Every pattern runs on
/// the non-backtracking engine.
/// </summary>
internal static class LineRules
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    private static readonly Regex ReadMore = new(
        @"^(read more|read also|also read|see also|related|related (article|story|stories|coverage)|more on this|click here to read|must read)\s*([:|\-–—»›]|$)",
        Options);

    private static readonly Regex TrendingMarker = new(
        @"^(trending( now| stories| videos| today| on .+)?|most (read|popular|viewed|shared|watched)( .+)?|popular (now|stories|posts|articles)|recommended( for you| stories| videos| articles| reading)?|you (may|might) also like|more (from|stories|videos|on) .+|related (stories|articles|posts|videos|news)|latest (news|stories|videos|articles)|editor['’]?s picks|don['’]?t miss)$",
        Options);

    private static readonly Regex PublicationType = new(
        @"^(publication type|article type|content type|type of publication|story type)\s*:\s*\S",
        Options);

    private static readonly Regex CaptionLabel = new(
        @"^(photo|photos|photograph|image|picture|caption|file photo|photo credit|image credit)\s*:",
        Options);

    private static readonly Regex Copyright = new(
        @"^(©|\(c\)|copyright)\s*(©\s*)?(\d{4}(\s*[-–]\s*\d{4})?\s*)?",
        Options);

    private static readonly string[] CallsToAction =
    [
        "join the conversation", "in the comments", "leave a comment", "share with us", "what are your views",
        "let us know in", "sign up for our", "subscribe to our", "subscribe now", "follow us on", "click here",
        "support our journalism", "become a member", "vip member", "download our app", "share this article",
        "like us on facebook", "sign up for the newsletter", "get our newsletter", "comment below", "share your thoughts",
    ];

    private static readonly HashSet<string> NavigationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "skip to content", "skip to main content", "menu", "search", "share", "share this", "tweet",
        "email", "print", "home", "close", "log in", "login", "sign in", "subscribe", "newsletter", "back to top",
        "next article", "previous article", "listen to this article", "sponsored", "sponsored content",
        "scroll to continue", "continue reading", "share on facebook", "share on twitter", "whatsapp", "facebook",
        "twitter", "linkedin", "print this page", "toggle navigation", "main menu",
    };

    private static readonly string[] BuilderCredits = ["made with", "powered by", "built with", "created with", "hosted by", "published with"];

    public static bool IsReadMore(string line) => ReadMore.IsMatch(line);

    public static bool IsTrendingMarker(string line) => TrendingMarker.IsMatch(line);

    public static bool IsPublicationType(string line) => PublicationType.IsMatch(line);

    public static bool IsCallToAction(string line, int words)
    {
        if (words > 30)
        {
            return false;
        }

        foreach (var phrase in CallsToAction)
        {
            if (line.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsDisclaimer(string line) =>
        line.StartsWith("disclaimer:", StringComparison.OrdinalIgnoreCase)
        || (line.Contains("views expressed", StringComparison.OrdinalIgnoreCase)
            && (line.Contains("are those of", StringComparison.OrdinalIgnoreCase) || line.Contains("do not necessarily", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Menus, share buttons, breadcrumbs ("Home › World › Asia").</summary>
    public static bool IsNavigation(string line)
    {
        if (NavigationWords.Contains(line.TrimEnd(':', '.', '›', '»', '>', '|', ' ')))
        {
            return true;
        }

        var parts = line.Split(['|', '›', '»', '>', '•', '·'], StringSplitOptions.TrimEntries);
        if (parts.Length < 3)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (TextLines.CountWords(part, 0, part.Length) > 4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A copyright line: returns the length of its prefix ("© 2020 ") so the rest can name the outlet.</summary>
    public static bool IsCopyright(string line, out int prefixLength)
    {
        var match = Copyright.Match(line);
        prefixLength = match.Success ? match.Length : 0;
        return match.Success && match.Length > 0;
    }

    /// <summary>
    /// A photo caption: a "PHOTO:" style label, or text ending with a parenthesised credit such as
    /// "(Erin Schaff/The New York Times)", "(La Presse)", "(Getty Images)". Returns the length of the label to skip
    /// when comparing captions.
    /// </summary>
    public static bool IsCaption(string line, out int labelLength)
    {
        var label = CaptionLabel.Match(line);
        if (label.Success)
        {
            labelLength = label.Length;
            return true;
        }

        labelLength = 0;
        if (!line.EndsWith(')'))
        {
            return false;
        }

        int open = line.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        var credit = line.AsSpan(open + 1, line.Length - open - 2).Trim();
        var before = line.AsSpan(0, open).TrimEnd();
        int creditWords = TextLines.CountWords(line, open + 1, line.Length - 1);
        if (creditWords is 0 or > 8 || before.Length == 0)
        {
            return false;
        }

        bool looksLikeCredit = credit.Contains('/')
            || credit.Contains("photo", StringComparison.OrdinalIgnoreCase)
            || credit.Contains("image", StringComparison.OrdinalIgnoreCase)
            || credit.Contains("getty", StringComparison.OrdinalIgnoreCase)
            || credit.Contains("courtesy", StringComparison.OrdinalIgnoreCase)
            || credit.Contains("file", StringComparison.OrdinalIgnoreCase)
            || (creditWords >= 2 && AllWordsCapitalised(credit));
        bool beforeLooksLikeCaption = before[^1] is '.' or '!' or '?' || TextLines.CountWords(line, 0, open) <= 12;
        return looksLikeCredit && beforeLooksLikeCaption;
    }

    /// <summary>
    /// Splits a page-title line "Headline | Site Name" (or "| Welcome to Site Name"). Returns false unless there is a
    /// plausible site name after the last bar. <paramref name="outlet"/> excludes "Welcome to" and builder credits
    /// ("Made with …"); offsets are relative to the line.
    /// </summary>
    public static bool TrySplitSiteTitle(string line, out int bar, out (int Start, int End) titlePart, out (int Start, int End) outlet)
    {
        bar = line.LastIndexOf('|');
        titlePart = default;
        outlet = default;
        if (bar < 0)
        {
            return false;
        }

        var (siteStart, siteEnd) = TextLines.Trim(line, bar + 1, line.Length);
        int siteWords = TextLines.CountWords(line, siteStart, siteEnd);
        if (siteWords is 0 or > 10)
        {
            return false;
        }

        const string Welcome = "welcome to ";
        if (line.AsSpan(siteStart, siteEnd - siteStart).StartsWith(Welcome, StringComparison.OrdinalIgnoreCase))
        {
            siteStart = TextLines.Trim(line, siteStart + Welcome.Length, siteEnd).Start;
        }

        foreach (var credit in BuilderCredits)
        {
            int at = line.IndexOf(" " + credit + " ", siteStart, siteEnd - siteStart, StringComparison.OrdinalIgnoreCase);
            if (at > siteStart)
            {
                siteEnd = TextLines.Trim(line, siteStart, at).End;
            }
        }

        titlePart = TextLines.Trim(line, 0, bar);
        outlet = (siteStart, siteEnd);
        return siteEnd > siteStart;
    }

    /// <summary>A byline "By Jane Doe and John Roe": returns the author name ranges (relative to the line).</summary>
    public static bool TryByline(string line, out List<(int Start, int End)> authors)
    {
        authors = [];
        if (!line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || line.Length < 4 || line[^1] == '.')
        {
            return false;
        }

        int words = TextLines.CountWords(line, 3, line.Length, 12);
        if (words > 10)
        {
            return false;
        }

        int start = 3;
        for (int i = 3; i <= line.Length; i++)
        {
            bool separator = i == line.Length || line[i] is ',' or '&' || (line[i] == ' ' && line.AsSpan(i).StartsWith(" and ", StringComparison.Ordinal));
            if (!separator)
            {
                continue;
            }

            var (s, e) = TextLines.Trim(line, start, i);
            if (e > s)
            {
                if (!char.IsUpper(line[s]))
                {
                    return false;
                }

                authors.Add((s, e));
            }

            start = i < line.Length && line[i] == ' ' ? i + 5 : i + 1;
            i = start - 1;
        }

        return authors.Count > 0;
    }

    private static bool AllWordsCapitalised(ReadOnlySpan<char> text)
    {
        bool atWordStart = true;
        foreach (char c in text)
        {
            if (TextLines.IsSpace(c) || c is '/' or '-')
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }

            atWordStart = false;
        }

        return true;
    }
}

namespace KoreaEvents.Core.Text;

/// <summary>Finds agency names (from <see cref="ArticleParserOptions.Agencies"/>) in short lines and recognises credit lines.</summary>
internal sealed class AgencyMatcher
{
    private static readonly string[] CreditOpeners =
    [
        "with ", "source:", "sources:", "source -", "credit:", "courtesy", "additional reporting", "reporting by",
        "inputs from", "input from", "via ", "agency inputs", "copyright", "©", "(c)",
    ];

    private static readonly string[] AfterAgency =
    [
        "with ", "and ", "contributed", ",", "/", ";", "&", "+", "-", "–", "—", ")", "]", "via ", "reporting", "report",
    ];

    private readonly (string Alias, string Name)[] aliases;

    public AgencyMatcher(IReadOnlyList<string> entries)
    {
        var list = new List<(string Alias, string Name)>();
        foreach (var entry in entries)
        {
            var parts = entry.Split('|', StringSplitOptions.TrimEntries);
            foreach (var alias in parts)
            {
                list.Add((alias, parts[0]));
            }
        }

        aliases = [.. list.OrderByDescending(a => a.Alias.Length).ThenBy(a => a.Alias, StringComparer.Ordinal)];
    }

    /// <summary>Every agency mention in <paramref name="line"/>, longest alias first where they overlap, in text order.</summary>
    public List<(int Start, int End, string Name)> Find(string line)
    {
        var found = new List<(int Start, int End, string Name)>();
        foreach (var (alias, name) in aliases)
        {
            int from = 0;
            while (from < line.Length)
            {
                int at = line.IndexOf(alias, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                int end = at + alias.Length;
                bool bounded = (at == 0 || !char.IsLetterOrDigit(line[at - 1])) && (end == line.Length || !char.IsLetterOrDigit(line[end]));
                if (bounded && !found.Exists(f => f.Start < end && at < f.End))
                {
                    found.Add((at, end, name));
                }

                from = at + 1;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// A credit line naming agencies: "AFP with additional input by GVS News Desk", "With inputs from Reuters",
    /// "Source: Yonhap", "— AP", "AFP and Reuters contributed to this report."
    /// </summary>
    public bool IsCreditLine(string line, int words, List<(int Start, int End, string Name)> mentions)
    {
        if (words > 15 || mentions.Count == 0)
        {
            return false;
        }

        int start = 0;
        while (start < line.Length && (line[start] is '-' or '–' or '—' or '(' or '[' || TextLines.IsSpace(line[start])))
        {
            start++;
        }

        if (mentions[0].Start == start)
        {
            var after = line.AsSpan(mentions[0].End).TrimStart();
            bool endsSentence = line[^1] == '.';
            if (endsSentence && !line.Contains("contributed", StringComparison.OrdinalIgnoreCase) && !line.Contains("report", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (after.Length == 0)
            {
                return true;
            }

            foreach (var follower in AfterAgency)
            {
                if (after.StartsWith(follower, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        var rest = line.AsSpan(start);
        foreach (var opener in CreditOpeners)
        {
            if (rest.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is exactly one agency alias; returns its canonical name.</summary>
    public bool TryMatchWhole(ReadOnlySpan<char> text, out string name)
    {
        foreach (var (alias, canonical) in aliases)
        {
            if (text.SequenceEqual(alias))
            {
                name = canonical;
                return true;
            }
        }

        name = string.Empty;
        return false;
    }
}

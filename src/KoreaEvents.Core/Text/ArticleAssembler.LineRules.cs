namespace KoreaEvents.Core.Text;

/// <content>The context-free line rules: chrome, copyright and credit lines, captions, bylines, the page title.</content>
internal sealed partial class ArticleAssembler
{
    private void ApplyLineRules(int sidebarStart)
    {
        var captions = new HashSet<string>(StringComparer.Ordinal);
        int firstContent = -1;
        int seen = 0;
        for (int i = 0; i < sidebarStart; i++)
        {
            if (kinds[i] == Kind.Blank)
            {
                continue;
            }

            seen++;
            if (firstContent < 0)
            {
                firstContent = i;
                if (IsShort(i) && TrySiteTitle(i))
                {
                    continue;
                }
            }

            if (!IsShort(i))
            {
                continue;
            }

            var line = Content(i);
            if (LineRules.IsCopyright(line, out int prefix))
            {
                TakeCopyrightOutlet(i, line, prefix);
                Remove(i, RemovalReason.Navigation);
            }
            else if (TryDatelineLine(i, line))
            {
                kinds[i] = Kind.Dateline;
            }
            else if (LineRules.IsNavigation(line))
            {
                Remove(i, RemovalReason.Navigation);
            }
            else if (LineRules.IsReadMore(line))
            {
                Remove(i, RemovalReason.ReadMoreLink);
            }
            else if (LineRules.IsCallToAction(line, words[i]))
            {
                Remove(i, RemovalReason.CallToAction);
            }
            else if (LineRules.IsPublicationType(line))
            {
                Remove(i, RemovalReason.PublicationTypeFooter);
            }
            else if (LineRules.IsDisclaimer(line))
            {
                Remove(i, RemovalReason.Disclaimer);
            }
            else if (LineRules.IsCaption(line, out int labelLength))
            {
                bool isNew = captions.Add(TextLines.Fold(line.AsSpan(labelLength)));
                Remove(i, isNew ? RemovalReason.PhotoCaption : RemovalReason.DuplicateCaption);
            }
            else if (TryCreditLine(i, line))
            {
                kinds[i] = Kind.Origin;
            }
            else if (byline is null && seen <= HeaderLines && LineRules.TryByline(line, out var authors))
            {
                var start = lines[i].TrimStart;
                byline = new Byline(
                    TextSegment.From(text, lines[i].Content),
                    authors.Select(a => TextSegment.From(text, TextSpan.FromBounds(start + a.Start, start + a.End))).ToList().AsReadOnly());
                kinds[i] = Kind.Byline;
            }
        }
    }

    private bool TrySiteTitle(int i)
    {
        var line = Content(i);
        if (!LineRules.TrySplitSiteTitle(line, out int bar, out var titlePart, out var outletPart)
            || DateText.FindAll(line, 0, line.Length).Count > 0
            || (titlePart.End > titlePart.Start && LineRules.IsNavigation(line)))
        {
            return false;
        }

        int start = lines[i].TrimStart;
        siteTitle = (start + bar, (start + titlePart.Start, start + titlePart.End), (start + outletPart.Start, start + outletPart.End));
        outlet = TextSegment.From(text, TextSpan.FromBounds(siteTitle.Outlet.Start, siteTitle.Outlet.End));
        kinds[i] = Kind.SiteTitle;
        return true;
    }

    private void TakeCopyrightOutlet(int i, string line, int prefix)
    {
        if (outlet is not null)
        {
            return;
        }

        int end = line.Length;
        int reserved = line.IndexOf("all rights reserved", StringComparison.OrdinalIgnoreCase);
        if (reserved >= 0)
        {
            end = reserved;
        }

        var (s, e) = TextLines.Trim(line, prefix, end);
        while (e > s && line[e - 1] is '.' or ',' or ';' or '|')
        {
            e--;
        }

        if (e > s && TextLines.CountWords(line, s, e) <= 6)
        {
            int start = lines[i].TrimStart;
            outlet = TextSegment.From(text, TextSpan.FromBounds(start + s, start + e));
        }
    }

    private bool TryCreditLine(int i, string line)
    {
        var mentions = agencies.Find(line);
        if (!agencies.IsCreditLine(line, words[i], mentions))
        {
            return false;
        }

        int offset = lines[i].TrimStart;
        foreach (var (s, e, name) in mentions)
        {
            origins.Add(new UpstreamOrigin(
                name,
                TextSegment.From(text, TextSpan.FromBounds(offset + s, offset + e)),
                lines[i].Content,
                UpstreamOriginKind.CreditLine));
        }

        return true;
    }
}

using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Extraction;

/// <content>Attribution: who the source attributes each stretch of text to, and through which channel.</content>
internal sealed partial class DocumentExtraction
{
    /// <summary>How far (in characters) a speaker's name may stand from its attribution cue.</summary>
    private const int SpeakerReach = 70;

    private void FindFrames(List<List<Mention>> mentionsBySentence)
    {
        var byParagraph = new Dictionary<int, AttributionFrame>();

        // Interview turns: every paragraph of a turn is the labelled speaker's.
        foreach (var turn in document.SpeakerTurns)
        {
            var label = allMentions.FirstOrDefault(m => m.Start >= turn.Label.Span.Start && m.End <= turn.Label.Span.End);
            var actor = label is null ? null : ActorOf(label);
            var attribution = new Attribution(turn.Speaker, actor?.Id);
            for (int p = turn.FirstParagraph; p <= turn.LastParagraph; p++)
            {
                var span = document.Paragraphs[p].Span;
                byParagraph[p] = new AttributionFrame(span.Start, span.End, attribution, turn.Label.Span.Start, turn.Label.Span.End, []);
            }
        }

        Attribution? last = null;
        int lastSentence = -10;
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            var inSentence = mentionsBySentence[i];
            var frame = SentenceFrame(sentence, inSentence, i - lastSentence <= 3 ? last : null);
            var outer = byParagraph.GetValueOrDefault(sentence.Paragraph);
            if (frame is not null)
            {
                if (outer is not null && frame.Attribution.Channel is null && outer.Attribution.Speaker is null)
                {
                    // "NPR reminded readers …:" then, inside the passage, "Cho announced that …": Cho via NPR.
                    var a = frame.Attribution;
                    frame = frame with { Attribution = new Attribution(a.Speaker, a.SpeakerId, outer.Attribution.Channel, outer.Attribution.ChannelId) };
                }

                AddFrame(i, frame);
                last = frame.Attribution;
                lastSentence = i;
                if (outer is not null && frame.Start > sentence.Span.Start)
                {
                    AddFrame(i, outer with { Start = sentence.Span.Start, End = frame.Start });
                }
            }
            else if (outer is not null)
            {
                AddFrame(i, outer with { Start = sentence.Span.Start, End = sentence.Span.End });
            }

            // A paragraph that ends with a colon after an attribution cue introduces the paragraphs after it, up to a gap.
            if (frame is not null && IsLastSentenceOfParagraph(i) && text.AsSpan(sentence.Span.Start, sentence.Span.Length).TrimEnd().EndsWith(":"))
            {
                for (int p = sentence.Paragraph + 1; p < document.Paragraphs.Count; p++)
                {
                    if (byParagraph.ContainsKey(p))
                    {
                        break;
                    }

                    var span = document.Paragraphs[p].Span;
                    byParagraph[p] = frame with { Start = span.Start, End = span.End };
                    if (p + 1 < document.Paragraphs.Count && IsGap(span.End, document.Paragraphs[p + 1].Span.Start))
                    {
                        break;
                    }
                }
            }
        }
    }

    private void AddFrame(int sentence, AttributionFrame frame)
    {
        if (!framesBySentence.TryGetValue(sentence, out var list))
        {
            framesBySentence[sentence] = list = [];
        }

        list.Add(frame);
    }

    private bool IsLastSentenceOfParagraph(int sentence) =>
        sentence + 1 >= document.Sentences.Count || document.Sentences[sentence + 1].Paragraph != document.Sentences[sentence].Paragraph;

    /// <summary>Two or more blank lines (or a heading) between paragraphs end an introduced passage.</summary>
    private bool IsGap(int end, int nextStart)
    {
        int breaks = 0;
        for (int i = end; i < nextStart; i++)
        {
            if (text[i] == '\n')
            {
                breaks++;
            }
        }

        return breaks >= 3 || document.Headings.Any(h => h.Segment.Span.Start >= end && h.Segment.Span.Start < nextStart);
    }

    /// <summary>The most attribution cues tried in one sentence (see <see cref="SentenceFrame"/>).</summary>
    internal const int MaxCuesPerSentence = 16;

    /// <summary>The attribution a sentence states itself: a cue with its speaker, and the part of the sentence reported.</summary>
    private AttributionFrame? SentenceFrame(Sentence sentence, List<Mention> inSentence, Attribution? previous)
    {
        int sStart = sentence.Span.Start, sEnd = sentence.Span.End;
        int cues = 0;
        foreach (var cue in inSentence)
        {
            if (!Has(cue, MentionKind.Attribution))
            {
                continue;
            }

            // Each cue looks across the sentence, so a sentence of thousands of cues ("He said “she said …") would cost
            // cues × length. News sentences hold a handful; past MaxCuesPerSentence the rest are not tried.
            if (++cues > MaxCuesPerSentence)
            {
                break;
            }

            string phrase = cue.Text.ToLowerInvariant();
            if (phrase is "statement" or "a statement" or "saying" or "calling it")
            {
                continue;
            }

            var names = new List<(int, int)> { (cue.Start, cue.End) };
            if (phrase is "according to" || ((phrase is "reported" or "carried by" or "quoted" or "cited" or "aired") && FollowedByBy(cue, sEnd, out _)))
            {
                // The source follows the cue: "according to a Unification Ministry statement", "reported by … Yonhap".
                int from = phrase == "according to" ? cue.End : FollowedByBy(cue, sEnd, out int byEnd) ? byEnd : cue.End;
                var after = inSentence.Where(m => m.Start >= from && m.Start - from <= SpeakerReach && ActorOf(m) is not null).ToList();
                if (after.Count == 0)
                {
                    continue;
                }

                // "reported by South Korean news agency, Yonhap": the agency, not its country, is the channel.
                var named = phrase == "according to" ? after[0] : after.FirstOrDefault(m => ActorOf(m)!.Kind == ActorKind.NewsAgency) ?? after[0];
                int nameEnd = named.End;
                var attribution = phrase == "according to"
                    ? Make(named, null)
                    : Make(StatementOwner(inSentence, sStart, cue.Start), named);
                if (attribution is null)
                {
                    continue;
                }

                names.Add((phrase == "according to" ? named.Start : cue.Start, named.End));
                bool atStart = SentenceText.CountWords(text, sStart, cue.Start) <= 1;
                return atStart
                    ? new AttributionFrame(NextBoundary(nameEnd, sEnd), sEnd, attribution, cue.Start, nameEnd, names)
                    : new AttributionFrame(sStart, cue.Start, attribution, cue.Start, nameEnd, names);
            }

            // A speech verb: the speaker stands before it ("Yonhap said", "Chun Hae-sung told reporters") or right after ("said Easley").
            var (wordBefore, wordBeforeStart) = SentenceText.WordBefore(text, cue.Start, sStart);
            Attribution? said = null;
            int speakerStart = cue.Start;
            var before = inSentence.LastOrDefault(m => m.End <= cue.Start && cue.Start - m.End <= SpeakerReach && ActorOf(m) is not null
                && !SentenceText.HasClauseBoundary(text, m.End, cue.Start) && !InsideQuotation(m.Start, cue.Start));
            if (SentenceText.IsPronoun(wordBefore) && previous is not null)
            {
                said = previous;
                speakerStart = wordBeforeStart;
            }
            else if (before is not null)
            {
                said = Make(before, null);
                speakerStart = SubjectStart(inSentence, before, sStart);
                names.Add((speakerStart, before.End));
            }
            else if (text.AsSpan(sStart, cue.Start - sStart).TrimEnd().EndsWith(","))
            {
                // "Cheong Seong-chang, director of …, said: …", "Jane Roe, a diplomat, said …": the sentence's subject speaks.
                if (inSentence.FirstOrDefault(m => m.End <= cue.Start && SentenceText.CountWords(text, sStart, m.Start) <= 1 && ActorOf(m) is not null) is { } subject)
                {
                    said = Make(subject, null);
                    speakerStart = subject.Start;
                    names.Add((subject.Start, cue.Start));
                }
                else if (LeadingName(sStart, cue.Start) is { } lead)
                {
                    said = new Attribution(lead.Name, ProvisionalActorFor(lead.Name, lead.Start));
                    speakerStart = lead.Start;
                    names.Add((lead.Start, cue.Start));
                }
            }

            else if (inSentence.FirstOrDefault(m => m.Start >= cue.End && m.Start - cue.End <= 3 && ActorOf(m) is not null) is { } afterVerb)
            {
                // "said Leif-Eric Easley, a professor at Ewha University in Seoul, calling …": the appositive is the speaker's.
                said = Make(afterVerb, null);
                int appositiveEnd = afterVerb.End;
                if (appositiveEnd < sEnd && text[appositiveEnd] == ',')
                {
                    appositiveEnd = SentenceText.ClauseEnd(text, appositiveEnd + 1, sEnd);
                }

                names.Add((afterVerb.Start, appositiveEnd));
                speakerStart = cue.Start;
            }
            if (said is null)
            {
                continue;
            }

            // "…, Yonhap said." and "“…,” he added" report what comes before; "Chun told reporters that …" what follows.
            bool atEnd = SentenceText.CountWords(text, cue.End, sEnd) <= 4 || QuotationEndsAt(speakerStart);
            return atEnd
                ? new AttributionFrame(sStart, speakerStart, said, cue.Start, cue.End, names)
                : new AttributionFrame(cue.End, sEnd, said, speakerStart, cue.End, names);
        }

        // A sentence that only continues a quotation ("“It has concluded …”") is the last speaker's.
        if (previous is not null && Quotes.AnyCovering(sStart + 2, sEnd - 1))
        {
            return new AttributionFrame(sStart, sEnd, previous, sStart, sStart, []);
        }

        return null;
    }

    private bool FollowedByBy(Mention cue, int sEnd, out int end)
    {
        var (word, wordEnd) = SentenceText.WordAfter(text, cue.End, sEnd);
        end = wordEnd;
        return word.Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The owner of a statement a channel reported: the last government body or organisation named before the cue.</summary>
    private Mention? StatementOwner(List<Mention> inSentence, int sStart, int cueStart) =>
        inSentence.LastOrDefault(m => m.End <= cueStart && m.Start >= sStart && ActorOf(m) is { Kind: ActorKind.GovernmentBody or ActorKind.Organisation });

    /// <summary>An attribution for a speaker mention and a channel mention; news agencies are channels.</summary>
    private Attribution? Make(Mention? speaker, Mention? channel)
    {
        var s = speaker is null ? null : ActorOf(speaker);
        var c = channel is null ? null : ActorOf(channel);
        if (s is { Kind: ActorKind.NewsAgency } && c is null)
        {
            (s, c, channel, speaker) = (null, s, speaker, null);
        }

        if (s is null && c is null)
        {
            return null;
        }

        return new Attribution(speaker?.Text is { } st ? Trim(st) : null, s?.Id, channel?.Text is { } ct ? Trim(ct) : null, c?.Id);
    }

    /// <summary>A name without its possessive ending ("Seoul’s" → "Seoul").</summary>
    private static string Trim(string name) => name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>Where the speaker's noun phrase starts: titles and possessives before the name ("Seoul’s Vice Unification Minister Chun").</summary>
    private int SubjectStart(List<Mention> inSentence, Mention speaker, int sStart)
    {
        int start = speaker.Start;
        foreach (var m in inSentence)
        {
            if (m.End <= speaker.Start && speaker.Start - m.End <= 40 && !SentenceText.HasClauseBoundary(text, m.End, speaker.Start)
                && SentenceText.CountWords(text, m.End, speaker.Start) <= 4)
            {
                start = Math.Min(start, m.Start);
            }
        }

        return Math.Max(start, sStart);
    }

    private int NameStart(int lastWordStart, int sStart)
    {
        int start = lastWordStart;
        while (true)
        {
            var (word, wordStart) = SentenceText.WordBefore(text, start, sStart);
            if (word.Length == 0 || !char.IsUpper(word[0]) || SentenceText.IsFunctionWord(word) || wordStart == start
                || dates.Any(d => d.Start < wordStart + word.Length && wordStart < d.End))
            {
                return start;
            }

            start = wordStart;
        }
    }

    /// <summary>A run of two or more capitalised words opening the sentence and ending at a comma ("Jane Roe, a diplomat, said").</summary>
    private (string Name, int Start)? LeadingName(int sStart, int limit)
    {
        int comma = text.IndexOf(',', sStart, limit - sStart);
        if (comma < 0)
        {
            return null;
        }

        var (last, lastStart) = SentenceText.WordBefore(text, comma, sStart);
        if (last.Length == 0 || !char.IsUpper(last[0]))
        {
            return null;
        }

        int start = NameStart(lastStart, sStart);
        var name = text[start..comma].Trim();
        return start == sStart && name.Contains(' ', StringComparison.Ordinal) && !SentenceText.IsFunctionWord(name.Split(' ')[0]) ? (name, start) : null;
    }

    private int NextBoundary(int from, int sEnd)
    {
        int end = SentenceText.ClauseEnd(text, from, sEnd);
        return end < sEnd ? end + 1 : from;
    }

    private bool InsideQuotation(int start, int end) => Quotes.AnyCovering(start, end + 1);

    /// <summary>The document's quotations indexed for containment queries, built on first use.</summary>
    private QuotationIndex Quotes => quotes ??= new QuotationIndex(document.Quotations);

    private bool QuotationEndsAt(int speakerStart)
    {
        var (word, wordStart) = SentenceText.WordBefore(text, speakerStart, 0);
        _ = word;
        var gap = text.AsSpan(wordStart + word.Length, speakerStart - wordStart - word.Length);
        return gap.Contains('”') || gap.Contains('"') || gap.Contains('’');
    }

    private ActorId ProvisionalActorFor(string name, int start)
    {
        // Slug.From caps the whole id (prefix included) at Slug.MaxLength: a speaker "name" can be a whole
        // upper-case sentence (found by the fuzzer).
        var id = new ActorId(Slug.From(name) is null ? "provisional-actor" : Slug.From("provisional " + name)!);
        if (!provisionalActors.ContainsKey(id))
        {
            provisionalActors[id] = new ProvisionalActor(id, name, Evidence.FromText(SourceId, text, start, name.Length));
        }

        return id;
    }

    private Attribution? AttributionAt(int position)
    {
        AttributionFrame? best = null;
        foreach (var f in frames)
        {
            if (f.Covers(position) && (best is null || f.End - f.Start < best.End - best.Start))
            {
                best = f;
            }
        }

        return best?.Attribution;
    }

    private bool IsAttributionName(int start, int end) => frames.Any(f => f.IsName(start, end));
}

using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Extraction.Mentions;

/// <summary>
/// Light coreference inside one document: chooses a referent for each mention that has several candidates.
/// </summary>
/// <remarks>
/// <para><b>Persons.</b> A person's full name (canonical or alias) introduces that person at its position. A short
/// name ("Kim", "Moon", "Jong-un", "Jae-in") resolves to the candidate introduced most recently before it
/// (<see cref="MentionResolution.Antecedent"/>); with no introduction, to the first candidate the knowledge base
/// lists (<see cref="MentionResolution.Default"/>: the default data lists Kim Jong Un first among the Kims).</para>
/// <para><b>Speaker labels.</b> A short name at the start of a line followed by a colon ("Kim:", "Aum:") is a
/// Q&amp;A speaker label. It resolves to the introduced candidate that was introduced in the same sentence as the
/// person of another speaker label ("USIP analysts Patricia Kim and Frank Aum" makes "Kim:" Patricia Kim even
/// after Kim Jong Un is named again); failing that, by the antecedent rule.</para>
/// <para><b>Places and governments.</b> A name that is both an actor and a place ("North Korea", "the North",
/// "Pyongyang", "Seoul") reads as the place after a locative preposition (in, at, from, into, inside, near,
/// across, within, outside, towards; "to" only after a motion word such as "flew" or "way"; not when the
/// preposition follows a word that makes the name a source or target, as in "a message from", "retaliation from",
/// "directed at", "angry at"), or when joined by "and", "or" or a comma to a place that itself follows such a preposition ("in
/// Washington and Beijing", "Stockholm, Sweden"). A possessive ("China’s handling") is always the actor. Otherwise
/// the name reads as the actor: the state, or the government a capital stands for — the subject or object of an
/// action ("Pyongyang announced", "threatened Seoul").</para>
/// <para><b>Event phrases</b> that are also lexicon phrases ("armistice") resolve to the event.</para>
/// <para><b>Everything else</b> with one candidate is <see cref="MentionResolution.Unique"/>; several event or
/// trigger readings stay <see cref="MentionResolution.Ambiguous"/> for the claim extractor to settle.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class MentionResolver
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "from", "into", "inside", "near", "across", "within", "outside", "towards", "toward",
    };

    private static readonly HashSet<string> MotionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "flew", "fly", "flies", "flying", "went", "go", "goes", "going", "came", "come", "comes", "travel", "travelled", "traveled",
        "trip", "visit", "return", "returned", "moved", "way", "journey", "sent",
    };

    // "from X" is the source of a message or an act rather than a place after these words; "at X" is a target after these.
    private static readonly HashSet<string> NotLocativeBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "message", "messages", "statement", "statements", "rhetoric", "signal", "signals", "reaction", "response", "retaliation",
        "pressure", "threat", "threats", "demand", "demands", "support", "assistance", "aid", "concessions", "letter", "call", "calls",
        "warning", "warnings", "criticism", "condemnation", "order", "orders", "instructions", "approval", "permission", "sanctions",
        "penalties", "directed", "aimed", "targeted", "angry", "frustrated", "looking", "pointed", "lashed", "fired", "hit",
    };

    /// <summary>
    /// Returns <paramref name="mentions"/> (the matcher's output for <paramref name="text"/>, in text order) with
    /// each mention resolved by the rules above.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Mention> Resolve(string text, IReadOnlyList<Mention> mentions, KnowledgeBase knowledgeBase)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(mentions);
        Preconditions.CheckNotNull(knowledgeBase);

        var introductions = new Dictionary<ActorId, List<int>>();
        foreach (var mention in mentions)
        {
            foreach (var candidate in mention.Candidates)
            {
                if (IsPersonName(candidate, knowledgeBase))
                {
                    if (!introductions.TryGetValue(candidate.Actor, out var list))
                    {
                        introductions[candidate.Actor] = list = new List<int>();
                    }

                    list.Add(mention.Start);
                }
            }
        }

        var labels = new HashSet<Mention>(mentions.Where(m => IsSpeakerLabel(text, m)), ReferenceEqualityComparer.Instance);
        var speakers = SpeakerIntroductions(text, labels, introductions);
        var resolved = new Mention[mentions.Count];
        Mention? previous = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            resolved[i] = ResolveOne(text, mention, previous, knowledgeBase, introductions, labels, speakers);
            previous = resolved[i];
        }

        return Array.AsReadOnly(resolved);
    }

    private static Mention ResolveOne(string text, Mention mention, Mention? previous, KnowledgeBase kb,
        Dictionary<ActorId, List<int>> introductions, HashSet<Mention> labels, Dictionary<(string, ActorId), List<int>> speakers)
    {
        var candidates = mention.Candidates;
        if (candidates.Count == 1)
        {
            return mention.WithResolution(candidates[0], MentionResolution.Unique);
        }

        // A full person name among the candidates wins outright.
        var names = candidates.Where(c => IsPersonName(c, kb)).ToList();
        if (names.Count > 0)
        {
            var best = names.Count == 1 ? names[0] : MostRecent(names, mention.Start, introductions) ?? names[0];
            return mention.WithResolution(best, names.Count == 1 ? MentionResolution.Unique : MentionResolution.Antecedent);
        }

        var shortNames = candidates.Where(c => c.Kind == MentionKind.Actor && c.Form == NameForm.ShortName).ToList();
        if (shortNames.Count == candidates.Count)
        {
            if (labels.Contains(mention) && SpeakerFor(mention, shortNames, speakers) is { } speaker)
            {
                return mention.WithResolution(speaker, MentionResolution.SpeakerLabel);
            }

            return MostRecent(shortNames, mention.Start, introductions) is { } antecedent
                ? mention.WithResolution(antecedent, MentionResolution.Antecedent)
                : mention.WithResolution(shortNames[0], MentionResolution.Default);
        }

        var events = candidates.Where(c => c.Kind == MentionKind.Event).ToList();
        if (events.Count == 1 && candidates.All(c => c.Kind is not (MentionKind.Actor or MentionKind.Place)))
        {
            // An event phrase that is also a lexicon phrase ("armistice") names the event; the event carries its own code.
            return mention.WithResolution(events[0], MentionResolution.Unique);
        }

        bool hasPlace = candidates.Any(c => c.Kind == MentionKind.Place);
        bool hasActor = candidates.Any(c => c.Kind == MentionKind.Actor);
        if (hasPlace && hasActor)
        {
            bool locative = !IsPossessive(text, mention.End)
                && (IsLocative(text, mention.Start)
                    || (previous is { Resolved.Kind: MentionKind.Place }
                        && (previous.Resolution == MentionResolution.Place || IsLocative(text, previous.Start))
                        && IsConjoined(text, previous.End, mention.Start)));
            if (locative)
            {
                return mention.WithResolution(candidates.First(c => c.Kind == MentionKind.Place), MentionResolution.Place);
            }

            var actors = candidates.Where(c => c.Kind == MentionKind.Actor).ToList();
            var actor = actors.FirstOrDefault(c => c.Form == NameForm.Name, actors[0]);
            return mention.WithResolution(actor, MentionResolution.Actor);
        }

        return mention.WithResolution(null, MentionResolution.Ambiguous);
    }

    private static bool IsPersonName(MentionCandidate candidate, KnowledgeBase kb) =>
        candidate.Kind == MentionKind.Actor && candidate.Form == NameForm.Name
        && kb.TryGetActor(candidate.Actor, out var actor) && actor.Kind == ActorKind.Person;

    private static MentionCandidate? MostRecent(List<MentionCandidate> candidates, int before, Dictionary<ActorId, List<int>> introductions)
    {
        MentionCandidate? best = null;
        int bestAt = -1;
        foreach (var candidate in candidates)
        {
            int at = LastBefore(introductions, candidate.Actor, before);
            if (at > bestAt)
            {
                best = candidate;
                bestAt = at;
            }
        }

        return best;
    }

    private static int LastBefore(Dictionary<ActorId, List<int>> introductions, ActorId actor, int before) =>
        introductions.TryGetValue(actor, out var positions) ? LastBefore(positions, before) : -1;

    /// <summary>Returns the last of the ascending <paramref name="positions"/> before <paramref name="before"/>, or -1.</summary>
    private static int LastBefore(List<int> positions, int before)
    {
        int index = positions.BinarySearch(before);
        int last = (index >= 0 ? index : ~index) - 1;
        return last >= 0 ? positions[last] : -1;
    }

    /// <summary>
    /// For each speaker-label surface and each of its candidate persons, the positions where that person was
    /// introduced in the same sentence as a person of another label surface (computed once per document).
    /// </summary>
    private static Dictionary<(string, ActorId), List<int>> SpeakerIntroductions(string text, HashSet<Mention> labels,
        Dictionary<ActorId, List<int>> introductions)
    {
        var result = new Dictionary<(string, ActorId), List<int>>();
        var bySurface = labels.GroupBy(l => l.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(l => l.Candidates).Select(c => c.Actor).Where(introductions.ContainsKey).ToHashSet(), StringComparer.Ordinal);
        foreach (var (surface, actors) in bySurface)
        {
            var others = bySurface.Where(kv => kv.Key != surface).SelectMany(kv => kv.Value).ToHashSet();
            foreach (var actor in actors)
            {
                var positions = introductions[actor]
                    .Where(a => others.Any(q => q != actor && introductions[q].Any(b => Math.Abs(a - b) < 200 && SameSentence(text, a, b))))
                    .ToList();
                result[(surface, actor)] = positions;
            }
        }

        return result;
    }

    private static MentionCandidate? SpeakerFor(Mention label, List<MentionCandidate> candidates, Dictionary<(string, ActorId), List<int>> speakers)
    {
        MentionCandidate? best = null;
        int bestAt = -1;
        foreach (var candidate in candidates)
        {
            if (speakers.TryGetValue((label.Text, candidate.Actor), out var positions))
            {
                int at = LastBefore(positions, label.Start);
                if (at > bestAt)
                {
                    best = candidate;
                    bestAt = at;
                }
            }
        }

        return best;
    }

    private static bool SameSentence(string text, int a, int b)
    {
        int from = Math.Min(a, b);
        int to = Math.Max(a, b);
        return text.AsSpan(from, to - from).IndexOfAny(".!?\n") < 0;
    }

    private static bool IsSpeakerLabel(string text, Mention mention)
    {
        if (mention.End >= text.Length || text[mention.End] != ':')
        {
            return false;
        }

        for (int i = mention.Start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c == '\n')
            {
                return true;
            }

            if (!TextFolding.IsSpace(c) && c != '\r')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLocative(string text, int start)
    {
        var word = PreviousWord(text, start, out int wordStart);
        if (string.Equals(word, "the", StringComparison.OrdinalIgnoreCase))
        {
            word = PreviousWord(text, wordStart, out wordStart);
        }

        if (Locatives.Contains(word))
        {
            return !NotLocativeBefore.Contains(PreviousWord(text, wordStart, out _));
        }

        return string.Equals(word, "to", StringComparison.OrdinalIgnoreCase) && MotionWords.Contains(PreviousWord(text, wordStart, out _));
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && TextFolding.FoldPunctuation(text[end]) == '\'' && (text[end + 1] == 's' || text[end + 1] == 'S')
        && (end + 2 == text.Length || !TextFolding.IsWordChar(text[end + 2]));

    private static bool IsConjoined(string text, int previousEnd, int start)
    {
        if (start <= previousEnd)
        {
            return false;
        }

        var between = text.AsSpan(previousEnd, start - previousEnd).Trim();
        return between.SequenceEqual("and") || between.SequenceEqual(",") || between.SequenceEqual("or");
    }

    private static string PreviousWord(string text, int before, out int wordStart)
    {
        int end = before;
        while (end > 0 && TextFolding.IsSpace(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && TextFolding.IsWordChar(text[start - 1]))
        {
            start--;
        }

        wordStart = start;
        return text[start..end];
    }
}

using System.Globalization;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Extraction;

/// <summary>The work of extracting one document; used once, by one thread.</summary>
internal sealed partial class DocumentExtraction
{
    private readonly ClaimExtractor owner;
    private readonly EventLinker linker;
    private readonly KnowledgeBase kb;
    private readonly SourceDocument document;
    private readonly string text;
    private readonly Source source;
    private readonly LocalDate? anchor;
    private readonly List<Mention> mentions = [];
    private IReadOnlyList<Mention> allMentions = [];
    private readonly List<TemporalMention> dates = [];
    private readonly List<EventMention> eventMentions = [];
    private readonly List<PendingClaim> claims = [];
    private readonly Dictionary<ActorId, ProvisionalActor> provisionalActors = [];
    private readonly List<(ProvisionalEvent Event, int Order)> provisionalEvents = [];
    private readonly Dictionary<int, List<AttributionFrame>> framesBySentence = [];

    /// <summary>The attribution frames of the sentence being extracted (frames never cross sentences).</summary>
    private List<AttributionFrame> frames = [];

    private QuotationIndex? quotes;

    /// <summary>The mentions of the sentence being extracted.</summary>
    private List<Mention> sentenceMentions = [];

    /// <summary>The dated event mentions so far, for event-relative dates: (position, event, date as stated or catalogued).</summary>
    private readonly List<(int Position, EventId Event, DateEstimate Date)> datedEvents = [];

    private readonly LocalDate? fallbackAnchor;

    public DocumentExtraction(ClaimExtractor owner, EventLinker linker, SourceDocument document, Source source, LocalDate? anchor, LocalDate? fallbackAnchor = null)
    {
        this.fallbackAnchor = fallbackAnchor;
        this.owner = owner;
        this.linker = linker;
        kb = owner.KnowledgeBase;
        this.document = document;
        text = document.Text;
        this.source = source;
        this.anchor = anchor;
    }

    private SourceId SourceId => source.Id;

    public ExtractionResult Run()
    {
        allMentions = MentionMatcher.For(kb).MatchAndResolve(text);
        // Without a document date, a yearless calendar date ("in February") is still read against the earliest day the
        // document can be from (its year stays unstated, so it never conflicts on the year); relative ones stay open.
        var allDates = owner.Tagger.Tag(text, anchor ?? fallbackAnchor);
        if (anchor is null && fallbackAnchor is not null)
        {
            allDates = allDates.Select(d => d.Reference == TemporalReference.Document ? d.WithAnchor(null) : d).ToList();
        }

        // A stated date on the page (a wire dateline opening the first paragraph: "SEOUL, June 16, 2020 (Yonhap) --")
        // dates the document, not an event.
        var statedSpans = document.Datelines.Select(d => d.DateText.Span).ToList();
        allDates = allDates.Where(d => !statedSpans.Exists(s => d.Start < s.End && s.Start < d.End)).ToList();
        foreach (var sentence in document.Sentences)
        {
            mentions.AddRange(Within(allMentions, sentence.Span, m => m.Start, m => m.End));
            dates.AddRange(Within(allDates, sentence.Span, d => d.Start, d => d.End));
        }

        var mentionsBySentence = Partition(mentions, m => m.Start);
        FindFrames(mentionsBySentence);
        var sentenceDates = Partition(dates, d => d.Start);
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            frames = framesBySentence.GetValueOrDefault(i) ?? [];
            sentenceMentions = mentionsBySentence[i];
            ExtractSentence(document.Sentences[i], mentionsBySentence[i], sentenceDates[i]);
        }

        var merged = ProvisionalEvents.MergeWithin(provisionalEvents.Select(p => p.Event).ToList());
        var ordered = claims
            .Select(c => c with { Subject = c.Subject.Kind == EntityKind.Event && merged.Map.TryGetValue(new EventId(c.Subject.Slug!), out var to) ? EntityRef.From(to) : c.Subject })
            .Distinct()
            .OrderBy(c => c.Start).ThenBy(c => c.Length).ThenBy(c => c.Subject).ThenBy(c => c.Facet).ThenBy(c => c.Value.ToString(), StringComparer.Ordinal)
            .ToList();
        var built = new List<Claim>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++)
        {
            var c = ordered[i];
            var id = new ClaimId(string.Create(CultureInfo.InvariantCulture, $"{SourceId.Value}-c{i + 1:0000}"));
            built.Add(new Claim(id, c.Subject, c.Facet, c.Value, SourceId, Evidence.FromText(SourceId, text, c.Start, c.Length), c.Attribution, c.Modality));
        }

        var links = eventMentions
            .Select(e => e.Event is { } ev && merged.Map.TryGetValue(ev, out var to)
                ? new EventMention(e.Sentence, e.Start, e.Text, e.Code, e.Status, to, e.Score, e.Evidence, e.Alternatives, e.Modality, e.Attribution, e.IsNamed)
                : e)
            .ToList();
        return new ExtractionResult(source, anchor, mentions, dates, links, built, merged.Events.ToList(),
            provisionalActors.Values.OrderBy(a => a.FirstMention.Start).ToList());
    }

    /// <summary>A claim before its id is given.</summary>
    private sealed record PendingClaim(EntityRef Subject, Facet Facet, ClaimValue Value, int Start, int Length, Attribution? Attribution, Modality Modality);

    private static List<T> Within<T>(IReadOnlyList<T> items, TextSpan span, Func<T, int> start, Func<T, int> end)
    {
        var result = new List<T>();
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (start(items[mid]) < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < items.Count && start(items[i]) < span.End; i++)
        {
            if (end(items[i]) <= span.End)
            {
                result.Add(items[i]);
            }
        }

        return result;
    }

    private List<List<T>> Partition<T>(List<T> items, Func<T, int> start)
    {
        var result = new List<List<T>>(document.Sentences.Count);
        int k = 0;
        foreach (var sentence in document.Sentences)
        {
            var list = new List<T>();
            while (k < items.Count && start(items[k]) < sentence.Span.End)
            {
                if (start(items[k]) >= sentence.Span.Start)
                {
                    list.Add(items[k]);
                }

                k++;
            }

            result.Add(list);
        }

        return result;
    }

    private void Add(EntityRef subject, Facet facet, ClaimValue value, int start, int end, Attribution? attribution, Modality modality) =>
        claims.Add(new PendingClaim(subject, facet, value, start, end - start, attribution, modality));

    private static bool Has(Mention m, MentionKind kind) => m.Candidates.Any(c => c.Kind == kind);

    private Actor? ActorOf(Mention m) =>
        m.Resolved is { Kind: MentionKind.Actor } r && kb.TryGetActor(r.Actor, out var a) ? a : null;

    private Place? PlaceOf(Mention m) =>
        m.Resolved is { Kind: MentionKind.Place } r && kb.TryGetPlace(r.Place, out var p) ? p : null;
}

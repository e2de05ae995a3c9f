using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core.Extraction;

/// <summary>
/// Turns a parsed article into claims, each traced to the span of the sentence it comes from: event mentions are
/// linked to the catalogue (or made provisional events), and for each the facets the sentence states become claims
/// (occurred, date, location, initiator, target, ordered-by, participants), plus counts (<c>count:officials</c>), with
/// the speaker and channel the source attributes them to and the modality it commits to.
/// </summary>
/// <remarks>
/// <para><b>Linking.</b> A sentence's trigger or naming phrase is scored against every catalogued event: naming phrase,
/// trigger type, the actors and places near it; the stated date only chooses between events the rest cannot tell apart,
/// so a mention that names an event but misdates it ("the failed summit … in March 2019") links to that event and
/// yields a conflicting date claim. See <see cref="EventMention"/> for the score and its evidence in words.</para>
/// <para><b>Attribution.</b> Reported speech ("… said", "according to …", "reported by Yonhap"), quotations, interview
/// turns ("Aum:") and introduced passages ("NPR reminded readers …:") give claims their speaker and channel (news
/// agencies are channels). <b>Modality</b> is, in order of precedence: conditional ("if", "unless"), negated, future,
/// hedged (lexicon cues near the trigger; questions), reported (attributed), asserted.</para>
/// <para><b>Dates</b> come from <see cref="TemporalTagger"/> resolved against the anchor (the publication estimate's
/// anchor); event-relative offsets ("five months earlier", "days before the summit") are resolved against the date of
/// the event they count from.</para>
/// <para>Nothing is keyed to particular documents: all knowledge comes from the <see cref="Knowledge.KnowledgeBase"/>.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ClaimExtractor
{
    private readonly EventLinker linker;
    private readonly DocumentDater dater;

    /// <summary>Creates an extractor over <paramref name="knowledgeBase"/> (<see cref="KnowledgeBase.Default"/> when null).</summary>
    /// <param name="knowledgeBase">The actors, places, events and lexicon; <see cref="KnowledgeBase.Default"/> when null.</param>
    /// <param name="tagger">The temporal tagger; <see cref="TemporalTagger.Default"/> when null.</param>
    /// <param name="clock">The clock that gives the day of analysis when documents are dated (<see cref="DateDocument"/>):
    /// no document is later. <see cref="SystemClock.Instance"/> when null.</param>
    public ClaimExtractor(KnowledgeBase? knowledgeBase = null, TemporalTagger? tagger = null, IClock? clock = null)
    {
        KnowledgeBase = knowledgeBase ?? KnowledgeBase.Default;
        Tagger = tagger ?? TemporalTagger.Default;
        linker = new EventLinker(KnowledgeBase);
        dater = new DocumentDater(KnowledgeBase.KnownDates, Tagger, clock);
    }

    private ClaimExtractor(ClaimExtractor other, IClock clock)
    {
        KnowledgeBase = other.KnowledgeBase;
        Tagger = other.Tagger;
        linker = other.linker;
        dater = new DocumentDater(KnowledgeBase.KnownDates, Tagger, clock);
    }

    /// <summary>Gets the extractor over the default knowledge base, dating documents by the system clock.</summary>
    public static ClaimExtractor Default => Holder.Instance;

    /// <summary>Gets the clock that gives the day of analysis when documents are dated.</summary>
    public IClock Clock => dater.Clock;

    /// <summary>Returns an extractor like this one whose documents are dated by <paramref name="clock"/> (the knowledge base,
    /// tagger and event linker are shared, so this is cheap).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ClaimExtractor WithClock(IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        return new ClaimExtractor(this, clock);
    }

    /// <summary>Gets the knowledge base claims are linked to.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>Gets the temporal tagger that finds date expressions.</summary>
    public TemporalTagger Tagger { get; }

    /// <summary>
    /// Extracts the claims of <paramref name="document"/> resolving relative dates against <paramref name="anchor"/>
    /// (the day the document was written; relative expressions stay unresolved without it).
    /// </summary>
    /// <param name="document">The parsed article; its <see cref="SourceDocument.Id"/> (or <c>document</c>) is the source id.</param>
    /// <param name="anchor">The document date relative expressions count from, or null.</param>
    /// <param name="source">The source to attribute claims to; by default described from the document (<see cref="DescribeSource"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ExtractionResult Extract(SourceDocument document, LocalDate? anchor, Source? source = null)
    {
        Preconditions.CheckNotNull(document);
        source ??= DescribeSource(document, anchor is { } a ? DateEstimate.FromDay(a) : null);
        return new DocumentExtraction(this, linker, document, source, anchor).Run();
    }

    /// <summary>Extracts the claims of <paramref name="document"/> against a publication estimate (its anchor and date).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ExtractionResult Extract(SourceDocument document, PublicationEstimate publication, Source? source = null)
    {
        Preconditions.CheckNotNull(document);
        Preconditions.CheckNotNull(publication);
        source ??= DescribeSource(document, publication.Date);
        return new DocumentExtraction(this, linker, document, source, publication.Anchor, publication.Date?.Start).Run();
    }

    /// <summary>
    /// Dates <paramref name="document"/> and extracts its claims against that estimate (see <see cref="DateDocument"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ExtractionResult Extract(SourceDocument document)
    {
        Preconditions.CheckNotNull(document);
        return Extract(document, DateDocument(document).Publication);
    }

    /// <summary>
    /// Dates a document with a <see cref="DocumentDater"/> over the knowledge base's catalogue and
    /// dated facts (<see cref="KnowledgeBase.KnownDates"/>) and the extractor's <see cref="Clock"/>: the estimate
    /// <see cref="Extract(SourceDocument)"/> anchors claims on.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public DocumentDating DateDocument(SourceDocument document)
    {
        Preconditions.CheckNotNull(document);
        return dater.Date(document);
    }

    /// <summary>
    /// Describes the source of a parsed document: its id (<c>document</c> when it has none), title, outlet and kind
    /// (from the curated seed metadata when the id is a seed's, else the outlet the text states), the publication
    /// estimate, and its upstream origins: the curated ones and the wire agencies the parser found (credit lines,
    /// wire datelines) that the knowledge base knows.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public Source DescribeSource(SourceDocument document, DateEstimate? published)
    {
        Preconditions.CheckNotNull(document);
        var id = document.Id ?? new SourceId("document");
        var curated = CuratedSources.Find(id);
        var origins = new List<ActorId>(curated?.Origins ?? []);
        var matcher = MentionMatcher.For(KnowledgeBase);
        foreach (var upstream in document.UpstreamOrigins)
        {
            foreach (var text in new[] { upstream.Name, upstream.Mention.Text })
            {
                foreach (var m in matcher.Match(text))
                {
                    if (m.Start == 0 && m.Length == text.Length && m.Candidates.FirstOrDefault(c => c.Kind == Mentions.MentionKind.Actor) is { Actor.Value: not null } c
                        && KnowledgeBase.TryGetActor(c.Actor, out var actor) && actor.Kind == ActorKind.NewsAgency)
                    {
                        origins.Add(actor.Id);
                    }
                }
            }
        }

        return new Source(id, document.Title?.Text, curated?.Outlet ?? document.Outlet?.Text, curated?.Kind ?? SourceKind.Unknown, published, origins);
    }

    private static class Holder
    {
        internal static readonly ClaimExtractor Instance = new();
    }
}

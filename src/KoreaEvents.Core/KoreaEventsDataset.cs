using System.Collections.ObjectModel;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;
using NodaTime;

namespace KoreaEvents.Core;

/// <summary>
/// The whole pipeline in one call: articles are parsed, dated, turned into claims and corroborated. <see cref="Load()"/>
/// gives the embedded seed corpus; <see cref="WithArticles"/> and <see cref="WithClaims"/> give new datasets with
/// your own articles or claims added.
/// </summary>
/// <remarks>
/// <para>The pipeline runs one way: text → <see cref="SourceDocument"/> (<see cref="ArticleParser"/>) → publication
/// estimate (<see cref="DocumentDater"/>) → claims (<see cref="ClaimExtractor"/>, with provisional events merged
/// across documents) → <see cref="CorroborationReport"/> (<see cref="CorroborationEngine"/>, with the knowledge
/// base's place containment and the articles' texts for text-reuse detection).</para>
/// <para>Datasets are immutable and thread-safe: nothing mutates the shared default, and <see cref="Load()"/> builds it
/// once, lazily, on first use.</para>
/// </remarks>
public sealed class KoreaEventsDataset
{
    private static readonly Lazy<KoreaEventsDataset> Embedded = new(
        () => Build(ClaimExtractor.Default, SeedCorpus.All.Select(s => new ArticleInput(s.Id, s.Text)).ToList(), [], []),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ClaimExtractor extractor;
    private readonly IReadOnlyList<ArticleInput> inputs;

    private KoreaEventsDataset(
        ClaimExtractor extractor,
        IReadOnlyList<ArticleInput> inputs,
        IReadOnlyList<DatasetArticle> articles,
        ProvisionalMerge merge,
        IReadOnlyList<Source> extraSources,
        IReadOnlyList<Claim> extraClaims,
        CorroborationReport report)
    {
        this.extractor = extractor;
        this.inputs = inputs;
        Articles = articles;
        ProvisionalEvents = merge.Events;
        ExtraSources = extraSources;
        ExtraClaims = extraClaims;
        Claims = new ReadOnlyCollection<Claim>(merge.Claims.Concat(extraClaims).ToList());
        Sources = new ReadOnlyCollection<Source>(articles.Select(a => a.Source).Concat(extraSources).ToList());
        Report = report;
    }

    /// <summary>Gets the knowledge base the claims are linked to.</summary>
    public KnowledgeBase Knowledge => extractor.KnowledgeBase;

    /// <summary>Gets every article, in the order given (the seeds by id).</summary>
    public IReadOnlyList<DatasetArticle> Articles { get; }

    /// <summary>Gets every source: the articles' sources, then those added with <see cref="WithClaims"/>.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets the catalogued actors.</summary>
    public IReadOnlyList<Actor> Actors => Knowledge.Actors;

    /// <summary>Gets the catalogued places.</summary>
    public IReadOnlyList<Place> Places => Knowledge.Places;

    /// <summary>Gets the catalogued events.</summary>
    public IReadOnlyList<Event> Events => Knowledge.Events;

    /// <summary>Gets the provisional events the articles speak of that the catalogue does not hold, merged across articles.</summary>
    public IReadOnlyList<ProvisionalEvent> ProvisionalEvents { get; }

    /// <summary>Gets every claim: the articles' (provisional events merged), then those added with <see cref="WithClaims"/>.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Gets the corroboration of <see cref="Claims"/>.</summary>
    public CorroborationReport Report { get; }

    /// <summary>Gets the sources added with <see cref="WithClaims"/>.</summary>
    public IReadOnlyList<Source> ExtraSources { get; }

    /// <summary>Gets the claims added with <see cref="WithClaims"/>.</summary>
    public IReadOnlyList<Claim> ExtraClaims { get; }

    /// <summary>
    /// Gets the embedded corpus: the five seed articles parsed, dated, extracted and corroborated with the default
    /// knowledge base, dated by the system clock (see <see cref="Load(IClock)"/>). Built once, on first use; thread-safe.
    /// </summary>
    public static KoreaEventsDataset Load() => Embedded.Value;

    /// <summary>
    /// Builds the embedded corpus as <see cref="Load()"/> does, with documents dated by <paramref name="clock"/>: the
    /// day of analysis, after which no document can be published. A seed whose text gives no later bound is open above
    /// (<see cref="PublicationEstimate.IsOpenAbove"/>) whatever the clock says, so the result is the same on any day from
    /// 2021 on. Built anew on each call.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static KoreaEventsDataset Load(IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        return Build(ClaimExtractor.Default.WithClock(clock), SeedCorpus.All.Select(s => new ArticleInput(s.Id, s.Text)).ToList(), [], []);
    }

    /// <summary>Builds a dataset from your own articles with <paramref name="extractor"/> (the default one when null).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="articles"/> holds null, or two articles share an id (the
    /// message names it).</exception>
    /// <exception cref="ArticleFormatException">An article is not text (empty, binary); the message names it.</exception>
    public static KoreaEventsDataset FromArticles(IEnumerable<ArticleInput> articles, ClaimExtractor? extractor = null)
    {
        Preconditions.CheckNotNull(articles);
        return Build(extractor ?? ClaimExtractor.Default, CheckInputs(articles, []), [], []);
    }

    /// <summary>
    /// Returns a new dataset with <paramref name="articles"/> added; this one is unchanged. Unchanged groups are
    /// reused from this report (see <see cref="CorroborationReport.With"/>) when the new articles leave the earlier
    /// claims as they were; otherwise everything is corroborated afresh.
    /// </summary>
    /// <param name="articles">The articles to add, each with an id that is not yet in the dataset.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="articles"/> holds null, or an article's id is already in the
    /// dataset (as an article or as a source added with <see cref="WithClaims"/>) or repeats; the message names the
    /// id.</exception>
    /// <exception cref="ArticleFormatException">An article is not text (empty, binary); the message names it.</exception>
    public KoreaEventsDataset WithArticles(IEnumerable<ArticleInput> articles)
    {
        Preconditions.CheckNotNull(articles);
        var added = CheckInputs(articles, KnownSourceIds());
        var allInputs = inputs.Concat(added).ToList();
        var newArticles = added.Select(a => Process(extractor, a)).ToList();
        var allArticles = Articles.Concat(newArticles).ToList();
        var merge = Extraction.ProvisionalEvents.Merge(allArticles.Select(a => a.Extraction));

        var earlierClaims = merge.Claims.Where(c => Articles.Any(a => a.Source.Id == c.Source)).ToList();
        var previousArticleClaims = Claims.Take(Claims.Count - ExtraClaims.Count).ToList();
        CorroborationReport report;
        if (earlierClaims.SequenceEqual(previousArticleClaims))
        {
            var newIds = newArticles.Select(a => a.Source.Id).ToHashSet();
            report = Report.With(
                newArticles.Select(a => a.Source),
                merge.Claims.Where(c => newIds.Contains(c.Source)),
                newArticles.ToDictionary(a => a.Source.Id, a => a.Document.Text));
        }
        else
        {
            report = Corroborate(extractor, allArticles, merge.Claims, ExtraSources, ExtraClaims);
        }

        return new KoreaEventsDataset(extractor, allInputs, allArticles.AsReadOnly(), merge, ExtraSources, ExtraClaims, report);
    }

    /// <summary>Returns a new dataset with one article added (see <see cref="WithArticles"/>); this one is unchanged.</summary>
    /// <param name="id">The article's source id; not the default id, and not already in the dataset.</param>
    /// <param name="text">The article's raw text.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (empty) id, or already in the dataset
    /// (as an article or as a source added with <see cref="WithClaims"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArticleFormatException"><paramref name="text"/> is not text (empty, binary); the message names
    /// the article.</exception>
    public KoreaEventsDataset WithArticle(SourceId id, string text)
    {
        var input = new ArticleInput(id, text);
        Preconditions.CheckArgument(!KnownSourceIds().Contains(id), nameof(id), $"The article id '{id}' is already in the dataset.");
        return WithArticles([input]);
    }

    /// <summary>
    /// Returns a new dataset with your own claims (and the sources they come from) added to the corroboration; this
    /// one is unchanged. Claims may come from sources already in the dataset or from the new ones.
    /// </summary>
    /// <param name="claims">The claims to add. Claims made here have the evidence you give them (none, unless you
    /// pass an <see cref="Evidence"/>).</param>
    /// <param name="sources">The sources of the claims that are not yet in the dataset, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claims"/> or <paramref name="sources"/> holds null; a new
    /// source's id is already in the dataset or repeats (<paramref name="sources"/>); a claim's id is already used, or
    /// a claim names a source that is neither in the dataset nor among <paramref name="sources"/>
    /// (<paramref name="claims"/>). The message names the id.</exception>
    public KoreaEventsDataset WithClaims(IEnumerable<Claim> claims, IEnumerable<Source>? sources = null)
    {
        Preconditions.CheckNotNull(claims);
        var newClaims = claims.ToList();
        var newSources = sources?.ToList() ?? [];
        Preconditions.CheckArgument(!newClaims.Contains(null!), nameof(claims), "The claims must not contain null.");
        Preconditions.CheckArgument(!newSources.Contains(null!), nameof(sources), "The sources must not contain null.");

        var known = Sources.Select(s => s.Id).ToHashSet();
        foreach (var source in newSources)
        {
            Preconditions.CheckArgument(known.Add(source.Id), nameof(sources), $"The source '{source.Id}' is already in the dataset.");
        }

        var claimIds = Claims.Select(c => c.Id).ToHashSet();
        foreach (var claim in newClaims)
        {
            Preconditions.CheckArgument(known.Contains(claim.Source), nameof(claims),
                $"The claim '{claim.Id}' names the source '{claim.Source}', which is neither in the dataset nor among the sources given.");
            Preconditions.CheckArgument(claimIds.Add(claim.Id), nameof(claims), $"The claim id '{claim.Id}' is already used.");
        }

        var report = Report.With(newSources, newClaims);
        var merge = Extraction.ProvisionalEvents.Merge(Articles.Select(a => a.Extraction));
        return new KoreaEventsDataset(extractor, inputs, Articles, merge,
            ExtraSources.Concat(newSources).ToList().AsReadOnly(), ExtraClaims.Concat(newClaims).ToList().AsReadOnly(), report);
    }

    /// <summary>Finds an article by its source id.</summary>
    /// <returns>The article, or <c>null</c> when no article has <paramref name="id"/> (also for a source added with
    /// <see cref="WithClaims"/>, which has no article, and for the default id).</returns>
    public DatasetArticle? FindArticle(SourceId id) => Articles.FirstOrDefault(a => a.Source.Id == id);

    /// <summary>Finds a source record by id: an article's source or one added with <see cref="WithClaims"/>.</summary>
    /// <returns>The source, or <c>null</c> when the dataset has none with <paramref name="id"/> (also for the default id).</returns>
    public Source? FindSource(SourceId id) => Sources.FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// Returns the place containment of <paramref name="knowledge"/> for the corroboration engine (Kaesong is in North
    /// Korea: a claim that says North Korea agrees with one that says Kaesong).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="knowledge"/> is null.</exception>
    public static IPlaceHierarchy PlaceHierarchyOf(KnowledgeBase knowledge)
    {
        Preconditions.CheckNotNull(knowledge);
        return PlaceHierarchy.FromParents(knowledge.Places
            .Where(p => p.Within is not null)
            .Select(p => KeyValuePair.Create(EntityRef.From(p.Id), EntityRef.From(p.Within!.Value))));
    }

    /// <summary>
    /// Returns who acts for whom in <paramref name="knowledge"/>, for the corroboration engine: a government body acts
    /// for its state (<see cref="Actor.Country"/>), and a person acts for the state or body of each role they hold
    /// (<see cref="ActorRole.Of"/>), during the role's period. Events are dated by their catalogue date, so a claim
    /// that North Korea made the June 2020 statement agrees with one that its foreign minister Ri Son Gwon made it;
    /// a provisional event has no catalogue date, so only undated links count for it. Organisations, groups and news
    /// agencies do not act for the state they are based in (defector groups in South Korea are not South Korea).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="knowledge"/> is null.</exception>
    public static IActorAffiliation ActorAffiliationOf(KnowledgeBase knowledge)
    {
        Preconditions.CheckNotNull(knowledge);
        var links = new List<AffiliationLink>();
        foreach (var actor in knowledge.Actors)
        {
            var member = EntityRef.From(actor.Id);
            if (actor.Kind == ActorKind.GovernmentBody && actor.Country is { } country)
            {
                links.Add(new AffiliationLink(member, EntityRef.From(country)));
            }

            if (actor.Kind != ActorKind.Person)
            {
                continue;
            }

            foreach (var role in actor.Roles)
            {
                if (role.Of is { } of && knowledge.TryGetActor(of, out var body) && body.Kind is ActorKind.State or ActorKind.GovernmentBody)
                {
                    links.Add(new AffiliationLink(member, EntityRef.From(of), role.Period));
                }
            }
        }

        return ActorAffiliation.FromLinks(links, subject =>
            subject.Kind == EntityKind.Event && knowledge.TryGetEvent(new EventId(subject.Slug!), out var e) ? e.Date : null);
    }

    private static KoreaEventsDataset Build(ClaimExtractor extractor, IReadOnlyList<ArticleInput> inputs, IReadOnlyList<Source> extraSources, IReadOnlyList<Claim> extraClaims)
    {
        var articles = inputs.Select(a => Process(extractor, a)).ToList();
        var merge = Extraction.ProvisionalEvents.Merge(articles.Select(a => a.Extraction));
        var report = Corroborate(extractor, articles, merge.Claims, extraSources, extraClaims);
        return new KoreaEventsDataset(extractor, inputs, articles.AsReadOnly(), merge, extraSources, extraClaims, report);
    }

    private static DatasetArticle Process(ClaimExtractor extractor, ArticleInput input)
    {
        SourceDocument document;
        try
        {
            document = ArticleParser.Parse(input.Text, input.Id);
        }
        catch (ArticleFormatException ex)
        {
            throw new ArticleFormatException(ex.Reason, ex.Offset, ex.Line, ex.Column, $"Article '{input.Id}': {ex.Message}");
        }

        var dating = extractor.DateDocument(document);
        var extraction = extractor.Extract(document, dating.Publication);
        return new DatasetArticle(document, dating.Publication, extraction);
    }

    private static CorroborationReport Corroborate(ClaimExtractor extractor, IReadOnlyList<DatasetArticle> articles, IEnumerable<Claim> claims,
        IReadOnlyList<Source> extraSources, IReadOnlyList<Claim> extraClaims)
    {
        var engine = new CorroborationEngine(CorroborationOptions.Default with
        {
            Places = PlaceHierarchyOf(extractor.KnowledgeBase),
            Actors = ActorAffiliationOf(extractor.KnowledgeBase),
        });
        return engine.Corroborate(
            articles.Select(a => a.Source).Concat(extraSources),
            claims.Concat(extraClaims),
            articles.ToDictionary(a => a.Source.Id, a => a.Document.Text));
    }

    private HashSet<SourceId> KnownSourceIds() => inputs.Select(i => i.Id).Concat(ExtraSources.Select(s => s.Id)).ToHashSet();

    private static List<ArticleInput> CheckInputs(IEnumerable<ArticleInput> articles, IEnumerable<SourceId> existing)
    {
        var list = articles.ToList();
        Preconditions.CheckArgument(!list.Contains(null!), nameof(articles), "The articles must not contain null.");
        var ids = existing.ToHashSet();
        foreach (var article in list)
        {
            Preconditions.CheckArgument(ids.Add(article.Id), nameof(articles), $"The article id '{article.Id}' is already in the dataset or repeats.");
        }

        return list;
    }
}

/// <summary>An article to add to a dataset: its source id and its raw text.</summary>
public sealed record ArticleInput
{
    /// <summary>Creates the input.</summary>
    /// <exception cref="ArgumentException">The id is the default (empty) id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ArticleInput(SourceId id, string text)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The article id must not be the default (empty) id.");
        Id = id;
        Text = Preconditions.CheckNotNull(text);
    }

    /// <summary>Gets the source id the article's claims will carry.</summary>
    public SourceId Id { get; }

    /// <summary>Gets the raw text.</summary>
    public string Text { get; }
}

/// <summary>One article of a dataset with everything the pipeline made of it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DatasetArticle
{
    internal DatasetArticle(SourceDocument document, PublicationEstimate publication, ExtractionResult extraction)
    {
        Document = document;
        Publication = publication;
        Extraction = extraction;
    }

    /// <summary>Gets the source (outlet, kind, publication estimate, upstream origins).</summary>
    public Source Source => Extraction.Source;

    /// <summary>Gets the parsed document (every span points into its original text).</summary>
    public SourceDocument Document { get; }

    /// <summary>Gets the publication estimate with the candidates considered and the reasons.</summary>
    public PublicationEstimate Publication { get; }

    /// <summary>Gets what extraction found: mentions, dates, linked events, claims (before provisional events were merged across articles).</summary>
    public ExtractionResult Extraction { get; }

    /// <summary>Returns the source id and its publication estimate.</summary>
    public override string ToString() => $"{Source.Id} {Publication.Date}";
}

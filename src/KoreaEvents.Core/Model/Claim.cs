namespace KoreaEvents.Core.Model;

/// <summary>
/// One statement by one source about one facet of one subject:
/// <c>(subject, facet, value, source, evidence, attribution, modality)</c>.
/// </summary>
/// <remarks>
/// Claims are the unit of corroboration: they are grouped by (<see cref="Subject"/>, <see cref="Facet"/>), and
/// claims that share an origin (the same source, wire, attributed statement or reused text) count once.
/// Equality compares every field (value equality). Immutable and thread-safe.
/// </remarks>
public sealed record Claim
{
    /// <summary>Creates a claim.</summary>
    /// <exception cref="ArgumentException">An id, the subject or the facet is the default (empty) value, the
    /// value is null, or the evidence belongs to another source.</exception>
    public Claim(ClaimId id, EntityRef subject, Facet facet, ClaimValue value, SourceId source,
        Evidence? evidence = null, Attribution? attribution = null, Modality modality = Modality.Asserted)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The claim id must not be the default (empty) id.");
        Preconditions.CheckArgument(subject.Slug is not null, nameof(subject), "The subject must not be the default (empty) reference.");
        Preconditions.CheckArgument(facet.Name is not null, nameof(facet), "The facet must not be the default (empty) facet.");
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(source.Value is not null, nameof(source), "The source must not be the default (empty) id.");
        Preconditions.CheckArgument(evidence is null || evidence.Source == source, nameof(evidence),
            $"The evidence comes from source '{evidence?.Source}', not from the claim's source '{source}'.");
        Preconditions.CheckArgument(Enum.IsDefined(modality), nameof(modality), $"The modality {(int)modality} is not defined.");
        Id = id;
        Subject = subject;
        Facet = facet;
        Value = value;
        Source = source;
        Evidence = evidence;
        Attribution = attribution;
        Modality = modality;
    }

    /// <summary>Gets the claim's id.</summary>
    public ClaimId Id { get; }

    /// <summary>Gets what the claim is about.</summary>
    public EntityRef Subject { get; }

    /// <summary>Gets which aspect of the subject the claim states.</summary>
    public Facet Facet { get; }

    /// <summary>Gets the stated value.</summary>
    public ClaimValue Value { get; }

    /// <summary>Gets the source that makes the claim.</summary>
    public SourceId Source { get; }

    /// <summary>Gets the span of the source's text the claim comes from, when known.</summary>
    /// <returns>The evidence, or <c>null</c> when the claim was made without one.</returns>
    /// <remarks>Claims made by the claim extractor (<c>ExtractionResult.Claims</c>, and so every claim of a
    /// <c>KoreaEventsDataset</c> that comes from an article) always have evidence: the offsets and exact quote of the
    /// sentence span they were read from. It is null only for claims built by hand without the <c>evidence</c>
    /// argument, such as those given to <c>KoreaEventsDataset.WithClaims</c> or <c>CorroborationEngine.Corroborate</c>
    /// from a table or another system. The type stays nullable because both kinds are the same <see cref="Claim"/>.</remarks>
    public Evidence? Evidence { get; }

    /// <summary>Gets to whom the source attributes the claim, when it does.</summary>
    public Attribution? Attribution { get; }

    /// <summary>Gets how the source commits to the claim.</summary>
    public Modality Modality { get; }

    /// <summary>Returns <c>subject facet = value [source]</c>.</summary>
    public override string ToString() => $"{Subject} {Facet} = {Value} [{Source}]";
}

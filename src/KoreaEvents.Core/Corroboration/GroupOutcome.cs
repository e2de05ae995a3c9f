namespace KoreaEvents.Core.Corroboration;

/// <summary>What one group decided with one set of weights (the claims' stances are written where the caller
/// asks; the origins' weights stay in the solver until its next group).</summary>
internal readonly struct GroupOutcome
{
    public const byte SupportingFlag = 1;

    public const byte DissentingFlag = 2;

    public required int Best { get; init; }

    public required long SupportWeight { get; init; }

    public required long DissentWeight { get; init; }

    public required int SupportingCount { get; init; }

    public required int DissentingCount { get; init; }

    public required int NeutralCount { get; init; }

    public required Verdict Verdict { get; init; }
}

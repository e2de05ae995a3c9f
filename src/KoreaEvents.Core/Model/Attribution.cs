namespace KoreaEvents.Core.Model;

/// <summary>
/// Who a claim is attributed to and through whom it reached the source: "a short statement was reported by
/// South Korean news agency, Yonhap" has speaker the NSC and channel Yonhap; "according to a Unification
/// Ministry statement" has the ministry as speaker.
/// </summary>
/// <remarks>
/// Names are kept as written; ids are filled when the knowledge base knows the actor. Two claims with the
/// same <see cref="StatementKey"/> repeat one statement and count as one origin. Equality compares every
/// field. Immutable and thread-safe.
/// </remarks>
public sealed record Attribution
{
    /// <summary>Creates an attribution; at least a speaker or a channel must be given.</summary>
    /// <exception cref="ArgumentException">Neither a speaker nor a channel is given.</exception>
    public Attribution(string? speaker, ActorId? speakerId = null, string? channel = null, ActorId? channelId = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(speaker) || !string.IsNullOrWhiteSpace(channel), nameof(speaker),
            "An attribution needs a speaker or a channel.");
        Speaker = string.IsNullOrWhiteSpace(speaker) ? null : speaker;
        SpeakerId = speakerId;
        Channel = string.IsNullOrWhiteSpace(channel) ? null : channel;
        ChannelId = channelId;
    }

    /// <summary>Gets the speaker's name as written, or null.</summary>
    public string? Speaker { get; }

    /// <summary>Gets the speaker's actor id when known.</summary>
    public ActorId? SpeakerId { get; }

    /// <summary>Gets the channel (news agency, outlet, statement) the words came through, as written, or null.</summary>
    public string? Channel { get; }

    /// <summary>Gets the channel's actor id when known.</summary>
    public ActorId? ChannelId { get; }

    /// <summary>
    /// Gets the key that identifies the attributed statement across sources: the speaker's id or normalised
    /// name, then the channel's (<c>speaker:actor:kim-yo-jong</c>, <c>channel:actor:yonhap</c>).
    /// </summary>
    public string StatementKey
    {
        get
        {
            var speaker = SpeakerId is { Value: not null } s ? "actor:" + s.Value : Slug.From(Speaker);
            var channel = ChannelId is { Value: not null } c ? "actor:" + c.Value : Slug.From(Channel);
            return speaker is not null ? "speaker:" + speaker : "channel:" + channel;
        }
    }

    /// <summary>Returns <c>speaker via channel</c>.</summary>
    public override string ToString() => (Speaker, Channel) switch
    {
        (not null, not null) => $"{Speaker} via {Channel}",
        (not null, null) => Speaker,
        _ => $"via {Channel}",
    };
}

/// <summary>How a source commits to a claim.</summary>
public enum Modality
{
    /// <summary>The source states it in its own voice.</summary>
    Asserted = 0,

    /// <summary>The source reports what someone else said (quoted or reported speech).</summary>
    Reported = 1,

    /// <summary>Hedged or speculative ("may", "could", "likely", "possibly").</summary>
    Hedged = 2,

    /// <summary>Negated: the source says it did not happen or is not so.</summary>
    Negated = 3,

    /// <summary>Future or planned: a prediction or plan, not a report that it happened.</summary>
    Future = 4,

    /// <summary>Conditional: only if something else holds ("if Pyongyang orders troops …").</summary>
    Conditional = 5,
}

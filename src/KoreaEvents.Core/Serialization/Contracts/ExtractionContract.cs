using System.Text.Json.Serialization;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization.Contracts;

/// <summary>
/// The JSON shape of an <see cref="ExtractionResult"/>: the source with its origins, the anchor, every event mention
/// with its link and evidence, the claims (as <see cref="KoreaEventsJson.SerializeClaims"/> writes them), and the
/// provisional events and actors. Version <see cref="KoreaEventsJson.SchemaVersion"/>.
/// </summary>
internal static class ExtractionContract
{
    /// <summary>Maps <paramref name="result"/> to its JSON shape.</summary>
    public static ExtractionDto From(ExtractionResult result)
    {
        var s = result.Source;
        return new ExtractionDto(
            DocumentSchema.Version,
            new ExtractionSourceDto(s.Id, s.Title, s.Outlet, s.Kind, s.Publication?.ToString(), s.Origins),
            result.Anchor is { } a ? NodaTime.Text.LocalDatePattern.Iso.Format(a) : null,
            result.EventMentions.Select(e => new EventMentionDto(e.Sentence, e.Start, e.Length, e.Text, e.Code, e.Status, e.Event?.Value,
                Math.Round(e.Score, 2), e.Modality, e.Attribution, e.Evidence, e.Alternatives.Count > 0 ? e.Alternatives.Select(x => x.Value!).ToList() : null)).ToList(),
            result.Claims,
            result.ProvisionalEvents.Select(p => new ProvisionalEventDto(p.Id.Value!, p.Code, p.Label, p.Participants.Select(x => x.ToString()).ToList(),
                p.Date?.ToString(), p.Place?.Value, p.Mentions.Select(m => m.ToString()).ToList())).ToList(),
            result.ProvisionalActors.Select(p => new ProvisionalActorDto(p.Id.Value!, p.Name, p.FirstMention.Start, p.FirstMention.Length)).ToList());
    }
}

internal sealed record ExtractionDto(
    [property: JsonPropertyOrder(-1)] int SchemaVersion,
    ExtractionSourceDto Source,
    string? Anchor,
    IReadOnlyList<EventMentionDto> EventMentions,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<ProvisionalEventDto> ProvisionalEvents,
    IReadOnlyList<ProvisionalActorDto> ProvisionalActors);

internal sealed record ExtractionSourceDto(SourceId Id, string? Title, string? Outlet, SourceKind Kind, string? Published, IReadOnlyList<ActorId> Origins);

internal sealed record EventMentionDto(int Sentence, int Start, int Length, string Text, EventCode Code, EventLinkStatus Status, string? Event, double Score,
    Modality Modality, Attribution? Attribution, IReadOnlyList<string> Evidence, IReadOnlyList<string>? Alternatives);

internal sealed record ProvisionalEventDto(string Id, EventCode Code, string Label, IReadOnlyList<string> Participants, string? Date, string? Place, IReadOnlyList<string> Mentions);

internal sealed record ProvisionalActorDto(string Id, string Name, int Start, int Length);

using System.Globalization;
using System.Text.Json;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization.Export;

/// <summary>
/// PLOVER event records as JSON Lines: one compact JSON object per event, in the text report's order. The field names
/// follow the PLOVER/POLECAT event data (<c>id</c>, <c>event_type</c>, <c>mode</c>, <c>context</c>, <c>event_date</c>,
/// <c>actor</c>, <c>recipient</c>, <c>location</c>, <c>sources</c> with their text spans); what PLOVER has no field for
/// (verdicts, consensus, origins, conflicts) is in the <c>koreaevents</c> extension object. README, "Exports".
/// </summary>
internal static class PloverJsonlWriter
{
    /// <summary>The version of the <c>koreaevents</c> extension object.</summary>
    public const int ExtensionVersion = 1;

    public static async Task WriteAsync(KoreaEventsDataset dataset, ExportSink sink, CancellationToken cancellationToken)
    {
        var events = ExportEvent.Of(dataset);
        sink.Total = events.Count;
        var json = sink.Json(indented: false);
        foreach (var e in events)
        {
            WriteRecord(dataset, e, json);
            json.Flush();
            sink.Write("\n"u8);
            await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            sink.ResetJson();
        }

        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteRecord(KoreaEventsDataset dataset, ExportEvent e, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("event_type", EventCode.TypeName(e.Code.Type));
        WriteStringOrNull(json, "mode", e.Code.Mode);
        json.WriteStartArray("context");
        json.WriteEndArray();

        var dateGroup = e.Group(Facet.Date);
        var consensusDate = dateGroup?.Consensus is DateValue dv ? dv.Date : (DateEstimate?)null;
        var date = consensusDate ?? e.CatalogueDate;
        if (date is { } d)
        {
            json.WriteString("event_date", Day(d.Start));
            json.WriteString("date_precision", Lower(d.Precision.ToString()));
            json.WriteStartObject("date_interval");
            json.WriteString("start", Day(d.Start));
            json.WriteString("end", d.IsOpenEnded ? null : Day(d.End));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("event_date");
            json.WriteNull("date_precision");
            json.WriteNull("date_interval");
        }

        var actors = Actors(e);
        WriteActors(dataset, json, "actor", actors.Where(a => a.Role != ParticipantRole.Target));
        WriteActors(dataset, json, "recipient", actors.Where(a => a.Role == ParticipantRole.Target));
        WriteLocation(dataset, e, json);
        WriteSources(dataset, e, json);
        WriteExtension(e, json, date, consensusDate is not null);
        json.WriteEndObject();
    }

    /// <summary>The catalogue's participants, then the actors the sources' consensus names in a role facet.</summary>
    private static List<(ActorId Actor, ParticipantRole Role, string Basis)> Actors(ExportEvent e)
    {
        var actors = new List<(ActorId Actor, ParticipantRole Role, string Basis)>();
        foreach (var p in e.Participants)
        {
            actors.Add((p.Actor, p.Role, e.Catalogued ? "catalogue" : "provisional"));
        }

        foreach (var (facet, role) in new[] { (Facet.Initiator, ParticipantRole.Initiator), (Facet.Target, ParticipantRole.Target), (Facet.OrderedBy, ParticipantRole.OrderedBy) })
        {
            if (e.Group(facet)?.Consensus is EntityValue { Entity: { Kind: EntityKind.Actor, Slug: { } slug } }
                && !actors.Exists(a => a.Actor.Value == slug && a.Role == role))
            {
                actors.Add((new ActorId(slug), role, "consensus"));
            }
        }

        return actors;
    }

    private static void WriteActors(KoreaEventsDataset dataset, Utf8JsonWriter json, string name, IEnumerable<(ActorId Actor, ParticipantRole Role, string Basis)> actors)
    {
        json.WriteStartArray(name);
        foreach (var (actor, role, basis) in actors)
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Value);
            WriteStringOrNull(json, "name", dataset.Knowledge.TryGetActor(actor, out var known) ? known.Name : null);
            WriteStringOrNull(json, "country", known?.Country?.Value);
            json.WriteString("role", RoleName(role));
            json.WriteString("basis", basis);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLocation(KoreaEventsDataset dataset, ExportEvent e, Utf8JsonWriter json)
    {
        PlaceId? place = e.Group(Facet.Location)?.Consensus is EntityValue { Entity: { Kind: EntityKind.Place, Slug: { } slug } }
            ? new PlaceId(slug)
            : e.CataloguePlace;
        if (place is not { } id)
        {
            json.WriteNull("location");
            return;
        }

        json.WriteStartObject("location");
        json.WriteString("id", id.Value);
        if (dataset.Knowledge.TryGetPlace(id, out var known))
        {
            json.WriteString("name", known.Name);
            json.WriteString("kind", Lower(known.Kind.ToString()));
            WriteStringOrNull(json, "within", known.Within?.Value);
        }

        json.WriteString("basis", e.Group(Facet.Location)?.Consensus is EntityValue ? "consensus" : "catalogue");
        json.WriteEndObject();
    }

    private static void WriteSources(KoreaEventsDataset dataset, ExportEvent e, Utf8JsonWriter json)
    {
        json.WriteStartArray("sources");
        foreach (var bySource in e.Groups.SelectMany(g => g.Claims).GroupBy(c => c.Source).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            var source = dataset.FindSource(bySource.Key);
            json.WriteStartObject();
            json.WriteString("id", bySource.Key.Value);
            WriteStringOrNull(json, "outlet", source?.Outlet);
            WriteStringOrNull(json, "title", source?.Title);
            WriteStringOrNull(json, "publication_date", source?.Publication?.ToString());
            json.WriteStartArray("text_spans");
            foreach (var claim in bySource.Where(c => c.Evidence is not null)
                         .OrderBy(c => c.Evidence!.Start).ThenBy(c => c.Evidence!.Length).ThenBy(c => c.Claim.Facet).ThenBy(c => c.Id.Value, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteNumber("start", claim.Evidence!.Start);
                json.WriteNumber("length", claim.Evidence.Length);
                json.WriteString("text", claim.Evidence.Quote);
                json.WriteString("claim", claim.Id.Value);
                json.WriteString("facet", claim.Claim.Facet.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteExtension(ExportEvent e, Utf8JsonWriter json, DateEstimate? date, bool fromConsensus)
    {
        json.WriteStartObject("koreaevents");
        json.WriteNumber("version", ExtensionVersion);
        json.WriteString("subject", e.Subject.ToString());
        json.WriteString("label", e.Label);
        json.WriteString("code", e.Code.ToString());
        json.WriteBoolean("catalogued", e.Catalogued);
        if (date is { } d)
        {
            json.WriteStartObject("date");
            json.WriteString("estimate", d.ToString());
            json.WriteString("basis", fromConsensus ? "consensus" : e.Catalogued ? "catalogue" : "provisional");
            json.WriteBoolean("year_stated", d.IsYearStated);
            json.WriteString("modifier", Lower(d.Modifier.ToString()));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("date");
        }

        json.WriteStartArray("facets");
        foreach (var group in e.Groups)
        {
            json.WriteStartObject();
            json.WriteString("facet", group.Facet.Name);
            json.WriteString("verdict", group.Verdict.ToString());
            WriteStringOrNull(json, "consensus", group.Consensus?.ToString());
            json.WriteNumber("independent_origins", group.SupportingOrigins.Count());
            json.WriteNumber("dissenting_origins", group.DissentingOrigins.Count());
            json.WriteNumber("support_weight", group.SupportWeight);
            json.WriteNumber("dissent_weight", group.DissentWeight);
            json.WriteStartArray("origins");
            foreach (var origin in group.Origins)
            {
                json.WriteStartObject();
                json.WriteString("id", origin.Id);
                json.WriteString("stance", origin.Stance.ToString());
                json.WriteStartArray("sources");
                foreach (var source in origin.Sources)
                {
                    json.WriteStringValue(source.Value);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("conflicts");
            foreach (var conflict in group.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("claim", conflict.Claim.Value);
                json.WriteString("source", conflict.Source.Value);
                json.WriteString("origin", conflict.Origin);
                json.WriteString("reason", conflict.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    internal static string Day(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string RoleName(ParticipantRole role) => role switch
    {
        ParticipantRole.OrderedBy => "ordered-by",
        _ => Lower(role.ToString()),
    };

    internal static string Lower(string text) => text.ToLowerInvariant();
}

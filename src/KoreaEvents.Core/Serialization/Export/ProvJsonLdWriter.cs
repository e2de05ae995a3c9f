using System.Text;
using System.Text.Json;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Serialization.Export;

/// <summary>
/// The provenance of a dataset's claims as W3C PROV-O in JSON-LD (one indented document with an <c>@graph</c>):
/// sources are <c>prov:Entity</c>, outlets, agencies and speakers <c>prov:Agent</c>; each claim is an entity
/// <c>prov:wasDerivedFrom</c> its source with the quote as <c>prov:value</c>; a source that carries a wire's copy
/// <c>prov:wasDerivedFrom</c> and <c>prov:hadPrimarySource</c> the wire's story; an attributed claim
/// <c>prov:wasQuotedFrom</c> the statement, which <c>prov:wasAttributedTo</c> its speaker; the report is a
/// <c>prov:Activity</c> that <c>prov:used</c> every claim. IRIs are <see cref="ExportOptions.IriBase"/> + kind + id.
/// </summary>
internal static class ProvJsonLdWriter
{
    /// <summary>The namespace of the terms PROV-O has no word for (subject, facet, value, verdict …).</summary>
    public const string Vocabulary = "urn:koreaevents:vocab:";

    public const string Prov = "http://www.w3.org/ns/prov#";

    public static async Task WriteAsync(KoreaEventsDataset dataset, ExportSink sink, ExportOptions options, CancellationToken cancellationToken)
    {
        var iri = new Iris(options.IriBase);
        var report = dataset.Report;
        var assessments = dataset.Claims.Select(c => (Claim: c, Assessment: report.FindClaim(c.Id))).ToList();
        var agents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var wires = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var statements = new SortedDictionary<string, (string Label, string? Speaker, string? Channel)>(StringComparer.Ordinal);

        foreach (var source in dataset.Sources)
        {
            if (source.Outlet is { } outlet)
            {
                agents.TryAdd(iri.Outlet(outlet), outlet);
            }

            foreach (var origin in source.Origins)
            {
                agents.TryAdd(iri.Actor(origin.Value!), ActorName(dataset, origin));
                wires.TryAdd(iri.Wire(origin.Value!), iri.Actor(origin.Value!));
            }
        }

        foreach (var (claim, _) in assessments)
        {
            if (claim.Attribution is { } attribution)
            {
                var speaker = AgentOf(dataset, iri, attribution.Speaker, attribution.SpeakerId, agents);
                var channel = AgentOf(dataset, iri, attribution.Channel, attribution.ChannelId, agents);
                statements.TryAdd(iri.Statement(attribution.StatementKey), (attribution.ToString(), speaker, channel));
            }
        }

        sink.Total = 2 + dataset.Sources.Count + agents.Count + wires.Count + statements.Count + assessments.Count;
        var json = sink.Json(indented: true);
        json.WriteStartObject();
        WriteContext(json);
        json.WriteStartArray("@graph");

        json.WriteStartObject();
        json.WriteString("@id", iri.Report);
        json.WriteString("@type", "prov:Activity");
        json.WriteString("rdfs:label", "KoreaEvents corroboration report");
        WriteReference(json, "prov:wasAssociatedWith", iri.Software);
        json.WriteStartArray("prov:used");
        foreach (var (claim, _) in assessments)
        {
            WriteReferenceValue(json, iri.Claim(claim.Id));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);

        json.WriteStartObject();
        json.WriteString("@id", iri.Software);
        json.WriteStartArray("@type");
        json.WriteStringValue("prov:Agent");
        json.WriteStringValue("prov:SoftwareAgent");
        json.WriteEndArray();
        json.WriteString("rdfs:label", "KoreaEvents.Core");
        json.WriteEndObject();
        await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);

        foreach (var source in dataset.Sources.OrderBy(s => s.Id.Value, StringComparer.Ordinal))
        {
            WriteSource(dataset, json, iri, source);
            await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (id, label) in agents)
        {
            json.WriteStartObject();
            json.WriteString("@id", id);
            json.WriteString("@type", "prov:Agent");
            json.WriteString("rdfs:label", label);
            json.WriteEndObject();
            await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (id, agency) in wires)
        {
            json.WriteStartObject();
            json.WriteString("@id", id);
            json.WriteString("@type", "prov:Entity");
            json.WriteString("rdfs:label", "the wire story of " + agents[agency]);
            WriteReference(json, "prov:wasAttributedTo", agency);
            json.WriteEndObject();
            await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (id, (label, speaker, channel)) in statements)
        {
            json.WriteStartObject();
            json.WriteString("@id", id);
            json.WriteString("@type", "prov:Entity");
            json.WriteString("rdfs:label", "statement: " + label);
            if ((speaker ?? channel) is { } attributedTo)
            {
                WriteReference(json, "prov:wasAttributedTo", attributedTo);
            }

            if (speaker is not null && channel is not null)
            {
                WriteReference(json, "ke:channel", channel);
            }

            json.WriteEndObject();
            await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (claim, assessment) in assessments)
        {
            WriteClaim(dataset, json, iri, claim, assessment, agents);
            await sink.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        sink.Write("\n"u8);
        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteContext(Utf8JsonWriter json)
    {
        json.WriteStartObject("@context");
        json.WriteString("prov", Prov);
        json.WriteString("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        json.WriteString("xsd", "http://www.w3.org/2001/XMLSchema#");
        json.WriteString("ke", Vocabulary);
        json.WriteStartObject("ke:evidenceStart");
        json.WriteString("@type", "xsd:integer");
        json.WriteEndObject();
        json.WriteStartObject("ke:evidenceLength");
        json.WriteString("@type", "xsd:integer");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSource(KoreaEventsDataset dataset, Utf8JsonWriter json, Iris iri, Source source)
    {
        json.WriteStartObject();
        json.WriteString("@id", iri.Source(source.Id));
        json.WriteString("@type", "prov:Entity");
        json.WriteString("ke:sourceId", source.Id.Value);
        if (source.Title is { } title)
        {
            json.WriteString("rdfs:label", title);
        }

        if (source.Outlet is { } outlet)
        {
            WriteReference(json, "prov:wasAttributedTo", iri.Outlet(outlet));
        }

        if (source.Publication is { } publication)
        {
            json.WriteString("ke:publication", publication.ToString());
        }

        json.WriteString("ke:kind", source.Kind.ToString());
        if (dataset.Report.FindSource(source.Id) is { } reliability)
        {
            json.WriteString("ke:reliabilityGrade", reliability.Grade.ToString());
        }

        if (source.Origins.Count > 0)
        {
            foreach (var property in new[] { "prov:wasDerivedFrom", "prov:hadPrimarySource" })
            {
                json.WriteStartArray(property);
                foreach (var origin in source.Origins)
                {
                    WriteReferenceValue(json, iri.Wire(origin.Value!));
                }

                json.WriteEndArray();
            }
        }

        json.WriteEndObject();
    }

    private static void WriteClaim(KoreaEventsDataset dataset, Utf8JsonWriter json, Iris iri, Claim claim, ClaimAssessment? assessment,
        SortedDictionary<string, string> agents)
    {
        json.WriteStartObject();
        json.WriteString("@id", iri.Claim(claim.Id));
        json.WriteString("@type", "prov:Entity");
        json.WriteString("ke:claimId", claim.Id.Value);
        WriteReference(json, "prov:wasDerivedFrom", iri.Source(claim.Source));
        if (claim.Evidence is { } evidence)
        {
            json.WriteString("prov:value", evidence.Quote);
            json.WriteNumber("ke:evidenceStart", evidence.Start);
            json.WriteNumber("ke:evidenceLength", evidence.Length);
        }

        json.WriteString("ke:subject", claim.Subject.ToString());
        json.WriteString("ke:facet", claim.Facet.Name);
        json.WriteString("ke:value", ClaimsCsvWriter.ValueText(claim.Value));
        json.WriteString("ke:modality", claim.Modality.ToString());
        if (claim.Attribution is { } attribution)
        {
            WriteReference(json, "prov:wasQuotedFrom", iri.Statement(attribution.StatementKey));
            if ((AgentOf(dataset, iri, attribution.Speaker, attribution.SpeakerId, agents) ?? AgentOf(dataset, iri, attribution.Channel, attribution.ChannelId, agents)) is { } agent)
            {
                WriteReference(json, "prov:wasAttributedTo", agent);
            }
        }

        if (assessment is not null)
        {
            json.WriteString("ke:origin", assessment.Origin);
            json.WriteString("ke:stance", assessment.Stance.ToString());
            json.WriteString("ke:admiraltyCode", assessment.AdmiraltyCode);
            if (dataset.Report.Find(claim.Subject, claim.Facet) is { } group)
            {
                json.WriteString("ke:verdict", group.Verdict.ToString());
            }
        }

        json.WriteEndObject();
    }

    /// <summary>The agent of a speaker or channel (registering it), or null when neither a name nor an id is given.</summary>
    private static string? AgentOf(KoreaEventsDataset dataset, Iris iri, string? name, ActorId? id, SortedDictionary<string, string> agents)
    {
        if (id is { Value: { } actor })
        {
            var agent = iri.Actor(actor);
            agents.TryAdd(agent, ActorName(dataset, id.Value));
            return agent;
        }

        if (Slug.From(name) is { } slug)
        {
            var agent = iri.Speaker(slug);
            agents.TryAdd(agent, name!);
            return agent;
        }

        return null;
    }

    private static string ActorName(KoreaEventsDataset dataset, ActorId id) =>
        dataset.Knowledge.TryGetActor(id, out var actor) ? actor.Name : id.Value!;

    private static void WriteReference(Utf8JsonWriter json, string property, string target)
    {
        json.WritePropertyName(property);
        WriteReferenceValue(json, target);
    }

    private static void WriteReferenceValue(Utf8JsonWriter json, string target)
    {
        json.WriteStartObject();
        json.WriteString("@id", target);
        json.WriteEndObject();
    }

    /// <summary>The IRIs of the export: the base, a kind and an id, percent-encoded where an IRI needs it.</summary>
    internal sealed class Iris(string root)
    {
        public string Report => root + "report";

        public string Software => root + "agent:koreaevents";

        public string Source(SourceId id) => root + "source:" + Segment(id.Value!);

        public string Claim(ClaimId id) => root + "claim:" + Segment(id.Value!);

        public string Outlet(string outlet) => root + "outlet:" + Segment(Slug.From(outlet) ?? outlet);

        public string Actor(string actor) => root + "actor:" + Segment(actor);

        public string Speaker(string slug) => root + "speaker:" + Segment(slug);

        public string Wire(string agency) => root + "wire:" + Segment(agency);

        public string Statement(string key) => root + "statement:" + Segment(key);

        /// <summary>Keeps letters, digits and <c>-._~:@</c>; percent-encodes every other UTF-8 byte.</summary>
        internal static string Segment(string text)
        {
            var result = new StringBuilder(text.Length);
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                    or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)':' or (byte)'@')
                {
                    result.Append((char)b);
                }
                else
                {
                    result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return result.ToString();
        }
    }
}

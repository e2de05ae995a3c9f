using System.Text.Json.Serialization;

namespace KoreaEvents.Core.Knowledge;

// The JSON shape of a knowledge-base document (the embedded Data/*.json files and user extensions). These are
// plain transfer objects: every id, kind, code and date is read as a string and checked by KnowledgeJsonReader, so
// an error names the JSON path and line. Unknown properties are rejected to catch typos.
//
// Why this contract is not at the Serialization edge (docs/serialization.md): the knowledge-base format is the input
// of this layer's own public API (KnowledgeBaseBuilder.AddFromJson, KnowledgeBase.Default), so Knowledge must read it
// without reaching up to Serialization. The reader owns its DTOs and this small source-generated context, which sees
// only strings, numbers and lists: no converter, no domain type, nothing to share with the edge's context. The DTOs
// stay in this namespace because System.Text.Json names their types in its messages for unknown properties.

/// <summary>
/// The source-generated reader of knowledge-base documents (trimming and AOT safe): camelCase names, unknown
/// properties rejected.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(KnowledgeDocument))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext
{
}

/// <summary>A knowledge-base document: any of actors, places, events, lexicon and dated facts, with a schema version.</summary>
internal sealed class KnowledgeDocument
{
    public int? SchemaVersion { get; set; }

    public string? Description { get; set; }

    public List<ActorRecord>? Actors { get; set; }

    public List<PlaceRecord>? Places { get; set; }

    public List<EventRecord>? Events { get; set; }

    public LexiconRecord? Lexicon { get; set; }

    public List<DatedFactRecord>? DatedFacts { get; set; }
}

internal sealed class DatedFactRecord
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Label { get; set; }

    public string? Date { get; set; }

    public string? DateNote { get; set; }

    public bool? RecursYearly { get; set; }

    public List<string>? Phrases { get; set; }

    public string? Note { get; set; }
}

internal sealed class ActorRecord
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public List<string>? Aliases { get; set; }

    public List<string>? ShortNames { get; set; }

    public string? Country { get; set; }

    public List<string>? Metonyms { get; set; }

    public List<RoleRecord>? Roles { get; set; }

    public string? Note { get; set; }
}

internal sealed class RoleRecord
{
    public string? Title { get; set; }

    public string? Of { get; set; }

    public string? Period { get; set; }

    public string? Note { get; set; }
}

internal sealed class PlaceRecord
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Within { get; set; }

    public string? Note { get; set; }
}

internal sealed class EventRecord
{
    public string? Id { get; set; }

    public string? Code { get; set; }

    public string? Label { get; set; }

    public string? Date { get; set; }

    public string? DateNote { get; set; }

    public List<ParticipantRecord>? Participants { get; set; }

    public string? Place { get; set; }

    public List<string>? Phrases { get; set; }

    public List<string>? VerbPhrases { get; set; }

    public string? Note { get; set; }
}

internal sealed class ParticipantRecord
{
    public string? Actor { get; set; }

    public string? Role { get; set; }
}

internal sealed class LexiconRecord
{
    public List<TriggerRecord>? Triggers { get; set; }

    public List<string>? Attribution { get; set; }

    public List<string>? Hedges { get; set; }

    public List<string>? Negations { get; set; }

    public List<string>? Future { get; set; }
}

internal sealed class TriggerRecord
{
    public List<string>? Phrases { get; set; }

    public List<string>? Codes { get; set; }

    public string? Note { get; set; }
}

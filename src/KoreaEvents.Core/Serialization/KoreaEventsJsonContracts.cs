using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Serialization;

/// <summary>
/// The JSON contract of the domain types, kept here instead of in attributes on the types (the way NodaTime keeps its
/// serialization out of its core): property order, ignored members, the <c>schemaVersion</c> that leads a domain
/// document, and the polymorphism of <see cref="ClaimValue"/>. The tables below are applied to
/// <see cref="KoreaEventsJsonContext"/>'s generated metadata through contract customization
/// (<see cref="JsonTypeInfoResolver.WithAddedModifier"/>), which is trimming and AOT safe: it only edits the
/// generated type information, nothing is reflected.
/// </summary>
/// <remarks>
/// <para>To add a domain type: register it in <see cref="KoreaEventsJsonContext"/>; if its JSON order differs from the
/// declaration order, or a public member must not be written, add a row to <see cref="Objects"/> listing every
/// written property (JSON names) and every ignored one. A row must name every public property: a new property
/// fails the first serialization (and so the tests) until it is placed or ignored. Contract DTOs (the shapes of
/// documents that are not a domain type) live in <c>Serialization/Contracts</c> and need no row.</para>
/// <para>Thread-safe: the options are read-only and their metadata is built once per type.</para>
/// </remarks>
internal static class KoreaEventsJsonContracts
{
    private const string SchemaVersionName = "schemaVersion";

    /// <summary>
    /// The object contracts: each type's written properties in order (JSON names), the public properties it does
    /// not write, and whether the type is a top-level document (it starts with <c>schemaVersion</c>). One block per area.
    /// </summary>
    private static readonly Dictionary<Type, ObjectContract> Objects = new ObjectContract[]
    {
        // [Time]
        ObjectContract.Document<DocumentDating>("publication", "mentions"),
        ObjectContract.For<TemporalAmount>("unit", "count", "qualifier").Ignoring("minimumCount", "maximumCount"),

        // [Corroboration]
        ObjectContract.Document<CorroborationReport>("learning", "sources", "sourceLinks", "groups")
            .Renaming("sourceReliabilities", "sources").Ignoring("sources"),
        ObjectContract.For<ClaimGroupResult>(
            "subject", "facet", "verdict", "consensus", "supportWeight", "dissentWeight", "explanation", "conflicts", "origins")
            .Ignoring("supportingOrigins", "dissentingOrigins", "claims"),
        ObjectContract.For<GroupOrigin>("id", "sources", "weight", "stance", "links", "claims"),
        ObjectContract.For<ClaimAssessment>(
            "id", "source", "origin", "value", "modality", "attribution", "evidence", "stance", "credibility", "admiraltyCode", "reason")
            .Renaming("attributionText", "attribution").Ignoring("claim", "sourceGrade", "attribution"),
        ObjectContract.For<ClaimConflict>("claim", "source", "origin", "reason").Ignoring("assessment"),
        ObjectContract.For<OriginLink>("kind", "from", "to", "key", "jaccard", "passages", "description"),
        ObjectContract.For<SourceReliability>("id", "outlet", "trust", "grade", "judgedGroups", "claims"),
    }.ToDictionary(c => c.Type);

    /// <summary>
    /// The polymorphic types: the discriminator property and each derived type's name. The derived types must be
    /// registered in <see cref="KoreaEventsJsonContext"/> too.
    /// </summary>
    private static readonly Dictionary<Type, (string Discriminator, (Type Type, string Name)[] Derived)> Polymorphic = new()
    {
        // [Model]
        [typeof(ClaimValue)] = ("type",
        [
            (typeof(DateValue), "date"),
            (typeof(EntityValue), "entity"),
            (typeof(QuantityValue), "quantity"),
            (typeof(BooleanValue), "boolean"),
            (typeof(TextValue), "text"),
        ]),
    };

    /// <summary>
    /// Gets the library's options with the contract applied: indented, camelCase, enums as names, NodaTime values as
    /// ISO strings, nulls omitted. Read-only.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create(relaxedEscaping: false);

    /// <summary>
    /// Gets the options every document writer uses: <see cref="Options"/> with a relaxed encoder, so curly quotes,
    /// dashes and non-Latin names stay readable (the output is a data file, never embedded in HTML unescaped).
    /// </summary>
    public static JsonSerializerOptions Readable { get; } = Create(relaxedEscaping: true);

    /// <summary>Returns the contract of <typeparamref name="T"/> under <paramref name="options"/> (one of the two above).</summary>
    public static JsonTypeInfo<T> TypeInfo<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create(bool relaxedEscaping)
    {
        var options = new JsonSerializerOptions(KoreaEventsJsonContext.Default.Options)
        {
            TypeInfoResolver = KoreaEventsJsonContext.Default.WithAddedModifier(Apply),
        };
        if (relaxedEscaping)
        {
            options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        }

        options.MakeReadOnly();
        return options;
    }

    /// <summary>Applies the tables to the generated metadata of one type.</summary>
    private static void Apply(JsonTypeInfo info)
    {
        if (Polymorphic.TryGetValue(info.Type, out var polymorphic))
        {
            var polymorphism = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = polymorphic.Discriminator };
            foreach (var (type, name) in polymorphic.Derived)
            {
                polymorphism.DerivedTypes.Add(new JsonDerivedType(type, name));
            }

            info.PolymorphismOptions = polymorphism;
        }

        if (info.Kind == JsonTypeInfoKind.Object && Objects.TryGetValue(info.Type, out var contract))
        {
            contract.ApplyTo(info);
        }
    }

    /// <summary>
    /// One row of <see cref="Objects"/>. <see cref="Ignored"/> names the generated JSON names of members that are not
    /// written; <see cref="Renamed"/> maps a member's generated JSON name to the name written (so a property renamed in
    /// C# keeps its JSON name: <c>SourceReliabilities</c> is still written as <c>sources</c>, and the obsolete forward
    /// <c>Sources</c> is ignored so the field is not written twice). Ignoring happens before renaming; <see cref="Order"/>
    /// uses the written names.
    /// </summary>
    private sealed record ObjectContract(Type Type, string[] Order, string[] Ignored)
    {
        public (string From, string To)[] Renamed { get; init; } = [];

        public static ObjectContract For<T>(params string[] order) => new(typeof(T), order, []);

        /// <summary>
        /// A top-level domain document: <c>schemaVersion</c> first, then <paramref name="order"/>. The value comes from the
        /// type's own (obsolete) <c>SchemaVersion</c> property, which the JSON keeps. Before that property is removed, the
        /// document needs another source of the field: adding a property here through
        /// <see cref="JsonTypeInfo.CreateJsonPropertyInfo"/> is not trimming safe (IL2026, IL3050), so wrap the type in a
        /// contract DTO then (its schema export changes with it).
        /// </summary>
        public static ObjectContract Document<T>(params string[] order) => new(typeof(T), [SchemaVersionName, .. order], []);

        public ObjectContract Ignoring(params string[] names) => this with { Ignored = [.. Ignored, .. names] };

        public ObjectContract Renaming(string from, string to) => this with { Renamed = [.. Renamed, (from, to)] };

        public void ApplyTo(JsonTypeInfo info)
        {
            var properties = info.Properties;
            for (int i = properties.Count - 1; i >= 0; i--)
            {
                if (Array.IndexOf(Ignored, properties[i].Name) >= 0)
                {
                    properties.RemoveAt(i);
                }
            }

            foreach (var (from, to) in Renamed)
            {
                var property = properties.FirstOrDefault(p => p.Name == from)
                    ?? throw new InvalidOperationException($"KoreaEventsJsonContracts renames '{from}', which {Type.Name} does not have.");
                property.Name = to;
            }

            foreach (var property in properties)
            {
                int at = Array.IndexOf(Order, property.Name);
                property.Order = at >= 0 ? at + 1 : throw new InvalidOperationException(
                    $"The JSON property '{property.Name}' of {Type.Name} is neither ordered nor ignored in KoreaEventsJsonContracts.");
            }

            foreach (var name in Order)
            {
                if (!properties.Any(p => p.Name == name))
                {
                    throw new InvalidOperationException($"KoreaEventsJsonContracts orders '{name}', which {Type.Name} does not have.");
                }
            }
        }
    }
}

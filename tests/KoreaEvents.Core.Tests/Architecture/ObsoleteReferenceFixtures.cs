using System.Text.Json;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Core.Tests.Architecture;

/// <summary>
/// Types for <see cref="LayerTest.Only_references_from_obsolete_members_are_exempt"/>: each uses KoreaEvents.Core.Serialization,
/// some only from obsolete members, some from a live one as well.
/// </summary>
#pragma warning disable CA1812, CA1822, CA1823, IDE0051, IDE0052 // never instantiated or called: only their IL is inspected
internal static class Fixtures
{
    internal sealed class ObsoleteForwards
    {
        [Obsolete("Use KoreaEventsJson.Options.")]
        public static int MaxDepth => KoreaEventsJson.Options.MaxDepth;

        [Obsolete("Use KoreaEventsJson.Options.")]
        public static Func<JsonSerializerOptions> Factory() => () => KoreaEventsJson.Options;

        [Obsolete("Use KoreaEventsJson.Options.")]
        public static IEnumerable<JsonSerializerOptions> Sequence()
        {
            yield return KoreaEventsJson.Options;
        }

        public static int Live() => 1;
    }

    [Obsolete("Use KoreaEventsJson.")]
    internal sealed class ObsoleteType
    {
        public static JsonSerializerOptions Options => KoreaEventsJson.Options;
    }

    internal sealed class LiveMethod
    {
        [Obsolete("Use KoreaEventsJson.Options.")]
        public static int Old => KoreaEventsJson.Options.MaxDepth;

        public static int Current() => KoreaEventsJson.Options.MaxDepth;
    }

    internal sealed class LiveField
    {
        private static readonly Type Kept = typeof(KoreaEventsJson);
    }

    internal sealed class LiveSignature
    {
        public static void Write(Action<SlugIdJsonConverter<Core.Model.ActorId>>? write) => write?.Invoke(null!);
    }

    internal sealed class LiveLambdaBesideAnObsoleteOne
    {
        [Obsolete("Use Current.")]
        public static Func<int> Old() => () => KoreaEventsJson.Options.MaxDepth;

        public static Func<int> Current() => () => KoreaEventsJson.Options.MaxDepth;
    }

    internal sealed class LiveIterator
    {
        public static IEnumerable<int> Depths()
        {
            yield return KoreaEventsJson.Options.MaxDepth;
        }
    }

    internal sealed class LiveNestedType
    {
        [Obsolete("Use Inner.")]
        public static int Old => 0;

        internal static class Inner
        {
            public static int Depth => KoreaEventsJson.Options.MaxDepth;
        }
    }

    internal sealed class LiveAttribute
    {
        [System.Text.Json.Serialization.JsonConverter(typeof(EventCodeJsonConverter))]
        public Core.Model.EventCode Code { get; init; }
    }
}
#pragma warning restore CA1812, CA1822, CA1823, IDE0051, IDE0052

using System.Text.RegularExpressions;
using KoreaEvents.Core;
using NetArchTest.Rules;
using Xunit;

namespace KoreaEvents.Core.Tests.Architecture;

/// <summary>
/// The library's layers point one way (docs/ARCHITECTURE.md): each namespace may use only the layers listed for it.
/// A failure names the offending type, its namespace and the namespace it must not use.
/// </summary>
public sealed class LayerTest
{
    private const string Root = "KoreaEvents.Core";

    /// <summary>Layer → the layers it may use (besides itself). Sub-namespaces belong to their parent's layer.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Text"] = ["Model"],
        ["Time"] = ["Model", "Text"],
        ["Knowledge"] = ["Model", "Text", "Time"],
        ["Extraction"] = ["Model", "Text", "Time", "Knowledge"],
        ["Corroboration"] = ["Model", "Text", "Time", "Knowledge", "Extraction"],
        ["Truth"] = ["Model", "Text"],
        [""] = ["Model", "Text", "Time", "Knowledge", "Extraction", "Corroboration", "Truth"],
        ["Reporting"] = ["Model", "Text", "Time", "Knowledge", "Extraction", "Corroboration", "Truth", ""],
        ["Serialization"] = ["Model", "Text", "Time", "Knowledge", "Extraction", "Corroboration", "Truth", "", "Reporting"],
    };

    /// <summary>
    /// Arrows that break the rule today, each with its reason. Keep this list short (issue 20 asks for at most three); the test fails
    /// when an entry is no longer needed, so the list cannot go stale. References made only from members marked [Obsolete] (forwards
    /// kept for one minor version, such as SourceDocument.ToJson or KnowledgeBase.MentionMatcher) do not count: see
    /// <see cref="ObsoleteReferences"/>.
    /// </summary>
    internal static readonly (string From, string To, string Reason)[] Exceptions = [];

    public static TheoryData<string, string> ForbiddenArrows()
    {
        var data = new TheoryData<string, string>();
        foreach (var (from, allowed) in Allowed)
        {
            foreach (var to in Allowed.Keys)
            {
                if (to != from && !allowed.Contains(to))
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenArrows))]
    public void No_layer_uses_a_layer_above_it(string from, string to)
    {
        var offenders = Offenders(from, to);
        var exception = Exceptions.Where(e => e.From == from && e.To == to).ToList();
        if (exception.Count > 0)
        {
            Assert.True(offenders.Count > 0,
                $"The exception {Name(from)} -> {Name(to)} ({exception[0].Reason}) is no longer needed; remove it from LayerTest.Exceptions.");
            return;
        }

        Assert.True(offenders.Count == 0,
            $"{Name(from)} must not use {Name(to)} (docs/ARCHITECTURE.md), but these types do: {string.Join(", ", offenders)}.");
    }

    [Fact]
    public void Every_namespace_of_the_library_has_a_layer()
    {
        var unplaced = Library.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith(Root, StringComparison.Ordinal))
            .Select(n => LayerOf(n!))
            .Where(l => l is null || !Allowed.ContainsKey(l))
            .Distinct()
            .ToList();
        Assert.Empty(unplaced);
    }

    [Fact]
    public void The_rule_catches_a_known_arrow()
    {
        // Corroboration uses Model, so asking whether Model may be used by nothing would fail: the check sees real arrows.
        Assert.NotEmpty(Offenders("Corroboration", "Model"));
    }

    [Fact]
    public void The_obsolete_exemption_keeps_a_live_arrow()
    {
        // SourceDocument has an obsolete forward (ToJson) and live members that use Model: exempting obsolete members must
        // not hide the live arrow.
        Assert.Contains("KoreaEvents.Core.Text.SourceDocument", Offenders("Text", "Model"));
        // The obsolete forwards alone are exempt (SourceDocument.ToJson forwards to KoreaEventsJson).
        Assert.DoesNotContain("KoreaEvents.Core.Text.SourceDocument", Offenders("Text", "Serialization"));
        Assert.Contains("KoreaEvents.Core.Text.SourceDocument", NetArchTestOffenders("Text", "Serialization"));
    }

    [Theory]
    [InlineData(typeof(Fixtures.ObsoleteForwards), false)]
#pragma warning disable CS0618 // the fixture is obsolete on purpose
    [InlineData(typeof(Fixtures.ObsoleteType), false)]
#pragma warning restore CS0618
    [InlineData(typeof(Fixtures.LiveMethod), true)]
    [InlineData(typeof(Fixtures.LiveField), true)]
    [InlineData(typeof(Fixtures.LiveSignature), true)]
    [InlineData(typeof(Fixtures.LiveLambdaBesideAnObsoleteOne), true)]
    [InlineData(typeof(Fixtures.LiveIterator), true)]
    [InlineData(typeof(Fixtures.LiveNestedType), true)]
    [InlineData(typeof(Fixtures.LiveAttribute), true)]
    public void Only_references_from_obsolete_members_are_exempt(Type fixture, bool live)
    {
        var type = TestModule.GetType(fixture.FullName!.Replace('+', '/'));
        Assert.NotNull(type);
        Assert.Equal(live, ObsoleteReferences.HasLiveReference(type, t => t.Namespace == "KoreaEvents.Core.Serialization"));
    }

    private static System.Reflection.Assembly Library => typeof(KoreaEventsDataset).Assembly;

    private static Mono.Cecil.ModuleDefinition LibraryModule => Modules.Library;

    private static Mono.Cecil.ModuleDefinition TestModule => Modules.Tests;

    private static string Name(string layer) => layer.Length == 0 ? Root : $"{Root}.{layer}";

    private static string? LayerOf(string ns)
    {
        if (ns == Root)
        {
            return "";
        }

        var rest = ns.Substring(Root.Length + 1);
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest.Substring(0, dot);
    }

    /// <summary>The types of <paramref name="from"/> that use <paramref name="to"/> from a member that is not obsolete.</summary>
    private static List<string> Offenders(string from, string to)
    {
        Func<Mono.Cecil.TypeReference, bool> isTarget = to.Length == 0
            ? t => t.Namespace == Root
            : t => t.Namespace == Name(to) || t.Namespace.StartsWith(Name(to) + ".", StringComparison.Ordinal);
        return NetArchTestOffenders(from, to)
            .Where(name => LibraryModule.GetType(name) is not { } type || ObsoleteReferences.HasLiveReference(type, isTarget))
            .ToList();
    }

    /// <summary>The types of <paramref name="from"/> NetArchTest finds using <paramref name="to"/> at all.</summary>
    private static List<string> NetArchTestOffenders(string from, string to)
    {
        var types = Types.InAssembly(Library).That();
        var selected = from.Length == 0
            ? types.ResideInNamespaceMatching("^" + Regex.Escape(Root) + "$")
            : types.ResideInNamespaceMatching("^" + Regex.Escape(Name(from)) + @"(\..+)?$");
        ConditionList rule;
        if (to.Length == 0)
        {
            // The root namespace is a prefix of every namespace, so name its types one by one.
            var rootTypes = Library.GetTypes().Where(t => t.Namespace == Root && !t.IsNested).Select(t => t.FullName!).ToArray();
            rule = selected.ShouldNot().HaveDependencyOnAny(rootTypes);
        }
        else
        {
            rule = selected.ShouldNot().HaveDependencyOnAny(Name(to));
        }

        var result = rule.GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames.OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    private static class Modules
    {
        internal static readonly Mono.Cecil.ModuleDefinition Library = Mono.Cecil.ModuleDefinition.ReadModule(LayerTest.Library.Location);

        internal static readonly Mono.Cecil.ModuleDefinition Tests = Mono.Cecil.ModuleDefinition.ReadModule(typeof(LayerTest).Assembly.Location);
    }
}

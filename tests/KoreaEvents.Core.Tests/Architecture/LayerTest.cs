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
    /// when an entry is no longer needed, so the list cannot go stale.
    /// </summary>
    internal static readonly (string From, string To, string Reason)[] Exceptions =
    [
        ("Knowledge", "Extraction",
            "KnowledgeBase.MentionMatcher is an [Obsolete] forward to MentionMatcher.For(knowledgeBase), kept for one minor version."),
        ("Extraction", "",
            "ClaimExtractor.DescribeSource looks up the curated seed metadata (SeedCorpus.CuratedFor) by source id; the dataset should pass it in."),
        // JSON entry points still on domain types (ToJson, the SchemaVersion constant, readers of the embedded data);
        // issue 20 moves them to the Serialization edge. Until then each of these is a known arrow.
        ("Text", "Serialization", "SourceDocumentJson serializes through KoreaEventsJsonContext."),
        ("Time", "Serialization", "DocumentDating.ToJson and SchemaVersion use KoreaEventsJsonContext."),
        ("Extraction", "Serialization", "ExtractionJson, GoldStandard and EvaluationReport (de)serialize through KoreaEventsJsonContext."),
        ("Corroboration", "Serialization", "CorroborationReport.ToJson and SchemaVersion use KoreaEventsJsonContext."),
        ("Truth", "Serialization", "TruthReportJson is an [Obsolete] forward to KoreaEventsJson."),
    ];

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

    private static System.Reflection.Assembly Library => typeof(KoreaEventsDataset).Assembly;

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

    private static List<string> Offenders(string from, string to)
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
}

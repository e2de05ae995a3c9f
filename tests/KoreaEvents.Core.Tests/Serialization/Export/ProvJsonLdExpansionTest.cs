using System.Diagnostics;
using System.Text.RegularExpressions;
using KoreaEvents.Core.Serialization.Export;

namespace KoreaEvents.Core.Tests.Serialization.Export;

/// <summary>
/// The PROV-O export is valid JSON-LD by the reference processor: npm's <c>jsonld</c> 9.0.0 under node expands it and
/// turns it into triples (<c>jsonld-triples.cjs</c>, safe mode: a term that would be dropped is an error), and every
/// claim is <c>prov:wasDerivedFrom</c> its own source. The package is installed from the npm registry into
/// <c>artifacts/jsonld-9.0.0</c> on first use. Without node and npm the test is skipped, except under <c>CI=true</c>,
/// where <c>.ci/run</c> installs them.
/// </summary>
public sealed class ProvJsonLdExpansionTest
{
    private const string JsonLdVersion = "9.0.0";
    private static readonly string InstallFolder = Path.Combine(RepositoryRoot.Path, "artifacts", "jsonld-" + JsonLdVersion);
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "tests", "KoreaEvents.Core.Tests", "Serialization", "Export", "jsonld-triples.cjs");

    [NodeFact]
    public void The_reference_processor_expands_the_export_and_every_claim_is_derived_from_its_source()
    {
        InstallJsonLd();
        var file = Path.Combine(Path.GetTempPath(), $"koreaevents-prov-{Environment.ProcessId}.jsonld");
        try
        {
            File.WriteAllText(file, KoreaEventsExport.ToText(TestClock.Dataset, ExportFormat.ProvJsonLd));
            var (exit, nquads, error) = Run("node", Script, InstallFolder, file);
            Assert.True(exit == 0, $"node {Script} failed ({exit}): {error}");

            var derived = Triples(nquads, "http://www.w3.org/ns/prov#wasDerivedFrom");
            foreach (var claim in TestClock.Dataset.Claims)
            {
                var subject = "urn:koreaevents:claim:" + claim.Id.Value;
                Assert.True(derived.Contains((subject, "urn:koreaevents:source:" + claim.Source.Value)), $"{subject} is not prov:wasDerivedFrom its source in the expanded graph");
            }

            var used = Triples(nquads, "http://www.w3.org/ns/prov#used");
            Assert.Equal(TestClock.Dataset.Claims.Count, used.Count(t => t.Subject == "urn:koreaevents:report"));
            Assert.Contains("<urn:koreaevents:report> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Activity> .", nquads, StringComparison.Ordinal);
            Assert.NotEmpty(Triples(nquads, "http://www.w3.org/ns/prov#hadPrimarySource"));
            Assert.NotEmpty(Triples(nquads, "http://www.w3.org/ns/prov#wasQuotedFrom"));
            int quotes = TestClock.Dataset.Claims.Count(c => c.Evidence is not null);
            Assert.Equal(quotes, Regex.Matches(nquads, "^<urn:koreaevents:claim:[^>]+> <http://www\\.w3\\.org/ns/prov#value> \"", RegexOptions.Multiline).Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static HashSet<(string Subject, string Object)> Triples(string nquads, string predicate)
    {
        var triples = new HashSet<(string, string)>();
        foreach (Match m in Regex.Matches(nquads, "^<([^>]+)> <" + Regex.Escape(predicate) + "> <([^>]+)> \\.$", RegexOptions.Multiline))
        {
            triples.Add((m.Groups[1].Value, m.Groups[2].Value));
        }

        return triples;
    }

    private static void InstallJsonLd()
    {
        if (File.Exists(Path.Combine(InstallFolder, "node_modules", "jsonld", "package.json")))
        {
            return;
        }

        Directory.CreateDirectory(InstallFolder);
        var (exit, output, error) = Run("npm", "install", "--prefix", InstallFolder, "--no-audit", "--no-fund", "--no-save", "jsonld@" + JsonLdVersion);
        Assert.True(exit == 0, $"npm install jsonld@{JsonLdVersion} failed ({exit}): {output}\n{error}");
    }

    private static (int Exit, string Stdout, string Stderr) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>A fact that is skipped, with the reason, when node or npm is missing — never when <c>CI=true</c>.</summary>
    private sealed class NodeFactAttribute : FactAttribute
    {
        public NodeFactAttribute()
        {
            bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            if (!ci && (!OnPath("node") || !OnPath("npm")))
            {
                Skip = "node and npm are not installed: the JSON-LD expansion test needs node 20 and npm (apt-get install nodejs npm); CI installs them and never skips";
            }
        }

        private static bool OnPath(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(folder => File.Exists(Path.Combine(folder, program)));
    }
}

using System.Text.Json;
using KoreaEvents.Core;
using KoreaEvents.Core.Truth;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Time;

// Exercises embedded resources, NodaTime and the source-generated JSON after trimming.
// Prints one line per check and exits 1 on the first failure.
int failures = 0;
void Check(string name, bool ok)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name}");
    failures += ok ? 0 : 1;
}

Check("five embedded seeds", SeedCorpus.All.Count == 5 && SeedCorpus.All.All(s => s.Text.Length > 1000));
var hanoi = DateEstimate.Parse("2019-02-27/2019-02-28");
Check("date estimates parse and compare", !DateEstimate.Parse("2019-03").IsCompatibleWith(hanoi));
var claim = new Claim(new ClaimId("c1"), EntityRef.Parse("event:hanoi-summit-2019"), Facet.Date, ClaimValue.FromDate(hanoi), new SourceId("seed-000"));
var json = KoreaEvents.Core.Serialization.KoreaEventsJson.SerializeClaims([claim]);
var back = KoreaEvents.Core.Serialization.KoreaEventsJson.DeserializeClaims(json);
Check("claims round-trip through JSON", json.Contains("\"2019-02-27/2019-02-28\"", StringComparison.Ordinal) && back.Count == 1 && back[0] == claim);
var badJsonRejected = false;
try
{
    KoreaEvents.Core.Serialization.KoreaEventsJson.DeserializeClaims("{\"schemaVersion\":1,\"claims\":[{\"id\":\"Bad\"}]}");
}
catch (JsonException)
{
    badJsonRejected = true;
}

Check("bad JSON is rejected with JsonException", badJsonRejected);

// A claims file large enough to be read in two parts on two threads, voted on and written as JSON.
var claimsPath = Path.Combine(Path.GetTempPath(), $"trimcheck-claims-{Environment.ProcessId}.csv");
try
{
    using (var file = new StreamWriter(claimsPath))
    {
        file.Write("source,object,value\n");
        for (int i = 0; i < 300_000; i++)
        {
            file.Write($"s{i % 97},o{i / 4},v{i % 3}\n");
        }
    }

    var claims = ClaimTable.ReadCsv(claimsPath);
    var report = KoreaEvents.Core.Serialization.KoreaEventsJson.Serialize(MajorityVote.Instance.Run(claims));
    Check("a large claims file is read, voted on and reported", claims.ClaimCount == 300_000 && claims.ObjectCount == 75_000 && report.Contains("\"objects\": 75000", StringComparison.Ordinal));
}
finally
{
    File.Delete(claimsPath);
}
return failures == 0 ? 0 : 1;

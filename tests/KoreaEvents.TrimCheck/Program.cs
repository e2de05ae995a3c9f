using System.Text.Json;
using KoreaEvents.Core;
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
return failures == 0 ? 0 : 1;

#!/usr/bin/env python3
"""Authoring aid for the development gold set: the annotations below were written by reading the seeds
(what an analyst would extract), each with the shortest quote that states it. This script only finds each quote's
offset in the seed text and writes seeds.gold.json; it never looks at the extractor's output.
Run from the repository root: python3 tests/KoreaEvents.Core.Tests/Acceptance/gold/annotate.py"""
import json, os, re, sys

SEEDS = {p[:3]: p for p in os.listdir("seeds")}
HANOI, SING, OPEN, WDR, DEM = "hanoi-summit-2019", "singapore-summit-2018", "liaison-office-opening-2018", "liaison-office-withdrawal-2019", "liaison-office-demolition-2020"

def A(seed, subject, facet, value, quote, nth=1, modality=None, note=None):
    return dict(seed=seed, subject=subject, facet=facet, value=value, quote=quote, nth=nth, modality=modality, note=note)

def ev(seed, event, quote, nth=1, occurred="true", modality=None, **facets):
    """An event mention: occurred, plus facet=(value, quote) pairs."""
    rows = [A(seed, "event:" + event, "occurred", occurred, quote, nth, modality)]
    for facet, items in facets.items():
        for value, q, *rest in items:
            rows.append(A(seed, "event:" + event, facet.replace("_", "-"), value, q, rest[0] if rest else 1, modality))
    return rows

G = []
# --- seed 000 (published 2019-03-23)
G += ev("000", HANOI, "second summit", date=[("XXXX-02-27/XXXX-02-28 (2019)", "February 27-28")], location=[("place:hanoi", "in Hanoi")],
        participants=[("actor:donald-trump", "Donald Trump"), ("actor:kim-jong-un", "North Korean leader")])
G += ev("000", WDR, "pulled out", date=[("XXXX-03-22 (2019)", "on 22 March North Korean officials pulled out")], location=[("place:kaesong", "liaison office in Kaesong")],
        initiator=[("actor:north-korea", "North Korean officials pulled out")])
G += ev("000", WDR, "withdraw", modality="Future", initiator=[("actor:north-korea", "North notified")], location=[("place:kaesong", "located in Kaesong")])
G += ev("000", "nsc-meeting-2019", "emergency meeting", date=[("XXXX-03-22 (2019)", "held the same day")], location=[("place:blue-house", "Cheong Wa Dae")],
        participants=[("actor:south-korea-nsc", "National Security Council"), ("actor:chung-eui-yong", "Chaired by Chung Eui-yong")])
G += ev("000", WDR, "North’s withdrawal", modality="Reported", initiator=[("actor:north-korea", "North’s withdrawal")])
G += ev("000", "liaison-weekly-meetings-lapse-2019", "weekly liaison meeting", participants=[("actor:chun-hae-sung", "envoy Chun"), ("actor:jon-jong-su", "Jon Jong-su")])
G += ev("000", HANOI, "breakdown of the summit", date=[("XXXX-02-28 (2019)", "on 28 February")],
        participants=[("actor:kim-jong-un", "Kim Jong-un", 2), ("actor:donald-trump", "Donald Trump", 2)])
G += ev("000", "trump-cancels-sanctions-2019", "cancelling sanctions", date=[("XXXX-03-22 (2019)", "on 22 March U.S. President")],
        initiator=[("actor:donald-trump", "Donald Trump stated", 1)])
G += ev("000", SING, "summit in Singapore", date=[("2018-06", "June last year")], location=[("place:singapore", "summit in Singapore")])
G += ev("000", HANOI, "stalling of the same in Hanoi", date=[("XXXX-02 (2019)", "in February")], location=[("place:hanoi", "in Hanoi in February")])

# --- seed 001 (published 2019-03-22)
G += ev("001", WDR, "pulled out of a liaison office", initiator=[("actor:north-korea", "Kim regime")], location=[("place:kaesong", "liaison office in Kaesong")])
G += ev("001", WDR, "withdrew", date=[("XXXX-03-22 (2019)", "on Friday")], location=[("place:liaison-office", "liaison office with South Korea")],
        initiator=[("actor:north-korea", "North Korea abruptly withdrew")])
G += ev("001", "us-sanctions-chinese-shipping-2019", "imposed the first new sanctions", initiator=[("actor:united-states", "Washington imposed")])
G += ev("001", HANOI, "summit broke down", date=[("2019-02", "last month")],
        participants=[("actor:united-states", "U.S.-North Korea summit"), ("actor:north-korea", "North Korea summit")])
G += ev("001", OPEN, "opened last year", date=[("2018", "last year")])
G += ev("001", WDR, "is pulling out", modality="Reported", initiator=[("actor:north-korea", "The North said")])
G += ev("001", WDR, "withdrawal of staff", initiator=[("actor:north-korea", "North Korea’s withdrawal")])
G.append(A("001", "place:liaison-office", "count:people", "25 people", "25 people", modality="Future"))
G += ev("001", OPEN, "was opened in September 2018", modality="Reported", date=[("2018-09", "September 2018")], location=[("place:liaison-office", "inter-Korea liaison office")])
G += ev("001", SING, "summit in June", modality="Reported", date=[("XXXX-06 (2018)", "in June")],
        participants=[("actor:kim-jong-un", "the North Korean leader"), ("actor:donald-trump", "President Trump", 1)])
G += ev("001", HANOI, "summit in Hanoi", modality="Reported", date=[("2019-03-01/2019-03-22", "earlier this month")], location=[("place:hanoi", "in Hanoi earlier")],
        participants=[("actor:donald-trump", "Trump-Kim"), ("actor:kim-jong-un", "Trump-Kim")])
G += ev("001", "us-sanctions-chinese-shipping-2019", "imposed penalties", initiator=[("actor:united-states", "The US imposed")], target=[("actor:china", "two Chinese companies")])

# --- seed 002 (published 2020-06-16)
G += ev("002", DEM, "demolished", initiator=[("actor:north-korea", "North Korea has demolished")], location=[("place:pyongyang", "in Pyongyang")])
G += ev("002", DEM, "blew up", date=[("XXXX-06-16 (2020)", "on Tuesday")], location=[("place:liaison-office", "inter-Korean liaison office on its side")],
        initiator=[("actor:north-korea", "North Korea blew up")])
G += ev("002", DEM, "was destroyed to send a message", target=[("actor:south-korea", "message to South Korea")])
G += ev("002", DEM, "The demolition came after")
G += ev("002", "kim-yo-jong-statement-2020", "said at the weekend", date=[("XXXX-06-13/XXXX-06-14 (2020)", "at the weekend")], initiator=[("actor:kim-yo-jong", "Kim Yo Jong")])
G += ev("002", OPEN, "was set up", date=[("2018-06-17/2020-06-16", "less than two years ago")], location=[("place:kaesong", "in Kaesong, where")])
G += ev("002", "nsc-emergency-meeting-2020", "emergency meeting", modality="Reported", participants=[("actor:south-korea-nsc", "National Security Council")])
G += ev("002", OPEN, "liaison office was opened", date=[("2018-09", "September 2018", 1)], location=[("place:liaison-office", "The liaison office was opened")])
G += ev("002", "pyongyang-summit-2018", "third summit", location=[("place:pyongyang", "flew to Pyongyang")],
        participants=[("actor:moon-jae-in", "Moon Jae-in flew"), ("actor:kim-jong-un", "third summit with Kim")])
G.append(A("002", "place:liaison-office", "count:officials", "~20 officials", "around 20 officials"))
G += ev("002", HANOI, "collapse of the Hanoi summit", date=[("2019-02", "February last year")],
        participants=[("actor:kim-jong-un", "between Kim and US"), ("actor:donald-trump", "Donald Trump in February")])
G += ev("002", "liaison-office-suspension-2020", "Operations at the office were suspended", date=[("XXXX-01 (2020)", "in January", 1)])
G += ev("002", DEM, "liaison office’s destruction", modality="Reported")
G += ev("002", "communication-links-severed-2020", "severing all official communication links", modality="Reported", date=[("2020-W24", "Last week Pyongyang")],
        initiator=[("actor:north-korea", "Pyongyang announced")], target=[("actor:south-korea", "links with Seoul")])
G += ev("002", DEM, "destruction of the office", modality="Reported")
G += ev("002", "defector-groups-complaint-2020", "filed a police complaint", initiator=[("actor:south-korea-unification-ministry", "the Unification ministry has filed")],
        target=[("actor:defector-groups", "two defector groups")])
G += ev("002", "moon-urges-dialogue-2020", "urged", date=[("XXXX-06-15 (2020)", "On Monday")], initiator=[("actor:moon-jae-in", "Moon urged")], target=[("actor:north-korea", "the North not")])
G += ev("002", "korean-war-armistice-1953", "armistice", date=[("1953", "in 1953")])
G += ev("002", "ri-son-gwon-statement-2020", "accusing Washington", date=[("2020-W24", "Last week the North")],
        initiator=[("actor:ri-son-gwon", "Ri Son Gwon accusing")], target=[("actor:united-states", "accusing Washington")])
G += ev("002", DEM, "blew up on Tuesday", initiator=[("actor:north-korea", "Pyongyang blew up")], date=[("XXXX-06-16 (2020)", "on Tuesday was opened")])
G += ev("002", OPEN, "was opened in September 2018", 2, date=[("2018-09", "September 2018 as part")])
G += ev("002", "panmunjom-summit-2018", "first summit", date=[("2018-04", "five months earlier")],
        participants=[("actor:kim-jong-un", "Kim Jong Un and the South"), ("actor:moon-jae-in", "Moon Jae-in signed")])
G.append(A("002", "place:liaison-office", "count:officials", "~20 officials", "Around 20 officials"))
G += ev("002", "pyongyang-summit-2018", "hold their third summit", modality="Future")
G += ev("002", SING, "historic meeting", location=[("place:singapore", "Trump in Singapore")],
        participants=[("actor:kim-jong-un", "Kim’s historic meeting"), ("actor:donald-trump", "US President Donald Trump in Singapore")])
G += ev("002", HANOI, "collapse of the Hanoi summit between Kim and Trump", participants=[("actor:kim-jong-un", "between Kim and Trump"), ("actor:donald-trump", "Kim and Trump")])
G += ev("002", "liaison-office-suspension-2020", "operations at the office were suspended", date=[("XXXX-01 (2020)", "suspended in January", 2)])
G += ev("002", "korean-war-1950-1953", "1950-53 Korean War", date=[("1950/1953", "1950-53")])
G += ev("002", "korean-war-armistice-1953", "ended in an armistice")

# --- seed 003 (published mid-June 2020 or later)
G += ev("003", DEM, "demolished following", ordered_by=[("actor:kim-yo-jong", "orders from Kim Yo-jong")], location=[("place:kaesong", "border town of Kaesong")])
G += ev("003", "south-korea-warns-response-2020", "respond strongly", modality="Future", initiator=[("actor:south-korea", "South Korea stated")])
G += ev("003", "kaesong-industrial-complex-2003", "became home to the Kaesong Industrial Complex", date=[("2003", "In 2003")])
G.append(A("003", "place:kaesong-industrial-zone", "count:managers", "200-999 managers", "hundreds of South Korean managers"))
G.append(A("003", "place:kaesong-industrial-zone", "count:north-koreans", "50000 north-koreans", "50,000 North Koreans"))
G.append(A("003", "place:kaesong-industrial-zone", "count:factories", "120 factories", "120 factories"))
G += ev("003", DEM, "Kaesong demolition", 1)
G += ev("003", HANOI, "failed summit", date=[("2019-03", "in March 2019")],
        participants=[("actor:united-states", "between Washington"), ("actor:north-korea", "Washington and Pyongyang")])
G += ev("003", WDR, "withdraw from the inter-Korean liaison office", location=[("place:liaison-office", "inter-Korean liaison office there")])
G += ev("003", "korean-war-1950-1953", "end of the Korean War", date=[("1953", "in 1953")])
G += ev("003", "stockholm-talks-2019", "met in Stockholm", date=[("2019-10", "In October 2019")], location=[("place:stockholm", "in Stockholm")],
        participants=[("actor:donald-trump", "Trump and Jong-un"), ("actor:kim-jong-un", "Jong-un met")])
G += ev("003", HANOI, "The Hanoi summit in February", date=[("XXXX-02 (2020)", "in February")])
G += ev("003", DEM, "Kaesong demolition", 2)

# --- seed 004 (published 2020-06-16..21)
G += ev("004", DEM, "demolition this week", date=[("2020-W25", "this week")], location=[("place:liaison-office", "inter-Korean liaison office that")],
        initiator=[("actor:north-korea", "North Korea’s demolition")])
G += ev("004", HANOI, "February 2019 summit in Hanoi", date=[("2019-02", "February 2019", 1)], location=[("place:hanoi", "summit in Hanoi")],
        participants=[("actor:donald-trump", "President Trump and North"), ("actor:kim-jong-un", "Kim Jong Un. The")])
G += ev("004", DEM, "building’s demolition")
G += ev("004", DEM, "explosives to destroy", initiator=[("actor:north-korea", "North Korea used explosives")], location=[("place:liaison-office", "destroy a liaison office")])
G += ev("004", OPEN, "formally opened", modality="Reported", date=[("2018-09", "only 21 months ago")], location=[("place:kaesong", "building in Kaesong")])
G += ev("004", HANOI, "February 2019 Hanoi summit failure", modality="Reported", date=[("2019-02", "February 2019 Hanoi")])
G += ev("004", "panmunjom-declaration-2018", "Panmunjom declaration", modality="Reported", date=[("2018-04", "April 2018")])
G += ev("004", "comprehensive-military-agreement-2018", "comprehensive military agreement", modality="Reported", date=[("2018-09", "September 2018 comprehensive")])

def main():
    out = []
    for g in G:
        name = SEEDS[g["seed"]]
        text = open(os.path.join("seeds", name), encoding="utf-8").read()
        # Spaces in a quote match a space or a no-break space (the seeds have both); the quote kept is the text's own.
        pattern = re.compile(r"[ \u00a0]".join(re.escape(w) for w in g["quote"].split(" ")))
        found = list(pattern.finditer(text))
        if len(found) < g["nth"]:
            sys.exit(f"quote not found ({g['nth']}): {g['seed']} {g['quote']!r}")
        m = found[g["nth"] - 1]
        row = {"source": "seed-" + g["seed"], "subject": g["subject"], "facet": g["facet"], "value": g["value"],
               "start": m.start(), "length": m.end() - m.start(), "quote": m.group(0)}
        if g["modality"]:
            row["modality"] = g["modality"]
        if g["note"]:
            row["note"] = g["note"]
        out.append(row)
    doc = {"schemaVersion": 1,
           "description": "Development gold set: the claims an analyst extracts from the five seeds, by reading them. Values in text form (dates as DateEstimate text, entities as kind:slug, quantities as '~20 officials' or '200-999 managers', booleans as true/false); evidence as UTF-16 offsets into the seed text with the quote. See README.md beside this file for the matching rule.",
           "claims": out}
    path = os.path.join(os.path.dirname(__file__), "seeds.gold.json")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(out)} gold claims -> {path}")

main()

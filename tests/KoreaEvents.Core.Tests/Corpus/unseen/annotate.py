#!/usr/bin/env python3
"""Authoring aid for the unseen corpus's gold sets (issue 21 §1). The annotations below were written by reading the
texts (what an analyst would extract), each with the shortest quote that states it, before the extractor was run on
any of them. This script only finds each quote's offset in the text and writes dev.gold.json and test.gold.json
(which half an article is in comes from index.json); it never looks at the extractor's output.
Run from the repository root: python3 tests/KoreaEvents.Core.Tests/Corpus/unseen/annotate.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAN, DECL, SG, PYO, HAN, DMZ = "panmunjom-summit-2018", "panmunjom-declaration-2018", "singapore-summit-2018", "pyongyang-summit-2018", "hanoi-summit-2019", "dmz-meeting-2019"
KW, ARM, STK, KYJL, LL, P = "korean-war-1950-1953", "korean-war-armistice-1953", "stockholm-talks-2019", "kim-yo-jong-leaflet-statement-2020", "leaflet-launch-2020", "provisional"
KIM, MOON, TRUMP, KYJ, NK, SK, US = "actor:kim-jong-un", "actor:moon-jae-in", "actor:donald-trump", "actor:kim-yo-jong", "actor:north-korea", "actor:south-korea", "actor:united-states"
DEF = "actor:defector-groups"

def A(doc, subject, facet, value, quote, nth=1, modality=None):
    return dict(doc=doc, subject=subject, facet=facet, value=value, quote=quote, nth=nth, modality=modality)

def ev(doc, event, quote, nth=1, occurred="true", modality=None, **facets):
    """An event mention: occurred, plus facet=[(value, quote[, nth])] pairs."""
    rows = [A(doc, "event:" + event, "occurred", occurred, quote, nth, modality)]
    for facet, items in facets.items():
        for value, q, *rest in items:
            rows.append(A(doc, "event:" + event, facet.replace("_", "-"), value, q, rest[0] if rest else 1, modality))
    return rows

def count(doc, subject, unit, value, quote, nth=1, modality=None):
    return [A(doc, subject, "count:" + unit, value, quote, nth, modality)]

G = []
# --- u01 UPI, Panmunjom summit (dateline April 27 [2018]; the dateline is no claim about the event)
d = "u01-upi-panmunjom"
G += ev(d, PAN, "first inter-Korean summit", participants=[(KIM, "North Korean dictator Kim Jong Un"), (MOON, "President Moon Jae-in for")])
G += ev(d, PAN, "The leaders met", location=[("place:panmunjom", "Panmunjom border village")])
G += ev(d, KW, "1950-53 Korean War", date=[("1950/1953", "1950-53")])
G += ev(d, P, "previous South-North summits", date=[("2000", "in 2000"), ("2007", "2007")], location=[("place:pyongyang", "North Korean capital of Pyongyang")])
G += ev(d, P, "visited Pyongyang for their summits", location=[("place:pyongyang", "visited Pyongyang")])
G += ev(d, PAN, "two-part summit talks", participants=[(MOON, "Moon and Kim’s"), (KIM, "Kim’s two-part")], location=[("place:panmunjom", "side of Panmunjom")])
G += ev(d, DECL, "declare an agreement", modality="Future")

# --- u02 minciter, Panmunjom summit (no date printed)
d = "u02-minciter-panmunjom"
G += ev(d, PAN, "met on 27th April", date=[("2018-04-27", "27th April, 2018")], participants=[(KIM, "Kim Jong Un and"), (MOON, "President Moon Jae-in met")])
G += ev(d, PAN, "Korean leaders met", location=[("place:panmunjom", "in Panmunjom village")])
G += ev(d, DECL, "signed the Panmunjom Declaration")
G += ev(d, KW, "end of Korean War")
G += ev(d, PAN, "the summit end")

# --- u03 Rodong Sinmun, Panmunjom summit (newsID 2018-04-28)
d = "u03-rodong-panmunjom"
G += ev(d, PAN, "Historic North-South Summit")
G += ev(d, PAN, "North-South Summit", 2, location=[("place:panmunjom", "Line at Panmunjom for")], participants=[(KIM, "Kim Jong Un Crosses")])
G += ev(d, PAN, "north-south summit meeting", date=[("XXXX-04-27 (2018)", "on April 27")], location=[("place:panmunjom", "came to Panmunjom")],
        participants=[(KIM, "Kim Jong Un, chairman")])
G.append(A(d, "event:" + PAN, "participants", MOON, "President Moon Jae In"))

# --- u04 NK News, Singapore summit (the 'April 06, 2020' header is the site's date at crawl time)
d = "u04-nknews-singapore"
G += ev(d, SG, "historic summit in Singapore", location=[("place:singapore", "summit in Singapore")], participants=[(KIM, "Kim, Trump meet"), (TRUMP, "Trump meet")])
G += ev(d, SG, "met and shared", date=[("XXXX-06-12 (2018)", "on Tuesday morning")], location=[("place:singapore", "in Singapore on Tuesday")],
        participants=[(KIM, "Kim Jong Un and Donald"), (TRUMP, "Donald Trump met")])
G += ev(d, SG, "The two met", location=[("place:singapore", "Singapore’s Sentosa Island")])
G += ev(d, SG, "the summit began")

# --- u05 Shanghai Daily, Singapore summit (written 2018-06-11)
d = "u05-shine-singapore"
G += ev(d, SG, "for summit", modality="Future", location=[("place:singapore", "converge on Singapore")])
for n in (1, 2):
    G += ev(d, SG, "highly anticipated summit", n, modality="Future", date=[("2018-W24", "summit this week", n)],
            participants=[(TRUMP, "President Donald Trump and DPRK", n), (KIM, "Kim Jong Un converged", n)])
G += ev(d, P, "Group of Seven meeting")
G += ev(d, SG, "meet tomorrow", modality="Future", date=[("2018-06-12", "meet tomorrow")], location=[("place:singapore", "at Sentosa")],
        participants=[(TRUMP, "When Trump and Kim"), (KIM, "Kim meet tomorrow")])
G += ev(d, KW, "1950-53 Korean War", date=[("1950/1953", "1950-53")])
G += ev(d, SG, "tomorrow’s summit", modality="Future", date=[("2018-06-12", "tomorrow’s")])
G += ev(d, P, "led a DPRK delegation", date=[("XXXX-02 (2018)", "in February")], location=[("place:south-korea", "Olympics in South Korea")])

# --- u06 The Week, Singapore summit (written the day before)
d = "u06-theweek-singapore"
G += ev(d, SG, "starting off their summit", modality="Future", participants=[(TRUMP, "Trump and Kim are"), (KIM, "Kim are starting")])
G += ev(d, SG, "will start their summit", modality="Future", date=[("XXXX-06-12 (2018)", "Tuesday morning")], location=[("place:singapore", "summit in Singapore")],
        participants=[(TRUMP, "President Trump and North"), (KIM, "Kim Jong Un will start")])
G += ev(d, SG, "meeting with Trump", modality="Future", participants=[(TRUMP, "meeting with Trump")])
G += ev(d, SG, "will exchange", modality="Future", participants=[(KIM, "Kim and Trump will"), (TRUMP, "Trump will exchange")])
G += ev(d, P, "G-7 summit")
G += ev(d, SG, "the Kim Jong Un summit", modality="Future")

# --- u07 American Military News (TNS), Pyongyang summit (September 18, 2018); the photo caption is left out
d = "u07-amn-pyongyang"
G += ev(d, PYO, "arrives for summit", participants=[(KIM, "Kim Jong Un greets"), (MOON, "greets Moon")])
G += ev(d, PYO, "third summit this year", date=[("2018", "this year")], location=[("place:pyongyang", "to Pyongyang for")],
        participants=[(KIM, "leader Kim Jong Un made"), (MOON, "President Moon Jae-in to")])
G += ev(d, PYO, "high-stakes summit")
G += ev(d, PYO, "three-day trip")
G += ev(d, PYO, "first inter-Korean summit in the North Korean capital", location=[("place:pyongyang", "the North Korean capital")])
G += ev(d, P, "spoke with Secretary of State", participants=[("actor:mike-pompeo", "Mike Pompeo by phone")])

# --- u08 AsiaNews, Pyongyang summit announced (6 Sep 2018)
d = "u08-asianews-pyongyang"
G += ev(d, PYO, "will go to Pyongyang", modality="Future", date=[("XXXX-09-18 (2018)", "on September 18th")], location=[("place:pyongyang", "go to Pyongyang")],
        participants=[(MOON, "Moon will go")])
G += ev(d, PYO, "third inter-Korean summit", modality="Future")
G += ev(d, PAN, "historic meeting in Panmunjom", location=[("place:panmunjom", "meeting in Panmunjom")])
G += ev(d, PYO, "to meet Kim Jong-un", modality="Future", date=[("XXXX-09-18/XXXX-09-20 (2018)", "on September 18-20")], location=[("place:north-korea", "in North Korea on")],
        participants=[(MOON, "President Moon Jae-in will"), (KIM, "meet Kim Jong-un")])
G += ev(d, P, "announced him today", date=[("2018-09-06", "today")], initiator=[("actor:chung-eui-yong", "Chung Eui-yong, announced")])
G += ev(d, P, "his trip to Pyongyang", date=[("2018-09-05", "the day after")], location=[("place:pyongyang", "trip to Pyongyang")])
G += ev(d, PYO, "third inter- Korean summit", modality="Future")
G += ev(d, PAN, "historic first meeting", date=[("XXXX-04-27 (2018)", "April 27")], location=[("place:dmz", "border of the demilitarized zone")])
G += ev(d, DECL, "have signed")
G += ev(d, PYO, "the next summit", modality="Future")
G += ev(d, P, "Seoul delegation visit")
G += ev(d, P, "cancellation of the visit", location=[("place:pyongyang", "visit to Pyongyang by")])

# --- u09 NextNews24 (AFP style), Pyongyang summit announced (06 September, 2018)
d = "u09-nextnews24-pyongyang"
G += ev(d, PYO, "September summit in Pyongyang", modality="Future", date=[("XXXX-09 (2018)", "September summit")], location=[("place:pyongyang", "summit in Pyongyang")])
G += ev(d, PYO, "will meet", modality="Future", date=[("XXXX-09 (2018)", "in September")], location=[("place:pyongyang", "summit in Pyongyang", 2)],
        participants=[(KIM, "Kim Jong Un will meet"), (MOON, "President Moon Jae-in at")])
G += ev(d, PYO, "third meeting this year", modality="Future", date=[("XXXX-09-18/XXXX-09-20 (2018)", "from Sep 18 to 20")])
G += ev(d, P, "Wednesday visit to Pyongyang", date=[("XXXX-09-05 (2018)", "Wednesday visit")], location=[("place:pyongyang", "visit to Pyongyang")],
        participants=[("actor:chung-eui-yong", "Chung's Wednesday"), (KIM, "met Kim")])
G += ev(d, P, "envoy's visit to Pyongyang", location=[("place:pyongyang", "visit to Pyongyang", 2)])
G += ev(d, SG, "landmark summit in Singapore", date=[("XXXX-06 (2018)", "in June")], location=[("place:singapore", "summit in Singapore")],
        participants=[(TRUMP, "President Donald Trump and Kim"), (KIM, "and Kim vowed")])
G += ev(d, P, "cancelled", date=[("2018-08", "last month")], initiator=[(TRUMP, "Trump last month cancelled")])
G += ev(d, P, "sent a belligerent letter", modality="Reported", initiator=[(NK, "the North reportedly sent")], target=[(TRUMP, "the US leader")])

# --- u10 The Times, Hanoi summit (page date 2019-02-28); the photo captions are left out
d = "u10-thetimes-hanoi"
G += ev(d, HAN, "Hanoi summit", location=[("place:hanoi", "Hanoi summit")], participants=[(TRUMP, "President and Kim"), (KIM, "and Kim go")])
G += ev(d, HAN, "talks end without deal")
G += ev(d, HAN, "second summit in Hanoi", modality="Reported", location=[("place:hanoi", "summit in Hanoi")],
        participants=[(TRUMP, "President Trump and Kim Jong-un have"), (KIM, "Kim Jong-un have failed")])
G += ev(d, P, "had urged", initiator=[(TRUMP, "President Trump had urged")], target=[(KIM, "urged Kim Jong-un")])
G += ev(d, HAN, "began talks", date=[("2019-02-27", "yesterday")], participants=[(KIM, "the North Korean leader yesterday")])
G += ev(d, HAN, "met one to one")

# --- u11 VnExpress, Hanoi summit (written 28 Feb 2019)
d = "u11-vnexpress-hanoi"
G += ev(d, HAN, "Summit falters")
G += ev(d, P, "will take off", modality="Future", date=[("XXXX-02-28 (2019)", "Thursday")], location=[("place:hanoi", "from Hanoi at")])
G += ev(d, HAN, "the summit took place", location=[("place:hanoi", "Hanoi Metropole Hotel")],
        participants=[(TRUMP, "Donald Trump and Kim Jong-un returned"), (KIM, "Kim Jong-un returned")])
G += ev(d, HAN, "constructive meetings", modality="Reported", date=[("2019-02-27/2019-02-28", "February 27-28, 2019")], location=[("place:hanoi", "in Hanoi, Vietnam")],
        participants=[(TRUMP, "President Donald J. Trump"), (KIM, "Chairman Kim Jong Un")])
G += ev(d, HAN, "discussed", modality="Reported")

# --- u12 Yahoo News UK (AP copy), Hanoi summit (written 28 Feb 2019)
d = "u12-yahoo-hanoi"
G += ev(d, HAN, "Summit between Donald Trump", participants=[(TRUMP, "Donald Trump and Kim"), (KIM, "Kim Jong-un ends")])
G += ev(d, HAN, "second summit between", participants=[(TRUMP, "Donald Trump and Kim", 2), (KIM, "and Kim Jong-un has")])
G += ev(d, HAN, "talks in Hanoi", location=[("place:hanoi", "talks in Hanoi")])
G += ev(d, HAN, "constructive meeting", modality="Reported")
G += ev(d, HAN, "The breakdown came")
G += ev(d, SG, "first summit in Singapore", date=[("2018-03-01/2019-02-28", "less than a year ago")], location=[("place:singapore", "summit in Singapore")])

# --- u13 IndyStar (USA Today), DMZ meeting (Sunday 30 Jun 2019); the photo caption is left out
d = "u13-indystar-dmz"
G += ev(d, DMZ, "meets Kim Jong Un in DMZ", location=[("place:dmz", "in DMZ")], participants=[(TRUMP, "Donald Trump meets"), (KIM, "meets Kim Jong Un")])
G += ev(d, DMZ, "met Sunday", date=[("XXXX-06-30 (2019)", "Sunday")], location=[("place:dmz", "in the Demilitarized Zone")],
        participants=[(TRUMP, "President Donald Trump met"), (KIM, "with Kim Jong Un in the")])
G += ev(d, SG, "two summits in Singapore", location=[("place:singapore", "summits in Singapore")])
G += ev(d, HAN, "Singapore and Vietnam", location=[("place:vietnam", "and Vietnam")])
G += ev(d, DMZ, "After meeting with Kim", participants=[(KIM, "meeting with Kim")])
G += ev(d, DMZ, "speaking for close to an hour")
G += ev(d, DMZ, "his meeting with Kim")

# --- u14 NPR, DMZ meeting (page date 2019-06-30)
d = "u14-npr-dmz"
G += ev(d, DMZ, "Trump Meets Kim", participants=[(TRUMP, "Trump Meets"), (KIM, "Kim Jong Un, Steps")])
G += ev(d, DMZ, "he met leader Kim", date=[("XXXX-06-30 (2019)", "Korea Sunday")], location=[("place:dmz", "at the Demilitarized Zone")],
        participants=[(TRUMP, "President Trump became"), (KIM, "leader Kim Jong Un at")])
G += ev(d, DMZ, "I'll be meeting", modality="Future", participants=[(KIM, "Chairman Kim")])
G += ev(d, SG, "met with Kim in Singapore", date=[("2018-06", "June 2018")], location=[("place:singapore", "in Singapore in June")],
        participants=[(TRUMP, "Trump became", 2), (KIM, "with Kim in Singapore")])
G += ev(d, SG, "The summit ended")
G += ev(d, HAN, "second summit with Kim", date=[("XXXX-02 (2019)", "in February")], location=[("place:vietnam", "in Vietnam in February")],
        participants=[(TRUMP, "Trump's second summit"), (KIM, "summit with Kim, in")])

# --- u15 New York Daily News, DMZ meeting (URL 20190629); the headline is printed twice; the photo caption is left out
d = "u15-nydailynews-dmz"
for n in (1, 2):
    G += ev(d, DMZ, "handshake meeting", n, location=[("place:dmz", "in DMZ", n)], participants=[(TRUMP, "Trump steps into", n), (KIM, "with Kim Jong Un in DMZ", n)])
G += ev(d, DMZ, "impromptu meeting", date=[("XXXX-06-30 (2019)", "territory Sunday")], location=[("place:dmz", "in the demilitarized zone separating")],
        participants=[(TRUMP, "President Trump became"), (KIM, "Kim Jong Un, in the")])
G += ev(d, DMZ, "shook hands")
G += ev(d, P, "G20", location=[("place:japan", "in Japan for")])
G += ev(d, DMZ, "shake hands quickly", modality="Future", location=[("place:panmunjom", "border village of Panmunjom")])
G += ev(d, P, "was announced", date=[("XXXX-06-30 (2019)", "early Sunday")], initiator=[(MOON, "president Moon Jae-in")])

# --- u16 The Business Times (AFP), Pukguksong-3 test of 2 Oct 2019 (Thu, Oct 03, 2019)
d = "u16-businesstimes-missile"
G += ev(d, P, "test-fired", initiator=[(NK, "North Korea test-fired")])
G += ev(d, P, "successfully test-fired", modality="Reported", initiator=[(NK, "North Korea said")])
G += ev(d, P, "voiced alarm", initiator=[(US, "Washington voiced")])
G += ev(d, STK, "resumption of stalled nuclear talks", modality="Future")
G += ev(d, P, "was fired in vertical mode", modality="Reported", date=[("XXXX-10-02 (2019)", "on Wednesday")], location=[("place:wonsan", "off Wonsan Bay")])
G += ev(d, P, "sent \"warm congratulations\"", modality="Reported", initiator=[(KIM, "Kim Jong Un sent")])

# --- u17 Kazinform (Yonhap), launches of 25 Jul 2019 (page date 2019-07-25); spaces lost in the page are kept
d = "u17-kazinform-missile"
G += ev(d, P, "fired two short-range missiles", modality="Reported", date=[("XXXX-07-25 (2019)", "on Thursday")], location=[("place:wonsan", "town of Wonsan")],
        initiator=[(NK, "North Korea on Thursday fired")])
G += count(d, "event:" + P, "missiles", "2 missiles", "two short-range missiles", modality="Reported")
G += ev(d, DMZ, "they met at the inter-Korean border", date=[("2019-06", "lastmonth")], location=[("place:inter-korean-border", "inter-Korean border")],
        participants=[(NK, "leaders of North Korea"), (US, "the U.S.agreed")])
G += ev(d, P, "fired one short-range missile", modality="Reported", location=[("place:wonsan", "town of Wonsan", 2)], initiator=[(NK, "(The North) fired")])
G += ev(d, P, "military drills")
G += ev(d, P, "test-fired twice in May", date=[("XXXX-05 (2019)", "in May")], initiator=[(NK, "the North test-fired")])

# --- u18 Trend (Reuters), launches of 31 Jul 2019 (31 July 2019 05:03)
d = "u18-trend-missile"
G += ev(d, P, "fires short-range ballistic missiles", initiator=[(NK, "North Korea fires")])
G += ev(d, P, "fired two short-range ballistic missiles", date=[("XXXX-07-31 (2019)", "early on Wednesday")], initiator=[(NK, "North Korea fired two")])
G += count(d, "event:" + P, "missiles", "2 missiles", "two short-range ballistic missiles")
G += ev(d, P, "launched two other missiles")
G += count(d, "event:" + P, "missiles", "2 missiles", "two other missiles")
G += ev(d, P, "upcoming military drills", modality="Future")
G += ev(d, P, "The latest launches", location=[("place:hodo-peninsula", "the Hodo peninsula")])
G += ev(d, P, "had fired ballistic missiles", modality="Reported", initiator=[(NK, "the North had fired")])
G += ev(d, P, "drills, scheduled to begin", modality="Future", date=[("2019-08", "next month")], participants=[(SK, "joint South Korea-U.S."), (US, "South Korea-U.S. drills")])
G += ev(d, P, "test-fired two new", date=[("XXXX-07-25 (2019)", "on July 25")], initiator=[(NK, "North Korea test-fired")])
G += count(d, "event:" + P, "missiles", "2 missiles", "two new short-range ballistic missiles")
G += ev(d, DMZ, "met on June 30", date=[("XXXX-06-30 (2019)", "on June 30")], participants=[(KIM, "leader Kim Jong Un and"), (TRUMP, "President Donald Trump met")])

# --- u19 The Hankyoreh, Kim Yo-jong's statement on leaflets (Posted on : 2020-06-04 18:17 KST)
d = "u19-hani-leaflets"
G += ev(d, KYJL, "warns S. Korea", initiator=[(KYJ, "Kim Yo-jong warns")], target=[(SK, "S. Korea to stop")])
G += ev(d, KYJL, "has warned", initiator=[(KYJ, "Director Kim Yo-jong")], target=[(SK, "warned South Korea")])
G += ev(d, LL, "shot some 500,000 balloons", date=[("2020-W23", "earlier this week")], initiator=[(DEF, "North Korean defectors shot")])
G += count(d, "event:" + LL, "balloons", "~500000 balloons", "some 500,000 balloons")
G += ev(d, KYJL, "Kim referred", initiator=[(KYJ, "Kim referred")])
G += ev(d, KYJL, "threatened a complete withdrawal", initiator=[(KYJ, "Kim also threatened")])

# --- u20 KBS, leaflets flown on Monday 22 Jun 2020 (입력 2020.06.24): not the catalogued launch of 31 May
d = "u20-kbs-leaflets"
G += ev(d, P, "SENT PROPAGANDA LEAFLETS", initiator=[(DEF, "DEFECTORS FOUND")])
G += ev(d, P, "secretly flew propaganda leaflets", date=[("XXXX-06-22 (2020)", "on Monday")], location=[("place:paju", "city of Paju")],
        initiator=[(DEF, "group of North Korean defectors")], target=[(NK, "to North Korea from")])
G += ev(d, P, "secretly flown propaganda leaflets", modality="Reported", date=[("XXXX-06-22 (2020)", "midnight on Monday")], location=[("place:paju", "from Paju, Gyeonggi-do")],
        target=[(NK, "to the North from")])
G += ev(d, P, "it flew 20 large baloons", modality="Reported")
G += count(d, "event:" + P, "balloons", "20 balloons", "20 large baloons", modality="Reported")
G += count(d, "event:" + P, "leaflets", "500000 leaflets", "500,000 leaflets", modality="Reported")
G += count(d, "event:" + P, "booklets", "500 booklets", "500 booklets", modality="Reported")
G += count(d, "event:" + P, "bills", "2000 bills", "two thousand one-dollar bills", modality="Reported")
G += count(d, "event:" + P, "cards", "1000 cards", "a thousand memory cards", modality="Reported")
G += ev(d, P, "was found in Hongcheon", date=[("XXXX-06-23 (2020)", "on Tuesday")], location=[("place:hongcheon", "in Hongcheon")])
G += count(d, "event:" + P, "leaflets", "~80 leaflets", "about 80 leaflets")
G += ev(d, P, "has vowed", initiator=[("actor:south-korea-unification-ministry", "The unification ministry")], target=[(DEF, "against activists")])

# --- u21 Yonhap, leaflets flown on Saturday 20 Jul 2019 (SEOUL, July 22 (Yonhap))
d = "u21-yonhap-leaflets"
G += ev(d, P, "sends anti-Pyongyang leaflets", initiator=[(DEF, "defectors' group")])
G += ev(d, P, "has sent anti-Pyongyang leaflets", modality="Reported", initiator=[(DEF, "group of North Korean defectors")])
G += ev(d, P, "flew 20 balloons", modality="Reported", date=[("XXXX-07-20 (2019)", "on Saturday")], location=[("place:yeoncheon", "from Yeoncheon")],
        initiator=[(DEF, "Fighters for a Free North Korea")], target=[(NK, "to the North on")])
G += count(d, "event:" + P, "balloons", "20 balloons", "20 balloons", modality="Reported")
G += count(d, "event:" + P, "leaflets", "500000 leaflets", "500,000 leaflets", modality="Reported")
G += count(d, "event:" + P, "bills", "2000 bills", "2,000 one-dollar bills")
G += count(d, "event:" + P, "drives", "1000 drives", "1,000 USB drives")
G += count(d, "event:" + P, "booklets", "500 booklets", "500 booklets")
G += ev(d, KW, "1950-53 Korean War", date=[("1950/1953", "1950-53")])
G += ev(d, ARM, "ended in a truce")


def main(check=False):
    index = json.load(open(os.path.join(HERE, "index.json"), encoding="utf-8"))
    half = {a["id"]: a["half"] for a in index["articles"]}
    out = {"dev": [], "test": []}
    for g in G:
        text = open(os.path.join(HERE, g["doc"] + ".txt"), encoding="utf-8").read()
        # Spaces in a quote match a space or a no-break space; the quote kept is the text's own.
        pattern = re.compile(r"[ \u00a0]".join(re.escape(w) for w in g["quote"].split(" ")))
        found = list(pattern.finditer(text))
        if len(found) < g["nth"]:
            sys.exit(f"quote not found ({g['nth']}): {g['doc']} {g['quote']!r}")
        m = found[g["nth"] - 1]
        if check and len(found) > 1:
            print(f"{g['doc']} {g['facet']} {g['quote']!r} nth {g['nth']} of {len(found)}: …{text[max(0, m.start() - 40):m.end() + 40]!r}")
        row = {"source": g["doc"], "subject": g["subject"], "facet": g["facet"], "value": g["value"],
               "start": m.start(), "length": m.end() - m.start(), "quote": m.group(0)}
        if g["modality"]:
            row["modality"] = g["modality"]
        out[half[g["doc"]]].append(row)
    for name, rows in out.items():
        doc = {"schemaVersion": 1,
               "description": f"Unseen corpus, {name} half (issue 21): the claims an analyst extracts from the {name} articles of index.json, by reading them, written before the extractor ran on them."
                              + (" The test half is never used to write or tune a rule, lexicon entry or catalogue entry." if name == "test" else " Rules may be improved while looking at this half.")
                              + " Values and matching as in tests/KoreaEvents.Core.Tests/Acceptance/gold/README.md; evidence as UTF-16 offsets into the article text (every source is a file {source}.txt beside this file).",
               "claims": rows}
        with open(os.path.join(HERE, f"{name}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{name}: {len(rows)} claims from {len({r['source'] for r in rows})} articles")

if __name__ == "__main__":
    main(check="--check" in sys.argv)

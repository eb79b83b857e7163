#!/usr/bin/env python3
"""One-off helper that drafted resources/demo/kungsholmen.json from the text of
Kungsholmens Tertialrapport 1 2024 (shared/seeds/003_*.txt).

It keeps facts only: goal numbers and titles, assessments, indicator rows (names,
figures, targets, periods), activity rows (titles and dates), expected results and the
economy tables.  The report's prose is NOT copied: every analysis in the demo data is a
short sample text written for Målkoll, and 2021-2023 T1/T2 plus 2021-2022 VB outcomes are
generated sample values, labelled as such in the dataset.

The JSON it writes is the source of truth for the demo store and is committed; this
script is kept for provenance and is not part of the build.
"""
import json, random, re, sys

SRC = sys.argv[1]
OUT = sys.argv[2]
lines = open(SRC, encoding="utf-8").read().split("\n")

HEAD = re.compile(r"^(KF:s inriktningsmål|KF:s mål för verksamhetsområdet|Nämndmål): (\d+(?:\.\d+)*)\.? (.*)$")
ASSESS = {"Uppfylls helt": "helt", "Uppfylls delvis": "delvis", "Uppfylls inte": "inte"}

LOWER = ["antal barn per", "sjukfrånvaro", "timavlönad", "ekonomiskt bistånd", "åter blir föremål",
         "vräkningar", "klimatpåverkan", "köpt energi", "personal en hemtjänstagare", "tillfälligt boende"]

def clean(s):
    return s.replace("●", "").replace("▶", "").replace("✓", "").strip()

goals = []
stack = {}
cur = None
i = 0
start = next(n for n, l in enumerate(lines) if l.strip() == "Uppföljning av Kommunfullmäktiges inriktningsmål")
end = next(n for n, l in enumerate(lines) if l.strip() == "Uppföljning av ekonomi" and n > start)
mode = None
section = None
for n in range(start, end):
    raw = lines[n]
    m = HEAD.match(raw.strip())
    if m:
        level = {"KF:s inriktningsmål": 1, "KF:s mål för verksamhetsområdet": 2, "Nämndmål": 3}[m.group(1)]
        cur = {"level": level, "number": m.group(2), "title": m.group(3).strip(), "expected": [],
               "indicators": [], "activities": [], "line": n + 1}
        goals.append(cur)
        mode = None; section = None
        continue
    if cur is None:
        continue
    s = clean(raw)
    if s in ASSESS and "assessment" not in cur:
        cur["assessment"] = ASSESS[s]
        continue
    if raw.startswith("Indikator\t"):
        mode = "ind"; continue
    if raw.startswith("Aktivitet\t"):
        mode = "act"; continue
    if s in ("Förväntat resultat",):
        section = "exp"; mode = None; continue
    if s in ("Analys", "Beskrivning") and mode is None:
        section = None; continue
    if raw.strip() == "" and mode:
        # tables continue across blank lines only via a new header; end the table here
        mode = None
        continue
    if mode == "ind":
        cells = raw.split("\t")
        text = clean(cells[0]) if cells[0].strip() else clean(cells[1]) if len(cells) > 1 else ""
        rest = cells[1:] if cells[0].strip() else cells[2:]
        if raw.startswith("Analys"):
            cur["indicators"][-1]["hasAnalysis"] = True; continue
        if not any(c.strip() for c in cells[1:]) and text and text[0].islower() and cur["indicators"]:
            cur["indicators"][-1]["name"] += " " + text; continue
        if not any(c.strip() for c in cells[1:]):
            if cur["indicators"]:
                cur["indicators"][-1]["hasAnalysis"] = True
            continue
        female = "♀" in cells[0] or (len(cells) > 1 and "♀" in cells[1])
        text = text.replace("♀", "").strip()
        rest = [c for c in rest]
        while rest and not rest[-1].strip() and len(rest) > 8:
            rest.pop()
        if len(rest) < 8 and rest and re.search(r"\d{4}$", rest[-1].strip()):
            rest = [""] * (8 - len(rest)) + rest  # a lost leading cell: align on the Period column
        rest = (rest + [""] * 8)[:8]
        out, men, women, vb, prog, target, kf, period = [c.strip() for c in rest]
        # merged "Tas fram av nämnd Tertial 1 2024"
        mm = re.match(r"^(.*?)\s*((?:Tertial \d )?\d{4})$", kf)
        if not period and mm:
            kf, period = mm.group(1), mm.group(2)
        cur["indicators"].append({"name": text, "female": female, "outcome": out, "men": men, "women": women,
                                  "vb": vb, "prognosis": prog, "target": target, "kfTarget": kf,
                                  "period": period, "line": n + 1})
        continue
    if mode == "act":
        cells = [c for c in raw.split("\t")]
        if raw.startswith("Analys"):
            cur["activities"][-1]["hasAnalysis"] = True; continue
        dates = [c.strip() for c in cells if re.match(r"^\d{4}-\d{2}-\d{2}$", c.strip())]
        title = clean(" ".join(c for c in cells if c.strip() and not re.match(r"^\d{4}-\d{2}-\d{2}$", c.strip())))
        if len(dates) < 2:
            continue
        done = "✓" in raw
        cur["activities"].append({"title": title, "start": dates[0], "end": dates[1],
                                  "status": "completed" if done else "ontrack", "line": n + 1})
        continue
    if section == "exp" and s:
        if s == "Analys":
            section = None; continue
        cur["expected"].append(s)

def unit_of(vals):
    for v in vals:
        m = re.match(r"^-?[\d  ]+(?:,\d+)?\s*(.*)$", v)
        if m and m.group(1):
            u = m.group(1).strip()
            if u in ("st", "%", "barn/avd.", "GWh") or "kg CO2" in u:
                return u
    return ""

def decimals_of(vals):
    d = 0
    for v in vals:
        m = re.match(r"^-?[\d  ]+,(\d+)", v)
        if m:
            d = max(d, len(m.group(1)))
    return min(d, 2)

def num(v):
    m = re.match(r"^(-?[\d  ]+(?:,\d+)?)", v.strip())
    if not m:
        return None
    return float(m.group(1).replace(" ", "").replace(" ", "").replace(",", "."))

def fmt(x, dec, unit):
    s = f"{x:.{dec}f}".replace(".", ",")
    return s + (" " + unit if unit else "")

UNITS = [
    ("Förvaltningsledning och stab", "1.0", False),
    ("Barn- och ungdomsavdelningen", "2.0", False),
    ("Förskoleavdelningen", "3.0", False),
    ("Socialtjänstavdelningen", "4.0", False),
    ("Äldreomsorgsavdelningen", "5.0", False),
    ("Stadsmiljö och kultur", "6.0", False),
    ("Socialpsykiatri", "4.1", True),
    ("Kungsholmens södra förskoleområde", "3.1", True),
    ("S:t Görans förskoleområde", "3.2", True),
    ("Hornsbergs förskoleområde", "3.3", True),
    ("Marieberg och Essingeöarnas förskoleområde", "3.4", True),
    ("Pilträdet Servicehus", "5.1", True),
    ("Fridhemmet Servicehus", "5.2", True),
    ("Alströmerhemmet vård- och omsorgsboende", "5.3", True),
    ("Serafen vob", "5.4", True),
    ("Kungsholmens kommunala hemtj", "5.5", True),
    ("Kungsholmens dagliga verksamhet", "4.2", True),
    ("Service- och gruppboendestäder", "4.3", True),
]
def unit_for(number, name):
    n = name.lower()
    if number.startswith("1.1") or number.startswith("1.5"):
        return "Barn- och ungdomsavdelningen"
    if number.startswith("1.2"):
        return "Förskoleavdelningen"
    if number.startswith("1.3"):
        return "Socialtjänstavdelningen"
    if number.startswith("1.4"):
        return "Äldreomsorgsavdelningen"
    if number.startswith("2.") or number.startswith("3.6"):
        return "Stadsmiljö och kultur"
    if "förskola" in n:
        return "Förskoleavdelningen"
    if "äldreomsorg" in n:
        return "Äldreomsorgsavdelningen"
    if "funktionsnedsättning" in n or "socialtjänsten" in n or "bistånd" in n:
        return "Socialtjänstavdelningen"
    return "Förvaltningsledning och stab"

rng = random.Random(20240513)
SAMPLE_ANALYSIS_MISS = [
    "Exempeltext: Utfallet ligger efter årsmålet. Enheten har tagit fram en åtgärdsplan och följer upp den varje månad.",
    "Exempeltext: Årsmålet bedöms inte nås fullt ut. Orsaken är främst personalomsättning under våren; rekrytering pågår.",
    "Exempeltext: Utfallet är lägre än förväntat. Förvaltningen analyserar skillnader mellan enheterna och sprider arbetssätt som fungerar.",
]
SAMPLE_ANALYSIS_OK = "Exempeltext: Utfallet ligger i nivå med årsmålet och prognosen är att årsmålet nås."
SAMPLE_ANALYSIS_YEARLY = "Exempeltext: Indikatorn mäts i stadens brukarundersökning; resultatet redovisas i verksamhetsberättelsen."

yeargoals = []
index = {}
for g in goals:
    node = {"level": g["level"], "number": g["number"], "title": g["title"]}
    if g["expected"]:
        node["expectedResults"] = g["expected"]
    node["assessments"] = {"T1": {"assessment": g.get("assessment", "helt"),
                                  "analysis": "Exempeltext: Bedömningen bygger på indikatorernas prognos, att aktiviteterna genomförs enligt plan och på de underliggande målens bedömning."}}
    inds = []
    for r in g["indicators"]:
        vals = [r[k] for k in ("outcome", "men", "women", "vb", "prognosis", "target")]
        unit = unit_of(vals)
        if not unit:
            for k in ("kfTarget",):
                unit = unit_of([r[k]])
        dec = decimals_of(vals)
        low = any(w in r["name"].lower() for w in LOWER)
        band = r["target"].startswith("+/-")
        ind = {"name": r["name"], "kind": "KF" if g["level"] == 2 else "nämnd", "unit": unit, "decimals": dec,
               "direction": "none" if band else ("lower" if low else "higher"),
               "periodicity": "tertial" if r["period"].startswith("Tertial") else "year",
               "responsible": unit_for(g["number"], r["name"]), "source": f"003:{r['line']}"}
        if r["men"] or r["women"]:
            ind["genderSplit"] = True
        if r["female"]:
            ind["genderFlag"] = True
        ind["target"] = r["target"]
        if g["level"] == 2:
            ind["kfTarget"] = r["kfTarget"]
        # values for 2024 T1
        v = {}
        for k in ("outcome", "men", "women", "prognosis"):
            if r[k]:
                val = num(r[k])
                v[k] = fmt(val, dec, unit) if val is not None else r[k]
        pn = num(r["prognosis"]) if r["prognosis"] else None
        tn = num(r["target"]) if r["target"] else None
        if r.get("hasAnalysis"):
            miss = pn is not None and tn is not None and ((pn < tn) if ind["direction"] == "higher" else (pn > tn))
            on = num(r["outcome"]) if r["outcome"] else None
            if on is not None and tn is not None and ((on < tn) if ind["direction"] == "higher" else (on > tn)):
                miss = True
            v["analysis"] = rng.choice(SAMPLE_ANALYSIS_MISS) if miss else (SAMPLE_ANALYSIS_YEARLY if ind["periodicity"] == "year" else SAMPLE_ANALYSIS_OK)
        ind["values"] = {"2024": {"T1": v}}
        # history: real VB 2023 from the report, generated sample values for the rest
        vb = num(r["vb"]) if r["vb"] else None
        hist = {}
        if vb is not None:
            hist["2023"] = {"VB": {"outcome": fmt(vb, dec, unit)}}
            base = vb
            for y in (2021, 2022, 2023):
                drift = (2023 - y) * rng.uniform(-0.04, 0.04) * (abs(base) if base else 1)
                yv = base - drift
                per = hist.setdefault(str(y), {})
                if ind["periodicity"] == "tertial":
                    for p, f in (("T1", 0.97), ("T2", 0.99)):
                        x = yv * (f + rng.uniform(-0.02, 0.02))
                        if "antal tillhandahållna" in r["name"].lower() or "feriejobb" in r["name"].lower():
                            x = yv * {"T1": 0.6, "T2": 0.95}[p] * (1 + rng.uniform(-0.05, 0.05))
                        per[p] = {"outcome": fmt(x, dec, unit), "sample": True}
                if y != 2023:
                    per["VB"] = {"outcome": fmt(yv, dec, unit), "sample": True}
        for y, pv in hist.items():
            ind["values"].setdefault(y, {}).update(pv)
        inds.append(ind)
    node["indicators"] = inds
    acts = []
    for a in g["activities"]:
        act = {"title": a["title"], "kind": "KF" if g["level"] == 2 else "nämnd", "start": a["start"], "end": a["end"],
               "responsible": unit_for(g["number"], a["title"]), "status": {"T1": a["status"]}, "source": f"003:{a['line']}"}
        if a.get("hasAnalysis"):
            act["analysisT1"] = "Exempeltext: Aktiviteten har skjutits fram; arbetet påbörjas när den nya organisationen är på plats."
            act["status"]["T1"] = "delayed"
        acts.append(act)
    node["activities"] = acts
    node["children"] = []
    index[g["number"]] = node
    parent = ".".join(g["number"].split(".")[:-1])
    if parent and parent in index:
        index[parent]["children"].append(node)
    else:
        yeargoals.append(node)

# economy: operating budget per verksamhetsområde (003: table after "Mnkr Netto")
eco = []
n0 = next(n for n, l in enumerate(lines) if l.startswith("Mnkr Netto\t"))
parent = None
for n in range(n0 + 1, n0 + 40):
    l = lines[n]
    if not l.strip():
        continue
    if "\t" not in l:
        break
    cells = l.split("\t")
    name = re.sub(r"</?i>", "", cells[0]).strip()
    vals = [c.strip() for c in cells[1:]]
    if name == "Totalt":
        break
    # Only "varav" rows are parts of the line above; other italic rows (Avskrivningar,
    # Internräntor) are lines of their own that the Totalt row includes.
    isvarav = name.lower().startswith("varav")
    name = name.replace("Arbetsmarknad såtgärder", "Arbetsmarknadsåtgärder")
    row = {"name": name, "budget": vals[0], "adjustments": vals[1], "performance": vals[2],
           "forecastBefore": vals[3], "forecastAfter": vals[4], "source": f"003:{n+1}"}
    if isvarav and parent is not None:
        parent.setdefault("varav", []).append(row)
    else:
        eco.append(row)
        parent = row
ru = []
n0 = next(n for n, l in enumerate(lines) if l.startswith("Resultatenhetens namn\t"))
for n in range(n0 + 1, n0 + 20):
    cells = lines[n].split("\t")
    if cells[0].startswith("Summa") or len(cells) < 5:
        break
    ru.append({"name": cells[0].strip(), "grossBudget": cells[1].strip().lstrip("-"), "carriedIn": cells[2].strip(),
               "result": cells[3].strip(), "source": f"003:{n+1}"})
inv = []
n0 = next(n for n, l in enumerate(lines) if l.startswith("Mnkr\tBudget 2024\t"))
for n in range(n0 + 1, n0 + 12):
    cells = lines[n].split("\t")
    if cells[0].startswith("Totalt"):
        break
    inv.append({"name": cells[0].strip(), "budget": cells[1].strip(), "adjustments": cells[2].strip(),
                "forecast": cells[3].strip(), "source": f"003:{n+1}"})

proposals = [re.sub(r"^\d+\.\s*", "", lines[n]).strip() for n in range(len(lines)) if re.match(r"^\d\. Nämnden ", lines[n])][:6]

data = {
    "format": "malkoll-demo/1",
    "about": "Kungsholmens stadsdelsnämnd: struktur, indikatorer, aktiviteter, bedömningar och ekonomi ur Tertialrapport 1 2024. "
             "Alla analystexter är exempeltexter skrivna för Målkoll. Utfall för T1/T2 2021–2023 och VB 2021–2022 är påhittade exempelvärden (\"sample\": true); "
             "VB 2023 och T1 2024 är rapportens siffror.",
    "committee": {"name": "Kungsholmens stadsdelsnämnd", "shortName": "Kungsholmen"},
    "units": [{"name": n, "number": no, "resultUnit": r} for n, no, r in UNITS],
    "year": 2024,
    "periods": {"T1": {"proposals": proposals,
                        "summary": "Exempeltext: Förvaltningen bedömer att nämndens arbete bidrar till att kommunfullmäktiges tre inriktningsmål nås vid årets slut. "
                                   "Några KF-indikatorer riskerar att inte nå årsmålet; åtgärder redovisas under respektive mål. "
                                   "Ekonomin prognostiseras vara i balans efter resultatdispositioner."}},
    "targetChanges": [],
    "goals": yeargoals,
    "economy": {"T1": {"operating": eco, "resultUnits": ru, "investments": inv}},
}
CHANGES = [("Antal ungdomar som fått feriejobb i stadens regi", "210 st", "230 st",
            "Uppmaning i avstämningsärendet att höja ambitionen för feriejobb."),
           ("Brukarens upplevelse av trygghet - LSS-boende", "92 %", "75 %",
            "Justerat till stadens utfall 2023 efter analys av tidigare års resultat.")]
def all_inds(gs):
    for g in gs:
        yield from g["indicators"]
        yield from all_inds(g["children"])
for name, old, new, why in CHANGES:
    ind = next(i for i in all_inds(yeargoals) if i["name"].startswith(name))
    ind["target"] = old
    ind["targetChanges"] = [{"target": new, "decided": "2024-05-23", "period": "T1", "reason": why}]
json.dump(data, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
cnt = {1: 0, 2: 0, 3: 0}
ni = na = 0
for g in goals:
    cnt[g["level"]] += 1; ni += len(g["indicators"]); na += len(g["activities"])
print("goals", cnt, "indicators", ni, "activities", na, "eco", len(eco), "ru", len(ru), "inv", len(inv))

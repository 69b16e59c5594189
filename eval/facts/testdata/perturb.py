#!/usr/bin/env python3
"""Writes system files that differ from gold files in the ways the scorer
must notice (dropped, changed and extra facts, times, modalities, sources,
entities and timexes), for the parity test of the Go scorer:
    python3 perturb.py GOLD.json... (writes NAME.N.sys.json here)"""
import copy, json, os, random, sys

def variants(gold, rnd):
    out = [copy.deepcopy(gold)]
    for n in range(6):
        d = copy.deepcopy(gold)
        facts = d["facts"]
        for f in list(facts):
            r = rnd.random()
            if r < 0.12:
                facts.remove(f)
            elif r < 0.22:
                f["modality"] = rnd.choice(["asserted", "reported", "rumored", "denied", "speculated", "uncertain"])
            elif r < 0.30:
                f["source"] = rnd.choice([[], ["People"], ["a source close to them"], f["source"][::-1]])
            elif r < 0.40 and f.get("time"):
                t = f["time"]
                if "value" in t and isinstance(t["value"], str) and t["value"][:4].isdigit():
                    t["value"] = str(int(t["value"][:4]) + rnd.choice([-1, 0, 1])) + t["value"][4:]
                t.pop("earliest", None) if rnd.random() < 0.5 else None
            elif r < 0.45:
                f["time"] = None
            elif r < 0.50:
                f["time"] = {"start": "2015", "end": None} if rnd.random() < 0.5 else {"value": "PRESENT_REF"}
            elif r < 0.55:
                f["polarity"] = "neg" if f.get("polarity") == "pos" else "pos"
            elif r < 0.60:
                a = f["args"]
                if a and isinstance(a[0], str):
                    a[0] = a[0].upper()
                f["args"] = a[::-1]
            elif r < 0.65:
                facts.append(copy.deepcopy(f))
        if n % 2:
            for e in d["entities"]:
                if e.get("birth") and rnd.random() < 0.5:
                    e["birth"] = {"earliest": e["birth"].get("earliest"), "latest": None}
                if rnd.random() < 0.2:
                    e["name"] = e["name"].split()[-1]
        for t in list(d["timexes"]):
            r = rnd.random()
            if r < 0.1:
                d["timexes"].remove(t)
            elif r < 0.2:
                t["end"] += 3
            elif r < 0.3:
                t["value"] = "XXXX"
        out.append(d)
    return out

def main():
    rnd = random.Random(7)
    for g in sys.argv[1:]:
        name = os.path.basename(g)[:-len(".gold.json")]
        gold = json.load(open(g, encoding="utf-8"))
        for i, v in enumerate(variants(gold, rnd)):
            with open("%s.%d.sys.json" % (name, i), "w", encoding="utf-8") as f:
                json.dump(v, f, ensure_ascii=False)

main()

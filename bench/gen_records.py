#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""gen_records.py OUT [RECORDS] [KEYS] [SOURCES] [SEED]: records (the JSON Lines
of `claimcheck extract --format jsonl`) with the disagreement of real
reporting, for `compare --records` end to end and `bench_compare --records`
on the same file. Defaults: 200,000 records over 40,000 keys from 500
sources, seed 1.

The mix (printed on standard error as generated):
- keys: 88 % one-moment counts (troops, shells: tolerance 10 %, window
  60 days, as_of within three weeks of each other), 7 % running totals
  (casualties: cumulative, tolerance 15 %, as_of over four months while the
  total grows by half), 5 % event dates;
- most claims agree with their key's true figure: exact within ±4 %
  (45 %), "about" rounded (20 %), a range around it (12 %), the vague band that
  contains it ("thousands", else a range) (8 %), "more than" a lower figure (5 %),
  reported by an agency (attribution) a third of the time;
- 2 % of keys conflict: one or two of their sources give a figure half or
  1.8 times the truth (a day a month off, for dates);
- 0.5 % of claims are reported only to be rejected (disputed); on the
  conflicting keys 2 % more are denials; a fifth of a source's second
  claims on a key repeat its first from another speaker;
- claims per key are uneven (a few keys draw many sources, most a handful).
Deterministic for a seed."""
import json
import random
import sys


VAGUE = [("hundreds", 200, 999), ("thousands", 2000, 19999),
         ("tens of thousands", 20000, 199999), ("hundreds of thousands", 200000, 1999999)]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    n_keys = int(sys.argv[3]) if len(sys.argv) > 3 else 40000
    n_sources = int(sys.argv[4]) if len(sys.argv) > 4 else 500
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 1)

    import datetime
    base = datetime.date(2024, 11, 1)

    keys = []
    for k in range(n_keys):
        r = rng.random()
        kind = "count" if r < 0.88 else "total" if r < 0.95 else "date"
        keys.append({
            "kind": kind,
            "subject": f"k{k:05d}",
            "truth": rng.choice([1, 2, 5, 10, 50, 100]) * rng.randint(100, 999),
            "day": rng.randint(0, 300),
            "conflict": rng.random() < 0.02,
            "liars": set(),
        })
    # Uneven attention: key weights from a gentle power law.
    weights = [1.0 / (1 + i) ** 0.6 for i in range(n_keys)]
    rng.shuffle(weights)
    picks = rng.choices(range(n_keys), weights=weights, k=n)
    counts = {"keys": n_keys, "conflicting keys": sum(k["conflict"] for k in keys)}
    seq = [0] * n_sources
    agencies = ["the ministry", "NIS", "officials", "the Pentagon", "a spokesman"]

    def fmt(x):
        return f"{int(x):,}"

    with open(out, "w") as f:
        last = {}  # (key, source) -> the record written, for a second speaker
        for i, ki in enumerate(picks):
            key = keys[ki]
            src = rng.randrange(n_sources)
            sid = f"s{src:04d}"
            seq[src] += 1
            modality = "reported" if rng.random() < 0.6 else "asserted"
            attribution = rng.choice(agencies) if modality == "reported" and rng.random() < 0.5 else None
            as_of_day = key["day"] + rng.randint(0, 20)
            value = None
            text = None
            if key["kind"] == "date":
                pred, obj, unit = "date", f"event{ki % 7}", None
                t = key["truth"] % 700
                lo = hi = t
                r = rng.random()
                if key["conflict"] and (len(key["liars"]) < 2 and rng.random() < 0.3 or src in key["liars"]):
                    key["liars"].add(src)
                    lo = hi = t + 31
                elif r < 0.15:
                    lo, hi = t - 10, t + 18
                d0, d1 = base + datetime.timedelta(days=lo), base + datetime.timedelta(days=hi)
                value = {"low": d0.isoformat(), "high": d1.isoformat(), "unit": None,
                         "approx": False, "vague": False}
                text = d0.strftime("%B %-d, %Y") if lo == hi else d0.strftime("early %B %Y")
                rule, ctype, tol, tol_abs, window, cum = "event_date", "date", 3, True, 60, False
            else:
                total = key["kind"] == "total"
                pred = "troops_casualties" if total else "troops_deployed"
                obj = None if total else "russia"
                unit = "person"
                truth = key["truth"]
                if total:
                    as_of_day = key["day"] + rng.randint(0, 120)
                    truth = truth * (1 + (as_of_day - key["day"]) / 240)
                approx = vague = False
                low_strict = False
                r = rng.random()
                if key["conflict"] and (len(key["liars"]) < 2 and rng.random() < 0.3 or src in key["liars"]):
                    key["liars"].add(src)
                    lo = hi = round(truth * rng.choice([0.5, 1.8]))
                    text = fmt(lo)
                elif r < 0.45:
                    lo = hi = round(truth * rng.uniform(0.96, 1.04))
                    text = fmt(lo)
                elif r < 0.65:
                    lo = hi = round(truth, -2) if truth >= 1000 else round(truth)
                    approx = True
                    text = "about " + fmt(lo)
                elif r < 0.77:
                    lo, hi = round(truth * 0.9, -1), round(truth * 1.1, -1)
                    text = f"between {fmt(lo)} and {fmt(hi)}"
                elif r < 0.85:
                    band = [b for b in VAGUE if b[1] <= truth <= b[2]]
                    if band:
                        text, lo, hi = band[0]
                        vague = True
                    else:
                        lo, hi = round(truth * 0.8, -1), round(truth * 1.25, -1)
                        text = f"{fmt(lo)} to {fmt(hi)}"
                elif r < 0.90:
                    lo, hi = round(truth * 0.8, -2) + 1, None
                    low_strict = True
                    text = "more than " + fmt(lo - 1)
                else:
                    lo = hi = round(truth * rng.uniform(0.97, 1.03))
                    text = fmt(lo)
                value = {"low": lo, "high": hi, "unit": unit, "approx": approx, "vague": vague}
                if low_strict:
                    value["low_strict"] = True
                rule, ctype, tol, tol_abs, window, cum = (
                    pred, "quantity", 0.15 if total else 0.1, False, 90 if total else 60, total)
            r = rng.random()
            if r < 0.005:
                modality, attribution = "disputed", rng.choice(["Russian media", "state media"])
                if ctype == "quantity":
                    value["low"] = value["high"] = round(key["truth"] * 5)
                    value["vague"] = value["approx"] = False
                    value.pop("low_strict", None)
                    text = fmt(value["low"])
            elif r < 0.03 and key["conflict"]:
                modality = "negated"
            pair = (ki, src)
            if pair in last and rng.random() < 0.2 and last[pair]["modality"] != "disputed":
                # A second speaker of the same source repeats the figure.
                prev = last[pair]
                value, text, modality = prev["value"], prev["text"], prev["modality"]
                attribution = rng.choice(agencies)
            sub = key["subject"]
            k = f"{sub}/{pred}/{obj}" if obj else f"{sub}/{pred}"
            if ctype == "date":
                k = f"{sub}/date/{obj}"
            start = seq[src] * 300
            rec = {
                "id": f"{sid}#{seq[src]}", "source": sid, "file": f"corpus/{sid}.txt",
                "rule": rule, "type": ctype, "subject": sub,
                "predicate": "date" if ctype == "date" else pred,
                "object": obj, "key": k, "value": value, "text": text,
                "span": {"start": start, "end": start + len(text.encode()), "line": seq[src],
                         "column": 12},
                "sentence": {"start": start - 40, "end": start + 120},
                "modality": modality, "attribution": attribution,
                "as_of": (base + datetime.timedelta(days=as_of_day)).isoformat(),
                "scope": None, "tolerance": tol, "tolerance_abs": tol_abs, "window": window,
                "cumulative": cum,
            }
            last[pair] = rec
            f.write(json.dumps(rec, separators=(",", ":"), ensure_ascii=False) + "\n")
    counts["records"] = n
    counts["sources"] = n_sources
    print(", ".join(f"{k}: {v}" for k, v in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()

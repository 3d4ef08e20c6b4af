#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""golden_consensus_move.py OLD NEW: checks that NEW (compare --format json
with a top-level "keys" array, each key's consensus written once) says
exactly what OLD (each finding carrying its key's consensus in full, and the
consensus sentence at the end of its detail) said.

From NEW it rebuilds every finding as OLD had it: the full consensus object
from the key's entry, and the detail with the key's consensus sentence
appended. The rebuilt document, "keys" left out, must equal OLD member for
member, in order. It also checks what the move must keep true: a finding's
compact consensus is its key's band and counts, a finding has a consensus
exactly when its key has an entry, and each entry's source lists are the
distinct sources of its support and outlier claims.

Exit 0 when all holds; else each difference on standard error and exit 1.
Usage, against the golden of an earlier commit:
  git show REV:fixtures/golden/corpus.json >old.json
  python3 tests/golden_consensus_move.py old.json fixtures/golden/corpus.json
"""
import json
import sys

COMPACT = ("low", "high", "unit", "sources", "outlier_sources")


def distinct_sources(ids, source_of):
    out = []
    for i in ids:
        s = source_of[i]
        if not out or out[-1] != s:
            out.append(s)
    return out


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        old = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        new = json.load(f)
    errors = []
    keys = {}
    for entry in new.get("keys", []):
        if entry["key"] in keys:
            errors.append(f"key {entry['key']} has two entries")
        keys[entry["key"]] = entry
    source_of = {c["id"]: c["source"] for c in new["claims"]}
    for k, entry in keys.items():
        c = entry["consensus"]
        for side in ("support", "outliers"):
            want = distinct_sources(c[side], source_of)
            if entry["sources"][side] != want:
                errors.append(f"key {k}: sources.{side} {entry['sources'][side]} != {want}")

    rebuilt = []
    for n, f in enumerate(new["findings"]):
        g = dict(f)
        entry = keys.get(f["key"])
        if f["consensus"] is None:
            if entry is not None:
                errors.append(f"finding {n} ({f['key']}): no consensus, but its key has one")
        else:
            if entry is None:
                errors.append(f"finding {n} ({f['key']}): a consensus, but no key entry")
                continue
            full = entry["consensus"]
            compact = {m: full[m] for m in COMPACT}
            if f["consensus"] != compact or list(f["consensus"]) != list(COMPACT):
                errors.append(f"finding {n} ({f['key']}): consensus {f['consensus']} != {compact}")
            g["consensus"] = full
            g["detail"] = f["detail"] + ("\n" if f["detail"] else "") + entry["summary"]
        rebuilt.append(g)
    doc = {m: v for m, v in new.items() if m != "keys"}
    doc["findings"] = rebuilt

    if list(doc) != list(old):
        errors.append(f"members {list(doc)} != {list(old)}")
    for m in old:
        if json.dumps(doc.get(m)) == json.dumps(old[m]):
            continue
        if m != "findings" or len(doc[m]) != len(old[m]):
            errors.append(f"member {m} differs")
            continue
        for n, (a, b) in enumerate(zip(doc[m], old[m])):
            if json.dumps(a) != json.dumps(b):
                errors.append(f"finding {n} ({b['key']}) differs:\n  rebuilt {a}\n  old     {b}")
    for e in errors:
        print(e, file=sys.stderr)
    if not errors:
        print(f"{len(rebuilt)} findings and {len(keys)} keys: the old findings rebuilt exactly")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

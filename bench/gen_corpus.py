#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates a news-like corpus for claimcheck's benchmarks.

Sentences come from the articles under fixtures/ with their numbers, dates,
names and order varied, so that no cache or prefilter sees the same sentence
twice. Output: one document per file in OUTDIR (each with a header block),
until SIZE megabytes are written.

usage: gen_corpus.py OUTDIR SIZE_MB [SEED]
"""
import os
import random
import re
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
NAMES = ["Kim", "Park", "Lee", "Choi", "Ivanov", "Petrov", "Shoigu", "Watson",
         "Harris", "Budanov", "Zelensky", "Austin", "Rutte", "Yoon", "Cho"]
OUTLETS = ["Wire", "Herald", "Courier", "Monitor", "Ledger", "Dispatch"]


# The folders under fixtures/ whose articles are drawn on, and no others: a
# corpus must stay the same from one commit to the next, or figures measured
# at different commits would compare different text. New folders of articles
# (the held-out conflict set, the project's own conflict sets) are left out.
SOURCES = {"corpus", "seeds"}


def sentences(root):
    out = []
    for dirpath, dirs, files in os.walk(root):
        if dirpath == root:
            dirs[:] = sorted(d for d in dirs if d in SOURCES)
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                text = f.read()
            if "\n---\n" in text[:2000]:
                text = text.split("\n---\n", 1)[1]
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text):
                s = " ".join(s.split())
                if 30 <= len(s) <= 600:
                    out.append(s)
    return out


def vary(s, rng):
    def num(m):
        digits = m.group(0).replace(",", "")
        n = int(float(digits) * rng.uniform(0.5, 1.8)) + rng.randint(0, 99)
        return f"{n:,}" if "," in m.group(0) else str(n)
    s = re.sub(r"\d[\d,]*(?:\.\d+)?", num, s)
    s = re.sub("|".join(MONTHS), lambda m: rng.choice(MONTHS), s)
    s = re.sub(r"\b(Kim|Putin|Watson|Harris|Gabuev|Howell)\b", lambda m: rng.choice(NAMES), s)
    return s


def main():
    outdir, size_mb = sys.argv[1], float(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    here = os.path.dirname(os.path.abspath(__file__))
    pool = sentences(os.path.join(here, "..", "fixtures"))
    if not pool:
        sys.exit("gen_corpus: no sentences under fixtures/")
    os.makedirs(outdir, exist_ok=True)
    target = int(size_mb * 1024 * 1024)
    written, doc = 0, 0
    while written < target:
        doc += 1
        year = rng.choice([2023, 2024, 2025])
        header = (f"title: Report {doc}\noutlet: {rng.choice(OUTLETS)}\n"
                  f"date: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n---\n")
        body = []
        for _ in range(rng.randint(20, 60)):
            para = " ".join(vary(rng.choice(pool), rng) for _ in range(rng.randint(2, 5)))
            body.append(para)
        text = header + "\n\n".join(body) + "\n"
        with open(os.path.join(outdir, f"doc{doc:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        written += len(text.encode("utf-8"))
    print(f"{doc} documents, {written / 1048576:.1f} MB in {outdir}")


if __name__ == "__main__":
    main()

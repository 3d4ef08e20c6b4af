# SPDX-License-Identifier: MIT
# compare --records reads its records on -j N threads: the same report, byte
# for byte, on any N, in every format, and the same first bad line named.
. "$(dirname "$0")/lib.bash"

if ! command -v python3 >/dev/null; then
    echo "python3 is needed to generate the records: skipped"
    exit 77
fi
# 10,000 records are three of the reader's batches (4,096 lines each).
python3 bench/gen_records.py "$work/records.jsonl" 10000 2000 100 7 2>/dev/null \
    || { fail "bench/gen_records.py failed"; finish; exit; }

for fmt in json jsonl; do
    expect_exit "$fmt, one thread" 1 -- "$CLAIMCHECK" compare -j 1 --records "$work/records.jsonl" \
        --format "$fmt"
    cp "$work/out" "$work/one.$fmt"
    [ -s "$work/one.$fmt" ] && pass || fail "$fmt: no output on one thread"
    for j in 2 $([ "$fmt" = json ] && echo 3); do
        expect_exit "$fmt, $j threads" 1 -- "$CLAIMCHECK" compare -j "$j" \
            --records "$work/records.jsonl" --format "$fmt"
        cmp -s "$work/one.$fmt" "$work/out" && pass || fail "$fmt: -j $j output differs from -j 1"
    done
done
grep -q '"relations": \[' "$work/one.json" && pass || fail "json: no relations written"

# Key-prefixed lines (extract --key-prefix) from standard input: the same.
python3 - "$work/records.jsonl" >"$work/prefixed.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    key = json.loads(line)["key"]
    sys.stdout.write((key + "\t" if key else "") + line)
PY
expect_exit "key-prefixed, two threads" 1 -- "$CLAIMCHECK" compare -j 2 --records - \
    --format json <"$work/prefixed.jsonl"
cmp -s "$work/one.json" "$work/out" && pass || fail "key-prefixed records give another report"

# Bad lines in the second and third batches: the first is the error on any
# -j, and nothing is written.
awk 'NR == 5000 { print "{\"id\": " ; next } NR == 9000 { print "not json"; next } { print }' \
    "$work/records.jsonl" >"$work/bad.jsonl"
for j in 1 2 3; do
    expect_exit "bad line, $j threads" 2 -- "$CLAIMCHECK" compare -j "$j" \
        --records "$work/bad.jsonl" --format json
    expect_stderr "bad line, $j threads: the first named" "$work/bad.jsonl:5000:"
    grep -q ":9000:" "$work/err" && fail "bad line, $j threads: the later line named" || pass
    [ -s "$work/out" ] && fail "bad line, $j threads: a report written" || pass
done
# A field's name is spelled in the message only when a record is bad.
first=$(head -1 "$work/records.jsonl")
while IFS='|' read -r edit want; do
    printf '%s\n' "$first" | sed "$edit" >"$work/one-bad.jsonl"
    expect_exit "bad field: $want" 2 -- "$CLAIMCHECK" compare --records "$work/one-bad.jsonl"
    expect_stderr "bad field named: $want" "$work/one-bad.jsonl:1:1: $want"
done <<'CASES'
s/"start":[0-9]*,/"start":"x",/|field "span.start": expected an integer, got a string
s/"low":[0-9.]*,//|missing field "value.low"
s/"window":[0-9]*/"window":-1/|field "window": -1 is out of range
s/"line":[0-9]*,/"line":0,/|field "span.line": 0 is out of range
s/"low":[0-9.]*/"low":1e999/|field "value.low": not a finite number
CASES
expect_exit "bad --jobs" 2 -- "$CLAIMCHECK" compare -j 300 --records "$work/records.jsonl"
expect_stderr "bad --jobs named" "--jobs wants a number of threads from 1 to 256"
finish

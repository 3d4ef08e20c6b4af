# SPDX-License-Identifier: MIT
# Scale-out, simulated on one machine as Hadoop Streaming or Spark would run
# it (docs/scale-out.md): the corpus split into three parts, each part
# extracted by its own process with --key-prefix (the map step), the map
# output sorted by key, cut into two reducer partitions at key boundaries,
# each partition compared by its own process with --sorted (the reduce
# step), and the reducers' findings put back together. Whatever the cut,
# the result must be byte for byte the findings of one compare over the
# whole corpus.
. "$(dirname "$0")/lib.bash"

tab=$(printf '\t')
files=(fixtures/corpus/*.txt fixtures/seeds/*.txt)

# The reference: one compare over every file. The corpus holds conflicts,
# so compare exits 1; --exit-zero says 0 and changes nothing else.
expect_exit "single compare" 1 -- "$CLAIMCHECK" compare --format jsonl "${files[@]}"
cp "$work/out" "$work/single.jsonl"
grep -q '"type":"conflict"' "$work/single.jsonl" && pass || fail "the corpus shows no conflict"
[ "$(wc -l <"$work/single.jsonl")" -ge 10 ] && pass || fail "fewer than 10 findings"
expect_exit "single compare --exit-zero" 0 -- "$CLAIMCHECK" compare --format jsonl --exit-zero \
    "${files[@]}"
cmp -s "$work/single.jsonl" "$work/out" && pass || fail "--exit-zero changed the findings"
expect_exit "single compare --key-prefix" 1 -- "$CLAIMCHECK" compare --format jsonl \
    --key-prefix "${files[@]}"
cp "$work/out" "$work/single.tsv"
cut -f2- "$work/single.tsv" | cmp -s "$work/single.jsonl" - && pass ||
    fail "compare --key-prefix is not KEY<TAB>finding"
awk -F '\t' '{ if (!index($2, "\"key\":\"" $1 "\"")) exit 1 }' "$work/single.tsv" && pass ||
    fail "a finding's prefix is not its key"

# ---- the map step: three parts, three processes, three ways to give files.
part0=() part1=() part2=()
for i in "${!files[@]}"; do
    eval "part$((i % 3))+=(\"\${files[$i]}\")"
done
[ "${#part0[@]}" -gt 0 ] && [ "${#part1[@]}" -gt 0 ] && [ "${#part2[@]}" -gt 0 ] && pass ||
    fail "a part is empty"
printf '%s\n' "${part1[@]}" >"$work/part1.list"
# Part 2 as documents, {"path": …, "text": …} a line, as from a text file on HDFS.
if command -v python3 >/dev/null; then
    python3 - "${part2[@]}" >"$work/part2.docs" <<'EOF'
import json, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as f:
        print(json.dumps({"path": path, "text": f.read()}, ensure_ascii=False))
EOF
else
    printf '%s\n' "${part2[@]}" >"$work/part2.list"
fi
map2() {
    if [ -s "$work/part2.docs" ]; then
        "$CLAIMCHECK" extract --key-prefix --documents - <"$work/part2.docs"
    else
        "$CLAIMCHECK" extract --key-prefix --files-from - <"$work/part2.list"
    fi
}
"$CLAIMCHECK" extract --key-prefix "${part0[@]}" >"$work/map0" 2>"$work/map0.err" &
p0=$!
"$CLAIMCHECK" extract --key-prefix --files-from - <"$work/part1.list" >"$work/map1" \
    2>"$work/map1.err" &
p1=$!
map2 >"$work/map2" 2>"$work/map2.err" &
p2=$!
for p in 0 1 2; do
    pid_var="p$p"
    if wait "${!pid_var}"; then pass; else fail "map $p exited $?"; sed 's/^/  | /' "$work/map$p.err"; fi
done
for p in 0 1 2; do [ -s "$work/map$p" ] && pass || fail "map $p wrote nothing"; done

# The map output holds the records of a single extraction, one a line.
expect_exit "extract --format jsonl" 0 -- "$CLAIMCHECK" extract --format jsonl "${files[@]}"
sort "$work/out" >"$work/records.sorted"
cat "$work/map0" "$work/map1" "$work/map2" | cut -f2- | sort | cmp -s "$work/records.sorted" - &&
    pass || fail "the map output's records differ from extract --format jsonl"
awk -F '\t' 'NF < 2 || !index($2, "\"key\":\"" $1 "\"") { exit 1 }' \
    "$work/map0" "$work/map1" "$work/map2" && pass || fail "a map line's prefix is not its key"

# ---- the shuffle: sort by key only, as the engine does; lines are fed in
# reverse so that a key's records reach the reducer in another order than
# extraction gave them.
cat "$work/map2" "$work/map1" "$work/map0" | tac |
    LC_ALL=C sort -s -t "$tab" -k1,1 >"$work/shuffled"
cut -f1 "$work/shuffled" | uniq >"$work/keys"
nkeys=$(wc -l <"$work/keys")
[ "$nkeys" -ge 4 ] && pass || fail "only $nkeys keys"

# reduce NAME OUT ARGS...: one reducer, in its own process.
reduce() {
    local name=$1 out=$2; shift 2
    "$CLAIMCHECK" compare "$@" >"$out" 2>"$out.err"
    local got=$?
    # conflicts make 1 unless --exit-zero; anything else is a failed task
    if [ "$got" -le 1 ]; then pass; else fail "$name: exit $got"; sed 's/^/  | /' "$out.err"; fi
}

# Range partitions (Spark's sortByKey, Hadoop's TotalOrderPartitioner):
# the first half of the keys to reducer 0, the rest to reducer 1; their
# outputs, concatenated in partition order, are in key order.
awk -F '\t' -v n="$nkeys" 'NR == FNR { r[$1] = (FNR <= n / 2) ? 0 : 1; next }
    { print > (dir "/range" r[$1]) }' dir="$work" "$work/keys" "$work/shuffled"
[ -s "$work/range0" ] && [ -s "$work/range1" ] && pass || fail "a range partition is empty"
reduce "range reducer 0" "$work/range0.out" --records - --sorted <"$work/range0" &
r0=$!
reduce "range reducer 1" "$work/range1.out" --records - --sorted <"$work/range1" &
r1=$!
wait "$r0"; wait "$r1"
cat "$work/range0.out" "$work/range1.out" >"$work/range.jsonl"
if cmp -s "$work/single.jsonl" "$work/range.jsonl"; then pass; else
    fail "range-partitioned reduce differs from one compare"
    diff -u "$work/single.jsonl" "$work/range.jsonl" | head -20; fi

# Hash partitions (the engines' default): a key's reducer is a hash of the
# key, so each reducer's output is sorted but the keys interleave; the
# reducers write KEY<TAB>finding and the parts are merged by key.
while IFS= read -r key; do
    printf '%s\t%d\n' "$key" $(($(printf '%s' "$key" | cksum | cut -d' ' -f1) % 2))
done <"$work/keys" >"$work/hash"
awk -F '\t' 'NR == FNR { r[$1] = $2; next } { print > (dir "/hash" r[$1]) }' \
    dir="$work" "$work/hash" "$work/shuffled"
[ -s "$work/hash0" ] && [ -s "$work/hash1" ] && pass || fail "a hash partition is empty"
reduce "hash reducer 0" "$work/hash0.out" --records - --sorted --key-prefix --exit-zero \
    <"$work/hash0" &
h0=$!
reduce "hash reducer 1" "$work/hash1.out" --records - --sorted --key-prefix --exit-zero \
    <"$work/hash1" &
h1=$!
wait "$h0"; wait "$h1"
LC_ALL=C sort -m -s -t "$tab" -k1,1 "$work/hash0.out" "$work/hash1.out" >"$work/merged.tsv"
if cmp -s "$work/single.tsv" "$work/merged.tsv"; then pass; else
    fail "hash-partitioned reduce, merged, differs from one compare"
    diff -u "$work/single.tsv" "$work/merged.tsv" | head -20; fi

# One reducer over several sorted files merges them itself.
expect_exit "--sorted over two sorted files" 1 -- "$CLAIMCHECK" compare --sorted \
    --records "$work/hash0" --records "$work/hash1"
cmp -s "$work/single.jsonl" "$work/out" && pass || fail "merged --sorted inputs differ"
expect_exit "--sorted --exit-zero" 0 -- "$CLAIMCHECK" compare --sorted --exit-zero \
    --records "$work/shuffled"
cmp -s "$work/single.jsonl" "$work/out" && pass || fail "--sorted over the whole shuffle differs"
# Without --sorted, prefixed records in any order compare as a whole.
cat "$work/map1" "$work/map0" "$work/map2" >"$work/unsorted"
expect_exit "unsorted --records, whole" 1 -- "$CLAIMCHECK" compare --format jsonl \
    --records "$work/unsorted"
cmp -s "$work/single.jsonl" "$work/out" && pass || fail "unsorted --records differ"
expect_exit "--records -o" 1 -- "$CLAIMCHECK" compare --sorted --records "$work/shuffled" \
    -o "$work/written.jsonl"
cmp -s "$work/single.jsonl" "$work/written.jsonl" && pass || fail "-o differs from stdout"

# A reducer whose partition is empty says nothing, and succeeds.
expect_exit "empty reducer input" 0 -- "$CLAIMCHECK" compare --sorted --records /dev/null
[ ! -s "$work/out" ] && pass || fail "an empty partition made findings"

# ---- what must fail, and say where.
# The largest key's line moved to the top: line 2 goes back.
{ tail -n 1 "$work/shuffled"; head -n -1 "$work/shuffled"; } >"$work/bad-order"
expect_exit "unsorted with --sorted" 2 -- "$CLAIMCHECK" compare --sorted \
    --records "$work/bad-order"
expect_stderr "unsorted names file:line" "$work/bad-order:2:1: input is not sorted by key"
[ ! -s "$work/out" ] || ! grep -q "$(tail -n 1 "$work/keys")" "$work/out" && pass ||
    fail "findings written past the unsorted line"
expect_exit "unsorted -o leaves nothing" 2 -- "$CLAIMCHECK" compare --sorted \
    --records "$work/bad-order" -o "$work/never.jsonl"
[ ! -e "$work/never.jsonl" ] && pass || fail "a failed run left its output"

key1=$(head -n 1 "$work/keys")
{ head -n 2 "$work/shuffled"; printf '%s\t{"id": "x#1", "source"\n' "$key1"; } >"$work/malformed"
expect_exit "malformed prefixed line" 2 -- "$CLAIMCHECK" compare --sorted \
    --records "$work/malformed"
expect_stderr "malformed names file:line" "$work/malformed:3:"
expect_stderr "malformed says why" "invalid JSON"
expect_exit "malformed, unsorted path" 2 -- "$CLAIMCHECK" compare --records "$work/malformed"
expect_stderr "malformed names file:line (whole)" "$work/malformed:3:"

line=$(head -n 1 "$work/shuffled")
printf 'not/the_key\t%s\n' "${line#*"$tab"}" >"$work/wrong-key"
expect_exit "prefix is not the record's key" 2 -- "$CLAIMCHECK" compare --sorted \
    --records "$work/wrong-key"
expect_stderr "wrong prefix named" "$work/wrong-key:1:1: the key before the tab, 'not/the_key'"
# The column counts the prefix: the same error as without it, moved right.
printf 'not json\n' >"$work/not-json-bare"
expect_exit "non-JSON, bare" 2 -- "$CLAIMCHECK" compare --sorted --records "$work/not-json-bare"
col=$(sed -n 's/.*not-json-bare:1:\([0-9]*\): invalid JSON.*/\1/p' "$work/err")
[ -n "$col" ] && pass || fail "no column for non-JSON"
printf '%s\tnot json\n' "$key1" >"$work/not-json"
expect_exit "prefix before non-JSON" 2 -- "$CLAIMCHECK" compare --sorted --records "$work/not-json"
expect_stderr "non-JSON column after the prefix" \
    "$work/not-json:1:$((${#key1} + 1 + ${col:-0})): invalid JSON"

expect_exit "--sorted with FILEs" 2 -- "$CLAIMCHECK" compare --sorted --records "$work/shuffled" \
    "${files[0]}"
expect_exit "--sorted as text" 2 -- "$CLAIMCHECK" compare --sorted --format text \
    --records "$work/shuffled"
expect_exit "--key-prefix without jsonl" 2 -- "$CLAIMCHECK" compare --key-prefix \
    --records "$work/shuffled"
expect_exit "extract --key-prefix as text" 2 -- "$CLAIMCHECK" extract --key-prefix --format text \
    "${files[0]}"
expect_exit "stdin twice" 2 -- "$CLAIMCHECK" extract --files-from - --documents -

# A bad document line is named; the documents around it are still extracted.
if [ -s "$work/part2.docs" ]; then
    { head -n 1 "$work/part2.docs"; echo '{"path": "x.txt"}'; echo '[1'
      echo '{"path": "n.txt", "text": "cut \u0000 here"}'
      echo '{"path": "o\251.txt", "text": "an octal escape makes the byte 0xA9"}'
      tail -n +2 "$work/part2.docs"; } \
        >"$work/bad.docs"
    expect_exit "bad documents" 2 -- "$CLAIMCHECK" extract --key-prefix --documents "$work/bad.docs"
    expect_stderr "document without text named" "$work/bad.docs:2:1: a document needs"
    expect_stderr "broken document line named" "$work/bad.docs:3:"
    expect_stderr "NUL in a document named" "$work/bad.docs:4:32: a document holds a NUL"
    expect_stderr "path not UTF-8 named" "$work/bad.docs:5:1: \"path\" is not valid UTF-8"
    cmp -s "$work/map2" "$work/out" && pass || fail "documents lost around a bad one"
fi
expect_exit "missing listed file" 2 -- "$CLAIMCHECK" extract --key-prefix \
    --files-from <(printf '%s\n' "${part1[0]}" "$work/absent.txt" "${part1[@]:1}")
expect_stderr "missing listed file named" "$work/absent.txt"
cmp -s "$work/map1" "$work/out" && pass || fail "listed files lost around a missing one"
finish

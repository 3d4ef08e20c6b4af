# SPDX-License-Identifier: MIT
# A pattern's declared anchors (its `anchors` line) only spare it the
# sentences it cannot match: with every anchor ignored
# (CLAIMCHECK_ANCHORS=ignore, each pattern tried in every sentence) the
# records must be the same, byte for byte, over the phrasing bank (each
# line with its context and its document date), the seed articles and the
# corpus fixtures. A pattern edited without its anchors would show here.
. "$(dirname "$0")/lib.bash"

# The bank's sentences as documents: the date line the extractor reads,
# then the context, then the sentence.
jq -c '{path: .id, text: ("Date: " + .date + "\n\n" + ((.context + [.text]) | join(" ")))}' \
    fixtures/phrasings/*.jsonl >"$work/bank.jsonl"
set -- fixtures/seeds/*.txt fixtures/corpus/*.txt

expect_exit "extract, anchors kept" 0 -- "$CLAIMCHECK" extract --all --format jsonl -j 2 \
    --documents "$work/bank.jsonl" "$@"
mv "$work/out" "$work/kept.jsonl"
CLAIMCHECK_ANCHORS=ignore expect_exit "extract, anchors ignored" 0 -- \
    "$CLAIMCHECK" extract --all --format jsonl -j 2 --documents "$work/bank.jsonl" "$@"
mv "$work/out" "$work/ignored.jsonl"
if [ "$(wc -l <"$work/kept.jsonl")" -gt 1000 ]; then pass; else fail "too few records to compare"; fi
if diff -u "$work/kept.jsonl" "$work/ignored.jsonl" >"$work/diff"; then pass; else
    fail "records differ when the anchors are ignored: an anchors line holds back a match"
    head -20 "$work/diff"; fi

# The check can fail: a pattern whose anchors miss its own words finds
# nothing, and finds it again when the anchors are ignored.
cat >"$work/wrong.rules" <<'RULES'
rule ferry_count
  claim port ferries_sailed
  value quantity ferry
  pattern (?<value>\d+)\s+ferries\s+sailed
  anchors trains
end
RULES
printf 'Officials said 12 ferries sailed on Monday.\n' >"$work/doc.txt"
expect_exit "wrong anchors" 0 -- "$CLAIMCHECK" extract -r "$work/wrong.rules" --format jsonl "$work/doc.txt"
if [ -s "$work/out" ]; then fail "a pattern was tried without its anchors"; else pass; fi
CLAIMCHECK_ANCHORS=ignore expect_exit "wrong anchors ignored" 0 -- \
    "$CLAIMCHECK" extract -r "$work/wrong.rules" --format jsonl "$work/doc.txt"
if grep -q '"ferries_sailed"' "$work/out"; then pass; else fail "CLAIMCHECK_ANCHORS=ignore did not try the pattern"; cat "$work/out"; fi
finish

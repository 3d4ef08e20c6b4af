# SPDX-License-Identifier: MIT
# compare over fixtures/corpus gives the reviewed findings of
# fixtures/golden/corpus.json (reviewed in fixtures/golden/corpus-review.md), and
# the verdicts a fact-checker relies on hold whatever the golden says.
. "$(dirname "$0")/lib.bash"

# Conflicts on the corpus: exit 1.
expect_exit "compare corpus" 1 -- "$CLAIMCHECK" compare --format json fixtures/corpus/*.txt
cp "$work/out" "$work/corpus.json"
golden "corpus findings" fixtures/golden/corpus.json "$work/corpus.json"
# A key's consensus is written once, under "keys"; a finding has its band and
# counts exactly when its key has an entry, and no ids or sentence of it.
if jq -e '(.keys | map(.key)) as $k | ($k == ($k | unique)) and all(.findings[];
          ((.consensus == null) == (.key as $f | $k | index($f) == null))
          and (.consensus == null or ((.consensus | keys) == ["high", "low", "outlier_sources", "sources", "unit"]))
          and (.detail | contains("Consensus") | not))' "$work/corpus.json" >/dev/null; then pass; else
    fail "the consensus is not once per key"; fi

# The summary counts what the object holds: findings by type, keys, claims,
# sources and the keys with a conflict; the text report opens with the same.
if jq -e '.summary as $s | .findings as $f
          | ($s.claims == (.claims | length)) and ($s.sources == (.sources | length))
          and ($s.keys == (.keys | length))
          and ($s.keys_in_conflict == ([$f[] | select(.type == "conflict") | .key] | unique | length))
          and (($s.findings | keys | length) == 7)
          and all($s.findings | to_entries[]; . as $e | $e.value == ([$f[] | select(.type == $e.key)] | length))' \
    "$work/corpus.json" >/dev/null; then pass; else
    fail "the JSON summary does not count the findings"; fi
expect_exit "compare corpus, text" 1 -- "$CLAIMCHECK" compare fixtures/corpus/*.txt
if head -1 "$work/out" | grep -qx '31 claims from 10 sources: 5 conflicts, 2 disputed, 2 updates, 3 agreements, 4 uncorroborated.'; then pass; else
    fail "text summary: $(head -1 "$work/out")"; fi
# One of each: singular nouns ("1 claim", "1 source", "1 update"), never "1 claims".
one=$work/one.txt
printf 'title: one\n---\nSouth Korea says about 11,000 North Korean troops are in Kursk.\n' >"$one"
expect_exit "compare one claim" 0 -- "$CLAIMCHECK" compare "$one"
if head -1 "$work/out" | grep -qx '1 claim from 1 source: 0 conflicts, 0 disputed, 0 updates, 0 agreements, 1 uncorroborated.'; then pass; else
    fail "singular summary: $(head -1 "$work/out")"; fi
if grep -Eq '(^|[^0-9])1 (claims|sources|conflicts|updates|agreements|pairs|days|keys|clusters)\b' "$work/out"; then
    fail "a plural after 1: $(grep -E '(^|[^0-9])1 [a-z]+s\b' "$work/out" | head -1)"; else pass; fi

# A running total's consensus is its latest figure; the earlier one is its
# history, not an outlier (whatever the golden says).
if jq -e '[.keys[] | select(.key == "north_korea/troops_casualties")][0].consensus
          | .low == 3000 and .history == ["a07_casualties_december#1"] and .outliers == []' \
    "$work/corpus.json" >/dev/null; then pass; else fail "casualties: the consensus is not the latest figure"; fi
if jq -e '[.keys[] | select(.key == "north_korea/shells_delivered/russia")][0]
          | (.consensus | .low == 3000001 and .high == null and .history == ["a01_nis_briefing#3"])
            and (.summary | contains("the latest figure (as of 2025-02-20)") and contains("earlier: ~1,000,000 shell"))' \
    "$work/corpus.json" >/dev/null; then pass; else fail "shells: the consensus is not the latest figure"; fi
if jq -e '[.keys[] | select(.consensus.history)] | length == 2' "$work/corpus.json" >/dev/null; then pass; else
    fail "a history on a key that is no running total"; fi

# count TYPE: relations of TYPE in the corpus.
count() { jq --arg t "$1" '[.relations[] | select(.type == $t)] | length' "$work/corpus.json"; }
for t in agreement compatible conflict disputed update not_comparable; do
    n=$(count "$t")
    if [ "$n" -ge 2 ]; then pass; else fail "only $n $t relations in the corpus"; fi
done
n=$(jq '[.findings[] | select(.type == "uncorroborated")] | length' "$work/corpus.json")
if [ "$n" -ge 2 ]; then pass; else fail "only $n uncorroborated findings in the corpus"; fi

# rel A_SOURCE A_TEXT B_SOURCE B_TEXT TYPE [WHY]: the relation between the
# claims of those texts (either way round) has TYPE and its why holds WHY.
rel() {
    local q='([.claims[] | {(.id): .}] | add) as $c
             | [.relations[] | select(
                 (($c[.a].source|startswith($sa)) and $c[.a].text == $ta and ($c[.b].source|startswith($sb)) and $c[.b].text == $tb)
                 or (($c[.b].source|startswith($sa)) and $c[.b].text == $ta and ($c[.a].source|startswith($sb)) and $c[.a].text == $tb))]'
    local got
    got=$(jq -r --arg sa "$1" --arg ta "$2" --arg sb "$3" --arg tb "$4" "$q | map(.type) | join(\",\")" "$work/corpus.json")
    if [ "$got" != "$5" ]; then fail "$1 '$2' – $3 '$4': got '${got}', want $5"; return; fi
    if [ -n "${6:-}" ] && ! jq -e --arg sa "$1" --arg ta "$2" --arg sb "$3" --arg tb "$4" --arg w "$6" \
        "$q | any(.why | contains(\$w))" "$work/corpus.json" >/dev/null; then
        fail "$1 '$2' – $3 '$4': why lacks '$6'"; return; fi
    pass
}
# The traps of fixtures/golden/corpus-review.md.
rel a05 "10,000" a01 "about 11,000" conflict "denies"                      # a denial against a figure
rel a05 "10,000" a04 "some 8,000" conflict "denies it outright"            # a denial whatever the figure
rel a08 "About 300" a07 "about 1,100" not_comparable "scope 'weekly'"     # weekly vs cumulative
rel a08 "About 300" a09 "About 3,000" not_comparable "scope 'weekly'"
rel a07 "about 1,100" a09 "About 3,000" update "running total grew"       # earlier vs later casualty figure
rel a01 "about 1 million" a10 "more than 3 million" update "running total grew"
rel a01 "about 1 million" a10 "about 1.5 million" not_comparable "scope 'annual'"   # rate vs total
rel a04 "as many as 100,000" a01 "about 11,000" not_comparable "hypothetical"       # forecast vs fact
rel a03 "thousands" a01 "about 11,000" compatible "contains"             # vague vs precise
rel a07 "early November" a09 "December 6, 2024" conflict "26 days apart" # one event, two dates
rel a01 "about 11,000" a04 "some 11,500" agreement "±20%"
rel a01 "about 11,000" a04 "some 8,000" conflict "do not overlap"
rel a02 "between 10,000 and 12,000" a04 "some 8,000" conflict "do not overlap"
rel a02 "about 1,500" a01 "about 11,000" not_comparable "scope 'batch'"   # batch vs whole force
rel a07 "1,000" a04 "about 100" disputed "only to reject"
rel a08 "50,000" a03 "approximately 14,000" disputed "only to reject"
rel a03 "June 19, 2024" a08 "June 19, 2024" agreement "same"
# Two officials of one article disagree: a finding, never a relation.
if jq -e '[.findings[] | select(.type == "conflict" and (.summary | startswith("a04_kursk_officials reports a dispute between")))] | length == 1' \
    "$work/corpus.json" >/dev/null; then pass; else fail "no within-source dispute in a04"; fi
if jq -e '([.claims[] | {(.id): .source}] | add) as $s | [.relations[] | select($s[.a] == $s[.b])] | length == 0' \
    "$work/corpus.json" >/dev/null; then pass; else fail "a relation within one source"; fi
for k in north_korea/army_size ukraine/date/incursion_start north_korea_russia/date/treaty_in_force; do
    if jq -e --arg k "$k" '[.findings[] | select(.type == "uncorroborated" and .key == $k)] | length == 1' \
        "$work/corpus.json" >/dev/null; then pass; else fail "$k is not uncorroborated"; fi
done

# The seeds: no conflict (exit 0), the disputed 50,000 of Russian media
# against 003's thousands, 001's shells uncorroborated.
expect_exit "compare seeds" 0 -- "$CLAIMCHECK" compare --format json fixtures/seeds/*.txt
cp "$work/out" "$work/seeds.json"
if jq -e '[.relations[] | select(.type == "conflict")] | length == 0' "$work/seeds.json" >/dev/null; then pass; else fail "a conflict in the seeds"; fi
if jq -e '([.claims[] | {(.id): .}] | add) as $c | [.relations[] | select(.type == "disputed")
          | [$c[.a], $c[.b]] | select(any(.text == "50,000" and .modality == "disputed" and (.attribution | test("Russian media"; "i"))))
          | select(any(.source | startswith("003")) and any(.text | startswith("thousands")))] | length == 1' \
    "$work/seeds.json" >/dev/null; then pass; else fail "no disputed 50,000 (Russian media) against 003's thousands"; fi
if jq -e '([.claims[] | {(.id): .}] | add) as $c | [.findings[] | select(.type == "uncorroborated")
          | select(any(.claims[]; $c[.].source | startswith("001")) and .key == "north_korea/shells_delivered/russia")] | length == 1' \
    "$work/seeds.json" >/dev/null; then pass; else fail "001's shells are not uncorroborated"; fi

# Map and reduce: extract to records, compare the records. The JSON is the
# same byte for byte except each source's title and date, which come from
# the document's header block and are not in the records (null there).
expect_exit "extract corpus" 0 -- "$CLAIMCHECK" extract --format jsonl fixtures/corpus/*.txt
cp "$work/out" "$work/corpus.jsonl"
expect_exit "compare records" 1 -- "$CLAIMCHECK" compare --records "$work/corpus.jsonl" --format json
cp "$work/out" "$work/records.json"
strip='del(.sources[].title, .sources[].date)'
if diff <(jq "$strip" "$work/corpus.json") <(jq "$strip" "$work/records.json") >"$work/diff"; then pass; else
    fail "compare --records differs from compare on the files"; head -20 "$work/diff"; fi
if jq -e 'all(.sources[]; .title == null and .date == null)' "$work/records.json" >/dev/null; then pass; else
    fail "records gave source titles: drop the exception above"; fi
if diff <(grep -v '"title"\|"date"' "$work/corpus.json") <(grep -v '"title"\|"date"' "$work/records.json") >/dev/null; then pass; else
    fail "compare --records is not byte-identical outside the sources' titles and dates"; fi
# --max-relations: a small budget clusters the keys with most pairs and says
# so; the full golden run above summarised nothing. Bad counts are usage errors.
if jq -e 'has("relations_summarised") | not' "$work/corpus.json" >/dev/null; then pass; else
    fail "the corpus golden run summarised keys"; fi
expect_exit "compare --max-relations 3" 1 -- "$CLAIMCHECK" compare --max-relations 3 --format json fixtures/corpus/*.txt
if jq -e '.relations_limited == true and (.relations_summarised | map(.key) | index("north_korea/troops_deployed/russia") != null)' "$work/out" >/dev/null; then pass; else
    fail "--max-relations 3 did not summarise the troops key"; fi
if jq -e '[.findings[] | select(.type == "conflict")] | length > 0' "$work/out" >/dev/null; then pass; else
    fail "--max-relations 3 lost every conflict finding"; fi
expect_exit "compare --max-relations 3, text" 1 -- "$CLAIMCHECK" compare --max-relations 3 fixtures/corpus/*.txt
if grep -q 'too many pairs' "$work/out"; then pass; else fail "text report does not say keys were summarised"; fi
expect_exit "compare --max-relations 0" 2 -- "$CLAIMCHECK" compare --max-relations 0 fixtures/corpus/*.txt
expect_stderr "--max-relations 0 named" "--max-relations wants a count from 1"
expect_exit "compare --max-relations x" 2 -- "$CLAIMCHECK" compare --max-relations x fixtures/corpus/*.txt
finish

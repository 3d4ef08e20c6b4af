# SPDX-License-Identifier: MIT
# extract over the seed articles gives the reviewed records of
# fixtures/golden/seeds.jsonl, and the claims the foundation promises.
. "$(dirname "$0")/lib.bash"

expect_exit "extract seeds" 0 -- "$CLAIMCHECK" extract --format jsonl fixtures/seeds/*.txt
cp "$work/out" "$work/seeds.jsonl"
golden "seed records" fixtures/golden/seeds.jsonl "$work/seeds.jsonl"

# have SOURCE PREDICATE TEXT LOW HIGH [MODALITY]: a record with these fields.
have() {
    local q='.[] | select(.source|startswith($s)) | select(.predicate==$p and (.text|startswith($t)))
             | select((.value.low|tostring)==$lo and (.value.high|tostring)==$hi)
             | select($m == "" or .modality == $m)'
    if jq -e -s --arg s "$1" --arg p "$2" --arg t "$3" --arg lo "$4" --arg hi "$5" --arg m "${6:-}" \
        "[$q] | length > 0" "$work/seeds.jsonl" >/dev/null; then pass; else fail "no $2 record '$3' [$4, $5] ${6:-} in $1"; fi
}
have 004 troops_deployed "50,000" 50000 50000 disputed
have 004 artillery_systems "approximately 14,000" 14000 14000
have 004 date "February 2022" 2022-02-01 2022-02-28
have 004 date "August 2023" 2023-08-01 2023-08-31
have 003 troops_deployed "thousands" 2000 19999
have 001 shells_delivered "hundreds of thousands, possibly even millions" 200000 19999999 hedged

jq -r 'select(.source|startswith("004")) | select(.predicate=="troops_deployed") | .attribution' \
    "$work/seeds.jsonl" | grep -qi "russian media" && pass || fail "004's 50,000 is not attributed to Russian media"
# What must not become a domain claim.
for t in "millions" "dozens" "0 0" "Over-18s" "21st"; do
    if jq -e -s --arg t "$t" '[.[] | select(.text|startswith($t))] | length > 0' "$work/seeds.jsonl" >/dev/null; then
        fail "a domain record from '$t'"; else pass; fi
done
finish

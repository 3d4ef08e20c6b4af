# SPDX-License-Identifier: MIT
# A pronoun that speaks stands for the body named before it: in the
# sentences before its own, and in its own sentence before a semicolon
# ("Seoul's spy agency put the force at 11,000; it now believes about
# 12,000 …"); a pronoun with no body before it names no one.
. "$(dirname "$0")/lib.bash"

cat >"$work/semi.txt" <<'DOC'
date: 2025-01-20
---
Seoul's spy agency put the North Korean force in Kursk at 11,000 last month; it now believes about 12,000 are there.
DOC
cat >"$work/none.txt" <<'DOC'
date: 2025-01-20
---
Pyongyang sent 3,000 more troops in October; it now believes about 12,000 are there.
DOC

expect_exit "extract the semicolon's pronoun" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/semi.txt"
got=$(jq -r 'select(.text == "about 12,000") | "\(.modality) \(.attribution)"' "$work/out")
if [ "$got" = "hedged spy agency" ] || [ "$got" = "hedged Seoul's spy agency" ]; then pass; else
    fail "the pronoun after the semicolon: '$got'"; fi

expect_exit "extract a pronoun with no body before it" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/none.txt"
got=$(jq -r 'select(.text == "about 12,000") | "\(.attribution)"' "$work/out")
if [ "$got" = "null" ]; then pass; else fail "no body before the pronoun: '$got'"; fi

finish

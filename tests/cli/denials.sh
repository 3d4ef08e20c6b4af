# SPDX-License-Identifier: MIT
# A denial without a figure meets the counts it contradicts: "Pyongyang
# denied that it had sent troops to Russia" is a negated event record on
# the deployment's key (rules/military/denials.rules), and against a source
# that counts the troops sent the comparator finds a conflict (one says it
# happened, the other denies it); a source silent on it ("has neither
# confirmed nor denied") reports the count, denying nothing.
. "$(dirname "$0")/lib.bash"

cat >"$work/seoul.txt" <<'DOC'
title: Seoul counts the troops
date: 2024-11-05
---
South Korea's spy agency said on Tuesday that North Korea had sent about 11,000 soldiers to Russia.
DOC
cat >"$work/kcna.txt" <<'DOC'
title: Pyongyang denies it
date: 2024-11-06
---
Pyongyang denied that it had sent troops to Russia.
DOC
cat >"$work/kremlin.txt" <<'DOC'
title: Moscow silent
date: 2024-11-06
---
The Kremlin has neither confirmed nor denied reports that about 11,000 North Korean troops were sent to Russia.
DOC

expect_exit "extract the denial" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/kcna.txt"
got=$(jq -r '"\(.type) \(.key) \(.modality) \(.attribution)"' "$work/out")
if [ "$got" = "event north_korea/troops_deployed/russia negated Pyongyang" ]; then pass; else
    fail "the denial's record: '$got'"; fi

expect_exit "compare" 1 -- "$CLAIMCHECK" compare --format json "$work/seoul.txt" "$work/kcna.txt"
got=$(jq -r '[.relations[] | select(.type == "conflict")] | length' "$work/out")
if [ "$got" = 1 ]; then pass; else fail "the count and the denial: $got conflicts"; jq -c .relations "$work/out"; fi
if jq -e '.relations[] | select(.type == "conflict") | .why | test("says it happened and .* denies it")' \
    "$work/out" >/dev/null; then pass; else fail "the conflict's reason"; jq -c .relations "$work/out"; fi

expect_exit "compare the silent source" 0 -- "$CLAIMCHECK" compare --format json "$work/seoul.txt" "$work/kremlin.txt"
got=$(jq -r '[.relations[] | select(.type == "conflict")] | length' "$work/out")
if [ "$got" = 0 ]; then pass; else fail "silence is no denial: $got conflicts"; jq -c .relations "$work/out"; fi
got=$(jq -r '.claims[] | select(.source == "kremlin") | .modality' "$work/out")
if [ "$got" = reported ]; then pass; else fail "the silent source's modality: '$got'"; fi

finish

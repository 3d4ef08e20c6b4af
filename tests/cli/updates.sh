# SPDX-License-Identifier: MIT
# A figure told as a change from an earlier one ("about 3,000, compared
# with 1,100 in December"; "some 12 million, double the 6 million reported
# in August"; "have risen from about 1,100 to 3,000") is two claims of one
# key: the later at the document's date, the earlier at its own, else on
# the day before the later figure's. Against a source that gave the
# earlier figure, the comparator reads the later as an update of a
# running total, not a
# conflict, and the earlier as agreeing with it. A force in place is no
# running total: two of its figures within their window conflict, unless
# the later source tells the earlier figure itself, as of an earlier date.
. "$(dirname "$0")/lib.bash"

cat >"$work/seoul.txt" <<'DOC'
title: Seoul counts the casualties
date: 2024-12-19
---
South Korea's spy agency said North Korea had suffered about 1,100 casualties in Kursk.
DOC
cat >"$work/kyiv.txt" <<'DOC'
title: The toll rises
date: 2025-01-14
---
North Korean casualties in Kursk have risen to about 3,000, compared with 1,100 in December, Ukraine's intelligence said.
DOC
cat >"$work/risen.txt" <<'DOC'
title: The toll rises
date: 2025-01-14
---
Ukraine's intelligence says North Korean casualties in Kursk have risen from about 1,100 to 3,000.
DOC
cat >"$work/october.txt" <<'DOC'
title: Seoul counts the troops
date: 2024-10-25
---
South Korea's spy agency said North Korea had sent about 8,000 soldiers to Russia.
DOC
cat >"$work/december.txt" <<'DOC'
title: More North Koreans in Kursk
date: 2024-12-20
---
There are now about 11,000 North Korean troops in Russia, compared with 8,000 in October, Ukraine's intelligence said.
DOC
cat >"$work/bare.txt" <<'DOC'
title: More North Koreans in Kursk
date: 2024-12-20
---
There are now about 11,000 North Korean troops in Russia, Ukraine's intelligence said.
DOC
cat >"$work/august.txt" <<'DOC'
title: Shells for Moscow
date: 2024-08-27
---
North Korea has shipped some 6 million artillery shells to Russia, the South Korean military said.
DOC
cat >"$work/march.txt" <<'DOC'
title: More shells for Moscow
date: 2025-03-10
---
Pyongyang has now shipped some 12 million shells to Russia, double the 6 million reported in August.
DOC
cat >"$work/grown.txt" <<'DOC'
title: More North Koreans in Kursk
date: 2024-12-20
---
North Korean forces in Russia have increased from about 8,000 to 11,000, according to the Pentagon.
DOC
cat >"$work/november.txt" <<'DOC'
title: More North Koreans in Kursk
date: 2024-12-20
---
The Pentagon said North Korean forces in Russia increased from 8,000 to 11,000 in November.
DOC

# relations of the pair of documents as "a b type", sorted
relations() { jq -r '.relations[] | "\(.a) \(.b) \(.type)"' "$work/out" | sort; }

expect_exit "extract the change" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/kyiv.txt"
got=$(jq -r '"\(.key) \(.value.low) \(.as_of)"' "$work/out")
want="north_korea/troops_casualties 3000 2025-01-14
north_korea/troops_casualties 1100 2024-12-01"
if [ "$got" = "$want" ]; then pass; else fail "the later and the earlier figure: '$got'"; fi

expect_exit "compare the casualties" 0 -- "$CLAIMCHECK" compare --format json "$work/seoul.txt" "$work/kyiv.txt"
got=$(relations)
want="kyiv#1 seoul#1 update
kyiv#2 seoul#1 agreement"
if [ "$got" = "$want" ]; then pass; else fail "the casualties' relations: '$got'"; fi
got=$(jq -r '.findings[] | select(.type == "update") | .summary' "$work/out")
case "$got" in
"A running total grows on north_korea/troops_casualties: "*) pass ;;
*) fail "the running total's sentence: '$got'" ;;
esac

expect_exit "compare the change from one figure to another" 0 -- \
    "$CLAIMCHECK" compare --format json "$work/seoul.txt" "$work/risen.txt"
got=$(relations)
want="risen#1 seoul#1 agreement
risen#2 seoul#1 update"
if [ "$got" = "$want" ]; then pass; else fail "the change's relations: '$got'"; fi

expect_exit "compare the force told with its earlier figure" 0 -- \
    "$CLAIMCHECK" compare --format json "$work/october.txt" "$work/december.txt"
got=$(relations)
want="december#1 october#1 update
december#2 october#1 agreement"
if [ "$got" = "$want" ]; then pass; else fail "the force's relations: '$got'"; fi
if jq -e '.relations[] | select(.type == "update") | .why | test("december gives the earlier figure too")' \
    "$work/out" >/dev/null; then pass; else fail "the update's reason"; jq -c .relations "$work/out"; fi
# the finding's sentence says what happened, not that a running total grew
got=$(jq -r '.findings[] | select(.type == "update") | .summary' "$work/out")
want="A figure changed on north_korea/troops_deployed/russia: 'about 11,000' = ~11,000 person (december, Ukraine's intelligence, as of 2024-12-20) is later than 'about 8,000' = ~8,000 person (october, South Korea's spy agency, as of 2024-10-25), and december gives the earlier figure too."
if [ "$got" = "$want" ]; then pass; else fail "the update's sentence: '$got'"; fi

expect_exit "compare the force told alone" 1 -- \
    "$CLAIMCHECK" compare --format json "$work/october.txt" "$work/bare.txt"
got=$(relations)
if [ "$got" = "bare#1 october#1 conflict" ]; then pass; else fail "the bare force's relations: '$got'"; fi

# a change with no date of its own for the figure it started from: that
# figure speaks of a moment before the later one's, the day before it at
# the latest, so the source tells the earlier figure itself
expect_exit "extract the undated change" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/grown.txt"
got=$(jq -r '"\(.value.low) \(.as_of)"' "$work/out")
want="8000 2024-12-19
11000 2024-12-20"
if [ "$got" = "$want" ]; then pass; else fail "the undated change's dates: '$got'"; fi
expect_exit "compare the undated change" 0 -- \
    "$CLAIMCHECK" compare --format json "$work/october.txt" "$work/grown.txt"
got=$(relations)
want="grown#1 october#1 agreement
grown#2 october#1 update"
if [ "$got" = "$want" ]; then pass; else fail "the undated change's relations: '$got'"; fi
# "in November" dates the figure the change came to; the one it started
# from is as of the last day before November
expect_exit "extract the change dated after it" 0 -- \
    "$CLAIMCHECK" extract --format jsonl "$work/november.txt"
got=$(jq -r '"\(.value.low) \(.as_of) \(.as_of_end)"' "$work/out")
want="8000 2024-10-31 null
11000 2024-11-01 2024-11-30"
if [ "$got" = "$want" ]; then pass; else fail "the dated change's dates: '$got'"; fi

expect_exit "extract the multiple" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/march.txt"
got=$(jq -r '"\(.key) \(.value.low) \(.as_of)"' "$work/out")
want="north_korea/shells_delivered/russia 12000000 2025-03-10
north_korea/shells_delivered/russia 6000000 2024-08-01"
if [ "$got" = "$want" ]; then pass; else fail "the later and the earlier shells: '$got'"; fi

expect_exit "compare the shells" 0 -- "$CLAIMCHECK" compare --format json "$work/august.txt" "$work/march.txt"
got=$(relations)
want="august#1 march#1 update
august#1 march#2 agreement"
if [ "$got" = "$want" ]; then pass; else fail "the shells' relations: '$got'"; fi

finish

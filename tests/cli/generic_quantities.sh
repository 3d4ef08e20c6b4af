# SPDX-License-Identifier: MIT
# CLAIMCHECK_GENERIC_QUANTITIES chooses where the generic quantity records
# (rule value_quantity) find their figures: the quantity scanner's
# mentions read as written, with the unit after the figure and no verb
# read as a bound (scan, the default), or, in the place of the rule's
# "{value}" pattern, the quantity grammar "(?<value>{QUANTITY}...)" (regex,
# a testing aid). The two agree on a share, a count, money, a figure after "topped" and one of
# a span of time ("in three days"); they differ on a calibre before a noun
# ("152mm shells" to the pattern, "152mm" to the scanner) and on a scale
# word hyphened on ("More than one" to the pattern, "More than one-thousand"
# to the scanner). A money tail is read alike: "15 dollars" and "50" before
# a word, "15 dollars and 50" at a clause's end; and "1.2m tons" is
# millions of tons to both.
. "$(dirname "$0")/lib.bash"

cat >"$work/doc.txt" <<'DOC'
Prices rose 5% as 3,500 cars and about 12 million dollars of parts were sold.

Losses topped 3,000, and the plant made 152mm shells in three days.

More than one-thousand shells cost 15 dollars and 50 each.

A crate cost 12 dollars and 25. They shipped 1.2m tons.
DOC

quantities() {
    jq -r 'select(.rule == "value_quantity") | "\(.text) \(.value.low) \(.value.high) \(.value.unit)"' \
        "$work/out"
}

expect_exit "default" 0 -- "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
quantities >"$work/default"
for mode in regex scan; do
    CLAIMCHECK_GENERIC_QUANTITIES=$mode expect_exit "$mode" 0 -- \
        "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
    quantities >"$work/$mode"
done

if cmp -s "$work/default" "$work/scan"; then pass; else fail "the default is not the scanner's"; fi
for mode in regex scan; do
    for want in '5% 5 5 percent' '3,500 3500 3500 null' \
        'about 12 million dollars 12000000 12000000 USD' '3,000 3000 3000 null'; do
        if grep -qxF "$want" "$work/$mode"; then pass; else
            fail "$mode: no '$want'"; cat "$work/$mode"; fi
    done
done
if grep -qxF '152mm shells 0.152 0.152 m' "$work/regex"; then pass; else
    fail "the pattern did not read '152mm shells'"; cat "$work/regex"; fi
if grep -qxF '152mm 0.152 0.152 m' "$work/scan"; then pass; else
    fail "the scanner did not read '152mm'"; cat "$work/scan"; fi
for mode in regex scan; do
    if grep -qxF 'three 3 3 null' "$work/$mode"; then pass; else
        fail "$mode: no 'three'"; cat "$work/$mode"; fi
done
if grep -qxF 'More than one 2 null null' "$work/regex"; then pass; else
    fail "the pattern did not read 'More than one'"; cat "$work/regex"; fi
if grep -qxF 'More than one-thousand 1001 null null' "$work/scan"; then pass; else
    fail "the scanner did not read 'More than one-thousand'"; cat "$work/scan"; fi
for mode in regex scan; do
    for want in '15 dollars 15 15 USD' '50 50 50 null' '12 dollars and 25 12.25 12.25 USD' \
        '1.2m tons 1200000000 1200000000 kg'; do
        if grep -qxF "$want" "$work/$mode"; then pass; else
            fail "$mode: no '$want'"; cat "$work/$mode"; fi
    done
done

CLAIMCHECK_GENERIC_QUANTITIES=bogus expect_exit "bogus" 0 -- \
    "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
expect_stderr "bogus" "CLAIMCHECK_GENERIC_QUANTITIES='bogus' is neither scan nor regex; the quantity scanner is used"
quantities >"$work/bogus"
if cmp -s "$work/bogus" "$work/scan"; then pass; else fail "an unknown value is not the default"; fi

finish

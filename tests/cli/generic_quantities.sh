# SPDX-License-Identifier: MIT
# CLAIMCHECK_GENERIC_QUANTITIES chooses where the generic quantity records
# (rule value_quantity) find their figures: the rule's patterns as written
# (regex, the default) or, in the place of its "(?<value>{QUANTITY}...)"
# pattern, the quantity scanner's mentions read as written, with the unit
# after the figure and no verb read as a bound (scan, a testing aid). The
# two agree on a share, a count, money and a figure after "topped"; they
# differ on a calibre before a noun ("152mm shells" to the pattern, "152mm"
# to the scanner) and on a figure of a span of time the value pass reads as
# a date ("in three days": the figure to the pattern, nothing to the
# scanner).
. "$(dirname "$0")/lib.bash"

cat >"$work/doc.txt" <<'DOC'
Prices rose 5% as 3,500 cars and about 12 million dollars of parts were sold.

Losses topped 3,000, and the plant made 152mm shells in three days.
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

if cmp -s "$work/default" "$work/regex"; then pass; else fail "the default is not the patterns'"; fi
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
if grep -qxF 'three 3 3 null' "$work/regex"; then pass; else
    fail "the pattern did not read 'three'"; cat "$work/regex"; fi
if grep -q '^three ' "$work/scan"; then fail "the scanner read the 'three' of 'in three days'"; else pass; fi

CLAIMCHECK_GENERIC_QUANTITIES=bogus expect_exit "bogus" 0 -- \
    "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
expect_stderr "bogus" "CLAIMCHECK_GENERIC_QUANTITIES='bogus' is neither scan nor regex; the rules' patterns are used"
quantities >"$work/bogus"
if cmp -s "$work/bogus" "$work/regex"; then pass; else fail "an unknown value is not the default"; fi

finish

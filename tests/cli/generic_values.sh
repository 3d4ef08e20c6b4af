# SPDX-License-Identifier: MIT
# The generic date records (rule value_date, `{value}`) come from the value
# pass, read as written, and CLAIMCHECK_GENERIC_VALUES chooses how it finds
# them: the date scanner (scan, the default) or the DATE pattern (regex).
# The two differ on a month before a figure grouped in thousands ("in
# October 3,359 ..."): the month alone to the scanner, a day to the
# pattern; they agree on a date that dates a report ("said on Thursday"),
# which a generic record keeps though the frames do not.
. "$(dirname "$0")/lib.bash"

cat >"$work/doc.txt" <<'DOC'
Troops began arriving in October 3,359 with transport ships.

Officials said on Thursday that the talks of 24 February 2022 had failed.
DOC

dates() { jq -r 'select(.rule == "value_date") | "\(.text) \(.value.low) \(.value.high)"' "$work/out"; }

expect_exit "default" 0 -- "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
dates >"$work/default"
CLAIMCHECK_GENERIC_VALUES=regex expect_exit "regex" 0 -- \
    "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
dates >"$work/regex"
CLAIMCHECK_GENERIC_VALUES=scan expect_exit "scan" 0 -- \
    "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
dates >"$work/scan"

if cmp -s "$work/default" "$work/scan"; then pass; else fail "the default is not the scanner's"; fi
if grep -qx 'October 3 2024-10-03 2024-10-03' "$work/regex"; then pass; else
    fail "the pattern did not read 'October 3'"; cat "$work/regex"; fi
if grep -qx 'October 2024-10-01 2024-10-31' "$work/scan"; then pass; else
    fail "the scanner did not read 'October' alone"; cat "$work/scan"; fi
for mode in regex scan; do
    if grep -qx 'Thursday 2024-11-14 2024-11-14' "$work/$mode"; then pass; else
        fail "$mode: a report's date is no generic record"; cat "$work/$mode"; fi
    if grep -qx '24 February 2022 2022-02-24 2022-02-24' "$work/$mode"; then pass; else
        fail "$mode: '24 February 2022' not read"; cat "$work/$mode"; fi
done

# compare: the pattern's records, and each date the two disagree on on
# standard error
CLAIMCHECK_GENERIC_VALUES=compare expect_exit "compare" 0 -- \
    "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
dates >"$work/compare"
if cmp -s "$work/compare" "$work/regex"; then pass; else fail "compare does not keep the pattern's"; fi
if grep -q "^value-pass	generic date regex-only	October 3	" "$work/err"; then pass; else
    fail "compare did not report 'October 3'"; head -5 "$work/err"; fi

CLAIMCHECK_GENERIC_VALUES=bogus expect_exit "bogus" 0 -- \
    "$CLAIMCHECK" extract --all --date 2024-11-20 --format jsonl "$work/doc.txt"
expect_stderr "bogus" "CLAIMCHECK_GENERIC_VALUES='bogus' is none of scan, regex, compare; the date scanner is used"
dates >"$work/bogus"
if cmp -s "$work/bogus" "$work/scan"; then pass; else fail "an unknown value is not the default"; fi

finish

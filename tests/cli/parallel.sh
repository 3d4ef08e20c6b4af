# Extraction on several threads gives the same records in the same order as
# on one, and an unreadable file in the middle loses nothing around it.
. "$(dirname "$0")/lib.bash"

files=(fixtures/seeds/*.txt fixtures/corpus/*.txt)
expect_exit "one thread" 0 -- "$CLAIMCHECK" extract -j 1 --format jsonl "${files[@]}"
cp "$work/out" "$work/one.jsonl"
for j in 2 3 8; do
    expect_exit "$j threads" 0 -- "$CLAIMCHECK" extract -j "$j" --format jsonl "${files[@]}"
    cmp -s "$work/one.jsonl" "$work/out" && pass || fail "-j $j output differs from -j 1"
done
[ -s "$work/one.jsonl" ] && pass || fail "no records at all"

# A missing file between good ones: exit 2, its name on stderr, and every
# other document's records still written, in order.
expect_exit "missing file in the middle" 2 -- "$CLAIMCHECK" extract -j 4 --format jsonl \
    "${files[@]:0:3}" "$work/absent.txt" "${files[@]:3}"
expect_stderr "missing file named" "$work/absent.txt"
cmp -s "$work/one.jsonl" "$work/out" && pass || fail "records lost around a missing file"
expect_exit "bad --jobs" 2 -- "$CLAIMCHECK" extract -j -3 "${files[0]}"
finish

# SPDX-License-Identifier: MIT
# The progress line of runs over many files is shown when standard error is
# a terminal: script(1) gives the command a pseudo-terminal. Skipped (77)
# without script (bsdutils). workflow.sh checks that it never shows
# otherwise.
. "$(dirname "$0")/lib.bash"
command -v script >/dev/null || { echo "SKIP: no script(1) to give the command a terminal (bsdutils)"; exit 77; }

corpus=$(echo fixtures/corpus/*.txt)
for cmd in "extract --format jsonl $corpus" "compare $corpus" "index --db $work/q.db add $corpus" \
           "check fixtures/check/draft.md --against fixtures/corpus"; do
    script -qec "$CLAIMCHECK $cmd >/dev/null" /dev/null >"$work/tty" 2>&1 </dev/null
    if grep -aq '10/10 files, [0-9.]* MB, [0-9.]* MB/s, ETA [0-9]*:[0-9][0-9]' "$work/tty"; then pass; else
        fail "${cmd%% *}: no progress line on a terminal"; od -c "$work/tty" | head -5; fi
    # The last line is cleared, so that what follows starts clean.
    grep -aPq '10/10 files, .*ETA \d+:\d\d\r\x1b\[K' "$work/tty" && pass \
        || fail "${cmd%% *}: the progress line is not cleared"
done
# One file: no progress line.
script -qec "$CLAIMCHECK extract --format jsonl fixtures/corpus/$(ls fixtures/corpus | head -1) >/dev/null" /dev/null >"$work/tty" 2>&1 </dev/null
grep -aq 'MB/s' "$work/tty" && fail "a progress line for a single file" || pass
finish

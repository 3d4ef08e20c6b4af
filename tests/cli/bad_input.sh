# SPDX-License-Identifier: MIT
# Bad input gets a clear error naming the file, a non-zero exit, and never
# stops the other files from being read.
. "$(dirname "$0")/lib.bash"

printf 'North Korea sent 11,000 troops.\n' >"$work/good.txt"
printf 'Valid text, then \xff\xfe bad bytes.\n' >"$work/bad.txt"
printf 'abc\0def\n' >"$work/nul.txt"
printf '\xff\xfeN\0o\0' >"$work/utf16.txt"
: >"$work/empty.txt"

expect_exit "non-UTF-8" 2 -- "$CLAIMCHECK" extract "$work/bad.txt" "$work/good.txt"
expect_stderr "non-UTF-8 names the file and offset" "$work/bad.txt"
expect_stderr "non-UTF-8 names the byte offset" "byte 17"
grep -q "good" "$work/out" && pass || fail "the good file was not read after the bad one"

expect_exit "NUL byte" 2 -- "$CLAIMCHECK" extract "$work/nul.txt"
expect_stderr "NUL byte named" "NUL"
expect_exit "UTF-16" 2 -- "$CLAIMCHECK" extract "$work/utf16.txt"
expect_stderr "UTF-16 named" "UTF-16"
expect_exit "empty file" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/empty.txt"
[ ! -s "$work/out" ] && pass || fail "records from an empty file"
expect_exit "missing file" 2 -- "$CLAIMCHECK" extract "$work/nope.txt"
expect_stderr "missing file named" "$work/nope.txt"
expect_exit "directory" 2 -- "$CLAIMCHECK" extract "$work"
expect_exit "bad option" 2 -- "$CLAIMCHECK" extract --frobnicate x
expect_exit "bad format" 2 -- "$CLAIMCHECK" extract --format xml "$work/good.txt"
expect_exit "bad date" 2 -- "$CLAIMCHECK" extract --date 2024-13-01 "$work/good.txt"
expect_exit "unknown command" 2 -- "$CLAIMCHECK" frobnicate
expect_exit "stdin" 0 -- sh -c "printf 'They sent 3,000 troops.\n' | '$CLAIMCHECK' extract --format jsonl -"
expect_exit "version" 0 -- "$CLAIMCHECK" --version

# -o into a directory that cannot be written leaves nothing behind.
mkdir "$work/ro" && chmod 555 "$work/ro"
if [ "$(id -u)" -ne 0 ]; then
    expect_exit "-o unwritable" 2 -- "$CLAIMCHECK" extract -o "$work/ro/out.txt" "$work/good.txt"
    [ -z "$(ls -A "$work/ro")" ] && pass || fail "-o left files in an unwritable directory"
else
    echo "SKIP: -o into a mode 555 directory (running as root, who can write it; hostile_input.sh tests -o under a file and onto a directory)"
fi
expect_exit "-o into a missing directory" 2 -- "$CLAIMCHECK" extract -o "$work/none/out.txt" "$work/good.txt"
expect_exit "-o writes" 0 -- "$CLAIMCHECK" extract --format jsonl -o "$work/out.jsonl" "$work/good.txt"
[ -s "$work/out.jsonl" ] && [ -z "$(ls -A "$work" | grep '^\.out')" ] && pass || fail "-o did not write atomically"
# The report gets the permissions any new file would (not mkstemp's 0600).
(umask 022 && "$CLAIMCHECK" extract -o "$work/perm.txt" "$work/good.txt")
[ "$(stat -c %a "$work/perm.txt")" = 644 ] && pass || fail "-o wrote mode $(stat -c %a "$work/perm.txt"), expected 644"

# A rule file error stops the run with its position.
printf 'rule x\n  patern foo\nend\n' >"$work/bad.rules"
expect_exit "bad rule file" 2 -- "$CLAIMCHECK" extract --rules "$work/bad.rules" "$work/good.txt"
expect_stderr "rule error position" "$work/bad.rules:2:3:"
finish

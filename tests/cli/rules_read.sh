# SPDX-License-Identifier: MIT
# A rule file is read whole whether it is a regular file (read at the size
# it says it has) or a pipe (read in growing steps): one of 200 KB with an
# error on its last line reports it at that line either way.
. "$(dirname "$0")/lib.bash"

f=$work/big.rules
for i in $(seq 3000); do
    printf 'macro M%s = (?:alpha%s|beta%s|gamma%s|delta%s|epsilon%s)\n' "$i" "$i" "$i" "$i" "$i" "$i"
done >"$f"
printf 'rule unclosed_at_the_end\n' >>"$f"
printf 'date: 2025-01-10\n---\nHello.\n' >"$work/one.txt"

expect_exit "regular file" 2 -- "$CLAIMCHECK" extract --rules "$f" "$work/one.txt"
expect_stderr "regular file: last line" "$f:3001:1: rule 'unclosed_at_the_end' is not closed by 'end'"
expect_exit "pipe" 2 -- sh -c 'cat "$1" | "$2" extract --rules /dev/stdin "$3"' sh "$f" "$CLAIMCHECK" \
    "$work/one.txt"
expect_stderr "pipe: last line" "/dev/stdin:3001:1: rule 'unclosed_at_the_end' is not closed by 'end'"
finish

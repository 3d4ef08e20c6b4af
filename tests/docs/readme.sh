#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# rules/README.md shows real commands, real output and real rule files, and
# this keeps them so:
# - every ```console block's commands (lines starting '$ ') are run from the
#   source tree with the built claimcheck first on PATH, and what they print
#   (standard output and error together) must be the lines that follow; only
#   the count in 'N passed, N failed' is left free, as it grows with every
#   example the core pack gains;
# - every ``` block whose first line is '# docs/examples/FILE' must be a run
#   of FILE's lines;
# - every error line quoted from fixtures/rules-errors/ must be that
#   fixture's .expected message;
# - the worked example's finished frame and pattern rule pass
#   `claimcheck test`, and its two drafts fail it, as the page says.
# Run as `bash readme.sh SOURCE_DIR BUILD_DIR`.
set -u
SRC=$1
build=$2
cd "$SRC" || exit 2
export LC_ALL=C.UTF-8 NO_COLOR=1
readme=rules/README.md
bin=$(cd "$build" && pwd)/claimcheck
[ -x "$bin" ] || { echo "FAIL: no claimcheck in $build"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$bin" "$work/bin/claimcheck"
export PATH="$work/bin:$PATH"
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
free_count() { sed -E 's/^[0-9]+ passed, /N passed, /'; }

# Cut the page into its fenced blocks: $work/bN.console or $work/bN.other.
n=0
inside=0
kind=
while IFS= read -r line; do
    if [ "$inside" = 0 ]; then
        case $line in
            '```console') inside=1; kind=console ;;
            '```'*) inside=1; kind=other ;;
            *) continue ;;
        esac
        n=$((n + 1))
        : >"$work/b$n.$kind"
    elif [ "$line" = '```' ]; then
        inside=0
    else
        printf '%s\n' "$line" >>"$work/b$n.$kind"
    fi
done <"$readme"
[ "$inside" = 0 ] && pass || fail "$readme: a fenced block is never closed"

# Console blocks: each command and the output shown after it.
run_command() { # COMMAND EXPECTED-FILE BLOCK
    bash -c "$1" 2>&1 | free_count >"$work/got"
    free_count <"$2" >"$work/want"
    if diff -u --label "$readme (block $3)" --label "\$ $1" "$work/want" "$work/got" >"$work/diff"; then
        pass
    else
        fail "the output of '$1' is not what $readme shows"
        cat "$work/diff"
    fi
}
commands=0
for block in "$work"/b*.console; do
    [ -e "$block" ] || continue
    id=${block##*/b}; id=${id%.console}
    cmd=
    : >"$work/expected"
    while IFS= read -r line; do
        case $line in
            '$ '*)
                [ -n "$cmd" ] && run_command "$cmd" "$work/expected" "$id"
                cmd=${line#\$ }
                commands=$((commands + 1))
                : >"$work/expected" ;;
            *) printf '%s\n' "$line" >>"$work/expected" ;;
        esac
    done <"$block"
    [ -n "$cmd" ] && run_command "$cmd" "$work/expected" "$id"
done
[ "$commands" -ge 5 ] && pass || fail "$readme: only $commands console commands found (the worked example shows 5)"

# Rule blocks headed by the file they are taken from.
quoted=0
for block in "$work"/b*.other; do
    [ -e "$block" ] || continue
    file=$(sed -n '1s/^# \(docs\/examples\/[^ ]*\)$/\1/p' "$block")
    [ -n "$file" ] || continue
    quoted=$((quoted + 1))
    tail -n +2 "$block" >"$work/want"
    if [ ! -f "$file" ]; then
        fail "$readme quotes $file, which does not exist"
    elif awk 'NR == FNR { w[++nw] = $0; next } { f[++nf] = $0 }
              END { for (i = 1; i + nw - 1 <= nf; i++) {
                        ok = 1
                        for (j = 1; j <= nw; j++) if (f[i + j - 1] != w[j]) { ok = 0; break }
                        if (ok) exit 0 }
                    exit 1 }' "$work/want" "$file"; then
        pass
    else
        fail "$readme quotes lines of $file that are not in it, in that order:"
        sed 's/^/    /' "$work/want"
    fi
done
[ "$quoted" -ge 5 ] && pass || fail "$readme: only $quoted blocks quote docs/examples files"

# Error messages quoted from the must-fail fixtures.
errors=0
while IFS= read -r line; do
    errors=$((errors + 1))
    fixture=${line%%.rules:*}.expected
    if [ -f "$fixture" ] && [ "$(cat "$fixture")" = "$line" ]; then pass; else
        fail "$readme quotes '$line', which is not $fixture"; fi
done < <(grep -E '^fixtures/rules-errors/[a-z_]+\.rules:[0-9]+:[0-9]+: ' "$readme")
[ "$errors" -ge 10 ] && pass || fail "$readme: only $errors fixture messages found"

# The finished example holds; the drafts fail, as the page says they do.
for f in docs/examples/drones.rules docs/examples/treaty.rules; do
    claimcheck test "$f" >"$work/out" 2>&1
    status=$?
    [ "$status" -eq 0 ] && pass || { fail "claimcheck test $f exits $status"; cat "$work/out"; }
done
for f in docs/examples/drones-step1.rules docs/examples/drones-step2.rules; do
    claimcheck test "$f" >"$work/out" 2>&1
    status=$?
    [ "$status" -eq 1 ] && pass || { fail "claimcheck test $f exits $status, not 1 (its drafts fail on purpose)"; cat "$work/out"; }
done
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

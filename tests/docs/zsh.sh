# SPDX-License-Identifier: MIT
# The zsh completion parses, and, with zsh's completion functions replaced by
# stubs that print what they are given, offers the commands, each command's
# options as --help lists them, and --format's values. Run as
# `bash zsh.sh SOURCE_DIR BUILD_DIR`; skipped (77) without zsh or pages.
set -u
SRC=$1
build=$2
cd "$SRC" || exit 2
export LC_ALL=C.UTF-8
comp=$build/completion/_claimcheck
command -v zsh >/dev/null || { echo "SKIP: zsh is not installed (scripts/install-deps installs it)"; exit 77; }
[ -f "$comp" ] || { echo "SKIP: no completion in $build/completion (Python 3 was not found when configuring)"; exit 77; }
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }

zsh -n "$comp" && pass || fail "zsh -n rejects _claimcheck"
# words / CURRENT as zsh's completion system sets them.
offer() {
    zsh -f -c '
        _describe() { print -l -- ${(P)${@[-1]}}; }
        _arguments() { print -l -- "$@"; }
        _files() { :; }
        words=("${@:2}"); CURRENT=$#words
        source "$1"' _ "$comp" "$@" 2>&1
}
offer claimcheck "" >"$work/top"
for cmd in extract compare check index test rules; do
    grep -q "^$cmd:" "$work/top" && pass || fail "zsh: command $cmd not offered"
    offer claimcheck "$cmd" "--" >"$work/specs"
    "$build/claimcheck" "$cmd" --help | grep -oE '^  (-[A-Za-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' \
        | grep -vx -- --help | sort >"$work/help"
    grep -oE -- '--[a-z-]+' "$work/specs" | sort -u | grep -vx -- --help >"$work/got"
    comm -23 "$work/help" "$work/got" >"$work/missing"
    [ ! -s "$work/missing" ] && pass || { fail "zsh: $cmd lacks"; cat "$work/missing"; }
done
offer claimcheck check --format "" | grep -q '(diag json sarif)' && pass || fail "zsh: check --format values"
offer claimcheck compare --format "" | grep -q '(text json html jsonl)' && pass || fail "zsh: compare --format values"
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

# SPDX-License-Identifier: MIT
# lib.bash: helpers for the command-line checks. Each check script is run
# as `bash SCRIPT CLAIMCHECK SOURCE_DIR` and ends with a plain tally line.
set -u
CLAIMCHECK=$1
SRC=$2
cd "$SRC" || exit 2
export LC_ALL=C NO_COLOR=1
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }

# expect_exit NAME CODE -- CMD...: runs CMD, checks its exit code; stdout
# and stderr are kept in $work/out and $work/err.
expect_exit() {
    local name=$1 code=$2; shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [ "$got" -eq "$code" ]; then pass; else
        fail "$name: exit $got, expected $code"; sed 's/^/  | /' "$work/err" | head -5; fi
}

# expect_stderr NAME TEXT: the last command's stderr contains TEXT.
expect_stderr() {
    if grep -qF -- "$2" "$work/err"; then pass; else
        fail "$1: stderr lacks '$2'"; sed 's/^/  | /' "$work/err" | head -5; fi
}

# golden NAME EXPECTED ACTUAL: compares files; CC_UPDATE_GOLDEN=1 rewrites
# the expected file so that the change is reviewed in git.
golden() {
    if [ "${CC_UPDATE_GOLDEN:-}" = 1 ]; then cp "$3" "$2"; pass; return; fi
    if diff -u "$2" "$3" >"$work/diff"; then pass; else
        fail "$1: output differs from $2 (CC_UPDATE_GOLDEN=1 rewrites it)"; head -40 "$work/diff"; fi
}

finish() {
    printf '%d passed, %d failed\n' "$passed" "$failed"
    [ "$failed" -eq 0 ]
}

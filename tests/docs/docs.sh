# SPDX-License-Identifier: MIT
# The man pages and the bash completion say what --help says: every
# command's options, parsed here from --help and from the page on their own,
# are the same; the overview page lists every command; the completion offers
# the commands, each command's options and the values --format (--fail-on,
# --color) accepts, and the binary accepts each of those values. Run as
# `bash docs.sh SOURCE_DIR BUILD_DIR`; skipped (77) when the build wrote no
# pages (no Python 3 at configure time).
set -u
SRC=$1
build=$2
CLAIMCHECK=$build/claimcheck
cd "$SRC" || exit 2
export LC_ALL=C.UTF-8 NO_COLOR=1
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
man=$build/man
[ -f "$man/claimcheck.1" ] || { echo "SKIP: no man pages in $man (Python 3 was not found when configuring)"; exit 77; }

commands=$("$CLAIMCHECK" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 {print $1}')
[ "$(echo "$commands" | wc -l)" -ge 6 ] && pass || fail "--help lists fewer than 6 commands"
for cmd in $commands; do
    # --help: "  -x, --long=ARG   text" lines; the page: ".TP" then "\fB\-x\fR, \fB\-\-long\fR…".
    "$CLAIMCHECK" "$cmd" --help | grep -oE '^  (-[A-Za-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | sort >"$work/help"
    page=$man/claimcheck-$cmd.1
    [ -f "$page" ] || { fail "no page claimcheck-$cmd.1"; continue; }
    grep -A1 '^\.TP' "$page" | grep -oE '\\fB\\-\\-([a-z]|\\-)+' | sed 's/\\fB//; s/\\-/-/g' | sort >"$work/page"
    if diff -u --label "$cmd --help" --label "claimcheck-$cmd.1" "$work/help" "$work/page" >"$work/diff"; then pass; else
        fail "claimcheck-$cmd.1 and '$cmd --help' list different options"; cat "$work/diff"; fi
    grep -q '\\-\\-version' "$page" && pass || fail "claimcheck-$cmd.1 has no --version"
    grep -q "claimcheck\\\\-$cmd\\\\fR(1)" "$man/claimcheck.1" && pass || fail "claimcheck.1 does not list $cmd"
done
for page in "$man"/claimcheck-*.1; do
    cmd=${page##*/claimcheck-}; cmd=${cmd%.1}
    echo "$commands" | grep -qx "$cmd" && pass || fail "a page for '$cmd', which --help does not list"
done

# The bash completion, driven as bash would: COMP_WORDS and COMP_CWORD in,
# COMPREPLY out.
complete_words() {
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _claimcheck; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$build/completion/claimcheck" "$@" | sort
}
complete_words claimcheck "" >"$work/got"
for cmd in $commands; do grep -qx "$cmd" "$work/got" && pass || fail "completion lacks the command $cmd"; done
for cmd in $commands; do
    "$CLAIMCHECK" "$cmd" --help | grep -oE '^  (-[A-Za-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | sort >"$work/help"
    complete_words claimcheck "$cmd" "--" | grep -- '^--' >"$work/got"
    diff -q "$work/help" "$work/got" >/dev/null && pass || { fail "completion of '$cmd --' differs from --help"; diff "$work/help" "$work/got" | head -5; }
done
complete_words claimcheck index "" | tr '\n' ' ' | grep -q 'add list remove stats' && pass || fail "index actions not completed"

# Every value the completion offers is one the command accepts; a made-up
# one is refused, so the check below can tell.
seed=fixtures/seeds/004_325149f86a3f782f.txt
refs=(--against fixtures/seeds)
run_with() { # CMD OPTION VALUE: the command's exit with that value
    case $1 in
        extract) "$CLAIMCHECK" extract "$2" "$3" "$seed" ;;
        compare) "$CLAIMCHECK" compare "$2" "$3" fixtures/seeds/*.txt ;;
        check) "$CLAIMCHECK" check "$2" "$3" fixtures/check/draft.md "${refs[@]}" ;;
    esac >/dev/null 2>"$work/err"
}
for cmd in extract compare check; do
    for opt in --format --color --fail-on; do
        "$CLAIMCHECK" "$cmd" --help | grep -q -- "$opt=" || continue
        values=$(complete_words claimcheck "$cmd" "$opt" "")
        [ "$(echo "$values" | grep -c .)" -ge 2 ] && pass || { fail "$cmd $opt: fewer than 2 values completed"; continue; }
        for v in $values; do
            run_with "$cmd" "$opt" "$v"
            [ $? -ne 2 ] && pass || { fail "$cmd $opt $v: completed but refused"; head -2 "$work/err"; }
        done
        # The --opt=value form completes the same.
        [ "$(complete_words claimcheck "$cmd" "$opt=")" = "$values" ] && pass || fail "$cmd $opt=: not completed"
        run_with "$cmd" "$opt" bogus
        [ $? -eq 2 ] && pass || fail "$cmd $opt bogus was accepted"
    done
done

# The pages are well-formed roff where groff is at hand.
if command -v groff >/dev/null; then
    groff -man -z -ww "$man"/*.1 2>"$work/groff"
    [ ! -s "$work/groff" ] && pass || { fail "groff warns about the pages"; head -5 "$work/groff"; }
fi
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

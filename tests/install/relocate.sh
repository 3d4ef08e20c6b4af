# SPDX-License-Identifier: MIT
# A relocatable install: install into a temporary prefix, move the prefix,
# then build a small program through pkg-config against the moved tree and
# run both it and the moved claimcheck on the seed articles. Neither the
# installed binary nor the library holds a path of the build or source
# tree. Run as `bash relocate.sh BUILD_DIR SOURCE_DIR C_COMPILER`.
set -u
build=$1
src=$2
cc=$3
cd "$src" || exit 2
export LC_ALL=C NO_COLOR=1
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
command -v pkg-config >/dev/null || { echo "pkg-config not installed: skipped"; exit 77; }

cmake --install "$build" --prefix "$work/first" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; echo "FAIL: cmake --install"; exit 1; }
mv "$work/first" "$work/moved"
prefix=$work/moved
bin=$prefix/bin/claimcheck
[ -x "$bin" ] && pass || fail "no bin/claimcheck installed"
pc=$(find "$prefix" -name claimcheck.pc | head -1)
[ -n "$pc" ] && pass || fail "no claimcheck.pc installed"
lib=$(find "$prefix" -name 'libclaimcheck.so.*.*' | head -1)
[ -n "$lib" ] && pass || fail "no libclaimcheck.so installed"

# The moved binary finds its own rules, with no CLAIMCHECK_RULES and the
# original prefix gone, and reads the seeds as the build tree's binary does.
(cd "$work" && env -u CLAIMCHECK_RULES "$bin" compare "$src"/fixtures/seeds/*.txt) \
    >"$work/moved.out" 2>"$work/moved.err"
[ $? -eq 0 ] && [ -s "$work/moved.out" ] && pass || { fail "moved claimcheck compare failed"; head -5 "$work/moved.err"; }
CLAIMCHECK_RULES=$src/rules "$build/claimcheck" compare fixtures/seeds/*.txt >"$work/tree.out" 2>/dev/null
sed "s|$src/||g" "$work/moved.out" | cmp -s - <(sed "s|$src/||g" "$work/tree.out") \
    && pass || fail "the moved binary's comparison differs from the build tree's"
(cd "$work" && env -u CLAIMCHECK_RULES "$bin" rules) >"$work/rules.out" 2>/dev/null
grep -q "$prefix/share/claimcheck/rules/" "$work/rules.out" && pass \
    || { fail "the moved binary did not load the moved prefix's rules"; head -3 "$work/rules.out"; }

# The .pc follows the tree it is in.
export PKG_CONFIG_PATH=$(dirname "$pc")
pkg-config --exists claimcheck && pass || fail "pkg-config does not find claimcheck"
rulesdir=$(pkg-config --variable=rulesdir claimcheck)
[ "$(cd "$rulesdir" 2>/dev/null && pwd -P)" = "$(cd "$prefix/share/claimcheck/rules" && pwd -P)" ] \
    && pass || fail "rulesdir is '$rulesdir', not the moved prefix's"
libdir=$(pkg-config --variable=libdir claimcheck)
# shellcheck disable=SC2046
"$cc" -std=c11 -o "$work/tiny" tests/install/tiny.c $(pkg-config --cflags --libs claimcheck) \
    "-Wl,-rpath,$libdir" 2>"$work/cc.err" && pass || { fail "tiny.c does not build"; head -5 "$work/cc.err"; }
"$work/tiny" "$rulesdir" >"$work/tiny.out" 2>"$work/tiny.err" && pass \
    || { fail "tiny failed"; head -5 "$work/tiny.err"; }
grep -q '"predicate":"troops_deployed"' "$work/tiny.out" && pass || fail "tiny found no troop figure"
ldd "$work/tiny" | grep -q "$prefix" && pass || fail "tiny is not linked against the moved library"

# The man pages and completion, where the build wrote them.
if [ -f "$build/man/claimcheck.1" ]; then
    for f in share/man/man1/claimcheck.1 share/man/man1/claimcheck-check.1 \
             share/bash-completion/completions/claimcheck share/zsh/site-functions/_claimcheck; do
        [ -s "$prefix/$f" ] && pass || fail "$f not installed"
    done
fi

# No path of the build or source tree in what was installed.
for f in "$bin" "$lib"; do
    if strings "$f" | grep -qF -e "$src" -e "$build"; then
        fail "$(basename "$f") holds a build path:"; strings "$f" | grep -F -e "$src" -e "$build" | head -3
    else pass; fi
done
grep -qF -e "$src" -e "$build" "$pc" && fail "claimcheck.pc holds a build path" || pass

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]

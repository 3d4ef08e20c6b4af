# SPDX-License-Identifier: MIT
# Working the way editors and CI do: .claimcheck.ini (found in a parent,
# overridden by flags, ignored with --no-config, named by --verbose, its
# globs sifting reference directories), --stdin-filename, --color,
# check --exit-zero, --version on every command, and no progress line when
# standard error is not a terminal.
. "$(dirname "$0")/lib.bash"

esc=$(printf '\033')
proj=$work/proj
mkdir -p "$proj/refs" "$proj/drafts/deep"
cp fixtures/seeds/*.txt fixtures/corpus/*.txt "$proj/refs/"
cp fixtures/check/draft.md "$proj/drafts/"
draft=$proj/drafts/draft.md
refs=(--against fixtures/seeds --against fixtures/corpus)

# The reference run, with flags only.
expect_exit "flags" 1 -- "$CLAIMCHECK" check "$draft" "${refs[@]}"
cp "$work/out" "$work/flags.out"

# The same references from the file, found two directories up.
printf '[check]\nagainst=refs\n' >"$proj/.claimcheck.ini"
cd "$proj/drafts/deep" || exit 2
expect_exit "config against" 1 -- "$CLAIMCHECK" check --verbose ../draft.md
expect_stderr "--verbose names the file" "configuration $proj/.claimcheck.ini"
expect_stderr "config: 15 references" "checked against 15 references"
sed 's|^\.\./draft\.md|DRAFT|' "$work/out" >"$work/a"; sed "s|^$draft|DRAFT|" "$work/flags.out" >"$work/b"
cmp -s "$work/a" "$work/b" && pass || { fail "config run differs from the flags run"; diff "$work/b" "$work/a" | head -5; }
expect_exit "--no-config" 2 -- "$CLAIMCHECK" check --no-config --verbose ../draft.md
expect_stderr "--no-config said" "configuration ignored (--no-config)"
expect_stderr "--no-config: no references" "check needs references"

# A flag overrides the file: --fail-on, and references on the command line.
printf '[check]\nagainst=refs\nfail-on=any\nstrict=false\n' >"$proj/.claimcheck.ini"
expect_exit "config fail-on" 1 -- "$CLAIMCHECK" check "$SRC/fixtures/check/draft-corrected.md"
expect_exit "flag fail-on beats the file" 0 -- "$CLAIMCHECK" check --fail-on conflict "$SRC/fixtures/check/draft-corrected.md"
printf '[check]\nagainst=nowhere\n' >"$proj/.claimcheck.ini"
expect_exit "flag references beat the file" 1 -- "$CLAIMCHECK" check ../draft.md --against "$proj/refs"
expect_stderr "flag references" "checked against 15 references"
# Globs: exclude sifts what a directory holds; include keeps only matches.
printf '[check]\nagainst=refs\nexclude=0*.txt\n' >"$proj/.claimcheck.ini"
expect_exit "exclude" 1 -- "$CLAIMCHECK" check ../draft.md
expect_stderr "exclude drops the seeds" "checked against 10 references"
printf '[check]\nagainst=refs\ninclude=refs/0*.txt\n' >"$proj/.claimcheck.ini"
expect_exit "include" 0 -- "$CLAIMCHECK" check ../draft.md
expect_stderr "include keeps the seeds" "checked against 5 references"
# The other keys: rules, date, suppressions and strict, paths from the file's directory.
printf 'treaty_signed July 19, 2024\ntroops_deployed\n' >"$proj/verified.txt"
printf '[check]\nagainst=refs\nrules=%s\nsuppressions=verified.txt\ndate=2024-11-01\nstrict=true\n' \
    "$SRC/rules" >"$proj/.claimcheck.ini"
expect_exit "suppressions from the file" 1 -- "$CLAIMCHECK" check ../draft.md
expect_stderr "file suppressions counted" "from --suppressions)"
grep -q 'troops_deployed' "$work/out" && fail "the file's suppressions were not applied" || pass
# Bad files say where.
printf '[check]\nagainst=refs\nfial-on=any\n' >"$proj/.claimcheck.ini"
expect_exit "unknown key" 2 -- "$CLAIMCHECK" check ../draft.md
expect_stderr "unknown key located" ".claimcheck.ini:3: unknown key 'fial-on'"
printf '[check]\nfail-on=sometimes\nagainst=refs\n' >"$proj/.claimcheck.ini"
expect_exit "bad fail-on in the file" 2 -- "$CLAIMCHECK" check ../draft.md
expect_stderr "bad value names the file" ".claimcheck.ini: fail-on wants conflict"
printf 'against refs\n' >"$proj/.claimcheck.ini"
expect_exit "not a key file" 2 -- "$CLAIMCHECK" check ../draft.md
expect_stderr "not a key file named" ".claimcheck.ini: "
printf '[extract]\nall=true\n' >"$proj/.claimcheck.ini"
expect_exit "unknown group" 2 -- "$CLAIMCHECK" check ../draft.md --against "$proj/refs"
rm "$proj/.claimcheck.ini"
cd "$SRC" || exit 2

# --stdin-filename: standard input read as the Markdown file it names, with
# the same diagnostics and in-draft suppressions as the file.
expect_exit "stdin as markdown" 1 -- "$CLAIMCHECK" check - --stdin-filename fixtures/check/draft.md "${refs[@]}" <fixtures/check/draft.md
"$CLAIMCHECK" check fixtures/check/draft.md "${refs[@]}" >"$work/file.out" 2>/dev/null
cmp -s "$work/out" "$work/file.out" && pass || { fail "stdin with --stdin-filename differs from the file"; diff "$work/file.out" "$work/out" | head -5; }
# In-draft suppressions work on standard input read as Markdown.
sed 's/^North Korea has sent 3,000/<!-- claimcheck-ignore troops_deployed -->\n&/' fixtures/check/draft.md >"$work/suppressed.md"
expect_exit "stdin suppressions" 1 -- "$CLAIMCHECK" check - --stdin-filename suppressed.md "${refs[@]}" <"$work/suppressed.md"
expect_stderr "stdin suppression counted" "1 suppressed (1 in the draft"
grep -q '^suppressed.md:' "$work/out" && pass || fail "diagnostics do not name --stdin-filename"
expect_exit "stdin as text" 1 -- "$CLAIMCHECK" check - "${refs[@]}" <fixtures/check/draft.md
grep -q '50,000' "$work/out" && pass || fail "without --stdin-filename stdin is plain text (the fenced 50,000 is read)"
expect_exit "extract stdin named" 0 -- "$CLAIMCHECK" extract --format jsonl - --stdin-filename news/today.txt <fixtures/seeds/004_325149f86a3f782f.txt
jq -e -s 'length > 0 and all(.file == "news/today.txt")' "$work/out" >/dev/null \
    && pass || fail "extract records do not name --stdin-filename"

# --color beside NO_COLOR (set by lib.bash): always wins, never never colours.
expect_exit "color always" 1 -- "$CLAIMCHECK" check --color=always fixtures/check/draft.md "${refs[@]}"
grep -q "$esc\[" "$work/out" && pass || fail "--color=always wrote no colour"
expect_exit "color never" 1 -- env -u NO_COLOR "$CLAIMCHECK" check --color never fixtures/check/draft.md "${refs[@]}"
grep -q "$esc\[" "$work/out" && fail "--color=never wrote colour" || pass
expect_exit "color auto with NO_COLOR" 1 -- "$CLAIMCHECK" check fixtures/check/draft.md "${refs[@]}"
grep -q "$esc\[" "$work/out" && fail "colour despite NO_COLOR" || pass
expect_exit "compare color always" 0 -- "$CLAIMCHECK" compare --color=always fixtures/seeds/*.txt
grep -q "$esc\[" "$work/out" && pass || fail "compare --color=always wrote no colour"
expect_exit "bad color" 2 -- "$CLAIMCHECK" extract --color=sometimes fixtures/seeds/000_58747381023e70ff.txt
expect_stderr "bad color said" "--color wants auto, always or never"

# check --exit-zero: findings reported, exit 0; input errors still 2.
expect_exit "exit-zero" 0 -- "$CLAIMCHECK" check --exit-zero fixtures/check/draft.md "${refs[@]}"
grep -q ': error: ' "$work/out" && pass || fail "--exit-zero hid the diagnostics"
expect_exit "exit-zero input error" 2 -- "$CLAIMCHECK" check --exit-zero "$work/none.md" "${refs[@]}"

# --version on every command.
for cmd in extract compare check index test rules; do
    expect_exit "$cmd --version" 0 -- "$CLAIMCHECK" "$cmd" --version
    grep -qx 'claimcheck [0-9][0-9.]*' "$work/out" && pass || fail "$cmd --version printed '$(head -1 "$work/out")'"
done

# Progress: never on a standard error that is no terminal (progress_tty.sh
# checks that it is shown on one).
for cmd in "extract --format jsonl" "compare" "index --db $work/p.db add"; do
    # shellcheck disable=SC2086
    "$CLAIMCHECK" $cmd fixtures/corpus/*.txt >/dev/null 2>"$work/err"
    grep -q 'MB/s' "$work/err" && fail "$cmd: a progress line on a non-terminal" || pass
done
finish

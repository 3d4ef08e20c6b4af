# SPDX-License-Identifier: MIT
# Files the user did not name are never destroyed, and what the user did
# name is never lost: -o writes through what is not a regular file, follows
# symbolic links, keeps the mode and owner of what it replaces, keeps the
# old file when a run fails and leaves no temporary file on SIGINT or
# SIGTERM. Every case works in this script's own temporary directory; a
# FIFO stands for a device. Where the suite runs as root the cases run as
# an unprivileged user, so that a fault could not reach a system file.
. "$(dirname "$0")/lib.bash"

# as_user CMD...: CMD as the unprivileged user (as is, when not root).
if [ "$(id -u)" -eq 0 ]; then
    if ! command -v setpriv >/dev/null || ! id nobody >/dev/null 2>&1; then
        echo "SKIP: root, and no setpriv or no user 'nobody' to drop to"; exit 77
    fi
    as_user_cmd=(setpriv --reuid=nobody --regid="$(id -gn nobody)" --clear-groups --)
    u="$work/u"
    mkdir "$u" && chown nobody "$u"
    chmod 755 "$work"
else
    as_user_cmd=()
    u="$work/u"
    mkdir "$u"
fi
# (an array, not only a function, so that a job in the background is the
# command itself and a signal sent to it reaches claimcheck)
as_user() { "${as_user_cmd[@]}" "$@"; }
cc() { as_user "$CLAIMCHECK" "$@"; }
good=fixtures/seeds/001_4ebf6323747fd81e.txt
as_user sh -c "printf 'North Korea sent 11,000 troops.\n' >'$u/good.txt'"

# expect_file NAME PATH TEXT: PATH holds TEXT.
expect_file() {
    if grep -qF -- "$3" "$2" 2>/dev/null; then pass; else fail "$1: $2 lacks '$3'"; fi
}
# expect_stdout NAME TEXT: the last command's stdout contains TEXT.
expect_stdout() {
    if grep -qF -- "$2" "$work/out"; then pass; else fail "$1: stdout lacks '$2'"; fi
}
# expect_no_temp NAME: no .NAME.XXXXXX file is left in $u.
expect_no_temp() {
    local left; left=$(find "$u" -name '.*.??????' | head -3)
    if [ -z "$left" ]; then pass; else fail "$1: temporary files left: $left"; fi
}

# --- a symbolic link is followed, its target replaced, the link kept ------
as_user sh -c "echo old >'$u/real.txt' && ln -s real.txt '$u/link.txt'"
expect_exit "-o a symlink" 0 -- cc extract -o "$u/link.txt" "$u/good.txt"
[ -L "$u/link.txt" ] && pass || fail "-o a symlink: the link was replaced by a file"
expect_file "-o a symlink: the target has the report" "$u/real.txt" "11,000"
# A link to a file not made yet: the file is made, the link kept.
as_user ln -s sub/new.txt "$u/dangling.txt"
as_user mkdir "$u/sub"
expect_exit "-o a dangling symlink" 0 -- cc extract -o "$u/dangling.txt" "$u/good.txt"
[ -L "$u/dangling.txt" ] && pass || fail "-o a dangling symlink: the link was replaced"
expect_file "-o a dangling symlink: its target is made" "$u/sub/new.txt" "11,000"
as_user ln -s loop.txt "$u/loop.txt"
expect_exit "-o a link to itself" 2 -- cc extract -o "$u/loop.txt" "$u/good.txt"
expect_stderr "-o a link to itself: why" "cannot write $u/loop.txt: Too many levels of symbolic links"

# --- the mode (and owner) of the file replaced are kept -------------------
as_user sh -c "echo old >'$u/private.txt' && chmod 600 '$u/private.txt'"
expect_exit "-o a 0600 file" 0 -- cc extract -o "$u/private.txt" "$u/good.txt"
mode=$(stat -c %a "$u/private.txt")
[ "$mode" = 600 ] && pass || fail "-o a 0600 file: it came back $mode"
as_user sh -c "echo old >'$u/shared.txt' && chmod 664 '$u/shared.txt'"
expect_exit "-o a 0664 file" 0 -- cc extract -o "$u/shared.txt" "$u/good.txt"
mode=$(stat -c %a "$u/shared.txt")
[ "$mode" = 664 ] && pass || fail "-o a 0664 file: it came back $mode"
if [ "$(id -u)" -eq 0 ]; then
    # Root may keep another user's file theirs; only root can test it.
    echo old >"$work/theirs.txt" && chown nobody "$work/theirs.txt"
    expect_exit "-o another user's file, as root" 0 -- "$CLAIMCHECK" extract -o "$work/theirs.txt" "$u/good.txt"
    owner=$(stat -c %U "$work/theirs.txt")
    [ "$owner" = nobody ] && pass || fail "-o another user's file: the owner became $owner"
else
    echo "SKIP: keeping another user's owner needs root"
fi
# A file the user may not write stays as it is, as with '>', although
# the directory would let a rename replace it.
as_user sh -c "echo old >'$u/readonly.txt' && chmod 444 '$u/readonly.txt'"
if as_user sh -c "echo x >>'$u/readonly.txt'" 2>/dev/null; then
    echo "SKIP: a 0444 file is writable here"
else
    expect_exit "-o a read-only file" 2 -- cc extract -o "$u/readonly.txt" "$u/good.txt"
    expect_stderr "-o a read-only file: why" "cannot write $u/readonly.txt: Permission denied"
    expect_file "-o a read-only file: kept" "$u/readonly.txt" "old"
fi
expect_exit "-o a directory" 2 -- cc extract -o "$u/sub" "$u/good.txt"
expect_stderr "-o a directory: why" "cannot write $u/sub: Is a directory"

# --- what is not a regular file is written through, never replaced --------
as_user mkfifo "$u/fifo"
as_user sh -c "cat '$u/fifo' >'$u/from-fifo.txt'" &
reader=$!
expect_exit "-o a FIFO" 0 -- cc extract -o "$u/fifo" "$u/good.txt"
: 1<>"$u/fifo" # had claimcheck not opened it, the reader would wait on it for ever
wait "$reader"
[ -p "$u/fifo" ] && pass || fail "-o a FIFO: it was replaced by a regular file"
expect_file "-o a FIFO: the report went through it" "$u/from-fifo.txt" "11,000"
# /dev/stdout is a link to whatever standard output is: a pipe here.
as_user sh -c "'$CLAIMCHECK' extract -o /dev/stdout '$u/good.txt' | cat >'$u/piped.txt'"
expect_file "-o /dev/stdout into a pipe" "$u/piped.txt" "11,000"
# ... and into a file opened to append: what it held stays.
as_user sh -c "echo earlier >'$u/log.txt' && '$CLAIMCHECK' extract -o /dev/stdout '$u/good.txt' >>'$u/log.txt'"
expect_file "-o /dev/stdout appended to a file: kept" "$u/log.txt" "earlier"
expect_file "-o /dev/stdout appended to a file: the report" "$u/log.txt" "11,000"
as_user sh -c "echo earlier >'$u/log3.txt' && '$CLAIMCHECK' extract -o /dev/fd/3 '$u/good.txt' 3>>'$u/log3.txt'"
expect_file "-o /dev/fd/3 appended to a file: kept" "$u/log3.txt" "earlier"
expect_file "-o /dev/fd/3 appended to a file: the report" "$u/log3.txt" "11,000"

# --- a run that fails keeps the old file ----------------------------------
as_user sh -c "echo old >'$u/out.txt'"
expect_exit "extract -o with a missing input" 2 -- cc extract -o "$u/out.txt" "$u/good.txt" "$u/missing.txt"
expect_stderr "extract -o with a missing input: why" "$u/missing.txt: "
expect_file "extract -o with a missing input: the old file is kept" "$u/out.txt" "old"
expect_exit "extract --format jsonl -o with a missing input" 2 -- \
    cc extract --format jsonl -o "$u/out.txt" "$u/good.txt" "$u/missing.txt"
expect_file "extract --format jsonl -o with a missing input: kept" "$u/out.txt" "old"
expect_exit "compare -o with a missing input" 2 -- cc compare -o "$u/out.txt" "$u/good.txt" "$u/missing.txt"
expect_file "compare -o with a missing input: kept" "$u/out.txt" "old"
expect_exit "check -o with a missing reference" 2 -- \
    cc check "$u/good.txt" --against "$u/missing.txt" -o "$u/out.txt"
expect_file "check -o with a missing reference: kept" "$u/out.txt" "old"
as_user sh -c "printf '{\"id\":1}\n' >'$u/bad.jsonl'"
expect_exit "compare --sorted -o with a bad record" 2 -- \
    cc compare --sorted --records "$u/bad.jsonl" -o "$u/out.txt"
expect_file "compare --sorted -o with a bad record: kept" "$u/out.txt" "old"
expect_no_temp "failed runs"
# A new file is not made by a run that fails.
expect_exit "extract -o a new file, failing" 2 -- cc extract -o "$u/never.txt" "$u/missing.txt"
[ ! -e "$u/never.txt" ] && pass || fail "a failed run made $u/never.txt"

# --- why a write failed: a file size limit stands for a full disk ---------
expect_exit "-o past the file size limit" 2 -- \
    as_user sh -c "trap '' XFSZ; ulimit -f 1; exec '$CLAIMCHECK' extract --all -o '$u/big.txt' fixtures/seeds/00[0-4]_*.txt"
expect_stderr "-o past the file size limit: the reason" "cannot write $u/big.txt: File too large"
expect_no_temp "-o past the file size limit"

# --- SIGTERM and SIGINT remove the temporary file -------------------------
# The run waits on a FIFO of documents that this script holds open, so
# that the signal comes while the report is being written.
as_user mkfifo "$u/docs"
for sig in TERM INT HUP; do
    exec 3<>"$u/docs"
    # env --default-signal: a background job starts with SIGINT ignored.
    "${as_user_cmd[@]}" env --default-signal=INT "$CLAIMCHECK" extract --format jsonl --documents "$u/docs" \
        -o "$u/signalled.jsonl" >/dev/null 2>&1 &
    pid=$!
    # Up to 30 s: start-up under a sanitizer on a loaded machine can take
    # several seconds; the loop ends as soon as the file is there.
    for _ in $(seq 600); do
        [ -n "$(find "$u" -name '.signalled.jsonl.*')" ] && break
        sleep 0.05
    done
    [ -n "$(find "$u" -name '.signalled.jsonl.*')" ] && pass || fail "SIG$sig: no temporary file to remove"
    kill -s "$sig" "$pid"
    # A run the signal did not end is killed, and fails below.
    for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    { wait "$pid"; } 2>/dev/null
    rc=$?
    exec 3>&-
    [ "$rc" -eq $((128 + $(kill -l "$sig"))) ] && pass || fail "SIG$sig: exit $rc, expected death by the signal"
    expect_no_temp "SIG$sig"
    [ ! -e "$u/signalled.jsonl" ] && pass || fail "SIG$sig: a report was left"
done

# --- directory walks: each file once, loops named, globs and ignore files ---
# (as root too: no file outside $work is touched)
w="$work/walk"
mkdir -p "$w/refs/sub" "$w/refs/drafts" "$w/refs/archive/2024/old" "$w/refs/notes"
claim='North Korea sent 11,000 troops to Russia.'
for f in refs/a.txt refs/sub/b.md refs/drafts/c.txt refs/archive/2024/old/d.txt refs/notes/e.md \
         refs/notes/keep.md refs/f.text refs/top.md; do
    printf 'id: %s\n---\n%s\n' "$(basename "$f" | tr . _)" "$claim" >"$w/$f"
done
printf '%s\n' "$claim" >"$w/draft.txt"
ln -s .. "$w/refs/sub/up"        # a loop back to refs
ln -s . "$w/refs/sub/here"       # a loop to itself
ln -s ../a.txt "$w/refs/sub/alias.txt"   # a second path to a file
ln -s self.txt "$w/refs/self.txt"        # a link to itself
# refs: a, sub/b, drafts/c, archive/2024/old/d, notes/e, notes/keep, top
expect_exit "a walk with link loops ends" 0 -- timeout 20 "$CLAIMCHECK" check "$w/draft.txt" --against "$w/refs"
expect_stderr "link loop: named" "warning: $w/refs/sub/up: a symbolic link loop back to $w/refs; read once"
expect_stderr "link to itself: named" "warning: $w/refs/sub/here: a symbolic link loop back to $w/refs/sub; read once"
expect_stderr "second path to a file: named" "warning: $w/refs/sub/alias.txt: the same file as $w/refs/a.txt; read once"
expect_stderr "a link to a link to itself: named" "warning: $w/refs/self.txt: a symbolic link loop; left out"
expect_stderr "each reference once" "checked against 7 references"
rm -f "$w/d.db"
expect_exit "index add: a walk with link loops ends" 0 -- timeout 20 "$CLAIMCHECK" index --db "$w/d.db" add "$w/refs"
expect_stderr "index add: each file once" "$w/d.db: 7 added, 0 unchanged"
# --glob replaces the default names.
expect_exit "--glob" 0 -- "$CLAIMCHECK" check "$w/draft.txt" --against "$w/refs" --glob '*.text'
expect_stderr "--glob: only the match" "checked against 1 reference"
expect_exit "--glob with a /" 0 -- "$CLAIMCHECK" check "$w/draft.txt" --against "$w/refs" --glob 'notes/*.md' --glob '*.text'
expect_stderr "--glob with a /: below the directory given" "checked against 3 references"
# .claimcheckignore: comments, blank lines, a directory, a name at any
# depth, a negation, an anchored name, **.
cat >"$w/refs/.claimcheckignore" <<'IGN'
# drafts are not references

drafts/
*.md
!keep.md
/top.md
archive/**/old
IGN
expect_exit ".claimcheckignore" 0 -- "$CLAIMCHECK" check "$w/draft.txt" --against "$w/refs"
# left: a, keep (sub/b, notes/e, top: *.md; drafts/c; archive/…/old/d)
expect_stderr ".claimcheckignore: what is left" "checked against 2 references"
printf '!b.md\n' >"$w/refs/sub/.claimcheckignore"
expect_exit ".claimcheckignore below" 0 -- "$CLAIMCHECK" check "$w/draft.txt" --against "$w/refs"
expect_stderr ".claimcheckignore below: a deeper file takes one back" "checked against 3 references"
rm "$w/refs/sub/.claimcheckignore"
printf 'drafts\n' >"$w/refs/.claimcheckignore"
expect_exit ".claimcheckignore: a name matches a directory too" 0 -- "$CLAIMCHECK" check "$w/draft.txt" --against "$w/refs"
expect_stderr ".claimcheckignore: drafts left out" "checked against 6 references"

# --- source ids: unique in a run and in a store -----------------------------
mkdir -p "$w/a" "$w/b"
printf '%s\n' "$claim" >"$w/a/report.txt"
printf 'North Korea sent 8,000 troops to Russia.\n' >"$w/b/report.txt"
for cmd in extract compare; do
    expect_exit "$cmd: two files named report.txt" 2 -- "$CLAIMCHECK" "$cmd" "$w/a/report.txt" "$w/b/report.txt"
    expect_stderr "$cmd: two files named report.txt: both named" \
        "claimcheck: $w/b/report.txt: source id 'report' (the file's name) is already the id of $w/a/report.txt in this run; give one an 'id:' header line or another name"
done
printf 'id: report\n---\nNorth Korea sent 1 troops to Russia.\n' >"$w/evil.txt"
expect_exit "an id: header naming another source" 2 -- "$CLAIMCHECK" compare "$w/a/report.txt" "$w/evil.txt"
expect_stderr "an id: header naming another source: both named" \
    "claimcheck: $w/evil.txt: its header's 'id: report' is already the id of $w/a/report.txt in this run; source ids are unique"
rm -f "$w/ids.db"
expect_exit "index add: two files named report.txt" 2 -- "$CLAIMCHECK" index --db "$w/ids.db" add "$w/a/report.txt" "$w/b/report.txt"
expect_stderr "index add: two files named report.txt: the count is honest" "$w/ids.db: 1 added, 0 unchanged; some files failed"
expect_exit "index add: a second report.txt later" 2 -- "$CLAIMCHECK" index --db "$w/ids.db" add "$w/b/report.txt"
expect_stderr "index add: a second report.txt later: refused" \
    "$w/b/report.txt: source id 'report' is already $w/a/report.txt's in $w/ids.db; remove it first ('index remove report') or give this document another id"
expect_exit "index add: an id: header naming a stored source" 2 -- "$CLAIMCHECK" index --db "$w/ids.db" add "$w/evil.txt"
expect_stderr "index add: an id: header naming a stored source: refused" "$w/evil.txt: source id 'report' is already $w/a/report.txt's"
expect_exit "index list after the refusals" 0 -- "$CLAIMCHECK" index --db "$w/ids.db" list
expect_stdout "the stored source is untouched" "$w/a/report.txt"
expect_exit "index add: the same file again" 0 -- "$CLAIMCHECK" index --db "$w/ids.db" add "$w/a/report.txt"
expect_stderr "index add: the same file again: unchanged" "0 added, 1 unchanged"
expect_exit "index add: the same file by another spelling" 0 -- "$CLAIMCHECK" index --db "$w/ids.db" add "$w/a/./report.txt"
expect_stderr "index add: the same file by another spelling: unchanged" "0 added, 1 unchanged"

# A document with no line break: the seed articles joined into one line,
# 32 times over (about a megabyte). Each sentence's walk back to the
# label of a transcript's turn once rescanned the whole line before it,
# and such a document took over half a minute; it takes well under a
# second now, and the limit here leaves room for sanitizer builds.
for i in $(seq 32); do cat fixtures/seeds/*.txt; done | tr '\n' ' ' >"$work/one-line.txt"
expect_exit "a megabyte on one line" 0 -- timeout 20 "$CLAIMCHECK" extract --format jsonl -o "$work/one-line.jsonl" "$work/one-line.txt"

finish

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
wait "$reader"
[ -p "$u/fifo" ] && pass || fail "-o a FIFO: it was replaced by a regular file"
expect_file "-o a FIFO: the report went through it" "$u/from-fifo.txt" "11,000"
# /dev/stdout is a link to whatever standard output is: a pipe here.
as_user sh -c "'$CLAIMCHECK' extract -o /dev/stdout '$u/good.txt' | cat >'$u/piped.txt'"
expect_file "-o /dev/stdout into a pipe" "$u/piped.txt" "11,000"

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
    for _ in $(seq 100); do
        [ -n "$(find "$u" -name '.signalled.jsonl.*')" ] && break
        sleep 0.05
    done
    [ -n "$(find "$u" -name '.signalled.jsonl.*')" ] && pass || fail "SIG$sig: no temporary file to remove"
    kill -s "$sig" "$pid"
    { wait "$pid"; } 2>/dev/null
    rc=$?
    exec 3>&-
    [ "$rc" -eq $((128 + $(kill -l "$sig"))) ] && pass || fail "SIG$sig: exit $rc, expected death by the signal"
    expect_no_temp "SIG$sig"
    [ ! -e "$u/signalled.jsonl" ] && pass || fail "SIG$sig: a report was left"
done

finish

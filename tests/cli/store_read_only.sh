# SPDX-License-Identifier: MIT
# A read-only claim store, read by a user who may write neither it nor its
# directory (a shared archive on a read-only mount, another user's file):
# check and index stats read it; an older store there is explained, not
# read. Needs root (to act as that user through setpriv): skipped otherwise.
. "$(dirname "$0")/lib.bash"

if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null; then
    echo "not root, or no setpriv: cannot read a store as another user (skipped)"
    exit 77
fi
db=$work/claims.db
expect_exit "add" 0 -- "$CLAIMCHECK" index --db "$db" add fixtures/seeds/003_*.txt fixtures/seeds/004_*.txt fixtures/corpus/a0[1-3]*.txt
# A read-only store, read by a user who may not write it or its directory.
mkdir "$work/ro" && cp "$db" "$work/ro/refs.db" && chmod 0555 "$work/ro" && chmod 0444 "$work/ro/refs.db"
chmod 0755 "$work"
expect_exit "check a read-only store" 1 -- setpriv --reuid=65534 --regid=65534 --clear-groups "$CLAIMCHECK" check fixtures/check/draft.md --db "$work/ro/refs.db"
expect_exit "stats of a read-only store" 0 -- setpriv --reuid=65534 --regid=65534 --clear-groups "$CLAIMCHECK" index --db "$work/ro/refs.db" stats
grep -q '^sources  5$' "$work/out" && pass || fail "read-only stats: not 5 sources"
# An older store there cannot be migrated, so it is not read: said so.
chmod 0755 "$work/ro"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(open(sys.argv[2]).read()); c.commit()" "$work/ro/v1.db" fixtures/store/v1.sql
chmod 0444 "$work/ro/v1.db" && chmod 0555 "$work/ro"
expect_exit "read-only store of schema 1" 2 -- setpriv --reuid=65534 --regid=65534 --clear-groups "$CLAIMCHECK" check fixtures/check/draft.md --db "$work/ro/v1.db"
expect_stderr "read-only older store explained" "$work/ro/v1.db: store has schema version 1 and is read-only here"
chmod 0755 "$work/ro"
finish

# SPDX-License-Identifier: MIT
# The claim store from the command line: add, skip unchanged, replace
# changed, list, stats, remove; compare --db equals compare over the files;
# foreign and corrupt files refused with a clear message.
. "$(dirname "$0")/lib.bash"

db=$work/claims.db
mkdir "$work/refs"
cp fixtures/seeds/003_*.txt fixtures/seeds/004_*.txt fixtures/corpus/a0[1-4]*.txt "$work/refs/"

expect_exit "add" 0 -- "$CLAIMCHECK" index --db "$db" add "$work/refs"
expect_stderr "add counts" "6 added, 0 unchanged"
expect_exit "re-add unchanged" 0 -- "$CLAIMCHECK" index --db "$db" add "$work/refs"
expect_stderr "unchanged skipped" "0 added, 6 unchanged"

expect_exit "stats" 0 -- "$CLAIMCHECK" index --db "$db" stats
grep -q '^sources  6$' "$work/out" && pass || fail "stats: not 6 sources"
claims=$(awk '/^claims/ {print $2}' "$work/out")
[ "${claims:-0}" -gt 5 ] && pass || fail "stats: only ${claims:-0} claims"

# A changed file replaces its claims.
printf '\nSeoul later said 12,500 North Korean troops were in Kursk.\n' >>"$work/refs/a01_nis_briefing.txt"
expect_exit "re-add changed" 0 -- "$CLAIMCHECK" index --db "$db" add "$work/refs"
expect_stderr "changed file re-added" "1 added, 5 unchanged"

# Exit 0 or 1 (conflicts or none) are both answers; 2 would be an error.
"$CLAIMCHECK" compare --db "$db" --format json >"$work/db-compare.json"
[ $? -le 1 ] && pass || fail "compare --db failed"
jq -S '.relations' "$work/db-compare.json" >"$work/db.json"
"$CLAIMCHECK" compare --format json "$work"/refs/*.txt | jq -S '.relations' >"$work/files.json"
cmp -s "$work/db.json" "$work/files.json" && pass || fail "compare --db differs from compare over the files"

expect_exit "list" 0 -- "$CLAIMCHECK" index --db "$db" list
grep -q '^a02_pentagon_estimate ' "$work/out" && pass || fail "list lacks a02"
expect_exit "remove" 0 -- "$CLAIMCHECK" index --db "$db" remove a02_pentagon_estimate
expect_exit "remove again" 2 -- "$CLAIMCHECK" index --db "$db" remove a02_pentagon_estimate
expect_stderr "unknown source named" "a02_pentagon_estimate"
"$CLAIMCHECK" index --db "$db" list >"$work/out"
grep -q '^a02_pentagon_estimate ' "$work/out" && fail "a02 still listed after remove" || pass

# Not a store: a text file, a foreign SQLite database.
printf 'just text\n' >"$work/text.db"
expect_exit "text file as store" 2 -- "$CLAIMCHECK" index --db "$work/text.db" stats
expect_stderr "text file refused" "not a database"
sqlite3 "$work/foreign.db" 'create table t(x); insert into t values (1);' 2>/dev/null \
    || python3 -c "import sqlite3; c=sqlite3.connect('$work/foreign.db'); c.execute('create table t(x)'); c.commit()"
expect_exit "foreign database" 2 -- "$CLAIMCHECK" index --db "$work/foreign.db" stats
expect_stderr "foreign database refused" "not a claimcheck store"
expect_exit "no action" 2 -- "$CLAIMCHECK" index --db "$db"
expect_exit "unknown action" 2 -- "$CLAIMCHECK" index --db "$db" frobnicate
finish

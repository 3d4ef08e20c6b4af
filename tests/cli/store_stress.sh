# SPDX-License-Identifier: MIT
# The claim store under load: readers beside a writer, two 'index add'
# creating one new store at once (30 times), check --db
# against check --against on a generated archive, and a writer killed in
# the middle of 'index add'.
. "$(dirname "$0")/lib.bash"

db=$work/claims.db
expect_exit "add" 0 -- "$CLAIMCHECK" index --db "$db" add fixtures/seeds/003_*.txt fixtures/seeds/004_*.txt fixtures/corpus/a0[1-3]*.txt

# Readers beside a writer: check does not wait for the write lock.
python3 - "$db" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("DELETE FROM claims")
open(sys.argv[1] + ".locked", "w").close()
time.sleep(8)
c.execute("ROLLBACK")
PY
locker=$!
for _ in $(seq 50); do [ -e "$db.locked" ] && break; sleep 0.1; done
start=$(date +%s)
expect_exit "check beside a writer" 1 -- "$CLAIMCHECK" check fixtures/check/draft.md --db "$db"
[ $(($(date +%s) - start)) -lt 5 ] && pass || fail "check waited for the writer"
expect_exit "stats beside a writer" 0 -- "$CLAIMCHECK" index --db "$db" stats
kill "$locker" 2>/dev/null; wait "$locker" 2>/dev/null

# Two 'index add' on a brand-new path at once both succeed, 30 times.
mkdir "$work/race"
bad=0
for i in $(seq 30); do
    "$CLAIMCHECK" index --db "$work/race/$i.db" add fixtures/corpus/a01_nis_briefing.txt 2>"$work/race/$i.a.err" &
    p1=$!
    "$CLAIMCHECK" index --db "$work/race/$i.db" add fixtures/corpus/a02_pentagon_estimate.txt 2>"$work/race/$i.b.err" &
    p2=$!
    wait "$p1" || { bad=$((bad + 1)); cat "$work/race/$i.a.err"; }
    wait "$p2" || { bad=$((bad + 1)); cat "$work/race/$i.b.err"; }
    n=$("$CLAIMCHECK" index --db "$work/race/$i.db" stats | awk '/^sources/ {print $2}')
    [ "$n" = 2 ] || { bad=$((bad + 1)); echo "run $i: $n sources"; }
done
[ "$bad" = 0 ] && pass || fail "concurrent creation: $bad failures in 30 runs"

# A generated archive over three years: check --db says what check
# --against says, in every format.
python3 bench/gen_corpus.py "$work/gen" 1.5 11 >/dev/null
python3 bench/gen_corpus.py "$work/drafts" 0.06 12 >/dev/null
expect_exit "index a generated archive" 0 -- "$CLAIMCHECK" index --db "$work/gen.db" add "$work/gen"
for draft in "$work"/drafts/doc000000[1-3].txt; do
    for fmt in diag json sarif; do
        "$CLAIMCHECK" check -f "$fmt" "$draft" --db "$work/gen.db" >"$work/db.out" 2>"$work/db.err"
        rc_db=$?
        "$CLAIMCHECK" check -f "$fmt" "$draft" --against "$work/gen" >"$work/files.out" 2>"$work/files.err"
        rc_files=$?
        [ "$rc_db" = "$rc_files" ] && [ "$rc_db" -le 1 ] && cmp -s "$work/db.out" "$work/files.out" && pass \
            || { fail "generated archive, $(basename "$draft") $fmt: check --db differs from --against ($rc_db, $rc_files)"; diff "$work/files.out" "$work/db.out" | head -5; }
    done
done
grep -q ': error: \|: warning: ' "$work/db.out" 2>/dev/null || grep -q '"level"' "$work/db.out" && pass || fail "the generated drafts gave no diagnostics to compare"

# SIGKILL in the middle of 'index add': the store keeps what was committed,
# and its summaries agree with its claims.
killed=0
for delay in 0.3 0.15 0.08 0.04 0.6 1.0 1.5; do
    rm -f "$work/killed.db"*
    "$CLAIMCHECK" index --db "$work/killed.db" add "$work/gen" 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null && killed=1
    wait "$pid" 2>/dev/null
    [ "$killed" = 1 ] && [ -e "$work/killed.db" ] && break
    killed=0
done
if [ "$killed" = 1 ]; then
    expect_exit "verify after SIGKILL" 0 -- "$CLAIMCHECK" index --db "$work/killed.db" verify
    expect_exit "add after SIGKILL" 0 -- "$CLAIMCHECK" index --db "$work/killed.db" add "$work/gen"
    expect_exit "verify after the add completes" 0 -- "$CLAIMCHECK" index --db "$work/killed.db" verify
else
    fail "index add ended before it could be killed"
fi

finish

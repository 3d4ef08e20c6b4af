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

# export: the stored claims as records, what extract wrote for the same
# files (in source id order, which is the files' order here).
expect_exit "export" 0 -- "$CLAIMCHECK" index --db "$db" export --format jsonl -o "$work/export.jsonl"
"$CLAIMCHECK" extract --format jsonl "$work"/refs/*.txt >"$work/extract.jsonl"
[ -s "$work/extract.jsonl" ] && cmp -s "$work/extract.jsonl" "$work/export.jsonl" && pass \
    || { fail "export differs from extract's records"; diff "$work/extract.jsonl" "$work/export.jsonl" | head -5; }
"$CLAIMCHECK" compare --records "$work/export.jsonl" --format json | jq -S '.relations' >"$work/export-compare.json"
cmp -s "$work/export-compare.json" "$work/db.json" && pass || fail "compare of the exported records differs from compare --db"
expect_exit "export, unknown format" 2 -- "$CLAIMCHECK" index --db "$db" export --format csv
expect_stderr "export format named" "unknown export format 'csv' (jsonl)"
expect_exit "--format outside export" 2 -- "$CLAIMCHECK" index --db "$db" list --format jsonl

# The views: dates as ISO text, modality and value kind as words.
python3 - "$db" >"$work/views.txt" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for row in c.execute("select id, value_kind, low, high, modality, as_of, outlet from claims_v"
                     " where id in ('a01_nis_briefing#1', 'a01_nis_briefing#2') order by id"):
    print("|".join(str(x) for x in row))
print(c.execute("select count(*) from claims_v").fetchone()[0] == c.execute("select count(*) from claims").fetchone()[0])
print(c.execute("select sum(claims) from key_summary_v").fetchone()[0] == c.execute("select count(*) from claims where key is not null").fetchone()[0])
print(c.execute("select count(*) from key_summary_v where from_date > to_date or from_date is null").fetchone()[0])
PY
cat >"$work/views.want" <<'EOF2'
a01_nis_briefing#1|number|11000.0|11000.0|hedged|2024-10-23|Hanbit Wire
a01_nis_briefing#2|date|2024-10-01|2024-10-31|reported|2024-10-23|Hanbit Wire
True
True
0
EOF2
diff -u "$work/views.want" "$work/views.txt" >/dev/null && pass || { fail "claims_v / key_summary_v"; diff -u "$work/views.want" "$work/views.txt" | head; }

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
# A mistyped store is an error, never a new empty store; only 'add' makes one.
typo=$work/typo.db
msg="$typo: no such claim store (create one with 'claimcheck index --db $typo add …')"
expect_exit "check, missing store" 2 -- "$CLAIMCHECK" check fixtures/check/draft.md --db "$typo"
expect_stderr "check names the missing store" "$msg"
expect_exit "compare, missing store" 2 -- "$CLAIMCHECK" compare --db "$typo"
expect_stderr "compare names the missing store" "$msg"
for action in list stats "remove x" verify export; do
    # shellcheck disable=SC2086
    expect_exit "index $action, missing store" 2 -- "$CLAIMCHECK" index --db "$typo" $action
    expect_stderr "index $action names the missing store" "$msg"
done
[ -e "$typo" ] && fail "a missing store was created" || pass
: >"$work/empty.db"
for cmd in "index --db $work/empty.db add fixtures/corpus/a01_nis_briefing.txt" \
    "check fixtures/check/draft.md --db $work/empty.db" "compare --db $work/empty.db"; do
    # shellcheck disable=SC2086
    expect_exit "$cmd" 2 -- "$CLAIMCHECK" $cmd
    expect_stderr "$cmd: empty file refused" "$work/empty.db: not a claimcheck store (empty file)"
done
[ -s "$work/empty.db" ] && fail "an empty file was written to" || pass
python3 -c "import sqlite3; c=sqlite3.connect('$work/blank.db'); c.execute('pragma user_version=3'); c.commit()"
before=$(sha256sum <"$work/blank.db")
expect_exit "another program's empty database" 2 -- "$CLAIMCHECK" index --db "$work/blank.db" add fixtures/corpus/a01_nis_briefing.txt
expect_stderr "another program's empty database refused" "not a claimcheck store"
[ "$(sha256sum <"$work/blank.db")" = "$before" ] && pass || fail "another program's database was changed"

# check --explain names the reference claims behind each verdict, the
# same from the store as from the files.
"$CLAIMCHECK" index --db "$work/fixtures.db" add fixtures/seeds fixtures/corpus 2>/dev/null
expect_exit "check --explain --db" 1 -- "$CLAIMCHECK" check --explain fixtures/check/draft.md --db "$work/fixtures.db"
cp "$work/out" "$work/explain-db.txt"
grep -qF "       = a01_nis_briefing disagrees: 'about 11,000' (~11,000 person, says South Korea's spy agency, as of 2024-10-23) at fixtures/corpus/a01_nis_briefing.txt:5:79" "$work/explain-db.txt" && pass || fail "--explain lacks the NIS figure behind the conflict"
expect_exit "check --explain --against" 1 -- "$CLAIMCHECK" check --explain fixtures/check/draft.md --against fixtures/seeds --against fixtures/corpus
cmp -s "$work/out" "$work/explain-db.txt" && pass || fail "--explain differs between --db and --against"
# A running total against more references than a diagnostic lists: the
# store judges it from its summaries and reads few of them; the report is
# the one of every reference read from the files, in every format.
mkdir -p "$work/totals"
for i in $(seq 1 24); do
    day=$(date -u -d "2024-01-01 + $((i * 10)) days" +%Y-%m-%d)
    figure=$(awk -v i="$i" 'BEGIN { printf "%.2f", 0.1 + 0.04 * i }')
    # three reports early in the year far above the trend
    [ "$i" -le 3 ] && figure=2.5
    printf 'title: Shells %s\ndate: %s\n---\nSouth Korea'"'"'s spy agency said that Pyongyang has shipped about %s million artillery shells to Russia so far.\n' \
        "$i" "$day" "$figure" >"$work/totals/r$(printf %02d "$i").txt"
done
printf 'title: Draft\ndate: 2024-10-01\n---\nPyongyang has shipped about 1 million artillery shells to Russia so far, officials said.\n' >"$work/total-draft.txt"
"$CLAIMCHECK" index --db "$work/totals.db" add "$work/totals" 2>/dev/null
for fmt in diag json sarif; do
    "$CLAIMCHECK" check -f "$fmt" "$work/total-draft.txt" --db "$work/totals.db" >"$work/ta.$fmt" 2>/dev/null
    "$CLAIMCHECK" check -f "$fmt" "$work/total-draft.txt" --against "$work/totals" >"$work/tb.$fmt" 2>/dev/null
    [ -s "$work/ta.$fmt" ] && cmp -s "$work/ta.$fmt" "$work/tb.$fmt" && pass || fail "running total: check --db differs from --against in $fmt"
done
grep -qF "outlier-reference" "$work/ta.json" && pass || fail "running total: no outlier note"
jq -e '.diagnostics[0] | .kind == "outlier-reference" and (.supporting | length) == 10
       and .supporting_more == 11 and (.opposing | length) == 3 and .opposing_more == 0' \
    "$work/ta.json" >/dev/null && pass || fail "running total: not 10 agreeing listed, 11 more, 3 opposing: $(jq -c '.diagnostics[0] | [.kind, (.supporting | length), .supporting_more, (.opposing | length)]' "$work/ta.json")"
grep -qF "21 references agree, 3 disagree: 'about 2.5 million' (r03" "$work/ta.diag" && pass || fail "running total: message $(head -1 "$work/ta.diag")"

for fmt in diag json sarif; do
    "$CLAIMCHECK" check -f "$fmt" fixtures/check/draft.md --db "$work/fixtures.db" >"$work/a.$fmt" 2>/dev/null
    "$CLAIMCHECK" check -f "$fmt" fixtures/check/draft.md --against fixtures/seeds --against fixtures/corpus >"$work/b.$fmt" 2>/dev/null
    [ -s "$work/a.$fmt" ] && cmp -s "$work/a.$fmt" "$work/b.$fmt" && pass || fail "fixtures: check --db differs from --against in $fmt"
done

# verify: the file and the summaries against the claims.
expect_exit "verify" 0 -- "$CLAIMCHECK" index --db "$db" verify
expect_stderr "verify ok" "$db: ok"
cp "$db" "$work/tampered.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('update key_summary set claims = claims + 2 where key = (select min(key) from key_summary)'); c.commit()" "$work/tampered.db"
expect_exit "verify a tampered summary" 1 -- "$CLAIMCHECK" index --db "$work/tampered.db" verify
expect_stderr "tampered summary named" "1 summary differs from the claims"
expect_stderr "tampered summary's counts" "the claims make"

# A class's bound on how far its claims reach, lowered behind claimcheck's
# back: verify recomputes it from the claims and names the class.
cp "$db" "$work/reach.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('update key_class set tol_rel = 0, tol_default = 0, tol_abs = 0 where key = (select min(key) from key_class)'); c.commit()" "$work/reach.db"
expect_exit "verify a lowered reach" 1 -- "$CLAIMCHECK" index --db "$work/reach.db" verify
expect_stderr "lowered reach named" "1 summary differs from the claims"
expect_stderr "lowered reach's figures" "says they reach 0.0 (relative), 0 times the default tolerance"

# A store of the previous schema (written by the previous claimcheck) is
# migrated when opened, its summaries made.
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(open(sys.argv[2]).read()); c.commit()" "$work/v1.db" fixtures/store/v1.sql
expect_exit "stats of a version 1 store" 0 -- "$CLAIMCHECK" index --db "$work/v1.db" stats
grep -q '^sources  15$' "$work/out" && pass || fail "version 1 store: not 15 sources after migration"
expect_exit "verify a migrated store" 0 -- "$CLAIMCHECK" index --db "$work/v1.db" verify
[ "$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select value from meta where key='schema_version'\").fetchone()[0])" "$work/v1.db")" = 9 ] && pass || fail "not migrated to schema 9"

expect_exit "no action" 2 -- "$CLAIMCHECK" index --db "$db"
expect_exit "unknown action" 2 -- "$CLAIMCHECK" index --db "$db" frobnicate
finish

# SPDX-License-Identifier: MIT
# Scale-out on a real engine (docs/scale-out.md, "Dask"): a Dask scheduler
# and two worker processes, scripts/claimcheck-dask handing them the map
# step (extract --key-prefix, three partitions) and the reduce step
# (compare --sorted, two partitions of the keys' hashes, the pieces moved
# between the workers by Dask). The findings must be byte for byte those of
# one compare over the same files: with the documents given as paths, as
# JSON Lines, on a LocalCluster the driver starts itself, and when one
# worker is killed in the middle of the map step. Skipped (77) where Dask's
# distributed scheduler is not installed.
. "$(dirname "$0")/lib.bash"

# CC_PYTHON names the interpreter; else the first python3 with Dask.
py=
for candidate in ${CC_PYTHON:-python3 /usr/bin/python3}; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import distributed' 2>/dev/null; then
        py=$(command -v "$candidate")
        break
    fi
done
if [ -z "$py" ]; then
    echo "SKIP: no python3 with Dask's distributed scheduler (Debian: python3-distributed)"
    exit 77
fi

case $CLAIMCHECK in /*) ;; *) CLAIMCHECK=$PWD/$CLAIMCHECK ;; esac
# Every driver run is bounded: TERM after 60 s, KILL 10 s later should the
# driver (or a LocalCluster it started) not end on TERM.
driver=(timeout -k 10 60 "$py" scripts/claimcheck-dask)
# Dask's scratch files and the driver's stay in this test's directory.
mkdir -p "$work/tmp"
export TMPDIR=$work/tmp DASK_TEMPORARY_DIRECTORY=$work/tmp DASK_CONFIG=$work/dask-config

# The processes this test starts, ended by their ids when it exits: TERM,
# up to 10 s to close, then KILL. No wait here is unbounded: a scheduler or
# worker that does not end on TERM must not hold the suite.
started=()
alive() {
    local pid
    for pid in "${started[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done
    return 1
}
cleanup() {
    local pid
    for pid in "${started[@]}"; do kill "$pid" 2>/dev/null; done
    for _ in $(seq 100); do alive || break; sleep 0.1; done
    if alive; then
        echo "note: a Dask process did not end 10 s after TERM; killed"
        for pid in "${started[@]}"; do kill -KILL "$pid" 2>/dev/null; done
    fi
    for pid in "${started[@]}"; do wait "$pid" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
# stage NAME: where the test is, in the log ctest shows should it fail or
# run out of time.
stage() { printf '== %s (%s)\n' "$1" "$(date -u +%T)"; }

files=(fixtures/corpus/*.txt fixtures/seeds/*.txt)
expect_exit "single compare" 1 -- "$CLAIMCHECK" compare --format jsonl "${files[@]}"
cp "$work/out" "$work/single.jsonl"
expect_exit "single compare --key-prefix" 1 -- "$CLAIMCHECK" compare --format jsonl --key-prefix \
    "${files[@]}"
cp "$work/out" "$work/single.tsv"
[ "$(wc -l <"$work/single.jsonl")" -ge 10 ] && pass || fail "fewer than 10 findings"

# ---- a scheduler and two workers, each its own process with one thread.
# (An idle scheduler ends itself after a minute, and its workers with it,
# should this script be killed before it can end them.)
stage "a scheduler and two workers"
(cd "$work" && exec "$py" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 \
    --no-dashboard --idle-timeout 60s --scheduler-file "$work/scheduler.json") \
    >"$work/scheduler.log" 2>&1 &
started+=($!)
declare -A worker
for w in 1 2; do
    (cd "$work" && exec "$py" -m distributed.cli.dask_worker --scheduler-file "$work/scheduler.json" \
        --host 127.0.0.1 --nthreads 1 --no-nanny --no-dashboard --death-timeout 20s \
        --local-directory "$work/worker$w" --name "worker$w") >"$work/worker$w.log" 2>&1 &
    started+=($!)
    worker[$!]=$w
done
for _ in $(seq 300); do [ -s "$work/scheduler.json" ] && break; sleep 0.1; done
if [ ! -s "$work/scheduler.json" ]; then
    fail "the scheduler did not start"; sed 's/^/  | /' "$work/scheduler.log" | tail -5
    finish; exit
fi
cluster=(--scheduler-file "$work/scheduler.json" --workers 2)
one=(--scheduler-file "$work/scheduler.json" --workers 1)

# tasks map|reduce LOG: how many such tasks the driver's -v log reports.
tasks() { grep -cE "  $1 [0-9]+ on tcp://" "$2"; }

# ---- documents as paths: three map tasks, two reducers.
stage "documents as paths"
expect_exit "paths on two workers" 1 -- "${driver[@]}" "${cluster[@]}" --claimcheck "$CLAIMCHECK" \
    --map-partitions 3 --reduce-partitions 2 -v -o "$work/paths.jsonl" "${files[@]}"
cp "$work/err" "$work/paths.log"
if cmp -s "$work/single.jsonl" "$work/paths.jsonl"; then pass; else
    fail "the findings of the paths run differ from one compare"
    diff -u "$work/single.jsonl" "$work/paths.jsonl" | head -20; fi
[ "$(tasks map "$work/paths.log")" -eq 3 ] && pass || fail "not three map tasks"
[ "$(tasks reduce "$work/paths.log")" -eq 2 ] && pass || fail "not two reduce tasks"
# Both partitions of the keys hold records: the shuffle really split them.
[ "$(grep -cE '  reduce [01] on tcp://[^ ]*: [1-9][0-9]* records' "$work/paths.log")" -eq 2 ] &&
    pass || fail "a reduce partition is empty"
[ "$(grep -oE ' on tcp://[0-9.:]+' "$work/paths.log" | sort -u | wc -l)" -eq 2 ] && pass ||
    fail "the tasks did not run on two workers"

# ---- documents as JSON Lines, one worker killed during the map step. Each
# map task's extract first leaves a marker named after its worker's pid,
# then waits for the go marker; once both workers have started one, the
# first is killed (SIGKILL, no goodbye to the scheduler), and the other
# must run every map task, the dead one's too.
stage "one worker killed during the map step"
"$py" - "${files[@]}" >"$work/documents.jsonl" <<'EOF'
import json, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as f:
        print(json.dumps({"path": path, "text": f.read()}, ensure_ascii=False))
EOF
mkdir "$work/started"
cat >"$work/waiting-claimcheck" <<EOF
#!/usr/bin/env bash
if [ "\$1" = extract ]; then
    : >"$work/started/\$PPID.\$\$"
    for _ in \$(seq 300); do [ -e "$work/go" ] && break; sleep 0.1; done
    [ -e "$work/go" ] || { echo "no go marker after 30 s" >&2; exit 3; }
fi
exec "$CLAIMCHECK" "\$@"
EOF
chmod +x "$work/waiting-claimcheck"
"${driver[@]}" "${cluster[@]}" --claimcheck "$work/waiting-claimcheck" --documents \
    "$work/documents.jsonl" --map-partitions 3 --reduce-partitions 2 --key-prefix -v \
    -o "$work/killed.tsv" >"$work/killed.out" 2>"$work/killed.log" &
run=$!
started+=("$run")
busy() { find "$work/started" -type f -printf '%f\n' | cut -d. -f1 | sort -u | wc -l; }
for _ in $(seq 300); do [ "$(busy)" -ge 2 ] && break; sleep 0.1; done
[ "$(busy)" -eq 2 ] && pass || fail "two workers did not both start a map task"
first=$(find "$work/started" -type f -printf '%T@ %f\n' | sort -n | head -n 1 | cut -d' ' -f2)
victim=${first%.*}
if [ -n "$victim" ] && [ -n "${worker[$victim]:-}" ]; then
    pass
    kill -KILL "$victim"
    wait "$victim" 2>/dev/null
    kill "${first#*.}" 2>/dev/null  # its waiting extract, orphaned
else
    fail "the first map task did not run in a worker this test started (${first:-none})"
fi
: >"$work/go"
wait "$run"
got=$?
if [ "$got" -eq 1 ]; then pass; else
    fail "the run with a killed worker exited $got, expected 1"; tail -n 5 "$work/killed.log"; fi
if cmp -s "$work/single.tsv" "$work/killed.tsv"; then pass; else
    fail "the findings after a killed worker differ from one compare"
    diff -u "$work/single.tsv" "$work/killed.tsv" | head -20; fi
survivor=$(find "$work/started" -type f -printf '%f\n' | cut -d. -f1 | sort -u | grep -vx "$victim")
ran() { find "$work/started" -type f -name "$1.*" | wc -l; }
[ "$(ran "$victim")" -eq 1 ] && pass || fail "the killed worker started $(ran "$victim") map tasks"
[ "$(ran "$survivor")" -eq 3 ] && pass ||
    fail "the surviving worker ran $(ran "$survivor") map tasks, not all three"
[ "$(tasks map "$work/killed.log")" -eq 3 ] && [ "$(tasks reduce "$work/killed.log")" -eq 2 ] &&
    pass || fail "not three map and two reduce tasks"

# ---- what must fail, on the one worker left: a bad document fails its
# map task, and the run, naming it; no output is left behind.
stage "what must fail"
{ cat "$work/documents.jsonl"; echo '{"path": "x.txt"}'; } >"$work/bad.jsonl"
expect_exit "a bad document" 2 -- "${driver[@]}" "${one[@]}" --claimcheck "$CLAIMCHECK" \
    --documents "$work/bad.jsonl" --map-partitions 2 -o "$work/never.jsonl"
expect_stderr "the failed map task named" "bad.jsonl, bytes "
expect_stderr "extract's message passed on" "a document needs"
[ ! -e "$work/never.jsonl" ] && pass || fail "a failed run left its output"
expect_exit "no claimcheck on the worker" 2 -- "${driver[@]}" "${one[@]}" \
    --claimcheck "$work/absent/claimcheck" "${files[@]}"
expect_stderr "the missing binary named" "cannot run $work/absent/claimcheck"

# ---- no scheduler given: the driver starts a LocalCluster of two
# processes; the paths come on standard input.
stage "a LocalCluster"
expect_exit "LocalCluster" 0 -- "${driver[@]}" --workers 2 --claimcheck "$CLAIMCHECK" \
    --exit-zero --files-from - < <(printf '%s\n' "${files[@]}")
if cmp -s "$work/single.jsonl" "$work/out"; then pass; else
    fail "the LocalCluster's findings differ from one compare"; fi
finish

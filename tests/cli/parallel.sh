# SPDX-License-Identifier: MIT
# Extraction on several threads gives the same records in the same order as
# on one, and an unreadable file in the middle loses nothing around it.
. "$(dirname "$0")/lib.bash"

files=(fixtures/seeds/*.txt fixtures/corpus/*.txt)
expect_exit "one thread" 0 -- "$CLAIMCHECK" extract -j 1 --format jsonl "${files[@]}"
cp "$work/out" "$work/one.jsonl"
for j in 2 3 8; do
    expect_exit "$j threads" 0 -- "$CLAIMCHECK" extract -j "$j" --format jsonl "${files[@]}"
    cmp -s "$work/one.jsonl" "$work/out" && pass || fail "-j $j output differs from -j 1"
done
[ -s "$work/one.jsonl" ] && pass || fail "no records at all"

# A missing file between good ones: exit 2, its name on stderr, and every
# other document's records still written, in order.
expect_exit "missing file in the middle" 2 -- "$CLAIMCHECK" extract -j 4 --format jsonl \
    "${files[@]:0:3}" "$work/absent.txt" "${files[@]:3}"
expect_stderr "missing file named" "$work/absent.txt"
cmp -s "$work/one.jsonl" "$work/out" && pass || fail "records lost around a missing file"
expect_exit "bad --jobs" 2 -- "$CLAIMCHECK" extract -j -3 "${files[0]}"

# The same documents as JSON Lines (extract --documents): the same records as
# from the files, byte for byte, on one thread or several; a bad line in
# the middle is named in its place on stderr, the same on any -j.
if command -v python3 >/dev/null; then
    python3 - "${files[@]}" >"$work/docs.jsonl" <<'EOF'
import json, sys
for i, path in enumerate(sys.argv[1:]):
    with open(path, encoding="utf-8", newline="") as f:
        print(json.dumps({"path": path, "text": f.read()}, ensure_ascii=False))
    if i == 2:
        print('{"path": "broken.txt"')
EOF
    for j in 1 2 3; do
        expect_exit "documents, $j threads" 2 -- "$CLAIMCHECK" extract -j "$j" --format jsonl \
            --documents "$work/docs.jsonl"
        cp "$work/out" "$work/docs$j.jsonl"
        cp "$work/err" "$work/docs$j.err"
        expect_stderr "documents, $j threads: the bad line named" "$work/docs.jsonl:4:"
    done
    cmp -s "$work/one.jsonl" "$work/docs1.jsonl" && pass || fail "--documents -j 1 differs from the files"
    for j in 2 3; do
        cmp -s "$work/docs1.jsonl" "$work/docs$j.jsonl" && pass || fail "--documents -j $j output differs from -j 1"
        cmp -s "$work/docs1.err" "$work/docs$j.err" && pass || fail "--documents -j $j stderr differs from -j 1"
    done
    # The table too, with documents after a FILE argument.
    expect_exit "documents after a file, 1 thread" 2 -- "$CLAIMCHECK" extract -j 1 \
        "${files[0]}" --documents "$work/docs.jsonl"
    cp "$work/out" "$work/table1.txt"
    expect_exit "documents after a file, 2 threads" 2 -- "$CLAIMCHECK" extract -j 2 \
        "${files[0]}" --documents "$work/docs.jsonl"
    cmp -s "$work/table1.txt" "$work/out" && pass || fail "--documents table -j 2 differs from -j 1"
else
    echo "SKIP: --documents on several threads (no python3 to write the JSON Lines)"
fi
finish

# SPDX-License-Identifier: MIT
# Hostile input: huge, deep, malformed or unreadable files. Each case ends
# in a clear message (FILE:LINE:COL where there is a position), a defined
# exit code (README, "Exit codes") and no crash, hang or leak — the suite
# also runs under ASan + UBSan. Big inputs are generated here, in $work, so
# the repository stays small; the document size limit (16 MiB, DESIGN.md
# "Errors and bad input") keeps the largest ones fast.
. "$(dirname "$0")/lib.bash"

# expect_no_stdout_match NAME REGEX: the last command's stdout lacks REGEX.
expect_no_stdout_match() {
    if grep -qE -- "$2" "$work/out"; then
        fail "$1: stdout matches '$2'"; grep -oE -- ".{0,60}$2.{0,20}" "$work/out" | head -3
    else pass; fi
}
# expect_stdout NAME TEXT: the last command's stdout contains TEXT.
expect_stdout() {
    if grep -qF -- "$2" "$work/out"; then pass; else
        fail "$1: stdout lacks '$2'"; head -c 400 "$work/out" | sed 's/^/  | /'; fi
}
# expect_stderr_bytes NAME MAX: stderr is short (a message, not a dump).
expect_stderr_bytes() {
    local n; n=$(wc -c <"$work/err")
    if [ "$n" -le "$2" ]; then pass; else fail "$1: $n bytes on stderr, expected at most $2"; fi
}

printf 'North Korea sent 11,000 troops.\n' >"$work/good.txt"
good_record='"text":"11,000"'

# --- size: a 100 MB line, 1 GB of digits -----------------------------------
{ printf 'They sent 3,000 troops. '; head -c 100000000 /dev/zero | tr '\0' a; printf '\n'; } \
    >"$work/line100m.txt"
expect_exit "100 MB line" 2 -- "$CLAIMCHECK" extract --format jsonl "$work/line100m.txt" "$work/good.txt"
expect_stderr "100 MB line: size limit named" "$work/line100m.txt:1:1: larger than 16 MiB"
expect_stdout "100 MB line: the next file is still read" "$good_record"

# 1 GB of digits through a pipe: reading stops at the limit, so neither
# memory nor time grows with the input (the writer gets SIGPIPE).
expect_exit "1 GB of digits on stdin" 2 -- \
    sh -c "head -c 1073741824 /dev/zero | tr '\\0' 7 | '$CLAIMCHECK' extract -"
expect_stderr "1 GB of digits: size limit named" "-:1:1: larger than 16 MiB"
head -c 20000000 /dev/zero | tr '\0' 7 >"$work/digits20m.txt"
expect_exit "20 MB of digits in a file" 2 -- "$CLAIMCHECK" extract "$work/digits20m.txt"
expect_stderr "20 MB of digits: size limit named" "digits20m.txt:1:1: larger than 16 MiB"
expect_exit "20 MB of digits as records" 2 -- "$CLAIMCHECK" compare --records "$work/digits20m.txt"
expect_stderr "20 MB of digits as records: position" "digits20m.txt:1:1:"
# A record line past 64 MiB is read through, not held: 1 GB of digits as
# records costs the limit's memory, not the input's.
expect_exit "100 MB of digits as records on stdin" 2 -- \
    sh -c "head -c 100000000 /dev/zero | tr '\\0' 7 | '$CLAIMCHECK' compare --records -"
expect_stderr "100 MB of digits as records: line limit named" "<stdin>:1:1: line longer than 64 MiB"

# A long line under the limit is read; its sentence may be skipped by rules
# that reach PCRE2's match limit, never the run.
{ printf 'They sent 3,000 troops. '; head -c 262144 /dev/zero | tr '\0' a; printf '\nNorth Korea sent 4,000 troops.\n'; } \
    >"$work/line256k.txt"
expect_exit "256 KB line" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/line256k.txt"
expect_stdout "256 KB line: the next line's claim" '"text":"4,000"'

# --- numbers beyond 64 bits and beyond a double -----------------------------
nines=$(printf '9%.0s' $(seq 400))
printf 'They fired 10^400 shells.\nThey sent %s troops.\nIt cost $1e300 billion.\nAbout 1e400 men.\nThey fired 18446744073709551616 shells.\n' \
    "$nines" >"$work/huge.txt"
expect_exit "numbers past 64 bits" 0 -- "$CLAIMCHECK" extract --all --format jsonl "$work/huge.txt"
# No figure past a double's range becomes a record: not an open interval
# (null bounds), not a part of it ("400 shells"), not its first 40 digits.
expect_no_stdout_match "10^400 is not an open interval" '"low":null,"high":null'
expect_no_stdout_match "10^400 is not 400" '"low":400,'
expect_no_stdout_match "400 nines are not 1e40" '"low":1e\+40'
expect_no_stdout_match "nothing infinite" 'inf|nan'
expect_stdout "2^64 is read as a double" '"low":1.8446744073709552e+19,'
cp "$work/huge.txt" "$work/huge2.txt"
expect_exit "numbers past 64 bits, compared" 0 -- "$CLAIMCHECK" compare "$work/huge.txt" "$work/huge2.txt"
L=$(head -1 fixtures/golden/seeds.jsonl)
printf '%s\n' "${L/\"low\":200000/\"low\":1e400}" >"$work/inf.jsonl"
expect_exit "1e400 in a record" 2 -- "$CLAIMCHECK" compare --records "$work/inf.jsonl"
expect_stderr "1e400 in a record: position and field" "inf.jsonl:1:1: field \"value.low\": not a finite number"

# --- rule files: 10,000 nested macro references, a runaway regex ----------
{
    echo 'macro M0 = x'
    for i in $(seq 1 9999); do echo "macro M$i = {M$((i - 1))}"; done
    printf 'rule deep\n  claim text value\n  value quantity\n  pattern (?<value>\\d+){M9999}\nend\n'
} >"$work/deep.rules"
expect_exit "10,000 nested macros" 2 -- timeout 60 "$CLAIMCHECK" extract --rules "$work/deep.rules" "$work/good.txt"
expect_stderr "nested macros: position and limit" "$work/deep.rules:2:12: macro references nested more than 250 deep at {M0}"
expect_stderr_bytes "nested macros: one short message" 300

cat >"$work/runaway.rules" <<'EOF'
rule runaway
  claim text value
  value quantity
  pattern (?:(?:a|aa)+)+(?:c|d)(?<value>\d+)
end
rule plain
  claim text value
  value quantity
  pattern sent (?<value>\d+) troops
end
EOF
{ printf 'They sent 300 troops and '; head -c 5000 /dev/zero | tr '\0' a; printf '!\nThey sent 400 troops.\n'; } >"$work/runaway.txt"
expect_exit "catastrophic backtracking" 0 -- timeout 60 "$CLAIMCHECK" extract --format jsonl --rules "$work/runaway.rules" "$work/runaway.txt"
expect_stderr "backtracking: the rule is named" "rule runaway: pattern 1 hit the match limit in $work/runaway.txt:1:1"
expect_stdout "backtracking: the run goes on" '"text":"400"'

# --- encodings --------------------------------------------------------------
# Each: file bytes, expected message tail.
utf8_case() {
    local name=$1 bytes=$2 want=$3
    printf "$bytes" >"$work/$name.txt"
    expect_exit "$name" 2 -- "$CLAIMCHECK" extract "$work/$name.txt" "$work/good.txt"
    expect_stderr "$name: position" "$work/$name.txt:$want"
    grep -q "11,000" "$work/out" && pass || fail "$name: the good file was not read after it"
}
utf8_case overlong-slash 'ok\nab \xc0\xaf cd\n' '2:4: byte 6: not UTF-8 text (invalid byte 0xc0)'
utf8_case overlong-3byte 'x \xe0\x80\xaf\n' '1:3: byte 2: not UTF-8 text (invalid byte 0xe0)'
utf8_case surrogate 'caf\xc3\xa9 \xed\xa0\x80\n' '1:6: byte 6: not UTF-8 text (invalid byte 0xed)'
utf8_case past-u10ffff '\xf4\x90\x80\x80\n' '1:1: byte 0: not UTF-8 text (invalid byte 0xf4)'
utf8_case truncated-at-eof 'price \xe2\x82' '1:7: byte 6: not UTF-8 text (invalid byte 0xe2)'
utf8_case lone-continuation '\x80' '1:1: byte 0: not UTF-8 text (invalid byte 0x80)'
# UTF-16 and UTF-32 with a byte-order mark are refused, not transcoded:
# record offsets are byte offsets into the file as it is (DESIGN.md).
utf8_case utf16le '\xff\xfeT\0h\0e\0y\0\n\0' '1:1: byte 0: UTF-16 text (byte-order mark); convert it to UTF-8'
utf8_case utf16be '\xfe\xff\0T\0h\0e\0y\0\n' '1:1: byte 0: UTF-16 text (byte-order mark); convert it to UTF-8'
utf8_case utf32le '\xff\xfe\0\0T\0\0\0' '1:1: byte 0: UTF-32 text (byte-order mark); convert it to UTF-8'
# UTF-16 without a mark shows as NUL bytes.
utf8_case nul-in-line 'They\nsen\0t\n' '2:4: byte 8: NUL byte; this looks like binary data, not text'
utf8_case utf16-no-bom 'T\0h\0e\0y\0' '1:2: byte 1: NUL byte'
printf '\xef\xbb\xbfNorth Korea sent 11,000 troops.\n' >"$work/bom8.txt"
expect_exit "UTF-8 byte-order mark" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/bom8.txt"
expect_stdout "UTF-8 byte-order mark: offsets count its bytes, columns do not" '"start":20,"end":26,"line":1,"column":18'

# Rule files, records, document lines and file lists in UTF-16 or UTF-32
# are refused as documents are, by name, not as invalid UTF-8 or JSON.
bom_case() {
    local name=$1 bytes=$2 kind=$3; shift 3
    printf "$bytes" >"$work/$name"
    expect_exit "$name" 2 -- "$@"
    expect_stderr "$name: named at 1:1" "$work/$name:1:1: byte 0: $kind text (byte-order mark); convert it to UTF-8"
    if grep -q "invalid UTF-8\|invalid JSON" "$work/err"; then fail "$name: also reported as invalid UTF-8 or JSON"; else pass; fi
}
bom_case utf16le.rules '\xff\xfer\0u\0l\0e\0 \0x\0\n\0' UTF-16 "$CLAIMCHECK" extract --rules "$work/utf16le.rules" "$work/good.txt"
bom_case utf16be.rules '\xfe\xff\0r\0u\0l\0e' UTF-16 "$CLAIMCHECK" rules --rules "$work/utf16be.rules"
bom_case utf32le.rules '\xff\xfe\0\0r\0\0\0' UTF-32 "$CLAIMCHECK" extract --rules "$work/utf32le.rules" "$work/good.txt"
bom_case utf16-records.jsonl '\xff\xfe{\0"\0i\0d\0"\0\n\0' UTF-16 "$CLAIMCHECK" compare --records "$work/utf16-records.jsonl"
bom_case utf16-sorted.jsonl '\xfe\xff\0{\0\n' UTF-16 "$CLAIMCHECK" compare --sorted --format jsonl --records "$work/utf16-sorted.jsonl"
bom_case utf16-documents.jsonl '\xff\xfe{\0\n\0' UTF-16 "$CLAIMCHECK" extract --documents "$work/utf16-documents.jsonl"
bom_case utf16-list.txt '\xff\xfeg\0o\0o\0d\0\n\0' UTF-16 "$CLAIMCHECK" extract --files-from "$work/utf16-list.txt"

printf 'rule x\n  claim text value\n  value quantity\n  pattern a\xc0\xafb\nend\n' >"$work/bad-utf8.rules"
expect_exit "invalid UTF-8 in a rule file" 2 -- "$CLAIMCHECK" extract --rules "$work/bad-utf8.rules" "$work/good.txt"
expect_stderr "invalid UTF-8 in a rule file: position" "$work/bad-utf8.rules:4:"
printf 'rule x\n  claim text value\n  value quantity\n  pattern a\0b\nend\n' >"$work/nul.rules"
expect_exit "NUL in a rule file" 2 -- "$CLAIMCHECK" extract --rules "$work/nul.rules" "$work/good.txt"
expect_stderr "NUL in a rule file: position" "$work/nul.rules:4:"
printf '%s\n{"id":"x\0y"}\n' "$L" >"$work/nul.jsonl"
expect_exit "NUL in records" 2 -- "$CLAIMCHECK" compare --records "$work/nul.jsonl"
expect_stderr "NUL in records: position" "nul.jsonl:2:9:"

# --- empty, truncated -------------------------------------------------------
: >"$work/empty.txt"
: >"$work/empty.jsonl"
: >"$work/empty.rules"
expect_exit "empty document" 0 -- "$CLAIMCHECK" extract --format jsonl "$work/empty.txt"
[ ! -s "$work/out" ] && pass || fail "empty document: records from nothing"
: >"$work/empty2.txt"
expect_exit "empty documents compared" 0 -- "$CLAIMCHECK" compare "$work/empty.txt" "$work/empty2.txt"
expect_exit "empty records" 0 -- "$CLAIMCHECK" compare --records "$work/empty.jsonl"
expect_exit "empty rule file" 0 -- "$CLAIMCHECK" extract --rules "$work/empty.rules" "$work/good.txt"
expect_exit "empty draft" 0 -- "$CLAIMCHECK" check --against fixtures/corpus "$work/empty.txt"

printf '%s\n%s' "$L" "${L:0:120}" >"$work/truncated.jsonl"
expect_exit "truncated record" 2 -- "$CLAIMCHECK" compare --records "$work/truncated.jsonl"
expect_stderr "truncated record: position" "$work/truncated.jsonl:2:"
expect_stderr "truncated record: says JSON" "invalid JSON"
# JSON errors count columns in characters, as every position does (the
# parsers count bytes): a record's reader stops at the "}" where a member's
# name should be, character 31, byte 34; the documents' reader (json-glib)
# at the last token read, the "," before it.
printf '{"key":"Seoul — café", "id":1,}\n' >"$work/column.jsonl"
expect_exit "JSON error after non-ASCII, as records" 2 -- "$CLAIMCHECK" compare --records "$work/column.jsonl"
expect_stderr "JSON error after non-ASCII: column in characters" "$work/column.jsonl:1:31: invalid JSON"
printf '{"path":"x","text":"y"}\n{"path":"Seoul — café" x}\n' >"$work/column-docs.jsonl"
expect_exit "JSON error after non-ASCII, as documents" 2 -- "$CLAIMCHECK" extract --documents "$work/column-docs.jsonl"
expect_stderr "JSON error after non-ASCII as documents: column in characters" "$work/column-docs.jsonl:2:22: invalid JSON"
printf '%s\n{"id":"x#1","source":"x"}\n' "$L" >"$work/partial.jsonl"
expect_exit "record missing fields" 2 -- "$CLAIMCHECK" compare --records "$work/partial.jsonl"
expect_stderr "record missing fields: position" "$work/partial.jsonl:2:1:"

# --- directories and unreadable files --------------------------------------
mkdir "$work/emptydir"
expect_exit "directory as a document" 2 -- "$CLAIMCHECK" extract "$work/emptydir" "$work/good.txt"
expect_stderr "directory as a document: named" "$work/emptydir: Is a directory"
expect_stdout "directory as a document: the next file is still read" "11,000"
expect_exit "directory as records" 2 -- "$CLAIMCHECK" compare --records "$work/emptydir"
expect_stderr "directory as records: named" "$work/emptydir"
expect_exit "directory as a draft" 2 -- "$CLAIMCHECK" check --against fixtures/corpus "$work/emptydir"
expect_stderr "directory as a draft: named" "$work/emptydir"

# "Unreadable" as root, who reads any mode: a dangling symbolic link and a
# path through a regular file (ENOTDIR). Neither can hang, unlike a FIFO.
ln -s "$work/nowhere.txt" "$work/dangling.txt"
expect_exit "dangling symlink" 2 -- "$CLAIMCHECK" extract "$work/dangling.txt" "$work/good.txt"
expect_stderr "dangling symlink: named" "$work/dangling.txt: No such file or directory"
expect_exit "path under a file" 2 -- "$CLAIMCHECK" extract "$work/good.txt/x.txt"
expect_stderr "path under a file: named" "$work/good.txt/x.txt: Not a directory"
expect_exit "rules under a file" 2 -- "$CLAIMCHECK" extract --rules "$work/good.txt/x.rules" "$work/good.txt"
expect_stderr "rules under a file: named" "$work/good.txt/x.rules"
expect_exit "records under a file" 2 -- "$CLAIMCHECK" compare --records "$work/good.txt/x.jsonl"
expect_stderr "records under a file: named" "$work/good.txt/x.jsonl"
cp "$work/good.txt" "$work/secret.txt" && chmod 000 "$work/secret.txt"
if [ "$(id -u)" -ne 0 ]; then
    expect_exit "mode 000" 2 -- "$CLAIMCHECK" extract "$work/secret.txt" "$work/good.txt"
    expect_stderr "mode 000: named" "$work/secret.txt: Permission denied"
else
    echo "SKIP: mode 000 file (running as root, who can read it; the dangling link and ENOTDIR cases stand in)"
fi

# --- -o where it cannot be written: nothing left behind ----------------------
expect_exit "-o under a file" 2 -- "$CLAIMCHECK" extract -o "$work/good.txt/out.txt" "$work/good.txt"
expect_stderr "-o under a file: named" "cannot write $work/good.txt/out.txt"
mkdir -p "$work/outdir/target"
expect_exit "-o onto a directory" 2 -- "$CLAIMCHECK" extract -o "$work/outdir/target" "$work/good.txt"
expect_stderr "-o onto a directory: named" "cannot write $work/outdir/target"
[ "$(ls -A "$work/outdir")" = target ] && [ -z "$(ls -A "$work/outdir/target")" ] && pass \
    || fail "-o onto a directory left $(ls -A "$work/outdir" | tr '\n' ' ')"
expect_exit "-o onto a file's child" 2 -- "$CLAIMCHECK" compare -o "$work/good.txt/r.json" "$work/good.txt"
[ -f "$work/good.txt" ] && [ "$(ls -A "$work/outdir")" = target ] && pass || fail "-o onto a file's child"
mkdir "$work/ro" && chmod 555 "$work/ro"
if [ "$(id -u)" -ne 0 ]; then
    expect_exit "-o into a read-only directory" 2 -- "$CLAIMCHECK" extract -o "$work/ro/out.txt" "$work/good.txt"
    [ -z "$(ls -A "$work/ro")" ] && pass || fail "-o left files in a read-only directory"
else
    echo "SKIP: -o into a mode 555 directory (running as root, who can write it; the cases above stand in)"
fi
# --- deep JSON: refused before json-glib's recursive parser sees it ---------
# 100,000 nested '[' once crashed every JSON Lines reader (SIGSEGV).
head -c 100000 /dev/zero | tr '\0' '[' >"$work/deep.jsonl"; echo >>"$work/deep.jsonl"
expect_exit "deep JSON as records" 2 -- "$CLAIMCHECK" compare --records "$work/deep.jsonl"
expect_stderr "deep JSON as records: message" "$work/deep.jsonl:1:65: JSON nested deeper than 64 levels; a record nests two"
expect_exit "deep JSON as sorted records" 2 -- "$CLAIMCHECK" compare --sorted --records "$work/deep.jsonl"
expect_stderr "deep JSON as sorted records: message" "$work/deep.jsonl:1:65: JSON nested deeper than 64 levels"
expect_exit "deep JSON on stdin" 2 -- sh -c "'$CLAIMCHECK' compare --records - <'$work/deep.jsonl'"
expect_stderr "deep JSON on stdin: message" "<stdin>:1:65: JSON nested deeper than 64 levels"
{ printf '{"path":"d","text":"x","more":'; head -c 100000 /dev/zero | tr '\0' '{'; echo; } >"$work/deep.docs"
expect_exit "deep JSON as documents" 2 -- "$CLAIMCHECK" extract --documents "$work/deep.docs"
expect_stderr "deep JSON as documents: message" "$work/deep.docs:1:94: JSON nested deeper than 64 levels; a document nests one"
# 64 levels are read (and then refused as no record, by field).
L=$(head -1 fixtures/golden/seeds.jsonl)
printf '%s\n' "${L/\"scope\":null/\"scope\":$(printf '[%.0s' $(seq 63))$(printf ']%.0s' $(seq 63))}" >"$work/deep63.jsonl"
expect_exit "63 levels in a record" 2 -- "$CLAIMCHECK" compare --records "$work/deep63.jsonl"
expect_stderr "63 levels in a record: read, then refused by field" 'deep63.jsonl:1:1: field "scope": expected a string or null, got an array'

# --- extreme numbers in records ----------------------------------------------
# value [0, 1], approx, tolerance 1.7e308 once widened to NaN and crashed
# the comparator (SIGSEGV).
rec='{"id":"a#1","source":"a","type":"quantity","subject":"x","predicate":"troops","object":"y","value":{"low":0,"high":1,"unit":"person","approx":true},"span":{"start":0,"end":1,"line":1,"column":1},"modality":"asserted"'
printf '%s,"tolerance":1.7e308}\n%s,"tolerance":1.7e308}\n' "$rec" "${rec//a#1/b#1}" >"$work/tol.jsonl"
expect_exit "tolerance 1.7e308" 2 -- "$CLAIMCHECK" compare --records "$work/tol.jsonl"
expect_stderr "tolerance 1.7e308: message" 'tol.jsonl:1:1: field "tolerance": 1.7e+308 is out of range (at most 10 as a fraction, 1000%)'
printf '%s,"tolerance":2e15,"tolerance_abs":true}\n' "$rec" >"$work/tolabs.jsonl"
expect_exit "absolute tolerance 2e15" 2 -- "$CLAIMCHECK" compare --records "$work/tolabs.jsonl"
expect_stderr "absolute tolerance 2e15: message" 'field "tolerance": 2e+15 is out of range (at most 1e+15 with tolerance_abs)'
printf '%s,"tolerance":-0.1}\n' "$rec" >"$work/tolneg.jsonl"
expect_exit "negative tolerance" 2 -- "$CLAIMCHECK" compare --records "$work/tolneg.jsonl"
expect_stderr "negative tolerance: message" 'field "tolerance": expected a non-negative number, got a number'
# The largest accepted, on the widest values: compared, no crash.
wide='{"id":"a#1","source":"a","type":"quantity","subject":"x","predicate":"troops","object":"y","value":{"low":-1.7e308,"high":1.7e308,"unit":"person","approx":true},"span":{"start":0,"end":1,"line":1,"column":1},"modality":"asserted"'
printf '%s,"tolerance":10}\n%s,"tolerance":1e15,"tolerance_abs":true}\n' "$wide" "${wide//a#1/b#1}" \
    | sed '2s/"source":"a"/"source":"b"/' >"$work/wide.jsonl"
expect_exit "the largest tolerances on the widest values" 0 -- "$CLAIMCHECK" compare --records "$work/wide.jsonl"
expect_stdout "the largest tolerances: compared" "1 agreement"
printf '%s}\n' "${rec/\"low\":0,\"high\":1/\"low\":2,\"high\":1}" >"$work/lowhigh.jsonl"
expect_exit "low above high" 2 -- "$CLAIMCHECK" compare --records "$work/lowhigh.jsonl"
expect_stderr "low above high: message" 'lowhigh.jsonl:1:1: field "value": low is greater than high'

# --- NUL in records: \u0000 named by field, a NUL byte named as one ----------
printf '%s}\n' "${rec/\"a#1\"/\"x\\u0000y\"}" >"$work/nulid.jsonl"
expect_exit "\\u0000 in an id" 2 -- "$CLAIMCHECK" compare --records "$work/nulid.jsonl"
expect_stderr "\\u0000 in an id: message" 'nulid.jsonl:1:9: field "id": holds a NUL character (\u0000)'
printf '%s}\n' "${rec/\"person\"/\"per\\u0000son\"}" >"$work/nulunit.jsonl"
expect_exit "\\u0000 in value.unit" 2 -- "$CLAIMCHECK" compare --records "$work/nulunit.jsonl"
expect_stderr "\\u0000 in value.unit: message" 'field "value.unit": holds a NUL character (\u0000)'
printf '{"id":"x\0y"}\n' >"$work/nulbyte.jsonl"
expect_exit "NUL byte in a record" 2 -- "$CLAIMCHECK" compare --records "$work/nulbyte.jsonl"
expect_stderr "NUL byte in a record: message" 'nulbyte.jsonl:1:9: a NUL byte; a record is a line of JSON text, not binary data'
if grep -q "invalid UTF-8" "$work/err"; then fail "NUL byte in a record: called invalid UTF-8"; else pass; fi
printf '{"path":"p","text":"x\0y"}\n' >"$work/nulbyte.docs"
expect_exit "NUL byte in a document line" 2 -- "$CLAIMCHECK" extract --documents "$work/nulbyte.docs"
expect_stderr "NUL byte in a document line: message" 'nulbyte.docs:1:22: a NUL byte; a document line is JSON text, not binary data'
printf '{"path":"p\\u0000","text":"x"}\n' >"$work/nulpath.docs"
expect_exit "\\u0000 in a document's path" 2 -- "$CLAIMCHECK" extract --documents "$work/nulpath.docs"
expect_stderr "\\u0000 in a document's path: message" 'nulpath.docs:1:11: a document holds a NUL character (\u0000) in "path"'

# --- huge -j: a usage error naming the limit, not a GLib abort -------------------
expect_exit "-j 2147483647" 2 -- "$CLAIMCHECK" extract -j 2147483647 "$work/good.txt"
expect_stderr "-j 2147483647: message" "claimcheck: --jobs wants a number of threads from 1 to 256, not 2147483647"
expect_exit "-j 50000 --documents" 2 -- "$CLAIMCHECK" extract -j 50000 --documents "$work/nulpath.docs"
expect_stderr "-j 50000 --documents: message" "from 1 to 256, not 50000"
printf '{"path":"p","text":"North Korea sent 11,000 troops."}\n' >"$work/one.docs"
expect_exit "-j 256" 0 -- "$CLAIMCHECK" extract -j 256 --format jsonl --documents "$work/one.docs"
expect_stdout "-j 256: the record" "$good_record"

# --- terminal safety: control characters escaped in every text output ------------
printf 'title: \033]0;owned\007T\nid: ev\033[2Jil\n---\nNorth Korea sent 11,000 troops to Russia, said \033[31mKim\302\233.\n' >"$work/esc.txt"
printf 'North Korea sent 8,000 troops to Russia.\n' >"$work/esc-ref.txt"
# no_controls NAME: the last stdout holds no C0 control but tab and
# newline, no DEL and no C1 (U+0080-U+009F).
no_controls() {
    if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$work/out"; then
        fail "$1: a control character reached the output"; LC_ALL=C grep -naP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$work/out" | cat -v | head -3
    else pass; fi
}
expect_exit "escapes: extract table" 0 -- "$CLAIMCHECK" extract "$work/esc.txt"
no_controls "escapes: extract table"
expect_stdout "escapes: extract table shows the id escaped" 'ev\033[2Jil'
expect_exit "escapes: compare text" 1 -- "$CLAIMCHECK" compare "$work/esc.txt" "$work/esc-ref.txt"
no_controls "escapes: compare text"
expect_stdout "escapes: compare text shows the id escaped" "(ev\\033[2Jil)"
expect_exit "escapes: check diagnostics" 1 -- "$CLAIMCHECK" check "$work/esc.txt" --against "$work/esc-ref.txt"
no_controls "escapes: check diagnostics"
expect_stdout "escapes: the draft's line escaped" 'said \033[31mKim\302\233.'
rm -f "$work/esc.db"
expect_exit "escapes: index add" 0 -- "$CLAIMCHECK" index --db "$work/esc.db" add "$work/esc.txt"
expect_exit "escapes: index list" 0 -- "$CLAIMCHECK" index --db "$work/esc.db" list
no_controls "escapes: index list"
expect_stdout "escapes: index list shows the title escaped" '\033]0;owned\007T'
expect_exit "escapes: compare json keeps JSON's escapes" 1 -- "$CLAIMCHECK" compare --format json "$work/esc.txt" "$work/esc-ref.txt"
expect_stdout "escapes: JSON's own escape" 'ev\u001b[2Jil'
cp "$work/esc.txt" "$work/esc-again.txt"
expect_exit "escapes: a message quoting an id" 2 -- "$CLAIMCHECK" extract "$work/esc.txt" "$work/esc-again.txt"
expect_stderr "escapes: the message's id escaped" "its header's 'id: ev\033[2Jil' is already the id of"
if LC_ALL=C grep -qP '\x1b' "$work/err"; then fail "escapes: ESC reached standard error"; else pass; fi
finish

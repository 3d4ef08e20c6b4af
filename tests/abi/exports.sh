# SPDX-License-Identifier: MIT
# libclaimcheck exports exactly the functions its public headers declare,
# and every one of them is marked CC_API: nothing internal (cc_json_*,
# tok_is, …) leaks, nothing public is missing. Run as
# `bash exports.sh LIBRARY SOURCE_DIR`.
set -u
lib=$1
src=$2
command -v nm >/dev/null || { echo "nm not installed: skipped"; exit 77; }
command -v python3 >/dev/null || { echo "python3 not installed: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

python3 "$src/tests/abi/declarations.py" "$src/include/claimcheck" >"$work/decls" || exit 1
[ -s "$work/decls" ] || { echo "FAIL: no declarations found in the headers"; exit 1; }
if grep -q ' -$' "$work/decls"; then
    echo "FAIL: public functions without CC_API:"; grep ' -$' "$work/decls"; failed=1
fi
awk '{print $2}' "$work/decls" | sort -u >"$work/declared"
nm -D --defined-only "$lib" | awk '$2 == "T" || $2 == "W" || $2 == "D" || $2 == "B" || $2 == "R" {print $3}' \
    | grep -v '^_' | sort -u >"$work/exported"
if ! diff -u --label declared --label exported "$work/declared" "$work/exported"; then
    echo "FAIL: the export list differs from the public headers' functions"; failed=1
fi
echo "$(wc -l <"$work/declared") functions declared, $(wc -l <"$work/exported") exported"
exit "$failed"

# SPDX-License-Identifier: MIT
# Every tracked source file carries "SPDX-License-Identifier: MIT" in its
# first lines (scripts/spdx says which files count), so that a new file
# cannot miss it; and the checker itself tells a stamped file from an
# unstamped one. Run as `bash spdx.sh SOURCE_DIR`; skipped (77) outside a
# git checkout, where there is no list of tracked files.
set -u
src=$1
command -v git >/dev/null || { echo "SKIP: git is not installed"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 is not installed"; exit 77; }
git -C "$src" rev-parse --git-dir >/dev/null 2>&1 || { echo "SKIP: $src is not a git checkout"; exit 77; }
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -s "$src/LICENSE" ] && grep -q '^MIT License' "$src/LICENSE" || { echo "FAIL: no MIT LICENSE file"; failed=1; }
python3 "$src/scripts/spdx" --check || failed=1

# The checker on a repository of its own: one stamped file, one not.
mkdir -p "$work/repo/scripts" "$work/repo/src"
cp "$src/scripts/spdx" "$work/repo/scripts/"
printf '/* SPDX-License-Identifier: MIT */\nint a;\n' >"$work/repo/src/a.c"
printf '#!/bin/sh\necho b\n' >"$work/repo/src/b"
printf 'rule x\n' >"$work/repo/src/c.rules"
git -C "$work/repo" init -q && git -C "$work/repo" add -A
python3 "$work/repo/scripts/spdx" --check >"$work/out"
[ $? -eq 1 ] && grep -q '^src/b: ' "$work/out" && grep -q '^src/c.rules: ' "$work/out" \
    && ! grep -q '^src/a.c: ' "$work/out" || { echo "FAIL: the checker misjudged:"; cat "$work/out"; failed=1; }
python3 "$work/repo/scripts/spdx" --stamp >/dev/null
python3 "$work/repo/scripts/spdx" --check >/dev/null || { echo "FAIL: --stamp left files unstamped"; failed=1; }
[ "$(head -2 "$work/repo/src/b")" = "$(printf '#!/bin/sh\n# SPDX-License-Identifier: MIT')" ] \
    || { echo "FAIL: the line was not put after the #! line"; failed=1; }
exit "$failed"

# SPDX-License-Identifier: MIT
# The HTML report is one self-contained file that renders in headless
# Chromium without script errors, with its filters working. Skipped (77)
# where Chromium is not installed; .ci/run installs it.
. "$(dirname "$0")/lib.bash"

chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "chromium not installed: skipped"; exit 77; }

expect_exit "compare html" 1 -- "$CLAIMCHECK" compare --format html -o "$work/report.html" fixtures/corpus/*.txt
html=$work/report.html

# Self-contained: no network, no external assets.
grep -Eq '(src|href)="(https?:)?//' "$html" && fail "the report loads something from outside" || pass
grep -q '<link ' "$html" && fail "the report links an external stylesheet" || pass
[ "$(grep -c '<svg' "$html")" -ge 3 ] && pass || fail "fewer than 3 axes drawn"

# Render it: script errors show as console messages; --dump-dom gives the
# DOM after scripts ran.
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir=$work/profile --enable-logging=stderr --v=0"
# shellcheck disable=SC2086
timeout 120 "$chromium" $flags --dump-dom "file://$html" >"$work/dom.html" 2>"$work/console.txt"
[ -s "$work/dom.html" ] && pass || fail "Chromium rendered nothing"
if grep -Eiq 'Uncaught|SyntaxError|ReferenceError|TypeError' "$work/console.txt"; then
    fail "script errors while rendering:"; grep -Ei 'Uncaught|Error' "$work/console.txt" | head -5
else pass; fi
grep -q 'conflict' "$work/dom.html" && pass || fail "no conflict section in the rendered page"
# Every claim link points at an anchor that exists.
grep -o 'href="#[^"]*"' "$html" | sed 's/href="#//; s/"$//' | sort -u >"$work/targets"
missing=0
while read -r id; do grep -q "id=\"$id\"" "$html" || missing=$((missing + 1)); done <"$work/targets"
[ "$missing" -eq 0 ] && pass || fail "$missing links point at no element"
finish

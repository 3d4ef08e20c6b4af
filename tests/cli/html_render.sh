# SPDX-License-Identifier: MIT
# The HTML report is one self-contained file that renders in headless
# Chromium without script errors, with its filters working, a summary and
# a legend, and charts whose layout Chromium measures: labels clear of the
# marks, round ticks, conflicting values far apart, a log scale where a key
# spans orders of magnitude. Skipped (77) where Chromium is not installed;
# .ci/run installs it.
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

# The summary at the top counts findings by type and names the keys in
# conflict; the legend names the modality colours.
grep -q '<section id="summary">.*<strong>5</strong> conflicts.*2 keys in conflict' "$html" && pass || fail "no summary at the top"
grep -q '<div id="legend">.*hedged.*hypothetical.*denied.*reported only to be rejected' "$html" && pass || fail "no legend of the modality colours"
# Each row's label has its source's outlet and date.
grep -q '<span class="src">a01_nis_briefing</span><br><span class="meta">Hanbit Wire, 2024-10-23' "$html" && pass || fail "a label without outlet and date"

# Geometry, measured by Chromium in a copy of the report with a script
# added: no row label overlaps a mark, tick labels neither overlap one
# another nor leave their axis, and the marks of every conflicting pair of
# disjoint values stand at least 100 px apart (a scale set by a far-off
# claim squeezed 8,000 against 11,000 into 40 px).
cat >"$work/geometry.js" <<'JS'
(function () {
  var out = [];
  function hit(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
  document.querySelectorAll(".chart").forEach(function (ch, ci) {
    var marks = ch.querySelectorAll("g.mark");
    ch.querySelectorAll("th.who").forEach(function (l) {
      var a = l.getBoundingClientRect();
      marks.forEach(function (m) {
        if (hit(a, m.getBoundingClientRect())) out.push("overlap " + ci + " " + l.textContent + " " + m.getAttribute("data-claim"));
      });
    });
    var ticks = ch.querySelectorAll("text.tick"), axis = ch.querySelector("svg.axis-row").getBoundingClientRect();
    for (var i = 0; i < ticks.length; i++) {
      var r = ticks[i].getBoundingClientRect();
      if (r.left < axis.left - 0.5 || r.right > axis.right + 0.5) out.push("tick-outside " + ci + " " + ticks[i].textContent);
      if (i > 0 && hit(r, ticks[i - 1].getBoundingClientRect())) out.push("tick-overlap " + ci + " " + ticks[i].textContent);
    }
    out.push("ticks " + ci + " " + ch.querySelector(".caption").textContent.split(";")[0] + " | " +
             Array.prototype.map.call(ticks, function (t) { return t.textContent; }).join(" "));
    (ch.getAttribute("data-conflicts") || "").split(";").filter(Boolean).forEach(function (p) {
      var id = p.split(" ");
      var a = ch.querySelector('g.mark[data-claim="' + id[0] + '"]'), b = ch.querySelector('g.mark[data-claim="' + id[1] + '"]');
      if (!a || !b) { out.push("missing " + p); return; }
      var ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
      out.push("pair " + p + " " + Math.round(Math.max(rb.left - ra.right, ra.left - rb.right)));
    });
  });
  var pre = document.createElement("pre");
  pre.id = "geometry";
  pre.textContent = out.join("\n");
  document.body.appendChild(pre);
})();
JS
geometry() { # geometry HTML OUT
    { sed 's#</body></html>$##' "$1"; printf '<script>'; cat "$work/geometry.js"; printf '</script></body></html>\n'; } >"$work/measured.html"
    # shellcheck disable=SC2086
    timeout 120 "$chromium" $flags --window-size=1200,900 --dump-dom "file://$work/measured.html" 2>/dev/null \
        | sed -n '/<pre id="geometry">/,/<\/pre>/p' | sed 's/<[^>]*>//g' >"$2"
}
geometry "$html" "$work/geometry"
[ -s "$work/geometry" ] && pass || fail "the geometry script gave nothing"
if grep -E '^(overlap|tick-outside|tick-overlap|missing)' "$work/geometry"; then fail "layout faults (above)"; else pass; fi
# The corpus's conflicting pairs: the dates of first_combat, and 8,000
# against 11,000 and 10,000–12,000 on the troops key, at least.
pairs=$(grep -c '^pair ' "$work/geometry")
[ "$pairs" -ge 4 ] && pass || fail "only $pairs conflicting pairs measured"
if awk '/^pair / && $4 < 100 { bad = 1; print "FAIL: pair " $2 "-" $3 " only " $4 " px apart" } END { exit bad }' "$work/geometry"; then pass; else fail "conflicting pairs too close"; fi
# The troops key: 100,000 ("as many as") is off the scale, an arrow at the edge.
grep -q 'ticks 1 person, linear scale | 8,000 9,000 10,000 11,000 12,000' "$work/geometry" && pass || \
    fail "troops key ticks: $(grep '^ticks 1 ' "$work/geometry")"
[ "$(sed -n '/<h2>north_korea\/troops_deployed\/russia/,/<\/section>/p' "$html" | grep -o 'polygon class="off' | wc -l)" -ge 3 ] && pass || \
    fail "no arrows at the edge for the off-scale claims of the troops key"
# Dates: round days of the month on first_combat's 40 days.
grep -q '^ticks 0 dates | 2024-11-01 2024-11-10 2024-11-20 2024-12-01$' "$work/geometry" && pass || \
    fail "date ticks: $(grep '^ticks 0 ' "$work/geometry")"
# Round ticks everywhere: evenly spaced multiples of 1, 2, 2.5 or 5 × 10^k
# on linear scales (dates and log scales are checked apart).
if awk '/^ticks / && /linear scale/ {
          sub(/.*\| /, ""); n = split($0, t, " ")
          for (i = 1; i <= n; i++) { gsub(",", "", t[i]); v[i] = t[i] + 0 }
          if (n < 3) { print "FAIL: few ticks: " $0; bad = 1; next }
          step = v[2] - v[1]; m = step; while (m >= 10) m /= 10; while (m < 1) m *= 10
          if (m != 1 && m != 2 && m != 2.5 && m != 5) { print "FAIL: step " step; bad = 1 }
          for (i = 2; i <= n; i++) if (v[i] - v[i-1] != step || v[i] % step != 0) { print "FAIL: uneven " $0; bad = 1 }
        } END { exit bad }' "$work/geometry"; then pass; else fail "ticks not at round numbers"; fi

# A key spanning orders of magnitude gets a logarithmic scale with ticks at
# powers of ten, and its conflict stays readable.
rec() { # rec SOURCE N LOW HIGH TEXT
    printf '{"id":"%s#%s","source":"%s","file":"%s.txt","rule":"r","type":"quantity","subject":"x","predicate":"troops_killed","object":null,"key":"x/troops_killed","value":{"low":%s,"high":%s,"unit":"person","approx":false,"vague":false},"text":"%s","span":{"start":1,"end":2,"line":1,"column":1},"sentence":{"start":0,"end":3},"modality":"asserted","attribution":null,"as_of":"2024-11-01","scope":null,"tolerance":0.1,"tolerance_abs":false,"window":60,"cumulative":false}\n' \
        "$1" "$2" "$1" "$1" "$3" "$4" "$5"
}
{ rec s1 1 300 300 "300"; rec s2 1 320 320 "320"; rec s3 1 30000 30000 "30,000"; rec s4 1 310 310 "310"; } >"$work/span.jsonl"
expect_exit "compare html, log scale" 1 -- "$CLAIMCHECK" compare --records "$work/span.jsonl" --format html -o "$work/span.html"
geometry "$work/span.html" "$work/span-geometry"
grep -q '^ticks 0 person, logarithmic scale | .*1,000 .*10,000' "$work/span-geometry" && pass || \
    fail "no logarithmic scale: $(grep '^ticks' "$work/span-geometry")"
if grep -E '^(overlap|tick-outside|tick-overlap|missing)' "$work/span-geometry"; then fail "layout faults on the log scale"; else pass; fi
[ "$(grep -c '^pair ' "$work/span-geometry")" -ge 3 ] && \
    awk '/^pair / && $4 < 100 { bad = 1 } END { exit bad }' "$work/span-geometry" && pass || fail "log scale: conflicts too close"

finish

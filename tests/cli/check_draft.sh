# SPDX-License-Identifier: MIT
# claimcheck check: a Markdown draft with one wrong troop figure, one wrong
# treaty date, one figure the references agree with and one claim no
# reference covers, against the seed articles and the fixture corpus; the
# same through the claim store; SARIF's structure; suppressions counted;
# exit codes.
. "$(dirname "$0")/lib.bash"

refs=(--against fixtures/seeds --against fixtures/corpus)

expect_exit "check draft" 1 -- "$CLAIMCHECK" check fixtures/check/draft.md "${refs[@]}"
cp "$work/out" "$work/draft.diag"
golden "draft diagnostics" fixtures/golden/check-draft.diag "$work/draft.diag"
expect_stderr "summary counts" "4 claims checked against 15 references: 2 errors, 1 warning, 0 notes"
# The exact places, independent of the golden.
grep -q '^fixtures/check/draft.md:9:22: error: troops_deployed: ' "$work/draft.diag" && pass || fail "no error at 9:22 for the troop figure"
grep -q '^fixtures/check/draft.md:13:36: error: treaty_signed: ' "$work/draft.diag" && pass || fail "no error at 13:36 for the treaty date"
grep -q '^fixtures/check/draft.md:22:1: warning: troops_killed: .*no reference speaks of it' "$work/draft.diag" && pass || fail "no warning for the uncovered claim"
grep -q 'artillery' "$work/draft.diag" && fail "the agreed artillery figure was reported" || pass
grep -q 'about 11,000 troops' "$work/draft.diag" && fail "a claim inside a code span was read" || pass
grep -q '50,000' "$work/draft.diag" && fail "a claim inside a fenced block was read" || pass

expect_exit "corrected draft" 0 -- "$CLAIMCHECK" check fixtures/check/draft-corrected.md "${refs[@]}"
grep -q ': error: ' "$work/out" && fail "errors on the corrected draft" || pass
expect_exit "--fail-on any" 1 -- "$CLAIMCHECK" check --fail-on any fixtures/check/draft-corrected.md "${refs[@]}"
expect_exit "--strict" 1 -- "$CLAIMCHECK" check --strict fixtures/check/draft-corrected.md "${refs[@]}"

# The same through the store: identical diagnostics.
expect_exit "index add" 0 -- "$CLAIMCHECK" index --db "$work/refs.db" add fixtures/seeds fixtures/corpus
expect_exit "check --db" 1 -- "$CLAIMCHECK" check fixtures/check/draft.md --db "$work/refs.db"
cmp -s "$work/out" "$work/draft.diag" && pass || { fail "check --db differs from check --against"; diff "$work/draft.diag" "$work/out" | head; }

# Suppressions: in the draft, and from a file; both counted in the summary.
sed 's/^North Korea has sent 3,000/<!-- claimcheck-ignore troops_deployed -->\n&/' fixtures/check/draft.md >"$work/suppressed.md"
expect_exit "in-draft suppression" 1 -- "$CLAIMCHECK" check "$work/suppressed.md" "${refs[@]}"
grep -q 'troops_deployed' "$work/out" && fail "suppressed claim still reported" || pass
expect_stderr "in-draft suppression counted" "1 suppressed (1 in the draft, 0 from --suppressions)"
printf '# verified with the ministry\ntreaty_signed July 19, 2024\n' >"$work/verified.txt"
expect_exit "suppressions file" 0 -- "$CLAIMCHECK" check --suppressions "$work/verified.txt" "$work/suppressed.md" "${refs[@]}"
expect_stderr "file suppression counted" "2 suppressed (1 in the draft, 1 from --suppressions)"

# SARIF: structure (sarif_schema.sh validates it against the 2.1.0 schema).
expect_exit "sarif" 1 -- "$CLAIMCHECK" check --format sarif fixtures/check/draft.md "${refs[@]}"
cp "$work/out" "$work/draft.sarif"
jq -e '.version == "2.1.0" and (.runs[0].results | length) == 3' "$work/draft.sarif" >/dev/null && pass || fail "SARIF: wrong version or result count"
jq -e '[.runs[0].results[] | select(.ruleId == "conflict" and .level == "error")] | length == 2' "$work/draft.sarif" >/dev/null && pass || fail "SARIF: not two conflict errors"
jq -e '.runs[0].results[0].locations[0].physicalLocation.region | .startLine == 9 and .startColumn == 22 and .byteLength == 5' "$work/draft.sarif" >/dev/null && pass || fail "SARIF: first location wrong"
jq -e '[.runs[0].results[] | select(.ruleId == "conflict") | .relatedLocations | length > 0] | all' "$work/draft.sarif" >/dev/null && pass || fail "SARIF: conflicts without related locations"

expect_exit "json" 1 -- "$CLAIMCHECK" check --format json fixtures/check/draft.md "${refs[@]}"
jq -e '[.diagnostics[] | select(.severity == "error")] | length == 2' "$work/out" >/dev/null && pass || fail "JSON: not two errors"
# The JSON summary counts the diagnostics as the summary on standard error does.
jq -e '.summary as $s | [.diagnostics[] | select(.suppressed | not)] as $d
       | $s.claims == (.diagnostics | length) and $s.error == 2
       and $s.error == ([$d[] | select(.severity == "error" and .kind != "agreed")] | length)
       and $s.warning == ([$d[] | select(.severity == "warning" and .kind != "agreed")] | length)
       and $s.note == ([$d[] | select(.severity == "note" and .kind != "agreed")] | length)
       and $s.suppressed == ([.diagnostics[] | select(.suppressed)] | length)
       and all($s.kinds | to_entries[]; . as $e | $e.value == ([$d[] | select(.kind == $e.key)] | length))' \
    "$work/out" >/dev/null && pass || fail "JSON: the summary does not count the diagnostics"
said=$(jq -r '.summary | "\(.error) error\(if .error == 1 then "" else "s" end), \(.warning) warning\(if .warning == 1 then "" else "s" end), \(.note) note\(if .note == 1 then "" else "s" end); \(.suppressed) suppressed"' "$work/out")
grep -qF "$said" "$work/err" && pass || fail "JSON summary '$said' is not the one on stderr: $(cat "$work/err")"

# A Markdown draft with claimcheck's own header block (no front matter):
# its date is the draft's, and its header lines are no prose.
{ printf 'title: A draft\ndate: 2024-12-20\n---\n\n'
  printf 'South Korea said last week that about 11,000 North Korean troops are in Kursk.\n'; } >"$work/header.md"
expect_exit "check a Markdown draft with a header block" 0 -- "$CLAIMCHECK" check --format json --exit-zero "$work/header.md" "${refs[@]}"
jq -e '[.claims[] | select(.source == "header")] | length > 0 and all(.as_of != null)' "$work/out" >/dev/null \
    && pass || fail "a Markdown draft's header date is not its claims' as_of: $(jq -c '[.claims[] | select(.source == "header") | .as_of]' "$work/out")"
jq -e '[.claims[] | select(.source == "header" and (.text | test("2024")))] | length == 0' "$work/out" >/dev/null \
    && pass || fail "the header's date line was read as prose"

expect_exit "no draft" 2 -- "$CLAIMCHECK" check "${refs[@]}"
expect_exit "no references" 2 -- "$CLAIMCHECK" check fixtures/check/draft.md
expect_exit "bad --fail-on" 2 -- "$CLAIMCHECK" check --fail-on sometimes fixtures/check/draft.md "${refs[@]}"
expect_exit "missing draft" 2 -- "$CLAIMCHECK" check "$work/none.md" "${refs[@]}"
expect_exit "corrupt store" 2 -- "$CLAIMCHECK" check fixtures/check/draft.md --db fixtures/check/draft.md
# A running total is judged by the references' latest figures at or
# before its date, not by the count of sources: an old total stated as
# current, a figure its source revised down, a figure too high for its own
# date are errors; an older figure with its own date, and the latest, are not.
mkdir -p "$work/totals"
printf "date: 2025-01-14\n---\nNorth Korea has shipped about 9 million artillery shells to Russia, South Korea's spy agency said.\n\nAbout 300 North Korean soldiers have been killed in Kursk, the agency said.\n" >"$work/totals/r1.txt"
printf "date: 2025-02-24\n---\nBy Seoul's count, North Korea had shipped some 9 million shells to Russia.\n\nUkraine's military intelligence counts more than 6,000 North Korean soldiers killed or wounded.\n" >"$work/totals/r2.txt"
printf "date: 2025-04-30\n---\nAbout 600 North Korean soldiers have been killed fighting for Russia, the spy agency said.\n" >"$work/totals/r3.txt"
printf "date: 2025-06-10\n---\nUkraine's military intelligence has revised its count of North Korean casualties down to about 4,000, from the more than 6,000 it gave in February.\n" >"$work/totals/r4.txt"
printf "date: 2025-07-13\n---\nNorth Korea has shipped more than 12 million artillery shells to Russia, South Korea's Defense Intelligence Agency estimated.\n" >"$work/totals/r5.txt"
printf -- '---\ndate: 2025-09-20\n---\nNorth Korea has shipped about 9 million artillery shells to Russia.\n\nUkraine'"'"'s military intelligence puts North Korean casualties at more than 6,000.\n\nBy the end of March, some 2,000 North Korean soldiers had been killed.\n' >"$work/outdated.md"
printf -- '---\ndate: 2025-09-20\n---\nIn February, North Korea had shipped about 9 million artillery shells to Russia.\n\nNorth Korea has shipped more than 12 million artillery shells to Russia.\n' >"$work/current.md"
expect_exit "running totals wrong for their dates" 1 -- "$CLAIMCHECK" check --no-config "$work/outdated.md" --against "$work/totals"
grep -q "error: shells_delivered: .*outdated for its date: the references' latest figures at or before it lie above it: 'more than 12 million'" "$work/out" && pass || fail "no error for the old total stated as current"
grep -q "error: troops_casualties: .*its source has since revised it down: 'about 4,000'" "$work/out" && pass || fail "no error for the figure revised down"
grep -q "error: troops_killed: .*too high for its date: the references' next figures lie below it" "$work/out" && pass || fail "no error for the figure too high for its date"
cp "$work/out" "$work/outdated.diag"
expect_exit "index add (totals)" 0 -- "$CLAIMCHECK" index --db "$work/totals.db" add "$work/totals"
expect_exit "check --db (totals)" 1 -- "$CLAIMCHECK" check --no-config "$work/outdated.md" --db "$work/totals.db"
cmp -s "$work/out" "$work/outdated.diag" && pass || { fail "check --db differs from --against on running totals"; diff "$work/outdated.diag" "$work/out" | head; }
expect_exit "an older total with its own date, and the latest" 0 -- "$CLAIMCHECK" check --no-config "$work/current.md" --against "$work/totals"
grep -q ': error: ' "$work/out" && fail "an error on an older total with its date or on the latest" || pass

# Past the count of sources: a figure given to a speaker the references
# quote otherwise, and a figure stated as fact that the references give
# only to reject (docs/DESIGN.md, "Checking a draft").
mkdir -p "$work/said"
printf 'date: 2024-10-28\n---\nThe Pentagon said about 10,000 North Korean troops are in Russia.\n' >"$work/said/r1.txt"
printf "date: 2024-10-25\n---\nSouth Korea's National Intelligence Service said about 12,000 North Korean troops had been sent to Russia.\n" >"$work/said/r2.txt"
printf "date: 2025-02-20\n---\nA claim circulated by a Ukrainian lawmaker that 20 million shells had already reached Russia was dismissed by Seoul's defence ministry as exaggerated.\n" >"$work/said/r3.txt"
printf -- '---\ndate: 2024-10-30\n---\nThe Pentagon said about 12,000 North Korean troops are in Russia.\n' >"$work/misattributed.md"
printf -- '---\ndate: 2024-10-30\n---\nThe NIS said about 12,000 North Korean troops had been sent to Russia.\n' >"$work/attributed.md"
printf -- '---\ndate: 2025-02-25\n---\nNorth Korea has shipped 20 million artillery shells to Russia.\n' >"$work/rejected-as-fact.md"
printf -- '---\ndate: 2025-02-25\n---\nA Ukrainian lawmaker claimed that North Korea had shipped 20 million shells to Russia.\n' >"$work/rejected-told.md"
expect_exit "a figure given to the wrong speaker" 1 -- "$CLAIMCHECK" check --no-config "$work/misattributed.md" --against "$work/said"
grep -q "error: troops_deployed: .*according to Pentagon; the references quote Pentagon otherwise: 'about 10,000'" "$work/out" && pass || fail "no error for the figure given to the Pentagon"
cp "$work/out" "$work/misattributed.diag"
expect_exit "index add (speakers)" 0 -- "$CLAIMCHECK" index --db "$work/said.db" add "$work/said"
expect_exit "check --db (speakers)" 1 -- "$CLAIMCHECK" check --no-config "$work/misattributed.md" --db "$work/said.db"
cmp -s "$work/out" "$work/misattributed.diag" && pass || { fail "check --db differs from --against on a speaker"; diff "$work/misattributed.diag" "$work/out" | head; }
expect_exit "the speaker's own figure, by its initials" 0 -- "$CLAIMCHECK" check --no-config "$work/attributed.md" --against "$work/said"
grep -q ': error: ' "$work/out" && fail "an error on a figure its speaker gave" || pass
expect_exit "a rejected figure stated as fact" 1 -- "$CLAIMCHECK" check --no-config "$work/rejected-as-fact.md" --against "$work/said"
grep -q "error: shells_delivered: .*stated as fact, but the references report this figure only to dispute it" "$work/out" && pass || fail "no error for the rejected figure stated as fact"
expect_exit "a rejected figure told as someone's" 0 -- "$CLAIMCHECK" check --no-config "$work/rejected-told.md" --against "$work/said"
grep -q 'warning: shells_delivered: .*only to dispute it' "$work/out" && pass || fail "no disputed warning for the rejected figure told as someone's"
# A projection told as fact; the projection itself told as one is no error.
printf "date: 2025-05-02\n---\nPyongyang could send as many as 30,000 additional soldiers this year if Moscow asks, by some Western estimates.\n" >"$work/said/r4.txt"
printf -- '---\ndate: 2025-05-05\n---\nPyongyang has sent 30,000 additional soldiers this year.\n' >"$work/projection-as-fact.md"
printf -- '---\ndate: 2025-05-05\n---\nPyongyang could send 30,000 additional soldiers this year, Western officials estimate.\n' >"$work/projection-told.md"
expect_exit "a projection told as fact" 1 -- "$CLAIMCHECK" check --no-config "$work/projection-as-fact.md" --against "$work/said"
grep -q "error: troops_deployed: .*told as fact, but the references give this figure only as a projection" "$work/out" && pass || fail "no error for the projection told as fact"
expect_exit "a projection told as one" 0 -- "$CLAIMCHECK" check --no-config "$work/projection-told.md" --against "$work/said"
grep -q ': error: ' "$work/out" && fail "an error on a projection told as one" || pass
# A figure given to a speaker the references never quote on it, when they
# give it to a speaker of another country only; of the same country, or a
# speaker of none known, it stands.
printf -- "---\ndate: 2024-10-30\n---\nUkraine's military intelligence said about 12,000 North Korean troops had been sent to Russia.\n" >"$work/other-country.md"
printf -- "---\ndate: 2024-10-30\n---\nSeoul said about 12,000 North Korean troops had been sent to Russia.\n\nA lawmaker said about 12,000 North Korean troops had been sent to Russia.\n" >"$work/same-country.md"
expect_exit "a figure given to a speaker of another country" 1 -- "$CLAIMCHECK" check --no-config "$work/other-country.md" --against "$work/said"
grep -q "error: troops_deployed: .*according to Ukraine's military intelligence; the references never quote Ukraine's military intelligence on it and give this figure to another: 'about 12,000'" "$work/out" && pass || fail "no error for the figure given to a speaker of another country"
cp "$work/out" "$work/other-country.diag"
expect_exit "check --db (another country)" 1 -- "$CLAIMCHECK" check --no-config "$work/other-country.md" --db "$work/said.db"
cmp -s "$work/out" "$work/other-country.diag" && pass || { fail "check --db differs from --against on a speaker of another country"; diff "$work/other-country.diag" "$work/out" | head; }
expect_exit "a figure given to a speaker of the same country, or of none known" 0 -- "$CLAIMCHECK" check --no-config "$work/same-country.md" --against "$work/said"
grep -q ': error: ' "$work/out" && fail "an error on a figure given to a speaker of the same country or of none" || pass
# A speaker's country is told by the rule set's words (speaker_countries,
# and the names of parties), whole: Budanov is Ukraine's; "Ukrainianists"
# is no one's; a rule author places a new speaker with a lexicon entry.
printf -- "---\ndate: 2024-10-30\n---\nMilitary intelligence chief Kyrylo Budanov said about 12,000 North Korean troops had been sent to Russia.\n" >"$work/budanov.md"
expect_exit "a speaker placed by speaker_countries" 1 -- "$CLAIMCHECK" check --no-config "$work/budanov.md" --against "$work/said"
grep -q "error: troops_deployed: .*according to Military intelligence chief Kyrylo Budanov; the references never quote" "$work/out" && pass || fail "no error for Budanov's figure given to Seoul's spy agency"
cp "$work/out" "$work/budanov.diag"
expect_exit "check --db (speaker_countries)" 1 -- "$CLAIMCHECK" check --no-config "$work/budanov.md" --db "$work/said.db"
cmp -s "$work/out" "$work/budanov.diag" && pass || { fail "check --db differs from --against on a speaker placed by speaker_countries"; diff "$work/budanov.diag" "$work/out" | head; }
printf -- "---\ndate: 2024-10-30\n---\nUkrainianists said about 12,000 North Korean troops had been sent to Russia.\n" >"$work/part-word.md"
expect_exit "a country's name inside a word places no speaker" 0 -- "$CLAIMCHECK" check --no-config "$work/part-word.md" --against "$work/said"
grep -q ': error: ' "$work/out" && fail "an error on a speaker placed by part of a word" || pass
printf -- "---\ndate: 2024-10-30\n---\nHromadske said about 12,000 North Korean troops had been sent to Russia.\n" >"$work/outlet.md"
printf 'lexicon speaker_countries\n  hromadske = ukraine\nend\n' >"$work/outlet.rules"
expect_exit "a speaker no rule places" 0 -- "$CLAIMCHECK" check --no-config "$work/outlet.md" --against "$work/said"
expect_exit "a speaker a rule author places" 1 -- "$CLAIMCHECK" check --no-config --rules "${CLAIMCHECK_RULES:-rules}" --rules "$work/outlet.rules" "$work/outlet.md" --against "$work/said"
grep -q "error: troops_deployed: .*according to Hromadske; the references never quote Hromadske" "$work/out" && pass || fail "no error for a speaker placed by an added speaker_countries entry"
finish

# SPDX-License-Identifier: MIT
# check --format sarif validates against the SARIF 2.1.0 JSON schema, and
# the validator rejects a broken log. Skipped (77), saying why, when
# python3-jsonschema or the schema is missing: scripts/install-deps installs
# the first, tests/sarif/fetch-schema fetches the second into build/sarif
# (or set SARIF_SCHEMA to it).
. "$(dirname "$0")/lib.bash"

schema=${SARIF_SCHEMA:-$SRC/build/sarif/sarif-2.1.0.json}
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null \
    || { echo "SKIP: python3-jsonschema is not installed (scripts/install-deps installs it)"; exit 77; }
[ -s "$schema" ] \
    || { echo "SKIP: no SARIF schema at $schema (tests/sarif/fetch-schema fetches it)"; exit 77; }

refs=(--against fixtures/seeds --against fixtures/corpus)
expect_exit "sarif" 1 -- "$CLAIMCHECK" check --format sarif fixtures/check/draft.md "${refs[@]}"
cp "$work/out" "$work/draft.sarif"
/usr/bin/python3 tests/sarif/validate.py "$schema" "$work/draft.sarif" && pass || fail "SARIF does not validate against the 2.1.0 schema"
# The validator itself must catch a broken log.
jq '.runs[0].results[0].level = "fatal"' "$work/draft.sarif" >"$work/broken.sarif"
/usr/bin/python3 tests/sarif/validate.py "$schema" "$work/broken.sarif" >/dev/null && fail "the schema check accepted a broken log" || pass
finish

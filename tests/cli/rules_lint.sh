# SPDX-License-Identifier: MIT
# claimcheck rules: every lint warning says FILE:LINE:COL like the errors;
# a pattern near PCRE2's compiled-size limit is a warning naming the rule,
# its size and the limit, and one past it an error naming the rule; a
# pattern left without anchors beside anchored ones is a warning at it.
. "$(dirname "$0")/lib.bash"

f=fixtures/rules-lint/near_limit.rules
expect_exit "rules near the limit" 0 -- "$CLAIMCHECK" rules --rules "$f"
expect_stderr "size warning" "$f:16:11: warning: rule near_limit: pattern compiles to "
expect_stderr "size and limit named" "% of PCRE2's limit of 65536 bytes"
expect_stderr "no-example warning at the rule word" "$f:20:3: warning: rule no_example has no example"
expect_stderr "unanchored pattern beside anchored ones" "$f:32:11: warning: rule half_anchored: pattern has no anchors line"
# Every line of stderr is a positioned warning.
if grep -Ev '^[^:]+:[0-9]+:[0-9]+: warning: ' "$work/err" | grep -q .; then
    fail "a warning without FILE:LINE:COL"; sed 's/^/  | /' "$work/err"; else pass; fi
[ "$(wc -l <"$work/err")" -eq 3 ] && pass || fail "expected 3 warnings, got $(wc -l <"$work/err")"

f=fixtures/rules-errors/pattern_too_large.rules
expect_exit "rules past the limit" 2 -- "$CLAIMCHECK" rules --rules "$f"
expect_stderr "too large: rule and position" "$f:17:11: rule past_limit: pattern too large: "
expect_stderr "too large: the limit" "passes PCRE2's limit of 65536 bytes"

# The shipped pack's warnings are positioned too.
expect_exit "rules, shipped pack" 0 -- "$CLAIMCHECK" rules
if grep -Ev '^[^:]+:[0-9]+:[0-9]+: warning: ' "$work/err" | grep -q .; then
    fail "a shipped-pack warning without FILE:LINE:COL"; sed 's/^/  | /' "$work/err" | head; else pass; fi
# No shipped pattern is left ungated beside its rule's anchored ones.
if grep -q 'no anchors line' "$work/err"; then
    fail "a shipped pattern without anchors"; grep 'no anchors line' "$work/err" | head; else pass; fi
finish

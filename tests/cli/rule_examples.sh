# SPDX-License-Identifier: MIT
# Every example and counter-example of the shipped rules holds.
. "$(dirname "$0")/lib.bash"

"$CLAIMCHECK" test rules >"$work/out" 2>&1
code=$?
tail -n 1 "$work/out" | grep -Eq '^[0-9]+ passed, 0 failed$' && [ $code -eq 0 ] && pass \
    || { fail "claimcheck test rules: exit $code"; grep -v '^[0-9]* passed' "$work/out" | head -40; }
# The examples are counted: a pack without examples is a defect too.
n=$(tail -n 1 "$work/out" | cut -d' ' -f1)
[ "${n:-0}" -ge 100 ] && pass || fail "only ${n:-0} rule examples ran (expected at least 100)"
finish

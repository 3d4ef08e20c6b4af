/* SPDX-License-Identifier: MIT */
/* fuzz_rules.c: the rule-file loader and compiler on arbitrary bytes. Any
 * input must end in a loaded rule set or a GError, never a crash. */
#include "fuzz_common.h"

#include <claimcheck/claimcheck.h>

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    /* The loader reads files (includes are relative to them), so the input
     * becomes one. */
    const char *path = fuzz_input_file("input-XXXXXX.rules", data, size);
    if (path == NULL)
        return 0;
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) error = NULL;
    if (cc_ruleset_load(rules, path, &error))
        (void)cc_ruleset_compile(rules, &error);
    return 0;
}

/* SPDX-License-Identifier: MIT */
/* normalizer_setup.h: the default rule packs' normalizer, shared by the
 * normalizer fuzz targets. Loaded once per process. */
#pragma once

#include "fuzz_common.h"

#include <claimcheck/claimcheck.h>

#include <stdio.h>
#include <stdlib.h>

static const CcNormalizer *
fuzz_normalizer(void)
{
    static CcRuleSet *rules;
    fuzz_init();
    if (rules == NULL) {
        g_autofree char *dir = cc_ruleset_default_path();
        g_autoptr(GError) error = NULL;
        rules = cc_ruleset_new();
        if (dir == NULL || !cc_ruleset_load(rules, dir, &error) ||
            !cc_ruleset_compile(rules, &error) || cc_ruleset_normalizer(rules) == NULL) {
            fprintf(stderr, "fuzz: cannot load the default rules: %s\n",
                    error ? error->message : "no rules directory or no normalizer");
            abort();
        }
    }
    return cc_ruleset_normalizer(rules);
}

/* Checks what every successful reading must satisfy, so that a value the
 * comparator would choke on is a finding and not a silent pass. */
static void
fuzz_check_value(const CcValue *value)
{
    g_autofree char *display = cc_value_to_display(value);
    if (display == NULL)
        abort();
}

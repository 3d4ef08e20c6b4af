/* SPDX-License-Identifier: MIT */
/* fuzz_scan.c: the document scanner — source checks, segmentation, the
 * mention pass, every rule of the default packs, normalization and
 * modality — on arbitrary bytes. */
#include "fuzz_common.h"

#include <claimcheck/claimcheck.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static CcRuleSet *rules;
static CcExtractor *extractor;

static void
setup(void)
{
    g_autofree char *dir = cc_ruleset_default_path();
    g_autoptr(GError) error = NULL;
    rules = cc_ruleset_new();
    if (dir == NULL || !cc_ruleset_load(rules, dir, &error) || !cc_ruleset_compile(rules, &error)) {
        fprintf(stderr, "fuzz_scan: cannot load the default rules: %s\n",
                error ? error->message : "no rules directory");
        abort();
    }
    extractor = cc_extractor_new(rules);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    if (rules == NULL)
        setup();
    g_autoptr(GError) error = NULL;
    g_autoptr(CcSource) source = cc_source_new_from_data("fuzz", (const char *)data, size, &error);
    if (source == NULL)
        return 0;
    CcExtractOptions options = {.ref_day = 738000, .all = TRUE};
    g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) records = cc_extract(extractor, source, &options, warnings);
    for (guint i = 0; i < records->len; i++) {
        g_autofree char *line = cc_claim_to_json_line(records->pdata[i]);
        (void)line;
    }
    return 0;
}

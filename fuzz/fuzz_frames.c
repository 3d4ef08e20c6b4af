/* SPDX-License-Identifier: MIT */
/* fuzz_frames.c: the frame loader and slot attachment on arbitrary bytes.
 * The input is a frame file, then a line "---", then a document: the frame
 * file is loaded after the core pack (so the value pass has its grammar)
 * and, when it loads, run over the document with --explain's misses. Any
 * input must end in records or a GError, never a crash. */
#include "fuzz_common.h"

#include <claimcheck/claimcheck.h>

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *core_include;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    if (core_include == NULL) {
        g_autofree char *dir = cc_ruleset_default_path();
        core_include = g_strdup_printf("include %s/core/core.rules\n", dir ? dir : "rules");
    }
    const char *text = (const char *)data;
    const char *sep = size >= 5 ? g_strstr_len(text, size, "\n---\n") : NULL;
    gsize rules_len = sep ? (gsize)(sep - text) : size;
    const char *doc = sep ? sep + 5 : "Northland sent 500 troops, taking the total to 900.";
    gsize doc_len = sep ? size - rules_len - 5 : strlen(doc);

    g_autoptr(GByteArray) file = g_byte_array_new();
    g_byte_array_append(file, (const guint8 *)core_include, strlen(core_include));
    g_byte_array_append(file, (const guint8 *)text, rules_len);
    const char *path = fuzz_input_file("input-XXXXXX.rules", file->data, file->len);
    if (path == NULL)
        return 0;
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) error = NULL;
    if (!cc_ruleset_load(rules, path, &error) || !cc_ruleset_compile(rules, &error))
        return 0;
    g_autoptr(CcSource) source = cc_source_new_from_data("fuzz", doc, doc_len, &error);
    if (source == NULL)
        return 0;
    g_autoptr(CcExtractor) extractor = cc_extractor_new(rules);
    g_autoptr(GPtrArray) misses = g_ptr_array_new_with_free_func(g_free);
    CcExtractOptions options = {.ref_day = 738000, .explain = TRUE, .misses = misses};
    g_autoptr(GPtrArray) records = cc_extract(extractor, source, &options, NULL);
    for (guint i = 0; i < records->len; i++) {
        g_autofree char *line = cc_claim_to_json_line(records->pdata[i]);
        (void)line;
    }
    return 0;
}

/* SPDX-License-Identifier: MIT */
/* fuzz_records.c: the JSON Lines records reader behind `compare --records`
 * on arbitrary bytes. Any input must end in records or a GError naming
 * path:line:col, never a crash; records read back must write out again. */
#include "fuzz_common.h"

#include <claimcheck/claimcheck.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    const char *path = fuzz_input_file("claimcheck-fuzz-XXXXXX.jsonl", data, size);
    if (path == NULL)
        return 0;
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) claims = cc_claims_read_jsonl(path, &error);
    if (claims == NULL) {
        /* Every error names the file. */
        if (error == NULL || !g_str_has_prefix(error->message, path))
            abort();
        return 0;
    }
    /* A record read must write out as a line that reads back. */
    g_autoptr(JsonParser) parser = json_parser_new();
    for (guint i = 0; i < claims->len; i++) {
        g_autofree char *line = cc_claim_to_json_line(claims->pdata[i]);
        g_autoptr(GError) again = NULL;
        if (!json_parser_load_from_data(parser, line, -1, &again)) {
            fprintf(stderr, "fuzz_records: wrote invalid JSON: %s\n", again->message);
            abort();
        }
        g_autoptr(CcClaim) back = cc_claim_from_json(json_parser_get_root(parser), &again);
        if (back == NULL) {
            fprintf(stderr, "fuzz_records: a record written does not read back: %s\n%s\n",
                    again->message, line);
            abort();
        }
    }
    return 0;
}

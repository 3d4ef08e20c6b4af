/* SPDX-License-Identifier: MIT */
/* fuzz_records.c: the JSON Lines records reader behind `compare --records`
 * on arbitrary bytes. Any input must end in records or a GError naming
 * path:line:col, never a crash; records read back must write out again. */
#include "fuzz_common.h"

#include <claimcheck/claimcheck.h>

#include "internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each line read by cc_claim_from_json_line (simdjson first, yajl for
 * what simdjson refuses), by yajl alone and into an arena
 * (cc_claim_from_json_line_in, as `compare --records` reads) must give
 * the same record or the same error. The arena's records are all kept
 * until the input is done, as compare keeps them. */
static void
readers_agree(const char *text, size_t size)
{
    g_autoptr(CcClaimArena) arena = cc_claim_arena_new();
    size_t pos = 0;
    guint line = 0;
    while (pos < size) {
        line++;
        const char *start = text + pos;
        const char *nl = memchr(start, '\n', size - pos);
        size_t len = nl != NULL ? (size_t)(nl - start) : size - pos;
        pos += len + (nl != NULL ? 1 : 0);
        g_autoptr(GError) e1 = NULL;
        g_autoptr(GError) e2 = NULL;
        g_autoptr(CcClaim) c1 = cc_claim_from_json_line(start, len, "in", line, 1, &e1);
        g_autoptr(CcClaim) c2 = cc_claim_from_json_line_yajl(start, len, "in", line, 1, &e2);
        g_autoptr(GError) e3 = NULL;
        CcClaim *c3 = cc_claim_from_json_line_in(arena, start, len, "in", line, 1, &e3);
        if ((c1 == NULL) != (c3 == NULL)
            || (c1 == NULL && strcmp(e1->message, e3->message) != 0)) {
            fprintf(stderr, "fuzz_records: line %u: %s, in an arena %s\n", line,
                    c1 != NULL ? "read it" : e1->message, c3 != NULL ? "read it" : e3->message);
            abort();
        }
        if (c1 != NULL) {
            g_autofree char *l1 = cc_claim_to_json_line(c1);
            g_autofree char *l3 = cc_claim_to_json_line(c3);
            if (strcmp(l1, l3) != 0) {
                fprintf(stderr, "fuzz_records: line %u: %s\nagainst the arena's\n%s\n", line,
                        l1, l3);
                abort();
            }
        }
        if ((c1 == NULL) != (c2 == NULL)) {
            fprintf(stderr, "fuzz_records: line %u: simdjson %s, yajl %s\n", line,
                    c1 != NULL ? "read it" : e1->message, c2 != NULL ? "read it" : e2->message);
            abort();
        }
        if (c1 == NULL) {
            if (strcmp(e1->message, e2->message) != 0) {
                fprintf(stderr, "fuzz_records: line %u: \"%s\" against yajl's \"%s\"\n", line,
                        e1->message, e2->message);
                abort();
            }
            continue;
        }
        g_autofree char *l1 = cc_claim_to_json_line(c1);
        g_autofree char *l2 = cc_claim_to_json_line(c2);
        if (strcmp(l1, l2) != 0) {
            fprintf(stderr, "fuzz_records: line %u: %s\nagainst yajl's\n%s\n", line, l1, l2);
            abort();
        }
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init();
    readers_agree((const char *)data, size);
    const char *path = fuzz_input_file("input-XXXXXX.jsonl", data, size);
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

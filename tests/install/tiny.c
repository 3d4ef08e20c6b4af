/* SPDX-License-Identifier: MIT */
/* tiny.c: a program built against an installed libclaimcheck through
 * pkg-config. Loads the rules named on the command line, extracts the
 * claims of one sentence and prints them as JSON Lines. */
#include <claimcheck/claimcheck.h>
#include <stdio.h>
#include <string.h>

int
main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: tiny RULES_DIR\n");
        return 2;
    }
    g_autoptr(GError) error = NULL;
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    if (!cc_ruleset_load(rules, argv[1], &error) || !cc_ruleset_compile(rules, &error)) {
        fprintf(stderr, "%s\n", error->message);
        return 2;
    }
    const char *text = "Seoul says about 11,000 North Korean troops are in Kursk.\n";
    g_autoptr(CcSource) source = cc_source_new_from_data("tiny.txt", text, strlen(text), &error);
    if (source == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return 2;
    }
    g_autoptr(CcExtractor) extractor = cc_extractor_new(rules);
    CcExtractOptions options = {0};
    g_autoptr(GPtrArray) records = cc_extract(extractor, source, &options, NULL);
    for (guint i = 0; i < records->len; i++) {
        g_autofree char *line = cc_claim_to_json_line(records->pdata[i]);
        printf("%s\n", line);
    }
    return records->len > 0 ? 0 : 1;
}

/* SPDX-License-Identifier: MIT */
/* cmd_test.c: claimcheck test — run every rule's examples. */
#include "cli.h"

int
cli_test(int argc, char **argv)
{
    g_auto(GStrv) paths = NULL;
    GOptionEntry entries[] = {
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "RULES…"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_autoptr(GOptionContext) ctx = g_option_context_new("— run every rule's examples");
    g_option_context_add_main_entries(ctx, entries, NULL);
    cli_add_common_options(ctx, CLI_OPTION_VERSION);
    g_option_context_set_description(
        ctx, "RULES are rule files or directories (default: the installed rules).\n"
             "Each failure prints as FILE:LINE: rule ID: expected …, got …; the last line\n"
             "reads 'N passed, N failed'.\n"
             "Exit status: 0 all examples hold, 1 some fail, 2 the rules do not load.");
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        cli_error("%s", error->message);
        return CLI_ERROR;
    }
    g_autoptr(CcRuleSet) rules = cli_load_rules(paths);
    if (rules == NULL)
        return CLI_ERROR;
    CcRuleTestResult result;
    cc_ruletest_run(rules, stdout, &result);
    printf("%u passed, %u failed\n", result.passed, result.failed);
    return result.failed > 0 ? CLI_FINDINGS : CLI_OK;
}

/* cmd_extract.c: claimcheck extract — find claims, print records. */
#include "cli.h"

#include <string.h>

int
cli_extract(int argc, char **argv)
{
    g_auto(GStrv) rule_paths = NULL;
    g_autofree char *date = NULL;
    g_autofree char *format = NULL;
    g_autofree char *output = NULL;
    gboolean all = FALSE;
    g_auto(GStrv) files = NULL;
    GOptionEntry entries[] = {
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &rule_paths,
         "Rule file or directory (repeatable; default: the installed rules)", "PATH"},
        {"date", 'd', 0, G_OPTION_ARG_STRING, &date,
         "Reference date for relative dates, overriding the documents' own", "YYYY-MM-DD"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text or jsonl",
         "FORMAT"},
        {"all", 'a', 0, G_OPTION_ARG_NONE, &all,
         "Also print the generic pack's 'value' records", NULL},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT, atomically", "OUT"},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_autoptr(GOptionContext) ctx = g_option_context_new("— find claims in documents");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_option_context_set_description(
        ctx, "FILE may be '-' for standard input. Records are numbered <source>#<n>.\n"
             "Exit status: 0 success, 2 usage or input error (other files are still read).");
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        cli_error("%s", error->message);
        return CLI_ERROR;
    }
    if (files == NULL || files[0] == NULL) {
        cli_error("extract needs at least one FILE (or '-')");
        return CLI_ERROR;
    }
    gboolean jsonl = FALSE;
    if (format != NULL && strcmp(format, "jsonl") == 0)
        jsonl = TRUE;
    else if (format != NULL && strcmp(format, "text") != 0) {
        cli_error("unknown format '%s' (text or jsonl)", format);
        return CLI_ERROR;
    }
    CcExtractOptions options = {.all = all};
    if (date != NULL && !cli_parse_date(date, &options.ref_day)) {
        cli_error("--date wants YYYY-MM-DD, not '%s'", date);
        return CLI_ERROR;
    }

    g_autoptr(CcRuleSet) rules = cli_load_rules(rule_paths);
    if (rules == NULL)
        return CLI_ERROR;
    /* A rule set of generic rules only is asked for its values. */
    gboolean generic_only = TRUE;
    GPtrArray *list = cc_ruleset_rules(rules);
    for (guint i = 0; i < list->len; i++)
        if (g_strcmp0(((CcRule *)list->pdata[i])->predicate, "value") != 0)
            generic_only = FALSE;
    if (generic_only)
        options.all = TRUE;

    gboolean failed = FALSE;
    g_autoptr(GPtrArray) sources = cli_read_sources(files, &failed);
    g_autoptr(GPtrArray) records = cli_extract_all(rules, sources, &options);

    CliOutput out;
    if (!cli_output_open(&out, output))
        return CLI_ERROR;
    gboolean ok;
    if (jsonl) {
        ok = cc_report_jsonl(out.fp, records, &error);
    } else {
        CcReportOptions ropts = {.color = out.fp == stdout && cli_use_color(stdout)};
        ok = cc_report_table(out.fp, records, &ropts, &error);
    }
    if (!ok && error != NULL)
        cli_error("%s", error->message);
    if (!cli_output_close(&out, ok))
        return CLI_ERROR;
    return failed ? CLI_ERROR : CLI_OK;
}

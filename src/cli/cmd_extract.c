/* cmd_extract.c: claimcheck extract — find claims, print records. */
#include "cli.h"

#include <string.h>

typedef struct {
    FILE *out;
    gboolean jsonl;
    GPtrArray *records; /* kept for the table */
    gboolean write_failed;
} Collect;

static gboolean
deliver(CcSource *source, GPtrArray *records, gpointer user_data)
{
    Collect *c = user_data;
    (void)source;
    if (c->jsonl) {
        if (!c->write_failed && !cc_report_jsonl(c->out, records, NULL))
            c->write_failed = TRUE;
        return TRUE;
    }
    for (guint i = 0; i < records->len; i++)
        g_ptr_array_add(c->records, g_steal_pointer(&records->pdata[i]));
    return TRUE;
}

int
cli_extract(int argc, char **argv)
{
    g_auto(GStrv) rule_paths = NULL;
    g_autofree char *date = NULL;
    g_autofree char *format = NULL;
    g_autofree char *output = NULL;
    gboolean all = FALSE;
    gint jobs = 0;
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
        {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
         "Documents extracted in parallel (default: one per core); output order is the "
         "input order either way",
         "N"},
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

    if (jobs < 0) {
        cli_error("--jobs wants a positive number");
        return CLI_ERROR;
    }
    CliOutput out;
    if (!cli_output_open(&out, output))
        return CLI_ERROR;
    /* JSON Lines stream a document at a time; the table is laid out once
     * every record is known. */
    Collect collect = {.out = out.fp, .jsonl = jsonl,
                       .records = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free)};
    gboolean read_all = cli_extract_files(rules, files, &options,
                                          jobs > 0 ? (guint)jobs : cli_default_jobs(), deliver,
                                          &collect);
    gboolean ok = !collect.write_failed;
    if (ok && !jsonl) {
        CcReportOptions ropts = {.color = out.fp == stdout && cli_use_color(stdout)};
        ok = cc_report_table(out.fp, collect.records, &ropts, &error);
    }
    g_ptr_array_unref(collect.records);
    if (!ok)
        cli_error("%s", error ? error->message : "cannot write the records");
    if (!cli_output_close(&out, ok))
        return CLI_ERROR;
    return read_all ? CLI_OK : CLI_ERROR;
}

/* cmd_compare.c: claimcheck compare — line up claims across sources. */
#include "cli.h"

#include <string.h>

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_HTML } Format;

typedef struct {
    GPtrArray *claims;
    GPtrArray *sources;
} Gather;

/* Keeps every record, and the source for titles and sentences in context. */
static gboolean
gather_document(CcSource *source, GPtrArray *records, gpointer user_data)
{
    Gather *g = user_data;
    g_ptr_array_add(g->sources, cc_source_ref(source));
    for (guint i = 0; i < records->len; i++)
        g_ptr_array_add(g->claims, g_steal_pointer(&records->pdata[i]));
    return TRUE;
}

int
cli_compare(int argc, char **argv)
{
    g_auto(GStrv) rule_paths = NULL;
    g_auto(GStrv) record_files = NULL;
    g_autofree char *db = NULL;
    g_autofree char *date = NULL;
    g_autofree char *format = NULL;
    g_autofree char *output = NULL;
    g_auto(GStrv) files = NULL;
    GOptionEntry entries[] = {
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &rule_paths,
         "Rule file or directory (repeatable; default: the installed rules)", "PATH"},
        {"records", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &record_files,
         "Compare records written earlier by 'extract --format jsonl' (repeatable)", "FILE"},
        {"db", 0, 0, G_OPTION_ARG_FILENAME, &db,
         "Compare every claim of a store made by 'claimcheck index add'", "FILE"},
        {"date", 'd', 0, G_OPTION_ARG_STRING, &date,
         "Reference date for relative dates, overriding the documents' own", "YYYY-MM-DD"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text, json or html",
         "FORMAT"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT, atomically", "OUT"},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_autoptr(GOptionContext) ctx =
        g_option_context_new("— agreement, conflict and disputes across sources");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_option_context_set_description(
        ctx, "Exit status: 0 no conflict, 1 conflicts found, 2 usage or input error.");
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        cli_error("%s", error->message);
        return CLI_ERROR;
    }
    if ((files == NULL || files[0] == NULL) && (record_files == NULL || record_files[0] == NULL)
        && db == NULL) {
        cli_error("compare needs FILEs, --records or --db");
        return CLI_ERROR;
    }
    Format fmt = FORMAT_TEXT;
    if (format == NULL || strcmp(format, "text") == 0)
        fmt = FORMAT_TEXT;
    else if (strcmp(format, "json") == 0)
        fmt = FORMAT_JSON;
    else if (strcmp(format, "html") == 0)
        fmt = FORMAT_HTML;
    else {
        cli_error("unknown format '%s' (text, json or html)", format);
        return CLI_ERROR;
    }
    CcExtractOptions options = {0};
    if (date != NULL && !cli_parse_date(date, &options.ref_day)) {
        cli_error("--date wants YYYY-MM-DD, not '%s'", date);
        return CLI_ERROR;
    }

    gboolean failed = FALSE;
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    for (guint i = 0; record_files && record_files[i]; i++) {
        g_autoptr(GPtrArray) read = cc_claims_read_jsonl(record_files[i], &error);
        if (read == NULL) {
            fprintf(stderr, "%s\n", error->message);
            g_clear_error(&error);
            failed = TRUE;
            continue;
        }
        for (guint j = 0; j < read->len; j++)
            g_ptr_array_add(claims, g_steal_pointer(&read->pdata[j]));
        g_ptr_array_set_free_func(read, NULL);
    }
    if (db != NULL) {
        g_autoptr(CcStore) store = cc_store_open(db, &error);
        g_autoptr(GPtrArray) stored = store ? cc_store_all_claims(store, &error) : NULL;
        if (stored == NULL) {
            fprintf(stderr, "%s\n", error->message);
            return CLI_ERROR;
        }
        for (guint j = 0; j < stored->len; j++)
            g_ptr_array_add(claims, g_steal_pointer(&stored->pdata[j]));
    }
    g_autoptr(GPtrArray) sources = NULL;
    if (files != NULL && files[0] != NULL) {
        g_autoptr(CcRuleSet) rules = cli_load_rules(rule_paths);
        if (rules == NULL)
            return CLI_ERROR;
        sources = g_ptr_array_new_with_free_func((GDestroyNotify)cc_source_unref);
        Gather gather = {.claims = claims, .sources = sources};
        if (!cli_extract_files(rules, files, &options, cli_default_jobs(), gather_document,
                               &gather))
            failed = TRUE;
    }
    if (failed)
        return CLI_ERROR; /* compare what could not all be read: no */

    CcCompareOptions copts;
    cc_compare_options_init(&copts);
    g_autoptr(CcComparison) comparison = cc_compare(claims, &copts);

    CliOutput out;
    if (!cli_output_open(&out, output))
        return CLI_ERROR;
    gboolean ok = FALSE;
    CcReportOptions ropts = {.color = out.fp == stdout && cli_use_color(stdout)};
    switch (fmt) {
    case FORMAT_TEXT:
        ok = cc_report_compare_text(out.fp, comparison, sources, &ropts, &error);
        break;
    case FORMAT_JSON:
        ok = cc_report_compare_json(out.fp, comparison, sources, &error);
        break;
    case FORMAT_HTML:
        ok = cc_report_compare_html(out.fp, comparison, sources, &error);
        break;
    }
    if (!ok && error != NULL)
        cli_error("%s", error->message);
    if (!cli_output_close(&out, ok))
        return CLI_ERROR;

    GPtrArray *findings = cc_comparison_findings(comparison);
    for (guint i = 0; i < findings->len; i++)
        if (((CcFinding *)findings->pdata[i])->type == CC_RELATION_CONFLICT)
            return CLI_FINDINGS;
    return CLI_OK;
}

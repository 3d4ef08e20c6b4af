/* SPDX-License-Identifier: MIT */
/* cmd_compare.c: claimcheck compare — line up claims across sources. */
#include "cli.h"

#include "../internal.h"

#include <string.h>

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_HTML, FORMAT_JSONL } Format;

typedef struct {
    GPtrArray *claims;
    GPtrArray *owned;
    GPtrArray *sources;
} Gather;

/* Keeps every record, and the source for titles and sentences in context. */
static gboolean
gather_document(CcSource *source, GPtrArray *records, gpointer user_data)
{
    Gather *g = user_data;
    g_ptr_array_add(g->sources, cc_source_ref(source));
    for (guint i = 0; i < records->len; i++) {
        g_ptr_array_add(g->claims, records->pdata[i]);
        g_ptr_array_add(g->owned, g_steal_pointer(&records->pdata[i]));
    }
    return TRUE;
}

/* Appends every record of @path (JSON Lines, key-prefixed or not), parsed
 * on @jobs threads, laid in @arena. */
static gboolean
read_records(const char *path, guint jobs, GPtrArray *claims, CcClaimArena *arena)
{
    g_autoptr(GError) error = NULL;
    if (!cli_records_read_all(path, jobs, claims, arena, &error)) {
        fprintf(stderr, "%s\n", error->message);
        return FALSE;
    }
    return TRUE;
}

/* The reduce step: every FILE is sorted by key, so a key's records are
 * contiguous in each; the files are merged key by key, and each key is
 * compared and its findings written as soon as its last record is read.
 * Memory holds one key's records, not the corpus. Returns CLI_OK,
 * CLI_FINDINGS when a key conflicts, CLI_ERROR on bad input. */
static int
compare_sorted(char **paths, FILE *out, gboolean key_prefix, const CcCompareOptions *copts)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(CliRecordMerge) merge = cli_record_merge_open(paths, &error);
    if (merge == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return CLI_ERROR;
    }
    int status = CLI_OK;
    GPtrArray *group;
    while ((group = cli_record_merge_next(merge, &error)) != NULL) {
        g_autoptr(CcComparison) comparison = cc_compare(group, copts);
        g_ptr_array_unref(group);
        if (!cc_report_compare_jsonl(out, comparison, key_prefix, &error)) {
            cli_error("%s", error->message);
            return CLI_ERROR;
        }
        GPtrArray *findings = cc_comparison_findings(comparison);
        for (guint i = 0; i < findings->len; i++)
            if (((CcFinding *)findings->pdata[i])->type == CC_RELATION_CONFLICT)
                status = CLI_FINDINGS;
    }
    if (error != NULL) {
        fprintf(stderr, "%s\n", error->message);
        return CLI_ERROR;
    }
    return status;
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
    gboolean sorted = FALSE;
    gboolean key_prefix = FALSE;
    gboolean exit_zero = FALSE;
    gint64 max_relations = -1;
    gint jobs = 0;
    g_auto(GStrv) files = NULL;
    GOptionEntry entries[] = {
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &rule_paths,
         "Rule file or directory (repeatable; default: the installed rules)", "PATH"},
        {"records", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &record_files,
         "Compare records written earlier by 'extract --format jsonl' or 'extract "
         "--key-prefix' (repeatable; '-': standard input)",
         "FILE"},
        {"sorted", 0, 0, G_OPTION_ARG_NONE, &sorted,
         "Every --records FILE is sorted by key: compare key by key in bounded memory, "
         "streaming the findings as JSON Lines (the reduce step)",
         NULL},
        {"db", 0, 0, G_OPTION_ARG_FILENAME, &db,
         "Compare every claim of a store made by 'claimcheck index add'", "FILE"},
        {"date", 'd', 0, G_OPTION_ARG_STRING, &date,
         "Reference date for relative dates, overriding the documents' own", "YYYY-MM-DD"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format,
         "Output format: text, json, html or jsonl (findings one a line, in key order, "
         "each key's consensus on the line before them)",
         "FORMAT"},
        {"key-prefix", 0, 0, G_OPTION_ARG_NONE, &key_prefix,
         "With jsonl: each line's key and a tab before it", NULL},
        {"exit-zero", 0, 0, G_OPTION_ARG_NONE, &exit_zero,
         "Exit 0 when conflicts are found (input errors still exit 2): engines take any "
         "other status for a failed task",
         NULL},
        {"max-relations", 0, 0, G_OPTION_ARG_INT64, &max_relations,
         "Budget of relations over all keys: past it, the keys with most pairs are related "
         "across clusters only, as the output says (default 1,000,000; with --sorted, per key)",
         "N"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT, atomically", "OUT"},
        {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
         "Threads reading --records and extracting FILEs, at most 256 (default: one per "
         "core); the output is the same on any number",
         "N"},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_autoptr(GOptionContext) ctx =
        g_option_context_new("— agreement, conflict and disputes across sources");
    g_option_context_add_main_entries(ctx, entries, NULL);
    cli_add_common_options(ctx, CLI_OPTION_COLOR | CLI_OPTION_STDIN_NAME);
    g_option_context_set_description(
        ctx, "Exit status: 0 no conflict, 1 conflicts found, 2 usage or input error.\n"
             "docs/scale-out.md shows compare as the reduce step of Hadoop Streaming and Spark.");
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
    if (format == NULL && sorted)
        fmt = FORMAT_JSONL;
    else if (format == NULL || strcmp(format, "text") == 0)
        fmt = FORMAT_TEXT;
    else if (strcmp(format, "jsonl") == 0)
        fmt = FORMAT_JSONL;
    else if (strcmp(format, "json") == 0)
        fmt = FORMAT_JSON;
    else if (strcmp(format, "html") == 0)
        fmt = FORMAT_HTML;
    else {
        cli_error("unknown format '%s' (text, json, html or jsonl)", format);
        return CLI_ERROR;
    }
    if (key_prefix && fmt != FORMAT_JSONL) {
        cli_error("--key-prefix prefixes JSON Lines: --format jsonl");
        return CLI_ERROR;
    }
    if (jobs < 0 || jobs > CLI_MAX_JOBS) {
        cli_error("--jobs wants a number of threads from 1 to %d, not %d", CLI_MAX_JOBS, jobs);
        return CLI_ERROR;
    }
    guint threads = jobs > 0 ? (guint)jobs : cli_default_jobs();
    CcCompareOptions copts;
    cc_compare_options_init(&copts);
    if (max_relations != -1) {
        if (max_relations < 1 || max_relations > G_MAXUINT) {
            cli_error("--max-relations wants a count from 1 to %u, not %" G_GINT64_FORMAT,
                      G_MAXUINT, max_relations);
            return CLI_ERROR;
        }
        copts.max_relations = (guint)max_relations;
    }
    guint stdin_users = 0;
    for (guint i = 0; record_files && record_files[i]; i++)
        stdin_users += strcmp(record_files[i], "-") == 0;
    for (guint i = 0; files && files[i]; i++)
        stdin_users += strcmp(files[i], "-") == 0;
    if (stdin_users > 1) {
        cli_error("standard input ('-') can be read only once");
        return CLI_ERROR;
    }
    if (sorted) {
        if (fmt != FORMAT_JSONL) {
            cli_error("--sorted streams findings as JSON Lines: --format jsonl");
            return CLI_ERROR;
        }
        if ((files != NULL && files[0] != NULL) || db != NULL || record_files == NULL) {
            cli_error("--sorted reads --records only (FILEs and --db are not sorted by key)");
            return CLI_ERROR;
        }
        CliOutput out;
        if (!cli_output_open(&out, output))
            return CLI_ERROR;
        int status = compare_sorted(record_files, out.fp, key_prefix, &copts);
        if (!cli_output_close(&out, status != CLI_ERROR))
            return CLI_ERROR;
        return status == CLI_FINDINGS && exit_zero ? CLI_OK : status;
    }
    CcExtractOptions options = {0};
    if (date != NULL && !cli_parse_date(date, &options.ref_day)) {
        cli_error("--date wants YYYY-MM-DD, not '%s'", date);
        return CLI_ERROR;
    }

    gboolean failed = FALSE;
    /* The records compared: those of the record files lie in the arena
     * (each record's struct and strings together, freed at once), the
     * store's and the extracted ones are each their own (@owned). */
    g_autoptr(CcClaimArena) arena = cc_claim_arena_new();
    g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_autoptr(GPtrArray) claims = g_ptr_array_new();
    for (guint i = 0; record_files && record_files[i]; i++)
        if (!read_records(record_files[i], threads, claims, arena))
            failed = TRUE;
    if (db != NULL) {
        g_autoptr(CcStore) store = cc_store_open_mode(db, CC_STORE_OPEN_READ, &error);
        g_autoptr(GPtrArray) stored = store ? cc_store_all_claims(store, &error) : NULL;
        if (stored == NULL) {
            fprintf(stderr, "%s\n", error->message);
            return CLI_ERROR;
        }
        for (guint j = 0; j < stored->len; j++) {
            g_ptr_array_add(claims, stored->pdata[j]);
            g_ptr_array_add(owned, g_steal_pointer(&stored->pdata[j]));
        }
    }
    g_autoptr(GPtrArray) sources = NULL;
    if (files != NULL && files[0] != NULL) {
        g_autoptr(CcRuleSet) rules = cli_load_rules(rule_paths);
        if (rules == NULL)
            return CLI_ERROR;
        sources = g_ptr_array_new_with_free_func((GDestroyNotify)cc_source_unref);
        Gather gather = {.claims = claims, .owned = owned, .sources = sources};
        if (!cli_extract_files(rules, files, &options, threads, gather_document,
                               &gather))
            failed = TRUE;
    }
    if (failed)
        return CLI_ERROR; /* compare what could not all be read: no */

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
    case FORMAT_JSONL:
        ok = cc_report_compare_jsonl(out.fp, comparison, key_prefix, &error);
        break;
    }
    if (!ok && error != NULL)
        cli_error("%s", error->message);
    if (!cli_output_close(&out, ok))
        return CLI_ERROR;

    GPtrArray *findings = cc_comparison_findings(comparison);
    for (guint i = 0; i < findings->len && !exit_zero; i++)
        if (((CcFinding *)findings->pdata[i])->type == CC_RELATION_CONFLICT)
            return CLI_FINDINGS;
    return CLI_OK;
}

/* SPDX-License-Identifier: MIT */
/* cmd_extract.c: claimcheck extract — find claims, print records. */
#include "cli.h"

#include <string.h>

typedef struct {
    FILE *out;
    gboolean jsonl;
    gboolean key_prefix;
    GPtrArray *records; /* kept for the table */
    gboolean write_failed;
} Collect;

/* "KEY<TAB>record" lines for a map step: the engine sorts and groups by
 * what comes before the first tab. Records without a key are never
 * compared, so they are left out. */
static gboolean
write_keyed(FILE *out, GPtrArray *records)
{
    for (guint i = 0; i < records->len; i++) {
        const CcClaim *c = records->pdata[i];
        if (c->key == NULL)
            continue;
        if (strpbrk(c->key, "\t\n\r") != NULL) {
            fprintf(stderr,
                    "%s:%u:%u: record %s: the key '%s' holds a tab or line break and cannot "
                    "prefix a line\n",
                    c->file ? c->file : "?", MAX(c->line, 1u), MAX(c->column, 1u),
                    c->id ? c->id : "?", c->key);
            return FALSE;
        }
        g_autofree char *line = cc_claim_to_json_line(c);
        fprintf(out, "%s\t%s\n", c->key, line);
    }
    return fflush(out) == 0 && !ferror(out);
}

static gboolean
deliver(CcSource *source, GPtrArray *records, gpointer user_data)
{
    Collect *c = user_data;
    (void)source;
    if (c->key_prefix) {
        if (!c->write_failed && !write_keyed(c->out, records))
            c->write_failed = TRUE;
        return TRUE;
    }
    if (c->jsonl) {
        if (!c->write_failed && !cc_report_jsonl(c->out, records, NULL))
            c->write_failed = TRUE;
        return TRUE;
    }
    for (guint i = 0; i < records->len; i++)
        g_ptr_array_add(c->records, g_steal_pointer(&records->pdata[i]));
    return TRUE;
}

/* What --explain adds after the table: each record's slots, then each
 * value mention no frame took. */
static gboolean
write_explain(FILE *out, GPtrArray *records, GPtrArray *misses)
{
    fputs("\nWhy each record:\n", out);
    for (guint i = 0; i < records->len; i++) {
        const CcClaim *c = records->pdata[i];
        /* document words reach the terminal: escaped as in the table */
        g_autofree char *id = cc_text_escape_controls(c->id, -1);
        g_autofree char *why = cc_text_escape_controls(c->explain ? c->explain : "", -1);
        if (c->explain != NULL)
            fprintf(out, "  %s %u:%u %s\n", id, c->line, c->column, why);
        else
            fprintf(out, "  %s %u:%u rule %s: a pattern matched\n", id, c->line, c->column,
                    c->rule);
    }
    fprintf(out, "\nValue mentions no frame took: %u\n", misses->len);
    for (guint i = 0; i < misses->len; i++) {
        g_autofree char *line = cc_text_escape_controls(misses->pdata[i], -1);
        fprintf(out, "  %s\n", line);
    }
    return fflush(out) == 0 && !ferror(out);
}

/* Appends the paths listed in @list, one a line, to @files. */
static gboolean
read_file_list(const char *list, GPtrArray *files)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(CliLineReader) lines = cli_line_reader_open(list, &error);
    if (lines == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return FALSE;
    }
    char *text;
    gsize len;
    while (cli_line_reader_next(lines, &text, &len, &error)) {
        if (memchr(text, '\0', len) != NULL) {
            fprintf(stderr, "%s:%u:1: a path holds a NUL byte\n", cli_line_reader_name(lines),
                    cli_line_reader_line(lines));
            return FALSE;
        }
        g_ptr_array_add(files, g_strndup(text, len));
    }
    if (error != NULL) {
        fprintf(stderr, "%s\n", error->message);
        return FALSE;
    }
    return TRUE;
}

int
cli_extract(int argc, char **argv)
{
    g_auto(GStrv) rule_paths = NULL;
    g_autofree char *date = NULL;
    g_autofree char *format = NULL;
    g_autofree char *output = NULL;
    g_autofree char *files_from = NULL;
    g_autofree char *documents = NULL;
    gboolean key_prefix = FALSE;
    gboolean all = FALSE;
    gboolean explain = FALSE;
    gint jobs = 0;
    g_auto(GStrv) files = NULL;
    GOptionEntry entries[] = {
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &rule_paths,
         "Rule file or directory (repeatable; default: the installed rules)", "PATH"},
        {"date", 'd', 0, G_OPTION_ARG_STRING, &date,
         "Reference date for relative dates, overriding the documents' own", "YYYY-MM-DD"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text or jsonl",
         "FORMAT"},
        {"key-prefix", 0, 0, G_OPTION_ARG_NONE, &key_prefix,
         "JSON Lines with each record's key and a tab before it, for the map step of Hadoop "
         "Streaming or Spark (records without a key are left out)",
         NULL},
        {"files-from", 0, 0, G_OPTION_ARG_FILENAME, &files_from,
         "Also read the files listed in LIST, one path a line ('-': standard input)", "LIST"},
        {"documents", 0, 0, G_OPTION_ARG_FILENAME, &documents,
         "Also read documents given as JSON Lines, {\"path\": …, \"text\": …} a line "
         "('-': standard input)",
         "FILE"},
        {"all", 'a', 0, G_OPTION_ARG_NONE, &all,
         "Also print the generic pack's 'value' records", NULL},
        {"explain", 'e', 0, G_OPTION_ARG_NONE, &explain,
         "After the table, say which words filled each frame record's slots, and for every "
         "value mention no frame took, the frame that came closest and the slot it lacked "
         "(text format; runs on one thread)",
         NULL},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT, atomically", "OUT"},
        {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
         "Documents extracted in parallel, at most 256 (default: one per core); output order "
         "is the input order either way",
         "N"},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_autoptr(GOptionContext) ctx = g_option_context_new("— find claims in documents");
    g_option_context_add_main_entries(ctx, entries, NULL);
    cli_add_common_options(ctx, CLI_OPTION_COLOR | CLI_OPTION_STDIN_NAME);
    g_option_context_set_description(
        ctx, "FILE may be '-' for standard input. Records are numbered <source>#<n>.\n"
             "docs/scale-out.md shows extract as the map step of Hadoop Streaming and Spark.\n"
             "Exit status: 0 success, 2 usage or input error (other files are still read).");
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        cli_error("%s", error->message);
        return CLI_ERROR;
    }
    if ((files == NULL || files[0] == NULL) && files_from == NULL && documents == NULL) {
        cli_error("extract needs at least one FILE (or '-'), --files-from or --documents");
        return CLI_ERROR;
    }
    guint stdin_users = (files_from != NULL && strcmp(files_from, "-") == 0)
                        + (documents != NULL && strcmp(documents, "-") == 0);
    for (guint i = 0; files && files[i]; i++)
        stdin_users += strcmp(files[i], "-") == 0;
    if (stdin_users > 1) {
        cli_error("standard input ('-') can be read only once");
        return CLI_ERROR;
    }
    gboolean jsonl = FALSE;
    if (format != NULL && strcmp(format, "jsonl") == 0)
        jsonl = TRUE;
    else if (format != NULL && strcmp(format, "text") != 0) {
        cli_error("unknown format '%s' (text or jsonl)", format);
        return CLI_ERROR;
    }
    if (key_prefix && format != NULL && !jsonl) {
        cli_error("--key-prefix writes JSON Lines: leave out --format or say jsonl");
        return CLI_ERROR;
    }
    if (key_prefix)
        jsonl = TRUE;
    if (explain && jsonl) {
        cli_error("--explain writes to the text table: leave out --format jsonl and --key-prefix");
        return CLI_ERROR;
    }
    g_autoptr(GPtrArray) misses = explain ? g_ptr_array_new_with_free_func(g_free) : NULL;
    CcExtractOptions options = {.all = all, .explain = explain, .misses = misses};
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

    /* Each job is a thread with its own extractor: past a few hundred,
     * more only exhausts threads or memory (GLib aborts when it cannot
     * make one). */
    if (jobs < 0 || jobs > CLI_MAX_JOBS) {
        cli_error("--jobs wants a number of threads from 1 to %d, not %d", CLI_MAX_JOBS, jobs);
        return CLI_ERROR;
    }
    CliOutput out;
    if (!cli_output_open(&out, output))
        return CLI_ERROR;
    /* JSON Lines stream a document at a time; the table is laid out once
     * every record is known. */
    Collect collect = {.out = out.fp, .jsonl = jsonl, .key_prefix = key_prefix,
                       .records = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free)};
    /* The FILE arguments, then the listed files, then the documents. */
    g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; files && files[i]; i++)
        g_ptr_array_add(paths, g_strdup(files[i]));
    gboolean read_all = TRUE;
    if (files_from != NULL && !read_file_list(files_from, paths))
        read_all = FALSE;
    g_ptr_array_add(paths, NULL);
    /* The misses of --explain gather in one list, in document order. */
    guint threads = explain ? 1 : jobs > 0 ? (guint)jobs : cli_default_jobs();
    if (!cli_extract_files(rules, (char **)paths->pdata, &options, threads, deliver, &collect))
        read_all = FALSE;
    if (documents != NULL
        && !cli_extract_documents(rules, documents, &options, threads, deliver, &collect))
        read_all = FALSE;
    gboolean ok = !collect.write_failed;
    if (ok && !jsonl) {
        CcReportOptions ropts = {.color = out.fp == stdout && cli_use_color(stdout)};
        ok = cc_report_table(out.fp, collect.records, &ropts, &error);
        if (ok && explain)
            ok = write_explain(out.fp, collect.records, misses);
    }
    g_ptr_array_unref(collect.records);
    if (!ok)
        cli_error("%s", error ? error->message : "cannot write the records");
    /* A run that could not read every input keeps the old OUT: no report
     * of part of the inputs replaces one of them all. */
    if (!cli_output_close(&out, ok && read_all))
        return CLI_ERROR;
    return CLI_OK;
}

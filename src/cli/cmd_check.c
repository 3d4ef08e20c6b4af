/* SPDX-License-Identifier: MIT */
/* cmd_check.c: claimcheck check — an editor's check of a draft against
 * reference sources, printed as compiler diagnostics, JSON or SARIF. */
#include "cli.h"

#include <string.h>

typedef enum { FORMAT_DIAG, FORMAT_JSON, FORMAT_SARIF } Format;
typedef enum { FAIL_CONFLICT, FAIL_DISPUTED, FAIL_ANY } FailOn;

/* A suppressions file: one "PREDICATE [TEXT]" a line, '#' comments. A
 * diagnostic is silenced when its claim has that predicate (or event) and,
 * if TEXT is given, that text as written. */
static gboolean
apply_suppressions_file(CcCheck *check, const char *path, guint *count)
{
    g_autofree char *data = NULL;
    g_autoptr(GError) error = NULL;
    if (!g_file_get_contents(path, &data, NULL, &error)) {
        cli_error("%s", error->message);
        return FALSE;
    }
    g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
    GPtrArray *diags = cc_check_diagnostics(check);
    for (guint n = 0; lines[n]; n++) {
        char *line = g_strstrip(lines[n]);
        if (*line == '\0' || *line == '#')
            continue;
        char *sp = strpbrk(line, " \t");
        const char *text = NULL;
        if (sp != NULL) {
            *sp = '\0';
            text = g_strstrip(sp + 1);
            if (*text == '\0')
                text = NULL;
        }
        for (guint i = 0; i < diags->len; i++) {
            CcDiagnostic *d = diags->pdata[i];
            const CcClaim *c = d->claim;
            gboolean topic = g_strcmp0(line, c->predicate) == 0
                             || (c->object != NULL && g_strcmp0(line, c->object) == 0);
            if (topic && (text == NULL || g_strcmp0(text, c->text) == 0) && !d->suppressed) {
                d->suppressed = TRUE;
                (*count)++;
            }
        }
    }
    return TRUE;
}

typedef struct {
    GPtrArray *claims;
    guint n_sources;
} References;

static gboolean
gather_reference(CcSource *source, GPtrArray *records, gpointer user_data)
{
    References *r = user_data;
    (void)source;
    r->n_sources++;
    for (guint i = 0; i < records->len; i++)
        g_ptr_array_add(r->claims, g_steal_pointer(&records->pdata[i]));
    return TRUE;
}

/* The stored claims that can matter to the draft's: looked up by key and
 * time through the store's index and its per-key summaries; the claims the
 * summaries answer for are counted in @unread, not read. */
static gboolean
gather_from_store(const char *path, GPtrArray *draft_claims, const CcCheckOptions *options,
                  References *refs, GHashTable *keys_referenced, GHashTable *unread)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(CcStore) store = cc_store_open_mode(path, CC_STORE_OPEN_READ, &error);
    if (store == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return FALSE;
    }
    g_autoptr(GPtrArray) found =
        cc_store_claims_for_check(store, draft_claims, &options->compare, options->listed,
                                  keys_referenced, unread, &error);
    if (found == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return FALSE;
    }
    for (guint j = 0; j < found->len; j++)
        g_ptr_array_add(refs->claims, g_steal_pointer(&found->pdata[j]));
    guint64 n_sources = 0;
    if (!cc_store_count_sources(store, &n_sources, &error)) {
        fprintf(stderr, "%s\n", error->message);
        return FALSE;
    }
    refs->n_sources += (guint)n_sources;
    return TRUE;
}

/* References in one order whether read from files or a store: by source,
 * then place in the document. */
static int
by_source_then_place(gconstpointer pa, gconstpointer pb)
{
    const CcClaim *a = *(const CcClaim *const *)pa, *b = *(const CcClaim *const *)pb;
    int c = g_strcmp0(a->source, b->source);
    if (c != 0)
        return c;
    if (a->span_start != b->span_start)
        return a->span_start < b->span_start ? -1 : 1;
    if (a->span_end != b->span_end)
        return a->span_end < b->span_end ? -1 : 1;
    /* "SOURCE#N": N counts the document's records in order. */
    const char *ha = a->id != NULL ? strrchr(a->id, '#') : NULL;
    const char *hb = b->id != NULL ? strrchr(b->id, '#') : NULL;
    if (ha != NULL && hb != NULL) {
        guint64 na = g_ascii_strtoull(ha + 1, NULL, 10), nb = g_ascii_strtoull(hb + 1, NULL, 10);
        if (na != nb)
            return na < nb ? -1 : 1;
    }
    return g_strcmp0(a->id, b->id);
}

int
cli_check(int argc, char **argv)
{
    g_auto(GStrv) rule_paths = NULL;
    g_auto(GStrv) against = NULL;
    g_autofree char *date = NULL;
    g_autofree char *format = NULL;
    g_autofree char *fail_on = NULL;
    g_autofree char *suppressions = NULL;
    g_autofree char *output = NULL;
    g_autofree char *db = NULL;
    gboolean strict = FALSE;
    g_auto(GStrv) globs = NULL;
    gboolean explain = FALSE;
    gboolean exit_zero = FALSE;
    gboolean no_config = FALSE;
    gboolean verbose = FALSE;
    g_auto(GStrv) files = NULL;
    GOptionEntry entries[] = {
        {"against", 'A', 0, G_OPTION_ARG_FILENAME_ARRAY, &against,
         "Reference file or directory (repeatable)", "FILE|DIR"},
        {"glob", 0, 0, G_OPTION_ARG_STRING_ARRAY, &globs,
         "In a directory, read the files matching PATTERN instead of *.txt, *.md and "
         "*.markdown (repeatable)",
         "PATTERN"},
        {"db", 0, 0, G_OPTION_ARG_FILENAME, &db,
         "Check against the claims of a store made by 'claimcheck index add'", "FILE"},
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &rule_paths,
         "Rule file or directory (repeatable; default: the installed rules)", "PATH"},
        {"date", 'd', 0, G_OPTION_ARG_STRING, &date, "The draft's date, if it does not say",
         "YYYY-MM-DD"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output: diag, json or sarif",
         "FORMAT"},
        {"fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on,
         "Exit 1 on: conflict (errors), disputed (errors and disputed figures), any "
         "(warnings too)",
         "LEVEL"},
        {"strict", 0, 0, G_OPTION_ARG_NONE, &strict,
         "Uncorroborated and uncovered claims are errors", NULL},
        {"explain", 0, 0, G_OPTION_ARG_NONE, &explain,
         "Under each diagnostic, the reference claims behind it with their sources", NULL},
        {"suppressions", 0, 0, G_OPTION_ARG_FILENAME, &suppressions,
         "File of verified claims to silence: 'PREDICATE [TEXT]' per line", "FILE"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT, atomically", "OUT"},
        {"exit-zero", 0, 0, G_OPTION_ARG_NONE, &exit_zero,
         "Exit 0 when findings are reported (input errors still exit 2)", NULL},
        {"no-config", 0, 0, G_OPTION_ARG_NONE, &no_config,
         "Ignore .claimcheck.ini in this directory or its parents", NULL},
        {"verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Say which configuration file is used",
         NULL},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "DRAFT"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_autoptr(GOptionContext) ctx =
        g_option_context_new("— check a draft's claims against reference sources");
    g_option_context_add_main_entries(ctx, entries, NULL);
    cli_add_common_options(ctx, CLI_OPTION_COLOR | CLI_OPTION_STDIN_NAME);
    g_option_context_set_description(
        ctx, "Each draft claim is judged against the consensus of the references that speak\n"
             "of it: an error when it conflicts with the band most references support, a\n"
             "warning when the references are split, one reference makes it or none does.\n"
             "Defaults come from the [check] group of .claimcheck.ini in the current\n"
             "directory or the nearest parent that has one (against, db, rules, fail-on,\n"
             "strict, date, suppressions, include, exclude); a flag overrides it.\n"
             "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
             "2 usage or input error.");
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        cli_error("%s", error->message);
        return CLI_ERROR;
    }
    if (files == NULL || files[0] == NULL || files[1] != NULL) {
        cli_error("check needs exactly one DRAFT");
        return CLI_ERROR;
    }
    g_autoptr(CliConfig) config = NULL;
    g_autofree char *fail_on_origin = NULL; /* set when the value is the file's */
    g_autofree char *date_origin = NULL;
    if (!no_config) {
        config = cli_config_find(&error);
        if (config == NULL) {
            fprintf(stderr, "%s\n", error->message);
            return CLI_ERROR;
        }
    }
    if (verbose) {
        g_autofree char *cwd = g_get_current_dir();
        if (no_config)
            fprintf(stderr, "%s: configuration ignored (--no-config)\n", g_get_prgname());
        else if (config->path != NULL)
            fprintf(stderr, "%s: configuration %s\n", g_get_prgname(), config->path);
        else
            fprintf(stderr, "%s: no .claimcheck.ini in %s or its parents\n", g_get_prgname(),
                    cwd);
    }
    /* The file's defaults, under the flags: references named on the command
     * line replace both of the file's kinds. */
    if (config != NULL && config->path != NULL) {
        if ((against == NULL || against[0] == NULL) && db == NULL) {
            g_strfreev(against);
            against = g_strdupv(config->against);
            db = g_strdup(config->db);
        }
        if (rule_paths == NULL)
            rule_paths = g_strdupv(config->rules);
        if (fail_on == NULL && config->fail_on != NULL) {
            fail_on = g_strdup(config->fail_on);
            fail_on_origin = g_strdup_printf("%s: fail-on", config->path);
        }
        if (date == NULL && config->date != NULL) {
            date = g_strdup(config->date);
            date_origin = g_strdup_printf("%s: date", config->path);
        }
        if (suppressions == NULL)
            suppressions = g_strdup(config->suppressions);
        strict = strict || config->strict;
    }
    if ((against == NULL || against[0] == NULL) && db == NULL) {
        cli_error("check needs references: --against FILE|DIR or --db FILE");
        return CLI_ERROR;
    }
    Format fmt;
    if (format == NULL || strcmp(format, "diag") == 0)
        fmt = FORMAT_DIAG;
    else if (strcmp(format, "json") == 0)
        fmt = FORMAT_JSON;
    else if (strcmp(format, "sarif") == 0)
        fmt = FORMAT_SARIF;
    else {
        cli_error("unknown format '%s' (diag, json or sarif)", format);
        return CLI_ERROR;
    }
    FailOn fail;
    if (fail_on == NULL || strcmp(fail_on, "conflict") == 0)
        fail = FAIL_CONFLICT;
    else if (strcmp(fail_on, "disputed") == 0)
        fail = FAIL_DISPUTED;
    else if (strcmp(fail_on, "any") == 0)
        fail = FAIL_ANY;
    else {
        cli_error("%s wants conflict, disputed or any, not '%s'",
                  fail_on_origin ? fail_on_origin : "--fail-on", fail_on);
        return CLI_ERROR;
    }
    CcExtractOptions draft_options = {0};
    if (date != NULL && !cli_parse_date(date, &draft_options.ref_day)) {
        cli_error("%s wants YYYY-MM-DD, not '%s'", date_origin ? date_origin : "--date", date);
        return CLI_ERROR;
    }

    g_autoptr(CcRuleSet) rules = cli_load_rules(rule_paths);
    if (rules == NULL)
        return CLI_ERROR;
    g_autoptr(CliDraft) draft = cli_read_draft(files[0]);
    if (draft == NULL)
        return CLI_ERROR;
    if (draft_options.ref_day == 0)
        draft_options.ref_day = draft->date;
    g_autoptr(GPtrArray) ref_claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    References refs = {.claims = ref_claims};
    if (against != NULL && against[0] != NULL) {
        g_autoptr(GPtrArray) ref_paths = g_ptr_array_new_with_free_func(g_free);
        g_autoptr(CliWalk) walk = cli_walk_new(globs);
        for (guint i = 0; against[i]; i++) {
            guint first = ref_paths->len;
            cli_walk_add(walk, against[i], ref_paths);
            /* The file's include and exclude globs sift what a directory holds. */
            if (g_file_test(against[i], G_FILE_TEST_IS_DIR))
                for (guint j = ref_paths->len; j > first; j--)
                    if (!cli_config_admits(config, ref_paths->pdata[j - 1]))
                        g_ptr_array_remove_index(ref_paths, j - 1);
        }
        g_ptr_array_add(ref_paths, NULL);
        CcExtractOptions ref_options = {0};
        if (!cli_extract_files(rules, (char **)ref_paths->pdata, &ref_options, cli_default_jobs(),
                               gather_reference, &refs))
            return CLI_ERROR;
    }
    g_autoptr(GPtrArray) draft_sources = g_ptr_array_new();
    g_ptr_array_add(draft_sources, draft->scanned);
    g_autoptr(GPtrArray) draft_claims = cli_extract_all(rules, draft_sources, &draft_options);
    CcCheckOptions options;
    cc_check_options_init(&options);
    options.strict = strict;
    /* A speaker's country is told by the rule set's words, from files
     * and from a store alike. */
    options.speakers = cc_ruleset_lexicon(rules);
    /* --explain names every reference claim behind each verdict; the
     * other outputs list the latest CC_CHECK_LISTED of each side. */
    if (explain && fmt == FORMAT_DIAG)
        options.listed = 0;
    g_autoptr(GHashTable) keys_referenced = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GHashTable) unread = g_hash_table_new_full(NULL, NULL, NULL, g_free);
    if (db != NULL &&
        !gather_from_store(db, draft_claims, &options, &refs, keys_referenced, unread))
        return CLI_ERROR;
    /* The same references in reach from files and from a store, so that
     * both give the same report. */
    g_autoptr(GPtrArray) in_reach = cc_check_references_in_reach(draft_claims, ref_claims,
                                                                 &options.compare,
                                                                 keys_referenced);
    g_ptr_array_sort(in_reach, by_source_then_place);
    g_autoptr(CcCheck) check =
        cc_check_run_summarised(draft_claims, in_reach, keys_referenced, unread, &options);

    guint in_document = cli_apply_draft_suppressions(check, draft);
    guint from_file = 0;
    if (suppressions != NULL && !apply_suppressions_file(check, suppressions, &from_file))
        return CLI_ERROR;

    CliOutput out;
    if (!cli_output_open(&out, output))
        return CLI_ERROR;
    gboolean ok = FALSE;
    const char *text = cc_source_text(draft->original);
    gsize len = cc_source_length(draft->original);
    switch (fmt) {
    case FORMAT_DIAG:
        ok = (explain ? cc_check_write_explained : cc_check_write_diag)(
            out.fp, check, text, len, out.fp == stdout && cli_use_color(stdout), &error);
        break;
    case FORMAT_JSON:
        ok = cc_check_write_json(out.fp, check, &error);
        break;
    case FORMAT_SARIF:
        ok = cc_check_write_sarif(out.fp, check, text, len, &error);
        break;
    }
    if (!ok && error != NULL)
        cli_error("%s", error->message);
    if (!cli_output_close(&out, ok))
        return CLI_ERROR;

    /* The summary: suppressions are counted so that they cannot hide. */
    guint counts[3] = {0}, disputed = 0, suppressed = 0;
    GPtrArray *diags = cc_check_diagnostics(check);
    for (guint i = 0; i < diags->len; i++) {
        const CcDiagnostic *d = diags->pdata[i];
        if (d->suppressed) {
            suppressed++;
            continue;
        }
        if (d->kind == CC_CHECK_AGREED)
            continue;
        counts[d->severity]++;
        if (d->kind == CC_CHECK_DISPUTED)
            disputed++;
    }
    fprintf(stderr,
            "%s: %u claim%s checked against %u reference%s: %u error%s, %u warning%s, %u "
            "note%s; %u suppressed (%u in the draft, %u from --suppressions)\n",
            cc_source_path(draft->original), diags->len, diags->len == 1 ? "" : "s", refs.n_sources,
            refs.n_sources == 1 ? "" : "s", counts[CC_SEVERITY_ERROR],
            counts[CC_SEVERITY_ERROR] == 1 ? "" : "s", counts[CC_SEVERITY_WARNING],
            counts[CC_SEVERITY_WARNING] == 1 ? "" : "s", counts[CC_SEVERITY_NOTE],
            counts[CC_SEVERITY_NOTE] == 1 ? "" : "s", suppressed, in_document, from_file);

    gboolean findings = counts[CC_SEVERITY_ERROR] > 0 || (fail == FAIL_DISPUTED && disputed > 0)
                        || (fail == FAIL_ANY && counts[CC_SEVERITY_WARNING] > 0);
    return findings && !exit_zero ? CLI_FINDINGS : CLI_OK;
}

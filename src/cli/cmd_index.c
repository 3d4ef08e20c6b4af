/* SPDX-License-Identifier: MIT */
/* cmd_index.c: claimcheck index — the claim store. References are
 * extracted once and kept in SQLite, so that `check --db` and
 * `compare --db` read their claims without reading the references again. */
#include "cli.h"

#include <string.h>

#define DEFAULT_DB "claims.db"

/* What identifies the rules a store's claims came from: a change of rules
 * must re-extract a file even when its bytes did not change. */
static char *
rules_fingerprint(const CcRuleSet *rules)
{
    g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(sum, (const guchar *)CC_VERSION_STRING, -1);
    GPtrArray *files = cc_ruleset_files(rules);
    for (guint i = 0; i < files->len; i++) {
        g_autofree char *data = NULL;
        gsize len = 0;
        if (g_file_get_contents(files->pdata[i], &data, &len, NULL))
            g_checksum_update(sum, (const guchar *)data, (gssize)len);
    }
    return g_strdup(g_checksum_get_string(sum));
}

typedef struct {
    CcStore *store;
    const char *fingerprint;
    guint added, skipped, failed;
} Adder;

static gboolean
add_document(CcSource *source, GPtrArray *records, gpointer user_data)
{
    Adder *a = user_data;
    g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(sum, (const guchar *)cc_source_text(source),
                      (gssize)cc_source_length(source));
    g_checksum_update(sum, (const guchar *)a->fingerprint, -1);
    g_autoptr(CcStoreSource) info = cc_store_source_new(cc_source_id(source));
    info->path = g_strdup(cc_source_path(source));
    info->title = g_strdup(cc_source_header(source, "title"));
    info->outlet = g_strdup(cc_source_header(source, "outlet"));
    info->date = g_strdup(cc_source_header(source, "date"));
    info->url = g_strdup(cc_source_header(source, "url"));
    info->content_hash = g_strdup_printf("sha256:%s", g_checksum_get_string(sum));
    gboolean skipped = FALSE;
    g_autoptr(GError) error = NULL;
    if (!cc_store_add_source(a->store, info, records, &skipped, &error)) {
        fprintf(stderr, "%s\n", error->message);
        a->failed++;
        return FALSE;
    }
    if (skipped)
        a->skipped++;
    else
        a->added++;
    return TRUE;
}

static int
index_add(CcStore *store, char **rule_paths, char **globs, char **paths)
{
    g_autoptr(CcRuleSet) rules = cli_load_rules(rule_paths);
    if (rules == NULL)
        return CLI_ERROR;
    g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(CliWalk) walk = cli_walk_new(globs);
    for (guint i = 0; paths[i]; i++)
        cli_walk_add(walk, paths[i], files);
    g_ptr_array_add(files, NULL);
    g_autofree char *fingerprint = rules_fingerprint(rules);
    Adder adder = {.store = store, .fingerprint = fingerprint};
    CcExtractOptions options = {0};
    gboolean ok = cli_extract_files(rules, (char **)files->pdata, &options, cli_default_jobs(),
                                    add_document, &adder);
    /* Files that could not be read or stored were named above. */
    fprintf(stderr, "%s: %u added, %u unchanged%s\n", cc_store_path(store), adder.added,
            adder.skipped, ok ? "" : "; some files failed");
    return ok ? CLI_OK : CLI_ERROR;
}

static int
index_list(CcStore *store)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) list = cc_store_list_sources(store, &error);
    if (list == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return CLI_ERROR;
    }
    for (guint i = 0; i < list->len; i++) {
        const CcStoreSource *s = list->pdata[i];
        /* Ids, paths and titles come from documents: escaped for the terminal. */
        g_autofree char *id = cc_text_escape_controls(s->id, -1);
        g_autofree char *date = cc_text_escape_controls(s->date ? s->date : "-", -1);
        g_autofree char *path = cc_text_escape_controls(s->path ? s->path : "", -1);
        g_autofree char *title = cc_text_escape_controls(s->title ? s->title : "", -1);
        printf("%-24s %6u claims  %-10s  %s%s%s\n", id, s->n_claims, date, path,
               s->title ? "  " : "", title);
    }
    return CLI_OK;
}

static int
index_remove(CcStore *store, char **ids)
{
    int rc = CLI_OK;
    for (guint i = 0; ids[i]; i++) {
        g_autoptr(GError) error = NULL;
        gboolean removed = FALSE;
        if (!cc_store_remove_source(store, ids[i], &removed, &error)) {
            fprintf(stderr, "%s\n", error->message);
            return CLI_ERROR;
        }
        if (!removed) {
            cli_error("%s: no source '%s' in the store", cc_store_path(store), ids[i]);
            rc = CLI_ERROR;
        }
    }
    return rc;
}

static int
index_stats(CcStore *store)
{
    g_autoptr(GError) error = NULL;
    CcStoreStats st;
    if (!cc_store_stats(store, &st, &error)) {
        fprintf(stderr, "%s\n", error->message);
        return CLI_ERROR;
    }
    printf("sources  %" G_GUINT64_FORMAT "\nclaims   %" G_GUINT64_FORMAT
           "\nkeys     %" G_GUINT64_FORMAT "\nbytes    %" G_GUINT64_FORMAT
           " (%.0f per claim)\n",
           st.sources, st.claims, st.keys, st.file_size,
           st.claims ? (double)st.file_size / (double)st.claims : 0.0);
    return CLI_OK;
}

/* The file's integrity, then the summaries recomputed from the claims. */
static int
index_verify(CcStore *store)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func(g_free);
    if (!cc_store_verify(store, problems, &error)) {
        fprintf(stderr, "%s\n", error->message);
        return CLI_ERROR;
    }
    for (guint i = 0; i < problems->len; i++)
        fprintf(stderr, "%s\n", (const char *)problems->pdata[i]);
    if (problems->len > 0) {
        fprintf(stderr, "%s: %u summar%s differ%s from the claims\n", cc_store_path(store),
                problems->len, problems->len == 1 ? "y" : "ies", problems->len == 1 ? "s" : "");
        return CLI_FINDINGS;
    }
    fprintf(stderr, "%s: ok\n", cc_store_path(store));
    return CLI_OK;
}

static gboolean
write_record(const CcClaim *claim, gpointer user_data, GError **error)
{
    FILE *out = user_data;
    g_autofree char *line = cc_claim_to_json_line(claim);
    if (fputs(line, out) < 0 || fputc('\n', out) == EOF) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "cannot write the records");
        return FALSE;
    }
    return TRUE;
}

/* The stored claims as records, one JSON line each: what 'extract --format
 * jsonl' wrote for the same files, by source id then document order. */
static int
index_export(CcStore *store, const char *output)
{
    CliOutput out;
    if (!cli_output_open(&out, output))
        return CLI_ERROR;
    g_autoptr(GError) error = NULL;
    gboolean ok = cc_store_foreach_claim(store, write_record, out.fp, &error);
    if (!ok)
        fprintf(stderr, "%s\n", error->message);
    if (!cli_output_close(&out, ok))
        return CLI_ERROR;
    return ok ? CLI_OK : CLI_ERROR;
}

int
cli_index(int argc, char **argv)
{
    g_autofree char *db = NULL;
    g_autofree char *format = NULL;
    g_autofree char *output = NULL;
    g_auto(GStrv) rule_paths = NULL;
    g_auto(GStrv) rest = NULL;
    g_auto(GStrv) globs = NULL;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The claim store (default: " DEFAULT_DB ")",
         "FILE"},
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &rule_paths,
         "Rule file or directory for 'add' (repeatable; default: the installed rules)", "PATH"},
        {"glob", 0, 0, G_OPTION_ARG_STRING_ARRAY, &globs,
         "For 'add', in a directory, the files matching PATTERN instead of *.txt, *.md and "
         "*.markdown (repeatable)",
         "PATTERN"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format,
         "Output of 'export': jsonl (the only one)", "FORMAT"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         "Write 'export' to OUT, atomically", "OUT"},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL,
         "add FILE|DIR… | list | remove ID… | stats | verify | export"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_autoptr(GOptionContext) ctx = g_option_context_new("— the claim store of reference sources");
    g_option_context_add_main_entries(ctx, entries, NULL);
    cli_add_common_options(ctx, CLI_OPTION_VERSION);
    g_option_context_set_description(
        ctx, "  add FILE|DIR…   extract references once and store their claims; a changed file\n"
             "                  replaces its claims in one transaction, an unchanged one is "
             "skipped\n"
             "  list            the stored sources\n"
             "  remove ID…      forget sources and their claims\n"
             "  stats           sources, claims, keys and size\n"
             "  verify          check the file, and the per-key summaries against the claims\n"
             "  export          the stored claims as records (JSON Lines), as 'extract\n"
             "                  --format jsonl' writes them\n"
             "Exit status: 0 success, 1 'verify' found summaries that differ, 2 usage, input\n"
             "or store error.");
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        cli_error("%s", error->message);
        return CLI_ERROR;
    }
    if (rest == NULL || rest[0] == NULL) {
        cli_error("index needs an action: add, list, remove, stats, verify or export");
        return CLI_ERROR;
    }
    const char *action = rest[0];
    gboolean takes_args = strcmp(action, "add") == 0 || strcmp(action, "remove") == 0;
    if (!takes_args && strcmp(action, "list") != 0 && strcmp(action, "stats") != 0 &&
        strcmp(action, "verify") != 0 && strcmp(action, "export") != 0) {
        cli_error("unknown index action '%s' (add, list, remove, stats, verify or export)",
                  action);
        return CLI_ERROR;
    }
    if (takes_args != (rest[1] != NULL)) {
        cli_error(takes_args ? "index %s needs arguments" : "index %s takes no arguments", action);
        return CLI_ERROR;
    }
    if ((format != NULL || output != NULL) && strcmp(action, "export") != 0) {
        cli_error("--format and --output are options of 'index export'");
        return CLI_ERROR;
    }
    if (format != NULL && strcmp(format, "jsonl") != 0) {
        cli_error("unknown export format '%s' (jsonl)", format);
        return CLI_ERROR;
    }
    /* Only 'add' makes a store: a mistyped name elsewhere is an error, not
     * a new empty store. */
    CcStoreOpenMode mode = strcmp(action, "add") == 0      ? CC_STORE_OPEN_CREATE
                           : strcmp(action, "remove") == 0 ? CC_STORE_OPEN_WRITE
                                                           : CC_STORE_OPEN_READ;
    g_autoptr(CcStore) store = cc_store_open_mode(db ? db : DEFAULT_DB, mode, &error);
    if (store == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return CLI_ERROR;
    }
    if (strcmp(action, "add") == 0)
        return index_add(store, rule_paths, globs, rest + 1);
    if (strcmp(action, "remove") == 0)
        return index_remove(store, rest + 1);
    if (strcmp(action, "list") == 0)
        return index_list(store);
    if (strcmp(action, "verify") == 0)
        return index_verify(store);
    if (strcmp(action, "export") == 0)
        return index_export(store, output);
    return index_stats(store);
}

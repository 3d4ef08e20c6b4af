/* SPDX-License-Identifier: MIT */
/* common.c: rule loading, reading sources, atomic output and colour — what
 * every subcommand needs. */
#include "cli.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void
cli_error(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    fputs("claimcheck: ", stderr);
    vfprintf(stderr, format, ap);
    fputc('\n', stderr);
    va_end(ap);
}

CcRuleSet *
cli_load_rules(char **paths)
{
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) error = NULL;
    g_autofree char *fallback = NULL;
    if (paths == NULL || paths[0] == NULL) {
        fallback = cc_ruleset_default_path();
        if (fallback == NULL) {
            cli_error("no rules: set CLAIMCHECK_RULES or pass --rules PATH");
            return NULL;
        }
        if (!cc_ruleset_load(rules, fallback, &error)) {
            fprintf(stderr, "%s\n", error->message);
            return NULL;
        }
    } else {
        for (guint i = 0; paths[i]; i++) {
            if (!cc_ruleset_load(rules, paths[i], &error)) {
                fprintf(stderr, "%s\n", error->message);
                return NULL;
            }
        }
    }
    if (!cc_ruleset_compile(rules, &error)) {
        fprintf(stderr, "%s\n", error->message);
        return NULL;
    }
    return g_steal_pointer(&rules);
}

gboolean
cli_parse_date(const char *text, guint32 *day)
{
    return cc_day_from_iso(text, day);
}

GPtrArray *
cli_extract_all(const CcRuleSet *rules, GPtrArray *sources, const CcExtractOptions *options)
{
    GPtrArray *all = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_autoptr(CcExtractor) extractor = cc_extractor_new(rules);
    g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < sources->len; i++) {
        g_autoptr(GPtrArray) records = cc_extract(extractor, sources->pdata[i], options, warnings);
        for (guint j = 0; j < records->len; j++)
            g_ptr_array_add(all, g_steal_pointer(&records->pdata[j]));
        g_ptr_array_set_free_func(records, NULL);
    }
    for (guint i = 0; i < warnings->len; i++)
        fprintf(stderr, "%s: warning: %s\n", g_get_prgname(), (char *)warnings->pdata[i]);
    return all;
}

gboolean
cli_output_open(CliOutput *out, const char *path)
{
    memset(out, 0, sizeof *out);
    if (path == NULL || strcmp(path, "-") == 0) {
        out->fp = stdout;
        return TRUE;
    }
    g_autofree char *dir = g_path_get_dirname(path);
    g_autofree char *base = g_path_get_basename(path);
    out->tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
    int fd = g_mkstemp(out->tmp);
    if (fd < 0) {
        cli_error("cannot write %s: %s", path, g_strerror(errno));
        g_clear_pointer(&out->tmp, g_free);
        return FALSE;
    }
    /* mkstemp makes the file private; the report gets the permissions any
     * new file would. */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0) {
        cli_error("cannot write %s: %s", path, g_strerror(errno));
        close(fd);
        g_unlink(out->tmp);
        g_clear_pointer(&out->tmp, g_free);
        return FALSE;
    }
    out->fp = fdopen(fd, "w");
    if (out->fp == NULL) {
        cli_error("cannot write %s: %s", path, g_strerror(errno));
        close(fd);
        g_unlink(out->tmp);
        g_clear_pointer(&out->tmp, g_free);
        return FALSE;
    }
    out->path = g_strdup(path);
    return TRUE;
}

gboolean
cli_output_close(CliOutput *out, gboolean ok)
{
    if (out->fp == stdout) {
        if (fflush(stdout) != 0) {
            cli_error("cannot write standard output: %s", g_strerror(errno));
            return FALSE;
        }
        return ok;
    }
    if (out->fp == NULL)
        return FALSE;
    gboolean written = ferror(out->fp) == 0;
    if (fclose(out->fp) != 0)
        written = FALSE;
    out->fp = NULL;
    if (ok && !written)
        cli_error("cannot write %s: %s", out->path, g_strerror(errno));
    if (ok && written && g_rename(out->tmp, out->path) != 0) {
        cli_error("cannot write %s: %s", out->path, g_strerror(errno));
        written = FALSE;
    }
    if (!ok || !written)
        g_unlink(out->tmp);
    g_clear_pointer(&out->tmp, g_free);
    g_clear_pointer(&out->path, g_free);
    return ok && written;
}

static int
by_path(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void
cli_collect_documents(const char *path, GPtrArray *out)
{
    if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
        g_ptr_array_add(out, g_strdup(path));
        return;
    }
    g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
    if (dir == NULL) {
        g_ptr_array_add(out, g_strdup(path)); /* reading it will say why */
        return;
    }
    g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(dir)) != NULL) {
        if (name[0] == '.')
            continue;
        g_autofree char *child = g_build_filename(path, name, NULL);
        if (g_file_test(child, G_FILE_TEST_IS_DIR) || g_str_has_suffix(name, ".txt")
            || g_str_has_suffix(name, ".md") || g_str_has_suffix(name, ".markdown"))
            g_ptr_array_add(found, g_steal_pointer(&child));
    }
    g_ptr_array_sort(found, by_path);
    for (guint i = 0; i < found->len; i++)
        cli_collect_documents(found->pdata[i], out);
}

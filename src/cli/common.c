/* SPDX-License-Identifier: MIT */
/* common.c: rule loading, reading sources and colour — what every
 * subcommand needs (output files are output.c's). */
#include "cli.h"
#include "../internal.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void
cli_error(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    g_autofree char *message = g_strdup_vprintf(format, ap);
    va_end(ap);
    /* Messages name paths and ids that documents chose: escaped, as the
     * text output is. */
    g_autofree char *safe = cc_text_escape_controls(message, -1);
    fprintf(stderr, "claimcheck: %s\n", safe);
}

/* The rule set last loaded, held to the process's exit: freeing the
 * pack's tables, patterns and lexicon gives nothing back to a process
 * about to end and costs a one-line document's run about a tenth of its
 * start-up. It stays reachable, so that a leak checker counts no leak;
 * with CLAIMCHECK_FREE_AT_EXIT set (not "0") it is freed at exit, so that
 * memcheck sees every free of it (tests/valgrind-seeds sets it). */
static CcRuleSet *held_rules;

static void
free_held_rules(void)
{
    g_clear_pointer(&held_rules, cc_ruleset_free);
}

static void
hold_rules(CcRuleSet *rules)
{
    static gboolean registered = FALSE;
    const char *free_at_exit = g_getenv("CLAIMCHECK_FREE_AT_EXIT");
    if (!registered && free_at_exit != NULL && g_strcmp0(free_at_exit, "0") != 0)
        registered = atexit(free_held_rules) == 0;
    g_clear_pointer(&held_rules, cc_ruleset_free);
    held_rules = cc_ruleset_ref(rules);
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
    hold_rules(rules);
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
    for (guint i = 0; i < warnings->len; i++) {
        g_autofree char *safe = cc_text_escape_controls(warnings->pdata[i], -1);
        fprintf(stderr, "%s: warning: %s\n", g_get_prgname(), safe);
    }
    return all;
}

/* SPDX-License-Identifier: MIT */
/* cmd_rules.c: claimcheck rules — list rules, macros and lexicons with
 * where each is defined, and lint what is missing. */
#include "cli.h"

static void
count_examples(const CcRule *r, guint *examples, guint *counters)
{
    *examples = *counters = 0;
    for (guint j = 0; j < r->examples->len; j++) {
        if (((CcExample *)r->examples->pdata[j])->counter)
            (*counters)++;
        else
            (*examples)++;
    }
}

int
cli_rules(int argc, char **argv)
{
    g_auto(GStrv) rule_paths = NULL;
    GOptionEntry entries[] = {
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &rule_paths,
         "Rule file or directory (repeatable; default: the installed rules)", "PATH"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_autoptr(GOptionContext) ctx =
        g_option_context_new("— list rules, macros and lexicons with where they are defined");
    g_option_context_add_main_entries(ctx, entries, NULL);
    cli_add_common_options(ctx, CLI_OPTION_VERSION);
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        cli_error("%s", error->message);
        return CLI_ERROR;
    }
    g_autoptr(CcRuleSet) rules = cli_load_rules(rule_paths);
    if (rules == NULL)
        return CLI_ERROR;

    GPtrArray *list = cc_ruleset_rules(rules);
    guint nframes = 0;
    for (guint i = 0; i < list->len; i++)
        nframes += ((const CcRule *)list->pdata[i])->frame != NULL;
    printf("rules (%u):\n", list->len - nframes);
    for (guint i = 0; i < list->len; i++) {
        const CcRule *r = list->pdata[i];
        if (r->frame != NULL)
            continue;
        guint examples, counters;
        count_examples(r, &examples, &counters);
        printf("  %-32s %s:%u  %s %s%s%s  %s  %u pattern%s, %u example%s, %u counter%s\n", r->id,
               r->file, r->line, r->subject ? r->subject : "-", r->predicate,
               r->object ? " " : "", r->object ? r->object : "",
               cc_claim_type_to_string(r->type), r->patterns->len,
               r->patterns->len == 1 ? "" : "s", examples, examples == 1 ? "" : "s", counters,
               counters == 1 ? "" : "s");
    }
    printf("frames (%u):\n", nframes);
    for (guint i = 0; i < list->len; i++) {
        const CcRule *r = list->pdata[i];
        if (r->frame == NULL)
            continue;
        guint examples, counters;
        count_examples(r, &examples, &counters);
        g_autofree char *slots = cc_rule_describe_slots(r);
        printf("  %-32s %s:%u  %s %s%s%s  %s  %u example%s, %u counter%s\n    %s\n", r->id,
               r->file, r->line, r->subject ? r->subject : "-", r->predicate,
               r->object ? " " : "", r->object ? r->object : "",
               cc_claim_type_to_string(r->type), examples, examples == 1 ? "" : "s", counters,
               counters == 1 ? "" : "s", slots);
    }
    GPtrArray *macros = cc_ruleset_macros(rules);
    printf("macros (%u):\n", macros->len);
    for (guint i = 0; i < macros->len; i++) {
        const CcMacro *m = macros->pdata[i];
        printf("  {%s}  %s:%u\n", m->name, m->file, m->line);
    }
    const CcLexicon *lexicon = cc_ruleset_lexicon(rules);
    g_autoptr(GPtrArray) tables = cc_lexicon_tables(lexicon);
    printf("lexicons (%u):\n", tables->len);
    for (guint i = 0; i < tables->len; i++) {
        GPtrArray *e = cc_lexicon_entries(lexicon, tables->pdata[i]);
        const CcLexiconEntry *first = e->len ? e->pdata[0] : NULL;
        printf("  %-16s %4u entries  (e.g. %s:%u)\n", (char *)tables->pdata[i], e->len,
               first ? first->file : "", first ? first->line : 0);
    }
    g_autoptr(GPtrArray) warnings = cc_ruleset_lint(rules);
    for (guint i = 0; i < warnings->len; i++) {
        const CcRuleWarning *w = warnings->pdata[i];
        fprintf(stderr, "%s:%u:%u: warning: %s\n", w->file, w->line, w->col, w->message);
    }
    return CLI_OK;
}

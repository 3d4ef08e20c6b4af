/* SPDX-License-Identifier: MIT */
/* test_rules.c: the rule-file loader and compiler — good rule text, macro
 * expansion, example parsing, includes, defaults, staging, and the golden
 * error messages of fixtures/rules-errors/ (CC_UPDATE_GOLDEN=1 rewrites them). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"

#include <glib/gstdio.h>
#include <unistd.h>

/* ---- helpers ------------------------------------------------------------- */

static char *tmp_root;

static void
rm_rf(const char *path)
{
    if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
        GDir *d = g_dir_open(path, 0, NULL);
        const char *name;
        while (d && (name = g_dir_read_name(d)) != NULL) {
            g_autofree char *child = g_build_filename(path, name, NULL);
            rm_rf(child);
        }
        if (d)
            g_dir_close(d);
        g_rmdir(path);
    } else {
        g_unlink(path);
    }
}

static int
setup(void **state)
{
    (void)state;
    tmp_root = g_dir_make_tmp("cc-rules-XXXXXX", NULL);
    return tmp_root ? 0 : -1;
}

static int
teardown(void **state)
{
    (void)state;
    rm_rf(tmp_root);
    g_clear_pointer(&tmp_root, g_free);
    return 0;
}

/* Writes @text to @rel under the temporary directory; returns its path. */
static char *
put(const char *rel, const char *text)
{
    char *path = g_build_filename(tmp_root, rel, NULL);
    g_autofree char *dir = g_path_get_dirname(path);
    g_mkdir_with_parents(dir, 0755);
    assert_true(g_file_set_contents(path, text, -1, NULL));
    return path;
}

/* Loads and compiles @text as one file; NULL and *@msg set on error. */
static CcRuleSet *
load_text(const char *name, const char *text, char **msg, int *code)
{
    g_autofree char *path = put(name, text);
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) err = NULL;
    if (!cc_ruleset_load(rules, path, &err) || !cc_ruleset_compile(rules, &err)) {
        assert_non_null(err);
        if (msg)
            *msg = g_strdup(err->message);
        if (code)
            *code = err->code;
        return NULL;
    }
    return g_steal_pointer(&rules);
}

static void
fail_row(guint row, const char *name, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

static void
fail_row(guint row, const char *name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_autofree char *m = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    fail_msg("case %u \"%s\": %s", row, name, m);
}

/* ---- macro expansion ----------------------------------------------------- */

typedef struct {
    const char *name;
    const char *defs;    /* macros and lexicons */
    const char *pattern; /* the pattern line's regex */
    const char *expect;  /* the compiled source */
} ExpandCase;

static const ExpandCase expand_cases[] = {
    {"plain", "", "(?<value>\\d+) troops", "(?<value>\\d+) troops"},
    {"one macro", "macro NUM = \\d+\n", "(?<value>{NUM}) troops", "(?<value>(?:\\d+)) troops"},
    {"nested", "macro D = \\d\nmacro NUM = {D}+(?:,{D}{3})*\n", "(?<value>{NUM})",
     "(?<value>(?:(?:\\d)+(?:,(?:\\d){3})*))"},
    {"quantifiers stay", "macro A = a\n", "{A}{3}x{1,3}y{,2}", "(?:a){3}x{1,3}y{,2}"},
    {"escaped brace stays", "macro A = a\n", "\\{A}{A}", "\\{A}(?:a)"},
    {"class stays", "macro A = a\n", "[{A}]{A}", "[{A}](?:a)"},
    {"class with bracket", "macro A = a\n", "[]{A}]{A}", "[]{A}](?:a)"},
    {"posix class", "macro A = a\n", "[[:alpha:]{A}]{A}", "[[:alpha:]{A}](?:a)"},
    {"quoted stays", "macro A = a\n", "\\Q{A}\\E{A}", "\\Q{A}\\E(?:a)"},
    {"lower case is literal", "macro A = a\n", "{a}{A}", "{a}(?:a)"},
    {"table", "lexicon units\n  troops = person\n  km = m 1000\n  u.s. = x\nend\n",
     "(?<value>\\d+) {@units}", "(?<value>\\d+) (?:troops|u\\.s\\.|km)"},
    {"table in macro",
     "lexicon vague\n  tens of thousands = 20000 99999\n  dozens = 24 99\nend\nmacro V = {@vague}\n",
     "(?<value>{V})", "(?<value>(?:(?:tens\\s+of\\s+thousands|dozens)))"},
    {"macro used twice", "macro A = a|b\n", "{A}-{A}", "(?:a|b)-(?:a|b)"},
};

static void
test_macro_expansion(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(expand_cases); i++) {
        const ExpandCase *c = &expand_cases[i];
        g_autofree char *text = g_strdup_printf(
            "%srule r\n  claim a b\n  value event\n  pattern %s\nend\n", c->defs, c->pattern);
        g_autofree char *file = g_strdup_printf("expand%u.rules", i);
        g_autofree char *msg = NULL;
        g_autoptr(CcRuleSet) rules = load_text(file, text, &msg, NULL);
        if (rules == NULL)
            fail_row(i, c->name, "did not load: %s", msg);
        const CcRule *r = cc_ruleset_find(rules, "r");
        assert_non_null(r);
        assert_int_equal(r->patterns->len, 1);
        const char *got = cc_pattern_source(r->patterns->pdata[0]);
        if (strcmp(got, c->expect) != 0)
            fail_row(i, c->name, "got %s, want %s", got, c->expect);
        if (strcmp(r->pattern_sources->pdata[0], c->pattern) != 0)
            fail_row(i, c->name, "source kept as %s", (char *)r->pattern_sources->pdata[0]);
    }
}

/* ---- example parsing ----------------------------------------------------- */

typedef struct {
    const char *name;
    const char *type;  /* "quantity" or "date" */
    const char *lines; /* example and continuation lines */
    const char *sentence;
    gboolean counter;
    int has_value; /* 1: expect [low, high] below; -1: open low, -2 open high */
    double low, high;
    int approx, vague; /* -1: not checked */
    const char *unit, *modality, *attribution, *key, *scope, *text, *as_of, *ref;
    gboolean attribution_none;
} ExampleCase;

static const ExampleCase example_cases[] = {
    {.name = "value and approx", .type = "quantity",
     .lines = "example \"Seoul says about 11,000 troops.\" => value [11000, 11000] approx",
     .sentence = "Seoul says about 11,000 troops.", .has_value = 1, .low = 11000, .high = 11000,
     .approx = 1, .vague = -1},
    {.name = "escapes", .type = "quantity",
     .lines = "example \"a \\\"quoted\\\" \\\\ word\" => exact",
     .sentence = "a \"quoted\" \\ word", .approx = 0, .vague = 0},
    {.name = "a backslash before another character kept", .type = "quantity",
     .lines = "example \"a \\d \\\\\" => exact", .sentence = "a \\d \\", .approx = 0,
     .vague = 0},
    {.name = "open low", .type = "quantity", .lines = "example \"up to 30\" => value [_, 30] vague",
     .sentence = "up to 30", .has_value = -1, .high = 30, .approx = -1, .vague = 1},
    {.name = "open high", .type = "quantity",
     .lines = "example \"more than 3,000\" => value [3001, _]", .sentence = "more than 3,000",
     .has_value = -2, .low = 3001, .approx = -1, .vague = -1},
    {.name = "continuation", .type = "quantity",
     .lines = "example \"Kyiv said 3,000 were killed.\"\n  => value [3000, 3000] unit person\n"
              "  => modality reported attribution \"Kyiv\" key a/b scope weekly text \"3,000\"",
     .sentence = "Kyiv said 3,000 were killed.", .has_value = 1, .low = 3000, .high = 3000,
     .approx = -1, .vague = -1, .unit = "person", .modality = "reported", .attribution = "Kyiv",
     .key = "a/b", .scope = "weekly", .text = "3,000"},
    {.name = "attribution none", .type = "quantity",
     .lines = "example \"3 troops\" => attribution none", .sentence = "3 troops", .approx = -1,
     .vague = -1, .attribution_none = TRUE},
    {.name = "dates", .type = "date",
     .lines = "example \"on 24 February 2022\" => value [2022-02-24, 2022-02-24] as_of 2022-02-24 "
              "ref 2022-03-01",
     .sentence = "on 24 February 2022", .has_value = 1, .approx = -1, .vague = -1,
     .as_of = "2022-02-24", .ref = "2022-03-01"},
    {.name = "counter", .type = "quantity", .lines = "counter \"Dozens of crocodiles escaped.\"",
     .sentence = "Dozens of crocodiles escaped.", .counter = TRUE, .approx = -1, .vague = -1},
    {.name = "counter with ref", .type = "date",
     .lines = "counter \"yesterday\" => ref 2024-11-05", .sentence = "yesterday", .counter = TRUE,
     .approx = -1, .vague = -1, .ref = "2024-11-05"},
    {.name = "unicode sentence", .type = "quantity",
     .lines = "example \"«Größe» 5 km\" => value [5000, 5000] unit m", .sentence = "«Größe» 5 km",
     .has_value = 1, .low = 5000, .high = 5000, .approx = -1, .vague = -1, .unit = "m"},
    {.name = "negative and exponent", .type = "quantity",
     .lines = "example \"x\" => value [-1.5, 2e3]", .sentence = "x", .has_value = 1, .low = -1.5,
     .high = 2000, .approx = -1, .vague = -1},
};

static void
check_str(guint row, const char *name, const char *field, const char *got, const char *want)
{
    if (g_strcmp0(got, want) != 0)
        fail_row(row, name, "%s: got %s, want %s", field, got ? got : "(null)",
                 want ? want : "(null)");
}

static void
test_examples(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(example_cases); i++) {
        const ExampleCase *c = &example_cases[i];
        g_autofree char *text = g_strdup_printf(
            "rule r\n  claim a b\n  value %s\n  pattern (?<value>\\d+)\n  %s\nend\n", c->type,
            c->lines);
        g_autofree char *file = g_strdup_printf("example%u.rules", i);
        g_autofree char *msg = NULL;
        g_autoptr(CcRuleSet) rules = load_text(file, text, &msg, NULL);
        if (rules == NULL)
            fail_row(i, c->name, "did not load: %s", msg);
        const CcRule *r = cc_ruleset_find(rules, "r");
        assert_int_equal(r->examples->len, 1);
        const CcExample *ex = r->examples->pdata[0];
        check_str(i, c->name, "sentence", ex->sentence, c->sentence);
        if (ex->counter != c->counter)
            fail_row(i, c->name, "counter: got %d", ex->counter);
        if (ex->line != 5)
            fail_row(i, c->name, "line: got %u, want 5", ex->line);
        if ((c->has_value != 0) != ex->has_value)
            fail_row(i, c->name, "has_value: got %d", ex->has_value);
        if (c->has_value) {
            gboolean want_low = c->has_value != -1, want_high = c->has_value != -2;
            CcValueKind kind = g_str_equal(c->type, "date") ? CC_VALUE_DATE : CC_VALUE_NUMBER;
            if (ex->value.kind != kind || ex->value.has_low != want_low
                || ex->value.has_high != want_high)
                fail_row(i, c->name, "value shape: kind %d low %d high %d", ex->value.kind,
                         ex->value.has_low, ex->value.has_high);
            if (kind == CC_VALUE_NUMBER && ((want_low && ex->value.low != c->low)
                                            || (want_high && ex->value.high != c->high)))
                fail_row(i, c->name, "value: got [%g, %g], want [%g, %g]", ex->value.low,
                         ex->value.high, c->low, c->high);
            if (kind == CC_VALUE_DATE) {
                g_autofree char *lo = cc_day_to_iso((guint32)ex->value.low);
                check_str(i, c->name, "value low", lo, "2022-02-24");
            }
        }
        if (c->approx >= 0 && (!ex->check_approx || ex->value.approx != c->approx))
            fail_row(i, c->name, "approx: checked %d value %d", ex->check_approx,
                     ex->value.approx);
        if (c->approx < 0 && ex->check_approx)
            fail_row(i, c->name, "approx checked but not asked for");
        if (c->vague >= 0 && (!ex->check_vague || ex->value.vague != c->vague))
            fail_row(i, c->name, "vague: checked %d value %d", ex->check_vague, ex->value.vague);
        if (c->vague < 0 && ex->check_vague)
            fail_row(i, c->name, "vague checked but not asked for");
        check_str(i, c->name, "unit", ex->unit, c->unit);
        if ((c->modality != NULL) != ex->has_modality)
            fail_row(i, c->name, "has_modality: got %d", ex->has_modality);
        if (c->modality) {
            static const char *const names[] = {"asserted", "reported", "hedged",
                                                "hypothetical", "negated", "disputed"};
            check_str(i, c->name, "modality", names[ex->modality], c->modality);
        }
        if (ex->has_attribution != (c->attribution != NULL || c->attribution_none))
            fail_row(i, c->name, "has_attribution: got %d", ex->has_attribution);
        check_str(i, c->name, "attribution", ex->attribution, c->attribution);
        check_str(i, c->name, "key", ex->key, c->key);
        check_str(i, c->name, "scope", ex->scope, c->scope);
        check_str(i, c->name, "text", ex->text, c->text);
        g_autofree char *as_of = ex->as_of ? cc_day_to_iso(ex->as_of) : NULL;
        g_autofree char *ref = ex->ref_day ? cc_day_to_iso(ex->ref_day) : NULL;
        check_str(i, c->name, "as_of", as_of, c->as_of);
        check_str(i, c->name, "ref", ref, c->ref);
        if (!g_str_has_suffix(ex->file, file))
            fail_row(i, c->name, "file: got %s", ex->file);
    }
}

/* ---- a whole good file --------------------------------------------------- */

static const char good_rules[] =
    "# A small pack.\n"
    "macro NUM = \\d{1,3}(?:,\\d{3})*|\\d+\n"
    "lexicon entities\n"
    "  pyongyang = north_korea\n"
    "  the   Kim regime = north_korea\n"
    "end\n"
    "lexicon approximators\n"
    "  about\n"
    "  an estimated\n"
    "end\n"
    "attribution according to (?<who>\\w+)\n"
    "\n"
    "rule troops_deployed\n"
    "  claim $who troops_deployed russia\n"
    "  value quantity person\n"
    "  tolerance 5%\n"
    "  window 60d\n"
    "  needs number date\n"
    "  cumulative\n"
    "  scope $scope\n"
    "  pattern (?<who>\\w+) sent (?<value>{NUM}) (?<scope>more )?troops\n"
    "  pattern (?<value>{NUM}) troops from (?<who>\\w+)(?<scope>)\n"
    "  example \"Pyongyang sent 11,000 troops.\" => value [11000, 11000]\n"
    "end\n"
    "rule invasion\n"
    "  claim russia invasion_start ukraine\n"
    "  value date\n"
    "  pattern invaded on (?<value>\\w+ \\d+)\n"
    "end\n"
    "rule summit\n"
    "  claim russia summit north_korea\n"
    "  value event\n"
    "  pattern (?-i)Summit\n"
    "end\n"
    "rule shells\n"
    "  claim north_korea shells_delivered russia\n"
    "  value quantity\n"
    "  tolerance 1000\n"
    "  pattern (?<value>{NUM}) shells\n"
    "end\n"
    "rule treaty\n"
    "  claim russia treaty_signed north_korea\n"
    "  value date\n"
    "  tolerance 2d\n"
    "  needs none\n"
    "  pattern signed on (?<value>\\S+)\n"
    "end\n";

/* Patterns compile in parallel, but the error reported is the first in the
 * file: 64 rules, of which the 5th and the 60th hold a broken regex (the
 * 60th's compiles faster, being shorter), loaded again and again. */
static void
test_first_error_in_file_order(void **state)
{
    (void)state;
    GString *text = g_string_new(NULL);
    guint line = 1, first_bad = 0;
    for (guint i = 1; i <= 64; i++) {
        g_string_append_printf(text, "rule r%u\n  claim north_korea troops_deployed russia\n"
                                     "  value quantity person\n", i);
        line += 3;
        if (i == 5) {
            first_bad = line;
            g_string_append(text, "  pattern (?<value>\\d+)(?:a|b|c|d|e|f|g|h|i|j|k|l) (troops\n");
        } else if (i == 60) {
            g_string_append(text, "  pattern (?<value>\\d+ [\n");
        } else {
            g_string_append_printf(text, "  pattern (?<value>\\d+) troops%u\n", i);
        }
        g_string_append(text, "end\n");
        line += 2;
    }
    g_autofree char *want = g_strdup_printf("order.rules:%u:", first_bad);
    for (guint round = 0; round < 20; round++) {
        g_autofree char *msg = NULL;
        g_autoptr(CcRuleSet) rules = load_text("order.rules", text->str, &msg, NULL);
        assert_null(rules);
        if (strstr(msg, want) == NULL)
            fail_msg("round %u: the first broken pattern is at line %u, but: %s", round,
                     first_bad, msg);
        assert_non_null(strstr(msg, "missing closing parenthesis"));
    }
    g_string_free(text, TRUE);
}

/* A set with two holders is freed by the second cc_ruleset_free(), not the
 * first (the command line holds the set it loads to the exit). */
static void
test_ruleset_ref(void **state)
{
    (void)state;
    g_autofree char *msg = NULL;
    CcRuleSet *rules = load_text("held.rules", good_rules, &msg, NULL);
    if (rules == NULL)
        fail_msg("good.rules did not load: %s", msg);
    assert_ptr_equal(cc_ruleset_ref(rules), rules);
    cc_ruleset_free(rules);
    /* still whole: its rules and their compiled patterns */
    GPtrArray *all = cc_ruleset_rules(rules);
    assert_int_equal(all->len, 5);
    const CcRule *t = cc_ruleset_find(rules, "troops_deployed");
    assert_non_null(t);
    assert_true(t->patterns->len > 0);
    assert_string_equal(((CcRule *)all->pdata[0])->id, "troops_deployed");
    cc_ruleset_free(rules);
}

static void
test_good_file(void **state)
{
    (void)state;
    g_autofree char *msg = NULL;
    g_autoptr(CcRuleSet) rules = load_text("good.rules", good_rules, &msg, NULL);
    if (rules == NULL)
        fail_msg("good.rules did not load: %s", msg);
    GPtrArray *all = cc_ruleset_rules(rules);
    assert_int_equal(all->len, 5);
    static const char *const order[] = {"troops_deployed", "invasion", "summit", "shells",
                                        "treaty"};
    for (guint i = 0; i < all->len; i++)
        assert_string_equal(((CcRule *)all->pdata[i])->id, order[i]);

    const CcRule *t = cc_ruleset_find(rules, "troops_deployed");
    assert_string_equal(t->subject, "$who");
    assert_string_equal(t->predicate, "troops_deployed");
    assert_string_equal(t->object, "russia");
    assert_string_equal(t->scope, "$scope");
    assert_string_equal(t->unit, "person");
    assert_int_equal(t->type, CC_CLAIM_QUANTITY);
    assert_true(t->tolerance == 0.05 && !t->tolerance_abs);
    assert_int_equal(t->window_days, 60);
    assert_int_equal(t->needs, CC_MENTION_NUMBER | CC_MENTION_DATE);
    assert_true(t->cumulative);
    assert_int_equal(t->line, 13);
    assert_true(g_str_has_suffix(t->file, "good.rules"));
    assert_int_equal(t->patterns->len, 2);
    assert_int_equal(GPOINTER_TO_UINT(t->pattern_lines->pdata[0]), 21);
    assert_int_equal(GPOINTER_TO_UINT(t->pattern_lines->pdata[1]), 22);

    /* Compiled patterns match, case-insensitively unless they say (?-i). */
    const char *s = "PYONGYANG SENT 11,000 troops";
    g_autoptr(CcMatch) m = cc_match_new(t->patterns->pdata[0]);
    assert_int_equal(cc_pattern_match(t->patterns->pdata[0], m, s, strlen(s), 0),
                     CC_MATCH_FOUND);
    gsize a, b;
    assert_true(cc_match_group(m, cc_pattern_group_index(t->patterns->pdata[0], "value"), &a,
                               &b));
    assert_int_equal(b - a, 6);
    const CcRule *summit = cc_ruleset_find(rules, "summit");
    g_autoptr(CcMatch) m2 = cc_match_new(summit->patterns->pdata[0]);
    assert_int_equal(cc_pattern_match(summit->patterns->pdata[0], m2, "summit", 6, 0),
                     CC_MATCH_NONE);

    /* Defaults. */
    const CcRule *inv = cc_ruleset_find(rules, "invasion");
    assert_int_equal(inv->type, CC_CLAIM_DATE);
    assert_true(inv->tolerance == 0 && inv->tolerance_abs);
    assert_int_equal(inv->window_days, 30);
    assert_int_equal(inv->needs, CC_MENTION_DATE);
    assert_false(inv->cumulative);
    assert_null(inv->unit);
    assert_int_equal(summit->type, CC_CLAIM_EVENT);
    assert_int_equal(summit->needs, CC_MENTION_NONE);
    const CcRule *sh = cc_ruleset_find(rules, "shells");
    assert_true(sh->tolerance == 1000 && sh->tolerance_abs);
    assert_int_equal(sh->needs, CC_MENTION_NUMBER);
    assert_null(sh->scope);
    const CcRule *tr = cc_ruleset_find(rules, "treaty");
    assert_true(tr->tolerance == 2 && tr->tolerance_abs);
    assert_int_equal(tr->needs, CC_MENTION_NONE);
    assert_null(cc_ruleset_find(rules, "nothing"));

    /* Macros, lexicon, attributions, files. */
    GPtrArray *macros = cc_ruleset_macros(rules);
    assert_int_equal(macros->len, 1);
    assert_string_equal(((CcMacro *)macros->pdata[0])->name, "NUM");
    assert_string_equal(((CcMacro *)macros->pdata[0])->body, "\\d{1,3}(?:,\\d{3})*|\\d+");
    assert_int_equal(((CcMacro *)macros->pdata[0])->line, 2);
    const CcLexiconEntry *e =
        cc_lexicon_lookup(cc_ruleset_lexicon(rules), "entities", "The Kim  Regime", -1);
    assert_non_null(e);
    assert_string_equal(e->value, "north_korea");
    assert_int_equal(e->line, 5);
    assert_int_equal(cc_ruleset_attributions(rules)->len, 1);
    assert_int_equal(cc_ruleset_files(rules)->len, 1);
    /* The normalizer may not exist yet; asking is always safe. */
    (void)cc_ruleset_normalizer(rules);
}

/* ---- includes, directories, once --------------------------------------- */

static void
test_includes_once(void **state)
{
    (void)state;
    g_autofree char *a = put("inc/a.rules", "include common.rules\n"
                                            "include sub/b.rules\n"
                                            "include ./common.rules\n"
                                            "rule a\n  claim x a\n  value event\n"
                                            "  pattern {C}{B}\nend\n");
    g_autofree char *c = put("inc/common.rules", "macro C = c\n");
    g_autofree char *b = put("inc/sub/b.rules", "include ../common.rules\nmacro B = b\n");
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) err = NULL;
    assert_true(cc_ruleset_load(rules, a, &err));
    /* Naming a file again, directly or through the directory, adds nothing. */
    assert_true(cc_ruleset_load(rules, c, &err));
    g_autofree char *dir = g_build_filename(tmp_root, "inc", NULL);
    assert_true(cc_ruleset_load(rules, dir, &err));
    if (!cc_ruleset_compile(rules, &err))
        fail_msg("%s", err->message);
    GPtrArray *files = cc_ruleset_files(rules);
    assert_int_equal(files->len, 3);
    assert_string_equal(files->pdata[0], a);
    assert_string_equal(files->pdata[1], c);
    assert_string_equal(files->pdata[2], b);
    assert_int_equal(cc_ruleset_macros(rules)->len, 2);
    assert_string_equal(((CcMacro *)cc_ruleset_macros(rules)->pdata[0])->name, "B");
    const CcRule *r = cc_ruleset_find(rules, "a");
    assert_string_equal(cc_pattern_source(r->patterns->pdata[0]), "(?:c)(?:b)");
}

static void
test_directory_sorted(void **state)
{
    (void)state;
    g_autofree char *p1 = put("dir/zeta.rules", "macro Z = z\n");
    g_autofree char *p2 = put("dir/alpha/b.rules", "macro AB = ab\n");
    g_autofree char *p3 = put("dir/alpha.rules", "macro A = a\n");
    g_autofree char *p4 = put("dir/notes.txt", "not a rule file\n");
    g_autofree char *p5 = put("dir/.hidden.rules", "garbage\n");
    g_autofree char *dir = g_build_filename(tmp_root, "dir", NULL);
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) err = NULL;
    if (!cc_ruleset_load(rules, dir, &err))
        fail_msg("%s", err->message);
    GPtrArray *files = cc_ruleset_files(rules);
    assert_int_equal(files->len, 3);
    assert_string_equal(files->pdata[0], p3);
    assert_string_equal(files->pdata[1], p2);
    assert_string_equal(files->pdata[2], p1);
}

/* A failing load keeps nothing of itself; earlier loads stay. */
static void
test_staging(void **state)
{
    (void)state;
    g_autofree char *good = put("stage/good.rules", "macro G = g\nlexicon months\n  jan = 1\nend\n"
                                                    "rule g\n  claim a g\n  value event\n"
                                                    "  pattern {G}\nend\n");
    g_autofree char *part = put("stage/part.rules", "macro P = p\nlexicon months\n  feb = 2\nend\n");
    g_autofree char *bad = put("stage/bad.rules", "include part.rules\n"
                                                  "rule b\n  claim a b\n  value event\n"
                                                  "  pattern x\nend\n"
                                                  "lexicon months\n  jan = 7\n  mar = 13\nend\n");
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) err = NULL;
    assert_true(cc_ruleset_load(rules, good, &err));
    assert_false(cc_ruleset_load(rules, bad, &err));
    assert_int_equal(err->code, CC_ERROR_RULE_SYNTAX);
    assert_true(g_str_has_suffix(err->message, "bad.rules:9:9: lexicon months: 13 is out of range"));
    g_clear_error(&err);
    assert_int_equal(cc_ruleset_rules(rules)->len, 1);
    assert_int_equal(cc_ruleset_macros(rules)->len, 1);
    assert_int_equal(cc_ruleset_files(rules)->len, 1);
    const CcLexicon *lex = cc_ruleset_lexicon(rules);
    assert_null(cc_lexicon_lookup(lex, "months", "feb", -1));
    assert_string_equal(cc_lexicon_lookup(lex, "months", "jan", -1)->value, "1");
    /* The file that failed can still be loaded later: it was not marked. */
    assert_true(cc_ruleset_load(rules, part, &err));
    assert_int_equal(cc_ruleset_macros(rules)->len, 2);
    assert_string_equal(cc_lexicon_lookup(lex, "months", "feb", -1)->value, "2");
    assert_true(cc_ruleset_compile(rules, &err));
    /* Loading after compiling is refused, compiling twice is harmless. */
    assert_false(cc_ruleset_load(rules, part, &err));
    assert_int_equal(err->code, CC_ERROR_USAGE);
    g_clear_error(&err);
    assert_true(cc_ruleset_compile(rules, &err));
}

/* A later value for the same phrase replaces the earlier one, across files. */
static void
test_lexicon_reopened(void **state)
{
    (void)state;
    g_autofree char *a = put("lex/a.rules", "lexicon units\n  troops = person\n  km = m 1000\nend\n");
    g_autofree char *b = put("lex/b.rules", "include a.rules\nlexicon units\n  KM = m 1000.0\n"
                                            "  shells = shell\nend\n");
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) err = NULL;
    assert_true(cc_ruleset_load(rules, b, &err));
    assert_true(cc_ruleset_compile(rules, &err));
    GPtrArray *units = cc_lexicon_entries(cc_ruleset_lexicon(rules), "units");
    assert_int_equal(units->len, 3);
    const CcLexiconEntry *km = cc_lexicon_lookup(cc_ruleset_lexicon(rules), "units", "km", -1);
    assert_string_equal(km->value, "m 1000.0");
    assert_int_equal(km->line, 3);
    assert_true(g_str_has_suffix(km->file, "b.rules"));
}

/* Error codes and the path as the caller gave it. */
typedef struct {
    const char *name;
    const char *text; /* NULL: load a missing file */
    int code;
    const char *suffix;
} ErrorCase;

static const ErrorCase error_cases[] = {
    {"missing file", NULL, CC_ERROR_IO, "missing.rules: No such file or directory"},
    {"bad regex", "rule r\n  claim a b\n  value event\n  pattern a)\nend\n", CC_ERROR_PATTERN,
     ":4:12: unmatched closing parenthesis"},
    {"syntax", "rul r\n", CC_ERROR_RULE_SYNTAX, ":1:1: unknown directive 'rul' (did you mean 'rule'?)"},
    {"escaped quote at the end", "rule r\n  claim a b\n  value event\n  example \"a \\\"\nend\n",
     CC_ERROR_RULE_SYNTAX, ":4:11: unterminated string"},
    {"backslash at the end", "rule r\n  claim a b\n  value event\n  example \"a \\\nend\n",
     CC_ERROR_RULE_SYNTAX, ":4:11: unterminated string"},
    {"CRLF lines", "rule r\r\n  claim a b\r\n  value event\r\n  pattern (a\r\nend\r\n",
     CC_ERROR_PATTERN, ":4:13: missing closing parenthesis"},
    {"byte-order mark", "\xEF\xBB\xBFrule r\n  claim a b\n", CC_ERROR_RULE_SYNTAX,
     ":1:1: rule 'r' is not closed by 'end'"},
    {"tabs", "rule r\n\tclaim a b\n\tvalue event\n\tpattern (a\nend\n", CC_ERROR_PATTERN,
     ":4:12: missing closing parenthesis"},
    {"bound with no figure", "frame f\n  claim a b\n  value quantity person below\nend\n",
     CC_ERROR_RULE_SYNTAX, ":3:30: 'below' wants a number above 0 (digits, no commas)"},
    {"bound with commas", "frame f\n  claim a b\n  value quantity person below 1,000\nend\n",
     CC_ERROR_RULE_SYNTAX, ":3:31: 'below' wants a number above 0 (digits, no commas)"},
    {"bounds crossed", "frame f\n  claim a b\n  value quantity person from 5 below 2\nend\n",
     CC_ERROR_RULE_SYNTAX, ":3:38: 'from 5' leaves no figure 'below 2'"},
    {"bound given twice",
     "frame f\n  claim a b\n  value quantity person below 5 below 6\nend\n",
     CC_ERROR_RULE_SYNTAX, ":3:33: 'below' given twice"},
    {"word after the unit", "frame f\n  claim a b\n  value quantity person over 5\nend\n",
     CC_ERROR_RULE_SYNTAX,
     ":3:25: unexpected 'over' after the unit: want 'from N', 'below N' or nothing"},
    {"bound in a pattern rule",
     "rule r\n  claim a b\n  value quantity person below 5\n  pattern (?<value>\\d+)\nend\n",
     CC_ERROR_RULE_SYNTAX,
     ":3:25: 'below' outside a frame: a pattern rule spells out the figures it reads"},
    {"macro overflow",
     "macro A = xx\nmacro B = {A}{A}{A}{A}{A}{A}{A}{A}\nmacro C = {B}{B}{B}{B}{B}{B}{B}{B}\n"
     "macro D = {C}{C}{C}{C}{C}{C}{C}{C}\nmacro E = {D}{D}{D}{D}{D}{D}{D}{D}\n"
     "macro F = {E}{E}{E}{E}{E}{E}{E}{E}\nmacro G = {F}{F}{F}{F}{F}{F}{F}{F}\n",
     CC_ERROR_RULE_SYNTAX, ":7:23: expanding {F} makes a regex of over 1048576 bytes"},
};

/* The loader passes runs of ASCII eight bytes at a time before its UTF-8
 * check: wherever a bad byte falls in such a block, the error names the
 * place g_utf8_validate() of the whole file finds. */
static void
test_utf8_check_offsets(void **state)
{
    (void)state;
    static const struct {
        const char *name, *bytes;
        gsize len;
    } bad[] = {
        {"byte 0xFF", "\xff", 1},
        {"NUL", "\0", 1},
        {"a lead byte cut by ASCII", "\xc3" "a", 2},
        {"three bytes cut after two", "\xe2\x80" "x", 3},
        {"overlong", "\xc0\xaf", 2},
        {"a good character, then 0xFF", "\xc3\xa9\xff", 3},
        {"a good character, then NUL", "\xc3\xa9" "ab\0", 5},
    };
    guint row = 0;
    for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
        for (gsize ascii = 0; ascii <= 17; ascii++, row++) {
            g_autoptr(GString) text = g_string_new("# ");
            for (gsize k = 0; k < ascii; k++)
                g_string_append_c(text, (char)('a' + k % 26));
            g_string_append_len(text, bad[i].bytes, (gssize)bad[i].len);
            g_string_append(text, " and text after it\n");
            const char *where = NULL;
            assert_false(g_utf8_validate(text->str, (gssize)text->len, &where));
            g_autofree char *want = g_strdup_printf(
                ":1:%ld: %s", g_utf8_strlen(text->str, where - text->str) + 1,
                *where == '\0' ? "NUL byte in rule file" : "invalid UTF-8");
            g_autofree char *path = put("utf8.rules", "");
            assert_true(g_file_set_contents(path, text->str, (gssize)text->len, NULL));
            g_autoptr(CcRuleSet) rules = cc_ruleset_new();
            g_autoptr(GError) err = NULL;
            if (cc_ruleset_load(rules, path, &err))
                fail_row(row, bad[i].name, "loaded after %zu ASCII bytes", ascii);
            else if (!g_str_has_suffix(err->message, want))
                fail_row(row, bad[i].name, "after %zu ASCII bytes: got \"%s\", want \"…%s\"",
                         ascii, err->message, want);
        }
    }
}

static void
test_error_codes(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(error_cases); i++) {
        const ErrorCase *c = &error_cases[i];
        g_autofree char *msg = NULL;
        int code = -1;
        if (c->text == NULL) {
            g_autofree char *path = g_build_filename(tmp_root, "missing.rules", NULL);
            g_autoptr(CcRuleSet) rules = cc_ruleset_new();
            g_autoptr(GError) err = NULL;
            assert_false(cc_ruleset_load(rules, path, &err));
            msg = g_strdup(err->message);
            code = err->code;
        } else {
            g_autofree char *file = g_strdup_printf("err%u.rules", i);
            g_autoptr(CcRuleSet) rules = load_text(file, c->text, &msg, &code);
            if (rules != NULL)
                fail_row(i, c->name, "loaded, but should fail");
        }
        if (code != c->code || !g_str_has_suffix(msg, c->suffix))
            fail_row(i, c->name, "got code %d \"%s\", want code %d \"…%s\"", code, msg, c->code,
                     c->suffix);
    }
}

/* A frame file reading @n lexicon tables of its own (t0 … t{n-1}), the
 * core pack included. */
static char *
frame_with_tables(guint n)
{
    GString *text = g_string_new("include " CC_SOURCE_DIR "/rules/core/core.rules\n");
    for (guint i = 0; i < n; i++)
        g_string_append_printf(text, "lexicon t%u\n  noun%u\nend\n", i, i);
    g_string_append(text, "frame f\n  claim a b\n  value quantity person\n  counts");
    for (guint i = 0; i < n; i++)
        g_string_append_printf(text, " t%u", i);
    g_string_append(text, "\n  example \"They sent 50 noun0.\" => value [50, 50]\nend\n");
    return g_string_free(text, FALSE);
}

/* The frames of a rule set read up to CC_TABLE_BITS lexicon tables, and a
 * set that needs more fails, naming the table one too many. */
static void
test_table_limit(void **state)
{
    (void)state;
    g_autofree char *some = frame_with_tables(100);
    g_autoptr(CcRuleSet) rules = load_text("tables100.rules", some, NULL, NULL);
    assert_non_null(rules);
    g_autofree char *many = frame_with_tables(CC_TABLE_BITS + 1);
    g_autofree char *msg = NULL;
    int code = -1;
    g_autoptr(CcRuleSet) none = load_text("tables-one-too-many.rules", many, &msg, &code);
    assert_null(none);
    assert_int_equal(code, CC_ERROR_RULE_SYNTAX);
    g_autofree char *want = g_strdup_printf("frames read more than %d lexicon tables; 't", CC_TABLE_BITS);
    assert_non_null(strstr(msg, want));
    assert_true(g_str_has_suffix(msg, "' is one too many"));
}

static void
test_default_path(void **state)
{
    (void)state;
    g_setenv("CLAIMCHECK_RULES", "/some/where", TRUE);
    g_autofree char *p = cc_ruleset_default_path();
    assert_string_equal(p, "/some/where");
    g_unsetenv("CLAIMCHECK_RULES");
    g_autofree char *q = cc_ruleset_default_path();
    /* Without the variable: an existing directory, or nothing. */
    if (q != NULL)
        assert_true(g_file_test(q, G_FILE_TEST_IS_DIR));
    else
        assert_false(g_file_test(CC_SOURCE_DIR "/rules", G_FILE_TEST_IS_DIR));
}

/* ---- lint ---------------------------------------------------------------- */

/* A pattern near PCRE2's size limit is a warning at its own column, with
 * its size and the limit; one past it is an error at the same place naming
 * the rule. A rule without example is a warning at its "rule" word, and a
 * pattern without anchors in a rule whose other patterns have them one at
 * that pattern. */
static void
test_lint(void **state)
{
    (void)state;
    gsize limit = cc_pattern_compiled_limit();
    assert_int_equal(limit, 65536); /* Debian's PCRE2: link size 2 */
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) err = NULL;
    const char *path = CC_FIXTURES_DIR "/rules-lint/near_limit.rules";
    assert_true(cc_ruleset_load(rules, path, &err) && cc_ruleset_compile(rules, &err));
    const CcRule *near = cc_ruleset_find(rules, "near_limit");
    assert_non_null(near);
    gsize size = cc_pattern_compiled_size(near->patterns->pdata[0]);
    assert_true(size >= limit - limit / 8 && size <= limit);
    g_autofree char *size_text =
        g_strdup_printf("rule near_limit: pattern compiles to %zu bytes, %zu%% of PCRE2's limit "
                        "of 65536 bytes",
                        size, size * 100 / limit);
    const struct {
        guint line, col;
        const char *message;
    } want[] = {
        {16, 11, size_text},
        {20, 3, "rule no_example has no example"},
        {32, 11, "rule half_anchored: pattern has no anchors line, though 1 of the rule's 2 "
                 "patterns have one"},
    };
    g_autoptr(GPtrArray) got = cc_ruleset_lint(rules);
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const CcRuleWarning *w = i < got->len ? got->pdata[i] : NULL;
        if (w == NULL || strcmp(w->file, path) != 0 || w->line != want[i].line
            || w->col != want[i].col || !g_str_has_prefix(w->message, want[i].message)) {
            print_error("warning %u: got %s:%u:%u: %s\n  want %u:%u: %s…\n", i,
                        w ? w->file : "(none)", w ? w->line : 0, w ? w->col : 0,
                        w ? w->message : "", want[i].line, want[i].col, want[i].message);
            failures++;
        }
    }
    if (got->len != G_N_ELEMENTS(want)) {
        print_error("%u warnings, want %zu\n", got->len, G_N_ELEMENTS(want));
        failures++;
    }
    assert_int_equal(failures, 0);

    /* One alternative more and it does not compile: the error says where,
     * which rule and why. */
    g_autoptr(CcRuleSet) past = cc_ruleset_new();
    g_autoptr(GError) too_large = NULL;
    assert_false(cc_ruleset_load(past, CC_FIXTURES_DIR "/rules-errors/pattern_too_large.rules",
                                 &too_large)
                 && cc_ruleset_compile(past, &too_large));
    assert_non_null(too_large);
    assert_int_equal(too_large->code, CC_ERROR_PATTERN);
    assert_non_null(strstr(too_large->message, "pattern_too_large.rules:17:11: rule past_limit: "
                                               "pattern too large: compiled, it passes PCRE2's "
                                               "limit of 65536 bytes"));
}

/* ---- golden error messages ---------------------------------------------- */

static int
by_string(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
test_error_fixtures(void **state)
{
    (void)state;
    g_autofree char *cwd = g_get_current_dir();
    assert_int_equal(g_chdir(CC_SOURCE_DIR), 0);
    const char *dir = "fixtures/rules-errors";
    gboolean update = g_strcmp0(g_getenv("CC_UPDATE_GOLDEN"), "1") == 0;
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    GDir *d = g_dir_open(dir, 0, NULL);
    assert_non_null(d);
    const char *n;
    while ((n = g_dir_read_name(d)) != NULL)
        if (g_str_has_suffix(n, ".rules"))
            g_ptr_array_add(names, g_strdup(n));
    g_dir_close(d);
    g_ptr_array_sort(names, by_string);
    assert_true(names->len >= 12);
    guint failures = 0;
    for (guint i = 0; i < names->len; i++) {
        const char *name = names->pdata[i];
        g_autofree char *path = g_build_filename(dir, name, NULL);
        g_autofree char *stem = g_strndup(path, strlen(path) - strlen(".rules"));
        g_autofree char *expected_path = g_strconcat(stem, ".expected", NULL);
        g_autoptr(CcRuleSet) rules = cc_ruleset_new();
        g_autoptr(GError) err = NULL;
        gboolean ok = cc_ruleset_load(rules, path, &err) && cc_ruleset_compile(rules, &err);
        const char *got = ok ? "(loaded without error)" : err->message;
        if (update) {
            g_autofree char *line = g_strconcat(got, "\n", NULL);
            assert_true(g_file_set_contents(expected_path, line, -1, NULL));
            continue;
        }
        g_autofree char *want = NULL;
        if (!g_file_get_contents(expected_path, &want, NULL, NULL)) {
            print_error("case %u \"%s\": no %s\n", i, name, expected_path);
            failures++;
            continue;
        }
        g_strchomp(want);
        if (ok || strcmp(got, want) != 0) {
            print_error("case %u \"%s\":\n  got  %s\n  want %s\n", i, name, got, want);
            failures++;
        }
    }
    assert_int_equal(g_chdir(cwd), 0);
    if (failures)
        fail_msg("%u of %u error fixtures differ (CC_UPDATE_GOLDEN=1 rewrites them)", failures,
                 names->len);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_macro_expansion),
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_good_file),
        cmocka_unit_test(test_ruleset_ref),
        cmocka_unit_test(test_includes_once),
        cmocka_unit_test(test_directory_sorted),
        cmocka_unit_test(test_staging),
        cmocka_unit_test(test_lexicon_reopened),
        cmocka_unit_test(test_error_codes),
        cmocka_unit_test(test_utf8_check_offsets),
        cmocka_unit_test(test_default_path),
        cmocka_unit_test(test_table_limit),
        cmocka_unit_test(test_error_fixtures),
        cmocka_unit_test(test_first_error_in_file_order),
        cmocka_unit_test(test_lint),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

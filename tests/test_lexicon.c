/* SPDX-License-Identifier: MIT */
/* test_lexicon.c: phrase tables — folding, checked values, replacement,
 * ordering, moving tables whole and the regex alternation built from a
 * table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"

/* ---- values each known table accepts or refuses ---------------------------- */

typedef struct {
    const char *table, *phrase, *value;
    gboolean ok;
    const char *message; /* expected error message when !ok */
} AddCase;

static const AddCase add_cases[] = {
    {"number_words", "twenty", "20", TRUE, NULL},
    {"number_words", "twenty", "twelvish", FALSE, "lexicon number_words wants a number, not 'twelvish'"},
    {"number_words", "twenty", "", FALSE, "lexicon number_words wants a number, not ''"},
    {"number_words", "twenty", "20 21", FALSE, "lexicon number_words wants a number, not '20 21'"},
    {"ordinal_words", "third", "3", TRUE, NULL},
    {"scale_words", "bn", "1e9", TRUE, NULL},
    {"fractions", "third", "0.3333333333", TRUE, NULL},
    {"fractions", "half", "inf", FALSE, "lexicon fractions wants a number, not 'inf'"},
    {"months", "feb", "2", TRUE, NULL},
    {"months", "smarch", "13", FALSE, "lexicon months: 13 is out of range"},
    {"months", "feb", "2.5", FALSE, "lexicon months: 2.5 is out of range"},
    {"weekdays", "monday", "1", TRUE, NULL},
    {"weekdays", "funday", "0", FALSE, "lexicon weekdays: 0 is out of range"},
    {"relative_dates", "yesterday", "-1", TRUE, NULL},
    {"vague", "thousands", "2000 19999", TRUE, NULL},
    {"vague", "thousands", "2000", FALSE, "lexicon vague wants 'LOW HIGH' with LOW <= HIGH, not '2000'"},
    {"vague", "thousands", "9 2", FALSE, "lexicon vague wants 'LOW HIGH' with LOW <= HIGH, not '9 2'"},
    {"date_parts", "mid", "11   20", TRUE, NULL},
    {"date_parts", "late", "16 31 9 12", TRUE, NULL},
    {"date_parts", "late", "16 31 9", FALSE, "lexicon date_parts wants 'LOW HIGH [MONTH_LOW MONTH_HIGH]', days 1 to 31 and months 1 to 12, each LOW <= HIGH, not '16 31 9'"},
    {"date_parts", "late", "21 11", FALSE, "lexicon date_parts wants 'LOW HIGH [MONTH_LOW MONTH_HIGH]', days 1 to 31 and months 1 to 12, each LOW <= HIGH, not '21 11'"},
    {"date_parts", "late", "21 32", FALSE, "lexicon date_parts wants 'LOW HIGH [MONTH_LOW MONTH_HIGH]', days 1 to 31 and months 1 to 12, each LOW <= HIGH, not '21 32'"},
    {"date_parts", "late", "16 31 12 9", FALSE, "lexicon date_parts wants 'LOW HIGH [MONTH_LOW MONTH_HIGH]', days 1 to 31 and months 1 to 12, each LOW <= HIGH, not '16 31 12 9'"},
    {"date_parts", "late", "16 31 9 13", FALSE, "lexicon date_parts wants 'LOW HIGH [MONTH_LOW MONTH_HIGH]', days 1 to 31 and months 1 to 12, each LOW <= HIGH, not '16 31 9 13'"},
    {"holidays", "christmas", "12 25", TRUE, NULL},
    {"holidays", "thanksgiving", "11 4 4", TRUE, NULL},
    {"holidays", "black friday", "11 4 4 1", TRUE, NULL},
    {"holidays", "memorial day", "5 1 -1", TRUE, NULL},
    {"holidays", "good friday", "easter -2", TRUE, NULL},
    {"holidays", "easter", "easter", TRUE, NULL},
    {"holidays", "x", "13 1", FALSE, "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', 'easter [OFFSET]' or 'dates YYYY-MM-DD…', not '13 1'"},
    {"holidays", "x", "11 8 4", FALSE, "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', 'easter [OFFSET]' or 'dates YYYY-MM-DD…', not '11 8 4'"},
    {"holidays", "x", "11 4 0", FALSE, "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', 'easter [OFFSET]' or 'dates YYYY-MM-DD…', not '11 4 0'"},
    {"holidays", "x", "easter soon", FALSE, "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', 'easter [OFFSET]' or 'dates YYYY-MM-DD…', not 'easter soon'"},
    {"holidays", "x", "dates", FALSE, "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', 'easter [OFFSET]' or 'dates YYYY-MM-DD…', not 'dates'"},
    {"holidays", "x", "dates 2022-02-30", FALSE, "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', 'easter [OFFSET]' or 'dates YYYY-MM-DD…', not 'dates 2022-02-30'"},
    {"holidays", "x", "dates 2022-5-2", FALSE, "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', 'easter [OFFSET]' or 'dates YYYY-MM-DD…', not 'dates 2022-5-2'"},
    {"holidays", "x", "dates 2022-05-02 2023-04-21", TRUE, NULL},
    /* a value longer than 128 bytes, of more than 15 words; blanks of both kinds */
    {"holidays", "x", "dates 2010-04-01 2011-04-01 2012-04-01 2013-04-01 2014-04-01 2015-04-01 2016-04-01 2017-04-01 2018-04-01 2019-04-01 2020-04-01 2021-04-01 2022-04-01 2023-04-01 2024-04-01 2025-04-01 2026-04-01 2027-04-01 2028-04-01 2029-04-01", TRUE, NULL},
    {"holidays", "x", "dates 2010-04-01 2011-04-01 2012-04-01 2013-04-01 2014-04-01 2015-04-01 2016-04-01 2017-04-01 2018-04-01 2019-04-01 2020-04-01 2021-04-01 2022-04-01 2023-04-01 2024-04-01 2025-04-01 2026-04-01 2027-04-01 2028-04-01 2029-04-01 2031-02-30", FALSE, "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', 'easter [OFFSET]' or 'dates YYYY-MM-DD…', not 'dates 2010-04-01 2011-04-01 2012-04-01 2013-04-01 2014-04-01 2015-04-01 2016-04-01 2017-04-01 2018-04-01 2019-04-01 2020-04-01 2021-04-01 2022-04-01 2023-04-01 2024-04-01 2025-04-01 2026-04-01 2027-04-01 2028-04-01 2029-04-01 2031-02-30'"},
    {"units", "km", " m\t1000 ", TRUE, NULL},
    {"units", "km", "m\t\t0", FALSE, "lexicon units wants 'UNIT [FACTOR]', not 'm\t\t0'"},
    {"weekday_short", "sat", "8", FALSE, "lexicon weekday_short: 8 is out of range"},
    {"bounds", "more than", "gt", TRUE, NULL},
    {"bounds", "more than", "greater", FALSE, "lexicon bounds wants one of gt, ge, lt, le, nearly, not 'greater'"},
    {"units", "km", "m 1000", TRUE, NULL},
    {"units", "troops", "person", TRUE, NULL},
    {"units", "km", "m 0", FALSE, "lexicon units wants 'UNIT [FACTOR]', not 'm 0'"},
    {"units", "km", "", FALSE, "lexicon units wants 'UNIT [FACTOR]', not ''"},
    {"modality", "denied", "negated post", TRUE, NULL},
    {"modality", "reportedly", "hedged", TRUE, NULL},
    {"modality", "denied", "negated sideways", FALSE, "lexicon modality wants 'MODALITY [pre|post|both]', not 'negated sideways'"},
    {"modality", "maybe", "unsure", FALSE, "lexicon modality wants 'MODALITY [pre|post|both]', not 'unsure'"},
    {"entities", "pyongyang", "north_korea", TRUE, NULL},
    {"entities", "pyongyang", "north korea", FALSE, "lexicon entities wants one canonical name, not 'north korea'"},
    {"approximators", "about", NULL, TRUE, NULL},
    {"some_table_of_our_own", "anything", "goes here", TRUE, NULL},
    {"approximators", "   ", NULL, FALSE, "empty phrase in lexicon approximators"},
};

static void
test_add_checks_values(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(add_cases); i++) {
        const AddCase *c = &add_cases[i];
        g_autoptr(CcLexicon) lex = cc_lexicon_new();
        g_autoptr(GError) err = NULL;
        gboolean ok = cc_lexicon_add(lex, c->table, c->phrase, c->value, "t.rules", 3, &err);
        if (ok != c->ok)
            fail_msg("case %u \"%s = %s\" in %s: got %s%s", i, c->phrase,
                     c->value ? c->value : "", c->table, ok ? "accepted" : "refused: ",
                     ok ? "" : err->message);
        if (!ok) {
            assert_int_equal(err->code, CC_ERROR_RULE_SYNTAX);
            if (strcmp(err->message, c->message) != 0)
                fail_msg("case %u: got \"%s\", want \"%s\"", i, err->message, c->message);
            assert_false(cc_lexicon_has_table(lex, c->table));
        } else {
            const CcLexiconEntry *e = cc_lexicon_lookup(lex, c->table, c->phrase, -1);
            assert_non_null(e);
            assert_string_equal(e->value, c->value ? c->value : "");
            assert_string_equal(e->file, "t.rules");
            assert_int_equal(e->line, 3);
        }
    }
}

/* ---- folding ---------------------------------------------------------------- */

typedef struct {
    const char *stored, *asked;
    gssize len;
    gboolean found;
} FoldCase;

static const FoldCase fold_cases[] = {
    {"tens of thousands", "Tens  of\tTHOUSANDS", -1, TRUE},
    {"  an   estimated ", "an estimated", -1, TRUE},
    {"Größe", "GRÖSSE", -1, FALSE}, /* case folding, not ß expansion */
    {"Größe", "gröSSe", -1, FALSE},
    {"ÉTÉ", "été", -1, TRUE},
    {"u.s.", "U.S.", -1, TRUE},
    {"about", "about twenty", 5, TRUE}, /* a prefix of a longer text */
    {"about", "abou", -1, FALSE},
    {"a b", "a\u00a0b", -1, TRUE}, /* no-break space is white space */
    /* longer than the phrases folded on the stack */
    {"the ministry of national defense of the republic of korea said today",
     "The Ministry of  National Defense of the Republic of Korea said TODAY", -1, TRUE},
    {"the ministry of national defense of the republic of korea said today",
     "The Ministry of National Defense of the Republic of Korea said", -1, FALSE},
};

static void
test_folding(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(fold_cases); i++) {
        const FoldCase *c = &fold_cases[i];
        g_autoptr(CcLexicon) lex = cc_lexicon_new();
        assert_true(cc_lexicon_add(lex, "t", c->stored, NULL, NULL, 0, NULL));
        gboolean found = cc_lexicon_lookup(lex, "t", c->asked, c->len) != NULL;
        if (found != c->found)
            fail_msg("case %u \"%s\" asked as \"%s\": found %d", i, c->stored, c->asked, found);
    }
}

static void
test_replace_and_order(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    assert_true(cc_lexicon_add(lex, "vague", "dozens", "24 99", "a.rules", 1, NULL));
    assert_true(cc_lexicon_add(lex, "vague", "tens of thousands", "20000 99999", "a.rules", 2, NULL));
    assert_true(cc_lexicon_add(lex, "vague", "hundreds", "200 999", "a.rules", 3, NULL));
    assert_true(cc_lexicon_add(lex, "vague", "DOZENS", "12 99", "b.rules", 9, NULL));
    assert_true(cc_lexicon_add(lex, "months", "jan", "1", NULL, 0, NULL));
    GPtrArray *e = cc_lexicon_entries(lex, "vague");
    assert_int_equal(e->len, 3);
    static const char *const order[] = {"tens of thousands", "hundreds", "dozens"};
    for (guint i = 0; i < 3; i++)
        assert_string_equal(((CcLexiconEntry *)e->pdata[i])->phrase, order[i]);
    const CcLexiconEntry *d = cc_lexicon_lookup(lex, "vague", "dozens", -1);
    assert_string_equal(d->value, "12 99");
    assert_string_equal(d->file, "b.rules");
    assert_int_equal(d->line, 9);
    assert_null(cc_lexicon_entries(lex, "nothing"));
    assert_null(cc_lexicon_lookup(lex, "nothing", "x", -1));
    g_autoptr(GPtrArray) tables = cc_lexicon_tables(lex);
    assert_int_equal(tables->len, 2);
    assert_string_equal(tables->pdata[0], "months");
    assert_string_equal(tables->pdata[1], "vague");
}

/* Entries added to one table, then another, then the first again each go
 * to their own table. */
static void
test_tables_interleaved(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    assert_true(cc_lexicon_add(lex, "a", "one", NULL, NULL, 0, NULL));
    assert_true(cc_lexicon_add(lex, "b", "two", NULL, NULL, 0, NULL));
    assert_true(cc_lexicon_add(lex, "a", "three", NULL, NULL, 0, NULL));
    assert_true(cc_lexicon_add(lex, "a", "six", NULL, NULL, 0, NULL));
    assert_true(cc_lexicon_add(lex, "c", "four", NULL, NULL, 0, NULL));
    assert_true(cc_lexicon_add(lex, "b", "five", NULL, NULL, 0, NULL));
    static const struct {
        const char *table, *phrase;
        gboolean found;
    } cases[] = {{"a", "one", TRUE},    {"a", "three", TRUE}, {"a", "two", FALSE},
                 {"a", "five", FALSE},  {"b", "two", TRUE},   {"b", "five", TRUE},
                 {"b", "three", FALSE}, {"c", "four", TRUE},  {"c", "five", FALSE},
                 {"a", "six", TRUE},    {"b", "six", FALSE}};
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        gboolean found = cc_lexicon_lookup(lex, cases[i].table, cases[i].phrase, -1) != NULL;
        if (found != cases[i].found)
            fail_msg("case %u: \"%s\" in %s: found %d", i, cases[i].phrase, cases[i].table,
                     found);
    }
}

/* Taking moves every table into an empty lexicon and leaves the source
 * empty; into one that has a table it moves nothing. */
static void
test_take(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) from = cc_lexicon_new();
    assert_true(cc_lexicon_add(from, "vague", "Dozens", "24 99", "a.rules", 4, NULL));
    assert_true(cc_lexicon_add(from, "months", "jan", "1", NULL, 0, NULL));
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    assert_true(cc_lexicon_take(lex, from));
    const CcLexiconEntry *d = cc_lexicon_lookup(lex, "vague", "DOZENS", -1);
    assert_non_null(d);
    assert_string_equal(d->phrase, "dozens");
    assert_string_equal(d->value, "24 99");
    assert_string_equal(d->file, "a.rules");
    assert_int_equal(d->line, 4);
    g_autoptr(GPtrArray) tables = cc_lexicon_tables(lex);
    assert_int_equal(tables->len, 2);
    g_autoptr(GPtrArray) left = cc_lexicon_tables(from);
    assert_int_equal(left->len, 0);

    assert_true(cc_lexicon_add(from, "months", "feb", "2", NULL, 0, NULL));
    assert_false(cc_lexicon_take(lex, from));
    assert_null(cc_lexicon_lookup(lex, "months", "feb", -1));
    assert_non_null(cc_lexicon_lookup(from, "months", "feb", -1));
    assert_non_null(cc_lexicon_lookup(lex, "months", "jan", -1));
}

/* Entries are taken from blocks of several hundred: over three blocks,
 * each entry keeps its own phrase and value, a phrase added again takes
 * the new value, and a lexicon taken from another keeps them all. */
static void
test_many_entries(void **state)
{
    (void)state;
    enum { N = 1300 };
    g_autoptr(CcLexicon) from = cc_lexicon_new();
    char phrase[32], value[32];
    for (guint i = 0; i < N; i++) {
        g_snprintf(phrase, sizeof phrase, "word %u", i);
        g_snprintf(value, sizeof value, "%u", i * 7);
        assert_true(cc_lexicon_add(from, i % 2 ? "odd" : "even", phrase, value, "m.rules", i + 1,
                                   NULL));
    }
    assert_true(cc_lexicon_add(from, "even", "word 0", "again", "m.rules", N + 1, NULL));
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    assert_true(cc_lexicon_take(lex, from));
    g_clear_pointer(&from, cc_lexicon_free);
    for (guint i = 0; i < N; i++) {
        g_snprintf(phrase, sizeof phrase, "Word %u", i);
        g_snprintf(value, sizeof value, "%u", i * 7);
        const CcLexiconEntry *e = cc_lexicon_lookup(lex, i % 2 ? "odd" : "even", phrase, -1);
        assert_non_null(e);
        assert_string_equal(e->value, i == 0 ? "again" : value);
        assert_int_equal(e->line, i == 0 ? N + 1 : i + 1);
        assert_string_equal(e->file, "m.rules");
    }
    assert_int_equal(cc_lexicon_entries(lex, "even")->len, N / 2);
    assert_int_equal(cc_lexicon_entries(lex, "odd")->len, N / 2);
}

/* A table's sorted entries are built by the first caller, once, however
 * many threads ask at the same time (patterns compile on several), and
 * built again after an add. */
static gpointer
ask_entries(gpointer lexicon)
{
    return cc_lexicon_entries(lexicon, "many");
}

static void
test_entries_threads(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    char phrase[32];
    for (guint i = 0; i < 5000; i++) {
        g_snprintf(phrase, sizeof phrase, "w%u", i);
        assert_true(cc_lexicon_add(lex, "many", phrase, NULL, NULL, 0, NULL));
    }
    for (guint round = 0; round < 2; round++) {
        GThread *threads[8];
        for (guint k = 0; k < G_N_ELEMENTS(threads); k++)
            threads[k] = g_thread_new("entries", ask_entries, lex);
        GPtrArray *first = g_thread_join(threads[0]);
        for (guint k = 1; k < G_N_ELEMENTS(threads); k++)
            assert_ptr_equal(g_thread_join(threads[k]), first);
        assert_int_equal(first->len, 5000 + round);
        assert_ptr_equal(cc_lexicon_entries(lex, "many"), first);
        assert_string_equal(((const CcLexiconEntry *)first->pdata[0])->phrase,
                            round ? "longest of all" : "w1000");
        assert_true(cc_lexicon_add(lex, "many", "longest of all", NULL, NULL, 0, NULL));
    }
}

/* ---- to_regex ---------------------------------------------------------------- */

typedef struct {
    const char *phrases[4];
    const char *regex;
    const char *matches;    /* a text the regex must match entirely */
    const char *no_match;   /* one it must not */
} RegexCase;

static const RegexCase regex_cases[] = {
    {{"about", "an estimated", NULL}, "(?:an\\s+estimated|about)", "An   estimated", "an-estimated"},
    {{"u.s.", "u.k.", NULL}, "(?:u\\.k\\.|u\\.s\\.)", "U.S.", "uxsx"},
    {{"c++", "(a)", "x|y", NULL}, "(?:\\(a\\)|c\\+\\+|x\\|y)", "x|y", "x"},
    {{"$6", "[b]", "a{2}", "^-#"}, "(?:a\\{2\\}|\\[b\\]|\\^\\-\\#|\\$6)", "a{2}", "aa"},
    {{"back\\slash", NULL}, "(?:back\\\\slash)", "back\\slash", "back slash"},
    {{"größe", NULL}, "(?:größe)", "GRÖßE", "grosse"},
};

static void
test_to_regex(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(regex_cases); i++) {
        const RegexCase *c = &regex_cases[i];
        g_autoptr(CcLexicon) lex = cc_lexicon_new();
        for (guint k = 0; k < 4 && c->phrases[k]; k++)
            assert_true(cc_lexicon_add(lex, "t", c->phrases[k], NULL, NULL, 0, NULL));
        g_autofree char *re = cc_lexicon_to_regex(lex, "t");
        if (strcmp(re, c->regex) != 0)
            fail_msg("case %u: got %s, want %s", i, re, c->regex);
        g_autofree char *anchored = g_strdup_printf("^%s$", re);
        g_autoptr(GError) err = NULL;
        g_autoptr(CcPattern) p = cc_pattern_new(anchored, NULL, &err);
        if (p == NULL)
            fail_msg("case %u: %s does not compile: %s", i, anchored, err->message);
        g_autoptr(CcMatch) m = cc_match_new(p);
        if (cc_pattern_match(p, m, c->matches, strlen(c->matches), 0) != CC_MATCH_FOUND)
            fail_msg("case %u: %s does not match \"%s\"", i, re, c->matches);
        if (cc_pattern_match(p, m, c->no_match, strlen(c->no_match), 0) != CC_MATCH_NONE)
            fail_msg("case %u: %s matches \"%s\"", i, re, c->no_match);
    }
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    assert_null(cc_lexicon_to_regex(lex, "missing"));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_checks_values),
        cmocka_unit_test(test_folding),
        cmocka_unit_test(test_replace_and_order),
        cmocka_unit_test(test_tables_interleaved),
        cmocka_unit_test(test_take),
        cmocka_unit_test(test_many_entries),
        cmocka_unit_test(test_entries_threads),
        cmocka_unit_test(test_to_regex),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

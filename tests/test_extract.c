/* SPDX-License-Identifier: MIT */
/* test_extract.c: the engine — mention gating, overlap resolution, claim
 * keys through entity captures, as_of dating, record numbering, offsets,
 * a pattern that hits the match limit without stopping the run, and who a
 * speaker that names no one ("the agency") stands for, and a table's cells
 * read under their labels. */
#include <claimcheck/claimcheck.h>

#include <glib/gstdio.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "internal.h"
#include "frame.h"

static const char rules_text[] =
    "lexicon number_words\n  eleven = 11\nend\n"
    "lexicon months\n  february = 2\n  feb = 2\n  march = 3\n  may = 5\n  july = 7\n  november = 11\n"
    "  december = 12\nend\n"
    "lexicon future_words\n  will\n  may\n  could\nend\n"
    "lexicon entities\n  pyongyang = north_korea\n  north korea = north_korea\nend\n"
    "lexicon scale_words\n  thousand = 1000\nend\n"
    "macro NUM = (?:\\d[\\d,]*|{@number_words})(?:\\s+{@scale_words})?\n"
    "macro DATE = {@months}\\s+(?:\\d{1,2},\\s+)?\\d{4}\n"
    "rule any_date\n  claim text value\n  value date\n  pattern (?<value>{DATE})\n"
    "  pattern \\b(?<value>in\\s+{@months})\\b(?!\\s+\\d)\n"
    "  pattern (?<value>the\\s+past\\s+year|by\\s+the\\s+end\\s+of\\s+\\d{4})\nend\n"
    "rule any_day\n  claim text value\n  value date\n"
    "  pattern (?<value>{@months}\\s+\\d{1,2})(?![\\d,])\nend\n"
    "rule any_number\n  claim text value\n  value quantity\n  pattern (?<value>{NUM})\nend\n"
    "rule troops_short\n  claim $who troops_deployed russia\n  value quantity person\n"
    "  pattern (?<who>pyongyang|north korea)\\s+sent\\s+(?<value>\\d+)\n"
    "  pattern (?<who>pyongyang|north korea)\\s+sent\\s+(?<value>{NUM})\\s+troops\nend\n"
    "rule troops_long\n  claim north_korea troops_deployed russia\n  value quantity person\n"
    "  pattern (?<value>{NUM})\\s+troops\nend\n"
    "rule dated_only\n  claim x dated_count\n  value quantity\n  needs number date\n"
    "  pattern (?<value>\\d+)\\s+widgets\nend\n"
    "rule halves\n  claim x halves\n  value event\n  needs number\n"
    "  pattern (?:\u00bd|\u00be|\u2154)\\s+cups?\nend\n"
    "rule backtracker\n  claim x slow\n  value event\n  pattern (?:a+)+$\nend\n"
    "rule labelled\n  claim x labelled_count\n  value quantity\n"
    "  pattern \\bShipped:\\s+(?<value>\\d[\\d,]*)\nend\n";

static CcRuleSet *rules;

static int
setup(void **state)
{
    (void)state;
    g_autofree char *path = g_build_filename(g_get_tmp_dir(), "cc-test-extract.rules", NULL);
    assert_true(g_file_set_contents(path, rules_text, -1, NULL));
    g_autoptr(GError) error = NULL;
    rules = cc_ruleset_new();
    if (!cc_ruleset_load(rules, path, &error) || !cc_ruleset_compile(rules, &error))
        fail_msg("rules: %s", error->message);
    g_unlink(path);
    return 0;
}

static int
teardown(void **state)
{
    (void)state;
    cc_ruleset_free(rules);
    return 0;
}

/* The records @ex reads in @text, a document named doc.txt (records own
 * their strings: the source goes once they are read). */
static GPtrArray *
extract_text(CcExtractor *ex, const char *text, const CcExtractOptions *options,
             GPtrArray *warnings)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(CcSource) src = cc_source_new_from_data("doc.txt", text, strlen(text), &error);
    assert_non_null(src);
    return cc_extract(ex, src, options, warnings);
}

static GPtrArray *
run(const char *text, gboolean all, guint32 ref_day, GPtrArray *warnings)
{
    g_autoptr(CcExtractor) ex = cc_extractor_new(rules);
    CcExtractOptions options = {.all = all, .ref_day = ref_day};
    return extract_text(ex, text, &options, warnings);
}

static const CcClaim *
find(GPtrArray *records, const char *rule)
{
    for (guint i = 0; i < records->len; i++)
        if (g_strcmp0(((CcClaim *)records->pdata[i])->rule, rule) == 0)
            return records->pdata[i];
    return NULL;
}

static const CcClaim *
find_predicate(GPtrArray *records, const char *predicate)
{
    for (guint i = 0; i < records->len; i++)
        if (g_strcmp0(((CcClaim *)records->pdata[i])->predicate, predicate) == 0)
            return records->pdata[i];
    return NULL;
}

/* The first record whose text starts with @prefix. */
static const CcClaim *
find_text(GPtrArray *records, const char *prefix)
{
    for (guint i = 0; i < records->len; i++)
        if (g_str_has_prefix(((CcClaim *)records->pdata[i])->text, prefix))
            return records->pdata[i];
    return NULL;
}

/* The project's shipped rules, loaded and compiled. */
static CcRuleSet *
load_shipped(void)
{
    g_autoptr(GError) error = NULL;
    CcRuleSet *shipped = cc_ruleset_new();
    if (!cc_ruleset_load(shipped, CC_SOURCE_DIR "/rules", &error)
        || !cc_ruleset_compile(shipped, &error))
        fail_msg("rules: %s", error->message);
    return shipped;
}

/* The lede with no source of its own speaks for the speaker its headline
 * names for itself; later sentences, and ledes under a label's headline,
 * take none. */
static void
test_headline_speaker(void **state)
{
    (void)state;
    static const struct {
        const char *title;
        const char *speaker; /* of the lede's 200; NULL for none */
    } rows[] = {
        {"North Korea has sent more troops, Pentagon says", "Pentagon"},
        {"Pentagon says North Korea has sent more troops", "Pentagon"},
        {"N. Korea sends more troops to Russia: Seoul", "Seoul"},
        {"Timeline: North Korea's troops in Russia", NULL},
        {"Russia-Ukraine war live: Kyiv says more troops arrived", NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        g_autofree char *text = g_strdup_printf(
            "title: %s\ndate: 2025-01-28\n---\nAbout 200 troops arrived.\n\nLater 300 troops "
            "came.\n",
            rows[i].title);
        g_autoptr(GPtrArray) r = run(text, FALSE, 0, NULL);
        const CcClaim *lede = find_text(r, "200");
        const CcClaim *later = find_text(r, "300");
        assert_non_null(lede);
        assert_non_null(later);
        if (rows[i].speaker != NULL) {
            assert_non_null(lede->attribution);
            assert_string_equal(lede->attribution, rows[i].speaker);
        } else {
            assert_null(lede->attribution);
        }
        assert_null(later->attribution);
    }
}

/* A table given as text: each cell of a row is read behind its column's
 * label, however many rows down from the header it stands, and the record
 * spans the cell in the file. */
static void
test_table_cells(void **state)
{
    (void)state;
    g_autoptr(GString) doc = g_string_new("date: 2025-01-28\n---\nBatch | Shipped\n|---|---|\n");
    for (guint i = 1; i <= 100; i++)
        g_string_append_printf(doc, "| Batch %u | %u,000 |\n", i, i);
    g_autoptr(GPtrArray) r = run(doc->str, FALSE, 0, NULL);
    guint n = 0;
    for (guint i = 0; i < r->len; i++)
        n += g_strcmp0(((CcClaim *)r->pdata[i])->predicate, "labelled_count") == 0;
    assert_int_equal(n, 100);
    const CcClaim *last = find_text(r, "100,000");
    assert_non_null(last);
    assert_string_equal(last->predicate, "labelled_count");
    const char *at = strstr(doc->str, "| 100,000 |");
    assert_non_null(at);
    assert_int_equal(last->span_start, (gsize)(at - doc->str) + 2);
    assert_int_equal(last->span_end, last->span_start + 7);
    /* the header's own words, and a row with no header, give nothing */
    g_autoptr(GPtrArray) none = run("date: 2025-01-28\n---\nBatch 1 | 4,000\n", FALSE, 0, NULL);
    for (guint i = 0; i < none->len; i++)
        assert_string_not_equal(((CcClaim *)none->pdata[i])->predicate, "labelled_count");
}

static void
test_longest_match_wins(void **state)
{
    (void)state;
    /* troops_short's first pattern sees only "11" of "11,000"; troops_long
     * sees "11,000": the longer value span is kept. */
    g_autoptr(GPtrArray) r = run("Pyongyang sent 11,000 troops to Russia.", FALSE, 0, NULL);
    assert_int_equal(r->len, 1);
    const CcClaim *c = r->pdata[0];
    assert_string_equal(c->text, "11,000");
    assert_string_equal(c->key, "north_korea/troops_deployed/russia");
    assert_int_equal(c->value.low, 11000);
    assert_string_equal(c->value.unit, "person");
    assert_string_equal(c->id, "doc#1");
    assert_int_equal(c->span_start, 15);
    assert_int_equal(c->span_end, 21);
}

static void
test_value_records_only_when_asked(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) quiet = run("It cost 12 dollars in February 2022.", FALSE, 0, NULL);
    assert_int_equal(quiet->len, 0);
    g_autoptr(GPtrArray) all = run("It cost 12 dollars in February 2022.", TRUE, 0, NULL);
    assert_non_null(find(all, "any_number"));
    assert_non_null(find(all, "any_date"));
    /* Numbered in document order, densely. */
    for (guint i = 0; i < all->len; i++) {
        g_autofree char *want = g_strdup_printf("doc#%u", i + 1);
        assert_string_equal(((CcClaim *)all->pdata[i])->id, want);
        if (i > 0)
            assert_true(((CcClaim *)all->pdata[i - 1])->span_start
                        <= ((CcClaim *)all->pdata[i])->span_start);
    }
}

/* Without --all the generic date rule runs only to date claims, and stops
 * once they are dated: the claims' as_of must not depend on --all. Each
 * claim is dated by the date that governs it: its own after it in its
 * clause, else the nearest before it, else the day of a saying after it. */
static const struct {
    const char *text;
    int doc[3];     /* the document's date */
    int want[3][3]; /* the as_of of each troops_deployed claim, in order */
} as_of_cases[] = {
    {"Since February 2022, and by November 2023, Pyongyang sent 3000 troops.", {2024, 11, 13},
     {{2023, 11, 1}}},
    {"Pyongyang sent 3000 troops in February 2024 and 2000 troops in November 2024.",
     {2024, 11, 13}, {{2024, 2, 1}, {2024, 11, 1}}},
    {"Pyongyang sent 3000 troops, officials said in February 2024.", {2024, 11, 13},
     {{2024, 2, 1}}},
    {"In November 2020 Pyongyang sent 3000 troops; November 2024 saw 2000 troops.",
     {2024, 11, 13}, {{2024, 11, 13}, {2024, 11, 1}}},
    /* the day of a speech or of a report's posting is the saying's */
    {"Pyongyang sent 3000 troops, Zelensky said in his nightly address on November 9.",
     {2024, 11, 13}, {{2024, 11, 9}}},
    {"Pyongyang sent 3000 troops, the ministry said in an update posted on November 10.",
     {2024, 11, 13}, {{2024, 11, 10}}},
    {"Pyongyang sent 3000 troops, the minister told a news conference in Kyiv on November 8.",
     {2024, 11, 13}, {{2024, 11, 8}}},
    {"Pyongyang sent 3000 troops, Zelensky said in an interview broadcast on November 10.",
     {2024, 11, 13}, {{2024, 11, 10}}},
    /* the nearest date before, not the first */
    {"In March 2024 officials said that by February 2024 Pyongyang sent 3000 troops.",
     {2024, 11, 13}, {{2024, 2, 1}}},
    /* the claim's own date after it, over a date before it */
    {"Officials said in March 2024 that Pyongyang sent 3000 troops in February 2024.",
     {2024, 11, 13}, {{2024, 2, 1}}},
    /* a date after another figure is that figure's */
    {"Pyongyang sent 3000 troops, up from 2000 troops in February 2024.", {2024, 11, 13},
     {{2024, 11, 13}, {2024, 2, 1}}},
    /* a clause of its own ("where") and a semicolon cut a date off */
    {"In February 2024 Pyongyang sent 3000 troops to Kursk, where fighting began in November 2024.",
     {2024, 11, 13}, {{2024, 2, 1}}},
    {"Pyongyang sent 3000 troops; in February 2024 it sent 2000 troops.", {2024, 11, 13},
     {{2024, 11, 13}, {2024, 2, 1}}},
    /* "since" before a date is a preposition, and cuts off no saying after
     * it; "since" before a clause does */
    {"Pyongyang sent 3000 troops since February 2024, officials said in March 2024.",
     {2024, 11, 13}, {{2024, 3, 1}}},
    {"Pyongyang sent 3000 troops since it signed the pact, officials said in March 2024.",
     {2024, 11, 13}, {{2024, 11, 13}}},
    /* a clause set off by commas, a date of its own in it, cuts off no
     * saying after it */
    {"Pyongyang sent 3000 troops to Kursk, where fighting began in August 2023, officials said "
     "in March 2024.",
     {2024, 11, 13}, {{2024, 3, 1}}},
    /* the day of a saying dates the claim; a date past it does not */
    {"Pyongyang sent 3000 troops, officials said in March 2024, twice the figure of February 2024.",
     {2024, 11, 13}, {{2024, 3, 1}}},
    /* the day of a saying dates every figure said, another's between too */
    {"Pyongyang sent 3000 troops, including 2000 troops of its special forces, officials said "
     "in March 2024.",
     {2024, 11, 13}, {{2024, 3, 1}, {2024, 3, 1}}},
    /* a year-less date more than half a year after the document's is last
     * year's, unless the sentence speaks of the future; a nearer one is
     * the document's date */
    {"By December 19 Pyongyang sent 3000 troops.", {2025, 1, 15}, {{2024, 12, 19}}},
    {"Pyongyang will have 3000 troops there by December 19.", {2025, 1, 15}, {{2025, 1, 15}}},
    {"Pyongyang sent 3000 troops by November 20.", {2024, 11, 13}, {{2024, 11, 13}}},
    /* a whole month named with no year after the document's date is last
     * year's, unless the sentence speaks of the future */
    {"The agency said in December that Pyongyang sent 3000 troops.", {2024, 11, 13},
     {{2023, 12, 1}}},
    {"Pyongyang will send 3000 troops in December.", {2024, 11, 13}, {{2024, 11, 13}}},
    /* in any case, and wherever in the sentence ("Will", "COULD") */
    {"Will Pyongyang send 3000 troops in December?", {2024, 11, 13}, {{2024, 11, 13}}},
    {"In December Pyongyang COULD send 3000 troops.", {2024, 11, 13}, {{2024, 11, 13}}},
    {"In December Pyongyang sent 3000 troops, Willem said.", {2024, 11, 13}, {{2023, 12, 1}}},
    /* a deadline with no year more than a month before the document's
     * date is next year's when the sentence speaks of the future, and so
     * the document's date; not when it looks back, nor a nearer one */
    {"Pyongyang will have 3000 troops there by February 20.", {2024, 12, 12},
     {{2024, 12, 12}}},
    {"By March 10 Pyongyang could send 3000 troops.", {2024, 11, 27}, {{2024, 11, 27}}},
    {"By February 20 Pyongyang had sent 3000 troops.", {2024, 12, 12}, {{2024, 2, 20}}},
    {"Pyongyang will have 3000 troops there by November 20.", {2024, 11, 25},
     {{2024, 11, 20}}},
    /* a whole month with no year that ended before the document's date,
     * under a plain future verb, is the next one, and so the document's
     * date; not under a past verb nor a modal that only may be */
    {"Pyongyang will send a further 3000 troops to the Kursk region in February.",
     {2025, 9, 3}, {{2025, 9, 3}}},
    {"Another 3000 troops will be deployed to the Kursk region in March.", {2025, 9, 3},
     {{2025, 9, 3}}},
    {"Pyongyang sent a further 3000 troops to the Kursk region in February.", {2025, 9, 3},
     {{2025, 2, 1}}},
    {"Pyongyang could send a further 3000 troops to the Kursk region in February.",
     {2025, 9, 3}, {{2025, 2, 1}}},
    /* "May" is a month there, not a modal; a modal before "have" or a verb
     * of holding looks back, not ahead */
    {"In May, the agency said Pyongyang sent 3000 troops.", {2025, 1, 15}, {{2024, 5, 1}}},
    {"In July, officials said Pyongyang may have sent 3000 troops.", {2025, 1, 15},
     {{2024, 7, 1}}},
    {"In July, officials said barracks that could hold 3000 troops were built.", {2025, 1, 15},
     {{2024, 7, 1}}},
    {"In July, officials said Pyongyang may send 3000 troops.", {2025, 1, 15}, {{2025, 1, 15}}},
    /* a span up to the document's date, not the calendar year before */
    {"Over the past year and a half, Pyongyang sent 3000 troops.", {2024, 11, 13},
     {{2024, 11, 13}}},
    /* "by the end of" a year is before its next 1 January */
    {"By the end of 2023, Pyongyang sent 3000 troops.", {2024, 11, 13}, {{2023, 12, 31}}},
    /* a date after a semicolon is another clause's */
    {"Pyongyang sent 3000 troops; the agency said so in February 2024.", {2024, 11, 13},
     {{2024, 11, 13}}},
    /* a "but" clause that speaks of now is the document's day's */
    {"In February 2024 Pyongyang had sent 3000 troops, but it now has 5000 troops there.",
     {2024, 11, 13}, {{2024, 2, 1}, {2024, 11, 13}}},
    /* "now" without a "but" is the time of the saying before it */
    {"In February 2024 officials said Pyongyang now had 3000 troops there.", {2024, 11, 13},
     {{2024, 2, 1}}},
};

static void
test_as_of_without_all(void **state)
{
    (void)state;
    guint wrong = 0;
    for (guint i = 0; i < G_N_ELEMENTS(as_of_cases); i++) {
        guint32 doc = cc_day_from_ymd(as_of_cases[i].doc[0], as_of_cases[i].doc[1],
                                      as_of_cases[i].doc[2]);
        for (int all = 0; all <= 1; all++) {
            g_autoptr(GPtrArray) r = run(as_of_cases[i].text, all, doc, NULL);
            guint claims = 0;
            for (guint k = 0; k < r->len; k++) {
                const CcClaim *c = r->pdata[k];
                if (g_strcmp0(c->predicate, "troops_deployed") != 0)
                    continue;
                if (claims >= G_N_ELEMENTS(as_of_cases[i].want)
                    || as_of_cases[i].want[claims][0] == 0)
                    fail_msg("case %u (all=%d): more claims than expected", i, all);
                const int *w = as_of_cases[i].want[claims++];
                guint32 want = cc_day_from_ymd(w[0], w[1], w[2]);
                if (c->as_of != want) {
                    g_autofree char *got = cc_day_to_iso(c->as_of);
                    print_message("case %u (all=%d) \"%s\": claim %s as_of %s, want "
                                  "%04d-%02d-%02d\n",
                                  i, all, as_of_cases[i].text, c->text, got, w[0], w[1], w[2]);
                    wrong++;
                }
            }
            if (claims == 0 || (claims < G_N_ELEMENTS(as_of_cases[i].want)
                                && as_of_cases[i].want[claims][0] != 0))
                fail_msg("case %u (all=%d): %u claims, fewer than expected", i, all, claims);
        }
    }
    if (wrong > 0)
        fail_msg("%u as_of wrong", wrong);
}

static void
test_mention_gating(void **state)
{
    (void)state;
    g_autoptr(GPtrArray) none = run("They built 40 widgets.", FALSE, 0, NULL);
    assert_null(find(none, "dated_only"));
    g_autoptr(GPtrArray) some = run("In February 2022 they built 40 widgets.", FALSE, 0, NULL);
    assert_non_null(find(some, "dated_only"));
}

/* The mention scan stops once it has found both kinds, not before: a rule
 * that needs a number and a date runs whichever comes first; and a month
 * is found whatever its letters' case. */
static void
test_mention_gating_order(void **state)
{
    (void)state;
    static const char *const texts[] = {"They built 40 widgets in February.",
                                         "In February they built 40 widgets.",
                                         "In February 2022 they built 40 widgets by March.",
                                         /* a month read by its first three letters, in any case */
                                         "They built 40 widgets in FEB.",
                                         "They built 40 widgets by May.",
                                         "They built 40 widgets in FeBrUaRy."};
    for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
        g_autoptr(GPtrArray) r = run(texts[i], FALSE, 0, NULL);
        if (find(r, "dated_only") == NULL)
            fail_msg("case %u \"%s\": no record from the rule that needs both", i, texts[i]);
    }
}

/* A word is read to the sentence's end, not past it: a spaceless run
 * longer than a sentence may be is cut inside a word ("fe|b"), and the
 * piece in the first sentence is no month. */
static void
test_mention_gating_cut_word(void **state)
{
    (void)state;
    GString *text = g_string_new("They built 40 widgets ");
    while (text->len < 4094)
        g_string_append_c(text, '/');
    g_string_append(text, "feb.");
    g_autoptr(GPtrArray) r = run(text->str, FALSE, 0, NULL);
    g_string_free(text, TRUE);
    assert_null(find(r, "dated_only"));
    /* the same run with the month whole in the first sentence */
    text = g_string_new("They built 40 widgets ");
    while (text->len < 4093)
        g_string_append_c(text, '/');
    g_string_append(text, "feb.");
    g_autoptr(GPtrArray) whole = run(text->str, FALSE, 0, NULL);
    g_string_free(text, TRUE);
    assert_non_null(find(whole, "dated_only"));
}

/* A vulgar fraction is a figure: "½ cup" wakes the rules that need a
 * number, as "1 cup" does, though it holds no ASCII digit. */
static void
test_mention_gating_fractions(void **state)
{
    (void)state;
    static const char *const texts[] = {"Add \u00bd cup of rice.", "Then \u00be cups.",
                                         "About \u2154 cup."};
    for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
        g_autoptr(GPtrArray) r = run(texts[i], FALSE, 0, NULL);
        if (find(r, "halves") == NULL)
            fail_msg("case %u \"%s\": no record from the fraction rule", i, texts[i]);
    }
}

static void
test_as_of(void **state)
{
    (void)state;
    guint32 doc = cc_day_from_ymd(2024, 11, 13);
    g_autoptr(GPtrArray) a = run("By February 2024, North Korea sent 3000 troops.", FALSE, doc, NULL);
    const CcClaim *c = find_predicate(a, "troops_deployed");
    assert_non_null(c);
    /* a month dates the claim from its first day to its last */
    assert_int_equal(c->as_of, cc_day_from_ymd(2024, 2, 1));
    assert_int_equal(c->as_of_end, cc_day_from_ymd(2024, 2, 29));
    /* one day has no end of its own; nor has the document's date */
    g_autoptr(GPtrArray) one = run("On February 20, 2024, North Korea sent 3000 troops.", FALSE,
                                   doc, NULL);
    c = find_predicate(one, "troops_deployed");
    assert_non_null(c);
    assert_int_equal(c->as_of, cc_day_from_ymd(2024, 2, 20));
    assert_int_equal(c->as_of_end, 0);
    /* "the end of" a year is its last day */
    g_autoptr(GPtrArray) e = run("By the end of 2023, North Korea sent 3000 troops.", FALSE, doc,
                                 NULL);
    c = find_predicate(e, "troops_deployed");
    assert_non_null(c);
    assert_int_equal(c->as_of, cc_day_from_ymd(2023, 12, 31));
    assert_int_equal(c->as_of_end, 0);
    g_autoptr(GPtrArray) b = run("Since February 2022, North Korea sent 3000 troops.", FALSE, doc,
                                 NULL);
    c = find_predicate(b, "troops_deployed");
    assert_non_null(c);
    assert_int_equal(c->as_of, doc);
    /* "since" reaches past an article and the part of a year it names */
    g_autoptr(GPtrArray) s = run("North Korea sent 3000 troops since the start of February 2022.",
                                 FALSE, doc, NULL);
    c = find_predicate(s, "troops_deployed");
    assert_non_null(c);
    assert_int_equal(c->as_of, doc);
    g_autoptr(GPtrArray) t = run("At the start of February 2024, North Korea sent 3000 troops.",
                                 FALSE, doc, NULL);
    c = find_predicate(t, "troops_deployed");
    assert_non_null(c);
    assert_int_equal(c->as_of, cc_day_from_ymd(2024, 2, 1));
    g_autoptr(GPtrArray) n = run("North Korea sent 3000 troops.", FALSE, 0, NULL);
    assert_int_equal(((CcClaim *)n->pdata[0])->as_of, 0);
}

static void
test_positions(void **state)
{
    (void)state;
    /* Line and column count characters, not bytes. */
    g_autoptr(GPtrArray) r = run("Headline\n“Pyongyang” — Pyongyang sent 500 troops.", FALSE, 0,
                                 NULL);
    const CcClaim *c = find_predicate(r, "troops_deployed");
    assert_non_null(c);
    assert_int_equal(c->line, 2);
    assert_int_equal(c->column, 30);
}

static void
test_folded_white_space(void **state)
{
    (void)state;
    /* Patterns see runs of blanks as one space — wrapped lines, indentation
     * and Markdown markup blanked in place — while offsets stay the file's. */
    const char *text = "Pyongyang   sent\n     11,000\u00a0\u00a0troops.";
    g_autoptr(GPtrArray) r = run(text, FALSE, 0, NULL);
    const CcClaim *c = find_predicate(r, "troops_deployed");
    assert_non_null(c);
    assert_string_equal(c->text, "11,000");
    assert_int_equal(c->span_start, (gsize)(strstr(text, "11,000") - text));
    assert_int_equal(c->span_end, c->span_start + 6);
    assert_int_equal(c->line, 2);
    assert_int_equal(c->column, 6);
}

static void
test_match_limit_named(void **state)
{
    (void)state;
    g_autoptr(GString) text = g_string_new("North Korea sent 12 troops. ");
    for (int i = 0; i < 60; i++)
        g_string_append_c(text, 'a');
    g_string_append(text, "b. Then 7 troops arrived.");
    g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) r = run(text->str, FALSE, 0, warnings);
    assert_true(warnings->len >= 1);
    assert_non_null(strstr(warnings->pdata[0], "backtracker"));
    /* The run went on: claims before and after the slow sentence. */
    assert_int_equal(r->len, 2);
}

/* A speaker that names no one ("the agency said") stands for the nearest
 * speaker before it in the document that names someone and has the same
 * head noun, or one the `speaker_heads` lexicon gives, or for the body that
 * opens one of the three sentences before with such a head; with none,
 * the noun keeps its article. Over the shipped rules. */
static void
test_generic_speakers(void **state)
{
    (void)state;
    static const struct {
        const char *name, *text, *claim, *who;
    } rows[] = {
        {"the agency: the spy agency before",
         "South Korea's spy agency said on Wednesday that about 11,000 North Korean troops had "
         "been deployed to Russia.\n\nThe agency also told the committee that Pyongyang has "
         "shipped about 1 million artillery shells to Russia so far.",
         "about 1 million", "South Korea's spy agency"},
        {"the agencies: a spy agency before (the letters a plural shares)",
         "South Korea's spy agency said on Wednesday that about 11,000 North Korean troops had "
         "been deployed to Russia.\n\nThe agencies also told the committee that Pyongyang has "
         "shipped about 1 million artillery shells to Russia so far.",
         "about 1 million", "South Korea's spy agency"},
        {"the official: officials before",
         "South Korean officials said on Wednesday that about 11,000 North Korean troops had "
         "been deployed to Russia.\n\nThe official also told the committee that Pyongyang has "
         "shipped about 1 million artillery shells to Russia so far.",
         "about 1 million", "South Korean officials"},
        {"another head is no antecedent",
         "The Pentagon said on Tuesday that between 10,000 and 12,000 North Korean soldiers are in "
         "Russia.\n\nThe agency also told the committee that Pyongyang has shipped about 1 million "
         "artillery shells to Russia so far.",
         "about 1 million", "the agency"},
        {"no antecedent: the article stays",
         "The agency also told the committee that Pyongyang has shipped about 1 million artillery "
         "shells to Russia so far.",
         "about 1 million", "the agency"},
        {"the nearest named ministry",
         "date: 2024-12-05\n---\nA treaty between Russia and North Korea took effect, Russia's foreign ministry said on "
         "Thursday. Ukraine's defence ministry said it was watching. The treaty, signed in June, "
         "entered into force on December 4, the ministry said in a statement.",
         "December 4", "Ukraine's defence ministry"},
        {"the agency: a service named before (a head the lexicon gives)",
         "South Korea's National Intelligence Service briefed the intelligence committee on "
         "Wednesday, two members said.\n\nRoughly 600 North Korean soldiers have been killed, "
         "the agency said in the closed session.",
         "Roughly 600", "South Korea's National Intelligence Service"},
        {"the agency: a service that said so before (a head the lexicon gives, read in "
         "the speakers of the sentence before)",
         "About 11,000 North Korean troops have been deployed to Russia, South Korea's National "
         "Intelligence Service said on Wednesday.\n\nThe agency also told the committee that "
         "Pyongyang has shipped about 1 million artillery shells to Russia so far.",
         "about 1 million", "South Korea's National Intelligence Service"},
        {"the directorate: agencies before (the letters the lexicon's head shares with its "
         "plural)",
         "Western intelligence agencies said on Wednesday that about 11,000 North Korean troops "
         "had been deployed to Russia.\n\nThe directorate also told the committee that "
         "Pyongyang has shipped about 1 million artillery shells to Russia so far.",
         "about 1 million", "Western intelligence agencies"},
        {"the institute: a speaker whose word in capitals it is",
         "About 3,800 North Korean soldiers have been killed or wounded, the Institute for the "
         "Study of War said on Friday.\n\nThe institute also said that Pyongyang has shipped "
         "about 1 million artillery shells to Russia so far.",
         "about 1 million", "Institute for the Study of War"},
        {"it: the body that opens the sentence before, whatever its verb",
         "Ukraine's military intelligence agency issued a statement on Tuesday. It said about "
         "1,000 North Korean soldiers had been killed in Kursk.",
         "about 1,000", "Ukraine's military intelligence agency"},
        {"the institute: the body that opens the sentence before, whatever its verb",
         "The Institute for the Study of War published its assessment on Friday. By the "
         "institute's count, about 3,800 North Korean soldiers have been killed or wounded.",
         "about 3,800", "The Institute for the Study of War"},
        {"the spy agency: a possessive and the head in lower case",
         "South Korea's spy agency gave its updated figures to lawmakers on Wednesday. The spy "
         "agency raised its estimate of North Korean casualties to 4,700.",
         "4,700", "South Korea's spy agency"},
        {"the envoy: an ambassador to a capital",
         "Ukraine's ambassador to Seoul addressed reporters on Friday. The envoy said about "
         "12,000 North Korean troops were in Russia.",
         "about 12,000", "Ukraine's ambassador to Seoul"},
        {"a name before another noun is no subject",
         "Former State Department official Kim Lee addressed reporters. The ministry said "
         "about 12,000 North Korean troops were in Russia.",
         "about 12,000", "the ministry"},
        {"a headline's title case has no body's head",
         "North Korea's Military Aid To Russia Grows\n\nThe military said about 12,000 North "
         "Korean troops were in Russia.",
         "about 12,000", "the military"},
        {"a subject that denies is the source of what it denies",
         "Pyongyang denied that it had shipped 3 million shells to Russia.", "3 million",
         "Pyongyang"},
        {"a subject that denies, with a gerund",
         "Kyiv denied losing 5,000 troops in a single week of fighting.", "5,000", "Kyiv"},
        {"a subject that confirms its own deed asserts it (the acknowledgement's date)",
         "date: 2025-04-29\n---\nHaving long denied the deployment, Pyongyang confirmed on "
         "Monday that its soldiers had fought for Russia in Kursk.",
         "Monday", NULL},
        {"a speaker's adverb: had first estimated",
         "Washington had first estimated that some 3,000 North Korean soldiers were training in "
         "Russia's east.",
         "some 3,000", "Washington"},
        {"a speaker after 'though' speaks in a clause of its own",
         "Some 3,000 North Korean soldiers were training in Russia's east, though officials now "
         "say the number may be higher.",
         "Some 3,000", NULL},
        {"a speaker in a clause after 'after' is none of the claim's",
         "date: 2025-04-29\n---\nPyongyang's admission, carried by state media on Monday, came "
         "two days after Moscow first confirmed the North Koreans' role.",
         "Monday", NULL},
        {"a named speaker is kept",
         "The agency said it was watching. South Korea's military said on Tuesday that about "
         "1,100 North Korean troops had been killed or wounded.",
         "about 1,100", "South Korea's military"},
        {"some assessments, whole",
         "North Korea has armed Russia. Some assessments suggest that hundreds of thousands of "
         "artillery shells have been transferred.",
         "hundreds of thousands", "some assessments"},
        {"a speaker between a shared subject and the figure",
         "North Korea sent an additional 1,500 troops to Russia, the agency said, with around "
         "10,000 soldiers expected there by December.",
         "around 10,000", "the agency"},
        {"a speaker between figures sharing a noun before the first",
         "Some 11,000 North Korean troops were sent last autumn, the NIS said, adding that about "
         "3,000 more had arrived in January.",
         "about 3,000", "NIS"},
        {"a speaker between figures sharing a noun, with another",
         "About 600 North Korean soldiers have been killed, the NIS said, with another 4,100 "
         "wounded.",
         "4,100", "NIS"},
        {"a party that rejects a figure to give its own, the noun shared",
         "South Korea's military called Kyiv's tally of 3,000 North Korean casualties inflated, "
         "and put the toll at roughly 1,100 killed or wounded.",
         "roughly 1,100", "South Korea's military"},
        {"the figure rejected stays its owner's",
         "South Korea's military called Kyiv's tally of 3,000 North Korean casualties inflated, "
         "and put the toll at roughly 1,100 killed or wounded.",
         "3,000", "Kyiv"},
        {"he: the speaker of the sentence before",
         "Budanov spoke to reporters on Friday. He said about 8,000 North Korean troops were "
         "still fighting in Kursk.",
         "about 8,000", "Budanov"},
        {"she: no speaker before is no one",
         "She said about 8,000 North Korean troops were still fighting in Kursk.", "about 8,000",
         NULL},
        {"he: a fact box's heading is no person",
         "Conclusion: what the numbers tell us. He put the figure far lower, saying some 11,000 "
         "North Korean soldiers were in the Kursk region.",
         "some 11,000", NULL},
        {"he: a body written without 'the' is no person, whatever its verb",
         "Pentagon officials gave no figure. Pentagon says the force is growing. About 10,000 "
         "North Korean soldiers are in the Kursk region, he told reporters.",
         "About 10,000", NULL},
        {"he: a bare name after a title is a person",
         "Gen. Syrskyi briefed his commanders on Sunday. About 8,000 North Korean troops were "
         "still fighting in Kursk, he said.",
         "About 8,000", "Syrskyi"},
        {"he: a bare name the document gave in full is a person",
         "Kyrylo Budanov told reporters the units were worn out. Budanov briefed his staff. He "
         "said about 8,000 North Korean troops were still fighting in Kursk.",
         "about 8,000", "Budanov"},
        {"he: a speaker three sentences back is too far",
         "Budanov spoke to reporters. The talks were long. The hall was cold. He said about 8,000 "
         "North Korean troops were still fighting in Kursk.",
         "about 8,000", NULL},
    };
    g_autoptr(CcRuleSet) shipped = load_shipped();
    g_autoptr(CcExtractor) ex = cc_extractor_new(shipped);
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
        g_autoptr(GPtrArray) records = extract_text(ex, rows[i].text, NULL, NULL);
        const CcClaim *c = find_text(records, rows[i].claim);
        if (c == NULL || g_strcmp0(c->attribution, rows[i].who) != 0) {
            print_error("case %u \"%s\": got %s; want \"%s\"\n", i, rows[i].name,
                        c == NULL ? "no record" : c->attribution ? c->attribution : "(none)",
                        rows[i].who ? rows[i].who : "(none)");
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* An offset "N later" dates a claim from the day told before it: in its
 * sentence, or, opening the sentence before its comma, the last single day
 * the sentence before names; with neither, the document's date. */
static void
test_as_of_later(void **state)
{
    (void)state;
    static const struct {
        const char *text, *claim, *as_of;
    } rows[] = {
        {"date: 2024-11-20\n---\nNorth Korea shipped 1,500 special forces to Russia on Oct. 8 "
         "and sent a further 1,200 troops a week later, lawmakers said.",
         "1,200", "2024-10-15"},
        {"date: 2024-11-20\n---\nThe first 1,500 North Korean troops left for Russia on Oct. 8. "
         "Two days later, another 1,200 North Korean troops boarded Russian navy ships.",
         "1,200", "2024-10-10"},
        {"date: 2024-11-20\n---\nThe first 1,500 North Korean troops left for Russia on Oct. 8. "
         "Then, about two weeks later, another 1,200 North Korean troops boarded Russian ships.",
         "1,200", "2024-10-22"},
        {"date: 2024-11-20\n---\nThe first North Korean troops left for Russia in October. A "
         "week later, another 1,200 North Korean troops boarded Russian navy ships.",
         "1,200", "2024-11-20"},
    };
    g_autoptr(CcRuleSet) shipped = load_shipped();
    g_autoptr(CcExtractor) ex = cc_extractor_new(shipped);
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
        g_autoptr(GPtrArray) records = extract_text(ex, rows[i].text, NULL, NULL);
        const CcClaim *c = find_text(records, rows[i].claim);
        g_autofree char *got = c != NULL ? cc_day_to_iso(c->as_of) : NULL;
        if (c == NULL || g_strcmp0(got, rows[i].as_of) != 0) {
            print_error("case %u \"%s\": got %s; want %s\n", i, rows[i].text,
                        got != NULL ? got : "no record", rows[i].as_of);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

/* The rule set builds one frame run while its patterns compile: the first
 * extractor takes it, the others build their own, and all read alike. */
static void
test_extractors_share_rules(void **state)
{
    (void)state;
    static const char text[] =
        "South Korea's spy agency said on Wednesday that about 11,000 North Korean troops had "
        "been deployed to Russia. Kyiv said 3,000 of them had been killed or wounded.";
    g_autoptr(CcRuleSet) shipped = load_shipped();
    g_autoptr(GError) error = NULL;
    CcExtractor *ex[3];
    GPtrArray *records[3];
    for (guint i = 0; i < 3; i++)
        ex[i] = cc_extractor_new(shipped);
    /* taken once, by the first */
    assert_null(cc_ruleset_take_frame_run(shipped));
    g_autoptr(CcSource) src = cc_source_new_from_data("doc.txt", text, strlen(text), &error);
    assert_non_null(src);
    for (guint i = 0; i < 3; i++)
        records[i] = cc_extract(ex[i], src, NULL, NULL);
    assert_true(records[0]->len >= 2);
    for (guint i = 1; i < 3; i++) {
        assert_int_equal(records[i]->len, records[0]->len);
        for (guint k = 0; k < records[0]->len; k++) {
            const CcClaim *a = records[0]->pdata[k], *b = records[i]->pdata[k];
            assert_string_equal(a->text, b->text);
            assert_string_equal(a->key, b->key);
        }
    }
    for (guint i = 0; i < 3; i++) {
        g_ptr_array_unref(records[i]);
        cc_extractor_free(ex[i]);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_longest_match_wins),
        cmocka_unit_test(test_headline_speaker),
        cmocka_unit_test(test_value_records_only_when_asked),
        cmocka_unit_test(test_mention_gating),
        cmocka_unit_test(test_mention_gating_order),
        cmocka_unit_test(test_mention_gating_cut_word),
        cmocka_unit_test(test_mention_gating_fractions),
        cmocka_unit_test(test_as_of),
        cmocka_unit_test(test_as_of_without_all),
        cmocka_unit_test(test_as_of_later),
        cmocka_unit_test(test_positions),
        cmocka_unit_test(test_folded_white_space),
        cmocka_unit_test(test_match_limit_named),
        cmocka_unit_test(test_generic_speakers),
        cmocka_unit_test(test_extractors_share_rules),
        cmocka_unit_test(test_table_cells),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

/* SPDX-License-Identifier: MIT */
/* test_frame.c: the value pass and slot attachment of frames, one row per
 * construction. The value pass is read through frame.h on the core pack;
 * slots through cc_extract() on a small frame file of this test's own, so
 * that a row tests one mechanism, not the military pack's word lists. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "frame.h"

#include <glib/gstdio.h>
#include <math.h>

/* ---- the value pass --------------------------------------------------------- */

typedef struct {
    const char *sentence;
    const char *text;  /* the mention as the pass reads it; NULL: none there */
    const char *near;  /* a substring of the sentence the mention starts in */
    double low, high;  /* NAN: open */
    gboolean derived;
} MentionRow;

#define OPEN NAN

static const MentionRow mention_rows[] = {
    {"Losses topped 3,000 last week.", "topped 3,000", "topped", 3001, OPEN, FALSE},
    {"Casualties exceeded 4,000 by March.", "exceeded 4,000", "exceeded", 4001, OPEN, FALSE},
    {"The military revised its figure for the dead up to 1,500.", "1,500", "1,500", 1500, 1500,
     FALSE},
    {"They can carry up to 1,500 shells.", "up to 1,500", "up to", 0, 1500, FALSE},
    {"About a quarter of the 12,000 troops sent have been killed.", "About a quarter",
     "About", 3000, 3000, TRUE},
    {"Of the 11,000 troops deployed, roughly half remain in combat.", "roughly half", "roughly",
     5500, 5500, TRUE},
    /* the product of a fraction written to ten digits is the round figure */
    {"About a third of the 12,000 troops sent have been killed.", "About a third", "About", 4000,
     4000, TRUE},
    {"Two-thirds of the 4,200 were killed.", "Two-thirds", "Two", 2800, 2800, TRUE},
    /* a share of the force itself after ", or" restates the figure before
     * as a part of the force: no share of that figure */
    {"They suffered about 4,000 casualties, or roughly a third of its strength.",
     "roughly a third", "roughly", 1.0 / 3, 1.0 / 3, FALSE},
    {"Most of the soldiers, aged 18 to 24, had never fought.", NULL, "18", 0, 0, FALSE},
    {"The soldier was 24 years old.", NULL, "24", 0, 0, FALSE},
    /* a span of time counts no thing after it */
    {"The troops would cover only about 10 days of Russian losses.", NULL, "10", 0, 0, FALSE},
    {"All could be dead or injured within 12 weeks.", NULL, "12", 0, 0, FALSE},
    {"A thousand were killed or wounded in the span of seven or eight days.", NULL, "seven", 0,
     0, FALSE},
    {"Russia fired KN-24 missiles.", NULL, "24", 0, 0, FALSE},
    {"09:12 Air force: 15 drones were shot down.", NULL, "12", 0, 0, FALSE},
    {"09:12 Air force: 15 drones were shot down.", NULL, "09", 0, 0, FALSE},
    {"09:12 Air force: 15 drones were shot down.", "15", "15", 15, 15, FALSE},
    {"The treaty was signed on February 24, 2022.", NULL, "24", 0, 0, FALSE},
    /* an ordinal names a unit or a place in a row, and counts nothing */
    {"They serve in the 11th Army Corps.", NULL, "11", 0, 0, FALSE},
    {"The 95th Brigade took two prisoners.", NULL, "95", 0, 0, FALSE},
    /* a share open at the bottom is a share of its base */
    {"Up to 50% of the 12,000 troops sent were hurt.", "Up to 50%", "Up", 0, 6000, TRUE},
    /* and so is a fraction open above, as a percentage is: no count of one
     * half */
    {"More than half of the 12,000 troops sent were hurt.", "More than half", "More", 6001,
     OPEN, TRUE},
    /* a figure glued to "m" before a counted noun is millions of it, and a
     * length before any other word */
    {"Pyongyang sent 3m shells.", "3m", "3m", 3e6, 3e6, FALSE},
    {"Pyongyang sent 9.4m artillery rounds.", "9.4m", "9.4m", 9.4e6, 9.4e6, FALSE},
    {"The wall is 2m high.", "2m", "2m", 2, 2, FALSE},
    /* and so is a figure glued to "m" that opens a range with one */
    {"Pyongyang sent between 2m and 3m shells.", "between 2m and 3m", "2m", 2e6, 3e6, FALSE},
    {"Pyongyang sent 2m to 3m artillery rounds.", "2m to 3m", "2m", 2e6, 3e6, FALSE},
    {"The walls are 2m and 3m high.", "2m", "2m", 2, 2, FALSE},
    /* a calibre glued to its figure names a bore, whatever noun follows */
    {"Pyongyang sent 3 million 152-millimeter artillery shells.", NULL, "152", 0, 0, FALSE},
    {"Pyongyang sent 3 million 122-mm artillery rounds.", NULL, "122", 0, 0, FALSE},
    {"Pyongyang sent 3 million 6-inch artillery shells.", NULL, "6", 0, 0, FALSE},
    {"Pyongyang sent 3 million 6-inch artillery shells.", "3 million", "3", 3e6, 3e6, FALSE},
    {"It sent 500,000 4.8-inch rounds.", NULL, "4.8", 0, 0, FALSE},
    {"Nearly 9,000 North Korean infantrymen had arrived.", "Nearly 9,000", "Nearly", 8100, 9000,
     FALSE},
    {"Some three-thousand troops are now in Russia.", "Some three-thousand", "three", 3000, 3000,
     FALSE},
    {"A battalion of 12-hundred troops has arrived.", "12-hundred", "12", 1200, 1200, FALSE},
    {"About 600 are dead and four-thousand-100 injured.", "four-thousand-100", "four", 4100,
     4100, FALSE},
    {"A battalion of 12-hundred-50 troops has arrived.", "12-hundred-50", "12", 1250, 1250, FALSE},
    /* scale words hyphened on to both ends of a range */
    {"Pyongyang may send 25-thousand to 30-thousand more troops.", "25-thousand to 30-thousand",
     "25", 25000, 30000, FALSE},
    {"Some three-thousand-1,500 troops.", "Some three-thousand", "three", 3000, 3000, FALSE},
    {"More than one-thousand containers went north.", "More than one-thousand", "one", 1001, OPEN,
     FALSE},
    {"Kirby said the North sent over one-thousand containers last month.",
     "over one-thousand", "one", 1001, OPEN, FALSE},
    {"Pyongyang handed over one-thousand guns.", "one-thousand", "one", 1000, 1000, FALSE},
    {"At least 15-hundred troops were sent ahead.", "At least 15-hundred", "15", 1500, OPEN,
     FALSE},
    {"It sent missiles and over 3 million shells.", "over 3 million", "3", 3000001, OPEN, FALSE},
    {"Groups of 20 and over pay less.", "20 and over", "20", 20, OPEN, FALSE},
    /* a scale word or unit glued by a dash to digits opens a designation */
    {"It sent nearly 50 M-1978 howitzers.", "nearly 50", "50", 45, 50, FALSE},
    /* or glued to digits directly; a calibre after a count is no group of it */
    {"It sent 120 M1989 howitzers.", "120", "120", 120, 120, FALSE},
    /* a scale letter with a digit glued after it is a model's name, not
     * thousands or millions: "K9" howitzers, "K2" tanks, "K-9" */
    {"Poland ordered about 1,100 K9 howitzers.", "about 1,100", "1,100", 1100, 1100, FALSE},
    {"Poland ordered 180 K2 tanks.", "180", "180", 180, 180, FALSE},
    {"Poland ordered 180 K-9 howitzers.", "180", "180", 180, 180, FALSE},
    {"It sent some 50 170mm howitzers.", "some 50", "50", 50, 50, FALSE},
    /* in a sentence, the thousands written once after "to" or "and" */
    {"The force could be closer to 11 to 12,000.", "11 to 12,000", "11", 11000, 12000, FALSE},
    {"About 11 to 12,000 men are there.", "About 11 to 12,000", "11", 11000, 12000, FALSE},
    {"They fired 1 to 10,000 rounds.", "1 to 10,000", "1 to", 1, 10000, FALSE},
};

/* Strict bounds as the record writes a count: more than 3,000 is 3,001. */
static double
shown_low(const CcValue *v)
{
    return v->has_low ? v->low + (v->low_strict ? 1 : 0) : OPEN;
}

static double
shown_high(const CcValue *v)
{
    return v->has_high ? v->high - (v->high_strict ? 1 : 0) : OPEN;
}

static gboolean
same(double a, double b)
{
    return (isnan(a) && isnan(b)) || fabs(a - b) < 1e-6;
}

static CcRuleSet *
load(const char *path)
{
    g_autoptr(GError) error = NULL;
    CcRuleSet *rules = cc_ruleset_new();
    if (!cc_ruleset_load(rules, path, &error) || !cc_ruleset_compile(rules, &error))
        fail_msg("%s: %s", path, error->message);
    return rules;
}

/* A rule set holding the core pack and one frame with no slot to gate it,
 * so the value pass runs on every sentence. */
static const char *core_frame = "include " CC_SOURCE_DIR "/rules/core/core.rules\n"
                                "frame t\n  claim a b\n  value quantity person\n"
                                "  example \"About 3,000 troops.\" => value [3000, 3000]\n"
                                "end\n";

static char *
write_rules(const char *text, char **dir)
{
    *dir = g_dir_make_tmp("cc-frame-XXXXXX", NULL);
    assert_non_null(*dir);
    char *path = g_build_filename(*dir, "t.rules", NULL);
    assert_true(g_file_set_contents(path, text, -1, NULL));
    return path;
}

static void
remove_rules(char *dir, char *path)
{
    g_unlink(path);
    g_rmdir(dir);
    g_free(path);
    g_free(dir);
}

/* Runs the value pass and the frames of @run over @sentence alone, in a
 * document of 15 January 2025; the mentions are left in @mentions. */
static void
read_mentions(CcFrameRun *run, const char *sentence, GArray *mentions, GArray *hits)
{
    cc_frame_run_begin(run, NULL);
    g_array_set_size(hits, 0);
    cc_frame_run_sentence(run, 0, sentence, strlen(sentence), cc_day_from_ymd(2025, 1, 15),
                          CC_MENTION_NUMBER | CC_MENTION_DATE, FALSE, mentions, hits, NULL);
    for (guint h = 0; h < hits->len; h++)
        cc_frame_hit_clear(&g_array_index(hits, CcFrameHit, h));
}

static void
test_value_pass(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules(core_frame, &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    CcFrameRun *run = cc_frame_run_new(rules);
    GArray *mentions = g_array_new(FALSE, TRUE, sizeof(CcMention));
    GArray *hits = g_array_new(FALSE, TRUE, sizeof(CcFrameHit));
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(mention_rows); i++) {
        const MentionRow *row = &mention_rows[i];
        read_mentions(run, row->sentence, mentions, hits);
        gsize at = strstr(row->sentence, row->near) - row->sentence;
        const CcMention *found = NULL;
        for (guint m = 0; m < mentions->len && !found; m++) {
            const CcMention *x = &g_array_index(mentions, CcMention, m);
            if (x->type == CC_CLAIM_QUANTITY && x->start <= at && at < x->end)
                found = x;
        }
        if (row->text == NULL) {
            if (found != NULL) {
                print_error("case %u \"%s\": expected no quantity at \"%s\", got \"%.*s\"\n", i,
                            row->sentence, row->near, (int)(found->end - found->start),
                            row->sentence + found->start);
                failures++;
            }
            continue;
        }
        if (found == NULL) {
            print_error("case %u \"%s\": no mention at \"%s\"\n", i, row->sentence, row->near);
            failures++;
            continue;
        }
        g_autofree char *text = g_strndup(row->sentence + found->start, found->end - found->start);
        /* a share keeps its fraction and its figure */
        gboolean share_ok = !row->derived
                            || (found->value.has_share && found->value.share_low >= 0
                                && found->value.share_high > 0 && found->value.share_high <= 1
                                && found->value.share_of_low > found->value.low);
        if (strcmp(text, row->text) != 0 || !same(shown_low(&found->value), row->low)
            || !same(shown_high(&found->value), row->high)
            || found->value.derived != row->derived || !share_ok
            /* a derived count is written as the figure it stands for */
            || (row->derived && !isnan(row->low) && shown_low(&found->value) != row->low)) {
            print_error("case %u \"%s\": got \"%s\" [%g, %g]%s, want \"%s\" [%g, %g]%s\n", i,
                        row->sentence, text, shown_low(&found->value),
                        shown_high(&found->value), found->value.derived ? " derived" : "",
                        row->text, row->low, row->high, row->derived ? " derived" : "");
            failures++;
        }
    }
    g_array_unref(hits);
    g_array_unref(mentions);
    cc_frame_run_free(run);
    remove_rules(dir, path);
    if (failures)
        fail_msg("%u of %zu value-pass rows failed", failures, G_N_ELEMENTS(mention_rows));
}

/* The value pass tries its grammar only up to 12 words before a figure or
 * a word that announces a value (a number word, a month, "ago", "EOY", …):
 * a mention that opens with approximators, bounds or a date part is still
 * read whole, and one whose only anchor is a date word is still read. */
typedef struct {
    const char *sentence;
    CcClaimType type;
    const char *text; /* the mention as the pass reads it */
} AnchorRow;

static const AnchorRow anchor_rows[] = {
    {"They sent somewhere in the region of 3,000 troops.", CC_CLAIM_QUANTITY,
     "in the region of 3,000"},
    {"It counted no fewer than a few hundred dead.", CC_CLAIM_QUANTITY,
     "no fewer than a few hundred"},
    {"Some 3,000 troops will be home by EOY.", CC_CLAIM_DATE, "by EOY"},
    {"Some 3,000 troops left the day before yesterday.", CC_CLAIM_DATE,
     "the day before yesterday"},
    {"Some 3,000 troops arrived a fortnight ago.", CC_CLAIM_DATE, "a fortnight ago"},
    {"Some 3,000 troops arrived in the first half of next year.", CC_CLAIM_DATE,
     "the first half of next year"},
};

static void
test_value_pass_anchors(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules(core_frame, &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    CcFrameRun *run = cc_frame_run_new(rules);
    GArray *mentions = g_array_new(FALSE, TRUE, sizeof(CcMention));
    GArray *hits = g_array_new(FALSE, TRUE, sizeof(CcFrameHit));
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(anchor_rows); i++) {
        const AnchorRow *row = &anchor_rows[i];
        read_mentions(run, row->sentence, mentions, hits);
        GString *got = g_string_new(NULL);
        gboolean ok = FALSE;
        for (guint m = 0; m < mentions->len; m++) {
            const CcMention *x = &g_array_index(mentions, CcMention, m);
            g_autofree char *text = g_strndup(row->sentence + x->start, x->end - x->start);
            g_string_append_printf(got, " %s\"%s\"", x->type == CC_CLAIM_DATE ? "date" : "quantity",
                                   text);
            ok = ok || (x->type == row->type && strcmp(text, row->text) == 0);
        }
        if (!ok) {
            print_error("case %u \"%s\": want %s \"%s\", got%s\n", i, row->sentence,
                        row->type == CC_CLAIM_DATE ? "date" : "quantity", row->text,
                        got->len ? got->str : " nothing");
            failures++;
        }
        g_string_free(got, TRUE);
    }
    g_array_unref(hits);
    g_array_unref(mentions);
    cc_frame_run_free(run);
    remove_rules(dir, path);
    if (failures)
        fail_msg("%u of %zu anchor rows failed", failures, G_N_ELEMENTS(anchor_rows));
}

/* The value pass runs only where a frame could read what it finds: with one
 * frame counting troops, a sentence without the noun reads no figure. */
static void
test_value_pass_gated(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules("include " CC_SOURCE_DIR "/rules/core/core.rules\n"
                             "lexicon test_nouns\n  troops\nend\n"
                             "frame t\n  claim a b\n  value quantity person\n"
                             "  counts test_nouns\n"
                             "  example \"About 3,000 troops.\" => value [3000, 3000]\nend\n",
                             &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    CcFrameRun *run = cc_frame_run_new(rules);
    GArray *mentions = g_array_new(FALSE, TRUE, sizeof(CcMention));
    GArray *hits = g_array_new(FALSE, TRUE, sizeof(CcFrameHit));
    const char *without = "Losses topped 3,000 last week.";
    const char *with = "About 3,000 troops arrived last week.";
    cc_frame_run_begin(run, NULL);
    cc_frame_run_sentence(run, 0, without, strlen(without), 0, CC_MENTION_NUMBER, FALSE, mentions,
                          hits, NULL);
    assert_int_equal(mentions->len, 0);
    cc_frame_run_sentence(run, 1, with, strlen(with), 0, CC_MENTION_NUMBER, FALSE, mentions, hits,
                          NULL);
    assert_int_equal(mentions->len, 1);
    assert_int_equal(hits->len, 1);
    for (guint h = 0; h < hits->len; h++)
        cc_frame_hit_clear(&g_array_index(hits, CcFrameHit, h));
    g_array_unref(hits);
    g_array_unref(mentions);
    cc_frame_run_free(run);
    remove_rules(dir, path);
}

/* Only the frames that can fill in a sentence are tried on its figures,
 * without misses to explain: one whose cue is required and not there is
 * not, one whose cue is optional is all the same. (test_slots explains
 * misses, and tries every frame.) */
static void
test_frames_gated(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules("include " CC_SOURCE_DIR "/rules/core/core.rules\n"
                             "lexicon test_nouns\n  troops\nend\n"
                             "lexicon test_sent\n  sent\nend\n"
                             "lexicon test_arrived\n  arrived\nend\n"
                             "frame sent\n  claim a sent\n  value quantity person\n"
                             "  counts test_nouns\n  cue test_sent\n"
                             "  example \"About 3,000 troops were sent.\" => value [3000, 3000]\n"
                             "end\n"
                             "frame there\n  claim a there\n  value quantity person\n"
                             "  counts test_nouns\n  cue test_arrived optional\n"
                             "  example \"About 3,000 troops.\" => value [3000, 3000]\nend\n",
                             &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    CcFrameRun *run = cc_frame_run_new(rules);
    GArray *mentions = g_array_new(FALSE, TRUE, sizeof(CcMention));
    GArray *hits = g_array_new(FALSE, TRUE, sizeof(CcFrameHit));
    const char *sentence = "About 3,000 troops were seen last week.";
    cc_frame_run_begin(run, NULL);
    cc_frame_run_sentence(run, 0, sentence, strlen(sentence), 0, CC_MENTION_NUMBER, FALSE,
                          mentions, hits, NULL);
    assert_int_equal(mentions->len, 1);
    assert_int_equal(hits->len, 1);
    assert_string_equal(g_array_index(hits, CcFrameHit, 0).rule->predicate, "there");
    for (guint h = 0; h < hits->len; h++)
        cc_frame_hit_clear(&g_array_index(hits, CcFrameHit, h));
    g_array_unref(hits);
    g_array_unref(mentions);
    cc_frame_run_free(run);
    remove_rules(dir, path);
}

/* A frame that counts a bare noun only after its antecedent ("follows")
 * leaves, where that is not there, its noun a word like any other: it
 * keeps no figure from a frame that reads through it. "bodies", the dead
 * only after an assault is named, stands nearest "23" in "They found 23
 * bodies of soldiers"; with no assault before, the soldiers' frame reads
 * the figure, and after one the frame of bodies takes it. A frame that
 * fails on a veto keeps its noun, which still heads the figure. */
static void
test_failed_frame_hides_nothing(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules("include " CC_SOURCE_DIR "/rules/core/core.rules\n"
                             "lexicon t_soldiers\n  soldiers\nend\n"
                             "lexicon t_bodies\n  bodies\nend\n"
                             "lexicon t_assault\n  assault\nend\n"
                             "lexicon t_rescue\n  rescuers\nend\n"
                             "frame killed\n  claim a killed\n  value quantity person\n"
                             "  counts t_soldiers\n"
                             "  example \"They found 23 bodies of soldiers.\" => value [23, 23]\n"
                             "end\n"
                             "frame bodies\n  claim a killed\n  value quantity person\n"
                             "  counts t_bodies\n  follows killed named t_assault\n"
                             "  veto t_rescue\n  priority 15\n"
                             "  example \"The assault failed. They found 23 bodies.\"\n"
                             "    => value [23, 23]\n"
                             "end\n",
                             &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    CcFrameRun *run = cc_frame_run_new(rules);
    GArray *mentions = g_array_new(FALSE, TRUE, sizeof(CcMention));
    GArray *hits = g_array_new(FALSE, TRUE, sizeof(CcFrameHit));
    GArray *misses = g_array_new(FALSE, TRUE, sizeof(CcFrameMiss));
    static const struct {
        const char *before, *sentence, *rule;
    } rows[] = {
        /* no assault before: the bodies' frame fails on what it follows */
        {NULL, "They found 23 bodies of soldiers.", "killed"},
        {"The weather was cold.", "They found 23 bodies of soldiers.", "killed"},
        /* after an assault, the nearer noun's frame takes the figure */
        {"The assault failed.", "They found 23 bodies of soldiers.", "bodies"},
        {"The assault failed.", "They found 23 bodies.", "bodies"},
        /* the bodies' frame vetoed: its noun still heads the figure, and
         * keeps it from the soldiers' frame */
        {"The assault failed.", "Rescuers found 23 bodies of soldiers.", NULL},
        /* no frame reads bodies of nobody it counts */
        {NULL, "They found 23 bodies.", NULL},
        {"The assault failed.", "Rescuers found 23 bodies.", NULL},
    };
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++)
        for (int explain = 0; explain < 2; explain++) {
            cc_frame_run_begin(run, NULL);
            guint index = 0;
            if (rows[i].before != NULL) {
                cc_frame_run_sentence(run, index++, rows[i].before, strlen(rows[i].before), 0,
                                      CC_MENTION_NUMBER, FALSE, mentions, hits,
                                      explain ? misses : NULL);
                for (guint h = 0; h < hits->len; h++)
                    cc_frame_hit_clear(&g_array_index(hits, CcFrameHit, h));
                g_array_set_size(hits, 0);
                g_array_set_size(mentions, 0);
            }
            cc_frame_run_sentence(run, index, rows[i].sentence, strlen(rows[i].sentence), 0,
                                  CC_MENTION_NUMBER, explain, mentions, hits,
                                  explain ? misses : NULL);
            if (rows[i].rule == NULL) {
                if (hits->len != 0)
                    fail_msg("row %u: want no record, got one of %s", i,
                             g_array_index(hits, CcFrameHit, 0).rule->id);
            } else {
                if (hits->len != 1)
                    fail_msg("row %u: want one record of %s, got %u", i, rows[i].rule, hits->len);
                assert_string_equal(g_array_index(hits, CcFrameHit, 0).rule->id, rows[i].rule);
            }
            for (guint h = 0; h < hits->len; h++)
                cc_frame_hit_clear(&g_array_index(hits, CcFrameHit, h));
            g_array_set_size(hits, 0);
            g_array_set_size(mentions, 0);
            for (guint k = 0; k < misses->len; k++)
                cc_frame_miss_clear(&g_array_index(misses, CcFrameMiss, k));
            g_array_set_size(misses, 0);
        }
    g_array_unref(misses);
    g_array_unref(hits);
    g_array_unref(mentions);
    cc_frame_run_free(run);
    remove_rules(dir, path);
}

/* ---- slot attachment ---------------------------------------------------------- */

/* Frames of this test: parties (ours, theirs), troop and dead nouns, cues. */
static const char *slot_rules =
    "include " CC_SOURCE_DIR "/rules/core/core.rules\n"
    "lexicon parties\n  northland\n  northlandic\n  southland\n  southlandic\n  the north\n"
    "  eastland\n  its ally\nend\n"
    "lexicon entities\n  northland = north\n  northlandic = north\n  the north = north\n"
    "  southland = south\n  southlandic = south\n  eastland = east\n  batch = batch\n"
    "  its ally = north\n  southland's ally = north\n  south's ally = north\n"
    "  another = batch\n  more = batch\n"
    "  officers = batch\nend\n"
    "lexicon t_troops\n  troops\n  soldiers\n  officers\nend\n"
    "lexicon t_dead\n  dead\n  killed\nend\n"
    "lexicon t_total\n  total\nend\n"
    "lexicon t_sent\n  sent\n  arrived\n  deployed\n  training\n  providing\nend\n"
    "lexicon t_harm\n  killed\n  wounded\n  dead\nend\n"
    "lexicon t_scope\n  batch\n  another\n  officers\n  more\nend\n"
    "lexicon t_work\n  as labourers\n  labourers\nend\n"
    "lexicon t_home\n  at the wall\nend\n"
    "lexicon t_away\n  overseas\nend\n"
    "lexicon recipient_words\n  backed by\nend\n"
    "frame sent\n  claim north sent\n  value quantity person\n  counts t_troops\n"
    "  cue t_sent\n  veto t_harm\n  veto t_work before 0 after 6\n  veto t_home unless t_away\n"
    "  subject parties inherit\n  scope from t_scope after 4\n  priority 10\n"
    "  example \"Northland sent 500 troops.\" => value [500, 500]\nend\n"
    "frame dead\n  claim $subject dead\n  value quantity person\n  counts t_dead\n"
    "  subject parties inherit\n  priority 20\n"
    "  example \"Northland counted 50 dead.\" => value [50, 50]\nend\n"
    "frame total\n  claim north sent\n  value quantity person\n  scope total\n"
    "  counts t_total\n  follows sent\n  subject parties inherit\n"
    "  example \"Northland sent 500 troops, taking the total to 900.\" => value [900, 900]\nend\n"
    "frame more\n  claim north sent\n  value quantity person\n  counts nothing\n"
    "  follows sent\n  cue t_sent\n  veto t_harm\n  subject parties inherit\n"
    "  example \"Northland sent 500 troops. Another 200 arrived.\" => value [200, 200]\nend\n"
    "frame lost\n  claim north lost\n  value quantity person\n  counts nothing\n"
    "  follows sent\n  cue t_harm before 0 after 4\n  subject parties inherit\n  priority 5\n"
    "  example \"Northland sent 500 troops. Half of them were killed.\" => value [250, 250]\nend\n"
    "lexicon t_fell\n  fell\nend\n"
    "frame fell\n  claim $subject dead\n  value quantity person\n  counts nothing\n"
    "  follows dead named t_troops\n  cue t_fell before 0 after 4\n  subject parties inherit\n"
    "  example \"Northland counted 50 dead. Another 20 fell.\" => value [20, 20]\nend\n"
    "lexicon t_crates\n  crates\nend\n"
    "lexicon other_heads\n  wagons\nend\n"
    "frame crates\n  claim north shipped east\n  value quantity crate\n  counts t_crates\n"
    "  cue t_sent\n  subject parties inherit default\n"
    "  example \"Northland sent 500 crates.\" => value [500, 500]\nend\n";

typedef struct {
    const char *title;    /* NULL: none */
    const char *text;
    const char *value;    /* the record's text; NULL: no record of @rule at all;
                           * "!TEXT": no record of @rule with TEXT */
    const char *rule;
    const char *key;
    double low, high;
    const char *scope;    /* NULL: none */
} SlotRow;

static const SlotRow slot_rows[] = {
    /* counts: the head noun after the figure, across modifiers */
    {NULL, "Northland sent 500 elite Northlandic troops.", "500", "sent", "north/sent", 500, 500,
     NULL},
    /* counts: a noun before the figure, given it by a preposition */
    {NULL, "Southland put the Northlandic dead at 40.", "40", "dead", "north/dead", 40, 40, NULL},
    /* counts: the level a change reaches, past the level it started from,
     * is the noun's the change is of, up to fourteen words before */
    {NULL, "The Northlandic dead rose from about 30 to some 40.", "some 40", "dead", "north/dead",
     40, 40, NULL},
    {NULL, "The Northlandic dead counted in the border villages since spring rose from about 30 to "
           "some 40.",
     "some 40", "dead", "north/dead", 40, 40, NULL},
    /* a figure with a head noun nobody counts takes no noun before it */
    {NULL, "The Northlandic dead included 40 civilians.", NULL, "dead", NULL, 0, 0, NULL},
    /* subject: a modifier between the figure and its noun wins over the
     * clause's first party */
    {NULL, "Southland said 300 Northlandic soldiers had arrived.", "300", "sent", "north/sent",
     300, 300, NULL},
    /* cue: a reporter's quotation marks around the cue, a comma set inside
     * the closing one (straight or curly), read as if unquoted */
    {NULL, "Southland said 300 Northlandic soldiers had \"arrived,\" officials added.", "300",
     "sent", "north/sent", 300, 300, NULL},
    {NULL, "Southland said 300 Northlandic soldiers had \u201carrived,\u201d officials added.",
     "300", "sent", "north/sent", 300, 300, NULL},
    /* counts: a count "of whom" after a comma, with no figure of its own
     * before, is of the noun the comma closes */
    {NULL, "Northland sent troops to the border, 300 of whom arrived.", "300", "sent",
     "north/sent", 300, 300, NULL},
    /* subject: a party that is not the claim's names no record of it */
    {NULL, "Southland sent 300 troops to the border.", NULL, "sent", NULL, 0, 0, NULL},
    /* subject: a speaking party is passed over; a place is not a subject */
    {NULL, "Southland said Northland had sent 300 troops to Southland.", "300", "sent",
     "north/sent", 300, 300, NULL},
    /* subject: inherited from the title when the sentence names none */
    {"Northland's army moves", "About 800 soldiers arrived last week.", "About 800", "sent",
     "north/sent", 800, 800, NULL},
    /* subject: a title opened by another party gives a frame that counts
     * no noun the owner of the first of its antecedent's nouns */
    {"Southland decorates Northlandic soldiers", "Some 300 fell in January.", "Some 300",
     "fell", "north/dead", 300, 300, NULL},
    /* subject: the title's destination is no subject to inherit */
    {"Troops head to Southland from Northland", "About 800 soldiers arrived last week.",
     "About 800", "sent", "north/sent", 800, 800, NULL},
    /* subject: inherited from an earlier sentence that opens with a party */
    {NULL, "The North mobilised. About 800 soldiers arrived.", "About 800", "sent",
     "north/sent", 800, 800, NULL},
    /* subject: inherited from the latest earlier sentence that opens with
     * a party, however many sentences with no value and no party came
     * after it (their notes are read only when a sentence with a value
     * comes, newest first) */
    {NULL, "The North mobilised. Officials met. Talks went on. A week passed. About 800 soldiers "
           "arrived.",
     "About 800", "sent", "north/sent", 800, 800, NULL},
    {NULL, "The North mobilised. Southland watched. Talks went on. Officials met. About 800 "
           "soldiers arrived.",
     NULL, "sent", NULL, 0, 0, NULL},
    {NULL, "Southland watched. The North mobilised. Talks went on. Officials met. About 800 "
           "soldiers arrived.",
     "About 800", "sent", "north/sent", 800, 800, NULL},
    /* …and "its ally" with no owner in its sentence is the ally of the
     * party a sentence before it opened with: read in order */
    {NULL, "Southland mobilised. Talks went on. Officials met. Its ally watched. About 800 "
           "soldiers arrived.",
     "About 800", "sent", "north/sent", 800, 800, NULL},
    /* subject: a wire dateline's place is no party the next sentence
     * inherits */
    {NULL, "SOUTHLAND, Nov 13 (Wire) - Northland mobilised. About 800 soldiers arrived.",
     "About 800", "sent", "north/sent", 800, 800, NULL},
    /* subject: the party of the whole's relative clause, but not one that
     * owns another noun there */
    {NULL, "Southland said 300 troops that Northland had sent were there.", "300", "sent",
     "north/sent", 300, 300, NULL},
    {NULL, "Northland sent 300 troops that Southland's army trained.", "300", "sent",
     "north/sent", 300, 300, NULL},
    /* subject: with none before the figure, the party its things come
     * "from" later in the clause */
    {NULL, "Southland said 300 troops were sent to the border from Northland.", "300", "sent",
     "north/sent", 300, 300, NULL},
    /* a party between a figure and its noun leaves it the noun's, and the
     * verb after them its own: the "killed" is the 60's, not the 900's */
    {NULL,
     "About 60 Northlandic soldiers were killed in the first week of fighting among 900 "
     "soldiers sent.",
     "900", "sent", "north/sent", 900, 900, NULL},
    /* subject: a party after a phrase of `recipient_words` only helps */
    {NULL, "Southland, backed by Northlandic soldiers, sent 300 troops.", NULL, "sent", NULL, 0,
     0, NULL},
    {NULL, "Northland, backed by Southlandic soldiers, sent 300 troops.", "300", "sent",
     "north/sent", 300, 300, NULL},
    /* subject: a party between "for" and "to" does what the infinitive
     * says; it is no place */
    {NULL, "Southland said it was rare for Northland to have 300 troops deployed.", "300", "sent",
     "north/sent", 300, 300, NULL},
    {NULL, "Southland said 300 troops were sent for Northland.", NULL, "sent", NULL, 0, 0, NULL},
    /* a subset set off by commas leaves the figure before it its verb */
    {NULL, "About 600 Northlandic soldiers, including 50 officers and two generals, were deployed.",
     "About 600", "sent", "north/sent", 600, 600, NULL},
    /* veto: harm in the figure's clause */
    {NULL, "Northland said 300 of its troops were killed.", NULL, "sent", NULL, 0, 0, NULL},
    /* a second veto line with its own reach: labourers after the figure
     * forbid it, labourers before it (another conjunct's) do not, though
     * harm there, of the first line's whole clause, does */
    {NULL, "Northland sent 300 soldiers as labourers.", NULL, "sent", NULL, 0, 0, NULL},
    {NULL, "Northland hired labourers, and 300 troops arrived.", "300", "sent", "north/sent", 300,
     300, NULL},
    {NULL, "Northland lost labourers killed, and 300 troops arrived.", NULL, "sent", NULL, 0, 0,
     NULL},
    /* a veto line's `unless` words in the clause void it */
    {NULL, "Northland sent 300 troops to dig at the wall.", NULL, "sent", NULL, 0, 0, NULL},
    {NULL, "Northland sent 300 troops overseas from units at the wall.", "300", "sent",
     "north/sent", 300, 300, NULL},
    /* a veto after "disguised as" says what the things pass for */
    {NULL, "Northland sent 300 soldiers disguised as labourers.", "300", "sent", "north/sent",
     300, 300, NULL},
    /* a veto belongs to the nearer figure */
    {NULL, "Northland sent 300 troops; 20 soldiers were killed.", "300", "sent", "north/sent",
     300, 300, NULL},
    /* a scope word after another figure is that figure's, even where
     * the other is set off as a part of this one */
    {NULL, "About 600 Northlandic soldiers were deployed, including 50 officers.", "About 600",
     "sent", "north/sent", 600, 600, NULL},
    {NULL, "About 600 Northlandic soldiers were deployed, including 50 officers.", "50", "sent",
     "north/sent", 50, 50, "batch"},
    /* scope words before the figure */
    {NULL, "Northland sent another 300 troops.", "300", "sent", "north/sent", 300, 300, "batch"},
    /* a word after the figure that sends or expects an elliptical "more"
     * or "another" of its own is that one's, not the figure's */
    {NULL, "Northland sent 500 troops and plans another.", "500", "sent", "north/sent", 500, 500,
     NULL},
    /* a part set inside a whole shares the whole's veto: officers among
     * those killed were sent nowhere */
    {NULL, "Northland's 500 troops were killed after they arrived, including 30 officers.", NULL,
     "sent", NULL, 0, 0, NULL},
    {NULL, "Northland's 500 troops arrived, including 30 officers.", "30", "sent", "north/sent", 30,
     30, "batch"},
    /* the figure right before a running total that ", taking" or ",
     * bringing" takes to its level is the part added; a figure with a scope
     * of its own, or none such verb, keeps its own */
    {NULL, "Northland sent 500 troops, taking the total to 900.", "500", "sent", "north/sent", 500,
     500, "batch"},
    {NULL, "Northland sent 500 troops and the total is 900.", "500", "sent", "north/sent", 500, 500,
     NULL},
    /* a scope word after the figure, in its clause, is its own; past "and"
     * and the verb of a clause of its own, it is that clause's */
    {NULL, "Northland sent 300 troops in another batch.", "300", "sent", "north/sent", 300, 300,
     "batch"},
    {NULL, "Northland sent 300 troops and could send another batch.", "300", "sent", "north/sent",
     300, 300, NULL},
    /* follows: a running total of what the claim before it counted */
    {NULL, "Northland sent 500 troops, taking the total to 900.", "900", "total", "north/sent",
     900, 900, "total"},
    {NULL, "Southland bought 500 tractors, taking the total to 900.", NULL, "total", NULL, 0, 0,
     NULL},
    /* counts nothing: a figure with no head of its own, after a claim */
    {NULL, "Northland sent 500 troops. Another 200 arrived.", "200", "more", "north/sent", 200,
     200, NULL},
    {NULL, "Northland sent 500 troops. Another 200 tractors arrived.", NULL, "more", NULL, 0, 0,
     NULL},
    /* a share "of them" with no figure before it in its sentence is a
     * share of the figure claimed in one of the two sentences before */
    {NULL, "Northland sent 500 troops. Half of them were killed.", "Half", "lost", "north/lost",
     250, 250, NULL},
    {NULL, "Northland sent 500 troops. It rained. About 40% of them were killed.", "About 40%",
     "lost", "north/lost", 200, 200, NULL},
    {NULL, "Northland sent troops. Half of them were killed.", NULL, "lost", NULL, 0, 0, NULL},
    {NULL, "Northland sent 500 troops. It rained. It rained. Half of them were killed.", NULL,
     "lost", NULL, 0, 0, NULL},
    /* a word in -ing before an unknown noun describes the figure's head */
    {NULL, "Northland sent 500 troops. They are drilling at five training grounds.", NULL,
     "more", NULL, 0, 0, NULL},
    {NULL, "Northland sent 500 troops. Another 200 training in the east.", "200", "more",
     "north/sent", 200, 200, NULL},
    /* default: the pack's own subject, unless the things went to another
     * party; a source after "according to" is no destination */
    {NULL, "About 300 crates were sent.", "About 300", "crates", "north/shipped/east", 300, 300, NULL},
    {NULL, "About 300 crates were sent to Southland.", NULL, "crates", NULL, 0, 0, NULL},
    {NULL, "According to Southland, about 300 crates were sent.", "about 300", "crates",
     "north/shipped/east", 300, 300, NULL},
    /* subject: a party after a verb of making and "in" is where the
     * things come from */
    {NULL, "Southland said 300 soldiers made in Northland had arrived.", "300", "sent",
     "north/sent", 300, 300, NULL},
    /* subject: a recipient is passed over, and so is the owner of a
     * supplier */
    {NULL, "Northland is providing Southland with 300 troops.", "300", "sent", "north/sent", 300,
     300, NULL},
    {NULL, "Northland, Southland's main supplier, sent 300 troops.", "300", "sent", "north/sent",
     300, 300, NULL},
    /* subject: "such" points back to a sentence naming the claim's party */
    {NULL, "Northland trained troops. Southland sent 300 such troops.", "300", "sent",
     "north/sent", 300, 300, NULL},
    {NULL, "Southland trained troops. Southland sent 300 such troops.", NULL, "sent", NULL, 0, 0,
     NULL},
    /* default: a party a thing is used against is no destination */
    {NULL, "About 300 crates were sent and used against Southland.", "About 300", "crates",
     "north/shipped/east", 300, 300, NULL},
    /* a comparison names other things: no veto or party of this figure */
    {NULL, "Northland sent 300 troops like those killed last year.", "300", "sent", "north/sent",
     300, 300, NULL},
    {NULL, "About 300 crates like those sent by Southland arrived.", "About 300", "crates",
     "north/shipped/east", 300, 300, NULL},
    /* alternatives share their verb across a calibre after the noun */
    {NULL, "Northland sent 300 crates of 20 mm shells or 500 crates of 10 mm shells.", "500",
     "crates", "north/shipped/east", 500, 500, NULL},
    /* an inherited party that is the claim's object gives way to the
     * claim's subject, when the sentences before name it too */
    {NULL, "Eastland buys crates from Northland. About 300 crates were sent.", "About 300",
     "crates", "north/shipped/east", 300, 300, NULL},
    {NULL, "Eastland sent its crates. About 300 crates were sent.", NULL, "crates", NULL, 0, 0,
     NULL},
    /* a share of a whole whose relative clause, opened by a pronoun, holds
     * the cue takes none from it: the share was not sent */
    {NULL, "Northland lost about 40 percent of the 300 crates it sent.", "!about 40 percent",
     "crates", NULL, 0, 0, NULL},
    {NULL, "Northland lost about 40 percent of the 300 crates it sent.", "300", "crates",
     "north/shipped/east", 300, 300, NULL},
    /* a veto that tells a kind of thing forbids nothing */
    {NULL, "Northland sent 500 troops of the kind killed last year.", "500", "sent", "north/sent",
     500, 500, NULL},
    /* a passive's agent after the destination is whose they are */
    {NULL, "Southland has a lot. About 300 crates were sent to Eastland by Northland.",
     "About 300", "crates", "north/shipped/east", 300, 300, NULL},
    /* a noun of `other_heads` heads its figure, though no frame counts it:
     * "300 wagons of crates" counts wagons */
    {NULL, "Northland sent 300 wagons of crates.", NULL, "crates", NULL, 0, 0, NULL},
    {NULL, "Northland sent 300 crates in 20 wagons.", "300", "crates", "north/shipped/east", 300,
     300, NULL},
    /* a figure followed by a word in -ed has no unknown noun: it keeps the
     * veto after it from the figure before */
    {NULL, "Northland sent 500 troops, with 90 wounded.", "500", "sent", "north/sent", 500, 500,
     NULL},
    /* a phrase opened by ", with" says its own thing: a veto before it
     * forbids nothing there; without the comma and "with", it does */
    {NULL, "Northland's soldiers were killed in droves, with 300 troops sent as relief.", "300",
     "sent", "north/sent", 300, 300, NULL},
    {NULL, "Northland's soldiers were killed in droves as 300 troops were sent as relief.", NULL,
     "sent", NULL, 0, 0, NULL},
    /* a figure after "whom" is a part of the noun before, not a count of
     * it: what befell it is told after it */
    {NULL, "Northland sent 500 troops; it counted the dead, of whom 40 were killed.", "40", "lost",
     "north/lost", 40, 40, NULL},
    /* an aside between dashes before the figure's clause is passed through
     * to the noun phrase it is set into */
    {NULL, "The Northlandic dead — by the latest count — were put at 40.", "40", "dead",
     "north/dead", 40, 40, NULL},
    /* an aside in parentheses that opens with its count and describes
     * its noun after a comma is passed through, longer than a bare one */
    {NULL, "Northland's force (500 troops, most of them from the border guard) was sent.",
     "500", "sent", "north/sent", 500, 500, NULL},
    /* a party that owns a noun no frame counts gives way to one before it;
     * alone, it stands */
    {NULL, "Northland backed Southland's offensive and sent 300 troops.", "300", "sent",
     "north/sent", 300, 300, NULL},
    {NULL, "Southland's army sent 300 troops.", NULL, "sent", NULL, 0, 0, NULL},
    /* a count "of them" is no unknown noun: the veto after it is its own */
    {NULL, "Northland sent 500 troops and had 200 of them killed.", "500", "sent", "north/sent",
     500, 500, NULL},
    /* subject: "its ally" through its owner, the clause's subject when an
     * object stands between, and not named by a party that speaks after
     * its comma */
    {NULL, "Southland got 500 crates sent by its ally, Eastland said.", "500", "crates",
     "north/shipped/east", 500, 500, NULL},
    {NULL, "Southland struck Eastland with 500 crates sent by its ally.", "500", "crates",
     "north/shipped/east", 500, 500, NULL},
    {NULL, "Southland got 500 crates sent by its ally, Eastland.", NULL, "crates", NULL, 0, 0,
     NULL},
    {NULL, "Eastland got 500 crates sent by its ally.", NULL, "crates", NULL, 0, 0, NULL},
    /* veto: the predicate after a fronted "Of …" phrase's comma is the
     * part's, not the whole's the phrase names */
    {NULL, "Of the 500 Northlandic troops sent, none were killed.", "500", "sent", "north/sent",
     500, 500, NULL},
    {NULL, "The 500 Northlandic troops sent were killed.", NULL, "sent", NULL, 0, 0, NULL},
    /* cue: one said of a share of the things with no figure of its own,
     * after the figure ("… and sent most of them", "…, nearly all of which
     * were sent"), is not the figure's; one before the figure is */
    {NULL, "Northland got 500 crates and sent most of them on.", NULL, "crates", NULL, 0, 0,
     NULL},
    {NULL, "Northland got 500 crates, nearly all of which were sent on.", NULL, "crates", NULL,
     0, 0, NULL},
    {NULL, "Northland sent 500 crates, and most of them arrived.", "500", "crates",
     "north/shipped/east", 500, 500, NULL},
    /* list: "and another N" shares the verb of the figure before it, and
     * the "another" is the later figure's own scope, not the earlier's */
    {NULL, "Northland sent 500 troops and another 200 soldiers.", "200", "sent", "north/sent",
     200, 200, "batch"},
    {NULL, "Northland sent 500 troops and another 200 soldiers.", "500", "sent", "north/sent",
     500, 500, NULL},
    /* scope: "more than" after the figure is a bound, no more of them;
     * "more" of the figure's own noun phrase is */
    {NULL, "Northland sent 500 troops, enough for more than a month.", "500", "sent",
     "north/sent", 500, 500, NULL},
    {NULL, "Northland sent 500 more troops.", "500", "sent", "north/sent", 500, 500, "batch"},
    /* a verb of composition ties the party before it to the part: the
     * whole after it is a larger force of no party named */
    {NULL, "Northlandic troops account for about 500 of the 2,000 soldiers deployed at the border.",
     "!2,000", "sent", "north/sent", 0, 0, NULL},
    {NULL, "Northlandic troops make up a quarter of the 2,000 soldiers deployed at the border.",
     "!2,000", "sent", "north/sent", 0, 0, NULL},
    {NULL, "Northland has sent 500 of the 2,000 soldiers deployed at the border.", "2,000", "sent",
     "north/sent", 2000, 2000, NULL},
    /* subject: an inherited party that owns none of the things its
     * sentence names gives way to the party that owns the first of them;
     * one that owns some, right after it or its possessive and a word
     * between, keeps them (note_owners() asks only the parties with a
     * counted noun there) */
    {NULL, "Southland watched Northlandic troops. About 300 soldiers arrived.", "About 300",
     "sent", "north/sent", 300, 300, NULL},
    {NULL, "Southland fought Northlandic troops with Southlandic troops. About 300 soldiers "
           "arrived.",
     NULL, "sent", NULL, 0, 0, NULL},
    {NULL, "Southland fought Northlandic troops with Southland's elite troops. About 300 soldiers "
           "arrived.",
     NULL, "sent", NULL, 0, 0, NULL},
    /* consolidation: the nearer counted noun takes the figure */
    {NULL, "Northland sent troops; the dead among them numbered 60.", "60", "dead", "north/dead",
     60, 60, NULL},
};

static void
test_slots(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules(slot_rules, &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    g_autoptr(CcExtractor) ex = cc_extractor_new(rules);
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(slot_rows); i++) {
        const SlotRow *row = &slot_rows[i];
        g_autofree char *doc = row->title ? g_strdup_printf("title: %s\n---\n%s", row->title,
                                                            row->text)
                                          : g_strdup(row->text);
        g_autoptr(GError) error = NULL;
        g_autoptr(CcSource) src = cc_source_new_from_data("row", doc, strlen(doc), &error);
        assert_non_null(src);
        CcExtractOptions options = {.explain = TRUE};
        g_autoptr(GPtrArray) records = cc_extract(ex, src, &options, NULL);
        /* the frame's record with the row's text, else its first */
        const CcClaim *got = NULL;
        for (guint r = 0; r < records->len; r++) {
            const CcClaim *c = records->pdata[r];
            if (strcmp(c->rule, row->rule) == 0
                && (got == NULL
                    || (row->value != NULL && strcmp(got->text, row->value) != 0
                        && strcmp(c->text, row->value) == 0)))
                got = c;
        }
        if (row->value != NULL && row->value[0] == '!') {
            for (guint r = 0; r < records->len; r++) {
                const CcClaim *c = records->pdata[r];
                if (strcmp(c->rule, row->rule) == 0 && strcmp(c->text, row->value + 1) == 0) {
                    print_error("case %u \"%s\": expected no record \"%s\" of frame %s (%s)\n",
                                i, row->text, row->value + 1, row->rule, c->explain);
                    failures++;
                }
            }
            continue;
        }
        if (row->value == NULL) {
            if (got != NULL) {
                print_error("case %u \"%s\": expected no record of frame %s, got \"%s\" (%s)\n",
                            i, row->text, row->rule, got->text, got->explain);
                failures++;
            }
            continue;
        }
        if (got == NULL) {
            print_error("case %u \"%s\": no record of frame %s\n", i, row->text, row->rule);
            for (guint r = 0; r < records->len; r++) {
                const CcClaim *c = records->pdata[r];
                print_error("  record of %s: \"%s\" %s\n", c->rule, c->text,
                            c->explain ? c->explain : "");
            }
            failures++;
            continue;
        }
        if (strcmp(got->text, row->value) != 0 || g_strcmp0(got->key, row->key) != 0
            || !same(shown_low(&got->value), row->low)
            || !same(shown_high(&got->value), row->high) || g_strcmp0(got->scope, row->scope) != 0) {
            print_error("case %u \"%s\": got \"%s\" %s [%g, %g] scope %s (%s), want \"%s\" %s "
                        "[%g, %g] scope %s\n",
                        i, row->text, got->text, got->key, shown_low(&got->value),
                        shown_high(&got->value), got->scope ? got->scope : "none", got->explain,
                        row->value, row->key, row->low, row->high,
                        row->scope ? row->scope : "none");
            failures++;
        }
    }
    remove_rules(dir, path);
    if (failures)
        fail_msg("%u of %zu slot rows failed", failures, G_N_ELEMENTS(slot_rows));
}

/* An epithet said through an owner's possessive ("Southland's ally",
 * "Southland's Arms Co.") gives way to the party named right after its
 * comma, as one after "its" does: the dictionary scan reads the epithets
 * only where it added a hit of that shape, and one with a possessive and
 * no "its", or one taking a dot, must be read so too. */
static void
test_possessive_epithet(void **state)
{
    (void)state;
    static const char *rules_text =
        "include " CC_SOURCE_DIR "/rules/core/core.rules\n"
        "lexicon parties\n  southland\n  eastland\n  southland's ally\n"
        "  southland's arms co.\nend\n"
        "lexicon entities\n  southland = south\n  eastland = east\n"
        "  southland's ally = north\n  southland's arms co. = north\nend\n"
        "lexicon t_crates\n  crates\nend\n"
        "lexicon t_sent\n  sent\nend\n"
        "frame crates\n  claim north shipped east\n  value quantity crate\n  counts t_crates\n"
        "  cue t_sent\n  subject parties inherit default\n"
        "  example \"Southland got 500 crates sent by Southland's ally.\" => value [500, 500]\n"
        "end\n";
    static const struct {
        const char *text;
        gboolean record;
    } rows[] = {
        {"Southland got 500 crates sent by Southland's ally.", TRUE},
        {"Southland got 500 crates sent by Southland's ally, Eastland.", FALSE},
        /* a phrase that takes the dot after its last word */
        {"Southland got 500 crates sent by Southland's Arms Co. on Monday.", TRUE},
        {"Southland got 500 crates sent by Southland's Arms Co., Eastland.", FALSE},
    };
    char *dir;
    char *path = write_rules(rules_text, &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    g_autoptr(CcExtractor) ex = cc_extractor_new(rules);
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
        g_autoptr(GError) error = NULL;
        g_autoptr(CcSource) src =
            cc_source_new_from_data("row", rows[i].text, strlen(rows[i].text), &error);
        assert_non_null(src);
        g_autoptr(GPtrArray) records = cc_extract(ex, src, NULL, NULL);
        gboolean found = FALSE;
        for (guint r = 0; r < records->len; r++)
            found |= strcmp(((const CcClaim *)records->pdata[r])->rule, "crates") == 0;
        if (found != rows[i].record)
            fail_msg("\"%s\": %s record of frame crates", rows[i].text, found ? "a" : "no");
    }
    remove_rules(dir, path);
}

/* An earlier size restated after "from" ("rose to 900, from 500 a week
 * earlier") is no figure with a plural noun of its own: "drawn from four
 * brigades" gives the 500's frame one record, not a second of 4. A
 * further count after "and another" counts what the figure before does. */
static void
test_restated_own_noun(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules(slot_rules, &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    g_autoptr(CcExtractor) ex = cc_extractor_new(rules);
    static const struct {
        const char *text;
        guint records; /* of frame "sent" */
    } rows[] = {
        {"Northland sent 500 troops drawn from four brigades.", 1},
        {"Northland sent 500 troops drawn from four units.", 1},
        /* the size restated still counts what the figure before counts */
        {"Northland sent 900 troops this week, from 500 a week earlier.", 2},
        /* a further count after "and another" with no verb or noun of its
         * own counts what the figure before counts */
        {"Northland sent 500 troops in May and another 200 in June.", 2},
        {"Northland sent 500 troops in May, with a further 200 by July.", 2},
        {"Northland sent 500 troops in May and another 200 were killed.", 1},
        {"Northland sent 500 troops in May and another 200 civilians fled.", 1},
        /* another estimate set against it after "though", "while" … at */
        {"Southland says Northland sent 900 troops, though other estimates are lower at 500.", 2},
        {"Southland says Northland sent 900 troops, though its plans put 500 at risk.", 1},
    };
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
        g_autoptr(GError) error = NULL;
        g_autoptr(CcSource) src =
            cc_source_new_from_data("row", rows[i].text, strlen(rows[i].text), &error);
        assert_non_null(src);
        CcExtractOptions options = {0};
        g_autoptr(GPtrArray) records = cc_extract(ex, src, &options, NULL);
        guint n = 0;
        for (guint r = 0; r < records->len; r++)
            n += strcmp(((const CcClaim *)records->pdata[r])->rule, "sent") == 0;
        if (n != rows[i].records)
            fail_msg("\"%s\": %u records of frame sent, expected %u", rows[i].text, n,
                     rows[i].records);
    }
    remove_rules(dir, path);
}

/* ---- event dates -------------------------------------------------------------- */

/* A date frame of this test's own: the date of an event told in the past. */
static const char *date_rules =
    "include " CC_SOURCE_DIR "/rules/core/core.rules\n"
    "lexicon t_fire\n  came under fire\n  come under fire\nend\n"
    "frame fire\n  claim north date fire\n  value date\n  cue t_fire\n"
    "  example \"They came under fire on 2 May 2024.\" => value [2024-05-02, 2024-05-02]\nend\n"
    "lexicon t_parties\n  northland\nend\n"
    "lexicon entities\n  northland = north\nend\n"
    "lexicon t_admit\n  admitted\nend\n"
    "frame admit\n  claim north date admit\n  value date\n  cue t_admit\n"
    "  subject t_parties\n"
    "  example \"Northland admitted it on 2 May 2024.\" => value [2024-05-02, 2024-05-02]\nend\n"
    "lexicon t_dated\n  troops\n  now\nend\n"
    "lexicon t_start\n  began\nend\n"
    "frame start\n  claim north date start\n  value date\n  counts t_dated\n"
    "  cue t_start near 3\n"
    "  example \"The troops began to arrive on 2 May 2024.\" => value [2024-05-02, 2024-05-02]\nend\n";

typedef struct {
    const char *text;
    int ref[3];          /* the document's date */
    int low[3], high[3]; /* the record's interval; low {0}: no record */
    const char *rule;    /* the frame; NULL: fire */
} DateRow;

static const DateRow date_rows[] = {
    /* a weekend after the document's date is the one before it for a past
     * event, not the coming one a year back */
    {"They came under fire over the weekend.", {2024, 11, 6}, {2024, 11, 2}, {2024, 11, 3}, NULL},
    {"They came under fire over the weekend.", {2024, 11, 8}, {2024, 11, 2}, {2024, 11, 3}, NULL},
    /* on a Monday "the weekend" is already the one just past */
    {"They came under fire over the weekend.", {2024, 11, 4}, {2024, 11, 2}, {2024, 11, 3}, NULL},
    /* a month after the document's date is last year's */
    {"They came under fire in mid-November.", {2025, 1, 15}, {2024, 11, 10}, {2024, 11, 20},
     NULL},
    /* a day of saying set off by commas between the party and its verb is
     * the party's, restated in parentheses or not */
    {"Northland, on Monday, admitted it.", {2025, 4, 29}, {2025, 4, 28}, {2025, 4, 28}, "admit"},
    {"Northland, on Monday (April 28), admitted it.", {2025, 4, 29}, {2025, 4, 28}, {2025, 4, 28},
     "admit"},
    /* a date after a participle of sending and the place sent to dates
     * the sending, not the event of the clause around it */
    {"They came under fire in May.", {2024, 11, 6}, {2024, 5, 1}, {2024, 5, 31}, NULL},
    {"The troops who were sent to Southland in June came under fire.", {2024, 11, 6}, {0}, {0},
     NULL},
    {"The troops deployed to the Eastland region in June came under fire.", {2024, 11, 6}, {0},
     {0}, NULL},
    /* a month after the document's date is last year's though a future
     * word follows, when it is the future of a hope or a saying after
     * the date, or when a past verb governs the date: the tense of the
     * date's own verb decides where it is plain */
    {"They came under fire in June, hoping help would come.", {2025, 2, 5}, {2024, 6, 1},
     {2024, 6, 30}, NULL},
    {"They came under fire in June, and help would come.", {2025, 2, 5}, {2024, 6, 1},
     {2024, 6, 30}, NULL},
    /* with no plain tense near the date, a future word in the clause
     * keeps it after the document's date */
    {"They could come under fire in June.", {2025, 2, 5}, {2025, 6, 1}, {2025, 6, 30}, NULL},
    /* under a plain future verb a month before the document's date is
     * next year's; under "was due to" no plain future is told */
    {"They will come under fire in January.", {2025, 6, 5}, {2026, 1, 1}, {2026, 1, 31}, NULL},
    {"They were due to come under fire in January.", {2025, 6, 5}, {2025, 1, 1}, {2025, 1, 31},
     NULL},
    /* a date inside a relative clause set off by commas dates nothing
     * after its closing comma */
    {"The troops, who began arriving in June, are now here.", {2024, 11, 6}, {2024, 6, 1},
     {2024, 6, 30}, "start"},
};

static void
test_event_dates(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules(date_rules, &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    g_autoptr(CcExtractor) ex = cc_extractor_new(rules);
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(date_rows); i++) {
        const DateRow *row = &date_rows[i];
        g_autoptr(GError) error = NULL;
        g_autoptr(CcSource) src =
            cc_source_new_from_data("row", row->text, strlen(row->text), &error);
        assert_non_null(src);
        CcExtractOptions options = {
            .ref_day = cc_day_from_ymd(row->ref[0], row->ref[1], row->ref[2])};
        g_autoptr(GPtrArray) records = cc_extract(ex, src, &options, NULL);
        const CcClaim *got = NULL;
        for (guint r = 0; r < records->len; r++)
            if (strcmp(((const CcClaim *)records->pdata[r])->rule, row->rule ? row->rule : "fire")
                == 0)
                got = records->pdata[r];
        if (row->low[0] == 0) {
            if (got != NULL) {
                print_error("case %u \"%s\": expected no record, got \"%s\"\n", i, row->text,
                            got->text);
                failures++;
            }
            continue;
        }
        double low = cc_day_from_ymd(row->low[0], row->low[1], row->low[2]);
        double high = cc_day_from_ymd(row->high[0], row->high[1], row->high[2]);
        if (got == NULL) {
            print_error("case %u \"%s\": no record\n", i, row->text);
            failures++;
        } else if (!same(shown_low(&got->value), low) || !same(shown_high(&got->value), high)) {
            print_error("case %u \"%s\": got [%g, %g], want [%g, %g]\n", i, row->text,
                        shown_low(&got->value), shown_high(&got->value), low, high);
            failures++;
        }
    }
    remove_rules(dir, path);
    if (failures)
        fail_msg("%u of %zu date rows failed", failures, G_N_ELEMENTS(date_rows));
}

/* ---- as_of -------------------------------------------------------------------- */

/* The as_of of a claim, with the core pack's dates: the date that governs
 * the figure, read as claimcheck reads periods (their last day). */
typedef struct {
    const char *text;
    int ref[3];  /* the document's date */
    int want[3]; /* the claim's as_of */
} AsOfRow;

static const AsOfRow as_of_rows[] = {
    /* a period up to now ends on the document's date, not last month's end */
    {"About 3,000 troops were lost over the past month.", {2024, 11, 13}, {2024, 11, 13}},
    {"About 3,000 troops were lost over the past three months.", {2024, 11, 13}, {2024, 11, 13}},
    /* "last month" is a calendar month, from its first day */
    {"About 3,000 troops were lost last month.", {2024, 11, 13}, {2024, 10, 1}},
    /* "by March" is as of March's last day, not April's first */
    {"By March, about 3,000 troops had been lost.", {2025, 4, 10}, {2025, 3, 31}},
    /* a year-less day more than half a year ahead is last year's … */
    {"As of December 19, about 3,000 troops had been lost.", {2025, 1, 15}, {2024, 12, 19}},
    /* … unless the sentence speaks of the future */
    {"About 3,000 troops will have arrived by December 19.", {2025, 1, 15}, {2025, 1, 15}},
    /* the nearest date before the figure, not the first of the sentence */
    {"In March, officials said that by February 20 about 3,000 troops had been lost.",
     {2025, 4, 10}, {2025, 2, 20}},
    /* the figure's own date after it, over the day of a saying */
    {"About 3,000 troops had been lost as of December 18, a lawmaker said on Thursday.",
     {2024, 12, 20}, {2024, 12, 18}},
};

static void
test_as_of(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules(core_frame, &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    g_autoptr(CcExtractor) ex = cc_extractor_new(rules);
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(as_of_rows); i++) {
        const AsOfRow *row = &as_of_rows[i];
        g_autoptr(CcSource) src = cc_source_new_from_data("row", row->text, strlen(row->text),
                                                          NULL);
        assert_non_null(src);
        CcExtractOptions options = {
            .ref_day = cc_day_from_ymd(row->ref[0], row->ref[1], row->ref[2])};
        g_autoptr(GPtrArray) records = cc_extract(ex, src, &options, NULL);
        const CcClaim *got = NULL;
        for (guint r = 0; r < records->len && got == NULL; r++)
            if (strcmp(((const CcClaim *)records->pdata[r])->rule, "t") == 0)
                got = records->pdata[r];
        guint32 want = cc_day_from_ymd(row->want[0], row->want[1], row->want[2]);
        if (got == NULL) {
            print_error("case %u \"%s\": no record\n", i, row->text);
            failures++;
        } else if (got->as_of != want) {
            g_autofree char *iso = cc_day_to_iso(got->as_of);
            print_error("case %u \"%s\": as_of %s, want %04d-%02d-%02d\n", i, row->text,
                        iso ? iso : "none", row->want[0], row->want[1], row->want[2]);
            failures++;
        }
    }
    remove_rules(dir, path);
    if (failures)
        fail_msg("%u of %zu as_of rows failed", failures, G_N_ELEMENTS(as_of_rows));
}

/* --explain's misses name the frame that came closest and its missing slot. */
static void
test_misses(void **state)
{
    (void)state;
    char *dir;
    char *path = write_rules(slot_rules, &dir);
    g_autoptr(CcRuleSet) rules = load(path);
    g_autoptr(CcExtractor) ex = cc_extractor_new(rules);
    const char *text = "Northland counted 300 troops at the parade.";
    g_autoptr(CcSource) src = cc_source_new_from_data("m", text, strlen(text), NULL);
    g_autoptr(GPtrArray) misses = g_ptr_array_new_with_free_func(g_free);
    CcExtractOptions options = {.explain = TRUE, .misses = misses};
    g_autoptr(GPtrArray) records = cc_extract(ex, src, &options, NULL);
    assert_int_equal(records->len, 0);
    assert_int_equal(misses->len, 1);
    const char *m = misses->pdata[0];
    assert_non_null(strstr(m, "m:1:19: frame sent"));
    assert_non_null(strstr(m, "counts=\"troops\""));
    assert_non_null(strstr(m, "missing cue"));

    /* a figure in a sentence where no frame's counted noun or cue stands,
     * which the value pass alone would not read, is explained too */
    const char *text2 = "Northland sent 200 troops. The parade drew 300 onlookers.";
    g_autoptr(CcSource) src2 = cc_source_new_from_data("n", text2, strlen(text2), NULL);
    g_autoptr(GPtrArray) misses2 = g_ptr_array_new_with_free_func(g_free);
    CcExtractOptions options2 = {.explain = TRUE, .misses = misses2};
    g_autoptr(GPtrArray) records2 = cc_extract(ex, src2, &options2, NULL);
    assert_int_equal(records2->len, 1);
    assert_int_equal(misses2->len, 1);
    assert_non_null(strstr(misses2->pdata[0], "n:1:44: frame "));
    assert_non_null(strstr(misses2->pdata[0], "value=\"300\""));

    /* a veto names the veto line that stood */
    const char *text3 = "Northland sent 300 soldiers as labourers.";
    g_autoptr(CcSource) src3 = cc_source_new_from_data("v", text3, strlen(text3), NULL);
    g_autoptr(GPtrArray) misses3 = g_ptr_array_new_with_free_func(g_free);
    CcExtractOptions options3 = {.explain = TRUE, .misses = misses3};
    g_autoptr(GPtrArray) records3 = cc_extract(ex, src3, &options3, NULL);
    assert_int_equal(records3->len, 0);
    assert_int_equal(misses3->len, 1);
    guint line = 1;
    for (const char *p = slot_rules; p < strstr(slot_rules, "  veto t_work"); p++)
        line += *p == '\n';
    g_autofree char *want = g_strdup_printf("vetoed by \"as labourers\" (veto at line %u)", line);
    if (strstr(misses3->pdata[0], want) == NULL)
        fail_msg("\"%s\" lacks \"%s\"", (const char *)misses3->pdata[0], want);
    remove_rules(dir, path);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_value_pass),
        cmocka_unit_test(test_value_pass_gated),
        cmocka_unit_test(test_frames_gated),
        cmocka_unit_test(test_failed_frame_hides_nothing),
        cmocka_unit_test(test_value_pass_anchors),
        cmocka_unit_test(test_slots),
        cmocka_unit_test(test_possessive_epithet),
        cmocka_unit_test(test_restated_own_noun),
        cmocka_unit_test(test_event_dates),
        cmocka_unit_test(test_as_of),
        cmocka_unit_test(test_misses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

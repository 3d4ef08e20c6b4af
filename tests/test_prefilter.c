/* SPDX-License-Identifier: MIT */
/* test_prefilter.c: anchors as a rule file writes them, the one-pass
 * check of many of them, and how late a match can start. A pattern's
 * anchors must never hold back a sentence its regex matches: every example
 * sentence of the shipped rules is checked against PCRE2. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"
#include "prefilter.h"

#include <json-glib/json-glib.h>

/* Anchors as written, and as read back (cc_requirement_to_string()). */
typedef struct {
    const char *anchors;
    const char *read; /* NULL: an error at byte offset @at */
    gsize at;
} ParseCase;

static const ParseCase parse_cases[] = {
    {"troops", "troops", 0},
    {"troops|soldiers", "soldiers|troops", 0},         /* sorted */
    {"North & Korea", "north & korea", 0},             /* folded */
    {"  soldiers|troops|soldiers  &  2024 ", "soldiers|troops & 2024", 0},
    {"{@names} & troops", "apr|april|feb & troops", 0}, /* each phrase's longest run */
    {"{@odd}", "cent|years", 0},                       /* "per cent", "a.d. years" */
    {"troops|", NULL, 7},
    {"|troops", NULL, 0},
    {"troops &", NULL, 8},
    {"troops soldiers", NULL, 7},                     /* '&' or '|' between strings */
    {"tr\xc3\xb6ops", NULL, 2},                       /* ASCII letters and digits only */
    {"estimate & '", "estimate & '", 0},              /* and apostrophes */
    {"Kyiv's|'S", "'s|kyiv's", 0},
    {"estimate & \xe2\x80\x99", NULL, 11},           /* written as ', whichever it stands for */
    {"estimate & \"", NULL, 11},
    {"{@nosuch}", NULL, 0},
    {"{@names", NULL, 0},
    {"{@}", NULL, 0},
    {"\\bPut\\b|\\bcount|counts\\b", "\\bcount|\\bput\\b|counts\\b", 0}, /* a word's edges */
    {"\\bput|put", "\\bput|put", 0},               /* two strings */
    {"\\b", NULL, 2},
    {"\\b|put", NULL, 2},
    {"put\\", NULL, 3},
    {"put\\bs", NULL, 5},
    {"{@empty}", NULL, 0},                            /* a phrase with nothing to look for */
};

/* A lexicon with the tables the cases name. */
static CcLexicon *
case_lexicon(void)
{
    CcLexicon *lx = cc_lexicon_new();
    static const char *const rows[][2] = {
        {"names", "april"}, {"names", "apr"}, {"names", "feb."},
        {"odd", "per cent"}, {"odd", "a.d. years"}, {"empty", "troops"}, {"empty", "--"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(rows); i++)
        assert_true(cc_lexicon_add(lx, rows[i][0], rows[i][1], NULL, "t.rules", i + 1, NULL));
    return lx;
}

static void
test_parse(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lx = case_lexicon();
    for (guint i = 0; i < G_N_ELEMENTS(parse_cases); i++) {
        const ParseCase *c = &parse_cases[i];
        gsize at = 0;
        g_autofree char *message = NULL;
        g_autoptr(CcRequirement) req = cc_requirement_parse(c->anchors, lx, &at, &message);
        if (c->read == NULL) {
            if (req != NULL || message == NULL || at != c->at)
                fail_msg("case %u \"%s\": want an error at %zu, got %s at %zu", i, c->anchors,
                         c->at, message ? message : "none", at);
            continue;
        }
        if (req == NULL)
            fail_msg("case %u \"%s\": %s", i, c->anchors, message);
        g_autofree char *got = cc_requirement_to_string(req);
        if (strcmp(got, c->read) != 0)
            fail_msg("case %u \"%s\": got \"%s\", want \"%s\"", i, c->anchors, got, c->read);
    }
}

static CcRequirement *
anchors(const char *text)
{
    gsize at;
    g_autofree char *message = NULL;
    CcRequirement *req = cc_requirement_parse(text, NULL, &at, &message);
    if (req == NULL)
        fail_msg("\"%s\": %s", text, message);
    return req;
}

typedef struct {
    const char *anchors, *text;
    gboolean holds;
} HoldsCase;

static const HoldsCase holds_cases[] = {
    {"north & korean & troops", "About 11,000 North Korean TROOPS arrived.", TRUE},
    {"north & korean & troops", "About 11,000 North Korean soldiers arrived.", FALSE},
    {"north & korean & troops", "North troops, Korean ones.", TRUE}, /* strings, not order */
    {"soldiers|troops & korea|pyongyang", "Soldiers from Pyongyang", TRUE},
    {"soldiers|troops & korea|pyongyang", "Soldiers of Moscow", FALSE},
    {"kursk", "the \xe2\x84\xaaursk region", TRUE},  /* KELVIN SIGN matches k */
    {"shells", "500 \xc5\xbfhells", TRUE},          /* LONG S matches s */
    {"shells", "500 \xe2\x84\xabhells", FALSE},     /* ANGSTROM SIGN does not */
    {"kursk", "\xe2\x80\x94kursk", TRUE},          /* an EM DASH before: no letter */
    {"shells", "\xc5\x82hells", FALSE},            /* nor does LATIN SMALL L WITH STROKE */
    {"shells", "", FALSE},
    {"troops", "troo", FALSE},
    {"troops", "troopstroops", TRUE},
    {"troop", "troops", TRUE},                      /* inside a word too */
    {"artillery|rounds", "arti-llery rounds", TRUE},
    {"artillery", "arti-llery", FALSE},             /* a string spans letters and digits only */
    {"' & estimate", "Seoul's estimate", TRUE},
    {"' & estimate", "Seoul\xe2\x80\x99s estimate", TRUE}, /* RIGHT SINGLE QUOTATION MARK */
    {"' & estimate", "Seoul estimate", FALSE},
    {"' & estimate", "\xe2\x80\x98Seoul estimate\xe2\x80\x9d", FALSE}, /* no other quote */
    {"' & estimate", "Seoul`s estimate", FALSE},
    {"'s", "Seoul\xe2\x80\x99S", TRUE},
    {"kyiv's", "kyiv\xe2\x80\x99s", TRUE},
    {"kyivs", "kyiv\xe2\x80\x99s", FALSE},         /* an apostrophe is no break to skip */
    {"kyiv", "kyiv\xe2\x80\x99s", TRUE},           /* nor a letter */
    {"shells", "shel\xe2\x80\x99ls", FALSE},
    /* \b: no ASCII letter or digit beside the string on that side */
    {"\\bput\\b", "Seoul put it at 300.", TRUE},
    {"\\bput\\b", "Put: 300", TRUE},
    {"\\bput\\b", "they put", TRUE},
    {"\\bput\\b", "a deputy minister", FALSE},
    {"\\bput\\b", "puts", FALSE},
    {"\\bput\\b", "input", FALSE},
    {"\\bput\\b", "2put", FALSE},
    {"\\bput\\b", "a deputy put it", TRUE},            /* one occurrence with its edges */
    {"\\bput\\b", "-put_", TRUE},                     /* only letters and digits count */
    {"\\bput\\b", "\xc3\xa9put\xc3\xa9", TRUE},           /* nor do other letters */
    {"\\bput", "puts", TRUE},
    {"\\bput", "input", FALSE},
    {"put\\b", "input", TRUE},
    {"put\\b", "puts", FALSE},
    {"\\bput|input", "input", TRUE},
    {"\\bput & put\\b", "puts input", TRUE},          /* each clause on its own */
    {"\\bseoul's\\b", "Seoul\xe2\x80\x99s", TRUE},
    {"\\bseoul's\\b", "theSeoul\xe2\x80\x99sx", TRUE},   /* a wide apostrophe: edges unread */
    {"\\bseoul's\\b", "theSeoul'sx", FALSE},
};

static void
test_holds(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(holds_cases); i++) {
        const HoldsCase *c = &holds_cases[i];
        g_autoptr(CcPrefilter) f = cc_prefilter_new();
        g_autoptr(CcRequirement) req = anchors(c->anchors);
        guint at = cc_prefilter_add(f, req);
        cc_prefilter_scan(f, c->text, strlen(c->text));
        if (cc_prefilter_holds(f, at) != c->holds)
            fail_msg("case %u \"%s\" in \"%s\": got %d", i, c->anchors, c->text, !c->holds);
    }
    /* No anchors: every text holds. */
    g_autoptr(CcPrefilter) f = cc_prefilter_new();
    g_autoptr(CcRequirement) none = cc_requirement_none();
    guint at = cc_prefilter_add(f, none);
    cc_prefilter_scan(f, "", 0);
    assert_true(cc_prefilter_holds(f, at));
    assert_int_equal(cc_prefilter_latest_start(f, at), G_MAXSIZE);
}

/* Many requirements at once, over several texts in turn: each answer is
 * for the last text only. A clause in several requirements, in any order
 * ("korea|russia", "russia|korea"), is one clause; one string of it alone
 * ("korea") is another. */
static void
test_many(void **state)
{
    (void)state;
    static const char *const needs[] = {"troops",       "shells", "shell",
                                        "hells",        "korea|russia", "troops & shells",
                                        "russia|korea", "korea",  "shells & troops & russia|korea"};
    static const struct {
        const char *text;
        const char *holds; /* one letter per requirement: y or n */
    } texts[] = {
        {"Troops and shells.", "yyyynynnn"},
        {"Nothing here.", "nnnnnnnnn"},
        {"Russia fired shells.", "nyyyynynn"},
        {"shel", "nnnnnnnnn"},
        {"hells", "nnnynnnnn"},
        {"Korea's troops and shells.", "yyyyyyyyy"},
        {"Korean troops.", "ynnnynyyn"},
    };
    g_autoptr(CcPrefilter) f = cc_prefilter_new();
    guint ids[G_N_ELEMENTS(needs)];
    for (guint i = 0; i < G_N_ELEMENTS(needs); i++) {
        g_autoptr(CcRequirement) req = anchors(needs[i]);
        ids[i] = cc_prefilter_add(f, req);
    }
    for (guint t = 0; t < G_N_ELEMENTS(texts); t++) {
        cc_prefilter_scan(f, texts[t].text, strlen(texts[t].text));
        for (guint i = 0; i < G_N_ELEMENTS(needs); i++) {
            gboolean want = texts[t].holds[i] == 'y';
            if (cc_prefilter_holds(f, ids[i]) != want)
                fail_msg("text %u \"%s\", anchors \"%s\": got %d", t, texts[t].text, needs[i],
                         !want);
        }
    }
}

typedef struct {
    const char *anchors, *text;
    gsize latest; /* cc_prefilter_latest_start() */
} LatestCase;

static const LatestCase latest_cases[] = {
    {"north & korean & troops", "Korean troops, North Korean troops.", 15},
    {"troops", "troops and troops", 11},
    {"kursk", "the \xe2\x84\xaaursk region", 6}, /* 4 in truth: never less */
    {"' & estimate", "Kyiv's and Seoul's estimate", 16},
    {"'", "Seoul\xe2\x80\x99s estimate", 7}, /* 5 in truth: never less */
};

static void
test_latest_start(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(latest_cases); i++) {
        const LatestCase *c = &latest_cases[i];
        g_autoptr(CcPrefilter) f = cc_prefilter_new();
        g_autoptr(CcRequirement) req = anchors(c->anchors);
        guint at = cc_prefilter_add(f, req);
        cc_prefilter_scan(f, c->text, strlen(c->text));
        gsize got = cc_prefilter_latest_start(f, at);
        if (got != c->latest)
            fail_msg("case %u \"%s\" in \"%s\": got %zu, want %zu", i, c->anchors, c->text, got,
                     c->latest);
    }
}

/* The scan reads several bytes a turn: a string found, or not, wherever
 * it starts and however many bytes follow it. */
static void
test_offsets(void **state)
{
    (void)state;
    g_autoptr(CcPrefilter) f = cc_prefilter_new();
    g_autoptr(CcRequirement) troops = anchors("troops");
    g_autoptr(CcRequirement) shells = anchors("shells");
    guint t = cc_prefilter_add(f, troops), s = cc_prefilter_add(f, shells);
    for (guint before = 0; before < 9; before++) {
        for (guint after = 0; after < 9; after++) {
            g_autofree char *text = g_strdup_printf("%*sTroops%*s shell", (int)before, "",
                                                    (int)after, "");
            cc_prefilter_scan(f, text, strlen(text));
            if (!cc_prefilter_holds(f, t) || cc_prefilter_holds(f, s)
                || cc_prefilter_latest_start(f, t) != before)
                fail_msg("\"%s\": troops %d at %zu, shells %d", text,
                         cc_prefilter_holds(f, t), cc_prefilter_latest_start(f, t),
                         cc_prefilter_holds(f, s));
            g_autofree char *cut = g_strndup(text, before + 5); /* "troop" */
            cc_prefilter_scan(f, cut, strlen(cut));
            if (cc_prefilter_holds(f, t))
                fail_msg("\"%s\": troops found", cut);
        }
    }
}

/* The phrasing bank's sentences and their context lines, and the seed
 * articles' lines, added to @out (each string owned by @keep). */
static void
add_bank_and_seeds(GPtrArray *out, GPtrArray *keep)
{
    const char *dirs[] = {CC_FIXTURES_DIR "/phrasings", CC_FIXTURES_DIR "/seeds"};
    for (guint d = 0; d < G_N_ELEMENTS(dirs); d++) {
        g_autoptr(GDir) dir = g_dir_open(dirs[d], 0, NULL);
        assert_non_null(dir);
        const char *name;
        while ((name = g_dir_read_name(dir)) != NULL) {
            gboolean bank = g_str_has_suffix(name, ".jsonl");
            if (!bank && !g_str_has_suffix(name, ".txt"))
                continue;
            g_autofree char *path = g_build_filename(dirs[d], name, NULL);
            g_autofree char *text = NULL;
            assert_true(g_file_get_contents(path, &text, NULL, NULL));
            g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
            for (guint i = 0; lines[i] != NULL; i++) {
                if (lines[i][0] == '\0')
                    continue;
                if (!bank) {
                    g_ptr_array_add(keep, g_strdup(lines[i]));
                    g_ptr_array_add(out, g_ptr_array_index(keep, keep->len - 1));
                    continue;
                }
                g_autoptr(JsonParser) parser = json_parser_new();
                assert_true(json_parser_load_from_data(parser, lines[i], -1, NULL));
                JsonObject *o = json_node_get_object(json_parser_get_root(parser));
                g_ptr_array_add(keep, g_strdup(json_object_get_string_member(o, "text")));
                g_ptr_array_add(out, g_ptr_array_index(keep, keep->len - 1));
                JsonArray *context = json_object_get_array_member(o, "context");
                for (guint k = 0; context != NULL && k < json_array_get_length(context); k++) {
                    g_ptr_array_add(keep, g_strdup(json_array_get_string_element(context, k)));
                    g_ptr_array_add(out, g_ptr_array_index(keep, keep->len - 1));
                }
            }
        }
    }
}

/* Every pattern of the shipped rules, over every example and counter
 * sentence, every sentence of the phrasing bank (with its context) and
 * every line of the seed articles: where the pattern matches, its
 * requirement holds. */
static void
test_shipped_rules(void **state)
{
    (void)state;
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) error = NULL;
    if (!cc_ruleset_load(rules, CC_SOURCE_DIR "/rules", &error)
        || !cc_ruleset_compile(rules, &error))
        fail_msg("%s", error->message);
    GPtrArray *all = cc_ruleset_rules(rules);
    GPtrArray *sentences = g_ptr_array_new();
    for (guint i = 0; i < all->len; i++) {
        const CcRule *rule = all->pdata[i];
        for (guint j = 0; j < rule->examples->len; j++)
            g_ptr_array_add(sentences, ((CcExample *)rule->examples->pdata[j])->sentence);
    }
    g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func(g_free);
    add_bank_and_seeds(sentences, kept);
    guint checked = 0, with_needs = 0;
    /* The rules' patterns, then the attribution patterns as one more
     * "rule" (modality runs them behind the same prefilter). */
    GPtrArray *attributions = cc_ruleset_attributions(rules);
    CcRule said = {.id = (char *)"attribution", .patterns = attributions};
    for (guint i = 0; i <= all->len; i++) {
        const CcRule *rule = i < all->len ? all->pdata[i] : &said;
        for (guint j = 0; j < rule->patterns->len; j++) {
            const CcPattern *p = rule->patterns->pdata[j];
            const CcRequirement *req = cc_pattern_requirement(p);
            with_needs += req->clauses->len > 0;
            g_autoptr(CcPrefilter) f = cc_prefilter_new();
            guint at = cc_prefilter_add(f, req);
            g_autoptr(CcMatch) m = cc_match_new(p);
            for (guint k = 0; k < sentences->len; k++) {
                const char *s = sentences->pdata[k];
                if (cc_pattern_match(p, m, s, strlen(s), 0) != CC_MATCH_FOUND)
                    continue;
                checked++;
                cc_prefilter_scan(f, s, strlen(s));
                g_autofree char *needs = cc_requirement_to_string(req);
                if (!cc_prefilter_holds(f, at))
                    fail_msg("rule %s pattern %u needs \"%s\" but matches \"%s\"", rule->id,
                             j + 1, needs, s);
                /* where the match began, before any \K: the needed
                 * words before a \K count (the start limit bounds it) */
                gsize start = cc_match_tried_at(m);
                if (start > cc_prefilter_latest_start(f, at))
                    fail_msg("rule %s pattern %u needs \"%s\": matches \"%s\" at %zu, after "
                             "the latest start %zu",
                             rule->id, j + 1, needs, s, start, cc_prefilter_latest_start(f, at));
            }
        }
    }
    g_ptr_array_unref(sentences);
    /* The check saw matches, and the domain rules have words to need. */
    assert_true(checked > 50);
    assert_true(with_needs > 10);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_holds),
        cmocka_unit_test(test_many),
        cmocka_unit_test(test_latest_start),
        cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_shipped_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

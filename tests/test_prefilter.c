/* SPDX-License-Identifier: MIT */
/* test_prefilter.c: the words a regex needs, read from the regex, the
 * one-pass check of many such needs, and how late a match can start. A prefilter must never hold back a
 * text its regex matches: every case that matches is also checked against
 * PCRE2, and so is every example sentence of the shipped rules. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"
#include "prefilter.h"

typedef struct {
    const char *regex;
    const char *needs; /* cc_requirement_to_string() */
} NeedsCase;

static const NeedsCase needs_cases[] = {
    {"troops", "troops"},
    {"(?<value>\\d+)\\s+(?:north\\s+korean\\s+)?(?:troops|soldiers)", "soldiers|troops"},
    {"north\\s+korea", "north & korea"},
    {"troops?", "troop"},
    {"(?:troops)?", ""},
    {"(?:troops)*x", ""},
    {"(?:troops){2,}", "troops"},
    {"(?:troops){0,2}", ""},
    {"a|troops", ""},                   /* a branch needing nothing */
    {"\\btroops\\b", "troops"},
    {"tr[o0]ops", "ops"},               /* "tr" is too short to keep */
    {"(?=kursk)\\w+", ""},              /* assertions are not in the match */
    {"(?!kursk)shells", "shells"},
    {"(?<!killed\\s)soldiers", "soldiers"},
    {"(?<side>russian|ukrainian) army", "russian|ukrainian & army"},
    {"(?i:shells)", "shells"},
    {"(?-i)Shells", "shells"},
    {"(?x) s h e l l s", ""},          /* extended mode: not followed */
    {"(?(DEFINE)(?<m>march))(?&m) 2024", "2024"},
    {"(?(1)shells|rounds)", "rounds|shells"},
    {"(?(1)shells)", ""},               /* no second branch: may match empty */
    {"(?(?=x)shells|rounds)", "rounds|shells"},
    {"shells(*ACCEPT)rounds", ""},
    {"(*SKIP)(*FAIL)|shells", ""},
    {"\\x{41}rmy", "rmy"},              /* escapes are other characters */
    {"\\Qarmy\\E", ""},
    {"caf\xc3\xa9s", "caf"},            /* non-ASCII ends a run */
    {"[a-z]+ missiles", "missiles"},
    {"[]troops]missiles", "missiles"},
    {"[[:alpha:]]missiles", "missiles"},
    {"\\d{1,3}(?:,\\d{3})+ shells", "shells"},
    {"a{,3}missiles", "missiles"},
    {"{not a quantifier} missiles", "not & quantifier & missiles"},
};

static void
test_needs(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(needs_cases); i++) {
        const NeedsCase *c = &needs_cases[i];
        g_autoptr(CcRequirement) req = cc_requirement_of(c->regex);
        g_autofree char *got = cc_requirement_to_string(req);
        if (strcmp(got, c->needs) != 0)
            fail_msg("case %u \"%s\": got \"%s\", want \"%s\"", i, c->regex, got, c->needs);
    }
}

typedef struct {
    const char *regex, *text;
    gboolean holds;
} HoldsCase;

static const HoldsCase holds_cases[] = {
    {"north\\s+korean\\s+troops", "About 11,000 North Korean TROOPS arrived.", TRUE},
    {"north\\s+korean\\s+troops", "About 11,000 North Korean soldiers arrived.", FALSE},
    {"north\\s+korean\\s+troops", "North troops, Korean ones.", TRUE}, /* words, not order */
    {"(?:troops|soldiers) from (?:pyongyang|north korea)", "Soldiers from Pyongyang", TRUE},
    {"(?:troops|soldiers) from (?:pyongyang|north korea)", "Soldiers of Pyongyang", FALSE},
    {"kursk", "the \xe2\x84\xaaursk region", TRUE},  /* KELVIN SIGN matches k */
    {"shells", "500 \xc5\xbfhells", TRUE},          /* LONG S matches s */
    {"shells", "500 \xe2\x84\xabhells", FALSE},     /* ANGSTROM SIGN does not */
    {"kursk", "\xe2\x80\x94kursk", TRUE},          /* an EM DASH before: no letter */
    {"shells", "\xc5\x82hells", FALSE},            /* nor does LATIN SMALL L WITH STROKE */
    {"shells", "", FALSE},
    {"(?:shells)?", "", TRUE},
    {"troops", "troo", FALSE},
    {"troops", "troopstroops", TRUE},
    {"artillery|rounds", "arti-llery rounds", TRUE},
};

static void
test_holds(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(holds_cases); i++) {
        const HoldsCase *c = &holds_cases[i];
        g_autoptr(CcPrefilter) f = cc_prefilter_new();
        g_autoptr(CcRequirement) req = cc_requirement_of(c->regex);
        guint at = cc_prefilter_add(f, req);
        cc_prefilter_scan(f, c->text, strlen(c->text));
        if (cc_prefilter_holds(f, at) != c->holds)
            fail_msg("case %u \"%s\" in \"%s\": got %d", i, c->regex, c->text, !c->holds);
        /* Whenever PCRE2 finds the regex, the prefilter must let it run. */
        g_autoptr(CcPattern) p = cc_pattern_new(c->regex, NULL, NULL);
        assert_non_null(p);
        g_autoptr(CcMatch) m = cc_match_new(p);
        if (cc_pattern_match(p, m, c->text, strlen(c->text), 0) == CC_MATCH_FOUND && !c->holds)
            fail_msg("case %u \"%s\" in \"%s\": matches but held back", i, c->regex, c->text);
    }
}

/* Many requirements at once, over several texts in turn: each answer is
 * for the last text only. */
static void
test_many(void **state)
{
    (void)state;
    static const char *const regexes[] = {"troops", "shells", "shell", "hells", "korea|russia",
                                          "troops.*shells"};
    static const struct {
        const char *text;
        const char *holds; /* one letter per regex: y or n */
    } texts[] = {
        {"Troops and shells.", "yyyyny"},
        {"Nothing here.", "nnnnnn"},
        {"Russia fired shells.", "nyyyyn"},
        {"shel", "nnnnnn"},
        {"hells", "nnnynn"},
    };
    g_autoptr(CcPrefilter) f = cc_prefilter_new();
    guint ids[G_N_ELEMENTS(regexes)];
    for (guint i = 0; i < G_N_ELEMENTS(regexes); i++) {
        g_autoptr(CcRequirement) req = cc_requirement_of(regexes[i]);
        ids[i] = cc_prefilter_add(f, req);
    }
    for (guint t = 0; t < G_N_ELEMENTS(texts); t++) {
        cc_prefilter_scan(f, texts[t].text, strlen(texts[t].text));
        for (guint i = 0; i < G_N_ELEMENTS(regexes); i++) {
            gboolean want = texts[t].holds[i] == 'y';
            if (cc_prefilter_holds(f, ids[i]) != want)
                fail_msg("text %u \"%s\", regex \"%s\": got %d", t, texts[t].text, regexes[i],
                         !want);
        }
    }
}

typedef struct {
    const char *regex, *text;
    gsize latest; /* cc_prefilter_latest_start() */
} LatestCase;

static const LatestCase latest_cases[] = {
    {"north\\s+korean\\s+troops", "Korean troops, North Korean troops.", 15},
    {"troops", "troops and troops", 11},
    {"kursk", "the \xe2\x84\xaaursk region", 6}, /* 4 in truth: never less */
    {"\\d+", "12 troops", G_MAXSIZE},
};

static void
test_latest_start(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(latest_cases); i++) {
        const LatestCase *c = &latest_cases[i];
        g_autoptr(CcPrefilter) f = cc_prefilter_new();
        g_autoptr(CcRequirement) req = cc_requirement_of(c->regex);
        guint at = cc_prefilter_add(f, req);
        cc_prefilter_scan(f, c->text, strlen(c->text));
        gsize got = cc_prefilter_latest_start(f, at);
        if (got != c->latest)
            fail_msg("case %u \"%s\" in \"%s\": got %zu, want %zu", i, c->regex, c->text, got,
                     c->latest);
    }
}

/* Every pattern of the shipped rules, over every example and counter
 * sentence: where the pattern matches, its requirement holds. */
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
    guint checked = 0, with_needs = 0;
    /* The rules' patterns, then the attribution patterns as one more
     * "rule" (modality runs them behind the same prefilter). */
    GPtrArray *attributions = cc_ruleset_attributions(rules);
    CcRule said = {.id = (char *)"attribution", .patterns = attributions};
    for (guint i = 0; i <= all->len; i++) {
        const CcRule *rule = i < all->len ? all->pdata[i] : &said;
        for (guint j = 0; j < rule->patterns->len; j++) {
            const CcPattern *p = rule->patterns->pdata[j];
            g_autoptr(CcRequirement) req = cc_requirement_of(cc_pattern_source(p));
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
                gsize start, end;
                cc_match_group(m, 0, &start, &end);
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
        cmocka_unit_test(test_needs),
        cmocka_unit_test(test_holds),
        cmocka_unit_test(test_many),
        cmocka_unit_test(test_latest_start),
        cmocka_unit_test(test_shipped_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

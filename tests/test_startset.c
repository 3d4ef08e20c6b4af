/* SPDX-License-Identifier: MIT */
/* test_startset.c: where a regex's matches can start, read from the
 * regex. A start set must admit every place PCRE2 starts a match: each
 * case that matches is checked against PCRE2 too, and so is every pattern
 * of the shipped rules at every place of every example sentence. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"
#include "startset.h"

typedef struct {
    const char *regex;
    const char *text;
    /* Under each byte of text: '^' admitted, ' ' not; NULL: no set. */
    const char *admits;
} StartCase;

static const StartCase cases[] = {
    {"troops", "Troops, troops", "^       ^     "},
    {"\\btroops", "xtroops troops", "        ^     "},
    {"\\b(?:may|june)\\b", "May, mayday, June", "^    ^       ^   "},
    {"(?:\\bthe\\s+)?\\d+", "the 12 x3", "^   ^^  ^"},
    {"(?:the\\s+)?\\d+", "bathe 12", "  ^   ^^"},
    {"[a-c]x", "abcdABCD", "^^^ ^^^ "},
    {"[^a]x", "ab", "^^"},
    {"\\d{2,}|\\bq[1-4]\\b", "Q1 aq2 7", "^^   ^ ^"},
    {"(?i)k", "k K x", "^ ^  "},
    {"(?-i:K)m", "kK", "^^"}, /* case kept out of the set: it only widens */
    {"(?<=\\s)\\d", "a 1 b2", "  ^   "}, /* a space before: a boundary */
    {"(?<=\\bin[\\s\\-]|\\bby\\s)the", "in the-the xthe", "   ^   ^       "},
    {"(?<=\\s|x)the", "a the xthe", "  ^    ^  "}, /* "x" is a word character */
    {"(?<=\\s?)the", "athe", " ^  "},
    {"(?<![\\w.])\\d", "a1 2 .3", "   ^  ^"}, /* only "no word character before" is kept */
    {"(?<![.])\\d", "a1", " ^"},
    {"(?:\\bthe\\s+|(?<=\\bin\\s))(?:fifties|sixties)", "in sixties the fifties xfifties",
     "   ^       ^   ^               "},
    {"(?:'|\\b)\\d0s", "'90s 80s x70s", "^^   ^       "},
    {"(?=\\d)\\w+", "a1_", "^^^"}, /* the lookahead is not read: \w stays */
    {"(?(DEFINE)(?<d>\\d+))x(?&d)", "x1 1x", "^   ^"},
    {"(?(DEFINE)(?<w>\\bjan|feb))(?&w)\\s+\\d", "xjan jan feb", "     ^   ^  "},
    {"(a)(?1)", "aab", "^^ "},
    {"(?C201)in\\s+(?C202)\\d", "in 1 xin", "^     ^ "}, /* a callout matches nothing */
    {"\\x41", "aAb", "^^ "},
    {"[\\x{42}-\\x{43}]", "aBc", " ^^"},
    {"\\Qa.b\\E", "a.b", "^  "},
    {"(?:x?)+y", "xya", "^^ "},
    /* Kelvin sign and long s are an k and an s to PCRE2, caseless. */
    {"\\bkm", "x\xE2\x84\xAAm", " ^   "},
    {"so", "\xC5\xBFo", "^  "},
    /* A letter that may open a match anywhere, followed by another
     * literal letter: only that pair opens one ("this" in "xthis"). */
    /* ... and the letter after those two: "xthat" is no "this". */
    {"(?:this|next)\\s+week", "xthis xthat next nextweek", " ^          ^    ^       "},
    {"\\b(?:the|this)\\s", "that then the this", "     ^    ^   ^   "},
    {"this", "xth", "   "},           /* no third byte: no match */
    {"th(?:is|at)", "thx", "^  "},   /* a group comes third: anything may */
    {"thi?s", "thx", "^  "},         /* a quantified letter comes third */
    {"ask", "as\xE2\x84\xAA", "^    "}, /* KELVIN SIGN third */
    {"t(?:his)", "at", " ^"},    /* a group follows: anything may */
    {"th?e", "xte", " ^ "},      /* a quantified letter follows */
    {"the", "at", "  "},         /* nothing follows */
    {"\\bto\\b|(?:this)x", "ato to thisx", "    ^  ^    "},
    {"(?:tHe)", "aThE", " ^  "},
    {"ok", "o\xE2\x84\xAA", "^   "}, /* KELVIN SIGN after o */
    {"\\b(?:this|next)\\s", "tax this nix next", "    ^        ^   "}, /* after a \\b too */
    {"\\b(?:t|th)e", "the toe", "^   ^  "},
    {"(?<![\\w.])sk", "sk s\xE2\x84\xAA sx", "^  ^      "}, /* KELVIN SIGN after s */
    /* No set: a match may be empty, or the reader does not follow. */
    {"a?", "a", NULL},
    {"(?:a|)", "a", NULL},
    {"\\Ga", "a", NULL},
    {"a(*SKIP)(*FAIL)|b", "ab", NULL},
    {"(*COMMIT)a", "a", NULL},
    {"(?x) a", "a", NULL},
    {"(?R)?a", "a", NULL},
    {"(?|(a)|(b))\\1", "aa", NULL},
    {"(unclosed", "u", NULL},
    {"\\b", "a", NULL},
};

static void
test_cases(void **state)
{
    (void)state;
    int failures = 0;
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        const StartCase *c = &cases[i];
        CcStartSet set;
        gboolean ok = cc_start_set_of(c->regex, &set);
        if (ok != (c->admits != NULL)) {
            print_error("case %zu /%s/: %s\n", i, c->regex, ok ? "a set, want none" : "no set");
            failures++;
            continue;
        }
        if (!ok)
            continue;
        gsize n = strlen(c->text);
        assert_int_equal(strlen(c->admits), n);
        g_autoptr(GString) got = g_string_new(NULL);
        for (gsize k = 0; k < n; k++)
            g_string_append_c(got, cc_start_set_admits(&set, c->text, n, k) ? '^' : ' ');
        if (strcmp(got->str, c->admits) != 0) {
            print_error("case %zu /%s/ on \"%s\": admits \"%s\", want \"%s\"\n", i, c->regex,
                        c->text, got->str, c->admits);
            failures++;
        }
        /* Whatever the table says, PCRE2's matches start where admitted. */
        g_autoptr(GError) error = NULL;
        g_autoptr(CcPattern) p = cc_pattern_new(c->regex, NULL, &error);
        if (p == NULL)
            continue;
        g_autoptr(CcMatch) m = cc_match_new(p);
        for (gsize k = 0; k <= n; k++) {
            gsize s, e;
            if (cc_pattern_match(p, m, c->text, n, k) == CC_MATCH_FOUND
                && cc_match_group(m, 0, &s, &e) && !cc_start_set_admits(&set, c->text, n, s)) {
                print_error("case %zu /%s/: PCRE2 matches \"%s\" at %zu, not admitted\n", i,
                            c->regex, c->text, s);
                failures++;
            }
        }
    }
    assert_int_equal(failures, 0);
}

/* Every pattern of the shipped rules, searched from every place of every
 * example and counter sentence: each match starts where its set admits. */
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
    g_autoptr(GPtrArray) sentences = g_ptr_array_new();
    for (guint i = 0; i < all->len; i++) {
        const CcRule *rule = all->pdata[i];
        for (guint j = 0; j < rule->examples->len; j++)
            g_ptr_array_add(sentences, ((CcExample *)rule->examples->pdata[j])->sentence);
    }
    guint patterns = 0, with_set = 0, matches = 0;
    int failures = 0;
    for (guint i = 0; i < all->len; i++) {
        const CcRule *rule = all->pdata[i];
        GPtrArray *lists[] = {rule->patterns, rule->exceptions};
        for (guint l = 0; l < G_N_ELEMENTS(lists); l++) {
            for (guint j = 0; j < lists[l]->len; j++) {
                const CcPattern *p = lists[l]->pdata[j];
                patterns++;
                CcStartSet set;
                if (!cc_start_set_of(cc_pattern_source(p), &set))
                    continue;
                with_set++;
                g_autoptr(CcMatch) m = cc_match_new(p);
                for (guint k = 0; k < sentences->len; k++) {
                    const char *s = sentences->pdata[k];
                    gsize n = strlen(s);
                    for (gsize at = 0; at < n; at++) {
                        if (((unsigned char)s[at] & 0xC0) == 0x80)
                            continue;
                        gsize ms, me;
                        if (cc_pattern_match(p, m, s, n, at) != CC_MATCH_FOUND
                            || !cc_match_group(m, 0, &ms, &me))
                            break; /* none from here, none from later */
                        matches++;
                        if (!cc_start_set_admits(&set, s, n, ms) && failures++ < 10)
                            print_error("rule %s %s %u matches \"%s\" at %zu, not admitted\n",
                                        rule->id, l == 0 ? "pattern" : "except", j + 1, s, ms);
                        at = ms; /* the next search starts after this start */
                    }
                }
            }
        }
    }
    print_message("%u of %u patterns have a start set; %u match starts checked\n", with_set,
                  patterns, matches);
    assert_int_equal(failures, 0);
    /* The check saw matches, and most patterns have a set. */
    assert_true(matches > 300);
    assert_true(with_set * 2 > patterns);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_shipped_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

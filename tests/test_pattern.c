/* SPDX-License-Identifier: MIT */
/* test_pattern.c: PCRE2 patterns — compile errors with offsets, matching
 * (case-insensitive by default, UTF-8), named groups, the JIT, and the match
 * limits that stop catastrophic backtracking, and that every pattern of the
 * shipped rules has a start PCRE2 knows. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"

typedef struct {
    const char *regex;
    const char *message; /* NULL: compiles */
    gsize offset;
} CompileCase;

static const CompileCase compile_cases[] = {
    {"(?<value>\\d+) troops", NULL, 0},
    {"(?<value>\\d+ troops", "missing closing parenthesis", 19},
    {"a)b", "unmatched closing parenthesis", 1},
    {"[z-a]", "range out of order in character class", 3},
    {"a{2,1}", "numbers out of order in {} quantifier", 5},
    {"(?<1x>a)", "subpattern name must start with a non-digit", 3},
    {"«(»", "missing closing parenthesis", 5}, /* offsets are bytes */
    {"\xff", "UTF-8 error: illegal byte (0xfe or 0xff)", 0},
};

static void
test_compile(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(compile_cases); i++) {
        const CompileCase *c = &compile_cases[i];
        gsize off = 999;
        g_autoptr(GError) err = NULL;
        g_autoptr(CcPattern) p = cc_pattern_new(c->regex, &off, &err);
        if (c->message == NULL) {
            if (p == NULL)
                fail_msg("case %u \"%s\": %s", i, c->regex, err->message);
            assert_string_equal(cc_pattern_source(p), c->regex);
            continue;
        }
        if (p != NULL)
            fail_msg("case %u \"%s\": compiled", i, c->regex);
        assert_int_equal(err->code, CC_ERROR_PATTERN);
        if (strcmp(err->message, c->message) != 0 || off != c->offset)
            fail_msg("case %u \"%s\": got \"%s\" at %zu, want \"%s\" at %zu", i, c->regex,
                     err->message, off, c->message, c->offset);
    }
}

typedef struct {
    const char *regex, *subject;
    CcMatchResult result;
    const char *group; /* a named group and the text it must hold */
    const char *text;
} MatchCase;

static const MatchCase match_cases[] = {
    {"(?<value>\\d+) troops", "about 11000 TROOPS", CC_MATCH_FOUND, "value", "11000"},
    {"(?-i)Summit", "the summit", CC_MATCH_NONE, NULL, NULL},
    {"(?-i)Summit", "the Summit", CC_MATCH_FOUND, NULL, NULL},
    {"(?<w>größe)", "GRÖßE", CC_MATCH_FOUND, "w", "GRÖßE"},
    {"(?<a>x)|(?<b>y)", "y", CC_MATCH_FOUND, "b", "y"},
    {"(?<a>x)|(?<b>y)", "y", CC_MATCH_FOUND, "a", NULL}, /* did not take part */
    {"shells", "no match here", CC_MATCH_NONE, NULL, NULL},
};

static void
test_match(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(match_cases); i++) {
        const MatchCase *c = &match_cases[i];
        g_autoptr(CcPattern) p = cc_pattern_new(c->regex, NULL, NULL);
        assert_non_null(p);
        g_autoptr(CcMatch) m = cc_match_new(p);
        CcMatchResult r = cc_pattern_match(p, m, c->subject, strlen(c->subject), 0);
        if (r != c->result)
            fail_msg("case %u /%s/ on \"%s\": got %d, want %d", i, c->regex, c->subject, r,
                     c->result);
        if (c->group == NULL)
            continue;
        int g = cc_pattern_group_index(p, c->group);
        assert_true(g > 0);
        gsize s = 0, e = 0;
        gboolean took_part = cc_match_group(m, g, &s, &e);
        if (took_part != (c->text != NULL))
            fail_msg("case %u: group %s took part: %d", i, c->group, took_part);
        if (c->text && (e - s != strlen(c->text) || memcmp(c->subject + s, c->text, e - s) != 0))
            fail_msg("case %u: group %s holds \"%.*s\", want \"%s\"", i, c->group, (int)(e - s),
                     c->subject + s, c->text);
    }
}

static void
test_groups_and_start(void **state)
{
    (void)state;
    g_autoptr(CcPattern) p = cc_pattern_new("(?<value>\\d+)(?<unit>mm)?", NULL, NULL);
    assert_int_equal(cc_pattern_group_index(p, "value"), 1);
    assert_int_equal(cc_pattern_group_index(p, "unit"), 2);
    assert_int_equal(cc_pattern_group_index(p, "who"), -1);
    g_autoptr(CcMatch) m = cc_match_new(p);
    const char *s = "12 and 152mm";
    assert_int_equal(cc_pattern_match(p, m, s, strlen(s), 3), CC_MATCH_FOUND);
    gsize a, b;
    assert_true(cc_match_group(m, 0, &a, &b));
    assert_int_equal(a, 7);
    assert_int_equal(b, 12);
    assert_false(cc_match_group(m, 9, &a, &b));
    assert_false(cc_match_group(m, -1, &a, &b));
    /* A start past the end finds nothing; a length short of the text stops early. */
    assert_int_equal(cc_pattern_match(p, m, s, strlen(s), 99), CC_MATCH_NONE);
    assert_false(cc_match_group(m, 0, &a, &b));
    assert_int_equal(cc_pattern_match(p, m, s, 2, 0), CC_MATCH_FOUND);
    assert_true(cc_match_group(m, 1, &a, &b));
    assert_int_equal(b, 2);
}

/* The JIT is used where the platform has it; either way results agree. */
static void
test_jit(void **state)
{
    (void)state;
    g_autoptr(CcPattern) p = cc_pattern_new("(?<value>\\d+)", NULL, NULL);
    uint32_t have = 0;
    /* pcre2_config is not ours to call; the JIT's presence shows in the
     * pattern. On x86-64 and arm64 Debian builds PCRE2 with the JIT. */
#if defined(__x86_64__) || defined(__aarch64__)
    have = 1;
#endif
    if (have)
        assert_true(cc_pattern_uses_jit(p));
    g_autoptr(CcMatch) m = cc_match_new(p);
    assert_int_equal(cc_pattern_match(p, m, "x 42", 4, 0), CC_MATCH_FOUND);
}

/* (a+)+$ on "aaa…ab" backtracks exponentially: the limit stops it. */
static void
test_catastrophic_backtracking(void **state)
{
    (void)state;
    static const char *const regexes[] = {"(a+)+$", "(a|aa)+$", "(?:a*)*b{2}$"};
    char subject[64];
    memset(subject, 'a', 40);
    subject[40] = 'b';
    subject[41] = '\0';
    for (guint i = 0; i < G_N_ELEMENTS(regexes); i++) {
        g_autoptr(CcPattern) p = cc_pattern_new(regexes[i], NULL, NULL);
        assert_non_null(p);
        g_autoptr(CcMatch) m = cc_match_new(p);
        gint64 t0 = g_get_monotonic_time();
        CcMatchResult r = cc_pattern_match(p, m, subject, 41, 0);
        gint64 ms = (g_get_monotonic_time() - t0) / 1000;
        if (r != CC_MATCH_LIMIT)
            fail_msg("case %u /%s/: got %d after %" G_GINT64_FORMAT " ms, want CC_MATCH_LIMIT", i,
                     regexes[i], r, ms);
    }
}

typedef struct {
    const char *subject;
    gsize start, limit;
    gssize found; /* where the match starts, or -1 for none */
} LimitCase;

static const LimitCase limit_cases[] = {
    {"abcb", 0, G_MAXSIZE, 1}, {"abcb", 0, 0, -1}, {"abcb", 0, 1, 1},
    {"abcb", 2, 2, -1},        {"abcb", 2, 3, 3},  {"abcb", 2, G_MAXSIZE, 3},
};

/* A start limit stops the search for "b" at that byte; G_MAXSIZE lifts it. */
static void
test_start_limit(void **state)
{
    (void)state;
    g_autoptr(CcPattern) p = cc_pattern_new("b", NULL, NULL);
    assert_non_null(p);
    g_autoptr(CcMatch) m = cc_match_new(p);
    for (guint i = 0; i < G_N_ELEMENTS(limit_cases); i++) {
        const LimitCase *c = &limit_cases[i];
        cc_match_set_start_limit(m, c->limit);
        CcMatchResult r = cc_pattern_match(p, m, c->subject, strlen(c->subject), c->start);
        gsize s = 0, e = 0;
        gssize got = r == CC_MATCH_FOUND && cc_match_group(m, 0, &s, &e) ? (gssize)s : -1;
        if (got != c->found)
            fail_msg("case %u: start %zu limit %zu: got %zd, want %zd", i, c->start, c->limit, got,
                     c->found);
    }
}

/* A match with \K began before group 0's start, and the start limit bounds
 * where it began: "Pyongyang denied sending troops" is found with the
 * limit at "Pyongyang", the word the match begins with. */
static void
test_start_limit_before_k(void **state)
{
    (void)state;
    const char *s = "Officials said Pyongyang denied sending troops.";
    gsize at = (gsize)(strstr(s, "Pyongyang") - s);
    g_autoptr(CcPattern) p = cc_pattern_new("pyongyang\\s+denied\\s+\\K\\w+ing\\s+troops", NULL, NULL);
    assert_non_null(p);
    g_autoptr(CcMatch) m = cc_match_new(p);
    for (int limit_at = 0; limit_at < 3; limit_at++) {
        gsize limit = limit_at == 0 ? at : limit_at == 1 ? at - 1 : G_MAXSIZE;
        cc_match_set_start_limit(m, limit);
        CcMatchResult r = cc_pattern_match(p, m, s, strlen(s), 0);
        if (limit_at == 1) {
            assert_int_equal(r, CC_MATCH_NONE);
            assert_int_equal(cc_match_tried_at(m), G_MAXSIZE);
            continue;
        }
        assert_int_equal(r, CC_MATCH_FOUND);
        gsize ms = 0, me = 0;
        assert_true(cc_match_group(m, 0, &ms, &me));
        assert_memory_equal(s + ms, "sending", 7);
        assert_int_equal(cc_match_tried_at(m), at);
    }
}

typedef struct {
    const char *before, *after; /* the regex: "{value}" between them */
    gboolean opens;             /* with "{value}", past lookbehinds */
    const char *subject;
    const char *mentions[3];    /* by their text, each its first occurrence */
} OpensCase;

static const OpensCase opens_cases[] = {
    {"(?<![\\w-])", "(?![\\w-])\\s+treaty", TRUE, "The June 2024 treaty and the 2000 treaty.",
     {"June 2024", "2024", "2000"}},
    {"(?<![\\w,.-])(?<!\\()", "\\s*[:\\x{2014}]\\s+the\\s+number", TRUE,
     "11,000: the number (12,000: the number).", {"11,000", "000", "12,000"}},
    /* a class holding ')' and a nested group inside the lookbehind */
    {"(?<![)\\w](?:x))", "\\s+troops", TRUE, "About 500 troops, x600 troops.", {"500", "600"}},
    {"(?<![[:alpha:])])", "\\s+troops", TRUE, "About 500 troops.", {"About 500", "500"}},
    /* text before the value: a match starts before the mention */
    {"(?:the\\s+)?", "\\s+treaty", FALSE, "The June 2024 treaty.", {"June 2024"}},
    {"(?<=on\\s)(?:the\\s+)?", "(?![\\w-])", FALSE, "Signed on the 5th.", {"5th"}},
    /* an alternative outside the groups may start anywhere */
    {"(?<![\\w-])", "\\s+treaty|pact", FALSE, "The 2024 treaty, a pact.", {"2024"}},
    {"", "\\s+treaty|[|(]pact", FALSE, "A (pact).", {"A"}},
    {"(?<![\\w|-])", "\\s+(?:treaty|pact)", TRUE, "The 2024 pact.", {"2024"}},
};

/* A pattern that opens with "{value}" past its lookbehinds is tried at the
 * mentions' starts alone; it finds what the same pattern searched at every
 * byte finds (the regex behind "(?:)", which hides its opening). */
static void
test_opens_with_value(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(opens_cases); i++) {
        const OpensCase *c = &opens_cases[i];
        g_autofree char *regex = g_strconcat(c->before, CC_VALUE_REGEX, c->after, NULL);
        g_autofree char *hidden = g_strconcat("(?:)", regex, NULL);
        g_autoptr(CcPattern) p = cc_pattern_new(regex, NULL, NULL);
        g_autoptr(CcPattern) q = cc_pattern_new(hidden, NULL, NULL);
        assert_non_null(p);
        assert_non_null(q);
        cc_pattern_set_value_pass(p);
        cc_pattern_set_value_pass(q);
        if (cc_pattern_opens_with_value(p) != c->opens || cc_pattern_opens_with_value(q))
            fail_msg("case %u: opens with its value %d, want %d", i,
                     cc_pattern_opens_with_value(p), c->opens);
        CcSpan mentions[3];
        guint n = 0;
        for (; n < G_N_ELEMENTS(c->mentions) && c->mentions[n] != NULL; n++) {
            mentions[n].start = (gsize)(strstr(c->subject, c->mentions[n]) - c->subject);
            mentions[n].end = mentions[n].start + strlen(c->mentions[n]);
        }
        g_autoptr(CcMatch) mp = cc_match_new(p);
        g_autoptr(CcMatch) mq = cc_match_new(q);
        cc_match_set_mentions(mp, mentions, n);
        cc_match_set_mentions(mq, mentions, n);
        gsize len = strlen(c->subject);
        guint found = 0;
        for (gsize at = 0; at <= len; at++) {
            gboolean a = cc_pattern_match(p, mp, c->subject, len, at) == CC_MATCH_FOUND;
            gboolean b = cc_pattern_match(q, mq, c->subject, len, at) == CC_MATCH_FOUND;
            gsize as = 0, ae = 0, bs = 0, be = 0;
            if (a)
                cc_match_group(mp, 0, &as, &ae);
            if (b)
                cc_match_group(mq, 0, &bs, &be);
            if (a != b || as != bs || ae != be)
                fail_msg("case %u from %zu: [%zu, %zu) found %d, searched [%zu, %zu) found %d", i,
                         at, as, ae, a, bs, be, b);
            found += a;
        }
        assert_true(found > 0);
    }
}

typedef struct {
    const char *before, *after; /* the regex: "{value}" between them */
    const char *subject;
    const char *mention;        /* its first occurrence; NULL: none */
    gboolean may;               /* cc_pattern_tail_may_match() */
} TailCase;

static const TailCase tail_cases[] = {
    /* the words after the value nowhere, or only inside a word */
    {"(?<![\\w,.-])", "\\s*[:\\x{2014}]\\s+the\\s+number", "About 11,000 troops were sent.",
     "11,000", FALSE},
    {"(?<![\\w-])", "(?![\\w-])\\s+(?:treaty|pact)(?![\\w-])", "Its impact was felt in 2024.",
     "2024", FALSE},
    /* there, after a value or not */
    {"(?<![\\w,.-])", "\\s*[:\\x{2014}]\\s+the\\s+number", "11,000: the number.", "11,000",
     TRUE},
    {"(?<![\\w-])", "(?![\\w-])\\s+(?:treaty|pact)(?![\\w-])", "In 2024 they cited the treaty.",
     "2024", TRUE},
    /* a tail not read alone: it refers to a group before it (here the
     * value: "2024 and 2024" matches), or holds a verb that ends the
     * search where it fails once (here at " pact"; the pattern tried at
     * the mention matches), or may match no text */
    {"(?<![\\w-])", "\\s+(\\w+)\\s+\\1", "In 2024 and 2024.", "2024", TRUE},
    {"(?<![\\w-])", "\\s+(*COMMIT)treaty", "A pact. In 2024 treaty.", "2024", TRUE},
    {"(?<![\\w-])", "(?![\\w-])", "In 2024.", NULL, TRUE},
    /* not opening with the value: no tail */
    {"in\\s+", "\\s+treaty", "In 2024.", "2024", TRUE},
};

/* A pattern opening with "{value}" whose tail, searched alone, is nowhere
 * in a sentence does not match there, and the gate closes only where the
 * tail reads alone as it does in the pattern. */
static void
test_tail_gate(void **state)
{
    (void)state;
    for (guint i = 0; i < G_N_ELEMENTS(tail_cases); i++) {
        const TailCase *c = &tail_cases[i];
        g_autofree char *regex = g_strconcat(c->before, CC_VALUE_REGEX, c->after, NULL);
        g_autoptr(CcPattern) p = cc_pattern_new(regex, NULL, NULL);
        assert_non_null(p);
        cc_pattern_set_value_pass(p);
        CcSpan mention = {0, 0};
        if (c->mention != NULL) {
            mention.start = (gsize)(strstr(c->subject, c->mention) - c->subject);
            mention.end = mention.start + strlen(c->mention);
        }
        g_autoptr(CcMatch) m = cc_match_new(p);
        cc_match_set_mentions(m, &mention, c->mention != NULL);
        gsize len = strlen(c->subject);
        gboolean may = cc_pattern_tail_may_match(p, m, c->subject, len);
        if (may != c->may)
            fail_msg("case %u \"%s\": the tail may match %d, want %d", i, c->subject, may, c->may);
        if (!may && cc_pattern_match(p, m, c->subject, len, 0) == CC_MATCH_FOUND)
            fail_msg("case %u \"%s\": gate closed, and the pattern matches", i, c->subject);
    }
    /* a backreference's pattern matches where its tail alone does not */
    g_autofree char *regex = g_strconcat("(?<![\\w-])", CC_VALUE_REGEX, "\\s+(\\w+)\\s+\\1", NULL);
    g_autoptr(CcPattern) p = cc_pattern_new(regex, NULL, NULL);
    cc_pattern_set_value_pass(p);
    g_autoptr(CcMatch) m = cc_match_new(p);
    CcSpan mention = {3, 7};
    cc_match_set_mentions(m, &mention, 1);
    assert_int_equal(cc_pattern_match(p, m, "In 2024 and 2024.", 17, 0), CC_MATCH_FOUND);
}

/* Every pattern and "except" pattern of the shipped rules has a start
 * PCRE2 knows (a first code unit or a bitmap of first bytes), so that its
 * own search skips the places no match can start: no start set is read
 * from the regex. (The value pass's mentions are the scanners' to find.) */
static void
test_shipped_rules_know_their_start(void **state)
{
    (void)state;
    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    g_autoptr(GError) error = NULL;
    if (!cc_ruleset_load(rules, CC_SOURCE_DIR "/rules", &error)
        || !cc_ruleset_compile(rules, &error))
        fail_msg("%s", error->message);
    GPtrArray *all = cc_ruleset_rules(rules);
    guint patterns = 0, unknown = 0;
    for (guint i = 0; i < all->len; i++) {
        const CcRule *rule = all->pdata[i];
        GPtrArray *lists[] = {rule->patterns, rule->exceptions};
        for (guint l = 0; l < G_N_ELEMENTS(lists); l++)
            for (guint j = 0; j < lists[l]->len; j++) {
                patterns++;
                if (!cc_pattern_knows_its_start(lists[l]->pdata[j]) && unknown++ < 10)
                    print_error("rule %s %s %u: PCRE2 knows no start\n", rule->id,
                                l == 0 ? "pattern" : "except", j + 1);
            }
    }
    print_message("%u patterns, %u without a known start\n", patterns, unknown);
    assert_true(patterns > 40); /* the shipped packs were read */
    assert_int_equal(unknown, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compile),
        cmocka_unit_test(test_match),
        cmocka_unit_test(test_groups_and_start),
        cmocka_unit_test(test_jit),
        cmocka_unit_test(test_catastrophic_backtracking),
        cmocka_unit_test(test_start_limit),
        cmocka_unit_test(test_start_limit_before_k),
        cmocka_unit_test(test_opens_with_value),
        cmocka_unit_test(test_tail_gate),
        cmocka_unit_test(test_shipped_rules_know_their_start),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

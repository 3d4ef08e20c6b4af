/* SPDX-License-Identifier: MIT */
/* test_value.c: value intervals — overlap, containment, display — and the
 * Julian-day helpers. Table-driven; a failing row names itself. */
#include <claimcheck/claimcheck.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "internal.h"

#define OPEN (-1e300) /* marks an open end in the tables below */

static CcValue
iv(double low, double high)
{
    CcValue v;
    cc_value_set_number(&v, 0);
    v.has_low = low != OPEN;
    v.has_high = high != OPEN;
    v.low = v.has_low ? low : 0;
    v.high = v.has_high ? high : 0;
    return v;
}

typedef struct {
    const char *name;
    double al, ah;
    gboolean a_low_strict, a_high_strict;
    double bl, bh;
    gboolean overlaps, a_contains_b;
} PairCase;

static const PairCase pair_cases[] = {
    {"equal points", 11000, 11000, 0, 0, 11000, 11000, TRUE, TRUE},
    {"disjoint points", 8000, 8000, 0, 0, 11000, 11000, FALSE, FALSE},
    {"vague contains point", 2000, 19999, 0, 0, 8000, 8000, TRUE, TRUE},
    {"range overlaps range", 10000, 12000, 0, 0, 11500, 13000, TRUE, FALSE},
    {"touching ends", 10, 20, 0, 0, 20, 30, TRUE, FALSE},
    {"strict end excludes touch", 10, 20, 0, 1, 20, 30, FALSE, FALSE},
    {"open high above", 3000, OPEN, 1, 0, 5000, 5000, TRUE, TRUE},
    {"open high vs below", 3000, OPEN, 1, 0, 2000, 2000, FALSE, FALSE},
    {"strict low vs its bound", 3000, OPEN, 1, 0, 3000, 3000, FALSE, FALSE},
    {"open low", OPEN, 30, 0, 0, 12, 12, TRUE, TRUE},
    {"both open", OPEN, OPEN, 0, 0, 1, 1, TRUE, TRUE},
    {"point inside does not contain range", 11000, 11000, 0, 0, 10000, 12000, TRUE, FALSE},
};

static void
test_pairs(void **state)
{
    (void)state;
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(pair_cases); i++) {
        const PairCase *c = &pair_cases[i];
        CcValue a = iv(c->al, c->ah), b = iv(c->bl, c->bh);
        a.low_strict = c->a_low_strict;
        a.high_strict = c->a_high_strict;
        gboolean o = cc_value_overlaps(&a, &b), o2 = cc_value_overlaps(&b, &a);
        gboolean k = cc_value_contains(&a, &b);
        if (o != c->overlaps || o2 != c->overlaps || k != c->a_contains_b) {
            print_error("case %u \"%s\": overlaps %d/%d (want %d), contains %d (want %d)\n", i,
                        c->name, o, o2, c->overlaps, k, c->a_contains_b);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

static void
test_display(void **state)
{
    (void)state;
    static const struct {
        double low, high;
        gboolean strict, approx;
        const char *unit, *want;
    } cases[] = {
        {11000, 11000, 0, 0, NULL, "11,000"},
        {11000, 11000, 0, 1, "person", "~11,000 person"},
        {10000, 12000, 0, 0, NULL, "10,000–12,000"},
        {3000, OPEN, 1, 0, NULL, "> 3,000"},
        {100, OPEN, 0, 0, NULL, "≥ 100"},
        {1.5, 1.5, 0, 0, NULL, "1.5"},
        {1234567.25, 1234567.25, 0, 0, NULL, "1,234,567.25"},
        {-40, -40, 0, 0, NULL, "-40"},
        {0, 0, 0, 0, NULL, "0"},
        /* Whole numbers are written without printf: the groups' edges. */
        {999, 999, 0, 0, NULL, "999"},
        {1000, 1000, 0, 0, NULL, "1,000"},
        {100000, 100000, 0, 0, NULL, "100,000"},
        {-1234567, -1234567, 0, 0, NULL, "-1,234,567"},
        {-0.0, -0.0, 0, 0, NULL, "0"},
        {999999999999999, 999999999999999, 0, 0, NULL, "999,999,999,999,999"},
        {1e15, 1e15, 0, 0, NULL, "1e+15"},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        CcValue v = iv(cases[i].low, cases[i].high);
        v.low_strict = cases[i].strict;
        v.approx = cases[i].approx;
        v.unit = cases[i].unit;
        g_autofree char *got = cc_value_to_display(&v);
        if (g_strcmp0(got, cases[i].want) != 0) {
            print_error("case %u \"%s\": got \"%s\"\n", i, cases[i].want, got);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

static void
test_days(void **state)
{
    (void)state;
    static const struct {
        const char *iso;
        gboolean valid;
    } cases[] = {
        {"2022-02-24", TRUE}, {"2024-02-29", TRUE}, {"2023-02-29", FALSE},
        {"2024-13-01", FALSE}, {"2024-1-01", FALSE}, {"", FALSE},
        {"0000-01-01", FALSE}, {"9999-12-31", TRUE}, {"2024-06-19x", FALSE},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        guint32 day = 0;
        gboolean ok = cc_day_from_iso(cases[i].iso, &day);
        if (ok != cases[i].valid) {
            print_error("case %u \"%s\": valid %d\n", i, cases[i].iso, ok);
            bad++;
            continue;
        }
        if (ok) {
            g_autofree char *back = cc_day_to_iso(day);
            if (strcmp(back, cases[i].iso) != 0) {
                print_error("case %u \"%s\": round trip gave %s\n", i, cases[i].iso, back);
                bad++;
            }
        }
    }
    assert_int_equal(bad, 0);
    assert_int_equal(cc_days_in_month(2024, 2), 29);
    assert_int_equal(cc_days_in_month(2023, 2), 28);
    assert_int_equal(cc_day_from_ymd(2022, 2, 24) - cc_day_from_ymd(2022, 2, 1), 23);
    CcValue feb;
    cc_value_set_days(&feb, cc_day_from_ymd(2022, 2, 1), cc_day_from_ymd(2022, 2, 28));
    g_autofree char *shown = cc_value_to_display(&feb);
    assert_string_equal(shown, "2022-02-01 – 2022-02-28");
}

/* The day arithmetic against GDate's, for every day of years 1 to 9999,
 * every day of month up to 31 (the invalid ones refused by both), and
 * days past 9999-12-31 (which GDate still names). */
static void
test_days_against_gdate(void **state)
{
    (void)state;
    guint bad = 0;
    guint32 expect = 1;
    for (int y = 1; y <= 9999 && bad < 10; y++) {
        for (int m = 1; m <= 12; m++) {
            if (cc_days_in_month(y, m) != g_date_get_days_in_month((GDateMonth)m, (GDateYear)y)) {
                print_error("%04d-%02d: %d days, GDate %d\n", y, m, cc_days_in_month(y, m),
                            g_date_get_days_in_month((GDateMonth)m, (GDateYear)y));
                bad++;
            }
            for (int d = 1; d <= 31; d++) {
                gboolean valid = g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
                guint32 day = cc_day_from_ymd(y, m, d);
                if (!valid) {
                    if (day != 0) {
                        print_error("%04d-%02d-%02d: day %u, GDate none\n", y, m, d, day);
                        bad++;
                    }
                    continue;
                }
                GDate g;
                g_date_clear(&g, 1);
                g_date_set_dmy(&g, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
                int by, bm, bd;
                cc_day_to_ymd(day, &by, &bm, &bd);
                if (day != g_date_get_julian(&g) || day != expect || by != y || bm != m
                    || bd != d) {
                    print_error("%04d-%02d-%02d: day %u (GDate %u), back %04d-%02d-%02d\n", y, m,
                                d, day, g_date_get_julian(&g), by, bm, bd);
                    bad++;
                }
                expect++;
            }
        }
    }
    for (guint32 day = 3652060; day < 3652060 + 800; day++) {
        GDate g;
        g_date_clear(&g, 1);
        g_date_set_julian(&g, day);
        int y, m, d;
        cc_day_to_ymd(day, &y, &m, &d);
        if (y != g_date_get_year(&g) || m != (int)g_date_get_month(&g)
            || d != g_date_get_day(&g)) {
            print_error("day %u: %d-%d-%d\n", day, y, m, d);
            bad++;
        }
    }
    int y, m, d;
    cc_day_to_ymd(0, &y, &m, &d);
    assert_true(y == 0 && m == 0 && d == 0);
    assert_int_equal(cc_day_from_ymd(0, 1, 1), 0);
    assert_int_equal(cc_day_from_ymd(10000, 1, 1), 0);
    assert_int_equal(cc_day_from_ymd(2024, 0, 1), 0);
    assert_int_equal(cc_day_from_ymd(2024, 1, 0), 0);
    assert_int_equal(bad, 0);
}

static void
test_closed(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        double low, high;
        gboolean low_strict, high_strict;
        const char *unit;
        double want_low, want_high;
        gboolean want_low_strict, want_high_strict;
    } cases[] = {
        {"more than 3,000 people", 3000, OPEN, 1, 0, "person", 3001, OPEN, 0, 0},
        {"fewer than 50 shells", 0, 50, 0, 1, "shell", 0, 49, 0, 0},
        {"more than 3,000, no unit", 3000, OPEN, 1, 0, NULL, 3001, OPEN, 0, 0},
        {"more than 2.5 people stays", 2.5, OPEN, 1, 0, "person", 2.5, OPEN, 1, 0},
        {"more than 5 km stays strict", 5000, OPEN, 1, 0, "m", 5000, OPEN, 1, 0},
        {"under $6 billion stays strict", 0, 6e9, 0, 1, "USD", 0, 6e9, 0, 1},
        {"closed bounds untouched", 10, 12, 0, 0, "person", 10, 12, 0, 0},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        CcValue v = iv(cases[i].low, cases[i].high);
        v.low_strict = cases[i].low_strict;
        v.high_strict = cases[i].high_strict;
        v.unit = cases[i].unit;
        CcValue c = cc_value_closed(&v);
        if ((c.has_low && c.low != cases[i].want_low) || (c.has_high && c.high != cases[i].want_high)
            || c.low_strict != cases[i].want_low_strict
            || c.high_strict != cases[i].want_high_strict) {
            print_error("case %u \"%s\": got [%g%s, %g%s]\n", i, cases[i].name, c.low,
                        c.low_strict ? " strict" : "", c.high, c.high_strict ? " strict" : "");
            bad++;
        }
    }
    assert_int_equal(bad, 0);
    /* Days are whole things: "before 1 March" closes on 28 February. */
    CcValue d;
    cc_value_set_days(&d, 0, cc_day_from_ymd(2023, 3, 1));
    d.has_low = FALSE;
    d.high_strict = TRUE;
    CcValue dc = cc_value_closed(&d);
    assert_int_equal((guint32)dc.high, cc_day_from_ymd(2023, 2, 28));
    assert_false(cc_unit_is_continuous("person"));
    assert_false(cc_unit_is_continuous(NULL));
    assert_true(cc_unit_is_continuous("usd"));
    assert_true(cc_unit_is_continuous("CHF")); /* any ISO currency code */
    assert_true(cc_unit_is_continuous("m/s")); /* a rate */
    assert_true(cc_unit_is_continuous("m3"));
    assert_false(cc_unit_is_continuous("shell"));
    assert_false(cc_unit_is_continuous("Bob")); /* not three capitals */
}

static void
test_utf8_chars(void **state)
{
    (void)state;
    assert_int_equal(cc_utf8_count_chars("abc", 3), 3);
    assert_int_equal(cc_utf8_count_chars("Pyongyang’s", strlen("Pyongyang’s")), 11);
    assert_int_equal(cc_utf8_count_chars("\xff\xfe", 2), 2);
    assert_int_equal(cc_utf8_count_chars("", 0), 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pairs),
        cmocka_unit_test(test_display),
        cmocka_unit_test(test_days),
        cmocka_unit_test(test_days_against_gdate),
        cmocka_unit_test(test_closed),
        cmocka_unit_test(test_utf8_chars),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

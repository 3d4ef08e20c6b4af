/* SPDX-License-Identifier: MIT */
/* test_scoring.c: the conformance scoring rules on synthetic records —
 * interval equality, alternatives, span outcomes, spurious records, the
 * CQE one-to-one value matching, and the suite reader. */
#include "peer.h"

#include <claimcheck/error.h>
#include <claimcheck/lexicon.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>
#include <cmocka.h>

#define OPEN NAN

/* A number interval; NAN for an open (null) end. */
static PeerInterval
num(double low, double high, gboolean low_open, gboolean high_open)
{
    PeerInterval iv = {.kind = CC_VALUE_NUMBER, .low_open = low_open, .high_open = high_open};
    iv.has_low = !isnan(low);
    iv.has_high = !isnan(high);
    iv.low = iv.has_low ? low : 0;
    iv.high = iv.has_high ? high : 0;
    return iv;
}

static guint32
day(const char *iso)
{
    guint32 d = 0;
    g_assert(cc_day_from_iso(iso, &d));
    return d;
}

static PeerInterval
days(const char *low, const char *high)
{
    PeerInterval iv = {.kind = CC_VALUE_DATE};
    iv.has_low = low != NULL;
    iv.has_high = high != NULL;
    iv.low = low ? day(low) : 0;
    iv.high = high ? day(high) : 0;
    return iv;
}

/* A record value; NAN for an open end. */
static CcValue
val(double low, double high, gboolean low_strict, gboolean high_strict, const char *unit)
{
    CcValue v = {.kind = CC_VALUE_NUMBER, .low_strict = low_strict, .high_strict = high_strict};
    v.has_low = !isnan(low);
    v.has_high = !isnan(high);
    v.low = v.has_low ? low : 0;
    v.high = v.has_high ? high : 0;
    v.unit = unit ? g_intern_string(unit) : NULL;
    return v;
}

static CcValue
converted(double low, double high, const char *unit, double orig, const char *orig_unit)
{
    CcValue v = val(low, high, FALSE, FALSE, unit);
    v.orig_low = v.orig_high = orig;
    v.orig_unit = g_intern_string(orig_unit);
    return v;
}

/* A change to @to from @from. */
static CcValue
changed(double to, double from, const char *unit)
{
    CcValue v = val(to, to, FALSE, FALSE, unit);
    v.has_from = TRUE;
    v.from = from;
    return v;
}

/* A change stated in another unit ("from 208 pounds to 193", kept in kg). */
static CcValue
changed_stated(double to, double from, double stated_to, double stated_from)
{
    CcValue v = changed(to, from, "kg");
    v.orig_low = v.orig_high = stated_to;
    v.orig_from = stated_from;
    v.orig_unit = g_intern_string("pounds");
    return v;
}

static CcValue
dval(const char *low, const char *high)
{
    CcValue v = {.kind = CC_VALUE_DATE};
    v.has_low = low != NULL;
    v.has_high = high != NULL;
    v.low = low ? day(low) : 0;
    v.high = high ? day(high) : 0;
    return v;
}

static const char *
verdict_name(PeerVerdict v)
{
    return v == PEER_EQUAL ? "equal" : v == PEER_KNOWN_DIFFERENCE ? "known difference" : "different";
}

/* ------------------------------------------------------ interval equality */

typedef struct {
    const char *name;
    PeerInterval expected;
    CcValue got;
    PeerVerdict want;
} EqualityCase;

static void
test_value_compare(void **state)
{
    (void)state;
    const EqualityCase cases[] = {
        {"exact 200", num(200, 200, 0, 0), val(200, 200, 0, 0, NULL), PEER_EQUAL},
        {"200 against 201", num(200, 200, 0, 0), val(201, 201, 0, 0, NULL), PEER_DIFFERENT},
        {"relative 1e-9 is equal", num(1e9, 1e9, 0, 0), val(1e9 + 1, 1e9 + 1, 0, 0, NULL),
         PEER_EQUAL},
        {"relative 1e-5 is not", num(100, 100, 0, 0), val(100.001, 100.001, 0, 0, NULL),
         PEER_DIFFERENT},
        {"zero", num(0, 0, 0, 0), val(0, 0, 0, 0, NULL), PEER_EQUAL},
        {"zero against 1e-9", num(0, 0, 0, 0), val(1e-9, 1e-9, 0, 0, NULL), PEER_DIFFERENT},
        {"negative", num(-10, 15, 0, 1), val(-10, 15, 0, 0, NULL), PEER_EQUAL},
        {"sign matters", num(-10, 15, 0, 1), val(10, 15, 0, 0, NULL), PEER_DIFFERENT},
        {"[20,30) against [20,30]", num(20, 30, 0, 1), val(20, 30, 0, 0, NULL), PEER_EQUAL},
        {"[20,30] against (20,30)", num(20, 30, 0, 0), val(20, 30, 1, 1, NULL), PEER_EQUAL},
        {"(20,null) against strict 20", num(20, OPEN, 1, 0), val(20, OPEN, 1, 0, NULL), PEER_EQUAL},
        {"(20,null) against closed 20", num(20, OPEN, 1, 0), val(20, OPEN, 0, 0, NULL), PEER_EQUAL},
        {"(20,null) against [21,null]", num(20, OPEN, 1, 0), val(21, OPEN, 0, 0, NULL), PEER_EQUAL},
        {"[21,null] against strict 20", num(21, OPEN, 0, 0), val(20, OPEN, 1, 0, NULL), PEER_EQUAL},
        {"(20,null) against [22,null]", num(20, OPEN, 1, 0), val(22, OPEN, 0, 0, NULL),
         PEER_DIFFERENT},
        {"(20,null) against [19,null]", num(20, OPEN, 1, 0), val(19, OPEN, 0, 0, NULL),
         PEER_DIFFERENT},
        {"(20.5,null) against [21.5,null]", num(20.5, OPEN, 1, 0), val(21.5, OPEN, 0, 0, NULL),
         PEER_DIFFERENT},
        {"(null,30) against [null,29]", num(OPEN, 30, 0, 1), val(OPEN, 29, 0, 0, NULL), PEER_EQUAL},
        {"(null,30) against [null,31]", num(OPEN, 30, 0, 1), val(OPEN, 31, 0, 0, NULL),
         PEER_DIFFERENT},
        {"open end against a closed one", num(20, OPEN, 1, 0), val(20, 30, 0, 0, NULL),
         PEER_DIFFERENT},
        {"closed end against an open one", num(20, 30, 0, 0), val(OPEN, 30, 0, 0, NULL),
         PEER_DIFFERENT},
        {"up to 700 as [0,700]", num(OPEN, 700, 0, 0), val(0, 700, 0, 0, NULL),
         PEER_KNOWN_DIFFERENCE},
        {"nearly 5000 as [4500,5000]", num(OPEN, 5000, 0, 1), val(4500, 5000, 0, 0, NULL),
         PEER_KNOWN_DIFFERENCE},
        {"up to 700 as [0,699] is wrong", num(OPEN, 700, 0, 0), val(0, 699, 0, 0, NULL),
         PEER_DIFFERENT},
        {"(null,700] against (null,700]", num(OPEN, 700, 0, 0), val(OPEN, 700, 0, 0, NULL),
         PEER_EQUAL},
        {"percent as N", num(40, 40, 0, 0), val(40, 40, 0, 0, "percent"), PEER_EQUAL},
        {"percent as N/100", num(40, 40, 0, 0), val(0.4, 0.4, 0, 0, "percent"), PEER_EQUAL},
        {"percent sign as N/100", num(40, 40, 0, 0), val(0.4, 0.4, 0, 0, "%"), PEER_EQUAL},
        {"N/100 needs a percent unit", num(40, 40, 0, 0), val(0.4, 0.4, 0, 0, "USD"),
         PEER_DIFFERENT},
        {"converted unit, figure as written", num(2, 2, 0, 0), converted(2000, 2000, "m", 2, "km"),
         PEER_EQUAL},
        {"converted unit, figure converted", num(2000, 2000, 0, 0),
         converted(2000, 2000, "m", 2, "km"), PEER_EQUAL},
        {"unconverted has no written figure", num(2, 2, 0, 0), val(2000, 2000, 0, 0, "m"),
         PEER_DIFFERENT},
        {"a number is not a date", num(2016, 2016, 0, 0), dval("2016-01-01", "2016-12-31"),
         PEER_DIFFERENT},
        {"a date is not a number", days("2016-01-01", "2016-12-31"), val(2016, 2016, 0, 0, NULL),
         PEER_DIFFERENT},
        {"same day", days("2019-01-04", "2019-01-04"), dval("2019-01-04", "2019-01-04"),
         PEER_EQUAL},
        {"a day off", days("2019-01-04", "2019-01-04"), dval("2019-01-05", "2019-01-05"),
         PEER_DIFFERENT},
        {"month", days("2022-02-01", "2022-02-28"), dval("2022-02-01", "2022-02-28"), PEER_EQUAL},
        {"month's end wrong", days("2022-02-01", "2022-02-28"), dval("2022-02-01", "2022-03-01"),
         PEER_DIFFERENT},
        {"date open high", days("2016-01-01", NULL), dval("2016-01-01", NULL), PEER_EQUAL},
        {"date open low", days(NULL, "2016-01-01"), dval(NULL, "2016-01-01"), PEER_EQUAL},
        {"date open against closed", days(NULL, "2016-01-01"), dval("2015-01-01", "2016-01-01"),
         PEER_KNOWN_DIFFERENCE},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        PeerVerdict v = peer_value_compare(&cases[i].expected, &cases[i].got);
        if (v != cases[i].want) {
            g_autofree char *e = peer_interval_to_string(&cases[i].expected);
            g_autofree char *g = peer_value_to_string(&cases[i].got);
            print_error("case %u \"%s\": expected %s, got %s: %s, want %s\n", i, cases[i].name, e,
                        g, verdict_name(v), verdict_name(cases[i].want));
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* ----------------------------------------------------------- alternatives */

static void
test_alternatives(void **state)
{
    (void)state;
    PeerEntity e = {.value = days("2016-10-02", "2016-10-02")};
    e.alternatives = g_array_new(FALSE, TRUE, sizeof(PeerInterval));
    PeerInterval alts[] = {days("2016-10-02", "2016-10-02"), days("2017-10-02", "2017-10-02")};
    g_array_append_vals(e.alternatives, alts, G_N_ELEMENTS(alts));
    PeerEntity plain = {.value = days("2016-10-02", "2016-10-02")};

    const struct {
        const char *name;
        const PeerEntity *entity;
        CcValue got;
        PeerVerdict want;
    } cases[] = {
        {"first reading", &e, dval("2016-10-02", "2016-10-02"), PEER_EQUAL},
        {"second reading", &e, dval("2017-10-02", "2017-10-02"), PEER_EQUAL},
        {"no reading", &e, dval("2018-10-02", "2018-10-02"), PEER_DIFFERENT},
        {"second reading needs the list", &plain, dval("2017-10-02", "2017-10-02"),
         PEER_DIFFERENT},
        {"a number never", &e, val(2, 2, 0, 0, NULL), PEER_DIFFERENT},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        PeerVerdict v = peer_entity_compare(cases[i].entity, &cases[i].got);
        if (v != cases[i].want) {
            print_error("case %u \"%s\": %s, want %s\n", i, cases[i].name, verdict_name(v),
                        verdict_name(cases[i].want));
            bad++;
        }
    }
    g_array_unref(e.alternatives);
    assert_int_equal(bad, 0);
}

/* ------------------------------------------------- span outcome, spurious */

static CcClaim
record(gsize start, gsize end, CcValue v)
{
    CcClaim c = {.value = v, .span_start = start, .span_end = end, .rule = (char *)"core_number"};
    return c;
}

static void
test_span_outcome(void **state)
{
    (void)state;
    /* "He scores between negative ten and fifteen." expects [10, 42). */
    PeerEntity e = {.has_span = TRUE, .start = 10, .end = 42, .value = num(-10, 15, 0, 1)};
    PeerEntity up_to = {.has_span = TRUE, .start = 10, .end = 20, .value = num(OPEN, 700, 0, 0)};
    CcClaim right = record(10, 42, val(-10, 15, 0, 0, NULL));
    CcClaim right_elsewhere = record(0, 9, val(-10, 15, 0, 0, NULL));
    CcClaim wrong = record(19, 30, val(10, 10, 0, 0, NULL));
    CcClaim edge_after = record(42, 50, val(-10, 15, 0, 0, NULL));
    CcClaim edge_inside = record(41, 50, val(-10, 15, 0, 0, NULL));
    CcClaim zero_to_700 = record(10, 20, val(0, 700, 0, 0, NULL));
    PeerEntity feb30 = {.has_span = TRUE, .start = 10, .end = 21, .unresolved = TRUE,
                        .value = {.kind = CC_VALUE_DATE}};
    CcClaim feb30_read = record(10, 21, dval("2019-03-02", "2019-03-02"));

    const struct {
        const char *name;
        const PeerEntity *entity;
        CcClaim *records[3];
        PeerOutcome want;
        const CcClaim *witness;
    } cases[] = {
        {"no records", &e, {NULL}, PEER_MISSED, NULL},
        {"right value, other span", &e, {&right_elsewhere}, PEER_MISSED, NULL},
        {"touching end is not overlap", &e, {&edge_after}, PEER_MISSED, NULL},
        {"one byte of overlap", &e, {&edge_inside}, PEER_FOUND, &edge_inside},
        {"wrong value overlapping", &e, {&wrong}, PEER_WRONG_VALUE, &wrong},
        {"wrong then right", &e, {&wrong, &right}, PEER_FOUND, &right},
        {"known difference", &up_to, {&zero_to_700}, PEER_KNOWN, &zero_to_700},
        {"unresolved, nothing read", &feb30, {&right_elsewhere}, PEER_FOUND, NULL},
        {"unresolved, a value read", &feb30, {&feb30_read}, PEER_WRONG_VALUE, &feb30_read},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autoptr(GPtrArray) records = g_ptr_array_new();
        for (guint j = 0; j < 3 && cases[i].records[j]; j++)
            g_ptr_array_add(records, cases[i].records[j]);
        const CcClaim *witness = (const CcClaim *)&e; /* must be overwritten */
        PeerOutcome o = peer_entity_outcome(cases[i].entity, records, &witness);
        if (o != cases[i].want || witness != cases[i].witness) {
            print_error("case %u \"%s\": outcome %d (want %d), witness %s\n", i, cases[i].name, o,
                        cases[i].want, witness == cases[i].witness ? "right" : "wrong");
            bad++;
        }
    }

    g_autoptr(GPtrArray) expect = g_ptr_array_new();
    g_ptr_array_add(expect, &e);
    g_autoptr(GPtrArray) none = g_ptr_array_new();
    const struct {
        const char *name;
        const CcClaim *record;
        GPtrArray *expect;
        gboolean want;
    } spurious[] = {
        {"before the span", &right_elsewhere, expect, TRUE},
        {"after the span", &edge_after, expect, TRUE},
        {"overlapping, any value", &wrong, expect, FALSE},
        {"nothing expected", &right, none, TRUE},
    };
    for (guint i = 0; i < G_N_ELEMENTS(spurious); i++) {
        gboolean got = peer_record_spurious(spurious[i].record, spurious[i].expect);
        if (got != spurious[i].want) {
            print_error("spurious %u \"%s\": got %d\n", i, spurious[i].name, got);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* ------------------------------------------------------------ unit entities */

/* A unit entity of @suite expecting [n, n] of @unit, resolved through @lex. */
static PeerEntity
unit_entity(const char *suite, const char *unit, double n, const CcLexicon *lex)
{
    PeerEntity e = {.has_span = TRUE, .start = 0, .end = 10, .value = num(n, n, 0, 0)};
    e.unit = (char *)unit;
    peer_entity_resolve_unit(&e, suite, lex);
    return e;
}

static void
test_unit_entities(void **state)
{
    (void)state;
    g_autoptr(CcLexicon) lex = cc_lexicon_new();
    const char *units[][2] = {
        {"mile", "m 1609.344"}, {"meter", "m"},      {"pound", "kg 0.45359237"},
        {"£", "GBP"},           {"$", "USD"},        {"usd", "USD"},
        {"cents", "USD 0.01"},  {"percent", "percent"}, {"euro", "EUR"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(units); i++)
        assert_true(cc_lexicon_add(lex, "units", units[i][0], units[i][1], "test", i + 1, NULL));

    assert_string_equal(peer_unit_phrase("CurrencyModel", "Pound"), "£");
    assert_string_equal(peer_unit_phrase("DimensionModel", "Pound"), "pound");
    assert_string_equal(peer_unit_phrase("CurrencyModel", "United States dollar"), "usd");
    assert_string_equal(peer_unit_phrase("DimensionModel", "Mile"), "mile");

    PeerEntity mile = unit_entity("DimensionModel", "Mile", 5, lex);
    PeerEntity lb = unit_entity("DimensionModel", "Pound", 100, lex);
    PeerEntity gbp = unit_entity("CurrencyModel", "Pound", 100, lex);
    PeerEntity cent = unit_entity("CurrencyModel", "Cent", 50, lex);
    PeerEntity dollar = unit_entity("CurrencyModel", "Dollar", 10, lex);
    PeerEntity pct = unit_entity("PercentModel", "percent", 40, lex);
    PeerEntity pico = unit_entity("DimensionModel", "Picometer", 2, lex);
    PeerEntity bare = {.has_span = TRUE, .start = 0, .end = 10, .value = num(5, 5, 0, 0)};
    peer_entity_resolve_unit(&bare, "NumberModel", lex);
    assert_true(mile.needs_unit && mile.canon_unit == g_intern_string("m"));
    assert_true(pico.needs_unit && pico.canon_unit == NULL);
    assert_false(bare.needs_unit);

    const struct {
        const char *name;
        const PeerEntity *entity;
        CcValue got;
        PeerVerdict want;
    } cases[] = {
        {"5 miles as 8046.72 m", &mile, converted(8046.72, 8046.72, "m", 5, "miles"), PEER_EQUAL},
        {"5 miles, no unit", &mile, val(5, 5, 0, 0, NULL), PEER_DIFFERENT},
        {"5 miles, converted figure, no unit", &mile, val(8046.72, 8046.72, 0, 0, NULL),
         PEER_DIFFERENT},
        {"5 miles as 5 m", &mile, val(5, 5, 0, 0, "m"), PEER_DIFFERENT},
        {"5 miles as 8046.72 kg", &mile, val(8046.72, 8046.72, 0, 0, "kg"), PEER_DIFFERENT},
        {"5 miles as 8046.72 m, written 5 km", &mile, converted(8046.72, 8046.72, "m", 5, "km"),
         PEER_EQUAL},
        {"weight: 100 lb as kg", &lb, val(45.359237, 45.359237, 0, 0, "kg"), PEER_EQUAL},
        {"weight: 100 lb is no sterling", &lb, val(100, 100, 0, 0, "GBP"), PEER_DIFFERENT},
        {"money: £100", &gbp, val(100, 100, 0, 0, "GBP"), PEER_EQUAL},
        {"money: £100 is no weight", &gbp, val(45.359237, 45.359237, 0, 0, "kg"),
         PEER_DIFFERENT},
        {"money: £100 is no dollar", &gbp, val(100, 100, 0, 0, "USD"), PEER_DIFFERENT},
        {"money, no unit", &gbp, val(100, 100, 0, 0, NULL), PEER_DIFFERENT},
        {"50 cents as 0.5 USD", &cent, val(0.5, 0.5, 0, 0, "USD"), PEER_EQUAL},
        {"50 cents as 50 USD", &cent, val(50, 50, 0, 0, "USD"), PEER_DIFFERENT},
        {"10 dollars", &dollar, val(10, 10, 0, 0, "USD"), PEER_EQUAL},
        {"10 dollars as euros", &dollar, val(10, 10, 0, 0, "EUR"), PEER_DIFFERENT},
        {"40 percent", &pct, val(40, 40, 0, 0, "percent"), PEER_EQUAL},
        {"40 percent, no unit", &pct, val(40, 40, 0, 0, NULL), PEER_DIFFERENT},
        {"40 percent is no 0.4 percent", &pct, val(0.4, 0.4, 0, 0, "percent"), PEER_DIFFERENT},
        {"a unit claimcheck lacks", &pico, val(2, 2, 0, 0, "m"), PEER_DIFFERENT},
        {"a unit claimcheck lacks, no unit", &pico, val(2, 2, 0, 0, NULL), PEER_DIFFERENT},
        {"no unit expected, none read", &bare, val(5, 5, 0, 0, NULL), PEER_EQUAL},
        {"no unit expected, one read", &bare, val(5, 5, 0, 0, "m"), PEER_EQUAL},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        PeerVerdict v = peer_entity_compare(cases[i].entity, &cases[i].got);
        if (v != cases[i].want) {
            g_autofree char *g = peer_value_to_string(&cases[i].got);
            print_error("case %u \"%s\": got %s: %s, want %s\n", i, cases[i].name, g,
                        verdict_name(v), verdict_name(cases[i].want));
            bad++;
        }
    }

    /* On a span: a unitless record over the span is a wrong value, never found. */
    CcClaim unitless = record(0, 10, val(5, 5, 0, 0, NULL));
    CcClaim right = record(0, 10, converted(8046.72, 8046.72, "m", 5, "miles"));
    g_autoptr(GPtrArray) records = g_ptr_array_new();
    g_ptr_array_add(records, &unitless);
    const CcClaim *witness = NULL;
    if (peer_entity_outcome(&mile, records, &witness) != PEER_WRONG_VALUE || witness != &unitless) {
        print_error("a unitless record over the span is not a wrong value\n");
        bad++;
    }
    g_ptr_array_add(records, &right);
    if (peer_entity_outcome(&mile, records, &witness) != PEER_FOUND || witness != &right) {
        print_error("the record with the unit is not found\n");
        bad++;
    }

    /* Alternatives need the unit too. */
    PeerEntity alt = unit_entity("DimensionModel", "Mile", 5, lex);
    alt.alternatives = g_array_new(FALSE, TRUE, sizeof(PeerInterval));
    PeerInterval six = num(6, 6, 0, 0);
    g_array_append_val(alt.alternatives, six);
    CcValue six_m = val(6 * 1609.344, 6 * 1609.344, 0, 0, "m");
    CcValue six_bare = val(6, 6, 0, 0, NULL);
    if (peer_entity_compare(&alt, &six_m) != PEER_EQUAL
        || peer_entity_compare(&alt, &six_bare) != PEER_DIFFERENT) {
        print_error("an alternative reading ignores the unit\n");
        bad++;
    }
    g_array_unref(alt.alternatives);
    assert_int_equal(bad, 0);
}

/* ------------------------------------------------------------ CQE matching */

typedef struct {
    double low, high;
    const char *change;
} Gold;

#define MAX_ITEMS 4

static void
test_cqe_match(void **state)
{
    (void)state;
    const struct {
        const char *name;
        Gold gold[MAX_ITEMS];
        guint n_gold;
        CcValue preds[MAX_ITEMS];
        guint n_preds;
        guint want;
    } cases[] = {
        {"one for one", {{6, 6, "="}, {40, 40, "="}}, 2,
         {val(40, 40, 0, 0, NULL), val(6, 6, 0, 0, "USD")}, 2, 2},
        {"duplicate gold, one prediction", {{8, 8, "="}, {8, 8, "="}}, 2,
         {val(8, 8, 0, 0, NULL)}, 1, 1},
        {"one gold, duplicate predictions", {{8, 8, "="}}, 1,
         {val(8, 8, 0, 0, NULL), val(8, 8, 0, 0, NULL)}, 2, 1},
        {"duplicates both sides", {{8, 8, "="}, {8, 8, "="}, {9, 9, "="}}, 3,
         {val(8, 8, 0, 0, NULL), val(8, 8, 0, 0, NULL), val(8, 8, 0, 0, NULL)}, 3, 2},
        {"nothing predicted", {{8, 8, "="}}, 1, {{0}}, 0, 0},
        {"nothing gold", {{0, 0, NULL}}, 0, {val(5, 5, 0, 0, NULL)}, 1, 0},
        {"range against range", {{252, 287, "="}}, 1, {val(252, 287, 0, 0, NULL)}, 1, 1},
        {"range against its ends", {{252, 287, "="}}, 1,
         {val(252, 252, 0, 0, NULL), val(287, 287, 0, 0, NULL)}, 2, 0},
        {"single against a range", {{252, 252, "="}}, 1, {val(252, 287, 0, 0, NULL)}, 1, 0},
        {"more than 60, strict", {{60, 60, ">"}}, 1, {val(60, OPEN, 1, 0, NULL)}, 1, 1},
        {"more than 60 as [61,open]", {{60, 60, ">"}}, 1, {val(61, OPEN, 0, 0, NULL)}, 1, 1},
        {"exactly 61 is not more than 60", {{60, 60, ">"}}, 1, {val(61, 61, 0, 0, NULL)}, 1, 0},
        {"more than 60 needs the > mark", {{60, 60, "="}}, 1, {val(60, OPEN, 1, 0, NULL)}, 1, 0},
        {"> is the low end", {{60, 60, ">"}}, 1, {val(OPEN, 60, 0, 0, NULL)}, 1, 0},
        {"up to 700 as [0,700]", {{700, 700, "<"}}, 1, {val(0, 700, 0, 0, NULL)}, 1, 1},
        {"< is the high end", {{700, 700, "<"}}, 1, {val(700, OPEN, 0, 0, NULL)}, 1, 0},
        {"nearly 5000", {{5000, 5000, "~"}}, 1, {val(4500, 5000, 0, 0, NULL)}, 1, 1},
        {"about 19 per cent", {{19, 19, "~"}}, 1, {val(0.19, 0.19, 0, 0, "percent")}, 1, 1},
        {"rtol", {{58.24, 58.24, "="}}, 1, {val(58.2400001, 58.2400001, 0, 0, NULL)}, 1, 1},
        {"close is not equal", {{58.24, 58.24, "="}}, 1, {val(58.25, 58.25, 0, 0, NULL)}, 1, 0},
        {"a date never matches", {{2016, 2016, "="}}, 1, {dval("2016-01-01", "2016-12-31")}, 1,
         0},
        {"a fall, with where it started", {{2415, 2315, "down"}}, 1,
         {changed(2315, 2415, NULL)}, 1, 1},
        {"a fall needs where it started", {{2415, 2315, "down"}}, 1, {val(2315, 2315, 0, 0, NULL)},
         1, 0},
        {"a fall's figures both", {{2415, 2315, "down"}}, 1, {changed(2300, 2415, NULL)}, 1, 0},
        {"a fall, as stated", {{208, 193, "="}}, 1, {changed_stated(87.54, 94.35, 193, 208)}, 1, 1},
        {"a fall is no range", {{2415, 2315, "down"}}, 1, {val(2315, 2415, 0, 0, NULL)}, 1, 0},
        /* Greedy would give the exact 60 to the ">" gold first and leave
         * the "=" gold with nothing; a maximum matching finds both. */
        {"maximum, not greedy", {{60, 60, ">"}, {60, 60, "="}}, 2,
         {val(60, 60, 0, 0, NULL), val(60, OPEN, 1, 0, NULL)}, 2, 2},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        PeerEntity ents[MAX_ITEMS] = {{0}};
        g_autoptr(GPtrArray) gold = g_ptr_array_new();
        g_autoptr(GPtrArray) preds = g_ptr_array_new();
        for (guint j = 0; j < cases[i].n_gold; j++) {
            ents[j].value = num(cases[i].gold[j].low, cases[i].gold[j].high, 0, 0);
            ents[j].change = (char *)cases[i].gold[j].change;
            g_ptr_array_add(gold, &ents[j]);
        }
        for (guint j = 0; j < cases[i].n_preds; j++)
            g_ptr_array_add(preds, (gpointer)&cases[i].preds[j]);
        int gm[MAX_ITEMS], pm[MAX_ITEMS];
        guint got = peer_cqe_match(gold, preds, gm, pm);
        /* The two sides of the matching agree with each other and the count. */
        guint pairs = 0;
        gboolean consistent = TRUE;
        for (guint j = 0; j < gold->len; j++)
            if (gm[j] >= 0) {
                pairs++;
                consistent &= pm[gm[j]] == (int)j;
            }
        for (guint j = 0; j < preds->len; j++)
            if (pm[j] >= 0)
                consistent &= gm[pm[j]] == (int)j;
        if (got != cases[i].want || pairs != got || !consistent) {
            print_error("case %u \"%s\": %u matched (want %u), %u pairs, %s\n", i, cases[i].name,
                        got, cases[i].want, pairs, consistent ? "consistent" : "inconsistent");
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* A change to one figure is two predictions, or one when it matches a gold
 * change as one. */
static void
test_cqe_changes(void **state)
{
    (void)state;
    CcValue fall = changed(2315, 2415, "USD");
    CcValue rise_to = changed(7.36e9, 6.78e9, "USD");
    CcValue rise_span = val(20, 29, 0, 0, "mpg");
    rise_span.has_from = TRUE;
    rise_span.from = 20;
    const struct {
        const char *name;
        Gold gold[MAX_ITEMS];
        guint n_gold;
        CcValue *pred;
        guint matched, predicted;
    } cases[] = {
        {"a fall matching the gold change", {{2415, 2315, "down"}}, 1, &fall, 1, 1},
        {"a rise to one figure, both golds", {{7.36e9, 7.36e9, "="}, {6.78e9, 6.78e9, "="}}, 2,
         &rise_to, 2, 2},
        {"a rise to one figure, one gold", {{7.36e9, 7.36e9, "="}}, 1, &rise_to, 1, 2},
        {"a fall, only the figure it came to in gold", {{2315, 2315, "="}}, 1, &fall, 1, 2},
        {"a rise read as its span is one prediction", {{20, 29, "="}}, 1, &rise_span, 1, 1},
        {"nothing matched", {{5, 5, "="}}, 1, &fall, 0, 2},
    };
    guint bad = 0;
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        PeerEntity ents[MAX_ITEMS] = {{0}};
        g_autoptr(GPtrArray) gold = g_ptr_array_new();
        for (guint j = 0; j < cases[i].n_gold; j++) {
            ents[j].value = num(cases[i].gold[j].low, cases[i].gold[j].high, 0, 0);
            ents[j].change = (char *)cases[i].gold[j].change;
            g_ptr_array_add(gold, &ents[j]);
        }
        g_autoptr(GPtrArray) values = g_ptr_array_new();
        g_ptr_array_add(values, cases[i].pred);
        g_autoptr(PeerCqeScore) sc = peer_cqe_score(gold, values);
        if (sc->matched != cases[i].matched || sc->predicted != cases[i].predicted) {
            print_error("case %u \"%s\": %u matched of %u predicted (want %u of %u)\n", i,
                        cases[i].name, sc->matched, sc->predicted, cases[i].matched,
                        cases[i].predicted);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* ------------------------------------------------------------ suite reader */

static char *
write_temp(const char *text)
{
    char *path = NULL;
    int fd = g_file_open_tmp("peer-XXXXXX.jsonl", &path, NULL);
    assert_true(fd >= 0);
    close(fd);
    assert_true(g_file_set_contents(path, text, -1, NULL));
    return path;
}

static void
test_suite_reader(void **state)
{
    (void)state;
    g_autofree char *good = write_temp(
        "{\"suite\": \"X\", \"id\": 4, \"input\": \"He scores between 20 and 30.\", "
        "\"expect\": [{\"text\": \"between 20 and 30\", \"start\": 10, \"end\": 27, \"low\": 20, "
        "\"high\": 30.0, \"low_open\": false, \"high_open\": true}]}\n"
        "\n"
        "{\"suite\": \"X\", \"id\": 5, \"input\": \"Oct/2\", \"ref_date\": \"2018-05-01\", "
        "\"expect\": [{\"type\": \"datetimeV2.date\", \"start\": 0, \"end\": 5, \"low\": "
        "\"2018-10-02\", \"high\": null, \"alternatives\": [[\"2017-10-02\", \"2017-10-02\"]]}]}\n");
    g_autoptr(GError) error = NULL;
    g_autoptr(PeerSuite) s = peer_suite_load(good, &error);
    assert_null(error);
    assert_non_null(s);
    assert_true(s->spans);
    assert_int_equal(s->cases->len, 2);
    const PeerCase *c0 = s->cases->pdata[0], *c1 = s->cases->pdata[1];
    assert_int_equal(c0->id, 4);
    assert_int_equal(c0->ref_day, day(PEER_DEFAULT_REF_DATE));
    const PeerEntity *e0 = c0->expect->pdata[0];
    assert_int_equal(e0->start, 10);
    assert_int_equal(e0->end, 27);
    assert_true(e0->value.kind == CC_VALUE_NUMBER && e0->value.low == 20 && e0->value.high == 30);
    assert_true(e0->value.high_open && !e0->value.low_open);
    assert_int_equal(c1->line, 3);
    assert_int_equal(c1->ref_day, day("2018-05-01"));
    const PeerEntity *e1 = c1->expect->pdata[0];
    assert_true(e1->value.kind == CC_VALUE_DATE && e1->value.has_low && !e1->value.has_high);
    assert_int_equal((guint32)e1->value.low, day("2018-10-02"));
    assert_int_equal(e1->alternatives->len, 1);
    g_unlink(good);

    const struct {
        const char *name;
        const char *text;
        const char *message; /* after "path:" */
    } bad[] = {
        {"not JSON", "{\"input\": \"a\", \"expect\": []}\n{oops\n", ":2:1: "},
        {"a date that is not a day", "{\"input\": \"ab\", \"expect\": [{\"type\": "
                                     "\"datetimeV2.date\", \"low\": \"soon\", \"high\": null}]}\n",
         ":1:1: \"low\" must be an ISO day"},
        {"no expect", "{\"input\": \"a\"}\n", ":1:1: a case needs"},
        {"span past the input", "{\"input\": \"ab\", \"expect\": [{\"start\": 1, \"end\": 3, "
                                "\"low\": 1, \"high\": 1}]}\n",
         ":1:1: span [1, 3) does not fit"},
        {"bad day", "{\"input\": \"ab\", \"expect\": [{\"type\": \"datetimeV2.date\", \"low\": "
                    "\"2018-13-40\", \"high\": null}]}\n",
         ":1:1: \"low\" must be an ISO day"},
        {"low a string in a number suite", "{\"input\": \"ab\", \"expect\": [{\"low\": true, "
                                           "\"high\": 1}]}\n",
         ":1:1: \"low\" must be a number"},
    };
    guint failures = 0;
    for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
        g_autofree char *path = write_temp(bad[i].text);
        g_autoptr(GError) err = NULL;
        g_autoptr(PeerSuite) got = peer_suite_load(path, &err);
        g_autofree char *want = g_strconcat(path, bad[i].message, NULL);
        if (got != NULL || err == NULL || !g_str_has_prefix(err->message, want)) {
            print_error("bad %u \"%s\": %s (want \"%s…\")\n", i, bad[i].name,
                        err ? err->message : "no error", want);
            failures++;
        }
        g_unlink(path);
    }
    assert_int_equal(failures, 0);
}

/* The suites as shipped read without error, with the sizes their README
 * gives; skipped where the checkout has no suites. */
static void
test_shipped_suites(void **state)
{
    (void)state;
    if (!g_file_test(CC_PEER_SPECS_DIR, G_FILE_TEST_IS_DIR))
        skip();
    const struct {
        const char *name;
        guint cases, entities;
        gboolean spans;
    } want[] = {
        {"CurrencyModel", 180, 190, TRUE},  {"DateTimeModel", 523, 550, TRUE},
        {"DimensionModel", 100, 91, TRUE},  {"NewsQuant", 590, 904, FALSE},
        {"NumberModel", 235, 259, TRUE},    {"NumberRangeModel", 87, 97, TRUE},
        {"PercentModel", 20, 15, TRUE},
    };
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) paths = peer_suite_paths(CC_PEER_SPECS_DIR, &error);
    assert_non_null(paths);
    assert_int_equal(paths->len, G_N_ELEMENTS(want));
    guint bad = 0;
    for (guint i = 0; i < paths->len; i++) {
        g_autoptr(PeerSuite) s = peer_suite_load(paths->pdata[i], &error);
        if (s == NULL) {
            print_error("%s\n", error->message);
            g_clear_error(&error);
            bad++;
            continue;
        }
        guint entities = 0;
        for (guint k = 0; k < s->cases->len; k++)
            entities += ((PeerCase *)s->cases->pdata[k])->expect->len;
        if (strcmp(s->name, want[i].name) != 0 || s->cases->len != want[i].cases
            || entities != want[i].entities || s->spans != want[i].spans) {
            print_error("suite %s: %u cases, %u entities, spans %d\n", s->name, s->cases->len,
                        entities, s->spans);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_value_compare), cmocka_unit_test(test_alternatives),
        cmocka_unit_test(test_span_outcome),  cmocka_unit_test(test_unit_entities),
        cmocka_unit_test(test_cqe_match),     cmocka_unit_test(test_cqe_changes),
        cmocka_unit_test(test_suite_reader),  cmocka_unit_test(test_shipped_suites),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT */
/* test_compare.c: the comparator — one row per rule of the finding
 * taxonomy (and its traps), then grouping, findings, consensus, order and a
 * 100,000-record key that must be clustered without relating all pairs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "internal.h"

#include <math.h>

/* A claim in one line of a table. Dates give lo/hi as YYYYMMDD. */
typedef struct {
    const char *source;
    const char *text;
    char type;          /* 'q' quantity, 'd' date, 'e' event */
    double lo, hi;
    const char *flags;  /* v vague, a approx, < open low, > open high, c cumulative, A abs tol */
    const char *modality; /* NULL: asserted */
    const char *attribution;
    const char *as_of;  /* NULL: unknown */
    const char *scope;
    double tol;         /* 0: the default */
    const char *unit;   /* NULL: "person" for quantities */
} Spec;

static guint32
ymd(double x)
{
    int v = (int)x;
    return cc_day_from_ymd(v / 10000, v / 100 % 100, v % 100);
}

static CcClaim *
claim_from_spec(const Spec *s, const char *key, guint n)
{
    CcClaim *c = cc_claim_new();
    c->source = g_strdup(s->source);
    c->id = g_strdup_printf("%s#%u", s->source, n);
    c->file = g_strdup_printf("%s.txt", s->source);
    c->rule = g_strdup("r");
    c->subject = g_strdup("north_korea");
    c->predicate = g_strdup("troops_deployed");
    c->key = g_strdup(key);
    c->text = g_strdup(s->text);
    c->span_start = 10 * n;
    c->span_end = 10 * n + 5;
    c->line = n;
    c->column = 1;
    const char *flags = s->flags ? s->flags : "";
    if (s->type == 'e') {
        c->type = CC_CLAIM_EVENT;
        memset(&c->value, 0, sizeof c->value);
    } else if (s->type == 'd') {
        c->type = CC_CLAIM_DATE;
        cc_value_set_days(&c->value, ymd(s->lo), ymd(s->hi));
    } else {
        c->type = CC_CLAIM_QUANTITY;
        cc_value_set_number(&c->value, s->lo);
        c->value.high = s->hi;
        c->value.unit = g_intern_string(s->unit ? s->unit : "person");
    }
    c->value.vague = strchr(flags, 'v') != NULL;
    c->value.approx = strchr(flags, 'a') != NULL;
    if (strchr(flags, '<'))
        c->value.has_low = FALSE;
    if (strchr(flags, '>'))
        c->value.has_high = FALSE;
    c->cumulative = strchr(flags, 'c') != NULL;
    c->tolerance_abs = strchr(flags, 'A') != NULL;
    c->tolerance = s->tol;
    if (s->modality)
        assert_true(cc_modality_from_string(s->modality, &c->modality));
    c->attribution = g_strdup(s->attribution);
    /* "FIRST..LAST": a date longer than a day, as_of and as_of_end */
    if (s->as_of && strstr(s->as_of, "..") != NULL) {
        g_auto(GStrv) ends = g_strsplit(s->as_of, "..", 2);
        assert_true(cc_day_from_iso(ends[0], &c->as_of));
        assert_true(cc_day_from_iso(ends[1], &c->as_of_end));
    } else if (s->as_of) {
        assert_true(cc_day_from_iso(s->as_of, &c->as_of));
    }
    c->scope = g_strdup(s->scope);
    c->window_days = 30;
    return c;
}

#define Q(src, text, lo, hi, flags) {src, text, 'q', lo, hi, flags, NULL, NULL, NULL, NULL, 0, NULL}
#define D(src, text, lo, hi, flags) {src, text, 'd', lo, hi, flags, NULL, NULL, NULL, NULL, 0, NULL}

static const struct {
    const char *name;
    Spec a, b;
    CcRelationType want;
    const char *why; /* a phrase the reason must hold */
} pairs[] = {
    {"equal exact", Q("003", "11,000 troops", 11000, 11000, ""),
     Q("004", "11,000 soldiers", 11000, 11000, ""), CC_RELATION_AGREEMENT, "values are equal"},
    {"within 5% tolerance", Q("003", "11,000", 11000, 11000, ""),
     Q("004", "11,500", 11500, 11500, ""), CC_RELATION_AGREEMENT, "within a tolerance of ±5%"},
    {"far apart", Q("003", "11,000", 11000, 11000, ""), Q("004", "3,000", 3000, 3000, ""),
     CC_RELATION_CONFLICT, "do not overlap even with a tolerance of ±5%"},
    {"just beyond tolerance", Q("003", "100", 100, 100, ""), Q("004", "112", 112, 112, ""),
     CC_RELATION_CONFLICT, "do not overlap"},
    {"approx doubles tolerance", Q("003", "about 100", 100, 100, "a"),
     Q("004", "109", 109, 109, ""), CC_RELATION_AGREEMENT, "±10% for 003 and ±5% for 004"},
    /* Each tolerance speaks of its own value: 112 is beyond 100 ±10% and 100
     * beyond 112 ±5%, so the two do not match (widening both would). */
    {"tolerances do not add up", Q("003", "about 100", 100, 100, "a"),
     Q("004", "112", 112, 112, ""), CC_RELATION_CONFLICT, "do not overlap even with tolerances"},
    /* a01 against a04's second official: 27% apart is no agreement, even
     * though both are "about" figures. */
    {"two approximations 27% apart", {"a01", "about 11,000", 'q', 11000, 11000, "a", "reported", "South Korea's spy agency", NULL, NULL, 0.1, NULL},
     {"a04", "some 8,000", 'q', 8000, 8000, "a", "reported", NULL, NULL, NULL, 0.1, NULL},
     CC_RELATION_CONFLICT, "do not overlap even with a tolerance of ±20%"},
    {"two approximations 4.5% apart", {"a01", "about 11,000", 'q', 11000, 11000, "a", NULL, NULL, NULL, NULL, 0.1, NULL},
     {"a04", "some 11,500", 'q', 11500, 11500, "a", NULL, NULL, NULL, NULL, 0.1, NULL},
     CC_RELATION_AGREEMENT, "match within a tolerance of ±20%"},
    {"range against an approximation below it", {"a02", "between 10,000 and 12,000", 'q', 10000, 12000, "", NULL, "Pentagon", NULL, NULL, 0.1, NULL},
     {"a04", "some 8,000", 'q', 8000, 8000, "a", NULL, NULL, NULL, NULL, 0.1, NULL},
     CC_RELATION_CONFLICT, "do not overlap"},
    {"absolute tolerance holds", {"003", "100 mm", 'q', 100, 100, "A", NULL, NULL, NULL, NULL, 5, "mm"},
     {"004", "104 mm", 'q', 104, 104, "A", NULL, NULL, NULL, NULL, 5, "mm"},
     CC_RELATION_AGREEMENT, "±5 mm"},
    {"absolute tolerance exceeded", {"003", "100 mm", 'q', 100, 100, "A", NULL, NULL, NULL, NULL, 5, "mm"},
     {"004", "111 mm", 'q', 111, 111, "A", NULL, NULL, NULL, NULL, 5, "mm"},
     CC_RELATION_CONFLICT, "±5 mm"},
    {"vague contains precise", Q("003", "thousands of soldiers", 2000, 19999, "v"),
     Q("004", "8,000 troops", 8000, 8000, ""), CC_RELATION_COMPATIBLE, "2,000–19,999 person contains 8,000"},
    {"vague excludes precise", Q("003", "thousands of soldiers", 2000, 19999, "v"),
     Q("004", "50,000 troops", 50000, 50000, ""), CC_RELATION_CONFLICT, "do not overlap"},
    {"more than 3,000 vs 5,000", Q("003", "more than 3,000", 3001, 0, ">"),
     Q("004", "5,000", 5000, 5000, ""), CC_RELATION_COMPATIBLE, "contains 5,000"},
    {"more than 3,000 vs 1,000", Q("003", "more than 3,000", 3001, 0, ">"),
     Q("004", "1,000", 1000, 1000, ""), CC_RELATION_CONFLICT, "do not overlap"},
    {"as many as 30 vs 25", Q("003", "as many as 30", 0, 30, "<"), Q("004", "25", 25, 25, ""),
     CC_RELATION_COMPATIBLE, "contains 25"},
    {"two open lower bounds", Q("003", "more than 3,000", 3001, 0, ">"),
     Q("004", "at least 5,000", 5000, 0, ">"), CC_RELATION_COMPATIBLE, "contains"},
    {"overlapping ranges", Q("003", "10,000 to 12,000", 10000, 12000, ""),
     Q("004", "11,000-13,000", 11000, 13000, ""), CC_RELATION_COMPATIBLE, "overlap"},
    {"same range", Q("003", "10,000 to 12,000", 10000, 12000, ""),
     Q("004", "between 10,000 and 12,000", 10000, 12000, ""), CC_RELATION_AGREEMENT, "same range"},
    {"disjoint ranges", Q("003", "1,000 to 2,000", 1000, 2000, ""),
     Q("004", "5,000 to 6,000", 5000, 6000, ""), CC_RELATION_CONFLICT, "do not overlap"},
    {"same day", D("003", "24 February 2022", 20220224, 20220224, ""),
     D("004", "Feb. 24, 2022", 20220224, 20220224, ""), CC_RELATION_AGREEMENT, "dates are the same"},
    {"dates a month apart", D("003", "24 February 2022", 20220224, 20220224, ""),
     D("004", "24 March 2022", 20220324, 20220324, ""), CC_RELATION_CONFLICT, "28 days apart, beyond a tolerance of 0 days"},
    {"month contains day", D("003", "February 2022", 20220201, 20220228, ""),
     D("004", "24 February 2022", 20220224, 20220224, ""), CC_RELATION_COMPATIBLE, "contains 2022-02-24"},
    {"dates within 3 days", {"003", "24 February", 'd', 20220224, 20220224, "A", NULL, NULL, NULL, NULL, 3, NULL},
     {"004", "26 February", 'd', 20220226, 20220226, "A", NULL, NULL, NULL, NULL, 3, NULL},
     CC_RELATION_AGREEMENT, "±3 days"},
    {"dates one day apart, exact", D("003", "24 February", 20220224, 20220224, ""),
     D("004", "25 February", 20220225, 20220225, ""), CC_RELATION_CONFLICT, "1 day apart"},
    {"dates far apart as_of is irrelevant",
     {"003", "24 February 2022", 'd', 20220224, 20220224, "", NULL, NULL, "2022-03-01", NULL, 0, NULL},
     {"004", "24 February 2022", 'd', 20220224, 20220224, "", NULL, NULL, "2024-11-05", NULL, 0, NULL},
     CC_RELATION_AGREEMENT, "same"},
    /* a total said "in March" is compared as of March's last day: after
     * one said on March 10, so that it grew, not shrank */
    {"a month's total after a day inside it",
     {"003", "4,000", 'q', 4000, 4000, "c", NULL, NULL, "2025-03-01..2025-03-31", NULL, 0, NULL},
     {"004", "3,000", 'q', 3000, 3000, "c", NULL, NULL, "2025-03-10", NULL, 0, NULL},
     CC_RELATION_UPDATE, "as of 2025-03-01 to 2025-03-31) and 004"},
    {"event asserted twice", {"003", "sent troops", 'e', 0, 0, "", NULL, NULL, NULL, NULL, 0, NULL},
     {"004", "deployed soldiers", 'e', 0, 0, "", NULL, NULL, NULL, NULL, 0, NULL},
     CC_RELATION_AGREEMENT, "both say it happened"},
    {"denial vs assertion", {"003", "sent troops", 'e', 0, 0, "", NULL, NULL, NULL, NULL, 0, NULL},
     {"004", "denied sending troops", 'e', 0, 0, "", "negated", "Pyongyang", NULL, NULL, 0, NULL},
     CC_RELATION_CONFLICT, "003 says it happened and 004 denies it"},
    {"two denials", {"003", "no troops", 'e', 0, 0, "", "negated", NULL, NULL, NULL, 0, NULL},
     {"004", "denied", 'e', 0, 0, "", "negated", NULL, NULL, NULL, 0, NULL},
     CC_RELATION_AGREEMENT, "both deny it"},
    /* a count says its event happened: a denial of the event contradicts
     * it, and nothing else of an event and a count is compared */
    {"denied event vs a count", Q("003", "about 11,000", 11000, 11000, "a"),
     {"004", "sent troops", 'e', 0, 0, "", "negated", "Pyongyang", NULL, NULL, 0, NULL},
     CC_RELATION_CONFLICT, "003 says it happened and 004 denies it"},
    {"asserted event vs a count", Q("003", "about 11,000", 11000, 11000, "a"),
     {"004", "sent troops", 'e', 0, 0, "", NULL, NULL, NULL, NULL, 0, NULL},
     CC_RELATION_NOT_COMPARABLE, "a quantity claim and the other an event claim"},
    {"denied event vs a hypothetical count",
     {"003", "could send 50,000", 'q', 50000, 50000, "", "hypothetical", NULL, NULL, NULL, 0, NULL},
     {"004", "sent troops", 'e', 0, 0, "", "negated", "Pyongyang", NULL, NULL, 0, NULL},
     CC_RELATION_NOT_COMPARABLE, "quantity claim"},
    {"denied event vs a rejected count",
     {"003", "12,000", 'q', 12000, 12000, "", "disputed", NULL, NULL, NULL, 0, NULL},
     {"004", "sent troops", 'e', 0, 0, "", "negated", "Pyongyang", NULL, NULL, 0, NULL},
     CC_RELATION_NOT_COMPARABLE, "quantity claim"},
    {"denied figure vs the same figure", {"003", "11,000", 'q', 11000, 11000, "", NULL, NULL, NULL, NULL, 0, NULL},
     {"004", "denied 11,000", 'q', 11000, 11000, "", "negated", NULL, NULL, NULL, 0, NULL},
     CC_RELATION_CONFLICT, "004 denies the figure 003 gives"},
    {"disputed vs precise", Q("003", "thousands of soldiers", 2000, 19999, "v"),
     {"004", "50,000 troops", 'q', 50000, 50000, "", "disputed", "Russian media", NULL, NULL, 0, NULL},
     CC_RELATION_DISPUTED, "004 reports the figure only to reject it"},
    {"disputed vs same value", Q("003", "11,000", 11000, 11000, ""),
     {"004", "11,000", 'q', 11000, 11000, "", "disputed", NULL, NULL, NULL, 0, NULL},
     CC_RELATION_DISPUTED, "only to reject"},
    /* a figure rejected is set against those that count the same thing in
     * the same terms; against a weekly toll or another unit it is not
     * comparable, as any figure is */
    {"disputed vs other scope", {"003", "1,000 a week", 'q', 1000, 1000, "", NULL, NULL, NULL, "weekly", 0, NULL},
     {"004", "50,000", 'q', 50000, 50000, "", "disputed", NULL, NULL, NULL, 0, NULL},
     CC_RELATION_NOT_COMPARABLE, "count different things"},
    {"disputed vs the same figure of another scope",
     {"003", "1,000 a week", 'q', 1000, 1000, "", NULL, NULL, NULL, "weekly", 0, NULL},
     {"004", "1,000", 'q', 1000, 1000, "", "disputed", NULL, NULL, NULL, 0, NULL},
     CC_RELATION_NOT_COMPARABLE, "count different things"},
    {"disputed vs other unit", {"003", "5,000 containers", 'q', 5000, 5000, "", NULL, NULL, NULL, NULL, 0, "container"},
     {"004", "5,000 shells", 'q', 5000, 5000, "", "disputed", NULL, NULL, NULL, 0, "shell"},
     CC_RELATION_NOT_COMPARABLE, "units"},
    {"disputed in the same scope, another value",
     {"003", "1,000 a week", 'q', 1000, 1000, "", NULL, NULL, NULL, "weekly", 0, NULL},
     {"004", "5,000 a week", 'q', 5000, 5000, "", "disputed", "Kyiv", NULL, "weekly", 0, NULL},
     CC_RELATION_DISPUTED, "004 reports the figure only to reject it"},
    /* a source that rejects another's figure and gives its own: its own
     * figure is reported, and sets against the other as any figure does */
    {"the rejecting source's own figure vs the figure it rejects",
     {"003", "about 3,000", 'q', 3000, 3000, "a", "reported", "Kyiv", NULL, NULL, 0, NULL},
     {"004", "about 1,100", 'q', 1100, 1100, "a", "reported", "Seoul", NULL, NULL, 0, NULL},
     CC_RELATION_CONFLICT, "do not overlap"},
    {"disputed date vs the same date", D("003", "on April 26", 20250426, 20250426, ""),
     {"004", "on April 26", 'd', 20250426, 20250426, "", "disputed", "Russia", NULL, NULL, 0, NULL},
     CC_RELATION_DISPUTED, "only to reject"},
    {"both disputed", {"003", "11,000", 'q', 11000, 11000, "", "disputed", NULL, NULL, NULL, 0, NULL},
     {"004", "11,000", 'q', 11000, 11000, "", "disputed", NULL, NULL, NULL, 0, NULL},
     CC_RELATION_DISPUTED, "both 003 and 004 report the figure only to reject it"},
    {"weekly vs cumulative scope", {"003", "1,200 a week", 'q', 1200, 1200, "", NULL, NULL, NULL, "weekly", 0, NULL},
     Q("004", "30,000 in all", 30000, 30000, ""), CC_RELATION_NOT_COMPARABLE, "count different things"},
    /* a total stated as such counts the whole, as a figure of no scope does */
    {"a total against the whole", {"003", "a total of 15,000", 'q', 15000, 15000, "", NULL, NULL, NULL, "total", 0, NULL},
     Q("004", "roughly 15,000", 15000, 15000, "a"), CC_RELATION_AGREEMENT, "equal"},
    {"a total against a batch", {"003", "a total of 15,000", 'q', 15000, 15000, "", NULL, NULL, NULL, "total", 0, NULL},
     {"004", "1,500", 'q', 1500, 1500, "", NULL, NULL, NULL, "batch", 0, NULL},
     CC_RELATION_NOT_COMPARABLE, "count different things"},
    {"same scope compares", {"003", "1,200 a week", 'q', 1200, 1200, "", NULL, NULL, NULL, "weekly", 0, NULL},
     {"004", "1,200 each week", 'q', 1200, 1200, "", NULL, NULL, NULL, "weekly", 0, NULL},
     CC_RELATION_AGREEMENT, "equal"},
    {"forecast vs fact", {"003", "could reach 100,000", 'q', 100000, 100000, "", "hypothetical", NULL, NULL, NULL, 0, NULL},
     Q("004", "11,000", 11000, 11000, ""), CC_RELATION_NOT_COMPARABLE, "hypothetical"},
    {"two forecasts", {"003", "could reach 100,000", 'q', 100000, 100000, "", "hypothetical", NULL, NULL, NULL, 0, NULL},
     {"004", "might reach 100,000", 'q', 100000, 100000, "", "hypothetical", NULL, NULL, NULL, 0, NULL},
     CC_RELATION_AGREEMENT, "equal"},
    {"casualties grow", {"003", "1,000 casualties", 'q', 1000, 1000, "c", NULL, NULL, "2024-11-01", NULL, 0, NULL},
     {"004", "3,000 casualties", 'q', 3000, 3000, "c", NULL, NULL, "2025-01-15", NULL, 0, NULL},
     CC_RELATION_UPDATE, "grew from 1,000 person to 3,000 person in 75 days"},
    /* figures told a day apart speak of one moment: no growth overnight */
    {"casualties a day apart", {"003", "roughly 3,000", 'q', 3000, 3000, "ac", NULL, NULL, "2025-01-13", NULL, 0.1, NULL},
     {"004", "more than 3,800", 'q', 3801, 0, "c>", NULL, NULL, "2025-01-14", NULL, 0.1, NULL},
     CC_RELATION_CONFLICT, "a day apart speak of one moment"},
    {"casualties two days apart", {"003", "roughly 3,000", 'q', 3000, 3000, "ac", NULL, NULL, "2025-01-13", NULL, 0.1, NULL},
     {"004", "more than 3,800", 'q', 3801, 0, "c>", NULL, NULL, "2025-01-15", NULL, 0.1, NULL},
     CC_RELATION_UPDATE, "grew"},
    {"casualties shrink", {"003", "3,000 casualties", 'q', 3000, 3000, "c", NULL, NULL, "2024-11-01", NULL, 0, NULL},
     {"004", "1,000 casualties", 'q', 1000, 1000, "c", NULL, NULL, "2025-01-15", NULL, 0, NULL},
     CC_RELATION_CONFLICT, "cannot shrink"},
    {"later figure listed first", {"003", "3,000 casualties", 'q', 3000, 3000, "c", NULL, NULL, "2025-01-15", NULL, 0, NULL},
     {"004", "1,000 casualties", 'q', 1000, 1000, "c", NULL, NULL, "2024-11-01", NULL, 0, NULL},
     CC_RELATION_UPDATE, "grew"},
    {"running total unchanged", {"003", "1,000", 'q', 1000, 1000, "c", NULL, NULL, "2024-11-01", NULL, 0, NULL},
     {"004", "1,000", 'q', 1000, 1000, "c", NULL, NULL, "2024-12-01", NULL, 0, NULL},
     CC_RELATION_AGREEMENT, "equal"},
    {"moments beyond the window", {"003", "11,000", 'q', 11000, 11000, "", NULL, NULL, "2024-06-01", NULL, 0, NULL},
     {"004", "3,000", 'q', 3000, 3000, "", NULL, NULL, "2024-11-05", NULL, 0, NULL},
     CC_RELATION_NOT_COMPARABLE, "157 days apart, beyond the 30-day window"},
    {"moments within the window", {"003", "11,000", 'q', 11000, 11000, "", NULL, NULL, "2024-11-01", NULL, 0, NULL},
     {"004", "3,000", 'q', 3000, 3000, "", NULL, NULL, "2024-11-05", NULL, 0, NULL},
     CC_RELATION_CONFLICT, "do not overlap"},
    {"different units", {"003", "5 km", 'q', 5, 5, "", NULL, NULL, NULL, NULL, 0, "km"},
     {"004", "5 kg", 'q', 5, 5, "", NULL, NULL, NULL, NULL, 0, "kg"},
     CC_RELATION_NOT_COMPARABLE, "different units"},
    {"hedged and reported still compare",
     {"003", "reportedly 11,000", 'q', 11000, 11000, "", "hedged", NULL, NULL, NULL, 0, NULL},
     {"004", "11,000", 'q', 11000, 11000, "", "reported", "NIS", NULL, NULL, 0, NULL},
     CC_RELATION_AGREEMENT, "equal"},
    {"explicit relative tolerance", {"003", "100", 'q', 100, 100, "", NULL, NULL, NULL, NULL, 0.2, NULL},
     {"004", "118", 'q', 118, 118, "", NULL, NULL, NULL, NULL, 0.2, NULL},
     CC_RELATION_AGREEMENT, "±20%"},
    {"explicit relative tolerance exceeded", {"003", "100", 'q', 100, 100, "", NULL, NULL, NULL, NULL, 0.2, NULL},
     {"004", "130", 'q', 130, 130, "", NULL, NULL, NULL, NULL, 0.2, NULL},
     CC_RELATION_CONFLICT, "±20%"},
    /* a05: a source whose only figure is a denial denies the deployment, so
     * it conflicts with any figure, not only one near its own. */
    {"outright denial vs another figure", {"a04", "some 8,000", 'q', 8000, 8000, "a", NULL, NULL, NULL, NULL, 0.1, NULL},
     {"a05", "10,000", 'q', 10000, 10000, "", "negated", NULL, NULL, NULL, 0.1, NULL},
     CC_RELATION_CONFLICT, "a05 denies it outright"},
    {"running total within tolerance is no update", {"003", "about 1,100", 'q', 1100, 1100, "ac", NULL, NULL, "2024-12-17", NULL, 0.1, NULL},
     {"004", "1,250", 'q', 1250, 1250, "c", NULL, NULL, "2024-12-30", NULL, 0.1, NULL},
     CC_RELATION_AGREEMENT, "match within"},
    {"running total grows beyond tolerance", {"003", "about 1,100", 'q', 1100, 1100, "ac", NULL, NULL, "2024-12-17", NULL, 0.1, NULL},
     {"004", "About 3,000", 'q', 3000, 3000, "ac", NULL, NULL, "2025-01-27", NULL, 0.1, NULL},
     CC_RELATION_UPDATE, "grew from ~1,100 person to ~3,000 person in 41 days"},
    /* Beyond the window (30 days here) a running total that changed within
     * tolerance was updated; within it, or unchanged, or lower, it matches,
     * and a vague later figure that contains the earlier is compatible. */
    {"running total within tolerance, months apart", {"003", "about 3,000", 'q', 3000, 3000, "ac", NULL, NULL, "2025-01-15", NULL, 0.1, NULL},
     {"004", "3,500", 'q', 3500, 3500, "c", NULL, NULL, "2025-03-20", NULL, 0.1, NULL},
     CC_RELATION_UPDATE, "grew from ~3,000 person to 3,500 person in 64 days"},
    {"lower bound then a figure above it, months apart", {"003", "more than 3,000", 'q', 3001, 0, "c>", NULL, NULL, "2025-01-10", NULL, 0.1, NULL},
     {"004", "4,000", 'q', 4000, 4000, "c", NULL, NULL, "2025-03-15", NULL, 0.1, NULL},
     CC_RELATION_UPDATE, "in 64 days"},
    {"figure then a higher lower bound, months apart", {"003", "3,500", 'q', 3500, 3500, "c", NULL, NULL, "2025-01-10", NULL, 0.1, NULL},
     {"004", "more than 3,600", 'q', 3601, 0, "c>", NULL, NULL, "2025-03-15", NULL, 0.1, NULL},
     CC_RELATION_UPDATE, "grew"},
    {"running total unchanged, months apart", {"003", "1,000", 'q', 1000, 1000, "c", NULL, NULL, "2024-11-01", NULL, 0, NULL},
     {"004", "1,000", 'q', 1000, 1000, "c", NULL, NULL, "2025-01-15", NULL, 0, NULL},
     CC_RELATION_AGREEMENT, "equal"},
    {"running total a little lower, months apart", {"003", "3,500", 'q', 3500, 3500, "c", NULL, NULL, "2025-01-10", NULL, 0.1, NULL},
     {"004", "about 3,000", 'q', 3000, 3000, "ac", NULL, NULL, "2025-03-15", NULL, 0.1, NULL},
     CC_RELATION_AGREEMENT, "match within"},
    {"vague later total contains the earlier", {"003", "3,000", 'q', 3000, 3000, "c", NULL, NULL, "2025-01-10", NULL, 0.1, NULL},
     {"004", "thousands", 'q', 2000, 19999, "cv", NULL, NULL, "2025-03-15", NULL, 0.1, NULL},
     CC_RELATION_COMPATIBLE, "contains"},
    {"later figure inside an earlier vague one", {"003", "thousands", 'q', 2000, 19999, "cv", NULL, NULL, "2025-01-10", NULL, 0.1, NULL},
     {"004", "4,000", 'q', 4000, 4000, "c", NULL, NULL, "2025-03-15", NULL, 0.1, NULL},
     CC_RELATION_COMPATIBLE, "contains"},
    {"open running total grows", {"003", "about 1 million", 'q', 1000000, 1000000, "ac", NULL, NULL, "2024-10-23", NULL, 0.15, NULL},
     {"004", "more than 3 million", 'q', 3000001, 0, "c>", NULL, NULL, "2025-02-20", NULL, 0.15, NULL},
     CC_RELATION_UPDATE, "in 120 days"},
};

static void
test_pairs(void **state)
{
    (void)state;
    CcCompareOptions opts;
    cc_compare_options_init(&opts);
    for (guint i = 0; i < G_N_ELEMENTS(pairs); i++) {
        g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        g_ptr_array_add(claims, claim_from_spec(&pairs[i].a, "k", 1));
        g_ptr_array_add(claims, claim_from_spec(&pairs[i].b, "k", 2));
        g_autoptr(CcComparison) cmp = cc_compare(claims, &opts);
        GArray *rels = cc_comparison_relations(cmp);
        if (rels->len != 1)
            fail_msg("case %u \"%s\": %u relations, want 1", i, pairs[i].name, rels->len);
        const CcRelation *r = &g_array_index(rels, CcRelation, 0);
        g_autofree char *why = cc_relation_why(cmp, r);
        if (r->type != pairs[i].want)
            fail_msg("case %u \"%s\": got %s, want %s (%s)", i, pairs[i].name,
                     cc_relation_type_to_string(r->type),
                     cc_relation_type_to_string(pairs[i].want), why);
        g_autofree char *qa = g_strdup_printf("%s says '%s'", pairs[i].a.source, pairs[i].a.text);
        g_autofree char *qb = g_strdup_printf("%s says '%s'", pairs[i].b.source, pairs[i].b.text);
        if (strstr(why, pairs[i].why) == NULL || strstr(why, qa) == NULL
            || strstr(why, qb) == NULL || !g_str_has_suffix(why, "."))
            fail_msg("case %u \"%s\": why \"%s\" lacks \"%s\" or the quoted values", i,
                     pairs[i].name, why, pairs[i].why);
        if (pairs[i].a.attribution && !strstr(why, pairs[i].a.attribution))
            fail_msg("case %u \"%s\": why does not name %s", i, pairs[i].name,
                     pairs[i].a.attribution);
        if (pairs[i].b.attribution && !strstr(why, pairs[i].b.attribution))
            fail_msg("case %u \"%s\": why does not name %s", i, pairs[i].name,
                     pairs[i].b.attribution);
        /* The relation is the same whichever way round the pair is given. */
        g_autoptr(GPtrArray) swapped = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
        Spec sa = pairs[i].a, sb = pairs[i].b;
        sa.source = "b_second";
        sb.source = "a_first";
        g_ptr_array_add(swapped, claim_from_spec(&sa, "k", 1));
        g_ptr_array_add(swapped, claim_from_spec(&sb, "k", 2));
        g_autoptr(CcComparison) cmp2 = cc_compare(swapped, &opts);
        const CcRelation *r2 = &g_array_index(cc_comparison_relations(cmp2), CcRelation, 0);
        if (r2->type != pairs[i].want)
            fail_msg("case %u \"%s\" swapped: got %s", i, pairs[i].name,
                     cc_relation_type_to_string(r2->type));
    }
}

static GPtrArray *
claims_from(const Spec *specs, guint n, const char *const *keys)
{
    GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    for (guint i = 0; i < n; i++)
        g_ptr_array_add(claims, claim_from_spec(&specs[i], keys ? keys[i] : "k", i + 1));
    return claims;
}

static guint
count_findings(CcComparison *cmp, CcRelationType type)
{
    guint n = 0;
    GPtrArray *f = cc_comparison_findings(cmp);
    for (guint i = 0; i < f->len; i++)
        n += ((CcFinding *)f->pdata[i])->type == type;
    return n;
}

/* Keys: "value" records and different keys are never related; one source
 * alone is uncorroborated. */
static void
test_grouping(void **state)
{
    (void)state;
    const Spec specs[] = {
        Q("003", "11,000", 11000, 11000, ""), Q("004", "11,000", 11000, 11000, ""),
        Q("005", "3,000", 3000, 3000, ""),    Q("006", "12", 12, 12, ""),
        Q("007", "12", 12, 12, ""),
    };
    const char *const keys[] = {"a/troops_deployed", "a/troops_deployed", "b/army_size", NULL,
                                NULL};
    g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), keys);
    g_free(((CcClaim *)claims->pdata[3])->predicate);
    ((CcClaim *)claims->pdata[3])->predicate = g_strdup("value");
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    assert_int_equal(cc_comparison_relations(cmp)->len, 1);
    assert_int_equal(count_findings(cmp, CC_RELATION_AGREEMENT), 1);
    assert_int_equal(count_findings(cmp, CC_RELATION_UNCORROBORATED), 1);
    GPtrArray *f = cc_comparison_findings(cmp);
    const CcFinding *last = f->pdata[f->len - 1];
    assert_int_equal(last->type, CC_RELATION_UNCORROBORATED);
    assert_string_equal(last->key, "b/army_size");
    g_autofree char *last_summary = cc_finding_summary(cmp, last);
    assert_non_null(strstr(last_summary, "Only 005"));
    assert_int_equal(cc_comparison_claims(cmp)->len, 5);
    assert_false(cc_comparison_relations_limited(cmp));
}

/* Tolerances a claim built in code may carry, past what a record reads:
 * infinite, NaN, huge and doubled for an approximate value. Widening 0 by
 * them must not make NaN, and the consensus must still be found. */
static void
test_extreme_tolerance(void **state)
{
    (void)state;
    const double tols[] = {INFINITY, NAN, 1.7e308, G_MAXDOUBLE, -1};
    for (guint t = 0; t < G_N_ELEMENTS(tols); t++) {
        const Spec specs[] = {Q("a", "0", 0, 1, "a"), Q("b", "1", 0, 1, "a")};
        g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), NULL);
        for (guint i = 0; i < claims->len; i++)
            ((CcClaim *)claims->pdata[i])->tolerance = tols[t];
        g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
        if (count_findings(cmp, CC_RELATION_AGREEMENT) != 1)
            fail_msg("tolerance %g: %u agreements, expected 1", tols[t],
                     count_findings(cmp, CC_RELATION_AGREEMENT));
        GPtrArray *f = cc_comparison_findings(cmp);
        for (guint i = 0; i < f->len; i++)
            g_free(cc_finding_summary(cmp, f->pdata[i]));
    }
}

/* The seed articles' shape: agreement, a vague figure, a disputed one and
 * an outlier; one source reporting a dispute between two speakers. */
static void
test_findings(void **state)
{
    (void)state;
    const Spec specs[] = {
        {"003", "thousands of soldiers", 'q', 2000, 19999, "v", NULL, NULL, NULL, NULL, 0, NULL},
        {"004", "11,000 troops", 'q', 11000, 11000, "", "reported", "NIS", NULL, NULL, 0, NULL},
        {"004", "50,000 troops", 'q', 50000, 50000, "", "disputed", "Russian media", NULL, NULL, 0, NULL},
        {"005", "about 11,000", 'q', 11000, 11000, "a", NULL, NULL, NULL, NULL, 0, NULL},
        {"006", "3,000", 'q', 3000, 3000, "", NULL, NULL, NULL, NULL, 0, NULL},
    };
    g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), NULL);
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    GArray *rels = cc_comparison_relations(cmp);
    /* Cross-source pairs only: 5 claims, 004 holds two → 10 - 1 = 9. */
    assert_int_equal(rels->len, 9);
    for (guint i = 0; i < rels->len; i++) {
        const CcRelation *r = &g_array_index(rels, CcRelation, i);
        assert_true(r->a < r->b);
        assert_true(strcmp(cc_relation_claim_a(cmp, r)->source,
                           cc_relation_claim_b(cmp, r)->source) != 0);
    }
    GPtrArray *f = cc_comparison_findings(cmp);
    /* Order: conflicts first, then disputed, then agreement/compatible. */
    int last_rank = -1;
    static const int rank[] = {[CC_RELATION_CONFLICT] = 0, [CC_RELATION_DISPUTED] = 1,
                               [CC_RELATION_UPDATE] = 2, [CC_RELATION_AGREEMENT] = 3,
                               [CC_RELATION_COMPATIBLE] = 3, [CC_RELATION_NOT_COMPARABLE] = 4,
                               [CC_RELATION_UNCORROBORATED] = 5};
    gboolean saw_dispute_within = FALSE;
    for (guint i = 0; i < f->len; i++) {
        const CcFinding *fi = f->pdata[i];
        if (rank[fi->type] < last_rank)
            fail_msg("finding %u (%s) out of order", i, cc_relation_type_to_string(fi->type));
        last_rank = rank[fi->type];
        g_autofree char *summary = cc_finding_summary(cmp, fi);
        g_autofree char *detail = cc_finding_detail(cmp, fi);
        assert_non_null(summary);
        assert_non_null(detail);
        assert_true(fi->n_claims >= 1);
        if (strstr(summary, "004 reports a dispute between NIS and Russian media"))
            saw_dispute_within = fi->type == CC_RELATION_CONFLICT;
    }
    assert_true(saw_dispute_within);
    assert_true(count_findings(cmp, CC_RELATION_CONFLICT) >= 2);
    assert_int_equal(count_findings(cmp, CC_RELATION_DISPUTED), 1);
    assert_int_equal(count_findings(cmp, CC_RELATION_COMPATIBLE), 1);

    /* Consensus: 003 (thousands), 004 (11,000), 005 (about 11,000) against 006. */
    GPtrArray *cons = cc_comparison_consensus(cmp);
    assert_int_equal(cons->len, 1);
    const CcConsensus *c = cons->pdata[0];
    assert_int_equal(c->sources, 3);
    assert_int_equal(c->outlier_sources, 1);
    assert_int_equal(c->support->len, 3);
    assert_true(c->band.has_low && c->band.has_high);
    assert_true(c->band.low == 11000 && c->band.high == 11000);
    assert_string_equal(((CcClaim *)c->outliers->pdata[0])->source, "006");
    const CcFinding *first = f->pdata[0];
    assert_ptr_equal(first->consensus, c);
    g_autofree char *first_detail = cc_finding_detail(cmp, first);
    assert_null(strstr(first_detail, "Consensus")); /* the key's, not the finding's */
    g_autofree char *sentence = cc_consensus_sentence(c);
    assert_non_null(strstr(sentence, "Consensus: 11,000 person, supported by 3 sources (003, 004, 005)"));
    assert_non_null(strstr(sentence, "1 source outside it (006: "));
    g_autofree char *brief = cc_consensus_brief(c);
    assert_string_equal(brief, "Consensus: 11,000 person, supported by 3 sources; 1 source outside it.");
}

/* A source's narrower claim inside its wider one is no outlier of the band
 * the two make with another source: of the points the most sources hold,
 * the consensus takes the one the most claims hold. */
static void
test_consensus_narrower_claim(void **state)
{
    (void)state;
    const Spec specs[] = {
        D("a", "in October", 20241001, 20241031, ""),
        D("b", "the first half of October", 20241001, 20241015, ""),
        D("b", "October 8", 20241008, 20241008, ""),
    };
    g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), NULL);
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    const CcConsensus *c = cc_comparison_consensus(cmp)->pdata[0];
    assert_int_equal(c->sources, 2);
    assert_int_equal(c->support->len, 3);
    assert_int_equal(c->outlier_sources, 0);
    g_autofree char *sentence = cc_consensus_sentence(c);
    assert_string_equal(sentence, "Consensus: 2024-10-08, supported by 2 sources (a, b).");
}

/* A running total's consensus is the latest figure its sources support;
 * earlier figures below it are its history, not outliers, and a later
 * figure below an earlier one (a total cannot shrink) stays an outlier. */
static void
test_running_total(void **state)
{
    (void)state;
    const Spec specs[] = {
        {"a", "about 1,100", 'q', 1100, 1100, "ac", NULL, NULL, "2024-12-17", NULL, 0, NULL},
        {"b", "1,150", 'q', 1150, 1150, "c", NULL, NULL, "2024-12-20", NULL, 0, NULL},
        {"c", "about 3,000", 'q', 3000, 3000, "ac", NULL, NULL, "2025-01-27", NULL, 0, NULL},
        {"d", "3,100", 'q', 3100, 3100, "c", NULL, NULL, "2025-01-25", NULL, 0, NULL},
        {"e", "more than 2,900", 'q', 2900, 0, "c>", NULL, NULL, "2025-01-20", NULL, 0, NULL},
        {"f", "5,000", 'q', 5000, 5000, "c", NULL, NULL, "2024-12-01", NULL, 0, NULL},
    };
    g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), NULL);
    ((CcClaim *)claims->pdata[4])->value.low_strict = TRUE;
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    GPtrArray *cons = cc_comparison_consensus(cmp);
    assert_int_equal(cons->len, 1);
    const CcConsensus *c = cons->pdata[0];
    /* The latest moment: c, d, e (within 30 days of Jan 27); all three meet
     * through their tolerance, between 3,000 and 3,100. */
    assert_int_equal(c->sources, 3);
    assert_int_equal(c->support->len, 3);
    assert_true(c->band.has_low && c->band.has_high);
    assert_true(c->band.low == 3000 && c->band.high == 3100);
    /* a and b are below: history, in claim order; f above: an outlier. */
    assert_int_equal(c->history->len, 2);
    assert_string_equal(((CcClaim *)c->history->pdata[0])->source, "a");
    assert_string_equal(((CcClaim *)c->history->pdata[1])->source, "b");
    assert_int_equal(c->outlier_sources, 1);
    assert_string_equal(((CcClaim *)c->outliers->pdata[0])->source, "f");
    g_autofree char *sentence = cc_consensus_sentence(c);
    assert_non_null(strstr(sentence, "Consensus: 3,000–3,100 person, the latest figure (as of "
                                     "2025-01-27), supported by 3 sources (c, d, e); earlier: "
                                     "~1,100 person as of 2024-12-17 (a), 1,150 person as of "
                                     "2024-12-20 (b); 1 source outside it (f: 5,000 person)."));
    g_autofree char *brief = cc_consensus_brief(c);
    assert_string_equal(brief, "Consensus: 3,000–3,100 person, the latest figure (as of 2025-01-27), "
                               "supported by 3 sources; 1 source outside it.");

    /* Not a running total: the same figures without the flag keep the band
     * most sources support, whatever its date, and no history. */
    for (guint i = 0; i < claims->len; i++)
        ((CcClaim *)claims->pdata[i])->cumulative = FALSE;
    g_autoptr(CcComparison) plain = cc_compare(claims, NULL);
    const CcConsensus *p = cc_comparison_consensus(plain)->pdata[0];
    assert_int_equal(p->history->len, 0);
    assert_int_equal(p->sources, 3);

    /* A strict bound in the band stays strict: "more than 2,900" people alone
     * is at least 2,901, as its record says. */
    const Spec strict[] = {
        {"x", "more than 2,900", 'q', 2900, 0, "c>", NULL, NULL, "2025-01-20", NULL, 0, NULL},
        {"y", "1,000", 'q', 1000, 1000, "c", NULL, NULL, "2024-10-20", NULL, 0, NULL},
    };
    g_autoptr(GPtrArray) more = claims_from(strict, G_N_ELEMENTS(strict), NULL);
    ((CcClaim *)more->pdata[0])->value.low_strict = TRUE;
    g_autoptr(CcComparison) cm = cc_compare(more, NULL);
    const CcConsensus *m = cc_comparison_consensus(cm)->pdata[0];
    assert_true(m->band.low_strict && !m->band.has_high);
    g_autofree char *ms = cc_consensus_sentence(m);
    assert_non_null(strstr(ms, "Consensus: ≥ 2,901 person, the latest figure"));
    assert_non_null(strstr(ms, "earlier: 1,000 person as of 2024-10-20 (y)"));
}

/* The sentence of an update finding says what happened: a running total
 * "grows"; a figure that is none changed, the later source telling the
 * earlier figure itself ("about 11,000, compared with 8,000 in October"). */
static const CcFinding *
update_finding(CcComparison *cmp)
{
    GPtrArray *f = cc_comparison_findings(cmp);
    for (guint i = 0; i < f->len; i++)
        if (((const CcFinding *)f->pdata[i])->type == CC_RELATION_UPDATE)
            return f->pdata[i];
    return NULL;
}

static void
test_update_summary(void **state)
{
    (void)state;
    const Spec told[] = {
        {"october", "about 8,000", 'q', 8000, 8000, "a", NULL, "spy agency", "2024-10-25", NULL, 0,
         NULL},
        {"november", "about 11,000", 'q', 11000, 11000, "a", NULL, NULL, "2024-11-20", NULL, 0,
         NULL},
        {"november", "8,000", 'q', 8000, 8000, "", NULL, NULL, "2024-10-01", NULL, 0, NULL},
    };
    g_autoptr(GPtrArray) claims = claims_from(told, G_N_ELEMENTS(told), NULL);
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    const CcFinding *u = update_finding(cmp);
    assert_non_null(u);
    g_autofree char *summary = cc_finding_summary(cmp, u);
    assert_string_equal(summary,
                        "A figure changed on k: 'about 11,000' = ~11,000 "
                        "person (november, as of 2024-11-20) is later than 'about 8,000' = ~8,000 "
                        "person (october, spy agency, as of 2024-10-25), and november gives the "
                        "earlier figure too.");

    const Spec grew[] = {
        {"a", "about 1,100", 'q', 1100, 1100, "ac", NULL, NULL, "2024-12-17", NULL, 0, NULL},
        {"b", "about 3,000", 'q', 3000, 3000, "ac", NULL, NULL, "2025-01-14", NULL, 0, NULL},
    };
    g_autoptr(GPtrArray) totals = claims_from(grew, G_N_ELEMENTS(grew), NULL);
    g_autoptr(CcComparison) cg = cc_compare(totals, NULL);
    const CcFinding *g = update_finding(cg);
    assert_non_null(g);
    g_autofree char *gs = cc_finding_summary(cg, g);
    assert_string_equal(gs, "A running total grows on k: 'about 1,100' = "
                            "~1,100 person (a) against 'about 3,000' = ~3,000 person (b).");

    /* A running total revised down by a source that tells the figure it
     * revised ("down to about 4,000, from the 6,500 it gave in February")
     * changed; without that, a total cannot shrink: a conflict. */
    const Spec revised[] = {
        {"feb", "about 6,500", 'q', 6500, 6500, "ac", NULL, NULL, "2025-02-11", NULL, 0, NULL},
        {"june", "about 4,000", 'q', 4000, 4000, "ac", NULL, NULL, "2025-06-10", NULL, 0, NULL},
        {"june", "6,500", 'q', 6500, 6500, "c", NULL, NULL, "2025-02-01", NULL, 0, NULL},
    };
    for (guint n = 3; n >= 2; n--) {
        g_autoptr(GPtrArray) rc = claims_from(revised, n, NULL);
        g_autoptr(CcComparison) cr = cc_compare(rc, NULL);
        GArray *rels = cc_comparison_relations(cr);
        GPtrArray *cl = cc_comparison_claims(cr);
        gboolean seen = FALSE;
        for (guint i = 0; i < rels->len; i++) {
            const CcRelation *r = &g_array_index(rels, CcRelation, i);
            const CcClaim *a = cl->pdata[r->a], *b = cl->pdata[r->b];
            if (strcmp(a->text, "about 6,500") != 0 && strcmp(b->text, "about 6,500") != 0)
                continue;
            if (strcmp(a->text, "about 4,000") != 0 && strcmp(b->text, "about 4,000") != 0)
                continue;
            seen = TRUE;
            assert_int_equal(r->type, n == 3 ? CC_RELATION_UPDATE : CC_RELATION_CONFLICT);
        }
        assert_true(seen);
    }
}

/* A denial of one figure by a source that gives its own ("denied that
 * 50,000 had been sent, putting the number near 10,000") is a correction,
 * not a denial of the whole: it leaves other sources' 10,000 standing. A
 * denial with no figure of its own conflicts with any figure. */
static void
test_denial_scope(void **state)
{
    (void)state;
    const Spec specs[] = {
        {"003", "10,000", 'q', 10000, 10000, "", NULL, NULL, NULL, NULL, 0.1, NULL},
        {"004", "50,000", 'q', 50000, 50000, "", "negated", NULL, NULL, NULL, 0.1, NULL},
        {"004", "near 10,000", 'q', 10000, 10000, "a", NULL, NULL, NULL, NULL, 0.1, NULL},
        {"005", "50,000", 'q', 50000, 50000, "", "negated", NULL, NULL, NULL, 0.1, NULL},
    };
    g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), NULL);
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    GArray *rels = cc_comparison_relations(cmp);
    static const struct {
        const char *a, *b;
        CcRelationType want;
    } want[] = {
        {"003#1", "004#2", CC_RELATION_COMPATIBLE}, /* 004 denies a figure 003 does not give */
        {"003#1", "004#3", CC_RELATION_AGREEMENT},
        {"003#1", "005#4", CC_RELATION_CONFLICT},   /* 005 denies it outright */
        {"004#3", "005#4", CC_RELATION_CONFLICT},
        {"004#2", "005#4", CC_RELATION_AGREEMENT},  /* both deny 50,000 */
    };
    assert_int_equal(rels->len, G_N_ELEMENTS(want));
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        gboolean found = FALSE;
        for (guint j = 0; j < rels->len; j++) {
            const CcRelation *r = &g_array_index(rels, CcRelation, j);
            if (strcmp(cc_relation_claim_a(cmp, r)->id, want[i].a) == 0
                && strcmp(cc_relation_claim_b(cmp, r)->id, want[i].b) == 0) {
                found = TRUE;
                g_autofree char *why = cc_relation_why(cmp, r);
                if (r->type != want[i].want)
                    fail_msg("denial row %u %s–%s: got %s, want %s (%s)", i, want[i].a, want[i].b,
                             cc_relation_type_to_string(r->type),
                             cc_relation_type_to_string(want[i].want), why);
            }
        }
        if (!found)
            fail_msg("denial row %u: no relation %s–%s", i, want[i].a, want[i].b);
    }
}

/* The same records in any order give the same relations and findings. */
static void
test_deterministic(void **state)
{
    (void)state;
    const Spec specs[] = {
        Q("005", "a", 100, 100, ""), Q("003", "b", 100, 100, ""), Q("004", "c", 300, 300, ""),
        Q("003", "d", 310, 310, ""), Q("006", "e", 100, 900, "v"),
    };
    GString *runs[2];
    for (int run = 0; run < 2; run++) {
        g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), NULL);
        if (run == 1)
            for (guint i = 0; i < claims->len / 2; i++) {
                gpointer t = claims->pdata[i];
                claims->pdata[i] = claims->pdata[claims->len - 1 - i];
                claims->pdata[claims->len - 1 - i] = t;
            }
        g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
        runs[run] = g_string_new(NULL);
        GArray *rels = cc_comparison_relations(cmp);
        for (guint i = 0; i < rels->len; i++) {
            g_autofree char *why = cc_relation_why(cmp, &g_array_index(rels, CcRelation, i));
            g_string_append_printf(runs[run], "%s\n", why);
        }
        GPtrArray *f = cc_comparison_findings(cmp);
        for (guint i = 0; i < f->len; i++) {
            g_autofree char *summary = cc_finding_summary(cmp, f->pdata[i]);
            g_autofree char *detail = cc_finding_detail(cmp, f->pdata[i]);
            g_string_append_printf(runs[run], "%s\n%s\n", summary, detail);
        }
        const CcRelation *r0 = &g_array_index(rels, CcRelation, 0);
        assert_string_equal(cc_relation_claim_a(cmp, r0)->source, "003");
    }
    assert_string_equal(runs[0]->str, runs[1]->str);
    g_string_free(runs[0], TRUE);
    g_string_free(runs[1], TRUE);
}

static gint
compare_id_ptrs(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Claims at one source and offset sort by id as strcmp orders them (then
 * by input position), whatever their ids look like: led by the source's
 * name or not, alike in their first bytes after it, bytes above 0x7f, no
 * id at all. Each row lists its ids in input order and the order wanted. */
static void
test_claim_order(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *source;
        const char *ids[6]; /* input order; "-": no id */
        const char *want;   /* the ids in claim order, space-separated */
    } rows[] = {
        {"ids after their source", "s1", {"s1#10", "s1#9", "s1#100"}, "s1#10 s1#100 s1#9"},
        {"alike in 8 bytes after the source", "s1",
         {"s1#12345678b", "s1#12345678a", "s1#12345678", "s1#1234567"},
         "s1#1234567 s1#12345678 s1#12345678a s1#12345678b"},
        {"ids not led by their source", "s1", {"x#2", "s1#1", "a#3", "s1", "s1#0", "s"},
         "a#3 s s1 s1#0 s1#1 x#2"},
        {"source a prefix of the id's", "s1", {"s10#1", "s1#1", "s1", "s10"}, "s1 s1#1 s10 s10#1"},
        {"bytes above 0x7f", "s1", {"s1#\xc3\xa9", "s1#z", "s1#\x7f", "s1#\xff"},
         "s1#z s1#\x7f s1#\xc3\xa9 s1#\xff"},
        {"no id first", "s1", {"s1#2", "-", "s1#1", "-"}, "- - s1#1 s1#2"},
        {"the same id twice", "s1", {"s1#2", "s1#1", "s1#2"}, "s1#1 s1#2 s1#2"},
    };
    for (guint row = 0; row < G_N_ELEMENTS(rows); row++) {
        for (int reversed = 0; reversed < 2; reversed++) {
            g_autoptr(GPtrArray) claims =
                g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
            guint n = 0;
            while (n < G_N_ELEMENTS(rows[row].ids) && rows[row].ids[n] != NULL)
                n++;
            for (guint i = 0; i < n; i++) {
                const char *id = rows[row].ids[reversed ? n - 1 - i : i];
                Spec spec = Q(rows[row].source, "1", 1, 1, "");
                CcClaim *c = claim_from_spec(&spec, "k/troops_deployed", 1);
                g_free(c->id);
                c->id = strcmp(id, "-") == 0 ? NULL : g_strdup(id);
                g_ptr_array_add(claims, c);
            }
            g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
            GPtrArray *sorted = cc_comparison_claims(cmp);
            g_autoptr(GString) got = g_string_new(NULL);
            for (guint i = 0; i < sorted->len; i++) {
                const CcClaim *c = sorted->pdata[i];
                g_string_append_printf(got, "%s%s", i ? " " : "", c->id ? c->id : "-");
            }
            if (strcmp(got->str, rows[row].want) != 0)
                fail_msg("row %u \"%s\"%s: got \"%s\", want \"%s\"", row, rows[row].name,
                         reversed ? " (reversed)" : "", got->str, rows[row].want);
        }
    }
    /* Over 32 claims at one place: the longer runs' sort, against strcmp. */
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_autoptr(GPtrArray) want = g_ptr_array_new();
    for (guint i = 0; i < 40; i++) {
        Spec spec = Q("source-name", "1", 1, 1, "");
        CcClaim *c = claim_from_spec(&spec, "k/troops_deployed", 1);
        g_free(c->id);
        c->id = g_strdup_printf(i % 3 ? "source-name#%u" : "source-name#tail-%u", (i * 17) % 41);
        g_ptr_array_add(claims, c);
        g_ptr_array_add(want, c->id);
    }
    g_ptr_array_sort(want, compare_id_ptrs);
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    GPtrArray *sorted = cc_comparison_claims(cmp);
    for (guint i = 0; i < sorted->len; i++) {
        const CcClaim *c = sorted->pdata[i];
        if (strcmp(c->id, want->pdata[i]) != 0)
            fail_msg("40 ids at one place, claim %u: got %s, want %s", i, c->id,
                     (const char *)want->pdata[i]);
    }
}

/* Keys and sources group by content, not by pointer, however many there
 * are and however alike: names that are prefixes of one another, empty
 * ones, long ones, bytes above 0x7f. Each key gets one claim from each of
 * two sources (given in an order of their own), so each must come out as
 * one consensus of two supporters on its own key, in strcmp order. */
static void
test_keys_by_content(void **state)
{
    (void)state;
    const guint n_keys = 3000;
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < n_keys; i++) {
        switch (i % 4) {
        case 0: g_ptr_array_add(names, g_strnfill(i / 4 % 40, 'k')); break; /* "", "k", "kk"… */
        case 1: g_ptr_array_add(names, g_strdup_printf("k/%u", i)); break;
        case 2: g_ptr_array_add(names, g_strdup_printf("k/%u/\xc3\xa9%0*u", i, (int)(i % 50), 7)); break;
        default: g_ptr_array_add(names, g_strdup_printf("%u", i * 7919u)); break;
        }
    }
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    for (guint side = 0; side < 2; side++) {
        for (guint j = 0; j < n_keys; j++) {
            guint i = side ? (j * 1009u) % n_keys : j;
            Spec spec = Q(side ? "" : "a source with a rather long name, past 16 bytes", "1", 1,
                          1, "");
            g_ptr_array_add(claims, claim_from_spec(&spec, names->pdata[i], j + 1));
        }
    }
    g_autoptr(CcComparison) cmp = cc_compare(claims, NULL);
    GPtrArray *cons = cc_comparison_consensus(cmp);
    /* Keys of 40 'k's or more repeat (i / 4 % 40): count the distinct ones. */
    g_autoptr(GHashTable) distinct = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < n_keys; i++)
        g_hash_table_add(distinct, names->pdata[i]);
    if (cons->len != g_hash_table_size(distinct))
        fail_msg("%u keys in consensus, want %u", cons->len, g_hash_table_size(distinct));
    for (guint i = 0; i < cons->len; i++) {
        const CcConsensus *c = cons->pdata[i];
        if (c->support->len % 2 != 0 || c->sources != 2)
            fail_msg("key \"%s\": %u supporters from %u sources", c->key, c->support->len,
                     c->sources);
        for (guint j = 0; j < c->support->len; j++) {
            const CcClaim *cl = c->support->pdata[j];
            if (strcmp(cl->key, c->key) != 0)
                fail_msg("key \"%s\": a supporter of \"%s\"", c->key, cl->key);
        }
        if (i > 0 && strcmp(((const CcConsensus *)cons->pdata[i - 1])->key, c->key) >= 0)
            fail_msg("key %u \"%s\" after \"%s\"", i, c->key,
                     ((const CcConsensus *)cons->pdata[i - 1])->key);
    }
}

/* A small key over a tiny pair budget goes through the sweep. */
static void
test_limited_small(void **state)
{
    (void)state;
    const Spec specs[] = {
        Q("001", "100", 100, 100, ""), Q("002", "101", 101, 101, ""),
        Q("003", "500", 500, 500, ""), Q("004", "505", 505, 505, ""),
    };
    g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), NULL);
    CcCompareOptions opts;
    cc_compare_options_init(&opts);
    opts.max_pairs_per_key = 3;
    g_autoptr(CcComparison) cmp = cc_compare(claims, &opts);
    assert_true(cc_comparison_relations_limited(cmp));
    GArray *rels = cc_comparison_relations(cmp);
    assert_int_equal(rels->len, 1);
    assert_int_equal(g_array_index(rels, CcRelation, 0).type, CC_RELATION_CONFLICT);
    assert_int_equal(count_findings(cmp, CC_RELATION_AGREEMENT), 2);
    assert_int_equal(count_findings(cmp, CC_RELATION_CONFLICT), 1);
}

/* The budget of relations over all keys: keys whose pairs fit the cap it
 * sets are related in full, the others across clusters only, and the
 * comparison names each of those with its pairs and what was written. */
static void
test_budget(void **state)
{
    (void)state;
    /* Key a: 2 sources (1 pair); b: 4 sources (6 pairs); c: 5 sources (10
     * pairs), in two bands of values on b and c. */
    static const struct {
        const char *key;
        guint sources;
        guint64 pairs;
        gboolean summarised; /* at a budget of 8: cap (8 - 1) / 2 = 3 */
    } keys[] = {{"a/k", 2, 1, FALSE}, {"b/k", 4, 6, TRUE}, {"c/k", 5, 10, TRUE}};
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    guint n = 0;
    for (guint i = 0; i < G_N_ELEMENTS(keys); i++)
        for (guint s = 0; s < keys[i].sources; s++) {
            char source[8];
            g_snprintf(source, sizeof source, "%03u", s);
            Spec sp = Q(source, "figure", 0, 0, "");
            sp.lo = sp.hi = s % 2 == 0 ? 100 : 900;
            g_ptr_array_add(claims, claim_from_spec(&sp, keys[i].key, ++n));
        }
    CcCompareOptions opts;
    cc_compare_options_init(&opts);
    g_autoptr(CcComparison) full = cc_compare(claims, &opts);
    assert_false(cc_comparison_relations_limited(full));
    assert_int_equal(cc_comparison_relations(full)->len, 1 + 6 + 10);
    assert_int_equal(cc_comparison_summarised(full)->len, 0);

    opts.max_relations = 8;
    g_autoptr(CcComparison) cmp = cc_compare(claims, &opts);
    assert_true(cc_comparison_relations_limited(cmp));
    GArray *rels = cc_comparison_relations(cmp);
    assert_true(rels->len <= opts.max_relations);
    GArray *sum = cc_comparison_summarised(cmp);
    guint row = 0;
    guint64 written = 0;
    for (guint i = 0; i < G_N_ELEMENTS(keys); i++) {
        guint on_key = 0;
        for (guint j = 0; j < rels->len; j++)
            on_key += strcmp(cc_relation_claim_a(cmp, &g_array_index(rels, CcRelation, j))->key,
                             keys[i].key) == 0;
        if (!keys[i].summarised) {
            if (on_key != keys[i].pairs)
                fail_msg("key %s: %u relations, want all %u pairs", keys[i].key, on_key,
                         (guint)keys[i].pairs);
            continue;
        }
        if (row >= sum->len)
            fail_msg("key %s is not named as summarised", keys[i].key);
        const CcSummarisedKey *k = &g_array_index(sum, CcSummarisedKey, row++);
        if (strcmp(k->key, keys[i].key) != 0 || k->pairs != keys[i].pairs
            || k->claims != keys[i].sources || k->clusters != 2 || k->written != on_key)
            fail_msg("key %s: summarised as %s, %u claims, %u pairs, %u clusters, %u written "
                     "(%u relations)",
                     keys[i].key, k->key, k->claims, (guint)k->pairs, k->clusters, k->written,
                     on_key);
        written += k->written;
    }
    assert_int_equal(row, sum->len);
    assert_int_equal(written + 1, rels->len);
    /* Summarised keys still get their findings: one conflict per key. */
    assert_int_equal(count_findings(cmp, CC_RELATION_CONFLICT), 3);
    assert_int_equal(count_findings(full, CC_RELATION_CONFLICT), 3);
}

/* A focused comparison (a draft against its references) relates each
 * focus claim to every other source's claim of its key, whatever the
 * budget, never two references, and leaves keys without a focus claim. */
static void
test_focused(void **state)
{
    (void)state;
    const Spec specs[] = {
        Q("ref_a", "10,000", 10000, 10000, ""), Q("ref_b", "10,500", 10500, 10500, ""),
        Q("draft", "10,200", 10200, 10200, ""), Q("ref_c", "30,000", 30000, 30000, ""),
        Q("draft", "12", 12, 12, ""),           Q("ref_a", "12", 12, 12, ""),
        Q("ref_b", "40", 40, 40, ""),
    };
    const char *const keys[] = {"k", "k", "k", "k", "other", "other", "none"};
    g_autoptr(GPtrArray) claims = claims_from(specs, G_N_ELEMENTS(specs), keys);
    g_autoptr(GHashTable) focus = g_hash_table_new(NULL, NULL);
    g_hash_table_add(focus, claims->pdata[2]);
    g_hash_table_add(focus, claims->pdata[4]);
    CcCompareOptions opts;
    cc_compare_options_init(&opts);
    opts.max_pairs_per_key = 1;
    opts.max_relations = 1;
    g_autoptr(CcComparison) cmp = cc_compare_focused(claims, focus, &opts);
    assert_false(cc_comparison_relations_limited(cmp));
    GArray *rels = cc_comparison_relations(cmp);
    static const struct {
        const char *a, *b;
        CcRelationType type;
    } want[] = {
        {"draft#3", "ref_a#1", CC_RELATION_AGREEMENT}, {"draft#3", "ref_b#2", CC_RELATION_AGREEMENT},
        {"draft#3", "ref_c#4", CC_RELATION_CONFLICT},  {"draft#5", "ref_a#6", CC_RELATION_AGREEMENT},
    };
    assert_int_equal(rels->len, G_N_ELEMENTS(want));
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const CcRelation *r = &g_array_index(rels, CcRelation, i);
        const char *a = cc_relation_claim_a(cmp, r)->id, *b = cc_relation_claim_b(cmp, r)->id;
        if (strcmp(a, want[i].a) != 0 || strcmp(b, want[i].b) != 0 || r->type != want[i].type)
            fail_msg("focused row %u: %s–%s %s, want %s–%s %s", i, a, b,
                     cc_relation_type_to_string(r->type), want[i].a, want[i].b,
                     cc_relation_type_to_string(want[i].type));
    }
    /* Key "none" holds no focus claim: no consensus, no finding. */
    GPtrArray *cons = cc_comparison_consensus(cmp);
    for (guint i = 0; i < cons->len; i++)
        assert_string_not_equal(((CcConsensus *)cons->pdata[i])->key, "none");
    GPtrArray *f = cc_comparison_findings(cmp);
    for (guint i = 0; i < f->len; i++)
        assert_string_not_equal(((CcFinding *)f->pdata[i])->key, "none");
}

/* A focused comparison over many keys whose claims lie interleaved in the
 * input: each key's relations come out as one run, and the runs merged
 * give every relation once, by first claim and then second, as the
 * comparison's relations always are. */
static void
test_focused_order(void **state)
{
    (void)state;
    const guint n = 2000, n_keys = 37;
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_autoptr(GHashTable) focus = g_hash_table_new(NULL, NULL);
    g_autofree guint *key_of = g_new(guint, n);
    GRand *rand = g_rand_new_with_seed(17);
    for (guint i = 0; i < n; i++) {
        g_autofree char *source = g_strdup_printf("s%03u", g_rand_int_range(rand, 0, 300));
        double v = (double)g_rand_int_range(rand, 900, 1200);
        Spec spec = Q(source, "1,000", v, v, "");
        key_of[i] = (guint)g_rand_int_range(rand, 0, (gint32)n_keys);
        g_autofree char *key = g_strdup_printf("k%02u", key_of[i]);
        CcClaim *c = claim_from_spec(&spec, key, i + 1);
        g_ptr_array_add(claims, c);
        if (g_rand_int_range(rand, 0, 40) == 0)
            g_hash_table_add(focus, c);
    }
    g_rand_free(rand);
    /* every pair of one key, one side in the focus, of two sources */
    guint want = 0;
    for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++) {
            const CcClaim *a = claims->pdata[i], *b = claims->pdata[j];
            want += key_of[i] == key_of[j] && strcmp(a->source, b->source) != 0 &&
                    g_hash_table_contains(focus, a) != g_hash_table_contains(focus, b);
        }
    CcCompareOptions opts;
    cc_compare_options_init(&opts);
    g_autoptr(CcComparison) cmp = cc_compare_focused(claims, focus, &opts);
    GArray *rels = cc_comparison_relations(cmp);
    assert_true(want > 1000);
    assert_int_equal(rels->len, want);
    for (guint i = 1; i < rels->len; i++) {
        const CcRelation *p = &g_array_index(rels, CcRelation, i - 1);
        const CcRelation *r = &g_array_index(rels, CcRelation, i);
        if (!(p->a < r->a || (p->a == r->a && p->b < r->b)))
            fail_msg("relation %u (%u, %u) after (%u, %u)", i, r->a, r->b, p->a, p->b);
    }
}

/* 100,000 records on one key, from 100,000 sources, in three bands plus
 * disputed figures. All pairs would be 5e9; the sweep relates clusters. */
static void
test_scale(void **state)
{
    (void)state;
    const guint n = 100000;
    GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    static const double bands[] = {1000, 5000, 9000};
    for (guint i = 0; i < n; i++) {
        char source[16];
        g_snprintf(source, sizeof source, "s%06u", (i * 7919u) % n);
        Spec s = Q(source, "figure", 0, 0, "");
        s.lo = s.hi = bands[i % 3] + (double)(i % 17);
        if (i % 1000 == 999)
            s.modality = "disputed";
        g_ptr_array_add(claims, claim_from_spec(&s, "big/troops_deployed", i + 1));
    }
    CcCompareOptions opts;
    cc_compare_options_init(&opts);
    g_autoptr(CcComparison) cmp = cc_compare(claims, &opts);
    g_ptr_array_unref(claims); /* the comparison holds its own reference */
    assert_true(cc_comparison_relations_limited(cmp));
    GArray *rels = cc_comparison_relations(cmp);
    assert_true(rels->len > 0 && rels->len <= opts.max_pairs_per_key);
    guint conflicts = 0, disputes = 0;
    for (guint i = 0; i < rels->len; i++) {
        const CcRelation *r = &g_array_index(rels, CcRelation, i);
        conflicts += r->type == CC_RELATION_CONFLICT;
        disputes += r->type == CC_RELATION_DISPUTED;
        assert_true(strcmp(cc_relation_claim_a(cmp, r)->source,
                           cc_relation_claim_b(cmp, r)->source) != 0);
    }
    assert_int_equal(conflicts, 3); /* three bands, one relation per pair of clusters */
    assert_int_equal(disputes, 100 * 3);
    assert_int_equal(count_findings(cmp, CC_RELATION_AGREEMENT), 3);
    assert_int_equal(count_findings(cmp, CC_RELATION_CONFLICT), 3);
    assert_int_equal(count_findings(cmp, CC_RELATION_DISPUTED), 100);
    const CcConsensus *c = cc_comparison_consensus(cmp)->pdata[0];
    assert_true(c->sources > 33000 && c->sources < 33400);
    assert_int_equal(c->sources + c->outlier_sources, n - 100);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pairs),         cmocka_unit_test(test_grouping),
        cmocka_unit_test(test_findings),      cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_limited_small), cmocka_unit_test(test_budget),
        cmocka_unit_test(test_focused),       cmocka_unit_test(test_running_total),
        cmocka_unit_test(test_update_summary),
        cmocka_unit_test(test_consensus_narrower_claim),
        cmocka_unit_test(test_focused_order),
        cmocka_unit_test(test_scale),
        cmocka_unit_test(test_denial_scope),
        cmocka_unit_test(test_claim_order),
        cmocka_unit_test(test_keys_by_content),
        cmocka_unit_test(test_extreme_tolerance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: MIT */
/* value.h: value intervals, the common currency of normalizers, records and
 * the comparator. A number is [low, high]; an open end has has_low/has_high
 * FALSE. Dates are intervals of days, counted as GDate Julian day numbers. */
#pragma once

#include <claimcheck/export.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
    CC_VALUE_NONE = 0, /* an event: nothing to measure */
    CC_VALUE_NUMBER,   /* a count or a measure, with an optional unit */
    CC_VALUE_DATE,     /* low/high are Julian day numbers (GDate), inclusive */
} CcValueKind;

typedef struct {
    CcValueKind kind;
    double low;  /* meaningful only when has_low */
    double high; /* meaningful only when has_high */
    gboolean has_low;
    gboolean has_high;
    gboolean low_strict;  /* "more than N": N itself excluded */
    gboolean high_strict; /* "fewer than N" */
    gboolean approx;      /* "about", "an estimated": widened by tolerance */
    gboolean vague;       /* a magnitude word: "thousands", "dozens" */
    gboolean derived;     /* computed from another figure: "half of the 11,000" */
    const char *unit;     /* canonical unit, interned; NULL for none */
    /* The figure and unit as stated, before conversion to the canonical
     * unit ("5 km" -> 5000 m keeps 5 and "km" here; "40 per cent" keeps 40
     * and "per cent"). Bounds as low/high, in the stated unit. */
    double orig_low;
    double orig_high;
    const char *orig_unit; /* interned lexicon phrase; NULL when no unit was read */
    /* A change from one figure to another ("fell from $2,415 to $2,315"):
     * the figure it started from, in the value's unit (orig_from: in the
     * stated unit). The value is the figure it came to after a fall, the
     * span it covers after a rise. */
    gboolean has_from;
    double from;
    double orig_from;
    /* A share of a figure ("about a quarter of the 12,000 troops", "40% of
     * the 11,000"): the value is derived, the share as a fraction and the
     * figure it is taken of are kept. */
    gboolean has_share;
    double share_low, share_high; /* the fraction, 0 to 1 */
    double share_of_low, share_of_high;
    /* A product of a figure: the size each of several units holds ("two
     * brigades of 6,000 each"): the value is derived, the count of units
     * (the factor) and the size each are kept. */
    gboolean has_product;
    double product_factor;
    double product_of_low, product_of_high;
} CcValue;

/* An exact number [n, n]. */
CC_API void cc_value_set_number(CcValue *value, double n);
/* A day interval from two Julian day numbers. */
CC_API void cc_value_set_days(CcValue *value, guint32 first, guint32 last);

/* TRUE when the two intervals share at least one point (open ends extend
 * to infinity; strict ends exclude their bound). */
CC_API gboolean cc_value_overlaps(const CcValue *a, const CcValue *b);
/* TRUE when @inner lies entirely within @outer. */
CC_API gboolean cc_value_contains(const CcValue *outer, const CcValue *inner);

/* TRUE for units measured on a continuum (m, kg, USD, percent, …); FALSE
 * for whole things counted (person, shell, missile) and for no unit. */
CC_API gboolean cc_unit_is_continuous(const char *unit);

/* The interval as records state it: a strict bound on whole things (a
 * count, a day) closes onto the next whole one — "more than 3,000" people is
 * [3001, open] — while a strict bound on a continuous measure stays
 * strict. */
CC_API CcValue cc_value_closed(const CcValue *value);

/* Formats the interval for people: "11,000", "10,000–12,000", "> 3,000",
 * "2024-06-19", "2024-06-01 – 2024-06-30". (transfer full) */
CC_API char *cc_value_to_display(const CcValue *value);

/* ISO 8601 day string of a Julian day number. (transfer full) */
CC_API char *cc_day_to_iso(guint32 day);
/* Parses "YYYY-MM-DD"; FALSE on anything else. */
CC_API gboolean cc_day_from_iso(const char *iso, guint32 *day);

G_END_DECLS

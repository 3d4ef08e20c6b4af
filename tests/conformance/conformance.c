/* SPDX-License-Identifier: MIT */
/* conformance.c: measures claimcheck's generic value rules (rules/core/)
 * against two peers' own test suites: Recognizers-Text's English specs
 * (entity recall by span and interval, spurious records) and NewsQuant
 * (value precision, recall and F1 as the CQE evaluation counts them).
 * Prints one line per suite, checks each against its floor, and writes
 * every failing case, grouped by cause, to a file for the next person.
 * Exit: 0 all floors met, 1 a suite below its floor, 2 usage or input
 * error, 77 suites or rules not present (a checkout without them). */
#include "peer.h"

#include <claimcheck/claimcheck.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_SKIP 77

typedef struct {
    char *suite;
    char *metric; /* "recall" or "f1" */
    double value;
    guint line;
} Floor;

static void
floor_free(gpointer data)
{
    Floor *f = data;
    g_free(f->suite);
    g_free(f->metric);
    g_free(f);
}

/* "SUITE METRIC VALUE" lines, '#' comments. (element-type Floor) */
static GPtrArray *
floors_load(const char *path, GError **error)
{
    g_autofree char *data = NULL;
    if (!g_file_get_contents(path, &data, NULL, error)) {
        g_prefix_error(error, "%s: ", path);
        return NULL;
    }
    g_autoptr(GPtrArray) floors = g_ptr_array_new_with_free_func(floor_free);
    g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
    for (guint i = 0; lines[i] != NULL; i++) {
        char *hash = strchr(lines[i], '#');
        if (hash)
            *hash = '\0';
        g_auto(GStrv) words = g_strsplit_set(g_strstrip(lines[i]), " \t", -1);
        GPtrArray *w = g_ptr_array_new();
        for (guint j = 0; words[j]; j++)
            if (*words[j])
                g_ptr_array_add(w, words[j]);
        guint n = w->len;
        if (n == 0) {
            g_ptr_array_free(w, TRUE);
            continue;
        }
        const char *suite = w->pdata[0], *metric = n > 1 ? w->pdata[1] : "";
        const char *number = n > 2 ? w->pdata[2] : "";
        char *end = NULL;
        double value = g_ascii_strtod(number, &end);
        gboolean ok = n == 3 && (strcmp(metric, "recall") == 0 || strcmp(metric, "f1") == 0)
                      && end != number && *end == '\0' && value >= 0 && value <= 100;
        if (!ok) {
            g_ptr_array_free(w, TRUE);
            g_set_error(error, CC_ERROR, CC_ERROR_INPUT,
                        "%s:%u:1: expected \"SUITE recall|f1 PERCENT\" (0 to 100)", path, i + 1);
            return NULL;
        }
        Floor *f = g_new0(Floor, 1);
        f->suite = g_strdup(suite);
        f->metric = g_strdup(metric);
        f->value = value;
        f->line = i + 1;
        g_ptr_array_add(floors, f);
        g_ptr_array_free(w, TRUE);
    }
    return g_steal_pointer(&floors);
}

/* What a suite scored. */
typedef struct {
    const PeerSuite *suite;
    /* span suites */
    guint expected, found, known, missed, wrong, spurious, records;
    /* CQE */
    guint gold, predicted, matched, dates_excluded;
} Score;

/* Failing cases by cause, for the failures file. */
typedef struct {
    GString *missed, *wrong, *known, *known_range, *spurious, *gold, *pred;
    guint n_missed, n_wrong, n_known, n_known_range, n_spurious, n_gold, n_pred;
} Failures;

/* ---- known difference: a date range's end ----
 * Recognizers-Text ends a date range before its last named unit ("from
 * 2014 to 2018" is [2014-01-01, 2017-12-31], "between 3 and 12 of Sept"
 * [09-03, 09-11]); in news claims "from 2014 to 2018" includes 2018, and
 * claimcheck keeps the inclusive reading. The test is exact: the suite's
 * interval equals the record's with the end moved back one unit (a day;
 * a week when the record ends on a Sunday; a month when it ends on a
 * month's last day; a quarter when it ends a quarter; a year when it
 * ends on 31 December). */

static gboolean
date_of(double julian, GDate *d)
{
    g_date_clear(d, 1);
    if (julian < 1 || julian > G_MAXUINT32 || julian != floor(julian))
        return FALSE;
    g_date_set_julian(d, (guint32)julian);
    return g_date_valid(d);
}

static gboolean
end_one_unit_back(double ours, double theirs)
{
    GDate d;
    if (!date_of(ours, &d) || theirs >= ours)
        return FALSE;
    if (theirs == ours - 1)
        return TRUE; /* a day */
    if (g_date_get_weekday(&d) == G_DATE_SUNDAY && theirs == ours - 7)
        return TRUE; /* a week */
    if (!g_date_is_last_of_month(&d))
        return FALSE;
    guint32 first = g_date_get_julian(&d) - g_date_get_day(&d) + 1;
    if (theirs == (double)first - 1)
        return TRUE; /* a month */
    if (g_date_get_month(&d) % 3 == 0) {
        GDate q;
        g_date_clear(&q, 1);
        g_date_set_dmy(&q, 1, g_date_get_month(&d), g_date_get_year(&d));
        g_date_subtract_months(&q, 2);
        if (theirs == (double)g_date_get_julian(&q) - 1)
            return TRUE; /* a quarter */
    }
    return g_date_get_month(&d) == G_DATE_DECEMBER && theirs == ours - g_date_get_day_of_year(&d);
}

static gboolean
range_end_exclusive(const PeerInterval *want, const CcValue *got)
{
    if (want->kind != CC_VALUE_DATE || got->kind != CC_VALUE_DATE || !want->has_low
        || !want->has_high || !got->has_low || !got->has_high || got->low_strict
        || got->high_strict || want->low_open || want->high_open)
        return FALSE;
    return fabs(want->low - got->low) < 0.5 && got->low < got->high
           && want->low < want->high + 0.5 && end_one_unit_back(got->high, want->high);
}

/* The first record overlapping @e whose date range differs from the suite's
 * only by its inclusive end, or NULL. */
static const CcClaim *
inclusive_end_witness(const PeerEntity *e, GPtrArray *records)
{
    if (e->unresolved || !e->has_span)
        return NULL;
    for (guint j = 0; j < records->len; j++) {
        const CcClaim *r = records->pdata[j];
        if (!peer_spans_overlap(e->start, e->end, r->span_start, r->span_end))
            continue;
        if (range_end_exclusive(&e->value, &r->value))
            return r;
        for (guint k = 0; e->alternatives && k < e->alternatives->len; k++)
            if (range_end_exclusive(&g_array_index(e->alternatives, PeerInterval, k), &r->value))
                return r;
    }
    return NULL;
}

static void
case_header(GString *out, const PeerCase *c)
{
    g_string_append_printf(out, "%s#%" G_GINT64_FORMAT "  %s\n", c->suite, c->id, c->input);
}

static void
append_record(GString *out, const char *label, const CcClaim *r, const char *input)
{
    g_autofree char *value = peer_value_to_string(&r->value);
    g_autofree char *written = g_strndup(input + r->span_start, r->span_end - r->span_start);
    g_string_append_printf(out, "    %-9s \"%s\" [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") %s (%s)\n",
                           label, written, r->span_start, r->span_end, value,
                           r->rule ? r->rule : "?");
}

static void
append_entity(GString *out, const PeerEntity *e)
{
    g_autofree char *iv = e->unresolved ? g_strdup("no value (the suite resolves none)")
                                        : peer_interval_to_string(&e->value);
    if (e->has_span)
        g_string_append_printf(out, "    expected  \"%s\" [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") %s",
                               e->text ? e->text : "", e->start, e->end, iv);
    else
        g_string_append_printf(out, "    expected  %s%s%s", iv, e->change ? " change " : "",
                               e->change ? e->change : "");
    if (e->unit && !e->needs_unit)
        g_string_append_printf(out, " unit %s", e->unit);
    else if (e->unit && e->canon_unit == NULL)
        g_string_append_printf(out, " unit %s (\"%s\": no unit of claimcheck's)", e->unit,
                               e->unit_phrase);
    else if (e->unit)
        g_string_append_printf(out, " unit %s (\"%s\" = %s x %.10g)", e->unit, e->unit_phrase,
                               e->canon_unit, e->factor);
    if (e->alternatives) {
        g_string_append(out, " or");
        for (guint i = 0; i < e->alternatives->len; i++) {
            g_autofree char *alt =
                peer_interval_to_string(&g_array_index(e->alternatives, PeerInterval, i));
            g_string_append_printf(out, " %s", alt);
        }
    }
    g_string_append_c(out, '\n');
}

static gboolean
same(double a, double b)
{
    return fabs(a - b) <= 1e-6 * MAX(1.0, fabs(b));
}

/* The figures a record states: as stored and as written before conversion. */
static guint
record_views(const CcValue *v, double lows[2], double highs[2])
{
    guint n = 0;
    lows[n] = v->low;
    highs[n++] = v->high;
    if (v->orig_unit != NULL) {
        lows[n] = v->orig_low;
        highs[n++] = v->orig_high;
    }
    return n;
}

/* TRUE when [s, e) of @input lies inside a dotted quad ("192.168.1.2") or a
 * telephone number ("+1-222-2222/2222"): claimcheck reads no value there. */
static gboolean
inside_address(const char *input, gsize s, gsize e)
{
    gsize a = s, b = e, len = strlen(input);
    while (a > 0 && (g_ascii_isdigit(input[a - 1]) || strchr(".+-/", input[a - 1])))
        a--;
    while (b < len && (g_ascii_isdigit(input[b]) || strchr(".-/", input[b])))
        b++;
    guint dots = 0, dashes = 0, digits = 0;
    for (gsize i = a; i < b; i++) {
        dots += input[i] == '.';
        dashes += input[i] == '-' || input[i] == '/';
        digits += g_ascii_isdigit(input[i]) != 0;
    }
    gboolean quad = dots == 3 && dashes == 0 && digits >= 4;
    gboolean phone = input[a] == '+' && dashes >= 2 && digits >= 7;
    return quad || phone;
}

/* TRUE when [s, e) of @input is a figure glued by a dash to a word before
 * it: "SCP-173", "F-16", "COVID-19" name things. */
static gboolean
after_designation(const char *input, gsize s)
{
    return s >= 2 && input[s - 1] == '-' && g_ascii_isalpha(input[s - 2]);
}

/* TRUE when the record @w reads the figure of @e as the numerator of the
 * fraction word written after it: "100 millionths", "two millionth". */
static gboolean
numerator_of(const char *input, const PeerEntity *e, const CcClaim *w)
{
    if (w->span_start > e->start || w->span_end <= e->end)
        return FALSE;
    gsize a = e->end, b = w->span_end;
    while (a < b && g_ascii_isspace(input[a]))
        a++;
    if (a == e->end || a == b)
        return FALSE;
    for (gsize i = a; i < b; i++)
        if (!g_ascii_isalpha(input[i]))
            return FALSE;
    return (b - a > 2 && g_ascii_strncasecmp(input + b - 2, "th", 2) == 0)
           || (b - a > 3 && g_ascii_strncasecmp(input + b - 3, "ths", 3) == 0);
}

/* TRUE when the record @w covers @e and another expected entity with a
 * unit: "12 m 2 dm" read as one length. */
static gboolean
one_measure(const PeerCase *c, const PeerEntity *e, const CcClaim *w)
{
    /* money in two currencies ("rmb 10 usd 20") is two amounts, never one */
    if (e->unit == NULL || w->value.unit == NULL || g_ascii_isupper(w->value.unit[0])
        || w->span_start > e->start || w->span_end < e->end)
        return FALSE;
    for (guint i = 0; i < c->expect->len; i++) {
        const PeerEntity *o = c->expect->pdata[i];
        if (o != e && o->has_span && o->unit != NULL && g_strcmp0(o->unit, e->unit) != 0
            && w->span_start <= o->start && w->span_end >= o->end)
            return TRUE;
    }
    return FALSE;
}

/* Why a failing expected entity is a known difference (a reading claimcheck
 * keeps on purpose), or NULL. Each test looks at the values and the text,
 * never at case ids. */
/* TRUE when the text of @e ends with @suffix (any case). */
static gboolean
entity_ends_with(const PeerCase *c, const PeerEntity *e, const char *suffix)
{
    gsize n = strlen(suffix);
    return e->end - e->start >= n && g_ascii_strncasecmp(c->input + e->end - n, suffix, n) == 0;
}

/* Why a unit entity is a known difference: a unit claimcheck reads
 * otherwise on purpose, or NULL. Each test looks at the text and the units. */
static const char *
unit_known_reason(const PeerCase *c, const PeerEntity *e, const CcClaim *witness)
{
    if (!e->needs_unit)
        return NULL;
    const char *got = witness ? witness->value.unit : NULL;
    if (g_strcmp0(e->unit_phrase, "megabit") == 0 && g_strcmp0(got, "byte") == 0
        && entity_ends_with(c, e, "mb"))
        return "\"mb\" is megabytes, written in any case (a file or memory size); a bit rate "
               "says so (\"mbps\", \"Mb/s\"); the suite reads lower-case \"mb\" as megabits";
    if (entity_ends_with(c, e, "pm") && got == NULL)
        return "a figure before \"pm\" is a time of day, not picometres";
    if (entity_ends_with(c, e, "\"") && got == NULL)
        return "a straight double quote after a figure closes a quotation as often as it marks "
               "inches; claimcheck reads the double prime (″) as inches, not the quote";
    return NULL;
}

static const char *
span_known_reason(const PeerCase *c, const PeerEntity *e, const CcClaim *witness)
{
    if (e->unresolved || !e->has_span || e->value.kind != CC_VALUE_NUMBER)
        return NULL;
    const char *unit_reason = unit_known_reason(c, e, witness);
    if (unit_reason != NULL)
        return unit_reason;
    if (witness == NULL) {
        if (inside_address(c->input, e->start, e->end))
            return "an IP address or telephone number holds no value";
        if (after_designation(c->input, e->start))
            return "a figure glued by a dash to a word names a thing (\"F-16\", \"SCP-173\")";
        return NULL;
    }
    const CcValue *v = &witness->value;
    const PeerInterval *x = &e->value;
    if (v->kind == CC_VALUE_DATE && x->kind == CC_VALUE_NUMBER)
        return "a figure inside a date is read as the date";
    if (v->kind != CC_VALUE_NUMBER || x->kind != CC_VALUE_NUMBER || !x->has_low || !x->has_high
        || !same(x->low, x->high))
        return NULL;
    if (numerator_of(c->input, e, witness))
        return "a figure before a fraction word is its numerator (\"100 millionths\" is 0.0001); "
               "the suite reads the bare figure";
    if (one_measure(c, e, witness))
        return "a measure in two units is one measure (\"12 m 2 dm\" is 12.2 m); the suite "
               "reads each part";
    double lows[2], highs[2];
    guint n = record_views(v, lows, highs);
    for (guint i = 0; i < n; i++) {
        /* "over 188 miles an hour": the suite drops the bound word */
        if (v->has_low != v->has_high
            && ((v->has_low && same(lows[i], x->low)) || (v->has_high && same(highs[i], x->low))))
            return "claimcheck keeps the bound written before the figure; the suite reads the "
                   "bare figure";
        /* "eight to 10 feet": the suite reads one end of the range */
        if (v->has_low && v->has_high && lows[i] < highs[i]
            && (same(lows[i], x->low) || same(highs[i], x->low))
            && witness->span_start <= e->start && witness->span_end >= e->end)
            return "claimcheck reads the whole range; the suite reads one end";
    }
    return NULL;
}

/* ---- known differences of dates ----
 * Each test looks at the text and the values, never at case ids. */

/* TRUE when @text holds figures whose day and month could swap: "01/02/2018",
 * "11/12/35". */
static gboolean
has_swappable_figures(const char *text)
{
    for (const char *p = text; *p; p++) {
        if (!g_ascii_isdigit(*p) || (p > text && (g_ascii_isdigit(p[-1]) || p[-1] == '/')))
            continue;
        char *end = NULL;
        long x = strtol(p, &end, 10);
        if (*end != '/' && *end != '-')
            continue;
        char sep = *end;
        const char *q = end + 1;
        long z = strtol(q, &end, 10);
        if (end == q || *end != sep || !g_ascii_isdigit(end[1]))
            continue;
        if (x >= 1 && x <= 12 && z >= 1 && z <= 12 && x != z)
            return TRUE;
    }
    return FALSE;
}

static gboolean
has_date_record(const PeerEntity *e, GPtrArray *records)
{
    for (guint j = 0; j < records->len; j++) {
        const CcClaim *r = records->pdata[j];
        if (r->value.kind == CC_VALUE_DATE
            && peer_spans_overlap(e->start, e->end, r->span_start, r->span_end))
            return TRUE;
    }
    return FALSE;
}

static gboolean
contains_phrase(const char *text, const char *const *words)
{
    g_autofree char *lower = g_ascii_strdown(text, -1);
    for (guint i = 0; words[i]; i++)
        if (strstr(lower, words[i]) != NULL)
            return TRUE;
    return FALSE;
}

/* The expected interval and its alternatives, by @test against @got. */
static gboolean
any_reading(const PeerEntity *e, const CcValue *got,
            gboolean (*test)(const PeerInterval *, const CcValue *))
{
    if (test(&e->value, got))
        return TRUE;
    for (guint k = 0; e->alternatives && k < e->alternatives->len; k++)
        if (test(&g_array_index(e->alternatives, PeerInterval, k), got))
            return TRUE;
    return FALSE;
}

static gboolean
bounded_dates(const PeerInterval *want, const CcValue *got)
{
    return want->kind == CC_VALUE_DATE && got->kind == CC_VALUE_DATE && want->has_low
           && want->has_high && got->has_low && got->has_high;
}

/* The record's days hold the suite's, a part of a period wide at most. */
static gboolean
holds_within_a_part(const PeerInterval *want, const CcValue *got)
{
    return bounded_dates(want, got) && got->low <= want->low && got->high >= want->high
           && want->low - got->low <= 123 && got->high - want->high <= 123;
}

/* The suite's days are the record's a week later. */
static gboolean
a_week_later(const PeerInterval *want, const CcValue *got)
{
    return bounded_dates(want, got) && want->low - got->low == 7 && want->high - got->high == 7;
}

/* The suite's days are the record's a year later. */
static gboolean
a_year_later(const PeerInterval *want, const CcValue *got)
{
    if (!bounded_dates(want, got))
        return FALSE;
    GDate lo, hi;
    if (!date_of(got->low, &lo) || !date_of(got->high, &hi))
        return FALSE;
    g_date_add_years(&lo, 1);
    g_date_add_years(&hi, 1);
    return want->low == g_date_get_julian(&lo) && want->high == g_date_get_julian(&hi);
}

/* Why a failing expected date is a known difference (a reading claimcheck
 * keeps on purpose), or NULL. */
static const char *
date_known_reason(const PeerCase *c, const PeerEntity *e, const CcClaim *witness,
                  GPtrArray *records)
{
    static const char *const parts[] = {"end of", "start of", "beginning of", "middle of", NULL};
    static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                           "friday", "saturday", "sunday", NULL};
    if (e->unresolved || !e->has_span || e->value.kind != CC_VALUE_DATE)
        return NULL;
    g_autofree char *text = g_strndup(c->input + e->start, e->end - e->start);
    if (!has_date_record(e, records) && has_swappable_figures(text))
        return "figures whose day and month could swap (01/02/2018) are no date";
    if (witness == NULL || witness->value.kind != CC_VALUE_DATE)
        return NULL;
    if (contains_phrase(text, parts) && any_reading(e, &witness->value, holds_within_a_part))
        return "a range from or to a part of a period (\"the end of 2007\") keeps the whole "
               "part; the suite takes one day of it";
    gboolean year_written = FALSE;
    for (const char *p = text; *p && !year_written; p++)
        year_written = g_ascii_isdigit(p[0]) && g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2])
                       && g_ascii_isdigit(p[3]);
    /* the weekday a duration counts from: "3 days from tuesday" */
    gboolean weekday = FALSE;
    g_autofree char *lower = g_ascii_strdown(text, -1);
    for (guint k = 0; weekdays[k] && !weekday; k++) {
        const char *w = strstr(lower, weekdays[k]);
        static const char *const before[] = {"from ", "after ", "before ", NULL};
        for (guint b = 0; w != NULL && before[b] && !weekday; b++) {
            gsize n = strlen(before[b]);
            weekday = (gsize)(w - lower) >= n && memcmp(w - n, before[b], n) == 0;
        }
    }
    if (!year_written && (weekday ? any_reading(e, &witness->value, a_week_later)
                                  : any_reading(e, &witness->value, a_year_later)))
        return "a date without a year is in the reference date's year, a weekday alone the "
               "last one on or before it; the suite takes the next";
    return NULL;
}

static void
score_span_case(const PeerCase *c, GPtrArray *records, Score *s, Failures *f)
{
    s->expected += c->expect->len;
    for (guint i = 0; i < c->expect->len; i++) {
        const PeerEntity *e = c->expect->pdata[i];
        const CcClaim *witness = NULL;
        PeerOutcome outcome = peer_entity_outcome(e, records, &witness);
        const char *reason = NULL;
        if (outcome == PEER_KNOWN)
            reason = "claimcheck keeps a lower bound the suite leaves open (\"as many as\", "
                     "\"nearly\")";
        else if ((outcome == PEER_MISSED || outcome == PEER_WRONG_VALUE)
                 && ((reason = span_known_reason(c, e, witness)) != NULL
                     || (reason = date_known_reason(c, e, witness, records)) != NULL))
            outcome = PEER_KNOWN;
        GString *out = NULL;
        const CcClaim *inclusive = NULL;
        if (outcome == PEER_WRONG_VALUE && (inclusive = inclusive_end_witness(e, records)) != NULL) {
            witness = inclusive;
            s->known++;
            f->n_known_range++;
            case_header(f->known_range, c);
            append_entity(f->known_range, e);
            append_record(f->known_range, "got", witness, c->input);
            continue;
        }
        switch (outcome) {
        case PEER_FOUND:
            s->found++;
            continue;
        case PEER_MISSED:
            s->missed++;
            f->n_missed++;
            out = f->missed;
            break;
        case PEER_WRONG_VALUE:
            s->wrong++;
            f->n_wrong++;
            out = f->wrong;
            break;
        case PEER_KNOWN:
            s->known++;
            f->n_known++;
            out = f->known;
            break;
        }
        case_header(out, c);
        if (reason != NULL)
            g_string_append_printf(out, "    because   %s\n", reason);
        append_entity(out, e);
        if (witness != NULL) {
            append_record(out, "got", witness, c->input);
        } else if (records->len == 0) {
            g_string_append(out, "    got       no record\n");
        } else {
            for (guint j = 0; j < records->len; j++)
                append_record(out, "elsewhere", records->pdata[j], c->input);
        }
    }
    for (guint j = 0; j < records->len; j++) {
        const CcClaim *r = records->pdata[j];
        s->records++;
        if (!peer_record_spurious(r, c->expect))
            continue;
        s->spurious++;
        f->n_spurious++;
        case_header(f->spurious, c);
        if (c->expect->len == 0)
            g_string_append(f->spurious, "    expected  nothing\n");
        for (guint i = 0; i < c->expect->len; i++)
            append_entity(f->spurious, c->expect->pdata[i]);
        append_record(f->spurious, "got", r, c->input);
    }
}

/* TRUE when @input holds "one of" followed by a determiner: "one of the
 * best speakers" counts nothing. */
static gboolean
says_one_of(const char *input)
{
    static const char *const dets[] = {"the ", "my ", "its ", "his ", "her ", "their ",
                                       "our ", "your ", "those ", "these ", NULL};
    for (const char *p = input; (p = g_strstr_len(p, -1, "ne of ")) != NULL; p++) {
        if (p == input || g_ascii_tolower(p[-1]) != 'o' || (p - 1 > input && g_ascii_isalpha(p[-2])))
            continue;
        for (guint i = 0; dets[i]; i++)
            if (g_ascii_strncasecmp(p + 6, dets[i], strlen(dets[i])) == 0)
                return TRUE;
    }
    return FALSE;
}

/* Why an unmatched NewsQuant gold value is a known difference, or NULL.
 * @preds: the sentence's unmatched predictions. */
static const char *
cqe_known_reason(const PeerCase *c, const PeerEntity *g, GPtrArray *preds, const int *pm)
{
    const PeerInterval *x = &g->value;
    if (!x->has_low || !x->has_high)
        return NULL;
    if (x->low > x->high)
        return "a change from one figure to another (low > high) is no interval";
    if (same(x->low, 1) && same(x->high, 1) && says_one_of(c->input))
        return "\"one of the\" counts nothing";
    for (guint j = 0; j < preds->len; j++) {
        if (pm[j] >= 0)
            continue;
        const CcValue *v = preds->pdata[j];
        double lows[2], highs[2];
        guint n = record_views(v, lows, highs);
        for (guint i = 0; i < n; i++) {
            gboolean lo_eq = v->has_low && same(lows[i], x->low);
            gboolean hi_eq = v->has_high && same(highs[i], x->high);
            /* "thousands", "dozens": the lexicon's interval, not the suite's */
            if (v->vague && x->low < x->high && v->has_low && v->has_high
                && lows[i] <= x->high && x->low <= highs[i])
                return "magnitude words read through claimcheck's lexicon (\"thousands\" is "
                       "[2000, 19999])";
            /* "nearly 57%", "as many as 14", "under 4%", "35 or above": a bound
             * kept where the suite reads the bare figure */
            gboolean upper = hi_eq
                             && (!v->has_low || same(lows[i], 0)
                                 || same(lows[i], 0.9 * highs[i]));
            if (same(x->low, x->high) && !v->vague && (upper || (lo_eq && !v->has_high)))
                return "claimcheck keeps the bound written with the figure; the suite reads "
                       "the bare figure";
        }
    }
    return NULL;
}

static void
score_cqe_case(const PeerCase *c, GPtrArray *records, Score *s, Failures *f)
{
    /* NewsQuant annotates quantities, not dates: date records are left out. */
    g_autoptr(GPtrArray) values = g_ptr_array_new();
    g_autoptr(GPtrArray) value_records = g_ptr_array_new();
    for (guint j = 0; j < records->len; j++) {
        const CcClaim *r = records->pdata[j];
        if (r->value.kind == CC_VALUE_DATE) {
            s->dates_excluded++;
            continue;
        }
        if (r->value.kind != CC_VALUE_NUMBER)
            continue;
        g_ptr_array_add(values, (gpointer)&r->value);
        g_ptr_array_add(value_records, (gpointer)r);
    }
    g_autoptr(PeerCqeScore) sc = peer_cqe_score(c->expect, values);
    GPtrArray *preds = sc->preds;
    g_autoptr(GPtrArray) pred_records = g_ptr_array_new();
    for (guint j = 0; j < preds->len; j++)
        g_ptr_array_add(pred_records, value_records->pdata[g_array_index(sc->origin, guint, j)]);
    const int *gm = sc->gold_match, *pm = sc->pred_match;
    s->gold += c->expect->len;
    s->predicted += sc->predicted;
    s->matched += sc->matched;
    if (sc->matched == c->expect->len && sc->matched == sc->predicted)
        return;
    for (guint i = 0; i < c->expect->len; i++) {
        if (gm[i] >= 0)
            continue;
        const char *reason = cqe_known_reason(c, c->expect->pdata[i], preds, pm);
        if (reason != NULL) {
            s->known++;
            f->n_known++;
            case_header(f->known, c);
            g_string_append_printf(f->known, "    because   %s\n", reason);
            append_entity(f->known, c->expect->pdata[i]);
            continue;
        }
        f->n_gold++;
        case_header(f->gold, c);
        append_entity(f->gold, c->expect->pdata[i]);
        for (guint j = 0; j < pred_records->len; j++)
            if (pm[j] < 0)
                append_record(f->gold, "unmatched", pred_records->pdata[j], c->input);
    }
    for (guint j = 0; j < pred_records->len; j++) {
        if (pm[j] >= 0)
            continue;
        f->n_pred++;
        case_header(f->pred, c);
        if (c->expect->len == 0)
            g_string_append(f->pred, "    expected  nothing\n");
        for (guint i = 0; i < c->expect->len; i++)
            if (gm[i] < 0)
                append_entity(f->pred, c->expect->pdata[i]);
        append_record(f->pred, "got", pred_records->pdata[j], c->input);
    }
}

static double
percent(guint part, guint whole)
{
    return whole ? 100.0 * part / whole : 100.0;
}

static void
cqe_figures(const Score *s, double *p, double *r, double *f1)
{
    *p = s->predicted ? 100.0 * s->matched / s->predicted : 0;
    *r = s->gold ? 100.0 * s->matched / s->gold : 0;
    *f1 = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static const Floor *
floor_for(GPtrArray *floors, const char *suite)
{
    for (guint i = 0; floors && i < floors->len; i++) {
        const Floor *f = floors->pdata[i];
        if (strcmp(f->suite, suite) == 0)
            return f;
    }
    return NULL;
}

static gboolean
write_failures(const char *path, const Failures *f, const char *suites_dir, const char *rules_dir,
               GError **error)
{
    g_autoptr(GString) out = g_string_new(NULL);
    g_string_append_printf(out,
                           "# claimcheck conformance failures\n"
                           "# rules:  %s\n# suites: %s\n"
                           "# Each entry: SUITE#ID  input, then what the suite expects and what "
                           "the rules produced.\n\n",
                           rules_dir, suites_dir);
    const struct {
        const char *title;
        const GString *body;
        guint n;
    } sections[] = {
        {"missed: no record overlaps the expected span", f->missed, f->n_missed},
        {"wrong value: a record overlaps, with another interval", f->wrong, f->n_wrong},
        {"known difference: a reading claimcheck keeps on purpose, the reason given; "
         "counted as a failure",
         f->known, f->n_known},
        {"known difference: claimcheck ends a date range inclusively (\"from 2014 to 2018\" "
         "includes 2018), the suite one unit before its end; not counted as found",
         f->known_range, f->n_known_range},
        {"spurious: a record where the suite expects nothing", f->spurious, f->n_spurious},
        {"NewsQuant unmatched gold: no prediction of the sentence equals the value", f->gold,
         f->n_gold},
        {"NewsQuant unmatched prediction: a quantity record no gold value of the sentence "
         "equals (date records are not predictions)",
         f->pred, f->n_pred},
    };
    for (guint i = 0; i < G_N_ELEMENTS(sections); i++)
        g_string_append_printf(out, "## %s (%u)\n\n%s\n", sections[i].title, sections[i].n,
                               sections[i].body->str);
    g_autofree char *dir = g_path_get_dirname(path);
    if (g_mkdir_with_parents(dir, 0755) != 0) {
        g_set_error(error, CC_ERROR, CC_ERROR_IO, "%s: cannot create directory", dir);
        return FALSE;
    }
    if (!g_file_set_contents(path, out->str, (gssize)out->len, error)) {
        g_prefix_error(error, "%s: ", path);
        return FALSE;
    }
    return TRUE;
}

int
main(int argc, char **argv)
{
    g_autofree char *suites_dir = NULL, *rules_dir = NULL, *failures_path = NULL,
                    *floors_path = NULL;
    g_auto(GStrv) only = NULL;
    GOptionEntry entries[] = {
        {"suites", 0, 0, G_OPTION_ARG_FILENAME, &suites_dir,
         "Directory of peer suites (*.jsonl)", "DIR"},
        {"rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, "Rules to measure (default rules/core)",
         "DIR"},
        {"failures", 0, 0, G_OPTION_ARG_FILENAME, &failures_path,
         "Where to write every failing case", "FILE"},
        {"floors", 0, 0, G_OPTION_ARG_FILENAME, &floors_path,
         "Floors: SUITE recall|f1 PERCENT a line", "FILE"},
        {"suite", 0, 0, G_OPTION_ARG_STRING_ARRAY, &only, "Run only this suite (repeatable)",
         "NAME"},
        G_OPTION_ENTRY_NULL,
    };
    g_autoptr(GOptionContext) ctx = g_option_context_new("- claimcheck peer conformance");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_autoptr(GError) error = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc > 1) {
        fprintf(stderr, "conformance: %s\n", error ? error->message : "unexpected argument");
        return 2;
    }
    if (suites_dir == NULL)
        suites_dir = g_strdup(CC_PEER_SPECS_DIR);
    if (rules_dir == NULL)
        rules_dir = g_build_filename(CC_SOURCE_DIR, "rules", "core", NULL);
    if (failures_path == NULL)
        failures_path = g_strdup(CC_FAILURES_DEFAULT);

    if (!g_file_test(suites_dir, G_FILE_TEST_IS_DIR)) {
        printf("conformance: suites not found at %s: skipped\n", suites_dir);
        return EXIT_SKIP;
    }
    if (!g_file_test(rules_dir, G_FILE_TEST_EXISTS)) {
        printf("conformance: rules not found at %s: skipped\n", rules_dir);
        return EXIT_SKIP;
    }

    g_autoptr(GPtrArray) floors = NULL;
    if (floors_path != NULL && (floors = floors_load(floors_path, &error)) == NULL) {
        fprintf(stderr, "conformance: %s\n", error->message);
        return 2;
    }

    g_autoptr(GPtrArray) paths = peer_suite_paths(suites_dir, &error);
    if (paths == NULL) {
        fprintf(stderr, "conformance: %s\n", error->message);
        return 2;
    }
    g_autoptr(GPtrArray) suites = g_ptr_array_new_with_free_func((GDestroyNotify)peer_suite_free);
    for (guint i = 0; i < paths->len; i++) {
        PeerSuite *s = peer_suite_load(paths->pdata[i], &error);
        if (s == NULL) {
            fprintf(stderr, "conformance: %s\n", error->message);
            return 2;
        }
        if (only && !g_strv_contains((const char *const *)only, s->name)) {
            peer_suite_free(s);
            continue;
        }
        g_ptr_array_add(suites, s);
    }
    for (guint i = 0; only && only[i]; i++) {
        gboolean seen = FALSE;
        for (guint j = 0; j < suites->len; j++)
            seen |= strcmp(((PeerSuite *)suites->pdata[j])->name, only[i]) == 0;
        if (!seen) {
            fprintf(stderr, "conformance: no suite \"%s\" in %s\n", only[i], suites_dir);
            return 2;
        }
    }

    g_autoptr(CcRuleSet) rules = cc_ruleset_new();
    if (rules == NULL || !cc_ruleset_load(rules, rules_dir, &error)
        || !cc_ruleset_compile(rules, &error)) {
        fprintf(stderr, "conformance: %s\n",
                error ? error->message : "the rule loader returned no rule set");
        return 2;
    }
    g_autoptr(CcExtractor) extractor = cc_extractor_new(rules);
    if (extractor == NULL) {
        fprintf(stderr, "conformance: the engine returned no extractor\n");
        return 2;
    }

    /* A span suite's entity with a unit is found only with that unit, as
     * claimcheck's own lexicon converts it. */
    const CcLexicon *lexicon = cc_ruleset_lexicon(rules);
    for (guint i = 0; i < suites->len; i++) {
        const PeerSuite *suite = suites->pdata[i];
        for (guint k = 0; suite->spans && k < suite->cases->len; k++) {
            const PeerCase *c = suite->cases->pdata[k];
            for (guint j = 0; j < c->expect->len; j++)
                peer_entity_resolve_unit(c->expect->pdata[j], suite->name, lexicon);
        }
    }

    Failures fail = {.missed = g_string_new(NULL),
                     .wrong = g_string_new(NULL),
                     .known = g_string_new(NULL),
                     .known_range = g_string_new(NULL),
                     .spurious = g_string_new(NULL),
                     .gold = g_string_new(NULL),
                     .pred = g_string_new(NULL)};
    g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
    guint passed = 0, failed = 0;
    int status = 0;
    for (guint i = 0; i < suites->len; i++) {
        const PeerSuite *suite = suites->pdata[i];
        Score s = {.suite = suite};
        for (guint k = 0; k < suite->cases->len; k++) {
            const PeerCase *c = suite->cases->pdata[k];
            g_autofree char *name = g_strdup_printf("%s#%" G_GINT64_FORMAT, c->suite, c->id);
            g_autoptr(CcSource) source =
                cc_source_new_from_data(name, c->input, strlen(c->input), &error);
            if (source == NULL) {
                fprintf(stderr, "conformance: %s:%u: %s\n", suite->path, c->line,
                        error ? error->message : "the source reader returned nothing");
                status = 2;
                goto out;
            }
            CcExtractOptions opts = {.ref_day = c->ref_day, .all = TRUE};
            g_autoptr(GPtrArray) records = cc_extract(extractor, source, &opts, warnings);
            if (records == NULL)
                records = g_ptr_array_new();
            if (suite->spans)
                score_span_case(c, records, &s, &fail);
            else
                score_cqe_case(c, records, &s, &fail);
        }

        const Floor *fl = floor_for(floors, suite->name);
        double figure;
        const char *metric;
        g_autofree char *line = NULL;
        if (suite->spans) {
            figure = percent(s.found, s.expected);
            metric = "recall";
            line = g_strdup_printf("recall %u/%u %.1f%%  spurious %u  known differences %u",
                                   s.found, s.expected, figure, s.spurious, s.known);
        } else {
            double p, r;
            cqe_figures(&s, &p, &r, &figure);
            metric = "f1";
            line = g_strdup_printf("P %.1f R %.1f F1 %.1f (%u gold, %u predicted; %u date "
                                   "records not counted)  known differences %u",
                                   p, r, figure, s.gold, s.predicted, s.dates_excluded, s.known);
        }
        gboolean ok = TRUE;
        g_autofree char *verdict = NULL;
        if (fl == NULL) {
            verdict = g_strdup("no floor");
        } else if (strcmp(fl->metric, metric) != 0) {
            fprintf(stderr, "conformance: %s:%u:1: %s is scored by %s, not %s\n", floors_path,
                    fl->line, suite->name, metric, fl->metric);
            status = 2;
            goto out;
        } else {
            /* Compare as printed, so a line never reads "90.0 below floor 90.0". */
            ok = round(figure * 10) >= round(fl->value * 10);
            verdict = g_strdup_printf("%s (floor %.1f)", ok ? "ok" : "BELOW FLOOR", fl->value);
        }
        printf("%-18s %s  %s\n", suite->name, line, verdict);
        if (ok)
            passed++;
        else
            failed++;
    }
    if (warnings->len > 0)
        printf("%u engine warnings (first: %s)\n", warnings->len, (char *)warnings->pdata[0]);
    if (!write_failures(failures_path, &fail, suites_dir, rules_dir, &error)) {
        fprintf(stderr, "conformance: %s\n", error->message);
        status = 2;
        goto out;
    }
    printf("failing cases: %s\n", failures_path);
    printf("%u passed, %u failed\n", passed, failed);
    status = failed > 0 ? 1 : 0;
out:
    g_string_free(fail.missed, TRUE);
    g_string_free(fail.wrong, TRUE);
    g_string_free(fail.known, TRUE);
    g_string_free(fail.known_range, TRUE);
    g_string_free(fail.spurious, TRUE);
    g_string_free(fail.gold, TRUE);
    g_string_free(fail.pred, TRUE);
    return status;
}

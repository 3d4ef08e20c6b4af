/* SPDX-License-Identifier: MIT */
/* value.c: value intervals — construction, overlap and containment, and
 * their display for people; Julian-day helpers for dates. */
#include "internal.h"

#include "json_write.h"

#include <math.h>

void
cc_value_set_number(CcValue *value, double n)
{
    memset(value, 0, sizeof *value);
    value->kind = CC_VALUE_NUMBER;
    value->low = value->high = n;
    value->has_low = value->has_high = TRUE;
}

void
cc_value_set_days(CcValue *value, guint32 first, guint32 last)
{
    memset(value, 0, sizeof *value);
    value->kind = CC_VALUE_DATE;
    value->low = first;
    value->high = last;
    value->has_low = value->has_high = TRUE;
}

gboolean
cc_unit_is_continuous(const char *unit)
{
    static const char *const continuous[] = {
        "mm", "cm", "m", "km", "km2", "m2", "ha", "g", "kg", "t", "l", "USD", "EUR", "GBP",
        "RUB", "UAH", "CNY", "JPY", "percent", "%", "s", "h", "day", "year", "MW", "W",
        "m3", "rad", "deg", "degC", "degF", "mpg", "hp", "wh", "hz", "bit", "byte",
        "percentage_point",
    };
    /* The unit asked last, and its answer: a report asks for every value
     * with a strict bound it writes, five or six times each, and records
     * name a handful of units ("person" went through the whole list). */
    static _Thread_local char last[32];
    static _Thread_local gboolean last_answer;
    if (unit == NULL)
        return FALSE;
    if (last[0] != '\0' && strcmp(unit, last) == 0)
        return last_answer;
    gboolean answer = FALSE;
    /* money (an upper-case ISO code: "CHF", "BTC") and rates ("m/s") */
    if (strchr(unit, '/') != NULL
        || (strlen(unit) == 3 && g_ascii_isupper(unit[0]) && g_ascii_isupper(unit[1])
            && g_ascii_isupper(unit[2])))
        answer = TRUE;
    for (guint i = 0; !answer && i < G_N_ELEMENTS(continuous); i++)
        if (g_ascii_strcasecmp(unit, continuous[i]) == 0)
            answer = TRUE;
    if (unit[0] != '\0' && strlen(unit) < sizeof last) {
        strcpy(last, unit);
        last_answer = answer;
    }
    return answer;
}

static gboolean
is_whole(double x)
{
    return isfinite(x) && fabs(x) < 9.0e15 && x == floor(x);
}

CcValue
cc_value_closed(const CcValue *value)
{
    CcValue v = *value;
    /* Most values have no strict bound: nothing to close, and no unit to
     * look up (every record written asks, and the look-up compares the
     * unit with forty names). */
    if (!(v.has_low && v.low_strict) && !(v.has_high && v.high_strict))
        return v;
    gboolean whole = v.kind == CC_VALUE_DATE
                     || (v.kind == CC_VALUE_NUMBER && !cc_unit_is_continuous(v.unit));
    if (whole && v.has_low && v.low_strict && is_whole(v.low)) {
        v.low += 1;
        v.low_strict = FALSE;
    }
    if (whole && v.has_high && v.high_strict && is_whole(v.high)) {
        v.high -= 1;
        v.high_strict = FALSE;
    }
    return v;
}

/* Does the point x satisfy the lower bound of v? */
static gboolean
above_low(const CcValue *v, double x, gboolean x_strict_side)
{
    if (!v->has_low)
        return TRUE;
    if (x > v->low)
        return TRUE;
    return x == v->low && !v->low_strict && !x_strict_side;
}

static gboolean
below_high(const CcValue *v, double x, gboolean x_strict_side)
{
    if (!v->has_high)
        return TRUE;
    if (x < v->high)
        return TRUE;
    return x == v->high && !v->high_strict && !x_strict_side;
}

gboolean
cc_value_overlaps(const CcValue *a, const CcValue *b)
{
    g_return_val_if_fail(a != NULL && b != NULL, FALSE);
    /* Two intervals overlap unless one ends before the other begins. */
    if (a->has_high && b->has_low && !(a->high > b->low
                                       || (a->high == b->low && !a->high_strict && !b->low_strict)))
        return FALSE;
    if (b->has_high && a->has_low && !(b->high > a->low
                                       || (b->high == a->low && !b->high_strict && !a->low_strict)))
        return FALSE;
    return TRUE;
}

gboolean
cc_value_contains(const CcValue *outer, const CcValue *inner)
{
    g_return_val_if_fail(outer != NULL && inner != NULL, FALSE);
    if (outer->has_low) {
        if (!inner->has_low || !above_low(outer, inner->low, inner->low_strict))
            return FALSE;
    }
    if (outer->has_high) {
        if (!inner->has_high || !below_high(outer, inner->high, inner->high_strict))
            return FALSE;
    }
    return TRUE;
}

/* "11,000", "1.5", "1,200,000.25": thousands separated, no trailing zeros. */
static void
append_number(GString *out, double n)
{
    if (!isfinite(n)) {
        g_string_append(out, n > 0 ? "inf" : "-inf");
        return;
    }
    char buf[64];
    if (fabs(n) < 1e15 && n == (double)(gint64)n) {
        /* A whole number, as "%.6f" with its zeros trimmed would give it,
         * without printf (reasons and summaries write many). */
        guint64 u = (guint64)fabs(n);
        char *p = buf + sizeof buf;
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0)
                *--p = ',';
            *--p = (char)('0' + u % 10);
            u /= 10;
            digits++;
        } while (u != 0);
        if (n < 0)
            g_string_append_c(out, '-');
        cc_json_put(out, p, (gsize)(buf + sizeof buf - p));
        return;
    }
    if (fabs(n) >= 1e15) {
        g_snprintf(buf, sizeof buf, "%.6g", n);
        g_string_append(out, buf);
        return;
    }
    g_snprintf(buf, sizeof buf, "%.6f", fabs(n));
    char *dot = strchr(buf, '.');
    char *end = buf + strlen(buf);
    while (end > dot + 1 && end[-1] == '0')
        *--end = '\0';
    if (end == dot + 1)
        *dot = '\0';
    if (n < 0)
        g_string_append_c(out, '-');
    gsize int_len = strlen(buf) - (strchr(buf, '.') ? strlen(strchr(buf, '.')) : 0);
    for (gsize i = 0; i < int_len; i++) {
        if (i > 0 && (int_len - i) % 3 == 0)
            g_string_append_c(out, ',');
        g_string_append_c(out, buf[i]);
    }
    g_string_append(out, buf + int_len);
}

static void
append_bound(GString *out, const CcValue *v, double x)
{
    if (v->kind == CC_VALUE_DATE)
        cc_day_append_iso(out, (guint32)x);
    else
        append_number(out, x);
}

char *
cc_value_to_display(const CcValue *v)
{
    g_return_val_if_fail(v != NULL, NULL);
    GString *out = g_string_new(NULL);
    cc_value_append_display(out, v);
    return g_string_free(out, FALSE);
}

void
cc_value_append_display(GString *out, const CcValue *v)
{
    if (v->kind == CC_VALUE_NONE)
        return;
    /* Pieces put without GLib's calls (and a strlen() of each): the
     * writers show a value five or six times a claim. */
#define PUT(lit) cc_json_put(out, lit, sizeof lit - 1)
    if (v->approx)
        g_string_append_c(out, '~');
    if (v->has_low && v->has_high && v->low == v->high) {
        append_bound(out, v, v->low);
    } else if (v->has_low && v->has_high) {
        append_bound(out, v, v->low);
        if (v->kind == CC_VALUE_DATE)
            PUT(" – ");
        else
            PUT("–");
        append_bound(out, v, v->high);
    } else if (v->has_low) {
        if (v->low_strict)
            PUT("> ");
        else
            PUT("≥ ");
        append_bound(out, v, v->low);
    } else if (v->has_high) {
        if (v->high_strict)
            PUT("< ");
        else
            PUT("≤ ");
        append_bound(out, v, v->high);
    } else {
        PUT("any");
    }
#undef PUT
    if (v->unit != NULL && v->kind == CC_VALUE_NUMBER) {
        g_string_append_c(out, ' ');
        cc_json_put(out, v->unit, strlen(v->unit));
    }
}

/* Days are GDate's Julian day numbers (1 is 0001-01-01 of the proleptic
 * Gregorian calendar), counted here by arithmetic over 400-year eras
 * rather than through a GDate (every record read and written has a date;
 * GDate's conversions were a tenth of reading one). tests/test_value.c
 * checks every day of years 1 to 9999 against GDate. */
#define DAY_1970_01_01 719163u /* g_date_get_julian() of 1970-01-01 */
#define DAY_LAST 3652059u      /* 9999-12-31 */

static gboolean
is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

guint32
cc_day_from_ymd(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1
        || day > cc_days_in_month(year, month))
        return 0;
    /* days from 1970-01-01, the year taken to begin in March */
    int y = year - (month <= 2);
    int era = y / 400; /* y >= 0 */
    int yoe = y - era * 400;
    int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (guint32)(era * 146097 + doe - 719468 + (int)DAY_1970_01_01);
}

void
cc_day_to_ymd(guint32 day, int *year, int *month, int *day_of_month)
{
    if (day == 0) { /* not a day (g_date_valid_julian) */
        *year = *month = *day_of_month = 0;
        return;
    }
    if (day > DAY_LAST) { /* past what a record holds: as GDate says */
        GDate d;
        g_date_clear(&d, 1);
        g_date_set_julian(&d, day);
        *year = g_date_get_year(&d);
        *month = g_date_get_month(&d);
        *day_of_month = g_date_get_day(&d);
        return;
    }
    int z = (int)day - (int)DAY_1970_01_01 + 719468; /* from 0000-03-01 */
    int era = z / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int m = mp < 10 ? mp + 3 : mp - 9;
    *year = yoe + era * 400 + (m <= 2);
    *month = m;
    *day_of_month = doy - (153 * mp + 2) / 5 + 1;
}

int
cc_days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return 0;
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

char *
cc_day_to_iso(guint32 day)
{
    char iso[CC_DAY_ISO_MAX];
    return g_strndup(iso, cc_day_write_iso(day, iso));
}

void
cc_day_append_iso(GString *out, guint32 day)
{
    char iso[CC_DAY_ISO_MAX];
    gsize n = cc_day_write_iso(day, iso);
    cc_json_put(out, iso, n);
}

gsize
cc_day_write_iso(guint32 day, char *iso)
{
    int y, m, d;
    cc_day_to_ymd(day, &y, &m, &d);
    if (y > 9999) /* GDate goes to 65535 */
        return (gsize)g_snprintf(iso, CC_DAY_ISO_MAX, "%04d-%02d-%02d", y, m, d);
    /* Written by hand: the writers call this for every date they print. */
    const int digits[8] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, d / 10,
                           d % 10};
    static const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; i++)
        iso[at[i]] = (char)('0' + digits[i]);
    iso[4] = iso[7] = '-';
    iso[10] = '\0';
    return 10;
}

gboolean
cc_day_from_iso(const char *iso, guint32 *day)
{
    g_return_val_if_fail(day != NULL, FALSE);
    if (iso == NULL || strlen(iso) != 10 || iso[4] != '-' || iso[7] != '-')
        return FALSE;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !g_ascii_isdigit(iso[i]))
            return FALSE;
    /* the digits checked above, read as atoi() would */
#define DIGIT(i) (iso[i] - '0')
    int y = DIGIT(0) * 1000 + DIGIT(1) * 100 + DIGIT(2) * 10 + DIGIT(3);
    int m = DIGIT(5) * 10 + DIGIT(6), d = DIGIT(8) * 10 + DIGIT(9);
#undef DIGIT
    guint32 j = cc_day_from_ymd(y, m, d);
    if (j == 0)
        return FALSE;
    *day = j;
    return TRUE;
}

gsize
cc_utf8_step(const char *text, const char *end)
{
    const unsigned char *p = (const unsigned char *)text;
    unsigned char c = *p;
    gsize step = c < 0x80 ? 1 : (c >= 0xC2 && c < 0xE0) ? 2 : (c >= 0xE0 && c < 0xF0) ? 3
                            : (c >= 0xF0 && c < 0xF5) ? 4 : 1;
    /* A truncated or broken sequence counts its lead byte as one. */
    if (step > 1) {
        if ((gsize)((const unsigned char *)end - p) < step)
            return 1;
        for (gsize k = 1; k < step; k++)
            if ((p[k] & 0xC0) != 0x80)
                return 1;
    }
    return step;
}

guint
cc_utf8_count_chars(const char *text, gsize len)
{
    guint n = 0;
    const char *p = text, *end = text + len;
    while (p < end) {
        p += *(const unsigned char *)p < 0x80 ? 1 : cc_utf8_step(p, end);
        n++;
    }
    return n;
}

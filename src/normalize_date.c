/* normalize_date.c: reads the text of a date — absolute ("24 February
 * 2022", "2022-02-24", "February 2022", "early December 2024"), relative to
 * the document's date ("last October", "on Monday", "yesterday") and ranges
 * of either — into an interval of Julian days. */
#include "normalize_internal.h"

/* A date as written: any part may be missing until resolved. */
typedef struct {
    int year, month;   /* 0 when not written */
    int day_lo, day_hi; /* 0 when not written */
    int part_lo, part_hi; /* a part of the month or year: days 1..31 */
    gboolean absolute;  /* lo/hi are already days (relative dates) */
    guint32 lo, hi;
    guint end;
} Written;

static int
weekday_of(guint32 day)
{
    GDate d;
    g_date_clear(&d, 1);
    g_date_set_julian(&d, day);
    return g_date_get_weekday(&d); /* 1 = Monday … 7 = Sunday */
}

static gboolean
is_year(const Tokens *t, guint i, int *year)
{
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (tok->kind != TOK_NUM || tok->bad || tok->grouped || tok->decimal || tok->int_digits != 4)
        return FALSE;
    if (tok->num < 1000 || tok->num > 2999)
        return FALSE;
    /* "2022nd" is no year; "1990s" is read by the caller */
    if (i + 1 < t->n && t->tok[i + 1].kind == TOK_WORD && !t->tok[i + 1].space_before
        && !tok_is(t, i + 1, "s"))
        return FALSE;
    *year = (int)tok->num;
    return TRUE;
}

/* A day of the month: "24", "24th", "1st"; the index after it. */
static gboolean
read_day(const CcNormalizer *nz, const Tokens *t, guint i, int *day, guint *end)
{
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (tok->kind == TOK_NUM) {
        if (tok->bad || tok->grouped || tok->decimal || tok->int_digits > 2 || tok->num < 1
            || tok->num > 31)
            return FALSE;
        *day = (int)tok->num;
        *end = i + 1;
        if (*end < t->n && t->tok[*end].kind == TOK_WORD && !t->tok[*end].space_before) {
            if (tok_is(t, *end, "st") || tok_is(t, *end, "nd") || tok_is(t, *end, "rd")
                || tok_is(t, *end, "th"))
                (*end)++;
            else
                return FALSE;
        }
        return TRUE;
    }
    const PhraseValue *o = table_match(nz, TABLE_ORDINAL_WORDS, t, i, end);
    if (o != NULL && o->a >= 1 && o->a <= 31) {
        *day = (int)o->a;
        return TRUE;
    }
    return FALSE;
}

static const PhraseValue *
read_month(const CcNormalizer *nz, const Tokens *t, guint i, guint *end)
{
    const PhraseValue *m = table_match(nz, TABLE_MONTHS, t, i, end);
    if (m != NULL && tok_is_punct(t, *end, "."))
        (*end)++;
    return m;
}

static guint
skip_comma(const Tokens *t, guint i)
{
    return tok_is_punct(t, i, ",") ? i + 1 : i;
}

/* A day range inside one month: "24-26", "24 to 26". */
static guint
read_day_range_end(const CcNormalizer *nz, const Tokens *t, guint i, Written *w)
{
    if (tok_is_punct(t, i, "-") || tok_is(t, i, "to")) {
        int d2;
        guint e2;
        if (read_day(nz, t, i + 1, &d2, &e2) && d2 > w->day_lo) {
            w->day_hi = d2;
            return e2;
        }
    }
    return i;
}

/* Month-based forms: "February 24, 2022", "Feb. 24th", "February 2022",
 * "24 February 2022", "24th of February". */
static gboolean
read_calendar(const CcNormalizer *nz, const Tokens *t, guint i, Written *w)
{
    guint end;
    const PhraseValue *m = read_month(nz, t, i, &end);
    if (m != NULL) {
        /* "may" is a month only with a day or a year */
        w->month = (int)m->a;
        guint j = end;
        int day, year;
        guint dend;
        if (!is_year(t, j, &year) && read_day(nz, t, j, &day, &dend)) {
            w->day_lo = w->day_hi = day;
            j = read_day_range_end(nz, t, dend, w);
            guint k = skip_comma(t, j);
            if (is_year(t, k, &year)) {
                w->year = year;
                j = k + 1;
            }
            w->end = j;
            return TRUE;
        }
        guint k = skip_comma(t, j);
        if (tok_is(t, k, "of"))
            k++;
        if (is_year(t, k, &year)) {
            w->year = year;
            w->end = k + 1;
            return TRUE;
        }
        if (tok_is(t, i, "may") && !tok_is(t, i + 1, "."))
            return FALSE;
        w->end = end;
        return TRUE;
    }
    guint j = i;
    if (tok_is(t, j, "the"))
        j++;
    int day;
    guint dend;
    if (!read_day(nz, t, j, &day, &dend))
        return FALSE;
    w->day_lo = w->day_hi = day;
    dend = read_day_range_end(nz, t, dend, w);
    if (tok_is(t, dend, "of"))
        dend++;
    m = read_month(nz, t, dend, &end);
    if (m == NULL)
        return FALSE;
    w->month = (int)m->a;
    guint k = skip_comma(t, end);
    int year;
    if (is_year(t, k, &year)) {
        w->year = year;
        end = k + 1;
    }
    w->end = end;
    return TRUE;
}

/* Numeric forms: "2022-02-24", "2022/02/24", "24/02/2022" when the day
 * cannot be a month, "02/24/2022" likewise. */
static gboolean
read_numeric(const Tokens *t, guint i, Written *w)
{
    if (i + 4 >= t->n)
        return FALSE;
    const Token *a = &t->tok[i], *b = &t->tok[i + 2], *c = &t->tok[i + 4];
    if (a->kind != TOK_NUM || b->kind != TOK_NUM || c->kind != TOK_NUM)
        return FALSE;
    if (t->tok[i + 1].space_before || b->space_before || t->tok[i + 3].space_before
        || c->space_before)
        return FALSE;
    gboolean dash = tok_is_punct(t, i + 1, "-") && tok_is_punct(t, i + 3, "-");
    gboolean slash = tok_is_punct(t, i + 1, "/") && tok_is_punct(t, i + 3, "/");
    if (!dash && !slash)
        return FALSE;
    if (a->decimal || b->decimal || c->decimal || a->grouped || b->grouped || c->grouped)
        return FALSE;
    int x = (int)a->num, y = (int)b->num, z = (int)c->num;
    if (a->int_digits == 4 && b->int_digits <= 2 && c->int_digits <= 2) {
        w->year = x, w->month = y, w->day_lo = w->day_hi = z;
    } else if (slash && c->int_digits == 4 && a->int_digits <= 2 && b->int_digits <= 2) {
        w->year = z;
        if (x > 12 && y <= 12)
            w->month = y, w->day_lo = w->day_hi = x;
        else if (y > 12 && x <= 12)
            w->month = x, w->day_lo = w->day_hi = y;
        else if (x == y)
            w->month = x, w->day_lo = w->day_hi = x;
        else
            return FALSE; /* "03/04/2022": day first or month first? */
    } else {
        return FALSE;
    }
    if (w->month < 1 || w->month > 12)
        return FALSE;
    w->end = i + 5;
    return TRUE;
}

static void
set_absolute(Written *w, guint32 lo, guint32 hi, guint end)
{
    w->absolute = TRUE;
    w->lo = lo;
    w->hi = hi;
    w->end = end;
}

static guint32
month_start(int year, int month)
{
    while (month < 1) {
        month += 12;
        year--;
    }
    while (month > 12) {
        month -= 12;
        year++;
    }
    return cc_day_from_ymd(year, month, 1);
}

static guint32
month_end(int year, int month)
{
    while (month < 1) {
        month += 12;
        year--;
    }
    while (month > 12) {
        month -= 12;
        year++;
    }
    return cc_day_from_ymd(year, month, cc_days_in_month(year, month));
}

/* "last October", "this month", "next week", "last Monday", "3 days ago",
 * "yesterday", "on Monday". */
static gboolean
read_relative(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    if (ref == 0)
        return FALSE;
    int ry, rm, rd;
    cc_day_to_ymd(ref, &ry, &rm, &rd);
    guint end;
    const PhraseValue *r = table_match(nz, TABLE_RELATIVE_DATES, t, i, &end);
    if (r != NULL) {
        guint32 d = (guint32)((gint64)ref + (gint64)r->a);
        set_absolute(w, d, d, end);
        return TRUE;
    }
    int dir = 2; /* -1 last, 0 this, 1 next */
    guint j = i;
    if (tok_is(t, j, "the") && (tok_is(t, j + 1, "past") || tok_is(t, j + 1, "previous")))
        j++;
    if (tok_is(t, j, "last") || tok_is(t, j, "previous") || tok_is(t, j, "past"))
        dir = -1;
    else if (tok_is(t, j, "this") || tok_is(t, j, "current"))
        dir = 0;
    else if (tok_is(t, j, "next") || tok_is(t, j, "coming"))
        dir = 1;
    if (dir != 2) {
        j++;
        if (tok_is(t, j, "week")) {
            guint32 monday = ref - (guint32)(weekday_of(ref) - 1);
            guint32 lo = monday + (guint32)(7 * dir);
            set_absolute(w, lo, lo + 6, j + 1);
            return TRUE;
        }
        if (tok_is(t, j, "month")) {
            set_absolute(w, month_start(ry, rm + dir), month_end(ry, rm + dir), j + 1);
            return TRUE;
        }
        if (tok_is(t, j, "year")) {
            set_absolute(w, cc_day_from_ymd(ry + dir, 1, 1), cc_day_from_ymd(ry + dir, 12, 31),
                         j + 1);
            return TRUE;
        }
        const PhraseValue *m = read_month(nz, t, j, &end);
        if (m != NULL) {
            int month = (int)m->a, year = ry;
            if (dir < 0 && month >= rm)
                year--;
            else if (dir > 0 && month <= rm)
                year++;
            set_absolute(w, month_start(year, month), month_end(year, month), end);
            return TRUE;
        }
        const PhraseValue *wd = table_match(nz, TABLE_WEEKDAYS, t, j, &end);
        if (wd != NULL) {
            int delta = weekday_of(ref) - (int)wd->a; /* days back to the latest such day */
            if (delta < 0)
                delta += 7;
            guint32 d = ref - (guint32)delta;
            if (dir < 0 && delta == 0)
                d -= 7;
            else if (dir > 0)
                d = ref + (guint32)(7 - delta);
            set_absolute(w, d, d, end);
            return TRUE;
        }
        return FALSE;
    }
    /* "3 days ago", "two weeks ago" */
    double n = 0;
    guint k = i;
    if (k < t->n && t->tok[k].kind == TOK_NUM && !t->tok[k].decimal) {
        n = t->tok[k].num;
        k++;
    } else if (tok_is(t, k, "a") || tok_is(t, k, "an")) {
        n = 1;
        k++;
    } else if ((r = table_match(nz, TABLE_NUMBER_WORDS, t, k, &end)) != NULL) {
        n = r->a;
        k = end;
    }
    if (n > 0 && n < 10000 && tok_is(t, k + 1, "ago")) {
        int days = -1;
        if (tok_is(t, k, "day") || tok_is(t, k, "days"))
            days = (int)n;
        else if (tok_is(t, k, "week") || tok_is(t, k, "weeks"))
            days = (int)n * 7;
        if (days >= 0) {
            set_absolute(w, ref - (guint32)days, ref - (guint32)days, k + 2);
            return TRUE;
        }
        int months = -1;
        if (tok_is(t, k, "month") || tok_is(t, k, "months"))
            months = (int)n;
        else if (tok_is(t, k, "year") || tok_is(t, k, "years"))
            months = (int)n * 12;
        if (months >= 0) {
            guint32 first = month_start(ry, rm - months);
            int fy, fm, fd;
            cc_day_to_ymd(first, &fy, &fm, &fd);
            guint32 d = cc_day_from_ymd(fy, fm, MIN(rd, cc_days_in_month(fy, fm)));
            set_absolute(w, d, d, k + 2);
            return TRUE;
        }
    }
    /* a weekday alone: the latest such day on or before the reference */
    const PhraseValue *wd = table_match(nz, TABLE_WEEKDAYS, t, i, &end);
    if (wd != NULL) {
        int delta = weekday_of(ref) - (int)wd->a;
        if (delta < 0)
            delta += 7;
        set_absolute(w, ref - (guint32)delta, ref - (guint32)delta, end);
        return TRUE;
    }
    return FALSE;
}

/* One date, without a range. */
static gboolean
read_one(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    memset(w, 0, sizeof *w);
    guint end;
    /* "Monday, February 24, 2022": the weekday adds nothing to a full date */
    if (table_match(nz, TABLE_WEEKDAYS, t, i, &end) != NULL) {
        guint k = skip_comma(t, end);
        if (read_numeric(t, k, w) || read_calendar(nz, t, k, w))
            return TRUE;
        memset(w, 0, sizeof *w);
    }
    if (read_numeric(t, i, w))
        return TRUE;
    if (read_relative(nz, t, i, ref, w))
        return TRUE;
    memset(w, 0, sizeof *w);
    const PhraseValue *part = table_match(nz, TABLE_DATE_PARTS, t, i, &end);
    guint j = i;
    if (part != NULL) {
        j = end;
        if (tok_is_punct(t, j, "-"))
            j++;
        if (tok_is(t, j, "of"))
            j++;
    }
    if (read_calendar(nz, t, j, w) && (part == NULL || w->day_lo == 0)) {
        if (part != NULL) {
            w->part_lo = (int)part->a;
            w->part_hi = (int)part->b;
        }
        return TRUE;
    }
    memset(w, 0, sizeof *w);
    if (tok_is(t, j, "the") && tok_is(t, j + 1, "year"))
        j += 2;
    int year;
    if (is_year(t, j, &year)) {
        w->year = year;
        w->end = j + 1;
        if (tok_is(t, w->end, "s") && !t->tok[w->end].space_before && year % 10 == 0) {
            /* "the 1990s" */
            set_absolute(w, cc_day_from_ymd(year, 1, 1), cc_day_from_ymd(year + 9, 12, 31),
                         w->end + 1);
            return TRUE;
        }
        if (part != NULL) {
            w->part_lo = (int)part->a;
            w->part_hi = (int)part->b;
        }
        return TRUE;
    }
    return FALSE;
}

/* The days a written date covers. */
static gboolean
resolve(const Written *w, guint32 ref, guint32 *lo, guint32 *hi)
{
    if (w->absolute) {
        *lo = w->lo;
        *hi = w->hi;
        return *lo != 0 && *hi != 0;
    }
    int year = w->year;
    if (year == 0) {
        if (ref == 0)
            return FALSE;
        int rm, rd;
        cc_day_to_ymd(ref, &year, &rm, &rd);
    }
    if (w->month == 0) {
        if (w->day_lo != 0)
            return FALSE;
        int m1 = 1, m2 = 12;
        if (w->part_lo != 0) {
            m1 = 1 + (w->part_lo - 1) * 12 / 31;
            m2 = (w->part_hi * 12 + 30) / 31;
        }
        *lo = cc_day_from_ymd(year, m1, 1);
        *hi = cc_day_from_ymd(year, m2, cc_days_in_month(year, m2));
        return *lo != 0 && *hi != 0;
    }
    int last = cc_days_in_month(year, w->month);
    if (w->day_lo != 0) {
        if (w->day_lo > last || w->day_hi > last)
            return FALSE;
        *lo = cc_day_from_ymd(year, w->month, w->day_lo);
        *hi = cc_day_from_ymd(year, w->month, w->day_hi ? w->day_hi : w->day_lo);
    } else if (w->part_lo != 0) {
        *lo = cc_day_from_ymd(year, w->month, MIN(w->part_lo, last));
        *hi = cc_day_from_ymd(year, w->month, MIN(w->part_hi, last));
    } else {
        *lo = cc_day_from_ymd(year, w->month, 1);
        *hi = cc_day_from_ymd(year, w->month, last);
    }
    return *lo != 0 && *hi != 0;
}

static gboolean
is_date_connector(const Tokens *t, guint i, gboolean between)
{
    if (between)
        return tok_is(t, i, "and");
    return tok_is(t, i, "to") || tok_is(t, i, "until") || tok_is(t, i, "till")
           || tok_is(t, i, "through") || tok_is(t, i, "and") || tok_is_punct(t, i, "-~");
}

static gboolean
read_date(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, CcValue *value)
{
    static const char *const lead[] = {"on", "in", "at", "by", "during", "since", "until",
                                       "as", "of", "before", "after", "around", NULL};
    for (guint round = 0; round < 3; round++) {
        gboolean skipped = FALSE;
        for (guint k = 0; lead[k]; k++)
            if (tok_is(t, i, lead[k])) {
                i++;
                skipped = TRUE;
                break;
            }
        if (!skipped)
            break;
    }
    gboolean between = FALSE;
    if (tok_is(t, i, "between")) {
        between = TRUE;
        i++;
    } else if (tok_is(t, i, "from")) {
        i++;
    }
    Written a, b;
    gboolean have_a = read_one(nz, t, i, ref, &a);
    if (!have_a) {
        /* "24 to 26 February" begins with a bare day */
        int day;
        guint dend;
        if (!read_day(nz, t, i, &day, &dend) || !is_date_connector(t, dend, between))
            return FALSE;
        memset(&a, 0, sizeof a);
        a.day_lo = a.day_hi = day;
        a.end = dend;
    }
    if (is_date_connector(t, a.end, between) && read_one(nz, t, a.end + 1, ref, &b)) {
        if (!a.absolute && !b.absolute) {
            if (a.month == 0 && a.day_lo != 0)
                a.month = b.month;
            if (a.year == 0 && b.year != 0)
                a.year = (a.month > b.month && b.month != 0) ? b.year - 1 : b.year;
        }
        guint32 alo, ahi, blo, bhi;
        if (resolve(&a, ref, &alo, &ahi) && resolve(&b, ref, &blo, &bhi) && alo <= bhi) {
            cc_value_set_days(value, alo, bhi);
            return TRUE;
        }
    }
    if (!have_a || between)
        return FALSE;
    guint32 lo, hi;
    if (!resolve(&a, ref, &lo, &hi))
        return FALSE;
    cc_value_set_days(value, lo, hi);
    return TRUE;
}

gboolean
normalize_date_tokens(const CcNormalizer *nz, const Tokens *t, guint32 ref_day, CcValue *value)
{
    for (guint i = 0; i < t->n; i++)
        if (tok_can_start(t, i) && read_date(nz, t, i, ref_day, value))
            return TRUE;
    return FALSE;
}

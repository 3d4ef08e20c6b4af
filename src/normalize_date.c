/* SPDX-License-Identifier: MIT */
/* normalize_date.c: reads the text of a date — absolute ("24 February
 * 2022", "2022-02-24", "February 2022", "early December 2024", "Q1 2022",
 * "the 1990s", "the 21st century"), relative to the document's date ("last
 * October", "on Monday", "yesterday", "in 3 weeks", "the next two days",
 * "the first week of May"), ranges of either ("from May to July 2024",
 * "June 1-5") and open ones ("before 2018", "since tomorrow") — into an
 * interval of Julian days. */
#include "normalize_internal.h"

/* A date as written: any part may be missing until resolved. */
typedef struct {
    int year, month;      /* 0 when not written */
    int day_lo, day_hi;   /* 0 when not written */
    int part_lo, part_hi; /* a part of the month or year: days 1..31 */
    int part_mlo, part_mhi; /* of a year: months 1..12 (0: from the days) */
    gboolean absolute;    /* lo/hi are already days (relative dates) */
    guint32 lo, hi;
    guint end;
    /* an offset from a day ("3 days after May 2"): that day and the way */
    guint32 anchor;
    int sign;
    int unbounded; /* -1: no first day, 1: no last day ("more than 2 weeks ago") */
} Written;

/* read_one()'s reading at the token read_date() is asked at, where
 * read_date() reads one there (@known): the date scanner asks it again
 * of a figure or a month where no date was read (no_such_day()). */
typedef struct {
    gboolean known, ok;
    Written w;
} ReadAt;

typedef enum { U_NONE, U_DAY, U_BDAY, U_WEEK, U_WEEKEND, U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENTURY } Unit;

static int
weekday_of(guint32 day)
{
    GDate d;
    g_date_clear(&d, 1);
    if (!g_date_valid_julian(day))
        return 1; /* day 0: arithmetic ran off the calendar's start (a year-1 reference) */
    g_date_set_julian(&d, day);
    return g_date_get_weekday(&d); /* 1 = Monday … 7 = Sunday */
}

static guint32
monday_of(guint32 day)
{
    return day - (guint32)(weekday_of(day) - 1);
}

static gboolean
glued(const Tokens *t, guint i)
{
    return i < t->n && !t->tok[i].space_before;
}

/* Does the text end at token @k, for a reading that the whole text must
 * end? A mention (t->mention) is read in a sentence: there, a clause's
 * end, or the sentence's, will do. */
static gboolean
ends_at(const Tokens *t, guint k)
{
    return k >= t->n || (t->mention && tok_is_punct(t, k, ".,;:!?)"));
}

static gboolean
plain_int(const Token *tok)
{
    return tok->kind == TOK_NUM && !tok->bad && !tok->grouped && !tok->decimal;
}

/* In a sentence, does a currency sign stand before token @i ("$12",
 * "$ 12", "$DEC")? What follows it is an amount or a ticker, not a day
 * or a month. */
static gboolean
after_currency(const Tokens *t, guint i)
{
    if (!t->mention || i == 0 || i > t->n)
        return FALSE;
    const Token *k = &t->tok[i - 1];
    return (k->len == 1 && k->s[0] == '$') || (k->len == 2 && memcmp(k->s, "\xc2\xa3", 2) == 0)
           || (k->len == 3 && memcmp(k->s, "\xe2\x82\xac", 3) == 0);
}

static gboolean
is_year(const Tokens *t, guint i, int *year)
{
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (!plain_int(tok) || tok->int_digits != 4)
        return FALSE;
    /* in a sentence, a year is one of the calendar's range, to 2199: "in
     * August 2835" is a month and a figure */
    if (tok->num < 1000 || tok->num > (t->mention ? 2199 : 2999))
        return FALSE;
    /* "2022nd" is no year; "1990s" is read by the caller */
    if (i + 1 < t->n && t->tok[i + 1].kind == TOK_WORD && glued(t, i + 1) && !tok_is(t, i + 1, "s"))
        return FALSE;
    *year = (int)tok->num;
    return TRUE;
}

static guint32
add_months(guint32 day, int months)
{
    int y, m, d;
    cc_day_to_ymd(day, &y, &m, &d);
    int total = y * 12 + (m - 1) + months;
    y = total / 12;
    m = total % 12 + 1;
    return cc_day_from_ymd(y, m, MIN(d, cc_days_in_month(y, m)));
}

static guint32
month_start(int year, int month)
{
    int total = year * 12 + (month - 1);
    return cc_day_from_ymd(total / 12, total % 12 + 1, 1);
}

static guint32
month_end(int year, int month)
{
    int total = year * 12 + (month - 1);
    int y = total / 12, m = total % 12 + 1;
    return cc_day_from_ymd(y, m, cc_days_in_month(y, m));
}

/* Number words: "twenty nine", "two thousand and fifteen", "nineteen
 * hundred ninety three". Stops before a word that cannot continue the
 * number ("nineteen ninety": two numbers). */
static gboolean
read_cardinal(const CcNormalizer *nz, const Tokens *t, guint i, int *value, guint *end)
{
    long total = 0, group = 0;
    int last = -1; /* the last word's value; -1 before any */
    guint j = i, good = i;
    while (j < t->n) {
        guint k = j, e;
        if (j > i && tok_is_punct(t, k, "-") && glued(t, k) && glued(t, k + 1))
            k++;
        else if (j > i && tok_is(t, k, "and"))
            k++;
        const PhraseValue *w = table_match(nz, TABLE_NUMBER_WORDS, t, k, &e);
        if (w != NULL && e == k + 1) {
            int v = (int)w->a;
            gboolean ok = last < 0 || (last >= 20 && last % 10 == 0 && v < 10 && group % 100 == last % 100)
                          || (last == 100 && v < 100) || (last == 1000 && v < 1000);
            if (!ok)
                break;
            group += v;
            last = v;
            j = good = k + 1;
            continue;
        }
        if (last >= 0 && tok_is(t, k, "hundred") && group > 0 && group < 100 && k == j) {
            group *= 100;
            last = 100;
            j = good = k + 1;
            continue;
        }
        if (last >= 0 && tok_is(t, k, "thousand") && group > 0 && k == j) {
            total += group * 1000;
            group = 0;
            last = 1000;
            j = good = k + 1;
            continue;
        }
        break;
    }
    if (last < 0)
        return FALSE;
    *value = (int)(total + group);
    *end = good;
    return TRUE;
}

/* A year in words: "nineteen ninety six", "two thousand and fifteen",
 * "seventeen hundred thirty three". */
static gboolean
read_year_words(const CcNormalizer *nz, const Tokens *t, guint i, int *year, guint *end)
{
    int a, b;
    guint e1, e2;
    if (!read_cardinal(nz, t, i, &a, &e1))
        return FALSE;
    if (a >= 1000 && a <= 2999) {
        *year = a;
        *end = e1;
        return TRUE;
    }
    if (a >= 10 && a <= 29 && read_cardinal(nz, t, e1, &b, &e2) && b >= 1 && b <= 99) {
        *year = a * 100 + b;
        *end = e2;
        return TRUE;
    }
    return FALSE;
}

/* An ordinal in words, compounds included: "third", "twenty third",
 * "thirty-first". */
static gboolean
read_ordinal_word(const CcNormalizer *nz, const Tokens *t, guint i, int *value, guint *end)
{
    const PhraseValue *o = table_match(nz, TABLE_ORDINAL_WORDS, t, i, end);
    if (o != NULL) {
        *value = (int)o->a;
        return TRUE;
    }
    guint e;
    const PhraseValue *tens = table_match(nz, TABLE_NUMBER_WORDS, t, i, &e);
    if (tens == NULL || e != i + 1 || tens->a < 20 || tens->a > 90 || (int)tens->a % 10 != 0)
        return FALSE;
    guint k = e;
    if (tok_is_punct(t, k, "-") && glued(t, k) && glued(t, k + 1))
        k++;
    o = table_match(nz, TABLE_ORDINAL_WORDS, t, k, end);
    if (o == NULL || o->a >= 10)
        return FALSE;
    *value = (int)(tens->a + o->a);
    return TRUE;
}

/* A day of the month: "24", "24th", "1st", "first", "twenty third"; the
 * index after it. @words: cardinal words count too ("May twenty nine"). */
static gboolean
read_day_ex(const CcNormalizer *nz, const Tokens *t, guint i, gboolean words, int *day, guint *end)
{
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (tok->kind == TOK_NUM) {
        if (!plain_int(tok) || tok->int_digits > 2 || tok->num < 1 || tok->num > 31
            || after_currency(t, i))
            return FALSE;
        *day = (int)tok->num;
        *end = i + 1;
        if (*end < t->n && t->tok[*end].kind == TOK_WORD && glued(t, *end)) {
            if (tok_is(t, *end, "st") || tok_is(t, *end, "nd") || tok_is(t, *end, "rd")
                || tok_is(t, *end, "th"))
                (*end)++;
            else
                return FALSE;
        }
        /* "24,000" or "24.5" are no days; "24-26" is read by the caller */
        return TRUE;
    }
    int v;
    if (read_ordinal_word(nz, t, i, &v, end) && v >= 1 && v <= 31) {
        *day = v;
        return TRUE;
    }
    /* in a sentence, a day in cardinal words is one of twenty and more
     * ("May twenty nine"): "in mid-June, the two leaders" has no day */
    if (words && read_cardinal(nz, t, i, &v, end) && v >= (t->mention ? 20 : 1) && v <= 31) {
        *day = v;
        return TRUE;
    }
    return FALSE;
}

static gboolean
read_day(const CcNormalizer *nz, const Tokens *t, guint i, int *day, guint *end)
{
    return read_day_ex(nz, t, i, FALSE, day, end);
}

/* The length of the possessive ending of token @i ("'s", "’s"), or 0. */
static guint
possessive_len(const Tokens *t, guint i)
{
    if (i >= t->n || t->tok[i].kind != TOK_WORD)
        return 0;
    const Token *k = &t->tok[i];
    if (k->len > 2 && g_ascii_tolower(k->s[k->len - 1]) == 's' && k->s[k->len - 2] == '\'')
        return 2;
    if (k->len > 4 && g_ascii_tolower(k->s[k->len - 1]) == 's'
        && memcmp(k->s + k->len - 4, "\xe2\x80\x99", 3) == 0)
        return 4;
    return 0;
}

/* In a sentence, a phrase of one word of @table with a possessive ending
 * ("during Tuesday's test", "July's offensive"): the word's phrase, the
 * token after it its end. */
static const PhraseValue *
possessive_match(const CcNormalizer *nz, TableId table, const Tokens *t, guint i, guint *end)
{
    guint p = t->mention ? possessive_len(t, i) : 0;
    if (p == 0 || nz->tables[table].by_phrase == NULL)
        return NULL;
    const Token *k = &t->tok[i];
    char key[64];
    if (k->len - p >= sizeof key)
        return NULL;
    for (guint c = 0; c < k->len - p; c++)
        key[c] = g_ascii_tolower(k->s[c]);
    key[k->len - p] = '\0';
    const PhraseValue *v = g_hash_table_lookup(nz->tables[table].by_phrase, key);
    if (v != NULL)
        *end = i + 1;
    return v;
}

static const PhraseValue *
read_month(const CcNormalizer *nz, const Tokens *t, guint i, guint *end)
{
    if (glued(t, i) && after_currency(t, i))
        return NULL; /* "$DEC" is a ticker */
    const PhraseValue *m = table_match(nz, TABLE_MONTHS, t, i, end);
    if (m == NULL && (m = possessive_match(nz, TABLE_MONTHS, t, i, end)) != NULL)
        return m;
    /* a point glued to a month is its abbreviation's in a date's text; in
     * a sentence ("ratified it in July."), only an abbreviation the
     * lexicon spells with one ("Feb.") takes it, which table_match did */
    if (m != NULL && !t->mention && tok_is_punct(t, *end, ".") && glued(t, *end))
        (*end)++;
    return m;
}

static guint
skip_comma(const Tokens *t, guint i)
{
    return tok_is_punct(t, i, ",") ? i + 1 : i;
}

/* In a sentence, the nearest year written before token @i, in @year: the
 * year a "that year" or a "that October" points back at. */
static gboolean
nearest_year_before(const Tokens *t, guint i, int *year)
{
    for (guint b = i; b-- > 0;)
        if (is_year(t, b, year))
            return TRUE;
    return FALSE;
}

/* In a sentence, is "that year" or "the same year" at @i the year named
 * before it in the sentence ("The 2000 treaty, signed on February 9 that
 * year")? The nearest such year before, in @year, and the end in @end.
 * With no year before it the callers read it as they did. */
static gboolean
year_named_before(const Tokens *t, guint i, int *year, guint *end)
{
    if (!t->mention)
        return FALSE;
    guint k = i;
    if (tok_is(t, k, "the") && tok_is(t, k + 1, "same"))
        k++;
    else if (!tok_is(t, k, "that"))
        return FALSE;
    if (!tok_is(t, k + 1, "year") || !nearest_year_before(t, i, year))
        return FALSE;
    *end = k + 2;
    return TRUE;
}

/* In a sentence, does "that" (or "that same") stand right before the
 * month or season at @i, pointing back at a time told before ("signed in
 * June 2023 and ratified that October", "That autumn, …")? */
static gboolean
that_before(const Tokens *t, guint i)
{
    if (!t->mention || i == 0)
        return FALSE;
    if (tok_is(t, i - 1, "same"))
        i--;
    return i > 0 && tok_is(t, i - 1, "that");
}

/* A year after a day and month: ", 2022", "of 2020", "in 2020", "2022",
 * "nineteen eighty six", "of 87", "that year" after a year named before. */
static gboolean
read_year_after(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, int *year, guint *end)
{
    guint k = skip_comma(t, i);
    gboolean of = FALSE;
    if (tok_is(t, k, "of") || tok_is(t, k, "in")) {
        of = TRUE;
        k++;
    }
    if (is_year(t, k, year)) {
        *end = k + 1;
        return TRUE;
    }
    if (of && k < t->n && plain_int(&t->tok[k]) && t->tok[k].int_digits == 2
        && !(k + 1 < t->n && glued(t, k + 1) && t->tok[k + 1].kind != TOK_PUNCT)) {
        int yy = (int)t->tok[k].num, ry = 2000, rm, rd;
        if (ref != 0)
            cc_day_to_ymd(ref, &ry, &rm, &rd);
        *year = yy + 2000 <= ry + 10 ? 2000 + yy : 1900 + yy;
        *end = k + 1;
        return TRUE;
    }
    if (read_year_words(nz, t, k, year, end))
        return TRUE;
    /* "August last year", "December of last year": that
     * month of the year before the reference's, read here alone so the
     * date's year and the claim's as_of agree; so is one set off by a
     * comma that ends its phrase ("began on Tuesday, Aug. 6, last year.") */
    gboolean comma_last = k == i + 1 && tok_is_punct(t, i, ",")
                          && (k + 2 >= t->n || tok_is_punct(t, k + 2, ".,;:!?)"));
    if (ref != 0 && (k == i || (of && k == i + 1 && tok_is(t, i, "of")) || comma_last)
        && tok_is(t, k, "last") && tok_is(t, k + 1, "year")
        && !(tok_is_punct(t, k + 2, "'") || tok_is(t, k + 2, "'s") || tok_is(t, k + 2, "s"))) {
        int ry, rm, rd;
        cc_day_to_ymd(ref, &ry, &rm, &rd);
        *year = ry - 1;
        *end = k + 2;
        return TRUE;
    }
    return year_named_before(t, k, year, end);
}

/* In a sentence, is the dash at @dash, spaced on both sides or an em dash,
 * one that heads a timeline's entry, with a word after the day or figure past it
 * ending at @dend ("Nov. 4 — first clashes with Ukrainian forces", "Dec.
 * 14 — 30 soldiers killed")? Past it is what happened that day, no end of
 * a range. */
gboolean
timeline_dash(const CcNormalizer *nz, const Tokens *t, guint dash, guint dend)
{
    /* the words a range's end goes on with ("from Nov. 4 – 12 in
     * Kursk") */
    static const char *const goes_on[] = {
        "in",   "at",   "on",      "near",  "and",   "or",     "as",   "when",
        "while", "during", "for",  "of",    "to",    "through", "until", "till",
        "from", "before", "after", "by",    "with",  "inclusive", "respectively",
        "this", "last", "next"};
    guint me;
    if (!t->mention || !tok_is_punct(t, dash, "-") || dash == 0 || dash + 1 >= t->n
        || dend >= t->n || t->tok[dend].kind != TOK_WORD || read_month(nz, t, dend, &me) != NULL)
        return FALSE;
    /* spaced on both sides, or an em dash, which joins no range ("Nov.
     * 4—first clashes") */
    gboolean em = t->tok[dash].len > 1 && g_utf8_get_char(t->tok[dash].s) == 0x2014;
    if (!em && !(t->tok[dash].space_before && t->tok[dash + 1].space_before))
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(goes_on); k++)
        if (tok_is(t, dend, goes_on[k]))
            return FALSE;
    return TRUE;
}

/* A day range inside one month: "24-26", "24 to 26", "9th through 17th". */
static guint
read_day_range_end(const CcNormalizer *nz, const Tokens *t, guint i, Written *w)
{
    if (tok_is_punct(t, i, "-") || tok_is(t, i, "to") || tok_is(t, i, "through")
        || tok_is(t, i, "till") || tok_is(t, i, "until")) {
        int d2;
        guint e2, k = i + 1;
        if (tok_is(t, k, "the"))
            k++;
        if (read_day_ex(nz, t, k, FALSE, &d2, &e2) && d2 > w->day_lo && !timeline_dash(nz, t, i, e2)
            && !(e2 < t->n && (tok_is_punct(t, e2, "/") || tok_is_punct(t, e2, "-")) && glued(t, e2))) {
            /* "24-26" but not "24 to 26 March" … that one the caller reads */
            if (read_month(nz, t, e2, &k) == NULL) {
                w->day_hi = d2;
                return e2;
            }
        }
    }
    return i;
}

/* A word that joins the ends of a range: "to", "through", "-". */
static gboolean
range_word(const Tokens *t, guint i)
{
    return tok_is(t, i, "to") || tok_is(t, i, "through") || tok_is(t, i, "thru")
           || tok_is(t, i, "till") || tok_is(t, i, "until") || tok_is(t, i, "and")
           || tok_is_punct(t, i, "-");
}

/* In a sentence, the year a month without one at @j borrows from a later
 * month of the same year it is listed with: "in January and February
 * 2025", "in November or December 2024", "in August, September and
 * October 2023" (the first months are of 2025, 2024, 2023, not of the
 * year the reference gives a bare month). Each month listed must come
 * after the one before it in the calendar ("in December and January
 * 2025" lends nothing: the December is of the year before), joined by a
 * comma, "and" or "or"; a day may follow each ("October 8 and November
 * 2, 2024"). The mention itself ends where it did. */
static gboolean
year_of_listed_month(const CcNormalizer *nz, const Tokens *t, guint j, int month, int *year)
{
    if (!t->mention)
        return FALSE;
    guint k = j;
    for (int n = 0; n < 4; n++) {
        gboolean joined = FALSE;
        if (tok_is_punct(t, k, ",")) {
            k++;
            joined = TRUE;
        }
        if (tok_is(t, k, "and") || tok_is(t, k, "or")) {
            k++;
            joined = TRUE;
        }
        guint me;
        const PhraseValue *m = joined ? read_month(nz, t, k, &me) : NULL;
        if (m == NULL || (int)m->a <= month)
            return FALSE;
        month = (int)m->a;
        k = me;
        int day;
        guint dend;
        if (!is_year(t, k, year) && read_day_ex(nz, t, k, FALSE, &day, &dend))
            k = dend;
        guint y = skip_comma(t, k);
        if (is_year(t, y, year))
            return TRUE;
    }
    return FALSE;
}

/* Month-based forms: "February 24, 2022", "Feb. 24th", "February 2022",
 * "24 February 2022", "24th of February", "May twenty nine", "june the
 * 28th 2020", "october, 1st", "april of 87". */
static gboolean
read_calendar(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    guint end;
    int year;
    const PhraseValue *m = read_month(nz, t, i, &end);
    if (m != NULL) {
        w->month = (int)m->a;
        guint j = end;
        int day;
        guint dend;
        guint k = j;
        if (tok_is_punct(t, k, ",") && !is_year(t, k + 1, &year))
            k++;
        if (tok_is(t, k, "the"))
            k++;
        if (!is_year(t, k, &year) && read_day_ex(nz, t, k, TRUE, &day, &dend)
            && !(dend < t->n && glued(t, dend) && tok_is_punct(t, dend, "/.:") && dend + 1 < t->n
                 && t->tok[dend + 1].kind == TOK_NUM && glued(t, dend + 1))
            /* past a comma, a bare figure before a word opens the clause
             * the month introduces, no day of it: "In December, 30 North
             * Korean soldiers were killed" ("October, 1st" stays a day) */
            && !(k > j && t->tok[k].kind == TOK_NUM && dend == k + 1 && dend < t->n
                 && t->tok[dend].kind == TOK_WORD)
            /* "in" takes a month, "on" its day: in a sentence, a day in
             * words right after "in November" is the adverb of the verb
             * after it, no day ("troops deployed in November first saw
             * combat"; "on November first" stays a day); so is one past
             * the month's comma, or a figure that opens the clause ("In
             * November, twenty soldiers died"; "November, the twentieth."
             * stays a day) */
            && !(t->mention && t->tok[k].kind == TOK_WORD && dend < t->n
                 && t->tok[dend].kind == TOK_WORD
                 && (tok_is_punct(t, j, ",")
                     || (k == j && i > 0
                         && (tok_is(t, i - 1, "in") || tok_is(t, i - 1, "during")))))) {
            w->day_lo = w->day_hi = day;
            j = read_day_range_end(nz, t, dend, w);
            if (read_year_after(nz, t, j, ref, &year, &end)) {
                w->year = year;
                j = end;
            } else if (j < t->n && plain_int(&t->tok[j]) && t->tok[j].int_digits == 2
                       && w->day_lo == w->day_hi && t->tok[j].space_before
                       && read_ordinal_word(nz, t, k, &day, &dend)) {
                /* "January first 12" */
                w->year = 2000 + (int)t->tok[j].num;
                j++;
            } else if (w->day_lo == w->day_hi && year_of_listed_month(nz, t, j, w->month, &year)) {
                w->year = year; /* "October 8 and November 2, 2024" */
            }
            w->end = j;
            return TRUE;
        }
        if (read_year_after(nz, t, j, ref, &year, &end)) {
            w->year = year;
            w->end = end;
            return TRUE;
        }
        if (tok_is(t, i, "may") && !tok_is(t, i + 1, ".") && !range_word(t, i + 1)
            && !(i > 0 && (range_word(t, i - 1) || tok_is(t, i - 1, "mid") || tok_is(t, i - 1, "early")
                           || tok_is(t, i - 1, "late") || tok_is(t, i - 1, "of")
                           || (tok_is(t, i - 1, "in") && (i + 1 == t->n || t->tok[i + 1].kind == TOK_PUNCT)))))
            return FALSE; /* "may" alone is a verb; "May to March", "from March to May", "mid May" */
        if (year_of_listed_month(nz, t, j, w->month, &year))
            w->year = year; /* "in January and February 2025" */
        else if (that_before(t, i) && nearest_year_before(t, i, &year))
            w->year = year; /* "signed in June 2023 and ratified that October" */
        w->end = j;
        return TRUE;
    }
    guint j = i;
    if (tok_is(t, j, "the"))
        j++;
    int day;
    guint dend;
    if (!read_day_ex(nz, t, j, TRUE, &day, &dend)) {
        /* in a sentence, a day in cardinal words under twenty is one
         * before a month and a year: "fifteen August nineteen hundred
         * ninety three" */
        guint me, ye;
        int y;
        if (!t->mention || !read_cardinal(nz, t, j, &day, &dend) || day < 1 || day > 31
            || read_month(nz, t, dend, &me) == NULL || !read_year_after(nz, t, me, ref, &y, &ye))
            return FALSE;
    }
    w->day_lo = w->day_hi = day;
    dend = read_day_range_end(nz, t, dend, w);
    if (tok_is(t, dend, "day") && tok_is(t, dend + 1, "of"))
        dend++;
    if (tok_is(t, dend, "of"))
        dend++;
    m = read_month(nz, t, dend, &end);
    if (m == NULL)
        return FALSE;
    w->month = (int)m->a;
    if (read_year_after(nz, t, end, ref, &year, &end))
        w->year = year;
    w->end = end;
    return TRUE;
}

/* One part of a numeric date: a figure or a month name. */
typedef struct {
    int num, digits, month;
} Comp;

static gboolean
read_comp(const CcNormalizer *nz, const Tokens *t, guint i, Comp *c, guint *end)
{
    memset(c, 0, sizeof *c);
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (tok->kind == TOK_NUM) {
        if (!plain_int(tok) || tok->int_digits > 4)
            return FALSE;
        c->num = (int)tok->num;
        c->digits = (int)tok->int_digits;
        *end = i + 1;
        return TRUE;
    }
    const PhraseValue *m = table_match(nz, TABLE_MONTHS, t, i, end);
    if (m == NULL || (*end != i + 1 && !(*end == i + 2 && tok_is_punct(t, i + 1, "."))))
        return FALSE; /* "Sep" and "Sep." */
    c->month = (int)m->a;
    return TRUE;
}

static int
two_digit_year(int yy, guint32 ref)
{
    int ry = 2000, rm, rd;
    if (ref != 0)
        cc_day_to_ymd(ref, &ry, &rm, &rd);
    return yy + 2000 <= ry + 20 ? 2000 + yy : 1900 + yy;
}

/* Is token @j the "T" of a time glued to a date in figures
 * ("2019-09-01T10:38:07Z")? */
static gboolean
iso_time(const Tokens *t, guint j)
{
    const Token *k = &t->tok[j];
    if (k->kind != TOK_WORD || (k->s[0] != 'T' && k->s[0] != 't'))
        return FALSE;
    if (k->len > 1)
        return g_ascii_isdigit(k->s[1]);
    return j + 1 < t->n && glued(t, j + 1) && t->tok[j + 1].kind == TOK_NUM;
}

/* Is @tok, one token, a day, a month and a year of four figures joined by
 * periods, the day first, as most of Europe writes a date ("24.02.2022",
 * "5.11.2024")? "5.12" is a figure or a version, "2.0.1" a version. */
static gboolean
dotted_date(const Token *tok, int *day, int *month, int *year)
{
    int part[3] = {0, 0, 0}, digits[3] = {0, 0, 0}, k = 0;
    for (guint p = 0; p < tok->len; p++) {
        char ch = tok->s[p];
        if (ch == '.' && digits[k] > 0 && k < 2) {
            k++;
        } else if (g_ascii_isdigit(ch) && digits[k] < 4) {
            part[k] = part[k] * 10 + (ch - '0');
            digits[k]++;
        } else {
            return FALSE;
        }
    }
    if (k != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4)
        return FALSE;
    if (part[0] < 1 || part[1] < 1 || part[1] > 12 || part[2] < 1900 || part[2] > 2099
        || cc_day_from_ymd(part[2], part[1], part[0]) == 0)
        return FALSE;
    *day = part[0], *month = part[1], *year = part[2];
    return TRUE;
}

/* Numeric forms: "2022-02-24", "2022/02/24", "24/02/2022" when the day
 * cannot be a month, "02/24/2022" likewise, "2015-12", "12/2015",
 * "22/04", "11/20", "Oct/2", "05-Aug-2016", "2019/aug/01", "20161016". */
static gboolean
read_numeric(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    if (i >= t->n)
        return FALSE;
    const Token *first = &t->tok[i];
    if (plain_int(first) && first->int_digits == 8 && first->len == 8) {
        int v = (int)first->num, y = v / 10000, m = v / 100 % 100, d = v % 100;
        if (y >= 1900 && y <= 2099 && cc_day_from_ymd(y, m, d) != 0
            && !(i + 1 < t->n && glued(t, i + 1) && t->tok[i + 1].kind != TOK_PUNCT)) {
            w->year = y, w->month = m, w->day_lo = w->day_hi = d;
            w->end = i + 1;
            return TRUE;
        }
        return FALSE;
    }
    /* "2016 10 16": a year, then a month and a day of two figures each */
    int sy;
    if (is_year(t, i, &sy) && i + 2 < t->n && t->tok[i + 1].space_before && t->tok[i + 2].space_before
        && plain_int(&t->tok[i + 1]) && t->tok[i + 1].len == 2 && plain_int(&t->tok[i + 2])
        && t->tok[i + 2].len == 2 && !(i + 3 < t->n && glued(t, i + 3) && t->tok[i + 3].kind != TOK_PUNCT)) {
        int sm = (int)t->tok[i + 1].num, sd = (int)t->tok[i + 2].num;
        if (sm >= 1 && sm <= 12 && cc_day_from_ymd(sy, sm, sd) != 0) {
            w->year = sy, w->month = sm, w->day_lo = w->day_hi = sd;
            w->end = i + 3;
            return TRUE;
        }
    }
    /* "24.02.2022", one token of figures and periods (normalize.c) */
    if (first->kind == TOK_NUM && first->bad && dotted_date(first, &w->day_lo, &w->month, &w->year)
        && !(i + 1 < t->n && glued(t, i + 1) && t->tok[i + 1].kind != TOK_PUNCT)) {
        w->day_hi = w->day_lo;
        w->end = i + 1;
        return TRUE;
    }
    Comp c[3];
    guint n = 0, j = i, e;
    char sep = 0;
    while (n < 3 && read_comp(nz, t, j, &c[n], &e)) {
        n++;
        j = e;
        if (n == 3 || !(tok_is_punct(t, j, "-/.") && glued(t, j) && glued(t, j + 1)))
            break;
        char s = t->tok[j].len == 1 ? t->tok[j].s[0] : '-';
        if (sep != 0 && s != sep)
            break;
        sep = s;
        j++;
    }
    if (n >= 2 && tok_is_punct(t, j - 1, "-/.") && j - 1 > i && t->tok[j - 1].kind == TOK_PUNCT
        && c[n - 1].digits == 0 && c[n - 1].month == 0)
        j--;
    if (n < 2 || sep == 0)
        return FALSE;
    /* the next token must not continue the figure: "1/2/2022/5", "10-12-ton";
     * a time after a full date in figures ("2019-09-01T10:38") is no part
     * of it */
    if (j < t->n && glued(t, j) && !(n == 3 && c[0].digits == 4 && sep == '-' && iso_time(t, j))
        && (t->tok[j].kind != TOK_PUNCT || (tok_is_punct(t, j, "/.") && j + 1 < t->n && t->tok[j + 1].kind == TOK_NUM && glued(t, j + 1))))
        return FALSE;
    int months = 0, mi = -1;
    for (guint k = 0; k < n; k++)
        if (c[k].month) {
            months++;
            mi = (int)k;
        }
    if (months > 1)
        return FALSE;
    int y = 0, m = 0, d = 0;
    if (sep == '.' && months == 0)
        return FALSE; /* "5.12": a figure or a version; "24.02.2022", dotted_date() */
    if (months == 1) {
        m = c[mi].month;
        for (guint k = 0; k < n; k++) {
            if ((int)k == mi)
                continue;
            if (c[k].digits == 4 && y == 0)
                y = c[k].num;
            else if (c[k].digits <= 2 && d == 0 && c[k].num >= 1 && c[k].num <= 31)
                d = c[k].num;
            else if (c[k].digits == 2 && y == 0 && n == 3)
                y = two_digit_year(c[k].num, ref);
            else
                return FALSE;
        }
        if (n == 2 && y == 0 && mi != 0 && sep != '/')
            return FALSE; /* "12-Aug" is rare; "5-May" could be anything */
    } else if (n == 3) {
        if (c[0].digits == 4 && c[1].digits <= 2 && c[2].digits <= 2) {
            y = c[0].num, m = c[1].num, d = c[2].num;
        } else if (c[0].digits <= 2 && c[1].digits <= 2 && (c[2].digits == 4 || (c[2].digits == 2 && sep == '/'))) {
            int x = c[0].num, z = c[1].num;
            y = c[2].digits == 4 ? c[2].num : two_digit_year(c[2].num, ref);
            if (x > 12 && z <= 12)
                m = z, d = x;
            else if (z > 12 && x <= 12)
                m = x, d = z;
            else if (x == z)
                m = d = x;
            else
                return FALSE; /* "03/04/2022": day first or month first? */
        } else {
            return FALSE;
        }
    } else {
        if (c[0].digits == 4 && c[1].digits <= 2 && c[1].num >= 1 && c[1].num <= 12 && sep != '.')
            y = c[0].num, m = c[1].num;
        else if (c[1].digits == 4 && c[0].digits <= 2 && c[0].num >= 1 && c[0].num <= 12)
            y = c[1].num, m = c[0].num;
        else if (sep == '/' && c[0].digits <= 2 && c[1].digits <= 2) {
            int x = c[0].num, z = c[1].num;
            if (x >= 1 && x <= 12 && z >= 1 && z <= 31)
                m = x, d = z; /* "11/20", "10/1": month first, as the US writes it */
            else if (z >= 1 && z <= 12 && x >= 1 && x <= 31)
                m = z, d = x; /* "22/04" */
            else
                return FALSE;
        } else {
            return FALSE;
        }
    }
    if (y != 0 && (y < 1000 || y > 2999))
        return FALSE;
    if (m < 1 || m > 12 || d < 0 || d > 31)
        return FALSE;
    w->year = y;
    w->month = m;
    w->day_lo = w->day_hi = d;
    w->end = j;
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

/* A unit of time: "days", "weeks", "fortnight", "business days". */
static Unit
read_unit(const Tokens *t, guint i, guint *end)
{
    static const struct {
        const char *word;
        Unit unit;
    } units[] = {
        {"day", U_DAY},         {"days", U_DAY},         {"week", U_WEEK},
        {"weeks", U_WEEK},      {"fortnight", U_WEEK},   {"fortnights", U_WEEK},
        {"month", U_MONTH},     {"months", U_MONTH},     {"year", U_YEAR},
        {"years", U_YEAR},      {"quarter", U_QUARTER},  {"quarters", U_QUARTER},
        {"decade", U_DECADE},   {"decades", U_DECADE},   {"century", U_CENTURY},
        {"centuries", U_CENTURY}, {"weekend", U_WEEKEND}, {"weekends", U_WEEKEND},
    };
    if (tok_is(t, i, "business") || tok_is(t, i, "working")) {
        if (tok_is(t, i + 1, "day") || tok_is(t, i + 1, "days")) {
            *end = i + 2;
            return U_BDAY;
        }
        return U_NONE;
    }
    if (i >= t->n)
        return U_NONE;
    /* a word is compared only with the units its first letter opens */
    char first = g_ascii_tolower(t->tok[i].s[0]);
    for (guint k = 0; k < G_N_ELEMENTS(units); k++)
        if (units[k].word[0] == first && tok_is(t, i, units[k].word)) {
            *end = i + 1;
            return units[k].unit;
        }
    return U_NONE;
}

/* In a sentence, a unit of time with a possessive ending ("next month's
 * parade", "last year's offensive"): the unit, the token after it its
 * end. */
static Unit
unit_possessive(const Tokens *t, guint i, guint *end)
{
    static const struct {
        const char *word;
        Unit unit;
    } units[] = {
        {"week", U_WEEK},       {"fortnight", U_WEEK},   {"month", U_MONTH},
        {"year", U_YEAR},       {"quarter", U_QUARTER},  {"decade", U_DECADE},
        {"century", U_CENTURY}, {"weekend", U_WEEKEND},
    };
    guint p = t->mention ? possessive_len(t, i) : 0;
    if (p == 0)
        return U_NONE;
    const Token *k = &t->tok[i];
    for (guint u = 0; u < G_N_ELEMENTS(units); u++)
        if (strlen(units[u].word) == k->len - p
            && g_ascii_strncasecmp(k->s, units[u].word, k->len - p) == 0) {
            *end = i + 1;
            return units[u].unit;
        }
    return U_NONE;
}

static gboolean
is_fortnight(const Tokens *t, guint i)
{
    return tok_is(t, i - 1, "fortnight") || tok_is(t, i - 1, "fortnights");
}

/* A count before a unit: "3", "three", "a", "a couple of". */
static gboolean
read_count(const CcNormalizer *nz, const Tokens *t, guint i, int *n, guint *end)
{
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (tok->kind == TOK_NUM) {
        if (!plain_int(tok) || tok->num < 1 || tok->num > 10000)
            return FALSE;
        *n = (int)tok->num;
        *end = i + 1;
        return TRUE;
    }
    guint k = i;
    if (tok_is(t, k, "a") && tok_is(t, k + 1, "couple"))
        k++;
    if (tok_is(t, k, "couple")) {
        *n = 2;
        *end = tok_is(t, k + 1, "of") ? k + 2 : k + 1;
        return TRUE;
    }
    if (tok_is(t, i, "a") || tok_is(t, i, "an")) {
        *n = 1;
        *end = i + 1;
        return TRUE;
    }
    /* "the past few days", "the next several weeks": after a direction, as
     * many as the word can mean ("a few thousand" = up to 5999, "several
     * hundred" up to 999), so that the span holds every reading of it */
    if ((tok_is(t, i, "few") || tok_is(t, i, "several")) && i > 0
        && (tok_is(t, i - 1, "past") || tok_is(t, i - 1, "last") || tok_is(t, i - 1, "previous")
            || tok_is(t, i - 1, "next") || tok_is(t, i - 1, "coming")
            || tok_is(t, i - 1, "following"))) {
        *n = tok_is(t, i, "few") ? 5 : 9;
        *end = i + 1;
        return TRUE;
    }
    return read_cardinal(nz, t, i, n, end) && *n >= 1;
}

/* A duration: "3 weeks", "two months", "2 weeks and 2 days", "2 years 1
 * month 21 days". In days and months, kept apart. */
typedef struct {
    int days, months;
    Unit unit; /* the last unit named */
    int count; /* its count */
    guint parts; /* "2 weeks and 2 days": 2 */
} Duration;

/* Is token @k "ago", "earlier", "later" or "hence", which makes the
 * duration before it an offset of its own? */
static gboolean
offset_word(const Tokens *t, guint k)
{
    return tok_is(t, k, "ago") || tok_is(t, k, "earlier") || tok_is(t, k, "later")
           || tok_is(t, k, "hence");
}

/* read_duration() of at most @parts parts ("2 weeks and 2 days": two). */
static gboolean
read_duration_parts(const CcNormalizer *nz, const Tokens *t, guint i, guint parts, Duration *d,
                    guint *end);

static gboolean
read_duration(const CcNormalizer *nz, const Tokens *t, guint i, Duration *d, guint *end)
{
    return read_duration_parts(nz, t, i, G_MAXUINT, d, end);
}

static gboolean
read_duration_parts(const CcNormalizer *nz, const Tokens *t, guint i, guint parts, Duration *d,
                    guint *end)
{
    memset(d, 0, sizeof *d);
    guint j = i;
    gboolean any = FALSE;
    for (guint part = 0; part < parts; part++) {
        int n;
        guint e, e2;
        guint k = j;
        if (any) {
            k = skip_comma(t, k);
            if (tok_is(t, k, "and"))
                k++;
        }
        Unit u;
        if (read_count(nz, t, k, &n, &e) && (u = read_unit(t, e, &e2)) != U_NONE) {
        } else if (!any && (u = read_unit(t, k, &e2)) != U_NONE && (u == U_WEEK || u == U_DAY)
                   && is_fortnight(t, e2)) {
            n = 1; /* "a fortnight" without the article */
        } else {
            break;
        }
        if (is_fortnight(t, e2))
            n *= 2;
        switch (u) {
        case U_DAY: case U_BDAY: d->days += n; break;
        case U_WEEK: case U_WEEKEND: d->days += 7 * n; break;
        case U_MONTH: d->months += n; break;
        case U_QUARTER: d->months += 3 * n; break;
        case U_YEAR: d->months += 12 * n; break;
        case U_DECADE: d->months += 120 * n; break;
        case U_CENTURY: d->months += 1200 * n; break;
        case U_NONE: break;
        }
        d->unit = u;
        d->count = n;
        d->parts++;
        any = TRUE;
        j = e2;
    }
    *end = j;
    return any;
}

static guint32
shift(guint32 day, const Duration *d, int sign)
{
    guint32 r = add_months(day, sign * d->months);
    return (guint32)((gint64)r + sign * d->days);
}

static guint32
add_business_days(guint32 day, int n, int sign)
{
    while (n > 0) {
        day = (guint32)((gint64)day + sign);
        if (weekday_of(day) <= 5)
            n--;
    }
    return day;
}

/* The calendar period of @unit holding @day, moved by @offset periods. */
static gboolean
period(Unit unit, guint32 day, int offset, guint32 *lo, guint32 *hi)
{
    int y, m, d;
    cc_day_to_ymd(day, &y, &m, &d);
    switch (unit) {
    case U_DAY:
    case U_BDAY:
        *lo = *hi = (guint32)((gint64)day + offset);
        return TRUE;
    case U_WEEK:
        *lo = (guint32)((gint64)monday_of(day) + 7 * offset);
        *hi = *lo + 6;
        return TRUE;
    case U_WEEKEND:
        *lo = (guint32)((gint64)monday_of(day) + 7 * offset + 5);
        *hi = *lo + 1;
        return TRUE;
    case U_MONTH:
        *lo = month_start(y, m + offset);
        *hi = month_end(y, m + offset);
        return TRUE;
    case U_QUARTER: {
        int q = (m - 1) / 3 + offset;
        *lo = month_start(y, q * 3 + 1);
        *hi = month_end(y, q * 3 + 3);
        return TRUE;
    }
    case U_YEAR:
        *lo = cc_day_from_ymd(y + offset, 1, 1);
        *hi = cc_day_from_ymd(y + offset, 12, 31);
        return *lo != 0;
    case U_DECADE:
        *lo = cc_day_from_ymd(y / 10 * 10 + 10 * offset, 1, 1);
        *hi = cc_day_from_ymd(y / 10 * 10 + 10 * offset + 9, 12, 31);
        return *lo != 0;
    case U_CENTURY:
        *lo = cc_day_from_ymd(y / 100 * 100 + 100 * offset, 1, 1);
        *hi = cc_day_from_ymd(y / 100 * 100 + 100 * offset + 99, 12, 31);
        return *lo != 0;
    case U_NONE:
        break;
    }
    return FALSE;
}

/* Week @k (1-based; -1 the last) of the days [lo, hi]: weeks run Monday to
 * Sunday and belong where their Thursday falls, as ISO 8601 counts them. */
static guint32
week_in(guint32 lo, guint32 hi, int k)
{
    if (k > 0) {
        guint32 thu = lo + (guint32)((4 - weekday_of(lo) + 7) % 7);
        return monday_of(thu) + (guint32)(7 * (k - 1));
    }
    guint32 thu = hi - (guint32)((weekday_of(hi) - 4 + 7) % 7);
    return monday_of(thu) + (guint32)(7 * (k + 1));
}

/* "this", "next", "last": -1, 0, 1; 2 when none. */
static int
read_direction(const Tokens *t, guint i, guint *end)
{
    guint j = i;
    if (tok_is(t, j, "the") && (tok_is(t, j + 1, "past") || tok_is(t, j + 1, "previous")
                                || tok_is(t, j + 1, "next") || tok_is(t, j + 1, "last")
                                || tok_is(t, j + 1, "following") || tok_is(t, j + 1, "coming")
                                || tok_is(t, j + 1, "same") || tok_is(t, j + 1, "current")))
        j++;
    int dir = 2;
    if (tok_is(t, j, "last") || tok_is(t, j, "previous") || tok_is(t, j, "past"))
        dir = -1;
    else if (tok_is(t, j, "this") || tok_is(t, j, "current") || tok_is(t, j, "same")
             || tok_is(t, j, "that"))
        dir = 0;
    else if (tok_is(t, j, "next") || tok_is(t, j, "coming") || tok_is(t, j, "following")
             || tok_is(t, j, "upcoming"))
        dir = 1;
    if (dir == 0 && (tok_is(t, j + 1, "upcoming") || tok_is(t, j + 1, "coming")))
        j++;
    if (dir != 2 && tok_is(t, j + 1, "calendar"))
        j++;
    *end = j + 1;
    return dir;
}

/* "next week", "this month", "last year", "the week after next", "this
 * quarter": a calendar period. */
/* In a sentence, is "weekend" at @i this week's, said alone at a
 * sentence's end ("dinner with mom weekend.")? Not a weekend a word
 * before it qualifies ("a long weekend", "its opening weekend", "every
 * weekend"), nor one a noun follows ("Weekend clashes"). */
static gboolean
weekend_alone(const Tokens *t, guint i)
{
    if (!(i + 1 >= t->n || tok_is_punct(t, i + 1, ".!?")))
        return FALSE;
    static const char *const before[] = {
        "the", "a", "this", "next", "last", "every", "each", "that", "one", "long", "per",
        "whole", "entire", "holiday", "day", "busy", "great", "good", "quiet", "opening",
        "bank", "festive", "record", "big", "nice", "first", "s", NULL};
    for (guint k = 0; before[k]; k++)
        if (i > 0 && tok_is(t, i - 1, before[k]))
            return FALSE;
    return TRUE;
}

/* In a sentence, is the unit at [@j, @e) after @i ("the", "this", "next")
 * a calendar period? One unit, singular, not the head of a compound
 * ("the decades-long assistance", "a week-long visit"); after "the"
 * alone, a week, weekend, fortnight, month or year not followed by "of"
 * or a figure ("the week of 5 May" is read by another reader). */
static gboolean
period_in_sentence(const Tokens *t, guint i, guint j, guint e, Unit u)
{
    const Token *w = &t->tok[e - 1];
    if (w->len > 1 && g_ascii_tolower(w->s[w->len - 1]) == 's' && u != U_DAY
        && possessive_len(t, e - 1) == 0)
        return FALSE; /* "the decades", "next quarters"; not "next month's" */
    if (tok_is_punct(t, e, "-") && glued(t, e))
        return FALSE;
    if (!tok_is(t, i, "the") || j != i + 1)
        return TRUE;
    if (u == U_QUARTER || u == U_DECADE || u == U_CENTURY || u == U_DAY)
        return FALSE;
    return !tok_is(t, e, "of") && !(e < t->n && t->tok[e].kind == TOK_NUM);
}

static gboolean
read_period(const Tokens *t, guint i, guint32 ref, Unit *unit, guint32 *lo, guint32 *hi,
            guint *end)
{
    guint j;
    if (ref == 0)
        return FALSE;
    int named;
    if (year_named_before(t, i, &named, end)) {
        *unit = U_YEAR;
        *lo = cc_day_from_ymd(named, 1, 1);
        *hi = cc_day_from_ymd(named, 12, 31);
        return *lo != 0 && *hi != 0;
    }
    int dir = read_direction(t, i, &j);
    if (dir == 2) {
        /* "the week", "the week after next"; "weekend" alone is this week's */
        if (tok_is(t, i, "weekend")) {
            if (t->mention && !weekend_alone(t, i))
                return FALSE;
            dir = 0;
            j = i;
        } else if (!tok_is(t, i, "the"))
            return FALSE;
        else {
            dir = 0;
            j = i + 1;
        }
    }
    guint e;
    gboolean workweek = FALSE;
    Unit u;
    if (tok_is(t, j, "workweek")) {
        /* "this working week", "next workweek": Monday to Friday */
        workweek = TRUE;
        u = U_WEEK;
        e = j + 1;
    } else if ((tok_is(t, j, "working") || tok_is(t, j, "work")) && tok_is(t, j + 1, "week")) {
        workweek = TRUE;
        u = U_WEEK;
        e = j + 2;
    } else {
        u = read_unit(t, j, &e);
        if (u == U_NONE && dir != 0)
            u = unit_possessive(t, j, &e);
    }
    if (u == U_NONE || u == U_BDAY || tok_is(t, j, "days") || tok_is(t, j, "weeks")
        || tok_is(t, j, "months") || tok_is(t, j, "years"))
        return FALSE;
    if (u == U_DAY && dir != 0)
        return FALSE;
    if (t->mention && !workweek && !period_in_sentence(t, i, j, e, u))
        return FALSE;
    if (tok_is(t, i, "the") && dir == 0 && tok_is(t, e, "after") && tok_is(t, e + 1, "next")) {
        dir = 2;
        e += 2;
    }
    /* "the week before last", "the month before last": two back */
    if (tok_is(t, i, "the") && dir == 0 && j == i + 1 && tok_is(t, e, "before") && tok_is(t, e + 1, "last")) {
        dir = -2;
        e += 2;
    }
    /* "the weekend" on a Monday or Tuesday is the one just past */
    if (u == U_WEEKEND && tok_is(t, i, "the") && j == i + 1 && weekday_of(ref) <= 2)
        dir = -1;
    if (!period(u, ref, dir, lo, hi))
        return FALSE;
    if (workweek)
        *hi = *lo + 4;
    /* "this fortnight", "the fortnight": this week and the next */
    if (tok_is(t, j, "fortnight")) {
        *lo = (guint32)((gint64)monday_of(ref) + 14 * dir);
        *hi = *lo + 13;
    }
    *unit = u;
    *end = e;
    return TRUE;
}

/* The weekday of a week: "Monday of next week", "next week Monday". */
static gboolean
read_weekday(const CcNormalizer *nz, const Tokens *t, guint i, int *wd, guint *end)
{
    const PhraseValue *v = table_match(nz, TABLE_WEEKDAYS, t, i, end);
    if (v == NULL)
        v = possessive_match(nz, TABLE_WEEKDAYS, t, i, end);
    if (v == NULL)
        return FALSE;
    *wd = (int)v->a;
    return TRUE;
}

/* A weekday, or its short form ("Mon", "Sat"), which is a weekday only
 * where a date is sure to follow or precede: "Mon 13th", "next week Tue". */
static gboolean
read_weekday_or_short(const CcNormalizer *nz, const Tokens *t, guint i, int *wd, guint *end)
{
    if (read_weekday(nz, t, i, wd, end))
        return TRUE;
    const PhraseValue *v = table_match(nz, TABLE_WEEKDAY_SHORT, t, i, end);
    if (v == NULL)
        return FALSE;
    *wd = (int)v->a;
    return TRUE;
}

/* In a sentence, is the day read at [@q, @dend) after a weekday ending at
 * @wend unlike one ("on Friday, the first toll", "Friday 7-6")? "the"
 * and a day follow the weekday with no comma between; a bare figure
 * is a day of 13 and more ("Sunday 31"), standing apart ("Friday 7-6",
 * "Monday 5.3" are other figures), as a smaller one is more often a
 * count or a time. */
static gboolean
weekday_day_unlike(const Tokens *t, guint wend, guint k, guint q, guint dend)
{
    if (q > k)
        return k != wend;
    const Token *d = &t->tok[q];
    if (d->kind != TOK_NUM || dend != q + 1)
        return FALSE; /* "Monday 13th", "Sunday twenty nine" */
    return d->num < 13 || (dend < t->n && glued(t, dend) && tok_is_punct(t, dend, "-/.,:"));
}

static guint32
nearest_weekday_with_day(guint32 ref, int wd, int day)
{
    int y, m, d;
    cc_day_to_ymd(ref, &y, &m, &d);
    for (int k = 0; k < 24; k++)
        for (int s = -1; s <= 1; s += 2) {
            int mm = m + s * k;
            guint32 first = month_start(y, mm);
            int fy, fm, fd;
            cc_day_to_ymd(first, &fy, &fm, &fd);
            if (day > cc_days_in_month(fy, fm))
                continue;
            guint32 x = cc_day_from_ymd(fy, fm, day);
            if (weekday_of(x) == wd)
                return x;
        }
    return 0;
}

static gboolean read_one(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w);
static gboolean resolve(const Written *w, guint32 ref, guint32 *lo, guint32 *hi);

/* Reads one date at @i and resolves it. */
static gboolean
read_span(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, guint32 *lo, guint32 *hi,
          guint *end)
{
    Written w;
    if (!read_one(nz, t, i, ref, &w) || !resolve(&w, ref, lo, hi))
        return FALSE;
    *end = w.end;
    return TRUE;
}

/* The reference a duration counts from: "now", "today", "tomorrow",
 * "Tuesday", "January 15", "Christmas" is not known. */
static gboolean
read_anchor(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, guint32 *lo,
            guint32 *hi, guint *end)
{
    if (tok_is(t, i, "now") || tok_is(t, i, "today")) {
        *lo = *hi = ref;
        *end = i + 1;
        return TRUE;
    }
    if (tok_is(t, i, "the") && tok_is(t, i + 1, "year") && is_year(t, i + 2, (int[]){0})) {
        i += 2;
    }
    return read_span(nz, t, i, ref, lo, hi, end);
}

/* In a sentence, is the "in" at token @i the one of a first or a
 * superlative in its clause ("his first trip abroad in 24 years", "the
 * biggest rise in 18 months", "for the first time in a decade"): the span
 * of time since the last such thing, no date ahead. */
static gboolean
after_first(const Tokens *t, guint i)
{
    static const char *const firsts[] = {"first", "highest", "lowest", "biggest", "largest",
                                         "smallest", "worst", "best", "longest", "deadliest",
                                         "strongest", "weakest", "sharpest", "steepest", NULL};
    for (guint k = i, n = 0; k > 0 && n < 8; k--, n++) {
        if (t->tok[k - 1].kind == TOK_PUNCT)
            return FALSE;
        for (guint f = 0; firsts[f]; f++)
            if (tok_is(t, k - 1, firsts[f]))
                return TRUE;
    }
    return FALSE;
}

/* Is @w the offset read_duration_date() reads before a clause of its own
 * ("two days after Moscow announced …"), a day counted back? */
static gboolean
offset_before_clause(const Tokens *t, const Written *w)
{
    return w->sign == -1 && w->end > 0 && tok_is(t, w->end - 1, "after") && w->end < t->n
           && t->tok[w->end].kind == TOK_WORD;
}

/* Durations against the reference: "in 3 weeks", "2 days ago", "3 weeks
 * later", "3 days from today", "2 weeks before May 13 1999", "the next 3
 * days", "the last 2 quarters", "within 9 months", "for 3 days from
 * today", "the first 2 weeks of 2021". */
static gboolean
read_duration_date(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    guint j = i, e;
    Duration d;
    gboolean in = FALSE, within = FALSE, span = FALSE;
    if (tok_is(t, j, "in") || tok_is(t, j, "after")) {
        in = TRUE;
        j++;
    } else if (tok_is(t, j, "within")) {
        within = TRUE;
        j++;
    } else if (tok_is(t, j, "for")) {
        span = TRUE;
        j++;
    }
    /* "within three days of each other" is a gap between two days, no
     * stretch from the reference */
    if (within)
        for (guint k = j; k < j + 5 && k + 2 < t->n; k++)
            if (tok_is(t, k, "of")
                && ((tok_is(t, k + 1, "each") && tok_is(t, k + 2, "other"))
                    || (tok_is(t, k + 1, "one") && tok_is(t, k + 2, "another"))))
                return FALSE;
    if ((in || within || span) && tok_is(t, j, "the"))
        j++;
    guint dj;
    int dir = read_direction(t, j, &dj);
    if (dir == 0 || (tok_is(t, j, "the") && dir == 2))
        dir = 2;
    if (dir != 2)
        j = dj;
    int first_last = 0;
    /* "the last 3 weeks of this year" is a part of the year, not a count back */
    guint fk = tok_is(t, i, "the") ? i + 1 : i;
    if (dir == -1 && tok_is(t, fk, "last") && read_duration(nz, t, fk + 1, &d, &e) && tok_is(t, e, "of")) {
        dir = 2;
        j = fk;
    }
    if (dir == 2) {
        guint k = j;
        if (tok_is(t, k, "the"))
            k++;
        if (tok_is(t, k, "first") || tok_is(t, k, "last")) {
            first_last = tok_is(t, k, "first") ? 1 : -1;
            if (read_duration(nz, t, k + 1, &d, &e) && tok_is(t, e, "of")) {
                guint32 a, b;
                guint e2;
                if (!read_anchor(nz, t, e + 1, ref, &a, &b, &e2))
                    return FALSE;
                guint32 lo, hi;
                if (d.unit == U_WEEK) {
                    int n = d.days / 7;
                    if (first_last > 0) {
                        lo = week_in(a, b, 1);
                        hi = lo + (guint32)(7 * n) - 1;
                    } else {
                        hi = week_in(a, b, -1) + 6;
                        lo = hi + 1 - (guint32)(7 * n);
                    }
                } else if (first_last > 0) {
                    lo = a;
                    hi = shift(a, &d, 1) - 1;
                } else {
                    hi = b;
                    lo = shift(b + 1, &d, -1);
                }
                set_absolute(w, lo, hi, e2);
                return TRUE;
            }
            return FALSE;
        }
    }
    gboolean have = read_duration(nz, t, j, &d, &e);
    if (have && t->mention && (dir == 1 || dir == -1) && d.parts > 1 && offset_word(t, e)) {
        /* in a sentence, "the last 3 months and 2 days ago": the last part
         * is an offset of its own, "2 days ago" */
        have = read_duration_parts(nz, t, j, d.parts - 1, &d, &e);
    }
    if (!have) {
        /* "the 3 next weeks", "2 upcoming months" */
        int n;
        guint e1;
        guint k = tok_is(t, j, "the") ? j + 1 : j;
        if (dir != 2 || !read_count(nz, t, k, &n, &e1))
            return FALSE;
        dir = read_direction(t, e1, &e);
        if (dir == 2 || dir == 0)
            return FALSE;
        Unit u = read_unit(t, e, &e);
        if (u == U_NONE)
            return FALSE;
        /* in a sentence, "only 3 next week" counts no weeks: a count
         * past one takes a plural unit ("the 2 next days") */
        if (t->mention && n > 1 && !is_fortnight(t, e) && t->tok[e - 1].len > 0
            && g_ascii_tolower(t->tok[e - 1].s[t->tok[e - 1].len - 1]) != 's')
            return FALSE;
        memset(&d, 0, sizeof d);
        d.unit = u;
        d.count = n;
        if (u == U_DAY || u == U_BDAY)
            d.days = n;
        else if (u == U_WEEK || u == U_WEEKEND)
            d.days = 7 * n;
        else
            d.months = n * (u == U_MONTH ? 1 : u == U_QUARTER ? 3 : u == U_YEAR ? 12 : u == U_DECADE ? 120 : 1200);
    }
    guint32 lo, hi;
    if (dir == 1 || dir == -1 || within) {
        /* a stretch of time next to the reference */
        if (d.unit == U_QUARTER || d.unit == U_DECADE || d.unit == U_CENTURY) {
            guint32 a, b, c, f;
            if (dir < 0) {
                period(d.unit, ref, -d.count, &a, &b);
                period(d.unit, ref, -1, &c, &f);
                lo = a, hi = f;
            } else {
                period(d.unit, ref, 1, &a, &b);
                period(d.unit, ref, d.count, &c, &f);
                lo = a, hi = f;
            }
        } else if (d.unit == U_BDAY) {
            if (dir < 0) {
                hi = add_business_days(ref, 1, -1);
                lo = add_business_days(ref, d.count, -1);
            } else {
                lo = add_business_days(ref, 1, 1);
                hi = add_business_days(ref, d.count, 1);
            }
        } else if (within) {
            lo = ref;
            hi = shift(ref, &d, 1) - 1;
        } else if (dir < 0) {
            lo = shift(ref, &d, -1);
            hi = ref - 1;
        } else {
            lo = ref + 1;
            hi = shift(ref, &d, 1);
        }
        set_absolute(w, lo, hi, e);
        return TRUE;
    }
    /* an offset from a day */
    guint k = e;
    if (tok_is(t, k, "ago") || tok_is(t, k, "earlier")) {
        if (in || span)
            return FALSE;
        lo = shift(ref, &d, -1);
        /* "a year ago this month", "a month ago this week": that month or
         * week as it stood back then */
        Unit pu;
        guint32 plo, phi;
        guint pe;
        if (tok_is(t, k, "ago") && tok_is(t, k + 1, "this")
            && read_period(t, k + 1, lo, &pu, &plo, &phi, &pe) && (pu == U_MONTH || pu == U_WEEK)) {
            set_absolute(w, plo, phi, pe);
            return TRUE;
        }
        /* "a year ago today": the day a year back, "today" in it */
        set_absolute(w, lo, lo, tok_is(t, k, "ago") && tok_is(t, k + 1, "today") ? k + 2 : k + 1);
        w->anchor = ref, w->sign = -1;
        return TRUE;
    }
    /* "three days after that": from the day told before it, as "later" */
    gboolean after_that = tok_is(t, k, "after") && tok_is(t, k + 1, "that")
                          && (k + 2 >= t->n || t->tok[k + 2].kind == TOK_PUNCT);
    if (tok_is(t, k, "later") || tok_is(t, k, "hence") || (tok_is(t, k, "from") && tok_is(t, k + 1, "now"))
        || after_that) {
        if (span)
            return FALSE;
        lo = shift(ref, &d, 1);
        set_absolute(w, lo, lo, tok_is(t, k, "from") || after_that ? k + 2 : k + 1);
        w->anchor = ref, w->sign = 1;
        return TRUE;
    }
    gboolean comma = tok_is_punct(t, k, ",");
    if (comma)
        k++;
    int sign = 0;
    gboolean starting = FALSE;
    if (tok_is(t, k, "starting") || tok_is(t, k, "beginning") || tok_is(t, k, "commencing")) {
        starting = TRUE;
        k++;
        if (tok_is(t, k, "from") || tok_is(t, k, "on"))
            k++;
    } else if (tok_is(t, k, "from") || tok_is(t, k, "after") || tok_is(t, k, "since")) {
        sign = 1;
        k++;
        if (span)
            starting = TRUE;
    } else if (tok_is(t, k, "before") || (tok_is(t, k, "prior") && tok_is(t, k + 1, "to"))) {
        sign = -1;
        k += tok_is(t, k, "prior") ? 2 : 1;
    }
    if (sign == 0 && !starting) {
        /* in a sentence, a span "of" a thing done is how long it lasted,
         * no date: "after nine months of fighting", "in three weeks of
         * talks" ("in 3 weeks of next month" would be read above) */
        guint32 a0, b0;
        guint e0;
        if (in && t->mention && !comma && tok_is(t, e, "of")
            && !read_anchor(nz, t, e + 1, ref, &a0, &b0, &e0))
            return FALSE;
        if (in && t->mention && tok_is(t, i, "in") && after_first(t, i))
            return FALSE;
        /* in a sentence, a comma after "in 3 days" with no anchor after
         * it ends a clause, not the mention */
        if (in && (!comma || t->mention)) {
            lo = shift(ref, &d, 1);
            set_absolute(w, lo, lo, e);
            return TRUE;
        }
        return FALSE;
    }
    guint32 a, b;
    guint e2;
    if (!read_anchor(nz, t, k, ref, &a, &b, &e2)) {
        /* in a sentence, "two days after" (days or weeks) before a
         * clause of its own ("on April 28, two days after Moscow
         * announced it had retaken Kursk"): the day of that clause's
         * event, counted back from the day told before it as "two days
         * earlier" is (frame.c anchor_offsets() counts it from that day,
         * or drops it) */
        if (t->mention && sign == 1 && !starting && !in && !span && !within && !comma
            && (d.unit == U_DAY || d.unit == U_WEEK) /* "a month after" is loose */
            && tok_is(t, k - 1, "after") && k < t->n && t->tok[k].kind == TOK_WORD
            && !tok_is(t, k, "that")
            /* (no range's end: "on Nov. 11 — two days after Putin signed") */
            && !(i > 0 && range_word(t, i - 1))) {
            lo = shift(ref, &d, -1);
            set_absolute(w, lo, lo, k);
            w->anchor = ref, w->sign = -1;
            return TRUE;
        }
        return FALSE;
    }
    if (starting) {
        set_absolute(w, a, shift(a, &d, 1) - 1, e2);
        return TRUE;
    }
    lo = shift(a, &d, sign);
    set_absolute(w, lo, lo, e2);
    if (a == b && !in && !span && !within)
        w->anchor = a, w->sign = sign;
    return TRUE;
}

/* "more than 2 weeks before today": on or before the day 2 weeks before;
 * "less than 3 days after tomorrow": tomorrow and the 2 days after it. */
static gboolean
read_bounded_duration(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    int more;
    if ((tok_is(t, i, "more") || tok_is(t, i, "over")) && tok_is(t, i + 1, "than"))
        more = 1;
    else if ((tok_is(t, i, "less") || tok_is(t, i, "fewer")) && tok_is(t, i + 1, "than"))
        more = 0;
    else
        return read_duration_date(nz, t, i, ref, w);
    if (!read_duration_date(nz, t, i + 2, ref, w) || w->sign == 0 || w->lo != w->hi)
        return FALSE;
    /* "more than six months after its first units crossed …" bounds no
     * day of that clause's event */
    if (offset_before_clause(t, w))
        return FALSE;
    if (more)
        w->unbounded = w->sign < 0 ? -1 : 1;
    else if (w->sign < 0) /* (X - N, X] */
        w->lo = w->lo + 1, w->hi = w->anchor;
    else /* [X, X + N) */
        w->hi = w->hi - 1, w->lo = w->anchor;
    return w->lo <= w->hi;
}

/* "last October", "this month", "next week", "last Monday", "yesterday",
 * "Monday of next week", "next week Monday", "earlier this month". */
/* A season of a year written out: "the autumn of 2024", "summer 2024",
 * "in the winter of 2024" — three months, as "last autumn" is (spring from
 * March, summer from June, autumn or fall from September, winter from that
 * year's December into the next). */
static gboolean
read_season_year(const Tokens *t, guint i, guint32 ref, Written *w)
{
    /* in a sentence, "that autumn" (or "that same spring") points back at
     * the year named before it, else reads as "in the autumn" does */
    gboolean that = t->mention && tok_is(t, i, "that");
    guint k = tok_is(t, i, "the") || that ? i + 1 : i;
    if (that && tok_is(t, k, "same"))
        k++;
    int season = tok_is(t, k, "spring") ? 3 : tok_is(t, k, "summer") ? 6
                 : tok_is(t, k, "autumn") || tok_is(t, k, "fall") ? 9
                 : tok_is(t, k, "winter") ? 12 : 0;
    if (season == 0)
        return FALSE;
    guint y = tok_is(t, k + 1, "of") ? k + 2 : k + 1;
    int year;
    if (!is_year(t, y, &year)) {
        /* "in the autumn", "since the summer", "during the winter": a
         * season after a preposition and "the" that names no year, and
         * ends its phrase (punctuation or a word that opens another:
         * "The winter training began" names a drill, "the summer
         * offensive" a push), is the reference year's,
         * as a month that names none is ("in October"); a frame puts one
         * after the document's date in the year before for an event told
         * in the past; "the winter" in January or February is the one
         * under way. "The fall of Avdiivka", "the fall in prices" are no
         * such date. */
        static const char *const preps[] = {"in", "since", "during", "over", "through",
                                            "throughout", "until", "till", "by", "before",
                                            "after", "from", "for"};
        static const char *const next_ok[] = {"and", "or", "in", "on", "at", "when", "as",
                                              "after", "before", "with", "while", "to",
                                              "than", "amid", "because", "that", "the",
                                              "a", "an", "its", "their", "his", "her"};
        gboolean prep = FALSE, next = k + 1 >= t->n || t->tok[k + 1].kind == TOK_PUNCT;
        for (guint p = 0; p < G_N_ELEMENTS(preps) && i > 0; p++)
            prep |= tok_is(t, i - 1, preps[p]);
        for (guint p = 0; p < G_N_ELEMENTS(next_ok) && !next; p++)
            next |= tok_is(t, k + 1, next_ok[p]);
        /* "that autumn Pyongyang began …": a name opens the clause */
        if (that && !next && t->tok[k + 1].kind == TOK_WORD && g_ascii_isupper(t->tok[k + 1].s[0]))
            next = TRUE;
        if (!t->mention && i == 0)
            prep = next = TRUE; /* the whole text: "the summer" */
        if (k == i || !(prep || that) || !next || ref == 0
            || ((tok_is(t, k, "fall") || tok_is(t, k, "spring"))
                && (tok_is(t, k + 1, "in") || tok_is(t, k + 1, "to") || tok_is(t, k + 1, "from")
                    || tok_is(t, k + 1, "by"))))
            return FALSE;
        int rm, rd;
        cc_day_to_ymd(ref, &year, &rm, &rd);
        if (season == 12 && rm <= 2)
            year--; /* the winter under way in January */
        if (that)
            nearest_year_before(t, i, &year);
        y = k;
    }
    guint32 hi = season == 12 ? month_end(year + 1, 2) : month_end(year, season + 2);
    set_absolute(w, month_start(year, season), hi, y + 1);
    return TRUE;
}

static gboolean
read_relative(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    if (ref == 0)
        return FALSE;
    guint end;
    const PhraseValue *r = table_match(nz, TABLE_RELATIVE_DATES, t, i, &end);
    if (r != NULL) {
        guint32 d = (guint32)((gint64)ref + (gint64)r->a);
        set_absolute(w, d, d, end);
        return TRUE;
    }
    /* "otd" (on this day), "for the day": the reference day; "the day
     * before", "the day after": the day before or after it */
    /* in a sentence, both are said only at a clause's end, and never
     * after "on" or "by" ("on the day" of a vote) */
    gboolean said_alone = !t->mention || !(tok_is(t, i - 1, "on") || tok_is(t, i - 1, "by"));
    if (tok_is(t, i, "otd") && said_alone && (!t->mention || ends_at(t, i + 1))) {
        set_absolute(w, ref, ref, i + 1);
        return TRUE;
    }
    if (tok_is(t, i, "the") && tok_is(t, i + 1, "day") && !tok_is(t, i + 2, "of") && said_alone) {
        int off = tok_is(t, i + 2, "before") ? -1 : tok_is(t, i + 2, "after") ? 1 : 0;
        guint e = i + (off != 0 ? 3 : 2);
        if (t->mention && !ends_at(t, e))
            return FALSE;
        guint32 d = (guint32)((gint64)ref + off);
        set_absolute(w, d, d, e);
        return TRUE;
    }
    /* "EOY", "EOM": the end of this year, of this month */
    if (tok_is(t, i, "eoy") || tok_is(t, i, "eom")) {
        guint32 lo, hi;
        gboolean year = tok_is(t, i, "eoy");
        if (!period(year ? U_YEAR : U_MONTH, ref, 0, &lo, &hi))
            return FALSE;
        int y, m, d;
        cc_day_to_ymd(lo, &y, &m, &d);
        set_absolute(w, year ? cc_day_from_ymd(y, 7, 1) : lo + 15, hi, i + 1);
        return TRUE;
    }
    /* "earlier this month", "later in the year", "end of next week", "the
     * rest of the week" (3: from the reference on) */
    int half = 0;
    const PhraseValue *part = NULL;
    guint j = i;
    guint rk = tok_is(t, j, "the") ? j + 1 : j;
    if ((tok_is(t, rk, "rest") || tok_is(t, rk, "remainder") || tok_is(t, rk, "remaining"))
        && tok_is(t, rk + 1, "of")) {
        half = 3;
        j = rk + 2;
    } else if (tok_is(t, j, "earlier") || tok_is(t, j, "later")) {
        half = tok_is(t, j, "earlier") ? -2 : 2;
        j++;
        if (tok_is(t, j, "in"))
            j++;
    } else {
        part = table_match(nz, TABLE_DATE_PARTS, t, j, &end);
        if (part != NULL) {
            half = part->a <= 1 ? -1 : part->b >= 31 ? 1 : 0;
            j = end;
            if (tok_is_punct(t, j, "-"))
                j++;
            if (tok_is(t, j, "of"))
                j++;
        }
    }
    Unit u;
    guint32 lo, hi;
    gboolean bare = FALSE;
    if (half == 1 || half == -1 || (part != NULL && half == 0)) {
        /* "end of year", "start of month", "mid-month": this one */
        u = tok_is(t, j, "year") ? U_YEAR : tok_is(t, j, "month") ? U_MONTH
            : tok_is(t, j, "week") ? U_WEEK : U_NONE;
        if (half == 0 && u == U_WEEK)
            u = U_NONE; /* "mid-week" is no span of days */
        bare = u != U_NONE && !tok_is(t, j + 1, "of") && period(u, ref, 0, &lo, &hi);
        end = j + 1;
    }
    if (bare || (read_period(t, j, ref, &u, &lo, &hi, &end) && u != U_DAY)) {
        if (half == 3) {
            if (ref > lo && ref <= hi)
                lo = ref;
        } else if (part != NULL && u == U_MONTH) {
            /* a part of a month keeps the days the lexicon gives it, as in
             * "early November": "early this month" = 1 to 10 */
            int y, m, d;
            cc_day_to_ymd(lo, &y, &m, &d);
            int last = cc_days_in_month(y, m);
            lo = cc_day_from_ymd(y, m, MIN((int)part->a, last));
            hi = cc_day_from_ymd(y, m, MIN((int)part->b, last));
        } else if (part != NULL && u == U_YEAR && part->c != 0) {
            /* a part of a year with the lexicon's months keeps them, as
             * "late 2024" does: "late last year" = September to December,
             * "mid last year" May to August, "the closing days of last
             * year" 16 to 31 December; "the end of this year" keeps its
             * second half */
            int y, m, d;
            cc_day_to_ymd(lo, &y, &m, &d);
            int m1 = (int)part->c, m2 = (int)part->d;
            int d1 = 1, d2 = cc_days_in_month(y, m2);
            if (m1 == m2) {
                d1 = MIN((int)part->a, d2);
                d2 = MIN((int)part->b, d2);
            }
            lo = cc_day_from_ymd(y, m1, d1);
            hi = cc_day_from_ymd(y, m2, d2);
        } else if (half != 0 && u != U_WEEKEND) {
            guint32 mid;
            if (u == U_WEEK)
                mid = lo + 3;
            else if (u == U_MONTH)
                mid = lo + 15;
            else if (u == U_YEAR) {
                int y, m, d;
                cc_day_to_ymd(lo, &y, &m, &d);
                mid = cc_day_from_ymd(y, 7, 1);
            } else
                mid = lo + (hi - lo + 1) / 2;
            if (half < 0)
                hi = mid - 1;
            else
                lo = mid;
            if (half == -2 && ref > lo && ref <= hi)
                hi = ref - 1;
            if (half == 2 && ref >= lo && ref <= hi)
                lo = ref;
        } else if (half != 0) {
            return FALSE;
        }
        /* "next week Monday", "this week - Monday", "next week on Tuesday" */
        if (u == U_WEEK && half == 0) {
            guint k = end;
            if (tok_is_punct(t, k, "-,"))
                k++;
            if (tok_is(t, k, "on"))
                k++;
            int wd;
            guint e;
            if (read_weekday_or_short(nz, t, k, &wd, &e)) {
                lo = hi = lo + (guint32)(wd - 1);
                end = e;
            }
        }
        set_absolute(w, lo, hi, end);
        return TRUE;
    }
    /* a part of a month named with a direction keeps the days the lexicon
     * gives it, as "early November" does: "the end of last December" is
     * its 21st to 31st, "early last October" its 1st to 10th */
    if (part != NULL && half >= -1 && half <= 1) {
        guint k, mend;
        int dir = read_direction(t, j, &k);
        const PhraseValue *m = dir != 2 && dir != 0 ? read_month(nz, t, k, &mend) : NULL;
        if (m != NULL) {
            int ry, rm, rd, month = (int)m->a;
            cc_day_to_ymd(ref, &ry, &rm, &rd);
            int year = ry;
            if (dir < 0 && month >= rm)
                year--;
            else if (dir > 0 && month <= rm)
                year++;
            int last = cc_days_in_month(year, month);
            set_absolute(w, cc_day_from_ymd(year, month, MIN((int)part->a, last)),
                         cc_day_from_ymd(year, month, MIN((int)part->b, last)), mend);
            return TRUE;
        }
    }
    if (half != 0)
        return FALSE;
    /* "Monday of next week", "tuesday of the following week" */
    int wd;
    guint e;
    gboolean weekday = read_weekday(nz, t, i, &wd, &e);
    if (weekday && tok_is(t, e, "of") && read_period(t, e + 1, ref, &u, &lo, &hi, &end)
        && u == U_WEEK) {
        lo = hi = lo + (guint32)(wd - 1);
        set_absolute(w, lo, hi, end);
        return TRUE;
    }
    int dir = read_direction(t, i, &j);
    if (dir != 2) {
        int ry, rm, rd;
        cc_day_to_ymd(ref, &ry, &rm, &rd);
        /* "last autumn", "this summer", "next spring": a season is three
         * months (spring from March, summer from June, autumn or fall from
         * September, winter from December into the next year); the last
         * is the latest that ended before the reference, the next the
         * first that begins after it, this one the one the reference lies
         * in, else the nearer of the two ("this winter" in March is the
         * one just ended) */
        int season = tok_is(t, j, "spring") ? 3 : tok_is(t, j, "summer") ? 6
                     : tok_is(t, j, "autumn") || tok_is(t, j, "fall") ? 9
                     : tok_is(t, j, "winter") ? 12 : 0;
        if (season != 0 && !tok_is(t, i, "that") && !tok_is(t, i, "same")
            && !tok_is(t, j + 1, "of") && !tok_is(t, j - 1, "past")) {
            /* the latest that does not begin after the reference */
            int year = ry;
            while (month_start(year, season) > ref)
                year--;
            guint32 slo = month_start(year, season);
            guint32 shi = season == 12 ? month_end(year + 1, 2) : month_end(year, season + 2);
            guint32 nlo = month_start(year + 1, season);
            guint32 nhi = season == 12 ? month_end(year + 2, 2) : month_end(year + 1, season + 2);
            if (dir < 0 && shi >= ref) { /* it has not ended: the one before */
                shi = season == 12 ? month_end(year, 2) : month_end(year - 1, season + 2);
                slo = month_start(year - 1, season);
            } else if (dir > 0 || (dir == 0 && shi < ref && nlo - ref < ref - shi)) {
                slo = nlo;
                shi = nhi;
            }
            set_absolute(w, slo, shi, j + 1);
            return TRUE;
        }
        const PhraseValue *m = read_month(nz, t, j, &end);
        if (m != NULL && !tok_is(t, i, "that") && !tok_is(t, i, "same")) {
            int month = (int)m->a, year = ry;
            if (dir < 0 && month >= rm)
                year--;
            else if (dir > 0 && month <= rm)
                year++;
            set_absolute(w, month_start(year, month), month_end(year, month), end);
            return TRUE;
        }
        if (read_weekday(nz, t, j, &wd, &end)) {
            guint32 d;
            if (tok_is(t, j - 1, "coming") || tok_is(t, j - 1, "upcoming"))
                d = ref + (guint32)((wd - weekday_of(ref) + 6) % 7 + 1); /* the next one */
            else if (dir == 0)
                d = monday_of(ref) + (guint32)(wd - 1); /* this week's */
            else if (tok_is(t, j - 1, "following") || tok_is(t, j - 1, "next"))
                d = monday_of(ref) + 7 + (guint32)(wd - 1); /* next week's */
            else if (tok_is(t, j - 1, "last") || tok_is(t, j - 1, "previous"))
                d = monday_of(ref) - 7 + (guint32)(wd - 1); /* last week's */
            else {
                int delta = weekday_of(ref) - wd; /* days back to the latest such day */
                if (delta < 0)
                    delta += 7;
                d = ref - (guint32)delta;
                if (dir < 0 && delta == 0)
                    d -= 7;
                else if (dir > 0)
                    d = ref + (guint32)(7 - delta);
            }
            set_absolute(w, d, d, end);
            return TRUE;
        }
        return FALSE;
    }
    /* a weekday alone: the latest such day on or before the reference
     * (read above, at "Monday of next week") */
    if (weekday) {
        int delta = weekday_of(ref) - wd;
        if (delta < 0)
            delta += 7;
        set_absolute(w, ref - (guint32)delta, ref - (guint32)delta, e);
        return TRUE;
    }
    return FALSE;
}

/* A quarter or half of a year: "Q1 2022", "2017-q1", "2019 H2", "q3",
 * "the first quarter of 2013", "next year's first quarter". */
static gboolean
read_quarter(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    int year = 0, q = 0, size = 3; /* months */
    guint j = i, e;
    /* "Q1", "H2" as a word and a glued figure */
    gboolean lead_year = FALSE;
    if (is_year(t, j, &year) && (tok_is_punct(t, j + 1, "-") || !glued(t, j + 1))
        && (tok_is(t, tok_is_punct(t, j + 1, "-") ? j + 2 : j + 1, "q")
            || tok_is(t, tok_is_punct(t, j + 1, "-") ? j + 2 : j + 1, "h"))) {
        lead_year = TRUE;
        j = tok_is_punct(t, j + 1, "-") ? j + 2 : j + 1;
    }
    if ((tok_is(t, j, "q") || tok_is(t, j, "h")) && j + 1 < t->n && glued(t, j + 1)
        && plain_int(&t->tok[j + 1])) {
        size = tok_is(t, j, "q") ? 3 : 6;
        double qn = t->tok[j + 1].num; /* range first: "q2155555555555555555" */
        if (qn < 1 || qn > 12 / size)
            return FALSE;
        q = (int)qn;
        j += 2;
        if (j < t->n && glued(t, j) && t->tok[j].kind != TOK_PUNCT)
            return FALSE;
    } else {
        if (lead_year)
            return FALSE;
        guint k = j;
        gboolean the = tok_is(t, k, "the");
        if (the)
            k++;
        /* "next year's first quarter" */
        guint32 plo = 0, phi = 0;
        Unit u;
        guint dk;
        int dir = read_direction(t, k, &dk);
        if (read_period(t, k, ref, &u, &plo, &phi, &e) && u == U_YEAR && tok_is_punct(t, e, "'")
            && tok_is(t, e + 1, "s")) {
            int py, pm, pd;
            cc_day_to_ymd(plo, &py, &pm, &pd);
            year = py;
            k = e + 2;
        } else if (dir != 2 && ref != 0 && tok_is(t, dk, "year's")) {
            /* the tokenizer keeps "year's" one word */
            int pm, pd;
            cc_day_to_ymd(ref, &year, &pm, &pd);
            year += dir;
            k = dk + 1;
        }
        int ord;
        if (k < t->n && t->tok[k].kind == TOK_NUM) {
            if (!read_day(nz, t, k, &ord, &e) || e == k + 1)
                return FALSE;
        } else if (!read_ordinal_word(nz, t, k, &ord, &e)) {
            return FALSE;
        }
        if (tok_is(t, e, "quarter"))
            size = 3;
        else if (tok_is(t, e, "half"))
            size = 6;
        else if (tok_is(t, e, "month") && year == 0)
            size = 1;
        else
            return FALSE;
        q = ord;
        if (q < 1 || q > 12 / size)
            return FALSE;
        j = e + 1;
        /* "the first half of November" is a part of a month, not a year;
         * so is "the first half of last October" */
        guint me, dme;
        if (year == 0 && tok_is(t, j, "of")
            && (read_month(nz, t, j + 1, &me) != NULL
                || (read_direction(t, j + 1, &dme) != 2 && read_month(nz, t, dme, &me) != NULL)))
            return FALSE;
        if (year == 0 && tok_is(t, j, "of")) {
            guint32 a, b;
            guint e2;
            gboolean per = read_period(t, j + 1, ref, &u, &a, &b, &e2);
            if (per && u == U_YEAR) {
                int py, pm, pd;
                cc_day_to_ymd(a, &py, &pm, &pd);
                year = py;
                j = e2;
            } else if (per && size == 6) {
                /* "the first half of last month" is a part of that month */
                return FALSE;
            } else if (is_year(t, j + 1, &year)) {
                j += 2;
            }
        }
    }
    if (year == 0) {
        guint k = j;
        if (tok_is(t, k, "of") || tok_is_punct(t, k, "-") || tok_is_punct(t, k, ","))
            k++;
        if (is_year(t, k, &year))
            j = k + 1;
    }
    if (year == 0) {
        if (ref == 0)
            return FALSE;
        int rm, rd;
        cc_day_to_ymd(ref, &year, &rm, &rd);
    }
    set_absolute(w, month_start(year, (q - 1) * size + 1), month_end(year, q * size), j);
    return TRUE;
}

/* "the first week of May", "the last week of 2016", "week 31", "week 3 of
 * 2027", "the week of April 10th", "w/c Feb 4", "the week beginning
 * February 4". */
static gboolean
read_week(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    guint j = i, e;
    if (tok_is(t, j, "the"))
        j++;
    guint32 a, b;
    if (tok_is(t, j, "week") || (tok_is(t, j, "w") && tok_is_punct(t, j + 1, "/") && tok_is(t, j + 2, "c"))) {
        guint k = tok_is(t, j, "w") ? j + 3 : j + 1;
        if (k < t->n && plain_int(&t->tok[k]) && t->tok[k].int_digits <= 2 && tok_is(t, j, "week")) {
            int n = (int)t->tok[k].num;
            if (n < 1 || n > 53)
                return FALSE;
            k++;
            int year = 0;
            Unit u;
            guint32 pa, pb;
            if (tok_is(t, k, "of") && is_year(t, k + 1, &year)) {
                k += 2;
            } else if (tok_is(t, k, "of") && read_period(t, k + 1, ref, &u, &pa, &pb, &e) && u == U_YEAR) {
                int m, d;
                cc_day_to_ymd(pa, &year, &m, &d);
                k = e;
            } else {
                if (ref == 0)
                    return FALSE;
                int m, d;
                cc_day_to_ymd(ref, &year, &m, &d);
            }
            guint32 lo = week_in(cc_day_from_ymd(year, 1, 1), cc_day_from_ymd(year, 12, 31), n);
            set_absolute(w, lo, lo + 6, k);
            return TRUE;
        }
        if (tok_is(t, k, "of") || tok_is(t, k, "beginning") || tok_is(t, k, "starting")
            || tok_is(t, k, "commencing") || k == j + 3) {
            if (!(k == j + 3))
                k++;
            if (tok_is(t, k, "on"))
                k++;
            Written x;
            if (!read_one(nz, t, k, ref, &x) || !resolve(&x, ref, &a, &b))
                return FALSE;
            if (a != b)
                return FALSE;
            set_absolute(w, monday_of(a), monday_of(a) + 6, x.end);
            return TRUE;
        }
        return FALSE;
    }
    int k;
    if (j < t->n && t->tok[j].kind == TOK_NUM) {
        if (!read_day(nz, t, j, &k, &e) || e == j + 1)
            return FALSE;
    } else if (tok_is(t, j, "last") || tok_is(t, j, "final")) { /* "the final week of January" */
        k = -1;
        e = j + 1;
    } else if (!read_ordinal_word(nz, t, j, &k, &e)) {
        return FALSE;
    }
    if (!tok_is(t, e, "week") || !tok_is(t, e + 1, "of"))
        return FALSE;
    Written x;
    if (!read_one(nz, t, e + 2, ref, &x) || !resolve(&x, ref, &a, &b) || b - a < 27)
        return FALSE;
    guint32 lo = week_in(a, b, k);
    guint end = x.end;
    /* "1st week of Oct. on Friday" */
    int wd;
    guint we;
    guint q = tok_is(t, end, "on") ? end + 1 : end;
    if (read_weekday(nz, t, q, &wd, &we)) {
        set_absolute(w, lo + (guint32)(wd - 1), lo + (guint32)(wd - 1), we);
        return TRUE;
    }
    set_absolute(w, lo, lo + 6, end);
    return TRUE;
}

/* "the 1990s", "1990 s", "'90s", "the nineties", "the 21st century". */
static gboolean
read_decade(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    static const char *const tens[] = {"twenties", "thirties", "forties", "fifties",
                                       "sixties", "seventies", "eighties", "nineties"};
    guint j = i;
    if (tok_is(t, j, "the"))
        j++;
    for (guint k = 0; k < G_N_ELEMENTS(tens); k++)
        if (tok_is(t, j, tens[k])) {
            int y = 1920 + 10 * (int)k;
            set_absolute(w, cc_day_from_ymd(y, 1, 1), cc_day_from_ymd(y + 9, 12, 31), j + 1);
            return TRUE;
        }
    if (tok_is_punct(t, j, "'") && j + 1 < t->n && glued(t, j + 1))
        j++;
    if (j < t->n && plain_int(&t->tok[j]) && tok_is(t, j + 1, "s")
        && (t->tok[j].int_digits == 4 || t->tok[j].int_digits == 2) && (int)t->tok[j].num % 10 == 0
        && (glued(t, j + 1) || j + 2 >= t->n || t->tok[j + 2].kind != TOK_WORD || !glued(t, j + 2))) {
        int y = (int)t->tok[j].num;
        if (t->tok[j].int_digits == 2)
            y += 1900;
        if (y < 1000 || y > 2990)
            return FALSE;
        set_absolute(w, cc_day_from_ymd(y, 1, 1), cc_day_from_ymd(y + 9, 12, 31), j + 2);
        return TRUE;
    }
    int c;
    guint e;
    if (j < t->n && t->tok[j].kind == TOK_NUM) {
        if (!read_day(nz, t, j, &c, &e) || e == j + 1)
            return FALSE;
    } else if (!read_ordinal_word(nz, t, j, &c, &e)) {
        return FALSE;
    }
    if (!tok_is(t, e, "century") || c < 1 || c > 30)
        return FALSE;
    (void)ref;
    int y = (c - 1) * 100;
    set_absolute(w, cc_day_from_ymd(MAX(y, 1), 1, 1), cc_day_from_ymd(y + 99, 12, 31), e + 1);
    return TRUE;
}

/* Easter Sunday of @year (Gregorian; the anonymous algorithm). */
static guint32
easter_of(int year)
{
    int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return cc_day_from_ymd(year, month, day);
}

/* The day of holiday @h in @year: fixed ("12 25"), the nth weekday of a
 * month ("11 4 4": Thanksgiving), or counted from Easter; 0 if none. */
static guint32
holiday_in(const PhraseValue *h, int year)
{
    guint32 day;
    int month = (int)h->a;
    if (month < 0) {
        /* "dates 2022-05-02 2023-04-21 …": that year's, if listed */
        char key[8];
        g_snprintf(key, sizeof key, "%04d-", year);
        const char *at = h->text != NULL ? strstr(h->text, key) : NULL;
        if (at == NULL || (at != h->text && at[-1] != ' '))
            return 0;
        day = cc_day_from_ymd(year, (int)g_ascii_strtoull(at + 5, NULL, 10),
                              (int)g_ascii_strtoull(at + 8, NULL, 10));
    } else if (month == 0) {
        day = easter_of(year);
    } else if (h->c == 0) {
        if (h->b > cc_days_in_month(year, month))
            return 0; /* a 29 February in a common year */
        day = cc_day_from_ymd(year, month, (int)h->b);
    } else if (h->c > 0) {
        guint32 first = cc_day_from_ymd(year, month, 1);
        day = first + (guint32)(((int)h->b - weekday_of(first) + 7) % 7) + 7 * (guint32)(h->c - 1);
    } else {
        guint32 last = cc_day_from_ymd(year, month, cc_days_in_month(year, month));
        day = last - (guint32)((weekday_of(last) - (int)h->b + 7) % 7);
    }
    return day == 0 ? 0 : (guint32)((gint64)day + (gint64)h->d);
}

/* The weekend a holiday belongs to, the holiday included: Saturday to
 * Monday for a Monday holiday, Thursday to Sunday for a Thursday one. */
static void
holiday_weekend(guint32 day, guint32 *lo, guint32 *hi)
{
    int wd = weekday_of(day);
    guint32 sat = wd <= 2 ? monday_of(day) - 2 : monday_of(day) + 5;
    *lo = MIN(day, sat);
    *hi = MAX(day, sat + 1);
}

/* Holidays: "Christmas", "easter 2018", "last easter", "the next new year
 * day", "independence day of this year", "labor day 2021 weekend", "the
 * weekend of halloween". Without a year, the occurrence nearest the
 * reference date; "last"/"next" the nearest before/after it. */
static gboolean
read_holiday(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    guint j = i, end;
    if (tok_is(t, j, "the"))
        j++;
    gboolean weekend = FALSE;
    if (tok_is(t, j, "weekend") && tok_is(t, j + 1, "of")) {
        weekend = TRUE;
        j += 2;
        if (tok_is(t, j, "the"))
            j++;
    }
    guint dj;
    int dir = 2;
    if (!tok_is(t, j, "the")) {
        dir = read_direction(t, j, &dj);
        if (dir != 2)
            j = dj;
    }
    const PhraseValue *h = table_match(nz, TABLE_HOLIDAYS, t, j, &end);
    if (h == NULL)
        return FALSE;
    if (tok_is(t, end, "day") && !tok_is(t, end - 1, "day"))
        end++; /* "new year day", "saint patrick day" */
    int year = 0, ry = 0, rm, rd;
    if (ref != 0)
        cc_day_to_ymd(ref, &ry, &rm, &rd);
    guint k = skip_comma(t, end);
    if ((tok_is(t, k, "of") || tok_is(t, k, "in")) && is_year(t, k + 1, &year)) {
        end = k + 2;
    } else if (is_year(t, k, &year)) {
        end = k + 1;
    } else if (tok_is(t, end, "of") && ref != 0) {
        Unit u;
        guint32 lo, hi;
        guint e;
        if (read_period(t, end + 1, ref, &u, &lo, &hi, &e) && u == U_YEAR) {
            int m, d;
            cc_day_to_ymd(lo, &year, &m, &d);
            end = e;
        }
    }
    if (year == 0 && !weekend && tok_is(t, end, "weekend") && is_year(t, end + 1, &year)) {
        /* "labor day weekend 2021" */
        weekend = TRUE;
        end += 2;
    }
    guint32 day;
    if (year != 0) {
        if (dir != 2 && dir != 0)
            return FALSE;
        day = holiday_in(h, year);
    } else {
        if (ref == 0)
            return FALSE;
        guint32 past = 0, next = 0, now = 0;
        for (int y = ry - 1; y <= ry + 1; y++) {
            guint32 x = holiday_in(h, y);
            if (x != 0 && x < ref)
                past = x;
            else if (x != 0 && x > ref && next == 0)
                next = x;
            else if (x == ref)
                now = x;
        }
        if (dir < 0)
            day = past;
        else if (dir == 1)
            day = next;
        else if (dir == 0)
            day = holiday_in(h, ry);
        else if (now != 0)
            day = now;
        else if (past == 0 || next == 0)
            day = past ? past : next;
        else
            day = ref - past <= next - ref ? past : next;
    }
    if (day == 0)
        return FALSE;
    guint32 lo = day, hi = day;
    if (!weekend && tok_is(t, end, "weekend")) {
        weekend = TRUE;
        end++;
    }
    if (weekend)
        holiday_weekend(day, &lo, &hi);
    set_absolute(w, lo, hi, end);
    return TRUE;
}

/* In a sentence, does a day of the month standing alone end at token @k:
 * before a word that opens what follows it ("on the 28th that", "on the
 * 4th when", "on the 12th in Pyongyang", "On the 29th the ministry
 * said", the article of a subject)? Not "and", which may join
 * another ordinal ("on the 2nd and 3rd floors"). */
static gboolean
day_ends_clause(const Tokens *t, guint k)
{
    static const char *const next[] = {"that", "when", "but", "while", "as", "after",
                                       "before", "with", "in", "at", "from", "during", "amid",
                                       "following", "according", "the", NULL};
    for (guint n = 0; next[n]; n++)
        if (tok_is(t, k, next[n]))
            return TRUE;
    return FALSE;
}

/* "the 15th day of next month", "the twenty-sixth day of the month", "the
 * 4th of next month", "23 in next month" (ending a range), and "the 18th"
 * alone: a day of the reference month. */
static gboolean
read_day_of_month(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    if (ref == 0)
        return FALSE;
    gboolean the = tok_is(t, i, "the");
    int day;
    guint dend;
    if (!read_day(nz, t, the ? i + 1 : i, &day, &dend))
        return FALSE;
    guint32 lo, hi;
    guint end;
    guint k = 0;
    if (tok_is(t, dend, "day") && tok_is(t, dend + 1, "of"))
        k = dend + 2;
    else if (tok_is(t, dend, "of") || tok_is(t, dend, "in"))
        k = dend + 1;
    if (k != 0) {
        Unit u;
        if (tok_is(t, k, "the") && tok_is(t, k + 1, "month")) {
            period(U_MONTH, ref, 0, &lo, &hi);
            end = k + 2;
        } else if (!read_period(t, k, ref, &u, &lo, &hi, &end) || u != U_MONTH) {
            return FALSE;
        }
    } else if (the && t->tok[i + 1].kind == TOK_NUM && dend == i + 3
               && (dend == t->n || t->tok[dend].kind == TOK_PUNCT)) {
        /* "the 18th" with its suffix, nothing after */
        period(U_MONTH, ref, 0, &lo, &hi);
        end = dend;
    } else if (the && t->mention && i >= 1 && tok_is(t, i - 1, "on")
               && t->tok[i + 1].kind == TOK_NUM && dend == i + 3 && day_ends_clause(t, dend)) {
        /* in a sentence, "on the 28th" before a word that opens what
         * follows ("the North's admission on the 28th that it had sent
         * troops"), not before a noun it numbers ("on the 28th floor") */
        period(U_MONTH, ref, 0, &lo, &hi);
        end = dend;
    } else {
        return FALSE;
    }
    if ((guint32)day > hi - lo + 1)
        return FALSE;
    set_absolute(w, lo + (guint32)(day - 1), lo + (guint32)(day - 1), end);
    return TRUE;
}

/* "this day last year", "this day two years ago", "this day a year ago":
 * the reference's day that many years back (29 February the 28th); "this
 * month two years ago", "this month last year": the reference's month
 * that many years back. */
static gboolean
read_this_day_back(const Tokens *t, guint i, guint32 ref, Written *w)
{
    gboolean month = tok_is(t, i + 1, "month");
    if (ref == 0 || !tok_is(t, i, "this") || !(tok_is(t, i + 1, "day") || month))
        return FALSE;
    guint k = i + 2;
    int years = 0;
    if (tok_is(t, k, "last") && tok_is(t, k + 1, "year")) {
        years = 1;
        k += 2;
    } else if ((tok_is(t, k, "a") || tok_is(t, k, "one")) && tok_is(t, k + 1, "year")
               && tok_is(t, k + 2, "ago")) {
        years = 1;
        k += 3;
    } else if (k < t->n && plain_int(&t->tok[k]) && t->tok[k].num >= 2 && t->tok[k].num <= 10
               && tok_is(t, k + 1, "years") && tok_is(t, k + 2, "ago")) {
        years = (int)t->tok[k].num;
        k += 3;
    } else if (tok_is(t, k + 1, "years") && tok_is(t, k + 2, "ago")) {
        /* "this month two years ago" */
        static const char *const counts[] = {"two", "three", "four", "five", "six",
                                             "seven", "eight", "nine", "ten"};
        for (guint c = 0; c < G_N_ELEMENTS(counts) && years == 0; c++)
            if (tok_is(t, k, counts[c]))
                years = (int)c + 2;
        if (years == 0)
            return FALSE;
        k += 3;
    } else {
        return FALSE;
    }
    guint32 d = add_months(ref, -12 * years);
    if (month) {
        guint32 lo, hi;
        period(U_MONTH, d, 0, &lo, &hi);
        set_absolute(w, lo, hi, k);
        return TRUE;
    }
    set_absolute(w, d, d, k);
    return TRUE;
}

static void
set_part(Written *w, const PhraseValue *part)
{
    w->part_lo = (int)part->a;
    w->part_hi = (int)part->b;
    w->part_mlo = (int)part->c;
    w->part_mhi = (int)part->d;
}

/* In a sentence (t->mention), is the figure at @j, read as @year, a year
 * when nothing before it says it is one? Not a fiscal or school year's ("FY 2024", "the school
 * year 2023"), and before 1800 only after a word that dates it ("in
 * 1546", "since", "A.D."): "an average of 1500" and "1200 parts per
 * million" are figures. */
static gboolean
mention_year(const Tokens *t, guint j, int year)
{
    static const char *const fiscal[] = {"fiscal", "sy", "fy", NULL};
    for (guint k = 0; fiscal[k]; k++)
        if (j >= 1 && tok_is(t, j - 1, fiscal[k]))
            return FALSE;
    if (j >= 2 && tok_is(t, j - 1, "year")
        && (tok_is(t, j - 2, "fiscal") || tok_is(t, j - 2, "school")
            || tok_is(t, j - 2, "academic")))
        return FALSE;
    if (year >= 1800)
        return TRUE;
    static const char *const dating[] = {"in", "since", "by", "until", "till", "before", "after",
                                         "during", "circa", "year", "early", "late", "mid",
                                         "ad", NULL};
    for (guint k = 0; dating[k]; k++)
        if (j >= 1 && tok_is(t, j - 1, dating[k]))
            return TRUE;
    return j >= 4 && tok_is_punct(t, j - 1, ".") && tok_is(t, j - 2, "d");
}

/* In a sentence, does a year in words after "in" end at token @k: at a
 * clause's end or before a word that opens another ("in nineteen ninety
 * six and came back"), not before a noun it counts ("in two thousand
 * homes")? */
static gboolean
year_words_end(const Tokens *t, guint k)
{
    static const char *const next[] = {"and", "when", "but", "or", "to", "before", "after",
                                       "until", NULL};
    if (ends_at(t, k))
        return TRUE;
    for (guint w = 0; next[w]; w++)
        if (tok_is(t, k, next[w]))
            return TRUE;
    return FALSE;
}

/* The date a weekday ending at @end goes on to name, which says the day:
 * after a comma or a dash ("Monday, February 24, 2022", "this
 * Friday-Jun-15"), right after it ("next friday 5/12"), or in
 * parentheses that close after it, the broadcasters' "on Tuesday (3
 * December)", the mention then ending with the closing parenthesis. */
static gboolean
read_weekday_date(const CcNormalizer *nz, const Tokens *t, guint end, guint32 ref, Written *w)
{
    gboolean paren = tok_is_punct(t, end, "(");
    guint k = paren || tok_is_punct(t, end, ",-") ? end + 1 : end;
    if (!read_numeric(nz, t, k, ref, w) && (memset(w, 0, sizeof *w), !read_calendar(nz, t, k, ref, w)))
        return FALSE;
    if (!paren)
        return TRUE;
    if (w->day_lo == 0 || !tok_is_punct(t, w->end, ")"))
        return FALSE;
    w->end++;
    return TRUE;
}

/* One date, without a range. */
static gboolean
read_one(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, Written *w)
{
    memset(w, 0, sizeof *w);
    guint end;
    int wd;
    /* "Monday, February 24, 2022": the weekday adds nothing to a full date;
     * "Sunday 31", "tuesday the eleventh": the month is the nearest that fits */
    guint dj;
    int dir = read_direction(t, i, &dj);
    if (dir != 2 && !tok_is(t, i, "the") && read_weekday_or_short(nz, t, dj, &wd, &end)) {
        /* "this Friday-Jun-15", "next friday 5/12": the date says the day */
        if (read_weekday_date(nz, t, end, ref, w))
            return TRUE;
        memset(w, 0, sizeof *w);
    }
    /* "next 5/12", "last 6th of April": the next or last such day from the
     * reference; "this 5/12" this year's */
    if (ref != 0 && dir != 2 && !tok_is(t, i, "the")
        && (read_numeric(nz, t, dj, ref, w)
            || (memset(w, 0, sizeof *w), read_calendar(nz, t, dj, ref, w)))
        && w->year == 0 && w->month != 0 && w->day_lo != 0 && w->day_hi == w->day_lo) {
        int ry, rm, rd;
        cc_day_to_ymd(ref, &ry, &rm, &rd);
        guint32 d = dir == 0 ? cc_day_from_ymd(ry, w->month, w->day_lo) : 0;
        for (int k = 0; dir != 0 && k <= 8 && d == 0; k++) {
            guint32 x = cc_day_from_ymd(ry + dir * k, w->month, w->day_lo);
            if (x != 0 && (dir > 0 ? x > ref : x < ref))
                d = x;
        }
        if (d != 0) {
            set_absolute(w, d, d, w->end);
            return TRUE;
        }
    }
    memset(w, 0, sizeof *w);
    if (read_weekday_or_short(nz, t, i, &wd, &end)) {
        if (read_weekday_date(nz, t, end, ref, w))
            return TRUE;
        memset(w, 0, sizeof *w);
        guint k = tok_is_punct(t, end, ",-") ? end + 1 : end;
        guint q = tok_is(t, k, "the") ? k + 1 : k;
        int day;
        guint dend;
        guint ue;
        if (ref != 0 && read_day_ex(nz, t, q, q > k, &day, &dend)
            && !(dend < t->n && tok_is_punct(t, dend, ":"))
            && read_unit(t, dend, &ue) == U_NONE /* "Saturday 3 days from now" */
            && !(t->mention && weekday_day_unlike(t, end, k, q, dend))) {
            guint32 d = nearest_weekday_with_day(ref, wd, day);
            if (d != 0) {
                set_absolute(w, d, d, dend);
                return TRUE;
            }
        }
        memset(w, 0, sizeof *w);
        /* "Monday two weeks from now", "Thursday, two year from now" */
        if (ref != 0 && read_duration_date(nz, t, k, ref, w) && w->lo == w->hi
            && !offset_before_clause(t, w)) {
            guint32 d = monday_of(w->lo) + (guint32)(wd - 1);
            set_absolute(w, d, d, w->end);
            return TRUE;
        }
        memset(w, 0, sizeof *w);
    }
    if (read_day_of_month(nz, t, i, ref, w))
        return TRUE;
    memset(w, 0, sizeof *w);
    if (read_this_day_back(t, i, ref, w))
        return TRUE;
    memset(w, 0, sizeof *w);
    if (read_numeric(nz, t, i, ref, w))
        return TRUE;
    memset(w, 0, sizeof *w);
    if (read_quarter(nz, t, i, ref, w) || (memset(w, 0, sizeof *w), read_week(nz, t, i, ref, w))
        || (memset(w, 0, sizeof *w), read_decade(nz, t, i, ref, w)))
        return TRUE;
    memset(w, 0, sizeof *w);
    if (ref != 0 && read_bounded_duration(nz, t, i, ref, w)) {
        /* "in 3 days on Friday" */
        guint k = w->end;
        if (w->lo == w->hi && tok_is(t, k, "on") && read_weekday(nz, t, k + 1, &wd, &end)) {
            guint32 d = monday_of(w->lo) + (guint32)(wd - 1);
            set_absolute(w, d, d, end);
        }
        return TRUE;
    }
    memset(w, 0, sizeof *w);
    if (read_holiday(nz, t, i, ref, w))
        return TRUE;
    memset(w, 0, sizeof *w);
    if (read_season_year(t, i, ref, w))
        return TRUE;
    memset(w, 0, sizeof *w);
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
    if (read_calendar(nz, t, j, ref, w) && (part == NULL || w->day_lo == 0)) {
        if (part != NULL)
            set_part(w, part);
        return TRUE;
    }
    memset(w, 0, sizeof *w);
    /* in a sentence, "the year" before a year is the mention's only after
     * a bound, which read_date reads */
    if (t->mention && part == NULL)
        ;
    else if (tok_is(t, j, "the") && tok_is(t, j + 1, "year"))
        j += 2;
    else if (tok_is(t, j, "year") && part == NULL)
        j++;
    int year;
    /* "cy18", "CY 2018": a calendar year */
    if (tok_is(t, j, "cy") && j + 1 < t->n && plain_int(&t->tok[j + 1])
        && (t->tok[j + 1].len == 2 || is_year(t, j + 1, &year))
        && !(j + 2 < t->n && glued(t, j + 2) && t->tok[j + 2].kind != TOK_PUNCT)) {
        w->year = t->tok[j + 1].len == 2 ? two_digit_year((int)t->tok[j + 1].num, ref)
                                         : (int)t->tok[j + 1].num;
        w->end = j + 2;
        if (part != NULL)
            set_part(w, part);
        return TRUE;
    }
    if (is_year(t, j, &year) && (!t->mention || j > i || mention_year(t, j, year))) {
        w->year = year;
        w->end = j + 1;
        if (tok_is(t, w->end, "s") && glued(t, w->end) && year % 10 == 0) {
            /* "the 1990s" */
            set_absolute(w, cc_day_from_ymd(year, 1, 1), cc_day_from_ymd(year + 9, 12, 31),
                         w->end + 1);
            return TRUE;
        }
        /* "2017 april" */
        const PhraseValue *m = read_month(nz, t, w->end, &end);
        if (m != NULL && part == NULL && !tok_is(t, w->end, "may")) {
            w->month = (int)m->a;
            w->end = end;
            return TRUE;
        }
        if (part != NULL)
            set_part(w, part);
        return TRUE;
    }
    if (read_year_words(nz, t, j, &year, &end)
        && (j > i || (tok_is(t, i - 1, "in") && (!t->mention || year_words_end(t, end)))
            || (!t->mention && i == 0 && end == t->n))) {
        w->year = year;
        w->end = end;
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
        /* "Feb 29" with no year: the latest leap year */
        while (w->month == 2 && w->day_lo == 29 && year > 1 && cc_days_in_month(year, 2) < 29)
            year--;
    }
    if (w->month == 0) {
        if (w->day_lo != 0)
            return FALSE;
        int m1 = 1, m2 = 12;
        if (w->part_mlo != 0) {
            /* the months the lexicon gives: "late" = September on */
            m1 = w->part_mlo;
            m2 = w->part_mhi;
        } else if (w->part_lo != 0) {
            /* the share of the days: early = January to April, the first half
             * = January to June */
            m1 = 1 + (w->part_lo - 1) * 12 / 30;
            m2 = MIN(12, w->part_hi * 12 / 30);
        }
        int d1 = 1, d2 = cc_days_in_month(year, m2);
        if (w->part_mlo != 0 && m1 == m2 && w->part_lo != 0) {
            /* a part of a year that is one month keeps its days: "the
             * closing days of 2023" = 16 to 31 December */
            d1 = MIN(w->part_lo, d2);
            d2 = MIN(w->part_hi, d2);
        }
        *lo = cc_day_from_ymd(year, m1, d1);
        *hi = cc_day_from_ymd(year, m2, d2);
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

/* TRUE when a figure glued on by "/", "-" or "." follows token @i - 1: the
 * token before @i is part of a date in figures ("3/1/2019"), no day alone. */
static gboolean
figure_goes_on(const Tokens *t, guint i)
{
    return i + 1 < t->n && i > 0 && t->tok[i - 1].kind == TOK_NUM && tok_is_punct(t, i, "/-.")
           && glued(t, i) && glued(t, i + 1) && t->tok[i + 1].kind == TOK_NUM;
}

static gboolean
is_date_connector(const Tokens *t, guint i, gboolean between)
{
    if (between)
        return tok_is(t, i, "and") || tok_is_punct(t, i, "-~");
    return tok_is(t, i, "to") || tok_is(t, i, "until") || tok_is(t, i, "till")
           || tok_is(t, i, "through") || tok_is(t, i, "thru") || tok_is_punct(t, i, "-~");
}

/* The end of a range that is the reference itself: "to date", "till
 * current date", "and now", "to today". */
static gboolean
read_range_now(const Tokens *t, guint i, guint32 ref, guint *end)
{
    if (ref == 0)
        return FALSE;
    if (tok_is(t, i, "now") || tok_is(t, i, "date") || tok_is(t, i, "present")) {
        *end = i + 1;
        return TRUE;
    }
    if ((tok_is(t, i, "current") || tok_is(t, i, "the")) && (tok_is(t, i + 1, "date") || tok_is(t, i + 1, "present"))) {
        *end = i + 2;
        return TRUE;
    }
    return FALSE;
}

typedef enum { OPEN_NONE, OPEN_BEFORE, OPEN_BY, OPEN_NO_LATER, OPEN_AFTER, OPEN_SINCE } Open;

/* "before", "by", "no later than", "after", "since", "starting on". */
static Open
read_open(const Tokens *t, guint i, guint *end)
{
    /* each first word with its length, which tok_is() would measure at
     * every try (read_date() asks here up to three times a try) */
#define FIRST(w) w, sizeof w - 1
    static const struct {
        const char *a;
        guint na;
        const char *b, *c;
        Open open;
    } words[] = {
        {FIRST("before"), NULL, NULL, OPEN_BEFORE},
        {FIRST("prior"), "to", NULL, OPEN_BEFORE},
        {FIRST("earlier"), "than", NULL, OPEN_BEFORE},
        {FIRST("by"), NULL, NULL, OPEN_BY},
        {FIRST("no"), "later", "than", OPEN_NO_LATER},
        {FIRST("not"), "later", "than", OPEN_NO_LATER},
        {FIRST("as"), "late", "as", OPEN_NO_LATER},
        {FIRST("after"), NULL, NULL, OPEN_AFTER},
        {FIRST("later"), "than", NULL, OPEN_AFTER},
        {FIRST("since"), NULL, NULL, OPEN_SINCE},
        {FIRST("starting"), NULL, NULL, OPEN_SINCE},
        {FIRST("beginning"), NULL, NULL, OPEN_SINCE},
        {FIRST("as"), "early", "as", OPEN_SINCE},
        {FIRST("no"), "earlier", "than", OPEN_SINCE},
    };
#undef FIRST
    if (i >= t->n)
        return OPEN_NONE;
    for (guint k = 0; k < G_N_ELEMENTS(words); k++) {
        guint j = i;
        if (t->tok[i].len != words[k].na || !tok_is(t, j++, words[k].a))
            continue;
        if (words[k].b && !tok_is(t, j++, words[k].b))
            continue;
        if (words[k].c && !tok_is(t, j++, words[k].c))
            continue;
        if (words[k].open == OPEN_SINCE && !tok_is(t, i, "since")
            && (tok_is(t, j, "on") || tok_is(t, j, "from") || tok_is(t, j, "in")))
            j++;
        *end = j;
        return words[k].open;
    }
    return OPEN_NONE;
}

static void
set_open(CcValue *value, Open open, guint32 lo, guint32 hi)
{
    cc_value_set_days(value, lo, hi);
    switch (open) {
    case OPEN_BEFORE: /* "before 2018": up to, not including, its first day */
        value->has_low = FALSE;
        value->low = 0;
        value->high = lo;
        value->high_strict = TRUE;
        break;
    case OPEN_BY: /* "by the end of June": its last day included */
        value->has_low = FALSE;
        value->low = 0;
        value->high = hi + 1;
        value->high_strict = TRUE;
        break;
    case OPEN_NO_LATER:
        value->has_low = FALSE;
        value->low = 0;
        break;
    case OPEN_AFTER: /* "after 2018": from the day after its last */
        value->has_high = FALSE;
        value->high = 0;
        value->low = hi;
        value->low_strict = TRUE;
        break;
    case OPEN_SINCE:
        value->has_high = FALSE;
        value->high = 0;
        break;
    case OPEN_NONE:
        break;
    }
}

/* "2018 or later", "1/1/2016 and after", "2019 onwards"; not "2010 or
 * after 2018", "1/1/2016 and after my work", "2018 or later than 2020". */
static Open
read_open_after(const Tokens *t, guint i, guint *end)
{
    if (i + 2 < t->n && t->tok[i + 2].kind != TOK_PUNCT && (tok_is(t, i, "or") || tok_is(t, i, "and")))
        return OPEN_NONE;
    if ((tok_is(t, i, "or") || tok_is(t, i, "and"))
        && (tok_is(t, i + 1, "later") || tok_is(t, i + 1, "after") || tok_is(t, i + 1, "greater")
            || tok_is(t, i + 1, "beyond"))) {
        *end = i + 2;
        return OPEN_SINCE;
    }
    if ((tok_is(t, i, "or") || tok_is(t, i, "and"))
        && (tok_is(t, i + 1, "earlier") || tok_is(t, i + 1, "before"))) {
        *end = i + 2;
        return OPEN_NO_LATER;
    }
    if (tok_is(t, i, "onwards") || tok_is(t, i, "onward")) {
        *end = i + 1;
        return OPEN_SINCE;
    }
    return OPEN_NONE;
}

/* A date in figures as written, before day and month are told apart:
 * "10/1/2018", "5/7", "10-1-2018". */
typedef struct {
    int x, z, year; /* year 0: not written */
    char sep;
    guint end;
} NumParts;

static gboolean
read_num_parts(const Tokens *t, guint i, guint32 ref, NumParts *p)
{
    memset(p, 0, sizeof *p);
    if (i + 2 >= t->n || !plain_int(&t->tok[i]) || t->tok[i].int_digits > 2
        || !tok_is_punct(t, i + 1, "/-") || !glued(t, i + 1) || !glued(t, i + 2)
        || !plain_int(&t->tok[i + 2]) || t->tok[i + 2].int_digits > 2)
        return FALSE;
    p->x = (int)t->tok[i].num;
    p->z = (int)t->tok[i + 2].num;
    p->sep = t->tok[i + 1].s[0];
    p->end = i + 3;
    const char sep[2] = {p->sep, '\0'};
    if (tok_is_punct(t, p->end, sep) && glued(t, p->end) && glued(t, p->end + 1)
        && p->end + 1 < t->n && plain_int(&t->tok[p->end + 1])) {
        const Token *y = &t->tok[p->end + 1];
        if (y->int_digits == 4 && y->num >= 1000 && y->num <= 2999)
            p->year = (int)y->num;
        else if (y->int_digits == 2 && p->sep == '/')
            p->year = two_digit_year((int)y->num, ref);
        else
            return FALSE;
        p->end += 2;
    }
    /* "5-7" alone is a figure range, not a date */
    if (p->sep == '-' && p->year == 0)
        return FALSE;
    /* the next token must not continue the figure: "1/2/2022/5" */
    if (p->end < t->n && glued(t, p->end)
        && (t->tok[p->end].kind != TOK_PUNCT || tok_is_punct(t, p->end, "/")))
        return FALSE;
    return p->x >= 1 && p->z >= 1;
}

static guint32
num_parts_day(const NumParts *p, gboolean month_first, int year)
{
    int m = month_first ? p->x : p->z, d = month_first ? p->z : p->x;
    if (m > 12 || d > 31)
        return 0;
    return cc_day_from_ymd(year, m, d);
}

/* A range of two dates in figures, one with its year at least: "10/1/2018 -
 * 10/7/2018", "5/1-5/7/2020", "10-1-2018-10-7-2018". Which figure is the
 * month is read from both ends together: the one both ends share is the
 * month ("10/1/2018 - 10/7/2018": October), failing that the only order
 * that fits both, failing that month first when an end has no year, as
 * "10/1" alone is read; "02/03/2020 - 04/05/2020" is neither. */
static gboolean
read_numeric_range(const Tokens *t, guint i, guint32 ref, gboolean between, guint32 *lo,
                   guint32 *hi, guint *end)
{
    NumParts a, b;
    if (!read_num_parts(t, i, ref, &a) || !is_date_connector(t, a.end, between)
        || !read_num_parts(t, a.end + 1, ref, &b) || a.sep != b.sep
        || (a.year == 0 && b.year == 0))
        return FALSE;
    guint32 us_lo = 0, us_hi = 0, eu_lo = 0, eu_hi = 0;
    for (int order = 0; order < 2; order++) {
        gboolean mf = order == 0;
        int bm = mf ? b.x : b.z, am = mf ? a.x : a.z;
        int ay = a.year, by = b.year;
        if (ay == 0)
            ay = am > bm ? by - 1 : by;
        if (by == 0)
            by = bm < am ? ay + 1 : ay;
        guint32 l = num_parts_day(&a, mf, ay), h = num_parts_day(&b, mf, by);
        if (l == 0 || h == 0 || l > h)
            continue;
        if (mf)
            us_lo = l, us_hi = h;
        else
            eu_lo = l, eu_hi = h;
    }
    gboolean us = us_lo != 0, eu = eu_lo != 0;
    if (us && eu) {
        if (a.x == b.x && a.z != b.z)
            eu = FALSE;
        else if (a.z == b.z && a.x != b.x)
            us = FALSE;
        else if (a.year == 0 || b.year == 0)
            eu = FALSE;
        else
            return FALSE;
    }
    if (!us && !eu)
        return FALSE;
    *lo = us ? us_lo : eu_lo;
    *hi = us ? us_hi : eu_hi;
    *end = b.end;
    return TRUE;
}

/* Does a count of time start at token @i, after "the" and a direction
 * ("the next 3 weeks", "two days", "a fortnight")? In a sentence, "in" is
 * a mention's only before one: "in 3 weeks", not "in the first fortnight
 * of January". */
static gboolean
counted_after(const CcNormalizer *nz, const Tokens *t, guint i)
{
    if (tok_is(t, i, "the"))
        i++;
    guint e;
    if (read_direction(t, i, &e) != 2)
        i = e;
    int n;
    return read_count(nz, t, i, &n, &e) || tok_is(t, i, "fortnight");
}

/* Is token @k a figure of two digits standing apart, as a month's year
 * is written ("Dec 95"), not the start of a longer figure ("Dec 12.5")? */
static gboolean
two_digits_after(const Tokens *t, guint k)
{
    return k < t->n && plain_int(&t->tok[k]) && t->tok[k].int_digits == 2
           && t->tok[k].space_before
           && !(k + 1 < t->n && glued(t, k + 1) && tok_is_punct(t, k + 1, ".,:") && k + 2 < t->n
                && t->tok[k + 2].kind == TOK_NUM && glued(t, k + 2));
}

/* A day set and then moved by a span: "scheduled for Oct. 23 but slipped a
 * day" is Oct. 24, "set for June 12, then pushed back by two days" June
 * 14, "brought forward by a day" the day before. From @i, after the day:
 * a comma, "but", "then" or "and", "was" or "had been" at will, the verb
 * of the move, "by" at will, then "a", "one", a figure or a number word
 * and "day(s)" or "week(s)". Returns the shift in days (0: none) and its
 * end in @end. */
static int
read_slip(const CcNormalizer *nz, const Tokens *t, guint i, guint *end)
{
    guint k = i;
    if (tok_is_punct(t, k, ","))
        k++;
    if (tok_is(t, k, "but") || tok_is(t, k, "then") || tok_is(t, k, "and"))
        k++;
    if (tok_is(t, k, "was") || tok_is(t, k, "had") || tok_is(t, k, "has") || tok_is(t, k, "got"))
        k++;
    if (tok_is(t, k, "been") || tok_is(t, k, "then"))
        k++;
    int sign = 1;
    if (tok_is(t, k, "slipped") || tok_is(t, k, "slid") || tok_is(t, k, "postponed")
        || tok_is(t, k, "delayed"))
        k++;
    else if ((tok_is(t, k, "pushed") || tok_is(t, k, "put") || tok_is(t, k, "moved"))
             && tok_is(t, k + 1, "back"))
        k += 2;
    else if ((tok_is(t, k, "brought") || tok_is(t, k, "moved")) && tok_is(t, k + 1, "forward")) {
        k += 2;
        sign = -1;
    } else
        return 0;
    if (tok_is(t, k, "by"))
        k++;
    int n = 0;
    guint nend = k + 1;
    if (tok_is(t, k, "a") || tok_is(t, k, "one"))
        n = 1;
    else if (k < t->n && plain_int(&t->tok[k]) && t->tok[k].num >= 1 && t->tok[k].num <= 60)
        n = (int)t->tok[k].num;
    else if (!read_cardinal(nz, t, k, &n, &nend) || n < 1 || n > 60)
        return 0;
    k = nend;
    int unit;
    if (tok_is(t, k, "day") || tok_is(t, k, "days"))
        unit = 1;
    else if (tok_is(t, k, "week") || tok_is(t, k, "weeks"))
        unit = 7;
    else
        return 0;
    *end = k + 1;
    return sign * n * unit;
}

/* In a sentence, a day told from the day named before it: "the previous
 * day", "the day before" (+ -1), "the next day", "the following day", "the
 * day after" (+1) — "the day before" and "the day after" only where the
 * phrase ends ("the day before the vote" is the vote's). Returns the
 * offset (0: none) and the phrase's end in @end. */
static int
anchored_day_offset(const Tokens *t, guint i, guint *end)
{
    if (!t->mention || !tok_is(t, i, "the"))
        return 0;
    if (tok_is(t, i + 2, "day")
        && (tok_is(t, i + 1, "previous") || tok_is(t, i + 1, "preceding"))) {
        *end = i + 3;
        return -1;
    }
    if (tok_is(t, i + 2, "day") && (tok_is(t, i + 1, "next") || tok_is(t, i + 1, "following"))) {
        *end = i + 3;
        return 1;
    }
    if (tok_is(t, i + 1, "day") && (tok_is(t, i + 2, "before") || tok_is(t, i + 2, "after"))) {
        guint k = i + 3;
        if (!(k >= t->n || t->tok[k].kind == TOK_PUNCT || tok_is(t, k, "and")
              || tok_is(t, k, "but")))
            return 0;
        *end = k;
        return tok_is(t, i + 2, "before") ? -1 : 1;
    }
    return 0;
}

/* Reads the date at token @i; the tokens it takes are [*@startp, *@endp):
 * words before it that only lead to it ("on", "in", "during") are not
 * the mention's, a bound ("before", "since") is. @at, if given, is set
 * where read_one() is asked at @i itself. */
static gboolean
read_date_at(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, CcValue *value,
             guint *startp, guint *endp, ReadAt *at)
{
    Open open = OPEN_NONE;
    guint start = i;
    const guint asked = i;
    gboolean since = FALSE; /* "since July": a July before the reference */
    {
        /* "North Korea said Thursday the pact had taken effect the previous
         * day": the nearest single day named before it in the sentence,
         * moved by a day; with none, the phrase is read as before */
        guint pe;
        int off = anchored_day_offset(t, i, &pe);
        gboolean have = FALSE;
        CcValue last;
        for (guint b = 0; off != 0 && b < i;) {
            CcValue v;
            guint vs, ve;
            if (read_date_at(nz, t, b, ref, &v, &vs, &ve, NULL) && ve > b && ve <= i) {
                have = v.has_low && v.has_high && v.low == v.high && !v.high_strict;
                last = v;
                b = ve;
            } else
                b++;
        }
        if (have) {
            cc_value_set_days(value, (guint32)((gint64)last.low + off),
                              (guint32)((gint64)last.high + off));
            *startp = i;
            *endp = pe;
            return TRUE;
        }
        /* with none, from the reference day, as "the day before" is read:
         * the frames tell it from the sentence before where that names a
         * day ("Kursk fell on March 12. Moscow declared it the next day") */
        if (off != 0 && ref != 0) {
            cc_value_set_days(value, (guint32)((gint64)ref + off), (guint32)((gint64)ref + off));
            *startp = i;
            *endp = pe;
            return TRUE;
        }
    }
    /* "year greater than 2012", "year is less than 2000" */
    guint yk = tok_is(t, i, "year") ? (tok_is(t, i + 1, "is") ? i + 2 : i + 1) : i;
    if (yk > i && tok_is(t, yk + 1, "than") && is_year(t, yk + 2, (int[]){0})) {
        static const char *const after[] = {"greater", "later", "larger", "higher", "bigger", NULL};
        static const char *const before[] = {"less", "lower", "smaller", "earlier", NULL};
        for (guint k = 0; after[k] && open == OPEN_NONE; k++)
            if (tok_is(t, yk, after[k]))
                open = OPEN_AFTER;
        for (guint k = 0; before[k] && open == OPEN_NONE; k++)
            if (tok_is(t, yk, before[k]))
                open = OPEN_BEFORE;
        if (open != OPEN_NONE)
            i = yk + 2;
    }
    for (guint round = 0; round < 3; round++) {
        gboolean skipped = FALSE;
        guint e;
        Open o = read_open(t, i, &e);
        if (o != OPEN_NONE && open == OPEN_NONE && tok_is(t, i, "since"))
            since = TRUE;
        if (o != OPEN_NONE && open == OPEN_NONE) {
            Written probe;
            if (read_one(nz, t, e, ref, &probe) || tok_is(t, e, "the") || tok_is(t, e, "on")
                || tok_is(t, e, "year") || tok_is(t, e, "in")) {
                open = o;
                start = i;
                i = e;
                skipped = TRUE;
            }
        }
        if (!skipped && (tok_is(t, i, "in") || tok_is(t, i, "by"))) {
            /* "in 3 weeks" is a duration; "in 2022" a date */
            Written probe;
            if (!(ref != 0 && read_duration_date(nz, t, i, ref, &probe)
                  && (!t->mention || counted_after(nz, t, i + 1)))) {
                i++;
                skipped = TRUE;
                if (open == OPEN_NONE)
                    start = i;
            }
        }
        /* a word that only leads to a date ("year" before a year), each a
         * literal tok_is() measures at compile time (asked at every try) */
        if (!skipped
            && (tok_is(t, i, "on") || tok_is(t, i, "at") || tok_is(t, i, "during")
                || tok_is(t, i, "until") || tok_is(t, i, "as") || tok_is(t, i, "of")
                || tok_is(t, i, "around") || tok_is(t, i, "about") || tok_is(t, i, "circa")
                || (tok_is(t, i, "year") && is_year(t, i + 1, (int[]){0})))) {
            i++;
            skipped = TRUE;
            if (open == OPEN_NONE)
                start = i;
        }
        if (!skipped)
            break;
    }
    if (tok_is(t, i, "the") && tok_is(t, i + 1, "year") && is_year(t, i + 2, (int[]){0})) {
        i += 2;
        if (open == OPEN_NONE)
            start = i;
    }
    /* "before the end of December": by its last day; "after the beginning of
     * March": from its first */
    guint pk = tok_is(t, i, "the") ? i + 1 : i;
    if (open == OPEN_BEFORE && (tok_is(t, pk, "end") || tok_is(t, pk, "close"))
        && tok_is(t, pk + 1, "of"))
        open = OPEN_BY;
    else if (open == OPEN_AFTER && (tok_is(t, pk, "beginning") || tok_is(t, pk, "start"))
             && tok_is(t, pk + 1, "of"))
        open = OPEN_SINCE;
    /* "to date", "till date": up to the reference day */
    guint td = tok_is(t, i, "up") && tok_is(t, i + 1, "to") ? i + 2 : i + 1;
    if (ref != 0 && open == OPEN_NONE && tok_is(t, td, "date")
        && (ends_at(t, td + 1)
            || (t->mention && !tok_is(t, td + 1, "of") && !tok_is(t, td + 1, "for")
                && !tok_is(t, td + 1, "from")))
        && (tok_is(t, td - 1, "to") || tok_is(t, td - 1, "till") || tok_is(t, td - 1, "until"))) {
        cc_value_set_days(value, ref, ref);
        value->has_low = FALSE;
        value->low = 0;
        *startp = start;
        *endp = td + 1;
        return TRUE;
    }
    gboolean between = FALSE, from = FALSE;
    if (tok_is(t, i, "between")) {
        between = TRUE;
        i++;
    } else if (tok_is(t, i, "from")) {
        from = TRUE;
        i++;
    }
    guint32 nlo, nhi;
    guint nend;
    if (read_numeric_range(t, i, ref, between, &nlo, &nhi, &nend)) {
        cc_value_set_days(value, nlo, nhi);
        if (open != OPEN_NONE)
            set_open(value, open, nlo, nhi);
        *startp = start;
        *endp = nend;
        return TRUE;
    }
    Written a, b;
    guint32 alo = 0, ahi = 0;
    gboolean have_a = read_one(nz, t, i, ref, &a);
    if (at != NULL && i == asked)
        *at = (ReadAt){TRUE, have_a, a};
    if (!have_a && (between || from) && read_range_now(t, i, ref, &a.end)) {
        memset(&a, 0, sizeof a);
        read_range_now(t, i, ref, &a.end);
        set_absolute(&a, ref, ref, a.end);
        have_a = TRUE;
    }
    if (!have_a && t->mention && !between && !from && tok_is(t, i, "may")
        && two_digits_after(t, i + 1)) {
        /* "on May 77": a month and a figure no date has, a mention with no
         * value, whose figure is its own */
        memset(value, 0, sizeof *value);
        *startp = open == OPEN_NONE ? i : start;
        *endp = i + 2;
        return TRUE;
    }
    if (!have_a && (between || from)) {
        /* "between early and mid-October", "from early to mid-2024": a bare
         * part of the period the range's end names, from that part's first
         * day */
        guint pend;
        const PhraseValue *pa = table_match(nz, TABLE_DATE_PARTS, t, i, &pend);
        Written x;
        if (pa != NULL && is_date_connector(t, pend, between)
            && read_one(nz, t, pend + 1, ref, &x) && !x.absolute && x.day_lo == 0
            && (x.part_lo != 0 || x.part_mlo != 0)) {
            a = x;
            set_part(&a, pa);
            a.end = pend;
            have_a = TRUE;
        }
    }
    if (!have_a && t->mention && !between && !from) {
        /* "mid-to-late October", "early to mid-November": two parts of one
         * period, from the first part's first day to the second's last */
        guint pend;
        const PhraseValue *pa = table_match(nz, TABLE_DATE_PARTS, t, i, &pend);
        guint conn = 0;
        if (pa != NULL) {
            if (tok_is_punct(t, pend, "-") && tok_is(t, pend + 1, "to") && tok_is_punct(t, pend + 2, "-"))
                conn = pend + 2;
            else if (tok_is(t, pend, "to"))
                conn = pend;
        }
        Written x;
        if (conn != 0 && read_one(nz, t, conn + 1, ref, &x) && !x.absolute && x.day_lo == 0
            && (x.part_lo != 0 || x.part_mlo != 0) && x.month != 0) {
            a = x;
            set_part(&a, pa);
            a.end = conn;
            have_a = TRUE;
        }
    }
    if (!have_a) {
        /* "24 to 26 February", "between 3 and 12 of Sept" begin with a bare day */
        int day;
        guint dend;
        guint q = tok_is(t, i, "the") ? i + 1 : i;
        if (!read_day_ex(nz, t, q, FALSE, &day, &dend) || !is_date_connector(t, dend, between))
            return FALSE;
        /* "3-4-2018" is one date in figures, not "3 to April 2018" */
        if (figure_goes_on(t, dend + 2))
            return FALSE;
        memset(&a, 0, sizeof a);
        a.day_lo = a.day_hi = day;
        a.end = dend;
    }
    if (is_date_connector(t, a.end, between) || (from && tok_is_punct(t, a.end, "-"))) {
        guint k = a.end + 1;
        gboolean ok = read_one(nz, t, k, ref, &b);
        if (!ok && read_range_now(t, k, ref, &b.end)) {
            guint e = b.end;
            memset(&b, 0, sizeof b);
            set_absolute(&b, ref, ref, e);
            ok = TRUE;
        }
        if (!ok && !a.absolute && a.month != 0 && a.day_lo != 0) {
            /* "April 9th through 17th", "april twenty-seventh to the third" */
            int day;
            guint dend;
            guint q = tok_is(t, k, "the") ? k + 1 : k;
            if (read_day_ex(nz, t, q, FALSE, &day, &dend) && !figure_goes_on(t, dend)
                && !timeline_dash(nz, t, a.end, dend)) {
                memset(&b, 0, sizeof b);
                b.year = a.year;
                b.month = day > a.day_lo ? a.month : a.month % 12 + 1;
                if (b.month < a.month && b.year != 0)
                    b.year++;
                b.day_lo = b.day_hi = day;
                b.end = dend;
                ok = TRUE;
            }
        }
        int by;
        if (ok && !b.absolute && b.year == 0 && b.month != 0 && tok_is_punct(t, b.end, ",")
            && is_year(t, b.end + 1, &by) && ends_at(t, b.end + 2)) {
            /* "5/1-5/7, 2020" */
            b.year = by;
            b.end += 2;
        }
        if (ok) {
            if (!a.absolute && !b.absolute) {
                if (a.month == 0 && a.day_lo != 0 && b.day_lo != 0 && a.day_lo > b.day_lo) {
                    /* "from the twenty-seventh to the third of April": of March */
                    a.month = b.month == 1 ? 12 : b.month - 1;
                    if (b.year != 0)
                        a.year = b.month == 1 ? b.year - 1 : b.year;
                } else if (a.month == 0 && a.day_lo != 0) {
                    a.month = b.month;
                }
                if (a.year == 0 && b.year != 0)
                    a.year = (a.month > b.month && b.month != 0) ? b.year - 1 : b.year;
                if (a.year == 0 && b.year == 0 && a.month > b.month && b.month != 0 &&
                    ref != 0) {
                    /* "from November to March": across the new year (without
                     * a reference date, year-less dates fail as resolve() says) */
                    int ry, rm, rd;
                    cc_day_to_ymd(ref, &ry, &rm, &rd);
                    if (a.month > rm)
                        a.year = ry - 1, b.year = ry;
                    else
                        a.year = ry, b.year = ry + 1;
                }
                if (a.year == 0 && b.year == 0 && a.month == 2 && a.day_lo == 29 && ref != 0) {
                    /* "2/29-3/1": both in the latest leap year */
                    int ry, rm, rd;
                    cc_day_to_ymd(ref, &ry, &rm, &rd);
                    while (ry > 1 && cc_days_in_month(ry, 2) < 29)
                        ry--;
                    a.year = ry;
                    b.year = b.month != 0 && b.month < a.month ? ry + 1 : ry;
                }
            } else if (!a.absolute && a.month == 0 && a.day_lo != 0 && b.absolute) {
                /* "from 4-23 in next month" */
                int y, m, d;
                cc_day_to_ymd(b.lo, &y, &m, &d);
                a.year = y, a.month = m;
            }
            guint32 blo, bhi;
            int bwd;
            guint bend;
            gboolean bare_weekday = read_weekday(nz, t, k, &bwd, &bend) && bend == b.end && b.absolute;
            gboolean both = resolve(&a, ref, &alo, &ahi) && resolve(&b, ref, &blo, &bhi);
            if (both && bare_weekday) {
                /* "from next Monday to Friday": the first such day from the start on */
                blo = bhi = ahi + (guint32)((bwd - weekday_of(ahi) + 7) % 7);
            }
            if (both && alo <= bhi) {
                cc_value_set_days(value, alo, bhi);
                if (open != OPEN_NONE)
                    set_open(value, open, alo, bhi);
                *startp = start;
                *endp = b.end;
                return TRUE;
            }
        }
    }
    if (!have_a || between)
        return FALSE;
    /* "2/29-3/1/2019": a range whose end cannot be read is no date */
    if (tok_is_punct(t, a.end, "-/") && glued(t, a.end) && figure_goes_on(t, a.end + 2))
        return FALSE;
    if (!resolve(&a, ref, &alo, &ahi))
        return FALSE;
    if (since && ref != 0 && !a.absolute && a.year == 0 && alo > ref) {
        int ry, rm, rd;
        cc_day_to_ymd(ref, &ry, &rm, &rd);
        a.year = ry - 1;
        if (!resolve(&a, ref, &alo, &ahi))
            return FALSE;
    }
    if (t->mention && open == OPEN_NONE && !between && !from && !a.absolute && a.month != 0
        && a.day_lo == 0 && a.year == 0
        && (a.end == i + 1 || (a.end == i + 2 && tok_is_punct(t, i + 1, ".")))) {
        /* a month alone in a sentence: "in May" at a clause's end is the
         * mention, "in" and all ("may" alone is a verb); a figure of two
         * digits after it is the month's ("Dec 95"), if no date's day */
        if (tok_is(t, i, "may") && a.end == i + 1) {
            /* "may" alone is a verb, unless a word before it dates it */
            if (i > 0 && tok_is(t, i - 1, "in") && ends_at(t, i + 1))
                start = i - 1;
            else if (!(i > 0 && (tok_is(t, i - 1, "mid") || tok_is(t, i - 1, "early")
                                 || tok_is(t, i - 1, "late") || tok_is(t, i - 1, "of"))))
                return FALSE;
        }
        if (two_digits_after(t, a.end))
            a.end++;
    }
    /* in a sentence, a month after "in" or "during" and the next month
     * after "and" are one period: "reached Kursk in January and February"
     * is 1 January to 28 February (days listed stay days: "on 18 and 19
     * June"); not where a day or a year follows the second */
    if (t->mention && open == OPEN_NONE && !between && !from && !a.absolute && a.month != 0
        && a.day_lo == 0 && a.part_lo == 0 && a.part_mlo == 0 && start == i && i > 0
        && (tok_is(t, i - 1, "in") || tok_is(t, i - 1, "during")) && tok_is(t, a.end, "and")) {
        guint me;
        const PhraseValue *m2 = read_month(nz, t, a.end + 1, &me);
        if (m2 != NULL && (int)m2->a == a.month % 12 + 1
            && !(me < t->n && t->tok[me].kind == TOK_NUM)) {
            int y, mo, d;
            cc_day_to_ymd(alo, &y, &mo, &d);
            int y2 = a.month == 12 ? y + 1 : y;
            ahi = month_end(y2, (int)m2->a);
            a.end = me;
        }
    }
    guint e = a.end;
    Open after = read_open_after(t, a.end, &e);
    if (open == OPEN_NONE)
        open = after;
    *startp = start;
    *endp = after != OPEN_NONE ? e : a.end;
    if (t->mention && open == OPEN_NONE && alo == ahi && a.day_lo != 0) {
        /* a day told and then moved: "scheduled for Oct. 23 but slipped a
         * day" */
        guint se;
        int shift = read_slip(nz, t, a.end, &se);
        if (shift != 0) {
            alo += shift;
            ahi += shift;
            *endp = se;
        }
    }
    cc_value_set_days(value, alo, ahi);
    if (open == OPEN_NONE && a.absolute && a.unbounded != 0) {
        if (a.unbounded < 0)
            value->has_low = FALSE, value->low = 0;
        else
            value->has_high = FALSE, value->high = 0;
    }
    if (open != OPEN_NONE)
        set_open(value, open, alo, ahi);
    return TRUE;
}

static gboolean
read_date(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref, CcValue *value,
          guint *startp, guint *endp)
{
    return read_date_at(nz, t, i, ref, value, startp, endp, NULL);
}

/* Does read_one()'s reading @w write a day its month does not have? */
static gboolean
day_missing(const Written *w)
{
    if (w->absolute || w->month == 0 || w->day_lo == 0)
        return FALSE;
    int year = w->year != 0 ? w->year : 2000; /* a leap year: "Feb 29" is a day */
    return w->day_lo > cc_days_in_month(year, w->month)
           || w->day_hi > cc_days_in_month(year, w->month);
}

/* TRUE when a day the month does not have is written at @i: "feb 30 2019". */
static gboolean
no_such_day(const CcNormalizer *nz, const Tokens *t, guint i, guint32 ref)
{
    Written w;
    return read_one(nz, t, i, ref, &w) && day_missing(&w);
}

gboolean
normalize_date_tokens(const CcNormalizer *nz, const Tokens *t, guint32 ref_day, CcValue *value)
{
    for (guint i = 0; i < t->n; i++) {
        if (!tok_can_start(t, i))
            continue;
        guint start, end;
        if (read_date(nz, t, i, ref_day, value, &start, &end))
            return TRUE;
        if (no_such_day(nz, t, i, ref_day))
            return FALSE; /* not the year of "feb 30 2019" */
    }
    return FALSE;
}

/* ---- the date scanner ---- */

/* Tokens are read in slices of MAX_TOKENS, as the quantity scanner reads
 * them: a reading starts only this many tokens before a slice's end, and
 * a new slice keeps this many tokens before the reading for the checks
 * that look back. */
#define DATE_SCAN_AHEAD 48
#define DATE_SCAN_BACK 8

/* scan_read()'s reading at one token, against one document's day. */
typedef struct {
    guint32 ref_day;
    gboolean ok;
    CcValue value;
    guint start, end;
    ReadAt at;
} ScanRead;

struct _CcDateScanner {
    TokenSlice s;
    /* scan_read()'s readings by token, kept while the slice holds the
     * whole text (fewer than MAX_TOKENS tokens: it never slides, so a
     * token's index names one place in the text): a text read again after
     * cc_date_scanner_restart() (the frames read a sentence's windows for
     * each claim type) reads each place once. @known[i]: read[i] is
     * filled. */
    guint8 known[MAX_TOKENS];
    ScanRead read[MAX_TOKENS];
};

CcDateScanner *
cc_date_scanner_new(const CcNormalizer *normalizer, const char *text, gsize len)
{
    return cc_date_scanner_new_beside(normalizer, text, len, NULL);
}

CcDateScanner *
cc_date_scanner_new_beside(const CcNormalizer *normalizer, const char *text, gsize len,
                           const CcQuantityScanner *quantities)
{
    g_return_val_if_fail(normalizer != NULL && text != NULL, NULL);
    CcDateScanner *sc = g_new(CcDateScanner, 1);
    cc_date_scanner_reset(sc, normalizer, text, len, quantities);
    return sc;
}

void
cc_date_scanner_reset(CcDateScanner *sc, const CcNormalizer *normalizer, const char *text,
                      gsize len, const CcQuantityScanner *quantities)
{
    g_return_if_fail(sc != NULL && normalizer != NULL && text != NULL);
    token_slice_init_from(&sc->s, normalizer, text, len,
                          quantities != NULL ? cc_quantity_scanner_slice(quantities) : NULL);
    memset(sc->known, 0, sizeof sc->known);
}

const TokenSlice *
cc_date_scanner_slice(const CcDateScanner *sc)
{
    return &sc->s;
}

void
cc_date_scanner_restart(CcDateScanner *sc)
{
    g_return_if_fail(sc != NULL);
    if (sc->s.whole) {
        sc->s.i = 0;
        return;
    }
    token_slice_init(&sc->s, sc->s.nz, sc->s.text, sc->s.len);
    memset(sc->known, 0, sizeof sc->known);
}

void
cc_date_scanner_free(CcDateScanner *sc)
{
    g_free(sc);
}

/* Are the tokens [@start, @end) two figures joined by a slash, neither a
 * day past the twelfth ("1/2 cup", "a 1/4 mile")? In a sentence that is
 * a fraction, not a month and a day ("11/20" is one). */
static gboolean
fraction_like(const Tokens *t, guint start, guint end)
{
    if (end != start + 3 || t->tok[start].kind != TOK_NUM || !tok_is_punct(t, start + 1, "/")
        || t->tok[start + 2].kind != TOK_NUM || !glued(t, start + 1) || !glued(t, start + 2))
        return FALSE;
    return t->tok[start].num <= 12 && t->tok[start + 2].num <= 12;
}

/* Is token @i the second of two years joined by a dash ("from 2010 to
 * 2014-2015"), which a mention that took the first left? A year of its
 * own, though it continues a figure. */
static gboolean
year_after_year(const Tokens *t, guint i)
{
    int y;
    return i >= 2 && is_year(t, i, &y) && glued(t, i) && tok_is_punct(t, i - 1, "-")
           && glued(t, i - 1) && is_year(t, i - 2, &y);
}

/* read_date() at token @i of the scanner's slice; with no document's day
 * ("on 21 November"), a date all the same, whose figures are its own, but
 * one with no value. */
static gboolean
scan_read_once(CcDateScanner *sc, guint i, guint32 ref_day, CcValue *value, guint *start,
               guint *end, ReadAt *at)
{
    *at = (ReadAt){0};
    if (read_date_at(sc->s.nz, &sc->s.t, i, ref_day, value, start, end, at))
        return TRUE;
    if (ref_day != 0)
        return FALSE;
    gboolean ok = read_date(sc->s.nz, &sc->s.t, i, cc_day_from_ymd(2000, 1, 1), value, start, end);
    memset(value, 0, sizeof *value);
    return ok;
}

/* scan_read_once(), or what it gave at token @i before (see @known). */
static gboolean
scan_read(CcDateScanner *sc, guint i, guint32 ref_day, CcValue *value, guint *start, guint *end,
          ReadAt *at)
{
    if (sc->s.t.n >= MAX_TOKENS || i >= MAX_TOKENS)
        return scan_read_once(sc, i, ref_day, value, start, end, at);
    ScanRead *r = &sc->read[i];
    if (!sc->known[i] || r->ref_day != ref_day) {
        r->ref_day = ref_day;
        r->start = r->end = i;
        r->ok = scan_read_once(sc, i, ref_day, &r->value, &r->start, &r->end, &r->at);
        sc->known[i] = 1;
    }
    *at = r->at;
    *value = r->value;
    if (r->ok) {
        *start = r->start;
        *end = r->end;
    }
    return r->ok;
}

/* Is a day the month does not have written at the scanner's token
 * (no_such_day())? @at is read_date()'s reading there, if it read one
 * there; else read_one() is asked, into @at. */
static gboolean
read_no_such_day(const CcDateScanner *sc, ReadAt *at, guint32 ref_day)
{
    if (!at->known) {
        at->ok = read_one(sc->s.nz, &sc->s.t, sc->s.i, ref_day, &at->w);
        at->known = TRUE;
    }
    return at->ok && day_missing(&at->w);
}

gboolean
cc_date_scanner_next(CcDateScanner *sc, gsize from, gsize to, guint32 ref_day,
                     CcDateMention *m)
{
    g_return_val_if_fail(sc != NULL && m != NULL, FALSE);
    Tokens *t = &sc->s.t;
    for (;;) {
        token_slice_slide(&sc->s, DATE_SCAN_AHEAD, DATE_SCAN_BACK);
        if (sc->s.i >= t->n)
            return FALSE;
        gsize at = (gsize)(t->tok[sc->s.i].s - sc->s.text);
        if (at >= to)
            return FALSE;
        if (at < from || !(tok_can_start(t, sc->s.i) || year_after_year(t, sc->s.i))
            || !tok_may_start_date(sc->s.nz, t, sc->s.i)) {
            sc->s.i++;
            continue;
        }
        guint start = sc->s.i, end = sc->s.i;
        ReadAt read_at;
        gboolean ok = scan_read(sc, sc->s.i, ref_day, &m->value, &start, &end, &read_at);
        if (ok && start == sc->s.i && (tok_is(t, start, "for") || tok_is(t, start, "in"))
            && tok_is(t, start + 1, "the")) {
            /* "for the last 3 weeks of this year", "in the 5 upcoming
             * years": the mention begins at "the" when a date is read
             * there, as a lead word is no part of it */
            CcValue v;
            guint s2, e2;
            ReadAt at2;
            if (scan_read(sc, start + 1, ref_day, &v, &s2, &e2, &at2) && s2 == start + 1) {
                m->value = v;
                start = s2;
                end = e2;
            }
        }
        guint me;
        if (!ok
            && (t->tok[sc->s.i].kind == TOK_NUM || read_month(sc->s.nz, t, sc->s.i, &me) != NULL)
            && read_no_such_day(sc, &read_at, ref_day) && read_at.w.end > sc->s.i) {
            /* "feb 30 2019": a date no calendar has, a mention with no
             * value, whose figures are its own */
            memset(&m->value, 0, sizeof m->value);
            m->start = at;
            const Token *last = &t->tok[read_at.w.end - 1];
            m->end = (gsize)(last->s + last->len - sc->s.text);
            sc->s.i = read_at.w.end;
            return TRUE;
        }
        /* a mention starts inside the window: after a lead word at its
         * end ("in" of "in May"), the date is the next window's */
        if (ok && end > start && start >= sc->s.i && !fraction_like(t, start, end)
            && (gsize)(t->tok[start].s - sc->s.text) < to) {
            m->start = (gsize)(t->tok[start].s - sc->s.text);
            m->end = (gsize)(t->tok[end - 1].s + t->tok[end - 1].len - sc->s.text);
            /* "Tuesday's": the possessive ending is no part of the date */
            guint pe;
            if (possessive_match(sc->s.nz, TABLE_WEEKDAYS, t, end - 1, &pe) != NULL
                || possessive_match(sc->s.nz, TABLE_MONTHS, t, end - 1, &pe) != NULL
                || unit_possessive(t, end - 1, &pe) != U_NONE)
                m->end -= possessive_len(t, end - 1);
            sc->s.i = end;
            return TRUE;
        }
        sc->s.i++;
    }
}

/* normalize_number.c: reads the text of a quantity — figures, number words,
 * scale words, vague magnitudes, ranges, bounds, approximators and units —
 * into a value interval. */
#include "normalize_internal.h"

#include <math.h>

/* A figure read from the tokens. */
typedef struct {
    double v;
    gboolean scaled;   /* a scale word applied: "12 thousand" */
    double scale;      /* the last scale applied, 1 if none */
    guint end;
} Figure;

/* Currency codes are upper case ("USD"); they alone may stand before the
 * figure. */
static gboolean
is_currency(const PhraseValue *u)
{
    return u != NULL && u->text != NULL && g_ascii_isupper(u->text[0]);
}

static gboolean
is_ordinal_suffix(const Tokens *t, guint i)
{
    if (i >= t->n || t->tok[i].kind != TOK_WORD || t->tok[i].space_before)
        return FALSE;
    return tok_is(t, i, "st") || tok_is(t, i, "nd") || tok_is(t, i, "rd") || tok_is(t, i, "th");
}

/* Scale words after a figure: "1.2 million", "11k", "$3.5m". A scale word
 * that is also a unit ("m") is a scale only after a currency. */
static void
read_scales(const CcNormalizer *nz, const Tokens *t, Figure *f, gboolean money)
{
    guint end;
    const PhraseValue *s;
    while ((s = table_match(nz, TABLE_SCALE_WORDS, t, f->end, &end)) != NULL) {
        guint uend;
        const PhraseValue *u = table_match(nz, TABLE_UNITS, t, f->end, &uend);
        if (u != NULL && uend >= end && !money)
            break;
        f->v *= s->a;
        f->scale = s->a;
        f->scaled = TRUE;
        f->end = end;
    }
}

/* "half a million", "three quarters of a million", "two thirds". */
static gboolean
read_fraction(const CcNormalizer *nz, const Tokens *t, guint i, double base, Figure *f)
{
    guint end;
    const PhraseValue *fr = table_match(nz, TABLE_FRACTIONS, t, i, &end);
    if (fr == NULL)
        return FALSE;
    double v = base * fr->a;
    guint j = end;
    if (tok_is(t, j, "of"))
        j++;
    if (tok_is(t, j, "a") || tok_is(t, j, "an"))
        j++;
    guint send;
    const PhraseValue *s = table_match(nz, TABLE_SCALE_WORDS, t, j, &send);
    if (s != NULL && t->tok[j].len >= 4) {
        f->v = v * s->a;
        f->scaled = TRUE;
        f->scale = s->a;
        f->end = send;
        return TRUE;
    }
    if (base == 0)
        return FALSE;
    f->v = v;
    f->end = end;
    return TRUE;
}

/* Number words: "twenty-six", "one hundred and twenty", "two thousand five
 * hundred", "a dozen", "half a million". */
static gboolean
read_number_words(const CcNormalizer *nz, const Tokens *t, guint i, Figure *f)
{
    double total = 0, group = 0, big_scale = 0;
    gboolean any = FALSE, after_scale = FALSE;
    guint j = i;
    if ((tok_is(t, j, "a") || tok_is(t, j, "an")) && j + 1 < t->n) {
        guint end;
        if (table_match(nz, TABLE_SCALE_WORDS, t, j + 1, &end) != NULL && t->tok[j + 1].len >= 4) {
            group = 1;
            any = TRUE;
            j++;
        } else {
            return read_fraction(nz, t, j + 1, 1, f);
        }
    }
    if (!any && read_fraction(nz, t, j, 1, f) && f->scaled)
        return TRUE;
    for (;;) {
        guint end;
        const PhraseValue *w;
        if (j < t->n && t->tok[j].kind == TOK_WORD
            && (w = table_match(nz, TABLE_NUMBER_WORDS, t, j, &end)) != NULL) {
            group += w->a;
            any = TRUE;
            after_scale = FALSE;
            j = end;
        } else if (any && j < t->n && t->tok[j].kind == TOK_WORD && t->tok[j].len >= 4
                   && (w = table_match(nz, TABLE_SCALE_WORDS, t, j, &end)) != NULL) {
            if (group == 0)
                group = 1;
            if (w->a < 1000) {
                group *= w->a;
            } else {
                total += group * w->a;
                group = 0;
                big_scale = w->a;
            }
            f->scaled = TRUE;
            f->scale = w->a;
            after_scale = TRUE;
            j = end;
        } else if (any && tok_is_punct(t, j, "-") && j + 1 < t->n && !t->tok[j + 1].space_before
                   && table_match(nz, TABLE_NUMBER_WORDS, t, j + 1, &end) != NULL) {
            j++;
        } else if (any && tok_is(t, j, "and")
                   && (tok_is(t, j + 1, "a") || tok_is(t, j + 1, "an") || tok_is(t, j + 1, "one"))
                   && (w = table_match(nz, TABLE_FRACTIONS, t, j + 2, &end)) != NULL) {
            /* "two and a half million", "two million and a half" */
            j = end;
            if (after_scale && group == 0 && big_scale > 0) {
                total += w->a * big_scale;
                break;
            }
            group += w->a;
            after_scale = FALSE;
        } else if (after_scale && tok_is(t, j, "and")
                   && table_match(nz, TABLE_NUMBER_WORDS, t, j + 1, &end) != NULL) {
            j++;
        } else {
            break;
        }
    }
    if (!any)
        return FALSE;
    /* "two thirds", "two million and one half": the fraction takes the
     * group before it */
    Figure fr = {0};
    if (group > 0 && read_fraction(nz, t, j, group, &fr)) {
        fr.v += total;
        *f = fr;
        return TRUE;
    }
    f->v = total + group;
    f->end = j;
    return TRUE;
}

/* One figure with its scale: "-5", "11,000", "1.2 million", "11k",
 * "twenty-six", "3/4". FALSE on "21st", "0143", "2.0.1". */
static gboolean
read_figure(const CcNormalizer *nz, const Tokens *t, guint i, gboolean money, Figure *f)
{
    memset(f, 0, sizeof *f);
    f->scale = 1;
    gboolean negative = FALSE;
    if (tok_is(t, i, "minus") || tok_is(t, i, "negative")) {
        negative = TRUE;
        i++;
    } else if (tok_is_punct(t, i, "-") && i + 1 < t->n && t->tok[i + 1].kind == TOK_NUM
               && !t->tok[i + 1].space_before
               && (i == 0 || t->tok[i - 1].kind != TOK_NUM)) {
        negative = TRUE;
        i++;
    }
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (tok->kind == TOK_NUM) {
        if (tok->bad || (tok->lead_zero && !tok->decimal))
            return FALSE;
        if (is_ordinal_suffix(t, i + 1))
            return FALSE;
        f->v = tok->num;
        f->end = i + 1;
        if (tok_is_punct(t, f->end, "/") && !t->tok[f->end].space_before && f->end + 1 < t->n
            && t->tok[f->end + 1].kind == TOK_NUM && !t->tok[f->end + 1].space_before) {
            if (tok_is_punct(t, f->end + 2, "/") || t->tok[f->end + 1].num == 0)
                return FALSE; /* "24/02/2022" is a date */
            f->v /= t->tok[f->end + 1].num;
            f->end += 2;
        }
        read_scales(nz, t, f, money);
    } else if (tok->kind == TOK_WORD) {
        if (!read_number_words(nz, t, i, f))
            return FALSE;
        if (!f->scaled)
            read_scales(nz, t, f, money);
    } else {
        return FALSE;
    }
    if (negative)
        f->v = -f->v;
    return TRUE;
}

typedef struct {
    double low, high;
    gboolean vague;
    const PhraseValue *unit; /* a currency written before the figure */
    guint end;
} Core;

static const PhraseValue *
read_money_prefix(const CcNormalizer *nz, const Tokens *t, guint *i)
{
    guint end;
    const PhraseValue *u = table_match(nz, TABLE_UNITS, t, *i, &end);
    if (!is_currency(u))
        return NULL;
    /* "USD 5 million", "$3.5m", "US$ 20" but not "dollars" before a figure */
    if (end >= t->n || (t->tok[end].kind != TOK_NUM && !tok_is_punct(t, end, "-")))
        return NULL;
    *i = end;
    return u;
}

static gboolean
is_range_connector(const Tokens *t, guint i, gboolean between, gboolean from)
{
    if (between)
        return tok_is(t, i, "and");
    if (from)
        return tok_is(t, i, "to") || tok_is_punct(t, i, "-") || tok_is(t, i, "until")
               || tok_is(t, i, "through");
    return tok_is(t, i, "to") || tok_is_punct(t, i, "-~") || tok_is(t, i, "through");
}

/* A figure, a range of figures or a vague magnitude. */
static gboolean
read_core(const CcNormalizer *nz, const Tokens *t, guint i, gboolean between, gboolean from,
          Core *c)
{
    memset(c, 0, sizeof *c);
    c->unit = read_money_prefix(nz, t, &i);
    guint end;
    const PhraseValue *vg = table_match(nz, TABLE_VAGUE, t, i, &end);
    if (vg != NULL && !between && !from) {
        c->low = vg->a;
        c->high = vg->b;
        c->vague = TRUE;
        c->end = end;
        return TRUE;
    }
    Figure a;
    if (!read_figure(nz, t, i, c->unit != NULL, &a))
        return FALSE;
    c->low = c->high = a.v;
    c->end = a.end;
    guint j = a.end;
    if (is_range_connector(t, j, between, from)) {
        guint k = j + 1;
        const PhraseValue *u2 = read_money_prefix(nz, t, &k);
        Figure b;
        if (read_figure(nz, t, k, c->unit != NULL || u2 != NULL, &b)) {
            /* "555-1234-…" is a telephone number, not a range */
            if (tok_is_punct(t, j, "-") && tok_is_punct(t, b.end, "-")
                && b.end + 1 < t->n && t->tok[b.end + 1].kind == TOK_NUM)
                return FALSE;
            double lo = a.v;
            /* "10 to 12 thousand": the scale applies to both */
            if (!a.scaled && b.scaled && a.v * b.scale <= b.v)
                lo = a.v * b.scale;
            if (lo <= b.v) {
                c->low = lo;
                c->high = b.v;
                c->end = b.end;
                if (c->unit == NULL)
                    c->unit = u2;
                return TRUE;
            }
        }
    }
    if (between || from)
        return FALSE;
    return TRUE;
}

static gboolean
is_postfix_phrase(const Tokens *t, guint i)
{
    return tok_is(t, i, "or") || tok_is(t, i, "plus") || tok_is_punct(t, i, "+")
           || (tok_is_punct(t, i, "-") && tok_is(t, i + 1, "plus"));
}

static gboolean
read_quantity(const CcNormalizer *nz, const Tokens *t, guint i, CcValue *value)
{
    gboolean approx = FALSE, between = FALSE, from = FALSE;
    const char *op = NULL;
    guint end;
    for (guint round = 0; round < 4; round++) {
        if (table_match(nz, TABLE_APPROXIMATORS, t, i, &end) != NULL && !is_postfix_phrase(t, i)) {
            approx = TRUE;
            i = end;
            continue;
        }
        const PhraseValue *b = table_match(nz, TABLE_BOUNDS, t, i, &end);
        if (b != NULL && op == NULL && !is_postfix_phrase(t, i)) {
            op = b->text;
            i = end;
            continue;
        }
        if (tok_is(t, i, "between") && !between) {
            between = TRUE;
            i++;
            continue;
        }
        if (tok_is(t, i, "from") && !from) {
            from = TRUE;
            i++;
            continue;
        }
        break;
    }
    Core c;
    if (!read_core(nz, t, i, between, from, &c))
        return FALSE;
    guint j = c.end;
    const PhraseValue *unit = c.unit;

    /* after the figure: "or so", "or more", "-plus", units */
    for (guint round = 0; round < 3; round++) {
        if (j < t->n && is_postfix_phrase(t, j)) {
            if (table_match(nz, TABLE_APPROXIMATORS, t, j, &end) != NULL) {
                approx = TRUE;
                j = end;
                continue;
            }
            const PhraseValue *b = table_match(nz, TABLE_BOUNDS, t, j, &end);
            if (b == NULL && tok_is_punct(t, j, "+"))
                b = table_match(nz, TABLE_BOUNDS, t, j, &end);
            if (b != NULL && op == NULL) {
                op = b->text;
                j = end;
                continue;
            }
            if (tok_is_punct(t, j, "-") && tok_is(t, j + 1, "plus") && op == NULL) {
                op = "ge"; /* "3,000-plus" */
                j += 2;
                continue;
            }
            if (tok_is_punct(t, j, "+") && op == NULL) {
                op = "ge";
                j++;
                continue;
            }
        }
        if (unit == NULL || is_currency(unit)) {
            guint k = j;
            if (tok_is_punct(t, k, "-") && k + 1 < t->n && !t->tok[k + 1].space_before)
                k++; /* "10-ton" */
            else if (c.vague && tok_is(t, k, "of"))
                k++; /* "thousands of troops" */
            const PhraseValue *u = table_match(nz, TABLE_UNITS, t, k, &end);
            if (u != NULL && (unit == NULL || u->text == unit->text)) {
                /* "$ 10 dollars" names its currency twice */
                unit = u;
                j = end;
                continue;
            }
        }
        break;
    }

    memset(value, 0, sizeof *value);
    value->kind = CC_VALUE_NUMBER;
    double lo = c.low, hi = c.high;
    if (unit != NULL) {
        value->unit = unit->text;
        if (unit->a != 1) {
            value->orig_low = lo;
            value->orig_high = hi;
            value->orig_unit = unit->orig;
            lo *= unit->a;
            hi *= unit->a;
        }
    }
    value->low = lo;
    value->high = hi;
    value->has_low = value->has_high = TRUE;
    value->vague = c.vague;
    value->approx = approx;
    if (op != NULL) {
        if (g_str_equal(op, "gt")) {
            value->low_strict = TRUE;
            value->has_high = FALSE;
        } else if (g_str_equal(op, "ge")) {
            value->has_high = FALSE;
        } else if (g_str_equal(op, "lt")) {
            value->low = MIN(0, lo);
            value->high_strict = TRUE;
        } else if (g_str_equal(op, "le")) {
            value->low = MIN(0, lo);
        } else if (g_str_equal(op, "nearly")) {
            value->low = hi >= 0 ? hi * 0.9 : hi * 1.1;
            if (value->orig_unit != NULL)
                value->orig_low = value->orig_high * 0.9;
        }
        if (value->orig_unit != NULL) {
            if (g_str_equal(op, "lt") || g_str_equal(op, "le"))
                value->orig_low = value->low;
        }
    }
    return TRUE;
}

gboolean
normalize_quantity_tokens(const CcNormalizer *nz, const Tokens *t, CcValue *value)
{
    for (guint i = 0; i < t->n; i++) {
        if (tok_can_start(t, i) && read_quantity(nz, t, i, value))
            return TRUE;
    }
    return FALSE;
}

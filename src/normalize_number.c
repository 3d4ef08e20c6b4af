/* SPDX-License-Identifier: MIT */
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
    gboolean no_share; /* "12 out of 10": two figures, not one share */
    gboolean overflow; /* past a double's range ("10^400"): not a figure */
} Figure;

/* Currency codes are upper case ("USD"); they alone may stand before the
 * figure. */
static gboolean
is_currency(const PhraseValue *u)
{
    return u != NULL && u->text != NULL && g_ascii_isupper(u->text[0]);
}

/* Is the text read as the whole text of a value — a value's own text, or a
 * mention read as written (Tokens.units) — rather than a mention that
 * ends before its unit? */
static inline gboolean
as_text(const Tokens *t)
{
    return !t->mention || t->units;
}

static gboolean
is_ordinal_suffix(const Tokens *t, guint i)
{
    if (i >= t->n || t->tok[i].kind != TOK_WORD || t->tok[i].space_before)
        return FALSE;
    return tok_is(t, i, "st") || tok_is(t, i, "nd") || tok_is(t, i, "rd") || tok_is(t, i, "th");
}

/* Steps @k past one modifier of a counted noun at it (count_modifiers, or
 * a capitalized word: "combined digital", "North Korean"); FALSE when
 * none stands there. */
static gboolean
skip_count_modifier(const CcNormalizer *nz, const Tokens *t, guint *k)
{
    guint end;
    if (table_match(nz, TABLE_COUNT_MODIFIERS, t, *k, &end) != NULL)
        *k = end;
    else if (g_ascii_isupper(t->tok[*k].s[0]))
        (*k)++;
    else
        return FALSE;
    return TRUE;
}

/* Does what a million counts follow at @k ("2.7m combined digital and
 * physical sales", "35m of its Echo devices"): up to four modifiers
 * (count_modifiers, or a capitalized word) and a counted noun
 * (counted_nouns), after "of its", "of the", …? */
static gboolean
counted_after(const CcNormalizer *nz, const Tokens *t, guint k)
{
    static const char *const owners[] = {"its", "their", "the", "his", "her", "our", "these",
                                         "those"};
    guint end;
    if (tok_is(t, k, "of"))
        for (guint o = 0; o < G_N_ELEMENTS(owners); o++)
            if (tok_is(t, k + 1, owners[o])) {
                k += 2;
                break;
            }
    for (guint n = 0; n <= 4 && k < t->n && t->tok[k].kind == TOK_WORD; n++) {
        if (table_match(nz, TABLE_COUNTED_NOUNS, t, k, &end) != NULL)
            return end >= t->n || t->tok[end].kind != TOK_WORD || t->tok[end].space_before;
        if (!skip_count_modifier(nz, t, &k))
            return FALSE;
    }
    return FALSE;
}

/* TRUE when "m" at @j (ending at @end) after a figure is a million, not a
 * metre: "10M", "1.2m tons", and "2.7m combined sales", where the rules
 * keep the words a million counts in the value; "48m", "5m to 10m" and
 * "2m by 3m" are lengths. */
static gboolean
m_is_million(const CcNormalizer *nz, const Tokens *t, guint j, guint end)
{
    static const char *const joins[] = {"to",  "and", "or", "out", "over", "through", "thru",
                                        "until", "till", "up", "by", "x", "times", "per", "in",
                                        "plus", "from", "than", "so", "more", "less", "fewer"};
    guint uend;
    if (t->tok[j].s[0] == 'M')
        return TRUE;
    /* a figure joined to a later one whose "m" is a million is a million
     * too: "between 2m and 3m shells", "2m to 3m rounds" */
    if (end + 2 < t->n
        && (tok_is(t, end, "to") || tok_is(t, end, "and") || tok_is(t, end, "or"))
        && t->tok[end + 1].kind == TOK_NUM && t->tok[end + 2].len == 1
        && (t->tok[end + 2].s[0] == 'm' || t->tok[end + 2].s[0] == 'M')
        && !t->tok[end + 2].space_before)
        return m_is_million(nz, t, end + 2, end + 3);
    /* a yearly rate is a count, no length: "3m a year", "2m per year",
     * "1.5m annually" ("500m a day" stays a length) */
    if (end < t->n && t->tok[end].space_before
        && (tok_is(t, end, "annually")
            || ((tok_is(t, end, "a") || tok_is(t, end, "per") || tok_is(t, end, "each")
                 || tok_is(t, end, "every"))
                && (tok_is(t, end + 1, "year") || tok_is(t, end + 1, "annum")))))
        return TRUE;
    /* a mention of a sentence is read as its text alone: "1.8m tall"; read
     * with its unit, "1.2m tons" is millions of the unit after it */
    if (t->mention) {
        if (!t->units || end >= t->n || !t->tok[end].space_before)
            return FALSE;
        const PhraseValue *u = table_match(nz, TABLE_UNITS, t, end, &uend);
        if (u != NULL)
            return !is_currency(u) && !tok_is(t, end, "in");
        return counted_after(nz, t, end);
    }
    if (table_match(nz, TABLE_UNITS, t, end, &uend) != NULL)
        return !tok_is_punct(t, end, "/");
    if (end >= t->n || t->tok[end].kind != TOK_WORD || !t->tok[end].space_before)
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(joins); k++)
        if (tok_is(t, end, joins[k]))
            return FALSE;
    return TRUE;
}

/* TRUE when the token at @j is a capital "G": after a figure it is giga
 * ("10G", "1,674.5 G"), as a capital "M" is a million; grams are "g". */
static gboolean
is_giga(const Tokens *t, guint j)
{
    return j < t->n && t->tok[j].len == 1 && t->tok[j].s[0] == 'G';
}

/* Is token @i a lone digit 2 to 6 ("5" of "5G")? */
static gboolean
generation_digit(const Tokens *t, guint i)
{
    if (i >= t->n || t->tok[i].kind != TOK_NUM || t->tok[i].len != 1 || t->tok[i].s[0] < '2'
        || t->tok[i].s[0] > '6')
        return FALSE;
    return i == 0 || t->tok[i].space_before || t->tok[i - 1].kind == TOK_PUNCT;
}

/* Do the tokens [@j, @end), apart from the figure before them, open a
 * designation, a word glued, by a hyphen or directly, to a figure after it
 * ("M-1978", "T-72", "M1989")? "50 M-1978 howitzers" and "120 M1989
 * howitzers" are howitzers, not millions nor metres; "5k-20k" is a
 * range. */
static gboolean
designation_at(const Tokens *t, guint j, guint end)
{
    if (end <= j || !t->tok[j].space_before || end >= t->n)
        return FALSE;
    if (t->tok[end].kind == TOK_NUM && !t->tok[end].space_before)
        return TRUE;
    return end + 1 < t->n && tok_is_punct(t, end, "-") && !t->tok[end].space_before
           && t->tok[end + 1].kind == TOK_NUM && !t->tok[end + 1].space_before;
}

/* Is token @i a scale word's abbreviation that may take a period
 * ("thous.", "mln.")? */
static gboolean
scale_abbreviation(const Tokens *t, guint i)
{
    static const char *const abbreviations[] = {"thous", "mln", "bln", "mn", "bn", "tln"};
    for (guint k = 0; k < G_N_ELEMENTS(abbreviations); k++)
        if (tok_is(t, i, abbreviations[k]))
            return TRUE;
    return FALSE;
}

/* Scale words after a figure: "1.2 million", "11k", "$3.5m". A scale word
 * that is also a unit ("m", "g") is a scale only after a currency, or as a
 * capital "M" or "G". */
static void
read_scales(const CcNormalizer *nz, const Tokens *t, Figure *f, gboolean money)
{
    guint end;
    const PhraseValue *s;
    while ((s = table_match(nz, TABLE_SCALE_WORDS, t, f->end, &end)) != NULL) {
        if (designation_at(t, f->end, end))
            break;
        guint uend;
        const PhraseValue *u = table_match(nz, TABLE_UNITS, t, f->end, &uend);
        /* "10M", "1.2m tons": million; "152mm", "48m": a length */
        /* in a sentence, "5G" after a lone digit is a network's generation */
        if (t->mention && is_giga(t, f->end) && !t->tok[f->end].space_before
            && generation_digit(t, f->end - 1))
            break;
        gboolean million = (tok_is(t, f->end, "m") && m_is_million(nz, t, f->end, end))
                           || is_giga(t, f->end);
        if (u != NULL && uend >= end && !money && !million)
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
    if (tok_is_punct(t, i, "-") && base != 0)
        i++; /* "one-eighth", "five - eighths" */
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

/* A short scale word ("k", "m", "bn") read after digits, unless it is
 * also the unit written there ("152mm", "48m"); after a currency it is
 * always a scale. "10M" and "1.2m tons" are millions. */
static gboolean
short_scale_ok(const CcNormalizer *nz, const Tokens *t, guint j, guint end, gboolean money)
{
    guint uend;
    const PhraseValue *u = table_match(nz, TABLE_UNITS, t, j, &uend);
    if (u == NULL || uend < end || money)
        return TRUE;
    return (tok_is(t, j, "m") && m_is_million(nz, t, j, end)) || is_giga(t, j);
}

/* A number word at @j with "seventy-one" joined: its value and the index
 * after it. */
static const PhraseValue *
number_word(const CcNormalizer *nz, const Tokens *t, guint j, double *v, guint *end)
{
    if (j >= t->n || t->tok[j].kind != TOK_WORD)
        return NULL;
    const PhraseValue *w = table_match(nz, TABLE_NUMBER_WORDS, t, j, end);
    if (w == NULL)
        return NULL;
    *v = w->a;
    guint e2;
    const PhraseValue *u;
    if (w->a >= 20 && w->a < 100 && tok_is_punct(t, *end, "-")
        && (u = table_match(nz, TABLE_NUMBER_WORDS, t, *end + 1, &e2)) != NULL && u->a < 10
        && u->a > 0) {
        *v += u->a;
        *end = e2;
    }
    return w;
}

static gboolean glued(const Tokens *t, guint i);

/* "point zero three" is .03, "point seventy-one" .71: digits by word;
 * hyphened on, as broadcasters write a figure out, "one-point-six" is
 * 1.6. */
static guint
read_point(const CcNormalizer *nz, const Tokens *t, guint j, double *v)
{
    gboolean hyphened = tok_is_punct(t, j, "-") && glued(t, j) && glued(t, j + 1);
    guint p = hyphened ? j + 1 : j;
    if (!tok_is(t, p, "point"))
        return j;
    char buf[40] = "0.";
    guint n = 2, k = p + 1, end;
    double w;
    if (hyphened) {
        if (!tok_is_punct(t, k, "-") || !glued(t, k) || !glued(t, k + 1))
            return j;
        k++;
    }
    while (n < 30 && number_word(nz, t, k, &w, &end) != NULL && w < 100) {
        n += (guint)g_snprintf(buf + n, sizeof buf - n, "%d", (int)w);
        k = end;
        if (hyphened && tok_is_punct(t, k, "-") && glued(t, k) && glued(t, k + 1)
            && number_word(nz, t, k + 1, &w, &end) != NULL)
            k++;
    }
    if (n == 2)
        return j;
    *v += (*v < 0 ? -1 : 1) * g_ascii_strtod(buf, NULL);
    return k;
}

/* TRUE when a scale word of @scale or more stands at @j: "1 million and
 * 2 million" are two figures. */
static gboolean
scale_at_least(const CcNormalizer *nz, const Tokens *t, guint j, double scale)
{
    guint end;
    const PhraseValue *s = table_match(nz, TABLE_SCALE_WORDS, t, j, &end);
    return s != NULL && s->a >= scale;
}

/* TRUE when the scale word at @j after "X hundred and N" starts a second
 * figure: "1 million and 2 million", "3 hundred and 2 hundred"; a larger
 * scale multiplies the whole group instead ("two hundred and two
 * thousand" is 202,000) unless a group was already closed by one. */
static gboolean
second_figure(const CcNormalizer *nz, const Tokens *t, guint j, double last_scale, double big_scale)
{
    if (!scale_at_least(nz, t, j, last_scale))
        return FALSE;
    return big_scale > 0 || !scale_at_least(nz, t, j, last_scale + 1);
}

/* A figure in digits continuing one in words after a scale: the 21 of "3
 * hundred and 21", not the 152 of "1.5 million 152mm". */
static gboolean
continues(const CcNormalizer *nz, const Tokens *t, guint j, double last_scale)
{
    if (j >= t->n)
        return FALSE;
    const Token *tk = &t->tok[j];
    if (tk->kind != TOK_NUM || !tk->space_before || tk->decimal || tk->grouped || tk->bad
        || tk->lead_zero || tk->num <= 0 || tk->num >= last_scale)
        return FALSE;
    if (j + 1 < t->n && !t->tok[j + 1].space_before)
        return FALSE;
    guint k = j + 1;
    return !scale_at_least(nz, t, k, last_scale);
}

/* "a half", "three quarters", "fifty-four hundredths", "a half million". */
static gboolean
read_fraction_phrase(const CcNormalizer *nz, const Tokens *t, guint i, Figure *f)
{
    double num = 0, w;
    guint j = i, end;
    if (tok_is(t, j, "a") || tok_is(t, j, "an")) {
        num = 1;
        j++;
    } else {
        while (number_word(nz, t, j, &w, &end) != NULL) {
            num += w;
            j = end;
        }
    }
    if (num == 0)
        return FALSE;
    memset(f, 0, sizeof *f);
    f->scale = 1;
    return read_fraction(nz, t, j, num, f);
}

/* The ordinal 1..9 of a fraction or ordinal word at @j ("fifth", "fifths",
 * "first"), 0 if none. */
static guint
small_ordinal(const CcNormalizer *nz, const Tokens *t, guint j, guint *end)
{
    const PhraseValue *o = table_match(nz, TABLE_ORDINAL_WORDS, t, j, end);
    if (o == NULL) {
        const PhraseValue *fr = table_match(nz, TABLE_FRACTIONS, t, j, end);
        if (fr == NULL || fr->a <= 0)
            return 0;
        double d = round(1 / fr->a);
        return d >= 2 && d <= 9 ? (guint)d : 0;
    }
    return o->a >= 1 && o->a <= 9 && *end == j + 1 ? (guint)o->a : 0;
}

/* A numerator in words over a compound ordinal: "one twenty-fifth" (1/25),
 * "one hundred thirty fifths" (100/35), "one one hundred fifth" (1/105),
 * "one hundred one thousand fifths" (100/1005). The denominator is a tens
 * word, or a number word and a scale word, right before an ordinal of 1 to
 * 9; "and" before it joins it to the numerator instead ("one hundred and
 * thirty fifths" is 130/5, read by the caller). */
static gboolean
read_split_fraction(const CcNormalizer *nz, const Tokens *t, guint i, Figure *f)
{
    double num = 0, group = 0, w;
    guint j = i, end;
    gboolean any = FALSE;
    if (tok_is(t, j, "a") || tok_is(t, j, "an")) {
        group = 1;
        any = TRUE;
        j++;
    }
    while (j < t->n) {
        guint dj = j, dend;
        double den = 0;
        /* the denominator candidates at j */
        if (number_word(nz, t, dj, &w, &dend) != NULL && w >= 20 && w < 100 && fmod(w, 10) == 0) {
            guint k = dend + (tok_is_punct(t, dend, "-") ? 1 : 0);
            guint ord = small_ordinal(nz, t, k, &end);
            if (ord > 0)
                den = w + ord;
        } else if (number_word(nz, t, dj, &w, &dend) != NULL && w >= 1 && w < 10) {
            guint send;
            const PhraseValue *sc = table_match(nz, TABLE_SCALE_WORDS, t, dend, &send);
            if (sc != NULL && (sc->a == 100 || sc->a == 1000) && t->tok[dend].len >= 4) {
                guint k = send + (tok_is(t, send, "and") ? 1 : 0);
                guint ord = small_ordinal(nz, t, k, &end);
                if (ord > 0)
                    den = w * sc->a + ord;
            }
        }
        if (den > 0 && any) {
            memset(f, 0, sizeof *f);
            f->scale = 1;
            f->v = (num + group) / den;
            f->end = end;
            return TRUE;
        }
        /* otherwise the word belongs to the numerator */
        const PhraseValue *sc;
        if (number_word(nz, t, j, &w, &end) != NULL) {
            if (any && group > 0 && fmod(group, 100) != 0 && !(w < 10 && fmod(group, 10) == 0))
                return FALSE;
            group += w;
            any = TRUE;
            j = end;
        } else if (any && (sc = table_match(nz, TABLE_SCALE_WORDS, t, j, &end)) != NULL
                   && t->tok[j].len >= 4 && (sc->a == 100 || sc->a == 1000)) {
            if (sc->a == 100)
                group *= 100;
            else {
                num += group * sc->a;
                group = 0;
            }
            j = end;
        } else {
            return FALSE;
        }
    }
    return FALSE;
}

/* TRUE when "between" comes before token @i: its "and" joins two figures. */
static gboolean
between_before(const Tokens *t, guint i)
{
    for (guint k = 0; k < i; k++)
        if (tok_is(t, k, "between"))
            return TRUE;
    return FALSE;
}

static gboolean glued(const Tokens *t, guint i);

/* Number words and figures with scale words: "twenty-six", "one hundred
 * and twenty", "two thousand five hundred", "4 thousand 3 hundred and 21",
 * "a dozen", "half a million", "three million and a half", "two thirds",
 * "three lakh crore", "two hundred point zero three". @head is a figure
 * already read in digits at @i - 1 when @have_head. */
static gboolean
read_number_words(const CcNormalizer *nz, const Tokens *t, guint i, gboolean money, gboolean have_head,
                  double head, Figure *f)
{
    double total = 0, group = 0, big_scale = 0, last_scale = 0;
    double since_scale = 0; /* what the group gained after "and" after its last scale word */
    gboolean any = FALSE, after_scale = FALSE, prev_num = FALSE, done = FALSE, joined = FALSE;
    guint j = i, end;
    if (have_head) {
        group = head;
        any = prev_num = TRUE;
    } else if ((tok_is(t, j, "a") || tok_is(t, j, "an")) && j + 1 < t->n) {
        if (table_match(nz, TABLE_SCALE_WORDS, t, j + 1, &end) != NULL && t->tok[j + 1].len >= 3) {
            group = 1;
            any = TRUE;
            j++;
        } else {
            /* "a twenty-first" is 1/21 */
            return read_split_fraction(nz, t, i, f) || read_fraction(nz, t, j + 1, 1, f);
        }
    }
    if (!have_head && !any && tok_is(t, j, "hundred") && j + 1 < t->n
        && scale_at_least(nz, t, j + 1, 1000) && t->tok[j + 1].len >= 3) {
        group = 1; /* "hundred thousand dollars" */
        any = TRUE;
    }
    if (!have_head && read_split_fraction(nz, t, i, f))
        return TRUE;
    if (!any) {
        Figure fr = {0};
        if (read_fraction(nz, t, j, 1, &fr) && (fr.scaled || tok_is(t, j, "half"))) {
            *f = fr;
            return TRUE;
        }
    }
    for (;;) {
        const PhraseValue *w;
        double wv;
        Figure fp;
        if (j >= t->n)
            break;
        /* a scale word hyphened on to a figure, as broadcasters write it:
         * "12-thousand", "15-hundred" (a word; "152-m" is a length) */
        if (any && prev_num && tok_is_punct(t, j, "-") && j + 1 < t->n
            && t->tok[j + 1].len >= 3 && table_match(nz, TABLE_SCALE_WORDS, t, j + 1, &end) != NULL)
            j++;
        /* and the rest in figures, hyphened on after the scale word
         * spelled out: "12-hundred-50" is 1,250 ("50 M-1978" and "50
         * K-9" are models, no figures) */
        if (any && after_scale && j > 0 && t->tok[j - 1].len >= 3 && tok_is_punct(t, j, "-")
            && glued(t, j) && glued(t, j + 1)
            && j + 1 < t->n && t->tok[j + 1].kind == TOK_NUM && !glued(t, j + 2)) {
            const Token *rest = &t->tok[j + 1];
            if (!rest->decimal && !rest->grouped && !rest->bad && !rest->lead_zero
                && rest->num > 0 && rest->num < last_scale) {
                group += rest->num;
                after_scale = FALSE;
                prev_num = TRUE;
                j += 2;
                break; /* nothing is read after the figures */
            }
        }
        const Token *tk = &t->tok[j];
        if (tk->kind == TOK_WORD && number_word(nz, t, j, &wv, &end) != NULL) {
            if (any && !after_scale
                && (prev_num || !(wv < 10 && fmod(group, 100) >= 20 && fmod(group, 10) == 0)))
                break; /* "3 four", "one twenty": two numbers */
            group += wv;
            if (joined)
                since_scale += wv;
            any = TRUE;
            after_scale = prev_num = FALSE;
            j = end;
        } else if (any && tk->kind == TOK_WORD
                   && (w = table_match(nz, TABLE_SCALE_WORDS, t, j, &end)) != NULL
                   && !designation_at(t, j, end)
                   && (tk->len >= 3 ? (!prev_num || short_scale_ok(nz, t, j, end, money))
                                    : prev_num && short_scale_ok(nz, t, j, end, money))) {
            if (group == 0 && after_scale && total > 0) {
                total *= w->a; /* "three lakh crore" */
            } else {
                if (group == 0)
                    group = 1;
                if (w->a < last_scale && w->a < 1000 && since_scale > 0 && since_scale < group) {
                    /* "three hundred and two dozens": 300 + 2 × 12 */
                    group += since_scale * (w->a - 1);
                } else if (w->a < 1000) {
                    group *= w->a;
                } else {
                    total += group * w->a;
                    group = 0;
                    big_scale = w->a;
                }
            }
            f->scaled = TRUE;
            f->scale = w->a;
            last_scale = w->a;
            since_scale = 0;
            joined = FALSE;
            after_scale = TRUE;
            prev_num = FALSE;
            j = end;
        } else if (any && after_scale && continues(nz, t, j, last_scale) && group == floor(group)
                   && total == floor(total) && !(have_head && t->tok[i - 1].decimal)) {
            group += tk->num; /* "4 thousand 3 hundred and 21" */
            if (joined)
                since_scale += tk->num;
            after_scale = FALSE;
            prev_num = TRUE;
            j++;
        } else if (any && !prev_num && tok_is_punct(t, j, "-")
                   && number_word(nz, t, j + 1, &wv, &end) != NULL
                   && ((after_scale && !t->tok[j + 1].space_before)
                       || (wv < 10 && fmod(group, 100) >= 20 && fmod(group, 10) == 0))) {
            /* "twenty-six", "fifty - two", "hundred-six"; not the dash of
             * "three-nought-four", whose words are read apart */
            j++;
        } else if (any && tok_is(t, j, "and") && read_fraction_phrase(nz, t, j + 1, &fp)
                   && !(after_scale && !fp.scaled && fp.v >= 1)) {
            /* ("one hundred and thirty-two fifths" is 132/5, read on) */
            /* "three million and a half", "one billion and a half million",
             * "twenty and three fifths", "two and fifty-four hundredths" */
            if (fp.scaled && big_scale == 0) {
                total += group * fp.scale + fp.v; /* "two and a half million" */
                group = 0;
            } else if (fp.scaled)
                total += fp.v;
            else if (big_scale > 0 && group == 0)
                total += fp.v * big_scale;
            else
                group += fp.v;
            j = fp.end;
            done = TRUE;
            break;
        } else if (any && !after_scale && !prev_num && !have_head && !between_before(t, i)
                   && tok_is(t, j, "and")
                   && fmod(group, 100) >= 20 && fmod(group, 10) == 0
                   && number_word(nz, t, j + 1, &wv, &end) != NULL && wv >= 1 && wv < 10
                   && !scale_at_least(nz, t, end, 1)) {
            j++; /* "twenty and three" is 23 */
        } else if (any && after_scale && tok_is(t, j, "and") && j + 1 < t->n
                   && ((number_word(nz, t, j + 1, &wv, &end) != NULL
                        && !second_figure(nz, t, end, last_scale, big_scale))
                       || continues(nz, t, j + 1, last_scale))) {
            joined = TRUE;
            j++;
        } else {
            break;
        }
    }
    if (!any)
        return FALSE;
    if (!done) {
        /* "two thirds", "a hundred thousand trillionths" */
        Figure fr = {0};
        double base = total + group;
        if (base > 0 && read_fraction(nz, t, j, base, &fr)) {
            *f = fr;
            return TRUE;
        }
    }
    f->v = total + group;
    f->end = read_point(nz, t, j, &f->v);
    /* a scale word after the decimals: "one point six million" */
    const PhraseValue *sc;
    if (f->end > j && !f->scaled && f->end < t->n && t->tok[f->end].len >= 3
        && (sc = table_match(nz, TABLE_SCALE_WORDS, t, f->end, &end)) != NULL && sc->a >= 1000) {
        f->v *= sc->a;
        f->scaled = TRUE;
        f->scale = sc->a;
        f->end = end;
    }
    return TRUE;
}

static double
vulgar_fraction(const Tokens *t, guint i)
{
    if (i >= t->n || t->tok[i].kind != TOK_PUNCT || t->tok[i].len < 2)
        return 0;
    switch (g_utf8_get_char(t->tok[i].s)) {
    case 0x00BC: return 0.25;
    case 0x00BD: return 0.5;
    case 0x00BE: return 0.75;
    case 0x2150: return 1.0 / 7;
    case 0x2151: return 1.0 / 9;
    case 0x2152: return 0.1;
    case 0x2153: return 1.0 / 3;
    case 0x2154: return 2.0 / 3;
    case 0x2155: return 0.2;
    case 0x2156: return 0.4;
    case 0x2157: return 0.6;
    case 0x2158: return 0.8;
    case 0x2159: return 1.0 / 6;
    case 0x215A: return 5.0 / 6;
    case 0x215B: return 0.125;
    case 0x215C: return 0.375;
    case 0x215D: return 0.625;
    case 0x215E: return 0.875;
    default: return 0;
    }
}

static gboolean
glued(const Tokens *t, guint i)
{
    return i < t->n && !t->tok[i].space_before;
}

/* "3/4" with a denominator a fraction is written with; "24/7", "9/11"
 * and "5/17/2018" are not fractions. */
static gboolean
read_slash(const Tokens *t, guint i, double *v, guint *end)
{
    gboolean slash = tok_is_punct(t, i, "/")
                     || (i < t->n && t->tok[i].kind == TOK_PUNCT && t->tok[i].len == 3
                         && g_utf8_get_char(t->tok[i].s) == 0x2044);
    if (!slash || !glued(t, i) || !glued(t, i + 1) || i + 1 >= t->n
        || t->tok[i + 1].kind != TOK_NUM || t->tok[i + 1].decimal || t->tok[i + 1].grouped)
        return FALSE;
    if (tok_is_punct(t, i + 2, "/") || tok_is_punct(t, i + 2, "-"))
        return FALSE;
    double den = t->tok[i + 1].num;
    /* the fraction slash "⁄" says fraction whatever the denominator */
    gboolean fraction_slash = t->tok[i].len == 3 && g_utf8_get_char(t->tok[i].s) == 0x2044;
    if (den < 2 || (den > 100 && !fraction_slash) || (t->tok[i - 1].num >= den && den != 100))
        return FALSE;
    *v = t->tok[i - 1].num / den;
    *end = i + 2;
    return TRUE;
}

/* A signed integer exponent at @i: "6", "-4", "+23", "--23". */
static gboolean
read_exponent(const Tokens *t, guint i, double *e, guint *end)
{
    double sign = 1;
    while (tok_is_punct(t, i, "+-") && glued(t, i + 1)) {
        if (tok_is_punct(t, i, "-"))
            sign = -sign;
        i++;
    }
    if (i >= t->n || t->tok[i].kind != TOK_NUM || t->tok[i].decimal || t->tok[i].grouped)
        return FALSE;
    *e = sign * t->tok[i].num;
    *end = i + 1;
    return TRUE;
}

/* Is the word at @i one that names the dollar before "$" ("US $84", "HK
 * $3.7 billion", "C $6"), at most one white space before it? Not the "s"
 * of "music's $500 million". */
static gboolean
dollar_word(const Tokens *t, guint i)
{
    static const char *const words[] = {"usd", "aud", "cad", "nzd", "mxn", "mex", "us", "u.s.",
                                        "u.s", "hk", "nz", "au", "c", "s"};
    if (i + 1 >= t->n || t->tok[i].kind != TOK_WORD || !tok_is_punct(t, i + 1, "$"))
        return FALSE;
    if (t->tok[i].len == 1 && t->tok[i].s[0] == 'A')
        return TRUE;
    for (guint k = 0; k < G_N_ELEMENTS(words); k++) {
        if (!tok_is(t, i, words[k]))
            continue;
        if (tok_is(t, i, "s") && i > 0
            && (tok_is_punct(t, i - 1, "'") || tok_is(t, i - 1, "\xe2\x80\x99")))
            return FALSE;
        return TRUE;
    }
    return FALSE;
}

/* Is the currency read before a figure at [@i, @end) one a mention starts
 * with? A symbol ("$", "€", "US$"), a code ("USD 5", "EUR 3"), "dollar 5"
 * (not after a figure: "50 dollar 40"), never a currency's name ("dollars
 * 50", "turkish lira 11", "Euro 2020"). */
static gboolean
mention_currency(const Tokens *t, guint i, guint end)
{
    static const char *const codes[] = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "rub", "uah",
                                        "aud", "cad", "chf", "inr", "musd", "meur", "mgbp", "maud"};
    if (end <= i)
        return FALSE;
    if (t->tok[i].kind == TOK_PUNCT)
        return TRUE;
    if (tok_is_punct(t, end - 1, "$")) /* "US$", "S $", not "music ' s $" */
        return end - i != 2 || dollar_word(t, i);
    if (end - i != 1)
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(codes); k++)
        if (tok_is(t, i, codes[k]))
            return TRUE;
    if (tok_is(t, i, "rm"))
        return !t->tok[end].space_before;
    if (tok_is(t, i, "dollar"))
        return !(i > 0 && t->tok[i].space_before && t->tok[i - 1].kind == TOK_NUM);
    /* "PS21,700": a pound sign lost to a transliteration */
    return t->tok[i].len == 2 && t->tok[i].s[0] == 'P' && t->tok[i].s[1] == 'S'
           && end < t->n && !t->tok[end].space_before && t->tok[end].kind == TOK_NUM;
}

/* In a sentence, "over" at @k makes a ratio only before one word that
 * ends the clause or goes on with a scale word or "and": "one over
 * three.", "one over three hundred"; "10 over 20 years" is a figure and a
 * bound. */
static gboolean
ratio_over(const Tokens *t, guint k)
{
    guint w = k + 1;
    if (w >= t->n)
        return FALSE;
    /* the one "word" (no white space inside) after "over" */
    guint e = w + 1;
    for (; e < t->n && !t->tok[e].space_before; e++)
        if (t->tok[e].kind == TOK_PUNCT)
            return TRUE; /* "over three." */
    if (e >= t->n || t->tok[e].kind == TOK_PUNCT)
        return TRUE;
    return tok_is(t, e, "hundred") || tok_is(t, e, "thousand") || tok_is(t, e, "million")
           || tok_is(t, e, "and");
}

/* Is the dash at @i, after a figure and a space, the range of a lens or a
 * part ("75 -300mm") rather than a sign: a length in mm, cm or km glued on? */
static gboolean
lens_range(const Tokens *t, guint i)
{
    return i > 0 && t->tok[i - 1].kind == TOK_NUM && i + 2 < t->n && glued(t, i + 2)
           && (tok_is(t, i + 2, "mm") || tok_is(t, i + 2, "cm") || tok_is(t, i + 2, "km"));
}

static const char *symbol_bound(const Tokens *t, guint i, guint *end);

/* Is token @i a whole number of at most @digits digits? */
static gboolean
short_integer(const Tokens *t, guint i, guint digits)
{
    const Token *tok = &t->tok[i];
    return tok->kind == TOK_NUM && !tok->grouped && !tok->decimal && tok->int_digits <= digits;
}

/* May a mention read as written take "N in M", one in so many, at the
 * "in" of token @k after the figure that starts at @i ("1 in twenty-one",
 * "2 in 5 or more")? A whole number of up to three digits or number words
 * over one of up to four digits (no year: "5 in 2019") or number words,
 * with no bound before it ("more than 2 in 5" is more than 2) and no unit
 * after it ("3 in 10 minutes" is 3 and 10 minutes). A value's own text
 * takes it whatever stands around it. */
static gboolean
one_in_so_many(const CcNormalizer *nz, const Tokens *t, guint i, guint k)
{
    if (!t->units || k + 1 >= t->n)
        return FALSE;
    if (t->tok[i].kind == TOK_NUM ? !short_integer(t, i, 3) : t->tok[i].kind != TOK_WORD)
        return FALSE;
    const Token *d = &t->tok[k + 1];
    if (d->kind == TOK_NUM
        && (!short_integer(t, k + 1, 4) || (d->int_digits == 4 && d->num < 2200)))
        return FALSE;
    guint end;
    for (guint j = i > 4 ? i - 4 : 0; j < i; j++)
        if ((table_match(nz, TABLE_BOUNDS, t, j, &end) != NULL && end == i)
            || (symbol_bound(t, j, &end) != NULL && end == i))
            return FALSE;
    return TRUE;
}

/* Does no unit follow the "M" of one in so many (@den, after "or more" if
 * it stands there), spaced or after a dash? */
static gboolean
den_alone(const CcNormalizer *nz, const Tokens *t, const Figure *den)
{
    guint e = den->end, end;
    if (tok_is(t, e, "or") && tok_is(t, e + 1, "more"))
        e += 2;
    if (tok_is_punct(t, e, "-"))
        e++;
    return e >= t->n || table_match(nz, TABLE_UNITS, t, e, &end) == NULL;
}

/* Is the figure at token @i a European thousands group, "11.000" or
 * "4.700" with what it counts after it ("11.000 soldiers", "4.700 North
 * Korean troops", "4.700 killed")? Copy translated from languages that
 * group thousands with a dot writes them so; one dot, a head of one to
 * three digits and exactly three digits after it, and a whole count after
 * it (a unit of things counted one by one, or a counted noun, past up to
 * four modifiers or capitalized words): nobody counts 4.7 soldiers. A
 * lone "1.200", "1.200 dollars" or "1.250 km" stays a decimal. */
static gboolean
dot_thousands(const CcNormalizer *nz, const Tokens *t, guint i)
{
    static const char *const whole[] = {"person", "shell",   "missile",  "system",
                                        "drone",  "vehicle", "container"};
    const Token *tok = &t->tok[i];
    if (!tok->decimal || tok->grouped || tok->bad || tok->int_digits < 1 || tok->int_digits > 3
        || tok->len != tok->int_digits + 4 || tok->s[tok->int_digits] != '.'
        || (tok->int_digits > 1 && tok->s[0] == '0'))
        return FALSE;
    guint k = i + 1, end;
    if (k >= t->n || !t->tok[k].space_before)
        return FALSE;
    for (guint n = 0; n <= 4 && k < t->n && t->tok[k].kind == TOK_WORD; n++) {
        const PhraseValue *u = table_match(nz, TABLE_UNITS, t, k, &end);
        if (u != NULL) {
            for (guint w = 0; w < G_N_ELEMENTS(whole); w++)
                if (g_strcmp0(u->text, whole[w]) == 0)
                    return TRUE;
            return FALSE;
        }
        if (table_match(nz, TABLE_COUNTED_NOUNS, t, k, &end) != NULL)
            return TRUE;
        if (!skip_count_modifier(nz, t, &k))
            return FALSE;
    }
    return FALSE;
}

/* Is the hyphen that opens the sentence @t, a space after it, a list's
 * bullet, no sign: more than one word after the figure behind it ("- 11,000
 * North Korean troops were sent", "- 600: dead, per Seoul")? A value read
 * alone, or a figure with its unit alone ("- 10 k"), keeps its sign. */
static gboolean
list_bullet(const Tokens *t)
{
    if (!t->mention)
        return FALSE;
    guint words = 0;
    for (guint k = 2; k < t->n && words < 2; k++)
        words += t->tok[k].kind == TOK_WORD;
    return words >= 2;
}

/* One figure with its scale: "-5", "11,000", "1.2 million", "11k",
 * "twenty-six", "3/4", "1.3e6", "2.5^-1", "¾", "one over three". FALSE on
 * "21st", "0143", "2.0.1". */
static gboolean
read_figure(const CcNormalizer *nz, const Tokens *t, guint i, gboolean money, Figure *f)
{
    memset(f, 0, sizeof *f);
    f->scale = 1;
    gboolean negative = FALSE;
    if ((tok_is(t, i, "minus") || tok_is(t, i, "negative")) && i + 1 < t->n) {
        negative = TRUE;
        i++;
        if (tok_is_punct(t, i, "-") && glued(t, i + 1))
            i++; /* "minus-5" */
    } else if (tok_is_punct(t, i, "-") && i + 1 < t->n && t->tok[i + 1].kind == TOK_NUM
               && (!t->tok[i + 1].space_before || (i == 0 && !list_bullet(t)))
               && (i == 0
                   || (t->mention && !t->tok[i + 1].space_before && t->tok[i].space_before
                       && !lens_range(t, i))
                   || (t->tok[i - 1].kind != TOK_NUM
                              && !(t->tok[i - 1].kind == TOK_WORD && glued(t, i))))) {
        negative = TRUE;
        i++;
    }
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    double e, x;
    guint end;
    if (tok->kind == TOK_NUM) {
        if (tok->bad || (tok->lead_zero && !tok->decimal))
            return FALSE;
        if (is_ordinal_suffix(t, i + 1))
            return FALSE;
        /* in a sentence, "5G" is a network's generation, not 5 giga */
        if (t->mention && generation_digit(t, i) && is_giga(t, i + 1) && glued(t, i + 1)) {
            f->v = negative ? -tok->num : tok->num;
            f->end = i + 1;
            return TRUE;
        }
        double head = dot_thousands(nz, t, i) ? round(tok->num * 1000) : tok->num;
        f->v = head;
        f->end = i + 1;
        guint k = i + 1;
        double vf = vulgar_fraction(t, k);
        if (tok_is_punct(t, k, "/")
            || (k < t->n && t->tok[k].len == 3 && g_utf8_get_char(t->tok[k].s) == 0x2044)) {
            if (!read_slash(t, k, &f->v, &f->end))
                return FALSE; /* "24/02/2022" is a date, "24/7" a label */
        } else if (vf > 0 && glued(t, k)) {
            f->v += vf; /* "2½" */
            f->end = k + 1;
        } else if (!tok->decimal && !tok->grouped && k + 1 < t->n && t->tok[k].kind == TOK_NUM
                   && t->tok[k].space_before && tok_is_punct(t, k + 1, "/")
                   && read_slash(t, k + 1, &x, &end)) {
            f->v += x; /* "10 1/2" */
            f->end = end;
        } else if (tok_is(t, k, "e") && glued(t, k) && glued(t, k + 1)
                   && read_exponent(t, k + 1, &e, &end)) {
            f->v *= pow(10, e); /* "1.3e6" */
            f->end = end;
        } else if (tok_is_punct(t, k, "^") && glued(t, k + 1) && read_exponent(t, k + 1, &e, &end)) {
            f->v = pow(f->v, e); /* "2.5^-1" */
            f->end = end;
        } else if ((tok_is(t, k, "x") || tok_is_punct(t, k, "*") || tok_is(t, k, "\xc3\x97"))
                   && k + 2 < t->n && t->tok[k + 1].kind == TOK_NUM && t->tok[k + 1].num == 10
                   && ((tok_is_punct(t, k + 2, "^") && read_exponent(t, k + 3, &e, &end))
                       || (tok_is_punct(t, k + 2, "-") && glued(t, k + 2)
                           && read_exponent(t, k + 2, &e, &end)))) {
            f->v *= pow(10, e); /* "1.3x10^6", "2.998×10−8" */
            f->end = end;
        } else {
            if (!read_number_words(nz, t, i + 1, money, TRUE, head, f))
                return FALSE;
        }
        if (f->end != i + 1 && !f->scaled && f->end < t->n)
            read_scales(nz, t, f, money);
    } else if (vulgar_fraction(t, i) > 0) {
        f->v = vulgar_fraction(t, i);
        f->end = i + 1;
    } else if (tok->kind == TOK_WORD) {
        if (!read_number_words(nz, t, i, money, FALSE, 0, f))
            return FALSE;
        if (!f->scaled)
            read_scales(nz, t, f, money);
    } else {
        return FALSE;
    }
    /* a scale word's abbreviation takes its period when the sentence goes
     * on: "10 thous. troops", "12 mln. rounds" */
    if (f->scaled && f->end + 1 < t->n && tok_is_punct(t, f->end, ".") && !t->tok[f->end].space_before
        && scale_abbreviation(t, f->end - 1))
        f->end++;
    /* "one over three", "two out of five hundred", "1 in 5" */
    guint k = f->end;
    if (tok_is(t, k, "over") && (!t->mention || ratio_over(t, k)))
        k++;
    else if (tok_is(t, k, "out") && tok_is(t, k + 1, "of"))
        k += 2;
    else if (tok_is(t, k, "in") && k + 1 < t->n && t->tok[k].space_before
             && t->tok[k + 1].space_before
             && (!t->mention || (!negative && one_in_so_many(nz, t, i, k))))
        k++; /* "1 in twenty-one", "2 in 5" (read as written, one_in_so_many()) */
    Figure den;
    if (k != f->end && read_figure(nz, t, k, FALSE, &den) && den.v > 0
        && !(t->mention && tok_is(t, k - 1, "in") && !den_alone(nz, t, &den))) {
        if ((tok_is(t, k - 1, "of") || tok_is(t, k - 1, "in")) && den.v < f->v) {
            /* "12 out of 10": two figures, read apart (read as written,
             * each a mention of its own) */
            if (!t->units) {
                f->no_share = TRUE;
                return FALSE;
            }
            k = f->end;
        }
        if (k != f->end) {
            f->v /= den.v;
            f->end = den.end;
        }
    }
    if (negative)
        f->v = -f->v;
    /* "10^400", "1e400", "1e300 billion": past a double's range, no figure
     * (an infinite bound would read as an open one). */
    f->overflow = !isfinite(f->v);
    return !f->overflow;
}

/* The figure at @i is too large for a double: nothing in the text is read,
 * rather than a later part of it ("400 shells" out of "10^400 shells"). */
static gboolean
figure_overflows(const CcNormalizer *nz, const Tokens *t, guint i)
{
    if (t->tok[i].kind == TOK_NUM && !isfinite(t->tok[i].num))
        return TRUE;
    Figure f;
    for (int money = 0; money <= 1; money++)
        if (!read_figure(nz, t, i, money, &f) && f.overflow)
            return TRUE;
    return FALSE;
}

typedef struct {
    double low, high;
    gboolean vague;
    /* a currency written before the figure, or a unit written once after
     * the figure a change started from ("from 208 pounds to 193") */
    const PhraseValue *unit;
    guint end;
    gboolean stop; /* nothing is to be read from the text at all */
    gboolean either; /* "three or four": one vague figure, two whole numbers in a row */
    gboolean has_from; /* a change "from" one figure "to" another */
    double from;       /* the figure it started from */
    double scale;    /* the scale word of the first figure ("361 million"), 1 if none */
} Core;

static const PhraseValue *
read_money_prefix(const CcNormalizer *nz, const Tokens *t, guint *i)
{
    guint end;
    const PhraseValue *u = table_match(nz, TABLE_UNITS, t, *i, &end);
    if (!is_currency(u) || u->a < 1 || tok_is(t, *i, "p"))
        return NULL; /* "p 5" is a page, "cents 5" nothing */
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
    /* "three or four years": one vague figure, which a mention in a
     * sentence is not unless read as written (a generic record's) */
    if (!as_text(t) && tok_is(t, i, "or"))
        return FALSE;
    /* "three-nought-four": a figure spelled digit by digit, no range */
    if (tok_is_punct(t, i, "-")
        && (tok_is(t, i - 1, "nought") || tok_is(t, i - 1, "naught")
            || tok_is(t, i + 1, "nought") || tok_is(t, i + 1, "naught")))
        return FALSE;
    return tok_is(t, i, "to") || tok_is_punct(t, i, "-~") || tok_is(t, i, "through")
           || tok_is(t, i, "or");
}

/* The index after "-to-" or "to-" at @j ("0-to-60", "200,000
 * to-260,000"), or 0. */
static guint
dashed_to(const Tokens *t, guint j)
{
    if (tok_is_punct(t, j, "-") && tok_is(t, j + 1, "to") && glued(t, j + 1))
        j++;
    return tok_is(t, j, "to") && tok_is_punct(t, j + 1, "-") && glued(t, j + 1) && glued(t, j + 2)
               ? j + 2
               : 0;
}

/* A year standing alone at @i: "2008". */
static gboolean
is_year(const Tokens *t, guint i)
{
    const Token *tk = i < t->n ? &t->tok[i] : NULL;
    return tk != NULL && tk->kind == TOK_NUM && !tk->decimal && !tk->grouped
           && tk->int_digits == 4 && tk->num >= 1000 && tk->num < 2200;
}

/* A share written before its figure: "percent of 10", "per cent of
 * twenty-two" (the 10 is the share). The unit, with @i past "of", or NULL. */
static const PhraseValue *
read_share_prefix(const CcNormalizer *nz, const Tokens *t, guint *i)
{
    guint end;
    const PhraseValue *u = table_match(nz, TABLE_UNITS, t, *i, &end);
    if (u == NULL || !g_str_equal(u->text, "percent") || !tok_is(t, end, "of") || end + 1 >= t->n)
        return NULL;
    *i = end + 1;
    return u;
}

/* Are @a, at @i, and @b, at @k, two neighbouring figures of one
 * magnitude, a reporter's alternatives? Each is a magnitude — a scale word
 * after the second or after both, or both written with thousands
 * separators — and the second is above the first and at most half as much
 * again, or one more of the scale ("one or two million"). The first, in
 * the second's scale, is set in @lo. */
static gboolean
neighbours(const Tokens *t, guint i, guint k, const Figure *a, const Figure *b, double *lo)
{
    double first = a->v;
    if (a->scaled && b->scaled) {
        if (a->scale != b->scale)
            return FALSE;
    } else if (!a->scaled && b->scaled) {
        if (b->scale < 1000)
            return FALSE;
        first = a->v * b->scale;
    } else if (a->scaled || !t->tok[i].grouped || !t->tok[k].grouped || a->v < 1000) {
        return FALSE;
    }
    /* neighbours: at most half as much again, or one more of the scale
     * ("one or two million"); "25k or 40k" are two prices */
    double scale = b->scaled ? b->scale : 1;
    if (!(first < b->v
          && (b->v <= 1.5 * first
              || (b->v / scale == first / scale + 1 && first / scale == floor(first / scale)))))
        return FALSE;
    *lo = first;
    return TRUE;
}

/* Is the token at @k a figure a list goes on with: a digit or a number
 * word? */
static gboolean
figure_at(const CcNormalizer *nz, const Tokens *t, guint k)
{
    double v;
    guint e;
    return k < t->n && (t->tok[k].kind == TOK_NUM || number_word(nz, t, k, &v, &e) != NULL);
}

/* Is the figure @a at @i spelt out in words alone, its scale word last
 * ("two hundred", "ten thousand")? */
static gboolean
scaled_words(const Tokens *t, guint i, const Figure *a)
{
    if (!a->scaled || a->end <= i + 1)
        return FALSE;
    for (guint k = i; k < a->end; k++)
        if (t->tok[k].kind != TOK_WORD)
            return FALSE;
    return TRUE;
}

/* "eleven, twelve thousand", "five, six million", "11, 12 thousand":
 * alternatives a speaker names with a comma alone, the first one number
 * word or a plain figure below 1,000 with no scale of its own, glued to
 * the comma, the second with its scale; or both spelt out with the same
 * scale ("two hundred, three hundred men", "ten thousand, twelve
 * thousand": scaled_words()). Not one of a list ("two, three and four
 * million", "four, five, six thousand"). @j is the comma after @a, which
 * starts at @i. */
static gboolean
spoken_pair(const CcNormalizer *nz, const Tokens *t, guint i, const Figure *a, guint j)
{
    if (scaled_words(t, i, a) && j == a->end && j < t->n && !t->tok[j].space_before
        && j + 1 < t->n && t->tok[j + 1].space_before
        && !(i >= 2 && tok_is_punct(t, i - 1, ",") && figure_at(nz, t, i - 2)))
        return TRUE;
    const Token *f = &t->tok[i];
    guint me;
    /* a day after its month is a date's ("October 11, 12 thousand …") */
    gboolean plain = f->kind == TOK_WORD
                     || (f->kind == TOK_NUM && !f->grouped && !f->decimal && f->int_digits <= 3
                         && !(i > 0 && table_match(nz, TABLE_MONTHS, t, i - 1, &me) != NULL)
                         && !(i > 1 && tok_is_punct(t, i - 1, ".")
                              && table_match(nz, TABLE_MONTHS, t, i - 2, &me) != NULL));
    return plain && a->end == i + 1 && !a->scaled && j < t->n
           && !t->tok[j].space_before && j + 1 < t->n && t->tok[j + 1].space_before
           && !(i >= 2 && tok_is_punct(t, i - 1, ",") && figure_at(nz, t, i - 2));
}

/* "seven or eight Koksan guns", "two or three launchers": in a mention,
 * two number words spelt out, each one word, the second one more than the
 * first (from two to twenty), "or" between and a word after that is no
 * price, percentage, measure or span of time — a count a reporter
 * could not pin down, one interval. "one or two" stays two figures, and so do digits ("8 or
 * 10", "in 2023 or 2024"). @i and @k are the two figures' first tokens. */
static gboolean
small_pair(const CcNormalizer *nz, const Tokens *t, guint i, guint k, const Figure *a,
           const Figure *b)
{
    if (!t->mention || t->units || t->tok[i].kind != TOK_WORD || t->tok[k].kind != TOK_WORD
        || a->end != i + 1 || b->end != k + 1 || a->scaled || b->scaled || a->v < 2
        || a->v > 19 || a->v != floor(a->v) || b->v != a->v + 1)
        return FALSE;
    /* a span of time stays two figures, as ever ("three or four days") */
    static const char *const spans[] = {"day",  "days",  "week",   "weeks",   "month", "months",
                                        "year", "years", "hour",   "hours",   "minute", "minutes",
                                        "time", "times", "decade", "decades"};
    static const char *const measures[] = {"percent", "m", "kg", "l", "s"};
    guint e = b->end, ue;
    if (e >= t->n || t->tok[e].kind != TOK_WORD)
        return FALSE;
    /* a count's unit ("launchers", "soldiers") may follow; a price or a
     * measure may not ("seven or eight percent", "two or three km") */
    const PhraseValue *u = table_match(nz, TABLE_UNITS, t, e, &ue);
    if (is_currency(u))
        return FALSE;
    for (guint n = 0; u != NULL && n < G_N_ELEMENTS(measures); n++)
        if (g_strcmp0(u->text, measures[n]) == 0)
            return FALSE;
    for (guint n = 0; n < G_N_ELEMENTS(spans); n++)
        if (tok_is(t, e, spans[n]))
            return FALSE;
    return TRUE;
}

/* "5 or 6 million", "10,000 or 12,000", "5 or even 6 million", "5
 * million, perhaps 6 million,", "5 million, if not 6 million,", "eleven,
 * twelve thousand": a reporter's hedge between two close figures of one
 * magnitude (neighbours()), one vague figure from the first to the second:
 * "8 or 10", "one or two", "in 2023 or 2024", "1 or 2 percent", "25k or
 * 40k" and "10 bln or 10 tln" are none. @i is the first figure's first
 * token, @a the first figure; the index after the hedge (its closing comma
 * included) is set in @end. */
static gboolean
read_alternative(const CcNormalizer *nz, const Tokens *t, guint i, const Figure *a, double *lo,
                 Figure *b, guint *end)
{
    guint j = a->end, k;
    gboolean aside = FALSE; /* set off by commas: "5 million, perhaps 6 million," */
    gboolean spoken = FALSE; /* a comma alone: "eleven, twelve thousand" */
    if (tok_is(t, j, "or")) {
        k = j + 1;
        if (tok_is(t, k, "even") || tok_is(t, k, "perhaps") || tok_is(t, k, "possibly")
            || tok_is(t, k, "maybe"))
            k++;
    } else if (tok_is_punct(t, j, ",")) {
        aside = TRUE;
        k = j + 1;
        if (tok_is(t, k, "if") && tok_is(t, k + 1, "not")) {
            k += 2;
        } else if (tok_is(t, k, "perhaps") || tok_is(t, k, "possibly") || tok_is(t, k, "maybe")
                   || (tok_is(t, k, "or") && tok_is(t, k + 1, "even"))) {
            k += tok_is(t, k, "or") ? 2 : 1;
        } else if (spoken_pair(nz, t, i, a, j)) {
            aside = FALSE;
            spoken = TRUE;
        } else {
            return FALSE;
        }
    } else {
        return FALSE;
    }
    if (k >= t->n || !read_figure(nz, t, k, FALSE, b) || b->no_share)
        return FALSE;
    if (!neighbours(t, i, k, a, b, lo)) {
        if (aside || spoken || !small_pair(nz, t, i, k, a, b))
            return FALSE;
        *lo = a->v;
    }
    guint e = b->end;
    /* a spoken pair names its scale once, after the second, or after each
     * in words alike ("two hundred, three hundred"), and ends no list */
    if (spoken
        && (!b->scaled
            || ((tok_is_punct(t, e, ",") || tok_is(t, e, "and") || tok_is(t, e, "or"))
                && figure_at(nz, t, e + 1))
            || (a->scaled
                && !(scaled_words(t, k, b) && a->scale == b->scale))))
        return FALSE;
    if (aside) {
        /* closed by a comma, or by the unit both count: "5 million,
         * perhaps 6 million shells" */
        if (tok_is_punct(t, e, ",")) {
            e++;
        } else {
            guint ue;
            const PhraseValue *u = table_match(nz, TABLE_UNITS, t, e, &ue);
            if (u == NULL || is_currency(u))
                return FALSE;
        }
    }
    *end = e;
    return TRUE;
}

/* In a sentence, is the figure @a at @i the size of a change, after "by"
 * and a verb of change, and the figure after the "to" at @j the level the
 * change reached ("rose by 3,000 to 14,000", "has grown by 1,200 to
 * 2,700")? Two figures, no range. A change over a range keeps its range
 * ("dropped by 1 to 1.5 degrees", "rose by 2 to 3 percent"): the change
 * must be at least 100, the level more than twice the change. */
static gboolean
change_to_level(const CcNormalizer *nz, const Tokens *t, guint i, guint j, const Figure *a)
{
    static const char *const verbs[] = {
        "rose",      "risen",     "rises",     "grew",     "grown",     "grows",
        "increased", "increases", "climbed",   "jumped",   "swelled",   "swollen",
        "expanded",  "fell",      "fallen",    "dropped",  "declined",  "decreased",
        "shrank",    "shrunk",    "surged",    "up",       "down"};
    if (!t->mention || i < 2 || !tok_is(t, i - 1, "by") || !tok_is(t, j, "to") || a->scaled
        || a->v < 100)
        return FALSE;
    gboolean verb = FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(verbs) && !verb; k++)
        verb = tok_is(t, i - 2, verbs[k]);
    Figure b;
    return verb && read_figure(nz, t, j + 1, FALSE, &b) && !b.scaled && b.v > 2 * a->v;
}

/* Does a month's name end right before token @i, its abbreviation's dot
 * with it or not ("Dec. 14", "December 14")? */
static gboolean
month_before(const CcNormalizer *nz, const Tokens *t, guint i)
{
    guint end;
    for (guint k = i >= 2 ? i - 2 : 0; k < i; k++)
        if (table_match(nz, TABLE_MONTHS, t, k, &end) != NULL && end == i)
            return TRUE;
    return FALSE;
}

/* Does the figure at @i end its phrase, as a date's year does: the
 * sentence's end, a mark, or a word that opens a clause or a phrase of
 * its own ("… on June 19 2,024 which commits …"), no noun it counts
 * ("on October 12 2,000 troops crossed")? */
static gboolean
ends_phrase_as_year(const Tokens *t, guint i)
{
    static const char *const openers[] = {"which", "when", "that", "where", "while", "as",
                                          "after", "before", "and", "but", "in", "on",
                                          "at", "to", "with", "amid", "under", "by"};
    if (i + 1 >= t->n || t->tok[i + 1].kind != TOK_WORD)
        return TRUE;
    for (guint k = 0; k < G_N_ELEMENTS(openers); k++)
        if (tok_is(t, i + 1, openers[k]))
            return TRUE;
    return FALSE;
}

/* In a sentence, is the figure at @i a year garbled by a thousands comma,
 * right after a day and its month with no comma between ("signed on
 * October 19 2,024", "on 19 October 2,024"; a day past the month's last
 * too, "October 59 1,950")? It is the date's year, no count: a count
 * after a date is set off by a comma ("On Oct. 8, 1,500 soldiers …").
 * Where a real day runs on to a noun the figure counts, with the comma
 * left out ("on October 12 2,000 troops crossed"), it is a count still;
 * a day no month has is a year's garbling whatever follows. */
static gboolean
garbled_year_after_day(const CcNormalizer *nz, const Tokens *t, guint i)
{
    if (!t->mention || i < 2 || i >= t->n)
        return FALSE;
    const Token *y = &t->tok[i], *d = &t->tok[i - 1];
    if (y->kind != TOK_NUM || !y->grouped || y->decimal || y->int_digits != 4)
        return FALSE;
    guint me;
    const Token *day = NULL;
    if (d->kind == TOK_NUM && month_before(nz, t, i - 1))
        day = d; /* "October 19 2,024" */
    else if (table_match(nz, TABLE_MONTHS, t, i - 1, &me) != NULL && me == i)
        day = &t->tok[i - 2]; /* "19 October 2,024" */
    if (day == NULL || day->kind != TOK_NUM || day->grouped || day->decimal
        || day->int_digits > 2)
        return FALSE;
    return day->num > 31 || ends_phrase_as_year(t, i);
}

/* In a sentence, is the figure at @i a day after its month, then a dash
 * at @j spaced on both sides or an em dash, that heads a timeline's entry
 * ("Dec. 14 — 30 soldiers were killed")? The figure past the dash is
 * what happened that day, no end of a range from the day. */
static gboolean
timeline_day(const CcNormalizer *nz, const Tokens *t, guint i, guint j)
{
    if (!t->mention || !tok_is_punct(t, j, "-") || j + 1 >= t->n || i == 0)
        return FALSE;
    gboolean em = t->tok[j].len > 1 && g_utf8_get_char(t->tok[j].s) == 0x2014;
    if (!em && !(t->tok[j].space_before && t->tok[j + 1].space_before))
        return FALSE;
    return month_before(nz, t, i);
}

/* "5 million shells, perhaps 6 million", "some 4 million North Korean
 * shells, maybe even 5 million", "11,000 troops, if not 12,000", "5
 * million shells – perhaps 6 million –", "5 million shells (possibly as
 * many as 6 million)": the hedge of read_alternative() set after the
 * counted noun, a unit of at most four words before its comma, spaced
 * dash or parenthesis, the second figure of the first's magnitude
 * (neighbours(); both with a scale word, or both with thousands
 * separators). The mention, [@first, @end) with value @v, still ends
 * before its unit, and takes the second figure as its high end; the index
 * after the second figure, which is no mention of its own, is returned,
 * or @end. */
static guint
hedge_after_unit(const CcNormalizer *nz, const Tokens *t, guint first, guint end, CcValue *v)
{
    if (!t->mention || t->units || !v->has_low || !v->has_high || v->low != v->high || v->vague
        || v->has_from || v->unit != NULL || v->low_strict || v->high_strict)
        return end;
    Figure a;
    guint i = first;
    while (i < end && !(read_figure(nz, t, i, FALSE, &a) && a.end == end && !a.no_share))
        i++;
    if (i >= end || a.v != v->low)
        return end;
    /* the noun: at most four words, a calibre glued into them ("5 million
     * 152mm shells", "122-mm rounds") no word of its own */
    guint p = end, words = 0;
    while (p < t->n && words <= 4
           && (t->tok[p].kind == TOK_WORD
               || (p > end && glued(t, p) && (t->tok[p].kind == TOK_NUM || tok_is_punct(t, p, "-")))
               || (t->tok[p].kind == TOK_NUM && p + 1 < t->n && glued(t, p + 1)))) {
        if (t->tok[p].kind == TOK_WORD && !(p > end && glued(t, p)))
            words++;
        p++;
    }
    if (words > 4)
        return end;
    /* a comma after the noun, or a dash or parenthesis set off by a space */
    gboolean comma = tok_is_punct(t, p, ",") && !t->tok[p].space_before;
    gboolean dash = tok_is_punct(t, p, "-") && t->tok[p].space_before;
    gboolean paren = tok_is_punct(t, p, "(") && t->tok[p].space_before;
    if (p == end || !(comma || dash || paren))
        return end;
    const PhraseValue *unit = NULL;
    for (guint q = end; q < p && unit == NULL; q++) {
        guint ue;
        const PhraseValue *u = table_match(nz, TABLE_UNITS, t, q, &ue);
        if (u != NULL && !is_currency(u) && ue <= p)
            unit = u;
    }
    if (unit == NULL)
        return end;
    guint k = p + 1;
    gboolean hedge = FALSE; /* a word of doubt: a bound may follow it */
    if (tok_is(t, k, "if") && tok_is(t, k + 1, "not")) {
        k += 2;
    } else if (tok_is(t, k, "or") && tok_is(t, k + 1, "even")) {
        k += 2;
    } else {
        if (tok_is(t, k, "or"))
            k++;
        if (!(tok_is(t, k, "perhaps") || tok_is(t, k, "possibly") || tok_is(t, k, "maybe")))
            return end;
        k += tok_is(t, k + 1, "even") ? 2 : 1;
        hedge = TRUE;
    }
    /* "possibly as many as 6 million", "perhaps up to 6 million" */
    if (hedge && ((tok_is(t, k, "as") && tok_is(t, k + 1, "many") && tok_is(t, k + 2, "as"))))
        k += 3;
    else if (hedge && tok_is(t, k, "up") && tok_is(t, k + 1, "to"))
        k += 2;
    Figure b;
    double lo;
    if (k >= t->n || !read_figure(nz, t, k, FALSE, &b) || b.no_share)
        return end;
    /* the second's scale left to the first's: "5 million shells, maybe 6",
     * "about five million shells, maybe five and a half" */
    if (a.scaled && !b.scaled && t->tok[k].kind != TOK_PUNCT && !t->tok[k].grouped
        && b.v < 1000) {
        b.v *= a.scale;
        b.scaled = TRUE;
        b.scale = a.scale;
    }
    if (a.scaled != b.scaled || !neighbours(t, i, k, &a, &b, &lo))
        return end;
    /* the second counts what the first does: no other unit after it */
    guint e = b.end, ue;
    const PhraseValue *u2 = table_match(nz, TABLE_UNITS, t, e, &ue);
    /* nor a part of the first ("perhaps 6 million of them duds") */
    if ((u2 != NULL && u2->text != unit->text) || tok_is(t, e, "than") || tok_is(t, e, "of")
        || tok_is_punct(t, e, "%"))
        return end;
    /* a parenthesis closes after it, a dash closes or the sentence ends */
    if ((paren && !tok_is_punct(t, e, ")"))
        || (dash && e < t->n && !tok_is_punct(t, e, "-.;")))
        return end;
    v->low = lo;
    v->high = b.v;
    v->vague = TRUE;
    return e;
}

/* A figure, a range of figures or a vague magnitude. */
static gboolean
read_core(const CcNormalizer *nz, const Tokens *t, guint i, gboolean between, gboolean from,
          Core *c)
{
    memset(c, 0, sizeof *c);
    const guint start = i;
    /* a mention is the figure: "percent of 10" is a unit and a mention */
    c->unit = as_text(t) ? read_share_prefix(nz, t, &i) : NULL;
    if (c->unit == NULL) {
        c->unit = read_money_prefix(nz, t, &i);
        if (t->mention && c->unit != NULL && !mention_currency(t, start, i))
            return FALSE;
    }
    if (t->mention && c->unit == NULL && dollar_word(t, i)) {
        guint k = i + 1; /* "US $84 billion": the mention's, read from "$" */
        c->unit = read_money_prefix(nz, t, &k);
        if (c->unit != NULL)
            i = k;
    }
    /* "increased by $43.6 billion to $419.2 billion": a change by a sum, not a range */
    gboolean by_sum = t->mention && c->unit != NULL && start > 0 && tok_is(t, start - 1, "by");
    guint end;
    const PhraseValue *vg = table_match(nz, TABLE_VAGUE, t, i, &end);
    if (vg != NULL && !between && !from) {
        c->low = vg->a;
        c->high = vg->b;
        c->vague = TRUE;
        c->end = end;
        return TRUE;
    }
    Figure a = {0};
    if (!read_figure(nz, t, i, c->unit != NULL, &a)) {
        c->stop = a.no_share;
        return FALSE;
    }
    c->low = c->high = a.v;
    c->end = a.end;
    c->scale = a.scaled ? a.scale : 1;
    guint j = a.end;
    /* "5 or 6 million", "10,000 or 12,000": one vague figure (a price's
     * alternatives stay two, "eight or nine euros") */
    double alt_lo;
    Figure alt;
    guint alt_end;
    if (!between && !from && c->unit == NULL
        && read_alternative(nz, t, i, &a, &alt_lo, &alt, &alt_end)) {
        guint cend;
        const PhraseValue *cu = table_match(nz, TABLE_UNITS, t, alt.end, &cend);
        if (!is_currency(cu)) {
            c->low = alt_lo;
            c->high = alt.v;
            c->end = alt_end;
            c->scale = alt.scale;
            c->either = c->vague = TRUE;
            return TRUE;
        }
    }
    /* "5% to 10%", "between 15kHz and 17kHz", "from 450 sq ft up to 900 sq
     * ft": the unit written after each figure */
    guint uend;
    const PhraseValue *u1 =
        c->unit == NULL && as_text(t) ? table_match(nz, TABLE_UNITS, t, j, &uend) : NULL;
    if (u1 != NULL && !is_currency(u1)) {
        guint k = uend;
        if (from && tok_is(t, k, "up") && tok_is(t, k + 1, "to"))
            k++;
        /* "from 20 miles per gallon in 2008 to 29 mpg", "from 21 mpg
         * combined to 23": what the first figure was said of, then the
         * change */
        else if (from && tok_is(t, k, "in") && is_year(t, k + 1) && tok_is(t, k + 2, "to"))
            k += 2;
        else if (from && k < t->n && t->tok[k].kind == TOK_WORD && tok_is(t, k + 1, "to"))
            k++;
        Figure b;
        guint u2end;
        const PhraseValue *u2 = NULL;
        if (is_range_connector(t, k, between, from) && read_figure(nz, t, k + 1, FALSE, &b)
            && (u2 = table_match(nz, TABLE_UNITS, t, b.end, &u2end)) != NULL
            && u2->text == u1->text && u2->a == u1->a && (a.v <= b.v || from)) {
            /* descending after "from": a change, read as the figure it came to */
            c->low = a.v <= b.v ? a.v : b.v;
            c->high = b.v;
            c->end = b.end;
            c->has_from = from;
            c->from = a.v;
            return TRUE;
        }
        /* "dropping from 208 pounds to 193": the unit written once, with
         * the figure the change started from */
        if (from && u2 == NULL && tok_is(t, k, "to") && read_figure(nz, t, k + 1, FALSE, &b)
            && !is_year(t, k + 1)) {
            c->low = a.v <= b.v ? a.v : b.v;
            c->high = b.v;
            c->end = b.end;
            c->unit = u1;
            c->has_from = TRUE;
            c->from = a.v;
            return TRUE;
        }
    }
    /* "Stoxx 50 -1.3%": a figure, then a negative one */
    gboolean dash = tok_is_punct(t, j, "-");
    if (dash && t->tok[j].space_before && glued(t, j + 1))
        return !(between || from);
    guint after_to = between ? 0 : dashed_to(t, j);
    /* in a sentence, a multiple starts no range ("grew sixfold to $3.7
     * billion") */
    gboolean no_range = t->mention
                        && ((j > 0 && t->tok[j - 1].len >= 4 && t->tok[j - 1].kind == TOK_WORD
                             && g_ascii_strncasecmp(t->tok[j - 1].s + t->tok[j - 1].len - 4,
                                                    "fold", 4) == 0)
                            || (by_sum && tok_is(t, j, "to"))
                            || change_to_level(nz, t, start, j, &a) || timeline_day(nz, t, start, j));
    if (!no_range && (after_to > 0 || is_range_connector(t, j, between, from))) {
        guint k = after_to > 0 ? after_to : j + 1;
        const PhraseValue *u2 = read_money_prefix(nz, t, &k);
        Figure b;
        if (read_figure(nz, t, k, c->unit != NULL || u2 != NULL, &b)) {
            /* "from 24.2 to 33-35 billion euros": a change to a range
             * reaches the range's top, and its scale applies throughout */
            Figure top;
            if (from && as_text(t) && tok_is(t, j, "to") && !b.scaled
                && tok_is_punct(t, b.end, "-")
                && glued(t, b.end) && glued(t, b.end + 1)
                && read_figure(nz, t, b.end + 1, c->unit != NULL || u2 != NULL, &top)
                && b.v * top.scale <= top.v)
                b = top;
            /* "555-1234-…" is a telephone number, not a range */
            if (tok_is_punct(t, j, "-") && tok_is_punct(t, b.end, "-")
                && b.end + 1 < t->n && t->tok[b.end + 1].kind == TOK_NUM)
                return FALSE;
            double lo = a.v;
            /* "10 to 12 thousand": the scale applies to both */
            if (!a.scaled && b.scaled && a.v * b.scale <= b.v)
                lo = a.v * b.scale;
            /* "11–12,000 soldiers", "10-12,000": the thousands written once,
             * after the dash, or in a sentence after "to" or a "between"'s
             * "and" ("closer to around 11 to 12,000"); "1-10,000" stays a
             * range from one */
            else if ((dash
                      || (t->mention && !from
                          && (tok_is(t, j, "to") || (between && tok_is(t, j, "and")))))
                     && !a.scaled && !b.scaled && a.v >= 1 && a.v < 1000
                     && a.v == floor(a.v) && b.v >= 1000 && fmod(b.v, 1000) == 0
                     && b.v / 1000 > a.v && b.v / 1000 <= 2 * a.v)
                lo = a.v * 1000;
            /* "2-0", "9-2", "3888-2": a score or a label, not a range */
            if (dash && !between && glued(t, j) && glued(t, j + 1) && b.v <= a.v
                && !b.scaled) {
                c->stop = after_to > 0; /* "a 3-to-1 margin": nor is its 1 a figure */
                return FALSE;
            }
            /* "three or four years" is one vague figure; "10 bln or 10 tln"
             * and "8 or 10" are two */
            guint cend;
            const PhraseValue *cu;
            if (tok_is(t, j, "or")
                && (a.scaled || b.scaled || a.v != floor(a.v) || b.v != a.v + 1
                    || (t->mention /* "eight or nine euros", "8 or $9": two prices */
                        && (u2 != NULL
                            || ((cu = table_match(nz, TABLE_UNITS, t, b.end, &cend)) != NULL
                                && is_currency(cu)))))) {
                if (t->mention)
                    return !(between || from); /* the first, a mention of its own */
                c->stop = TRUE; /* the two figures are read apart */
                return FALSE;
            }
            if (lo <= b.v) {
                c->low = lo;
                c->high = b.v;
                c->end = b.end;
                c->either = c->vague = tok_is(t, j, "or");
                c->has_from = from && !dash;
                c->from = lo;
                if (c->unit == NULL)
                    c->unit = u2;
                return TRUE;
            }
            /* "fell from $2,415 to $2,315": a change, whose figure now is
             * the one it came to; where it started is kept */
            if (from && !dash) {
                c->low = c->high = b.v;
                c->end = b.end;
                c->has_from = TRUE;
                c->from = lo;
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
    return tok_is(t, i, "or") || tok_is(t, i, "and") || tok_is(t, i, "plus")
           || tok_is_punct(t, i, "+") || (tok_is_punct(t, i, "-") && tok_is(t, i + 1, "plus"));
}

/* "10,000-odd": a figure with "-odd" glued on is approximate; the index
 * after it, or @j. */
static guint
odd_suffix(const Tokens *t, guint j)
{
    return tok_is_punct(t, j, "-") && glued(t, j) && tok_is(t, j + 1, "odd") && glued(t, j + 1)
                   && !tok_is_punct(t, j + 2, "-")
               ? j + 2
               : j;
}

/* "10,000 troops, if not more", "5 million shells, possibly more": a
 * lower bound after the figure or its unit; the index after it, or @j. */
static guint
if_not_more(const Tokens *t, guint j)
{
    guint k = tok_is_punct(t, j, ",") ? j + 1 : j;
    if (tok_is(t, k, "if") && tok_is(t, k + 1, "not"))
        k += 2;
    else if (k > j
             && (tok_is(t, k, "perhaps") || tok_is(t, k, "possibly") || tok_is(t, k, "maybe")
                 || tok_is(t, k, "probably")))
        k++;
    else
        return j;
    return (tok_is(t, k, "more") || tok_is(t, k, "higher")) && !tok_is(t, k + 1, "than") ? k + 1
                                                                                         : j;
}

static gboolean
counts_from_zero(const CcNormalizer *nz, const Tokens *t, guint i, guint end);

/* In a sentence, a mention ends before its unit, but a bound or an
 * approximator written after the unit is the figure's: "10,000 to 12,000
 * troops or more", "3,000 shells or so", "10,000 troops, if not more".
 * The unit at @j is one of the units table, no currency; the phrase after
 * it starts with "or" (never "and": "3,000 troops and more tanks") and is
 * followed by the sentence's end, a punctuation mark or a word that is no
 * unit, figure or "than". Sets @op (and @from_zero: "12,000 soldiers or
 * fewer" is [0, 12000]) or @approx. */
static void
postfix_after_unit(const CcNormalizer *nz, const Tokens *t, guint j, const char **op,
                   gboolean *from_zero, gboolean *approx)
{
    guint uend, end;
    const PhraseValue *u = table_match(nz, TABLE_UNITS, t, j, &uend);
    if (u == NULL || is_currency(u) || designation_at(t, j, uend))
        return;
    guint k = if_not_more(t, uend);
    if (k > uend) {
        if (*op == NULL)
            *op = "ge";
        return;
    }
    if (!tok_is(t, uend, "or"))
        return;
    const PhraseValue *b = table_match(nz, TABLE_BOUNDS, t, uend, &end);
    gboolean is_approx = b == NULL && table_match(nz, TABLE_APPROXIMATORS, t, uend, &end) != NULL;
    if (b == NULL && !is_approx)
        return;
    double wv;
    guint e2, ue;
    if (end < t->n
        && (tok_is(t, end, "than") || t->tok[end].kind == TOK_NUM
            || number_word(nz, t, end, &wv, &e2) != NULL
            || table_match(nz, TABLE_UNITS, t, end, &ue) != NULL))
        return;
    if (is_approx) {
        *approx = TRUE;
    } else if (*op == NULL) {
        *op = b->text;
        *from_zero = counts_from_zero(nz, t, uend, end);
    }
}

static gboolean
is_lower_op(const char *op)
{
    return op != NULL && (g_str_equal(op, "gt") || g_str_equal(op, "ge"));
}

static gboolean
is_upper_op(const char *op)
{
    return op != NULL && (g_str_equal(op, "lt") || g_str_equal(op, "le"));
}

/* A comparison written in symbols: "<", ">", "<=", "> =", "≤", "≥". */
static const char *
symbol_bound(const Tokens *t, guint i, guint *end)
{
    if (i >= t->n || t->tok[i].kind != TOK_PUNCT)
        return NULL;
    if (tok_is_punct(t, i, "<>")) {
        gboolean less = t->tok[i].s[0] == '<';
        if (tok_is_punct(t, i + 1, "<>"))
            return NULL; /* "<>30" */
        if (tok_is_punct(t, i + 1, "=")) {
            *end = i + 2;
            return less ? "le" : "ge";
        }
        *end = i + 1;
        return less ? "lt" : "gt";
    }
    gunichar u = g_utf8_get_char(t->tok[i].s);
    if (u == 0x2264 || u == 0x2265) {
        *end = i + 1;
        return u == 0x2264 ? "le" : "ge";
    }
    return NULL;
}

/* After a currency: "75 USD million", "3 dollars 50 cents", "15 dollars
 * and 50", "17 USD 25". */
static guint
read_money_tail(const CcNormalizer *nz, const Tokens *t, guint j, double *lo, double *hi)
{
    guint end;
    const PhraseValue *s = table_match(nz, TABLE_SCALE_WORDS, t, j, &end);
    if (s != NULL && t->tok[j].len >= 3 && s->a >= 1000) {
        *lo *= s->a;
        *hi *= s->a;
        return end;
    }
    if (*lo != *hi || *lo != floor(*lo))
        return j;
    guint k = tok_is(t, j, "and") ? j + 1 : j;
    Figure c;
    if (k >= t->n || !read_figure(nz, t, k, FALSE, &c) || c.scaled || c.v <= 0 || c.v >= 100
        || c.v != floor(c.v))
        return j;
    if (tok_is(t, c.end, "cents") || tok_is(t, c.end, "cent"))
        c.end++;
    else if (c.end < t->n && !tok_is_punct(t, c.end, ".,;!?)") && !tok_is(t, c.end, "more")
             && !tok_is(t, c.end, "and"))
        return j;
    *lo += c.v / 100;
    *hi = *lo;
    return c.end;
}

/* TRUE when the bound phrase at [@i, @end) counts up from zero ("as many
 * as", "up to"): a lexicon entry of bounds_from_zero. */
static gboolean
counts_from_zero(const CcNormalizer *nz, const Tokens *t, guint i, guint end)
{
    guint zend;
    return table_match(nz, TABLE_BOUNDS_FROM_ZERO, t, i, &zend) != NULL && zend == end;
}

/* Units whose figures may go below zero: a share or its change. */
static gboolean
may_be_negative(const PhraseValue *unit)
{
    return g_str_equal(unit->text, "percent") || g_str_equal(unit->text, "percentage_point");
}

/* "5 ft 2 in", "5 feet and 2 inches", "12 m 2 dm": a smaller unit of the
 * same dimension after the first measure adds to it, in the first unit. */
static guint
read_second_measure(const CcNormalizer *nz, const Tokens *t, guint j, const PhraseValue *unit,
                    Core *c)
{
    guint k = j, end;
    if (tok_is_punct(t, k, ",") && !t->mention)
        k++; /* a sentence's "24 hours, 39 minutes" are two measures */
    if (tok_is(t, k, "and"))
        k++;
    Figure f;
    if (k >= t->n || !t->tok[k].space_before || !read_figure(nz, t, k, FALSE, &f) || f.scaled
        || f.v < 0)
        return j;
    const PhraseValue *u2 = table_match(nz, TABLE_UNITS, t, f.end, &end);
    if (u2 == NULL && tok_is(t, f.end, "in")
        && (f.end + 1 == t->n
            || (t->mention && f.v < 12 && f.v == floor(f.v)
                && (g_str_equal(unit->orig, "ft") || g_str_equal(unit->orig, "feet")
                    || g_str_equal(unit->orig, "foot"))))) {
        /* "in" is an inch only here, or in a sentence after feet ("12 ft 2
         * in more or less"): everywhere else it is a preposition */
        u2 = g_hash_table_lookup(nz->tables[TABLE_UNITS].by_phrase, "inch");
        end = f.end + 1;
    }
    if (u2 == NULL || u2->text != unit->text || u2->a >= unit->a)
        return j;
    c->low = c->high = c->low + f.v * u2->a / unit->a;
    return end;
}

/* A unit in brackets at @j: "(kg)", "[kg]", "{kg}", "<kg>", never money
 * ("Figure 2 (p)" is no twopence). */
static gboolean
bracketed_unit(const CcNormalizer *nz, const Tokens *t, guint j, guint *end,
               const PhraseValue **unit)
{
    static const char *const open = "([{<", *const close = ")]}>";
    if (j >= t->n || t->tok[j].kind != TOK_PUNCT || t->tok[j].len != 1)
        return FALSE;
    const char *o = strchr(open, t->tok[j].s[0]);
    guint uend;
    const PhraseValue *u = o != NULL ? table_match(nz, TABLE_UNITS, t, j + 1, &uend) : NULL;
    if (u == NULL || is_currency(u) || uend >= t->n || t->tok[uend].kind != TOK_PUNCT
        || t->tok[uend].len != 1 || t->tok[uend].s[0] != close[o - open])
        return FALSE;
    *end = uend + 1;
    *unit = u;
    return TRUE;
}

/* Is the bound phrase at [@i, @end) a bound of the figure after it, in a
 * sentence? "over" before a span of time is the span's ("rose 5% over
 * three years" — but "over 5 years old" is a bound), and "up to" after
 * "lead", "back", "run" or "build" is a phrasal verb's ("the run-up to
 * 2024"). */
static gboolean
mention_bound(const Tokens *t, guint i, guint end)
{
    static const char *const spans[] = {"year", "years", "month", "months", "week",
                                        "weeks", "day", "days", "decade", "decades"};
    if (tok_is(t, i, "over") && end == i + 1 && end + 1 < t->n) {
        /* one "word" after it, then the unit of time */
        guint e = end + 1;
        while (e < t->n && !t->tok[e].space_before)
            e++;
        for (guint k = 0; k < G_N_ELEMENTS(spans); k++)
            if (e < t->n && t->tok[e].space_before && tok_is(t, e, spans[k])
                && !tok_is(t, e + 1, "old"))
                return FALSE;
    }
    if (tok_is(t, i, "up") && i > 0
        && (tok_is(t, i - 1, "lead") || tok_is(t, i - 1, "back") || tok_is(t, i - 1, "run")
            || tok_is(t, i - 1, "build")))
        return FALSE;
    if (i > 1 && tok_is(t, i, "up") && tok_is_punct(t, i - 1, "-")
        && (tok_is(t, i - 2, "lead") || tok_is(t, i - 2, "back") || tok_is(t, i - 2, "run")
            || tok_is(t, i - 2, "build")))
        return FALSE;
    return TRUE;
}

/* The index after the second figure of a range at @j ("and 9,664", "to
 * 50", "- 12"), the connector after "between" or "from" included, or @j
 * when none follows. */
static guint
range_end(const CcNormalizer *nz, const Tokens *t, guint j, gboolean between, gboolean money)
{
    guint k = j;
    if (between && tok_is(t, k, "and"))
        k++;
    else if (tok_is(t, k, "to") || tok_is(t, k, "through") || tok_is_punct(t, k, "-~"))
        k++;
    else
        return j;
    const PhraseValue *u = read_money_prefix(nz, t, &k);
    Figure b;
    return read_figure(nz, t, k, money || u != NULL, &b) ? b.end : j;
}

/* Is token @j at most one white space after the token before it? */
static gboolean
at_most_one_space(const Tokens *t, guint j)
{
    if (j == 0 || !t->tok[j].space_before)
        return TRUE;
    const Token *p = &t->tok[j - 1];
    const char *gap = p->s + p->len;
    gsize n = (gsize)(t->tok[j].s - gap);
    if (n == 1)
        return g_ascii_isspace(gap[0]);
    if (n == 2)
        return (guchar)gap[0] == 0xC2 && (guchar)gap[1] == 0xA0;
    return n == 3 && (guchar)gap[0] == 0xE2 && (guchar)gap[1] == 0x80
           && ((guchar)gap[2] == 0x89 || (guchar)gap[2] == 0xAF);
}

/* Is token @i a year after "in" ("in 2024": 19xx or 20xx, a white space
 * between)? */
static gboolean
year_after_in(const Tokens *t, guint i)
{
    if (i == 0 || i >= t->n || t->tok[i].kind != TOK_NUM || !tok_is(t, i - 1, "in"))
        return FALSE;
    const Token *y = &t->tok[i], *in = &t->tok[i - 1];
    if (y->s - (in->s + in->len) != 1 || !g_ascii_isspace(in->s[in->len]))
        return FALSE;
    if (y->len < 4 || !(g_str_has_prefix(y->s, "19") || g_str_has_prefix(y->s, "20")))
        return FALSE;
    for (guint k = 2; k < 4; k++)
        if (!g_ascii_isdigit(y->s[k]))
            return FALSE;
    return y->len == 4 || !g_ascii_isalnum(y->s[4]);
}

static gboolean
read_quantity_pair(const CcNormalizer *nz, const Tokens *t, guint i, CcValue *value,
                   gboolean *stop, guint *endp, gboolean pair);

/* Reads one quantity at @i; @endp is set to the index after it. Sets @stop
 * when the text holds two bounds that make no interval ("more than 40 and
 * less than 10"): nothing is read. */
static gboolean
read_quantity(const CcNormalizer *nz, const Tokens *t, guint i, CcValue *value, gboolean *stop,
              guint *endp)
{
    return read_quantity_pair(nz, t, i, value, stop, endp, TRUE);
}

/* Is the approximator at token @i, ending at @end, an "about" right before
 * a magnitude word in the plural ("we are talking about thousands of
 * soldiers", "worried about hundreds more")? No one rounds "thousands":
 * the "about" is the preposition of the verb before it, and the figure
 * is the magnitude word alone. */
static gboolean
about_before_magnitude(const Tokens *t, guint i, guint end)
{
    static const char *const plurals[] = {"dozens", "hundreds", "thousands", "millions",
                                          "billions", "tens"};
    if (end != i + 1 || !tok_is(t, i, "about"))
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(plurals); k++)
        if (tok_is(t, end, plurals[k]))
            return TRUE;
    return FALSE;
}

/* read_quantity(); with @pair, a mention read as written takes a second
 * bound after its first ("more than 10 and less than 20"), which is then
 * read without @pair: "less than 10, more than 10 and less than 40" is two
 * mentions. */
static gboolean
read_quantity_pair(const CcNormalizer *nz, const Tokens *t, guint i, CcValue *value,
                   gboolean *stop, guint *endp, gboolean pair)
{
    const guint first = i;
    gboolean approx = FALSE, between = FALSE, from = FALSE, from_zero = FALSE, most = FALSE;
    const char *op = NULL;
    guint end;
    for (guint round = 0; round < 4; round++) {
        if (table_match(nz, TABLE_APPROXIMATORS, t, i, &end) != NULL && !is_postfix_phrase(t, i)
            && !about_before_magnitude(t, i, end)) {
            approx = TRUE;
            i = end;
            continue;
        }
        const PhraseValue *b = table_match(nz, TABLE_BOUNDS, t, i, &end);
        if (b != NULL && t->mention && !mention_bound(t, i, end))
            b = NULL;
        if (b != NULL && op == NULL && !is_postfix_phrase(t, i)) {
            op = b->text;
            from_zero = counts_from_zero(nz, t, i, end);
            if (tok_is(t, end - 1, "sub") && tok_is_punct(t, end, "-") && glued(t, end))
                end++; /* "sub-7 nanometer" */
            i = end;
            continue;
        }
        const char *sym = symbol_bound(t, i, &end);
        if (sym != NULL && t->mention && i > 0 && !t->tok[i].space_before
            && tok_is_punct(t, i - 1, "<>="))
            sym = NULL; /* "=>30", "<>30": no bound */
        if (sym != NULL && op == NULL) {
            op = sym;
            i = end;
            continue;
        }
        /* "equal to 5000" is the figure as the text of a value reads it;
         * in a sentence read for frames, "is equal to about 1.6 million
         * shells" keeps its comparator outside the mention, as
         * "equivalent to" stays, for a frame's cue */
        if ((tok_is(t, i, "equal") || tok_is(t, i, "equals")) && as_text(t)) {
            i += tok_is(t, i + 1, "to") ? 2 : 1;
            continue;
        }
        if (tok_is(t, i, "between") && !between) {
            between = TRUE;
            i++;
            if (t->mention)
                break; /* the figure comes next */
            continue;
        }
        if (tok_is(t, i, "from") && !from) {
            from = TRUE;
            i++;
            if (t->mention && !t->units)
                break;
            continue;
        }
        break;
    }
    /* "the better part of 10,000", "the best part of 10 million" (a
     * reading starts at the figure): more than half of it, not all */
    most = op == NULL && !approx && !between && !from && i == first && first >= 4
           && tok_is(t, first - 4, "the")
           && (tok_is(t, first - 3, "better") || tok_is(t, first - 3, "best"))
           && tok_is(t, first - 2, "part") && tok_is(t, first - 1, "of");
    /* "in 2024" is a date's year, no figure; so is "October 19 2,024"
     * (garbled_year_after_day()) */
    if (t->mention && (year_after_in(t, i) || garbled_year_after_day(nz, t, i)))
        return FALSE;
    Core c;
    if (!read_core(nz, t, i, between, from, &c)) {
        /* In a sentence, "between 9,724 and 9,664" and "from 21 of the
         * 50" are still one mention each, whose value is the first figure
         * (as its text alone reads) */
        if (!t->mention || !(between || from) || c.stop || !read_core(nz, t, i, FALSE, FALSE, &c)) {
            *stop = c.stop;
            return FALSE;
        }
        c.end = range_end(nz, t, c.end, between, c.unit != NULL);
    }
    /* read as written, "from up to 252 miles to 287 miles" is the change,
     * no bound */
    if (t->units && c.has_from)
        op = NULL;
    guint j = c.end;
    const PhraseValue *unit = c.unit;
    /* "152 mm", "114mm": a unit that is also a scale word ("MM", a
     * million), right after the figure, is the mention's, read as the
     * unit, as the text of the mention alone reads it */
    guint send;
    if (t->mention && unit == NULL && j < t->n && at_most_one_space(t, j)
        && !(is_giga(t, j) && generation_digit(t, j - 1) && glued(t, j))
        && table_match(nz, TABLE_SCALE_WORDS, t, j, &send) != NULL) {
        const PhraseValue *u = table_match(nz, TABLE_UNITS, t, j, &end);
        if (u != NULL && end == send && !is_currency(u) && !designation_at(t, j, end)) {
            unit = u;
            j = end;
            if (t->units && c.low == c.high)
                j = read_second_measure(nz, t, j, u, &c); /* "12 m 2 dm" */
        }
    }

    /* after the figure: "or so", "or more", "-plus", units */
    for (guint round = 0; round < 4; round++) {
        if (j < t->n && is_postfix_phrase(t, j)) {
            if (table_match(nz, TABLE_APPROXIMATORS, t, j, &end) != NULL) {
                approx = TRUE;
                j = end;
                continue;
            }
            const PhraseValue *b = table_match(nz, TABLE_BOUNDS, t, j, &end);
            double wv;
            guint e2;
            /* "and less than 40" is a second bound, not "or less" */
            if (b != NULL && t->mention) {
                /* in a sentence, only "than" and more makes it a bound of
                 * its own: "above 1000 and below 1500" */
                if (tok_is(t, end, "than") && end + 1 < t->n && !tok_is_punct(t, end + 1, ".,;!?"))
                    b = NULL;
                /* "three plus zero point zero eight" is a sum, no bound */
                else if (tok_is(t, end - 1, "plus")
                         && ((end < t->n && t->tok[end].kind == TOK_NUM)
                             || number_word(nz, t, end, &wv, &e2) != NULL))
                    b = NULL;
                /* read as written, "above 1000 and below 1500" is one
                 * mention, the second bound the pair's (below) */
                else if (t->units && op != NULL
                         && (tok_is(t, j, "and") || tok_is(t, j, "but") || tok_is_punct(t, j, ",")))
                    b = NULL;
            } else if (b != NULL
                       && ((tok_is(t, end, "than") && end + 1 < t->n)
                           || (end < t->n && t->tok[end].kind == TOK_NUM)
                           || number_word(nz, t, end, &wv, &e2) != NULL)) {
                b = NULL;
            }
            if (b != NULL && op == NULL) {
                op = b->text;
                from_zero = counts_from_zero(nz, t, j, end);
                j = end + (tok_is(t, end, "than") ? 1 : 0); /* "200 or greater than" */
                continue;
            }
            if (b != NULL && t->mention) {
                /* "up to 4,000 or more": the first bound holds */
                j = end + (tok_is(t, end, "than") ? 1 : 0);
                continue;
            }
            if (tok_is(t, j, "or") && tok_is(t, j + 1, "equal")
                && ((!tok_is(t, j + 2, "to") && !tok_is(t, j + 2, "than")) || t->mention)
                && op != NULL) {
                /* "less than 5000 or equal" */
                if (g_str_equal(op, "lt"))
                    op = "le";
                else if (g_str_equal(op, "gt"))
                    op = "ge";
                j += 2;
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
        if (j < t->n && odd_suffix(t, j) > j) {
            approx = TRUE; /* "10,000-odd" */
            j = odd_suffix(t, j);
            continue;
        }
        if (j < t->n && if_not_more(t, j) > j && op == NULL) {
            op = "ge"; /* "10,000, if not more," */
            j = if_not_more(t, j);
            continue;
        }
        if (t->mention && !t->units) {
            postfix_after_unit(nz, t, j, &op, &from_zero, &approx);
            break; /* a mention ends before its unit */
        }
        if (unit == NULL && bracketed_unit(nz, t, j, &end, &unit)) {
            j = end; /* "20 (kg)", "20 [kg]" */
            continue;
        }
        if (unit == NULL || is_currency(unit)) {
            guint k = j;
            if (tok_is_punct(t, k, "-") && k + 1 < t->n && !t->tok[k + 1].space_before)
                k++; /* "10-ton" */
            else if (c.vague && tok_is(t, k, "of"))
                k++; /* "thousands of troops" */
            const PhraseValue *u = table_match(nz, TABLE_UNITS, t, k, &end);
            /* "3 USD50": the code is the next figure's; "5G", "4G": a
             * network's generation, no grams; "120 M1989 howitzers",
             * "60 M-1978 guns": a designation, no metres */
            if (u != NULL && t->mention
                && ((is_currency(u) && end < t->n && t->tok[end].kind == TOK_NUM && glued(t, end))
                    || is_giga(t, k) || designation_at(t, k, end)))
                u = NULL;
            if (u != NULL && (unit == NULL || u->text == unit->text) && u != unit) {
                /* "$ 10 dollars" names its currency twice */
                if (unit == NULL)
                    unit = u;
                j = end;
                if (!is_currency(u) && c.low == c.high)
                    j = read_second_measure(nz, t, j, u, &c);
                continue;
            }
        }
        break;
    }

    /* "fell to $2,315 from $2,415", "to 138,285 lots from 212,577 lots":
     * a change written the other way round, the figure it came to first */
    /* (read as written, only after "to" and with no year: "to 2020 from
     * 2019" is none) */
    if (!c.has_from && !c.vague && c.low == c.high
        && (!t->mention
            || (t->units && first > 0 && tok_is(t, first - 1, "to") && !is_year(t, first)))) {
        guint k = j;
        if (tok_is(t, k + 1, "from") && k < t->n && t->tok[k].kind == TOK_WORD)
            k++; /* what the figure counts: "lots" */
        guint f = k + 1;
        const PhraseValue *u2 = tok_is(t, k, "from") ? read_money_prefix(nz, t, &f) : NULL;
        Figure y;
        if (tok_is(t, k, "from") && (u2 == NULL || unit == NULL || u2->text == unit->text)
            && !(t->mention && is_year(t, f)) && read_figure(nz, t, f, u2 != NULL, &y)
            && !y.no_share) {
            guint uend;
            const PhraseValue *u3 = table_match(nz, TABLE_UNITS, t, y.end, &uend);
            c.has_from = TRUE;
            c.from = y.v;
            j = y.end;
            if (unit == NULL)
                unit = u2 != NULL ? u2 : u3;
            if (u3 != NULL && unit != NULL && u3->text == unit->text)
                j = uend;
        }
    }
    /* "361 million pounds": a sum in millions of pounds is sterling; a
     * weight is told in pounds without a scale word ("two pounds", "2,204
     * pounds"), and "lb" is never money */
    const PhraseValue *stated = unit;
    if (unit != NULL && c.scale >= 1e6 && g_str_equal(unit->text, "kg")
        && (g_str_equal(unit->orig, "pounds") || g_str_equal(unit->orig, "pound"))) {
        const PhraseValue *gbp = g_hash_table_lookup(nz->tables[TABLE_UNITS].by_phrase, "£");
        if (gbp != NULL && is_currency(gbp))
            unit = gbp;
    }
    /* "eight or nine euros" are two prices, not one vague one */
    if (c.either && is_currency(unit)) {
        *stop = TRUE;
        return FALSE;
    }
    double lo = c.low, hi = c.high;
    if (unit != NULL && is_currency(unit) && as_text(t))
        j = read_money_tail(nz, t, j, &lo, &hi);

    /* "50 meters per millisecond", "50 km/ms": a measure per a unit of
     * time is a rate, in the canonical unit per second */
    const PhraseValue *per = NULL;
    if (unit != NULL && as_text(t) && cc_unit_is_continuous(unit->text)
        && !is_currency(unit)
        && !g_str_equal(unit->text, "s")
        && (tok_is(t, j, "per") || tok_is_punct(t, j, "/"))) {
        guint pend;
        const PhraseValue *u2 = table_match(nz, TABLE_UNITS, t, j + 1, &pend);
        if (u2 != NULL && g_str_equal(u2->text, "s")) {
            per = u2;
            j = pend;
        }
    }

    memset(value, 0, sizeof *value);
    value->kind = CC_VALUE_NUMBER;
    double factor = 1;
    if (unit != NULL && per != NULL) {
        g_autofree char *canon = g_strconcat(unit->text, "/s", NULL);
        g_autofree char *rate = g_strconcat(unit->orig, "/", per->orig, NULL);
        value->unit = g_intern_string(canon);
        value->orig_low = lo;
        value->orig_high = hi;
        value->orig_unit = g_intern_string(rate);
        lo *= unit->a / per->a;
        hi *= unit->a / per->a;
        factor = unit->a / per->a;
    } else if (unit != NULL) {
        /* the figure and unit as stated, whether or not the unit converts */
        value->unit = g_intern_string(unit->text);
        value->orig_low = lo;
        value->orig_high = hi;
        value->orig_unit = g_intern_string(stated->orig);
        lo *= unit->a;
        hi *= unit->a;
        factor = unit->a;
    }
    if (c.has_from) {
        value->has_from = TRUE;
        value->orig_from = c.from;
        value->from = c.from * factor;
    }
    value->low = lo;
    value->high = hi;
    value->has_low = value->has_high = TRUE;
    value->vague = c.vague;
    value->approx = approx;
    if (most && op == NULL && lo == hi && lo > 0) {
        /* "the better part of 10,000": above half of it, up to it */
        value->low = hi / 2;
        value->low_strict = TRUE;
        if (value->orig_unit != NULL)
            value->orig_low = value->orig_high / 2;
    }
    if (op != NULL) {
        /* "as many as 30" and "fewer than 30 troops" are [0, 30]; "less
         * than 30", a comparison of a figure that may be negative, and
         * anything below a negative figure have no lower end. */
        gboolean open_low = lo < 0 || !(from_zero || (unit != NULL && !may_be_negative(unit)));
        if (g_str_equal(op, "gt")) {
            value->low_strict = TRUE;
            value->has_high = FALSE;
        } else if (g_str_equal(op, "ge")) {
            value->has_high = FALSE;
        } else if (g_str_equal(op, "lt")) {
            value->low = MIN(0, lo);
            value->high_strict = TRUE;
            value->has_low = !open_low;
        } else if (g_str_equal(op, "le")) {
            value->low = MIN(0, lo);
            value->has_low = !open_low;
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

    *endp = j;
    if (!as_text(t) || (t->mention && !pair))
        return TRUE; /* a second bound is a mention of its own */
    /* "more than 10 and less than 20", "at most 100 and at least 20" */
    guint k = j;
    if (tok_is_punct(t, k, ","))
        k++;
    if (tok_is(t, k, "and") || tok_is(t, k, "but"))
        k++;
    const PhraseValue *b2 = table_match(nz, TABLE_BOUNDS, t, k, &end);
    const char *op2 = b2 != NULL && !is_postfix_phrase(t, k) ? b2->text : symbol_bound(t, k, &end);
    if (k > j && op2 != NULL && op != NULL) {
        CcValue second;
        gboolean stop2 = FALSE;
        if ((is_lower_op(op) && is_upper_op(op2)) || (is_upper_op(op) && is_lower_op(op2))) {
            guint end2;
            if (read_quantity_pair(nz, t, k, &second, &stop2, &end2, !t->mention)) {
                const CcValue *lower = is_lower_op(op) ? value : &second;
                const CcValue *upper = is_lower_op(op) ? &second : value;
                /* (read as written, an empty interval joins nothing:
                 * "less than 10, more than 10") */
                if (lower->low < upper->high
                    || (lower->low == upper->high
                        && !(t->mention && (lower->low_strict || upper->high_strict)))) {
                    CcValue both = *lower;
                    both.has_high = TRUE;
                    both.high = upper->high;
                    both.high_strict = upper->high_strict;
                    both.approx = lower->approx || upper->approx;
                    if (both.orig_unit != NULL)
                        both.orig_high = upper->orig_high;
                    *value = both;
                    *endp = end2;
                    return TRUE;
                }
            }
        }
        if (t->mention)
            return TRUE; /* read as written: the first bound, a mention of its own */
        *stop = TRUE;
        return FALSE;
    }
    return TRUE;
}

gboolean
normalize_quantity_tokens(const CcNormalizer *nz, const Tokens *t, CcValue *value)
{
    for (guint i = 0; i < t->n; i++) {
        gboolean stop = FALSE;
        guint end;
        if (tok_can_start(t, i) && read_quantity(nz, t, i, value, &stop, &end))
            return TRUE;
        if (stop || (tok_can_start(t, i) && figure_overflows(nz, t, i)))
            return FALSE;
    }
    return FALSE;
}

/* Tokens are read in slices of MAX_TOKENS: a reading starts only this
 * many tokens before a slice's end, and a new slice keeps this many
 * tokens before the reading for the checks that look back. */
#define SCAN_AHEAD 40
#define SCAN_BACK 8

/* Is token @i a figure glued to a point, comma, slash or caret before it
 * ("ID.3", "Jan/3", "USD,100", the exponent of "10^400"), the second
 * figure of odds ("a 3-to-1 margin"), or one of a list after it
 * ("22,24,26")? None starts a mention. */
static gboolean
glued_figure(const Tokens *t, guint i)
{
    if (t->tok[i].kind != TOK_NUM)
        return FALSE;
    if (i > 0 && !t->tok[i].space_before && tok_is_punct(t, i - 1, ".,/^"))
        return TRUE;
    if (i >= 4 && glued(t, i) && tok_is_punct(t, i - 1, "-") && glued(t, i - 1)
        && tok_is(t, i - 2, "to") && glued(t, i - 2) && tok_is_punct(t, i - 3, "-")
        && t->tok[i - 4].kind == TOK_NUM)
        return TRUE;
    return i + 2 < t->n && tok_is_punct(t, i + 1, ".,") && glued(t, i + 1) && glued(t, i + 2)
           && t->tok[i + 2].kind == TOK_NUM;
}

/* Is the figure at token @i glued after an em dash that heads a timeline's
 * entry, a day after its month before the dash ("Dec. 14—30 North Korean
 * soldiers were killed")? The figure is what happened that day and starts
 * a reading of its own; a range of days goes on with its words ("Dec.
 * 14—30 in Geneva") and is the date reader's. */
static gboolean
timeline_figure(const CcNormalizer *nz, const Tokens *t, guint i)
{
    if (i < 2 || t->tok[i].kind != TOK_NUM || t->tok[i].space_before
        || !tok_is_punct(t, i - 1, "-") || !timeline_day(nz, t, i - 2, i - 1))
        return FALSE;
    guint e = i + 1; /* past the figure's own digit groups: "12,000" */
    while (e + 1 < t->n && tok_is_punct(t, e, ",.") && !t->tok[e].space_before
           && !t->tok[e + 1].space_before && t->tok[e + 1].kind == TOK_NUM)
        e += 2;
    return timeline_dash(nz, t, i - 1, e);
}

/* Is token @i a figure of a list written with commas and no spaces, three
 * or more short figures ("nrs. 22,24,26,31")? Read as written, each is a
 * mention of its own. */
static gboolean
list_figure(const Tokens *t, guint i)
{
    if (t->tok[i].kind != TOK_NUM || t->tok[i].int_digits > 3 || t->tok[i].decimal
        || t->tok[i].grouped)
        return FALSE;
    guint first = i, last = i;
    while (first >= 2 && tok_is_punct(t, first - 1, ",") && glued(t, first - 1) && glued(t, first)
           && t->tok[first - 2].kind == TOK_NUM && t->tok[first - 2].int_digits <= 3
           && !t->tok[first - 2].decimal && !t->tok[first - 2].grouped)
        first -= 2;
    while (last + 2 < t->n && tok_is_punct(t, last + 1, ",") && glued(t, last + 1)
           && glued(t, last + 2) && t->tok[last + 2].kind == TOK_NUM
           && t->tok[last + 2].int_digits <= 3 && !t->tok[last + 2].decimal
           && !t->tok[last + 2].grouped)
        last += 2;
    return last - first >= 4 && !(first > 0 && glued(t, first))
           && !(glued(t, last + 1) && t->tok[last + 1].kind == TOK_WORD);
}

struct _CcQuantityScanner {
    TokenSlice s;
};

CcQuantityScanner *
cc_quantity_scanner_new(const CcNormalizer *normalizer, const char *text, gsize len)
{
    return cc_quantity_scanner_new_beside(normalizer, text, len, NULL);
}

CcQuantityScanner *
cc_quantity_scanner_new_beside(const CcNormalizer *normalizer, const char *text, gsize len,
                               const CcDateScanner *dates)
{
    g_return_val_if_fail(normalizer != NULL && text != NULL, NULL);
    CcQuantityScanner *sc = g_new(CcQuantityScanner, 1);
    cc_quantity_scanner_reset(sc, normalizer, text, len, dates);
    return sc;
}

void
cc_quantity_scanner_reset(CcQuantityScanner *sc, const CcNormalizer *normalizer,
                          const char *text, gsize len, const CcDateScanner *dates)
{
    g_return_if_fail(sc != NULL && normalizer != NULL && text != NULL);
    token_slice_init_from(&sc->s, normalizer, text, len,
                          dates != NULL ? cc_date_scanner_slice(dates) : NULL);
}

const TokenSlice *
cc_quantity_scanner_slice(const CcQuantityScanner *sc)
{
    return &sc->s;
}

void
cc_quantity_scanner_restart(CcQuantityScanner *sc)
{
    g_return_if_fail(sc != NULL);
    /* a slice that never slid holds the whole text: its tokens are the
     * ones a new scanner would cut */
    if (sc->s.whole) {
        sc->s.i = 0;
        sc->s.units = FALSE;
        sc->s.t.units = FALSE;
        return;
    }
    token_slice_init(&sc->s, sc->s.nz, sc->s.text, sc->s.len);
}

void
cc_quantity_scanner_read_units(CcQuantityScanner *sc, gboolean units)
{
    g_return_if_fail(sc != NULL);
    sc->s.units = units;
    sc->s.t.units = units;
}

void
cc_quantity_scanner_free(CcQuantityScanner *sc)
{
    g_free(sc);
}

gboolean
cc_quantity_scanner_next(CcQuantityScanner *sc, gsize from, gsize to, CcQuantityMention *m)
{
    g_return_val_if_fail(sc != NULL && m != NULL, FALSE);
    Tokens *t = &sc->s.t;
    for (;;) {
        token_slice_slide(&sc->s, SCAN_AHEAD, SCAN_BACK);
        if (sc->s.i >= t->n)
            return FALSE;
        gsize at = (gsize)(t->tok[sc->s.i].s - sc->s.text);
        if (at >= to)
            return FALSE;
        if (at < from) {
            sc->s.i++;
            continue;
        }
        gboolean stop = FALSE;
        guint end = sc->s.i;
        guint send;
        /* "x>10": a comparison's sign starts a mention glued to a word */
        if (!tok_may_start_quantity(sc->s.nz, t, sc->s.i)) {
            sc->s.i++;
            continue;
        }
        gboolean starts = (tok_can_start(t, sc->s.i) && !glued_figure(t, sc->s.i))
                          || timeline_figure(sc->s.nz, t, sc->s.i)
                          || (t->units && list_figure(t, sc->s.i))
                          || (symbol_bound(t, sc->s.i, &send) != NULL
                              && !tok_is_punct(t, sc->s.i - 1, "<>="));
        if (starts && read_quantity(sc->s.nz, t, sc->s.i, &m->value, &stop, &end)
            && end > sc->s.i) {
            m->start = at;
            m->end = (gsize)(t->tok[end - 1].s + t->tok[end - 1].len - sc->s.text);
            sc->s.i = hedge_after_unit(sc->s.nz, t, sc->s.i, end, &m->value);
            return TRUE;
        }
        sc->s.i++;
    }
}

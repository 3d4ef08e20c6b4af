/* SPDX-License-Identifier: MIT */
/* normalize.c: the normalizer's tables and tokens — typed hash tables built
 * once from the lexicon, the tokenizer every reader shares, and the entity
 * reader. Quantities are read in normalize_number.c, dates in
 * normalize_date.c. */
#include "normalize_internal.h"

#include <math.h>

static const char *const table_names[N_TABLES] = {
    [TABLE_NUMBER_WORDS] = "number_words", [TABLE_ORDINAL_WORDS] = "ordinal_words",
    [TABLE_SCALE_WORDS] = "scale_words",   [TABLE_FRACTIONS] = "fractions",
    [TABLE_VAGUE] = "vague",               [TABLE_APPROXIMATORS] = "approximators",
    [TABLE_BOUNDS] = "bounds",             [TABLE_BOUNDS_FROM_ZERO] = "bounds_from_zero",
    [TABLE_UNITS] = "units",
    [TABLE_MONTHS] = "months",             [TABLE_WEEKDAYS] = "weekdays",
    [TABLE_DATE_PARTS] = "date_parts",     [TABLE_RELATIVE_DATES] = "relative_dates",
    [TABLE_WEEKDAY_SHORT] = "weekday_short", [TABLE_HOLIDAYS] = "holidays",         [TABLE_ENTITIES] = "entities",
    [TABLE_COUNTED_NOUNS] = "counted_nouns", [TABLE_COUNT_MODIFIERS] = "count_modifiers",
};

/* ---- tokens ---- */

/* Length of the white space at p (ASCII, no-break, figure, thin and narrow
 * no-break spaces), 0 if none. */
static guint
space_len(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return g_ascii_isspace(c) ? 1 : 0;
    gunichar u = g_utf8_get_char_validated(p, end - p);
    if (u == 0x00A0 || u == 0x2007 || u == 0x2009 || u == 0x202F || u == 0x200A)
        return (guint)(g_utf8_next_char(p) - p);
    return 0;
}

static guint
digit_run(const char *p, const char *end)
{
    guint n = 0;
    while (p + n < end && g_ascii_isdigit(p[n]))
        n++;
    return n;
}

/* TRUE when @p starts a decimal comma: one or two digits after a comma,
 * then nothing that continues a figure or a list ("5,00", "1,3", "1,3, 4",
 * not "22,24,26" nor "5,000"). */
static gboolean
decimal_comma(const char *p, const char *end)
{
    if (p + 1 >= end || *p != ',')
        return FALSE;
    guint d = digit_run(p + 1, end);
    if (d < 1 || d > 2)
        return FALSE;
    const char *q = p + 1 + d;
    return !(q < end && (*q == ',' || *q == '.') && q + 1 < end && g_ascii_isdigit(q[1]));
}

/* TRUE when @p, right after a spaced "mm", goes on with a space and a
 * word that is no measure's adjective: the noun a calibre describes
 * ("240 mm rocket launchers", "170 mm Koksan guns"), not a length's "20
 * 240 mm long". */
static gboolean
calibre_before_noun(const char *p, const char *end)
{
    static const char *const measures[] = {"long", "wide", "high", "tall", "thick", "deep",
                                           "in", "of", "across", "and", "or", "to"};
    if (p + 1 >= end || *p != ' ' || !g_ascii_isalpha(p[1]))
        return FALSE;
    const char *w = p + 1;
    gsize n = 0;
    while (w + n < end && g_ascii_isalpha(w[n]))
        n++;
    for (gsize k = 0; k < G_N_ELEMENTS(measures); k++)
        if (strlen(measures[k]) == n && g_ascii_strncasecmp(w, measures[k], n) == 0)
            return FALSE;
    return TRUE;
}

/* Reads a figure at p: "11,000", "14 000", "1.2", "1.200.000", ".08".
 * Thousands groups use one separator throughout; the first group has at
 * most three digits. @in_list: the figure follows a figure and a comma
 * ("22,24,26,31"), and its own comma is the list's, no decimal comma.
 * Returns the bytes read. */
static guint
scan_number(const char *start, const char *end, Token *tok, gboolean in_list)
{
    char buf[80];
    guint b = 0;
    const char *p = start;
    guint first = digit_run(p, end);
    tok->int_digits = first;
    /* "0143" is an identifier; a run of zeros longer than a thousands
     * group ("0000", not the "000" of "80 , 000") is still zero */
    guint zeros = 0;
    while (zeros < first && p[zeros] == '0')
        zeros++;
    tok->lead_zero = first > 1 && zeros > 0 && (zeros < first || first <= 3);
    for (guint k = 0; k < first && b < 40; k++)
        buf[b++] = p[k];
    p += first;
    char style = 0; /* ',', '.', ' ' once a group was read */
    /* Indian grouping: "12,34,567" — pairs, then a last group of three */
    gboolean indian = FALSE;
    if (first >= 1 && first <= 2) {
        const char *q = p;
        guint pairs = 0;
        while (q + 3 < end && q[0] == ',' && digit_run(q + 1, end) == 2 && q[3] == ',') {
            q += 3;
            pairs++;
        }
        if (pairs > 0 && q < end && q[0] == ',' && digit_run(q + 1, end) == 3) {
            for (const char *r = p; r < q + 4 && b < 40; r++)
                if (*r != ',')
                    buf[b++] = *r;
            tok->int_digits += 2 * pairs + 3;
            tok->grouped = TRUE;
            p = q + 4;
            style = ',';
            indian = TRUE;
        }
    }
    while (p < end && first >= 1 && first <= 3 && !indian) {
        guint sp = space_len(p, end);
        char sep = sp > 0 ? ' ' : *p;
        guint skip = sp > 0 ? sp : 1;
        if (sep != ',' && sep != '.' && sep != ' ')
            break;
        if (style != 0 && sep != style)
            break;
        if (p + skip >= end || digit_run(p + skip, end) != 3)
            break;
        /* a calibre after a count is no group of it: "some 50 170mm
         * howitzers", "20 240-mm launchers", and spaced before the noun
         * it describes, "some 20 240 mm rocket launchers" (a length's
         * "20 240 mm" ends there or goes on with no word) */
        if (sep == ' ') {
            const char *u = p + skip + 3;
            guint usp = 0;
            if (u < end && *u == '-')
                u++;
            else if (u < end && (usp = space_len(u, end)) == 1)
                u += usp;
            else
                usp = 0;
            if (u + 1 < end && (u[0] == 'm' || u[0] == 'M') && (u[1] == 'm' || u[1] == 'M')
                && (u + 2 == end || !g_ascii_isalpha(u[2]))
                && (usp == 0 || calibre_before_noun(u + 2, end)))
                break;
        }
        if (sep == '.' && style == 0) {
            /* "1.200.000" groups, "1.111,11" too; "1.200" alone is a decimal */
            const char *q = p + skip + 3;
            if (!(q + 1 < end && *q == '.' && digit_run(q + 1, end) == 3)
                && !decimal_comma(q, end))
                break;
        }
        style = sep;
        for (guint k = 0; k < 3 && b < 40; k++)
            buf[b++] = p[skip + k];
        tok->int_digits += 3;
        tok->grouped = TRUE;
        p += skip + 3;
    }
    guint int_copied = b; /* integer digits kept in buf; the rest scale it */
    char point = style == '.' || (style == 0 && !indian && !in_list && decimal_comma(p, end))
                     ? ','
                     : '.';
    if (p + 1 < end && *p == point && g_ascii_isdigit(p[1])) {
        guint d = digit_run(p + 1, end);
        buf[b++] = '.';
        for (guint k = 0; k < d && b < 78; k++)
            buf[b++] = p[1 + k];
        p += 1 + d;
        tok->decimal = TRUE;
        /* "2.0.1", "24.02.2022": a version or a dotted date, not a figure
         * (normalize_date.c reads the date); a stop or comma after it is
         * the sentence's */
        if (p + 1 < end && (*p == '.' || *p == ',') && g_ascii_isdigit(p[1])) {
            tok->bad = TRUE;
            while (p < end
                   && (g_ascii_isdigit(*p)
                       || ((*p == '.' || *p == ',') && p + 1 < end && g_ascii_isdigit(p[1]))))
                p++;
        }
    }
    buf[b] = '\0';
    if (b == 0 || (b == 1 && buf[0] == '.'))
        tok->bad = TRUE;
    else
        tok->num = g_ascii_strtod(buf, NULL);
    if (tok->int_digits > int_copied)
        tok->num *= pow(10, tok->int_digits - int_copied); /* 400 nines is 1e400, not 1e40 */
    if (!isfinite(tok->num))
        tok->bad = TRUE; /* past a double's range: no figure */
    return (guint)(p - start);
}

static gboolean
is_word_char(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return g_ascii_isalpha(c);
    gunichar u = g_utf8_get_char_validated(p, end - p);
    return u != (gunichar)-1 && u != (gunichar)-2 && g_unichar_isalpha(u);
}

/* The tokenizer reads an ASCII byte inline (nearly every byte of a
 * sentence is one), and hands the others to space_len(), is_word_char()
 * and g_utf8_get_char_validated(), whose answers for an ASCII byte these
 * tests are. */
void
tokens_scan(Tokens *t, const char *text, gsize len)
{
    const char *p = text, *end = text + len;
    t->n = 0;
    t->mention = FALSE;
    t->units = FALSE;
    gboolean space = FALSE;
    while (p < end && t->n < MAX_TOKENS) {
        unsigned char c = (unsigned char)*p;
        guint sp = c < 0x80 ? (g_ascii_isspace(c) ? 1 : 0) : space_len(p, end);
        if (sp > 0) {
            space = TRUE;
            p += sp;
            continue;
        }
        Token *tok = &t->tok[t->n];
        memset(tok, 0, sizeof *tok);
        tok->s = p;
        tok->space_before = space || t->n == 0;
        space = FALSE;
        if (g_ascii_isdigit(c)
            || (c == '.' && p + 1 < end && g_ascii_isdigit(p[1])
                && !(p > text && g_ascii_isdigit(p[-1]))
                && !(p > text && is_word_char(p - 1, end)))) {
            tok->kind = TOK_NUM;
            tok->len = scan_number(p, end, tok,
                                   p > text + 1 && p[-1] == ',' && g_ascii_isdigit(p[-2]));
        } else if (c < 0x80 ? g_ascii_isalpha(c) : is_word_char(p, end)) {
            const char *q = p;
            for (;;) {
                /* a run of ASCII letters, then what may go on with the word */
                while (q < end && g_ascii_isalpha(*q))
                    q++;
                if (q >= end)
                    break;
                if (*q == '\'' && q + 1 < end && is_word_char(q + 1, end))
                    q++;
                else if ((unsigned char)*q >= 0x80 && is_word_char(q, end))
                    q = g_utf8_next_char(q);
                else
                    break;
            }
            tok->kind = TOK_WORD;
            tok->len = (guint)(q - p);
        } else {
            tok->kind = TOK_PUNCT;
            if (c < 0x80) {
                tok->len = 1;
            } else {
                gunichar u = g_utf8_get_char_validated(p, end - p);
                tok->len = (u == (gunichar)-1 || u == (gunichar)-2)
                               ? 1
                               : (guint)(g_utf8_next_char(p) - p);
            }
        }
        p += tok->len;
        t->n++;
    }
}

void
token_slice_init(TokenSlice *s, const CcNormalizer *nz, const char *text, gsize len)
{
    s->nz = nz;
    s->text = text;
    s->len = len;
    tokens_scan(&s->t, text, len);
    s->t.mention = TRUE;
    s->units = FALSE;
    s->i = 0;
    s->whole = s->t.n < MAX_TOKENS;
}

void
token_slice_init_from(TokenSlice *s, const CcNormalizer *nz, const char *text, gsize len,
                      const TokenSlice *from)
{
    if (from == NULL || !from->whole || from->nz != nz || from->text != text
        || from->len != len) {
        token_slice_init(s, nz, text, len);
        return;
    }
    s->nz = nz;
    s->text = text;
    s->len = len;
    memcpy(s->t.tok, from->t.tok, sizeof(Token) * from->t.n);
    s->t.n = from->t.n;
    s->t.mention = TRUE;
    s->t.units = FALSE;
    s->units = FALSE;
    s->i = 0;
    s->whole = TRUE;
}

void
token_slice_move_on(TokenSlice *s, guint back)
{
    Tokens *t = &s->t;
    guint keep = s->i - back;
    gsize base = (gsize)(t->tok[keep].s - s->text);
    tokens_scan(t, s->text + base, s->len - base);
    t->mention = TRUE;
    t->units = s->units;
    s->i = back;
    s->whole = FALSE;
}

/* Appends token @tok folded (lower case) to buf; FALSE when it does not fit. */
static gboolean
append_folded(char *buf, gsize size, gsize *at, const Token *tok)
{
    const char *p = tok->s, *end = tok->s + tok->len;
    /* ASCII bytes while @buf has room for a byte each of the whole token,
     * as the loop below would write them without running out of room */
    if (*at + tok->len < size) {
        char *out = buf + *at;
        while (p < end && (unsigned char)*p < 0x80) {
            unsigned char c = (unsigned char)*p++;
            *out++ = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        *at = (gsize)(out - buf);
    }
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            if (*at + 1 >= size)
                return FALSE;
            buf[(*at)++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            p++;
            continue;
        }
        gunichar u = g_utf8_get_char_validated(p, end - p);
        if (u == (gunichar)-1 || u == (gunichar)-2) {
            if (*at + 1 >= size)
                return FALSE;
            buf[(*at)++] = (char)c;
            p++;
            continue;
        }
        if (*at + 7 >= size)
            return FALSE;
        *at += (gsize)g_unichar_to_utf8(g_unichar_tolower(u), buf + *at);
        p = g_utf8_next_char(p);
    }
    return TRUE;
}

/* The filter: a key matched here begins with token @first's folded text. */
guint32
token_tables(const CcNormalizer *nz, Token *first)
{
    char key[256];
    gsize at = 0;
    guint32 tables = 0;
    if (append_folded(key, sizeof key, &at, first)) {
        key[at] = '\0';
        tables = GPOINTER_TO_UINT(g_hash_table_lookup(nz->key_starts, key));
    }
    first->tables = tables | TOKEN_TABLES_KNOWN;
    return first->tables;
}

const PhraseValue *
table_match_known(const CcNormalizer *nz, TableId table, const Tokens *t, guint i, guint *end)
{
    /* the token's cache, filled as Token.tables is (see table_match()) */
    Token *first = (Token *)&t->tok[i];
    if (first->match_table == table + 1) {
        if (first->match_value == 0)
            return NULL;
        *end = i + first->match_len;
        return &nz->values[first->match_value - 1];
    }
    const PhraseTable *pt = &nz->tables[table];
    char key[256];
    /* The key grows a token at a time while it still begins some key of
     * the table; the longest that is a key wins. */
    guint max = MIN(pt->max_tokens, t->n - i);
    const PhraseValue *best = NULL;
    gsize at = 0;
    for (guint k = 1; k <= max; k++) {
        const Token *tk = &t->tok[i + k - 1];
        if (k > 1 && tk->space_before) {
            if (at + 1 >= sizeof key)
                break;
            key[at++] = ' ';
        }
        if (!append_folded(key, sizeof key, &at, tk))
            break;
        key[at] = '\0';
        if (k > 1
            && !(GPOINTER_TO_UINT(g_hash_table_lookup(nz->key_starts, key)) & (1u << table)))
            break;
        const PhraseValue *v = g_hash_table_lookup(pt->by_phrase, key);
        if (v != NULL) {
            /* a phrase ends where a word ends: "m" does not match "mm" */
            *end = i + k;
            best = v;
        }
    }
    if (best == NULL || *end - i <= G_MAXUINT8) {
        first->match_table = (guint8)(table + 1);
        first->match_len = best != NULL ? (guint8)(*end - i) : 0;
        first->match_value = best != NULL ? (guint32)(best - nz->values) + 1 : 0;
    }
    return best;
}

gboolean
tok_is_punct(const Tokens *t, guint i, const char *set)
{
    if (i >= t->n || t->tok[i].kind != TOK_PUNCT)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (tok->len == 1)
        return strchr(set, tok->s[0]) != NULL;
    if (strchr(set, '-') == NULL)
        return FALSE;
    gunichar u = g_utf8_get_char(tok->s);
    return u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2212;
}

/* ---- tables ---- */

static gboolean
parse_double(const char *s, double *out)
{
    char *end = NULL;
    double v = g_ascii_strtod(s, &end);
    if (end == s || !isfinite(v))
        return FALSE;
    *out = v;
    return TRUE;
}

static void
fill_value(GStringChunk *strings, TableId id, const CcLexiconEntry *e, PhraseValue *v)
{
    v->a = 1;
    switch (id) {
    case TABLE_VAGUE: {
        char *rest = NULL;
        v->a = g_ascii_strtod(e->value, &rest);
        if (rest == NULL || !parse_double(rest, &v->b))
            v->b = v->a;
        break;
    }
    case TABLE_DATE_PARTS: {
        /* "21 31" (days of a month), "16 31 9 12" (and months of a year; 0
         * when not given); checked at load by the lexicon */
        g_auto(GStrv) w = g_strsplit_set(e->value, " \t", -1);
        double n[4] = {0, 0, 0, 0};
        guint k = 0;
        for (guint j = 0; w[j] && k < 4; j++)
            if (w[j][0] != '\0' && parse_double(w[j], &n[k]))
                k++;
        v->a = n[0];
        v->b = k > 1 ? n[1] : n[0];
        v->c = k > 3 ? n[2] : 0;
        v->d = k > 3 ? n[3] : 0;
        break;
    }
    case TABLE_BOUNDS:
        v->text = g_string_chunk_insert_const(strings, e->value);
        break;
    case TABLE_ENTITIES:
        v->text = g_string_chunk_insert_const(strings, e->value[0] ? e->value : e->phrase);
        break;
    case TABLE_UNITS: {
        g_auto(GStrv) w = g_strsplit(e->value, " ", -1);
        guint k = 0;
        for (guint j = 0; w[j]; j++)
            if (w[j][0] != '\0') {
                if (k == 0)
                    v->text = g_string_chunk_insert_const(strings, w[j]);
                else
                    parse_double(w[j], &v->a);
                k++;
            }
        if (k == 0)
            v->text = g_string_chunk_insert_const(strings, e->phrase);
        v->orig = g_string_chunk_insert_const(strings, e->phrase);
        break;
    }
    case TABLE_APPROXIMATORS:
    case TABLE_BOUNDS_FROM_ZERO:
    case TABLE_COUNTED_NOUNS:
    case TABLE_COUNT_MODIFIERS:
        break;
    case TABLE_HOLIDAYS: {
        /* "12 25", "11 4 4" (the 4th Thursday of November), "11 4 4 1" (the
         * day after it), "easter -2"; checked at load by the lexicon */
        if (g_ascii_strncasecmp(e->value, "dates ", 6) == 0) {
            /* "dates 2022-05-02 2023-04-21 …": a = -1, the days in text */
            v->a = -1;
            v->text = g_string_chunk_insert_const(strings, e->value + 6);
            break;
        }
        g_auto(GStrv) w = g_strsplit(e->value, " ", -1);
        double n[4] = {0, 0, 0, 0};
        guint k = 0;
        gboolean easter = FALSE;
        for (guint j = 0; w[j] && k < 4; j++) {
            if (w[j][0] == '\0')
                continue;
            if (k == 0 && g_ascii_strcasecmp(w[j], "easter") == 0) {
                easter = TRUE;
                k = 3; /* only an offset may follow */
                continue;
            }
            parse_double(w[j], &n[k++]);
        }
        v->a = easter ? 0 : n[0];
        v->b = easter ? 0 : n[1];
        v->c = easter ? 0 : n[2];
        v->d = n[3];
        break;
    }
    default:
        if (!parse_double(e->value, &v->a))
            v->a = 0;
        break;
    }
}

/* Does a phrase of the units table with value @v start a reading where it
 * stands? Only a currency written before its figure does ("USD 5
 * million", read_money_prefix()) and "percent" before "of" ("percent of
 * 10", read_share_prefix()); no reader reads another unit ("troops",
 * "shells", "km") as a quantity's first word. */
static gboolean
unit_starts_reading(const PhraseValue *v)
{
    return v->text != NULL && (g_ascii_isupper(v->text[0]) || g_str_equal(v->text, "percent"));
}

/* Do the phrases of table @id start a quantity's reading? */
static gboolean
starts_quantity(guint id)
{
    switch (id) {
    case TABLE_NUMBER_WORDS:
    case TABLE_ORDINAL_WORDS:
    case TABLE_SCALE_WORDS:
    case TABLE_FRACTIONS:
    case TABLE_VAGUE:
    case TABLE_APPROXIMATORS:
    case TABLE_BOUNDS:
    case TABLE_BOUNDS_FROM_ZERO:
    case TABLE_UNITS:
        return TRUE;
    default:
        return FALSE;
    }
}

/* Are the phrases of table @id a date's head, a word no date is without
 * (a month, a weekday, a relative date, a holiday, a count)? */
static gboolean
heads_date(guint id)
{
    return id != TABLE_DATE_PARTS && id != TABLE_NUMBER_WORDS && id != TABLE_ORDINAL_WORDS;
}

/* Do the phrases of table @id start a date's reading? */
static gboolean
starts_date(guint id)
{
    switch (id) {
    case TABLE_NUMBER_WORDS:  /* "two weeks ago" */
    case TABLE_ORDINAL_WORDS: /* "the first week of May" */
    case TABLE_MONTHS:
    case TABLE_WEEKDAYS:
    case TABLE_WEEKDAY_SHORT:
    case TABLE_DATE_PARTS:
    case TABLE_RELATIVE_DATES:
    case TABLE_HOLIDAYS:
        return TRUE;
    default:
        return FALSE;
    }
}

/* The sets of the normalizer's word table (CcNormalizer.word_slots): a
 * word's bits; shifted by WORD_STEM_SHIFT, those of its possessive's stem
 * ("Tuesday's", "July\u2019s"); WORD_NO_FOLD for a token too long to fold
 * (append_folded()), WORD_KNOWN once a token's bits are read. */
#define WORD_IN_STARTS 1u
#define WORD_IN_DATE_STARTS 2u
#define WORD_IN_DATE_HEADS 4u
#define WORD_IN_AFTER_THE 8u
#define WORD_IN_AFTER_QUANTITY_LEAD 16u
#define WORD_IN_UNIT_STARTS 32u
#define WORD_IN_AFTER_FIGURE 64u
#define WORD_STEM_SHIFT 7
#define WORD_NO_FOLD 0x4000u
#define WORD_KNOWN 0x8000u

/* Words that start a quantity's reading only as the first word of a
 * phrase of more than one word of the quantity tables ("in excess of",
 * "on the order of", "at least", "lower than", "north of", "or more",
 * "and above", "or so"): no reader reads one of them itself, where a
 * reading starts (tok_may_start_quantity()); "and" and "or" open only
 * phrases read after a figure, which read_quantity() passes over where it
 * starts (is_postfix_phrase()). */
static const char *const quantity_leads[] = {"in", "on", "at", "lower", "north", "and", "or"};

struct CcWordSlot {
    guint32 hash, len;
    const char *key; /* a key of the sets, which outlive the table; NULL: empty */
    guint bits;
};

/* FNV-1a over @n bytes of @key. */
static guint32
word_hash(const char *key, gsize n)
{
    guint32 h = 2166136261u;
    for (gsize i = 0; i < n; i++)
        h = (h ^ (guint8)key[i]) * 16777619u;
    return h;
}

static void
add_word_slots(CcNormalizer *nz, GHashTable *words, guint bit)
{
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, words);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        gsize n = strlen(key);
        guint32 h = word_hash(key, n);
        guint i = h & nz->word_mask;
        while (nz->word_slots[i].key != NULL
               && !(nz->word_slots[i].len == n && memcmp(nz->word_slots[i].key, key, n) == 0))
            i = (i + 1) & nz->word_mask;
        nz->word_slots[i].hash = h;
        nz->word_slots[i].len = (guint32)n;
        nz->word_slots[i].key = key;
        nz->word_slots[i].bits |= bit;
    }
}

/* Fills the word table from the six sets, once they are complete. */
static void
build_word_slots(CcNormalizer *nz)
{
    guint n = g_hash_table_size(nz->starts) + g_hash_table_size(nz->date_starts)
              + g_hash_table_size(nz->date_heads) + g_hash_table_size(nz->date_after_the)
              + g_hash_table_size(nz->after_quantity_lead) + g_hash_table_size(nz->unit_starts)
              + g_hash_table_size(nz->date_after_figure);
    guint slots = 16;
    while (slots < 2 * n)
        slots *= 2;
    nz->word_slots = g_new0(struct CcWordSlot, slots);
    nz->word_mask = slots - 1;
    add_word_slots(nz, nz->starts, WORD_IN_STARTS);
    add_word_slots(nz, nz->date_starts, WORD_IN_DATE_STARTS);
    add_word_slots(nz, nz->date_heads, WORD_IN_DATE_HEADS);
    add_word_slots(nz, nz->date_after_the, WORD_IN_AFTER_THE);
    add_word_slots(nz, nz->after_quantity_lead, WORD_IN_AFTER_QUANTITY_LEAD);
    add_word_slots(nz, nz->unit_starts, WORD_IN_UNIT_STARTS);
    add_word_slots(nz, nz->date_after_figure, WORD_IN_AFTER_FIGURE);
}

/* The bits of the sets holding @key[0, @n), which holds no NUL and whose
 * word_hash() is @h. */
static inline guint
word_bits_hashed(const CcNormalizer *nz, const char *key, gsize n, guint32 h)
{
    for (guint i = h & nz->word_mask;; i = (i + 1) & nz->word_mask) {
        const struct CcWordSlot *slot = &nz->word_slots[i];
        if (slot->key == NULL)
            return 0;
        if (slot->hash == h && slot->len == n && memcmp(slot->key, key, n) == 0)
            return slot->bits;
    }
}

/* The bits of the sets holding the C string @key[0, @n) (as the sets'
 * g_str_hash() would look it up: to its first NUL). */
static guint
word_bits(const CcNormalizer *nz, const char *key, gsize n)
{
    guint32 h = 2166136261u; /* word_hash(), to the first NUL */
    gsize len = 0;
    while (len < n && key[len] != '\0')
        h = (h ^ (guint8)key[len++]) * 16777619u;
    return word_bits_hashed(nz, key, len, h);
}

/* Records the second word of the table phrase in @scratch, one that opens
 * with a quantity lead or an article, among the words after which such a
 * lead may start a reading (CcNormalizer.after_quantity_lead). FALSE when
 * the phrase is the lead alone or its second word does not fold: the lead
 * is then tried before any word. */
static gboolean
note_second_word(CcNormalizer *nz, const Tokens *scratch)
{
    char second[256];
    gsize at = 0;
    if (scratch->n == 1 || !append_folded(second, sizeof second, &at, &scratch->tok[1]))
        return FALSE;
    second[at] = '\0';
    g_hash_table_add(nz->after_quantity_lead,
                     (gpointer)g_string_chunk_insert_const(nz->strings, second));
    return TRUE;
}

/* The bounds and range words of a date, "by", "for", "from", "since",
 * "after" and "between", and "in", gated by the word after them
 * (gated_lead()). */
static const char *const date_bounds[] = {"by", "for", "from", "since", "after", "between", "in"};

/* Every word the date readers (normalize_date.c, read_direction()) compare
 * a token with, in lower case: with the date starts and heads, the words a
 * date read at a figure may have right after it (figure_may_start_date()).
 * A reader that compares a word not here must add it. */
static const char *const figure_next_words[] = {
    "a", "about", "academic", "active", "ad", "after", "ago", "an", "and", "around", "as", "at",
    "autumn", "bank", "before", "beginning", "best", "between", "beyond", "big", "bigger",
    "biggest", "business", "busy", "but", "by", "c", "calendar", "centuries", "century",
    "circa", "close", "combined", "coming", "commencing", "couple", "current", "cy", "d",
    "date", "day", "days", "deadliest", "decade", "decades", "digital", "during", "each",
    "earlier", "early", "eighties", "end", "entire", "eom", "eoy", "every", "fall", "festive",
    "few", "fewer", "fifties", "first", "fiscal", "following", "for", "forties", "fortnight",
    "fortnights", "from", "fy", "good", "great", "greater", "h", "half", "hence", "higher",
    "highest", "holiday", "hundred", "in", "inclusive", "is", "larger", "largest", "last",
    "late", "later", "less", "long", "longest", "lower", "lowest", "m", "may", "mid", "month",
    "months", "more", "nd", "near", "next", "nice", "nineties", "no", "not", "now", "of", "on",
    "one", "onward", "onwards", "opening", "or", "otd", "over", "past", "per", "present",
    "previous", "prior", "q", "quarter", "quarters", "quiet", "rd", "record", "remainder",
    "remaining", "respectively", "rest", "s", "sales", "same", "school", "seventies", "several",
    "sharpest", "since", "sixties", "smaller", "smallest", "spring", "st", "start", "starting",
    "steepest", "strongest", "summer", "sy", "th", "than", "that", "the", "thirties", "this",
    "thousand", "through", "thru", "till", "to", "today", "twenties", "until", "up", "upcoming",
    "users", "w", "weakest", "week", "weekend", "weekends", "weeks", "when", "while", "whole",
    "winter", "with", "within", "work", "working", "workweek", "worst", "year", "year's",
    "years"};

static gboolean
date_bound(const char *folded)
{
    for (guint k = 0; k < G_N_ELEMENTS(date_bounds); k++)
        if (strcmp(folded, date_bounds[k]) == 0)
            return TRUE;
    return FALSE;
}

CcNormalizer *
cc_normalizer_new(const CcLexicon *lexicon)
{
    g_return_val_if_fail(lexicon != NULL, NULL);
    CcNormalizer *nz = g_new0(CcNormalizer, 1);
    guint total = 0;
    for (guint id = 0; id < N_TABLES; id++) {
        GPtrArray *entries = cc_lexicon_entries(lexicon, table_names[id]);
        total += entries ? entries->len : 0;
    }
    nz->values = g_new0(PhraseValue, MAX(total, 1));
    nz->strings = g_string_chunk_new(4096);
    guint at = 0;
    Tokens *scratch = g_new(Tokens, 1);
    nz->starts = g_hash_table_new(g_str_hash, g_str_equal);
    nz->date_starts = g_hash_table_new(g_str_hash, g_str_equal);
    nz->date_heads = g_hash_table_new(g_str_hash, g_str_equal);
    nz->date_after_the = g_hash_table_new(g_str_hash, g_str_equal);
    nz->after_quantity_lead = g_hash_table_new(g_str_hash, g_str_equal);
    nz->unit_starts = g_hash_table_new(g_str_hash, g_str_equal);
    nz->date_after_figure = g_hash_table_new(g_str_hash, g_str_equal);
    nz->key_starts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint id = 0; id < N_TABLES; id++) {
        GPtrArray *entries = cc_lexicon_entries(lexicon, table_names[id]);
        if (entries == NULL)
            continue;
        PhraseTable *pt = &nz->tables[id];
        pt->by_phrase = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint k = 0; k < entries->len; k++) {
            const CcLexiconEntry *e = entries->pdata[k];
            PhraseValue *v = &nz->values[at++];
            fill_value(nz->strings, (TableId)id, e, v);
            tokens_scan(scratch, e->phrase, strlen(e->phrase));
            pt->max_tokens = MAX(pt->max_tokens, scratch->n);
            /* the key is rebuilt the way table_match builds it, so phrases
             * written "u.s. dollars" or "feb." match their tokens */
            char key[256];
            gsize kat = 0;
            gboolean fits = TRUE;
            for (guint j = 0; j < scratch->n && fits; j++) {
                if (j > 0 && scratch->tok[j].space_before)
                    key[kat++] = ' ';
                fits = kat + 1 < sizeof key
                       && append_folded(key, sizeof key, &kat, &scratch->tok[j]);
            }
            if (!fits)
                continue;
            key[kat] = '\0';
            g_hash_table_replace(pt->by_phrase, g_string_chunk_insert_const(nz->strings, key), v);
            /* every start of the key, longest first; a start that has
             * the table already had it from a longer key of the table,
             * which gave its shorter starts the table too */
            for (gsize n = kat; n >= 1; n--) {
                char c = key[n];
                key[n] = '\0';
                guint32 tables = GPOINTER_TO_UINT(g_hash_table_lookup(nz->key_starts, key));
                if (tables & (1u << id)) {
                    key[n] = c;
                    break;
                }
                g_hash_table_replace(nz->key_starts, g_strndup(key, n),
                                     GUINT_TO_POINTER(tables | (1u << id)));
                key[n] = c;
            }
            if ((starts_quantity(id) || starts_date(id)) && scratch->n > 0) {
                gsize fat = 0;
                char first[256];
                if (append_folded(first, sizeof first, &fat, &scratch->tok[0])) {
                    first[fat] = '\0';
                    const char *w = g_string_chunk_insert_const(nz->strings, first);
                    if (starts_quantity(id))
                        g_hash_table_add(id == TABLE_UNITS && !unit_starts_reading(v)
                                             ? nz->unit_starts
                                             : nz->starts,
                                         (gpointer)w);
                    for (guint q = 0; starts_quantity(id) && q < G_N_ELEMENTS(quantity_leads); q++) {
                        if (strcmp(first, quantity_leads[q]) != 0)
                            continue;
                        if (!note_second_word(nz, scratch))
                            nz->quantity_leads_alone |= 1u << q;
                    }
                    if (starts_quantity(id)
                        && (strcmp(first, "a") == 0 || strcmp(first, "an") == 0)) {
                        if (!note_second_word(nz, scratch))
                            nz->quantity_article_alone = TRUE;
                    }
                    if (starts_date(id))
                        g_hash_table_add(nz->date_starts, (gpointer)w);
                    if (starts_date(id) && heads_date(id))
                        g_hash_table_add(nz->date_heads, (gpointer)w);
                    gsize sat = 0;
                    char second[256];
                    gboolean to_not = strcmp(first, "to") == 0 || strcmp(first, "not") == 0;
                    if (starts_date(id) && to_not && scratch->n == 1)
                        nz->date_to_not_alone = TRUE;
                    if (starts_date(id) && date_bound(first))
                        nz->date_bound_phrase = TRUE;
                    if (starts_date(id) && scratch->n > 1
                        && (strcmp(first, "the") == 0 || strcmp(first, "this") == 0
                            || strcmp(first, "that") == 0 || to_not)
                        && append_folded(second, sizeof second, &sat, &scratch->tok[1])) {
                        second[sat] = '\0';
                        g_hash_table_add(nz->date_after_the,
                                         (gpointer)g_string_chunk_insert_const(nz->strings,
                                                                               second));
                    }
                }
            }
        }
    }
    /* the words the quantity readers read themselves */
    static const char *const words[] = {"a", "an", "between", "from", "equal", "equals",
                                        "minus", "negative", "hundred", "us", "u.s", "hk", "nz",
                                        "au", "c", "s", "ps", "rm", "usd", "aud", "cad", "nzd",
                                        "mxn", "mex"};
    for (guint k = 0; k < G_N_ELEMENTS(words); k++) {
        g_hash_table_add(nz->starts, (gpointer)words[k]);
        for (guint q = 0; q < G_N_ELEMENTS(quantity_leads); q++)
            if (strcmp(words[k], quantity_leads[q]) == 0)
                nz->quantity_leads_alone |= 1u << q;
    }
    /* the words the date readers read themselves: bounds ("before",
     * "no later than"), ranges ("between", "from"), directions ("last",
     * "this", "next"), the period words, counts ("a", "couple"), "in" of
     * "in 3 weeks", quarters and calendar years ("q1", "h2", "cy18") */
    static const char *const date_words[] = {
        "between", "from", "before", "prior", "earlier", "by", "no", "not", "as", "after",
        "later", "since", "starting", "beginning", "year", "the", "last", "this", "next",
        "past", "previous", "coming", "following", "upcoming", "current", "same", "that",
        "till", "until", "up", "to", "in", "within", "for", "more", "less", "fewer", "a",
        "an", "couple", "week", "weekend", "workweek", "work", "working", "business",
        "fortnight", "month", "quarter", "half", "decade", "century", "rest", "remainder",
        "remaining", "eoy", "eom", "q", "h", "cy", "otd", "w", "mid", "early", "late",
        "middle", "end", "start", "close", "fiscal", "fy", "sy", "school", "academic",
        "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
        "nineties", "now", "today", "date", "day", "days", "weeks", "months", "years",
        "'"};
    for (guint k = 0; k < G_N_ELEMENTS(date_words); k++)
        g_hash_table_add(nz->date_starts, (gpointer)date_words[k]);
    /* the words a date's readers take for its head: units of time, the
     * reference ("now", "today", "to date"), quarters, calendar years,
     * decades; with the figures and the head tables' words, a word that
     * only leads to a date ("the", "in", "last", "early") starts one only
     * a few words before one of them (tok_may_start_date()) */
    static const char *const head_words[] = {
        "week", "weekend", "workweek", "fortnight", "month", "quarter", "half", "decade",
        "century", "year", "day", "days", "weeks", "months", "years", "quarters", "decades",
        "centuries", "fortnights", "weekends", "now", "today", "date", "present", "eoy",
        "eom", "q", "h", "cy", "otd", "w", "fy", "sy", "twenties", "thirties", "forties",
        "fifties", "sixties", "seventies", "eighties", "nineties", "'", "couple", "spring",
        "summer", "autumn", "fall", "winter"};
    for (guint k = 0; k < G_N_ELEMENTS(head_words); k++)
        g_hash_table_add(nz->date_heads, (gpointer)head_words[k]);
    for (guint id = 0; id < N_TABLES; id++)
        if (starts_date(id))
            nz->date_tables |= 1u << id;
    for (guint k = 0; k < G_N_ELEMENTS(figure_next_words); k++)
        g_hash_table_add(nz->date_after_figure, (gpointer)figure_next_words[k]);
    build_word_slots(nz);
    g_free(scratch);
    return nz;
}

/* The bits (WORD_IN_*, WORD_NO_FOLD) of token @i's folded word and of
 * its possessive's stem, looked up once a token. The cast only fills the
 * cache (Tokens are never defined const). */
static guint
word_sets(const CcNormalizer *nz, const Tokens *t, guint i)
{
    Token *tk = (Token *)&t->tok[i];
    if (tk->word_sets != 0)
        return tk->word_sets;
    char key[256];
    gsize at = 0;
    guint bits = WORD_KNOWN;
    /* An ASCII token with no NUL, as nearly all are: lower-cased and
     * hashed (word_hash()) in one pass, as append_folded() and
     * word_bits() read it below; a possessive's "'s" is ASCII too. */
    if (tk->len < sizeof key) {
        guint32 h = 2166136261u;
        gsize k = 0;
        for (; k < tk->len; k++) {
            unsigned char c = (unsigned char)tk->s[k];
            if (c >= 0x80 || c == '\0')
                break;
            c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            key[k] = (char)c;
            h = (h ^ c) * 16777619u;
        }
        if (k == tk->len) {
            bits |= word_bits_hashed(nz, key, k, h);
            if (k > 2 && key[k - 1] == 's' && key[k - 2] == '\'')
                bits |= word_bits(nz, key, k - 2) << WORD_STEM_SHIFT;
            tk->word_sets = (guint16)bits;
            return bits;
        }
    }
    if (!append_folded(key, sizeof key, &at, tk)) {
        bits |= WORD_NO_FOLD;
    } else {
        bits |= word_bits(nz, key, at);
        gsize n = 0;
        if (at > 2 && key[at - 1] == 's' && key[at - 2] == '\'')
            n = at - 2;
        else if (at > 4 && key[at - 1] == 's' && memcmp(key + at - 4, "\xe2\x80\x99", 3) == 0)
            n = at - 4;
        if (n > 0)
            bits |= word_bits(nz, key, n) << WORD_STEM_SHIFT;
    }
    tk->word_sets = (guint16)bits;
    return bits;
}

/* Is token @i + 1 an ASCII word that folds (its word sets in @bits)? A
 * quantity lead before anything else is let through: the end of the
 * sentence (no token after: the callers say so), a figure, a punctuation
 * mark, a word not in ASCII or one too long to fold. */
static gboolean
next_word_folds(const CcNormalizer *nz, const Tokens *t, guint i, guint *bits)
{
    if (i + 1 >= t->n)
        return FALSE;
    const Token *next = &t->tok[i + 1];
    if (next->kind != TOK_WORD || (unsigned char)next->s[0] >= 0x80)
        return FALSE;
    *bits = word_sets(nz, t, i + 1);
    return !(*bits & WORD_NO_FOLD);
}

/* Is token @i one of quantity_leads[] that no reader reads alone (no
 * one-word phrase of the tables, no word of the readers' own), and token
 * @i + 1 no second word of a phrase the tables open with it? A phrase
 * matched at @i (table_match()) is its tokens folded one by one: its
 * second token is token @i + 1. A figure, a punctuation mark, a word not
 * in ASCII or one too long to fold after it are let through. */
static gboolean
quantity_lead_alone(const CcNormalizer *nz, const Tokens *t, guint i)
{
    guint n = t->tok[i].len;
    if (n > 5 || nz->quantity_leads_ungated)
        return FALSE;
    /* the leads are written in lower case: a first letter that is none of
     * theirs is told before their lengths are measured */
    char first = g_ascii_tolower(t->tok[i].s[0]);
    guint q = 0;
    for (; q < G_N_ELEMENTS(quantity_leads); q++)
        if (quantity_leads[q][0] == first && strlen(quantity_leads[q]) == n
            && g_ascii_strncasecmp(t->tok[i].s, quantity_leads[q], n) == 0)
            break;
    if (q == G_N_ELEMENTS(quantity_leads) || (nz->quantity_leads_alone & (1u << q)))
        return FALSE;
    guint bits;
    if (!next_word_folds(nz, t, i, &bits))
        return i + 1 >= t->n;
    return !(bits & WORD_IN_AFTER_QUANTITY_LEAD);
}

/* Is token @i "a" or "an", and token @i + 1 a word no reading that starts
 * at "a" reads next? read_quantity() reads "a" as the first word of a
 * phrase of the quantity tables ("a few", "a little over", "a maximum
 * of": its second token is token @i + 1), or read_core() reads it: as a
 * currency written before a figure or "A$" (a figure, "-" or "$" after
 * it), and read_number_words() as "a" before a scale word ("a million"),
 * a number word ("a twenty-first", "a hundredth"), or a fraction ("a
 * half", "a quarter"), each the first word of a phrase of the quantity
 * tables. So a reading at "a" has after it a figure, a punctuation mark,
 * a word not in ASCII or one too long to fold, the first word of a phrase
 * of the quantity tables or a word of the readers' own (the start words),
 * or the second word of a phrase that opens with "a" or "an"; unless a
 * table has "a" or "an" as a phrase of its own
 * (CcNormalizer.quantity_article_alone). */
static gboolean
quantity_article_alone(const CcNormalizer *nz, const Tokens *t, guint i)
{
    guint n = t->tok[i].len;
    if (n > 2 || nz->quantity_leads_ungated || nz->quantity_article_alone
        || !(tok_is(t, i, "a") || tok_is(t, i, "an")))
        return FALSE;
    guint bits;
    if (!next_word_folds(nz, t, i, &bits))
        return i + 1 >= t->n;
    guint set = WORD_IN_STARTS | WORD_IN_UNIT_STARTS | WORD_IN_AFTER_QUANTITY_LEAD;
    return !(bits & set) && !((bits >> WORD_STEM_SHIFT) & set);
}

gboolean
tok_may_start_quantity(const CcNormalizer *nz, const Tokens *t, guint i)
{
    const Token *tk = &t->tok[i];
    if (tk->kind == TOK_NUM || (unsigned char)tk->s[0] >= 0x80)
        return TRUE;
    if (tk->kind == TOK_PUNCT && (tok_is_punct(t, i, "<>-.") || tk->s[0] == '$'))
        return TRUE;
    guint bits = word_sets(nz, t, i);
    if (bits & WORD_NO_FOLD)
        return TRUE;
    if (nz->quantity_leads_ungated && (bits & WORD_IN_UNIT_STARTS))
        return TRUE;
    return (bits & WORD_IN_STARTS) && !quantity_lead_alone(nz, t, i)
           && !quantity_article_alone(nz, t, i);
}

/* Is token @i a figure or a word of the set @set (WORD_IN_*), a
 * possessive's stem ("Tuesday's", "July\u2019s") included? -1 when it does
 * not fold. */
static int
tok_in(const CcNormalizer *nz, const Tokens *t, guint i, guint set)
{
    if (t->tok[i].kind == TOK_NUM)
        return 1;
    guint bits = word_sets(nz, t, i);
    if (bits & WORD_NO_FOLD)
        return -1;
    return (bits & set) || ((bits >> WORD_STEM_SHIFT) & set) ? 1 : 0;
}

/* Tokens a word that leads to a date ("as early as next week") may stand
 * before the date's head. */
#define DATE_LEAD 6

/* tok_in() of the date heads and of the date's leading words: a word is
 * asked again for each of the DATE_LEAD words before it, and a scanner
 * restarted on a sentence asks it again (word_sets() reads it once). */
static int
tok_date_head(const CcNormalizer *nz, const Tokens *t, guint i)
{
    return tok_in(nz, t, i, WORD_IN_DATE_HEADS);
}

static int
tok_date_start(const CcNormalizer *nz, const Tokens *t, guint i)
{
    return tok_in(nz, t, i, WORD_IN_DATE_STARTS);
}

/* Can token @i follow a "the" that opens a date? Every reader that takes
 * "the" reads the word after it as a date's first word or head ("the
 * first week", "the next 3 days", "the weekend", "the 1990s", "the '90s"),
 * as a figure, or as the second word of a table's phrase ("the dying days
 * of"); "the troops" starts none. */
static gboolean
may_follow_the(const CcNormalizer *nz, const Tokens *t, guint i)
{
    if (i >= t->n)
        return FALSE;
    const Token *tk = &t->tok[i];
    if (tk->kind == TOK_NUM || (unsigned char)tk->s[0] >= 0x80)
        return TRUE;
    if (tk->kind == TOK_PUNCT)
        return tk->s[0] == '\'';
    return tok_date_start(nz, t, i) != 0 || tok_date_head(nz, t, i) != 0
           || tok_in(nz, t, i, WORD_IN_AFTER_THE) != 0;
}

/* Can token @i follow a bound or range word that opens a date (3 below)?
 * What may follow "the", or "on"; a "the" only where a date may start
 * at it, before what may follow it ("since the start of the war", not
 * "since the war"). */
static gboolean
may_follow_bound(const CcNormalizer *nz, const Tokens *t, guint i)
{
    if (i >= t->n)
        return FALSE;
    if (tok_is(t, i, "the"))
        return may_follow_the(nz, t, i + 1);
    return may_follow_the(nz, t, i) || tok_is(t, i, "on");
}

/* Is token @i one of the words "this", "that", "to" and "not", or a bound
 * (below), tried only before a word that may follow them in a date (1:
 * "this" or "that", 2: "to" or "not", 3: a bound; 0 for another)? No
 * reader takes one of the first four but to read a date's word right
 * after it:
 *  - "to": read_date()'s "to date" alone ("to" opens no phrase of the date
 *    tables, no bound of read_open(), is no word read_date() skips, and no
 *    other reader reads it first);
 *  - "not": read_open()'s "not later than" alone ("later" is a date start);
 *  - "that": read_direction() alone (the readers that ask it read a
 *    weekday, a figure, a month, a season, a holiday, a unit of time or
 *    "work(ing) week" after it, or after its "upcoming", "coming" or
 *    "calendar"), and the date tables' phrases that open with it;
 *  - "this": the same, and the phrases that open with it ("this
 *    morning": their second words are with the words after "the").
 * So a date read at "this" or "that" has after it a figure, an
 * apostrophe, a word not in ASCII, a date start or head, the second word
 * of such a phrase or "calendar": may_follow_the() or "calendar"; one
 * read at "to" or "not" has "date" or "later" after it, or the second word
 * of a phrase of the date tables that opens with it (with the words after
 * "the"), unless such a phrase is the word alone
 * (CcNormalizer.date_to_not_alone): then may_follow_the() as for "this".
 *
 * 3: a bound or range word, "by", "for", "from", "since", "after" or
 * "between", or "in". read_date() reads past it to the word after it (a
 * bound of read_open(), whose probe asks a date, "the", "on", "year" or
 * "in" there; the "in" and "by" it skips; the "from" and "between" of a
 * range) or a reader takes it as its first word and reads a date's word
 * right after it ("for the next 3 days", "after two weeks", "in 3 weeks":
 * read_duration_date()); no phrase of the date tables opens with one as
 * they stand (if one did, CcNormalizer.date_bound_phrase, they would be
 * tried whatever follows).
 * So a date read at one of them has after it what may follow "the"
 * (may_follow_the()) or "on" ("since on May 3"), and where that is "the",
 * a date read from it, which has after it what may follow "the"
 * (may_follow_bound()). A word skipped after an "in" or a "by" read as
 * no bound ("in around May", "by around May") leaves the date to start
 * where the scanner tries it anyway. */
static int
gated_lead(const Tokens *t, guint i)
{
    switch (t->tok[i].len) {
    case 2:
        return tok_is(t, i, "to") ? 2 : tok_is(t, i, "by") || tok_is(t, i, "in") ? 3 : 0;
    case 3:
        return tok_is(t, i, "not") ? 2 : tok_is(t, i, "for") ? 3 : 0;
    case 4:
        return tok_is(t, i, "this") || tok_is(t, i, "that") ? 1 : tok_is(t, i, "from") ? 3 : 0;
    case 5:
        return tok_is(t, i, "since") || tok_is(t, i, "after") ? 3 : 0;
    case 7:
        return tok_is(t, i, "between") ? 3 : 0;
    default:
        return 0;
    }
}

/* Can token @i follow a "to" or "not" that opens a date: "date" after
 * "to", "later" after "not", the second word of a phrase of the date
 * tables, or a token that is no word in ASCII that folds? */
static gboolean
may_follow_to_not(const CcNormalizer *nz, const Tokens *t, guint i)
{
    if (i >= t->n)
        return FALSE;
    const Token *tk = &t->tok[i];
    if (tk->kind != TOK_WORD || (unsigned char)tk->s[0] >= 0x80)
        return TRUE;
    if (tok_is(t, i - 1, "to") ? tok_is(t, i, "date") : tok_is(t, i, "later"))
        return TRUE;
    guint bits = word_sets(nz, t, i);
    return (bits & WORD_NO_FOLD) || (bits & WORD_IN_AFTER_THE);
}

/* Can the figure at token @i start a date? A reader that starts at a
 * figure reads it alone only as a year (four figures, is_year()) or a
 * date of eight figures (read_numeric()); else as the first token of a
 * phrase of the date tables, or as a day, a count or a part of a date in
 * figures, which read_day(), read_count() and read_comp() take plain
 * only (not "3,679"), and go on to read the token after it: a mark ("/",
 * "-", ","), a figure, a word glued on ("5th", "90s"), or a month, a
 * weekday, a unit of time, an ordinal ending, a connector ("and", "to"),
 * each a date start or head or a word the readers compare a token with
 * (figure_next_words[]). So a figure of at most three figures, or one
 * grouped in thousands, that starts no phrase of the date tables and has
 * after it, with a space, an ASCII word that folds and is none of those
 * ("3,679 troops", "12 North Korean"), starts no date. */
static gboolean
figure_may_start_date(const CcNormalizer *nz, const Tokens *t, guint i)
{
    Token *tk = (Token *)&t->tok[i];
    if (nz->figures_ungated || tk->bad || tk->decimal || (!tk->grouped && tk->int_digits > 3)
        || i + 1 >= t->n)
        return TRUE;
    const Token *next = &t->tok[i + 1];
    if (next->kind != TOK_WORD || !next->space_before || (unsigned char)next->s[0] >= 0x80)
        return TRUE;
    guint bits = word_sets(nz, t, i + 1);
    guint set = WORD_IN_DATE_STARTS | WORD_IN_DATE_HEADS | WORD_IN_AFTER_THE | WORD_IN_AFTER_FIGURE;
    if ((bits & WORD_NO_FOLD) || (bits & set) || ((bits >> WORD_STEM_SHIFT) & set))
        return TRUE;
    guint32 tables = tk->tables & TOKEN_TABLES_KNOWN ? tk->tables : token_tables(nz, tk);
    return (tables & nz->date_tables) != 0;
}

gboolean
tok_may_start_date(const CcNormalizer *nz, const Tokens *t, guint i)
{
    const Token *tk = &t->tok[i];
    if (tk->kind == TOK_NUM)
        return figure_may_start_date(nz, t, i);
    if ((unsigned char)tk->s[0] >= 0x80)
        return TRUE;
    if (tk->kind == TOK_PUNCT)
        return tk->s[0] == '\'';
    /* "the" is a head too (the first word of "the end of", "the day
     * before yesterday"): asked first */
    if (!nz->the_ungated && tok_is(t, i, "the") && !may_follow_the(nz, t, i + 1))
        return FALSE;
    int lead = nz->leads_ungated ? 0 : gated_lead(t, i);
    if (lead == 3) {
        if (!nz->date_bound_phrase && !may_follow_bound(nz, t, i + 1))
            return FALSE;
    } else if (lead == 2 && !nz->date_to_not_alone) {
        if (!may_follow_to_not(nz, t, i + 1))
            return FALSE;
    } else if (lead != 0 && !may_follow_the(nz, t, i + 1)
               && !(lead == 1 && tok_is(t, i + 1, "calendar"))) {
        return FALSE;
    }
    int head = tok_date_head(nz, t, i);
    if (head != 0)
        return TRUE;
    if (tok_date_start(nz, t, i) == 0)
        return FALSE;
    /* "in nineteen ninety six": a year in words after "in" */
    if (i > 0 && tok_is(t, i - 1, "in") && table_match(nz, TABLE_NUMBER_WORDS, t, i, &(guint){0}))
        return TRUE;
    for (guint k = i + 1; k < t->n && k <= i + DATE_LEAD; k++)
        if (t->tok[k].kind != TOK_PUNCT && tok_date_head(nz, t, k) != 0)
            return TRUE;
    return FALSE;
}

void
cc_normalizer_free(CcNormalizer *normalizer)
{
    if (normalizer == NULL)
        return;
    for (guint id = 0; id < N_TABLES; id++)
        if (normalizer->tables[id].by_phrase)
            g_hash_table_unref(normalizer->tables[id].by_phrase);
    if (normalizer->starts)
        g_hash_table_unref(normalizer->starts);
    if (normalizer->date_starts)
        g_hash_table_unref(normalizer->date_starts);
    if (normalizer->date_heads)
        g_hash_table_unref(normalizer->date_heads);
    if (normalizer->date_after_the)
        g_hash_table_unref(normalizer->date_after_the);
    if (normalizer->date_after_figure)
        g_hash_table_unref(normalizer->date_after_figure);
    if (normalizer->after_quantity_lead)
        g_hash_table_unref(normalizer->after_quantity_lead);
    if (normalizer->unit_starts)
        g_hash_table_unref(normalizer->unit_starts);
    g_free(normalizer->word_slots);
    if (normalizer->key_starts)
        g_hash_table_unref(normalizer->key_starts);
    g_free(normalizer->values);
    g_string_chunk_free(normalizer->strings);
    g_free(normalizer);
}

gboolean
cc_normalize_quantity(const CcNormalizer *normalizer, const char *text, gsize len, CcValue *value)
{
    g_return_val_if_fail(normalizer != NULL && text != NULL && value != NULL, FALSE);
    Tokens t;
    tokens_scan(&t, text, len);
    return normalize_quantity_tokens(normalizer, &t, value);
}

gboolean
cc_normalize_date(const CcNormalizer *normalizer, const char *text, gsize len, guint32 ref_day,
                  CcValue *value)
{
    g_return_val_if_fail(normalizer != NULL && text != NULL && value != NULL, FALSE);
    Tokens t;
    tokens_scan(&t, text, len);
    return normalize_date_tokens(normalizer, &t, ref_day, value);
}

char *
cc_normalize_entity(const CcNormalizer *normalizer, const char *text, gsize len)
{
    g_return_val_if_fail(normalizer != NULL && text != NULL, NULL);
    Tokens t;
    tokens_scan(&t, text, len);
    guint end = 0;
    /* "the Kim regime" and "Kim regime" both resolve */
    for (guint start = 0; start < MIN(t.n, 2u); start++) {
        const PhraseValue *v = table_match(normalizer, TABLE_ENTITIES, &t, start, &end);
        if (v != NULL && end == t.n && (start == 0 || tok_is(&t, 0, "the")))
            return g_strdup(v->text);
    }
    GString *slug = g_string_sized_new(len);
    gboolean sep = FALSE;
    const char *p = text, *e = text + len;
    while (p < e) {
        gunichar u = g_utf8_get_char_validated(p, e - p);
        if (u == (gunichar)-1 || u == (gunichar)-2) {
            sep = slug->len > 0;
            p++;
            continue;
        }
        if (g_unichar_isalnum(u)) {
            if (sep)
                g_string_append_c(slug, '_');
            sep = FALSE;
            g_string_append_unichar(slug, g_unichar_tolower(u));
        } else {
            sep = slug->len > 0;
        }
        p = g_utf8_next_char(p);
    }
    return g_string_free(slug, FALSE);
}

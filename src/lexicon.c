/* SPDX-License-Identifier: MIT */
/* lexicon.c: named tables of phrases with values, kept as data. Phrases are
 * stored folded (lower case, single spaces) so lookups ignore case and
 * spacing; values of the tables the engine reads are checked on entry. */
#include "internal.h"

#include <math.h>

/* The shape a table's values must have (check_value()), known from its
 * name. */
typedef enum {
    SHAPE_ANY,
    SHAPE_NUMBER,
    SHAPE_VAGUE,
    SHAPE_DATE_PARTS,
    SHAPE_BOUNDS,
    SHAPE_UNITS,
    SHAPE_MODALITY,
    SHAPE_HOLIDAYS,
    SHAPE_ENTITIES,
} Shape;

/* An entry as the lexicon keeps it: with its phrase's length, which
 * the longest-first order compares. */
typedef struct {
    CcLexiconEntry pub;
    gsize phrase_len;
} Entry;

typedef struct {
    GHashTable *by_phrase; /* folded phrase -> Entry* (in entry_blocks) */
    /* GPtrArray* of the entries longest first, built by the first
     * cc_lexicon_entries() (g_once: threads compiling patterns may ask at
     * once), dropped by an add */
    gsize sorted;
    Shape shape;
} Table;

struct _CcLexicon {
    GHashTable *tables; /* name -> Table* */
    GStringChunk *strings;
    /* the file of the last entry, in strings: entries come a file at a
     * time, and its name is looked up once */
    const char *last_file;
    /* the table of the last entry added, and its name (the key in
     * tables): entries come a table at a time too */
    const char *last_table_name;
    Table *last_table;
    /* The entries, ENTRIES_A_BLOCK to a block: ten thousand of them in a
     * pack, all living as long as the lexicon, are taken in turn from a
     * block rather than allocated one by one. (One an entry of the same
     * phrase replaced stays in its block unused.) */
    GPtrArray *entry_blocks;
    guint block_used; /* entries taken from the last block */
};

#define ENTRIES_A_BLOCK 512u

static Entry *
new_entry(CcLexicon *lexicon)
{
    if (lexicon->entry_blocks->len == 0 || lexicon->block_used == ENTRIES_A_BLOCK) {
        g_ptr_array_add(lexicon->entry_blocks, g_new0(Entry, ENTRIES_A_BLOCK));
        lexicon->block_used = 0;
    }
    Entry *block = g_ptr_array_index(lexicon->entry_blocks, lexicon->entry_blocks->len - 1);
    return &block[lexicon->block_used++];
}

static void
table_free(gpointer p)
{
    Table *t = p;
    g_hash_table_unref(t->by_phrase);
    if (t->sorted)
        g_ptr_array_unref((GPtrArray *)t->sorted);
    g_free(t);
}

CcLexicon *
cc_lexicon_new(void)
{
    CcLexicon *lex = g_new0(CcLexicon, 1);
    lex->tables = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, table_free);
    lex->strings = g_string_chunk_new(4096);
    lex->entry_blocks = g_ptr_array_new_with_free_func(g_free);
    return lex;
}

void
cc_lexicon_free(CcLexicon *lexicon)
{
    if (lexicon == NULL)
        return;
    g_hash_table_unref(lexicon->tables);
    g_string_chunk_free(lexicon->strings);
    g_ptr_array_unref(lexicon->entry_blocks);
    g_free(lexicon);
}

/* fold_phrase() of @len bytes of ASCII, without a GString (nearly every
 * phrase of the rules), written to @out, of @len + 1 bytes at least. */
static void
fold_ascii_into(const char *phrase, gsize len, char *out)
{
    gsize n = 0;
    gboolean space = FALSE;
    for (gsize i = 0; i < len; i++) {
        char c = phrase[i];
        if (g_ascii_isspace(c)) {
            space = n > 0;
            continue;
        }
        if (space)
            out[n++] = ' ';
        space = FALSE;
        out[n++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    out[n] = '\0';
}

/* Are the @len bytes at @phrase all ASCII? */
static gboolean
all_ascii(const char *phrase, gsize len)
{
    gsize i = 0;
    while (i < len && (unsigned char)phrase[i] < 0x80)
        i++;
    return i == len;
}

static char *fold_phrase(const char *phrase, gssize len);

#define FOLD_SMALL 64

/* fold_phrase() of @phrase (@len bytes, or to its NUL when negative): in
 * @small when it is ASCII and shorter than FOLD_SMALL bytes (most
 * phrases), else in a new string left in *@owned for the caller to free. */
static inline const char *
fold_phrase_in(const char *phrase, gssize len, char small[FOLD_SMALL], char **owned)
{
    gsize n = len < 0 ? strlen(phrase) : (gsize)len;
    if (n < FOLD_SMALL && all_ascii(phrase, n)) {
        fold_ascii_into(phrase, n, small);
        return small;
    }
    *owned = fold_phrase(phrase, (gssize)n);
    return *owned;
}

/* Lower case (ASCII and Unicode), runs of white space as one space, trimmed. */
static char *
fold_phrase(const char *phrase, gssize len)
{
    if (len < 0)
        len = (gssize)strlen(phrase);
    if (all_ascii(phrase, (gsize)len)) {
        char *out = g_malloc((gsize)len + 1);
        fold_ascii_into(phrase, (gsize)len, out);
        return out;
    }
    GString *out = g_string_sized_new((gsize)len);
    gboolean space = FALSE;
    const char *p = phrase, *end = phrase + len;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            if (g_ascii_isspace(c)) {
                space = out->len > 0;
            } else {
                if (space)
                    g_string_append_c(out, ' ');
                space = FALSE;
                g_string_append_c(out, g_ascii_tolower(c));
            }
            p++;
            continue;
        }
        gunichar u = g_utf8_get_char_validated(p, end - p);
        if (u == (gunichar)-1 || u == (gunichar)-2) {
            g_string_append_c(out, (char)c);
            p++;
            continue;
        }
        if (g_unichar_isspace(u)) {
            space = out->len > 0;
        } else {
            if (space)
                g_string_append_c(out, ' ');
            space = FALSE;
            g_string_append_unichar(out, g_unichar_tolower(u));
        }
        p = g_utf8_next_char(p);
    }
    return g_string_free(out, FALSE);
}

static gboolean
parse_number(const char *s, double *out)
{
    char *end = NULL;
    double v = g_ascii_strtod(s, &end);
    if (end == s || *end != '\0' || !isfinite(v))
        return FALSE;
    *out = v;
    return TRUE;
}

/* A value's blank-separated words, split in a copy of it: on the stack
 * when the value is short and has few words. */
#define VALUE_SMALL 128
typedef struct {
    char small[VALUE_SMALL];
    char *small_words[16];
    char *copy;   /* small, or owned */
    char **words; /* small_words, or owned; NULL-terminated */
    guint n;
} Words;

static void
words_split(Words *ws, const char *value)
{
    gsize len = strlen(value);
    ws->copy = len < VALUE_SMALL ? ws->small : g_malloc(len + 1);
    memcpy(ws->copy, value, len + 1);
    guint most = (guint)(len / 2 + 1); /* words of one byte, each followed by a blank */
    ws->words = most < G_N_ELEMENTS(ws->small_words) ? ws->small_words : g_new(char *, most + 1);
    ws->n = 0;
    for (char *p = ws->copy; *p;) {
        if (*p == ' ' || *p == '\t') {
            *p++ = '\0';
            continue;
        }
        ws->words[ws->n++] = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
    }
    ws->words[ws->n] = NULL;
}

static void
words_clear(Words *ws)
{
    if (ws->copy != ws->small)
        g_free(ws->copy);
    if (ws->words != ws->small_words)
        g_free(ws->words);
}

/* The shape of each known table's values; other tables accept any. */
static Shape
shape_of(const char *table)
{
    if (g_str_equal(table, "number_words") || g_str_equal(table, "ordinal_words")
        || g_str_equal(table, "scale_words") || g_str_equal(table, "fractions")
        || g_str_equal(table, "months") || g_str_equal(table, "weekdays")
        || g_str_equal(table, "weekday_short") || g_str_equal(table, "relative_dates"))
        return SHAPE_NUMBER;
    if (g_str_equal(table, "vague"))
        return SHAPE_VAGUE;
    if (g_str_equal(table, "date_parts"))
        return SHAPE_DATE_PARTS;
    if (g_str_equal(table, "bounds"))
        return SHAPE_BOUNDS;
    if (g_str_equal(table, "units"))
        return SHAPE_UNITS;
    if (g_str_equal(table, "modality"))
        return SHAPE_MODALITY;
    if (g_str_equal(table, "holidays"))
        return SHAPE_HOLIDAYS;
    if (g_str_equal(table, "entities"))
        return SHAPE_ENTITIES;
    return SHAPE_ANY;
}

static gboolean check_words(const char *table, Shape shape, const char *value, char **w,
                            guint n, GError **error);

/* Has @value the shape @table's values must have? */
static gboolean
check_value(const char *table, Shape shape, const char *value, GError **error)
{
    if (shape == SHAPE_ANY)
        return TRUE;
    Words ws;
    words_split(&ws, value);
    gboolean ok = check_words(table, shape, value, ws.words, ws.n, error);
    words_clear(&ws);
    return ok;
}

static gboolean
check_words(const char *table, Shape shape, const char *value, char **w, guint n, GError **error)
{
    double a, b;

    if (shape == SHAPE_NUMBER) {
        if (n != 1 || !parse_number(w[0], &a)) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon %s wants a number, not '%s'", table, value);
            return FALSE;
        }
        if ((g_str_equal(table, "months") && (a < 1 || a > 12 || a != floor(a)))
            || ((g_str_equal(table, "weekdays") || g_str_equal(table, "weekday_short"))
                && (a < 1 || a > 7 || a != floor(a)))) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon %s: %s is out of range", table, value);
            return FALSE;
        }
    } else if (shape == SHAPE_VAGUE) {
        if (n != 2 || !parse_number(w[0], &a) || !parse_number(w[1], &b) || a > b) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon %s wants 'LOW HIGH' with LOW <= HIGH, not '%s'", table, value);
            return FALSE;
        }
    } else if (shape == SHAPE_DATE_PARTS) {
        /* days of a month, then optionally months of a year */
        double c = 1, d = 12;
        if ((n != 2 && n != 4) || !parse_number(w[0], &a) || !parse_number(w[1], &b) || a > b
            || a < 1 || b > 31 || a != floor(a) || b != floor(b)
            || (n == 4
                && (!parse_number(w[2], &c) || !parse_number(w[3], &d) || c > d || c < 1
                    || d > 12 || c != floor(c) || d != floor(d)))) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon date_parts wants 'LOW HIGH [MONTH_LOW MONTH_HIGH]', days 1 to 31 "
                        "and months 1 to 12, each LOW <= HIGH, not '%s'", value);
            return FALSE;
        }
    } else if (shape == SHAPE_BOUNDS) {
        static const char *const ops[] = {"gt", "ge", "lt", "le", "nearly", NULL};
        if (n != 1 || !g_strv_contains(ops, w[0])) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon bounds wants one of gt, ge, lt, le, nearly, not '%s'", value);
            return FALSE;
        }
    } else if (shape == SHAPE_UNITS) {
        if (n < 1 || n > 2 || (n == 2 && (!parse_number(w[1], &a) || a == 0))) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon units wants 'UNIT [FACTOR]', not '%s'", value);
            return FALSE;
        }
    } else if (shape == SHAPE_MODALITY) {
        static const char *const kinds[] = {"asserted", "reported",  "hedged",
                                            "hypothetical", "negated", "disputed", NULL};
        static const char *const sides[] = {"pre", "post", "both", NULL};
        if (n < 1 || n > 2 || !g_strv_contains(kinds, w[0])
            || (n == 2 && !g_strv_contains(sides, w[1]))) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon modality wants 'MODALITY [pre|post|both]', not '%s'", value);
            return FALSE;
        }
    } else if (shape == SHAPE_HOLIDAYS) {
        /* MONTH DAY | MONTH WEEKDAY NTH [OFFSET] | easter [OFFSET] | dates DAY… */
        gboolean ok;
        double c = 0, d = 0;
        if (n >= 1 && g_ascii_strcasecmp(w[0], "easter") == 0)
            ok = n == 1 || (n == 2 && parse_number(w[1], &d));
        else if (n >= 1 && g_ascii_strcasecmp(w[0], "dates") == 0) {
            /* a holiday of another calendar: its day in each year listed */
            ok = n >= 2;
            for (guint k = 1; ok && k < n; k++) {
                unsigned y, m, dd;
                char tail;
                ok = strlen(w[k]) == 10 && sscanf(w[k], "%4u-%2u-%2u%c", &y, &m, &dd, &tail) == 3
                     && g_date_valid_dmy((GDateDay)dd, (GDateMonth)m, (GDateYear)y);
            }
        } else
            ok = (n == 2 || n == 3 || n == 4) && parse_number(w[0], &a) && parse_number(w[1], &b)
                 && a >= 1 && a <= 12 && a == floor(a)
                 && (n == 2 ? b >= 1 && b <= 31 && b == floor(b)
                            : b >= 1 && b <= 7 && b == floor(b) && parse_number(w[2], &c)
                                  && c == floor(c) && c >= -1 && c <= 5 && c != 0
                                  && (n == 3 || parse_number(w[3], &d)));
        if (!ok) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon holidays wants 'MONTH DAY', 'MONTH WEEKDAY NTH [OFFSET]', "
                        "'easter [OFFSET]' or 'dates YYYY-MM-DD…', not '%s'",
                        value);
            return FALSE;
        }
    } else if (shape == SHAPE_ENTITIES) {
        if (n != 1) {
            g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX,
                        "lexicon entities wants one canonical name, not '%s'", value);
            return FALSE;
        }
    }
    return TRUE;
}

gboolean
cc_lexicon_add(CcLexicon *lexicon, const char *table, const char *phrase, const char *value,
               const char *file, guint line, GError **error)
{
    g_return_val_if_fail(lexicon != NULL && table != NULL && phrase != NULL, FALSE);
    if (value == NULL)
        value = "";
    char small[FOLD_SMALL];
    g_autofree char *owned = NULL;
    const char *folded = fold_phrase_in(phrase, -1, small, &owned);
    if (folded[0] == '\0') {
        g_set_error(error, CC_ERROR, CC_ERROR_RULE_SYNTAX, "empty phrase in lexicon %s", table);
        return FALSE;
    }
    Table *t = lexicon->last_table_name != NULL && strcmp(lexicon->last_table_name, table) == 0
                   ? lexicon->last_table
                   : g_hash_table_lookup(lexicon->tables, table);
    if (!check_value(table, t ? t->shape : shape_of(table), value, error))
        return FALSE;
    if (t == NULL) {
        t = g_new0(Table, 1);
        t->by_phrase = g_hash_table_new(g_str_hash, g_str_equal);
        t->shape = shape_of(table);
        char *name = g_strdup(table);
        g_hash_table_insert(lexicon->tables, name, t);
        lexicon->last_table_name = name;
        lexicon->last_table = t;
    } else if (t != lexicon->last_table) {
        gpointer name = NULL;
        g_hash_table_lookup_extended(lexicon->tables, table, &name, NULL);
        lexicon->last_table_name = name;
        lexicon->last_table = t;
    }
    if (file != NULL && (lexicon->last_file == NULL || strcmp(lexicon->last_file, file) != 0))
        lexicon->last_file = g_string_chunk_insert_const(lexicon->strings, file);
    /* Phrase and value copied, not shared with equal strings: a table
     * keys its entries by phrase, and nothing compares their addresses. */
    Entry *e = new_entry(lexicon);
    e->pub.phrase = g_string_chunk_insert(lexicon->strings, folded);
    e->pub.value = g_string_chunk_insert(lexicon->strings, value);
    e->pub.file = file ? lexicon->last_file : "";
    e->pub.line = line;
    e->phrase_len = strlen(folded);
    g_hash_table_replace(t->by_phrase, (gpointer)e->pub.phrase, e);
    if (t->sorted) {
        g_ptr_array_unref((GPtrArray *)t->sorted);
        t->sorted = 0;
    }
    return TRUE;
}

gboolean
cc_lexicon_take(CcLexicon *lexicon, CcLexicon *from)
{
    if (g_hash_table_size(lexicon->tables) != 0)
        return FALSE;
    GHashTable *tables = lexicon->tables;
    GStringChunk *strings = lexicon->strings;
    const char *last_file = lexicon->last_file;
    const char *last_table_name = lexicon->last_table_name;
    Table *last_table = lexicon->last_table;
    GPtrArray *entry_blocks = lexicon->entry_blocks;
    guint block_used = lexicon->block_used;
    lexicon->tables = from->tables;
    lexicon->strings = from->strings;
    lexicon->last_file = from->last_file;
    lexicon->last_table_name = from->last_table_name;
    lexicon->last_table = from->last_table;
    lexicon->entry_blocks = from->entry_blocks;
    lexicon->block_used = from->block_used;
    from->tables = tables;
    from->strings = strings;
    from->last_file = last_file;
    from->last_table_name = last_table_name;
    from->last_table = last_table;
    from->entry_blocks = entry_blocks;
    from->block_used = block_used;
    return TRUE;
}

const CcLexiconEntry *
cc_lexicon_lookup(const CcLexicon *lexicon, const char *table, const char *phrase, gssize len)
{
    g_return_val_if_fail(lexicon != NULL && table != NULL && phrase != NULL, NULL);
    Table *t = g_hash_table_lookup(lexicon->tables, table);
    if (t == NULL)
        return NULL;
    char small[FOLD_SMALL];
    g_autofree char *owned = NULL;
    return g_hash_table_lookup(t->by_phrase, fold_phrase_in(phrase, len, small, &owned));
}

gboolean
cc_lexicon_has_table(const CcLexicon *lexicon, const char *table)
{
    return g_hash_table_contains(lexicon->tables, table);
}

static int
by_length_then_text(gconstpointer a, gconstpointer b)
{
    const Entry *x = *(Entry *const *)a;
    const Entry *y = *(Entry *const *)b;
    if (x->phrase_len != y->phrase_len)
        return x->phrase_len > y->phrase_len ? -1 : 1;
    return strcmp(x->pub.phrase, y->pub.phrase);
}

GPtrArray *
cc_lexicon_entries(const CcLexicon *lexicon, const char *table)
{
    g_return_val_if_fail(lexicon != NULL && table != NULL, NULL);
    Table *t = g_hash_table_lookup(lexicon->tables, table);
    if (t == NULL)
        return NULL;
    if (g_once_init_enter(&t->sorted)) {
        /* The cache is logically const: built once, then read. */
        GPtrArray *sorted = g_ptr_array_sized_new(g_hash_table_size(t->by_phrase));
        GHashTableIter it;
        gpointer v;
        g_hash_table_iter_init(&it, t->by_phrase);
        while (g_hash_table_iter_next(&it, NULL, &v))
            g_ptr_array_add(sorted, v);
        g_ptr_array_sort(sorted, by_length_then_text);
        g_once_init_leave(&t->sorted, (gsize)sorted);
    }
    return (GPtrArray *)t->sorted;
}

static int
by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

GPtrArray *
cc_lexicon_tables(const CcLexicon *lexicon)
{
    GPtrArray *names = g_ptr_array_new();
    GHashTableIter it;
    gpointer k;
    g_hash_table_iter_init(&it, lexicon->tables);
    while (g_hash_table_iter_next(&it, &k, NULL))
        g_ptr_array_add(names, k);
    g_ptr_array_sort(names, by_name);
    return names;
}

char *
cc_lexicon_to_regex(const CcLexicon *lexicon, const char *table)
{
    GPtrArray *entries = cc_lexicon_entries(lexicon, table);
    if (entries == NULL)
        return NULL;
    GString *re = g_string_new("(?:");
    for (guint i = 0; i < entries->len; i++) {
        const CcLexiconEntry *e = entries->pdata[i];
        if (i > 0)
            g_string_append_c(re, '|');
        for (const char *p = e->phrase; *p; p++) {
            if (*p == ' ')
                g_string_append(re, "\\s+");
            else if (strchr("\\^$.|?*+()[]{}-#", *p))
                g_string_append_printf(re, "\\%c", *p);
            else
                g_string_append_c(re, *p);
        }
    }
    g_string_append_c(re, ')');
    return g_string_free(re, FALSE);
}

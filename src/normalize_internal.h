/* SPDX-License-Identifier: MIT */
/* normalize_internal.h: what the normalizer's files share — the typed
 * phrase tables built from the lexicon, and the token stream a text is cut
 * into before it is read. Private to src/normalize*.c. */
#pragma once

#include "internal.h"

/* One lexicon entry, its value parsed once at load. */
typedef struct {
    double a;          /* the number; LOW for two-number tables; factor for units */
    double b;          /* HIGH for two-number tables */
    /* Both owned by the normalizer's string chunk, each distinct string
     * once, so two units are the same unit when their pointers are equal.
     * A value read from text gets GLib-interned copies (CcValue's contract),
     * so it may outlive the normalizer. */
    const char *text;  /* bounds: the operator; units: the canonical unit */
    const char *orig;  /* units: the phrase as written in the lexicon */
    /* holidays: a is the month (0: counted from Easter), b the day or the
     * weekday, c the nth weekday (0: a fixed day; -1: the last), d days added */
    double c, d;
} PhraseValue;

/* A lexicon table as a hash of folded phrases, with the longest phrase's
 * length in tokens so a match tries only that many. */
typedef struct {
    GHashTable *by_phrase; /* folded phrase (in the normalizer's strings) -> PhraseValue* */
    guint max_tokens;
} PhraseTable;

typedef enum {
    TABLE_NUMBER_WORDS,
    TABLE_ORDINAL_WORDS,
    TABLE_SCALE_WORDS,
    TABLE_FRACTIONS,
    TABLE_VAGUE,
    TABLE_APPROXIMATORS,
    TABLE_BOUNDS,
    TABLE_BOUNDS_FROM_ZERO,
    TABLE_UNITS,
    TABLE_MONTHS,
    TABLE_WEEKDAYS,
    TABLE_WEEKDAY_SHORT,
    TABLE_DATE_PARTS,
    TABLE_RELATIVE_DATES,
    TABLE_HOLIDAYS,
    TABLE_ENTITIES,
    TABLE_COUNTED_NOUNS,    /* what a million glued to "m" counts: "users", "sales" */
    TABLE_COUNT_MODIFIERS,  /* the words between: "combined", "digital", "active" */
    N_TABLES
} TableId;

struct _CcNormalizer {
    PhraseTable tables[N_TABLES];
    PhraseValue *values;  /* every table's values, one block */
    GStringChunk *strings; /* phrase keys and values' text, freed with the normalizer */
    /* The folded first token of every phrase a quantity's reading may
     * start with (number, scale, fraction and vague words, approximators,
     * bounds, currencies and "percent") and of the words it reads itself
     * ("between", "a"): a word not here starts no quantity
     * (tok_may_start_quantity()). */
    GHashTable *starts;
    /* The same for the other units ("troops", "km"), which start no
     * reading where they stand but are words a reading at "a" or "an" may
     * have next (quantity_article_alone()). */
    GHashTable *unit_starts;
    /* The same for a date's reading: the first token of every phrase of
     * the month, weekday, date part, relative date, holiday and number
     * tables, and the words the date readers read themselves
     * (tok_may_start_date()). */
    GHashTable *date_starts;
    /* The words of those a date cannot be without, its head (months,
     * weekdays, relative dates, holidays, units of time, "now"): a word
     * that only leads to a date starts one only a few words before a head
     * or a figure. */
    GHashTable *date_heads;
    /* The second word of each phrase of those tables that opens with "the",
     * "this", "that", "to" or "not" ("the dying days of", "the day before
     * yesterday", "this morning"): with the date starts and heads, a
     * figure, an apostrophe or a word not in ASCII, what a date read at
     * "the" has after it, and with "calendar" what one read at "this" or
     * "that" has; with "date" or "later", what one read at "to" or "not"
     * has (tok_may_start_date()). */
    GHashTable *date_after_the;
    /* The words the date readers compare a token with themselves
     * (figure_next_words[], normalize.c): with the date starts and heads,
     * what a date read at a figure of at most three digits, or one grouped
     * in thousands, may have after it (tok_may_start_date()). */
    GHashTable *date_after_figure;
    /* The bits (1 << TableId) of the tables a date's reading may start a
     * phrase of (starts_date()). */
    guint32 date_tables;
    /* The second word of each phrase of the quantity tables that opens with
     * a word of quantity_leads[] (normalize.c: "in excess of", "at least",
     * "north of", "or more"), and those of quantity_leads[] (bit k for the k-th) some
     * reading takes alone: a one-word phrase, a word of the readers' own.
     * Another of them is tried only before such a second word
     * (tok_may_start_quantity()). */
    GHashTable *after_quantity_lead;
    guint quantity_leads_alone;
    /* "a" and "an" are tried only before a start word or the second word
     * of a phrase of the quantity tables that opens with them, unless a
     * table has one of them alone (tok_may_start_quantity()). */
    gboolean quantity_article_alone;
    /* For tests: quantity_leads[], "a" and "an" tried whatever follows
     * them, and the units of unit_starts tried too. */
    gboolean quantity_leads_ungated;
    /* The words of starts, date_starts, date_heads, date_after_the,
     * after_quantity_lead, unit_starts and date_after_figure in one open-addressed table
     * (word_mask + 1 slots, an empty slot has no key), each with the bits
     * (WORD_IN_*, normalize.c) of the sets that hold it: a token's word is
     * folded and looked up once for all six (word_sets()) */
    struct CcWordSlot *word_slots;
    guint word_mask;
    /* For tests: "the" is tried whatever follows it, as before the gate
     * above (tests/test_date_scan.c compares the two). */
    gboolean the_ungated;
    /* For tests: "this", "that", "to", "not" and the bounds ("by", "for",
     * "from", "since", "after", "between") are tried whatever follows them,
     * as before their gate (tok_may_start_date()). */
    gboolean leads_ungated;
    /* For tests: every figure is tried, whatever follows it, as before its
     * gate (tok_may_start_date()). */
    gboolean figures_ungated;
    /* A phrase of the date tables is "to" or "not" alone: those words are
     * then gated as "this" is (tok_may_start_date()). */
    gboolean date_to_not_alone;
    /* A phrase of the date tables opens with one of the bounds ("by",
     * "for", "from", "since", "after", "between"): they are then tried
     * whatever follows them (tok_may_start_date()). */
    gboolean date_bound_phrase;
    /* Every leading piece (1 byte up to the whole key) of every table's
     * folded keys -> the tables (bit 1 << TableId) holding such a key. A
     * phrase matched at a token begins with that token's folded text, so a
     * token whose text is in no table's keys this way starts no phrase of
     * it (table_match()'s filter, read once a token: Token.tables). */
    GHashTable *key_starts;
};

typedef enum { TOK_NUM, TOK_WORD, TOK_PUNCT } TokKind;

typedef struct {
    TokKind kind;
    const char *s;
    guint len;
    gboolean space_before; /* white space separates it from the previous token */
    /* TOK_NUM */
    double num;
    guint int_digits;   /* digits before any decimal point */
    gboolean grouped;   /* written with thousands separators */
    gboolean decimal;   /* has a decimal part */
    gboolean lead_zero; /* "0143": an identifier, not a figure */
    gboolean bad;       /* "2.0.1": not a number at all */
    /* table_match()'s filter, filled on the token's first look-up: the
     * tables (bit 1 << TableId) a phrase of which may start at the token,
     * with TOKEN_TABLES_KNOWN once it is filled; 0 until then */
    guint32 tables;
    /* word_sets()'s reading of the token: the sets of the normalizer's
     * word table its folded word is in, and its possessive's stem; filled
     * on first use, 0 until then */
    guint16 word_sets;
    /* table_match_known()'s last answer at the token, given again when
     * its table is asked again (the readers ask a token of one table over
     * and over): the table + 1 (0: none yet), the tokens its phrase took,
     * and the phrase's value as its index in CcNormalizer.values + 1 (0:
     * no phrase). An answer reads only the tokens from this one on, and
     * their count: a slice that slides cuts its tokens afresh. */
    guint8 match_table;
    guint8 match_len;
    guint32 match_value;
} Token;

#define TOKEN_TABLES_KNOWN (1u << 31)
G_STATIC_ASSERT(N_TABLES < 31);

#define MAX_TOKENS 96

typedef struct {
    Token tok[MAX_TOKENS];
    guint n;
    /* The tokens are a sentence a scanner reads value mentions in, not
     * the text of one value: a quantity's reading takes what a mention is
     * (figures, ranges, bounds, approximators, a currency before) and
     * stops before what only the whole text of a value holds (a unit or
     * money tail after the figure, a second bound); a date's keeps to what
     * a date mention may hold (no "may" the verb, no year past 2199, "the
     * day" only at a clause's end: normalize_date.c). */
    gboolean mention;
    /* With @mention: a mention read as written, as a generic record takes
     * it — the unit after the figure, a money tail, a rate ("5 km", "15
     * dollars and 50", "12 million dollars") are the mention's too. */
    gboolean units;
} Tokens;

/* Cuts text into numbers, words and single punctuation characters. Thin,
 * narrow and no-break spaces count as white space. Stops at MAX_TOKENS. */
void tokens_scan(Tokens *t, const char *text, gsize len);

/* A text longer than MAX_TOKENS tokens, read by a scanner a slice at a
 * time (the quantity and date scanners): @t holds the slice being read as
 * mentions, and @i the next token a reading may start at. */
typedef struct {
    const CcNormalizer *nz;
    const char *text;
    gsize len;
    Tokens t;
    guint i;
    gboolean units; /* Tokens.units for every slice */
    /* @t holds the whole text: fewer than MAX_TOKENS tokens, never slid
     * (a slid slice may hold fewer too, from a later token on) */
    gboolean whole;
} TokenSlice;

void token_slice_init(TokenSlice *s, const CcNormalizer *nz, const char *text, gsize len);
/* token_slice_init(), taking @from's tokens when @from holds the whole of
 * the same text (whole): a sentence read by both scanners is cut once,
 * and what its tokens learnt on first look-up (Token.tables,
 * Token.word_sets) is kept. @from may be NULL. */
void token_slice_init_from(TokenSlice *s, const CcNormalizer *nz, const char *text, gsize len,
                           const TokenSlice *from);
/* The slices of the two scanners, for token_slice_init_from(). */
const TokenSlice *cc_quantity_scanner_slice(const CcQuantityScanner *scanner);
const TokenSlice *cc_date_scanner_slice(const CcDateScanner *scanner);
/* Cuts the slice's tokens afresh from @back tokens before token @i on. */
void token_slice_move_on(TokenSlice *s, guint back);
/* Moves the slice on when token @i lies fewer than @ahead tokens before a
 * full slice's end (a reading needs room), keeping @back tokens before it
 * for the checks that look back. Inline: asked at every token a scanner
 * passes, of a slice that nearly always holds the whole sentence. */
static inline void
token_slice_slide(TokenSlice *s, guint ahead, guint back)
{
    const Tokens *t = &s->t;
    if (t->n < MAX_TOKENS || s->i + ahead <= t->n || s->i <= back)
        return;
    token_slice_move_on(s, back);
}

/* table_match()'s two halves: the tables some key of which begins with
 * token @first's folded text (looked up once a token, then read from
 * Token.tables), and the look-up of the longest phrase where @table is
 * among them. */
guint32 token_tables(const CcNormalizer *nz, Token *first);
const PhraseValue *table_match_known(const CcNormalizer *nz, TableId table, const Tokens *t,
                                     guint i, guint *end);

/* Longest phrase of @table starting at token @i; its value and the index
 * after it, or NULL. Inline up to its filter: it is asked about a million
 * times over 200 documents, mostly of a token that opens no key of the
 * table. */
static inline const PhraseValue *
table_match(const CcNormalizer *nz, TableId table, const Tokens *t, guint i, guint *end)
{
    if (nz->tables[table].by_phrase == NULL || i >= t->n)
        return NULL;
    /* Read once a token; the tokens' content is unchanged, only the
     * filter's cache filled, so the cast is sound (Tokens are never
     * defined const). */
    Token *first = (Token *)&t->tok[i];
    guint32 tables = first->tables & TOKEN_TABLES_KNOWN ? first->tables : token_tables(nz, first);
    if (!(tables & (1u << table)))
        return NULL;
    return table_match_known(nz, table, t, i, end);
}

/* TRUE when token @i is the word (or punctuation) @w, compared
 * case-insensitively (ASCII letters only, as g_ascii_strncasecmp()). @w is
 * written in lower case (every caller's is): only the token's letters are
 * lower-cased. Inline: it is asked millions of times a run, mostly of string literals,
 * whose length the compiler knows; always, for a compiler left to choose
 * calls an outlined part that takes strlen() of the literal at run time. */
G_ALWAYS_INLINE static inline gboolean
tok_is(const Tokens *t, guint i, const char *w)
{
    if (i >= t->n)
        return FALSE;
    const Token *tok = &t->tok[i];
    if (strlen(w) != tok->len)
        return FALSE;
    for (guint k = 0; k < tok->len; k++) {
        unsigned char a = (unsigned char)tok->s[k];
        if (a >= 'A' && a <= 'Z')
            a = (unsigned char)(a + ('a' - 'A'));
        if (a != (unsigned char)w[k])
            return FALSE;
    }
    return TRUE;
}
/* TRUE when token @i is punctuation and one of the characters of @set, or a
 * dash of any kind when @set holds '-'. */
gboolean tok_is_punct(const Tokens *t, guint i, const char *set);

/* TRUE when a reading may start at token @i: not inside "555-1234" or
 * "1/2/2022", where a figure is glued to what comes before it. Inline:
 * asked at every token a scanner passes. */
static inline gboolean
tok_can_start(const Tokens *t, guint i)
{
    if (i == 0 || t->tok[i].space_before)
        return TRUE;
    const Token *prev = &t->tok[i - 1];
    if (prev->kind != TOK_PUNCT)
        return FALSE;
    return !(i >= 2 && !prev->space_before && t->tok[i - 2].kind == TOK_NUM
             && tok_is_punct(t, i - 1, "-/.,:"));
}

/* TRUE when the dash at @dash, spaced on both sides or an em dash, heads a
 * timeline's entry, with a word after the day or figure past it ending at
 * @dend ("Nov. 4 — first clashes", "Dec. 14—30 soldiers killed"): past it
 * is what happened that day, no end of a range (normalize_date.c). */
gboolean timeline_dash(const CcNormalizer *nz, const Tokens *t, guint dash, guint dend);

/* FALSE when no quantity's reading can start at token @i: a word that
 * begins no phrase of the tables a reading starts with, or punctuation
 * that is no sign, dash, currency or vulgar fraction. A filter only: TRUE
 * says nothing. */
gboolean tok_may_start_quantity(const CcNormalizer *nz, const Tokens *t, guint i);

/* The same for a date's reading: a figure, or a word that begins a phrase
 * of the date tables or one the date readers read themselves. */
gboolean tok_may_start_date(const CcNormalizer *nz, const Tokens *t, guint i);

gboolean normalize_quantity_tokens(const CcNormalizer *nz, const Tokens *t, CcValue *value);
gboolean normalize_date_tokens(const CcNormalizer *nz, const Tokens *t, guint32 ref_day,
                               CcValue *value);

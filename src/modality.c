/* SPDX-License-Identifier: MIT */
/* modality.c: how firmly a sentence states a claim, NegEx/ConText style.
 * Cues from the lexicon's `modality` table act on a claim before or after
 * them within a few words, never across a `terminators` phrase; the
 * strongest cue wins (disputed > negated > hypothetical > hedged > reported).
 * Attribution patterns name who is said to make the claim. */
#include "internal.h"
#include "frame.h"
#include "prefilter.h"

/* How many words may lie between a cue and the claim it acts on. */
#define PRE_WINDOW 12     /* cue before the claim */
#define NEGATED_WINDOW 8  /* a negation reaches less far ("not" … claim) */
#define POST_WINDOW 10    /* cue after the claim ("…, officials said") */
/* Only this many bytes either side of the claim are searched, so that a
 * sentence of megabytes (a file without punctuation) costs no more per
 * claim than a normal one. Word windows are far smaller. */
#define REACH 2048

typedef enum { SIDE_BOTH, SIDE_PRE, SIDE_POST } Side;

typedef struct {
    gsize start, end;
} Range;

/* A head's phrases: \G(?:…) of them, compiled the first time a text's
 * word is that head (a table has hundreds of heads, a text meets few),
 * or NULL after that if it did not compile (with a warning: the phrases
 * are escaped, so only a table too large for PCRE2 could fail). An
 * extractor, and so its scope, belongs to one thread, so no lock guards
 * the compiling. */
typedef struct {
    char *body; /* the regex, until compiled */
    CcPattern *pattern;
    /* What its phrases need right after the head word, so that a text
     * word followed by none of it is not matched (head_may_match()): */
    gboolean alone;          /* a phrase is the word alone ("but") */
    gboolean unsure;         /* a phrase goes on with a byte not read here */
    guint8 next[16];         /* bits: ASCII bytes right after it ("so-called") */
    guint8 after_spaces[16]; /* bits: the byte after its spaces, a letter in
                              * lower case ("in contrast": c) */
} Head;

/* A table's phrases as one alternation. A phrase that opens with an ASCII
 * letter starts where a run of letters starts, and that run is the
 * phrase's first word; one that opens with another ASCII byte (";", ",
 * and") starts at that byte. So the alternation need only be tried,
 * anchored, where the text's word is one of those first words (@heads) or
 * the text's byte one of those bytes. Anchored at each such place in turn,
 * the first match is the one the search would find. And at a word only
 * the phrases with that first word can match: each head has the
 * alternation of its own phrases, in the table's order, which finds what
 * the whole alternation finds there. */
/* A table's whole alternation, compiled the first time a text is
 * searched with it: where a phrase opens with neither an ASCII letter nor
 * another ASCII byte, or a letter look-alike is near (phrases_next()).
 * It is cut into parts of at most ALTERNATION_PART bytes of regex, each
 * well inside PCRE2's limit on a compiled pattern, so that a table of any
 * size compiles; the leftmost match of the parts, the first part's where
 * two start together, is the whole alternation's. */
#define ALTERNATION_PART 16384
typedef struct {
    const char *table;
    GPtrArray *regexes;  /* (?:…|…) of each part, until compiled */
    gboolean anchorable; /* every phrase opens with an ASCII byte */
    GPtrArray *patterns; /* each part's, or NULL where one did not compile */
    GPtrArray *matches;  /* parallel to patterns */
    CcMatch *head_match; /* for the heads' patterns (no groups) */
} Alternation;

typedef struct {
    Alternation *all; /* NULL when the table is empty */
    /* lower-case first words of the phrases, each to its Head (with no
     * regex when the phrases cannot be anchored) */
    GHashTable *heads;
    gsize longest_head;
    /* bit head_key() of each head: a word whose bit is clear is no head,
     * and is not looked up */
    guint64 head_keys[64];
    /* the first bytes of the phrases that open with no letter (";", ",
     * and"): ASCII, without case, so a match of one starts only at such a
     * byte, where those phrases (@others: \G(?:…) of them, as a head's)
     * are tried */
    gboolean other_first[128];
    Head *others; /* NULL when every phrase opens with a letter */
} Phrases;

typedef struct {
    gsize start, end, who_start, who_end;
    gboolean relay; /* the pattern has a (?<relay>) group: "who" is the source
                     * someone else relays ("lawmaker Lee said, citing the NIS") */
    gboolean account; /* an (?<account>) group: "who" rejects a figure and goes
                       * on to give its own; it speaks only for that one */
    gboolean gapped;  /* a (?<gapped>) group: "who" gives a rival figure with the
                       * verb left out ("…, Kyiv at about 6 million"); it
                       * speaks only for a figure after it */
} Said;

/* The speaker's name now starts at byte @at, words before it cut off; a
 * saying that began with the name begins there too. */
static void
who_starts_at(Said *said, gsize at)
{
    if (said->start == said->who_start)
        said->start = at;
    said->who_start = at;
}

typedef struct {
    gsize start, end;
    CcModality modality;
    Side side;
    gboolean forward_only; /* followed by "that": introduces what comes after */
    gboolean silent;       /* a negation of confirming: reported (negates_speech) */
    gboolean contrast;     /* a "not" set off by a comma before a figure (contrastive_not) */
    gsize until;           /* a "not X but Y": where its "but" stands (not_but_end); 0 for none */
} Cue;

/* What was found in the last window looked at: every claim of a sentence
 * sees the same window, and what is found there does not depend on the
 * claim. */
typedef struct {
    gboolean valid;
    const char *text;
    gsize lo, hi;
    GArray *terminators; /* (element-type Range) */
    GArray *cues;        /* (element-type Cue) */
    GArray *said;        /* (element-type Said) attribution matches with a "who", in pattern order */
} Window;

/* find_said()'s readings of one text, by span: the claims' windows and
 * the sentences searched for a speaker's antecedent are mostly the same
 * sentences. Valid until cc_modality_scope_forget(). */
typedef struct {
    gsize start, end;
} SaidKey;

typedef struct {
    const char *text;
    GHashTable *spans; /* SaidKey* -> GArray* (element-type Said) */
} SaidMemo;

static guint
said_key_hash(gconstpointer p)
{
    const SaidKey *k = p;
    return (guint)(k->start * 2654435761u) ^ (guint)(k->end * 40503u);
}

static gboolean
said_key_equal(gconstpointer a, gconstpointer b)
{
    const SaidKey *x = a, *y = b;
    return x->start == y->start && x->end == y->end;
}

struct _CcModalityScope {
    const CcLexicon *lexicon;
    GPtrArray *attributions; /* CcPattern*, not owned */
    Phrases cues, terminators;
    /* Match data for the attribution patterns, made once: a scope serves
     * one thread at a time. */
    GPtrArray *attribution_matches; /* (element-type CcMatch) parallel to attributions */
    /* The words each attribution pattern needs (see prefilter.h): one
     * that cannot match a window is not run there. */
    CcPrefilter *said_words;
    guint *said_needs; /* parallel to attributions */
    /* each pattern's "who" group (-1: none) and whether it has a "relay"
     * group, read once: parallel to attributions */
    int *said_who;
    gboolean *said_relay;
    gboolean *said_account; /* parallel to attributions: an (?<account>) group */
    gboolean *said_gapped;  /* parallel to attributions: a (?<gapped>) group */
    Window *window;
    SaidMemo *said_memo;
};

static void
string_free(GString *s)
{
    g_string_free(s, TRUE);
}

static void
head_free(Head *h)
{
    if (h == NULL)
        return;
    g_free(h->body);
    cc_pattern_free(h->pattern);
    g_free(h);
}

static inline void
set_bit(guint8 *bits, unsigned char c)
{
    bits[c >> 3] |= (guint8)(1u << (c & 7));
}

static inline gboolean
bit_set(const guint8 *bits, unsigned char c)
{
    return bits[c >> 3] >> (c & 7) & 1;
}

/* A word of @n ASCII letters (of either case) in 12 bits: its length,
 * first two and last letters mixed. */
static inline guint
head_key(const char *word, gsize n)
{
    guint first = word[0] | 0x20, second = word[n > 1] | 0x20, last = word[n - 1] | 0x20;
    return ((guint)n * 2053u + first * 31u + second * 997u + last * 3571u) % 4096u;
}

/* Notes in @h what @phrase, whose first word of @n letters is @h's head,
 * needs after that word. Its regex has \s+ for each space and a letter
 * of either case for a letter. */
static void
head_note_follow(Head *h, const char *phrase, gsize n)
{
    unsigned char c = (unsigned char)phrase[n];
    if (c == '\0') {
        h->alone = TRUE;
        return;
    }
    if (c != ' ') {
        if (c < 0x80)
            set_bit(h->next, c); /* not a letter: the word ends before it */
        else
            h->unsure = TRUE;
        return;
    }
    while (phrase[n] == ' ')
        n++;
    c = (unsigned char)phrase[n];
    if (c == '\0' || c >= 0x80 || g_ascii_isspace(c))
        h->unsure = TRUE;
    else
        set_bit(h->after_spaces, (unsigned char)g_ascii_tolower(c));
}

/* May one of @h's phrases match at a text word that ends at @j, before
 * @end? A test of what its phrases need after the word: FALSE only where
 * none can match. \s and \b read ASCII only (no PCRE2_UCP); a byte of
 * another character is let through. */
static gboolean
head_may_match(const Head *h, const char *text, gsize j, gsize end)
{
    if (h->unsure)
        return TRUE;
    if (j == end)
        return h->alone;
    unsigned char c = (unsigned char)text[j];
    if (c >= 0x80)
        return TRUE;
    if (g_ascii_isspace(c)) {
        if (h->alone)
            return TRUE;
        while (j < end && g_ascii_isspace(text[j]))
            j++;
        if (j == end)
            return FALSE;
        c = (unsigned char)text[j];
        return c >= 0x80 || bit_set(h->after_spaces, (unsigned char)g_ascii_tolower(c));
    }
    /* not a letter: @j ends a run of them */
    return (h->alone && !g_ascii_isdigit(c) && c != '_') || bit_set(h->next, c);
}

/* An alternation of @table's phrases, longest first, with word boundaries
 * where a phrase begins or ends with a letter or digit (";" needs none). */
static void
phrases_init(Phrases *ph, const CcLexicon *lexicon, const char *table)
{
    memset(ph, 0, sizeof *ph);
    GPtrArray *entries = lexicon ? cc_lexicon_entries(lexicon, table) : NULL;
    if (entries == NULL || entries->len == 0)
        return;
    GPtrArray *parts = g_ptr_array_new_with_free_func(g_free);
    GString *re = g_string_new("(?:");
    gboolean letters_first = TRUE;
    ph->heads = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)head_free);
    /* head to the alternation of its phrases */
    g_autoptr(GHashTable) bodies =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)string_free);
    g_autoptr(GString) branch = g_string_new(NULL);
    g_autoptr(GString) others = g_string_new(NULL);
    for (guint i = 0; i < entries->len; i++) {
        const CcLexiconEntry *e = entries->pdata[i];
        gsize n = strlen(e->phrase);
        g_string_truncate(branch, 0);
        if (g_ascii_isalnum(e->phrase[0]))
            g_string_append(branch, "\\b");
        for (const char *p = e->phrase; *p; p++) {
            if (*p == ' ')
                g_string_append(branch, "\\s+");
            else if (strchr("\\^$.|?*+()[]{}-#", *p))
                g_string_append_printf(branch, "\\%c", *p);
            else
                g_string_append_c(branch, *p);
        }
        if (g_ascii_isalnum(e->phrase[n - 1]))
            g_string_append(branch, "\\b");
        if (re->len > 3 && re->len + branch->len + 1 > ALTERNATION_PART) {
            g_string_append_c(re, ')');
            g_ptr_array_add(parts, g_string_free(re, FALSE));
            re = g_string_new("(?:");
        }
        if (re->len > 3)
            g_string_append_c(re, '|');
        g_string_append_len(re, branch->str, (gssize)branch->len);
        gsize h = 0;
        while (g_ascii_isalpha(e->phrase[h]))
            h++;
        if (h == 0) {
            unsigned char c = (unsigned char)e->phrase[0];
            if (c < 0x80 && c != ' ')
                ph->other_first[c] = TRUE;
            else
                letters_first = FALSE;
            g_string_append(others, others->len == 0 ? "\\G(?:" : "|");
            g_string_append_len(others, branch->str, (gssize)branch->len);
            continue;
        }
        char *head = g_ascii_strdown(e->phrase, (gssize)h);
        GString *body = g_hash_table_lookup(bodies, head);
        Head *own = g_hash_table_lookup(ph->heads, head);
        if (body == NULL) {
            g_hash_table_insert(bodies, g_strdup(head), g_string_new("\\G(?:"));
            own = g_new0(Head, 1);
            g_hash_table_insert(ph->heads, head, own);
            body = g_hash_table_lookup(bodies, head);
        } else {
            g_free(head);
            g_string_append_c(body, '|');
        }
        head_note_follow(own, e->phrase, h);
        g_string_append_len(body, branch->str, (gssize)branch->len);
        ph->longest_head = MAX(ph->longest_head, h);
        guint key = head_key(e->phrase, h);
        ph->head_keys[key / 64] |= G_GUINT64_CONSTANT(1) << (key % 64);
    }
    g_string_append_c(re, ')');
    g_ptr_array_add(parts, g_string_free(re, FALSE));
    ph->all = g_new0(Alternation, 1);
    ph->all->table = table;
    ph->all->regexes = parts;
    ph->all->anchorable = letters_first;
    GHashTableIter it;
    gpointer head, body;
    g_hash_table_iter_init(&it, bodies);
    while (letters_first && g_hash_table_iter_next(&it, &head, &body)) {
        g_string_append_c(body, ')');
        Head *h = g_hash_table_lookup(ph->heads, head);
        h->body = g_strdup(((GString *)body)->str);
    }
    if (letters_first && others->len > 0) {
        g_string_append_c(others, ')');
        ph->others = g_new0(Head, 1);
        ph->others->body = g_strdup(others->str);
    }
}

/* @a's whole alternation, its parts compiled the first time it is
 * needed; FALSE when one does not compile (with a warning). */
static gboolean
whole_alternation(Alternation *a)
{
    if (a->regexes != NULL) {
        a->patterns = g_ptr_array_new_with_free_func((GDestroyNotify)cc_pattern_free);
        a->matches = g_ptr_array_new_with_free_func((GDestroyNotify)cc_match_free);
        for (guint i = 0; i < a->regexes->len; i++) {
            g_autoptr(GError) error = NULL;
            CcPattern *p = cc_pattern_new(a->regexes->pdata[i], NULL, &error);
            if (p == NULL) {
                g_warning("lexicon %s: %s", a->table, error->message);
                g_clear_pointer(&a->patterns, g_ptr_array_unref);
                g_clear_pointer(&a->matches, g_ptr_array_unref);
                break;
            }
            g_ptr_array_add(a->patterns, p);
            g_ptr_array_add(a->matches, cc_match_new(p));
        }
        g_clear_pointer(&a->regexes, g_ptr_array_unref);
    }
    return a->patterns != NULL;
}

/* The whole alternation's first match in text[0, end) from @pos: the
 * leftmost of its parts' first matches, the earlier part's where two
 * start at one place, as one alternation of them all tries its branches
 * in order at each place. */
static gboolean
whole_alternation_next(Alternation *a, const char *text, gsize pos, gsize end, gsize *ms,
                       gsize *me)
{
    if (!whole_alternation(a))
        return FALSE;
    gboolean found = FALSE;
    for (guint i = 0; i < a->patterns->len; i++) {
        CcMatch *m = a->matches->pdata[i];
        gsize s, e;
        if (cc_pattern_match(a->patterns->pdata[i], m, text, end, pos) != CC_MATCH_FOUND
            || !cc_match_group(m, 0, &s, &e) || (found && s >= *ms))
            continue;
        *ms = s;
        *me = e;
        found = TRUE;
    }
    return found;
}

/* @h's pattern, compiled the first time it is needed; NULL when it does
 * not compile (with a warning). Every head of @a shares one match data. */
static const CcPattern *
head_pattern(Alternation *a, Head *h)
{
    if (h->body != NULL) {
        g_autoptr(GError) error = NULL;
        h->pattern = cc_pattern_new(h->body, NULL, &error);
        if (h->pattern == NULL)
            g_warning("lexicon %s: %s", a->table, error->message);
        else if (a->head_match == NULL)
            a->head_match = cc_match_new(h->pattern);
        g_clear_pointer(&h->body, g_free);
    }
    return h->pattern;
}

static void
phrases_clear(Phrases *ph)
{
    if (ph->all) {
        cc_match_free(ph->all->head_match);
        if (ph->all->matches)
            g_ptr_array_unref(ph->all->matches);
        if (ph->all->patterns)
            g_ptr_array_unref(ph->all->patterns);
        if (ph->all->regexes)
            g_ptr_array_unref(ph->all->regexes);
        g_free(ph->all);
    }
    head_free(ph->others);
    if (ph->heads)
        g_hash_table_unref(ph->heads);
}

/* Does text[lo, hi) hold a character that PCRE2, matching without regard
 * to case, takes for an ASCII letter: KELVIN SIGN (k), LATIN SMALL LETTER
 * LONG S (s)? Then a phrase may begin where no ASCII letter does. */
static gboolean
has_letter_lookalike(const char *text, gsize lo, gsize hi)
{
    /* their lead bytes found by memchr(), then the bytes after them */
    const char *end = text + hi;
    for (const char *c = memchr(text + lo, 0xC5, hi - lo); c != NULL && c + 1 < end;
         c = memchr(c + 1, 0xC5, end - c - 1))
        if ((unsigned char)c[1] == 0xBF)
            return TRUE;
    for (const char *c = memchr(text + lo, 0xE2, hi - lo); c != NULL && c + 2 < end;
         c = memchr(c + 1, 0xE2, end - c - 1))
        if ((unsigned char)c[1] == 0x84 && (unsigned char)c[2] == 0xAA)
            return TRUE;
    return FALSE;
}

/* The first match of @ph (a table with phrases) in text[0, end) starting
 * at @pos or later, as a search from @pos finds it. With @anywhere, or
 * when the phrases cannot be anchored, the whole alternation searches;
 * otherwise a head's phrases are tried anchored at each run of ASCII
 * letters that is a head, and the phrases that open with no letter at
 * each byte one of them opens with. */
static gboolean
phrases_next(const Phrases *ph, const char *text, gsize pos, gsize end, gboolean anywhere,
             gsize *ms, gsize *me)
{
    Alternation *a = ph->all;
    if (!a->anchorable || anywhere)
        return whole_alternation_next(a, text, pos, end, ms, me);
    char word[64];
    gsize i = pos;
    while (i < end) {
        if (!g_ascii_isalpha(text[i])) {
            unsigned char c = (unsigned char)text[i];
            const CcPattern *p = NULL;
            if (c < 0x80 && ph->other_first[c] && (p = head_pattern(a, ph->others)) != NULL) {
                CcMatchResult r = cc_pattern_match(p, a->head_match, text, end, i);
                if (r == CC_MATCH_FOUND)
                    return cc_match_group(a->head_match, 0, ms, me);
                if (r != CC_MATCH_NONE)
                    return FALSE;
            }
            i++;
            continue;
        }
        gsize j = i;
        while (j < end && g_ascii_isalpha(text[j]))
            j++;
        guint key = head_key(text + i, j - i);
        if (j - i <= ph->longest_head && j - i < sizeof word
            && (ph->head_keys[key / 64] >> (key % 64) & 1)) {
            for (gsize k = i; k < j; k++)
                word[k - i] = (char)(text[k] | 0x20); /* ASCII letters */
            word[j - i] = '\0';
            Head *h = g_hash_table_lookup(ph->heads, word);
            const CcPattern *p = NULL;
            if (h != NULL && head_may_match(h, text, j, end) && (p = head_pattern(a, h)) != NULL) {
                CcMatchResult r = cc_pattern_match(p, a->head_match, text, end, i);
                if (r == CC_MATCH_FOUND)
                    return cc_match_group(a->head_match, 0, ms, me);
                if (r != CC_MATCH_NONE)
                    return FALSE;
            }
        }
        i = j;
    }
    return FALSE;
}

CcModalityScope *
cc_modality_scope_new(const CcLexicon *lexicon, GPtrArray *attributions)
{
    CcModalityScope *scope = g_new0(CcModalityScope, 1);
    scope->lexicon = lexicon;
    scope->attributions = attributions;
    phrases_init(&scope->cues, lexicon, "modality");
    phrases_init(&scope->terminators, lexicon, "terminators");
    scope->attribution_matches = g_ptr_array_new_with_free_func((GDestroyNotify)cc_match_free);
    scope->said_words = cc_prefilter_new();
    scope->said_needs = g_new0(guint, attributions ? attributions->len + 1 : 1);
    scope->said_who = g_new0(int, attributions ? attributions->len + 1 : 1);
    scope->said_relay = g_new0(gboolean, attributions ? attributions->len + 1 : 1);
    scope->said_account = g_new0(gboolean, attributions ? attributions->len + 1 : 1);
    scope->said_gapped = g_new0(gboolean, attributions ? attributions->len + 1 : 1);
    for (guint i = 0; attributions && i < attributions->len; i++) {
        scope->said_who[i] = cc_pattern_group_index(attributions->pdata[i], "who");
        scope->said_relay[i] = cc_pattern_group_index(attributions->pdata[i], "relay") >= 0;
        scope->said_account[i] = cc_pattern_group_index(attributions->pdata[i], "account") >= 0;
        scope->said_gapped[i] = cc_pattern_group_index(attributions->pdata[i], "gapped") >= 0;
        g_ptr_array_add(scope->attribution_matches, cc_match_new(attributions->pdata[i]));
        scope->said_needs[i] =
            cc_prefilter_add(scope->said_words, cc_pattern_requirement(attributions->pdata[i]));
    }
    scope->said_memo = g_new0(SaidMemo, 1);
    scope->said_memo->spans = g_hash_table_new_full(said_key_hash, said_key_equal, g_free,
                                                    (GDestroyNotify)g_array_unref);
    scope->window = g_new0(Window, 1);
    scope->window->terminators = g_array_new(FALSE, FALSE, sizeof(Range));
    scope->window->cues = g_array_new(FALSE, FALSE, sizeof(Cue));
    scope->window->said = g_array_new(FALSE, FALSE, sizeof(Said));
    return scope;
}

void
cc_modality_scope_free(CcModalityScope *scope)
{
    if (scope == NULL)
        return;
    phrases_clear(&scope->cues);
    phrases_clear(&scope->terminators);
    g_ptr_array_unref(scope->attribution_matches);
    cc_prefilter_free(scope->said_words);
    g_free(scope->said_needs);
    g_free(scope->said_who);
    g_free(scope->said_relay);
    g_free(scope->said_account);
    g_free(scope->said_gapped);
    g_array_unref(scope->window->terminators);
    g_array_unref(scope->window->cues);
    g_array_unref(scope->window->said);
    g_free(scope->window);
    g_hash_table_unref(scope->said_memo->spans);
    g_free(scope->said_memo);
    g_free(scope);
}

static gboolean
modality_of_word(const char *word, gsize len, CcModality *out)
{
    static const char *const names[] = {"asserted",     "reported", "hedged",
                                        "hypothetical", "negated",  "disputed"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        if (strlen(names[i]) == len && memcmp(names[i], word, len) == 0) {
            *out = (CcModality)i;
            return TRUE;
        }
    return FALSE;
}

/* Reads "MODALITY [pre|post|both]" (the lexicon has checked the shape). */
static gboolean
parse_cue_value(const char *value, CcModality *modality, Side *side)
{
    const char *p = value;
    while (*p == ' ' || *p == '\t')
        p++;
    const char *w = p;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    if (!modality_of_word(w, (gsize)(p - w), modality))
        return FALSE;
    while (*p == ' ' || *p == '\t')
        p++;
    *side = g_str_has_prefix(p, "pre") ? SIDE_PRE : g_str_has_prefix(p, "post") ? SIDE_POST
                                                                                  : SIDE_BOTH;
    return TRUE;
}

static guint
words_between(const char *text, gsize a, gsize b)
{
    guint n = 0;
    gboolean in_word = FALSE;
    for (gsize i = a; i < b; i++) {
        gboolean w = g_ascii_isalnum(text[i]) || text[i] == '\'' || (unsigned char)text[i] >= 0x80;
        if (w && !in_word)
            n++;
        in_word = w;
    }
    return n;
}

/* Does the word @word stand at @at, whole (case aside)? */
static gboolean
word_at(const char *text, gsize at, gsize end, const char *word)
{
    /* the first letters before the word's length is counted */
    if (word[0] != '\0') {
        if (end == at)
            return FALSE;
        char x = text[at], y = word[0];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x + ('a' - 'A'));
        if (y >= 'A' && y <= 'Z')
            y = (char)(y + ('a' - 'A'));
        if (x != y)
            return FALSE;
    }
    gsize n = strlen(word);
    return end - at >= n && g_ascii_strncasecmp(text + at, word, n) == 0
           && (end - at == n || !g_ascii_isalnum(text[at + n]));
}

/* Does "that" follow @at? A cue or attribution followed by "that" introduces
 * what comes after it ("analysts say that …"), not what came before. */
static gboolean
that_follows(const char *text, gsize at, gsize end)
{
    while (at < end && g_ascii_isspace(text[at]))
        at++;
    return word_at(text, at, end, "that");
}

/* Does a figure, or one of the @n @words, open what follows @to (after
 * white space)? */
static gboolean
figure_or_word_after(const char *text, gsize to, gsize end, const char *const *words, gsize n)
{
    while (to < end && g_ascii_isspace(text[to]))
        to++;
    if (to < end && g_ascii_isdigit(text[to]))
        return TRUE;
    for (gsize k = 0; k < n; k++)
        if (word_at(text, to, end, words[k]))
            return TRUE;
    return FALSE;
}

/* Is the cue at [@at, @to) a "not" set off by a comma or a dash before a
 * figure or the phrase it opens ("about 1,000 …, not the 4,000 that Kyiv
 * cites", "1,000, not 4,000"), a magnitude word among them ("thousands of
 * casualties, not hundreds", "not dozens")? It sets what follows against
 * what came before, which it leaves stated: it speaks of what follows only. */
static gboolean
contrastive_not(const char *text, gsize start, gsize at, gsize to, gsize end)
{
    static const char *const openers[] = {
        "the", "a", "an", "some", "about", "around", "nearly", "almost", "more", "over", "as", "just",
        "only",
        /* a date set against another: "took effect on Dec. 4, not Dec. 5",
         * "signed on June 19, not on June 18" */
        "on", "in", "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
        "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
        "october", "nov", "november", "dec", "december",
        /* a magnitude word as its figure, as a witness rounds it: "we are
         * talking thousands of casualties, not hundreds" */
        "dozens", "hundreds", "thousands", "millions", "tens", "several"};
    if (to - at != 3 || g_ascii_strncasecmp(text + at, "not", 3) != 0)
        return FALSE;
    gsize b = at;
    while (b > start && g_ascii_isspace(text[b - 1]))
        b--;
    /* a comma, or a dash: "-", or the UTF-8 en and em dashes' last byte */
    if (b == start || b == at
        || !(text[b - 1] == ',' || text[b - 1] == '-'
             || (b >= start + 3 && (guchar)text[b - 3] == 0xE2 && (guchar)text[b - 2] == 0x80
                 && ((guchar)text[b - 1] == 0x93 || (guchar)text[b - 1] == 0x94))))
        return FALSE;
    return figure_or_word_after(text, to, end, openers, G_N_ELEMENTS(openers));
}

/* Is the cue at [@at, @to) a "not" that opens a figure or the phrase it
 * opens and sets it against another after "but" within a few words: "sent
 * not 3,000 but 11,000 troops", "not hundreds but thousands of shells",
 * "not 3,000 soldiers but rather 11,000"? The offset of the "but", past
 * which the "not" reaches nothing: the figure after it is stated. 0 for
 * none; "not just" and "not only" ("not only 3,000 but …") open no
 * figure, and a "but" that opens a clause of its own ("not 3,000, but
 * Seoul says …") sets no figure against it. */
static gsize
not_but_end(const char *text, gsize at, gsize to, gsize end)
{
    static const char *const openers[] = {
        "the",   "a",        "an",     "some",   "about",     "around",   "nearly",  "almost",
        "over",  "dozens",   "hundreds", "thousands", "millions", "tens",  "several", "roughly",
        /* a bound before the figure: "not 20 but more than 60 missiles" */
        "more",  "at",       "up",     "as",     "close",     "well",     "fewer",   "less",
        "under", "approximately"};
    if (to - at != 3 || g_ascii_strncasecmp(text + at, "not", 3) != 0
        || !figure_or_word_after(text, to, end, openers, G_N_ELEMENTS(openers)))
        return 0;
    /* the "but" within six words, no punctuation between but a comma
     * right before it ("not 3,000, but 11,000") */
    guint words = 0;
    for (gsize i = to; i < end && words <= 6; i++) {
        gsize n = i + 1;
        while (n < end && text[n] == ' ')
            n++;
        if (text[i] == ',' && !(i > to && i + 1 < end && g_ascii_isdigit(text[i - 1])
                                && g_ascii_isdigit(text[i + 1]))
            && !word_at(text, n, end, "but"))
            return 0;
        if (text[i] == ';' || text[i] == ':' || text[i] == '(' || text[i] == '"')
            return 0;
        if (i > to && g_ascii_isspace(text[i - 1]) && !g_ascii_isspace(text[i])) {
            words++;
            if (word_at(text, i, end, "but")) {
                gsize j = i + 3;
                while (j < end && g_ascii_isspace(text[j]))
                    j++;
                if (word_at(text, j, end, "rather"))
                    j += 6;
                return figure_or_word_after(text, j, end, openers, G_N_ELEMENTS(openers)) ? i
                                                                                          : 0;
            }
        }
    }
    return 0;
}

/* Is the cue at [@at, @to) an "if not" after a comma that offers a larger
 * alternative ("hundreds, if not thousands, of soldiers", "5 million
 * shells, if not 6 million")? It joins the figures, and is no condition;
 * "If not stopped, …" and ", if not checked, …" stay conditions. */
static gboolean
alternative_if_not(const char *text, gsize start, gsize at, gsize to, gsize end)
{
    static const char *const larger[] = {"hundreds", "thousands", "millions", "billions", "dozens",
                                         "tens",     "more",      "most",     "all",      "many",
                                         "double",   "twice",     "higher"};
    if (to - at != 6 || g_ascii_strncasecmp(text + at, "if not", 6) != 0)
        return FALSE;
    gsize b = at;
    while (b > start && g_ascii_isspace(text[b - 1]))
        b--;
    if (b == start || text[b - 1] != ',')
        return FALSE;
    return figure_or_word_after(text, to, end, larger, G_N_ELEMENTS(larger));
}

/* Is the cue at [@at, @to) the "not" of a counterfactual condition, its
 * auxiliary first, that opens the sentence or a clause after a comma ("Had
 * North Korea not sent its 11,000 troops, …", "Were it not for the 12,000
 * soldiers sent, …", "…, had Pyongyang not shipped the shells")? It
 * supposes the deed undone and so takes it as done: no denial. One to five
 * words stand between the auxiliary and "not". */
static gboolean
counterfactual_not(const char *text, gsize start, gsize at, gsize to)
{
    if (to - at != 3 || g_ascii_strncasecmp(text + at, "not", 3) != 0)
        return FALSE;
    gsize b = at;
    while (b > start && text[b - 1] != ',' && text[b - 1] != ';' && text[b - 1] != '"'
           && at - b < 80)
        b--;
    if (b > start && text[b - 1] != ',' && text[b - 1] != ';' && text[b - 1] != '"')
        return FALSE;
    while (b < at && g_ascii_isspace(text[b]))
        b++;
    gsize w;
    if (word_at(text, b, at, "had"))
        w = b + 3;
    else if (word_at(text, b, at, "were"))
        w = b + 4;
    else
        return FALSE;
    guint words = 0;
    gboolean in_word = FALSE;
    for (gsize i = w; i < at; i++) {
        gboolean letter = !g_ascii_isspace(text[i]);
        if (letter && !in_word)
            words++;
        in_word = letter;
    }
    return words >= 1 && words <= 5;
}

/* Is the figure at [@fs, @fe) inside a counterfactual condition whose
 * "not" counterfactual_not() reads, and the cue at [@cs, @ce) outside that
 * clause, past the comma that ends it or before the one that opens it ("Had
 * North Korea not sent its 11,000 troops, Russia could hardly have …",
 * "Russia would have lost Kursk, had Pyongyang not sent some 11,000
 * soldiers")? What the main clause supposes does not reach the deed the
 * condition takes as done. */
static gboolean
outside_counterfactual(const char *text, gsize start, gsize end, gsize fs, gsize fe, gsize cs,
                       gsize ce)
{
    gsize b = fs;
    while (b > start && text[b - 1] != ',' && text[b - 1] != ';')
        b--;
    gsize n = b;
    gboolean found = FALSE;
    for (; n + 3 <= fs && !found; n++)
        found = (n == b || !g_ascii_isalnum(text[n - 1])) && word_at(text, n, fs, "not")
                && counterfactual_not(text, start, n, n + 3);
    if (!found)
        return FALSE;
    gsize e = fe;
    while (e < end && text[e] != ',' && text[e] != ';')
        e++;
    return ce <= b || cs >= e;
}

/* Is the "that" at @at (after white space) a determiner before a noun that
 * points back at a figure ("…, and that number is expected to rise",
 * "and that figure could grow") rather than the "that" of a reported
 * clause? */
static gboolean
noun_points_back(const char *text, gsize at, gsize end)
{
    static const char *const nouns[] = {"number", "figure", "total", "count", "estimate",
                                        "tally", "toll", "force", "contingent"};
    while (at < end && text[at] == ' ')
        at++;
    for (gsize k = 0; k < G_N_ELEMENTS(nouns); k++)
        if (word_at(text, at, end, nouns[k]))
            return TRUE;
    return FALSE;
}

static gboolean
that_points_back(const char *text, gsize at, gsize end)
{
    while (at < end && g_ascii_isspace(text[at]))
        at++;
    return noun_points_back(text, at + 4 /* "that" */, end);
}

/* Where an apposition after the claim ending at @me opens, before the
 * speaker or cue at @as, when it names something else than the claim: the
 * first comma after @me, no comma, semicolon or quote after it before
 * @as, then "a", "an" or "the" and a noun that neither points back at a
 * figure ("a figure", "the toll") nor names a claim ("a claim", "the
 * report"). Returns where the noun starts, G_MAXSIZE for none. */
static gsize
other_apposition_noun(const char *text, gsize me, gsize as)
{
    static const char *const determiners[] = {"a", "an", "the"};
    static const char *const claims[] = {"claim", "assertion", "report", "reports", "claims"};
    gsize c = me;
    while (c < as && text[c] != ',')
        c++;
    if (c >= as)
        return G_MAXSIZE;
    for (gsize i = c + 1; i < as; i++)
        if (text[i] == ',' || text[i] == ';' || text[i] == '"')
            return G_MAXSIZE;
    gsize j = c + 1;
    while (j < as && text[j] == ' ')
        j++;
    gsize det = 0;
    for (gsize k = 0; k < G_N_ELEMENTS(determiners) && det == 0; k++)
        if (word_at(text, j, as, determiners[k]))
            det = strlen(determiners[k]);
    if (det == 0 || noun_points_back(text, j + det, as))
        return G_MAXSIZE;
    gsize n = j + det;
    while (n < as && text[n] == ' ')
        n++;
    for (gsize k = 0; k < G_N_ELEMENTS(claims); k++)
        if (word_at(text, n, as, claims[k]))
            return G_MAXSIZE;
    return n;
}

/* Does a speaker or cue at @as stand in a relative clause of an
 * apposition after the claim, the apposition naming something else than
 * the claim: "…
 * first met in September 2023, *a summit that* Washington says unlocked
 * arms shipments"? The speaker tells what the summit did, not the date.
 * An apposition that names the figure or the claim ("a figure that Seoul
 * says is inflated", "a claim that Moscow says is false") keeps it. */
static gboolean
apposition_relative_before(const char *text, gsize me, gsize as)
{
    gsize n = other_apposition_noun(text, me, as);
    if (n == G_MAXSIZE)
        return FALSE;
    /* a relative word within six words of the determiner, before @as */
    guint words = 0;
    for (gsize i = n; i < as && words <= 6; i++) {
        if (text[i] != ' ')
            continue;
        words++;
        gsize k = i + 1;
        if (word_at(text, k, as, "that") || word_at(text, k, as, "which"))
            return TRUE;
    }
    return FALSE;
}

/* Does the cue at @cs open a reduced relative clause of such an
 * apposition (other_apposition_noun()), one to three lower-case words of
 * letters after the determiner, the cue's word followed by "to" or "as":
 * "sent 6,000 troops to Kursk, *a move expected to* deepen ties", ", a
 * deployment widely seen as …"? The hedge tells what the move does, not
 * whether the figure holds; a figure between ("an estimated 3,000", "a
 * further 2,000 expected") is none, nor is a speaker's verb ("…, the
 * trade journal reports"). */
static gsize word_after(const char *text, gsize at, gsize *ws);

static gboolean
apposition_reduced_relative_before(const char *text, gsize me, gsize cs)
{
    gsize n = other_apposition_noun(text, me, cs);
    if (n == G_MAXSIZE || n >= cs)
        return FALSE;
    for (gsize i = n; i < cs; i++)
        if (!(g_ascii_islower(text[i]) || text[i] == ' '))
            return FALSE;
    guint words = words_between(text, n, cs);
    if (words < 1 || words > 3)
        return FALSE;
    gsize ws, we = word_after(text, cs, &ws); /* the cue's word */
    we = word_after(text, we, &ws);
    return we > ws && (word_at(text, ws, we, "to") || word_at(text, ws, we, "as"));
}

/* Does the figure at [@fs, @fe) open the sentence at @ss (only spaces
 * before it), the verb of saying at @cs within ten words after it, with
 * no mark between (comma, semicolon, colon, dash, bracket, quote)? The
 * figure is then inside that verb's subject: "Two North Korean soldiers
 * captured in January told interrogators …". */
static gboolean
figure_subject_speaks(const char *text, gsize ss, gsize fs, gsize fe, gsize cs)
{
    for (gsize i = ss; i < fs; i++)
        if (text[i] != ' ')
            return FALSE;
    guint words = 0;
    for (gsize i = fe; i < cs; i++) {
        guchar c = (guchar)text[i];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '-'
            || c == 0xE2)
            return FALSE;
        if (c == ' ' && ++words > 10)
            return FALSE;
    }
    return TRUE;
}

/* Does another figure than the one at @vs open right at @at, past
 * spaces ("perhaps *8,000* of the roughly 14,000")? */
static gboolean
figure_opens_at(const char *text, gsize at, gsize vs)
{
    while (at < vs && text[at] == ' ')
        at++;
    return at < vs && g_ascii_isdigit(text[at]);
}

static gboolean word_is(const char *text, gsize b, gsize e, const char *w);
static gboolean word_in_at(const char *text, gsize at, gsize end, const char *const *words);

/* Adverbs of doubt that hedge the figure right after them only. */
static const char *const hedge_adverbs[] = {"perhaps", "possibly", "probably", "maybe", "likely",
                                            NULL};

/* Does a figure open at @at, past spaces, before @end: digits, or a share
 * or a number word, alone or after "a" or "an" ("perhaps *a quarter* of
 * GDP", "maybe *half*", "possibly *thousands*")? */
static gboolean
figure_follows(const char *text, gsize at, gsize end)
{
    static const char *const words[] = {
        "half",   "third",  "thirds",   "quarter",  "quarters", "fifth",    "fifths", "tenth",
        "tenths", "dozen",  "dozens",   "hundreds", "thousands", "millions", "tens",  "several",
        "one",    "two",    "three",    "four",     "five",      "six",      "seven", "eight",
        "nine",   "ten",    "twenty",   "hundred",  "thousand",  "million",  NULL};
    for (int n = 0; n < 2; n++) {
        while (at < end && text[at] == ' ')
            at++;
        if (at < end && (g_ascii_isdigit(text[at]) || text[at] == '$'))
            return TRUE;
        gsize e = at;
        while (e < end && g_ascii_isalpha(text[e]))
            e++;
        if (e == at)
            return FALSE;
        if (word_in_at(text, at, e, words))
            return TRUE;
        if (n > 0 || !(word_is(text, at, e, "a") || word_is(text, at, e, "an")))
            return FALSE;
        at = e;
    }
    return FALSE;
}

/* Does a comma and "only" or "just" stand in text[@a, @b), setting what
 * comes after it against what came before ("sent no new combat troops,
 * only about 1,000 deminers")? */
static gboolean
only_set_against(const char *text, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++) {
        if (text[i] != ',')
            continue;
        gsize w = i + 1;
        while (w < b && text[w] == ' ')
            w++;
        if (w + 4 < b && !g_ascii_isalpha(text[w + 4])
            && (g_ascii_strncasecmp(text + w, "only", 4) == 0
                || g_ascii_strncasecmp(text + w, "just", 4) == 0))
            return TRUE;
    }
    return FALSE;
}

static gboolean
blocked(const char *text, const GArray *terminators, gsize a, gsize b)
{
    for (guint i = 0; i < terminators->len; i++) {
        Range r = g_array_index(terminators, Range, i);
        /* ", and that …" goes on with what was said ("Seoul said that …,
         * and that at least 100 had died"): it cuts nothing off; but ",
         * and that number …" opens a clause of its own */
        if (r.start >= a && r.end <= b
            && (!that_follows(text, r.end, b) || that_points_back(text, r.end, b)))
            return TRUE;
    }
    return FALSE;
}

gsize
cc_double_quote_at(const char *text, gsize i, gsize end)
{
    if (i < end && text[i] == '"')
        return 1;
    if (i + 2 < end && (guchar)text[i] == 0xE2 && (guchar)text[i + 1] == 0x80
        && ((guchar)text[i + 2] == 0x9C || (guchar)text[i + 2] == 0x9D))
        return 3;
    return 0;
}

/* Does the claim at [@ms, @me) stand inside a quotation that closes right
 * before the attribution at @as ("… 15,000 soldiers …, and there were
 * about 4,700 casualties," the NIS told lawmakers)? The whole quotation is
 * the speaker's: a terminator inside it does not cut the claim off. */
static gboolean
quoted_for(const char *text, gsize ss, gsize ms, gsize me, gsize as)
{
    gsize q = as;
    while (q > me && (g_ascii_isspace(text[q - 1]) || text[q - 1] == ','))
        q--;
    gsize close = q >= me + 3 && cc_double_quote_at(text, q - 3, q) == 3 ? q - 3
                  : q >= me + 1 && cc_double_quote_at(text, q - 1, q) == 1 ? q - 1
                                                                  : G_MAXSIZE;
    if (close == G_MAXSIZE)
        return FALSE;
    for (gsize i = me; i < close; i++)
        if (cc_double_quote_at(text, i, close))
            return FALSE;
    for (gsize i = ms; i > ss; i--)
        if (cc_double_quote_at(text, i - 1, ms))
            return TRUE;
    return FALSE;
}

/* Is the terminator at [@s, @e) a "while" of time before a verb in -ing
 * ("… killed or wounded while fighting alongside Russia, the agency
 * said")? It sets no contrast and cuts nothing off. */
static gboolean
while_doing(const char *text, gsize s, gsize e, gsize end)
{
    if (e - s != 5 || g_ascii_strncasecmp(text + s, "while", 5) != 0)
        return FALSE;
    gsize i = e;
    while (i < end && text[i] == ' ')
        i++;
    gsize w = i;
    while (i < end && g_ascii_isalpha(text[i]))
        i++;
    return i - w > 4 && g_ascii_strncasecmp(text + i - 3, "ing", 3) == 0;
}

/* Is the terminator at [@s, @e) a ", and"? Then where the word after it
 * starts (its spaces skipped), else G_MAXSIZE. */
static gsize
after_comma_and(const char *text, gsize s, gsize e, gsize end)
{
    if (e - s < 4 || text[s] != ',' || g_ascii_strncasecmp(text + e - 3, "and", 3) != 0)
        return G_MAXSIZE;
    gsize i = e;
    while (i < end && text[i] == ' ')
        i++;
    return i;
}

/* Is the terminator at [@s, @e) a ", and" that only repeats what came
 * before ("fired at least 20 missiles on December 30, and again on
 * January 2, the prosecutor general said")? It adds no clause of its own
 * and cuts nothing off. */
static gboolean
and_again(const char *text, gsize s, gsize e, gsize end)
{
    gsize i = after_comma_and(text, s, e, end);
    if (i == G_MAXSIZE)
        return FALSE;
    if (end - i >= 5 && g_ascii_strncasecmp(text + i, "once ", 5) == 0)
        i += 5;
    return word_at(text, i, end, "again");
}

/* Is the terminator at [@s, @e) a ", and" before a clause that opens with
 * a figure ("About 600 … have died, and another 4,100 have been wounded,
 * lawmakers said"), or with more of the same count ("…, and thousands
 * more are expected", "…, and more are on the way")? It goes on counting
 * what came before, and cuts off no speaker after it: one at the end
 * speaks of both (but "Seoul said that …, and at least 100 have died"
 * leaves the second clause the outlet's). */
static gboolean and_figure_from(const char *text, gsize i, gsize end);

static gboolean
and_figure(const char *text, gsize s, gsize e, gsize end)
{
    gsize i = after_comma_and(text, s, e, end);
    return i != G_MAXSIZE && and_figure_from(text, i, end);
}

/* Is the terminator at [@s, @e) a ", while" before a clause that opens
 * with a figure ("About 1,000 … have been killed, while some 3,000 were
 * wounded, Western officials said")? Like and_figure()'s ", and", it goes
 * on counting, and a speaker at the end speaks of both figures. */
static gboolean
while_figure(const char *text, gsize s, gsize e, gsize end)
{
    if (e - s != 5 || s < 2 || text[s - 1] != ' ' || text[s - 2] != ','
        || g_ascii_strncasecmp(text + s, "while", 5) != 0)
        return FALSE;
    gsize i = e;
    while (i < end && text[i] == ' ')
        i++;
    return and_figure_from(text, i, end);
}

/* Does a figure start at @i, a lead word ("some", "about", …) before it
 * or not, or a word of many ("more", "hundreds")? */
static gboolean
and_figure_from(const char *text, gsize i, gsize end)
{
    static const char *const more[] = {"more", "thousands", "hundreds", "dozens", "tens",
                                       "several", "many", "others"};
    static const char *const leads[] = {"another ", "a further ", "some ", "about ", "around ",
                                        "roughly ", "nearly ", "almost ", "more than ",
                                        "at least ", "over ", "up to ", "an estimated ",
                                        "an additional "};
    for (gsize k = 0; k < G_N_ELEMENTS(leads); k++) {
        gsize n = strlen(leads[k]);
        if (end - i >= n && g_ascii_strncasecmp(text + i, leads[k], n) == 0) {
            i += n;
            break;
        }
    }
    for (gsize k = 0; k < G_N_ELEMENTS(more); k++)
        if (word_at(text, i, end, more[k]))
            return TRUE;
    return i < end && g_ascii_isdigit(text[i]);
}

/* Is the terminator at [@s, @e) a ", and" before a second party's figure
 * that gaps the verb of the one before, the party one to three words with
 * capitals ("shipped Russia about 5 million shells, *and Iran some
 * 300,000*, the ministry said", "lost 62,000 soldiers, and North Korea
 * some 4,500, officials said")? The speaker after it reaches past it, as
 * past a figure right after the ", and" (and_figure()). */
static gboolean
and_party_figure(const char *text, gsize s, gsize e, gsize end)
{
    gsize p = after_comma_and(text, s, e, end);
    if (p == G_MAXSIZE)
        return FALSE;
    for (int w = 0; w < 3 && p < end && g_ascii_isupper(text[p]); w++) {
        while (p < end && (g_ascii_isalpha(text[p]) || text[p] == '-'))
            p++;
        if (p >= end || text[p] != ' ')
            return FALSE;
        while (p < end && text[p] == ' ')
            p++;
        if (p < end && !g_ascii_isupper(text[p]))
            return and_figure_from(text, p, end);
    }
    return FALSE;
}

/* Is the terminator at [@s, @e) a ", and" before a figure whose clause
 * leaves out the auxiliary of the one before, its participle of harm
 * standing alone ("Lee said that 100 North Korean soldiers have been
 * killed in Kursk, and about 1,000 other soldiers wounded")? The gapped
 * clause shares the verb, and with it the speaker, of the first; one with
 * a verb of its own ("…, and at least 100 have died") is the outlet's.
 * Up to eight words after the terminator are read, to @end. */
static gboolean
and_gapped(const char *text, gsize s, gsize e, gsize end)
{
    static const char *const finite[] = {"have", "has", "had", "were", "was", "are", "is",
                                         "be", "been", "being", "will", "would", "could",
                                         "may", "might", "died", "said", "say", "says"};
    static const char *const harm[] = {"wounded", "injured", "hurt", "killed", "captured",
                                       "missing"};
    if (!and_figure(text, s, e, end))
        return FALSE;
    gsize i = e;
    for (guint words = 0; words < 8 && i < end; words++) {
        while (i < end && !g_ascii_isalpha(text[i])) {
            /* a comma inside a figure ("1,000") is no clause break */
            gboolean in_number = text[i] == ',' && i > e && i + 1 < end
                                 && g_ascii_isdigit(text[i - 1]) && g_ascii_isdigit(text[i + 1]);
            if ((text[i] == ',' && !in_number) || text[i] == ';' || text[i] == '.'
                || text[i] == ':')
                return FALSE;
            i++;
        }
        for (gsize k = 0; k < G_N_ELEMENTS(finite); k++)
            if (word_at(text, i, end, finite[k]))
                return FALSE;
        for (gsize k = 0; k < G_N_ELEMENTS(harm); k++)
            if (word_at(text, i, end, harm[k]))
                return TRUE;
        while (i < end && (g_ascii_isalnum(text[i]) || text[i] == '-' || text[i] == '\''))
            i++;
    }
    return FALSE;
}

/* Reads the word at *@i of a list's last item (and_list_item(),
 * and_noun_tail()) and moves *@i past it: FALSE where it is one word too
 * many (@too_many), an auxiliary, a word of saying or a relative pronoun,
 * a word of @also (@n_also of them), or a word in "-ed": the item's own
 * verb; otherwise [*@last_start, *@last_end) is that word. */
static gboolean
list_item_word(const char *text, gsize *i, gsize end, const char *const *also, gsize n_also,
               gboolean too_many, gsize *last_start, gsize *last_end)
{
    static const char *const finite[] = {"have", "has", "had", "were", "was", "are", "is",
                                         "be", "been", "being", "will", "would", "could",
                                         "may", "might", "said", "say", "says", "that",
                                         "which", "who"};
    gsize w = *i, k = w;
    while (k < end && (g_ascii_isalnum(text[k]) || text[k] == '-' || text[k] == '\''))
        k++;
    *i = k;
    if (too_many)
        return FALSE;
    for (gsize f = 0; f < G_N_ELEMENTS(finite); f++)
        if (word_at(text, w, end, finite[f]))
            return FALSE;
    for (gsize f = 0; f < n_also; f++)
        if (word_at(text, w, end, also[f]))
            return FALSE;
    if (k - w > 3 && g_ascii_strncasecmp(text + k - 2, "ed", 2) == 0)
        return FALSE;
    *last_start = w;
    *last_end = k;
    return TRUE;
}

/* Is the terminator at [@s, @e) a ", and" before the last item of a list
 * of figures that ends the sentence with no verb of its own ("Seoul
 * estimates the North has provided about 220 artillery pieces, including
 * multiple rocket launchers, and roughly 150 ballistic missiles")? The
 * item is the object of the verb before, and its speaker is that verb's.
 * The words from the figure to @end hold no auxiliary, no word of saying
 * and no word in "-ed", and the last is a plural noun ("missiles",
 * "shells"): "…, and 2,000 more followed" or "…, and 150 arrive" have a
 * verb of their own and stay the outlet's. */
static gboolean
and_list_item(const char *text, gsize s, gsize e, gsize end)
{
    if (!and_figure(text, s, e, end))
        return FALSE;
    gsize i = e, last_start = e, last_end = e;
    guint words = 0;
    while (i < end) {
        if (text[i] == '.' && (i + 1 >= end || text[i + 1] == ' ' || text[i + 1] == '"'))
            break; /* the sentence's full stop */
        gboolean in_number = (text[i] == ',' || text[i] == '.') && i > e && i + 1 < end
                             && g_ascii_isdigit(text[i - 1]) && g_ascii_isdigit(text[i + 1]);
        if ((text[i] == ',' && !in_number) || text[i] == ';' || text[i] == ':'
            || text[i] == '(' || text[i] == '"')
            return FALSE;
        if (!g_ascii_isalpha(text[i])) {
            i++;
            continue;
        }
        if (!list_item_word(text, &i, end, NULL, 0, ++words > 8, &last_start, &last_end))
            return FALSE;
    }
    /* the list's last word is a plural noun */
    return words > 0 && last_end - last_start > 3 && text[last_end - 1] == 's'
           && text[last_end - 2] != 's';
}

/* Does the terminator at [@s, @e) open an aside set off by commas right
 * after the speaker's words ending at @a, the aside closed by ", that"
 * before @b ("Ukrainian officials estimate, though they cannot check it,
 * that about 4,700 …")? The speaker's "that" clause goes on past it. */
static gboolean
aside_before_that(const char *text, gsize a, gsize s, gsize e, gsize b)
{
    gsize i = a;
    while (i < s && text[i] == ' ')
        i++;
    if (i >= s || text[i] != ',')
        return FALSE;
    i++;
    while (i < s && text[i] == ' ')
        i++;
    if (i != s)
        return FALSE;
    const char *c = memchr(text + e, ',', b - e);
    if (c == NULL)
        return FALSE;
    gsize j = (gsize)(c - text) + 1;
    while (j < b && text[j] == ' ')
        j++;
    return word_at(text, j, b, "that");
}

/* blocked() for a speaker before the claim, to the sentence's end @se: a
 * ", and" before a gapped clause (and_gapped()) or before a list's last
 * figure (and_list_item()) does not cut it off, nor a "though" that opens
 * an aside before the speaker's "that" (aside_before_that()). */
static gboolean
blocked_after_speaker(const char *text, const GArray *terminators, gsize a, gsize b, gsize se)
{
    for (guint i = 0; i < terminators->len; i++) {
        Range r = g_array_index(terminators, Range, i);
        if (r.start >= a && r.end <= b && !aside_before_that(text, a, r.start, r.end, b)
            && (!that_follows(text, r.end, b) || that_points_back(text, r.end, b))
            && !and_gapped(text, r.start, r.end, se)
            && !and_list_item(text, r.start, r.end, se))
            return TRUE;
    }
    return FALSE;
}

/* Is the terminator at [@s, @e) a ", and" before a noun that points back
 * at the figure before it ("More than 3,000 … have arrived, and the total
 * number is expected to hit 10,000, the agency said", "…, and this figure
 * could climb"), or before a pronoun of the things counted before,
 * "they", "both", "all" or "none" ("Pyongyang sent roughly 11,000 soldiers
 * to Kursk, and they have since suffered some 4,000 casualties, Ukraine's
 * military intelligence said"; "captured two North Korean soldiers on
 * Thursday, and both are now being questioned in Kyiv, Zelensky wrote"),
 * or "another", one more of them ("Ukraine holds two North Korean
 * prisoners, and another died of his wounds, the official testified")?
 * Its clause goes on with the same count: a speaker at the end speaks of
 * both ("that number" is that_follows()'s). A semicolon before such a
 * clause joins it as ", and" does ("Our soldiers took two North Korean
 * servicemen prisoner; they are now being questioned by the SBU, Zelensky
 * wrote"). */
static gboolean
and_points_back(const char *text, gsize s, gsize e, gsize end)
{
    static const char *const determiners[] = {"the", "this", "its", "their"};
    static const char *const pronouns[] = {"they", "both", "all", "none"};
    /* "another" alone, one more of them: a verb or "of" after it, not a
     * noun ("…, and another ally, Iran, has sent drones") */
    static const char *const after_another[] = {"of", "was", "is", "has", "had", "remains",
                                                "remained", "later", "also", "still",
                                                "reportedly", "apparently", NULL};
    gsize i = after_comma_and(text, s, e, end);
    if (i == G_MAXSIZE && e - s == 1 && text[s] == ';')
        for (i = e; i < end && text[i] == ' '; i++)
            ;
    if (i == G_MAXSIZE)
        return FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(pronouns); k++)
        if (word_at(text, i, end, pronouns[k]))
            return TRUE;
    if (word_at(text, i, end, "another")) {
        gsize b = i + strlen("another");
        while (b < end && text[b] == ' ')
            b++;
        gsize w = b;
        while (w < end && g_ascii_isalpha(text[w]))
            w++;
        if (w > b && (word_in_at(text, b, w, after_another)
                      || (w - b > 3 && text[w - 2] == 'e' && text[w - 1] == 'd')))
            return TRUE;
    }
    /* a share of them, the things counted before, in the clause's first
     * words ("…, and roughly half of them are now fighting in Kursk, …") */
    for (gsize w = i, words = 0; w < end && words < 4; words++) {
        if (word_at(text, w, end, "of"))
            return word_at(text, w + 3, end, "them") || word_at(text, w + 3, end, "those")
                   || word_at(text, w + 3, end, "these");
        while (w < end && (g_ascii_isalnum(text[w]) || text[w] == '-' || text[w] == ','
                           || text[w] == '.'))
            w++;
        if (w >= end || text[w] != ' ')
            break;
        while (w < end && text[w] == ' ')
            w++;
    }
    for (gsize k = 0; k < G_N_ELEMENTS(determiners); k++)
        if (word_at(text, i, end, determiners[k])) {
            gsize at = i + strlen(determiners[k]);
            if (noun_points_back(text, at, end))
                return TRUE;
            /* a possessive between ("…, and the North's total casualties
             * now stand at some 4,700, the NIS told lawmakers") */
            while (at < end && text[at] == ' ')
                at++;
            gsize w = at;
            while (w < end && (g_ascii_isalpha(text[w]) || text[w] == '-'))
                w++;
            if (w == at)
                return FALSE;
            if (w + 2 <= end && text[w] == '\'' && text[w + 1] == 's')
                return noun_points_back(text, w + 2, end);
            if (w + 4 <= end && memcmp(text + w, "\xe2\x80\x99s", 4) == 0)
                return noun_points_back(text, w + 4, end);
            return FALSE;
        }
    return FALSE;
}

/* Is the terminator at [@s, @e) the "rather" of "rather than" or the
 * "instead" of "instead of", with no figure after it up to @end ("About
 * 300 … have died, many choosing to blow themselves up rather than
 * surrender, according to the NIS")? It sets a phrase against another
 * inside the clause and opens none of its own; a rival figure after it
 * has a speaker of its own ("some 3,000 … rather than the 4,000 Ukraine
 * has claimed"). */
static gboolean
rather_than(const char *text, gsize s, gsize e, gsize end)
{
    for (gsize k = e; k < end; k++)
        if (g_ascii_isdigit(text[k]))
            return FALSE;
    gsize i = e;
    while (i < end && text[i] == ' ')
        i++;
    if (e - s == 6 && g_ascii_strncasecmp(text + s, "rather", 6) == 0)
        return word_at(text, i, end, "than");
    if (e - s == 7 && g_ascii_strncasecmp(text + s, "instead", 7) == 0)
        return word_at(text, i, end, "of");
    return FALSE;
}

/* Is the terminator at [@s, @e) a semicolon between two labelled figures
 * of a fact box's list, the one before ending in its figure (after @a)
 * and the one after a label of up to four words, a colon and a figure,
 * before @end: "KIA: 300; WIA: 2,700 — NIS"? The list is one line, and a
 * source after its last item gives every item. */
static gboolean
labelled_list_joint(const char *text, gsize a, gsize s, gsize e, gsize end)
{
    if (e - s != 1 || text[s] != ';')
        return FALSE;
    gsize p = s;
    while (p > a && text[p - 1] == ' ')
        p--;
    if (p == 0 || !g_ascii_isdigit(text[p - 1]))
        return FALSE;
    gsize i = e;
    guint words = 0;
    while (i < end && words <= 4) {
        while (i < end && text[i] == ' ')
            i++;
        gsize w = i;
        while (i < end && (g_ascii_isalpha(text[i]) || text[i] == '-' || text[i] == '.'
                           || text[i] == '\''))
            i++;
        if (i == w)
            return FALSE;
        words++;
        if (i < end && text[i] == ':') {
            i++;
            while (i < end && text[i] == ' ')
                i++;
            /* an approximator may stand before the figure */
            for (guint k = 0; k < 2 && i < end && !g_ascii_isdigit(text[i]); k++) {
                while (i < end && g_ascii_isalpha(text[i]))
                    i++;
                while (i < end && text[i] == ' ')
                    i++;
            }
            return i < end && g_ascii_isdigit(text[i]);
        }
    }
    return FALSE;
}

/* Is the terminator at [@s, @e) a ", and" before the last item of a list
 * the speaker's tag closes, a noun phrase of at most six words with no
 * figure and no verb, then its comma and the speaker at @end ("Pyongyang
 * has also provided some 200 artillery pieces, including 170mm guns, and
 * multiple rocket launchers, the NIS said")? The item is one more object
 * of the verb before, and the speaker after it speaks of the whole list.
 * No auxiliary, word of saying, relative pronoun or word in "-ed" among
 * its words; the last is a plural noun. */
static gboolean
and_noun_tail(const char *text, gsize s, gsize e, gsize end)
{
    /* "… and others", "… and 2,000 more": no item of a list of things */
    static const char *const more[] = {"more", "others"};
    if (e - s < 4 || text[s] != ',' || g_ascii_strncasecmp(text + e - 3, "and", 3) != 0)
        return FALSE;
    gsize i = e, last_start = e, last_end = e;
    guint words = 0;
    while (i < end && text[i] != ',') {
        if (g_ascii_isdigit(text[i]) || text[i] == ';' || text[i] == ':' || text[i] == '('
            || text[i] == '"' || text[i] == '.')
            return FALSE;
        if (!g_ascii_isalpha(text[i])) {
            i++;
            continue;
        }
        if (!list_item_word(text, &i, end, more, G_N_ELEMENTS(more), ++words > 6, &last_start,
                            &last_end))
            return FALSE;
    }
    /* its comma, then the speaker at once */
    if (i >= end)
        return FALSE;
    for (gsize k = i + 1; k < end; k++)
        if (text[k] != ' ')
            return FALSE;
    return words > 0 && last_end - last_start > 3 && text[last_end - 1] == 's'
           && text[last_end - 2] != 's';
}

/* Is the terminator at [@s, @e) a ", and" whose clause has no subject of
 * its own, an auxiliary or a verb of going on right after it ("Pyongyang
 * has sent about 11,000 troops to Kursk, *and has supplied* millions of
 * shells, the spy agency said", "…, and keeps shipping rounds by rail,
 * …")? The verb shares the subject of the one before: one sentence of one
 * source, so a speaker at the end speaks of both. A verb of saying there
 * ("…, and said …", "…, and has said …") names a speaker of its own and
 * is no such verb. */
static gboolean
and_shared_subject(const char *text, gsize s, gsize e, gsize end)
{
    static const char *const verbs[] = {"has", "have", "had", "is", "are", "was", "were",
                                        "will", "keeps", "kept", "continues", "continued",
                                        "remains", "still", "also", NULL};
    gsize i = after_comma_and(text, s, e, end);
    if (i == G_MAXSIZE)
        return FALSE;
    static const char *const saying[] = {"said", "says", "say", "told", "tells", "claimed",
                                         "claims", "stated", "states", "added", "adds",
                                         "noted", "announced", "reported", "wrote", NULL};
    gsize w = i;
    while (w < end && g_ascii_isalpha(text[w]))
        w++;
    if (w == i || w >= end || text[w] != ' ' || !word_in_at(text, i, w, verbs))
        return FALSE;
    /* the verb after the auxiliaries and adverbs: "…, and has said …",
     * "…, and also told …" name a speaker of their own too */
    for (guint n = 0; n < 3; n++) {
        while (w < end && text[w] == ' ')
            w++;
        gsize b = w;
        while (w < end && g_ascii_isalpha(text[w]))
            w++;
        if (w == b || word_in_at(text, b, w, saying))
            return w > b ? FALSE : TRUE;
        if (!word_in_at(text, b, w, verbs))
            return TRUE;
    }
    return TRUE;
}

/* blocked() for a speaker after the claim: a ", and" or ", while" that
 * goes on counting does not cut it off, nor one before a list's last noun right before the
 * speaker (and_noun_tail()), nor one whose verb shares the subject before
 * it (and_shared_subject()), nor does "rather than" or "instead of". */
static gboolean
blocked_before_speaker(const char *text, const GArray *terminators, gsize a, gsize b)
{
    for (guint i = 0; i < terminators->len; i++) {
        Range r = g_array_index(terminators, Range, i);
        if (r.start >= a && r.end <= b && !that_follows(text, r.end, b)
            && !labelled_list_joint(text, a, r.start, r.end, b)
            && !and_figure(text, r.start, r.end, b) && !and_party_figure(text, r.start, r.end, b)
            && !while_figure(text, r.start, r.end, b) && !and_points_back(text, r.start, r.end, b)
            && !and_noun_tail(text, r.start, r.end, b) && !and_shared_subject(text, r.start, r.end, b)
            && !rather_than(text, r.start, r.end, b))
            return TRUE;
    }
    return FALSE;
}

/* Is the terminator at [@s, @e) the "but also" of "not only … but also"
 * ("handed Moscow not only 2 million shells but also several dozen
 * missiles, the agency said")? It adds to what came before and cuts
 * nothing off. */
static gboolean
but_also(const char *text, gsize s, gsize e, gsize end)
{
    if (e - s != 3 || g_ascii_strncasecmp(text + s, "but", 3) != 0)
        return FALSE;
    gsize i = e;
    while (i < end && text[i] == ' ')
        i++;
    return word_at(text, i, end, "also");
}

static gsize word_before(const char *text, gsize start, gsize at, gsize *ws);

/* Is the terminator at [@s, @e) the adverb "yet" ("has yet to see heavy
 * fighting", "had not yet joined", "as yet", a modal's "yet": "Russia
 * may yet draw in another 20,000", "could yet send more", and the "yet"
 * that stresses "another": "called the report yet another fake") rather
 * than the conjunction? It joins no clause and cuts nothing off. @start
 * is where the text may be read from. */
static gboolean
yet_adverb(const char *text, gsize start, gsize s, gsize e, gsize end)
{
    static const char *const before[] = {"has", "have", "had",   "not",  "as",    "is",
                                         "are", "was",  "were",  "may",  "might", "could",
                                         "can", "will", "would", "must", NULL};
    if (e - s != 3 || g_ascii_strncasecmp(text + s, "yet", 3) != 0)
        return FALSE;
    gsize i = e;
    while (i < end && text[i] == ' ')
        i++;
    if (word_at(text, i, end, "to") || word_at(text, i, end, "been")
        || word_at(text, i, end, "another"))
        return TRUE;
    gsize w, b = word_before(text, start, s, &w);
    return w < b && word_in_at(text, w, b, before);
}

/* Is the terminator at [@s, @e) the "but" of "nothing but", "anything
 * but" or "all but" ("called the reports nothing but a smear campaign")?
 * It means "only" or "almost", opens no clause and cuts nothing off.
 * @start is where the text may be read from. */
static gboolean
but_of_nothing(const char *text, gsize start, gsize s, gsize e)
{
    static const char *const before[] = {"nothing", "anything", "all", NULL};
    if (e - s != 3 || g_ascii_strncasecmp(text + s, "but", 3) != 0)
        return FALSE;
    gsize w, b = word_before(text, start, s, &w);
    return w < b && word_in_at(text, w, b, before);
}

gboolean
cc_modality_but_of_not(const char *text, gsize start, gsize s, gsize e, gsize end)
{
    if (e - s != 3 || g_ascii_strncasecmp(text + s, "but", 3) != 0)
        return FALSE;
    /* the words before it, figures among them, back to the "not" */
    gsize at = s;
    for (guint words = 0; words < 8; words++) {
        while (at > start && text[at - 1] == ' ')
            at--;
        gsize w = at;
        while (w > start && text[w - 1] != ' ')
            w--;
        if (w == at)
            return FALSE;
        if (at - w == 3 && g_ascii_strncasecmp(text + w, "not", 3) == 0)
            return not_but_end(text, w, at, end) == s;
        at = w;
    }
    return FALSE;
}

static void
find_terminators(const CcModalityScope *scope, const char *text, gsize start, gsize end,
                 gboolean anywhere, GArray *out)
{
    g_array_set_size(out, 0);
    if (scope->terminators.all == NULL)
        return;
    gsize pos = start;
    Range r;
    while (pos < end
           && phrases_next(&scope->terminators, text, pos, end, anywhere, &r.start, &r.end)) {
        pos = r.end > r.start ? r.end : r.start + 1;
        if (while_doing(text, r.start, r.end, end) || and_again(text, r.start, r.end, end)
            || but_also(text, r.start, r.end, end) || yet_adverb(text, start, r.start, r.end, end)
            || but_of_nothing(text, start, r.start, r.end)
            || cc_modality_but_of_not(text, start, r.start, r.end, end))
            continue;
        g_array_append_val(out, r);
    }
}

static gsize word_before(const char *text, gsize start, gsize at, gsize *ws);

/* Is the run of digits at @i, after @a, a year that a month or a
 * preposition of time dates ("since December 2023", "in 2024"), no count? */
static gboolean
year_at(const char *text, gsize a, gsize i, gsize b)
{
    static const char *const before[] = {
        "in", "since", "until", "till", "by", "of", "from", "early", "late", "mid", "end",
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
        "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
        "nov", "november", "dec", "december", NULL};
    if (i > a && (g_ascii_isdigit(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.'))
        return FALSE;
    gsize e = i;
    while (e < b && g_ascii_isdigit(text[e]))
        e++;
    if (e - i != 4 || (!(text[i] == '1' && text[i + 1] == '9') && !(text[i] == '2' && text[i + 1] == '0')))
        return FALSE;
    if (e < b && (g_ascii_isalnum(text[e]) || ((text[e] == ',' || text[e] == '.') && e + 1 < b
                                                 && g_ascii_isdigit(text[e + 1]))))
        return FALSE;
    gsize ws, we = word_before(text, a, i, &ws);
    return we > ws && word_in_at(text, ws, we, before);
}

/* Is there a figure between @a and @b, within three words of @b? A cue
 * after two figures speaks of the nearer ("Of the 4,000 who have become
 * casualties, around 1,000 are reported to have been killed"); a year a
 * month or a preposition dates is none ("… since December 2023, claims
 * Moscow has denied"). */
static gboolean
nearer_figure(const char *text, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++) {
        if (!g_ascii_isdigit(text[i]))
            continue;
        if (year_at(text, a, i, b)) {
            i += 3;
            continue;
        }
        if (words_between(text, i, b) <= 3)
            return TRUE;
    }
    return FALSE;
}

/* Does an elliptical "more" or "others" stand in text[@a, @b) as the
 * subject of a clause of its own, after "and", "with" or a comma and
 * before its verb ("some 11,000 troops in Kursk *and more may follow*",
 * ", and more are expected to follow")? A cue after it speaks of those
 * more, not of the figure before ("more than" and "more troops" are no
 * such subject). */
static gsize word_before(const char *text, gsize start, gsize at, gsize *ws);
static gboolean word_is(const char *text, gsize b, gsize e, const char *w);

static gboolean
more_between(const char *text, gsize a, gsize b, gsize end)
{
    static const char *const verbs[] = {"are",   "were",     "is",     "was",    "have", "has",
                                        "had",   "could",    "may",    "might",  "will", "would",
                                        "should", "expected", "likely", "due",   "on",
                                        NULL};
    for (gsize i = a; i < b; i++) {
        if (!g_ascii_isalpha(text[i]) || (i > a && g_ascii_isalpha(text[i - 1])))
            continue;
        gsize e = i;
        while (e < b && g_ascii_isalpha(text[e]))
            e++;
        if (!word_is(text, i, e, "more") && !word_is(text, i, e, "others"))
            continue;
        gsize p = i;
        while (p > a && text[p - 1] == ' ')
            p--;
        gsize ws, we = word_before(text, a, p, &ws);
        gboolean opens = (p > a && text[p - 1] == ',') || word_is(text, ws, we, "and")
                         || word_is(text, ws, we, "with");
        gsize n = e;
        while (n < end && text[n] == ' ')
            n++;
        gsize ne = n;
        while (ne < end && g_ascii_isalpha(text[ne]))
            ne++;
        if (opens && word_in_at(text, n, ne, verbs))
            return TRUE;
    }
    return FALSE;
}

/* Is @cue part of a speaker's words ("the Pentagon *estimated* about
 * 1,000"): a verb of saying that hedges, not an approximator? */
static gboolean
in_said(const GArray *said, const Cue *cue)
{
    for (guint i = 0; i < said->len; i++) {
        const Said *a = &g_array_index(said, Said, i);
        if (cue->start < a->end && cue->end > a->start)
            return TRUE;
    }
    return FALSE;
}

/* Does @cue reach the claim at [ms, me)? */
/* Does ", with" stand in text[a, b)? What follows it is said of another
 * thing ("an approximate 4,000 casualties, with Britain's updated estimate
 * suggesting the real number could be higher"): neither a speaker nor a
 * cue inside that phrase acts on what comes before it. One after the
 * phrase's closing comma does ("killed, with dozens more wounded,
 * officials said"), and a "with" without the comma is the claim's own
 * ("killed in clashes with Ukrainian troops, Kyiv said"). */
static gboolean
with_between(const char *text, gsize a, gsize b)
{
    for (gsize i = a; i + 5 <= b; i++) {
        if (text[i] != ',')
            continue;
        gsize j = i + 1;
        while (j < b && text[j] == ' ')
            j++;
        if (j + 4 <= b && g_ascii_strncasecmp(text + j, "with", 4) == 0
            && (j + 4 == b || !g_ascii_isalnum(text[j + 4]))
            && memchr(text + j, ',', b - j) == NULL)
            return TRUE;
    }
    return FALSE;
}

/* Does an "and" in text[@a, @b) open a clause of its own, a subject named
 * in capitals (one to three words, "the" before them allowed) and its
 * auxiliary or verb of saying right after ("…, Kyiv says 14,000 *and
 * Moscow has* given no figure", "Pyongyang denies sending troops, *and
 * Seoul says* 11,000 …", "North Korea has suffered heavy losses, *and
 * Seoul puts* them at about 3,000"; not a past "put", the verb of two
 * names joined: "the pact Putin *and Kim put* their names to")? A cue on
 * one side of it is its own clause's, not a figure's on the other. */
static gboolean
and_subject_clause_between(const char *text, gsize a, gsize b)
{
    static const char *const auxiliaries[] = {"has", "have", "had", "is", "are", "was",
                                              "were", "did", "does", "do", "will", "would",
                                              "could", "can", "says", "said", "say",
                                              "estimates", "estimated", "believes",
                                              "reports", "reported", "claims", "claimed",
                                              "thinks", "puts", "places", "pegs", NULL};
    for (gsize i = a; i + 5 <= b; i++) {
        if (text[i] != ' ' || !word_at(text, i + 1, b, "and"))
            continue;
        gsize j = i + 4;
        while (j < b && text[j] == ' ')
            j++;
        if (word_at(text, j, b, "the"))
            j += 3;
        guint names = 0;
        for (;;) {
            while (j < b && text[j] == ' ')
                j++;
            if (j >= b || !g_ascii_isupper(text[j]))
                break;
            while (j < b && (g_ascii_isalpha(text[j]) || text[j] == '-' || text[j] == '\''))
                j++;
            names++;
        }
        gsize e = j;
        while (e < b && g_ascii_isalpha(text[e]))
            e++;
        if (names >= 1 && names <= 3 && e > j && word_in_at(text, j, e, auxiliaries))
            return TRUE;
    }
    return FALSE;
}

/* Does the speaker at [@ws, @ae) open a clause of its own after ", and"
 * in the claim's words from @ms, a few words (no comma) between the "and"
 * and its name, its saying ending in "that" before the figure at @vs
 * ("Seoul first confirmed North Korean casualties on Thursday, *and a day
 * later a Pentagon spokesman said that* there had been several hundred
 * killed or wounded")? The figure is that speaker's, though the counted
 * noun the claim's words begin with is in the clause before. */
static gboolean
and_speaker_that_between(const char *text, gsize ms, gsize ws, gsize ae, gsize vs)
{
    gsize t = ae;
    while (t < vs && text[t] == ' ')
        t++;
    if (!word_at(text, t, vs, "that"))
        return FALSE;
    for (gsize i = ws; i-- > ms + 1;) {
        if (text[i] == ',' || text[i] == ';' || text[i] == ':' || text[i] == '.')
            return FALSE;
        if (text[i] == ' ' && word_at(text, i + 1, ws, "and") && text[i - 1] == ',') {
            guint words = 0;
            for (gsize k = i + 4; k < ws; k++)
                if (text[k] == ' ' && k + 1 < ws && text[k + 1] != ' ')
                    words++;
            return words <= 5;
        }
    }
    return FALSE;
}

/* Is the cue at [@cs, @ce) a verb of rejecting ("rejected", "dismissing",
 * "disputes")? */
static gboolean
rejecting_verb(const char *text, gsize cs, gsize ce)
{
    static const char *const stems[] = {"reject", "dismiss", "disput", "refut"};
    for (gsize i = 0; i < G_N_ELEMENTS(stems); i++) {
        gsize n = strlen(stems[i]);
        if (ce - cs >= n && g_ascii_strncasecmp(text + cs, stems[i], n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Does a noun phrase of its own follow the rejecting verb that ends at @at
 * ("rejecting *Kyiv's higher estimate*", "dismissed *reports* of …")? Not
 * "as", "that", a pronoun or "the claim" pointing back ("…, a figure
 * Moscow rejected", "Moscow rejected it", "rejected the claim"), nor a
 * phrase of time or an adverb that opens no object ("…, a claim Kyiv
 * disputed *for weeks*", "rejected *immediately*"): those reject what
 * came before. */
static gboolean
object_follows(const char *text, gsize at, gsize end)
{
    static const char *const not_objects[] = {
        "as",      "that",       "it",         "them",       "this",   "these",
        "those",   "by",         "outright",   "publicly",   "flatly", "such",
        "on",      "in",         "at",         "out",        "for",    "until",
        "till",    "throughout", "during",     "since",      "within", "immediately",
        "again",   "repeatedly", "vehemently", "strongly",   "firmly", "angrily",
        "swiftly", "quickly",    "categorically"};
    static const char *const back[] = {"claim", "claims", "figure", "figures", "report",
                                       "reports", "estimate", "number", "allegation",
                                       "allegations", "account", "assertion", "assessment"};
    gsize i = at;
    while (i < end && text[i] == ' ')
        i++;
    gsize w = i;
    while (i < end && (g_ascii_isalpha(text[i]) || text[i] == '\'' || text[i] == '-'))
        i++;
    if (i == w)
        return FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(not_objects); k++)
        if (i - w == strlen(not_objects[k])
            && g_ascii_strncasecmp(text + w, not_objects[k], i - w) == 0)
            return FALSE;
    if (i - w == 3 && g_ascii_strncasecmp(text + w, "the", 3) == 0) {
        gsize j = i;
        while (j < end && text[j] == ' ')
            j++;
        gsize x = j;
        while (j < end && g_ascii_isalpha(text[j]))
            j++;
        for (gsize k = 0; k < G_N_ELEMENTS(back); k++)
            if (j - x == strlen(back[k]) && g_ascii_strncasecmp(text + x, back[k], j - x) == 0
                && (j >= end || !g_ascii_isalpha(text[j])) && (j >= end || text[j] != ' '
                                                                 || j + 3 >= end
                                                                 || g_ascii_strncasecmp(text + j, " of", 3) != 0))
                return FALSE;
    }
    /* an indefinite article that the judgement itself ends, one word
     * between at most, is the judgement's, no object: "…, a figure KCNA
     * called *a* sheer fabrication", "called *a* fabrication" (@end is the
     * judgement's cue); "calling a report …" names an object */
    if ((i - w == 1 && g_ascii_tolower(text[w]) == 'a')
        || (i - w == 2 && g_ascii_strncasecmp(text + w, "an", 2) == 0)) {
        gsize j = i;
        while (j < end && text[j] == ' ')
            j++;
        if (j >= end)
            return FALSE;
        gsize x = j;
        while (j < end && g_ascii_isalpha(text[j]))
            j++;
        gsize y = j;
        while (y < end && text[y] == ' ')
            y++;
        if (y >= end && j > x) {
            for (gsize k = 0; k < G_N_ELEMENTS(back); k++)
                if (j - x == strlen(back[k]) && g_ascii_strncasecmp(text + x, back[k], j - x) == 0)
                    return TRUE;
            return FALSE;
        }
    }
    return TRUE;
}


/* Does a whole word of @words (NULL-terminated, ASCII case aside) stand in
 * text[@a, @b), after @a (a word that starts at @a may be the end of one
 * before it) and ending by @b? */
static gboolean
word_between(const char *text, gsize a, gsize b, const char *const *words)
{
    gsize i = a;
    while (i < b) {
        while (i < b && !g_ascii_isalpha(text[i]))
            i++;
        gsize w = i;
        while (i < b && g_ascii_isalpha(text[i]))
            i++;
        if (i > w && w > a && word_in_at(text, w, i, words))
            return TRUE;
    }
    return FALSE;
}

/* Does a clause of its own start in text[a, b): a comma or semicolon, or
 * "and", "saying" or "putting" ("rejected Kyiv's figure of 4,000 *and put*
 * the toll at about 3,000", "dismissed reports of 10,000 dead*, saying*
 * about 300 …")? */
static gboolean
clause_between(const char *text, gsize a, gsize b)
{
    static const char *const words[] = {"and", "saying", "putting", "while", "instead", NULL};
    for (gsize i = a; i < b; i++)
        if (text[i] == ',' || text[i] == ';')
            return TRUE;
    return word_between(text, a, b, words);
}

/* Does a verb that judges or rejects what it names ("calling", "described",
 * "rejecting") stand in text[a, b), with an object of its own after it
 * before @b ("…, the JCS said, *calling Ukraine's estimate* inflated",
 * "…, *rejecting Kyiv's higher estimate*")? The words of that object and
 * the judgement after it are of the object, not of a figure before the
 * verb. */
static gboolean
judged_object_between(const char *text, gsize a, gsize b)
{
    static const char *const verbs[] = {"calling", "called", "calls", "call", "describing",
                                        "described", "describes", "branding", "branded",
                                        "brands", "dubbing", "dubbed", "labelling", "labeling",
                                        "labelled", "labeled", "terming", "termed",
                                        "rejecting", "rejected", "rejects", "dismissing",
                                        "dismissed", "dismisses", "disputing", "disputed",
                                        "disputes"};
    guint32 firsts = 0; /* bit n: a verb begins with the n-th letter */
    for (gsize k = 0; k < G_N_ELEMENTS(verbs); k++)
        firsts |= 1u << (verbs[k][0] - 'a');
    gsize found = G_MAXSIZE;
    for (gsize i = a; i < b; i++) {
        if (!g_ascii_isalpha(text[i]) || (i > a && g_ascii_isalpha(text[i - 1])))
            continue;
        /* a verb is compared only where its first letter stands */
        char first = g_ascii_tolower(text[i]);
        if (!(firsts >> (first - 'a') & 1))
            continue;
        for (gsize k = 0; k < G_N_ELEMENTS(verbs); k++) {
            if (verbs[k][0] != first)
                continue;
            gsize n = strlen(verbs[k]);
            if (i + n <= b && g_ascii_strncasecmp(text + i, verbs[k], n) == 0
                && (i + n == b || !g_ascii_isalpha(text[i + n])))
                found = i + n;
        }
    }
    if (found == G_MAXSIZE)
        return FALSE;
    /* "calling *such reports* fake", "calling *it* propaganda": pointing back */
    gsize i = found;
    while (i < b && text[i] == ' ')
        i++;
    if (b - i >= 5 && g_ascii_strncasecmp(text + i, "such ", 5) == 0)
        return FALSE;
    return i < b && object_follows(text, found, b);
}

/* Does a speaker that denied something own up to it at last in
 * text[a, b): "denied any role for months *before confirming* on April 28
 * that …", "*only to admit* on Monday …", "had denied sending troops *but
 * confirmed* on Monday …"? The word of owning up at *@at. The denial is
 * then no source of what it owned up to. */
static gboolean
owning_up_at(const char *text, gsize a, gsize b, gsize *at)
{
    static const char *const owning_up[][2] = {
        {"before", "confirming"}, {"before", "admitting"}, {"before", "acknowledging"},
        {"before", "conceding"},  {"only to", "confirm"},  {"only to", "admit"},
        {"only to", "acknowledge"}, {"but", "confirmed"}, {"but", "admitted"},
        {"but", "acknowledged"}};
    for (gsize i = a; i < b; i++) {
        if (i > a && text[i - 1] != ' ')
            continue;
        for (gsize k = 0; k < G_N_ELEMENTS(owning_up); k++) {
            gsize n = strlen(owning_up[k][0]);
            if (!word_at(text, i, b, owning_up[k][0]))
                continue;
            gsize j = i + n;
            while (j < b && text[j] == ' ')
                j++;
            if (word_at(text, j, b, owning_up[k][1])) {
                if (at)
                    *at = j;
                return TRUE;
            }
        }
    }
    return FALSE;
}

/* Does the speaker go on to give an account of its own in text[a, b): ",
 * saying", ", putting", ", adding", ", estimating", ", insisting", or "and"
 * before a verb that gives a figure ("called Kyiv's tally inflated*, and
 * put* the toll at 1,100", "was exaggerated *and estimated* the toll at
 * 3,000")? A word of saying without the comma is no clause of the
 * speaker's ("rejected reports saying that 10,000 …": the reports say). */
static gboolean
own_account_at(const char *text, gsize a, gsize b, gsize *at)
{
    static const char *const after_comma[] = {"saying", "putting", "adding", "estimating",
                                              "insisting"};
    static const char *const after_and[] = {"put",       "puts",    "said",      "says",
                                            "estimated", "estimates", "gave",    "gives",
                                            "counted",   "counts",  "reckoned",  "reckons",
                                            "set",       "sets",    "insisted",  "insists"};
    if (owning_up_at(text, a, b, at))
        return TRUE;
    for (gsize i = a; i < b; i++) {
        gboolean comma = text[i] == ',';
        gboolean conj = i > a && (text[i - 1] == ' ' || text[i - 1] == ',')
                        && word_at(text, i, b, "and");
        if (!comma && !conj)
            continue;
        gsize j = i + (comma ? 1 : 3);
        while (j < b && text[j] == ' ')
            j++;
        if (comma && word_at(text, j, b, "and")) {
            j += 3;
            while (j < b && text[j] == ' ')
                j++;
            comma = FALSE;
        }
        /* the party named as the rejecter, its own account in a relative
         * clause after its name: "was dismissed by Kyiv, *which said*
         * 3,000 had been hit" (an auxiliary between or not; not a report's,
         * "denied the report, which said 11,000 …", what is denied) */
        static const char *const told[] = {
            "report",   "reports",    "claim",       "claims",      "statement", "statements",
            "story",    "article",    "post",        "posts",       "video",     "document",
            "study",    "assessment", "estimate",    "estimates",   "figure",    "figures",
            "briefing", "account",    "allegation",  "allegations", "assertion", "rumour",
            "rumours",  "rumor",      "rumors",      "tally",       "count",     NULL};
        gsize nb, ne = word_before(text, a, i, &nb);
        if (comma && ne > nb && !word_in_at(text, nb, ne, told)
            && (word_at(text, j, b, "which") || word_at(text, j, b, "who"))) {
            j += word_at(text, j, b, "which") ? 5 : 3;
            while (j < b && text[j] == ' ')
                j++;
            if (word_at(text, j, b, "has") || word_at(text, j, b, "had")) {
                j += 3;
                while (j < b && text[j] == ' ')
                    j++;
            }
            comma = FALSE;
        }
        const char *const *set = comma ? after_comma : after_and;
        gsize n = comma ? G_N_ELEMENTS(after_comma) : G_N_ELEMENTS(after_and);
        for (gsize k = 0; k < n; k++)
            if (word_at(text, j, b, set[k])) {
                if (at)
                    *at = j;
                return TRUE;
            }
    }
    return FALSE;
}

static gboolean
own_account_between(const char *text, gsize a, gsize b)
{
    return own_account_at(text, a, b, NULL);
}

/* Is text[@i] a comma that ends a clause, not one inside a figure
 * ("6,000")? */
static inline gboolean
clause_comma(const char *text, gsize i)
{
    return text[i] == ',' && !(i > 0 && g_ascii_isdigit(text[i - 1]) && g_ascii_isdigit(text[i + 1]));
}

/* Does the negation at [@cs, @ce) open an aside set off by a clause comma
 * right before it and closed by the next clause comma before the figure at
 * @vs, no semicolon between ("Seoul, *not* Kyiv, says …", "Lee, *never*
 * one to play down the North's troubles, says …")? */
static gboolean comma_closes(const char *text, gsize from, gsize to);

/* Does the last clause comma between @from and the figure at @vs open an
 * apposition that puts the figure: "estimated" or "put" right after it,
 * at most four words (its source after "by") between, and "at" right
 * before the figure, no comma or semicolon between ("…, estimated by
 * Seoul at 15,000")? */
static gboolean
estimate_apposition_between(const char *text, gsize from, gsize vs)
{
    static const char *const verbs[] = {"estimated", "put", NULL};
    gsize c = G_MAXSIZE;
    for (gsize i = from; i < vs; i++) {
        if (text[i] == ';')
            return FALSE;
        if (clause_comma(text, i))
            c = i;
    }
    if (c == G_MAXSIZE)
        return FALSE;
    gsize j = c + 1;
    while (j < vs && text[j] == ' ')
        j++;
    gsize k = j;
    while (k < vs && g_ascii_isalpha(text[k]))
        k++;
    if (!word_in_at(text, j, k, verbs))
        return FALSE;
    gsize b, e = word_before(text, k, vs, &b);
    if (e == k || !word_is(text, b, e, "at"))
        return FALSE;
    guint words = 0;
    for (gsize i = k; i < b; i++)
        if (text[i] == ' ' && i + 1 < b && text[i + 1] != ' ')
            words++;
    return words <= 4;
}

static gboolean
negation_opens_aside(const char *text, gsize ss, gsize cs, gsize ce, gsize vs)
{
    gsize i = cs;
    while (i > ss && text[i - 1] == ' ')
        i--;
    if (i == ss || !clause_comma(text, i - 1))
        return FALSE;
    return comma_closes(text, ce, vs);
}

/* Does the cue at [@cs, @ce) stand in a clause set off before the figure
 * at @vs that the figure's clause does not belong to: a relative clause
 * about a party closed by its comma ("Pyongyang, *which had long denied
 * it*, acknowledged on Monday …") or a clause that opens the sentence with
 * "While", "Although", "Though", "Whereas", "Even though" or "Even as"
 * and ends at its comma ("*While Moscow has dismissed Kyiv's figures as
 * propaganda*, Seoul's spy agency says about 100 …"), or a phrase
 * "Despite" or "Contrary to" opens, the claims it sets the main clause
 * against ("*Contrary to claims that 40,000 had died*, Seoul puts the
 * toll at about 2,000"), or a participle's
 * "Having" clause, what the subject did before ("*Having long denied the
 * deployment*, Pyongyang confirmed on Monday that some 14,000 …"), or an
 * "Of …" phrase naming the whole a figure is a part of ("*Of a planned
 * third dispatch of 5,000*, about 900 are believed to have arrived"): its
 * cue speaks of the whole? So is a reporter's question a participle
 * "Asked" fronts ("*Asked whether Pyongyang might send more troops*, the
 * spokesperson said some 4,000 …"). A relative clause opened by "whose" is one too
 * ("Kyiv's military intelligence, *whose figures are not always borne
 * out*, says roughly 3,800 …"). */
static gboolean
set_off_before(const char *text, gsize ss, gsize cs, gsize ce, gsize vs)
{
    /* the comma that closes the cue's clause, before the figure */
    gsize close = ce;
    while (close < vs && !clause_comma(text, close) && text[close] != ';')
        close++;
    if (close >= vs || text[close] != ',')
        return FALSE;
    /* a relative clause: ", which", ", who" or ", whose" before the cue, with no
     * comma between */
    for (gsize i = cs; i > ss; i--) {
        if (text[i - 1] == ';')
            break;
        if (!clause_comma(text, i - 1))
            continue;
        gsize j = i;
        while (j < cs && text[j] == ' ')
            j++;
        if (word_at(text, j, cs, "which") || word_at(text, j, cs, "who")
            || word_at(text, j, cs, "whose")) {
            /* about the account the figure comes from, it judges the
             * figure: "According to Kyiv's own figures, *which Moscow
             * considers inflated*, up to 3,000 …" */
            static const char *const accounts[] = {"figures", "figure",  "estimate", "estimates",
                                                   "tally",   "count",   "claim",    "claims",
                                                   "report",  "reports", "numbers",  "data",
                                                   "toll",    NULL};
            gsize ws, we = word_before(text, ss, i - 1, &ws);
            return !(we > ws && word_in_at(text, ws, we, accounts));
        }
        break;
    }
    /* a fronted subordinate clause, closed by the sentence's first comma */
    /* and a reporter's question the answer follows: "*Asked whether the
     * losses were still mounting*, the spokesman said about 1,100 …" */
    static const char *const openers[] = {"while",   "although", "though",      "whereas",
                                          "even though", "even as",  "having", "of",
                                          "despite", "in spite of", "contrary to", "asked"};
    gsize j = ss;
    while (j < cs && (text[j] == ' ' || text[j] == '"' || (guchar)text[j] >= 0x80))
        j++;
    /* the cue may be the opener's own phrase: "*Despite claims of* \"tens
     * of thousands\" of dead, the NIS puts the toll at around 2,000" */
    for (gsize k = 0; k < G_N_ELEMENTS(openers); k++)
        if (word_at(text, j, ce, openers[k])) {
            for (gsize i = j; i < cs; i++)
                if (clause_comma(text, i) || text[i] == ';')
                    return FALSE;
            return TRUE;
        }
    return FALSE;
}

/* Does a clause's comma stand in [@from, @to) before any semicolon: does
 * the phrase holding the figure close before the cue at @to? */
static gboolean
comma_closes(const char *text, gsize from, gsize to)
{
    for (gsize i = from; i < to; i++) {
        if (text[i] == ';')
            return FALSE;
        if (clause_comma(text, i))
            return TRUE;
    }
    return FALSE;
}

/* Does the figure ending at @ve stand in a phrase fronted by one of
 * @openers (NULL-terminated; a quote or a mark before it aside), with no
 * comma of a clause or semicolon between its opener and the figure, and
 * does the phrase's comma close before @cs? */
static gboolean
in_fronted_phrase(const char *text, gsize ss, gsize ve, gsize cs, const char *const *openers)
{
    gsize j = ss;
    while (j < ve && (text[j] == ' ' || text[j] == '"' || (guchar)text[j] >= 0x80))
        j++;
    gboolean opens = FALSE;
    for (guint k = 0; openers[k] != NULL && !opens; k++)
        opens = word_at(text, j, ve, openers[k]);
    if (!opens)
        return FALSE;
    for (gsize i = j; i < ve; i++)
        if (clause_comma(text, i) || text[i] == ';')
            return FALSE;
    return comma_closes(text, ve, cs);
}

/* Does the figure ending at @ve stand in a fronted "Of …" phrase that
 * names the whole a part is of (or a fronted "Despite", "In spite of" or
 * "Without" phrase), and does that phrase's comma close before
 * @cs ("*Of about 50 missiles fired*, almost half did not reach their
 * targets")? The predicate after the comma is the part's. */
static gboolean
in_fronted_of(const char *text, gsize ss, gsize ve, gsize cs)
{
    /* so does a fronted "Despite …" or "In spite of …" phrase: "Despite
     * having shipped more than 9 million shells, North Korea *appears* to
     * be …" states the shipments; and a fronted "Without …" phrase, the
     * case a counterfactual is put against: "Without the estimated 4
     * million shells North Korea has shipped, Russia's guns *would* have
     * fallen quiet" states the shells */
    /* and a fronted "Beyond …", "Besides …", "Apart from …" or "In
     * addition to …" phrase, the figures past which the main clause
     * speaks: "Beyond the 3,000 reinforcements that arrived in January,
     * *no* new deployments have been spotted" states the 3,000 */
    static const char *const openers[] = {"of",          "despite",    "in spite of",
                                          "without",     "beyond",     "besides",
                                          "apart from",  "aside from", "in addition to",
                                          "on top of",   NULL};
    return in_fronted_phrase(text, ss, ve, cs, openers);
}

/* Does the figure starting at @vs, in the sentence starting at @ss,
 * stand right after "on top of" or "in addition to" and a determiner
 * ("would come *on top of the* roughly 11,000 troops Kim sent last
 * autumn")? It is the base already there that what is added is set on: a
 * modal of the clause speaks of the addition, not of it. */
static gboolean
added_to_base(const char *text, gsize ss, gsize vs)
{
    static const char *const openers[] = {"on top of the ",      "on top of his ",
                                          "on top of its ",      "on top of their ",
                                          "in addition to the ", "in addition to his ",
                                          "in addition to its ", "in addition to their ",
                                          NULL};
    for (guint i = 0; openers[i] != NULL; i++) {
        gsize n = strlen(openers[i]);
        if (vs >= ss + n && g_ascii_strncasecmp(text + vs - n, openers[i], n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Does the figure ending at @ve stand in a reporter's question that the
 * participle "Asked" fronts, closed by its comma before @cs ("*Asked about
 * reports that some 2,000 more … had reached Russia*, the spokesman said
 * Beijing was following the situation")? The answer after the comma is
 * the speaker's; what the question names is not (a denial or a verdict
 * there still judges it: "…, Peskov told reporters the Kremlin does not
 * comment on \"such fantasies\""). */
static gboolean
in_fronted_question(const char *text, gsize ss, gsize ve, gsize cs)
{
    static const char *const openers[] = {"asked", NULL};
    return in_fronted_phrase(text, ss, ve, cs, openers);
}

/* Does the figure ending at @ve stand in the claims a fronted "Despite
 * claims", "Despite reports" or "Contrary to" phrase sets the main clause
 * against, closed by its comma before @cs ("*Despite claims that Pyongyang
 * had sent 40,000 soldiers*, the Pentagon says …")? The speaker after the
 * comma gives its own account, not the claims' (while a deed a plain
 * "Despite" phrase names is the speaker's too: "Despite shipping some 6.5
 * million shells, the North now sends far fewer, observers say"). */
static gboolean
in_fronted_contrast(const char *text, gsize ss, gsize ve, gsize cs)
{
    static const char *const openers[] = {"despite claims",     "despite reports",
                                          "despite allegations", "despite rumours",
                                          "despite rumors",      "in spite of claims",
                                          "in spite of reports", "contrary to",
                                          NULL};
    return in_fronted_phrase(text, ss, ve, cs, openers);
}

/* Does the figure ending at @ve stand in a fronted clause of time, opened
 * by "Since", "After", "When", "Once" or "Before" and closed by its comma
 * before @cs ("*Since Russia's full-scale invasion began in February
 * 2022*, Moscow has never had …")? What the main clause denies comes
 * after it. */
static gboolean
in_fronted_time_clause(const char *text, gsize ss, gsize ve, gsize cs)
{
    static const char *const openers[] = {"since", "after", "when", "once", "before", NULL};
    return in_fronted_phrase(text, ss, ve, cs, openers);
}

static gsize word_before(const char *text, gsize start, gsize at, gsize *ws);
static gboolean word_is(const char *text, gsize b, gsize e, const char *w);

/* Does the cue at [@cs, @ce), one that acts only forward, open the verb of
 * a reduced relative clause on the figure at [@vs, @ve): the figure after
 * "the", "those" or "these" (an approximator between), then its noun, then
 * the clause's subject, a name or "the North", right before the cue, no
 * comma between ("the 6,000 soldiers *North Korea plans to* send", "the
 * roughly 10,000 troops Pyongyang intends to dispatch")? The plan is the
 * figure's. */
static gboolean
reduced_relative(const char *text, gsize ss, gsize vs, gsize ve, gsize cs)
{
    static const char *const dets[] = {"the", "those", "these", NULL};
    static const char *const approx[] = {"about", "around", "roughly", "some", "nearly",
                                         "approximately", "estimated", "up", "to", NULL};
    gsize ws, we = word_before(text, ss, vs, &ws);
    for (guint k = 0; k < 3 && we != ss && word_in_at(text, ws, we, approx); k++)
        we = word_before(text, ss, ws, &ws);
    if (we == ss || !word_in_at(text, ws, we, dets) || cs <= ve)
        return FALSE;
    /* the subject right before the cue: capitalised words, or "the North",
     * and a plural noun of speakers after them ("the 11,000 soldiers *US
     * officials* say are in Kursk", "the 2,000 deaths *Daily NK's
     * sources* describe") */
    static const char *const speakers[] = {"officials", "sources", "analysts", "officers",
                                           "diplomats", "lawmakers", "experts", NULL};
    gsize subj = cs;
    gsize b, e = word_before(text, ss, cs, &b);
    if (e != ss && b >= ve && word_in_at(text, b, e, speakers)) {
        subj = b;
        e = word_before(text, ss, b, &b);
        /* the owner's possessive ending: "NK's", "NK’s" */
        if (e != ss && word_is(text, b, e, "s") && b > ss + 1 && text[b - 1] == '\'')
            e = word_before(text, ss, b - 1, &b);
        else if (e != ss && word_is(text, b, e, "s") && b > ss + 3
                 && (guchar)text[b - 3] == 0xE2 && (guchar)text[b - 2] == 0x80
                 && (guchar)text[b - 1] == 0x99)
            e = word_before(text, ss, b - 3, &b);
    }
    guint names = 0;
    while (e != ss && b >= ve && g_ascii_isupper(text[b]) && names < 4) {
        subj = b;
        names++;
        e = word_before(text, ss, b, &b);
    }
    if (names == 0)
        return FALSE;
    /* the figure's noun right before the subject: a plural ("soldiers",
     * "troops") or "personnel", not a participle's object ("containers
     * seen leaving Rajin could hold …") */
    gsize nb, ne = word_before(text, ss, subj, &nb);
    if (ne == ss || nb < ve
        || !(text[ne - 1] == 's' || word_is(text, nb, ne, "personnel")
             || word_is(text, nb, ne, "infantry")))
        return FALSE;
    /* a noun of the figure's, lower case, and nothing else but words */
    guint nouns = 0;
    for (gsize i = ve; i < subj; i++) {
        if (text[i] == ',' || text[i] == ';' || text[i] == ':' || g_ascii_isdigit(text[i]))
            return FALSE;
        if (g_ascii_isalpha(text[i]) && (i == 0 || !g_ascii_isalpha(text[i - 1]))) {
            if (!g_ascii_islower(text[i]) && !(i + 1 < subj && g_ascii_isupper(text[i])))
                return FALSE;
            nouns++;
        }
    }
    return nouns >= 1 && nouns <= 4;
}

/* Does a plan told as a participle, "promised" or "pledged" (the cue at
 * @cs), follow the noun of the figure at [@vs, @ve) after "the", "those"
 * or "these" (an approximator between), one to three words between and
 * no comma: "the 6,000 troops *promised to* Kursk", "the 6,000 engineers
 * *pledged to* Russia"? The plan is that figure's. */
static gboolean
plan_participle(const char *text, gsize ss, gsize vs, gsize ve, gsize cs)
{
    static const char *const dets[] = {"the", "those", "these", NULL};
    static const char *const approx[] = {"about", "around", "roughly", "some", "nearly",
                                         "approximately", "estimated", NULL};
    static const char *const verbs[] = {"promised", "pledged", NULL};
    gsize ce = cs;
    while (g_ascii_isalpha(text[ce]))
        ce++;
    if (cs <= ve || !word_in_at(text, cs, ce, verbs))
        return FALSE;
    guint words = 0;
    for (gsize k = ve; k < cs; k++) {
        if (text[k] == ',' || text[k] == ';' || g_ascii_isdigit(text[k]))
            return FALSE;
        if (g_ascii_isalpha(text[k]) && (k == ve || !g_ascii_isalpha(text[k - 1])))
            words++;
    }
    if (words < 1 || words > 3)
        return FALSE;
    gsize ws, we = word_before(text, ss, vs, &ws);
    for (guint k = 0; k < 3 && we != ss && word_in_at(text, ws, we, approx); k++)
        we = word_before(text, ss, ws, &ws);
    return we != ss && word_in_at(text, ws, we, dets);
}

/* Does the figure at [@vs, @ve) open a reduced relative clause with a
 * speaker of its own: "the", the figure, its plural noun, a name, then a
 * verb of saying ("the 3,000 reinforcements *Seoul says* arrived in
 * January", "the 11,000 soldiers *US officials say* are in Kursk", "the
 * 2,000 deaths *Daily NK's sources describe*")? The figure is that speaker's account; a doubt or plan before
 * it ("It is unclear whether the 3,000 … have entered combat") is about
 * the rest of the sentence. */
static gboolean
own_speaker_relative(const char *text, gsize ss, gsize vs, gsize ve, gsize se)
{
    static const char *const says[] = {"says",     "say",      "said",      "claims",   "claim",
                                       "claimed",  "estimates", "estimate", "estimated", "believes",
                                       "believe",  "reports",  "report",    "reported", "describe",
                                       "describes", "described", NULL};
    gsize i = ve;
    for (guint w = 0; w < 9 && i < se; w++) {
        while (i < se && text[i] == ' ')
            i++;
        gsize b = i;
        while (i < se) {
            if (g_ascii_isalpha(text[i]) || text[i] == '-' || text[i] == '\'' || text[i] == '.')
                i++;
            else if (i + 2 < se && (guchar)text[i] == 0xE2 && (guchar)text[i + 1] == 0x80
                     && (guchar)text[i + 2] == 0x99)
                i += 3; /* "Seoul’s" */
            else
                break;
        }
        if (i == b)
            return FALSE;
        gsize e = i;
        while (e > b && text[e - 1] == '.')
            e--;
        if (word_in_at(text, b, e, says))
            return reduced_relative(text, ss, vs, ve, b);
    }
    return FALSE;
}

/* Does a relative clause set off by a comma and opened by "which",
 * "who", "whom" or "whose" (and its noun) start in text[@from, @to) and
 * name its own speaker, a
 * verb of saying, or of putting or numbering a count, within five words
 * of its pronoun, before @to, and does that clause run on to the figure
 * at @fig, no comma closing it ("…, which Kyiv says first struck …",
 * "…, who Seoul believes number …", "…, whom Seoul numbers at roughly
 * 2,000", "…, whose strength Western officials put at 11,000"; not "…,
 * which Kyiv says can reach any city, were fired …", nor
 * "…, which had dismissed reports of …")? */
static gsize word_after(const char *text, gsize at, gsize *ws);

static gboolean
relative_speaker_between(const char *text, gsize from, gsize to, gsize fig)
{
    static const char *const says[] = {"say",     "says",     "said",      "claim",
                                       "claims",  "claimed",  "believe",   "believes",
                                       "believed", "reports", "reported",  "estimate",
                                       "estimates", "estimated", "insist", "insists",
                                       "maintain", "maintains", "put",   "puts",
                                       "number", "numbers", "peg",   "pegs", NULL};
    static const char *const rel[] = {"which", "who", "whom", "whose", NULL};
    for (gsize i = from; i < to; i++) {
        if (text[i] != ',')
            continue;
        gsize ws, we = word_after(text, i + 1, &ws);
        if (we > to || !word_in_at(text, ws, we, rel))
            continue;
        gsize at = we, prev_e = 0;
        for (guint w = 0; w < 5 && at < to; w++) {
            gsize b, e = word_after(text, at, &b);
            if (e > to)
                break;
            /* the verb after a speaker, not a noun after a verb
             * ("dismissed reports", "has long claimed") */
            if (e > b && word_in_at(text, b, e, says) && w > 0 && prev_e >= 2
                && !(text[prev_e - 2] == 'e' && text[prev_e - 1] == 'd')) {
                for (gsize k = e; k < fig; k++)
                    if ((text[k] == ',' && !(k > 0 && g_ascii_isdigit(text[k - 1])
                                             && g_ascii_isdigit(text[k + 1])))
                        || text[k] == ';')
                        return FALSE;
                return TRUE;
            }
            /* the rest of a word ("Kyiv's", "Seoul-based") */
            while (e < to && text[e] != ' ' && strchr(",;:", text[e]) == NULL)
                e++;
            if (e >= to || strchr(",;:", text[e]) != NULL)
                break;
            prev_e = e;
            at = e;
        }
    }
    return FALSE;
}

/* Does the "will" at [@cs, @ce), right after "and", open a predicate of
 * its own after one that tells a past event, a verb in -ed or an
 * irregular past in text[@ss, @cs) ("The document came into force on
 * December 4 *and will* remain valid indefinitely", "sent about 11,000
 * troops last year and will keep them there")? What will be is not what
 * happened: the forecast leaves the event's figure or date stated. */
static gboolean
will_after_past(const char *text, gsize ss, gsize cs, gsize ce)
{
    static const char *const past[] = {"came", "sent", "began", "took", "went", "fought",
                                       "struck", "met", "made", "gave", "lost", "began",
                                       "became", "held", "left", "saw", "built", "flew",
                                       "brought", "sold", "shot", NULL};
    if (!word_is(text, cs, ce, "will"))
        return FALSE;
    gsize ab, ae = word_before(text, ss, cs, &ab);
    if (ae == ss || !word_is(text, ab, ae, "and"))
        return FALSE;
    for (gsize i = ss; i < ab; i++) {
        if (!g_ascii_isalpha(text[i]) || (i > ss && g_ascii_isalpha(text[i - 1])))
            continue;
        gsize e = i;
        while (e < ab && g_ascii_isalpha(text[e]))
            e++;
        if ((e - i >= 4 && g_ascii_islower(text[i]) && text[e - 2] == 'e' && text[e - 1] == 'd')
            || word_in_at(text, i, e, past))
            return TRUE;
        i = e;
    }
    return FALSE;
}

/* Does the figure at @vs stand as the whole after "how many of" (an
 * article or possessive and approximators between: "never said how many
 * of its roughly 15,000 soldiers in Russia died")? The question is about
 * the part; the whole it takes from is stated. */
static gboolean
how_many_of_whole(const char *text, gsize ss, gsize vs)
{
    static const char *const skip[] = {"the", "its", "their", "his", "her", "about", "around",
                                       "roughly", "some", "nearly", "approximately", "estimated",
                                       "an", "more", "than", "over", "almost", NULL};
    gsize ws, we = word_before(text, ss, vs, &ws);
    for (guint k = 0; k < 4 && we != ss && word_in_at(text, ws, we, skip); k++)
        we = word_before(text, ss, ws, &ws);
    if (we == ss || !word_is(text, ws, we, "of"))
        return FALSE;
    we = word_before(text, ss, ws, &ws);
    if (we == ss || !word_is(text, ws, we, "many"))
        return FALSE;
    we = word_before(text, ss, ws, &ws);
    return we != ss && word_is(text, ws, we, "how");
}

/* Does the figure at @vs stand as the whole after "any of the" or "none
 * of the" (a determiner and approximators between: "whether any of the
 * 3,000 North Korean troops at the front had engaged in combat", "never
 * admitted that any of the roughly 11,000 North Korean soldiers are in
 * Kursk")? The doubt is about some of them; the whole it takes them
 * from is given. */
static gboolean
any_of_whole(const char *text, gsize ss, gsize vs)
{
    static const char *const skip[] = {"about", "around", "roughly", "some", "nearly",
                                       "approximately", "almost", "more", "than", "over",
                                       NULL};
    static const char *const dets[] = {"the", "its", "their", NULL};
    static const char *const some[] = {"any", "none", NULL};
    gsize ws, we = word_before(text, ss, vs, &ws);
    for (guint k = 0; k < 3 && we != ss && word_in_at(text, ws, we, skip); k++)
        we = word_before(text, ss, ws, &ws);
    if (we == ss || !word_in_at(text, ws, we, dets))
        return FALSE;
    we = word_before(text, ss, ws, &ws);
    if (we == ss || !word_is(text, ws, we, "of"))
        return FALSE;
    we = word_before(text, ss, ws, &ws);
    return we != ss && word_in_at(text, ws, we, some);
}

/* Does the figure at @vs stand as the anchor of a comparison, a figure
 * someone gave already, named by an article or possessive after "than",
 * "above", "below", "beyond", "exceeds" or "times" (approximators and a
 * "figure of", "estimate of", "tally of" between): "The real toll is
 * likely far higher than the 300 dead the spy agency has acknowledged",
 * "probably well above Seoul's 600", "may be several times the official
 * figure of 600"? A hedge or condition before the comparison doubts the
 * larger sum it compares, not the figure it compares with; "likely higher
 * than 300", with no article, is a bound of the hedged claim itself.
 * Returns the start of the comparing word, or 0 when there is none. */
static gsize
comparison_anchor(const char *text, gsize ss, gsize vs, gboolean *owned)
{
    static const char *const skip[] = {"about", "around", "roughly", "some", "nearly", "approximately",
                                       "almost", "estimated", "reported", "official", "confirmed",
                                       "acknowledged", "claimed", "publicly", NULL};
    static const char *const figure_nouns[] = {"figure", "estimate", "count", "tally", "toll",
                                               "number", "total", "death", NULL};
    static const char *const owners[] = {"the", "its", "their", "his", "her", NULL};
    static const char *const comparing[] = {"than", "above", "below", "beyond", "exceeds", "exceed",
                                            "exceeding", "exceeded", "times", NULL};
    gsize ws, we = word_before(text, ss, vs, &ws);
    for (guint k = 0; k < 3 && we != ss && word_in_at(text, ws, we, skip); k++)
        we = word_before(text, ss, ws, &ws);
    /* "the official figure of 600", "Kyiv's estimate of 3,000" */
    if (we != ss && word_is(text, ws, we, "of")) {
        we = word_before(text, ss, ws, &ws);
        if (we == ss || !word_in_at(text, ws, we, figure_nouns))
            return 0;
        we = word_before(text, ss, ws, &ws);
        for (guint k = 0; k < 2 && we != ss && word_in_at(text, ws, we, skip); k++)
            we = word_before(text, ss, ws, &ws);
    }
    if (we == ss)
        return 0;
    gboolean possessive = (we - ws == 1 && (text[ws] == 's' || text[ws] == 'S') && ws >= 1
                           && (text[ws - 1] == '\''
                               || (ws >= 3 && (guchar)text[ws - 3] == 0xE2 && (guchar)text[ws - 2] == 0x80
                                   && (guchar)text[ws - 1] == 0x99)));
    if (owned != NULL)
        *owned = possessive;
    if (possessive) {
        /* the owner's name before the apostrophe: "Seoul's", "Kyiv’s" */
        gsize at = text[ws - 1] == '\'' ? ws - 1 : ws - 3;
        we = word_before(text, ss, at, &ws);
        if (we == ss || we != at)
            return 0;
    } else if (!word_in_at(text, ws, we, owners))
        return 0;
    we = word_before(text, ss, ws, &ws);
    if (we == ss || !word_in_at(text, ws, we, comparing))
        return 0;
    return ws;
}

/* Does a part set off by a comma open a relative clause of its own in
 * text[@a, @b) that runs on to @b: the comma, then within six words "of
 * whom" or "of which", no comma after it ("…, around 4,000 of whom
 * Western officials say were killed"; not "…, of whom roughly 600 have
 * died, Lee told reporters")? A speaker or cue in it speaks of that
 * part, not of a figure before. */
static gboolean
of_whom_between(const char *text, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++) {
        if (text[i] != ',' || (i > a && g_ascii_isdigit(text[i - 1]) && g_ascii_isdigit(text[i + 1])))
            continue;
        gsize at = i + 1;
        for (guint w = 0; w < 6 && at < b; w++) {
            while (at < b && text[at] == ' ')
                at++;
            gsize ws = at;
            while (at < b && text[at] != ' ' && text[at] != ';'
                   && (text[at] != ',' || (at > ws && g_ascii_isdigit(text[at - 1])
                                           && g_ascii_isdigit(text[at + 1]))))
                at++;
            if (at == ws || (at < b && text[at] != ' '))
                break;
            if (word_is(text, ws, at, "of")) {
                gsize xs = at;
                while (xs < b && text[xs] == ' ')
                    xs++;
                gsize xe = xs;
                while (xe < b && g_ascii_isalpha(text[xe]))
                    xe++;
                if (!word_is(text, xs, xe, "whom") && !word_is(text, xs, xe, "which"))
                    continue;
                /* the speaker inside that clause, none closing it before */
                for (gsize k = xe; k < b; k++)
                    if (text[k] == ';' || (text[k] == ',' && !(g_ascii_isdigit(text[k - 1])
                                                              && g_ascii_isdigit(text[k + 1]))))
                        return FALSE;
                return TRUE;
            }
        }
    }
    return FALSE;
}

/* Does the figure at [@vs, @ve), after "the", "those" or "these", open a
 * noun phrase whose participle of sending, right after its plural noun,
 * tells that what it counts was sent ("the 11,000 troops *sent* to Kursk",
 * "the 3,000 North Korean soldiers *deployed* there"), the phrase no whole
 * a share is told of? A negation, doubt or condition of the predicate
 * after it is about what is said of the things sent, not the sending. (A belief or plan before such
 * a figure still reaches it: "Seoul believes the 28,000 containers shipped
 * to Russia were packed with …".) */
static gboolean
sent_participle(const char *text, gsize ss, gsize vs, gsize ve, gsize se)
{
    static const char *const dets[] = {"the", "those", "these", NULL};
    static const char *const approx[] = {"about", "around", "roughly", "some", "nearly",
                                         "approximately", "estimated", NULL};
    static const char *const sent[] = {"sent",     "deployed", "dispatched", "shipped",
                                       "delivered", "supplied", "committed",  NULL};
    gsize ws, we = word_before(text, ss, vs, &ws);
    for (guint k = 0; k < 3 && we != ss && word_in_at(text, ws, we, approx); k++)
        we = word_before(text, ss, ws, &ws);
    if (we == ss || !word_in_at(text, ws, we, dets))
        return FALSE;
    gsize ob, oe = word_before(text, ss, ws, &ob);
    if (oe != ss && word_is(text, ob, oe, "of"))
        return FALSE;
    gsize at = ve;
    for (guint w = 0; w < 4 && at < se; w++) {
        while (at < se && text[at] == ' ')
            at++;
        gsize b = at;
        while (at < se && g_ascii_isalpha(text[at]))
            at++;
        if (at == b || (at < se && text[at] != ' '))
            return FALSE;
        if (w > 0 && word_in_at(text, b, at, sent)) {
            gsize pb, pe = word_before(text, ss, b, &pb);
            return pe != ss && pb >= ve && g_ascii_islower(text[pb])
                   && (text[pe - 1] == 's' || word_is(text, pb, pe, "personnel"));
        }
    }
    return FALSE;
}

/* Does the figure at [@vs, @ve), after "the" or a possessive, open a
 * noun phrase whose reduced relative clause tells that what it counts is
 * done already, "already" within seven words after it and nothing but
 * words between ("double the 120 M1991 launchers *it had already sent*",
 * "join the roughly 11,000 *already sent*"), or after "with" opening an
 * absolute clause after a comma (", with about 1,000 combat engineers
 * already in Russia"), or in a relative clause after a comma that takes a
 * part of the whole before it (", of whom around 1,000 have already
 * arrived", ", about 1,000 of whom are already in Kursk")? A plan or
 * doubt before it is about the rest of the sentence: the figure is
 * stated. @aside: whether the figure is such a part in a relative clause
 * after a comma. */
static gboolean
done_relative(const char *text, gsize ss, gsize vs, gsize ve, gsize se, gboolean *aside)
{
    *aside = FALSE;
    static const char *const dets[] = {"the", "those", "these", "its", "their", NULL};
    static const char *const approx[] = {"about", "around", "roughly", "some", "nearly",
                                         "approximately", "estimated", "an", NULL};
    static const char *const rel[] = {"whom", "which", NULL};
    gsize ws, we = word_before(text, ss, vs, &ws), fs = vs;
    for (guint k = 0; k < 3 && we != ss && word_in_at(text, ws, we, approx); k++) {
        fs = ws;
        we = word_before(text, ss, ws, &ws);
    }
    /* the whole's part after a comma, its "of whom" after it: "another
     * 6,000 troops, *about 1,000 of whom* have already arrived" */
    gboolean part = FALSE;
    if (we == ss) {
        gsize c = fs;
        while (c > ss && text[c - 1] == ' ')
            c--;
        gsize ob = ve, oe, rb, re;
        while (ob < se && text[ob] == ' ')
            ob++;
        for (oe = ob; oe < se && g_ascii_isalpha(text[oe]); oe++)
            ;
        for (rb = oe; rb < se && text[rb] == ' '; rb++)
            ;
        for (re = rb; re < se && g_ascii_isalpha(text[re]); re++)
            ;
        part = c > ss && text[c - 1] == ',' && word_is(text, ob, oe, "of")
               && word_in_at(text, rb, re, rel);
        if (!part)
            return FALSE;
        ws = we = fs;
    }
    /* or an absolute clause after a comma: "plans to deploy another 6,000,
     * *with about 1,000 combat engineers already in Russia*", and so a
     * relative one of a part: ", *of whom* around 1,000 have already
     * arrived" */
    gboolean with = part || word_is(text, ws, we, "with");
    gsize c = ws;
    if (!part && word_in_at(text, ws, we, rel)) {
        gsize ob, oe = word_before(text, ss, ws, &ob);
        with = oe != ss && word_is(text, ob, oe, "of");
        c = ob;
    }
    if (with && !part) {
        while (c > ss && text[c - 1] == ' ')
            c--;
        with = c > ss && text[c - 1] == ',';
    }
    if (!with && !word_in_at(text, ws, we, dets))
        return FALSE;
    *aside = with && !word_is(text, ws, we, "with");
    gsize ows = ws, owe = word_before(text, ss, ws, &ows); /* the word before the article */
    if (owe == ss)
        ows = owe = ws;
    gsize at = ve;
    for (guint w = 0; w < 7 && at < se; w++) {
        while (at < se && text[at] == ' ')
            at++;
        gsize b = at;
        while (at < se && text[at] != ' ' && strchr(",;:!?\"()", text[at]) == NULL)
            at++;
        if (at == b)
            return FALSE;
        if (word_is(text, b, at, "already"))
            return TRUE;
        /* or a clause of its own subject, a pronoun or a name, in the
         * perfect: "in exchange for the roughly 12,000 soldiers *it had
         * sent*", "the 11,000 troops *Pyongyang has sent*" (not the
         * figure's own verb: "whether the 3,000 troops had reached …") */
        static const char *const perfect[] = {"had", "has", "have", NULL};
        static const char *const subjects[] = {"it", "they", "he", "she", "we", NULL};
        if (w > 0 && word_in_at(text, b, at, perfect)) {
            gsize pb, pe = word_before(text, ss, b, &pb);
            if (pe != ss && pb >= ve
                && (word_in_at(text, pb, pe, subjects) || g_ascii_isupper(text[pb]))) {
                gsize nb = at;
                while (nb < se && text[nb] == ' ')
                    nb++;
                gsize ne = nb;
                while (ne < se && g_ascii_isalpha(text[ne]))
                    ne++;
                if (ne > nb + 2
                    && (word_is(text, ne - 2, ne, "ed") || word_is(text, nb, ne, "sent")))
                    return TRUE;
            }
        }
        /* or a clause of its own subject, a pronoun or a name, in the
         * simple past of a verb of sending: "the roughly 12,000 troops *Kim
         * sent* last autumn could bring in $250 million a year" (the
         * troops sent, what they bring the modal's); the name no part of
         * the figure's own noun ("the 11,000 North Koreans deployed"), and
         * the figure no whole a share is told of ("half of the 11,000 men
         * Pyongyang sent have been killed": the share's hedge is its own) */
        static const char *const sent[] = {"sent",      "deployed", "dispatched", "shipped",
                                           "delivered", "supplied", "committed",  NULL};
        if (w > 1 && word_in_at(text, b, at, sent) && !word_is(text, ows, owe, "of")) {
            gsize pb, pe = word_before(text, ss, b, &pb);
            gsize qb, qe = pe != ss ? word_before(text, ss, pb, &qb) : ss;
            /* a name of up to three words: "the 12,000 soldiers *Kim Jong
             * Un sent*" */
            for (guint k = 0; k < 2 && qe != ss && qb >= ve && g_ascii_isupper(text[qb])
                              && g_ascii_isupper(text[pb]);
                 k++)
                qe = word_before(text, ss, qb, &qb);
            if (pe != ss && pb >= ve && qe != ss && qb >= ve && g_ascii_islower(text[qb])
                && (word_in_at(text, pb, pe, subjects) || g_ascii_isupper(text[pb])))
                return TRUE;
        }
        /* or a clause of its own subject in the past of a verb of
         * telling a figure: "would be nearly double the 1,100 deaths *the
         * agency cited* in the spring", "the 3,000 casualties *Kyiv
         * reported*" (the figure told already, no condition of it) */
        /* (or its present: "the 4,000 casualties Kyiv reports would be a
     * catastrophe") */
    static const char *const told[] = {"cited",   "reported", "gave",      "counted", "recorded",
                                       "confirmed", "announced", "tallied", "cites",  "reports",
                                       "gives",   "counts",   "records",   "confirms", "announces",
                                       NULL};
        static const char *const owners[] = {"the", "its", "their", "his", "her", NULL};
        if (w > 1 && word_in_at(text, b, at, told)) {
            gsize pb, pe = word_before(text, ss, b, &pb);
            if (pe != ss && pb >= ve
                && (word_in_at(text, pb, pe, subjects) || g_ascii_isupper(text[pb])))
                return TRUE;
            /* a subject of up to three words after its article: "the spy
             * agency" */
            gsize db = pb;
            for (guint k = 0; k < 3 && pe != ss && db > ve; k++) {
                gsize de = word_before(text, ss, db, &db);
                if (de == ss || db < ve)
                    break;
                if (word_in_at(text, db, de, owners))
                    return TRUE;
            }
        }
        if (at < se && text[at] != ' ')
            return FALSE;
    }
    return FALSE;
}

/* Does the cue at [@cs, @ce) stand between an article or possessive and a
 * figure of its own noun phrase: the figure right after it, or after a
 * noun and "of" and an approximator ("a planned force of about 10,000"),
 * no comma between? */
static gboolean
modifies_figure(const char *text, gsize ss, gsize cs, gsize ce, gsize se)
{
    static const char *const dets[] = {"a", "an", "the", "its", "their", "his", "her", NULL};
    gsize ws, we = word_before(text, ss, cs, &ws);
    if (we == ss || !word_in_at(text, ws, we, dets))
        return FALSE;
    gboolean of = FALSE;
    guint words = 0;
    for (gsize i = ce; i < se; i++) {
        if (text[i] == ',' || text[i] == ';')
            return FALSE;
        if (g_ascii_isdigit(text[i]))
            return words == 0 || of;
        if (g_ascii_isalpha(text[i]) && (i == 0 || !g_ascii_isalpha(text[i - 1]))) {
            if (++words > 4)
                return FALSE;
            gsize e = i;
            while (e < se && g_ascii_isalpha(text[e]))
                e++;
            if (word_is(text, i, e, "of"))
                of = TRUE;
        }
    }
    return FALSE;
}

static gboolean denial_verb(const char *text, gsize at, gsize to);
static gboolean claim_named_between(const char *text, gsize from, gsize to);
static gboolean count_follows(const char *text, gsize at, gsize end);
static gboolean since_phrase_before(const char *text, gsize ss, gsize cue_end, gsize vs);

static const char *const subordinators[] = {"after", "before", "since", "until", "till", "once",
                                            "because", "although", "though", "unless", "whereas",
                                            "while", "if", NULL};

/* The subordinating words of time a modal after the figure may stand
 * behind, a future seen from the past. */
static const char *const time_subordinators[] = {"after", "before", "until", "till", NULL};

/* Does the modal ending at @at go on to a verb that acts on what its
 * subject already is, passive ("could be reinforced", "may be
 * joined", "might be rotated") or a growth with no object ("could
 * double", "may swell to 20,000")? What might happen to the force leaves
 * its size stated: "The 11,000-strong contingent could be reinforced in
 * the spring" (not "6,000 more troops could be sent"). */
static gboolean
acts_on_existing(const char *text, gsize at, gsize end)
{
    static const char *const adverbs[] = {"soon", "later", "eventually", "also", "still",
                                          "yet", "quickly", "further", "well", "again", NULL};
    /* not a move ("may be moved", "could be redeployed"): where the
     * figure's troops would go is what the figure may count */
    static const char *const passive[] = {"reinforced", "joined",       "bolstered",
                                          "replaced",   "rotated",      "expanded",
                                          "doubled",    "supplemented", "augmented",
                                          "strengthened", "replenished", NULL};
    static const char *const grows[] = {"grow", "swell", "expand", "double", "triple", NULL};
    static const char *const intransitive[] = {"to", "by", "in", "within", "over", "next",
                                               "this", "if", "once", "soon", "as", NULL};
    gsize ws, we = word_after(text, at, &ws);
    while (we > ws && we <= end && word_in_at(text, ws, we, adverbs))
        we = word_after(text, we, &ws);
    if (we <= ws || we > end)
        return FALSE;
    if (word_is(text, ws, we, "be")) {
        we = word_after(text, we, &ws);
        while (we > ws && we <= end && word_in_at(text, ws, we, adverbs))
            we = word_after(text, we, &ws);
        return we > ws && we <= end && word_in_at(text, ws, we, passive);
    }
    if (!word_in_at(text, ws, we, grows))
        return FALSE;
    /* nothing after it but punctuation, or a word that opens no object */
    gsize j = we;
    while (j < end && text[j] == ' ')
        j++;
    if (j >= end || strchr(",;.", text[j]) != NULL)
        return TRUE;
    gsize ns, ne = word_after(text, we, &ns);
    return ne > ns && ne <= end && word_in_at(text, ns, ne, intransitive);
}

/* The length of a dash that sets off an aside at text[@i]: an en or em
 * dash, or a hyphen or two spaced ("Kursk - some 300"); 0 for none. */
static gsize
aside_dash_at(const char *text, gsize i, gsize end)
{
    if (i + 3 <= end && (guchar)text[i] == 0xE2 && (guchar)text[i + 1] == 0x80
        && ((guchar)text[i + 2] == 0x93 || (guchar)text[i + 2] == 0x94))
        return 3;
    if (text[i] == '-' && i > 0 && text[i - 1] == ' ') {
        gsize n = i + 1 < end && text[i + 1] == '-' ? 2 : 1;
        if (i + n < end && text[i + n] == ' ')
            return n;
    }
    return 0;
}

/* Does the figure at text[@vs, @ve) stand in an aside, set off by a pair
 * of dashes or by brackets in the sentence text[@ss, @se), that the cue at
 * [@cs, @ce) stands outside of ("Pyongyang's losses – some 300 killed and
 * 2,700 wounded by Seoul's tally – have *not* dented its commitment",
 * "North Korean casualties (dead: about 600) …")? The aside tells the
 * figure on its own: the main clause's negation or condition is not its. */
static gboolean
aside_apart(const char *text, gsize ss, gsize se, gsize vs, gsize ve, gsize cs, gsize ce)
{
    /* dashes: an odd number before the figure, the last of them after the
     * cue or the first after the figure before it */
    guint before = 0;
    gsize open = G_MAXSIZE, close = G_MAXSIZE;
    for (gsize i = ss; i < se; i++) {
        gsize n = aside_dash_at(text, i, se);
        if (n == 0)
            continue;
        if (i < vs) {
            before++;
            open = i;
        } else if (i >= ve && close == G_MAXSIZE) {
            close = i;
        }
        i += n - 1;
    }
    if (before % 2 == 1 && close != G_MAXSIZE && (ce <= open || cs >= close))
        return TRUE;
    /* brackets */
    gsize lp = G_MAXSIZE, rp = G_MAXSIZE;
    for (gsize i = vs; i-- > ss;) {
        if (text[i] == ')')
            break;
        if (text[i] == '(') {
            lp = i;
            break;
        }
    }
    for (gsize i = ve; i < se; i++) {
        if (text[i] == '(')
            break;
        if (text[i] == ')') {
            rp = i;
            break;
        }
    }
    return lp != G_MAXSIZE && rp != G_MAXSIZE && (ce <= lp || cs > rp);
}

/* The last comma in text[@a, @b), or G_MAXSIZE for none. */
static gsize
last_comma(const char *text, gsize a, gsize b)
{
    for (gsize i = b; i > a; i--)
        if (text[i - 1] == ',')
            return i - 1;
    return G_MAXSIZE;
}

/* Does a phrase set off by a comma after the cue ending at @ce open with
 * a share of a whole the figure at @vs counts, "the", "its" or "their"
 * before it and at most two words between ("…, a fraction of the 11,000
 * soldiers North Korea dispatched", ", a small share of its roughly
 * 14,000 troops", a fraction with its bound: ", more than half of the
 * approximately 11,000 personnel deployed")? The whole is told as known,
 * by the writer: the main clause's hedge, condition or negation is the
 * part's, not its. */
static gboolean
share_apposition_before(const char *text, gsize ce, gsize vs)
{
    static const char *const sizes[] = {"small", "tiny", "mere", "large", "big", "sizeable",
                                        "modest", NULL};
    static const char *const shares[] = {"fraction", "share", "part", "portion", "sliver",
                                         "proportion", "half", "third", "thirds", "quarter",
                                         "quarters", NULL};
    static const char *const bounds[] = {"almost", "nearly", "about", "roughly", "around",
                                         "over", "under", "just", NULL};
    static const char *const comparatives[] = {"more", "less", "fewer", NULL};
    static const char *const determiners[] = {"the", "its", "their", NULL};
    gsize c = last_comma(text, ce, vs);
    if (c == G_MAXSIZE)
        return FALSE;
    gsize j = c + 1, ws, we;
    /* the share's bound: "almost", "more than" */
    we = word_after(text, j, &ws);
    if (we > ws && word_in_at(text, ws, we, bounds))
        j = we;
    else if (we > ws && word_in_at(text, ws, we, comparatives)) {
        gsize ts, te = word_after(text, we, &ts);
        if (te > ts && word_is(text, ts, te, "than"))
            j = te;
    }
    while (j < vs && text[j] == ' ')
        j++;
    if (word_at(text, j, vs, "a") || word_at(text, j, vs, "an")) {
        j += text[j + 1] == 'n' || text[j + 1] == 'N' ? 2 : 1;
        while (j < vs && text[j] == ' ')
            j++;
    }
    we = word_after(text, j, &ws);
    if (we > ws && word_in_at(text, ws, we, sizes)) {
        j = we;
        we = word_after(text, j, &ws);
    }
    if (!(we > ws && word_in_at(text, ws, we, shares)))
        return FALSE;
    we = word_after(text, we, &ws);
    if (!(we > ws && word_is(text, ws, we, "of")))
        return FALSE;
    we = word_after(text, we, &ws);
    if (!(we > ws && word_in_at(text, ws, we, determiners)))
        return FALSE;
    return words_between(text, we, vs) <= 2;
}

/* Does the modal at @cs open the verb of a relative clause with no
 * "that" inside an apposition after the figure ending at @ve that names
 * the figure ("…, *a toll Seoul fears could* be repeated", ", a figure
 * Kyiv warns may rise")? The relative clause tells what may come of the
 * figure, not whether it holds. */
static gboolean
figure_apposition_relative(const char *text, gsize ve, gsize cs)
{
    static const char *const determiners[] = {"a", "an", "the", "that", "this", NULL};
    static const char *const verbs[] = {"fears", "feared", "fear", "says", "said", "say",
                                        "warns", "warned", "warn", "believes", "believed",
                                        "thinks", "expects", "expected", NULL};
    gsize c = ve;
    while (c < cs && text[c] != ',')
        c++;
    if (c >= cs)
        return FALSE;
    for (gsize i = c + 1; i < cs; i++)
        if (text[i] == ',' || text[i] == ';' || text[i] == '"' || text[i] == '(')
            return FALSE;
    gsize ws, we = word_after(text, c + 1, &ws);
    if (!(we > ws && word_in_at(text, ws, we, determiners)) || !noun_points_back(text, we, cs))
        return FALSE;
    we = word_after(text, we, &ws); /* the noun */
    /* the speaker, one to four words, a capital first, and its verb right
     * before the modal */
    gsize ns, ne = word_after(text, we, &ns);
    if (!(ne > ns && g_ascii_isupper(text[ns])))
        return FALSE;
    gsize vs0, ve0 = word_before(text, we, cs, &vs0);
    if (!(ve0 > vs0 && vs0 > ns && word_in_at(text, vs0, ve0, verbs)))
        return FALSE;
    return words_between(text, ns, vs0) <= 4;
}

/* Does the cue at [@cs, @ce) stand in brackets, within the sentence
 * text[@ss, @se), that hold a figure of their own and leave out the
 * figure at text[@vs, @ve)? The brackets tell their own figure: "Cubans
 * (up to 20,000, *by one Ukrainian estimate*) and North Koreans (about
 * 14,000 over two rotations) are the two largest …" hedges the 20,000,
 * not the 14,000 after them. */
static gboolean
cue_in_other_brackets(const char *text, gsize ss, gsize se, gsize vs, gsize cs,
                      gsize ce)
{
    gsize lp = G_MAXSIZE, rp = G_MAXSIZE;
    for (gsize i = cs; i-- > ss;) {
        if (text[i] == ')')
            return FALSE;
        if (text[i] == '(') {
            lp = i;
            break;
        }
    }
    for (gsize i = ce; i < se; i++) {
        if (text[i] == '(')
            return FALSE;
        if (text[i] == ')') {
            rp = i;
            break;
        }
    }
    if (lp == G_MAXSIZE || rp == G_MAXSIZE || vs <= rp)
        return FALSE;
    /* a figure, not a year ("(Yoon 2024)" cites the figure before it) */
    for (gsize i = lp + 1; i < rp; i++) {
        if (!g_ascii_isdigit(text[i]))
            continue;
        gsize j = i;
        while (j < rp && (g_ascii_isdigit(text[j])
                          || ((text[j] == ',' || text[j] == '.') && j + 1 < rp
                              && g_ascii_isdigit(text[j + 1]))))
            j++;
        gboolean year = j - i == 4 && (text[i] == '1' || text[i] == '2')
                        && (text[i + 1] == '9' || text[i + 1] == '0');
        if (!year && j - i >= 2)
            return TRUE;
        i = j;
    }
    return FALSE;
}

/* Does the modal ending at @at open a verb of judging whose object is the
 * figure at @vs, in its object, no comma between ("we would have
 * *called* 4,700 casualties out of 15,000 men a catastrophe")? The
 * judgement is what might have been; the figure judged is told as it
 * is. */
static gboolean
judges_figure(const char *text, gsize at, gsize vs)
{
    static const char *const judge[] = {"called",   "considered", "regarded", "deemed",
                                        "described", "termed",    "labelled", "labeled",
                                        NULL};
    /* past, with "have": a judgement of what was ("would consider 10,000
     * more troops an escalation" judges a figure still to come) */
    gsize ws, we = word_after(text, at, &ws);
    if (!(we > ws && word_is(text, ws, we, "have")))
        return FALSE;
    we = word_after(text, we, &ws);
    if (!(we > ws && we <= vs && word_in_at(text, ws, we, judge)))
        return FALSE;
    for (gsize i = we; i < vs; i++)
        if (text[i] == ';' || (text[i] == ',' && !(g_ascii_isdigit(text[i - 1])
                                                   && g_ascii_isdigit(text[i + 1]))))
            return FALSE;
    return words_between(text, we, vs) <= 8;
}

/* Does a subordinating word ("after", "although", …) stand in text[@from,
 * @to)? */
static gboolean
subordinate_between(const char *text, gsize from, gsize to)
{
    return word_between(text, from, to, subordinators);
}

/* Does "and that" open a second reported clause in text[@from, @to), its
 * "that" no determiner of a noun that points back at the figure ("…
 * have arrived in Russia so far and that the number is expected to reach
 * 10,000", not "and that number is expected to grow")? */
static gboolean
and_that_clause_between(const char *text, gsize from, gsize to)
{
    for (gsize i = from; i + 9 <= to; i++) {
        if ((i > from && g_ascii_isalnum(text[i - 1])) || !word_at(text, i, to, "and"))
            continue;
        gsize j = i + 3;
        while (j < to && text[j] == ' ')
            j++;
        if (!word_at(text, j, to, "that"))
            continue;
        j += 4;
        if (!noun_points_back(text, j, to))
            return TRUE;
    }
    return FALSE;
}

/* Does a comma in text[@from, @to) open a second reported clause of the
 * same speaker, a verb of saying or confirming and "that" after it,
 * "while", "but" or "and" between or not (", while confirming that …",
 * ", adding that …", ", but said that …")? What the first clause hedges,
 * plans or denies is not said of the second: "denied a report that its
 * troops would go to Ukraine, while confirming that some 11,000 North
 * Korean soldiers remain in Kursk" states the 11,000. */
static gboolean
saying_that_clause_between(const char *text, gsize from, gsize to)
{
    static const char *const verbs[] = {"confirming", "confirmed", "adding",    "added",
                                        "saying",     "said",      "noting",    "noted",
                                        "stating",    "stated",    "acknowledging",
                                        "acknowledged", "insisting", "insisted"};
    static const char *const links[] = {"while", "but", "and"};
    for (gsize i = from; i + 1 < to; i++) {
        if (text[i] != ',')
            continue;
        gsize j = i + 1;
        while (j < to && text[j] == ' ')
            j++;
        for (gsize k = 0; k < G_N_ELEMENTS(links); k++)
            if (word_at(text, j, to, links[k])) {
                j += strlen(links[k]);
                while (j < to && text[j] == ' ')
                    j++;
                break;
            }
        for (gsize k = 0; k < G_N_ELEMENTS(verbs); k++) {
            if (!word_at(text, j, to, verbs[k]))
                continue;
            gsize t = j + strlen(verbs[k]);
            while (t < to && text[t] == ' ')
                t++;
            if (word_at(text, t, to, "that") && !noun_points_back(text, t + 4, to))
                return TRUE;
        }
    }
    return FALSE;
}

/* Does a clause of its own open in text[@from, @to) before the figure at
 * @to: ", and" or ", but" (not "and that", which goes on with the clause
 * before), then a subject of one to six words and a finite verb ("has",
 * "have", "had", "is", "are", "was", "were")? A forecast, modal or
 * judgement of likelihood before it is the first clause's: "It is highly
 * likely that Pyongyang will send fresh units, and its force there has
 * already lost some 4,000 men" states the 4,000. */
static gboolean
own_clause_between(const char *text, gsize from, gsize to)
{
    static const char *const finite[] = {"has", "have", "had", "is", "are", "was", "were", NULL};
    for (gsize i = from; i + 1 < to; i++) {
        if (text[i] != ',')
            continue;
        gsize j = i + 1;
        while (j < to && text[j] == ' ')
            j++;
        gsize k;
        if (word_at(text, j, to, "and"))
            k = j + 3;
        else if (word_at(text, j, to, "but"))
            k = j + 3;
        else
            continue;
        while (k < to && text[k] == ' ')
            k++;
        if (word_at(text, k, to, "that"))
            continue;
        guint words = 0;
        for (gsize w = k; w < to && words <= 7;) {
            if (text[w] == ',' || text[w] == ';' || g_ascii_isdigit(text[w]))
                break;
            if (!g_ascii_isalpha(text[w])) {
                w++;
                continue;
            }
            gsize e = w;
            while (e < to && (g_ascii_isalpha(text[e]) || text[e] == '\''))
                e++;
            if (words >= 1 && words <= 6 && word_in_at(text, w, e, finite))
                return TRUE;
            words++;
            w = e;
        }
    }
    return FALSE;
}

/* Does a colon in text[@from, @to) open a clause of its own before the
 * figure at @to, more than one word long ("Seoul's estimate is lower
 * than Kyiv's: President Volodymyr Zelensky put North Korean losses at
 * 3,800")? A hedge before it is the first clause's. A label's colon right
 * before its figure ("Estimated toll: 4,700") opens none. */
static gboolean
clause_after_colon(const char *text, gsize from, gsize to)
{
    for (gsize i = to; i > from; i--)
        if (text[i - 1] == ':')
            return words_between(text, i, to) > 1;
    return FALSE;
}

/* Is the cue at [@cs, @ce) the label that opens the sentence at @ss, its
 * colon right after it ("Unconfirmed: some Ukrainian channels put the
 * dead at 5,000", "UNVERIFIED: …", a tracker's or live blog's flag)? Only
 * marks of a list or quotes before it. The label hedges all the colon
 * opens, as "Unconfirmed, …" does. */
static gboolean
cue_label_opens(const char *text, gsize ss, gsize cs, gsize ce)
{
    for (gsize i = ss; i < cs; i++)
        if (g_ascii_isalnum(text[i]))
            return FALSE;
    gsize j = ce;
    while (text[j] == ' ')
        j++;
    return text[j] == ':';
}

/* Does a comma then a participle of hope or aim ("hoping", "aiming",
 * "seeking", "trying", "wanting") stand in text[@from, @to)? */
static gboolean
hope_between(const char *text, gsize from, gsize to)
{
    static const char *const hopes[] = {"hoping", "aiming", "seeking", "trying", "wanting", NULL};
    for (gsize i = from; i < to; i++) {
        if (text[i] != ',')
            continue;
        gsize j = i + 1;
        while (j < to && text[j] == ' ')
            j++;
        for (guint k = 0; hopes[k] != NULL; k++)
            if (word_at(text, j, to, hopes[k]))
                return TRUE;
    }
    return FALSE;
}

/* Does a comma in text[@from, @to) open an apposition that names the
 * figure before it: ", a figure", ", the number", ", an estimate"? */
static gboolean
apposition_names_figure(const char *text, gsize from, gsize to)
{
    static const char *const determiners[] = {"a", "an", "the", "that", "this"};
    for (gsize i = from; i < to; i++) {
        if (text[i] != ',')
            continue;
        gsize j = i + 1;
        while (j < to && text[j] == ' ')
            j++;
        for (gsize k = 0; k < G_N_ELEMENTS(determiners); k++)
            if (word_at(text, j, to, determiners[k])
                && noun_points_back(text, j + strlen(determiners[k]), to))
                return TRUE;
    }
    return FALSE;
}

/* Does the figure at [@vs, @ve) stand in a relative clause about a party
 * that ", which" or ", who" opens before it and a comma closes before the
 * cue at @cs ("North Korea, *which Seoul says has sent about 12 million
 * shells to Russia*, denies any arms trade")? The cue after that comma is
 * the main clause's. */
static gboolean
in_relative_before(const char *text, gsize ss, gsize vs, gsize ve, gsize cs)
{
    gboolean opened = FALSE;
    for (gsize i = vs; i > ss; i--) {
        if (text[i - 1] == ';')
            return FALSE;
        if (!clause_comma(text, i - 1))
            continue;
        gsize j = i;
        while (j < vs && text[j] == ' ')
            j++;
        opened = word_at(text, j, vs, "which") || word_at(text, j, vs, "who");
        break;
    }
    if (!opened)
        return FALSE;
    return comma_closes(text, ve, cs);
}

/* Does a pronoun right before the cue at @cs, after the figure ending at
 * @ve, make the cue the verb of a clause of its own: "which", "who" or
 * "that", then the modal ("several hundred casualties *that would* range
 * from the killed to the wounded", "…, *which would* include the dead",
 * "signed a treaty on June 19 *that would* oblige each side …", "…, and
 * analysts said *that could* change the war")? A condition or modal there
 * speaks of what that clause tells, not of the figure. */
static gboolean
pronoun_opens_cue(const char *text, gsize ss, gsize ve, gsize cs)
{
    gsize ws, we = word_before(text, ss, cs, &ws);
    if (we <= ws || ws < ve || we + 1 != cs || text[we] != ' ')
        return FALSE;
    return word_is(text, ws, we, "which") || word_is(text, ws, we, "who")
           || word_is(text, ws, we, "that");
}

/* Does an "after" or "since" before a verb in -ing stand in [@a, @b)
 * ("is preparing to send more soldiers *after suffering* more than 1,000
 * casualties")? What such an adjunct tells happened before the plan, and
 * is no part of it. */
static gboolean
after_doing_between(const char *text, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++) {
        if (i > a && g_ascii_isalnum(text[i - 1]))
            continue;
        gsize n = 0;
        if (b - i > 6 && g_ascii_strncasecmp(text + i, "after ", 6) == 0)
            n = 6;
        else if (b - i > 6 && g_ascii_strncasecmp(text + i, "since ", 6) == 0)
            n = 6;
        if (n == 0)
            continue;
        gsize w = i + n, j = w;
        while (j < b && g_ascii_isalpha(text[j]))
            j++;
        if (j - w > 4 && g_ascii_strncasecmp(text + j - 3, "ing", 3) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Is the cue at [@cs, @ce) a plan or forecast of what is to come: a
 * condition or modal, or a hedge that ends in "to" ("set to", "expected
 * to", "likely to")? */
static gboolean
forward_plan(const char *text, const Cue *cue)
{
    if (cue->modality == CC_MODALITY_HYPOTHETICAL)
        return TRUE;
    return cue->modality == CC_MODALITY_HEDGED && cue->end - cue->start > 3
           && g_ascii_strncasecmp(text + cue->end - 3, " to", 3) == 0;
}

/* Does the "added" that ends at @at put an object onto a list, as a
 * sanctioning body lists persons ("Britain added six North Korean
 * officials to its sanctions list on 18 November"), or onto anything
 * ("North Korea added 2,000 troops to its force in Kursk")? Then it is no
 * verb of saying: within ten words of it, before a comma, "to" or "onto"
 * after a word at least and no "that" or verb of a clause before it; or
 * "on", an owner or article at most, and "list", "blacklist" or
 * "register" within three words; or a figure right after it, an
 * approximator at most between, and no verb of a clause after it before
 * the clause ends ("Pyongyang added roughly 2,000 soldiers over the
 * winter", not "Lee added 300 soldiers had died"). */
static gboolean word_is(const char *text, gsize b, gsize e, const char *w);
static gsize word_after(const char *text, gsize at, gsize *ws);

static gboolean
adds_to_list(const char *text, gsize at, gsize end)
{
    static const char *const onto[] = {"to", "onto", "on", NULL};
    static const char *const owners[] = {"its", "their", "the", "a", "an", "his", "her", NULL};
    static const char *const lists[] = {"list", "lists", "blacklist", "register", NULL};
    static const char *const to[] = {"to", "onto", NULL};
    static const char *const clause[] = {"that", "had", "has", "have", "were", "was", "is",
                                         "are", "been", "be", "would", "will", "could",
                                         "may", "might", "said", "says", NULL};
    static const char *const approx[] = {"about", "some", "roughly", "around", "nearly",
                                         "almost", "another", "over", "approximately", NULL};
    gboolean plain = TRUE, figure = FALSE;
    gsize i = at, pws = at, pwe = at;
    for (int n = 0; n < 10 && i < end; n++) {
        while (i < end && text[i] == ' ')
            i++;
        if (i >= end || strchr(",;:.()\"", text[i]) != NULL)
            return figure && plain;
        gsize ws = i;
        /* a figure right after "added", an approximator at most between */
        if (!figure && (n == 0 || n == 1) && g_ascii_isdigit(text[i]))
            figure = n == 0 || word_in_at(text, pws, pwe, approx);
        /* a figure's comma or point ("2,000", "1.5") is inside its word */
        while (i < end && text[i] != ' '
               && (strchr(",;:.()\"", text[i]) == NULL
                   || (strchr(",.", text[i]) != NULL && i > ws && g_ascii_isdigit(text[i - 1])
                       && i + 1 < end && g_ascii_isdigit(text[i + 1]))))
            i++;
        pws = ws;
        pwe = i;
        if (word_in_at(text, ws, i, clause))
            plain = FALSE;
        if (plain && n > 0 && word_in_at(text, ws, i, to))
            return TRUE;
        if (!word_in_at(text, ws, i, onto))
            continue;
        gsize j = i, bs, be = word_after(text, j, &bs);
        if (be > bs && be <= end && word_in_at(text, bs, be, owners))
            j = be;
        for (int k = 0; k < 3 && j < end; k++) {
            be = word_after(text, j, &bs);
            if (be <= bs || be > end)
                break;
            if (word_in_at(text, bs, be, lists))
                return TRUE;
            j = be;
        }
    }
    return figure && plain;
}

/* Does the sentence text[@ss, …) open with "If" (or, where @unless,
 * "Unless"), after an opening quote at most, the span [@a, @b) in that
 * condition, no comma or semicolon before it, and a comma close the
 * condition between @b and @c? */
static gboolean
in_opening_condition(const char *text, gsize ss, gsize a, gsize b, gsize c, gboolean unless)
{
    gsize i = ss;
    while (i < a && (text[i] == ' ' || text[i] == '"' || text[i] == '\''))
        i++;
    gboolean opens = (i + 3 <= a && g_ascii_strncasecmp(text + i, "if", 2) == 0 && text[i + 2] == ' ')
                     || (unless && i + 7 <= a && g_ascii_strncasecmp(text + i, "unless", 6) == 0
                         && text[i + 6] == ' ');
    if (!opens)
        return FALSE;
    for (gsize j = i; j < a; j++)
        if (text[j] == ',' || text[j] == ';')
            return FALSE;
    for (gsize j = b; j < c; j++)
        if (text[j] == ',')
            return TRUE;
    return FALSE;
}

/* Does the condition the figure at [@vs, @ve) stands in take what it holds
 * as given, as a guide to something else, its comma after the figure
 * closing on "any guide", "anything to go by" or "any indication" ("If
 * the 11,000 North Korean soldiers in Kursk are any guide, …")? Such an
 * "if" sets no condition on the figure. */
static gboolean
guide_condition(const char *text, gsize ve, gsize se)
{
    static const char *const ends[] = {"any guide", "anything to go by", "any indication",
                                       "any yardstick", NULL};
    gsize c = ve;
    while (c < se && text[c] != ',' && text[c] != ';' && text[c] != '.')
        c++;
    if (c >= se || text[c] != ',')
        return FALSE;
    for (guint k = 0; ends[k] != NULL; k++) {
        gsize n = strlen(ends[k]);
        if (c >= ve + n && g_ascii_strncasecmp(text + c - n, ends[k], n) == 0
            && (c == ve + n || text[c - n - 1] == ' '))
            return TRUE;
    }
    return FALSE;
}

/* Is the figure at [@vs, @ve) in a condition that opens the sentence with
 * "If", a comma closing it before @cs? */
static gboolean
condition_closed_before(const char *text, gsize ss, gsize vs, gsize ve, gsize cs)
{
    return in_opening_condition(text, ss, vs, ve, cs, FALSE);
}

/* Is the cue at [@cs, @ce) in a condition that opens the sentence with
 * "If" or "Unless", a comma closing it before the figure at @vs? "If Iran
 * cannot keep up, North Korea could send up to 100,000 more troops": the
 * condition's negation denies nothing of the main clause's figure. */
static gboolean
cue_in_condition_before(const char *text, gsize ss, gsize cs, gsize ce, gsize vs)
{
    return in_opening_condition(text, ss, cs, ce, vs, TRUE);
}

/* Is the cue at [@cs, @ce) an "if" whose clause only trusts a speaker on
 * a condition, "If the Pentagon is to be believed, some 10,000 …", "if
 * Seoul's figures are to be trusted", or an estimate, "If the Western
 * estimates are right, about 12,000 …", "if Seoul's count is accurate",
 * "If that estimate holds, …", the estimate's own figure or words
 * between its noun and the verdict ("If Kyiv's figure of 4,000
 * casualties is accurate")? Nothing is conditioned; the trust hedges
 * the figure (as the modality cues "is to be believed", "estimates are
 * right" do). The clause ends at a comma (not a
 * figure's "4,000"), a semicolon or @se, within 80 bytes. */
static gboolean
if_of_trust(const char *text, gsize cs, gsize ce, gsize se)
{
    if (ce - cs != 2 || g_ascii_strncasecmp(text + cs, "if", 2) != 0)
        return FALSE;
    static const char *const trusts[] = {" to be believed", " to be trusted"};
    static const char *const nouns[] = {"estimates", "estimate", "figures", "figure",
                                        "count",     "tally",    NULL};
    static const char *const verdicts[] = {" is right",  " is correct", " is accurate",
                                           " are right", " are correct", " are accurate",
                                           " holds",     " hold"};
    for (gsize i = ce; i < se && i < ce + 80; i++) {
        /* (a figure's thousands separator ends no clause) */
        if (text[i] == ';'
            || (text[i] == ',' && !(g_ascii_isdigit(text[i - 1]) && g_ascii_isdigit(text[i + 1]))))
            return FALSE;
        for (gsize k = 0; k < G_N_ELEMENTS(trusts) + G_N_ELEMENTS(verdicts); k++) {
            gboolean trust = k < G_N_ELEMENTS(trusts);
            const char *tail = trust ? trusts[k] : verdicts[k - G_N_ELEMENTS(trusts)];
            gsize n = strlen(tail);
            if (i + n <= se && g_ascii_strncasecmp(text + i, tail, n) == 0
                && (i + n == se || !g_ascii_isalnum(text[i + n]))
                && (trust || word_between(text, ce, i, nouns)))
                return TRUE;
        }
    }
    return FALSE;
}

/* Is there a ", which" in text[@from, @to) whose antecedent, the word
 * before its comma, names no report, claim or figure? */
static gboolean
comment_which_between(const char *text, gsize from, gsize to)
{
    static const char *const named[] = {
        "report",      "reports",     "claim",      "claims",      "figure",
        "figures",     "account",     "accounts",   "allegation",  "allegations",
        "accusation",  "accusations", "estimate",   "estimates",   "statement",
        "statements",  "story",       "stories",    "article",     "assessment",
        "tally",       "count",       "number",     "rumour",      "rumours",
        "rumor",       "rumors",      "assertion",  "assertions",  NULL};
    for (gsize i = from; i < to; i++) {
        if (text[i] != ',')
            continue;
        gsize j = i + 1;
        while (j < to && text[j] == ' ')
            j++;
        if (!word_at(text, j, to, "which"))
            continue;
        gsize ws, we = word_before(text, from, i, &ws);
        if (we == from || !word_in_at(text, ws, we, named))
            return TRUE;
    }
    return FALSE;
}

/* Does the cue at @cs stand in a clause of place set off after the
 * figure ending at @ve, ", where" opening it with no comma, colon or
 * semicolon after it before the cue ("About 2,000 soldiers have reached
 * the front, *where* they are expected to join an offensive")? What such
 * a clause forecasts, doubts or denies is told of the place and what
 * happens there, not of the figure before it. */
static gboolean
place_clause_before_cue(const char *text, gsize ve, gsize cs)
{
    for (gsize i = cs; i > ve; i--) {
        char c = text[i - 1];
        if (c == ';' || c == ':')
            return FALSE;
        if (c != ',')
            continue;
        gsize j = i;
        while (j < cs && text[j] == ' ')
            j++;
        return word_at(text, j, cs, "where");
    }
    return FALSE;
}

/* Does the cue at @cs stand in a comparison's clause after the figure
 * ending at @ve, opened by "than" with a word that is no figure after it
 * and no comma, colon or semicolon between ("North Korea has sent about
 * 11,000 troops, more *than* Russia could recruit in a fortnight")? What
 * such a clause supposes is told of the thing compared, not of the
 * figure; "more than 3,000 could die" is the figure's own bound. */
static gboolean
comparison_clause_before_cue(const char *text, gsize ve, gsize cs)
{
    for (gsize i = cs; i > ve; i--) {
        char c = text[i - 1];
        if (c == ',' || c == ';' || c == ':')
            return FALSE;
        if (c != ' ' || !word_at(text, i, cs, "than"))
            continue;
        gsize j = i + 4;
        while (j < cs && text[j] == ' ')
            j++;
        return j < cs && g_ascii_isalpha(text[j]);
    }
    return FALSE;
}

/* Does the cue at @cs open a phrase set off by the comma right before
 * it, after the figure ending at @ve, the figure's clause closed by that
 * comma ("Roughly 4,000 soldiers had massed near Sudzha*, ready to* join
 * a push", "…, *set to* relieve Russian units")? Such a phrase tells what
 * the troops stand ready for, not whether the figure holds. */
static gboolean
plan_phrase_after_comma(const char *text, gsize ve, gsize cs)
{
    gsize i = cs;
    while (i > ve && text[i - 1] == ' ')
        i--;
    return i > ve && text[i - 1] == ',';
}

/* Is the figure at [@vs, @ve) a standing force's size told as "the
 * N-strong" ("*the 11,000-strong* contingent could be ground down within
 * months")? The definite article takes the force as there, whatever may
 * befall it. */
static gboolean
definite_strength(const char *text, gsize ss, gsize vs, gsize ve)
{
    if (g_ascii_strncasecmp(text + ve, "-strong", 7) != 0 || g_ascii_isalpha(text[ve + 7]))
        return FALSE;
    static const char *const determiners[] = {"the", "its", "their", "his", "her", NULL};
    gsize ws, we = word_before(text, ss, vs, &ws);
    return we > ws && we + 1 == vs && word_in_at(text, ws, we, determiners);
}

/* Is the figure at [@vs, @ve) a definite count of men a participle of
 * harm or sending describes, right before the cue at @cs whose verb it is
 * the subject of ("Putin said *the 101 North Korean soldiers killed in
 * Kursk* would be honoured with medals", "the 300 who died there could
 * be buried at home")? The article takes the deaths as known: the modal
 * belongs to what befalls the men, not to the count. Up to ten words
 * between, no mark of a clause's end among them. */
static gboolean
definite_harmed(const char *text, gsize ss, gsize vs, gsize ve, gsize cs)
{
    static const char *const determiners[] = {"the", "those", "these", NULL};
    static const char *const participles[] = {
        "killed", "wounded", "injured", "captured", "died", "fell", "fallen", "lost", "sent",
        "deployed", "dispatched", "taken", NULL};
    gsize ws, we = word_before(text, ss, vs, &ws);
    if (!(we > ws && we + 1 == vs && word_in_at(text, ws, we, determiners)) || cs <= ve)
        return FALSE;
    gboolean harmed = FALSE;
    guint words = 0;
    for (gsize i = ve; i < cs; i++) {
        if (strchr(",;:()\"", text[i]) != NULL || (text[i] == '.' && !g_ascii_isdigit(text[i + 1])))
            return FALSE;
        if (!g_ascii_isalpha(text[i]) || (i > ve && g_ascii_isalpha(text[i - 1])))
            continue;
        gsize e = i;
        while (e < cs && g_ascii_isalpha(text[e]))
            e++;
        if (++words > 10)
            return FALSE;
        harmed = harmed || word_in_at(text, i, e, participles);
    }
    return harmed;
}

/* Does the sentence text[@ss, …) open with an "if" clause that a comma
 * closes between the cue ending at @ce and the figure at @vs? */
static gboolean
condition_opens_before(const char *text, gsize ss, gsize ce, gsize vs)
{
    gsize i = ss;
    while (i < vs && (text[i] == ' ' || text[i] == '"' || text[i] == '\''))
        i++;
    if (i + 3 > vs || g_ascii_strncasecmp(text + i, "if", 2) != 0 || text[i + 2] != ' ')
        return FALSE;
    for (gsize j = ce; j < vs; j++)
        if (text[j] == ',')
            return TRUE;
    return FALSE;
}

/* Does the cue at [@a, @b) deny a saying in its own words ("did not
 * acknowledge", "has never confirmed", "didn't admit"), a cue the
 * lexicon reads as the source's silence (`reported`)? */
static gboolean
negated_saying(const char *text, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++) {
        if (i + 3 <= b && g_ascii_strncasecmp(text + i, "n't", 3) == 0)
            return TRUE;
        if (i + 5 <= b && memcmp(text + i, "n\xE2\x80\x99t", 5) == 0)
            return TRUE;
        if (i > a && text[i - 1] != ' ')
            continue;
        if (word_at(text, i, b, "not") || word_at(text, i, b, "never"))
            return TRUE;
    }
    return FALSE;
}

/* Is the hedge at text[@cs, @ce) a tag that closes its sentence, a comma
 * before it ("it" at most between) and only the closing stop after it:
 * "…, it is learnt.", "…, it is understood.", "…, reportedly."? Indian
 * and Gulf outlets close a long sentence so; the tag hedges the clause
 * before it however long, as a speaker's tag does. */
static gboolean
closing_hedge_tag(const char *text, gsize ss, gsize cs, gsize ce, gsize se)
{
    gsize e = ce;
    while (e < se && strchr(" .!\")\r\n", text[e]) != NULL)
        e++;
    if (e != se)
        return FALSE;
    gsize ws, we = word_before(text, ss, cs, &ws);
    gsize at = we > ws && word_is(text, ws, we, "it") ? ws : cs;
    while (at > ss && text[at - 1] == ' ')
        at--;
    return at > ss && text[at - 1] == ',';
}

/* Is there a colon or a dash in text[@from, @to) right after a verdict on a
 * claim that closes a clause of its own, one word at least before the
 * verdict in the sentence from @ss ("This claim is false:", "Moscow's
 * figure is nonsense —") or a label's colon ("Verdict: False —"), not a
 * verdict's label alone ("Fake:", "Pants on Fire:"), a rating's degree in
 * it ("Mostly false:", "Partly false:")? */
static gboolean
verdict_mark_between(const char *text, gsize ss, gsize from, gsize to)
{
    static const char *const verdicts[] = {"false",   "wrong",      "misleading", "nonsense",
                                           "fake",    "untrue",     "inaccurate", "incorrect",
                                           "baseless", "unfounded", "fabricated", "exaggerated",
                                           "bogus",   "groundless", "fire", NULL};
    static const char *const degrees[] = {"mostly", "partly", "partially", "largely", "half",
                                          "mainly", NULL};
    for (gsize c = from; c + 1 < to; c++) {
        if (text[c] == ';')
            return FALSE;
        gboolean dash = aside_dash_at(text, c, to) > 0;
        if (!dash && (text[c] != ':' || text[c + 1] != ' '))
            continue;
        gsize e = c;
        while (dash && e > ss && text[e - 1] == ' ')
            e--;
        while (e > ss && (text[e - 1] == '"' || (guchar)text[e - 1] >= 0x80))
            e--;
        gsize ws, we = word_before(text, ss, e, &ws);
        if (we == e && we > ws && word_in_at(text, ws, we, verdicts)) {
            /* a rating's degree is the verdict's own word: "Mostly false:"
             * is a label alone, "Our ruling: Mostly false —" a label's */
            gsize p = ws, ds, de = word_before(text, ss, ws, &ds);
            if (word_is(text, ws, we, "fire")) {
                /* the raters' "Pants on Fire" is one verdict, "fire" no
                 * verdict of its own */
                gsize ps, pe;
                if (!(de > ds && word_is(text, ds, de, "on")))
                    return FALSE;
                pe = word_before(text, ss, ds, &ps);
                if (!(pe > ps && word_is(text, ps, pe, "pants")))
                    return FALSE;
                ds = ps;
                de = word_before(text, ss, ps, &ds);
                p = ps;
            }
            if (de > ds && word_in_at(text, ds, de, degrees))
                p = ds;
            /* a label's colon before the verdict: "Verdict: False —" */
            while (p > ss && text[p - 1] == ' ')
                p--;
            if (p > ss && text[p - 1] == ':')
                p--;
            gsize ps, pe = word_before(text, ss, p, &ps);
            return pe > ps;
        }
        /* a dash that follows no verdict may open an aside only */
        if (!dash)
            return FALSE;
    }
    return FALSE;
}

static gboolean relative_subject_at(const char *text, gsize start, gsize at);

/* Does text[@from, @to) list a part after its whole: ", including" or
 * ", among them" (or "among whom", "of whom") between the whole's figure
 * and the part's? */
static gboolean
part_listed_between(const char *text, gsize from, gsize to)
{
    static const char *const marks[] = {", including ", ", among them ", ", among whom ",
                                        ", of whom ", ", among which ", NULL};
    for (guint i = 0; marks[i] != NULL; i++) {
        gsize n = strlen(marks[i]);
        for (gsize k = from; k + n <= to; k++)
            if (g_ascii_strncasecmp(text + k, marks[i], n) == 0)
                return TRUE;
    }
    return FALSE;
}

static gboolean
cue_acts(const char *text, const GArray *terminators, const GArray *cues, const Cue *cue,
         gsize ss, gsize ms, gsize me, gsize vs, gsize ve, gsize se)
{
    /* a verb of telling that is the label opening the sentence, its colon
     * right after it, is the outlet's own kicker, no one's report:
     * "Explained: Why did Kim send 11,000 soldiers to fight for Putin?",
     * "Revealed: …" (a fact-check's "Claim:" still reports, and a hedge's
     * label still hedges: "Unconfirmed: …") */
    static const char *const kickers[] = {"explained", "revealed", "disclosed", "confirmed", NULL};
    if (cue->modality == CC_MODALITY_REPORTED && word_in_at(text, cue->start, cue->end, kickers)
        && cue_label_opens(text, ss, cue->start, cue->end))
        return FALSE;
    /* a negation that opens a second predicate joined by "and" to the
     * figure's denies that one alone: "About 11,000 … arrived in Russia
     * and did not see combat for weeks", "began arriving in October and
     * have not been rotated since" (an auxiliary at most between); so a
     * hedge or a modal that opens it hedges that one alone: "Several
     * thousand … have reached Russia and are likely to be thrown into
     * the fighting", "… are in Kursk and could be sent to the front" */
    if (cue->start >= ve
        && (cue->modality == CC_MODALITY_NEGATED || cue->modality == CC_MODALITY_HEDGED
            || cue->modality == CC_MODALITY_HYPOTHETICAL)) {
        static const char *const aux[] = {"did", "do", "does", "have", "has", "had", "were",
                                          "was", "are", "is", "would", "could", "will",
                                          "can", NULL};
        gsize b, e = word_before(text, ve, cue->start, &b);
        if (e > b && word_in_at(text, b, e, aux))
            e = word_before(text, ve, b, &b);
        if (e > b && word_is(text, b, e, "and") && b > ve && text[b - 1] == ' '
            && !(b >= ve + 2 && text[b - 2] == ','))
            return FALSE;
    }
    /* a verb of saying or hedging after the figure whose subject opens a
     * relative clause after a comma says that clause, not the figure
     * before it: "about 28,000 containers, which Seoul says could hold
     * up to 12 million shells", "…, where the Pentagon says …" (its
     * subject of up to four words right after "which", "where" or
     * "whom") */
    if (cue->start >= ve
        && (cue->modality == CC_MODALITY_REPORTED || cue->modality == CC_MODALITY_HEDGED)) {
        gsize at = cue->start;
        for (guint w = 0; w < 4 && at > ve; w++) {
            gsize b, e = word_before(text, ve, at, &b);
            if (e <= b)
                break;
            if (relative_subject_at(text, ve, b))
                return FALSE;
            at = b;
            /* a possessive's mark: "Kyiv's spy agency" */
            if (at > ve && text[at - 1] == '\'')
                at--;
            else if (at >= ve + 3 && memcmp(text + at - 3, "\xE2\x80\x99", 3) == 0)
                at -= 3;
        }
    }
    /* a "not" that sets one figure against another after "but" ("sent not
     * 3,000 but 11,000 troops") reaches nothing past the "but" */
    if (cue->until != 0 && vs >= cue->until)
        return FALSE;
    /* "added" that puts persons on a list reports nothing */
    if (cue->modality == CC_MODALITY_REPORTED && word_is(text, cue->start, cue->end, "added")
        && adds_to_list(text, cue->end, se))
        return FALSE;
    /* a modal of judging judges the figure, which it tells as it is */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && cue->end <= vs
        && judges_figure(text, cue->end, vs))
        return FALSE;
    /* a negation or a condition of the main clause does not reach a
     * figure in an aside set off by dashes or brackets */
    if ((cue->modality == CC_MODALITY_NEGATED || cue->modality == CC_MODALITY_HYPOTHETICAL)
        && aside_apart(text, ss, se, vs, ve, cue->start, cue->end))
        return FALSE;
    /* nor does a hedge, condition or negation before an apposition that
     * names the figure and gives it ("The museum *will* bear the names
     * of every soldier who fell, a number Seoul puts at around 2,000"):
     * the apposition tells the figure on its own */
    if ((cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL
         || cue->modality == CC_MODALITY_NEGATED)
        && cue->end <= vs) {
        gsize c = last_comma(text, cue->end, vs);
        if (c != G_MAXSIZE && apposition_names_figure(text, c, vs)) {
            gsize ws, we = word_before(text, ss, vs, &ws);
            if (word_is(text, ws, we, "at"))
                return FALSE;
        }
    }
    /* nor does a negation of the main clause reach an apposition that
     * counts the one it names among the figure's ("The family has not
     * heard from their son, *one of* roughly 11,000 sent to Kursk"): the
     * apposition tells the figure on its own */
    if (cue->modality == CC_MODALITY_NEGATED && cue->end <= vs) {
        gsize c = last_comma(text, cue->end, vs);
        gsize j = c == G_MAXSIZE ? vs : c + 1;
        while (j < vs && text[j] == ' ')
            j++;
        if (c != G_MAXSIZE && word_at(text, j, vs, "one of"))
            return FALSE;
    }
    /* nor a modal in a relative clause, no "that", of an apposition
     * that names the figure after it */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && cue->start >= ve
        && figure_apposition_relative(text, ve, cue->start))
        return FALSE;
    /* nor does a hedge, condition or negation before a share's
     * apposition reach the whole it names */
    if ((cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL
         || cue->modality == CC_MODALITY_NEGATED)
        && cue->end <= vs && share_apposition_before(text, cue->end, vs))
        return FALSE;
    /* nor does a cue in brackets that hold another figure reach one
     * outside them */
    if (cue_in_other_brackets(text, ss, se, vs, cue->start, cue->end))
        return FALSE;
    /* a negation before ", which" that comments on the clause the
     * negation stands in does not reach a figure in that comment:
     * "Pyongyang denied sending troops, which must come as news to the
     * 11,000 soldiers now in Kursk" states the 11,000; a "which" after a
     * report or claim named ("denied the report, which said 11,000 …")
     * gives what is denied */
    if (cue->modality == CC_MODALITY_NEGATED && cue->end <= vs
        && comment_which_between(text, cue->end, vs))
        return FALSE;
    /* a plain negation before a colon is its clause's: what the colon
     * opens tells something of its own ("The stockpile is not endless:
     * the 5 million shells shipped so far have drained …" states the
     * shells); a verb of denying may name what it denies after one */
    if (cue->modality == CC_MODALITY_NEGATED && cue->end <= vs
        && !denial_verb(text, cue->start, cue->end)) {
        for (gsize i = cue->end; i + 1 < vs; i++)
            if (text[i] == ':' && text[i + 1] == ' ')
                return FALSE;
    }
    /* and so is any cue before a verdict that closes a clause of its own
     * before a colon or a dash: what it opens is the fact-check's own
     * account ("This claim is false: North Korea has sent about 11,000
     * troops, not 100,000", "Verdict: False — Seoul puts …"), while a
     * verdict's label alone ("Fake: North Korea has lost 40,000 …") names
     * the claim after it */
    if (cue->end <= vs && verdict_mark_between(text, ss, cue->end, vs))
        return FALSE;
    /* a modal whose subject is a pronoun after the figure is that
     * clause's: "several hundred casualties that would range from the
     * killed to the wounded" states the toll */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && cue->start >= ve
        && pronoun_opens_cue(text, ss, ve, cue->start))
        return FALSE;
    /* nor does a hedge, modal or negation in a clause of place after the
     * figure's: "… have reached Kursk, where they are expected to join an
     * offensive" states the arrival */
    if (cue->modality != CC_MODALITY_REPORTED && cue->start >= ve
        && place_clause_before_cue(text, ve, cue->start))
        return FALSE;
    /* nor does one in a comparison's clause after the figure: "about
     * 11,000 troops, more than Russia could recruit in a fortnight"
     * states the 11,000 */
    if ((cue->modality == CC_MODALITY_HYPOTHETICAL || cue->modality == CC_MODALITY_HEDGED)
        && cue->start >= ve && comparison_clause_before_cue(text, ve, cue->start))
        return FALSE;
    /* nor does a modal, hedge or negation after "the N-strong" force
     * doubt its size: "the 11,000-strong contingent could be ground
     * down" */
    if (cue->modality != CC_MODALITY_REPORTED && cue->start >= ve
        && definite_strength(text, ss, vs, ve))
        return FALSE;
    /* nor does a modal or hedge whose subject is "the N" men a harm or a
     * sending describes: "the 101 soldiers killed in Kursk would be
     * honoured" states the 101 dead */
    if ((cue->modality == CC_MODALITY_HYPOTHETICAL || cue->modality == CC_MODALITY_HEDGED)
        && cue->start >= ve && definite_harmed(text, ss, vs, ve, cue->start))
        return FALSE;
    /* nor does the condition that opens the sentence, closed before
     * it: "If North Korea were to send another 20,000 troops, its 1.2
     * million-strong army would hardly notice" states the army's size */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && cue->end <= vs
        && definite_strength(text, ss, vs, ve) && condition_opens_before(text, ss, cue->end, vs)) {
        /* (its own force, not "the" one the condition makes: "If Kim
         * were to send another 10,000, the 25,000-strong force would …") */
        static const char *const own[] = {"its", "their", "his", "her", NULL};
        gsize ws, we = word_before(text, ss, vs, &ws);
        if (word_in_at(text, ws, we, own))
            return FALSE;
    }
    /* nor a plan or forecast that opens a phrase set off by a comma
     * after the figure's clause: "…, ready to join a push" */
    if (forward_plan(text, cue) && cue->start >= ve
        && plan_phrase_after_comma(text, ve, cue->start))
        return FALSE;
    /* a cue in a clause set off before the figure's is that clause's */
    if (cue->end <= vs && set_off_before(text, ss, cue->start, cue->end, vs))
        return FALSE;
    /* nor does a negation before the comma of an apposition that puts
     * the figure, "estimated" or "put" (by its source) "at" it: the
     * apposition sizes a noun of the clause, its own estimate
     * ("Moscow has *never* published figures for the North Korean
     * contingent, estimated by Seoul at 15,000 troops") */
    if (cue->modality == CC_MODALITY_NEGATED && cue->end <= vs
        && estimate_apposition_between(text, cue->end, vs))
        return FALSE;
    /* nor does a negation that opens an aside set off by commas before
     * the figure deny it: the aside contrasts or describes what stands
     * before it ("Seoul, *not* Kyiv, says about 2,700 …", "Lee, *never*
     * one to play down the North's troubles, says about 600 …") */
    if (cue->modality == CC_MODALITY_NEGATED && cue->end <= vs
        && negation_opens_aside(text, ss, cue->start, cue->end, vs))
        return FALSE;
    /* nor does an "if" whose clause takes the figure as a guide ("If the
     * 11,000 North Korean soldiers in Kursk are any guide, …") */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && cue->end <= vs
        && word_is(text, cue->start, cue->end, "if") && guide_condition(text, ve, se))
        return FALSE;
    /* nor a forecast, doubt or negation of the main clause after it: what
     * the guide is taken to show ("…, the next contingent will fare no
     * better") */
    if ((cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL
         || cue->modality == CC_MODALITY_NEGATED)
        && cue->start >= ve && condition_closed_before(text, ss, vs, ve, cue->start)
        && guide_condition(text, ve, se))
        return FALSE;
    /* nor does the negation of a main clause after a condition that opens
     * the sentence and holds the figure: "If North Korea were to send
     * another 100,000 troops, Ukraine's lines would *not* hold" */
    if (cue->modality == CC_MODALITY_NEGATED && cue->start >= ve
        && condition_closed_before(text, ss, vs, ve, cue->start))
        return FALSE;
    /* nor one in a condition that opens the sentence and closes before
     * the figure: "If Iran cannot keep up, North Korea could send …" */
    if (cue->modality == CC_MODALITY_NEGATED && cue->end <= vs
        && cue_in_condition_before(text, ss, cue->start, cue->end, vs))
        return FALSE;
    /* nor one after the comma that closes a relative clause the figure
     * stands in: "North Korea, which Seoul says has sent about 12 million
     * shells to Russia, *denies* any arms trade" */
    if (cue->start >= ve && in_relative_before(text, ss, vs, ve, cue->start))
        return FALSE;
    /* nor one in a relative clause of an apposition after the claim that
     * names something else: "…, a summit that Washington *says* unlocked
     * arms shipments" */
    if (cue->start >= me && apposition_relative_before(text, me, cue->start))
        return FALSE;
    /* nor one opening a reduced relative clause of such an apposition:
     * "…, a move *expected* to deepen ties" */
    if (cue->start >= me && apposition_reduced_relative_before(text, me, cue->start))
        return FALSE;
    /* nor does a modal of the clause reach the base an addition is set
     * on: "That *would* come on top of the roughly 11,000 troops Kim sent
     * last autumn" states the 11,000 */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && cue->end <= vs
        && added_to_base(text, ss, vs))
        return FALSE;
    /* nor does one after the comma of a fronted "Of …" phrase the figure
     * stands in: "Of about 50 missiles fired, almost half did not reach
     * their targets" denies nothing of the 50 */
    if (cue->start >= ve && in_fronted_of(text, ss, ve, cue->start))
        return FALSE;
    /* nor does the negation of the main clause reach a figure or date in
     * a fronted clause of time: "Since Russia's full-scale invasion began
     * in February 2022, Moscow has *never* had …", "When North Korean
     * soldiers first went into battle in December, they had *no* drones" */
    if (cue->modality == CC_MODALITY_NEGATED && cue->start >= ve
        && in_fronted_time_clause(text, ss, ve, cue->start))
        return FALSE;
    /* nor does a plain verb of saying, or a modal, after a reporter's
     * question fronted by "Asked" report or condition what the question
     * names: "Asked about North Korea's admission on Monday that …, a
     * Kremlin spokesman *said* …", "…, the spokesman said the fighting
     * *would* end soon" */
    if (((cue->modality == CC_MODALITY_REPORTED && !cue->silent)
         || cue->modality == CC_MODALITY_HYPOTHETICAL)
        && cue->start >= ve && in_fronted_question(text, ss, ve, cue->start))
        return FALSE;
    /* a hedge between an article and another figure is that figure's
     * approximator ("Of *the estimated* 11,000 soldiers sent, about 4,000
     * have been killed"; the cue "an estimated" holds its article: "An
     * estimated 11,000 … were sent, of whom around 4,000 were killed"),
     * not a hedge of this one; a verb of estimating ("officials estimated
     * 3,000 had died and 1,000 …") still is; so too where the rule's
     * match spans the other figure, a whole before the part that
     * "including" or "among them" lists after it ("an estimated 4,700
     * casualties, including about 600 deaths"), while a figure joined to
     * it by "and" or compared with it shares its hedge ("an estimated 2.8
     * million and 3.7 million shells", "…, compared to some 11,000") */
    gboolean whole_before = cue->end <= vs && part_listed_between(text, cue->end, vs);
    if (cue->modality == CC_MODALITY_HEDGED && (cue->end <= ms || cue->start >= me || whole_before)) {
        gsize j = cue->end;
        while (j < se && text[j] == ' ')
            j++;
        gsize ws, we = word_before(text, ss, cue->start, &ws);
        gsize fe = cue->start;
        while (fe < cue->end && g_ascii_isalpha(text[fe]))
            fe++;
        gboolean article_in = fe < cue->end && word_is(text, cue->start, fe, "an");
        if (j < se && g_ascii_isdigit(text[j]) && (j < ms || j >= me || (whole_before && j < vs))
            && (article_in || word_is(text, ws, we, "the") || word_is(text, ws, we, "an")
                || word_is(text, ws, we, "its") || word_is(text, ws, we, "their")))
            return FALSE;
    }
    /* so is a plan or forecast after the figure that opens another
     * figure's noun phrase, up to its "of": "as part of *a planned* force
     * of 10,000", "the first of *a planned* 12,000", "of *an expected*
     * 10,000" */
    if ((cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL)
        && cue->start >= ve && modifies_figure(text, ss, cue->start, cue->end, se))
        return FALSE;
    /* A rejection or denial before a figure is not the speaker's account
     * past it: "called Kyiv's tally of 3,000 inflated, and put the toll at
     * about 1,100", "denied that 1,000 had been killed, saying about 100
     * had died". */
    if ((cue->modality == CC_MODALITY_DISPUTED || cue->modality == CC_MODALITY_NEGATED)
        && cue->end <= vs && own_account_between(text, cue->end, vs))
        return FALSE;
    if (cue->start >= ve && judged_object_between(text, ve, cue->start))
        return FALSE;
    /* a plain negation in an apposition that names the figure speaks of
     * the figure's revision, not of what it counts: "roughly 10,000 …, a
     * figure it has not updated since last week", "…, a number that has
     * not changed" (a denial there is handled as a claim named: disputed) */
    if (cue->modality == CC_MODALITY_NEGATED && cue->start >= ve
        && !denial_verb(text, cue->start, cue->end) && apposition_names_figure(text, ve, cue->start))
        return FALSE;
    /* "had not confirmed its role until Monday": the day after "until"
     * is when it happened at last, which the negation does not deny; nor
     * the day after "since", when it last happened ("have not met since
     * their June 2024 summit") */
    if ((cue->modality == CC_MODALITY_NEGATED || cue->silent
         || (cue->modality == CC_MODALITY_REPORTED && negated_saying(text, cue->start, cue->end)))
        && cue->end <= vs) {
        static const char *const determiners[] = {"the", "their", "its", "his", "her", "our",
                                                  NULL};
        gsize ws, we = word_before(text, ss, vs, &ws);
        if (word_is(text, ws, we, "on") || word_is(text, ws, we, "in"))
            we = word_before(text, ss, ws, &ws);
        if (word_is(text, ws, we, "until"))
            return FALSE;
        /* nor a day farther on in the "until" phrase or clause, what
         * ended the denial ("denied it for months until finally
         * providing official confirmation in April") */
        static const char *const until[] = {"until", "till", NULL};
        if (cue->modality == CC_MODALITY_NEGATED && word_between(text, cue->end, vs, until))
            return FALSE;
        if (word_in_at(text, ws, we, determiners))
            we = word_before(text, ss, ws, &ws);
        if (word_is(text, ws, we, "since"))
            return FALSE;
        /* or in a "since" phrase or clause before the day, which tells
         * when it last happened: "have not spoken since the summit in
         * Pyongyang in June 2024", "since the treaty was signed in June" */
        if (since_phrase_before(text, ss, cue->end, vs))
            return FALSE;
    }
    /* A verb of rejecting with an object of its own rejects that object:
     * not a figure before it ("about 3,000 …, the NIS said, rejecting
     * Kyiv's higher estimate"), nor one past the clause its object stands
     * in ("rejected Kyiv's figure of 4,000 and put the toll at about
     * 3,000"). */
    if (cue->modality == CC_MODALITY_DISPUTED && rejecting_verb(text, cue->start, cue->end)
        && !(cue->end - cue->start > 3 && g_ascii_strncasecmp(text + cue->end - 3, " as", 3) == 0)
        && object_follows(text, cue->end, se)
        && (cue->start >= ve || (cue->end <= vs && clause_between(text, cue->end, vs))))
        return FALSE;
    /* a forward-acting plan that opens a reduced relative clause on the
     * figure is the figure's ("the 6,000 soldiers North Korea plans to
     * send") */
    if (cue->side == SIDE_PRE && cue->modality == CC_MODALITY_HYPOTHETICAL && cue->start >= ve
        && reduced_relative(text, ss, vs, ve, cue->start))
        return TRUE;
    /* a plan told as a participle after a whole's noun is the whole's
     * ("the 6,000 troops promised to Kursk"), and no part's counted out of
     * it before it: "About 1,000 of the 6,000 troops promised to Kursk
     * have arrived" plans the 6,000 and states the 1,000 */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && cue->start >= ve) {
        if (plan_participle(text, ss, vs, ve, cue->start))
            return TRUE;
        gsize p = ve;
        while (p < cue->start && text[p] == ' ')
            p++;
        if (p + 7 < cue->start && g_ascii_strncasecmp(text + p, "of the ", 7) == 0) {
            gsize ws = p + 7, we = ws;
            while (we < cue->start && (g_ascii_isdigit(text[we]) || text[we] == ','
                                       || text[we] == '.'))
                we++;
            while (we > ws && !g_ascii_isdigit(text[we - 1]))
                we--;
            if (we > ws && plan_participle(text, ss, ws, we, cue->start))
                return FALSE;
        }
    }
    /* nor does a doubt or plan before a figure whose reduced relative
     * clause names its own speaker ("It is unclear whether the 3,000
     * reinforcements Seoul says arrived have entered combat") */
    if (cue->end <= vs
        && (cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL)
        && own_speaker_relative(text, ss, vs, ve, se))
        return FALSE;
    /* nor does any cue before a figure reach into a relative clause,
     * set off by its comma, that names a speaker of its own: "Moscow has
     * denied using North Korean missiles, which Kyiv says first struck
     * Kharkiv on Jan. 2, 2024" (Kyiv's account, not denied) */
    if (cue->end <= vs && cue->modality != CC_MODALITY_REPORTED
        && relative_speaker_between(text, cue->end, vs, vs))
        return FALSE;
    /* nor into the whole after "how many of": "has never disclosed how
     * many of its roughly 15,000 soldiers died" states the 15,000 */
    if (cue->end <= vs && how_many_of_whole(text, ss, vs))
        return FALSE;
    /* nor does a doubt or condition reach into the whole after "any of
     * the": "it was not clear whether any of the 3,000 troops at the front
     * had engaged in combat" states the 3,000 (a denial still reaches it:
     * "denied that any of the estimated 3 million shells changed hands") */
    if (cue->end <= vs
        && (cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL)
        && any_of_whole(text, ss, vs))
        return FALSE;
    /* nor does a hedge or condition before a comparison reach the figure
     * it compares with: "The real toll is *likely* far higher than the 300
     * dead the spy agency has acknowledged" states the 300 */
    if (cue->end <= vs
        && (cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL)) {
        gsize cmp = comparison_anchor(text, ss, vs, NULL);
        if (cmp != 0 && cue->end <= cmp)
            return FALSE;
    }
    /* nor into a figure whose reduced relative clause tells it is done
     * already ("is preparing to double the 120 M1991 launchers it had
     * already sent": the 120 are stated), from before it or after it ("If
     * Kim sends more troops beyond the 11,000 already there, Seoul could
     * arm Kyiv", "Should the DPRK dispatch troops beyond the estimated
     * 11,000 already in Russia, we stand ready to …"); nor does a
     * negation after it, which denies what the predicate says of the
     * things done ("The 11,000 troops Pyongyang sent did not change the
     * course of the war", "… were never going to turn the tide") */
    /* But a belief or estimate before the whole, no plan, doubts a part
     * of it in a relative clause after its comma too: "The agency
     * *believes* about 6,000 troops are headed for Russia, of whom around
     * 1,000 have already arrived" hedges the 1,000 */
    gboolean aside = FALSE;
    if ((cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL
         || (cue->modality == CC_MODALITY_NEGATED && cue->start >= ve))
        && (cue->end <= vs || cue->start >= ve) /* not "estimated" inside the figure */
        && done_relative(text, ss, vs, ve, se, &aside)
        && !(aside && cue->modality == CC_MODALITY_HEDGED && cue->end <= vs
             && !forward_plan(text, cue)))
        return FALSE;
    /* … so too a negation, doubt or condition after a figure told by its
     * participle of sending ("The 11,000 troops sent to Kursk did not
     * change the course of the war", "… could not hold Sudzha") */
    if ((cue->modality == CC_MODALITY_NEGATED || cue->modality == CC_MODALITY_HEDGED
         || cue->modality == CC_MODALITY_HYPOTHETICAL)
        && cue->start >= ve && sent_participle(text, ss, vs, ve, se))
        return FALSE;
    /* a plan or forecast before the figure does not reach into an
     * adjunct of what came before it: "North Korea is set to send more
     * troops after suffering more than 1,000 casualties" states the toll */
    if (cue->end <= vs && forward_plan(text, cue) && after_doing_between(text, cue->end, vs))
        return FALSE;
    /* a capacity's hedge in a relative clause on the counted noun, with
     * no count of its own after it, doubts what the counted things are:
     * "shipped around 13,000 containers *that may hold* weapons" (but
     * "containers that could hold almost six million shells" hedges the
     * six million) */
    if (cue->side == SIDE_PRE && cue->modality == CC_MODALITY_HEDGED && !cue->forward_only
        && cue->start >= ve && words_between(text, ve, cue->start) <= 4) {
        static const char *const sizes[] = {"million", "millions", "billion", "thousand",
                                            "thousands", "hundred", "hundreds", "dozen",
                                            "dozens", NULL};
        gsize ws, we = word_before(text, ve, cue->start, &ws);
        /* a count of its own: a figure or a size word within the four
         * words after the verb ("hold as many as 4.8 million", "hold
         * almost six million") */
        gboolean count = FALSE;
        guint words = 0;
        for (gsize i = cue->end; i < se && !count && words < 4 && text[i] != ';'
                                 && !clause_comma(text, i);
             i++) {
            if (g_ascii_isdigit(text[i])) {
                count = TRUE;
            } else if (g_ascii_isalpha(text[i]) && !g_ascii_isalpha(text[i - 1])) {
                gsize e = i;
                while (e < se && g_ascii_isalpha(text[e]))
                    e++;
                count = word_in_at(text, i, e, sizes);
                words++;
                i = e - 1;
            }
        }
        if (we > ws && (word_is(text, ws, we, "that") || word_is(text, ws, we, "which"))
            && !count && !blocked(text, terminators, ve, cue->start))
            return TRUE;
    }
    /* a forecast, modal or judgement of likelihood before a clause of the
     * figure's own, with its own subject and verb, is the first clause's
     * (own_clause_between()), however far the match reaches back */
    if (cue->end <= vs
        && (cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL)
        && own_clause_between(text, cue->end, vs))
        return FALSE;
    /* nor past a second reported clause a comma and a verb of saying open
     * before the figure (saying_that_clause_between()) */
    if (cue->end <= vs
        && (cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL
            || cue->modality == CC_MODALITY_NEGATED)
        && saying_that_clause_between(text, cue->end, vs))
        return FALSE;
    /* … and a plan or hedge inside a first reported clause does not reach
     * a second that "and that" opens before the figure: "told lawmakers
     * that Pyongyang intends to send 4,000 more and that some 800 have
     * already arrived" states the 800. A cue that governs the "that"
     * clauses itself ("believes that … and that …") reaches both. */
    if (cue->end <= vs
        && (cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL)
        && !that_follows(text, cue->end, vs) && and_that_clause_between(text, cue->end, vs))
        return FALSE;
    /* a plain negation after an "and" that opens a clause of its own
     * ("…, Kyiv says 14,000 and Moscow has given no figure") is that
     * clause's, however far the match reaches */
    if (cue->modality == CC_MODALITY_NEGATED && cue->start >= ve
        && !denial_verb(text, cue->start, cue->end)
        && and_subject_clause_between(text, ve, cue->start))
        return FALSE;
    /* … and a cue before such an "and" is its first clause's
     * ("Pyongyang denies sending troops, and Seoul says 11,000 …"), the
     * match reaching back to its subject or not */
    if (cue->end <= vs && and_subject_clause_between(text, cue->end, vs))
        return FALSE;
    /* … as a hedge before a colon that opens a clause of its own is the
     * first clause's, the match reaching back past it to what a pronoun
     * stands for or not ("Estimates of the North Korean force vary:
     * Seoul puts it at about 11,000") */
    if (cue->modality == CC_MODALITY_HEDGED && cue->end <= vs
        && clause_after_colon(text, cue->end, vs)
        && !cue_label_opens(text, ss, cue->start, cue->end))
        return FALSE;
    /* a negation set against the figure by ", only" or ", just" between
     * them denies the other object, not the figure: "has sent no new
     * combat troops since April, only about 1,000 deminers" (the
     * deminers sent), however far the match reaches back */
    if (cue->modality == CC_MODALITY_NEGATED && cue->end <= vs
        && only_set_against(text, cue->end, vs))
        return FALSE;
    if (cue->start < me && cue->end > ms)
        /* inside the claim ("possibly even millions"), unless it acts only
         * forward and stands after the figure: a pre cue, or the "not" of
         * a figure set against this one ("about 600 North Korean
         * soldiers, not 6,000, have been killed") */
        return !((cue->side == SIDE_PRE || cue->contrast) && cue->start >= ve);
    if (cue->end <= ms) {
        /* an adverb's hedge right before another figure is that figure's
         * own: "perhaps 8,000 of the roughly 14,000 North Koreans sent"
         * hedges the part, not the whole (a fact box's "est. 4,000 (KIA
         * ~1,000)" hedges both) */
        if (cue->modality == CC_MODALITY_HEDGED
            && word_in_at(text, cue->start, cue->end, hedge_adverbs)
            && figure_opens_at(text, cue->end, vs))
            return FALSE;
        guint window = cue->modality == CC_MODALITY_NEGATED ? NEGATED_WINDOW : PRE_WINDOW;
        /* a terminator between the cue and the figure blocks it, even
         * inside the match ("no North Korean prisoners other than the two") */
        return cue->side != SIDE_POST && words_between(text, cue->end, ms) <= window
               && !blocked(text, terminators, cue->end, MAX(ms, vs))
               && !(cue->modality == CC_MODALITY_HEDGED && clause_after_colon(text, cue->end, ms)
                    && !cue_label_opens(text, ss, cue->start, cue->end));
    }
    if (cue->side == SIDE_PRE || cue->forward_only)
        return FALSE;
    /* so is one after the figure, after a word that opens another phrase
     * ("and", "with", a verb): "a 1.2 million-strong army and *perhaps* a
     * quarter of GDP", "launched in August 2024 with *perhaps* 10,000
     * troops" state the army and the date; after a comma, a dash or "or"
     * the other figure is this one's alternative, and its hedge this
     * one's too ("5 million shells, perhaps 6 million", "or maybe 6") */
    if (cue->modality == CC_MODALITY_HEDGED && word_in_at(text, cue->start, cue->end, hedge_adverbs)
        && figure_follows(text, cue->end, se)) {
        gsize ws, we = word_before(text, ss, cue->start, &ws);
        gsize b = cue->start;
        while (b > ss && text[b - 1] == ' ')
            b--;
        if (we != ss && b == we && !word_is(text, ws, we, "or"))
            return FALSE;
    }
    /* a forecast after "and" that follows a past event is not the
     * event's: "came into force on December 4 and will remain valid" */
    if (cue->modality == CC_MODALITY_HEDGED && will_after_past(text, ss, cue->start, cue->end))
        return FALSE;
    /* a report or a hedge in a clause a subordinating word opens after the
     * figure is that clause's: "… were sent, two days after Moscow first
     * confirmed the deal" */
    /* (a hedge that closes the sentence as a tag of its own stands in no
     * such clause: "… have been sent to Kursk since last month, it is
     * learnt") */
    gboolean tag = cue->modality == CC_MODALITY_HEDGED
                   && closing_hedge_tag(text, ss, cue->start, cue->end, se);
    if ((cue->modality == CC_MODALITY_REPORTED || cue->modality == CC_MODALITY_HEDGED)
        && subordinate_between(text, me, cue->start) && !tag)
        return FALSE;
    /* and so is a modal in a clause of time that "before", "after" or
     * "until" opens after the figure, a future seen from the past:
     * "crossed into Russia in early October, weeks before Moscow *would*
     * admit they were there" (the admission's, not the crossing's) */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && word_between(text, me, cue->start, time_subordinators))
        return FALSE;
    /* nor a hedge in a second reported clause "and that" opens after the
     * figure: "… says about 3,000 have arrived so far and that the number
     * is expected to reach 10,000" (the forecast's, not the count's) */
    if (cue->modality == CC_MODALITY_HEDGED && and_that_clause_between(text, me, cue->start))
        return FALSE;
    /* nor a modal in a clause of hope or aim that a participle opens after
     * the figure's comma: "… crossed into Kursk in August, hoping Moscow
     * would pull troops from the east" (the hope's, not the crossing's) */
    if (cue->modality == CC_MODALITY_HYPOTHETICAL && hope_between(text, me, cue->start))
        return FALSE;
    /* nor a modal whose verb acts on the force the figure counts: "The
     * 11,000-strong contingent could be reinforced", "may be joined" */
    if ((cue->modality == CC_MODALITY_HYPOTHETICAL || cue->modality == CC_MODALITY_HEDGED)
        && acts_on_existing(text, cue->end, se))
        return FALSE;
    /* a denial after an apposition that names the claim ("…, claims Moscow
     * and Pyongyang have consistently denied") reaches back to the figure
     * the apposition names, however long the predicate before its comma,
     * and so does another party's verdict there ("…, a Ukrainian lawmaker
     * claimed on Monday, a number Seoul calls fiction") */
    gsize from = me;
    if (((cue->modality == CC_MODALITY_NEGATED && denial_verb(text, cue->start, cue->end))
         || cue->modality == CC_MODALITY_DISPUTED)
        && cue->start >= me && claim_named_between(text, me, cue->start))
        for (gsize i = me; i < cue->start; i++)
            if (text[i] == ',')
                from = i;
    if ((words_between(text, from, cue->start) > POST_WINDOW && !tag)
        || blocked(text, terminators, me, cue->start) || with_between(text, me, cue->start)
        || of_whom_between(text, me, cue->start))
        return FALSE;
    if (nearer_figure(text, me, cue->start) || more_between(text, me, cue->start, se))
        return FALSE;
    /* ", which …" speaks of what stands right before its comma: a figure
     * nearer that comma is the one it judges ("Seoul's count of about 1,100
     * is well below Kyiv's figure of 3,000, which Moscow has dismissed") */
    for (gsize i = me; i + 1 < cue->start; i++) {
        if (text[i] != ',')
            continue;
        gsize j = i + 1;
        while (j < cue->start && text[j] == ' ')
            j++;
        if ((word_at(text, j, cue->start, "which") || word_at(text, j, cue->start, "who"))
            && nearer_figure(text, me, i) && words_between(text, me, i) > 0)
            return FALSE;
    }
    /* "troops, analysts say that the regime may …": "say that" opens a new
     * clause, and "may" belongs to it. */
    for (guint i = 0; i < cues->len; i++) {
        const Cue *c = &g_array_index(cues, Cue, i);
        if (c->forward_only && c->start >= me && c->end <= cue->start)
            return FALSE;
    }
    return TRUE;
}

/* The word that ends right before @at (spaces skipped), as [*@ws, @return):
 * its end, or @start when there is none. */
static gsize
word_before(const char *text, gsize start, gsize at, gsize *ws)
{
    gsize e = at;
    while (e > start && text[e - 1] == ' ')
        e--;
    gsize b = e;
    while (b > start && g_ascii_isalpha(text[b - 1]))
        b--;
    *ws = b;
    return b < e ? e : start;
}

static gboolean
word_is(const char *text, gsize b, gsize e, const char *w)
{
    return e - b == strlen(w) && g_ascii_strncasecmp(text + b, w, e - b) == 0;
}

/* Is text[at, end) one of @words (NULL-terminated), ASCII case aside? */
static gboolean
word_in_at(const char *text, gsize at, gsize end, const char *const *words)
{
    if (end == at) {
        for (guint i = 0; words[i] != NULL; i++)
            if (words[i][0] == '\0')
                return TRUE;
        return FALSE;
    }
    /* the first letters before a word's length (word_is()): most words
     * of a list differ from the text's in the first */
    char x = text[at];
    if (x >= 'A' && x <= 'Z')
        x = (char)(x + ('a' - 'A'));
    for (guint i = 0; words[i] != NULL; i++) {
        char y = words[i][0];
        if (y >= 'A' && y <= 'Z')
            y = (char)(y + ('a' - 'A'));
        if (x == y && word_is(text, at, end, words[i]))
            return TRUE;
    }
    return FALSE;
}

/* Does a "since" stand within eight words before @vs, after @cue_end,
 * with no mark but a word's own between it and @vs? */
static gboolean
since_phrase_before(const char *text, gsize ss, gsize cue_end, gsize vs)
{
    gsize at = vs;
    for (int n = 0; n < 8; n++) {
        gsize e = at;
        while (e > ss && text[e - 1] == ' ')
            e--;
        gsize b = e;
        while (b > ss && (g_ascii_isalnum(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '\''))
            b--;
        if (b == e || b < cue_end)
            return FALSE;
        if (word_is(text, b, e, "since"))
            return TRUE;
        at = b;
    }
    return FALSE;
}

/* Does a count stand within eight words after @at, before a comma or
 * ";": a figure, a number word ("thousands", "hundreds", "dozens") or an
 * elliptical "more", "another", "additional" or "others"? */
static gboolean
count_follows(const char *text, gsize at, gsize end)
{
    static const char *const counts[] = {"thousands", "hundreds",   "dozens", "tens",
                                         "more",      "another",    "additional", "others",
                                         "several",   NULL};
    guint words = 0;
    for (gsize i = at; i < end && words <= 8; i++) {
        if (text[i] == ';' || clause_comma(text, i))
            return FALSE;
        if (g_ascii_isdigit(text[i]))
            return TRUE;
        if (g_ascii_isalpha(text[i]) && (i == 0 || !g_ascii_isalpha(text[i - 1]))) {
            words++;
            gsize e = i;
            while (e < end && g_ascii_isalpha(text[e]))
                e++;
            if (word_in_at(text, i, e, counts))
                return TRUE;
        }
    }
    return FALSE;
}

/* Does the cue at [@at, @to) open a predicate of its own, with a figure of
 * its own before @end, joined by "and" to the one before it ("had lost at
 * least 100 dead *and was believed* to have close to 1,000 wounded")? It
 * then speaks of what follows it only; one with no figure after it ("were
 * already in Kursk and were expected to see combat soon") still speaks of
 * the figure before. */
static gboolean
coordinated_predicate(const char *text, gsize start, gsize at, gsize to, gsize end)
{
    /* the cue right after "and", its predicate naming a count before any
     * comma: "has moved about 3,000 soldiers *and intends to* supply a
     * total of 10,000", "has 11,000 in Kursk *and may* deploy thousands
     * more" */
    gsize ab, ae = word_before(text, start, at, &ab);
    if (ae != start && word_is(text, ab, ae, "and") && count_follows(text, to, end))
        return TRUE;
    /* …or after the predicate's auxiliary or verb, or both, or after the
     * relative pronoun of a clause on the figure before: "sent roughly
     * 12,000 soldiers *and has probably* lost 3,500", "*and lost perhaps*
     * 2,000", "*and has likely supplied* 200 missiles", "deployed 11,000
     * soldiers, *who have probably* suffered 4,000 casualties" */
    static const char *const joiners[] = {"and", "who", "which", NULL};
    static const char *const openers[] = {"that", "whom", "whose", "the",  "a",
                                          "an",   "its",  "their", "his",  "her",
                                          "they", "it",   NULL};
    if (ae != start && count_follows(text, to, end)) {
        for (int n = 0; n < 3 && ae != start && g_ascii_islower(text[ab])
                        && !word_in_at(text, ab, ae, openers);
             n++) {
            if (n > 0 && word_in_at(text, ab, ae, joiners))
                return TRUE;
            if (word_in_at(text, ab, ae, joiners))
                break;
            ae = word_before(text, start, ab, &ab);
        }
    }
    gboolean figure = FALSE;
    for (gsize i = to; i < end && !figure; i++)
        figure = g_ascii_isdigit(text[i]);
    if (!figure)
        return FALSE;
    gsize b, e = word_before(text, start, at, &b);
    if (e == start)
        return FALSE;
    if (word_is(text, b, e, "been")) {
        e = word_before(text, start, b, &b);
        if (e == start
            || !(word_is(text, b, e, "has") || word_is(text, b, e, "have")
                 || word_is(text, b, e, "had")))
            return FALSE;
    } else if (!(word_is(text, b, e, "was") || word_is(text, b, e, "is")
                 || word_is(text, b, e, "were") || word_is(text, b, e, "are"))) {
        return FALSE;
    }
    e = word_before(text, start, b, &b);
    return e != start && word_is(text, b, e, "and");
}

/* Is the cue at [@at, @to) a verb of denying ("denied", "has denied")? */
static gboolean
denial_verb(const char *text, gsize at, gsize to)
{
    static const char *const verbs[] = {"denied", "denies", "deny", "denying", "has denied",
                                        "have denied", "had denied", NULL};
    return word_in_at(text, at, to, verbs);
}

static gboolean
comma_between(const char *text, gsize from, gsize to)
{
    for (gsize i = from; i < to; i++)
        if (text[i] == ',' || text[i] == ';')
            return TRUE;
    return FALSE;
}

/* A comma, or the word "and", in text[@from, @to): what follows is a
 * clause or predicate of its own. */
static gboolean
comma_or_and_between(const char *text, gsize from, gsize to)
{
    if (comma_between(text, from, to))
        return TRUE;
    for (gsize i = from; i + 5 <= to; i++)
        if (text[i] == ' ' && word_at(text, i + 1, to, "and"))
            return TRUE;
    return FALSE;
}

/* Does the text between a figure's end @from and a cue at @to name the
 * claim in an apposition after the last comma ("…, *a claim* Ukraine's
 * general staff denies", "…, *something* both Moscow and Pyongyang have
 * denied")? A denial there is another party's rejection of the claim the
 * source reports, not the claim's own negation. */
static gboolean
claim_named_between(const char *text, gsize from, gsize to)
{
    gsize comma = last_comma(text, from, to);
    if (comma == G_MAXSIZE)
        return FALSE;
    gsize j = comma + 1;
    while (j < to && text[j] == ' ')
        j++;
    static const char *const names[] = {"a claim", "claims", "something", "an allegation",
                                        "allegations", "an assertion", "a report", "reports",
                                        "a figure", "a number", "an account", "an estimate",
                                        NULL};
    for (guint k = 0; names[k] != NULL; k++)
        if (word_at(text, j, to, names[k]))
            return TRUE;
    return FALSE;
}

/* Does a verb of forecasting and its "that" ("predicted that", "foresaw
 * that", "expected that") open the clause the "would" at @at stands in,
 * no comma, ";" or other "that" between? The "would" is the forecast's
 * future told in the past, no condition: "Few analysts predicted that
 * North Korea would end up with 14,000 soldiers in Russia" is a forecast,
 * hedged. */
static gboolean
forecast_would(const char *text, gsize start, gsize at)
{
    static const char *const verbs[] = {"predicted", "predict", "predicts", "forecast",
                                        "forecasts", "forecasted", "foresaw", "foresee",
                                        "foresees", "foreseen", "expected", "anticipated",
                                        "projected", "prophesied", NULL};
    for (gsize i = at; i > start; i--) {
        char c = text[i - 1];
        if (c == ';' || c == ':' || (c == ',' && !(i < at && g_ascii_isdigit(text[i]))))
            return FALSE;
        if (i - start >= 4 && g_ascii_strncasecmp(text + i - 4, "that", 4) == 0
            && (i - 4 == start || !g_ascii_isalpha(text[i - 5]))
            && (i == at || !g_ascii_isalpha(text[i]))) {
            gsize vs, ve = word_before(text, start, i - 4, &vs);
            return ve != start && word_in_at(text, vs, ve, verbs);
        }
    }
    return FALSE;
}

/* Is the figure at @fs the whole a part before it is told of, "of the"
 * or "of its" right before it and a count or share before that ("5,000
 * of the 11,000 …", "half of its 11,000 …")? A condition on the part
 * supposes nothing of the whole, which the article gives as known. */
static gboolean
whole_of_part(const char *text, gsize start, gsize fs)
{
    static const char *const articles[] = {"the", "its", "their", "Pyongyang's", NULL};
    static const char *const shares[] = {"half", "third", "thirds", "quarter", "quarters",
                                         "some", "most", "many", "few", "fraction", NULL};
    gsize as, ae = word_before(text, start, fs, &as);
    if (ae == start || !word_in_at(text, as, ae, articles))
        return FALSE;
    gsize os, oe = word_before(text, start, as, &os);
    if (oe == start || !word_is(text, os, oe, "of"))
        return FALSE;
    gsize e = os;
    while (e > start && text[e - 1] == ' ')
        e--;
    if (e > start && g_ascii_isdigit(text[e - 1]))
        return TRUE;
    gsize ps, pe = word_before(text, start, os, &ps);
    return pe != start && word_in_at(text, ps, pe, shares);
}

/* Does the sentence at @start open with an imperative "Say" or
 * "Imagine" whose supposition runs to @fs, no colon or ";" between? */
static gboolean
supposition_opens(const char *text, gsize start, gsize fs)
{
    gsize i = start;
    while (i < fs && (text[i] == ' ' || text[i] == '"' || text[i] == '(' || text[i] == '\''))
        i++;
    gsize b = i;
    while (i < fs && g_ascii_isalpha(text[i]))
        i++;
    if (!((i - b == 3 && strncmp(text + b, "Say", 3) == 0)
          || (i - b == 7 && strncmp(text + b, "Imagine", 7) == 0)))
        return FALSE;
    if (i >= fs || text[i] != ' ')
        return FALSE;
    gsize j = i + 1;
    if (word_at(text, j, fs, "what") || word_at(text, j, fs, "so")
        || word_at(text, j, fs, "that"))
        return FALSE;
    for (gsize k = i; k < fs; k++)
        if (text[k] == ':' || text[k] == ';' || text[k] == '?')
            return FALSE;
    return TRUE;
}

/* Where the last clause joined after the figure ending at @from, before
 * @at, opens: past a ";", or past "but", "though", "although", "yet",
 * "and" or "while" after a comma. G_MAXSIZE where none is joined. */
static gsize
next_clause_open(const char *text, gsize from, gsize at)
{
    static const char *const joins[] = {"but", "though", "although", "yet", "and", "while", NULL};
    gsize open = G_MAXSIZE;
    for (gsize i = from; i < at; i++) {
        if (text[i] == ';') {
            open = i + 1;
        } else if (text[i] == ',') {
            gsize j = i + 1;
            while (j < at && text[j] == ' ')
                j++;
            gsize k = j;
            while (k < at && g_ascii_isalpha(text[k]))
                k++;
            if (k > j && word_in_at(text, j, k, joins))
                open = k;
        }
    }
    return open;
}

/* Where the words after "which" open, when the last comma after the
 * figure ending at @from, before @at, is followed by "which": a relative
 * clause on the figure's whole clause ("…, which Pyongyang has denied").
 * G_MAXSIZE where there is none. */
static gsize
which_clause_open(const char *text, gsize from, gsize at)
{
    gsize comma = last_comma(text, from, at);
    if (comma == G_MAXSIZE)
        return G_MAXSIZE;
    gsize j = comma + 1;
    while (j < at && text[j] == ' ')
        j++;
    return word_at(text, j, at, "which") ? j + strlen("which") : G_MAXSIZE;
}

/* The words that take a claim up again in a later clause or sentence that
 * denies it, names it or finds nothing for it ("…, but Moscow denies
 * *this*", "…, though Kyiv called *the claim* false", "Pyongyang has
 * rejected *the report*."). */
static const char *const claim_taken_up[] = {
    "it",             "this",            "that",           "them",           "the report",
    "the reports",    "the claim",       "the claims",     "the figure",     "the figures",
    "the allegation", "the allegations", "the account",    "the estimate",   "the assessment",
    "the accusation", "the accusations", "the number",     "the date",       "that claim",
    "this claim",     "that report",     "this report",    "that figure",    "this figure",
    "such reports",   "these reports",   "those reports",  "such claims",    "these claims",
    "those claims",   "any such",        NULL};

gsize
cc_modality_taken_up_end(const char *text, gsize at, gsize end)
{
    gsize o = G_MAXSIZE;
    for (guint k = 0; claim_taken_up[k] != NULL; k++)
        if (word_at(text, at, end, claim_taken_up[k])
            && (o == G_MAXSIZE || at + strlen(claim_taken_up[k]) > o))
            o = at + strlen(claim_taken_up[k]);
    return o;
}

/* Is text[@at] the first letter of a word, @at after @start? */
static gboolean
word_starts(const char *text, gsize start, gsize at)
{
    return g_ascii_isalpha(text[at]) && (at == start || !g_ascii_isalpha(text[at - 1]));
}

gboolean
cc_modality_finds_nothing_for(const char *text, gsize start, gsize end)
{
    static const char *const nothing[] = {
        "no sign of",         "no signs of",          "no evidence of",     "no evidence for",
        "no indication of",   "no indications of",    "no proof of",        "nothing to confirm",
        "nothing to support", "nothing to suggest",   "nothing to back up", "no evidence to support",
        "no evidence to confirm", "no evidence to back up", NULL};
    /* the same after a negation before them: "have not seen anything to
     * confirm that", "we don't have any evidence of it" */
    static const char *const anything[] = {
        "anything to confirm", "anything to support", "anything to suggest", "any sign of",
        "any signs of",        "any evidence of",     "any evidence for",    "any indication of",
        "any proof of",        "any evidence to support", NULL};
    /* (no confirmation of it is a silence, not a doubt: "no independent
     * confirmation was available for Kyiv's claim" leaves it reported) */
    static const char *const speech[] = {"said", "says", "told", "added", "wrote", "stated", NULL};
    gsize e = end;
    while (e > start && (g_ascii_isspace(text[e - 1]) || text[e - 1] == '.' || text[e - 1] == '!'))
        e--;
    if (e == start || text[e - 1] == '?')
        return FALSE;
    for (gsize k = start; k < e; k++)
        if (g_ascii_isdigit(text[k]))
            return FALSE;
    gboolean negated = FALSE;
    guint words = 0;
    for (gsize i = start; i < e; i++) {
        if (text[i] == ',' || text[i] == ';' || text[i] == ':')
            return FALSE;
        if (!word_starts(text, start, i))
            continue;
        if (++words > 12)
            return FALSE;
        gsize h = G_MAXSIZE;
        for (guint k = 0; nothing[k] != NULL && h == G_MAXSIZE; k++)
            if (word_at(text, i, e, nothing[k]))
                h = i + strlen(nothing[k]);
        for (guint k = 0; negated && anything[k] != NULL && h == G_MAXSIZE; k++)
            if (word_at(text, i, e, anything[k]))
                h = i + strlen(anything[k]);
        /* or the claim's event found not to be, its noun after "no such"
         * taking the claim up again: "… has recorded no such attack",
         * "we found no such statement", "has not logged any such strike";
         * a verb of finding or being before it, since a party that "has
         * made no such statement" is only silent */
        static const char *const finding[] = {"found", "find", "finds", "recorded", "records",
                                              "logged", "registered", "seen", "saw", "is",
                                              "was", "are", "were", "been", NULL};
        gboolean such = FALSE;
        if (h == G_MAXSIZE && (word_at(text, i, e, "no such") || (negated && word_at(text, i, e, "any such")))) {
            gsize fs, fe = word_before(text, start, i, &fs);
            if (fe > fs && word_in_at(text, fs, fe, finding)) {
                h = i + (text[i] == 'n' || text[i] == 'N' ? strlen("no such") : strlen("any such"));
                such = TRUE;
            }
        }
        if (h == G_MAXSIZE) {
            /* the word, a straight or curly apostrophe in it: "don't" */
            gsize w = i;
            while (w < e && (g_ascii_isalpha(text[w]) || text[w] == '\''
                             || (w + 2 < e && (guchar)text[w] == 0xE2 && (guchar)text[w + 1] == 0x80
                                 && (guchar)text[w + 2] == 0x99)))
                w += (guchar)text[w] == 0xE2 ? 3 : 1;
            negated = negated || word_is(text, i, w, "not") || word_is(text, i, w, "never")
                      || (w - i > 3 && word_is(text, w - 3, w, "n't"))
                      || (w - i > 5 && memcmp(text + w - 5, "n\xE2\x80\x99t", 5) == 0);
            i = w - 1;
            continue;
        }
        /* what it finds nothing for: the claim taken up again */
        while (h < e && text[h] == ' ')
            h++;
        gsize o = G_MAXSIZE;
        if (such) {
            gsize w = h;
            while (w < e && (g_ascii_isalpha(text[w]) || text[w] == '-'))
                w++;
            if (w > h)
                o = w;
        } else
            o = cc_modality_taken_up_end(text, h, e);
        if (o == G_MAXSIZE)
            return FALSE;
        /* a time or a degree after it: "… no sign of that yet", "… of it
         * so far" */
        static const char *const after[] = {"yet",     "so far",        "as yet",        "at all",
                                            "for now", "at this point", "at this stage", NULL};
        gsize a = o;
        while (a < e && text[a] == ' ')
            a++;
        for (guint k = 0; after[k] != NULL; k++)
            if (word_at(text, a, e, after[k])) {
                o = a + strlen(after[k]);
                break;
            }
        if (o == e)
            return TRUE;
        /* a quote's close and its speaker: "…,\" a NATO official said" */
        gsize q = o;
        while (q < e && (text[q] == ',' || text[q] == '.'))
            q++;
        q += cc_double_quote_at(text, q, e);
        if (q == o || q >= e || text[q] != ' ')
            return FALSE;
        guint tail = 0;
        gboolean says = FALSE;
        for (gsize t = q; t < e; t++) {
            if (!word_starts(text, q, t))
                continue;
            if (++tail > 8)
                return FALSE;
            gsize w = t;
            while (w < e && g_ascii_isalpha(text[w]))
                w++;
            says = says || word_in_at(text, t, w, speech);
        }
        return says;
    }
    return FALSE;
}

/* Does a relative clause of denial on the figure's clause ("…, which Kyiv
 * denied"), opened at @open, its verb at @at and the words after the verb
 * at @j, close with no object of the verb: only the act denied as a verb
 * in -ing ("which Moscow denied launching"), the time of the denial
 * ("which Kyiv denied on Tuesday", "… at once") or, the verb passive
 * ("which was denied by Kyiv"), its agent, up to six words? */
static gboolean
relative_denial_closes(const char *text, gsize open, gsize at, gsize j, gsize end)
{
    static const char *const times[] = {
        "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
        "on Saturday", "on Sunday", "last week", "last month", "this week",
        "at once", "immediately", "at the time", "in a statement", "the same day",
        "the next day", "days later", "earlier", "later", NULL};
    static const char *const auxiliaries[] = {"was", "were", "is", "are", "has", "have",
                                              "had", "been", "being", NULL};
    /* the verb passive: nothing but auxiliaries before it */
    gboolean passive = TRUE;
    for (gsize i = open; i < at && passive;) {
        while (i < at && text[i] == ' ')
            i++;
        gsize w = i;
        while (w < at && g_ascii_isalpha(text[w]))
            w++;
        if (w > i)
            passive = word_in_at(text, i, w, auxiliaries);
        i = w > i ? w : i + 1;
    }
    if (passive) {
        if (!word_at(text, j, end, "by"))
            return FALSE;
        guint words = 0;
        gsize i = j + 2;
        for (;;) {
            while (i < end && text[i] == ' ')
                i++;
            if (i >= end || text[i] == '.' || text[i] == ',' || text[i] == ';')
                return words > 0;
            gsize t = G_MAXSIZE;
            for (guint k = 0; times[k] != NULL && t == G_MAXSIZE; k++)
                if (word_at(text, i, end, times[k]))
                    t = i;
            if (t != G_MAXSIZE) {
                j = t;
                break;
            }
            if (g_ascii_isdigit(text[i]) || text[i] == '"' || ++words > 6)
                return FALSE;
            while (i < end && text[i] != ' ' && text[i] != '.' && text[i] != ','
                   && text[i] != ';')
                i++;
        }
        if (words == 0)
            return FALSE;
    }
    /* the act denied, a verb in -ing alone, "out" of "carrying out" with
     * it: "…, which Moscow denied launching" denies the claim's act */
    if (!passive) {
        gsize w = j;
        while (w < end && g_ascii_isalpha(text[w]))
            w++;
        if (w - j > 4 && g_ascii_strncasecmp(text + w - 3, "ing", 3) == 0) {
            j = w;
            while (j < end && text[j] == ' ')
                j++;
            if (word_at(text, j, end, "out"))
                j += 3;
            while (j < end && text[j] == ' ')
                j++;
            if (j >= end || text[j] == '.' || text[j] == ',' || text[j] == ';')
                return TRUE;
        }
    }
    for (guint k = 0; times[k] != NULL; k++)
        if (word_at(text, j, end, times[k])) {
            gsize e = j + strlen(times[k]);
            while (e < end && text[e] == ' ')
                e++;
            return e >= end || text[e] == '.' || text[e] == ',' || text[e] == ';';
        }
    return FALSE;
}

/* Is the denial at [@at, @to), after a figure that ends at @from, another
 * party's denial in a clause of its own that "but", "though", "although",
 * "yet", "and" or ";" joins after the figure's, its subject a few words
 * with no figure or comma, its object only the claim taken up again ("it",
 * "this", "the reports") or none? "Kyiv says about 2,000 … have been
 * killed, but Moscow denies this": the claim is Kyiv's, set against the
 * denial, as "…, a claim Moscow denies" is. */
static gboolean
denied_in_next_clause(const char *text, gsize from, gsize at, gsize to, gsize end)
{
    gsize open = next_clause_open(text, from, at);
    /* or a relative clause on the figure's whole clause, its "which" the
     * claim taken up ("…, which Kyiv denied"), the verb then taking
     * nothing more */
    gsize relative = which_clause_open(text, from, at);
    if (relative != G_MAXSIZE && (open == G_MAXSIZE || relative > open))
        open = relative;
    else
        relative = G_MAXSIZE;
    if (open == G_MAXSIZE)
        return FALSE;
    /* the denier: one to six words, no figure, comma or quote */
    guint words = 0;
    gboolean in_word = FALSE;
    for (gsize i = open; i < at; i++) {
        if (g_ascii_isdigit(text[i]) || text[i] == ',' || text[i] == '"' || text[i] == ';')
            return FALSE;
        gboolean w = g_ascii_isalpha(text[i]) || text[i] == '\'';
        if (w && !in_word)
            words++;
        in_word = w;
    }
    if (words == 0 || words > 6)
        return FALSE;
    /* what it denies: the claim taken up again, or nothing */
    gsize j = to;
    while (j < end && text[j] == ' ')
        j++;
    if (j >= end || text[j] == '.' || text[j] == ',' || text[j] == ';')
        return TRUE;
    if (relative != G_MAXSIZE)
        return relative_denial_closes(text, open, at, j, end);
    gsize e = cc_modality_taken_up_end(text, j, end);
    if (e == G_MAXSIZE)
        return FALSE;
    while (e < end && text[e] == ' ')
        e++;
    /* "denies it sent …" opens a clause of its own */
    return e >= end || text[e] == '.' || text[e] == ',' || text[e] == ';'
           || word_at(text, e, end, "as") || word_at(text, e, end, "outright")
           || word_at(text, e, end, "flatly");
}

/* Where the text from @i goes on past a closing quotation mark right at
 * it (straight or curly, double or single), else @i. */
static gsize
past_closing_quote(const char *text, gsize i, gsize end)
{
    if (i < end && (text[i] == '"' || text[i] == '\''))
        return i + 1;
    if (i + 3 <= end && (guchar)text[i] == 0xE2 && (guchar)text[i + 1] == 0x80
        && ((guchar)text[i + 2] == 0x9D || (guchar)text[i + 2] == 0x99))
        return i + 3;
    return i;
}

/* Where the text before a verdict at @at ends, no earlier than @from,
 * leaving out the verdict's own indefinite article and an opening
 * quotation mark before it ("called the figure \"a fabrication\"",
 * "called the figure a fabrication": "the figure"). */
static gsize
before_verdict(const char *text, gsize from, gsize at)
{
    gsize k = at;
    while (k > from && text[k - 1] == ' ')
        k--;
    gsize w = k;
    while (w > from && g_ascii_isalpha(text[w - 1]))
        w--;
    if (w < k && (w == from || !g_ascii_isalnum(text[w - 1]))
        && ((k - w == 1 && g_ascii_tolower(text[w]) == 'a')
            || (k - w == 2 && g_ascii_strncasecmp(text + w, "an", 2) == 0)))
        k = w;
    if (k > from && (text[k - 1] == '"' || text[k - 1] == '\''))
        return k - 1;
    if (k >= from + 3 && (guchar)text[k - 3] == 0xE2 && (guchar)text[k - 2] == 0x80
        && ((guchar)text[k - 1] == 0x9C || (guchar)text[k - 1] == 0x98))
        return k - 3;
    return k;
}

/* Is the disputing word at [@at, @to), after a figure that ends at
 * @from, another party's verdict on the claim in a clause of its own that
 * "but", "though", "although", "yet", "and", "while" or ";" joins after
 * the figure's: its subject a few words with no figure or comma, a verb
 * of naming ("called", "termed", "branded", "labelled") and the claim
 * taken up again ("the claim", "it", "the figure"), the word closing the
 * clause? "Moscow said the first clash came on November 3, though
 * Ukraine's General Staff called the claim false": the date is Moscow's,
 * set against the verdict, as it is against "…, though Kyiv denied it". */
static gboolean
called_in_next_clause(const char *text, gsize from, gsize at, gsize to, gsize end)
{
    static const char *const naming[] = {"called", "calls", "termed", "terms", "branded",
                                         "brands", "labelled", "labeled", "labels", NULL};
    gsize open = next_clause_open(text, from, at);
    if (open == G_MAXSIZE)
        return FALSE;
    /* the verdict closes its clause, in quotation marks or not ("…, but
     * Moscow calls the figure \"fake news\".") */
    gsize e = to;
    while (e < end && text[e] == ' ')
        e++;
    e = past_closing_quote(text, e, end);
    if (e < end && text[e] != '.' && text[e] != ',' && text[e] != ';')
        return FALSE;
    /* the party, one to six words with no figure, comma or quote, then
     * the verb of naming */
    guint words = 0;
    gsize i = open;
    for (;;) {
        while (i < at && text[i] == ' ')
            i++;
        if (i >= at)
            return FALSE;
        gsize ws = i;
        while (i < at && text[i] != ' ') {
            if (g_ascii_isdigit(text[i]) || text[i] == ',' || text[i] == '"' || text[i] == ';')
                return FALSE;
            i++;
        }
        if (word_in_at(text, ws, i, naming)) {
            if (words == 0)
                return FALSE;
            break;
        }
        if (++words > 6)
            return FALSE;
    }
    /* what it names: the claim taken up again, and nothing else (the
     * verdict's article and opening quotation mark no part of it) */
    while (i < at && text[i] == ' ')
        i++;
    gsize oe = before_verdict(text, i, at);
    while (oe > i && text[oe - 1] == ' ')
        oe--;
    return oe > i && cc_modality_taken_up_end(text, i, oe) == oe;
}

/* Is the negation at [@at, @to) a grammatical one ("not", "no", "never",
 * "neither", "nor", "without", "hasn't", "refused to", "failed to") rather
 * than a verb of denying, and is its own verb, within five words after it
 * and no comma, "and", "but" or "that" between, one of the lexicon's
 * `silence_verbs` ("confirmed", "commented", "responded", "acknowledged")?
 * A source that has not confirmed a claim, or has not commented on it,
 * says nothing of whether it happened: "Neither Moscow nor Pyongyang has
 * confirmed that some 11,000 …", "state media have not commented on the
 * reported dispatch of 12,000 …". */
static gboolean
negates_speech(const CcLexicon *lexicon, const char *text, gsize start, gsize at, gsize to,
               gsize end)
{
    static const char *const negators[] = {"not", "no", "never", "neither", "nor", "none",
                                           "nothing", "without", "cannot", "refused to",
                                           "refuses to", "failed to", NULL};
    gboolean negator = word_in_at(text, at, to, negators)
                       || (to - at > 3 && g_ascii_strncasecmp(text + to - 3, "n't", 3) == 0)
                       || (to - at > 5 && memcmp(text + to - 5, "n\xE2\x80\x99t", 5) == 0);
    if (!negator || !cc_lexicon_has_table(lexicon, "silence_verbs"))
        return FALSE;
    /* "has said nothing about reports that …" */
    gsize ws, we = word_before(text, start, at, &ws);
    if (we > ws && word_is(text, at, to, "nothing")
        && cc_lexicon_lookup(lexicon, "silence_verbs", text + ws, (gssize)(we - ws)) != NULL)
        return TRUE;
    /* "had nothing (further) to add", "nothing more to share": what a
     * spokesperson adds or shares is words ("add" and "share" are no
     * silence verbs of their own: "did not add troops") */
    if (word_is(text, at, to, "nothing")) {
        static const char *const further[] = {"further", "more", "new", "else", NULL};
        gsize w1s, w1e = word_after(text, to, &w1s);
        if (w1e > w1s && word_in_at(text, w1s, w1e, further))
            w1e = word_after(text, w1e, &w1s);
        gsize w2s, w2e = w1e > w1s && word_is(text, w1s, w1e, "to") ? word_after(text, w1e, &w2s)
                                                                      : 0;
        if (w2e > 0 && w2e > w2s
            && (word_is(text, w2s, w2e, "add") || word_is(text, w2s, w2e, "share")
                || cc_lexicon_lookup(lexicon, "silence_verbs", text + w2s, (gssize)(w2e - w2s))
                       != NULL))
            return TRUE;
    }
    static const char *const stops[] = {"and", "but", "that", "which", "who", NULL};
    gsize i = to;
    for (guint words = 0; words < 5 && i < end; words++) {
        while (i < end && text[i] == ' ')
            i++;
        gsize b = i;
        while (i < end && g_ascii_isalpha(text[i]))
            i++;
        if (i == b || word_in_at(text, b, i, stops))
            return FALSE;
        if (cc_lexicon_lookup(lexicon, "silence_verbs", text + b, (gssize)(i - b)) != NULL)
            return TRUE;
    }
    return FALSE;
}

/* Is text[@a, @b) empty, or a pronoun that takes up the speaker and its
 * auxiliaries, three words at most ("it", "it could", "they have")? */
static gboolean
only_subject_and_auxiliaries(const char *text, gsize a, gsize b)
{
    static const char *const words[] = {"it", "they", "he", "she", "we", "could", "can",
                                        "would", "will", "has", "have", "had", "did",
                                        "does", "do", "is", "are", "was", "were", "still",
                                        NULL};
    guint n = 0;
    gsize i = a;
    for (;;) {
        while (i < b && text[i] == ' ')
            i++;
        if (i >= b)
            return TRUE;
        gsize ws = i;
        while (i < b && g_ascii_isalpha(text[i]))
            i++;
        if (i == ws || ++n > 3 || !word_in_at(text, ws, i, words))
            return FALSE;
    }
}

/* Is text[@a, @b) a negation of confirming written as one phrase of
 * the modality lexicon ("cannot corroborate", "could not verify", "has
 * not confirmed")? */
static gboolean
tells_silence(const char *text, gsize a, gsize b)
{
    static const char *const negators[] = {"not", "cannot", "never", "no", NULL};
    static const char *const verbs[] = {"confirm", "confirmed", "verify", "verified",
                                        "corroborate", "corroborated", "comment",
                                        "commented", "independently", NULL};
    gboolean negated = FALSE, verb = FALSE;
    gsize i = a;
    while (i < b) {
        while (i < b && !g_ascii_isalpha(text[i]))
            i++;
        gsize ws = i;
        while (i < b && (g_ascii_isalpha(text[i]) || text[i] == '\''))
            i++;
        if (i == ws)
            break;
        if (word_in_at(text, ws, i, negators)
            || (i - ws > 3 && g_ascii_strncasecmp(text + i - 3, "n't", 3) == 0))
            negated = TRUE;
        else if (word_in_at(text, ws, i, verbs))
            verb = TRUE;
    }
    return negated && verb;
}

/* Is text[@a, @b) a speaker named as none, "no" before its noun ("a
 * figure no government has cited", "No official has given …") or
 * "nobody"? A capital "No" before a name is a Korean surname ("No
 * Kwang-chol"), and "No 10" an address; neither is read so. */
static gboolean
no_one_named(const char *text, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++) {
        if (i > a && g_ascii_isalpha(text[i - 1]))
            continue;
        if (word_at(text, i, b, "nobody"))
            return TRUE;
        if (i + 3 < b && text[i + 2] == ' ' && g_ascii_islower(text[i + 3])
            && (memcmp(text + i, "no", 2) == 0 || (i == a && memcmp(text + i, "No", 2) == 0)))
            return TRUE;
    }
    return FALSE;
}

/* A speaker whose verb a negation of confirming reaches ("Neither Moscow
 * nor *Pyongyang has confirmed* that some 11,000 …") says nothing: it is
 * no source of the claim; nor does one named as none ("no government"). */
static void
drop_silent_speakers(const char *text, const GArray *cues, GArray *said)
{
    /* the owner of what the silence is about speaks: "Moscow has not
     * commented on *Kyiv's claim* that 500 …", and so after "without
     * comment", as Russian agencies' English has it: "Peskov left without
     * comment *Washington's claim* that about 10,000 …" */
    static const char *const about[] = {"on", "to", "about", "of", "regarding", "comment", NULL};
    for (guint i = said->len; i-- > 0;) {
        const Said *a = &g_array_index(said, Said, i);
        if (no_one_named(text, a->who_start, a->who_end)) {
            g_array_remove_index(said, i);
            continue;
        }
        gsize ps, pe = word_before(text, a->start > 60 ? a->start - 60 : 0, a->who_start, &ps);
        if (pe > ps && word_is(text, ps, pe, "the"))
            pe = word_before(text, ps > 60 ? ps - 60 : 0, ps, &ps);
        if (pe > ps && word_in_at(text, ps, pe, about) && a->who_end < a->end
            && (text[a->who_end] == '\'' || (guchar)text[a->who_end] == 0xE2))
            continue;
        for (guint j = 0; j < cues->len; j++) {
            const Cue *c = &g_array_index(cues, Cue, j);
            if (c->silent
                && ((c->start < a->end && c->end <= a->end
                     && words_between(text, c->end, a->end) <= 5
                     && !comma_between(text, c->end, a->end))
                    /* "Moscow has said nothing about …" */
                    || (c->start >= a->end && words_between(text, a->end, c->start) == 0
                        && !comma_between(text, a->end, c->start)))) {
                g_array_remove_index(said, i);
                break;
            }
            /* "…, a number Seoul says it cannot corroborate", "a figure
             * Seoul said it could not verify": the speaker tells only of
             * its own silence */
            if (c->start >= a->end && !comma_between(text, a->end, c->start)
                && only_subject_and_auxiliaries(text, a->end, c->start)
                && (c->silent || tells_silence(text, c->start, c->end))) {
                g_array_remove_index(said, i);
                break;
            }
        }
    }
}

/* Is the cue text[@s, @e) the month "May", in its capital and a day or
 * a year in figures after it ("(May 2025)", "May 12"), with no preposition
 * before it to tell it by ("in may" and the like are the lexicon's)? */
static gboolean
month_may(const char *text, gsize s, gsize e, gsize end)
{
    if (e != s + 3 || memcmp(text + s, "May", 3) != 0)
        return FALSE;
    while (e < end && text[e] == ' ')
        e++;
    return e > s + 3 && e < end && g_ascii_isdigit(text[e]);
}

/* Is the cue text[@s, @e) the Korean surname "No", no negation: in its
 * capital, before a given name in capitals whose syllables a hyphen joins
 * ("No Kwang-chol said …", "No Jae-Hyun"), each of two to five letters,
 * or after a title and before a name in capitals ("Defence Minister No
 * Kwang Chol")? "No North Korean troops …" opens a sentence, "No
 * Russian-made shells" joins no syllables and a headline's "Russia Says
 * No North Korean Troops …" has no title before it: all stay negations. */
static gboolean
korean_surname_no(const char *text, gsize start, gsize s, gsize e, gsize end)
{
    if (e != s + 2 || memcmp(text + s, "No", 2) != 0 || e + 1 >= end || text[e] != ' '
        || !g_ascii_isupper(text[e + 1]))
        return FALSE;
    gsize a = e + 1, b = a + 1;
    while (b < end && g_ascii_islower(text[b]))
        b++;
    if (b < end && text[b] == '-' && b - a >= 2 && b - a <= 5) {
        gsize c = b + 1, d = c + 1;
        while (d < end && g_ascii_islower(text[d]))
            d++;
        if (c < end && g_ascii_isalpha(text[c]) && d - c >= 2 && d - c <= 5
            && (d == end || !g_ascii_isalpha(text[d])))
            return TRUE;
    }
    /* a title right before it: a headline in title case ("Russia Says No
     * North Korean Troops Are in Kursk") puts capitals before a negation
     * too */
    static const char *const titles[] = {
        "Minister",  "General", "Gen.",      "Ambassador", "Envoy",   "Colonel",  "Col.",
        "Lieutenant", "Lt.",    "Director",  "Chairman",   "Chief",   "Commander", "Admiral",
        "Secretary", "President", "Premier", "Spokesman",  "Rep.",    "Representative",
        "Lawmaker",  "Mr.",     "Mr",        "Ms.",        "Ms",      "Dr.",      "Marshal",
        NULL};
    gsize ws, we = word_before(text, start, s, &ws);
    if (we <= ws || we + 1 != s)
        return FALSE;
    for (guint k = 0; titles[k] != NULL; k++)
        if (we - ws == strlen(titles[k]) && memcmp(text + ws, titles[k], we - ws) == 0)
            return TRUE;
    return FALSE;
}

static void
find_cues(const CcModalityScope *scope, const char *text, gsize start, gsize end,
          gboolean anywhere, GArray *out)
{
    g_array_set_size(out, 0);
    if (scope->cues.all == NULL)
        return;
    gsize pos = start;
    Cue cue = {0};
    while (pos < end && phrases_next(&scope->cues, text, pos, end, anywhere, &cue.start, &cue.end)) {
        pos = cue.end > cue.start ? cue.end : cue.start + 1;
        const CcLexiconEntry *e = cc_lexicon_lookup(scope->lexicon, "modality", text + cue.start,
                                                    (gssize)(cue.end - cue.start));
        if (e == NULL || !parse_cue_value(e->value, &cue.modality, &cue.side))
            continue;
        if (alternative_if_not(text, start, cue.start, cue.end, end)
            || counterfactual_not(text, start, cue.start, cue.end)
            || month_may(text, cue.start, cue.end, end)
            || korean_surname_no(text, start, cue.start, cue.end, end))
            continue;
        /* the source's silence, not a denial: the claim is its maker's */
        cue.silent = cue.modality == CC_MODALITY_NEGATED
                     && negates_speech(scope->lexicon, text, start, cue.start, cue.end, end);
        if (cue.silent)
            cue.modality = CC_MODALITY_REPORTED;
        cue.contrast = cue.modality == CC_MODALITY_NEGATED
                       && contrastive_not(text, start, cue.start, cue.end, end);
        cue.until = cue.modality == CC_MODALITY_NEGATED ? not_but_end(text, cue.start, cue.end, end)
                                                        : 0;
        cue.forward_only = that_follows(text, cue.end, end)
                           || coordinated_predicate(text, start, cue.start, cue.end, end)
                           || cue.contrast;
        g_array_append_val(out, cue);
    }
}

/* Nouns of what a source issues ("estimates", "reports"), which a
 * pattern may read as a speaker's verb ("Seoul estimates …"). */
static const char *const issued_nouns[] = {"estimates", "estimate", "reports",  "figures",
                                           "data",      "imagery",  "assessments", "assessment",
                                           "statistics", "numbers", "tallies",  "claims",
                                           "report",    "images",   NULL};

/* The word that starts at or after @at (spaces skipped) up to a NUL, as
 * [@at', @return). */
static gsize
word_after(const char *text, gsize at, gsize *ws)
{
    while (text[at] == ' ')
        at++;
    *ws = at;
    while (g_ascii_isalpha(text[at]))
        at++;
    return at;
}

/* The end of the speaker text[a, b) with the issued noun after it that a
 * pattern read as its verb: "by US estimates", "Pentagon estimates are far
 * lower" ("by" or "per" before the name, or "is" or "put" after the
 * noun, makes it a noun); "Seoul estimates that …", "Kyiv reports 3,000
 * dead" keep their verb, and "Seoul's estimate is lower" its owner. */
static gsize
with_issued_noun(const char *text, gsize a, gsize b)
{
    static const char *const before[] = {"by", "per", NULL};
    static const char *const after[] = {"are",   "were",   "is",    "was",   "put",
                                        "puts",  "place",  "placed", "range", "ranged", NULL};
    /* "Seoul's estimate is lower": the possessive's owner speaks */
    if (b - a > 2 && (text[b - 1] == 's' || text[b - 1] == 'S')
        && (text[b - 2] == '\'' || (b - a > 4 && memcmp(text + b - 4, "\xE2\x80\x99s", 4) == 0)))
        return b;
    gsize ns, ne = word_after(text, b, &ns);
    if (ns == b || ne == ns || !word_in_at(text, ns, ne, issued_nouns) || text[ne] == '\'')
        return b;
    gsize ps, pe = word_before(text, a > 40 ? a - 40 : 0, a, &ps);
    gsize xs, xe = word_after(text, ne, &xs);
    if ((pe > ps && word_in_at(text, ps, pe, before)) || (xe > xs && word_in_at(text, xs, xe, after)))
        return ne;
    /* a people's adjective cannot be a subject that estimates or claims:
     * "Western estimates that 2,000 …", "South Korean claims that 1,500 …"
     * name the noun ("Seoul estimates that …" keeps its verb) */
    gsize ls, le = word_before(text, a, b, &ls);
    static const char *const demonym_ends[] = {"ern", "ean", "ian", "ese", "ish", NULL};
    if (le > ls + 4 && g_ascii_isupper(text[ls]))
        for (guint k = 0; demonym_ends[k] != NULL; k++)
            if (g_ascii_strncasecmp(text + le - 3, demonym_ends[k], 3) == 0)
                return ne;
    return b;
}

/* The start of the speaker text[@a, @b) past a time that opens it, no
 * comma between ("Last week officials said", "Earlier this month
 * officials said"): when it spoke, no part of its name. */
static gsize
past_opening_time(const char *text, gsize a, gsize b)
{
    static const char *const soon[] = {"earlier", "later", NULL};
    static const char *const which[] = {"last", "this", "past", NULL};
    static const char *const spans[] = {"week", "month", "year", "weekend", NULL};
    gsize s0 = a;
    while (s0 < b && (g_ascii_isspace(text[s0]) || text[s0] == ','))
        s0++;
    gsize ws, we = word_after(text, s0, &ws);
    if (we > ws && word_in_at(text, ws, we, soon))
        we = word_after(text, we, &ws);
    gsize ss, se = word_after(text, we, &ss);
    if (!(we > ws && word_in_at(text, ws, we, which) && se > ss && se < b
          && word_in_at(text, ss, se, spans) && text[se] == ' '))
        return a;
    while (se < b && text[se] == ' ')
        se++;
    return se;
}

static char *
clean_who(const char *text, gsize a, gsize b)
{
    while (a < b && (g_ascii_isspace(text[a]) || text[a] == ','))
        a++;
    a = past_opening_time(text, a, b);
    /* "by his count", "in her account", "Its own count is …": a
     * possessive pronoun stands for its owner, read as the pronoun that
     * speaks ("he", "she", "they"; "its" stays, the owner of a count),
     * whom the extractor finds in the sentences before */
    static const char *const owners[][2] = {
        {"his", "he"}, {"her", "she"}, {"their", "they"}, {"its", "its"}};
    for (gsize k = 0; k < G_N_ELEMENTS(owners); k++)
        if (b - a == strlen(owners[k][0])
            && g_ascii_strncasecmp(text + a, owners[k][0], b - a) == 0)
            return g_strdup(owners[k][1]);
    /* a footnote's mark after the name, its sentence's last word: "…,
     * according to Ukrainian intelligence.⁹" (cc_footnote_mark_at()) */
    for (gboolean marked = TRUE; marked && b > a + 3;) {
        const guchar *u = (const guchar *)text;
        marked = FALSE;
        if (u[b - 2] == 0xC2 && (u[b - 1] == 0xB9 || u[b - 1] == 0xB2 || u[b - 1] == 0xB3))
            b -= 2, marked = TRUE;
        else if (u[b - 3] == 0xE2 && u[b - 2] == 0x81
                 && (u[b - 1] == 0xB0 || (u[b - 1] >= 0xB4 && u[b - 1] <= 0xB9)))
            b -= 3, marked = TRUE;
    }
    while (b > a && (g_ascii_isspace(text[b - 1]) || strchr(",.;:", text[b - 1]))) {
        /* "The U.S.": an abbreviation keeps its last dot */
        if (text[b - 1] == '.' && b - a >= 3 && text[b - 3] == '.' && g_ascii_isalpha(text[b - 2]))
            break;
        /* and so does "et al." after authors' names: "Park et al." */
        if (text[b - 1] == '.' && b - a >= 7 && memcmp(text + b - 7, " et al.", 7) == 0)
            break;
        b--;
    }
    if (b > a)
        b = with_issued_noun(text, a, b);
    /* "Ukrainian intelligence seen by the newspaper": the outlet that saw
     * it is no part of the source's name; "figures released by Kyiv",
     * "preliminary data cited by Kyiv": the body that issued them is */
    static const char *const seen[] = {"seen", "obtained", "reviewed", NULL};
    static const char *const released[] = {"released", "cited",  "published", "provided",
                                           "compiled", "issued", NULL};
    for (gsize i = a + 1; i + 4 < b; i++) {
        if (text[i] != ' ')
            continue;
        gsize vs, ve = word_after(text, i, &vs);
        if (ve >= b || !word_at(text, ve, b, " by") || ve + 4 >= b)
            continue;
        if (word_in_at(text, vs, ve, seen)) {
            b = i;
            break;
        }
        gsize ds, de = word_before(text, a, i, &ds);
        if (word_in_at(text, vs, ve, released) && de > ds && word_in_at(text, ds, de, issued_nouns)) {
            a = ve + 4;
            break;
        }
    }
    /* "Ukrainian intelligence shared with the newspaper", "data passed
     * to Reuters": the outlet it was handed to is no part of the
     * source's name either */
    static const char *const handed[] = {"shared", "passed", "leaked", "given", "handed", NULL};
    for (gsize i = a + 1; i + 4 < b; i++) {
        if (text[i] != ' ')
            continue;
        gsize vs, ve = word_after(text, i, &vs);
        if (ve + 4 < b && word_in_at(text, vs, ve, handed)
            && (word_at(text, ve, b, " with") || word_at(text, ve, b, " to"))) {
            /* (unless the body that handed it over is named after:
             * "estimates given to the paper by Ukrainian officials") */
            gsize by = G_MAXSIZE;
            for (gsize j = ve + 4; j + 4 < b && by == G_MAXSIZE; j++)
                if (text[j] == ' ' && word_at(text, j, b, " by") && text[j + 3] == ' ')
                    by = j + 4;
            if (by != G_MAXSIZE)
                a = by;
            else
                b = i;
            break;
        }
    }
    /* "Zelensky in early January", "the agency on Monday": the day the
     * speaker spoke is no part of the name */
    static const char *const days[] = {"january",  "february", "march",    "april",   "may",
                                       "june",     "july",     "august",   "september",
                                       "october",  "november", "december", "monday",  "tuesday",
                                       "wednesday", "thursday", "friday",  "saturday", "sunday"};
    for (gsize i = a + 1; i + 4 < b; i++) {
        if (text[i] != ' ' || !(word_at(text, i + 1, b, "in") || word_at(text, i + 1, b, "on")))
            continue;
        gsize j = i + 4;
        while (j < b && text[j] == ' ')
            j++;
        if (word_at(text, j, b, "early") || word_at(text, j, b, "late")
            || word_at(text, j, b, "mid"))
            while (j < b && text[j] != ' ' && text[j] != '-')
                j++;
        while (j < b && (text[j] == ' ' || text[j] == '-'))
            j++;
        gboolean day = FALSE;
        for (gsize k = 0; k < G_N_ELEMENTS(days) && !day; k++)
            day = word_at(text, j, b, days[k]);
        if (day) {
            b = i;
            break;
        }
    }
    /* "Pentagon figures released on Tuesday", "the spy agency last week":
     * when the speaker spoke, or issued what it did, is no part of its
     * name (what it issued is: "US estimates", "an analysis of CSIS data") */
    static const char *const issued[] = {"released", "published", "issued",  "yesterday",
                                         "today",    "earlier",   "unsealed", "filed", NULL};
    static const char *const spans[] = {"week", "month", "year", "weekend", NULL};
    static const char *const which[] = {"last", "this", NULL};
    /* "the indictment unsealed Tuesday": a weekday right after what was
     * issued is when */
    static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                           "friday", "saturday", "sunday", NULL};
    for (;;) {
        gsize w = b;
        while (w > a && text[w - 1] != ' ')
            w--;
        if (w <= a)
            break;
        gsize cut = G_MAXSIZE;
        if (word_in_at(text, w, b, issued))
            cut = w;
        else if (word_in_at(text, w, b, spans)) {
            gsize v = w - 1;
            while (v > a && text[v - 1] != ' ')
                v--;
            if (v > a && word_in_at(text, v, w - 1, which))
                cut = v;
        } else if (word_in_at(text, w, b, weekdays)) {
            gsize v = w - 1;
            while (v > a && text[v - 1] != ' ')
                v--;
            if (v > a && word_in_at(text, v, w - 1, issued))
                cut = v;
        }
        if (cut == G_MAXSIZE)
            break;
        b = cut;
        while (b > a && text[b - 1] == ' ')
            b--;
    }
    /* "Moscow's claim": the possessive is not part of the name. */
    if (b - a > 2 && text[b - 2] == '\'' && (text[b - 1] == 's' || text[b - 1] == 'S'))
        b -= 2;
    else if (b - a > 4 && memcmp(text + b - 4, "\xE2\x80\x99s", 4) == 0)
        b -= 4;
    static const char *const articles[] = {"the ", "a ", "an "};
    for (gsize k = 0; k < G_N_ELEMENTS(articles); k++) {
        gsize n = strlen(articles[k]);
        if (b - a > n && g_ascii_strncasecmp(text + a, articles[k], n) == 0) {
            a += n;
            while (a < b && g_ascii_isspace(text[a]))
                a++;
            break;
        }
    }
    /* "Unconfirmed reports put …": a report's doubt is no source; a
     * doubt before a speaker of its own is the outlet's word, not the
     * speaker's ("Unverified Russian military blogs claimed …" is the
     * blogs') */
    static const char *const doubts[] = {"unconfirmed", "unverified", "uncorroborated", NULL};
    static const char *const hearsay[] = {"report", "reports", "claim", "claims", "rumour",
                                          "rumours", "rumor", "rumors", "account", "accounts",
                                          "allegation", "allegations", NULL};
    gsize ds0, de0 = word_after(text, a, &ds0);
    if (de0 <= b && word_in_at(text, ds0, de0, doubts)) {
        gsize hs = b;
        while (hs > de0 && text[hs - 1] != ' ')
            hs--;
        if (hs <= de0 || word_in_at(text, hs, b, hearsay))
            return NULL;
        a = de0;
        while (a < b && g_ascii_isspace(text[a]))
            a++;
        de0 = word_after(text, a, &ds0);
    }
    /* "Our estimate is …", "My assessment is that …": a possessive
     * pronoun before an estimate's noun names no one; the one who speaks
     * is found elsewhere or not at all ("its commander", "its military"
     * still speak: the office is read with its owner elsewhere) */
    static const char *const possessives[] = {"our", "my", "their", "his", "her",
                                              "its", "your", NULL};
    static const char *const own_views[] = {"estimate", "estimates", "assessment",
                                            "assessments", "reckoning", "count", "tally",
                                            "calculation", "calculations", "view", NULL};
    if (de0 <= b && word_in_at(text, ds0, de0, possessives)) {
        gboolean named = FALSE;
        for (gsize i = de0; i < b && !named; i++)
            named = g_ascii_isupper(text[i]);
        gsize ls = b;
        while (ls > de0 && text[ls - 1] != ' ')
            ls--;
        if (!named && word_in_at(text, ls, b, own_views))
            return NULL;
        /* the writer's own count or study, whatever it was of: "according
         * to our tally of rail and sea shipments", "our analysis of
         * shipping data", a think tank's "our model", "our dataset" (not
         * "our sources", "our correspondent") */
        static const char *const writers[] = {"our", "my", NULL};
        static const char *const own_works[] = {
            "estimate", "estimates", "count",    "tally",         "reckoning", "calculation",
            "calculations", "analysis", "analyses", "review",     "data",      "research",
            "investigation", "records", "figures", "database",    "tracking",  "monitoring",
            "dataset", "datasets", "imagery", "model", "models", "modelling", "modeling",
            "projection", "projections", NULL};
        if (!named && word_in_at(text, ds0, de0, writers)) {
            gsize ns0, ne0 = word_after(text, de0, &ns0);
            if (ne0 <= b && ne0 - ns0 == 3 && g_ascii_strncasecmp(text + ns0, "own", 3) == 0)
                ne0 = word_after(text, ne0, &ns0);
            if (ne0 <= b && word_in_at(text, ns0, ne0, own_works))
                return NULL;
        }
    }
    return b > a ? g_strndup(text + a, b - a) : NULL;
}

/* Is text[b, e) a word that may stand in a source named after a dash or
 * colon ("Seoul's military", "UK intelligence", "report")? A word in
 * capitals, or one of these. */
static const char *const tail_words[] = {
    "report",  "reports",   "media",     "sources",  "source",  "officials", "official",
    "spy",     "agency",    "intelligence", "military", "ministry", "lawmaker", "lawmakers",
    "study",   "analysts",  "monitors",  "think",    "tank",    "defence",   "defense",
    "general", "staff",     "chief",     "minister", "envoy",   "army",      "commander",
    "government", "of",     "the",       "and",      NULL};
/* Labels before a colon whose name is a credit, not a source. */
static const char *const credit_words[] = {"photo", "photos", "photograph", "image", "picture",
                                           "pictured", "credit", "video", "illustration",
                                           "graphic", "map", NULL};
/* A name after a dash that opens no source: a date, or a desk's word. */
static const char *const tail_not_first[] = {
    "jan",  "feb",  "mar",  "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",
    "nov",  "dec",  "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "update", "updated", "live", "analysis",
    "explainer", "opinion", "watch", "listen", "exclusive", "breaking", "and", "or", "but",
    "the", "of", NULL};

/* A source named at the very end of text[ss, se), after a dash or a
 * colon, as a headline or a pull quote names it ("North Korean losses in
 * Kursk top 4,000 — Kyiv", "…, including 600 dead: Seoul", "\"…\" -
 * Kim Byung-kee, lawmaker"): no stop, quote or figure after the dash (a
 * sentence of running text ends with its stop), one to six words, each in
 * capitals or a source's word ("Seoul's spy agency", "report"), and after
 * a comma the speaker's office, no part of the name. A photo's credit
 * ("Photo: Reuters") is none. */
static gboolean
trailing_source(const char *text, gsize ss, gsize se, Said *out)
{
    gsize e = se;
    while (e > ss && g_ascii_isspace(text[e - 1]))
        e--;
    /* a ticker's spaced ellipsis after its item: "… - UKRAINE INTEL ..." */
    if (e - ss > 4 && memcmp(text + e - 4, " ...", 4) == 0)
        e -= 4;
    else if (e - ss > 4 && memcmp(text + e - 4, " \xE2\x80\xA6", 4) == 0)
        e -= 4;
    while (e > ss && g_ascii_isspace(text[e - 1]))
        e--;
    if (e == ss || !(g_ascii_isalpha(text[e - 1]) || (guchar)text[e - 1] >= 0x80))
        return FALSE;
    gsize lim = e - ss > 100 ? e - 100 : ss;
    gsize sep = G_MAXSIZE, ts = 0;
    for (gsize k = e; k-- > lim;) {
        guchar c = (guchar)text[k];
        if (g_ascii_isdigit(c) || c == '"' || c == ';' || c == '(' || c == ')' || c == '!'
            || c == '?')
            return FALSE;
        if (c == ':' && k + 1 < e && text[k + 1] == ' ') {
            sep = k;
            ts = k + 1;
            break;
        }
        if (c == '-' && k > ss && text[k - 1] == ' ' && k + 1 < e && text[k + 1] == ' ') {
            sep = k - 1;
            ts = k + 1;
            break;
        }
        /* an en or em dash, spaced or not */
        if (c == 0xE2 && k + 2 < e && (guchar)text[k + 1] == 0x80
            && ((guchar)text[k + 2] == 0x93 || (guchar)text[k + 2] == 0x94)) {
            sep = k;
            ts = k + 3;
            break;
        }
        if (c == 0xE2 && k + 2 < e && (guchar)text[k + 1] == 0x80
            && ((guchar)text[k + 2] == 0x9C || (guchar)text[k + 2] == 0x9D))
            return FALSE; /* a curly quote */
    }
    if (sep == G_MAXSIZE || sep <= ss)
        return FALSE;
    /* something before the dash, and no credit's label before a colon */
    gsize b = sep;
    while (b > ss && text[b - 1] == ' ')
        b--;
    if (b == ss)
        return FALSE;
    if (text[sep] == ':') {
        gsize wb, we = word_before(text, ss, sep, &wb);
        if (wb < we && word_in_at(text, wb, we, credit_words))
            return FALSE;
    }
    while (ts < e && text[ts] == ' ')
        ts++;
    gsize we_ = e; /* the name ends at a comma, its office after it */
    for (gsize k = ts; k < e; k++)
        if (text[k] == ',') {
            we_ = k;
            break;
        }
    guint words = 0;
    for (gsize k = ts; k < we_;) {
        while (k < we_ && text[k] == ' ')
            k++;
        if (k >= we_)
            break;
        gsize w0 = k;
        while (k < we_ && text[k] != ' ')
            k++;
        gsize w1 = w0;
        while (w1 < k && (g_ascii_isalpha(text[w1]) || (guchar)text[w1] >= 0x80))
            w1++;
        if (words == 0 && word_in_at(text, w0, w1, tail_not_first)
            && !(word_is(text, w0, w1, "the") && k + 1 < we_ && g_ascii_isupper(text[k + 1])))
            return FALSE;
        /* a source and what it speaks on: "'Around 300 killed' — Seoul
         * lawmaker on N. Korea's Kursk toll"; the topic no part of the name */
        if (words > 0 && word_is(text, w0, w1, "on") && w1 == k) {
            we_ = w0;
            break;
        }
        if (!g_ascii_isupper(text[w0]) && !word_in_at(text, w0, k, tail_words))
            return FALSE;
        if (++words > 6)
            return FALSE;
    }
    if (words == 0)
        return FALSE;
    while (we_ > ts && text[we_ - 1] == ' ')
        we_--;
    *out = (Said){.start = sep, .end = e, .who_start = ts, .who_end = we_};
    return TRUE;
}

/* Months, in full and abbreviated, as a bracketed source dates its figure. */
static const char *const month_words[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", NULL};

/* News agencies a sentence may name alone in brackets at its end as its
 * source ("… killed in Kursk (Reuters)."), and the intelligence services
 * and research bodies analysts' notes and fact boxes cite so ("KPA troops
 * in Kursk: ~11,000 (NIS).", "North Korean Koksans in Russia: 120
 * (GUR)"). */
static const char *const bracket_agencies[] = {
    "reuters", "ap",  "afp", "yonhap", "tass", "kcna", "bloomberg", "interfax", "ukrinform",
    "ria",     "nhk", "kyodo", "nis",  "gur",  "hur",  "jcs",       "isw",      "rusi",
    "sbu",     "kida", "csis", "oryx", NULL};

/* The head words of a body that speaks, by which a bracket of two to six
 * words at a fact box's or digest's item's end names its source unlabelled
 * ("… about 10,000 (US State Department)", "9,700 containers (South
 * Korean defence ministry)"). */
static const char *const bracket_source_heads[] = {
    "ministry", "department", "agency", "intelligence", "staff", "command", "office",
    "officials", "government", "pentagon", "kremlin", "council", "mod", NULL};

/* A source named in brackets at the very end of text[ss, se), its stop
 * aside: after "source:", "sources:", "via", "per" or "according to"
 * ("… 3,000 killed (source: NIS)."), one to six words, each in capitals
 * or a source's word; or a news agency's or intelligence service's name
 * alone ("(Reuters)", "(NIS)"); or two to six such words, one of them a
 * speaking body's head word ("(US State Department)", "(Ukraine's
 * SBU)"). A bracket of any other word alone is the thing's own name or
 * place ("(KPA)", "(Russia)"), no source. Square brackets, as reference
 * works and fact sheets set a source, count as round ones ("… 2,500
 * [Ukraine's HUR, Feb. 2025]"). */
static gboolean
bracketed_source(const char *text, gsize ss, gsize se, Said *out)
{
    gsize e = se;
    while (e > ss && (g_ascii_isspace(text[e - 1]) || text[e - 1] == '.'))
        e--;
    if (e <= ss + 2 || (text[e - 1] != ')' && text[e - 1] != ']'))
        return FALSE;
    const char close = text[e - 1], opener = close == ')' ? '(' : '[';
    gsize open = e - 1;
    while (open > ss && e - open < 80 && text[open - 1] != opener && text[open - 1] != close)
        open--;
    if (open == ss || text[open - 1] != opener)
        return FALSE;
    gsize par = open - 1;
    if (par == ss)
        return FALSE;
    gsize ts = open, te = e - 1;
    while (ts < te && text[ts] == ' ')
        ts++;
    static const char *const labels[] = {"source:", "sources:", "via ", "per ",
                                         "according to ", NULL};
    gboolean labelled = FALSE;
    for (guint k = 0; labels[k] != NULL; k++) {
        gsize n = strlen(labels[k]);
        if (te - ts > n && g_ascii_strncasecmp(text + ts, labels[k], n) == 0) {
            ts += n;
            labelled = TRUE;
            break;
        }
    }
    while (ts < te && text[ts] == ' ')
        ts++;
    while (te > ts && text[te - 1] == ' ')
        te--;
    if (te == ts)
        return FALSE;
    /* the month of the figure after a comma is no part of the name: "(NIS,
     * Dec)", "(GUR, Feb 2025)", a day before it and all ("(NIS, 13 Dec.
     * 2024)") */
    for (gsize c = te; c > ts; c--) {
        if (text[c - 1] != ',')
            continue;
        gsize m0 = c;
        while (m0 < te && text[m0] == ' ')
            m0++;
        gsize d = m0;
        while (d < te && d - m0 < 2 && g_ascii_isdigit(text[d]))
            d++;
        if (d > m0 && d < te && text[d] == ' ') {
            m0 = d;
            while (m0 < te && text[m0] == ' ')
                m0++;
        }
        gsize m1 = m0;
        while (m1 < te && g_ascii_isalpha(text[m1]))
            m1++;
        gsize rest = m1;
        if (rest < te && text[rest] == '.')
            rest++;
        while (rest < te && (text[rest] == ' ' || g_ascii_isdigit(text[rest])))
            rest++;
        if (m1 > m0 && rest == te && word_in_at(text, m0, m1, month_words))
            te = c - 1;
        break;
    }
    guint words = 0;
    gboolean headed = FALSE;
    for (gsize k = ts; k < te;) {
        while (k < te && text[k] == ' ')
            k++;
        gsize w0 = k;
        while (k < te && text[k] != ' ')
            k++;
        for (gsize c = w0; c < k; c++)
            if (g_ascii_isdigit(text[c]) || text[c] == ',' || text[c] == ';' || text[c] == ':')
                return FALSE;
        if (!g_ascii_isupper(text[w0]) && !word_in_at(text, w0, k, tail_words))
            return FALSE;
        if (word_in_at(text, w0, k, bracket_source_heads)
            || (words > 0 && word_in_at(text, w0, k, bracket_agencies)))
            headed = TRUE;
        if (++words > 6)
            return FALSE;
    }
    if (!labelled && !(words == 1 && word_in_at(text, ts, te, bracket_agencies))
        && !(words >= 2 && headed))
        return FALSE;
    /* figures each with a source in brackets of its own ("4,000+ (GUR),
     * 3,000 (NIS)") are no sentence of one source */
    for (gsize k = ss; k + 1 < par; k++) {
        if (text[k] != '(')
            continue;
        gsize c = k + 1;
        while (c < par && (g_ascii_isalpha(text[c]) || text[c] == ' '))
            c++;
        if (c < par && text[c] == ')' && c > k + 1 && word_in_at(text, k + 1, c, bracket_agencies))
            return FALSE;
    }
    *out = (Said){.start = par, .end = e, .who_start = ts, .who_end = te};
    return TRUE;
}

/* A pull quote's source on the rest of its line, after the quote that ends
 * the sentence text[ss, se) with its stop ("\"About 3,000 … wounded.\" —
 * Shin Won-sik"): a dash, then a source as trailing_source() reads one, up
 * to the line's end. (The text goes on past @se to its NUL, as every
 * caller's does.) */
static gboolean
quote_source_after(const char *text, gsize ss, gsize se, Said *out)
{
    gsize q = se;
    while (q > ss && g_ascii_isspace(text[q - 1]))
        q--;
    gsize k = q;
    if (k > ss && text[k - 1] == '"')
        k--;
    else if (k >= ss + 3 && memcmp(text + k - 3, "\xE2\x80\x9D", 3) == 0)
        k -= 3;
    else
        return FALSE;
    if (k == ss || (text[k - 1] != '.' && text[k - 1] != '!' && text[k - 1] != '?'))
        return FALSE;
    gsize i = q;
    while (text[i] == ' ' || text[i] == '\t')
        i++;
    gboolean dash = (text[i] == '-'
                     && (text[i + 1] == ' ' || (text[i + 1] == '-' && text[i + 2] == ' ')))
                    || ((guchar)text[i] == 0xE2 && (guchar)text[i + 1] == 0x80
                        && ((guchar)text[i + 2] == 0x93 || (guchar)text[i + 2] == 0x94));
    if (!dash)
        return FALSE;
    gsize e = i;
    while (e - i < 120 && text[e] != '\0' && text[e] != '\n' && text[e] != '\r')
        e++;
    return e - i < 120 && trailing_source(text, q - 1, e, out) && out->start >= q;
}

/* Does "with" or "to" end at text[@e], after @start: "shared with", "passed
 * to"? */
static gboolean
handed_word_before(const char *text, gsize start, gsize e)
{
    gsize w = e;
    while (w > start && g_ascii_isalpha(text[w - 1]))
        w--;
    return (e - w == 4 && memcmp(text + w, "with", 4) == 0)
           || (e - w == 2 && memcmp(text + w, "to", 2) == 0);
}

/* A credit run into the speaker's name ("Photo: Yonhap News The National
 * Intelligence Service has estimated …"): "The" in capitals after a
 * name's first word opens the speaker's own name. Not after "with" or
 * "to", which tie the outlet to what was handed to it ("intelligence
 * shared with The Financial Times"; the outlet that saw or reviewed
 * documents, "by The Insider", still speaks for them). */
static void
cut_at_capital_the(const char *text, Said *said)
{
    for (gsize k = said->who_end; k-- > said->who_start + 1;)
        if (text[k - 1] == ' ' && k + 4 < said->who_end && memcmp(text + k, "The ", 4) == 0
            && g_ascii_isupper(text[k + 4]) && !handed_word_before(text, said->who_start, k - 1)) {
            said->who_start = k;
            return;
        }
}

/* A word that opens a clause of its own before the speaker is no part of
 * it, nor of the saying: in "…lists 101 dead, *though* analysts suspect
 * the real toll is higher" the analysts speak after the terminator, which
 * then cuts them off from the figure before it (blocked_before_speaker()). */
static void
cut_clause_opener(const char *text, Said *said)
{
    static const char *const openers[] = {"though", "although", "but", "while", "whereas",
                                          "yet"};
    for (gsize k = 0; k < G_N_ELEMENTS(openers); k++) {
        gsize n = strlen(openers[k]);
        if (said->who_end > said->who_start + n + 1 && text[said->who_start + n] == ' '
            && word_at(text, said->who_start, said->who_end, openers[k])) {
            gsize w = said->who_start + n;
            while (w < said->who_end && text[w] == ' ')
                w++;
            who_starts_at(said, w);
            return;
        }
    }
}

/* A people's plural right after a figure is what the figure counts, no
 * part of the name that follows it: in "the 12,000 *North Koreans* Kyiv
 * says were sent" Kyiv speaks, and the reduced relative clause after the
 * counted noun is its own (reduced_relative_speaker()). The plural is a
 * capitalized word in "-ans" ("Koreans", "Russians", "Ukrainians")
 * before a further capitalized word, and a figure, with at most one word
 * of its own between ("11,000 North Koreans", "600 Russians"), stands
 * right before the name. */
static void
cut_counted_people(const char *text, gsize ss, Said *said)
{
    gsize ws = said->who_start, we = said->who_end;
    /* the figure before the name, one word at most between */
    gsize b = ws;
    while (b > ss && text[b - 1] == ' ')
        b--;
    gsize k = b;
    if (k > ss && g_ascii_isalpha(text[k - 1])) {
        while (k > ss && g_ascii_isalpha(text[k - 1]))
            k--;
        while (k > ss && text[k - 1] == ' ')
            k--;
    }
    if (!(k > ss && g_ascii_isdigit(text[k - 1])))
        return;
    for (gsize i = ws; i < we; i++) {
        if (!(i == ws || text[i - 1] == ' ') || !g_ascii_isupper(text[i]))
            continue;
        gsize e = i;
        while (e < we && g_ascii_isalpha(text[e]))
            e++;
        if (e - i < 5 || e >= we || text[e] != ' ' || memcmp(text + e - 3, "ans", 3) != 0)
            continue;
        gsize n = e;
        while (n < we && text[n] == ' ')
            n++;
        if (n < we && g_ascii_isupper(text[n]))
            who_starts_at(said, n);
        return;
    }
}

/* A list of names that opens the sentence and ends in the speaker's own
 * "X and Y" is the speaker whole: "*Kyiv, Washington* and Seoul say …",
 * "*Ukraine, the* United States and South Korea have accused …" (the
 * pattern's name takes no comma, nor a "the" after one). Each item before
 * is one to four capitalized words, "the" before them allowed, set off
 * by a comma; the first opens the sentence and is no opening word of a
 * clause, day or month ("In Kyiv, …", "On Monday, …", "Meanwhile, …"). */
static void
widen_to_name_list(const char *text, gsize ss, Said *said)
{
    static const char *const openers[] = {
        "In",        "On",       "At",        "By",         "For",       "From",
        "After",     "Before",   "Since",     "When",       "While",     "If",
        "As",        "Of",       "Like",      "Unlike",     "Despite",   "But",
        "And",       "Yet",      "So",        "According",  "Meanwhile", "However",
        "Still",     "Now",      "Earlier",   "Later",      "Overall",   "Altogether",
        "Together",  "Elsewhere", "Instead",  "Indeed",     "Moreover",  "Furthermore",
        "Nonetheless", "Nevertheless", "Thus", "Hence",     "Then",      "Also",
        "Today",     "Yesterday", "Monday",   "Tuesday",    "Wednesday", "Thursday",
        "Friday",    "Saturday", "Sunday",    "January",    "February",  "March",
        "April",     "May",      "June",      "July",       "August",    "September",
        "October",   "November", "December",  "Last",       "This",      "That",
        "These",     "Those",    "The",       "With",       "Without",   "Under",
        "Among",     "Amid",     "Although",  "Though",     "Once",      "Until",
        "During",    "Against",  "Beyond",    "Besides",    "Separately", "Asked",
        "Finally",  "First",     "Second",     "Third",     "Next",
        "Here",      "There",    "It",        "He",         "She",       "They",
        "We",        "Its",      "Their",     "His",        "Her",       "Our",
        NULL};
    gsize ws = said->who_start, we = said->who_end;
    /* the speaker's own "X and Y" */
    gboolean and = FALSE;
    for (gsize i = ws; i + 5 < we && !and; i++)
        and = memcmp(text + i, " and ", 5) == 0
              && (g_ascii_isupper(text[i + 5])
                  || (i + 9 < we && memcmp(text + i + 5, "the ", 4) == 0
                      && g_ascii_isupper(text[i + 9])));
    if (!and)
        return;
    gsize at = ws;
    gboolean found = FALSE;
    for (guint items = 0; items < 4 && !found; items++) {
        gsize k = at;
        /* "the " right before the item */
        if (k >= ss + 4 && memcmp(text + k - 4, "the ", 4) == 0
            && (k - 4 == ss || text[k - 5] == ' '))
            k -= 4;
        if (!(k >= ss + 2 && text[k - 1] == ' ' && text[k - 2] == ','))
            return;
        /* one to four capitalized words before the comma */
        gsize b = k - 2;
        guint words = 0;
        while (words < 4) {
            gsize wb = b;
            while (wb > ss && (g_ascii_isalpha(text[wb - 1]) || text[wb - 1] == '.'
                               || text[wb - 1] == '-' || text[wb - 1] == '\''))
                wb--;
            if (wb == b || !g_ascii_isupper(text[wb]))
                break;
            b = wb;
            words++;
            if (!(b > ss + 1 && text[b - 1] == ' ' && g_ascii_isupper(text[b - 2]) == FALSE
                  && g_ascii_isalpha(text[b - 2])))
                break;
            gsize pb = b - 1;
            while (pb > ss && g_ascii_isalpha(text[pb - 1]))
                pb--;
            if (!g_ascii_isupper(text[pb]))
                break;
            b--;
        }
        if (words == 0)
            return;
        if (b >= ss + 4 && memcmp(text + b - 4, "the ", 4) == 0
            && (b - 4 == ss || text[b - 5] == ' '))
            b -= 4;
        at = b;
        /* the first item opens the sentence, a quotation mark aside */
        gsize s0 = ss;
        while (s0 < at && (text[s0] == ' ' || text[s0] == '"'))
            s0++;
        if (s0 + 3 <= at && (guchar)text[s0] == 0xE2 && (guchar)text[s0 + 1] == 0x80
            && (guchar)text[s0 + 2] == 0x9C)
            s0 += 3;
        found = s0 == at;
    }
    if (!found)
        return;
    gsize fe = at;
    while (fe < we && g_ascii_isalpha(text[fe]))
        fe++;
    if (word_in_at(text, at, fe, openers) || (fe - at > 2 && memcmp(text + fe - 2, "ly", 2) == 0))
        return;
    who_starts_at(said, at);
}

/* Words before a speaker that say who among many spoke, kept as part of
 * its description: the numeral "one" ("one South Korean lawmaker told
 * reporters"), and the sources that are close to it ("sources close to
 * the Russian defence ministry said", "a source close to the Kremlin"),
 * as "people close to" and "a person familiar with" are kept whole. The
 * pattern's "who" may start past them, as no description of its own. */
static void
widen_to_speakers_kind(const char *text, gsize ss, Said *said)
{
    static const char *const kinds[] = {"sources close to the ", "sources close to ",
                                        "a source close to the ", "a source close to ",
                                        "source close to the ", "source close to ", "one "};
    gsize ws = said->who_start;
    for (guint k = 0; k < G_N_ELEMENTS(kinds); k++) {
        gsize n = strlen(kinds[k]);
        if (ws < ss + n || g_ascii_strncasecmp(text + ws - n, kinds[k], n) != 0)
            continue;
        gsize at = ws - n;
        /* a word of its own: not "someone", "anyone" */
        if (at > ss && (g_ascii_isalnum(text[at - 1]) || text[at - 1] == '-'))
            continue;
        /* "the" is not a speaker's own word: it stays out of "one" */
        said->who_start = at;
        if (said->start > at)
            said->start = at;
        return;
    }
    /* an anonymous source or official before what it knows, the name the
     * pattern took being only that: "a source familiar with Ukrainian
     * intelligence assessments said", "officials briefed on NATO's
     * estimate" are the source's and the officials' */
    static const char *const knows[] = {" familiar with the ", " familiar with ", " briefed on the ",
                                        " briefed on ", " with knowledge of the ",
                                        " with knowledge of "};
    static const char *const who[] = {"source", "sources", "official", "officials", "diplomat",
                                      "diplomats", "officer", "officers", NULL};
    static const char *const articles[] = {"a", "an", "one", "two", "three", "several", NULL};
    for (guint k = 0; k < G_N_ELEMENTS(knows); k++) {
        gsize n = strlen(knows[k]);
        if (ws < ss + n || g_ascii_strncasecmp(text + ws - n, knows[k], n) != 0)
            continue;
        gsize nb, ne = word_before(text, ss, ws - n, &nb);
        if (ne != ws - n || !word_in_at(text, nb, ne, who))
            return;
        gsize ab, ae = word_before(text, ss, nb, &ab);
        gsize at = (ae != ss && ae + 1 == nb && word_in_at(text, ab, ae, articles)) ? ab : nb;
        said->who_start = at;
        if (said->start > at)
            said->start = at;
        return;
    }
}

/* A speaker named by where it sits, the pattern having taken the place
 * alone for a name before its verb: "Officials in Kyiv put the number at
 * …", "Posts on X put the figure at …" are the officials' in Kyiv and the
 * posts' on X, as "officials in Kyiv said" is (modality.rules reads a
 * speaker "in" a region whole where its verb is one of saying). The noun
 * right before "in", "on" or "at" ("the" between or not) is one of who
 * speaks or posts, kept with up to three words before it that say which
 * (its side, rank or reach: "senior Western officials in Seoul", "viral
 * posts on X", "one widely shared post on Reddit"). */
static void
widen_to_placed_speaker(const char *text, gsize ss, Said *said)
{
    static const char *const preps[] = {"in", "on", "at", NULL};
    static const char *const nouns[] = {
        "officials", "official",  "sources",   "source",   "diplomats", "diplomat",
        "officers",  "analysts",  "experts",   "observers", "authorities", "lawmakers",
        "posts",     "post",      "videos",    "video",    "clips",     "clip",
        "channels",  "accounts",  "bloggers",  "commentators", NULL};
    static const char *const kinds[] = {
        "senior",   "military", "intelligence", "government", "defence", "defense",
        "security", "local",    "top",          "unnamed",    "anonymous", "viral",
        "western",  "ukrainian", "russian",     "american",   "korean",   "south",
        "pro-kremlin", "pro-russian", "pro-ukrainian", "one", "widely", "shared", NULL};
    gsize at = said->who_start;
    if (!g_ascii_isupper(text[at]))
        return;
    gsize ws, we = word_before(text, ss, at, &ws);
    if (we > ws && word_is(text, ws, we, "the"))
        we = word_before(text, ss, ws, &ws);
    if (!(we > ws && we < at && word_in_at(text, ws, we, preps)))
        return;
    gsize nb, ne = word_before(text, ss, ws, &nb);
    if (!(ne > nb && ne + 1 == ws && word_in_at(text, nb, ne, nouns)))
        return;
    at = nb;
    for (int k = 0; k < 3 && at >= ss + 2 && text[at - 1] == ' '; k++) {
        gsize b = at - 1;
        while (b > ss && (g_ascii_isalpha(text[b - 1]) || text[b - 1] == '-'))
            b--;
        if (b == at - 1 || !word_in_at(text, b, at - 1, kinds))
            break;
        at = b;
    }
    who_starts_at(said, at);
    if (said->start > at)
        said->start = at;
}

/* A further rival after a gapped one, its verb left out too: "…, the
 * Pentagon at about 1,200 *and Zelensky at* 3,800". From @from, where the
 * rival before's figure starts, within 40 bytes: a comma or semicolon
 * (none inside the figure) or " and" after a digit, an optional "the", one
 * to four words in capitals, "at" or not and a figure (a word or two of
 * its approximator first). Sets @out as the (?<gapped>) pattern would. */
static gboolean
next_gapped(const char *text, gsize from, gsize se, Said *out)
{
    static const char *const not_names[] = {
        "If",       "In",       "On",      "At",       "By",      "But",     "And",
        "While",    "When",     "This",    "That",     "It",      "He",      "She",
        "They",     "January",  "February", "March",   "April",   "May",     "June",
        "July",     "August",   "September", "October", "November", "December", "Monday",
        "Tuesday",  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    gsize i = from, sep = G_MAXSIZE, j = 0;
    gboolean digit = FALSE;
    for (; i < se && i < from + 40; i++) {
        char c = text[i];
        if (g_ascii_isdigit(c)) {
            digit = TRUE;
        } else if ((c == ',' || c == '.') && i > from && g_ascii_isdigit(text[i - 1])
                   && i + 1 < se && g_ascii_isdigit(text[i + 1])) {
            continue; /* "1,200", "1.5" */
        } else if (c == ',' || c == ';') {
            sep = i, j = i + 1;
            break;
        } else if (c == ' ' && i + 5 <= se && strncmp(text + i, " and ", 5) == 0) {
            sep = i, j = i + 5;
            break;
        } else if (!g_ascii_isalpha(c) && c != ' ' && c != '-') {
            return FALSE;
        }
    }
    if (sep == G_MAXSIZE || !digit)
        return FALSE;
    while (j < se && text[j] == ' ')
        j++;
    if (text[sep] == ',' && j + 4 <= se && strncmp(text + j, "and ", 4) == 0)
        j += 4;
    if (j + 4 <= se && strncmp(text + j, "the ", 4) == 0)
        j += 4;
    gsize who = j, who_end = j;
    guint words = 0;
    while (j < se && g_ascii_isupper(text[j]) && words < 4) {
        gsize e = j;
        while (e < se && text[e] != ' ' && text[e] != ',' && text[e] != ';')
            e++;
        if (words == 0)
            for (gsize k = 0; k < G_N_ELEMENTS(not_names); k++)
                if (strlen(not_names[k]) == e - j && strncmp(text + j, not_names[k], e - j) == 0)
                    return FALSE;
        words++;
        who_end = e;
        j = e;
        if (j < se && text[j] == ' ')
            j++;
    }
    if (words == 0)
        return FALSE;
    /* "at" may be left out with the verb: "…, Seoul roughly 2,000 and
     * Washington fewer than 1,500" */
    static const char *const approximators[] = {
        "about",  "some",  "roughly", "around", "nearly", "almost", "more", "fewer", "less",
        "over",   "under", "up",      "as",     "just",   "only",   "perhaps", "close", NULL};
    gsize at_end = j + 3 <= se && strncmp(text + j, "at ", 3) == 0 ? j + 3 : j;
    /* (with no "at", only the figure or its approximator: "Seoul's is
     * 3,000" is read elsewhere) */
    gsize ws, we = word_after(text, j, &ws);
    if (at_end == j && !g_ascii_isdigit(text[j]) && text[j] != '"' && (guchar)text[j] < 0x80
        && !word_in_at(text, ws, we, approximators))
        return FALSE;
    /* a digit within two words after "at" (a quote mark may open it:
     * "and Washington "more than 1,000"") */
    guint spaces = 0;
    for (gsize k = at_end; k < se && spaces <= 2; k++) {
        if (g_ascii_isdigit(text[k])) {
            *out = (Said){.start = sep, .end = at_end, .who_start = who, .who_end = who_end,
                          .gapped = TRUE};
            return TRUE;
        }
        if (text[k] == ' ')
            spaces++;
        else if (!g_ascii_isalpha(text[k]) && text[k] != '"' && (guchar)text[k] < 0x80)
            return FALSE;
    }
    return FALSE;
}

/* Every match of the attribution patterns in text[ss, se) with a "who",
 * pattern by pattern, each searched from where its last match ended. A
 * pattern runs only where the words it needs are, and its matches start
 * no later than their last occurrence. */
/* Is the speaker the outlet's own piece in a correction, "this report"
 * after "version of" ("A previous version of this report stated that
 * 4,100 …")? The figure it gave is the one taken back, no one's. */
static gboolean
own_earlier_version(const char *text, gsize ss, const Said *said)
{
    gsize ws, we = word_before(text, ss, said->who_start, &ws);
    if (!(we > ws && word_is(text, ws, we, "of")))
        return FALSE;
    we = word_before(text, ss, ws, &ws);
    return we > ws && word_is(text, ws, we, "version");
}

static void
find_said(const CcModalityScope *scope, const char *text, gsize ss, gsize se, GArray *out)
{
    g_array_set_size(out, 0);
    if (scope->attributions == NULL || scope->attributions->len == 0)
        return;
    SaidMemo *memo = scope->said_memo;
    if (memo->text != text) {
        g_hash_table_remove_all(memo->spans);
        memo->text = text;
    }
    SaidKey key = {ss, se};
    const GArray *known = g_hash_table_lookup(memo->spans, &key);
    if (known != NULL) {
        g_array_append_vals(out, known->data, known->len);
        return;
    }
    cc_prefilter_scan(scope->said_words, text + ss, se - ss);
    for (guint i = 0; i < scope->attributions->len; i++) {
        const CcPattern *p = scope->attributions->pdata[i];
        int who = scope->said_who[i];
        if (who < 0 || !cc_prefilter_holds(scope->said_words, scope->said_needs[i]))
            continue;
        gboolean relay = scope->said_relay[i], account = scope->said_account[i],
                 gapped = scope->said_gapped[i];
        CcMatch *m = scope->attribution_matches->pdata[i];
        gsize latest = cc_prefilter_latest_start(scope->said_words, scope->said_needs[i]);
        cc_match_set_start_limit(m, latest == G_MAXSIZE ? G_MAXSIZE : ss + latest);
        gsize pos = ss;
        while (pos < se && cc_pattern_match(p, m, text, se, pos) == CC_MATCH_FOUND) {
            Said said = {.relay = relay, .account = account, .gapped = gapped};
            if (!cc_match_group(m, 0, &said.start, &said.end))
                break;
            pos = said.end > pos ? said.end : pos + 1;
            /* "North Korea added 2,000 troops to its force": an "added"
             * that puts something onto something says nothing */
            if (said.end >= said.start + 5
                && (said.end - 5 == said.start || !g_ascii_isalpha(text[said.end - 6]))
                && word_is(text, said.end - 5, said.end, "added")
                && adds_to_list(text, said.end, se))
                continue;
            if (cc_match_group(m, who, &said.who_start, &said.who_end)
                && said.who_end > said.who_start && !own_earlier_version(text, ss, &said)) {
                cut_at_capital_the(text, &said);
                cut_clause_opener(text, &said);
                cut_counted_people(text, ss, &said);
                widen_to_speakers_kind(text, ss, &said);
                widen_to_placed_speaker(text, ss, &said);
                widen_to_name_list(text, ss, &said);
                g_array_append_val(out, said);
                /* "…, the Pentagon at about 1,200 and Zelensky at 3,800" */
                Said next;
                for (guint k = 0; gapped && k < 4 && next_gapped(text, said.end, se, &next); k++) {
                    g_array_append_val(out, next);
                    said = next;
                    pos = MAX(pos, next.end);
                }
            }
        }
    }
    Said tail;
    if (trailing_source(text, ss, se, &tail) || bracketed_source(text, ss, se, &tail))
        g_array_append_val(out, tail);
    /* a list's items run together by semicolons each close with a source
     * of their own in brackets: "Tally so far: 9,700 containers from North
     * Korea (South Korean defence ministry); 1,500 drones a week …" */
    gsize item = ss;
    for (gsize k = ss; k < se; k++) {
        if (text[k] != ';')
            continue;
        if (bracketed_source(text, item, k, &tail))
            g_array_append_val(out, tail);
        item = k + 1;
    }
    /* … and the last item's, where its source is no whole sentence's */
    if (item > ss && bracketed_source(text, item, se, &tail)
        && !bracketed_source(text, ss, se, &(Said){0}))
        g_array_append_val(out, tail);
    GArray *copy = g_array_sized_new(FALSE, FALSE, sizeof(Said), out->len);
    g_array_append_vals(copy, out->data, out->len);
    g_hash_table_insert(memo->spans, g_memdup2(&key, sizeof key), copy);
}

/* Words that open a noun phrase without naming anyone. */
static const char *const determiners[] = {"the", "a",       "an",    "some", "many",
                                          "several", "other", "most", "this", "these",
                                          "those"};

static gboolean
is_determiner(const char *word, gsize len)
{
    for (gsize k = 0; k < G_N_ELEMENTS(determiners); k++)
        if (strlen(determiners[k]) == len && g_ascii_strncasecmp(word, determiners[k], len) == 0)
            return TRUE;
    return FALSE;
}

/* Does text[a, b) name someone: a word in capitals ("Seoul", "South
 * Korea's spy agency", "NIS") that is not a determiner? "the agency",
 * "defence spokesperson" and "pro-Kremlin bloggers" name no one. A word
 * that opens the sentence at @sentence_start is capitalised anyway: alone
 * ("Baseless" of "Baseless claims") it names no one, before other words
 * ("Ukraine's defence ministry") it does. Pass G_MAXSIZE to count every
 * such word, so that "Officials" or "Pyongyang" opening a sentence is
 * never replaced. */
static gboolean
names_someone(const char *text, gsize a, gsize b, gsize sentence_start)
{
    gsize i = a;
    while (i < b) {
        while (i < b && !g_unichar_isalpha(g_utf8_get_char(text + i)))
            i = (gsize)(g_utf8_next_char(text + i) - text);
        gsize w = i;
        while (i < b && (g_unichar_isalnum(g_utf8_get_char(text + i)) || text[i] == '-'
                         || text[i] == '.'))
            i = (gsize)(g_utf8_next_char(text + i) - text);
        gboolean more = FALSE; /* another word follows in the span */
        for (gsize k = i; k < b && !more; k++)
            more = g_ascii_isalpha(text[k]);
        if (i > w && (w != sentence_start || more) && g_unichar_isupper(g_utf8_get_char(text + w))
            && !is_determiner(text + w, i - w))
            return TRUE;
    }
    return FALSE;
}

/* A speaker that names no one keeps its whole noun phrase: when "who" is
 * one bare noun, the determiner before it comes back ("some assessments",
 * "the agency"), so that the reader sees a description, not a bare noun
 * passed off as a name. */
static char *
generic_who(const char *text, gsize lo, gsize a, gsize b)
{
    a = past_opening_time(text, a, b);
    g_autofree char *who = clean_who(text, a, b);
    if (who == NULL)
        return NULL;
    /* clean_who() drops an article inside the span: take it back. */
    gsize ds = a;
    while (ds < b && (g_ascii_isspace(text[ds]) || text[ds] == ','))
        ds++;
    gsize de = ds;
    while (de < b && g_ascii_isalpha(text[de]))
        de++;
    g_autofree char *det = NULL;
    if (de > ds && de < b && is_determiner(text + ds, de - ds))
        det = g_ascii_strdown(text + ds, (gssize)(de - ds));
    /* Or the determiner just before the span. */
    gsize e = a;
    while (e > lo && g_ascii_isspace(text[e - 1]))
        e--;
    gsize w = e;
    while (w > lo && g_ascii_isalpha(text[w - 1]))
        w--;
    if (det == NULL && w < e && e < a && is_determiner(text + w, e - w)
        && (w == lo || !g_ascii_isalnum(text[w - 1])))
        det = g_ascii_strdown(text + w, (gssize)(e - w));
    /* Only a bare noun needs it ("defence spokesperson" is a description
     * already); in lower case, as a description: "the agency". "The" stays
     * on a longer description too ("the spy agency"): it points back to
     * the speaker named before with that head noun. */
    if (det == NULL || (strchr(who, ' ') != NULL && strcmp(det, "the") != 0))
        return g_steal_pointer(&who);
    return g_strdup_printf("%s %s", det, who);
}


/* Does the attribution at @as open with "according to" or "per" (also
 * after "as": "As per the NIS"), a phrase that names a source rather than
 * a speaker's verb? */
static gboolean
source_phrase_at(const char *text, gsize as)
{
    return g_ascii_strncasecmp(text + as, "according to ", 13) == 0
           || g_ascii_strncasecmp(text + as, "per ", 4) == 0
           || g_ascii_strncasecmp(text + as, "as per ", 7) == 0;
}

/* Is the attribution at @as an "According to X," that opens the sentence
 * at @ss? It speaks for the whole sentence, past a "but" or a "while"
 * ("According to the spy agency, the toll stood at about 300 in January,
 * but it has since been put at roughly 600"); a speaker nearer a later
 * figure still wins it. So do "Per X," and "As per X," (whose match opens
 * at "per"), as Indian and Gulf outlets write it: "As per Seoul's
 * estimates, 4,700 … were killed or injured while about 2,000 …". */
static gboolean
opens_with_according(const char *text, gsize ss, gsize as)
{
    while (ss < as && (g_ascii_isspace(text[ss]) || text[ss] == '"'))
        ss++;
    if (ss + 3 == as && g_ascii_strncasecmp(text + ss, "as per ", 7) == 0)
        ss = as;
    return ss == as
           && (g_ascii_strncasecmp(text + as, "according to ", 13) == 0
               || g_ascii_strncasecmp(text + as, "per ", 4) == 0);
}

/* Is the attribution text[@as, @ae) a transcript's speaker label that
 * opens the sentence at @ss, its match ending at the label's colon and
 * its name in capitals ("KIRBY: …", "SYRSKYI (through interpreter): …")?
 * The whole turn is the speaker's, past a semicolon or a "but" ("KIRBY:
 * That figure is too high; we think it's closer to a few hundred …"). */
static gboolean
opens_with_label(const char *text, gsize ss, gsize as, gsize ae)
{
    while (ss < as && g_ascii_isspace(text[ss]))
        ss++;
    if (ss != as || !g_ascii_isupper(text[as]))
        return FALSE;
    while (ae > as && g_ascii_isspace(text[ae - 1]))
        ae--;
    if (!(ae > as && text[ae - 1] == ':'))
        return FALSE;
    /* a name in capitals, as a transcript writes its speakers; a fact
     * box's label ("North Korean dead: about 600; …") is none */
    guint upper = 0;
    for (gsize i = as; i < ae - 1 && text[i] != '('; i++) {
        if (g_ascii_islower(text[i]))
            return FALSE;
        upper += g_ascii_isupper(text[i]) ? 1 : 0;
    }
    return upper >= 2;
}

/* Is the attribution text[@as, @ae) a heading's speaker before its colon,
 * near the sentence's start at @ss (a live page's stamp or a bullet may
 * stand before it: "14:20 — Seoul: …"), and are the items after it set
 * apart only by semicolons up to the figure at @ms? Each item of the
 * heading is the speaker's: "Seoul: about 2,000 wounded flown home; 600
 * killed". */
static gboolean
heading_label_reaches(const char *text, const GArray *terminators, gsize ss, gsize as, gsize ae,
                      gsize ms)
{
    while (ae > as && g_ascii_isspace(text[ae - 1]))
        ae--;
    if (!(ae > as && text[ae - 1] == ':') || as < ss || as - ss > 24)
        return FALSE;
    for (gsize k = ss; k < as; k++)
        if (g_ascii_islower(text[k]) && !(k + 3 <= as && memcmp(text + k, "ago", 3) == 0)
            && !(k > ss && g_ascii_isdigit(text[k - 1])))
            return FALSE;
    /* a name, each word in capitals or a source's word ("Seoul's spy
     * agency:"), not a fact box's label ("SRBMs handed to Moscow so far:");
     * the stamp the match may open with is none of it */
    gsize n0 = as;
    while (n0 < ae - 1 && !g_ascii_isupper(text[n0]))
        n0++;
    for (gsize k = n0; k < ae - 1;) {
        gsize w = k;
        while (k < ae - 1 && text[k] != ' ')
            k++;
        gsize we = k;
        if (we > w + 2 && (text[we - 1] == 's' && (text[we - 2] == '\'' || (guchar)text[we - 2] == 0x99)))
            we -= text[we - 2] == '\'' ? 2 : 4;
        if (!g_ascii_isupper(text[w]) && !word_in_at(text, w, we, tail_words))
            return FALSE;
        while (k < ae - 1 && text[k] == ' ')
            k++;
    }
    for (guint i = 0; i < terminators->len; i++) {
        Range r = g_array_index(terminators, Range, i);
        if (r.start >= ae && r.end <= ms && memchr(text + r.start, ';', r.end - r.start) == NULL)
            return FALSE;
    }
    return TRUE;
}

/* Does the speaker @b, ending before the figure at @ms, reach it? No
 * clause boundary between them, unless it is an "According to X," or a
 * transcript's speaker label opening the sentence; a speaker that rejects
 * a figure to give its own (an (?<account>) pattern) reaches only a
 * figure after that account, its "and put" or ", saying" no boundary. */
static gboolean
reaches_forward(const char *text, const GArray *terminators, gsize ss, const Said *b, gsize ms,
                gsize se)
{
    if (b->account) {
        gsize at = 0;
        return own_account_at(text, b->end, ms, &at) && !blocked(text, terminators, at, ms);
    }
    /* nor is a clause its verb goes on with, no subject of its own, a
     * boundary: "A Pentagon spokesman said the talks went well, and put
     * North Korean troops in Russia at 11,000 to 12,000" */
    gsize at = 0;
    return !blocked_after_speaker(text, terminators, b->end, ms, se)
           || opens_with_according(text, ss, b->start)
           || opens_with_label(text, ss, b->start, b->end)
           || heading_label_reaches(text, terminators, ss, b->start, b->end, ms)
           || (own_account_at(text, b->end, ms, &at) && !blocked(text, terminators, at, ms));
}

/* Does the speaker @a, before the figure at @ms, own what a speaker
 * before it goes on to replace with its own account ("Seoul's JCS
 * rejected *Kyiv's* figure of 3,000, putting the toll at about 1,100",
 * "The Kremlin dismissed *Kyiv's* count of 200 as fake, saying fewer than
 * 20 …")? The figure after the account (", putting", "and put", ",
 * saying") is the earlier speaker's, which reaches it. */
static gboolean
own_account_before(const GArray *said, const char *text, const GArray *terminators, gsize ss,
                   const Said *a, gsize ms, gsize se)
{
    if (!own_account_between(text, a->end, ms))
        return FALSE;
    for (guint i = 0; i < said->len; i++) {
        const Said *b = &g_array_index(said, Said, i);
        if (b->end <= a->start && reaches_forward(text, terminators, ss, b, ms, se))
            return TRUE;
    }
    return FALSE;
}

/* Is the speaker at text[@as, @ae) set off between commas inside the
 * sentence ("North Korea, according to Seoul, has sent some 12,000 troops",
 * "Roughly 12,000 troops, Seoul said, were shipped")? Such an aside speaks
 * for the clause it stands in, even inside the claim's own words. */
static gboolean
set_off_speaker(const char *text, gsize lo, gsize hi, gsize as, gsize ae)
{
    gsize i = as;
    while (i > lo && text[i - 1] == ' ')
        i--;
    if (i == lo || text[i - 1] != ',')
        return FALSE;
    gsize j = ae;
    while (j < hi && text[j] == ' ')
        j++;
    return j + 1 < hi && text[j] == ',';
}

static gsize skip_space(const char *text, gsize at, gsize end);

/* Does the speaker at text[@as, …) stand right after the figure at
 * text[@vs, @ve) that opens the sentence at @ss, a comma and spaces alone
 * between ("About 11,000*, Seoul* says", "Roughly 11,000*, South Korea's
 * spy agency* told lawmakers")? A bare answer's speaker, though the
 * frame's verb after it is in the claim's words. */
static gboolean
speaker_after_figure_comma(const char *text, gsize ss, gsize vs, gsize ve, gsize as)
{
    if (as <= ve || skip_space(text, ss, vs) != vs)
        return FALSE;
    guint commas = 0;
    for (gsize i = ve; i < as; i++) {
        if (text[i] == ',')
            commas++;
        else if (!g_ascii_isspace(text[i]))
            return FALSE;
    }
    return commas == 1;
}

/* Does the source at text[@as, @ae) open with "what" and end right before
 * the figure at @vs, only spaces and quote marks between ("sent *what the
 * Pentagon called* \"a few thousand\" more troops", "*what Kyiv described
 * as* about 3,000 more soldiers")? The figure is the speaker's words for
 * the things, even inside the claim's own words. */
static gboolean
what_speaker_called(const char *text, gsize as, gsize ae, gsize vs)
{
    if (ae > vs || !word_at(text, as, ae, "what"))
        return FALSE;
    for (gsize i = ae; i < vs; i++) {
        /* a curly quote, three bytes: “ or ” */
        if (i + 3 <= vs && (strncmp(text + i, "\xe2\x80\x9c", 3) == 0
                            || strncmp(text + i, "\xe2\x80\x9d", 3) == 0)) {
            i += 2;
            continue;
        }
        if (!g_ascii_isspace(text[i]) && text[i] != '"' && text[i] != '\'')
            return FALSE;
    }
    return TRUE;
}

/* Does the source at text[@as, @ae), a phrase that opens with "by",
 * "according to" or "per", open an aside a comma sets before it, the
 * figure at text[@vs, @ve) inside it before the aside's closing comma
 * ("North Korean troops, *by Seoul's count* some 11,000 of them, are …")?
 * Such an aside speaks for its figure, as set_off_speaker()'s does. */
static gboolean
aside_source_of_figure(const char *text, gsize lo, gsize hi, gsize as, gsize ae, gsize vs,
                       gsize ve)
{
    gsize i = as;
    while (i > lo && text[i - 1] == ' ')
        i--;
    if (i == lo || text[i - 1] != ',' || vs < ae || ve > hi)
        return FALSE;
    if (!(g_ascii_strncasecmp(text + as, "by ", 3) == 0
          || g_ascii_strncasecmp(text + as, "according to ", 13) == 0
          || g_ascii_strncasecmp(text + as, "per ", 4) == 0))
        return FALSE;
    for (gsize j = ae; j < vs; j++)
        if (text[j] == ',' || text[j] == ';' || text[j] == ':' || text[j] == '(' || text[j] == ')')
            return FALSE;
    for (gsize j = ve; j < hi; j++) {
        if (text[j] == ',')
            return TRUE;
        if (text[j] == ';' || text[j] == ':' || text[j] == '(' || text[j] == ')'
            || (text[j] == '.' && !(j + 1 < hi && g_ascii_isdigit(text[j + 1]))))
            return FALSE;
    }
    return FALSE;
}

/* The attribution nearest the claim that reaches it, or NULL. One that
 * names no one ("the agency said") gives way to one in the sentence that
 * names someone and reaches the claim too. A source that someone relays
 * (a pattern with a relay group: "citing the NIS", "after a briefing by
 * the spy agency") outranks every speaker: the lawmaker who said it is
 * how the claim was heard, the agency whose count it is its source. */
/* Does a subordinating word stand right before the speaker at @at, so
 * that it speaks in a clause of its own ("… came two days *after* Moscow
 * first confirmed …", "*although* Kyiv said …")? */
static gboolean
subordinate_before(const char *text, gsize start, gsize at)
{
    gsize b, e = word_before(text, start, at, &b);
    return b < e && word_in_at(text, b, e, subordinators);
}

/* Is the speaker at @at the subject of a relative clause after a comma,
 * "which", "where" or "whom" right before it ("…, which Seoul says could
 * hold up to 12 million shells", "…, where Kyiv says most of them
 * fought")? It speaks for that clause, not for the figure before it. */
static gboolean
relative_subject_at(const char *text, gsize start, gsize at)
{
    static const char *const relatives[] = {"which", "where", "whom", NULL};
    gsize b, e = word_before(text, start, at, &b);
    if (!(b < e && word_in_at(text, b, e, relatives)))
        return FALSE;
    while (b > start && text[b - 1] == ' ')
        b--;
    return b > start && text[b - 1] == ',';
}

/* Does text[from, to) end on a verb of denying ("Pyongyang denied",
 * "Kyiv has denied")? */
static gboolean
denies_at_end(const char *text, gsize from, gsize to)
{
    static const char *const claims[] = {"claimed", "claims", "declared", "declares", NULL};
    gsize w = to;
    while (w > from && g_ascii_isalpha(text[w - 1]))
        w--;
    return denial_verb(text, w, to) || word_in_at(text, w, to, claims);
}

/* The first byte of text[at, end) that is no white space. */
static gsize
skip_space(const char *text, gsize at, gsize end)
{
    while (at < end && g_ascii_isspace(text[at]))
        at++;
    return at;
}

/* Is text[we, ae) a possessive's ending and a copula, all an attribution
 * has after its speaker ("…; *Kyiv's is* 12,000")? That party's own
 * figure, its noun left out, is its own even where the claim's words
 * take the party in. */
static gboolean
possessive_copula(const char *text, gsize we, gsize ae)
{
    gsize i = we;
    if (i < ae && text[i] == '\'')
        i++;
    else if (i + 3 <= ae && memcmp(text + i, "\xe2\x80\x99", 3) == 0)
        i += 3;
    else
        return FALSE;
    if (i >= ae || (text[i] != 's' && text[i] != 'S'))
        return FALSE;
    i++;
    i = skip_space(text, i, ae);
    gsize w = i;
    while (i < ae && g_ascii_isalpha(text[i]))
        i++;
    if (!((i - w == 2 && g_ascii_strncasecmp(text + w, "is", 2) == 0)
          || (i - w == 3 && g_ascii_strncasecmp(text + w, "was", 3) == 0)))
        return FALSE;
    return skip_space(text, i, ae) == ae;
}

/* Does the speaker at @as stand right after the comma that closes a
 * prepositional phrase opening the sentence at @ss, with the claim's
 * match, from @ms, reaching back into that phrase and its figure, at @vs,
 * after the speaker ("In a statement carried by *KCNA*, the Korean
 * People's Army said 1,000 of its engineers had been sent": a party the
 * phrase names is no part of the speaker's claim)? */
static gboolean
speaker_after_fronted_preposition(const char *text, gsize ss, gsize ms, gsize vs, gsize as)
{
    static const char *const preps[] = {"in", "at", "on", "under", "through", "during", "after",
                                        "before", "with", "from", "via", NULL};
    gsize c = as;
    while (c > ss && text[c - 1] == ' ')
        c--;
    if (c == ss || text[c - 1] != ',' || ms >= c - 1 || vs < as)
        return FALSE;
    c--;
    gsize i = ss;
    while (i < c && (g_ascii_isspace(text[i]) || text[i] == '"'))
        i++;
    if (ms < i)
        return FALSE;
    gsize ws, we = word_after(text, i, &ws);
    if (!(we > ws && we <= c && word_in_at(text, ws, we, preps)))
        return FALSE;
    /* a setting, a determiner after its preposition ("In a statement",
     * "At a briefing", "On its Telegram channel"), not a bound or a cue
     * ("In total, …"); and the match opening on a name in it */
    static const char *const dets[] = {"a", "an", "the", "its", "his", "her", "their", NULL};
    we = word_after(text, we, &ws);
    if (!(we > ws && we <= c && word_in_at(text, ws, we, dets)))
        return FALSE;
    if (g_ascii_strncasecmp(text + ms, "the ", 4) == 0)
        ms += 4;
    if (!g_ascii_isupper(text[ms]))
        return FALSE;
    guint words = 0;
    for (gboolean in_word = FALSE; i < c; i++) {
        if (text[i] == ',' || text[i] == ';' || text[i] == ':' || text[i] == '"')
            return FALSE; /* one plain phrase */
        if (g_ascii_isspace(text[i])) {
            in_word = FALSE;
        } else if (!in_word) {
            in_word = TRUE;
            words++;
        }
    }
    return words <= 10;
}

/* Does the speaker at @as stand right after the comma that closes a short
 * phrase opening the sentence at @ss, the claim's figure text[@vs, @ve)
 * inside it ("*On April 26,* Gerasimov said Ukrainian forces had been
 * driven out"), or after the "that" of a cleft that fronts it ("It was
 * not until April 26 that Gerasimov declared …")? That figure is the claim's, set before its speaker: the
 * speaker speaks for it, as "Gerasimov said on April 26 that …" does. */
static gboolean
after_fronted_phrase(const char *text, gsize ss, gsize vs, gsize ve, gsize as)
{
    gsize c = as;
    while (c > ss && text[c - 1] == ' ')
        c--;
    /* a cleft fronts the figure so too: "It was not until Saturday, April
     * 26, that Gerasimov declared the Kursk region retaken" */
    if (c >= ss + 5 && g_ascii_strncasecmp(text + c - 5, " that", 5) == 0 && vs < ve
        && ve <= c - 5) {
        gsize i = ss;
        while (i < c && (g_ascii_isspace(text[i]) || text[i] == '"'))
            i++;
        if (c - i > 7 && g_ascii_strncasecmp(text + i, "it was ", 7) == 0 && vs >= i + 7) {
            guint words = 0;
            for (gsize j = i + 7; j < c - 5; j++)
                if (text[j] == ' ' && text[j + 1] != ' ')
                    words++;
            /* an aside may follow the date before the "that": "It was
             * only on April 26, some eight months after the incursion
             * began, that Gerasimov declared …" */
            return words <= 20;
        }
    }
    if (c == ss || text[c - 1] != ',' || vs >= ve || ve > c - 1)
        return FALSE;
    c--;
    gsize i = ss;
    while (i < c && (g_ascii_isspace(text[i]) || text[i] == '"'))
        i++;
    if (vs < i)
        return FALSE;
    guint words = 0;
    for (gboolean in_word = FALSE; i < c; i++) {
        if (!(g_ascii_isalnum(text[i]) || text[i] == '.' || text[i] == '\'' || text[i] == '-')) {
            if (text[i] != ' ')
                return FALSE; /* one plain phrase: no comma, quote or dash */
            in_word = FALSE;
        } else if (!in_word) {
            in_word = TRUE;
            words++;
        }
    }
    return words <= 6;
}

/* Does @cue stand inside a speaker's name after the words that say what
 * the speaker knows ("a person *briefed on* the assessment", "officials
 * *familiar with* the estimate", "people *with knowledge of* …")? */
static gboolean
in_knowing_speaker(const char *text, const GArray *said, const Cue *cue)
{
    static const char *const knows[] = {" briefed on ", " familiar with ", " knowledge of ",
                                        " close to "};
    for (guint i = 0; i < said->len; i++) {
        const Said *a = &g_array_index(said, Said, i);
        if (cue->start < a->who_start || cue->end > a->who_end)
            continue;
        for (guint k = 0; k < G_N_ELEMENTS(knows); k++) {
            gsize n = strlen(knows[k]);
            /* each opens with a space: a place with none is passed over */
            for (gsize j = a->who_start; j + n <= cue->start; j++)
                if (text[j] == ' ' && g_ascii_strncasecmp(text + j, knows[k], n) == 0)
                    return TRUE;
        }
    }
    /* the speaker's pattern may stop short of what it knows, or take a
     * capitalized name there for the speaker ("a source familiar with
     * Ukrainian intelligence assessments said", "said an official
     * briefed on NATO assessments"): what follows "briefed on",
     * "familiar with" or "knowledge of" is what a speaker knows, up to
     * four words on, none a figure nor past a comma */
    static const char *const knowing[] = {" briefed on ", " familiar with ", " knowledge of "};
    for (guint k = 0; k < G_N_ELEMENTS(knowing); k++) {
        gsize n = strlen(knowing[k]);
        gsize from = cue->start > 80 ? cue->start - 80 : 0;
        for (gsize j = cue->start >= n ? cue->start - n + 1 : 0; j-- > from;) {
            if (text[j] != ' ' || g_ascii_strncasecmp(text + j, knowing[k], n) != 0)
                continue;
            guint words = 0;
            gboolean clean = TRUE;
            for (gsize i = j + n; i < cue->start; i++) {
                if (text[i] == ',' || text[i] == ';' || text[i] == '.' || g_ascii_isdigit(text[i])) {
                    clean = FALSE;
                    break;
                }
                if (text[i] == ' ')
                    words++;
            }
            if (clean && words <= 4)
                return TRUE;
            break;
        }
    }
    return FALSE;
}

/* Does the speaker starting at @ws stand right after another figure of
 * its own, "the" before that figure and "that" after it or not, past
 * the end @ve of the claim's figure: "about 11,000 troops, not the 4,000
 * *that Kyiv* cites", "far fewer than the 15,000 *Kyiv* cites"? Such a
 * speaker gives the figure it stands after, in its own relative clause,
 * and no other. */
static gboolean
speaker_of_later_figure(const char *text, gsize ve, gsize ws)
{
    static const char *const scales[] = {"million", "thousand", "billion", NULL};
    gsize e = ws;
    while (e > ve && g_ascii_isspace(text[e - 1]))
        e--;
    gsize b = e;
    while (b > ve && g_ascii_isalpha(text[b - 1]))
        b--;
    if (b < e && word_in_at(text, b, e, (const char *const[]){"that", NULL})) {
        e = b;
        while (e > ve && g_ascii_isspace(text[e - 1]))
            e--;
    }
    b = e;
    while (b > ve && g_ascii_isalpha(text[b - 1]))
        b--;
    if (b < e && word_in_at(text, b, e, scales)) {
        e = b;
        while (e > ve && g_ascii_isspace(text[e - 1]))
            e--;
    }
    /* the figure: digits, their group commas and a decimal point */
    b = e;
    while (b > ve && (g_ascii_isdigit(text[b - 1]) || text[b - 1] == ',' || text[b - 1] == '.'))
        b--;
    if (b == e || !g_ascii_isdigit(text[b]) || b <= ve)
        return FALSE;
    e = b;
    while (e > ve && g_ascii_isspace(text[e - 1]))
        e--;
    b = e;
    while (b > ve && g_ascii_isalpha(text[b - 1]))
        b--;
    return b < e && word_in_at(text, b, e, (const char *const[]){"the", NULL});
}

/* Does the match starting at @as, after the claim's figure that ends at
 * @ve, stand in an apposition that names a figure of its own: a comma,
 * then "a figure", "a number", "an estimate", "a count", "a tally" or "a
 * total", and a figure before the apposition's clause ends ("some 11,000
 * troops, *a figure put at 12,000 by Kyiv*", "about 11,000 soldiers, *a
 * number Kyiv puts at 12,000*")? Its speaker gives that rival figure, not
 * the claim's. */
static gboolean
speaker_of_apposed_figure(const char *text, gsize ve, gsize as, gsize se)
{
    static const char *const dets[] = {"a", "an", "the", NULL};
    static const char *const nouns[] = {"figure", "number", "estimate", "count",
                                        "tally",  "total",  NULL};
    for (gsize c = ve; c < as; c++) {
        if (text[c] != ',')
            continue;
        gsize b = c + 1;
        while (b < as && text[b] == ' ')
            b++;
        gsize e = b;
        while (e < as && g_ascii_isalpha(text[e]))
            e++;
        if (!word_in_at(text, b, e, dets))
            continue;
        b = e;
        while (b < as && text[b] == ' ')
            b++;
        e = b;
        while (e < as && g_ascii_isalpha(text[e]))
            e++;
        if (!word_in_at(text, b, e, nouns))
            continue;
        for (gsize k = e; k < se; k++) {
            if (text[k] == ';' || (text[k] == ',' && !(k > 0 && g_ascii_isdigit(text[k - 1])
                                                       && g_ascii_isdigit(text[k + 1]))))
                break;
            if (text[k] == '.' && !g_ascii_isdigit(text[k + 1]))
                break;
            if (g_ascii_isdigit(text[k]))
                return TRUE;
        }
        return FALSE;
    }
    return FALSE;
}

/* Is the speaker text[@ws, @we) of the match ending at @ae one of a
 * reduced relative clause on the noun after the figure that ends at @ve,
 * its verb of saying right before the clause's own verb ("the 11,000
 * North Korean soldiers *Kyiv says* are in Kursk", "the containers *Seoul
 * believes* left Rajin", "the troops *Seoul believes* Pyongyang sent",
 * a plural speaker's "say", "believe" or "describe" too: "the 1,800
 * deaths *Ukrainian officers describe*")?
 * Only words stand between the figure and the speaker, the last of them in
 * lower case (the counted noun, or "that"), and the speaker's verb is all
 * that stands between it and @ae; @se ends the sentence. */
static gboolean
reduced_relative_speaker(const char *text, gsize ve, gsize ws, gsize we, gsize ae, gsize se)
{
    static const char *const verbs[] = {"says",      "said",     "say",      "believes",
                                        "believed",  "believe",  "estimates", "estimated",
                                        "estimate",  "thinks",   "think",    "claims",
                                        "claimed",   "claim",    "reckons",  "reckon",
                                        "describes", "described", "describe", NULL};
    static const char *const pronouns[] = {"it", "they", "he", "she", "we", NULL};
    /* a fact box's dash right after its figure ("3,000 — additional
     * troops Seoul believes Pyongyang sent") */
    while (ve < ws && text[ve] == ' ')
        ve++;
    if (ve + 2 < ws && (guchar)text[ve] == 0xE2 && (guchar)text[ve + 1] == 0x80
        && ((guchar)text[ve + 2] == 0x93 || (guchar)text[ve + 2] == 0x94))
        ve += 3;
    for (gsize i = ve; i < ws; i++) {
        /* a curly apostrophe's three bytes are a word's too */
        if (i + 2 < ws && (guchar)text[i] == 0xE2 && (guchar)text[i + 1] == 0x80
            && (guchar)text[i + 2] == 0x99) {
            i += 2;
            continue;
        }
        if (!(g_ascii_isalnum(text[i]) || text[i] == ' ' || text[i] == '-' || text[i] == '\''))
            return FALSE;
    }
    gsize e = ws;
    while (e > ve && text[e - 1] == ' ')
        e--;
    if (e == ve || !g_ascii_islower(text[e - 1]))
        return FALSE;
    gsize b = we;
    while (b < ae && text[b] == ' ')
        b++;
    gsize c = b;
    while (c < ae && g_ascii_isalpha(text[c]))
        c++;
    if (c == b || !word_in_at(text, b, c, verbs))
        return FALSE;
    /* no pronoun opens the clause: "the 2 million shells Seoul says it
     * sent" tells of the deed of the party the pronoun names, whose denial
     * the sentence may set against it */
    while (c < se && text[c] == ' ')
        c++;
    gsize d = c;
    while (d < se && g_ascii_isalpha(text[d]))
        d++;
    return !word_in_at(text, c, d, pronouns);
}

/* Does "at" follow @from, spaces aside, and open the figure at @vs, a
 * word or three of its approximator between ("put by Seoul *at about*
 * 600", "has sized *at* 14,000")? */
static gboolean
at_opens_figure(const char *text, gsize from, gsize vs)
{
    gsize i = skip_space(text, from, vs);
    if (!word_at(text, i, vs, "at"))
        return FALSE;
    i += 2;
    guint words = 0;
    while (i < vs) {
        if (text[i] == ' ') {
            i++;
            continue;
        }
        if (!g_ascii_isalpha(text[i]) || ++words > 3)
            return FALSE;
        while (i < vs && g_ascii_isalpha(text[i]))
            i++;
    }
    return TRUE;
}

/* Is the speaker text[@ws, @we) the agent of a passive "put", "placed",
 * "pegged" or "estimated" whose "at" opens the figure at @vs, a word or
 * three of its approximator between ("the number of North Korean dead,
 * *put by Seoul at* about 600", "was put by the NIS at some 600")? The
 * speaker gives the figure, though it stands inside the claim's words. */
static gboolean
agent_puts_figure(const char *text, gsize ss, gsize ws, gsize we, gsize vs)
{
    static const char *const verbs[] = {"put", "placed", "pegged", "estimated", NULL};
    static const char *const dets[] = {"the", "a", "an", NULL};
    gsize b, e = word_before(text, ss, ws, &b);
    if (e != ss && word_in_at(text, b, e, dets))
        e = word_before(text, ss, b, &b);
    if (e == ss || !word_is(text, b, e, "by"))
        return FALSE;
    e = word_before(text, ss, b, &b);
    if (e == ss || !word_in_at(text, b, e, verbs))
        return FALSE;
    return at_opens_figure(text, we, vs);
}

/* Is the speaker text[@ws, @we) the subject of a relative clause on the
 * claim's own noun whose verb of putting, the said words' last, has its
 * "at" open the figure at @vs, a word or three of its approximator
 * between ("part of a force *the NIS has sized at* 14,000 to 15,000", "a
 * contingent that Washington puts at about 11,000")? The noun, or a
 * "that" or "which", stands right before the speaker, whose article
 * aside; the speaker gives the figure, though it stands inside the
 * claim's words. */
static gboolean
relative_puts_at_figure(const char *text, gsize ss, gsize ws, gsize ae, gsize vs)
{
    static const char *const verbs[] = {"put",    "puts",  "placed", "places", "pegged",
                                        "pegs",   "sized", "sizes",  "numbers", NULL};
    gsize b, e = word_before(text, ss, ae, &b);
    if (e == ss || !word_in_at(text, b, e, verbs))
        return FALSE;
    if (!at_opens_figure(text, ae, vs))
        return FALSE;
    /* before the speaker, its article aside: the clause's noun in lower
     * case, or "that" or "which" */
    e = word_before(text, ss, ws, &b);
    if (e != ss && (word_is(text, b, e, "the") || word_is(text, b, e, "a")))
        e = word_before(text, ss, b, &b);
    if (e == ss)
        return FALSE;
    return word_is(text, b, e, "that") || word_is(text, b, e, "which")
           || (g_ascii_islower(text[b]) && e - b >= 3);
}

/* Does a word of comparison stand right before the speaker at @ws, after
 * the claim's end @me ("…, well above Western estimates", "…, far higher
 * than Seoul's count"), or a share or multiple of what it gives ("…, a
 * fraction of Kyiv's estimate", "…, twice Seoul's count")? The speaker is
 * the other figure's, set against the claim, not its source. */
static gboolean
compared_with_before(const char *text, gsize me, gsize ws)
{
    static const char *const comparisons[] = {"above", "below", "than", "beyond", "exceeding",
                                              "surpassing", "topping", "fraction", "half",
                                              "third", "quarter", "tenth", "twice", "double",
                                              "triple", NULL};
    gsize i = ws;
    for (guint n = 0; n < 4; n++) {
        while (i > me && text[i - 1] == ' ')
            i--;
        if (i <= me)
            return FALSE;
        gsize e = i;
        while (i > me && text[i - 1] != ' ')
            i--;
        char last = text[e - 1];
        if (last == ',' || last == ';' || last == ':' || last == '(' || last == ')')
            return FALSE;
        if (word_in_at(text, i, e, comparisons))
            return TRUE;
    }
    return FALSE;
}

/* Is the speaker text[as, ae) an author-date citation in round brackets,
 * "(Kim and Lee 2025, 14)", "(see Cha 2024; NIS 2025)"? It names the
 * source of the clause it closes and reaches no figure after it. */
static gboolean
citation_said(const char *text, gsize ss, gsize se, gsize as, gsize ae)
{
    if (ae <= as + 2 || text[as] != '(' || text[ae - 1] != ')')
        return FALSE;
    for (gsize i = as + 1; i + 1 < ae; i++)
        if (g_ascii_isdigit(text[i]))
            return cc_citation_at(text, ss, se, i);
    return FALSE;
}

/* Is the speaker text[as, ae), set after a comma, dated by the claim's
 * own date right after its verb, "on" or "in" between ("…, the Kremlin
 * said on Saturday", the date @vs the claim's value)? The date is the
 * saying's as much as the claim's, and the speaker is its source. */
static gboolean
dated_saying_after(const char *text, gsize ms, gsize as, gsize ae, gsize vs)
{
    if (ae > vs || as <= ms)
        return FALSE;
    gsize c = as;
    while (c > ms && text[c - 1] == ' ')
        c--;
    if (c <= ms || text[c - 1] != ',')
        return FALSE;
    gsize k = ae;
    while (k < vs && text[k] == ' ')
        k++;
    if (k + 3 <= vs && g_ascii_strncasecmp(text + k, "on ", 3) == 0)
        k += 3;
    else if (k + 3 <= vs && g_ascii_strncasecmp(text + k, "in ", 3) == 0)
        k += 3;
    while (k < vs && text[k] == ' ')
        k++;
    return k == vs;
}

/* Does the clause from @k0 run on to the figure at @ms, no comma (but a
 * figure's thousands comma: "… 1,000 sappers and 5,000 military
 * builders"), semicolon, colon or quote mark between, and at most one
 * "that"? *@that is that "that" (0 for none). */
static gboolean
clause_runs_to(const char *text, gsize k0, gsize ms, gsize *that)
{
    *that = 0;
    for (gsize k = k0; k < ms; k++) {
        if (text[k] == ',' && k > k0 && g_ascii_isdigit(text[k - 1]) && k + 1 < ms
            && g_ascii_isdigit(text[k + 1]))
            continue;
        if (text[k] == ',' || text[k] == ';' || text[k] == ':' || text[k] == '"')
            return FALSE;
        if ((k == 0 || text[k - 1] == ' ') && word_at(text, k, ms, "that")) {
            if (*that != 0)
                return FALSE;
            *that = k;
        }
    }
    return TRUE;
}

/* Does the speaker @a "tell" someone, its verb "told" or "tells" right
 * after its name, and a "that" then open the clause that runs on to the
 * figure at @ms ("Kim told the groundbreaking ceremony that his troops
 * had …")? */
static gboolean
told_that_before(const char *text, const Said *a, gsize ms)
{
    gsize i = skip_space(text, a->who_end, ms);
    if (!(word_at(text, i, ms, "told") || word_at(text, i, ms, "tells")))
        return FALSE;
    gsize that = 0;
    return clause_runs_to(text, i, ms, &that) && that != 0;
}

/* Does the speaker @a say it, "said", "says" or "stated" right after its
 * name, a day ("on Tuesday") and a "that" at most before the clause that
 * runs on to the figure at @ms, while the speaker @b after the figure
 * ending at @me closes the sentence as a tag after a comma ("…, TASS
 * reported", "…, the news agency said")? @b only relays @a's words, as
 * wire copy rewritten abroad relays them: "Shoigu said that Pyongyang
 * would send 1,000 sappers and 5,000 military builders to Kursk, TASS
 * reported" is Shoigu's, both figures. */
static gboolean
said_then_relayed(const char *text, const Said *a, const Said *b, gsize me, gsize ms)
{
    static const char *const says[] = {"said", "says", "stated", NULL};
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday", NULL};
    gsize i = skip_space(text, a->who_end, ms), k0 = i;
    while (k0 < ms && g_ascii_isalpha(text[k0]))
        k0++;
    if (!word_in_at(text, i, k0, says))
        return FALSE;
    gsize on = skip_space(text, k0, ms);
    if (word_at(text, on, ms, "on")) {
        gsize ds = skip_space(text, on + 2, ms), de = ds;
        while (de < ms && g_ascii_isalpha(text[de]))
            de++;
        if (word_in_at(text, ds, de, days))
            k0 = de;
    }
    gsize that = 0;
    if (!clause_runs_to(text, k0, ms, &that) || b->who_start < me)
        return FALSE;
    gsize c = last_comma(text, me, b->who_start);
    if (c == G_MAXSIZE)
        return FALSE;
    gsize k = skip_space(text, c + 1, b->who_start);
    if (word_at(text, k, b->who_start, "the"))
        k = skip_space(text, k + 3, b->who_start);
    return k == b->who_start;
}

/* The bytes between the speaker @a's match and the figure at text[@vs,
 * @ve), none where they overlap. */
static gsize
figure_distance(const Said *a, gsize vs, gsize ve)
{
    return a->end <= vs ? vs - a->end : a->start >= ve ? a->start - ve : 0;
}

/* Of two speakers at one distance from the claim's words, one a source
 * phrase before the figure at text[@vs, @ve) ("As per X,", "According to
 * X,") and the other after it, does @a stand nearer the figure than @b?
 * Claim words that reach back to a clause before the figure's put both at
 * one distance from them; the figure's own clause has the nearer source
 * ("As per South Korean intelligence, Pyongyang has sent troops, and
 * about 3,000 were killed or wounded, *according to Zelensky*"; "*As per
 * the NIS*, about 11,000 soldiers are in Kursk, according to Kyiv"). */
static gboolean
nearer_source_of_figure(const char *text, const Said *a, const Said *b, gsize vs, gsize ve)
{
    if (b == NULL)
        return FALSE;
    const Said *before = a->end <= vs ? a : b, *after = a->end <= vs ? b : a;
    return before->end <= vs && after->start >= ve && source_phrase_at(text, before->start)
           && figure_distance(a, vs, ve) < figure_distance(b, vs, ve);
}

/* Is text[@a, @b) "we" or "I", a contraction's tail after it or not
 * ("We", "I'd", "we’ve")? */
static gboolean
first_person(const char *text, gsize a, gsize b)
{
    gsize n = 0;
    if (b > a && (text[a] == 'I' || text[a] == 'i'))
        n = 1;
    else if (b > a + 1 && g_ascii_strncasecmp(text + a, "we", 2) == 0)
        n = 2;
    if (n == 0)
        return FALSE;
    if (a + n == b)
        return TRUE;
    return text[a + n] == '\''
           || (b >= a + n + 3 && memcmp(text + a + n, "\xe2\x80\x99", 3) == 0);
}

static char *
find_attribution(const GArray *said, const char *text, const GArray *terminators, gsize ss,
                 gsize lo, gsize se, gsize ms, gsize me, gsize vs, gsize ve, gsize said_start,
                 gsize said_end, const Said **chosen)
{
    gsize best_gap = G_MAXSIZE, best_a = 0, best_b = 0;
    gsize named_gap = G_MAXSIZE, named_a = 0, named_b = 0;
    gsize relay_gap = G_MAXSIZE, relay_a = 0, relay_b = 0;
    gsize before_gap = G_MAXSIZE;
    const Said *best_s = NULL, *named_s = NULL, *relay_s = NULL, *before_s = NULL;
    *chosen = NULL;
    /* the figure a comparison is set against, its owner's possessive
     * right before it: "… far higher than *Seoul's* 600 dead" */
    gboolean owned = FALSE;
    gsize cmp = comparison_anchor(text, ss, vs, &owned);
    /* … when that owner is a source the patterns name */
    gboolean owner_speaks = FALSE;
    for (guint i = 0; cmp != 0 && owned && i < said->len; i++) {
        const Said *a = &g_array_index(said, Said, i);
        if (a->who_start >= cmp && a->who_end <= vs)
            owner_speaks = TRUE;
    }
    owned = owned && owner_speaks;
    for (guint i = 0; i < said->len; i++) {
        const Said *a = &g_array_index(said, Said, i);
        gsize as = a->start, ae = a->end, ws = a->who_start, we = a->who_end;
        /* the claim is not its own source, unless its subject denies it
         * ("Pyongyang denied that it had sent 10,000 troops", "Kyiv denied
         * losing 5,000 troops"); a party that confirms its own deed
         * asserts it ("North Korea confirmed that it had sent troops") */
        if (ws < me && we > ms && !(a->gapped && ae <= vs)
            && !dated_saying_after(text, ms, as, ae, vs)
            && !(as >= ve && citation_said(text, ss, se, as, ae))
            && !set_off_speaker(text, lo, se, as, ae)
            && !aside_source_of_figure(text, lo, se, as, ae, vs, ve)
            && !what_speaker_called(text, as, ae, vs)
            && !speaker_after_figure_comma(text, ss, vs, ve, as)
            && !(skip_space(text, ms, me) == ws && ae < me && denies_at_end(text, we, ae)
                 && !owning_up_at(text, ae, vs, NULL))
            && !possessive_copula(text, we, ae)
            && !(ae <= vs && relative_speaker_between(text, as > lo + 32 ? as - 32 : lo, ae, vs))
            && !(ae <= vs && speaker_after_fronted_preposition(text, ss, ms, vs, as))
            && !(after_fronted_phrase(text, ss, vs, ve, as) && ae < me
                 && !(said_end > said_start && said_start < ae && said_end > as))
            && !(ve <= ws && reduced_relative_speaker(text, ve, ws, we, ae, se))
            && !(we <= vs && agent_puts_figure(text, ss, ws, we, vs))
            && !(ae <= vs && relative_puts_at_figure(text, ss, ws, ae, vs))
            && !(ae <= vs && ws > ms && and_subject_clause_between(text, ms, ae))
            && !(ae <= vs && ws > ms && and_speaker_that_between(text, ms, ws, ae, vs))
            && !(ae <= vs && ws > ms && memchr(text + ms, ':', ws - ms) != NULL)
            && !(cmp != 0 && owned && ws >= cmp && we <= vs))
            continue;
        /* a speaker before a comparison gives not the figure it compares
         * with when a possessive that speaks names that figure's owner:
         * "Kyiv puts the North Korean toll far higher than *Seoul's* 600
         * dead" (Seoul's, as the comparison's hedge is not the 600's
         * either: comparison_anchor()) */
        if (cmp != 0 && owned && ae <= cmp)
            continue;
        /* a speaker of another figure's own relative clause after this
         * one gives that figure only */
        if (ws >= ve && speaker_of_later_figure(text, ve, ws))
            continue;
        if (as >= ve && speaker_of_apposed_figure(text, ve, as, se))
            continue;
        /* nor one in brackets that hold a figure of their own before this
         * one's: "Cubans (up to 20,000, by one Ukrainian estimate) and
         * North Koreans (about 14,000 …)" */
        if (ae <= vs && cue_in_other_brackets(text, ss, se, vs, as, ae))
            continue;
        gsize gap;
        if (ae <= ms) {
            /* "… went to Kursk (Yoon 2024) and about 4,700 casualties were
             * counted (Ahn and Cho 2025)": the first citation closed its
             * clause */
            if (citation_said(text, ss, se, as, ae))
                continue;
            if (!reaches_forward(text, terminators, ss, a, ms, se)
                || own_account_before(said, text, terminators, ss, a, ms, se)
                || verdict_mark_between(text, ss, a->end, ms))
                continue;
            gap = ms - ae;
            /* a label before its colon ("North Korean casualties to
             * date: roughly 3,900, …") says what the figure is */
            gsize le = ae;
            while (le > as && g_ascii_isspace(text[le - 1]))
                le--;
            if (!(le > as && text[le - 1] == ':')) {
                if (gap < before_gap) {
                    before_gap = gap;
                    before_s = a;
                }
            } else {
                /* …and gives way to a speaker the sentence names with its
                 * verb ("Kim's losses mount: 4,700 killed or hurt in
                 * Kursk, NIS says") */
                gap += (gsize)1 << 24;
            }
        } else if (as >= me) {
            if (a->account || a->gapped || subordinate_before(text, ss, as)
                || relative_subject_at(text, ss, as)
                || in_fronted_question(text, ss, ve, as)
                || in_fronted_contrast(text, ss, ve, as)
                || (blocked_before_speaker(text, terminators, me, as)
                    && !quoted_for(text, ss, ms, me, as))
                || with_between(text, me, as)
                || apposition_relative_before(text, me, as)
                || of_whom_between(text, me, as)
                || that_follows(text, ae, se)
                || (ae - as >= 4 && g_ascii_strncasecmp(text + ae - 4, "that", 4) == 0)
                || compared_with_before(text, me, MIN(as, ws)))
                continue;
            gap = as - me;
        } else if (a->gapped) {
            /* a rival's figure inside the claim's words: the party gives
             * the figure right after it, none before */
            if (ae > vs || vs >= ve)
                continue;
            gap = vs - ae;
            /* its approximator between ("…, Kyiv at closer to 4,000",
             * "… at up to 4,000", outside the figure's words) keeps the
             * figure right after it */
            guint words = 0;
            gboolean plain = TRUE;
            for (gsize k = ae; k < vs && plain; k++) {
                if (text[k] == ',' || text[k] == ';' || g_ascii_isdigit(text[k]))
                    plain = FALSE;
                else if (g_ascii_isalpha(text[k]) && (k == ae || text[k - 1] == ' '))
                    plain = ++words <= 3;
            }
            if (plain)
                gap = 0;
        } else {
            /* (not a speaker in a clause of its own that an "and" with a
             * subject and verb of its own closes before the figure:
             * "Pyongyang denies sending troops, and Seoul says 11,000 …") */
            if (a->account || (ae <= vs && and_subject_clause_between(text, ae, vs)))
                continue;
            gap = 0;
        }
        if (a->relay && gap < relay_gap) {
            relay_gap = gap;
            relay_a = ws;
            relay_b = we;
            relay_s = a;
        }
        /* a rival's party right before its figure wins over a speaker
         * whose words take the figure in as well (both at no distance);
         * so does, at one distance from the claim's words, the speaker
         * nearer the figure (nearer_source_of_figure()) */
        if (gap < best_gap
            || (gap == best_gap && (a->gapped || nearer_source_of_figure(text, a, best_s, vs, ve)))) {
            best_gap = gap;
            best_a = ws;
            best_b = we;
            best_s = a;
        }
        if ((gap < named_gap
             || (gap == named_gap && (a->gapped || nearer_source_of_figure(text, a, named_s, vs, ve))))
            && names_someone(text, ws, we, ss)) {
            named_gap = gap;
            named_a = ws;
            named_b = we;
            named_s = a;
        }
    }
    if (best_gap == G_MAXSIZE)
        return NULL;
    /* "South Korea's spy agency said North Korea had suffered 4,700
     * casualties, including 600 deaths, according to Lee": who says it
     * before the figure is its source, "according to" after it only how
     * it was heard */
    /* (not an "according to" of its own that follows the figure before:
     * "from 600, according to Seoul, to 3,000, according to Kyiv") */
    /* so too a citation after it, where they said it: "Some analysts
     * suggest that about 4,000 … have died (Jones 2025)" */
    /* and so too a speaker after it that relays one who "told" someone
     * "that" before it: "Kim told the ceremony that his troops had entered
     * combat in early December, KCNA said" is Kim's word, KCNA how it was
     * heard, and so "Shoigu said that …, TASS reported" */
    /* (nor a source phrase before it, "According to X," or "As per X,",
     * which names a source as the "according to" after it does) */
    if (before_s != NULL && best_s != before_s && best_s->start >= me
        && ((g_ascii_strncasecmp(text + best_s->start, "according to ", 13) == 0
             && !source_phrase_at(text, before_s->start))
            || citation_said(text, ss, se, best_s->start, best_s->end)
            || told_that_before(text, before_s, ms)
            || said_then_relayed(text, before_s, best_s, me, ms))) {
        best_s = before_s;
        best_a = before_s->who_start;
        best_b = before_s->who_end;
    }
    if (relay_gap != G_MAXSIZE) {
        *chosen = relay_s;
        return names_someone(text, relay_a, relay_b, G_MAXSIZE)
                   ? clean_who(text, relay_a, relay_b)
                   : generic_who(text, lo, relay_a, relay_b);
    }
    /* (a pronoun there stands for the named speaker: "Western officials
     * told the BBC they believed at least 1,000 …") */
    static const char *const inner_pronouns[] = {"he", "she", "it", "they", "we", "i", NULL};
    /* "we" or "I" that speaks inside a transcript's turn stands for the
     * label's speaker: "RYDER: We put it at about 1,000 …", "RYDER: I'd
     * put it at something north of 1,000" */
    if (best_s != NULL && first_person(text, skip_space(text, best_a, best_b), best_b))
        for (guint i = 0; i < said->len; i++) {
            const Said *a = &g_array_index(said, Said, i);
            if (a != best_s && a->end <= best_s->start
                && opens_with_label(text, ss, a->start, a->end)) {
                *chosen = a;
                return clean_who(text, a->who_start, a->who_end);
            }
        }
    if (names_someone(text, best_a, best_b, G_MAXSIZE)) {
        *chosen = best_s;
        return clean_who(text, best_a, best_b);
    }
    /* a description that speaks inside a named speaker's words, both
     * before the figure, is the nearer source: "Lee Seong-kweun told
     * reporters that the spy agency puts the deaths at about 300" is the
     * agency's count, as "… that the NIS puts …" is the NIS's */
    /* (nor a citation after the figure that a speaker before it reaches:
     * "Some analysts suggest that about 4,000 … (Jones 2025)" is where the
     * analysts said it; nor a place that the figure itself opens, as
     * its subject: "…, far below the 20,000 *circulating on social
     * media*" is the place's, not the named speaker's before it) */
    if (named_gap != G_MAXSIZE && !(best_s->start >= vs && best_s->start < ve)
        && !(before_s != NULL && named_s->start >= me
             && citation_said(text, ss, se, named_s->start, named_s->end))
        && !(best_s != NULL && named_s->end <= best_s->start && best_s->end <= ms
             && !word_in_at(text, skip_space(text, best_a, best_b), best_b, inner_pronouns))) {
        *chosen = named_s;
        return clean_who(text, named_a, named_b);
    }
    *chosen = best_s;
    return generic_who(text, lo, best_a, best_b);
}

/* Is text[a, b) one word in capitals that opens the sentence at @start
 * and is no plural ("Zelensky said …", not "Officials said …")? Its
 * capital could be the sentence's alone, but a plural is what common
 * nouns that speak are; one such word names someone as a speaker that a
 * later "he said" may stand for. */
static gboolean
sentence_opening_name(const char *text, gsize a, gsize b, gsize start)
{
    while (a < b && (g_ascii_isspace(text[a]) || text[a] == ','))
        a++;
    while (b > a && g_ascii_isspace(text[b - 1]))
        b--;
    if (a != start || b - a < 3 || !g_ascii_isupper(text[a]) || text[b - 1] == 's')
        return FALSE;
    for (gsize i = a + 1; i < b; i++)
        if (!g_ascii_islower(text[i]) && text[i] != '-')
            return FALSE;
    return TRUE;
}

static int
said_order(gconstpointer pa, gconstpointer pb)
{
    const Said *a = pa, *b = pb;
    return a->who_start < b->who_start ? -1 : a->who_start > b->who_start;
}

/* The speakers of text[start, end) that name someone, in text order;
 * with @any, those that only describe one as well ("the commander"). */
static GPtrArray *
named_speakers(const CcModalityScope *scope, const char *text, gsize start, gsize end,
               gboolean any)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GArray) said = g_array_new(FALSE, FALSE, sizeof(Said));
    find_said(scope, text, start, end, said);
    g_array_sort(said, said_order);
    for (guint i = 0; i < said->len; i++) {
        const Said *a = &g_array_index(said, Said, i);
        char *who = names_someone(text, a->who_start, a->who_end, start)
                            || sentence_opening_name(text, a->who_start, a->who_end, start)
                        ? clean_who(text, a->who_start, a->who_end)
                    : any ? generic_who(text, start, a->who_start, a->who_end)
                          : NULL;
        /* a pronoun describes no one on its own */
        static const char *const pronouns[] = {"he", "she", "they", "we", "it", "i", "you", NULL};
        for (guint k = 0; who != NULL && any && pronouns[k] != NULL; k++)
            if (g_ascii_strcasecmp(who, pronouns[k]) == 0)
                g_clear_pointer(&who, g_free);
        if (who != NULL)
            g_ptr_array_add(out, who);
    }
    return out;
}

GPtrArray *
cc_modality_named_speakers(const CcModalityScope *scope, const char *text, gsize start,
                           gsize end)
{
    g_return_val_if_fail(scope != NULL && text != NULL && start <= end, NULL);
    return named_speakers(scope, text, start, end, FALSE);
}

GPtrArray *
cc_modality_speakers(const CcModalityScope *scope, const char *text, gsize start, gsize end)
{
    g_return_val_if_fail(scope != NULL && text != NULL && start <= end, NULL);
    return named_speakers(scope, text, start, end, TRUE);
}

/* The last word of @who, lower case: its head noun. */
static char *
head_of(const char *who)
{
    const char *end = who + strlen(who), *w = end;
    while (w > who && (g_ascii_isalpha(w[-1]) || w[-1] == '-'))
        w--;
    return w < end ? g_ascii_strdown(w, end - w) : NULL;
}

char *
cc_modality_definite_head(const char *who)
{
    g_return_val_if_fail(who != NULL, NULL);
    if (g_ascii_strncasecmp(who, "the ", 4) != 0 || names_someone(who, 4, strlen(who), G_MAXSIZE))
        return NULL;
    return head_of(who + 4);
}

gboolean
cc_modality_has_head(const char *speaker, const char *head)
{
    g_return_val_if_fail(speaker != NULL && head != NULL, FALSE);
    g_autofree char *own = head_of(speaker);
    if (own == NULL)
        return FALSE;
    gsize a = strlen(own), b = strlen(head);
    /* "agency" and "agencies" are one head; so are "official" and "officials". */
    if (a == b)
        return strcmp(own, head) == 0;
    const char *longer = a > b ? own : head, *shorter = a > b ? head : own;
    gsize n = MIN(a, b);
    if (strcmp(longer + n, "s") == 0 && strncmp(longer, shorter, n) == 0)
        return TRUE;
    return n >= 2 && shorter[n - 1] == 'y' && strcmp(longer + n - 1, "ies") == 0
           && strncmp(longer, shorter, n - 1) == 0;
}

void
cc_modality_scope_forget(const CcModalityScope *scope)
{
    scope->window->valid = FALSE;
    g_hash_table_remove_all(scope->said_memo->spans);
    scope->said_memo->text = NULL;
}

CcModality
cc_modality_assess(const CcModalityScope *scope, const char *text, gsize sentence_start,
                   gsize sentence_end, gsize match_start, gsize match_end, char **attribution)
{
    g_return_val_if_fail(scope != NULL, CC_MODALITY_ASSERTED);
    cc_modality_scope_forget(scope);
    return cc_modality_assess_again(scope, text, sentence_start, sentence_end, match_start,
                                    match_end, match_start, match_end, 0, 0, match_start,
                                    match_end, attribution);
}

GArray *
cc_modality_phrases_in(const CcModalityScope *scope, const char *table, const char *text,
                       gsize start, gsize end, gboolean anywhere)
{
    g_return_val_if_fail(scope != NULL && table != NULL && text != NULL && start <= end, NULL);
    const Phrases *ph = strcmp(table, "terminators") == 0 ? &scope->terminators : &scope->cues;
    GArray *out = g_array_new(FALSE, FALSE, sizeof(gsize));
    if (ph->all == NULL)
        return out;
    gsize pos = start, ms, me;
    while (pos < end && phrases_next(ph, text, pos, end, anywhere, &ms, &me)) {
        g_array_append_val(out, ms);
        g_array_append_val(out, me);
        pos = me > ms ? me : ms + 1;
    }
    return out;
}

/* "5 million shells, if not 6 million": the hedge the value pass joins to
 * a figure past its counted noun (normalize_number.c, hedge_after_unit()):
 * at most five words after the figure (four and a calibre), a comma,
 * "if not" and a digit.
 * Its negation and condition are the figure's own words, as "5 million,
 * if not 6 million, shells" has them inside the figure. */
static gboolean
alternative_after_noun(const char *text, gsize value_end, gsize limit, const Cue *cue)
{
    gsize k = value_end;
    guint words = 0;
    while (words < 5 && k < limit && text[k] == ' ') {
        gsize w = ++k;
        while (k < limit && (g_ascii_isalnum(text[k]) || text[k] == '-' || text[k] == '\''))
            k++;
        if (k == w)
            return FALSE;
        words++;
        if (k < limit && text[k] == ',')
            break;
    }
    if (words == 0 || k >= limit || text[k] != ',')
        return FALSE;
    if (k + 9 > limit || g_ascii_strncasecmp(text + k + 1, " if not ", 8) != 0)
        return FALSE;
    return cue->start >= k + 2 && cue->end <= k + 8 && g_ascii_isdigit(text[k + 9]);
}

/* Is text[@ss, @se) a yes-or-no question, opened by an auxiliary or
 * modal verb (a quote mark, a "Q:" or a short label's colon before it
 * passed over) and closed
 * by a question mark after the figure ending at @fe: "Are 10,000 North
 * Korean troops really heading to Ukraine?", "Has Pyongyang sent 3,000
 * more?" A question that names what the figure after it answers ("How
 * many …?") opens with no such verb. So is a question the figure at
 * @fs opens, "only" or "really" at most before it, a headline's or
 * fact-checker's doubt put with no verb ("3,000 North Korean casualties?
 * Seoul isn't so sure", "Only 600 dead?"): nothing that asks for a
 * figure can open with one. */
static gboolean
yes_no_question(const char *text, gsize ss, gsize se, gsize fs, gsize fe)
{
    static const char *const openers[] = {"only", "really", "just", "still", NULL};
    static const char *const aux[] = {"is", "are", "was", "were", "has", "have", "had", "did",
                                      "does", "do", "will", "would", "could", "can", "should",
                                      "might", "may", "must", NULL};
    gsize e = se;
    while (e > ss && (g_ascii_isspace(text[e - 1]) || text[e - 1] == '"' || text[e - 1] == '\''
                      || (guchar)text[e - 1] >= 0x80))
        e--;
    if (e == ss || text[e - 1] != '?' || fe > e)
        return FALSE;
    gsize b = ss;
    while (b < e && (g_ascii_isspace(text[b]) || text[b] == '"' || (guchar)text[b] >= 0x80))
        b++;
    if (b + 2 < e && (text[b] == 'Q' || text[b] == 'q') && text[b + 1] == ':') {
        b += 2;
        while (b < e && g_ascii_isspace(text[b]))
            b++;
    } else {
        /* so is a headline's short label of one to three words before
         * its colon: "Fact check: Did North Korea lose 30,000 soldiers in
         * Kursk?", "Explainer: Has Pyongyang sent …?" */
        guint words = 0;
        gsize c = b;
        while (c < e && words <= 3) {
            gsize w0 = c;
            while (c < e && (g_ascii_isalpha(text[c]) || text[c] == '-' || text[c] == '\''))
                c++;
            if (c == w0)
                break;
            words++;
            if (c + 1 < e && text[c] == ':' && text[c + 1] == ' ') {
                if (words <= 3) {
                    b = c + 1;
                    while (b < e && g_ascii_isspace(text[b]))
                        b++;
                }
                break;
            }
            if (c >= e || text[c] != ' ')
                break;
            c++;
        }
    }
    gsize w = b;
    while (w < e && g_ascii_isalpha(text[w]))
        w++;
    if (fs >= b && fs < e) {
        gsize f = b;
        if (w > b && w < e && text[w] == ' ' && word_in_at(text, b, w, openers)) {
            f = w;
            while (f < e && text[f] == ' ')
                f++;
        }
        if (fs == f)
            return TRUE;
    }
    return w > b && w < e && text[w] == ' ' && word_in_at(text, b, w, aux);
}

/* Does the figure at @fs stand in a "reports that" clause which a feeling
 * before it is about ("Seoul said it was concerned by reports that about
 * 3,000 more …", "voiced alarm over media reports that …"), no comma,
 * semicolon or colon between? The figure is then the reports', which name
 * no one: the one who feels the concern is no source of it. Gives the
 * feeling's start in @from. */
static gboolean
concern_over_reports(const char *text, gsize ss, gsize fs, gsize *from)
{
    static const char *const feelings[] = {"concerned", "alarmed", "worried", "troubled",
                                           "disturbed", "dismayed", "shocked", "concern",
                                           "concerns", "alarm", "worry", "worries", "unease",
                                           NULL};
    static const char *const preps[] = {"by", "about", "over", "at", NULL};
    static const char *const reports[] = {"report", "reports", NULL};
    enum { MAX_WORDS = 24 };
    gsize b[MAX_WORDS], e[MAX_WORDS];
    guint n = 0;
    gsize i = fs;
    while (n < MAX_WORDS) {
        while (i > ss && text[i - 1] == ' ')
            i--;
        if (i <= ss)
            break;
        gsize we = i;
        while (i > ss && text[i - 1] != ' ')
            i--;
        gsize ws = i;
        char last = text[we - 1];
        if (last == ',' || last == ';' || last == ':')
            break;
        b[n] = ws;
        e[n] = we;
        n++;
    }
    /* the words run backwards: b[0] is the word just before the figure */
    for (guint k = 0; k + 3 < n; k++) {
        if (!word_is(text, b[k], e[k], "that") || !word_in_at(text, b[k + 1], e[k + 1], reports))
            continue;
        for (guint m = k + 2; m < n && m <= k + 4; m++) {
            if (!word_in_at(text, b[m], e[m], preps))
                continue;
            if (m + 1 < n && word_in_at(text, b[m + 1], e[m + 1], feelings)) {
                *from = b[m + 1];
                return TRUE;
            }
            break;
        }
        return FALSE;
    }
    return FALSE;
}

/* Does the clause before the figure at @fs say there is no evidence or
 * proof of it ("There is no evidence that …", "zero proof that …"), and
 * does the speaker at @as after the figure at @fe make the claim with "as"
 * right before it ("…, as a widely shared post claims")? The claim is the
 * speaker's, reported in order to be rejected: disputed, not negated. (The
 * "as" of a claim that something did not happen, "did not send troops, as
 * Pyongyang has claimed", has no missing evidence before it.) */
static gboolean
claim_without_evidence(const char *text, gsize ss, gsize fs, gsize fe, gsize as)
{
    static const char *const lacks[] = {"no evidence", "zero evidence", "no proof",
                                        "not a shred of evidence", NULL};
    gboolean lacking = FALSE;
    for (gsize i = ss; i < fs && !lacking; i++) {
        if (text[i] == ';' || text[i] == ':')
            return FALSE;
        if (i > ss && g_ascii_isalpha(text[i - 1]))
            continue;
        for (guint k = 0; lacks[k] != NULL && !lacking; k++)
            lacking = word_at(text, i, fs, lacks[k]);
    }
    if (!lacking || as < fe)
        return FALSE;
    for (gsize i = fe; i < as; i++)
        if (text[i] == ';' || text[i] == ':')
            return FALSE;
    /* (the speaker's article or quantifier may lie outside its name: "as
     * a widely shared post claims") */
    static const char *const dets[] = {"a", "an", "the", "some", "many", "several", NULL};
    gsize ws, we = word_before(text, fe, as, &ws);
    if (we > ws && word_in_at(text, ws, we, dets))
        we = word_before(text, fe, ws, &ws);
    return we > ws && word_is(text, ws, we, "as");
}

/* Does the speaker ending at @se go on, with its verb of saying and no
 * comma, semicolon or colon, to name reports or claims that own the figure
 * at @fs and no one else ("Zinoviev said reports of 12,000 North Korean
 * troops in Russia were \"groundless speculation\"", "Zakharova said
 * claims that some 3,000 … had died were lies")? A figure so rejected is
 * the reports', which name no one: the speaker rejects it and is no source
 * of it. Only the verb of saying, "that", an article or "media" may stand
 * between the speaker and the reports: a capitalized word or a possessive
 * may name their owner, another verb an act of the speaker's own. */
static gboolean
rejected_reports_between(const char *text, gsize se, gsize fs)
{
    static const char *const reports[] = {"report",  "reports",  "claim",  "claims",
                                          "allegation", "allegations", "rumours", "rumors",
                                          "talk",    NULL};
    static const char *const links[] = {"of", "that", NULL};
    static const char *const speech_then[] = {"said",   "says",     "say",    "stated",  "states",
                                              "insisted", "insists", "told",  "tells",   "added",
                                              "that",   "the",      "media",  "recent",  "such",
                                              "those",  "these",    "reporters", NULL};
    enum { MAX_WORDS = 12 };
    gsize b[MAX_WORDS], e[MAX_WORDS];
    guint n = 0;
    gsize i = se;
    while (i < fs && n < MAX_WORDS) {
        while (i < fs && text[i] == ' ')
            i++;
        if (i >= fs)
            break;
        gsize ws = i;
        while (i < fs && text[i] != ' ')
            i++;
        char last = text[i - 1];
        if (last == ',' || last == ';' || last == ':')
            return FALSE;
        b[n] = ws;
        e[n] = i;
        n++;
    }
    if (n < 2 || n >= MAX_WORDS)
        return FALSE;
    /* the reports' noun (after the verb of saying, where the speaker's
     * span leaves it out), then "of" or "that", at most two words (an
     * approximator) between it and the figure */
    for (guint k = 0; k + 1 < n; k++) {
        if (!word_in_at(text, b[k], e[k], reports))
            continue;
        /* right after the verb, "that" or "the" at most: a verb of its
         * own between ("denied any role and called the report of 12,000
         * … fake news") leaves the speaker the source of that act */
        if (k > 3 || !word_in_at(text, b[k + 1], e[k + 1], links) || n - (k + 2) > 2)
            return FALSE;
        for (guint m = 0; m < k; m++)
            if (!word_in_at(text, b[m], e[m], speech_then))
                return FALSE;
        for (guint m = 0; m < k; m++) {
            gsize we = e[m];
            if (g_ascii_isupper(text[b[m]]) || (we - b[m] > 2 && text[we - 1] == 's'
                                                && (text[we - 2] == '\'' || text[we - 2] == '\x99')))
                return FALSE;
        }
        return TRUE;
    }
    return FALSE;
}

/* Does a sum of money start at @pos, spaces aside, before @end: a
 * currency sign or code ("$3 million", "US$3m", "€2bn", "USD 5m"), or a
 * figure, a scale word or not, and a currency's name ("3 million
 * dollars", "400 billion won")? */
static gboolean
money_at(const char *text, gsize pos, gsize end)
{
    while (pos < end && text[pos] == ' ')
        pos++;
    static const char *const signs[] = {"$", "US$", "A$", "C$", "HK$", "\xe2\x82\xac", "\xc2\xa3",
                                        "\xc2\xa5", "\xe2\x82\xa9", "USD ", "EUR "};
    for (guint i = 0; i < G_N_ELEMENTS(signs); i++) {
        gsize n = strlen(signs[i]);
        if (pos + n < end && strncmp(text + pos, signs[i], n) == 0 && g_ascii_isdigit(text[pos + n]))
            return TRUE;
    }
    if (pos >= end || !g_ascii_isdigit(text[pos]))
        return FALSE;
    while (pos < end && (g_ascii_isdigit(text[pos]) || text[pos] == ',' || text[pos] == '.'))
        pos++;
    static const char *const scales[] = {"million", "billion", "trillion", "bn", "m"};
    for (guint i = 0; i < G_N_ELEMENTS(scales); i++) {
        gsize n = strlen(scales[i]);
        gsize k = pos;
        while (k < end && text[k] == ' ')
            k++;
        if (k + n <= end && g_ascii_strncasecmp(text + k, scales[i], n) == 0
            && (k + n == end || !g_ascii_isalpha(text[k + n]))) {
            pos = k + n;
            break;
        }
    }
    while (pos < end && text[pos] == ' ')
        pos++;
    static const char *const names[] = {"dollar", "euro", "pound", "won", "rouble", "ruble", "yuan", "yen"};
    for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
        gsize n = strlen(names[i]);
        if (pos + n <= end && g_ascii_strncasecmp(text + pos, names[i], n) == 0
            && (pos + n == end || !g_ascii_isalpha(text[pos + n]) || text[pos + n] == 's'))
            return TRUE;
    }
    return FALSE;
}

/* Does the figure at @fs stand in a gerund phrase that opens the sentence
 * at @ss, no comma between ("*Sending* 30,000 more troops would earn
 * Pyongyang $700 million a year")? The sending is what the modal weighs,
 * not a thing already there to be valued. */
static gboolean
in_opening_gerund(const char *text, gsize ss, gsize fs)
{
    gsize ws, we = word_after(text, ss, &ws);
    if (we < ws + 5 || we > fs || !g_ascii_isupper(text[ws])
        || g_ascii_strncasecmp(text + we - 3, "ing", 3) != 0)
        return FALSE;
    for (gsize i = we; i < fs; i++)
        if (text[i] == ',' || text[i] == ';' || text[i] == ':')
            return FALSE;
    return TRUE;
}

/* Does a modal at @pos, spaces aside, say only what something is worth
 * or costs: up to six words of valuing ("be worth", "cost", "fetch",
 * "bring in", a payer's name: "cost Moscow", a payer's noun after an
 * article: "bring the regime", or their perfect: "have earned") and then
 * a sum of money ("would be worth about $9 billion",
 * "could fetch $1,000 apiece", "would have earned Pyongyang $3 billion")? */
static gboolean
valuation_after(const char *text, gsize pos, gsize end)
{
    static const char *const words[] = {"be",    "worth", "cost",  "fetch", "earn",     "bring",
                                        "in",    "sell",  "for",   "about", "around",   "roughly",
                                        "some",  "nearly", "almost", "up", "to", "generate", "raise",
                                        "pay", "yield", "the", "it", "them", "each", "apiece",
                                        /* its perfect: "would have earned Pyongyang some $3
                                         * billion", "would have been worth" */
                                        "have", "been", "earned", "fetched", "brought", "sold",
                                        "generated", "raised", "yielded", "paid",
                                        /* a bound on the sum: "over $3 billion", "more than",
                                         * "as much as", "at least" */
                                        "over", "more", "than", "as", "much", "at", "least",
                                        /* a hedge of the sum: "perhaps $2 billion" */
                                        "perhaps", "possibly", "maybe", NULL};
    static const char *const owners[] = {"the", "its", "his", "their", NULL};
    gboolean named = FALSE, owned = FALSE;
    for (guint n = 0; n < 6; n++) {
        while (pos < end && text[pos] == ' ')
            pos++;
        if (money_at(text, pos, end))
            return n > 0;
        gsize k = pos;
        while (k < end && g_ascii_isalpha(text[k]))
            k++;
        if (k == pos)
            return FALSE;
        gboolean known = word_in_at(text, pos, k, words) || word_in_at(text, pos, k, owners);
        /* the payer by its name ("cost Moscow") or a noun after an
         * article or a possessive ("bring the regime $2 billion") */
        if (!known && !named && n > 0 && (g_ascii_isupper(text[pos]) || owned))
            named = known = TRUE;
        if (!known)
            return FALSE;
        owned = word_in_at(text, pos, k, owners);
        pos = k;
    }
    return FALSE;
}

/* Participles of saying that a comma sets after a clause: what its
 * subject said ("…, saying they had helped retake Kursk") */
static const char *const saying_participles[] = {"saying",     "adding",  "calling", "claiming",
                                                 "describing", "stating", NULL};

/* Is the word at @at one of saying_participles right after a comma, past
 * @from? @end bounds the word. */
static gboolean
participle_after_comma(const char *text, gsize from, gsize at, gsize end)
{
    gsize b = at;
    while (b > from && text[b - 1] == ' ')
        b--;
    if (b <= from || text[b - 1] != ',')
        return FALSE;
    for (guint k = 0; saying_participles[k] != NULL; k++)
        if (word_at(text, at, end, saying_participles[k]))
            return TRUE;
    return FALSE;
}

/* Does a "that", or a participle of saying after a comma, open what was
 * said in [@from, @to)? */
static gboolean
said_content_between(const char *text, gsize from, gsize to)
{
    for (gsize i = from + 1; i < to; i++)
        if (text[i - 1] == ' '
            && (word_at(text, i, to, "that") || participle_after_comma(text, from, i, to)))
            return TRUE;
    return FALSE;
}

CcModality
cc_modality_assess_again(const CcModalityScope *scope, const char *text, gsize sentence_start,
                         gsize sentence_end, gsize match_start, gsize match_end,
                         gsize value_start, gsize value_end, gsize said_start, gsize said_end,
                         gsize own_start, gsize own_end, char **attribution)
{
    if (attribution)
        *attribution = NULL;
    g_return_val_if_fail(scope != NULL && text != NULL, CC_MODALITY_ASSERTED);
    g_return_val_if_fail(sentence_start <= match_start && match_start <= match_end
                             && match_end <= sentence_end,
                         CC_MODALITY_ASSERTED);

    /* The part of the sentence within reach, cut at character boundaries. */
    gsize lo = match_start - sentence_start > REACH ? match_start - REACH : sentence_start;
    while (lo > sentence_start && ((unsigned char)text[lo] & 0xC0) == 0x80)
        lo--;
    gsize hi = sentence_end - match_end > REACH ? match_end + REACH : sentence_end;
    while (hi < sentence_end && ((unsigned char)text[hi] & 0xC0) == 0x80)
        hi++;

    Window *w = scope->window;
    if (!w->valid || w->text != text || w->lo != lo || w->hi != hi) {
        gboolean anywhere = has_letter_lookalike(text, lo, hi);
        find_terminators(scope, text, lo, hi, anywhere, w->terminators);
        find_cues(scope, text, lo, hi, anywhere, w->cues);
        find_said(scope, text, lo, hi, w->said);
        Said quoted;
        if (hi == sentence_end && quote_source_after(text, lo, hi, &quoted))
            g_array_append_val(w->said, quoted);
        drop_silent_speakers(text, w->cues, w->said);
        w->valid = TRUE;
        w->text = text;
        w->lo = lo;
        w->hi = hi;
    }

    CcModality best = CC_MODALITY_ASSERTED;
    /* whether a hedge outside the figure's own words acts on the claim */
    gboolean hedge_outside = FALSE;
    /* a verb of denying before the figure, in its clause, and whether a
     * rejection acts other than as the name the report is called after it
     * (see below: the denial then decides) */
    gboolean denial_before = FALSE, rejection_elsewhere = FALSE;
    /* another party's denial in a clause of its own after the figure's */
    gboolean denied_after = FALSE;
    /* where a relative clause that holds that denial opens ("…, which Kyiv
     * denied"): its party denies, it is no source of the claim */
    gsize denial_relative = G_MAXSIZE;
    /* a figure in a comment ", which …" on a negation's clause */
    gboolean comment_after_negation = FALSE;
    gsize fig_start = value_end > value_start ? value_start : match_start;
    gsize fig_end = value_end > value_start ? value_end : match_end;
    for (guint i = 0; i < w->cues->len; i++) {
        const Cue *cue = &g_array_index(w->cues, Cue, i);
        if (cue->modality < CC_MODALITY_HEDGED && cue->modality <= best)
            continue;
        if (cue->modality == CC_MODALITY_HEDGED && cue->modality < best)
            continue;
        /* the verb of saying that is the claim's event ("North Korea
         * confirmed on Monday" dates the confirmation) is no source of it */
        if (said_end > said_start && cue->start >= said_start && cue->end <= said_end)
            continue;
        /* nor is a participle of saying that a comma sets after it, its
         * subject the event's ("North Korea acknowledged on Monday that it
         * had sent troops, *saying* they had helped retake Kursk"): it
         * tells what the event said */
        if (said_end > said_start && cue->modality == CC_MODALITY_REPORTED
            && cue->start > said_end
            && participle_after_comma(text, said_end, cue->start, cue->end))
            continue;
        /* and a hedge or a modal in what that event said, after its "that"
         * or such a participle, is the content's, not the event's: "North
         * Korea confirmed on Monday that its troops had fought in Kursk,
         * adding that a memorial *would* be built" */
        if (said_end > said_start
            && (cue->modality == CC_MODALITY_HEDGED || cue->modality == CC_MODALITY_HYPOTHETICAL)
            && cue->start > said_end && said_content_between(text, said_end, cue->start))
            continue;
        /* a negation or condition inside the figure's own words joins its
         * hedged alternatives ("5 million, *if not* 6 million, shells"):
         * no denial or condition of the claim. (A rule that names no
         * figure gives its whole match as the value: no words of a figure
         * there.) */
        if ((cue->modality == CC_MODALITY_NEGATED || cue->modality == CC_MODALITY_HYPOTHETICAL)
            && value_end > value_start && (value_start != match_start || value_end != match_end)
            && ((cue->start >= value_start && cue->end <= value_end)
                || alternative_after_noun(text, value_end, sentence_end, cue)))
            continue;
        /* a hedge right before a sum of money is that sum's approximator
         * ("some 12 million rounds, worth *perhaps* $10 billion", "more
         * than 100 missiles, each costing Moscow *an estimated* $3
         * million"): the sum is hedged, not the count beside it */
        if (cue->modality == CC_MODALITY_HEDGED && (cue->end <= fig_start || cue->start >= fig_end)
            && money_at(text, cue->end, sentence_end))
            continue;
        /* a modal after the figure that only values it says what the
         * things would be worth, not whether they are there: "the roughly
         * 9 million shells Seoul says the North has shipped *would* be
         * worth about $9 billion" */
        if ((cue->modality == CC_MODALITY_HYPOTHETICAL || cue->modality == CC_MODALITY_HEDGED)
            && cue->start >= fig_end && valuation_after(text, cue->end, sentence_end)
            && !in_opening_gerund(text, sentence_start, fig_start))
            continue;
        /* a hedge in a speaker's description of what it knows ("a person
         * briefed on the assessment", "people familiar with the
         * estimates") describes the speaker, not the claim */
        if (cue->modality == CC_MODALITY_HEDGED && in_knowing_speaker(text, w->said, cue))
            continue;
        /* "…, well above Western estimates": the estimates set against
         * the figure after it hedge their own figure, not this one */
        if (cue->modality == CC_MODALITY_HEDGED && cue->start >= fig_end
            && word_in_at(text, cue->start, cue->end, issued_nouns)
            && compared_with_before(text, fig_end, cue->start))
            continue;
        if ((cue->modality == CC_MODALITY_HYPOTHETICAL || cue->modality == CC_MODALITY_NEGATED)
            && outside_counterfactual(text, sentence_start, sentence_end, fig_start, fig_end,
                                      cue->start, cue->end))
            continue;
        /* "Even if only 5,000 of the 11,000 troops see combat": the
         * condition is the part's; the whole is told as known */
        if (cue->modality == CC_MODALITY_HYPOTHETICAL
            && (cue->end <= fig_start
                || (cue->start >= fig_end && comma_between(text, fig_end, cue->start)))
            && whole_of_part(text, sentence_start, fig_start))
            continue;
        if (cue->modality == CC_MODALITY_NEGATED && cue->end <= fig_start
            && comment_which_between(text, cue->end, fig_start))
            comment_after_negation = TRUE;
        if (cue->modality == CC_MODALITY_NEGATED && cue->start >= fig_end
            && denial_verb(text, cue->start, cue->end)
            && denied_in_next_clause(text, fig_end, cue->start, cue->end, sentence_end)) {
            denied_after = TRUE;
            gsize rel = which_clause_open(text, fig_end, cue->start);
            gsize next = next_clause_open(text, fig_end, cue->start);
            if (rel != G_MAXSIZE && (next == G_MAXSIZE || rel > next))
                denial_relative = rel;
            continue;
        }
        if (cue->modality == CC_MODALITY_DISPUTED && cue->start >= fig_end
            && (called_in_next_clause(text, fig_end, cue->start, cue->end, sentence_end)
                || (rejecting_verb(text, cue->start, cue->end)
                    && denied_in_next_clause(text, fig_end, cue->start, cue->end,
                                             sentence_end)))) {
            denied_after = TRUE;
            continue;
        }
        /* the counted men who speak: "Two North Korean soldiers captured
         * in January told interrogators that …": the figure opens the
         * sentence, and the verb of saying after it, no mark between, has
         * them for its subject; the writer counts them, no one reports the
         * count (a speaker named with the verb reports it still) */
        if (cue->modality == CC_MODALITY_REPORTED && cue->start >= fig_end
            && figure_subject_speaks(text, sentence_start, fig_start, fig_end, cue->start))
            continue;
        /* a speaker or an estimate trusted on a condition conditions
         * nothing; the trust doubts the figure, a hedge */
        if (cue->modality == CC_MODALITY_HYPOTHETICAL
            && if_of_trust(text, cue->start, cue->end, hi)) {
            if (best < CC_MODALITY_HEDGED)
                best = CC_MODALITY_HEDGED;
            hedge_outside = TRUE;
            continue;
        }
        if (!cue_acts(text, w->terminators, w->cues, cue, sentence_start, match_start, match_end,
                      value_end > value_start ? value_start : match_start,
                      value_end > value_start ? value_end : match_end, hi))
            continue;
        if (cue->modality == CC_MODALITY_HYPOTHETICAL
            && word_is(text, cue->start, cue->end, "would")
            && forecast_would(text, sentence_start, cue->start)) {
            if (best < CC_MODALITY_HEDGED)
                best = CC_MODALITY_HEDGED;
            hedge_outside = TRUE;
            continue;
        }
        /* "North Korean rounds made up 1.5 million of the shells Russia
         * fired": a share the things made up, its figure right after the
         * verb, is a count, not an invention (the approximators and
         * shares after it are in core/modality.rules) */
        if (cue->modality == CC_MODALITY_DISPUTED && cue->end <= fig_start
            && cue->end - cue->start == 7
            && g_ascii_strncasecmp(text + cue->start, "made up", 7) == 0) {
            gsize k = cue->end;
            while (k < fig_start && text[k] == ' ')
                k++;
            if (k == fig_start)
                continue;
        }
        if (cue->modality == CC_MODALITY_HEDGED
            && (!(value_end > value_start && cue->start >= value_start && cue->end <= value_end)
                || in_said(w->said, cue)))
            hedge_outside = TRUE;
        if (cue->modality == CC_MODALITY_NEGATED && cue->end <= fig_start
            && denial_verb(text, cue->start, cue->end) && !comma_between(text, cue->end, fig_start))
            denial_before = TRUE;
        if (cue->modality == CC_MODALITY_DISPUTED
            && !(cue->start >= fig_end && comma_or_and_between(text, fig_end, cue->start)))
            rejection_elsewhere = TRUE;
        if (cue->modality == CC_MODALITY_NEGATED && cue->start >= fig_end
            && denial_verb(text, cue->start, cue->end)
            && claim_named_between(text, fig_end, cue->start)) {
            /* "…, a claim Ukraine's general staff denies": rejected */
            best = CC_MODALITY_DISPUTED;
            rejection_elsewhere = TRUE;
            continue;
        }
        if (cue->modality > best)
            best = cue->modality;
    }
    /* "denied that his country had sent 1,500 special forces, calling the
     * report a groundless rumour": the source says the event did not
     * happen, and the name it calls the report is its reason */
    if (best == CC_MODALITY_DISPUTED && denial_before && !rejection_elsewhere)
        best = CC_MODALITY_NEGATED;

    /* a supposition opened by an imperative "Say" or "Imagine" at the
     * sentence's start, as "Suppose" is: "Say only one in ten of them is
     * killed", "Imagine 5,000 more soldiers sent" ("Say what you will,"
     * is no supposition; a colon or ";" ends it) */
    if (best < CC_MODALITY_HYPOTHETICAL && supposition_opens(text, sentence_start, fig_start))
        best = CC_MODALITY_HYPOTHETICAL;
    /* a yes-or-no question asks whether the claim holds, a doubt put as a
     * question: "Are 10,000 North Korean troops really heading to
     * Ukraine?" is hedged, never stated */
    if (best < CC_MODALITY_HEDGED
        && yes_no_question(text, sentence_start, sentence_end, fig_start, fig_end)) {
        best = CC_MODALITY_HEDGED;
        hedge_outside = TRUE;
    }
    /* a speaker inside the claim's own words is no source of it; one
     * between a shared subject and the figure is (@own_start, @own_end) */
    if (own_end <= own_start || own_start < sentence_start || own_end > sentence_end) {
        own_start = match_start;
        own_end = match_end;
    }
    const Said *source = NULL;
    g_autofree char *who = find_attribution(w->said, text, w->terminators, sentence_start, lo, hi,
                                            own_start, own_end, fig_start, fig_end, said_start,
                                            said_end, &source);
    /* "Seoul said it was concerned by reports that about 3,000 more …":
     * the figure is the reports', which name no one; the speaker of the
     * concern, before it or after the figure, is no source of it */
    gsize feeling;
    if (who != NULL && source != NULL && concern_over_reports(text, sentence_start, fig_start, &feeling)
        && (source->end <= feeling || source->start >= fig_end)) {
        g_clear_pointer(&who, g_free);
        source = NULL;
    }
    /* "There is no evidence that North Korea has sent 30,000 more troops
     * to Russia, as a widely shared post claims": the post's claim,
     * rejected */
    if (who != NULL && source != NULL && best == CC_MODALITY_NEGATED
        && claim_without_evidence(text, sentence_start, fig_start, fig_end, source->start))
        best = CC_MODALITY_DISPUTED;
    if (who != NULL && source != NULL && best == CC_MODALITY_DISPUTED && source->end <= fig_start
        && rejected_reports_between(text, source->end, fig_start)) {
        g_clear_pointer(&who, g_free);
        source = NULL;
    }
    if (who != NULL && source != NULL && denial_relative != G_MAXSIZE
        && source->start >= denial_relative) {
        g_clear_pointer(&who, g_free);
        source = NULL;
    }
    /* "Pyongyang denied sending troops, which must come as news to the
     * 11,000 soldiers now in Kursk": the denier is no source of what the
     * comment on its denial states */
    if (who != NULL && source != NULL && comment_after_negation && source->end <= fig_start
        && comment_which_between(text, source->end, fig_start)) {
        g_clear_pointer(&who, g_free);
        source = NULL;
    }
    /* "… lost about 90 men a day since they entered heavy fighting in
     * Kursk in early December, the think tank estimated": the source's own
     * verb hedges what it is the source of, however far after the figure
     * the speaker stands, as the speaker itself reaches it. */
    /* (so too where the figure's own approximator hedged it: "An estimated
     * 14,000 troops are in Russia, and some 4,000 …, as per Ukrainian
     * estimates" is the estimates' hedge, not a report of one) */
    /* A source before the figure that is itself an estimate or an
     * assessment, its noun, not a verb, hedges so too, however far the
     * figure stands: "Ukrainian estimates put the dead at 1,000, the
     * wounded at 2,500 and the captured at 30" (a verb's hedge before the
     * figure, "Officials expect …", reaches only as far as cues do). */
    gboolean before = source != NULL && source->end <= own_start;
    if (source != NULL && (source->start >= own_end || before)
        && (best < CC_MODALITY_HEDGED || (best == CC_MODALITY_HEDGED && !hedge_outside))) {
        for (guint i = 0; i < w->cues->len; i++) {
            const Cue *cue = &g_array_index(w->cues, Cue, i);
            if (cue->modality == CC_MODALITY_HEDGED && cue->side != SIDE_PRE
                && !cue->forward_only && cue->start >= source->start && cue->end <= source->end
                && (!before || word_in_at(text, cue->start, cue->end, issued_nouns))
                && !(said_end > said_start && cue->start >= said_start && cue->end <= said_end)
                && !in_knowing_speaker(text, w->said, cue)) {
                best = CC_MODALITY_HEDGED;
                hedge_outside = TRUE;
                break;
            }
        }
    }
    /* "wounding an estimated 150 soldiers, a spokesman said": a hedge that
     * is only the figure's approximator is the speaker's estimate, which
     * the source reports; with no speaker the figure stays hedged. */
    /* "Kyiv says about 2,000 … have been killed, but Moscow denies
     * this": a claim its source makes, another party denies; one the
     * writer states ("…, yet Pyongyang still denies it") stays stated */
    /* "Kyiv says 3,000 … have been killed, but there is no sign of it": a
     * verdict in a clause of its own after the figure's that nothing bears
     * the claim out sets it against that doubt, as a denial there does */
    if (!denied_after && who != NULL && best < CC_MODALITY_DISPUTED) {
        gsize open = next_clause_open(text, fig_end, sentence_end);
        denied_after = open != G_MAXSIZE && cc_modality_finds_nothing_for(text, open, sentence_end);
    }
    if (denied_after && who != NULL && best < CC_MODALITY_DISPUTED) {
        best = CC_MODALITY_DISPUTED;
        hedge_outside = TRUE;
    }
    if (who != NULL && best == CC_MODALITY_HEDGED && !hedge_outside)
        best = CC_MODALITY_REPORTED;
    if (who != NULL && best < CC_MODALITY_REPORTED)
        best = CC_MODALITY_REPORTED;
    if (attribution)
        *attribution = g_steal_pointer(&who);
    return best;
}

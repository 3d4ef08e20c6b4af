/* SPDX-License-Identifier: MIT */
/* extract.c: the engine. A source is split into sentences; a mention pass
 * notes which kinds of value each sentence holds; only the rules needing
 * those kinds run there; their matches are normalized, judged for modality
 * and attribution, dated, de-duplicated and numbered as claim records. */
#define _GNU_SOURCE /* memmem, memrchr */
#include "internal.h"
#include "frame.h"
#include "prefilter.h"

#include <math.h>

/* Words are looked up as mentions by their first MENTION_WORD_MAX - 1
 * letters. */
#define MENTION_WORD_MAX 32

/* A phrase of several words that a mention word opens ("a few", "the day
 * before yesterday"): the runs of letters after its first word. */
typedef struct {
    guint kinds;
    guint n_runs;
    char **runs;     /* lower-case ASCII letters */
    gsize *run_lens; /* their lengths */
} MentionPhrase;

/* A mention word in the extractor's open-addressing table: a word of the
 * text is looked up with the hash taken as its letters are folded. */
typedef struct {
    guint32 hash;
    guint8 len; /* 0: an empty slot */
    char word[MENTION_WORD_MAX];
    guint kinds;        /* of the entries that are this word alone */
    GPtrArray *phrases; /* (element-type MentionPhrase) those it opens, or NULL */
} MentionSlot;

/* A match before it becomes a record. */
typedef struct {
    const CcRule *rule;
    gsize match_start, match_end; /* the whole pattern match */
    gsize own_start, own_end;     /* the match, less a frame's shared subject (CcFrameHit) */
    gsize value_start, value_end; /* the value as written (the match for events) */
    gsize sentence_start, sentence_end;
    CcValue value;
    char *subject, *object, *scope;
    char *value_text; /* the value as written, white space folded */
    gboolean dropped;
    gboolean frame;   /* made by a frame, not a pattern */
    char *explain;    /* a frame's slots, with --explain */
    gsize said_start, said_end; /* a frame's cue that is a saying and the event */
    /* an earlier figure of a claim ("up from 8,000", "rose from 8,000 to
     * 11,000"): where that claim's later figure starts (claim_as_of()) */
    gboolean earlier;
    gsize later_start;
    gboolean compared_back; /* CcFrameHit's: set against the sentence before's count */
} Candidate;

/* A sentence as the patterns see it: runs of white space (wrapped lines,
 * indentation, Markdown markup blanked in place) folded to one space, so
 * that a rule's "within 80 characters" means 80 characters of prose; and a
 * map from each byte of the view back to its offset in the file. */
typedef struct {
    const char *text;
    gsize len;
    const gsize *map; /* NULL: view byte i is file offset base + i */
    gsize base;
} View;

struct _CcExtractor {
    const CcRuleSet *rules;
    const CcNormalizer *normalizer;
    CcModalityScope *modality;
    /* One CcMatch per pattern then per exception, by rule, for reuse. */
    GPtrArray *matches; /* (element-type GPtrArray of CcMatch) parallel to rules */
    /* Single lower-case words that announce a mention, with CcMentionKind
     * bits, in an open-addressing table for mention_kinds(). */
    gsize longest_mention_word;
    /* Bit opening_bit(): some mention word opens with these letters, so
     * that most words of a sentence are passed over without their hash. */
    guint64 mention_openings[(27 * 27 * 27 + 63) / 64];
    MentionSlot *mention_slots;
    guint32 mention_mask; /* slots - 1, a power of two less one */
    /* Phrases that make an explicit date in the sentence a start, not a
     * moment: "since February 2022" does not date the claim. */
    GHashTable *since_words;
    CcAbbreviations *abbreviations; /* the segmenter's, built once */
    /* The `future_words` lexicon's phrases (borrowed): a sentence with one
     * may speak of a month after the document's date. NULL: none. */
    GPtrArray *future_words;
    /* The bytes they start with, folded: only where a word of the sentence
     * starts with one is it compared with them. */
    gboolean future_opens[256];
    GPtrArray *months; /* the `months` lexicon's phrases (borrowed), or NULL */
    gsize *month_lens; /* their lengths, by index */
    /* Reused for every sentence that needs folding. */
    GString *fold;
    GArray *fold_map; /* (element-type gsize) */
    GArray *vetoes;   /* (element-type CcSpan) a rule's exception matches in a sentence */
    gboolean *generic; /* by rule: a "value" rule of the generic pack */
    /* The words each pattern needs, read from its regex: a pattern whose
     * words are not in the sentence cannot match there and is not run. */
    CcPrefilter *prefilter; /* NULL until the first source */
    gboolean prefilter_all; /* it holds the generic rules that --all alone runs */
    /* The rules tried in a sentence, by --all (0, 1) and the kinds of mention
     * it holds (0 to 3), and whether it is scanned for their anchors: built
     * on first use (rule_lists()). */
    GArray *tried_by[2][4]; /* (element-type guint) */
    gboolean scan_by[2][4];
    GArray *dating_rules; /* (element-type guint) the generic date rules, in order */
    guint **pattern_needs; /* by rule, by pattern: index in the prefilter */
    guint last_generic_date; /* the last generic date rule, or G_MAXUINT */
    CcFrameRun *frames; /* NULL when the rule set has no frame */
    GArray *mentions;   /* (element-type CcMention) the value pass's, per sentence */
    GArray *frame_hits; /* (element-type CcFrameHit) per sentence */
    /* For "{value}" patterns: the value pass's mentions of the whole
     * sentence that starts at vp_at[k] (G_MAXSIZE: none yet), quantities
     * (k = 0) and dates (1) as the frames read them, and (k + 2) as
     * written, for the generic rules; and their spans for the callouts. */
    gsize vp_at[4];
    GArray *vp_mentions[4]; /* (element-type CcMention) */
    GArray *vp_spans[4];    /* (element-type CcSpan) */
};

/* FNV-1a over a mention word's bytes. */
static inline guint32
mention_hash_start(void)
{
    return 2166136261u;
}

static inline guint32
mention_hash_step(guint32 h, char c)
{
    return (h ^ (guint8)c) * 16777619u;
}

/* The slot of mention word @word[0, n) (hash @h), or NULL. */
/* The bit of CcExtractor's mention_openings for a word of @n ASCII
 * letters @w, in either case: its first three letters (0 for 'a'), 26
 * standing for each it lacks. */
static inline guint
opening_bit(const char *w, gsize n)
{
    guint a = (guint)((w[0] | 0x20) - 'a');
    guint b = n > 1 ? (guint)((w[1] | 0x20) - 'a') : 26u;
    guint c = n > 2 ? (guint)((w[2] | 0x20) - 'a') : 26u;
    return (27 * a + b) * 27 + c;
}

static const MentionSlot *
mention_lookup(const CcExtractor *ex, const char *word, gsize n, guint32 h)
{
    for (guint32 at = h & ex->mention_mask;; at = (at + 1) & ex->mention_mask) {
        const MentionSlot *slot = &ex->mention_slots[at];
        if (slot->len == 0)
            return NULL;
        if (slot->hash == h && slot->len == n && memcmp(slot->word, word, n) == 0)
            return slot;
    }
}

/* Does @p's rest follow the word that ends at @from in text[from, end): its
 * runs of letters in order, whatever lies between them, each the run of
 * the text there (the last may run on: "a few" in "a fewer")? Folded. */
static gboolean
mention_phrase_follows(const MentionPhrase *p, const char *text, gsize from, gsize end)
{
    gsize i = from;
    for (guint r = 0; r < p->n_runs; r++) {
        while (i < end && !g_ascii_isalpha(text[i]))
            i++;
        const char *run = p->runs[r];
        gsize n = p->run_lens[r];
        if (end - i < n)
            return FALSE;
        /* only a letter folds to a lower-case letter */
        for (gsize k = 0; k < n; k++)
            if ((char)(text[i + k] | 0x20) != run[k])
                return FALSE;
        i += n;
        if (r + 1 < p->n_runs && i < end && g_ascii_isalpha(text[i]))
            return FALSE;
    }
    return TRUE;
}

static void
mention_phrase_free(gpointer data)
{
    MentionPhrase *p = data;
    g_strfreev(p->runs);
    g_free(p->run_lens);
    g_free(p);
}

/* A phrase of several words is kept under its first word with the runs of
 * letters of the rest (@phrases: first word -> GPtrArray of MentionPhrase),
 * and a sentence holds it only if they follow that word there: a sentence
 * holding "a" or "the" holds no "a few" or "the day before yesterday"
 * unless they follow. A word alone is kept in @words. */
static void
add_mention_words(GHashTable *words, GHashTable *phrases, const CcLexicon *lexicon,
                  const char *table, guint kind)
{
    GPtrArray *entries = cc_lexicon_entries(lexicon, table);
    if (entries == NULL)
        return;
    for (guint i = 0; i < entries->len; i++) {
        const CcLexiconEntry *e = entries->pdata[i];
        /* The first word of the phrase is enough to wake the rules. */
        const char *sp = e->phrase;
        while (*sp && *sp != ' ' && *sp != '-')
            sp++;
        g_autofree char *first = g_strndup(e->phrase, sp - e->phrase);
        /* Strip a trailing dot ("feb.") to match the tokenizer's words. */
        gsize n = strlen(first);
        while (n > 0 && !g_ascii_isalnum(first[n - 1]))
            first[--n] = '\0';
        if (n == 0)
            continue;
        /* the runs of letters after the first word */
        GPtrArray *runs = g_ptr_array_new();
        for (const char *q = sp; *q;) {
            while (*q && !g_ascii_isalpha(*q))
                q++;
            const char *r = q;
            while (*q && g_ascii_isalpha(*q))
                q++;
            if (q > r)
                g_ptr_array_add(runs, g_ascii_strdown(r, q - r));
        }
        guint old = GPOINTER_TO_UINT(g_hash_table_lookup(words, first));
        if (runs->len == 0) {
            g_ptr_array_free(runs, TRUE);
            g_hash_table_replace(words, g_strdup(first), GUINT_TO_POINTER(old | kind));
            continue;
        }
        /* the word is looked up all the same, for its phrases */
        g_hash_table_replace(words, g_strdup(first), GUINT_TO_POINTER(old));
        MentionPhrase *p = g_new0(MentionPhrase, 1);
        p->kinds = kind;
        p->n_runs = runs->len;
        p->run_lens = g_new(gsize, runs->len);
        for (guint r = 0; r < runs->len; r++)
            p->run_lens[r] = strlen(runs->pdata[r]);
        g_ptr_array_add(runs, NULL);
        p->runs = (char **)g_ptr_array_free(runs, FALSE);
        GPtrArray *list = g_hash_table_lookup(phrases, first);
        if (list == NULL) {
            list = g_ptr_array_new_with_free_func(mention_phrase_free);
            g_hash_table_insert(phrases, g_strdup(first), list);
        }
        g_ptr_array_add(list, p);
    }
}

CcExtractor *
cc_extractor_new(const CcRuleSet *rules)
{
    g_return_val_if_fail(rules != NULL, NULL);
    CcExtractor *ex = g_new0(CcExtractor, 1);
    ex->rules = rules;
    ex->normalizer = cc_ruleset_normalizer(rules);
    const CcLexicon *lexicon = cc_ruleset_lexicon(rules);
    ex->modality = cc_modality_scope_new(lexicon, cc_ruleset_attributions(rules));

    GPtrArray *all = cc_ruleset_rules(rules);
    ex->matches = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    ex->generic = g_new0(gboolean, all->len + 1);
    ex->pattern_needs = g_new0(guint *, all->len + 1);
    ex->last_generic_date = G_MAXUINT;
    for (guint i = 0; i < all->len; i++) {
        const CcRule *rule = all->pdata[i];
        ex->generic[i] = g_strcmp0(rule->predicate, "value") == 0;
        if (ex->generic[i] && rule->type == CC_CLAIM_DATE)
            ex->last_generic_date = i;
        ex->pattern_needs[i] = g_new0(guint, rule->patterns->len + 1);
        GPtrArray *per = g_ptr_array_new_with_free_func((GDestroyNotify)cc_match_free);
        for (guint j = 0; j < rule->patterns->len; j++)
            g_ptr_array_add(per, cc_match_new(rule->patterns->pdata[j]));
        /* Then one for each "except" pattern. */
        for (guint j = 0; j < rule->exceptions->len; j++)
            g_ptr_array_add(per, cc_match_new(rule->exceptions->pdata[j]));
        g_ptr_array_add(ex->matches, per);
    }

    /* The words of every table, their kinds joined, gathered in a hash
     * table and then laid out in the extractor's own. */
    g_autoptr(GHashTable) words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) phrases =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    for (guint i = 0; cc_mention_tables[i].table != NULL; i++)
        add_mention_words(words, phrases, lexicon, cc_mention_tables[i].table,
                          cc_mention_tables[i].kind);
    /* At most a quarter full. Words longer than a looked-up word can be
     * are left out: they are never found. */
    guint32 slots = 16;
    while (slots < 4 * g_hash_table_size(words))
        slots *= 2;
    ex->mention_slots = g_new0(MentionSlot, slots);
    ex->mention_mask = slots - 1;
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, words);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        gsize n = strlen(key);
        if (n == 0 || n >= MENTION_WORD_MAX)
            continue;
        ex->longest_mention_word = MAX(ex->longest_mention_word, n);
        /* a word with other than lower-case letters is never looked up */
        const char *w = key;
        gboolean letters = TRUE;
        for (gsize k = 0; k < n && k < 3; k++)
            letters = letters && w[k] >= 'a' && w[k] <= 'z';
        if (letters) {
            guint bit = opening_bit(w, n);
            ex->mention_openings[bit / 64] |= G_GUINT64_CONSTANT(1) << (bit % 64);
        }
        guint32 h = mention_hash_start();
        for (gsize k = 0; k < n; k++)
            h = mention_hash_step(h, ((const char *)key)[k]);
        guint32 at = h & ex->mention_mask;
        while (ex->mention_slots[at].len != 0)
            at = (at + 1) & ex->mention_mask;
        MentionSlot *slot = &ex->mention_slots[at];
        slot->hash = h;
        slot->len = (guint8)n;
        memcpy(slot->word, key, n);
        slot->kinds = GPOINTER_TO_UINT(value);
        GPtrArray *list = g_hash_table_lookup(phrases, key);
        slot->phrases = list != NULL ? g_ptr_array_ref(list) : NULL;
    }

    ex->abbreviations = cc_segment_abbreviations(lexicon);
    ex->fold = g_string_sized_new(1024);
    ex->fold_map = g_array_sized_new(FALSE, FALSE, sizeof(gsize), 1024);
    ex->vetoes = g_array_new(FALSE, FALSE, sizeof(CcSpan));
    ex->since_words = g_hash_table_new(g_str_hash, g_str_equal);
    static const char *const since[] = {"since", "from", "after", "before", "until", "till"};
    for (guint i = 0; i < G_N_ELEMENTS(since); i++)
        g_hash_table_add(ex->since_words, (gpointer)since[i]);
    ex->future_words = cc_lexicon_entries(cc_ruleset_lexicon(rules), "future_words");
    for (guint i = 0; ex->future_words != NULL && i < ex->future_words->len; i++) {
        const CcLexiconEntry *e = ex->future_words->pdata[i];
        ex->future_opens[(guchar)g_ascii_tolower(e->phrase[0])] = TRUE;
    }
    ex->months = cc_lexicon_entries(cc_ruleset_lexicon(rules), "months");
    if (ex->months != NULL) {
        ex->month_lens = g_new(gsize, ex->months->len);
        for (guint i = 0; i < ex->months->len; i++)
            ex->month_lens[i] = strlen(((const CcLexiconEntry *)ex->months->pdata[i])->phrase);
    }
    /* The value pass runs for the frames, and for the "{value}" patterns. */
    for (guint i = 0; i < all->len && ex->frames == NULL; i++) {
        const CcRule *rule = all->pdata[i];
        gboolean value_pass = rule->frame != NULL;
        for (guint j = 0; j < rule->patterns->len && !value_pass; j++)
            value_pass = cc_pattern_value_pass(rule->patterns->pdata[j]);
        if (value_pass) {
            ex->frames = cc_ruleset_take_frame_run(rules);
            if (ex->frames == NULL)
                ex->frames = cc_frame_run_new(rules);
            ex->mentions = g_array_new(FALSE, TRUE, sizeof(CcMention));
            ex->frame_hits = g_array_new(FALSE, TRUE, sizeof(CcFrameHit));
        }
    }
    for (int k = 0; k < 4; k++) {
        ex->vp_at[k] = G_MAXSIZE;
        ex->vp_mentions[k] = g_array_new(FALSE, FALSE, sizeof(CcMention));
        ex->vp_spans[k] = g_array_new(FALSE, FALSE, sizeof(CcSpan));
    }
    return ex;
}

void
cc_extractor_free(CcExtractor *extractor)
{
    if (extractor == NULL)
        return;
    cc_modality_scope_free(extractor->modality);
    g_ptr_array_unref(extractor->matches);
    for (guint32 i = 0; i <= extractor->mention_mask; i++)
        if (extractor->mention_slots[i].phrases != NULL)
            g_ptr_array_unref(extractor->mention_slots[i].phrases);
    g_free(extractor->mention_slots);
    g_hash_table_unref(extractor->since_words);
    cc_segment_abbreviations_free(extractor->abbreviations);
    g_string_free(extractor->fold, TRUE);
    g_array_unref(extractor->fold_map);
    g_array_unref(extractor->vetoes);
    g_free(extractor->generic);
    GPtrArray *all = cc_ruleset_rules(extractor->rules);
    for (guint i = 0; i < all->len; i++) {
        g_free(extractor->pattern_needs[i]);
    }
    g_free(extractor->pattern_needs);
    g_free(extractor->month_lens);
    if (extractor->prefilter != NULL)
        cc_prefilter_free(extractor->prefilter);
    for (int a = 0; a < 2; a++)
        for (int k = 0; k < 4; k++)
            if (extractor->tried_by[a][k] != NULL)
                g_array_free(extractor->tried_by[a][k], TRUE);
    if (extractor->dating_rules != NULL)
        g_array_free(extractor->dating_rules, TRUE);
    cc_frame_run_free(extractor->frames);
    for (int k = 0; k < 4; k++) {
        g_array_unref(extractor->vp_mentions[k]);
        g_array_unref(extractor->vp_spans[k]);
    }
    if (extractor->mentions != NULL)
        g_array_unref(extractor->mentions);
    if (extractor->frame_hits != NULL)
        g_array_unref(extractor->frame_hits);
    g_free(extractor);
}

/* g_ascii_tolower(), inline: the word readers below fold every byte
 * they pass. */
static inline char
ascii_fold(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* Do @s[0, n) and @word[0, n) fold to the same bytes (ASCII letters in
 * any case)? g_ascii_strncasecmp(), inline: most calls differ in the
 * first bytes. */
static inline gboolean
folded_equal(const char *s, const char *word, gsize n)
{
    for (gsize k = 0; k < n; k++)
        if (ascii_fold(s[k]) != ascii_fold(word[k]))
            return FALSE;
    return TRUE;
}

/* The first place in @text[from, to) whose byte folds to @first (an
 * ascii_fold() answer), or @to: memchr() for it and, for a letter, for its
 * capital before that. */
static gsize
next_folded(const char *text, gsize from, gsize to, char first)
{
    if (from >= to)
        return to;
    const char *p = memchr(text + from, first, to - from);
    gsize at = p != NULL ? (gsize)(p - text) : to;
    if (first >= 'a' && first <= 'z' && at > from) {
        const char *q = memchr(text + from, first - ('a' - 'A'), at - from);
        if (q != NULL)
            at = (gsize)(q - text);
    }
    return at;
}

/* One pass over the sentence @text[start, end) of a source's text (which
 * ends in a NUL): which kinds of value mention does it hold? It stops once
 * it has found both. */
static guint
mention_kinds(const CcExtractor *ex, const char *text, gsize start, gsize end)
{
    const guint both = CC_MENTION_NUMBER | CC_MENTION_DATE;
    guint kinds = 0;
    gsize i = start;
    char word[MENTION_WORD_MAX];
    while (i < end && kinds != both) {
        unsigned char c = (unsigned char)text[i];
        if (g_ascii_isdigit(c)) {
            gsize j = i;
            while (j < end && g_ascii_isdigit(text[j]))
                j++;
            kinds |= CC_MENTION_NUMBER;
            if (j - i == 4 || j - i == 8) {
                /* A year, or a compact date such as 20161016. */
                int year = (int)g_ascii_strtoull(text + i, NULL, 10);
                if (j - i == 8)
                    year /= 10000;
                if (year >= 1800 && year <= 2199)
                    kinds |= CC_MENTION_DATE;
            }
            if (j < end && (text[j] == '-' || text[j] == '/') && j + 1 < end
                && g_ascii_isdigit(text[j + 1]))
                kinds |= CC_MENTION_DATE; /* 2022-02-24, 24/02/2022 */
            if (j - i == 2 && text[j - 1] == '0') {
                /* A decade: "'90s", "90 s". */
                gsize k = j < end && text[j] == ' ' ? j + 1 : j;
                if (k < end && (text[k] | 0x20) == 's' && (k + 1 == end || !g_ascii_isalnum(text[k + 1])))
                    kinds |= CC_MENTION_DATE;
            }
            i = j;
            continue;
        }
        if (g_ascii_isalpha(c)) {
            /* the NUL at the text's end stops the word: it is read
             * without a bound, then cut at the sentence's end */
            gsize j = i + 1;
            while (g_ascii_isalpha(text[j]))
                j++;
            j = MIN(j, end);
            /* A word longer than every mention word is none of them, nor
             * is one whose first three letters open none. */
            gsize n = MIN(j - i, MENTION_WORD_MAX - 1);
            guint bit = opening_bit(text + i, n);
            if (n <= ex->longest_mention_word
                && (ex->mention_openings[bit / 64] & (G_GUINT64_CONSTANT(1) << (bit % 64)))) {
                guint32 h = mention_hash_start();
                for (gsize k = 0; k < n; k++) {
                    word[k] = (char)(text[i + k] | 0x20); /* ASCII letters */
                    h = mention_hash_step(h, word[k]);
                }
                const MentionSlot *slot = mention_lookup(ex, word, n, h);
                if (slot != NULL) {
                    kinds |= slot->kinds;
                    for (guint p = 0; slot->phrases != NULL && p < slot->phrases->len; p++) {
                        const MentionPhrase *ph = slot->phrases->pdata[p];
                        if ((ph->kinds & ~kinds) != 0 && mention_phrase_follows(ph, text, j, end))
                            kinds |= ph->kinds;
                    }
                }
            }
            i = j;
            continue;
        }
        if (c >= 0x80) {
            /* A vulgar fraction ("½ teaspoon", "¾") or another numeric
             * character (Unicode categories Nd and No) is a figure too. */
            gunichar u = g_utf8_get_char_validated(text + i, (gssize)(end - i));
            if (u != (gunichar)-1 && u != (gunichar)-2) {
                GUnicodeType type = g_unichar_type(u);
                if (type == G_UNICODE_OTHER_NUMBER || type == G_UNICODE_DECIMAL_NUMBER)
                    kinds |= CC_MENTION_NUMBER;
                i += g_unichar_to_utf8(u, NULL);
                continue;
            }
        }
        i++;
    }
    return kinds;
}

/* Width of a blank at text[i]: ASCII white space, or the blank characters
 * Markdown masking leaves; 0 for anything else. */
static gsize
blank_at(const char *text, gsize i, gsize end)
{
    unsigned char c = (unsigned char)text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    gsize n = 0;
    if (c >= 0xC2 && cc_markdown_is_blank(text + i, end - i, &n))
        return n;
    return 0;
}

/* Does a hashtag start at text[i]: a '#' that follows no letter, digit or
 * '&' (nor a '/' or another '#') and comes before an ASCII letter
 * ("#DPRK soldiers", "(#NorthKorea)"; not "C#", "&#39;", "page#top", "#1")? */
static gboolean
hashtag_at(const char *text, gsize start, gsize i, gsize end)
{
    if (text[i] != '#' || i + 1 >= end || !g_ascii_isalpha(text[i + 1]))
        return FALSE;
    if (i == start)
        return TRUE;
    char b = text[i - 1];
    return !(g_ascii_isalnum(b) || b == '&' || b == '/' || b == '#' || b == '_');
}

/* The view of text[start, end) of a source's text (which ends in a NUL):
 * the file itself when its white space is already single spaces and it
 * holds no footnote mark nor hashtag, else a folded copy in the
 * extractor's buffer, without the marks, a hashtag read as its words: the
 * '#' left out and a space put where a capital follows a small letter or
 * for an underscore ("#NorthKorea troops" reads "North Korea troops",
 * "#DPRK soldiers" "DPRK soldiers"), as posts relayed in reporting tag
 * the very words a sentence would write out. */
static View
sentence_view(CcExtractor *ex, const char *text, gsize start, gsize end)
{
    View v = {.text = text + start, .len = end - start, .map = NULL, .base = start};
    gboolean plain = TRUE;
    for (gsize i = start; i < end && plain; i++) {
        /* a byte in [0x21, 0xC1] is no space and starts no blank; the NUL
         * at the text's end is none such */
        while ((unsigned char)((unsigned char)text[i] - 0x21) < 0xC2 - 0x21)
            i++;
        if (i >= end)
            break;
        unsigned char c = (unsigned char)text[i];
        /* a space before a byte in [0x21, 0xC1], the common case, starts
         * no run of blanks (blank_at() answers 0 there) */
        if (c == ' ' && i + 1 < end
            && (unsigned char)((unsigned char)text[i + 1] - 0x21) < 0xC2 - 0x21)
            continue;
        if (c == ' ')
            plain = !(i + 1 < end && blank_at(text, i + 1, end) > 0);
        else if (c < 0x20 || c >= 0xC2)
            plain = blank_at(text, i, end) == 0 && cc_footnote_mark_at(text, start, i, end) == 0;
    }
    for (const char *h = memchr(text + start, '#', end - start); h != NULL && plain;
         h = memchr(h + 1, '#', end - (gsize)(h + 1 - text)))
        plain = !hashtag_at(text, start, (gsize)(h - text), end);
    /* a bracketed note's number, or one glued after a period */
    for (const char *h = memchr(text + start, '[', end - start); h != NULL && plain;
         h = memchr(h + 1, '[', end - (gsize)(h + 1 - text)))
        plain = cc_footnote_mark_at(text, start, (gsize)(h - text), end) == 0;
    for (const char *h = memchr(text + start, '.', end - start); h != NULL && plain;
         h = memchr(h + 1, '.', end - (gsize)(h + 1 - text)))
        plain = cc_footnote_mark_at(text, start, (gsize)(h + 1 - text), end) == 0;
    if (plain)
        return v;
    g_string_truncate(ex->fold, 0);
    g_array_set_size(ex->fold_map, 0);
    gsize i = start;
    while (i < end) {
        gsize w = blank_at(text, i, end);
        if (w == 0
            && ((unsigned char)text[i] >= 0xC2 || text[i] == '['
                || (g_ascii_isdigit(text[i]) && i > start && text[i - 1] == '.'))
            && (w = cc_footnote_mark_at(text, start, i, end)) > 0) {
            /* a footnote's mark is no part of the sentence's words:
             * "12,000 soldiers.³" reads "12,000 soldiers." */
            i += w;
            continue;
        }
        if (w == 0 && hashtag_at(text, start, i, end)) {
            i++;
            while (i < end && (g_ascii_isalnum(text[i]) || text[i] == '_')) {
                if (text[i] == '_' || (g_ascii_isupper(text[i]) && ex->fold->len > 0
                                       && g_ascii_islower(ex->fold->str[ex->fold->len - 1]))) {
                    g_string_append_c(ex->fold, ' ');
                    g_array_append_val(ex->fold_map, i);
                    if (text[i] == '_') {
                        i++;
                        continue;
                    }
                }
                g_string_append_c(ex->fold, text[i]);
                g_array_append_val(ex->fold_map, i);
                i++;
            }
            continue;
        }
        if (w == 0) {
            g_string_append_c(ex->fold, text[i]);
            g_array_append_val(ex->fold_map, i);
            i++;
            continue;
        }
        g_string_append_c(ex->fold, ' ');
        g_array_append_val(ex->fold_map, i);
        i += w;
        while (i < end && (w = blank_at(text, i, end)) > 0)
            i += w;
    }
    g_array_append_val(ex->fold_map, end);
    v.text = ex->fold->str;
    v.len = ex->fold->len;
    v.map = (const gsize *)(gpointer)ex->fold_map->data;
    return v;
}

/* ---- tables given as text ------------------------------------------------ */

/* The cells of the line text[ls, le): parted by "|" (a Markdown table's
 * pipes at the line's ends are no parts) or else by tabs (a run of them
 * one part), each trimmed of blanks; their starts and ends in @cells, two
 * gsize a cell. The number of cells, 0 when fewer than two or when the
 * line is parted by neither. */
static guint
table_cells(const char *text, gsize ls, gsize le, GArray *cells)
{
    g_array_set_size(cells, 0);
    while (ls < le && (text[ls] == ' ' || text[ls] == '\t'))
        ls++;
    while (le > ls && (text[le - 1] == ' ' || text[le - 1] == '\t' || text[le - 1] == '\r'))
        le--;
    if (le <= ls)
        return 0;
    char sep = memchr(text + ls, '|', le - ls) != NULL ? '|'
               : memchr(text + ls, '\t', le - ls) != NULL ? '\t' : 0;
    if (sep == 0)
        return 0;
    if (sep == '|' && text[ls] == '|')
        ls++;
    if (sep == '|' && le > ls && text[le - 1] == '|')
        le--;
    gsize i = ls;
    for (;;) {
        gsize j = i;
        while (j < le && text[j] != sep)
            j++;
        gsize a = i, b = j;
        while (a < b && (text[a] == ' ' || text[a] == '\t'))
            a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t'))
            b--;
        g_array_append_val(cells, a);
        g_array_append_val(cells, b);
        if (j >= le)
            break;
        i = j + 1;
        if (sep == '\t')
            while (i < le && text[i] == '\t')
                i++;
    }
    return cells->len / 2 >= 2 ? cells->len / 2 : 0;
}


static gboolean
holds_digit(const char *text, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++)
        if (g_ascii_isdigit(text[i]))
            return TRUE;
    return FALSE;
}

/* Is the cell text[a, b) a word that names a month, whole ("Oct",
 * "October", "Sept.")? */
static gboolean
month_word(const char *text, gsize a, gsize b)
{
    static const char *const months[] = {
        "jan", "january", "feb", "february", "mar", "march",     "apr",     "april",
        "may", "jun",     "june", "jul",     "july", "aug",      "august",  "sep",
        "sept", "september", "oct", "october", "nov", "november", "dec", "december"};
    for (guint l = 0; l < G_N_ELEMENTS(months); l++)
        if (strlen(months[l]) == b - a && g_ascii_strncasecmp(text + a, months[l], b - a) == 0)
            return TRUE;
    return FALSE;
}

/* Is the line text[a, b) of @n cells in @line a header of labels? No
 * digit in it, or each of its cells a label of words whose digits are a
 * year alone, no month named beside it ("Killed (2024)", "KIA 2025",
 * "Sent, 2024"), as reference works head a column by the year it counts;
 * a row's date ("Oct 2024") or figure ("11,000", "11th Army Corps") is no
 * label. */
static gboolean
header_line(const char *text, gsize a, gsize b, const GArray *line, guint n)
{
    if (!holds_digit(text, a, b))
        return TRUE;
    for (guint k = 0; k < n; k++) {
        gsize ca = g_array_index(line, gsize, 2 * k), cb = g_array_index(line, gsize, 2 * k + 1);
        gboolean letter = FALSE;
        for (gsize i = ca; i < cb;) {
            if (g_ascii_isalpha(text[i])) {
                gsize j = i;
                while (j < cb && g_ascii_isalpha(text[j]))
                    j++;
                if (month_word(text, i, j))
                    return FALSE;
                letter = TRUE;
                i = j;
            } else if (g_ascii_isdigit(text[i])) {
                gsize j = i;
                while (j < cb && g_ascii_isdigit(text[j]))
                    j++;
                /* a year: four digits, 19xx or 20xx, no digit, letter,
                 * comma or point glued to it */
                if (j - i != 4 || !(strncmp(text + i, "19", 2) == 0 || strncmp(text + i, "20", 2) == 0)
                    || (j < cb && (g_ascii_isalnum(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < cb && g_ascii_isdigit(text[j + 1]))))
                    || (i > ca && (g_ascii_isalpha(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.')))
                    return FALSE;
                i = j;
            } else
                i++;
        }
        if (!letter)
            return FALSE;
    }
    return TRUE;
}

/* The table row the sentence text[start, end) is, the whole of its line:
 * its cells in @row and its header's in @line (table_cells()), and the
 * start of its line in @ls; the number of cells, 0 when it is no row of a
 * table under a header. */
static guint
table_row(const char *text, gsize body, gsize start, gsize end, GArray *row, GArray *line,
          gsize *line_start)
{
    /* a row holds its separators; only blanks stand between it and its
     * line's ends (asked first: most sentences are prose) */
    if (memchr(text + start, '|', end - start) == NULL
        && memchr(text + start, '\t', end - start) == NULL)
        return 0;
    gsize ls = start, le = end;
    while (ls > body && (text[ls - 1] == ' ' || text[ls - 1] == '\t'))
        ls--;
    if (ls > body && text[ls - 1] != '\n')
        return 0;
    while (text[le] == ' ' || text[le] == '\t' || text[le] == '\r')
        le++;
    if (text[le] != '\0' && text[le] != '\n')
        return 0;
    guint n = table_cells(text, ls, le, row);
    if (n == 0)
        return 0;
    /* up the lines before, to the header: the nearest line of as many
     * cells of labels (header_line()), past rows with figures, a rule line and single
     * blank lines (at most 512 lines up); any other line ends the search */
    gsize cur = ls;
    gboolean found = FALSE;
    guint blanks = 0;
    for (guint hops = 0; hops < 512 && cur > body && !found; hops++) {
        gsize pe = cur - 1; /* the '\n' ending the line before */
        gsize ps = pe;
        while (ps > body && text[ps - 1] != '\n')
            ps--;
        cur = ps;
        gsize a = ps, b = pe;
        while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
            a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r'))
            b--;
        if (a == b) {
            if (++blanks > 1)
                return 0;
            continue;
        }
        blanks = 0;
        if (cc_markdown_table_rule(text, a, b > a && text[b - 1] == '\r' ? b - 1 : b))
            continue;
        if (table_cells(text, a, b, line) != n)
            return 0;
        if (header_line(text, a, b, line, n))
            found = TRUE;
    }
    if (!found)
        return 0;
    /* a header of labels: some cell holds a letter */
    gboolean letters = FALSE;
    for (guint k = 0; k < n && !letters; k++) {
        gsize a = g_array_index(line, gsize, 2 * k), b = g_array_index(line, gsize, 2 * k + 1);
        for (gsize i = a; i < b && !letters; i++)
            letters = g_ascii_isalpha(text[i]);
    }
    if (!letters)
        return 0;
    *line_start = ls;
    return n;
}

/* Does the cell text[a, b) tell which of several estimates a row gives
 * ("Low", "High", "Official", "Median") rather than whose? */
static gboolean
estimate_kind(const char *text, gsize a, gsize b)
{
    static const char *const kinds[] = {
        "low",     "high",    "lower",        "upper",    "lower bound", "upper bound",
        "central", "median",  "mid",          "midpoint", "minimum",     "maximum",
        "min",     "max",     "official",     "unofficial", "independent", "conservative",
        "best",    "worst",   "range",        "average",  "mean",        "total"};
    for (guint k = 0; k < G_N_ELEMENTS(kinds); k++)
        if (strlen(kinds[k]) == b - a && g_ascii_strncasecmp(text + a, kinds[k], b - a) == 0)
            return TRUE;
    return FALSE;
}

/* The source a table's row names in its column of sources, under a label
 * "Source", "Sources", "Estimate by", "According to", "Reported by",
 * "Per", or one that heads a column of who estimates ("Estimate",
 * "Estimates", "Assessment", "Assessed by", "Agency", "Claimed by":
 * "NIS (S. Korea) | 600" under "Estimate | KIA")
 * ("Second contingent | ~3,000 | NIS" under "Wave | Size | Source"),
 * a cell of words with no digit; NULL for none. (transfer full) */
static char *
table_source(const char *text, gsize body, gsize start, gsize end)
{
    static const char *const labels[] = {"source",       "sources",      "estimate by",
                                         "estimated by", "according to", "reported by",
                                         "per",          "estimate",     "estimates",
                                         "assessment",   "assessed by",  "agency",
                                         "claimed by",   "claim by"};
    g_autoptr(GArray) row = g_array_new(FALSE, FALSE, sizeof(gsize));
    g_autoptr(GArray) line = g_array_new(FALSE, FALSE, sizeof(gsize));
    gsize ls = 0;
    guint n = table_row(text, body, start, end, row, line, &ls);
    for (guint k = 0; k < n; k++) {
        gsize la = g_array_index(line, gsize, 2 * k), lb = g_array_index(line, gsize, 2 * k + 1);
        gsize a = g_array_index(row, gsize, 2 * k), b = g_array_index(row, gsize, 2 * k + 1);
        gboolean named = FALSE;
        guint l_named = 0;
        for (guint l = 0; l < G_N_ELEMENTS(labels) && !named; l++)
            if ((named = strlen(labels[l]) == lb - la
                         && g_ascii_strncasecmp(text + la, labels[l], lb - la) == 0))
                l_named = l;
        /* under a label of estimates, a cell that tells which estimate
         * ("Low", "High", "Official") names no one */
        if (named && l_named >= 7 && b > a && (!g_ascii_isupper(text[a]) || estimate_kind(text, a, b)))
            named = FALSE;
        /* a note in parentheses after the name is no part of it: "NIS
         * (S. Korea)" is the NIS */
        if (named && b > a && text[b - 1] == ')') {
            gsize o = b - 1;
            while (o > a && text[o] != '(')
                o--;
            while (o > a && text[o] == '(' && text[o - 1] == ' ')
                o--;
            if (o > a && text[o] == ' ')
                b = o;
        }
        if (named && b > a && !holds_digit(text, a, b))
            return g_strndup(text + a, b - a);
    }
    return NULL;
}

/* A table given as text: a line of labels parted by "|" or tabs, no
 * figure among them, and under it (past a Markdown rule line, blank lines
 * and other rows) rows of as many cells. When the sentence text[start,
 * end) is such a row, the whole of its line, the view the frames read
 * writes each of its cells that holds a figure or a date behind its
 * column's label and a colon, as a fact box's line would be written, the
 * cells parted by " | " ("Kursk | Dec 2024–Apr 2025 | 600" under "Theatre
 * | Period | KIA" reads "Kursk | Period: Dec 2024–Apr 2025 | KIA: 600");
 * a cell of words alone (a place, a unit, a source) stays as it is, the
 * row's context. The labels' bytes map to the start of their cell. */
static gboolean
table_view(CcExtractor *ex, const char *text, gsize body, gsize start, gsize end, View *v)
{
    g_autoptr(GArray) row = g_array_new(FALSE, FALSE, sizeof(gsize));
    g_autoptr(GArray) line = g_array_new(FALSE, FALSE, sizeof(gsize));
    gsize ls = 0;
    guint n = table_row(text, body, start, end, row, line, &ls);
    if (n == 0)
        return FALSE;
    g_string_truncate(ex->fold, 0);
    g_array_set_size(ex->fold_map, 0);
    gboolean words_before = FALSE;
    for (guint k = 0; k < n; k++) {
        gsize a = g_array_index(row, gsize, 2 * k), b = g_array_index(row, gsize, 2 * k + 1);
        gsize la = g_array_index(line, gsize, 2 * k), lb = g_array_index(line, gsize, 2 * k + 1);
        if (a == b)
            continue;
        if (ex->fold->len > 0) {
            /* " | " in place of the separator before the cell, a space
             * after a cell of words, which its next cell's label takes in */
            gsize sep = a > ls ? a - 1 : a;
            for (const char *p = words_before ? " " : " | "; *p != '\0'; p++) {
                g_string_append_c(ex->fold, *p);
                g_array_append_val(ex->fold_map, sep);
            }
        }
        if (lb > la && holds_digit(text, a, b)) {
            gsize lab0 = ex->fold->len;
            for (gsize i = la; i < lb; i++) {
                char c = text[i] == '\t' ? ' ' : text[i];
                /* a label's year is a note of the label, no figure of its
                 * own, and left out with the comma, parenthesis or
                 * preposition before it: "Killed (2024)", "KIA 2025",
                 * "Sent, 2024", "Killed in 2024" read "Killed", "KIA",
                 * "Sent" */
                if (g_ascii_isdigit(c) && (i == la || !g_ascii_isdigit(text[i - 1]))) {
                    gsize j = i;
                    while (j < lb && g_ascii_isdigit(text[j]))
                        j++;
                    gsize len = ex->fold->len;
                    while (len > lab0 && strchr(" ,(", ex->fold->str[len - 1]) != NULL)
                        len--;
                    static const char *const preps[] = {" in", " for", " of", " during"};
                    for (guint l = 0; l < G_N_ELEMENTS(preps); l++) {
                        gsize pl = strlen(preps[l]);
                        if (len >= lab0 + pl && g_ascii_strncasecmp(ex->fold->str + len - pl, preps[l], pl) == 0) {
                            len -= pl;
                            break;
                        }
                    }
                    g_string_truncate(ex->fold, len);
                    g_array_set_size(ex->fold_map, len);
                    if (j < lb && text[j] == ')')
                        j++;
                    i = j - 1;
                    continue;
                }
                g_string_append_c(ex->fold, c);
                g_array_append_val(ex->fold_map, a);
            }
            for (const char *p = ": "; *p != '\0'; p++) {
                g_string_append_c(ex->fold, *p);
                g_array_append_val(ex->fold_map, a);
            }
        }
        for (gsize i = a; i < b; i++) {
            g_string_append_c(ex->fold, text[i] == '\t' ? ' ' : text[i]);
            g_array_append_val(ex->fold_map, i);
        }
        words_before = !holds_digit(text, a, b);
    }
    if (ex->fold->len == 0)
        return FALSE;
    gsize last = g_array_index(ex->fold_map, gsize, ex->fold_map->len - 1) + 1;
    g_array_append_val(ex->fold_map, last);
    v->text = ex->fold->str;
    v->len = ex->fold->len;
    v->map = (const gsize *)(gpointer)ex->fold_map->data;
    v->base = start;
    return TRUE;
}

/* File offset of view byte @i as a start, and of view position @i as an
 * exclusive end. */
static gsize
view_start(const View *v, gsize i)
{
    return v->map ? v->map[i] : v->base + i;
}

static gsize
view_end(const View *v, gsize i)
{
    if (v->map == NULL)
        return v->base + i;
    return i == 0 ? v->map[0] : v->map[i - 1] + 1;
}

/* A claim part from the rule: a fixed name, or "$group" through entities. */
static char *
claim_part(const CcExtractor *ex, const char *spec, const CcPattern *pattern, const CcMatch *m,
           const char *text)
{
    if (spec == NULL)
        return NULL;
    if (spec[0] != '$')
        return g_strdup(spec);
    gsize s, e;
    int group = cc_pattern_group_index(pattern, spec + 1);
    if (!cc_match_group(m, group, &s, &e) || s == e)
        return NULL;
    return cc_normalize_entity(ex->normalizer, text + s, e - s);
}

/* Gives a quantity read with no unit of its own the unit its rule counts
 * in. Things counted one by one cannot go below zero, so an upper bound
 * on them starts at zero, as the normalizer starts "less than 5 km"
 * (docs/DESIGN.md, "Values"): "losses stayed below 1,000" and "under 500
 * shells" are [0, 999] and [0, 499] (the normalizer, reading the figure
 * without its noun, left the low end open). A share or its change may go
 * below zero and keeps it open. */
static void
count_unit(CcValue *v, const char *unit)
{
    v->unit = g_intern_string(unit);
    if (g_str_equal(unit, "percent") || g_str_equal(unit, "percentage_point"))
        return;
    if (!v->has_low && v->has_high && v->high >= 0) {
        v->has_low = TRUE;
        v->low = 0;
        v->low_strict = FALSE;
    }
}

static void
candidate_clear(Candidate *c)
{
    g_free(c->subject);
    g_free(c->object);
    g_free(c->scope);
    g_free(c->value_text);
    g_free(c->explain);
}

static void
add_limit_warning(GPtrArray *warnings, const CcRule *rule, guint line_in_rules, const char *what,
                  guint index, CcMatchResult r, CcSource *source, const CcSpan *sentence)
{
    if (warnings == NULL)
        return;
    guint line, col;
    cc_source_position(source, sentence->start, &line, &col);
    g_ptr_array_add(warnings,
                    g_strdup_printf("%s:%u: rule %s: %s %u %s in %s:%u:%u; sentence skipped",
                                    rule->file, line_in_rules, rule->id, what, index,
                                    r == CC_MATCH_LIMIT ? "hit the match limit" : "failed to match",
                                    cc_source_path(source), line, col));
}

/* The spans (in view bytes) of the rule's "except" patterns in the view.
 * FALSE when one hit a limit: the sentence is then skipped for the rule. */
static gboolean
find_vetoes(CcExtractor *ex, guint rule_index, const CcRule *rule, CcSource *source,
            const CcSpan *sentence, const View *view, GPtrArray *warnings)
{
    g_array_set_size(ex->vetoes, 0);
    GPtrArray *per = ex->matches->pdata[rule_index];
    for (guint k = 0; k < rule->exceptions->len; k++) {
        const CcPattern *pattern = rule->exceptions->pdata[k];
        CcMatch *m = per->pdata[rule->patterns->len + k];
        gsize at = 0;
        while (at <= view->len) {
            CcMatchResult r = cc_pattern_match(pattern, m, view->text, view->len, at);
            if (r == CC_MATCH_LIMIT || r == CC_MATCH_ERROR) {
                add_limit_warning(warnings, rule, rule->line, "except pattern", k + 1, r, source,
                                  sentence);
                return FALSE;
            }
            if (r != CC_MATCH_FOUND)
                break;
            CcSpan span;
            cc_match_group(m, 0, &span.start, &span.end);
            at = span.end > span.start ? span.end : span.end + 1;
            if (span.end > span.start)
                g_array_append_val(ex->vetoes, span);
        }
    }
    return TRUE;
}

static gboolean
vetoed(const GArray *vetoes, gsize start, gsize end)
{
    for (guint i = 0; i < vetoes->len; i++) {
        const CcSpan *v = &g_array_index(vetoes, CcSpan, i);
        if (v->start < end && start < v->end)
            return TRUE;
    }
    return FALSE;
}

static gboolean claims_dated(const CcExtractor *ex, const char *text, GArray *candidates,
                             guint first, gsize from, guint32 doc_day);

/* May one of the rule's patterns match the sentence last scanned? */
static gboolean
rule_may_match(const CcExtractor *ex, guint rule_index, const CcRule *rule)
{
    for (guint p = 0; p < rule->patterns->len; p++)
        if (cc_prefilter_holds(ex->prefilter, ex->pattern_needs[rule_index][p]))
            return TRUE;
    return FALSE;
}

/* Runs one rule's patterns over one sentence, seen through @view: those
 * the prefilter lets through. */
/* The value pass's mentions of @type in sentence @index, read once per
 * sentence, for "{value}" patterns; @pm's callouts accept them. */
static const GArray *
value_mentions(CcExtractor *ex, guint index, const CcSpan *sentence, const View *view,
               guint32 ref_day, CcClaimType type, gboolean as_written, CcMatch *pm)
{
    int k = (type == CC_CLAIM_DATE ? 1 : 0) + (as_written ? 2 : 0);
    if (ex->vp_at[k] != sentence->start) {
        ex->vp_at[k] = sentence->start;
        cc_frame_run_value_mentions(ex->frames, index, view->text, view->len, ref_day, type,
                                    as_written, ex->vp_mentions[k]);
        g_array_set_size(ex->vp_spans[k], 0);
        for (guint i = 0; i < ex->vp_mentions[k]->len; i++) {
            const CcMention *m = &g_array_index(ex->vp_mentions[k], CcMention, i);
            CcSpan span = {m->start, m->end};
            g_array_append_val(ex->vp_spans[k], span);
        }
    }
    cc_match_set_mentions(pm, (const CcSpan *)(void *)ex->vp_spans[k]->data,
                          ex->vp_spans[k]->len);
    return ex->vp_mentions[k];
}

static void
run_rule(CcExtractor *ex, guint rule_index, const CcRule *rule, CcSource *source, guint index,
         const CcSpan *sentence, const View *view, guint32 ref_day, GArray *candidates,
         guint dating, GPtrArray *warnings)
{
    const char *text = view->text;
    GPtrArray *per = ex->matches->pdata[rule_index];
    if (rule->exceptions->len > 0
        && !find_vetoes(ex, rule_index, rule, source, sentence, view, warnings))
        return;
    for (guint p = 0; p < rule->patterns->len; p++) {
        guint needs = ex->pattern_needs[rule_index][p];
        if (!cc_prefilter_holds(ex->prefilter, needs))
            continue;
        const CcPattern *pattern = rule->patterns->pdata[p];
        CcMatch *pm = per->pdata[p];
        /* A match holds the words the pattern needs, so it starts no later
         * than their last occurrence in the sentence (an offset in the file's
         * bytes, never less than in the view's). */
        gsize limit = cc_prefilter_latest_start(ex->prefilter, needs);
        cc_match_set_start_limit(pm, limit);
        /* one opening with "{value}" whose words after the value are
         * nowhere in the sentence cannot match: the value pass is not read
         * for it */
        if (!cc_pattern_tail_may_match(pattern, pm, text, view->len))
            continue;
        /* "{value}" stands for a mention of the value pass: its value is
         * the mention's, read once */
        const GArray *mentions =
            cc_pattern_value_pass(pattern) && ex->frames != NULL
                ? value_mentions(ex, index, sentence, view, ref_day, rule->type,
                                 ex->generic[rule_index], pm)
                : NULL;
        if (mentions != NULL && mentions->len == 0)
            continue;
        int value_group = cc_pattern_group_index(pattern, "value");
        int scope_group = cc_pattern_group_index(pattern, "scope");
        /* a date rule's "rest": read with the value, in the text's order ("18"
         * of "18 and 19 June", "18, 2020" of "June 17 and 18, 2020") */
        int rest_group = cc_pattern_group_index(pattern, "rest");
        /* Run only to date the claims from candidates[dating] on, the last
         * pattern that looks for dates may stop once they are dated: its
         * later matches start later, and so (its value group opening the
         * pattern) do their values. */
        gboolean may_stop = dating != G_MAXUINT && p + 1 == rule->patterns->len
                            && (g_str_has_prefix(cc_pattern_source(pattern), "(?<value>")
                                || g_str_has_prefix(cc_pattern_source(pattern), CC_VALUE_REGEX));
        gsize at = 0;
        while (at <= view->len) {
            if (may_stop
                && claims_dated(ex, cc_source_text(source), candidates, dating,
                                view_start(view, at), ref_day))
                break;
            CcMatch *m = pm;
            CcMatchResult r = cc_pattern_match(pattern, pm, text, view->len, at);
            if (r == CC_MATCH_LIMIT || r == CC_MATCH_ERROR) {
                add_limit_warning(warnings, rule, GPOINTER_TO_UINT(rule->pattern_lines->pdata[p]),
                                  "pattern", p + 1, r, source, sentence);
                break;
            }
            if (r != CC_MATCH_FOUND)
                break;
            gsize ms, me;
            cc_match_group(m, 0, &ms, &me);
            /* Never loop on an empty match. */
            at = me > ms ? me : me + 1;
            if (me == ms)
                continue;
            gsize vs, ve;
            if (!cc_match_group(m, value_group, &vs, &ve) || ve == vs) {
                vs = ms;
                ve = me;
            }
            if (ex->vetoes->len > 0 && rule->exceptions->len > 0 && vetoed(ex->vetoes, vs, ve))
                continue;

            Candidate c = {0};
            c.rule = rule;
            c.match_start = view_start(view, ms);
            c.match_end = view_end(view, me);
            c.value_start = view_start(view, vs);
            c.value_end = view_end(view, ve);
            c.sentence_start = sentence->start;
            c.sentence_end = sentence->end;
            gboolean ok = TRUE;
            const CcMention *mention = NULL;
            for (guint i = 0; mentions != NULL && i < mentions->len && mention == NULL; i++) {
                const CcMention *x = &g_array_index(mentions, CcMention, i);
                if (x->start == vs && x->end == ve)
                    mention = x;
            }
            if (mention != NULL) {
                c.value = mention->value;
                if (rule->type == CC_CLAIM_QUANTITY && rule->unit != NULL && c.value.unit == NULL)
                    count_unit(&c.value, rule->unit);
            } else if (mentions != NULL) {
                ok = FALSE; /* cannot be: the callouts accept mentions only */
            } else switch (rule->type) {
            case CC_CLAIM_QUANTITY:
                ok = cc_normalize_quantity(ex->normalizer, text + vs, ve - vs, &c.value);
                if (ok && rule->unit != NULL && c.value.unit == NULL)
                    count_unit(&c.value, rule->unit);
                break;
            case CC_CLAIM_DATE: {
                gsize rs, re;
                if (cc_match_group(m, rest_group, &rs, &re) && re > rs) {
                    gsize as = rs < vs ? rs : vs, ae = rs < vs ? re : ve;
                    gsize bs = rs < vs ? vs : rs, be = rs < vs ? ve : re;
                    g_autofree char *whole = g_strdup_printf("%.*s %.*s", (int)(ae - as), text + as,
                                                             (int)(be - bs), text + bs);
                    ok = cc_normalize_date(ex->normalizer, whole, strlen(whole), ref_day, &c.value);
                } else {
                    ok = cc_normalize_date(ex->normalizer, text + vs, ve - vs, ref_day, &c.value);
                }
                break;
            }
            case CC_CLAIM_EVENT:
                memset(&c.value, 0, sizeof c.value);
                break;
            }
            if (!ok)
                continue;
            c.value_text = g_strndup(text + vs, ve - vs);
            c.subject = claim_part(ex, rule->subject, pattern, m, text);
            c.object = claim_part(ex, rule->object, pattern, m, text);
            if (rule->scope != NULL) {
                c.scope = claim_part(ex, rule->scope, pattern, m, text);
            } else {
                gsize s, e;
                if (cc_match_group(m, scope_group, &s, &e) && e > s)
                    c.scope = cc_normalize_entity(ex->normalizer, text + s, e - s);
            }
            if (c.subject == NULL && rule->subject != NULL) {
                candidate_clear(&c);
                continue;
            }
            g_array_append_val(candidates, c);
        }
    }
}

static gboolean
spans_overlap(gsize a0, gsize a1, gsize b0, gsize b1)
{
    return a0 < b1 && b0 < a1;
}

/* Overlapping matches of one predicate and type keep the longest value; on
 * a tie, the rule whose id sorts first. */
static void
drop_overlaps(GArray *candidates)
{
    for (guint i = 0; i < candidates->len; i++) {
        Candidate *a = &g_array_index(candidates, Candidate, i);
        if (a->dropped)
            continue;
        for (guint j = i + 1; j < candidates->len; j++) {
            Candidate *b = &g_array_index(candidates, Candidate, j);
            /* Sorted by start: once one starts past @a's value, none after
             * it overlaps or shares its span, so each candidate meets only
             * those it overlaps — linear in the candidates, not quadratic
             * (a 15 MB one-line document holds some 270,000). */
            if (b->value_start >= a->value_end && b->value_start > a->value_start)
                break;
            if (b->dropped || g_strcmp0(a->rule->predicate, b->rule->predicate) != 0)
                continue;
            /* A date and a quantity are rival readings only of the very same
             * text ("1988" is a year); "in 3 years" is a date and holds a
             * duration of 3 years. */
            if (a->rule->type != b->rule->type) {
                if (a->value_start == b->value_start && a->value_end == b->value_end) {
                    if (a->rule->type == CC_CLAIM_QUANTITY) {
                        a->dropped = TRUE;
                        break;
                    }
                    if (b->rule->type == CC_CLAIM_QUANTITY)
                        b->dropped = TRUE;
                }
                continue;
            }
            if (g_strcmp0(a->rule->predicate, "date") == 0
                && g_strcmp0(a->object, b->object) != 0)
                continue; /* one date may belong to two events */
            if (!spans_overlap(a->value_start, a->value_end, b->value_start, b->value_end))
                continue;
            gsize la = a->value_end - a->value_start, lb = b->value_end - b->value_start;
            if (lb > la)
                a->dropped = TRUE;
            else
                b->dropped = TRUE;
            if (a->dropped)
                break;
        }
    }
}

/* A figure of things counted one by one, written "2.700" with no noun
 * after it ("1.000 have fallen and 2.700 were wounded"), as copy
 * translated from languages that group thousands with a dot writes it:
 * the scanner kept the dot a decimal point (no count noun followed, see
 * dot_thousands() in normalize_number.c), but a frame that counts persons,
 * shells or missiles takes no 2.7 of them. The mention's text holds one
 * figure, one to three digits, a dot and exactly three digits; its bounds
 * are thousands. */
static void
whole_count_thousands(const CcRule *rule, const char *text, gsize len, CcValue *v)
{
    static const char *const whole[] = {"person", "shell",   "missile",  "system",
                                        "drone",  "vehicle", "container"};
    gboolean counted = FALSE;
    for (guint w = 0; w < G_N_ELEMENTS(whole) && rule->unit != NULL; w++)
        counted = counted || g_str_equal(rule->unit, whole[w]);
    if (!counted || v->kind != CC_VALUE_NUMBER || v->vague || v->derived || v->has_share
        || !v->has_high || v->high >= 1000)
        return;
    gsize i = 0, figures = 0, head = 0, tail = 0, dots = 0;
    while (i < len) {
        if (!g_ascii_isdigit(text[i])) {
            i++;
            continue;
        }
        figures++;
        head = tail = dots = 0;
        for (; i < len && g_ascii_isdigit(text[i]); i++)
            head++;
        while (i + 1 < len && (text[i] == '.' || text[i] == ',') && g_ascii_isdigit(text[i + 1])) {
            dots += text[i] == '.';
            tail = 0;
            for (i++; i < len && g_ascii_isdigit(text[i]); i++)
                tail++;
            if (text[i - tail - 1] == ',')
                dots = 9; /* a comma too: not this form */
        }
    }
    if (figures != 1 || head < 1 || head > 3 || dots != 1 || tail != 3)
        return;
    if (v->has_low)
        v->low = round(v->low * 1000);
    v->high = round(v->high * 1000);
    v->orig_low = round(v->orig_low * 1000);
    v->orig_high = round(v->orig_high * 1000);
    if (v->has_from) {
        v->from = round(v->from * 1000);
        v->orig_from = round(v->orig_from * 1000);
    }
}

/* Copies the word at [@from, @to) of @text into @word (of @size bytes),
 * folded to ASCII lower case, cut to fit. */
static void
fold_word(const char *text, gsize from, gsize to, char *word, gsize size)
{
    gsize n = MIN(to - from, size - 1);
    for (gsize q = 0; q < n; q++)
        word[q] = ascii_fold(text[from + q]);
    word[n] = '\0';
}

static gboolean word_in(const char *word, const char *const *list);

/* Words that tell a change of a figure ("rose", "raised", "revised"). */
static const char *const change_words[] = {
    "rose",     "risen",    "rise",     "rises",     "rising",   "increased", "increases",
    "increasing", "grew",   "grown",    "grows",     "growing",  "climbed",   "climbing",
    "jumped",   "swelled",  "swollen",  "soared",    "surged",   "raised",    "raises",
    "raising",  "revised",  "revises",  "revising",  "lowered",  "lowers",    "lowering",
    "cut",      "cuts",     "fell",     "fallen",    "falls",    "falling",   "dropped",
    "declined", "decreased", "reduced", "doubled",   "tripled",  "upgraded",  "downgraded",
    "quadrupled", "halved", "multiplied",
    /* the plain form after a modal or "to": "could grow from 11,000 to
     * 33,000" */
    "grow",     "increase", "expand",   "expanded",  "expands",  "expanding", "swell",
    "climb",    "double",   "triple",   "fall",      "drop",     "decline",   "decrease",
    "reduce",   NULL};

/* Is mention @m of @text a change of a frame's count from one figure to
 * another ("rose from 8,000 to 11,000", "raised its estimate of North
 * Korean troops from 10,000 to 12,000", "revised down its estimate from
 * 3,000 to 1,100"): "from", a figure, "to" and a figure, with a word of
 * change_words or a multiple in "-fold" at most ten words before it in
 * its clause, a comma right before "from" no end of it ("grow about
 * tenfold, from 11,000 to 100,000", "roughly doubled, from 11,000 to
 * 22,000")?
 * Then *@to is where its " to " starts: the figure it started from lies
 * before, the figure it came to after. A range said with "from" and no
 * change ("sent from 10,000 to 12,000 troops") is none. */
static gboolean
change_of_figures(const char *text, const CcMention *m, gsize *to)
{
    const CcValue *v = &m->value;
    if (m->type != CC_CLAIM_QUANTITY || v->kind != CC_VALUE_NUMBER || v->vague || v->has_share
        || !v->has_low || !v->has_high || v->low_strict || v->high_strict || m->end - m->start < 6)
        return FALSE;
    /* "from" opens the mention, or, before an approximator, stands right
     * before the range the value pass read ("from about 8,000 to 11,000") */
    gsize at = m->start;
    if (v->has_from ? g_ascii_strncasecmp(text + at, "from ", 5) != 0
                    : at < 5 || g_ascii_strncasecmp(text + at - 5, "from ", 5) != 0
                          || (at > 5 && text[at - 6] != ' ') || v->low >= v->high)
        return FALSE;
    if (!v->has_from)
        at -= 5;
    *to = 0;
    for (gsize i = m->start + 1; i + 4 <= m->end && *to == 0; i++)
        if (g_ascii_strncasecmp(text + i, " to ", 4) == 0)
            *to = i;
    if (*to == 0)
        return FALSE;
    char word[16];
    for (int words = 0; words < 10; words++) {
        while (at > 0 && text[at - 1] == ' ')
            at--;
        /* a comma right before "from" only: one further back ends the
         * clause ("Casualties rose, and Seoul said Pyongyang sent from
         * 10,000 to 12,000 troops" is a range) */
        if (words == 0 && at > 0 && text[at - 1] == ',')
            at--;
        while (at > 0 && text[at - 1] == ' ')
            at--;
        gsize w = at;
        while (w > 0 && text[w - 1] != ' ' && !strchr(",;:()\"", text[w - 1]))
            w--;
        if (w == at)
            return FALSE; /* the clause's start, or punctuation */
        fold_word(text, w, at, word, sizeof word);
        if (word_in(word, change_words) || (at - w > 4 && g_str_has_suffix(word, "fold")))
            return TRUE;
        at = w;
    }
    return FALSE;
}

/* Runs the frames over one sentence: the value pass's mentions, then each
 * frame's slots around them. A frame's record gives way to a pattern
 * rule's record on the same value: the rule spells out that phrasing. */
/* Where the start of a range of dates open to the present ends, in the
 * view's bytes [@a, @b) of a date mention: "8 October 2024 – present",
 * "October 2024 to date", "Oct 2024 - now" end their start before the dash
 * or "to"; 0 when the mention is no such range. */
static gsize
open_range_start_end(const char *text, gsize a, gsize b)
{
    static const char *const tails[] = {"present", "the present", "now", "date", "today"};
    for (guint k = 0; k < G_N_ELEMENTS(tails); k++) {
        gsize n = strlen(tails[k]);
        if (b - a <= n + 2 || g_ascii_strncasecmp(text + b - n, tails[k], n) != 0
            || g_ascii_isalnum(text[b - n - 1]))
            continue;
        gsize i = b - n;
        while (i > a && text[i - 1] == ' ')
            i--;
        /* the connector: a dash, a hyphen or "to" */
        if (i >= a + 3 && (guchar)text[i - 3] == 0xE2 && (guchar)text[i - 2] == 0x80
            && ((guchar)text[i - 1] == 0x93 || (guchar)text[i - 1] == 0x94))
            i -= 3;
        else if (i > a && text[i - 1] == '-')
            i--;
        else if (i >= a + 3 && g_ascii_strncasecmp(text + i - 2, "to", 2) == 0
                 && text[i - 3] == ' ')
            i -= 2;
        else
            continue;
        while (i > a && text[i - 1] == ' ')
            i--;
        return i > a ? i : 0;
    }
    return 0;
}

/* Where the later end of a range of dates starts, in the view's bytes
 * [@a, @b) of a date mention "from A to B" that a comma and "when" close:
 * "from early November to late April, when Moscow declared the region
 * cleared" — the clause "when" opens tells what happened at the later end
 * alone. 0 when the mention is no such range. */
static gsize
when_range_end_start(const char *text, gsize len, gsize a, gsize b)
{
    if (b - a < 10 || g_ascii_strncasecmp(text + a, "from ", 5) != 0 || b + 7 > len
        || g_ascii_strncasecmp(text + b, ", when ", 7) != 0)
        return 0;
    for (gsize i = a + 5; i + 4 < b; i++)
        if (g_ascii_strncasecmp(text + i, " to ", 4) == 0)
            return i + 4;
    return 0;
}

static void
run_frames(CcExtractor *ex, CcSource *source, guint index, const CcSpan *sentence,
           const View *view, guint kinds, guint32 ref_day, GArray *candidates, guint first,
           const CcExtractOptions *options)
{
    g_autoptr(GArray) misses = NULL;
    if (options->explain && options->misses != NULL) {
        misses = g_array_new(FALSE, TRUE, sizeof(CcFrameMiss));
        g_array_set_clear_func(misses, (GDestroyNotify)cc_frame_miss_clear);
    }
    g_array_set_size(ex->frame_hits, 0);
    for (guint j = first; j < candidates->len; j++) {
        const Candidate *p = &g_array_index(candidates, Candidate, j);
        if (g_strcmp0(p->rule->predicate, "value") != 0)
            cc_frame_run_claimed(ex->frames, index, p->rule->predicate);
    }
    cc_frame_run_sentence(ex->frames, index, view->text, view->len, ref_day, kinds,
                          options->explain, ex->mentions, ex->frame_hits, misses);
    guint patterns_end = candidates->len;
    for (guint i = 0; i < ex->frame_hits->len; i++) {
        CcFrameHit *hit = &g_array_index(ex->frame_hits, CcFrameHit, i);
        const CcMention *m = &g_array_index(ex->mentions, CcMention, hit->mention);
        const CcRule *rule = hit->rule;
        gsize vs = view_start(view, m->start), ve = view_end(view, m->end);
        gboolean taken = FALSE;
        for (guint j = first; j < patterns_end && !taken; j++) {
            const Candidate *p = &g_array_index(candidates, Candidate, j);
            /* one date may belong to two events: the summit a pattern
             * reads ("during Putin's visit to Pyongyang in June") and the
             * signing a frame reads in it ("the treaty, signed during …") */
            taken = !p->frame && g_strcmp0(p->rule->predicate, "value") != 0
                    && spans_overlap(p->value_start, p->value_end, vs, ve)
                    && (rule->type != CC_CLAIM_DATE || p->rule->type != CC_CLAIM_DATE
                        || g_strcmp0(p->object, hit->object) == 0);
        }
        /* A frame of persons takes no figure of kilometres, nor one of
         * a billion or more, which no army or toll reaches: the sum a
         * business story tells in words ("roughly 4,700 casualties in
         * exchange for *billions* in hard currency"). */
        if (taken
            || (rule->type == CC_CLAIM_QUANTITY && rule->unit != NULL && m->value.unit != NULL
                && g_strcmp0(m->value.unit, rule->unit) != 0)
            || (rule->type == CC_CLAIM_QUANTITY && g_strcmp0(rule->unit, "person") == 0
                && m->value.has_low && m->value.low >= 1e9)) {
            cc_frame_hit_clear(hit);
            continue;
        }
        Candidate c = {0};
        c.rule = rule;
        c.frame = TRUE;
        gsize hit_end = hit->match_end; /* the slots' end, in the view */
        c.match_start = view_start(view, hit->match_start);
        c.match_end = view_end(view, hit->match_end);
        c.own_start = view_start(view, hit->own_start);
        c.own_end = view_end(view, hit->own_end);
        c.value_start = vs;
        c.value_end = ve;
        c.sentence_start = sentence->start;
        c.sentence_end = sentence->end;
        c.value = m->value;
        /* the day of a report by which the event it tells happened: open
         * before, through the day's end, as "by November 4" reads */
        if (hit->by_report && c.value.has_high && !c.value.high_strict) {
            c.value.has_low = FALSE;
            c.value.low = 0;
            c.value.low_strict = FALSE;
            c.value.high += 1;
            c.value.high_strict = TRUE;
        }
        /* an event's date given as a range open to the present is the
         * day it began, with no end: "Deployed: October 2024 – present"
         * (the scanner reads the range to the reference day) */
        gsize open_end = rule->type == CC_CLAIM_DATE
                             ? open_range_start_end(view->text, m->start, m->end)
                             : 0;
        CcValue start_value;
        if (open_end > 0
            && cc_normalize_date(ex->normalizer, view->text + m->start, open_end - m->start,
                                 ref_day, &start_value)) {
            c.value = start_value;
            c.value_end = view_end(view, open_end);
        } else {
            open_end = 0;
        }
        /* a range whose later end a "when" clause dates is that clause's
         * event's date where the frame read its words there: "to late
         * April, when Moscow declared the region cleared" is late April */
        gsize when_start = rule->type == CC_CLAIM_DATE && hit_end > m->end + 7
                               ? when_range_end_start(view->text, view->len, m->start, m->end)
                               : 0;
        CcValue end_value;
        if (when_start > 0
            && cc_normalize_date(ex->normalizer, view->text + when_start, m->end - when_start,
                                 ref_day, &end_value)) {
            c.value = end_value;
            c.value_start = view_start(view, when_start);
        } else {
            when_start = 0;
        }
        if (rule->type == CC_CLAIM_QUANTITY)
            whole_count_thousands(rule, view->text + m->start, m->end - m->start, &c.value);
        if (rule->type == CC_CLAIM_QUANTITY && rule->unit != NULL && c.value.unit == NULL)
            count_unit(&c.value, rule->unit);
        gsize text_start = when_start ? when_start : m->start;
        c.value_text = g_strndup(view->text + text_start, (open_end ? open_end : m->end) - text_start);
        c.subject = g_steal_pointer(&hit->subject);
        c.object = g_steal_pointer(&hit->object);
        c.scope = g_steal_pointer(&hit->scope);
        c.explain = g_steal_pointer(&hit->explain);
        if (hit->said_end > hit->said_start) {
            c.said_start = view_start(view, hit->said_start);
            c.said_end = view_end(view, hit->said_end);
        }
        c.earlier = hit->earlier;
        c.later_start = hit->earlier ? view_start(view, hit->later_at) : 0;
        c.compared_back = hit->compared_back;
        cc_frame_hit_clear(hit);
        /* a change from one figure to another is two claims: the figure
         * it came to, and the one it started from, an earlier claim of its
         * own ("rose from 8,000 to 11,000"; rules/README.md, "Earlier
         * figures") */
        gsize to;
        if (rule->type == CC_CLAIM_QUANTITY && g_strcmp0(rule->predicate, "value") != 0
            && change_of_figures(view->text, m, &to)) {
            /* an approximator is the figure's it stands before ("from
             * about 8,000 to 11,000") */
            gsize head = c.value.has_from ? 5 : 0;
            gboolean ae = !g_ascii_isdigit(view->text[m->start + head]);
            gboolean al = !g_ascii_isdigit(view->text[to + 4]);
            Candidate e = c;
            e.value.approx = c.value.approx && (ae || !al);
            c.value.approx = c.value.approx && (al || !ae);
            e.value_end = view_end(view, to);
            e.value.high = e.value.low = c.value.has_from ? c.value.from : c.value.low;
            e.value.orig_high = e.value.orig_low =
                c.value.has_from ? c.value.orig_from : c.value.orig_low;
            e.value.has_from = FALSE;
            e.value_text = g_strndup(view->text + m->start, to - m->start);
            e.subject = g_strdup(c.subject);
            e.object = g_strdup(c.object);
            e.scope = g_strdup(c.scope);
            e.explain = g_strdup(c.explain);
            e.earlier = TRUE;
            e.later_start = view_start(view, to + 4);
            g_array_append_val(candidates, e);
            c.value_start = e.later_start;
            c.value.low = c.value.high;
            c.value.orig_low = c.value.orig_high;
            g_free(c.value_text);
            c.value_text = g_strndup(view->text + to + 4, m->end - to - 4);
        }
        g_array_append_val(candidates, c);
    }
    for (guint i = 0; misses != NULL && i < misses->len; i++) {
        CcFrameMiss *miss = &g_array_index(misses, CcFrameMiss, i);
        const CcMention *m = &g_array_index(ex->mentions, CcMention, miss->mention);
        guint line, col;
        cc_source_position(source, view_start(view, m->start), &line, &col);
        g_ptr_array_add(options->misses, g_strdup_printf("%s:%u:%u: %s", cc_source_id(source),
                                                         line, col, miss->text));
    }
}

static int
candidate_order(gconstpointer pa, gconstpointer pb)
{
    const Candidate *a = pa, *b = pb;
    if (a->value_start != b->value_start)
        return a->value_start < b->value_start ? -1 : 1;
    if (a->value_end != b->value_end)
        return a->value_end > b->value_end ? -1 : 1;
    return strcmp(a->rule->id, b->rule->id);
}

/* The lower-case word that ends before @at, no earlier than @lo, into
 * @word (empty when none); returns where it starts. */
static gsize
word_before(const char *text, gsize lo, gsize at, char *word, gsize size)
{
    while (at > lo && (text[at - 1] == ' ' || text[at - 1] == ','))
        at--;
    gsize w = at;
    while (w > lo && (g_ascii_isalpha(text[w - 1]) || text[w - 1] == '-'))
        w--;
    fold_word(text, w, at, word, size);
    return w;
}

/* Is @word one of @list's? Only a word with the same first byte is
 * compared whole. */
static gboolean
word_in(const char *word, const char *const *list)
{
    for (guint q = 0; list[q] != NULL; q++)
        if (list[q][0] == word[0] && g_str_equal(word, list[q]))
            return TRUE;
    return FALSE;
}

/* Does text[lo, hi) hold @phrase (lower case) as whole words, in any case?
 * Only where the first byte matches is the whole phrase compared. */
static gboolean
holds_words(const char *text, gsize lo, gsize hi, const char *phrase)
{
    gsize n = strlen(phrase);
    char first = ascii_fold(phrase[0]);
    for (gsize i = lo; i + n <= hi; i++) {
        if (n > 0 && ascii_fold(text[i]) != first)
            continue;
        if (folded_equal(text + i, phrase, n)
            && (i == lo || !g_ascii_isalnum(text[i - 1]))
            && (i + n == hi || !g_ascii_isalnum(text[i + n])))
            return TRUE;
    }
    return FALSE;
}

/* Does text[@start, @end) name a month of the `months` lexicon? */
static gboolean
months_named(const CcExtractor *ex, const char *text, gsize start, gsize end)
{
    /* holds_words() of each phrase, read the other way round: at each
     * place where a word may start, each phrase whose first byte is
     * there (the span once, not once for each of some 40 phrases) */
    if (ex->months == NULL)
        return FALSE;
    for (gsize i = start; i <= end; i++) {
        if (i > start && g_ascii_isalnum(text[i - 1]))
            continue;
        for (guint k = 0; k < ex->months->len; k++) {
            const char *phrase = ((const CcLexiconEntry *)ex->months->pdata[k])->phrase;
            gsize n = ex->month_lens[k];
            if (i + n > end || (n > 0 && ascii_fold(text[i]) != ascii_fold(phrase[0])))
                continue;
            if (folded_equal(text + i, phrase, n)
                && (i + n == end || !g_ascii_isalnum(text[i + n])))
                return TRUE;
        }
    }
    return FALSE;
}

/* Does the word at text[@at, @at + @n) look back rather than ahead: the
 * month of date @d ("said in May"), or "may", "might", "could" or "would"
 * before "have" or a verb of holding ("may have sent", "containers that
 * could hold 3 million shells")? */
static gboolean
modal_of_past(const char *text, gsize at, gsize n, gsize end, const Candidate *d)
{
    static const char *const modals[] = {"may", "might", "could", "would", NULL};
    static const char *const after[] = {"have", "hold", "contain", "carry", "accommodate", NULL};
    if (at >= d->value_start && at + n <= d->value_end)
        return TRUE;
    gboolean modal = FALSE;
    for (guint q = 0; modals[q] != NULL && !modal; q++)
        modal = n == strlen(modals[q]) && g_ascii_strncasecmp(text + at, modals[q], n) == 0;
    if (!modal)
        return FALSE;
    gsize w = at + n;
    while (w < end && text[w] == ' ')
        w++;
    for (guint q = 0; after[q] != NULL; q++) {
        gsize k = strlen(after[q]);
        if (w + k <= end && g_ascii_strncasecmp(text + w, after[q], k) == 0
            && (w + k == end || !g_ascii_isalnum(text[w + k])))
            return TRUE;
    }
    return FALSE;
}

/* Does the sentence of @c speak of the future (the rule set's
 * `future_words`: "will", "expected to"), not counting words of date @d
 * or modals that look back (modal_of_past)? */
static gboolean
speaks_of_future(const CcExtractor *ex, const char *text, const Candidate *c,
                 const Candidate *d)
{
    GPtrArray *words = ex->future_words;
    gsize start = c->sentence_start, end = c->sentence_end;
    /* One pass over the sentence: where a word starts with a byte that one
     * of them starts with, those that do are compared. */
    for (gsize at = start; words != NULL && at < end; at++) {
        char first = ascii_fold(text[at]);
        if (!ex->future_opens[(guchar)first] || (at > start && g_ascii_isalnum(text[at - 1])))
            continue;
        for (guint i = 0; i < words->len; i++) {
            const char *phrase = ((const CcLexiconEntry *)words->pdata[i])->phrase;
            if (ascii_fold(phrase[0]) != first)
                continue;
            gsize n = strlen(phrase);
            if (n == 0 || at + n > end || !folded_equal(text + at, phrase, n)
                || (at + n < end && g_ascii_isalnum(text[at + n])))
                continue;
            if (!modal_of_past(text, at, n, end, d))
                return TRUE;
        }
    }
    return FALSE;
}

/* Does a date's text @t[0, n) name a period that runs up to now: "the
 * past month", "past year", "the last three months", "the last week" (not
 * "last week", a calendar week, nor "last December")? */
static gboolean
rolling_period(const char *t, gsize n)
{
    static const char *const units[] = {"day",   "days",  "week",  "weeks",     "month", "months",
                                        "year",  "years", "hours", "fortnight", "decade", "decades", NULL};
    gboolean article = n > 4 && g_ascii_strncasecmp(t, "the ", 4) == 0;
    if (article) {
        t += 4;
        n -= 4;
    }
    if (n > 5 && g_ascii_strncasecmp(t, "past ", 5) == 0) {
        t += 5;
        n -= 5;
    } else if (article && n > 5 && g_ascii_strncasecmp(t, "last ", 5) == 0) {
        t += 5;
        n -= 5;
    } else {
        return FALSE;
    }
    /* the period's unit is the last word */
    gsize w = n;
    while (w > 0 && g_ascii_isalpha(t[w - 1]))
        w--;
    char word[16];
    gsize k = MIN(n - w, sizeof word - 1);
    for (gsize q = 0; q < k; q++)
        word[q] = ascii_fold(t[w + q]);
    word[k] = '\0';
    return n - w < sizeof word && word_in(word, units);
}

/* The moment a claim speaks of: the first day of the date that governs it
 * and its last ("in March": March 1 and March 31; one day: both the same). */
typedef struct {
    guint32 first, last;
} Moment;

/* The tense of the verb that governs date candidate @d, read back from the
 * date over at most ten words of its clause, figures not counted, with no
 * comma or other mark between ("will send a further 3,000 troops to the
 * Kursk region in February"), as the frames read an event's date: 1 for a
 * plain future, a `future_words` phrase ("will", "are due to", "is
 * expected to", "scheduled"); -1 for a past form (an irregular past or an
 * -ed word of five letters or more); 0 for neither, or for a future that
 * looks back or only may be: "would", "could", "may", "might", one after
 * "was", "were", "had" or "been" ("was due to"), "next" and "coming" (the
 * date's own words), and "due" with no "is" or "are" before it ("killed
 * due to drone strikes in January" is a cause). A past participle after
 * "be" or "to" ("will be signed in January") lets the walk go on, three
 * words further at least. */
static int
date_verb_tense(const CcExtractor *ex, const char *text, const Candidate *c, const Candidate *d)
{
    static const char *const irregular[] = {
        "took",  "came",   "was",     "were",   "had",   "began", "went", "met",  "fought",
        "struck", "sent",  "made",    "held",   "gave",  "saw",   "said", "told", "got",
        "won",   "led",    "left",    "brought", "became", "broke", "flew", "been", NULL};
    static const char *const not_past[] = {"hundred", "indeed", "united", "armed", "based",
                                           "related", "need",   "speed",  "feed",  "seed", NULL};
    static const char *const weak[] = {"would", "could", "may", "might", "next", "coming",
                                       "within", NULL};
    static const char *const told_past[] = {"was", "were", "had", "been", NULL};
    static const char *const be[] = {"is", "are", "am", "be", NULL};
    GPtrArray *words = ex->future_words;
    gsize lo = c->sentence_start, at = d->value_start;
    char word[16], before[16];
    int budget = 10;
    while (budget-- > 0) {
        while (at > lo && text[at - 1] == ' ')
            at--;
        if (at > lo && g_ascii_isdigit(text[at - 1])) {
            /* a figure ("a further 3,000 troops") is a word of no tense */
            while (at > lo
                   && (g_ascii_isdigit(text[at - 1])
                       || ((text[at - 1] == ',' || text[at - 1] == '.') && at - 1 > lo
                           && g_ascii_isdigit(text[at - 2]) && g_ascii_isdigit(text[at]))))
                at--;
            budget++;
            continue;
        }
        if (at == lo || !g_ascii_isalpha(text[at - 1]))
            return 0; /* the clause's start or a mark: no verb found */
        gsize w = at;
        while (w > lo && (g_ascii_isalpha(text[w - 1]) || text[w - 1] == '\''))
            w--;
        fold_word(text, w, at, word, sizeof word);
        /* a future phrase that starts at this word, before the date */
        for (guint i = 0; words != NULL && i < words->len; i++) {
            const char *phrase = ((const CcLexiconEntry *)words->pdata[i])->phrase;
            gsize n = strlen(phrase);
            if (n == 0 || ascii_fold(phrase[0]) != word[0] || w + n > d->value_start
                || !folded_equal(text + w, phrase, n) || g_ascii_isalnum(text[w + n]))
                continue;
            word_before(text, lo, w, before, sizeof before);
            if (word_in(word, weak) || word_in(before, told_past)
                || (g_str_equal(word, "due") && !word_in(before, be)))
                return 0;
            return 1;
        }
        gsize n = at - w;
        gboolean past = word_in(word, irregular);
        if (!past && n >= 5 && n < sizeof word && word[n - 2] == 'e' && word[n - 1] == 'd') {
            past = TRUE;
            for (guint k = 0; past && not_past[k] != NULL; k++) {
                gsize m = strlen(not_past[k]);
                past = !(n >= m && g_str_equal(word + n - m, not_past[k]));
            }
        }
        if (past) {
            word_before(text, lo, w, before, sizeof before);
            if (!g_str_equal(before, "be") && !g_str_equal(before, "to"))
                return -1;
            budget = MAX(budget, 3); /* "will be signed": on to "will" */
        }
        at = w;
    }
    return 0;
}

/* Does date candidate @d name no year: no four digits, no "this",
 * "next", "later", … ("next month" is already the right one)? */
static gboolean
names_no_year(const char *text, const Candidate *d)
{
    static const char *const relative[] = {"this", "next", "coming", "year", "later", "week",
                                           "day", "tomorrow", "month", NULL};
    gboolean yearless = TRUE;
    for (gsize i = d->value_start; i + 4 <= d->value_end && yearless; i++)
        yearless = !(g_ascii_isdigit(text[i]) && g_ascii_isdigit(text[i + 1])
                     && g_ascii_isdigit(text[i + 2]) && g_ascii_isdigit(text[i + 3]));
    for (guint q = 0; relative[q] != NULL && yearless; q++)
        yearless = !holds_words(text, d->value_start, d->value_end, relative[q]);
    return yearless;
}

/* The day @years years from @day, its day of the month kept where that
 * month has it (February 29 gives February 28); 0 out of the calendar's
 * range. */
static guint32
years_from(guint32 day, int years)
{
    int y, mo, dm;
    cc_day_to_ymd(day, &y, &mo, &dm);
    return cc_day_from_ymd(y + years, mo, MIN(dm, cc_days_in_month(y + years, mo)));
}

/* Is date @d an ordinal part of a span told by the words after it, "the
 * first month of fighting", "their second week of combat": the span of an
 * event, no month of the calendar (the date scanner reads "the first
 * month" as January)? A date it can read after "of" ("the first month of
 * 2025") is inside the mention. */
static gboolean
part_of_event(const char *text, const Candidate *d)
{
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth",
                                           "sixth", "opening", NULL};
    static const char *const units[] = {"month", "months", "week", "weeks", NULL};
    gsize e = d->value_end;
    if (d->sentence_end < e + 4 || g_ascii_strncasecmp(text + e, " of ", 4) != 0)
        return FALSE;
    gsize u = e;
    while (u > d->value_start && g_ascii_isalpha(text[u - 1]))
        u--;
    char word[16];
    fold_word(text, u, e, word, sizeof word);
    if (!word_in(word, units) || u < d->value_start + 2)
        return FALSE;
    gsize o_end = u - 1, o = o_end;
    while (o > d->value_start && g_ascii_isalpha(text[o - 1]))
        o--;
    fold_word(text, o, o_end, word, sizeof word);
    return word_in(word, ordinals);
}

/* Is date @d a lone month's name between "the" and a treaty or a summit
 * it names, "likely as part of *the June* treaty", "under the June pact":
 * it says which pact, no time of the claim beside it ("killed in the
 * January assaults" still dates the toll). */
static gboolean
names_its_noun(const char *text, const Candidate *d)
{
    static const char *const named[] = {"treaty", "pact", "agreement", "accord", "deal",
                                        "summit", "visit", "meeting", "talks", NULL};
    gsize s = d->value_start, e = d->value_end;
    for (gsize i = s; i < e; i++)
        if (!g_ascii_isalpha(text[i]))
            return FALSE;
    char word[16];
    fold_word(text, s, e, word, sizeof word);
    static const char *const months[] = {"january", "february", "march", "april", "may",
                                         "june", "july", "august", "september", "october",
                                         "november", "december", NULL};
    if (!word_in(word, months))
        return FALSE;
    if (s < d->sentence_start + 4 || g_ascii_strncasecmp(text + s - 4, "the ", 4) != 0
        || (s > d->sentence_start + 4 && g_ascii_isalpha(text[s - 5])))
        return FALSE;
    if (e + 2 > d->sentence_end || text[e] != ' ' || !g_ascii_islower(text[e + 1]))
        return FALSE;
    gsize w = e + 1, we = w;
    while (we < d->sentence_end && g_ascii_isalpha(text[we]))
        we++;
    fold_word(text, w, we, word, sizeof word);
    return word_in(word, named);
}

/* Can date candidate @d date claim @c of the same sentence? A date record
 * outside the claim's own match, not introduced by "since", not years
 * before the document, not across a semicolon. Sets *@day: the date's
 * first and last days (both its last when it has no first: "by March"), a
 * year back when it names no year and falls wholly more than half a year
 * after the document's date in a sentence that does not speak of the
 * future ("as of December 19" in a January article: the December before
 * it), else at most the document's date. */
static gboolean
dates_claim(const CcExtractor *ex, const char *text, const Candidate *d, const Candidate *c,
            guint32 doc_day, Moment *day)
{
    if (d->rule->type != CC_CLAIM_DATE)
        return FALSE;
    if (spans_overlap(d->value_start, d->value_end, c->match_start, c->match_end))
        return FALSE;
    if (!d->value.has_high)
        return FALSE;
    if (part_of_event(text, d) || names_its_noun(text, d))
        return FALSE;
    /* "the second week of January" dates a claim as the frames read it,
     * days 8 to 14, not the calendar week the generic records keep */
    CcValue dv = d->value;
    if (doc_day != 0)
        cc_frame_week_of_month(ex->normalizer, text + d->value_start,
                               d->value_end - d->value_start, doc_day, &dv);
    /* a clause after a semicolon has its own time, and so has the one
     * before it ("by December 19; as of Monday, …") */
    gsize lo = MIN(d->value_end, c->value_end), hi = MAX(d->value_start, c->value_start);
    if (lo < hi && memchr(text + lo, ';', hi - lo) != NULL)
        return FALSE;
    /* nor does a date before a "but" whose clause speaks of now ("In April
     * the agency had put the dead at 600, but it now puts the toll at
     * 2,000"): the figure after it is the document's day's */
    if (d->value_end <= c->value_start && lo < hi) {
        gboolean but = FALSE;
        for (gsize i = lo; i + 3 <= hi; i++) {
            gboolean starts = i == lo || !g_ascii_isalpha(text[i - 1]);
            if (!starts)
                continue;
            if (!but && i + 3 <= hi && g_ascii_strncasecmp(text + i, "but", 3) == 0
                && (i + 3 == hi || !g_ascii_isalpha(text[i + 3])))
                but = TRUE;
            else if (but && g_ascii_strncasecmp(text + i, "now", 3) == 0
                     && (i + 3 == hi || !g_ascii_isalpha(text[i + 3])))
                return FALSE;
        }
    }
    /* The word before the date, past an article and the part of a year
     * or period it names: "since", "from", … make it a start ("since the
     * summer of 2023", "from the start of 2024"). */
    static const char *const past[] = {"the",    "of",     "summer", "winter", "spring",
                                       "autumn", "fall",   "start",  "beginning", "end",
                                       "middle", "turn",   NULL};
    gsize k = d->value_start;
    char word[16];
    gboolean at_end = FALSE; /* "by the end of 2023": its last day */
    for (int pass = 0; pass < 5; pass++) {
        while (k > c->sentence_start && text[k - 1] == ' ')
            k--;
        gsize w = k;
        while (w > c->sentence_start && g_ascii_isalpha(text[w - 1]))
            w--;
        fold_word(text, w, k, word, sizeof word);
        gboolean skip = FALSE;
        for (guint q = 0; past[q] != NULL && !skip; q++)
            skip = g_str_equal(word, past[q]);
        if (!skip || w == k)
            break;
        at_end = at_end || g_str_equal(word, "end");
        k = w;
    }
    if (g_hash_table_contains(ex->since_words, word))
        return FALSE;
    /* nor does one a clause "since" opens leads to, up to eight words back
     * in its clause ("Since they entered combat in December, North Korean
     * units have suffered 4,000 casualties", "… casualties since the troops
     * went into battle in December"): it names when the count began; the
     * date an adjunct of that clause's verb, after "in", "on", "during" or
     * "at" (not "since its December report, when it counted 100 dead",
     * where the date names the report) */
    if (g_str_equal(word, "in") || g_str_equal(word, "on") || g_str_equal(word, "during")
        || g_str_equal(word, "at")) {
        gsize b = k;
        for (guint words = 0; words < 8 && b > c->sentence_start; words++) {
            while (b > c->sentence_start && text[b - 1] == ' ')
                b--;
            gsize e = b;
            while (b > c->sentence_start && g_ascii_isalpha(text[b - 1]))
                b--;
            if (b == e)
                break; /* a mark or a figure ends the clause's reach */
            if (e - b == 5 && g_ascii_strncasecmp(text + b, "since", 5) == 0)
                return FALSE;
        }
    }
    /* nor does a date in a relative clause that tells when a noun's span
     * began ("died during the mission *that began in August*", "the
     * deployment which started in October"): it dates the noun's start,
     * as "since" does, not the claim */
    if (g_str_equal(word, "in") || g_str_equal(word, "on")) {
        static const char *const began[] = {"began", "begun", "started", "starting",
                                            "beginning", NULL};
        static const char *const relatives[] = {"that", "which", NULL};
        char prev[16];
        gsize b = k, e;
        while (b > c->sentence_start && g_ascii_isalpha(text[b - 1]))
            b--; /* past the preposition itself */
        gboolean ok = TRUE;
        for (int n = 0; n < 2 && ok; n++) {
            while (b > c->sentence_start && text[b - 1] == ' ')
                b--;
            e = b;
            while (b > c->sentence_start && g_ascii_isalpha(text[b - 1]))
                b--;
            fold_word(text, b, e, prev, sizeof prev);
            ok = b < e && word_in(prev, n == 0 ? began : relatives);
        }
        if (ok)
            return FALSE;
    }
    /* "by March" is before April: its last day is March's */
    guint32 when = (guint32)dv.high - (dv.high_strict ? 1 : 0);
    /* "over the past month" runs up to the document's date */
    if (doc_day != 0 && rolling_period(text + d->value_start, d->value_end - d->value_start)) {
        day->first = day->last = doc_day;
        return TRUE;
    }
    guint32 first = dv.has_low ? (guint32)dv.low : when;
    /* a whole month named with no year that begins after the document's
     * date ("the agency estimated in November", in a July article: nothing
     * said in it yet), or any date more than half a year after it, is last
     * year's unless the sentence speaks of the future; "in three months"
     * names no month, and a day a week ahead ("by November 20" in a
     * November 13 article) stays this year's */
    if (doc_day != 0 && first > doc_day
        && (first - doc_day > 183
            || (when - first >= 27 && months_named(ex, text, d->value_start, d->value_end)))) {
        if (names_no_year(text, d) && !speaks_of_future(ex, text, c, d)) {
            guint32 back = years_from(when, -1);
            if (back != 0 && back <= doc_day) {
                guint32 first_back = years_from(first, -1);
                first = first_back != 0 ? first_back : back;
                when = back;
            }
        }
    }
    /* and the other way: a month named with no year as a deadline ("by",
     * "until") that ended more than a month before the document's date, in
     * a sentence that speaks of the future, is next year's ("could top
     * 3,000 by the end of February", "By January, Pyongyang will have
     * sent", in a November or December article): a forecast's date is
     * ahead of the document, and so the document's date below ("By the
     * end of February, 1,500 had crossed" is February's) */
    static const char *const deadline[] = {"by", "until", "till", NULL};
    char lead[8];
    gsize lead_end = d->value_start;
    while (lead_end < d->value_end && g_ascii_isalpha(text[lead_end]))
        lead_end++;
    fold_word(text, d->value_start, lead_end, lead, sizeof lead);
    if (doc_day != 0 && when + 31 < doc_day && (word_in(word, deadline) || word_in(lead, deadline))
        && months_named(ex, text, d->value_start, d->value_end) && names_no_year(text, d)
        && speaks_of_future(ex, text, c, d)) {
        guint32 ahead = years_from(when, 1);
        if (ahead > doc_day) {
            guint32 first_ahead = years_from(first, 1);
            first = first_ahead != 0 ? first_ahead : ahead;
            when = ahead;
        }
    }
    /* and a month named with no year that ended before the document's
     * date, under a plain future ("are due to arrive in Russia in
     * January", "will send … in February", in a June article), is the
     * next one: a forecast, dated by the document's date below (a
     * deadline keeps the rule above) */
    if (doc_day != 0 && when < doc_day && !word_in(word, deadline) && !word_in(lead, deadline)
        && months_named(ex, text, d->value_start, d->value_end)
        && names_no_year(text, d) && !holds_words(text, d->value_start, d->value_end, "last")
        && date_verb_tense(ex, text, c, d) > 0) {
        guint32 ahead = years_from(when, 1);
        if (ahead > doc_day) {
            guint32 first_ahead = years_from(first, 1);
            first = first_ahead != 0 ? first_ahead : ahead;
            when = ahead;
        }
    }
    /* History is background, not the claim's moment: "an army that
     * last fought seven decades ago" is sized as of today. */
    if (doc_day != 0 && when + 3 * 366 < doc_day)
        return FALSE;
    /* a period is spoken of from its first day ("in March": March 1), a
     * date with no first day or the end of a period by its last ("by March",
     * "by the end of 2023": December 31) */
    if (!dv.has_low || at_end || holds_words(text, d->value_start, d->value_end, "end"))
        first = when;
    /* "in 2024" in a November article: as of then */
    if (doc_day != 0 && when > doc_day)
        when = doc_day;
    if (doc_day != 0 && first > doc_day)
        first = doc_day;
    day->first = first;
    day->last = when;
    return TRUE;
}

static gboolean
wants_date(const Candidate *c)
{
    return c->rule->type == CC_CLAIM_QUANTITY || c->rule->type == CC_CLAIM_EVENT;
}

/* How a date dates a claim of its sentence, the best last. */
typedef enum {
    DATING_NONE,
    DATING_SAID,   /* after the claim, the day of a saying: ", officials said on Tuesday" */
    DATING_BEFORE, /* before the claim: "As of mid-January, the toll was …" */
    DATING_OWN,    /* after the claim, in its clause: "sent 3,000 troops in October" */
} Dating;

/* Verbs of saying and their nouns: a date after one dates the saying. */
static const char *const saying_words[] = {
    "said",     "says",      "say",       "told",    "tells",     "stated",   "announced",
    "reported", "reports",   "added",     "wrote",   "noted",     "confirmed", "claimed",
    "estimated", "estimates", "briefing", "statement", "testified", NULL};

/* Does a date of @c's sentence start right after offset @e, past spaces
 * and an article? Then the word before it is a preposition ("since
 * September", "until the spring"), not a word that opens a clause. */
static gboolean
date_follows(const char *text, const GArray *candidates, guint first, const Candidate *c, gsize e)
{
    while (e < c->sentence_end && text[e] == ' ')
        e++;
    if (e + 4 <= c->sentence_end && g_ascii_strncasecmp(text + e, "the ", 4) == 0)
        e += 4;
    for (guint j = first; j < candidates->len; j++) {
        const Candidate *o = &g_array_index(candidates, Candidate, j);
        if (o->sentence_start != c->sentence_start)
            break;
        if (o->rule->type == CC_CLAIM_DATE && o->value_start <= e && e < o->value_end)
            return TRUE;
    }
    return FALSE;
}

/* Does the word text[@w, @e) of claim @c's sentence open a clause set off
 * by commas, a comma right before it and another after it in the
 * sentence (", where Kyiv's forces crossed the border in August, an
 * officer told Reuters …")? */
static gboolean
set_off_by_commas(const char *text, const Candidate *c, gsize w, gsize e)
{
    gsize b = w;
    while (b > c->sentence_start && text[b - 1] == ' ')
        b--;
    return b > c->sentence_start && text[b - 1] == ','
           && memchr(text + e, ',', c->sentence_end - e) != NULL;
}

/* Is a date after claim @c, starting at @at, cut off from it: by another
 * claim's figure ("to 4,700 from the roughly 3,000 it had given in
 * January": January is the 3,000's), a word that opens a clause of its own
 * ("died in Kursk, where the incursion began in August", "sent a further
 * 1,500, following a first contingent earlier in the month") or, when
 * @saying, a verb of saying, which ends the claim's clause ("…, the agency
 * told lawmakers on Monday, three times its estimate a month earlier")?
 * With @figures FALSE another claim's figure cuts nothing off, nor does a
 * clause-opening word of a clause set off by commas (set_off_by_commas()):
 * the day a saying was made dates every figure said ("About 12,000
 * soldiers, including 500 officers, have been sent, the agency said last
 * week"). */
static gboolean
cut_off_after(const char *text, const GArray *candidates, guint first, const Candidate *c,
              gsize at, gboolean saying, gboolean figures)
{
    static const char *const opens[] = {"where",    "when",   "after",    "before", "while",
                                        "because",  "although", "though", "whereas", "until",
                                        "since",    "once",   "following", NULL};
    for (guint j = first; figures && j < candidates->len; j++) {
        const Candidate *o = &g_array_index(candidates, Candidate, j);
        if (o->sentence_start != c->sentence_start)
            break;
        if (o == c || !wants_date(o) || g_strcmp0(o->rule->predicate, "value") == 0
            || spans_overlap(o->value_start, o->value_end, c->value_start, c->value_end))
            continue;
        if (o->value_start >= c->value_end && o->value_start < at)
            return TRUE;
    }
    char word[16];
    for (gsize i = c->value_end; i < at; i++) {
        if (!g_ascii_isalpha(text[i]) || (i > c->value_end && g_ascii_isalpha(text[i - 1])))
            continue;
        gsize e = i;
        while (e < at && g_ascii_isalpha(text[e]))
            e++;
        if (e == at && at < c->sentence_end && g_ascii_isalpha(text[at]))
            break; /* a word that goes on past @at is not read in part */
        fold_word(text, i, e, word, sizeof word);
        /* a saying's day dates every figure said, the claim's own clause
         * and a clause set off by commas after it alike: "some 11,000 sent
         * to Kursk, where Kyiv's forces crossed the border in August, an
         * officer told Reuters in December" (a clause with no comma before
         * it, "sent 3,000 since it signed the pact, officials said …",
         * still cuts) */
        if (word_in(word, opens) && !figures && set_off_by_commas(text, c, i, e))
            continue;
        if ((word_in(word, opens) && !date_follows(text, candidates, first, c, e))
            || (saying && word_in(word, saying_words)))
            return TRUE;
    }
    return FALSE;
}

/* Where a saying was made or what carried it, and its publishing: a date
 * just after one is the day of the saying too ("said in his nightly
 * address on Saturday", "in an update posted on Sunday", "in an interview
 * broadcast on Sunday"). */
static const char *const saying_occasions[] = {
    "address", "speech", "interview", "remarks", "conference", "post", "update", "hearing",
    "session", "report", "published", "posted", "released", "broadcast", "aired", NULL};

/* Is the date @d, after its claim, the day of a saying ("officials said on
 * Tuesday", "told lawmakers on Monday", "said in his nightly address on
 * Saturday", "told a news conference in Kyiv on Friday")? A verb of
 * saying or an occasion of one within three words before it, past the
 * words that lead a date. */
static gboolean
said_on(const char *text, const Candidate *d)
{
    static const char *const lead[] = {"on", "in", "at", "the", "last", "this", "earlier", "late",
                                       "early", "as", "of", "by", NULL};
    char word[16];
    gsize at = d->value_start;
    int words = 0;
    while (at > d->sentence_start && words < 5) {
        gsize w = word_before(text, d->sentence_start, at, word, sizeof word);
        if (w == at || word[0] == '\0')
            return FALSE;
        if (word_in(word, saying_words) || word_in(word, saying_occasions))
            return TRUE;
        if (!word_in(word, lead) && ++words >= 3)
            return FALSE;
        at = w;
    }
    return FALSE;
}

/* Is the saying dated by @d, after claim @c, another claim's: its verb
 * right after that claim's figure, which it describes ("some 12,000, double
 * the 6,000 reported in early October", "up from about 9 million estimated
 * in October", "the 4 million it estimated in June")? At most three words
 * and no punctuation lie between the figure and the verb. */
static gboolean
said_of_other(const char *text, const GArray *candidates, guint first, const Candidate *c,
              const Candidate *d)
{
    char word[16];
    for (guint j = first; j < candidates->len; j++) {
        const Candidate *o = &g_array_index(candidates, Candidate, j);
        if (o->sentence_start != c->sentence_start)
            break;
        if (o == c || !wants_date(o) || g_strcmp0(o->rule->predicate, "value") == 0
            || o->value_start < c->value_end || o->value_end > d->value_start)
            continue;
        int words = 0;
        for (gsize i = o->value_end; i < d->value_start && words <= 3;) {
            if (text[i] == ' ') {
                i++;
                continue;
            }
            if (!g_ascii_isalpha(text[i]))
                break;
            gsize e = i;
            while (e < d->value_start && g_ascii_isalpha(text[e]))
                e++;
            fold_word(text, i, e, word, sizeof word);
            if (word_in(word, saying_words))
                return TRUE;
            words++;
            i = e;
        }
    }
    return FALSE;
}

/* Is date candidate @d the year of an author-date citation in round
 * brackets ("(Han and Oh 2025)", "(Petrov 2025, 88)", "Kim (2024) put
 * …")? It dates the work cited, not the claim; the frames' reader
 * (cc_citation_at()) tells. */
static gboolean
citation_year(const char *text, const Candidate *d)
{
    gsize vs = d->value_start, ve = d->value_end;
    if (ve - vs < 4 || ve - vs > 5 || !g_ascii_isdigit(text[vs]) || !g_ascii_isdigit(text[vs + 3])
        || !((text[vs] == '1' && text[vs + 1] == '9') || (text[vs] == '2' && text[vs + 1] == '0')))
        return FALSE;
    return cc_citation_at(text, d->sentence_start, d->sentence_end, vs);
}

/* How date candidate @d dates claim @c (DATING_NONE: it does not), and the
 * days, into *@day. */
static Dating
dating_of(const CcExtractor *ex, const char *text, const GArray *candidates, guint first,
          const Candidate *d, const Candidate *c, guint32 doc_day, Moment *day)
{
    if (d->sentence_start != c->sentence_start || !dates_claim(ex, text, d, c, doc_day, day))
        return DATING_NONE;
    if (citation_year(text, d))
        return DATING_NONE;
    if (d->value_end <= c->value_start)
        return DATING_BEFORE;
    if (d->value_start < c->value_end)
        return DATING_NONE;
    if (said_on(text, d))
        return cut_off_after(text, candidates, first, c, d->value_start, FALSE, FALSE)
                       || said_of_other(text, candidates, first, c, d)
                   ? DATING_NONE
                   : DATING_SAID;
    return cut_off_after(text, candidates, first, c, d->value_start, TRUE, TRUE) ? DATING_NONE
                                                                                : DATING_OWN;
}

/* Figures and dates listed alike and told "respectively" pair off in
 * order: "shipped an estimated 2.8 million and 3.7 million shells to
 * Russia in 2023 and 2024, respectively" dates the 2.8 million in 2023 and
 * the 3.7 million in 2024. TRUE with the day of claim @at in *@day when
 * its sentence has as many claims, two or more, as dates of the last
 * one's own clause after it, and "respectively" follows the last date. */
static gboolean
respectively_day(const CcExtractor *ex, const char *text, const GArray *candidates, guint first,
                 guint at, guint32 doc_day, Moment *day)
{
    const Candidate *c = &g_array_index(candidates, Candidate, at);
    enum { MAX_LISTED = 6 };
    const Candidate *listed[MAX_LISTED];
    guint n = 0, mine = G_MAXUINT;
    /* the claims of the sentence, one a figure, in order */
    for (guint i = first; i < candidates->len; i++) {
        const Candidate *o = &g_array_index(candidates, Candidate, i);
        if (o->sentence_start != c->sentence_start)
            break;
        if (o->dropped || o->rule->type != CC_CLAIM_QUANTITY
            || g_strcmp0(o->rule->predicate, "value") == 0)
            continue;
        if (n > 0 && o->value_start < listed[n - 1]->value_end)
            continue; /* one figure claimed twice */
        if (n == MAX_LISTED)
            return FALSE;
        if (o == c)
            mine = n;
        listed[n++] = o;
    }
    if (mine == G_MAXUINT || n < 2)
        return FALSE;
    /* the dates of the last one's own clause, after it */
    const Candidate *last = listed[n - 1];
    Moment days[MAX_LISTED];
    gsize last_end = 0;
    guint n_days = 0;
    for (guint i = first; i < candidates->len; i++) {
        const Candidate *d = &g_array_index(candidates, Candidate, i);
        if (d->sentence_start != c->sentence_start)
            break;
        Moment m;
        if (d->dropped || d->value_start < last->value_end
            || (n_days > 0 && d->value_start < last_end)
            || dating_of(ex, text, candidates, first, d, last, doc_day, &m) != DATING_OWN)
            continue;
        if (n_days == MAX_LISTED)
            return FALSE;
        days[n_days++] = m;
        last_end = d->value_end;
    }
    if (n_days != n)
        return FALSE;
    gsize e = last_end;
    while (e < c->sentence_end && (text[e] == ' ' || text[e] == ','))
        e++;
    if (c->sentence_end - e < 12 || g_ascii_strncasecmp(text + e, "respectively", 12) != 0)
        return FALSE;
    *day = days[mine];
    return TRUE;
}

static guint first_sentence_from(const GArray *sentences, gsize start);

/* Does date candidate @d end in "later" after a word of its own ("two
 * days later", "A week later"): an offset from a day the text told? */
static gboolean
offset_later(const char *text, const Candidate *d)
{
    gsize n = d->value_end - d->value_start;
    return n > 6 && g_ascii_strncasecmp(text + d->value_end - 5, "later", 5) == 0
           && text[d->value_end - 6] == ' ';
}

/* Does date candidate @d end in "after" after a word of its own ("two
 * days after" before a clause of its own, frame.c offset_after())? */
static gboolean
offset_after(const char *text, const Candidate *d)
{
    gsize n = d->value_end - d->value_start;
    return n > 6 && g_ascii_strncasecmp(text + d->value_end - 5, "after", 5) == 0
           && text[d->value_end - 6] == ' ';
}

/* The value of an offset "N later" (offset_later()) counted from the day
 * the text told before it, as the frames count it (frame.c
 * anchor_offsets()), into *@v: from the first day of the nearest date
 * before it in its sentence ("left on Oct. 8, and another 1,500 sailed two
 * days later"); opening its sentence before a comma ("Two days later,
 * …"), from the last single day the sentence right before names; FALSE
 * with neither: the offset names no day the text gives. */
static gboolean
anchored_later(const CcExtractor *ex, const char *text, const GArray *sentences,
               const GArray *candidates, guint first, const Candidate *d, guint32 doc_day,
               CcValue *v)
{
    const Candidate *anchor = NULL;
    for (guint i = first; i < candidates->len; i++) {
        const Candidate *o = &g_array_index(candidates, Candidate, i);
        if (o->sentence_start != d->sentence_start || o->value_start >= d->value_start)
            break;
        if (o != d && o->rule->type == CC_CLAIM_DATE && o->value.has_low
            && o->value_end <= d->value_start && !offset_later(text, o) && !offset_after(text, o))
            anchor = o;
    }
    if (anchor != NULL)
        return cc_normalize_date(ex->normalizer, text + d->value_start,
                                 d->value_end - d->value_start, (guint32)anchor->value.low, v);
    /* opening the sentence, past an article, a hedge or "then" ("A day
     * later", "About two weeks later", "Then, two weeks later"), and
     * closed by a comma */
    static const char *const leads[] = {"a",      "an",     "about",  "some",   "only",
                                        "just",   "roughly", "nearly", "almost", "barely",
                                        "around", "then",   NULL};
    gsize at = d->sentence_start;
    char word[16];
    for (int words = 0; at < d->value_start && words <= 3;) {
        if (g_ascii_isspace(text[at]) || text[at] == ',') {
            at++;
            continue;
        }
        gsize e = at;
        while (e < d->value_start && g_ascii_isalpha(text[e]))
            e++;
        fold_word(text, at, e, word, sizeof word);
        if (e == at || !word_in(word, leads))
            break;
        at = e;
        words++;
    }
    if (at != d->value_start || d->value_end >= d->sentence_end || text[d->value_end] != ',')
        return FALSE;
    guint s = first_sentence_from(sentences, d->sentence_start);
    if (s == 0 || s >= sentences->len
        || g_array_index(sentences, CcSpan, s).start != d->sentence_start)
        return FALSE;
    const CcSpan *prev = &g_array_index(sentences, CcSpan, s - 1);
    CcDateScanner *sc =
        cc_date_scanner_new(ex->normalizer, text + prev->start, prev->end - prev->start);
    CcDateMention m;
    gsize from = 0;
    guint32 day = 0;
    while (cc_date_scanner_next(sc, from, prev->end - prev->start, doc_day, &m)) {
        from = m.end;
        if (m.value.kind == CC_VALUE_DATE && m.value.has_low && m.value.has_high
            && m.value.low == m.value.high && !m.value.high_strict)
            day = (guint32)m.value.low;
    }
    cc_date_scanner_free(sc);
    return day != 0
           && cc_normalize_date(ex->normalizer, text + d->value_start,
                                d->value_end - d->value_start, day, v);
}

/* The moment a claim speaks of: the date of its sentence that governs it,
 * else the document's date. A date after the figure in its own clause
 * ("sent 3,000 troops in October", "the 1,100 Seoul counted on December
 * 19") comes first, the nearest; then the nearest date before it ("In
 * March, officials said that by February 20 some 4,000 …": February 20);
 * then the day of a saying after it ("…, officials said on Tuesday"). */
static Moment
claim_as_of(const CcExtractor *ex, const char *text, const GArray *sentences, guint at,
            GArray *candidates, guint32 doc_day)
{
    const Candidate *c = &g_array_index(candidates, Candidate, at);
    Moment best_day = {doc_day, doc_day};
    if (!wants_date(c))
        return best_day;
    /* Candidates are sorted by offset, so those of the claim's sentence
     * lie together around it: look only there. */
    guint first = at;
    while (first > 0
           && g_array_index(candidates, Candidate, first - 1).sentence_start == c->sentence_start)
        first--;
    Dating best = DATING_NONE;
    gsize best_gap = G_MAXSIZE;
    for (guint i = first; i < candidates->len; i++) {
        const Candidate *d = &g_array_index(candidates, Candidate, i);
        if (d->sentence_start != c->sentence_start)
            break;
        Moment day;
        /* "two days after" dates the clause after it, no figure here */
        if (d->rule->type == CC_CLAIM_DATE && offset_after(text, d))
            continue;
        /* "two days later" counts from the day told before it */
        Candidate anchored;
        if (d->rule->type == CC_CLAIM_DATE && offset_later(text, d)) {
            anchored = *d;
            if (!anchored_later(ex, text, sentences, candidates, first, d, doc_day,
                                &anchored.value))
                continue;
            d = &anchored;
        }
        Dating how = dating_of(ex, text, candidates, first, d, c, doc_day, &day);
        if (how == DATING_NONE)
            continue;
        gsize gap = how == DATING_BEFORE ? c->value_start - d->value_end
                                         : d->value_start - c->value_end;
        if (how > best || (how == best && gap < best_gap)) {
            best = how;
            best_gap = gap;
            best_day = day;
        }
    }
    Moment paired;
    if (respectively_day(ex, text, candidates, first, at, doc_day, &paired))
        best_day = paired;
    /* An earlier figure speaks of a moment before its later figure's:
     * "rose from 8,000 to 11,000 in November" puts the 8,000 by the last
     * day before November, as "by" a date does; so does a later figure
     * that the document's date or a saying dates ("up from roughly
     * 1,100, the agency said on Tuesday": the 1,100 by Monday). */
    for (guint i = first; c->earlier && i < candidates->len; i++) {
        const Candidate *l = &g_array_index(candidates, Candidate, i);
        if (l->sentence_start != c->sentence_start)
            break;
        if (i == at || l->earlier || l->value_start != c->later_start)
            continue;
        Moment later = claim_as_of(ex, text, sentences, i, candidates, doc_day);
        if (later.first > 0 && best_day.first >= later.first)
            best_day.first = best_day.last = later.first - 1;
        break;
    }
    return best_day;
}

/* Looking for dates only to date the claims among candidates[first…]: is
 * every claim's date known, whatever dates start at file offset @from or
 * later? Those lie after a claim that ends by @from, so they could only be
 * its own date: it is known once an own date was found, or when the dates
 * from @from on are cut off from the claim, whether or not they date a
 * saying (claim_as_of()). */
static gboolean
claims_dated(const CcExtractor *ex, const char *text, GArray *candidates, guint first,
             gsize from, guint32 doc_day)
{
    for (guint i = first; i < candidates->len; i++) {
        const Candidate *c = &g_array_index(candidates, Candidate, i);
        if (!wants_date(c))
            continue;
        if (c->value_end > from)
            return FALSE;
        if (memchr(text + c->value_end, ';', from - c->value_end) != NULL
            || cut_off_after(text, candidates, first, c, from, FALSE, FALSE))
            continue;
        gboolean dated = FALSE;
        for (guint j = first; j < candidates->len && !dated; j++) {
            const Candidate *d = &g_array_index(candidates, Candidate, j);
            Moment day;
            dated = d->value_start < from
                    && dating_of(ex, text, candidates, first, d, c, doc_day, &day) == DATING_OWN;
        }
        if (!dated)
            return FALSE;
    }
    return TRUE;
}

/* Does a candidate from @first on want claim_as_of() to look for dates? */
static gboolean
needs_dating(GArray *candidates, guint first)
{
    for (guint i = first; i < candidates->len; i++)
        if (wants_date(&g_array_index(candidates, Candidate, i)))
            return TRUE;
    return FALSE;
}

static void
names_free(gpointer names)
{
    if (names != NULL)
        g_ptr_array_unref(names);
}

/* What the search for one head noun found, up to a sentence. */
typedef struct {
    guint upto;   /* sentences before this one have been searched */
    char *answer; /* the nearest match among them, or NULL */
} Antecedent;

static void
antecedent_free(gpointer p)
{
    Antecedent *a = p;
    g_free(a->answer);
    g_free(a);
}

/* The index of the first of @sentences that starts at or after @start. */
static guint
first_sentence_from(const GArray *sentences, gsize start)
{
    guint lo = 0, hi = sentences->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (g_array_index(sentences, CcSpan, mid).start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Who "the agency" of a claim in the sentence starting at @sentence_start
 * stands for: the nearest speaker before it, in the document, that names
 * someone and has the same head noun ("South Korea's spy agency"), or
 * NULL. @seen holds, per sentence, the named speakers found there (NULL
 * until looked at), and @found, per head noun, the answer up to the last
 * sentence asked about: each sentence is searched once a document, and
 * each head's later questions look only at the sentences since. */
/* How rare each lower-case letter is in English text (26: the rarest);
 * 0 for any other byte. */
static const guint8 letter_rarity[256] = {
    ['e'] = 1,  ['t'] = 2,  ['a'] = 3,  ['o'] = 4,  ['i'] = 5,  ['n'] = 6,  ['s'] = 7,
    ['r'] = 8,  ['h'] = 9,  ['l'] = 10, ['d'] = 11, ['c'] = 12, ['u'] = 13, ['m'] = 14,
    ['f'] = 15, ['p'] = 16, ['g'] = 17, ['w'] = 18, ['y'] = 19, ['b'] = 20, ['v'] = 21,
    ['k'] = 22, ['x'] = 23, ['j'] = 24, ['q'] = 25, ['z'] = 26,
};

/* Does @text[0, len) hold @word[0, n), ASCII letters in any case? The
 * word is compared only where its rarest letter is ("f" of "officia",
 * "g" of "agenc"), not at every place its first letter is. */
static gboolean
holds_ascii_caseless(const char *text, gsize len, const char *word, gsize n)
{
    if (n == 0)
        return TRUE;
    if (n > len)
        return FALSE;
    gsize p = 0; /* the first byte when the word has no letter */
    for (gsize k = 1; k < n; k++)
        if (letter_rarity[(guchar)ascii_fold(word[k])] > letter_rarity[(guchar)ascii_fold(word[p])])
            p = k;
    char rare = ascii_fold(word[p]);
    /* the word starts at i - p, in [0, len - n] */
    gsize to = len - n + p + 1;
    for (gsize i = next_folded(text, p, to, rare); i < to; i = next_folded(text, i + 1, to, rare))
        if (folded_equal(text + i - p, word, n))
            return TRUE;
    return FALSE;
}

/* The named speakers of sentence @s, read once a document: @seen holds
 * them per sentence, NULL until asked for. */
static GPtrArray *
speakers_of(const CcExtractor *ex, const char *text, const GArray *sentences, GPtrArray *seen,
            guint s)
{
    if (seen->pdata[s] == NULL) {
        const CcSpan *span = &g_array_index(sentences, CcSpan, s);
        seen->pdata[s] = cc_modality_named_speakers(ex->modality, text, span->start, span->end);
    }
    return seen->pdata[s];
}

/* The speakers sentence @s names, or, where it names none, the ones it
 * only describes ("the commander of the 95th brigade told the BBC"),
 * kept alive in *@described, which the caller frees. */
static GPtrArray *
speakers_or_described(const CcExtractor *ex, const char *text, const GArray *sentences,
                      GPtrArray *seen, guint s, GPtrArray **described)
{
    GPtrArray *names = speakers_of(ex, text, sentences, seen, s);
    if (names->len > 0)
        return names;
    const CcSpan *span = &g_array_index(sentences, CcSpan, s);
    *described = cc_modality_speakers(ex->modality, text, span->start, span->end);
    return *described;
}

/* Is @head, any case, the head of @name's words in capitals: the last of
 * them, or the one before an "of" or a "for" that opens its complement
 * ("Defense Intelligence Agency" has "agency", "Institute for the Study
 * of War" "institute", "Ministry of Defence" "ministry"; a headline's
 * "Military Aid To Russia" has "russia")? */
static gboolean
capital_word_is(const char *name, const char *head)
{
    gsize n = strlen(head);
    const char *last = NULL, *last_end = NULL;
    for (const char *w = name; *w;) {
        while (*w == ' ')
            w++;
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        if (e == w)
            break;
        if (g_ascii_isupper(*w)) {
            last = w, last_end = e;
        } else if (last != NULL && ((e - w == 2 && strncmp(w, "of", 2) == 0)
                                    || (e - w == 3 && strncmp(w, "for", 3) == 0))) {
            break;
        }
        w = e;
    }
    return last != NULL && (gsize)(last_end - last) == n && g_ascii_strncasecmp(last, head, n) == 0;
}

/* Can @name stand behind a description whose heads are @heads: its own
 * head is one of them ("South Korea's spy agency" for "the agency";
 * "National Intelligence Service" for "the agency", "service" being one
 * of the `speaker_heads` lexicon's for "agency"), or one of its words in
 * capitals is ("Institute for the Study of War" for "the institute")? */
static gboolean
names_head(const char *name, const GStrv heads)
{
    for (guint i = 0; heads[i]; i++)
        if (cc_modality_has_head(name, heads[i]) || capital_word_is(name, heads[i]))
            return TRUE;
    return FALSE;
}

/* Words that open a sentence in capitals and name nobody ("Once
 * deployed, …", "Stay informed", "Why did …"; "The" opens a description,
 * read as such by opening_body()). */
static gboolean
opener_word(const char *w, gsize n)
{
    static const char *const words[] = {
        "A", "An", "This", "That", "These", "Those", "It", "Its", "There", "Some", "Many",
        "Most", "He", "She", "They", "We", "I", "If", "In", "On", "At", "By", "Per", "For",
        "From", "With", "Under", "Unlike", "Although", "Though", "Whereas", "Despite", "Amid",
        "But", "And", "As", "So", "Yet", "However", "While", "When", "Since", "After", "Before",
        "Now", "Then", "Earlier", "Later", "Previously", "Meanwhile", "Last", "Our",
        "Their", "His", "Her", "One", "Two", "Three", "Both", "All", "Each", "Such", "What",
        "Once", "Stay", "Why", "Who", "How", "Where", "Here", "Still", "Even", "Also", "Only",
        "Just", "Not", "No", "Yes", "Every", "Other", "Another", "You", "Your", "My", "Please",
        "Read", "Watch", "Follow", "Sign", "Click", "Share", "During", "Over", "Without",
        "Asked", "Next"};
    for (guint i = 0; i < G_N_ELEMENTS(words); i++)
        if (strlen(words[i]) == n && strncmp(w, words[i], n) == 0)
            return TRUE;
    return FALSE;
}

/* Does a verb open text[at, end): a word in lower case that ends in "ed",
 * or, with @in_s, in "s" and is not one of the nouns that follow a body's
 * name ("officials", "estimates"), or an irregular past of the verbs
 * bodies and people report with, an auxiliary, or a word of time or place
 * that may stand between a subject and its verb ("also", "on", "last")?
 * A name followed by another noun is that noun's modifier ("State
 * Department official …"), no subject; without @in_s, a word in "s" is
 * taken for such a noun ("Global leaders", a heading's "Popular posts"). */
static gboolean
verb_follows(const char *text, gsize at, gsize end, gboolean in_s)
{
    static const char *const past[] = {"said",  "told",  "gave", "put",  "made",  "sent",
                                       "found", "wrote", "held", "set",  "saw",   "spoke",
                                       "began", "has",   "had",  "is",   "was",   "will",
                                       "would", "also",  "now",  "on",   "in",    "last",
                                       "this",  "met",   "went", "came", "flew",  "led",
                                       "left",  "took",  "did",  "stood", "then"};
    static const char *const nouns[] = {"officials", "sources", "analysts", "experts",
                                        "researchers", "reports", "estimates", "figures",
                                        "statements", "documents", "assessments", "briefings",
                                        "forces", "troops", "soldiers", "units", "lawmakers",
                                        "services", "agencies", "ministries", "diplomats"};
    while (at < end && text[at] == ' ')
        at++;
    gsize w = at;
    while (at < end && g_ascii_islower(text[at]))
        at++;
    gsize n = at - w;
    if (n < 2)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(past); i++)
        if (strlen(past[i]) == n && strncmp(text + w, past[i], n) == 0)
            return TRUE;
    if (text[at - 2] == 'e' && text[at - 1] == 'd')
        return TRUE;
    if (!in_s || text[at - 1] != 's' || text[at - 2] == 's')
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(nouns); i++)
        if (strlen(nouns[i]) == n && strncmp(text + w, nouns[i], n) == 0)
            return FALSE;
    return TRUE;
}

/* The body or person that opens the sentence text[start, end) as its
 * subject and that a description with @heads can stand for, or NULL:
 * words in capitals (a possessive among them, "of", "for", "the", "and"
 * between), then, after a possessive, up to three words in lower case
 * that end on one of @heads, then "to" and a name in capitals after an envoy's or an
 * ambassador's head: "South Korea's National Intelligence Service
 * briefed …", "The Institute for the Study of War published …", "South
 * Korea's spy agency gave …", "Ukraine's ambassador to Seoul addressed …".
 * The speakers of a sentence are read only where a verb of saying stands;
 * this reads the one that opens it whatever its verb. With @described, a
 * description after "The", up to three words in lower case that end on
 * one of @heads, is such a body too ("The agency released its update":
 * "the agency", as "The agency said" gives it). */
static char *
opening_body(const char *text, gsize start, gsize end, const GStrv heads, gboolean described)
{
    gsize i = start;
    while (i < end && (g_ascii_isspace(text[i]) || text[i] == '"' || (guchar)text[i] >= 0x80))
        i++;
    gsize from = i;
    gsize cap_end = i;
    guint capitals = 0, joiners = 0;
    gboolean possessive = FALSE; /* the last word in capitals is one */
    while (i < end) {
        gsize w = i;
        while (i < end && (g_ascii_isalnum(text[i]) || text[i] == '-' || text[i] == '.'
                           || text[i] == '\''))
            i++;
        /* a curly apostrophe's possessive */
        gboolean curly = i + 4 <= end && memcmp(text + i, "\xE2\x80\x99s", 4) == 0;
        gsize we = curly ? i + 4 : i;
        gsize n = i - w;
        if (n == 0)
            break;
        gboolean upper = g_ascii_isupper(text[w]);
        if (upper) {
            if (capitals == 0 && ((n == 3 && strncmp(text + w, "The", 3) == 0)))
                ; /* "The Institute …": the article opens the name */
            else if (capitals == 0 && opener_word(text + w, n))
                return NULL;
            else
                capitals++;
            joiners = 0;
            cap_end = we;
            possessive = curly || (n > 2 && text[i - 2] == '\'' && text[i - 1] == 's');
        } else if (capitals > 0 && joiners < 2
                   && ((n == 2 && (strncmp(text + w, "of", 2) == 0))
                       || (n == 3 && (strncmp(text + w, "for", 3) == 0 || strncmp(text + w, "the", 3) == 0
                                      || strncmp(text + w, "and", 3) == 0)))) {
            joiners++;
        } else {
            i = w;
            break;
        }
        i = we;
        while (i < end && text[i] == ' ')
            i++;
    }
    if (capitals == 0 && !(described && i >= from + 4 && strncmp(text + from, "The ", 4) == 0))
        return NULL;
    if (capitals == 0)
        possessive = TRUE; /* the description's words read as a possessive's */
    g_autofree char *name = g_strndup(text + from, cap_end - from);
    if (!possessive)
        return names_head(name, heads) && verb_follows(text, i, end, TRUE) ? g_steal_pointer(&name)
                                                                     : NULL;
    /* after a possessive, the body's own words in lower case, up to its head */
    for (guint k = 0; k < 3 && i < end; k++) {
        gsize w = i;
        while (i < end && (g_ascii_islower(text[i]) || text[i] == '-'))
            i++;
        if (i == w || (i < end && !g_ascii_isspace(text[i]) && !g_ascii_ispunct(text[i])))
            return NULL;
        g_autofree char *word = g_strndup(text + w, i - w);
        for (guint h = 0; heads[h]; h++) {
            if (!cc_modality_has_head(word, heads[h]))
                continue;
            gsize e = i;
            /* "ambassador to Seoul" */
            if ((strcmp(word, "ambassador") == 0 || strcmp(word, "envoy") == 0)
                && e + 4 < end && strncmp(text + e, " to ", 4) == 0 && g_ascii_isupper(text[e + 4])) {
                e += 4;
                while (e < end && (g_ascii_isalnum(text[e]) || text[e] == '-'))
                    e++;
            }
            /* a head with more of the name after it ("military" in
             * "Ukraine's military intelligence agency issued …") reads on */
            /* "The intelligence suggests …" is information, no body */
            if (capitals == 0 && strcmp(word, "intelligence") == 0)
                return NULL;
            if (verb_follows(text, e, end, TRUE)) {
                char *body = g_strndup(text + from, e - from);
                if (capitals == 0)
                    body[0] = 't'; /* "the agency", as a speaker's description reads */
                return body;
            }
            break;
        }
        while (i < end && text[i] == ' ')
            i++;
    }
    return NULL;
}

/* The heads a description may stand for: its own, and those the
 * `speaker_heads` lexicon gives for it whole or for its head ("the think
 * tank": "institute"; "the agency": "service", "directorate"). */
static GStrv
description_heads(const CcExtractor *ex, const char *description, const char *head)
{
    const CcLexicon *lexicon = cc_ruleset_lexicon(ex->rules);
    const CcLexiconEntry *e = cc_lexicon_lookup(lexicon, "speaker_heads", description, -1);
    if (e == NULL)
        e = cc_lexicon_lookup(lexicon, "speaker_heads", head, -1);
    g_autofree char *all = g_strconcat(head, e ? " " : "", e ? e->value : "", NULL);
    return g_strsplit_set(g_strstrip(all), " ", -1);
}

/* How many of @head's first letters every speaker with that head holds,
 * any case (cc_modality_has_head(), capital_word_is()): its plural's and
 * its singular's ("agency" and "agencies" share "agenc", "official" and
 * "officials" "officia"). A speaker is words of the sentence it is read
 * from, so a sentence without them names none with this head. */
static gsize
head_stem(const char *head)
{
    gsize n = strlen(head);
    return g_str_has_suffix(head, "ies") && n > 3 ? n - 3 : n > 1 ? n - 1 : n;
}

/* Does text[start, end) hold the stem of one of @heads? */
static gboolean
holds_a_head(const char *text, gsize start, gsize end, const GStrv heads)
{
    for (guint i = 0; heads[i]; i++)
        if (holds_ascii_caseless(text + start, end - start, heads[i], head_stem(heads[i])))
            return TRUE;
    return FALSE;
}

static char *
antecedent(const CcExtractor *ex, const char *text, const GArray *sentences, GPtrArray *seen,
           GHashTable *found, gsize sentence_start, const char *description, const char *head)
{
    guint lo = first_sentence_from(sentences, sentence_start);
    g_auto(GStrv) heads = description_heads(ex, description, head);
    /* the three sentences before: a speaker there, or the body that opens
     * one (a sentence without a head's stem names no such speaker) */
    for (guint s = lo; s-- > 0 && lo - s <= 3;) {
        const CcSpan *span = &g_array_index(sentences, CcSpan, s);
        if (holds_a_head(text, span->start, span->end, heads)) {
            GPtrArray *names = speakers_of(ex, text, sentences, seen, s);
            for (guint k = names->len; k-- > 0;)
                if (names_head(names->pdata[k], heads))
                    return g_strdup(names->pdata[k]);
        }
        char *body = opening_body(text, span->start, span->end, heads, FALSE);
        if (body != NULL)
            return body;
    }
    Antecedent *memo = g_hash_table_lookup(found, head);
    if (memo == NULL) {
        memo = g_new0(Antecedent, 1);
        g_hash_table_insert(found, g_strdup(head), memo);
    }
    /* Claims come in text order, so the sentences searched for a head only
     * grow; a claim out of order searches from the start. */
    gboolean in_order = memo->upto <= lo;
    /* a sentence without the head's stem names no speaker with it */
    gsize stem = head_stem(head);
    for (guint s = lo; s-- > (in_order ? memo->upto : 0);) {
        const CcSpan *sspan = &g_array_index(sentences, CcSpan, s);
        if (!holds_ascii_caseless(text + sspan->start, sspan->end - sspan->start, head, stem))
            continue;
        GPtrArray *names = speakers_of(ex, text, sentences, seen, s);
        for (guint k = names->len; k-- > 0;) {
            if (!cc_modality_has_head(names->pdata[k], head))
                continue;
            if (in_order) {
                g_free(memo->answer);
                memo->answer = g_strdup(names->pdata[k]);
                memo->upto = lo;
            }
            return g_strdup(names->pdata[k]);
        }
    }
    if (!in_order)
        return NULL;
    memo->upto = lo;
    return g_strdup(memo->answer);
}

/* Is @who one bare name in capitals, "Kim" or "Zelensky", that a person's
 * fuller name given before may stand for? */
static gboolean
bare_name(const char *who)
{
    if (!g_ascii_isupper(who[0]) || who[1] == '\0')
        return FALSE;
    for (const char *p = who + 1; *p; p++)
        if (!g_ascii_islower(*p) && *p != '-')
            return FALSE;
    return TRUE;
}

static gboolean person_office(const char *word);

/* Is @name a person's: two to four words in capitals, none the word of an
 * institution or an outlet ("Seoul National University", "Washington
 * Post"), of a place or a unit ("Kursk Oblast", "Kursk Region", "North
 * Korean Troops", as a heading writes them) or a people's, and the last
 * no office ("Kursk Oblast Governor" is an office, no name)? An
 * apostrophe before a capital is a name's ("Sean O'Brien"), a possessive
 * none. */
static gboolean
person_name(const char *name)
{
    static const char *const bodies[] = {
        "University", "Ministry", "Agency", "Service", "Staff",   "Institute", "Council",
        "Office",     "House",    "Command", "Forces", "Army",    "Post",      "Times",
        "Journal",    "News",     "Party",   "Assembly", "Directorate", "Intelligence",
        "Department", "Committee", "Center", "Centre",  "Force",  "Group",     "Corps",
        "Oblast",     "Region",   "Province", "Republic", "Peninsula", "Front",  "Troops",
        "Soldiers",   "Units",    "Military", "Navy",    "Brigade", "Division", "Regiment",
        "Battalion",  "Embassy",  "Government", "Kremlin", "Pentagon", "Korea",  "Korean",
        "Koreans",    "Russia",   "Russian", "Russians", "Ukraine", "Ukrainian", "Ukrainians"};
    g_auto(GStrv) words = g_strsplit(name, " ", -1);
    guint n = g_strv_length(words);
    if (n < 2 || n > 4)
        return FALSE;
    for (guint i = 0; i < n; i++) {
        if (!g_ascii_isupper(words[i][0]))
            return FALSE;
        for (const char *q = words[i]; *q; q++) {
            gsize mark = *q == '\'' ? 1 : strncmp(q, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
            if (mark > 0 && (q == words[i] || !g_ascii_isupper(q[mark])))
                return FALSE;
        }
        for (guint k = 0; k < G_N_ELEMENTS(bodies); k++)
            if (strcmp(words[i], bodies[k]) == 0)
                return FALSE;
    }
    return !person_office(words[n - 1]);
}

/* In speaker @full, the person's name that bare @name opens and that ends
 * @full, two or three words in capitals after a title or a body ("Rep.
 * Kim Byung-kee" gives "Kim Byung-kee"), or NULL. */
static char *
name_at_end(const char *full, const char *name)
{
    g_auto(GStrv) words = g_strsplit(full, " ", -1);
    guint n = g_strv_length(words);
    for (guint i = 1; i + 1 < n; i++) {
        if (strcmp(words[i], name) != 0 || n - i > 3)
            continue;
        g_autofree char *rest = g_strjoinv(" ", words + i);
        return person_name(rest) ? g_steal_pointer(&rest) : NULL;
    }
    return NULL;
}

static char *title_run_name(const CcExtractor *ex, const char *who);

/* fuller_name() looks for a name in the sentences before a claim this
 * many at a time: one pass over their text, not one a sentence. */
#define NAME_BLOCK 16

/* Every place @name[0, n) starts in the text of @sentences [from, to),
 * in order, into @at (cleared first), overlapping places too. */
static void
name_places(const char *text, const GArray *sentences, guint from, guint to, const char *name,
            gsize n, GArray *at)
{
    g_array_set_size(at, 0);
    gsize a = G_MAXSIZE, b = 0;
    for (guint s = from; s < to; s++) {
        const CcSpan *span = &g_array_index(sentences, CcSpan, s);
        a = MIN(a, span->start);
        b = MAX(b, span->end);
    }
    if (n == 0 || a >= b)
        return;
    /* the name's first byte by memchr(), which reads many bytes at a
     * time (a name opens with a capital, seldom met), then the rest */
    for (const char *p = memchr(text + a, name[0], b - a); p != NULL;
         p = memchr(p + 1, name[0], (gsize)(text + b - (p + 1)))) {
        if ((gsize)(text + b - p) >= n && memcmp(p, name, n) == 0) {
            gsize place = (gsize)(p - text);
            g_array_append_val(at, place);
        }
    }
}

/* Does a place of @at (name_places()) hold the whole name, @n bytes,
 * within text[start, end)? (An empty name is everywhere, as memmem()
 * finds it.) */
static gboolean
name_within(const GArray *at, gsize start, gsize end, gsize n)
{
    if (n == 0)
        return TRUE;
    /* the first place at or after @start ends first */
    for (guint i = 0; i < at->len; i++) {
        gsize place = g_array_index(at, gsize, i);
        if (place >= start)
            return place + n <= end;
    }
    return FALSE;
}

/* The fuller name a bare one stands for: the nearest speaker before the
 * claim's sentence, within 200 sentences, whose name is a person's and
 * opens or ends with it ("Kim Byung-kee … told reporters. Kim said …";
 * "Volodymyr Zelensky said … Zelensky added"), or NULL. A name the
 * `entities` table knows is a party's or a place's, no person's: "Ukraine"
 * stays itself after "according to BBC Ukraine". */
static char *
fuller_name(const CcExtractor *ex, const char *text, const GArray *sentences, GPtrArray *seen,
            gsize sentence_start, const char *name)
{
    if (cc_lexicon_lookup(cc_ruleset_lexicon(ex->rules), "entities", name, -1) != NULL)
        return NULL;
    guint lo = first_sentence_from(sentences, sentence_start);
    guint first = lo > 200 ? lo - 200 : 0;
    gsize n = strlen(name);
    g_autoptr(GArray) at = g_array_new(FALSE, FALSE, sizeof(gsize));
    guint block = lo;
    for (guint s = lo; s-- > first;) {
        const CcSpan *span = &g_array_index(sentences, CcSpan, s);
        if (s < block) {
            block = s + 1 > first + NAME_BLOCK ? s + 1 - NAME_BLOCK : first;
            name_places(text, sentences, block, s + 1, name, n, at);
        }
        /* g_strstr_len()'s answer, which stops at a NUL: the name within
         * the sentence's text up to it */
        gsize hay = strnlen(text + span->start, span->end - span->start);
        if (!name_within(at, span->start, span->start + hay, n))
            continue;
        GPtrArray *names = speakers_of(ex, text, sentences, seen, s);
        for (guint k = names->len; k-- > 0;) {
            const char *full = names->pdata[k];
            gsize len = strlen(full);
            if (len <= n)
                continue;
            if (person_name(full)
                && ((strncmp(full, name, n) == 0 && full[n] == ' ')
                    || (full[len - n - 1] == ' ' && strcmp(full + len - n, name) == 0)))
                return g_strdup(full);
            /* "Democratic Party Rep. Kim Byung-kee": the person's name
             * the bare one opens, at the end of a speaker with a title */
            char *tail = name_at_end(full, name);
            if (tail != NULL)
                return tail;
            /* "Head of the Office of the President Andriy Yermak": the
             * person's name after a long title, opening or ending with it */
            g_autofree char *run = title_run_name(ex, full);
            gsize rn = run != NULL ? strlen(run) : 0;
            if (rn > n
                && ((strncmp(run, name, n) == 0 && run[n] == ' ')
                    || (run[rn - n - 1] == ' ' && strcmp(run + rn - n, name) == 0)))
                return g_steal_pointer(&run);
        }
    }
    return NULL;
}

/* The speakers a pronoun can stand for. */
/* PRONOUN_OWNER: "its" of a body's count ("Its own count is …"), the
 * body that opens the sentence right before first, then as "it" */
typedef enum { PRONOUN_PERSON, PRONOUN_BODY, PRONOUN_PLURAL, PRONOUN_OWNER } PronounKind;

/* Is @who "he" or "she" (a person), "it" (a body) or "they" (many)? */
static gboolean
pronoun(const char *who, PronounKind *kind)
{
    if (g_ascii_strcasecmp(who, "it") == 0)
        *kind = PRONOUN_BODY;
    /* "Its own count is about 14,000": the body that owns it */
    else if (g_ascii_strcasecmp(who, "its") == 0)
        *kind = PRONOUN_OWNER;
    else if (g_ascii_strcasecmp(who, "they") == 0 || g_ascii_strcasecmp(who, "them") == 0)
        *kind = PRONOUN_PLURAL;
    /* "according to him", "according to her" */
    else if (g_ascii_strcasecmp(who, "he") == 0 || g_ascii_strcasecmp(who, "she") == 0
             || g_ascii_strcasecmp(who, "him") == 0 || g_ascii_strcasecmp(who, "her") == 0)
        *kind = PRONOUN_PERSON;
    else
        return FALSE;
    return TRUE;
}

/* The offices a person speaks in ("a Pentagon spokeswoman"). */
static const char *const person_offices[] = {
    "minister",  "spokesman", "spokeswoman", "spokesperson", "official", "president",
    "lawmaker",  "envoy",     "ambassador",  "commander",    "chief",    "secretary",
    "director",  "general",   "analyst",     "adviser",      "advisor",  "governor",
    "prosecutor", "diplomat", "representative", "senator",   "congressman", "congresswoman"};

/* Is @word one of a person's offices, any case? */
static gboolean
person_office(const char *word)
{
    for (guint i = 0; i < G_N_ELEMENTS(person_offices); i++)
        if (g_ascii_strcasecmp(word, person_offices[i]) == 0)
            return TRUE;
    return FALSE;
}

/* In speaker @who, the person's name (one to three words in capitals)
 * that ends it after an office in lower case or a title abbreviated with
 * a stop ("Pentagon press secretary Pat Ryder" gives "Pat Ryder",
 * "lawmaker Lee" "Lee", "JCS spokesman Col. Lee Sung-jun" "Lee
 * Sung-jun"), or NULL. */
static char *
titled_name(const char *who)
{
    /* titles written without a stop, in capitals: "South Korean MP Park
     * Sun-won" gives "Park Sun-won" */
    static const char *const titles[] = {"MP", "MEP", "Rep", "Sen", "Gen", "Col", "Lt", "Maj",
                                         "Adm", "Capt", "Sgt", "Dr", "Prof", NULL};
    g_auto(GStrv) words = g_strsplit(who, " ", -1);
    guint n = g_strv_length(words);
    guint i = n;
    while (i > 0 && n - i < 3 && bare_name(words[i - 1])
           && !g_strv_contains((const char *const *)titles, words[i - 1]))
        i--;
    if (i == n || i == 0)
        return NULL;
    const char *before = words[i - 1];
    gsize len = strlen(before);
    gboolean title = (g_ascii_islower(before[0]) && person_office(before))
                     || (len >= 3 && len <= 5 && g_ascii_isupper(before[0]) && before[len - 1] == '.')
                     || g_strv_contains((const char *const *)titles, before);
    return title ? g_strjoinv(" ", words + i) : NULL;
}

/* In speaker @who, the person's name that ends a long office title written
 * in capitals before it, wire style ("Commander-in-Chief of the Armed
 * Forces of Ukraine Oleksandr Syrskyi" gives "Oleksandr Syrskyi", "Head of
 * the Office of the President Andriy Yermak" "Andriy Yermak"): the last two
 * words, each a bare name that no party, place or body has, after a title
 * that opens the speaker with an office ("Commander", "Chief", "Head") and
 * an "of" that gives its complement; NULL otherwise. */
static char *
title_run_name(const CcExtractor *ex, const char *who)
{
    g_auto(GStrv) words = g_strsplit(who, " ", -1);
    guint n = g_strv_length(words);
    if (n < 5)
        return NULL;
    guint first = g_ascii_strcasecmp(words[0], "the") == 0 ? 1 : 0;
    /* the office opens the title: "Commander-in-Chief" by its parts */
    g_auto(GStrv) parts = g_strsplit(words[first], "-", -1);
    gboolean office = g_ascii_strcasecmp(parts[0], "head") == 0;
    for (guint k = 0; parts[k] != NULL && !office; k++)
        office = person_office(parts[k]);
    if (!office || g_strcmp0(words[first + 1], "of") != 0)
        return NULL;
    for (guint k = n - 2; k < n; k++) {
        if (!bare_name(words[k])
            || cc_lexicon_lookup(cc_ruleset_lexicon(ex->rules), "entities", words[k], -1) != NULL)
            return NULL;
    }
    g_autofree char *name = g_strjoinv(" ", words + n - 2);
    /* "… of the Armed Forces": a body's words are no person's name */
    return person_name(name) ? g_steal_pointer(&name) : NULL;
}

/* The person's name in speaker @who, past any office before it, as
 * titled_name() or title_run_name() finds it, or NULL. */
static char *
person_in_speaker(const CcExtractor *ex, const char *who)
{
    char *name = titled_name(who);
    return name != NULL ? name : title_run_name(ex, who);
}

/* Can "he" or "she" stand for speaker @who: a person's name ("Pat
 * Ryder"), with its office before it ("Pentagon press secretary Pat
 * Ryder"), one bare name no party or place has ("Zelensky"), or a person's
 * office ("South Korea's defence minister", "a Pentagon spokeswoman")? */
static gboolean
speaks_as_person(const CcExtractor *ex, const char *who)
{
    /* a party or a place is no person ("North Korea denied it. He said
     * …" is not North Korea's word) */
    if (cc_lexicon_lookup(cc_ruleset_lexicon(ex->rules), "entities", who, -1) != NULL)
        return FALSE;
    if (person_name(who))
        return TRUE;
    g_autofree char *titled = person_in_speaker(ex, who);
    if (titled != NULL)
        return TRUE;
    if (bare_name(who))
        return cc_lexicon_lookup(cc_ruleset_lexicon(ex->rules), "entities", who, -1) == NULL;
    const char *sp = strrchr(who, ' ');
    return person_office(sp ? sp + 1 : who);
}

/* Can "it" stand for speaker @who: a body that speaks, no person and no
 * plural ("the agency", "Ukraine's military intelligence directorate",
 * "the NIS", "Seoul"), not "officials" or "analysts"? */
static gboolean
speaks_as_body(const CcExtractor *ex, const char *who)
{
    if (speaks_as_person(ex, who))
        return FALSE;
    const char *sp = strrchr(who, ' ');
    const char *head = sp ? sp + 1 : who;
    gsize n = strlen(head);
    gboolean capitals = TRUE;
    for (gsize i = 0; i < n && capitals; i++)
        capitals = !g_ascii_islower(head[i]);
    /* "officials", "analysts", "sources"; not "NIS", "press", "status" */
    return capitals || n < 3 || head[n - 1] != 's' || head[n - 2] == 's' || head[n - 2] == 'u'
           || head[n - 2] == 'i';
}

/* Can "they" stand for speaker @who: a plural noun ("lawmakers",
 * "officials", "Western intelligence sources"), no person and no body
 * ("the NIS", "the agency")? */
static gboolean
speaks_as_many(const CcExtractor *ex, const char *who)
{
    if (speaks_as_person(ex, who))
        return FALSE;
    /* the last word, or the first before a place or an office
     * ("officials in Seoul", "members of the committee") */
    const char *sp = strrchr(who, ' ');
    const char *heads[2] = {sp ? sp + 1 : who, who};
    for (guint i = 0; i < 2; i++) {
        const char *end = strchr(heads[i], ' ');
        gsize n = end ? (gsize)(end - heads[i]) : strlen(heads[i]);
        const char *h = heads[i];
        /* a plural noun, capitalized or not where it opens the sentence
         * ("Officials in Seoul"), not a name in capitals ("NIS") */
        if (n >= 4 && g_ascii_isalpha(h[0]) && g_ascii_islower(h[1]) && h[n - 1] == 's'
            && h[n - 2] != 's' && h[n - 2] != 'u' && h[n - 2] != 'i')
            return TRUE;
    }
    return FALSE;
}

/* Does text[@start, @end) write @name as no person "he" or "him" could
 * stand for: right before " reports" or " Report", a news outlet's wire
 * formula or name ("Ukrinform reports", "(Yellow Sea Report)"), or, a
 * single name, right after "the" ("The Pentagon said": a body)? */
static gboolean
outlet_reports(const char *text, gsize start, gsize end, const char *name)
{
    gsize n = strlen(name);
    for (gsize i = start; i + n <= end; i++) {
        if (memcmp(text + i, name, n) != 0)
            continue;
        if ((i + n + 8 <= end && memcmp(text + i + n, " reports", 8) == 0) ||
            (i + n + 7 <= end && memcmp(text + i + n, " Report", 7) == 0))
            return TRUE;
        if (bare_name(name) && i >= start + 4 && g_ascii_strncasecmp(text + i - 4, "the ", 4) == 0 &&
            (i == start + 4 || !g_ascii_isalpha(text[i - 5])))
            return TRUE;
    }
    return FALSE;
}

/* Does the document (@sentences of @text) write @name as a body's
 * anywhere: right after "the" ("the Pentagon", "The Kremlin's"), or
 * before a noun of the people who speak for a body ("Pentagon officials",
 * "Kremlin spokesman", "Pentagon sources")? No person's name is written so. */
static gboolean
body_use(const char *text, const GArray *sentences, const char *name)
{
    static const char *const staff[] = {"officials", "sources", "spokesman", "spokeswoman",
                                        "spokesperson", "press", "officers", "staff",
                                        "analysts", "estimates", "data", NULL};
    if (sentences->len == 0)
        return FALSE;
    gsize lo = g_array_index(sentences, CcSpan, 0).start;
    gsize hi = g_array_index(sentences, CcSpan, sentences->len - 1).end;
    gsize n = strlen(name);
    char word[16];
    for (gsize i = lo; i + n <= hi;) {
        const char *p = memmem(text + i, hi - i, name, n);
        if (p == NULL)
            break;
        gsize at = (gsize)(p - text);
        i = at + 1;
        if ((at > lo && g_ascii_isalpha(text[at - 1])) || (at + n < hi && g_ascii_isalpha(text[at + n])))
            continue;
        if (at >= lo + 4 && g_ascii_strncasecmp(text + at - 4, "the ", 4) == 0
            && (at == lo + 4 || !g_ascii_isalpha(text[at - 5])))
            return TRUE;
        gsize a = at + n;
        if (a >= hi || text[a] != ' ')
            continue;
        gsize e = ++a;
        while (e < hi && g_ascii_islower(text[e]))
            e++;
        fold_word(text, a, e, word, sizeof word);
        if (e > a && (e == hi || !g_ascii_isalpha(text[e]))
            && (word_in(word, staff) || person_office(word)))
            return TRUE;
    }
    return FALSE;
}

/* Does the document write bare name @name as a person's, that "he" or
 * "she" can stand for: a person's fuller name before the claim's sentence
 * at @sentence_start opens or ends with it ("Kyrylo Budanov … Budanov"),
 * or sentence @s writes it after a title or a person's office ("President
 * Zelensky", "Gen. Syrskyi", "spokesman Lee"), after a verb of saying
 * ("…, said Budanov"), or before one ("Zelensky told", "Budanov spoke")
 * where the document never writes it as a body's (body_use(): "the
 * Pentagon", "Pentagon officials")? One bare name no party or place has
 * is not enough: a heading ("Conclusion: …") is none. */
static gboolean
bare_person(const CcExtractor *ex, const char *text, const GArray *sentences, GPtrArray *seen,
            guint s, gsize sentence_start, const char *name)
{
    static const char *const titles[] = {
        "mr",        "mrs",      "ms",        "dr",        "gen",      "col",       "lt",
        "maj",       "sgt",      "capt",      "adm",       "rep",      "sen",       "gov",
        "prof",      "president", "minister", "premier",   "chairman", "secretary", "general",
        "commander", "director", "chief",     "ambassador", "lieutenant", "colonel", "major",
        "captain",   "sergeant", "admiral",   "senator",   "representative", "governor",
        "professor", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "envoy",
        "analyst",   "researcher", "official", "adviser",  "advisor",  "diplomat", "prosecutor",
        "congressman", "congresswoman", NULL};
    static const char *const said[] = {"said",    "says",     "told",     "tells",  "added",
                                       "adds",    "noted",    "wrote",    "writes", "stated",
                                       "insisted", "explained", "recalled", "argued", "asked",
                                       "spoke",   "speaks",   "warned",   NULL};
    if (cc_lexicon_lookup(cc_ruleset_lexicon(ex->rules), "entities", name, -1) != NULL)
        return FALSE;
    g_autofree char *fuller = fuller_name(ex, text, sentences, seen, sentence_start, name);
    if (fuller != NULL)
        return TRUE;
    const CcSpan *span = &g_array_index(sentences, CcSpan, s);
    gsize n = strlen(name);
    char word[24];
    for (gsize i = span->start; i + n <= span->end; i++) {
        if (memcmp(text + i, name, n) != 0 || (i > span->start && g_ascii_isalnum(text[i - 1]))
            || (i + n < span->end && (g_ascii_isalnum(text[i + n]) || text[i + n] == '-')))
            continue;
        /* the word before, past a title's stop ("Gen. Syrskyi") */
        gsize at = i;
        while (at > span->start && (text[at - 1] == ' ' || text[at - 1] == '.'))
            at--;
        gsize w = at;
        while (w > span->start && g_ascii_isalpha(text[w - 1]))
            w--;
        fold_word(text, w, at, word, sizeof word);
        if (w < at && (word_in(word, titles) || word_in(word, said)))
            return TRUE;
        /* the word after: a verb of saying ("Zelensky said", "Budanov
         * told"), for a name the document never writes as a body's */
        gsize a = i + n;
        while (a < span->end && text[a] == ' ')
            a++;
        gsize e = a;
        while (e < span->end && g_ascii_isalpha(text[e]))
            e++;
        fold_word(text, a, e, word, sizeof word);
        if (e > a && word_in(word, said))
            return !body_use(text, sentences, name);
    }
    return FALSE;
}

/* The speaker a pronoun stands for: the last speaker in the two sentences
 * before the claim's that a person speaks as ("he", "she"), a body speaks
 * as ("it said") or many speak as ("they said"), or NULL. */
static gboolean
speaks_as(const CcExtractor *ex, const char *name, PronounKind kind)
{
    return kind == PRONOUN_BODY || kind == PRONOUN_OWNER ? speaks_as_body(ex, name)
           : kind == PRONOUN_PLURAL ? speaks_as_many(ex, name)
                                    : speaks_as_person(ex, name);
}

/* The person named in capitals who opens text[@start, @end), before a
 * verb in lower case, past a title: "Umerov" of "Umerov visited Seoul",
 * "Rustem Umerov" of "Defence Minister Rustem Umerov toured …", "Zelensky"
 * of "President Zelensky posted …". A name that speaks_as_person() does
 * not take (a party, a place), a sentence opened otherwise ("The
 * ministry", "In Kyiv, …") or one with no such verb after the name names
 * no one: NULL. */
static char *
opening_person(const CcExtractor *ex, const char *text, const GArray *sentences, GPtrArray *seen,
               guint s, gsize sentence_start)
{
    const CcSpan *span = &g_array_index(sentences, CcSpan, s);
    gsize start = span->start, end = span->end;

    gsize i = start;
    while (i < end && g_ascii_isspace(text[i]))
        i++;
    /* the words in capitals, a title's ("Defence Minister", "Gen.")
     * before the name's */
    gsize from = i, last = i;
    guint words = 0;
    while (i < end && g_ascii_isupper(text[i]) && words < 6) {
        gsize e = i;
        /* an apostrophe before a capital is the name's: "O'Sullivan" */
        while (e < end
               && (g_ascii_isalpha(text[e]) || text[e] == '-' || text[e] == '.'
                   || (text[e] == '\'' && e > i && e + 1 < end && g_ascii_isupper(text[e + 1]))))
            e++;
        g_autofree char *word = g_strndup(text + i, e - i);
        if (words == 0 && (opener_word(word, e - i) || strcmp(word, "The") == 0))
            return NULL;
        last = e;
        words++;
        if (person_office(word) || (e - i <= 5 && text[e - 1] == '.'))
            from = e + 1; /* the name starts after the title */
        if (e >= end || text[e] != ' ')
            return NULL; /* a comma, a possessive, the end: no verb straight after */
        i = e + 1;
    }
    if (words == 0 || from >= last || i >= end || !verb_follows(text, i, end, FALSE))
        return NULL;
    g_autofree char *name = g_strndup(text + from, last - from);
    /* one name alone is a person's where the document never writes it
     * as a body's ("Pentagon officials … Pentagon says …": body_use()) and
     * no party or place has it */
    if (bare_name(name)) {
        /* a plural opening its sentence is many ("Officials said …") */
        gsize n = strlen(name);
        if (name[n - 1] == 's') {
            g_autofree char *fuller = fuller_name(ex, text, sentences, seen, sentence_start, name);
            if (fuller == NULL)
                return NULL;
        }
        return !body_use(text, sentences, name) && speaks_as_person(ex, name)
                   ? g_steal_pointer(&name)
                   : NULL;
    }
    return person_name(name) && speaks_as_person(ex, name) ? g_steal_pointer(&name) : NULL;
}

/* The heads of a body that opens a sentence as its subject and speaks
 * for a figure after it ("The agency released its update. It says …") */
static const char *const speaking_bodies[] = {
    "agency", "institute", "ministry", "service", "military", "army", "intelligence", "command",
    "staff", "directorate", "office", "department", "government", "council", "center", "centre",
    "group", "tank", "headquarters", "mission", "observatory", "project", NULL};

static char *
pronoun_antecedent(const CcExtractor *ex, const char *text, const GArray *sentences,
                   GPtrArray *seen, gsize sentence_start, gsize value_start, PronounKind kind)
{
    const char *const *bodies = speaking_bodies;
    /* "South Korea's defence ministry rejected the figure. Its own count
     * is about 14,000": the owner of a count is the body that opens the
     * sentence right before, whatever its verb, else whom "it" names */
    if (kind == PRONOUN_OWNER) {
        guint at = first_sentence_from(sentences, sentence_start);
        if (at > 0 && at <= sentences->len) {
            const CcSpan *span = &g_array_index(sentences, CcSpan, at - 1);
            char *body = opening_body(text, span->start, span->end, (GStrv)bodies, TRUE);
            if (body != NULL)
                return body;
        }
        kind = PRONOUN_BODY;
    }
    /* the clause before a semicolon of the claim's own sentence first:
     * "The Pentagon put the force at 11,000; it now believes about
     * 12,000 …" */
    PronounKind other;
    gsize semi = value_start;
    while (semi > sentence_start && text[semi - 1] != ';')
        semi--;
    if (semi > sentence_start) {
        g_autoptr(GPtrArray) names =
            cc_modality_named_speakers(ex->modality, text, sentence_start, semi - 1);
        for (guint k = names != NULL ? names->len : 0; k-- > 0;)
            if (!pronoun(names->pdata[k], &other) && speaks_as(ex, names->pdata[k], kind)) {
                char *titled = kind == PRONOUN_PERSON ? person_in_speaker(ex, names->pdata[k]) : NULL;
                return titled != NULL ? titled : g_strdup(names->pdata[k]);
            }
    }
    guint lo = first_sentence_from(sentences, sentence_start);
    for (guint s = lo; s-- > 0 && lo - s <= 2;) {
        GPtrArray *names = speakers_of(ex, text, sentences, seen, s);
        const CcSpan *span = &g_array_index(sentences, CcSpan, s);
        for (guint k = names->len; k-- > 0;)
            /* a pronoun is no name: "She said …. He said …" gives the
             * second claim to no "She", but to a person named before,
             * or to no one */
            if (pronoun(names->pdata[k], &other))
                continue;
            else if (kind == PRONOUN_PERSON
                && (outlet_reports(text, span->start, span->end, names->pdata[k])
                    || (bare_name(names->pdata[k])
                        && !bare_person(ex, text, sentences, seen, s, sentence_start,
                                        names->pdata[k]))))
                continue;
            else if (kind == PRONOUN_BODY     ? speaks_as_body(ex, names->pdata[k])
                : kind == PRONOUN_PLURAL ? speaks_as_many(ex, names->pdata[k])
                                         : speaks_as_person(ex, names->pdata[k])) {
                /* "he" names the person, not the office said once before
                 * ("Pentagon press secretary Pat Ryder said …. …, he
                 * told reporters": Pat Ryder), as a bare name does */
                char *titled = kind == PRONOUN_PERSON ? person_in_speaker(ex, names->pdata[k]) : NULL;
                return titled != NULL ? titled : g_strdup(names->pdata[k]);
            }
    }
    /* "he" or "she" with no speaker before: the person whose name opens
     * the sentence right before, whatever its verb ("Umerov visited a
     * drone factory on Thursday. He said …") */
    if (kind == PRONOUN_PERSON && lo > 0) {
        char *person = opening_person(ex, text, sentences, seen, lo - 1, sentence_start);
        if (person != NULL && pronoun(person, &other))
            g_clear_pointer(&person, g_free);
        return person;
    }
    /* "it" with no speaker before: the body that opens the sentence right
     * before, whatever its verb ("The Institute for the Study of War
     * published its latest assessment on Monday. It said …") */
    if (kind == PRONOUN_BODY && lo > 0) {
        const CcSpan *span = &g_array_index(sentences, CcSpan, lo - 1);
        /* a description only when the claim's own sentence opens with no
         * body of its own before the figure ("The agency said the first
         * clash …, a date it said was confirmed …": not the sentence
         * before's) */
        g_autofree char *own = opening_body(text, sentence_start, value_start, (GStrv)bodies, TRUE);
        char *body = opening_body(text, span->start, span->end, (GStrv)bodies, own == NULL);
        return body;
    }
    return NULL;
}

/* Does text[@i, @end) open with @word (ASCII, any case) and a space? */
static gboolean
opens_with(const char *text, gsize i, gsize end, const char *word)
{
    gsize n = strlen(word);
    return i + n < end && g_ascii_strncasecmp(text + i, word, n) == 0 && text[i + n] == ' ';
}

/* Does one of @words open text[@i, @end) (ASCII, any case), a space or a
 * comma right after it? */
static gboolean
opens_one_of_before_break(const char *text, gsize i, gsize end, const char *const *words,
                          guint n)
{
    for (guint k = 0; k < n; k++) {
        gsize len = strlen(words[k]);
        if (i + len < end && g_ascii_strncasecmp(text + i, words[k], len) == 0
            && (text[i + len] == ' ' || text[i + len] == ','))
            return TRUE;
    }
    return FALSE;
}

/* Does one of @words open the text at *@i (opens_with())? Then *@i moves
 * past it and the space after it. */
static gboolean
skip_one_of(const char *text, gsize *i, gsize end, const char *const *words, guint n)
{
    for (guint k = 0; k < n; k++)
        if (opens_with(text, *i, end, words[k])) {
            *i += strlen(words[k]) + 1;
            return TRUE;
        }
    return FALSE;
}

/* Is the sentence text[@start, @end) a denial, by a party of its own, of
 * the claim the sentence before made, taken up again and nothing more:
 * "Moscow denies it.", "Pyongyang has rejected the claim.", "The Kremlin
 * dismissed the report as propaganda.", "Pyongyang called the report
 * fabricated." (the name a word the `modality` lexicon gives as
 * disputed)? A subject of one to six words opens it, no figure, comma,
 * quote or negation in it ("Moscow has not denied it" denies nothing);
 * a denial that goes on to say what it denies ("Moscow denies it sent
 * …") is a claim of its own. */
static gboolean
denies_sentence_before(const CcLexicon *lexicon, const char *text, gsize start, gsize end)
{
    static const char *const deny[] = {"denied", "denies", "deny", NULL};
    static const char *const reject[] = {"rejected", "rejects", "dismissed", "dismisses",
                                         "disputed", "disputes", "rebuffed", "rebuffs", NULL};
    static const char *const call[] = {"called",   "calls",  "termed",  "terms",   "branded",
                                       "brands",   "labelled", "labeled", "labels", NULL};
    static const char *const negators[] = {"not", "no", "never", "neither", "nor", "cannot", NULL};
    gsize e = end;
    while (e > start && (g_ascii_isspace(text[e - 1]) || text[e - 1] == '.' || text[e - 1] == '!'))
        e--;
    gsize i = start;
    while (i < e && g_ascii_isspace(text[i]))
        i++;
    if (i >= e || !g_ascii_isupper(text[i]))
        return FALSE;
    if (opens_with(text, i, e, "but"))
        i += 4;
    /* the denier, up to its verb */
    guint kind = 0, words = 0;
    char word[32];
    while (i < e && kind == 0) {
        gsize b = i;
        while (i < e && (g_ascii_isalpha(text[i]) || text[i] == '\'' || text[i] == '-'
                         || text[i] == '.' || ((unsigned char)text[i] >= 0x80)))
            i++;
        if (i == b || ++words > 7)
            return FALSE;
        if (i < e && text[i] != ' ')
            return FALSE;
        fold_word(text, b, i, word, sizeof word);
        if (word_in(word, negators) || g_str_has_suffix(word, "n't"))
            return FALSE;
        kind = word_in(word, deny) ? 1 : word_in(word, reject) ? 2 : word_in(word, call) ? 3 : 0;
        if (kind != 0 && words == 1)
            return FALSE; /* no denier */
        while (i < e && text[i] == ' ')
            i++;
    }
    if (kind == 0)
        return FALSE;
    /* what it denies: the claim taken up again */
    gsize o = cc_modality_taken_up_end(text, i, e);
    if (o == G_MAXSIZE || (o < e && text[o] != ' '))
        return FALSE;
    i = o;
    while (i < e && text[i] == ' ')
        i++;
    if (i >= e)
        return kind != 3;
    /* "as propaganda", "fabricated", "a fabrication": a rejecting name */
    if (kind == 1 || (kind == 2 && !opens_with(text, i, e, "as")))
        return FALSE;
    if (kind == 2)
        i += 3;
    gboolean named = FALSE;
    for (words = 0; i < e; words++) {
        if (words >= 5)
            return FALSE;
        gsize b = i;
        while (i < e && (g_ascii_isalpha(text[i]) || text[i] == '-' || text[i] == '\''))
            i++;
        if (i == b || (i < e && text[i] != ' '))
            return FALSE;
        const CcLexiconEntry *x = cc_lexicon_lookup(lexicon, "modality", text + b, (gssize)(i - b));
        /* "fake news": the word and the next */
        gsize n = i + 1;
        while (n < e && g_ascii_isalpha(text[n]))
            n++;
        const CcLexiconEntry *y = i < e ? cc_lexicon_lookup(lexicon, "modality", text + b,
                                                            (gssize)(n - b))
                                        : NULL;
        if ((x != NULL && g_strcmp0(x->value, "disputed") == 0)
            || (y != NULL && g_strcmp0(y->value, "disputed") == 0))
            named = TRUE;
        while (i < e && text[i] == ' ')
            i++;
    }
    return named;
}

/* Does the sentence text[@start, @end) open by pointing at an earlier
 * figure of a count ("The earlier figure, given to lawmakers in the
 * spring, was 600", "Its previous estimate was 3,000", "That initial
 * tally stood at 1,100")? Such a figure is the same source's. */
static gboolean
opens_with_earlier_figure(const char *text, gsize start, gsize end)
{
    static const char *const dets[] = {"the", "its", "their", "that", "this", "his", "her"};
    static const char *const earlier[] = {"earlier", "previous", "initial", "original",
                                          "former", "old", "prior", "first"};
    static const char *const nouns[] = {"figure", "estimate", "count", "tally", "toll",
                                        "number", "assessment"};
    gsize i = start;
    while (i < end && g_ascii_isspace(text[i]))
        i++;
    if (!skip_one_of(text, &i, end, dets, G_N_ELEMENTS(dets))
        || !skip_one_of(text, &i, end, earlier, G_N_ELEMENTS(earlier)))
        return FALSE;
    return opens_one_of_before_break(text, i, end, nouns, G_N_ELEMENTS(nouns));
}

/* Does text[@start, @end) name a document a body issues, "the report",
 * "its review", "the assessment" (a word of them, any case)? */
static gboolean
names_document(const char *text, gsize start, gsize end)
{
    static const char *const docs[] = {"report",   "review",   "study",    "assessment",
                                       "paper",    "findings", "briefing", "update",
                                       "analysis", "document", NULL};
    for (gsize i = start; i < end; i++) {
        if (!g_ascii_isalpha(text[i]) || (i > start && g_ascii_isalpha(text[i - 1])))
            continue;
        gsize e = i;
        while (e < end && g_ascii_isalpha(text[e]))
            e++;
        for (guint k = 0; docs[k] != NULL; k++)
            if (e - i == strlen(docs[k]) && g_ascii_strncasecmp(text + i, docs[k], e - i) == 0)
                return TRUE;
        i = e;
    }
    return FALSE;
}

/* Does the sentence text[@start, @end) open with an enumerator and its
 * comma, an item of a list the sentence before leads ("First, …",
 * "Second, …", "Finally, …")? */
static gboolean
opens_with_enumerator(const char *text, gsize start, gsize end)
{
    static const char *const items[] = {"first",  "second",  "third",  "fourth",  "fifth",
                                        "firstly", "secondly", "thirdly", "finally", "lastly"};
    gsize i = start;
    while (i < end && g_ascii_isspace(text[i]))
        i++;
    for (guint k = 0; k < G_N_ELEMENTS(items); k++) {
        gsize n = strlen(items[k]);
        if (i + n < end && g_ascii_strncasecmp(text + i, items[k], n) == 0 && text[i + n] == ',')
            return TRUE;
    }
    return FALSE;
}

/* How the sentence text[@start, @end) opens by taking up the count the
 * sentence before made: TAKEN_UP_PART when it opens with a part of it,
 * "Those include about 600 dead", "Of those, roughly 300 were killed",
 * "Of them, …" (a figure of any key); TAKEN_UP_SAME when it opens by
 * naming that figure again, "The figure was about 1,000 in December",
 * "That estimate has since risen to 15,000", "The true figure could be
 * as high as 6,000", after a fronted phrase of time of up to three words
 * at most ("By April the estimate had risen to 15,000") (a figure of the
 * same key);
 * TAKEN_UP_NONE else. */
typedef enum { TAKEN_UP_NONE, TAKEN_UP_PART, TAKEN_UP_SAME } TakenUp;

static TakenUp
opens_taking_up_count(const char *text, gsize start, gsize end)
{
    static const char *const those[] = {"those", "these", "they"};
    static const char *const include[] = {"include", "included", "includes"};
    static const char *const of_what[] = {"those", "these", "them", "that number",
                                          "that total", "this number", "this total"};
    static const char *const dets[] = {"the", "that", "this"};
    static const char *const nouns[] = {"figure", "estimate", "count", "tally", "number"};
    static const char *const fronted[] = {"by", "in", "since", "until", "after"};
    static const char *const adjectives[] = {"true", "real", "actual", "latest", "revised",
                                             "new", "current", "overall"};
    gsize i = start;
    while (i < end && g_ascii_isspace(text[i]))
        i++;
    gsize k = i;
    if (skip_one_of(text, &k, end, those, G_N_ELEMENTS(those))
        && skip_one_of(text, &k, end, include, G_N_ELEMENTS(include)))
        return TAKEN_UP_PART;
    k = i;
    if (opens_with(text, k, end, "of"))
        return opens_one_of_before_break(text, k + 3, end, of_what, G_N_ELEMENTS(of_what))
                   ? TAKEN_UP_PART
                   : TAKEN_UP_NONE;
    /* past a fronted phrase of time, "By April the estimate had risen
     * to 15,000", "In March, the figure was …" */
    k = i;
    if (skip_one_of(text, &k, end, fronted, G_N_ELEMENTS(fronted))) {
        gsize w = k;
        for (guint words = 0; words < 3 && w < end; words++) {
            gsize b = w;
            while (w < end && (g_ascii_isalnum(text[w]) || text[w] == '-' || text[w] == '.'))
                w++;
            if (w == b)
                break;
            if (w < end && text[w] == ',')
                w++;
            while (w < end && text[w] == ' ')
                w++;
            gsize d = w;
            if (skip_one_of(text, &d, end, dets, G_N_ELEMENTS(dets))) {
                k = w;
                break;
            }
        }
    } else
        k = i;
    if (!skip_one_of(text, &k, end, dets, G_N_ELEMENTS(dets)))
        return TAKEN_UP_NONE;
    /* "The true figure could be as high as 6,000" */
    skip_one_of(text, &k, end, adjectives, G_N_ELEMENTS(adjectives));
    for (guint w = 0; w < G_N_ELEMENTS(nouns); w++) {
        gsize n = strlen(nouns[w]);
        if (k + n < end && g_ascii_strncasecmp(text + k, nouns[w], n) == 0
            && (text[k + n] == ' ' || text[k + n] == ','))
            return TAKEN_UP_SAME;
    }
    return TAKEN_UP_NONE;
}

/* Where the name that starts at @i ends: at a comma, semicolon or the
 * sentence's last stop, or before words that say where, when or how it
 * was said (" in an interview", " on Friday", " at a briefing", " to
 * lawmakers", " during", " after", " later") or whom it relays
 * (" citing …", " with reference to …", " referring to …"). */
static gsize
name_end(const char *text, gsize i, gsize end)
{
    static const char *const stops[] = {" in ",     " on ",      " at ",     " to ",
                                        " during ", " after ",   " before ", " when ",
                                        " while ",  " later",    " earlier", " last ",
                                        " this ",   " a day ",   " late ",   " early ",
                                        " citing ", " referring ", " with reference "};
    gsize e = i;
    while (e < end && text[e] != ',' && text[e] != ';')
        e++;
    while (e > i && (text[e - 1] == '.' || text[e - 1] == ' ' || text[e - 1] == '!'))
        e--;
    for (gsize k = i; k < e; k++) {
        if (text[k] != ' ')
            continue;
        for (gsize w = 0; w < G_N_ELEMENTS(stops); w++) {
            gsize n = strlen(stops[w]);
            /* " later" and " earlier" end a word of their own */
            if (k + n <= e && strncmp(text + k, stops[w], n) == 0
                && (stops[w][n - 1] == ' ' || k + n == e || text[k + n] == ' '))
                return k;
        }
    }
    return e;
}

/* Past an adverb of time or addition at text[@k], one word ("later",
 * "also", "since", "then") and its space; @k itself when none stands. */
static gsize
past_adverb(const char *text, gsize k, gsize end)
{
    static const char *const adverbs[] = {"later", "also", "since", "then"};
    for (gsize a = 0; a < G_N_ELEMENTS(adverbs); a++)
        if (opens_with(text, k, end, adverbs[a]))
            return k + strlen(adverbs[a]) + 1;
    return k;
}

/* Is text[@start, @end) a quote and nothing else, its first quote mark
 * opening it and its second closing it at the end: a speaker's words
 * going on from the sentence before ("\"We have seen heavy losses,\" an
 * official said. \"More than 200 were killed last week alone.\"")? */
static gboolean
quote_alone(const char *text, gsize start, gsize end)
{
    while (start < end && g_ascii_isspace(text[start]))
        start++;
    while (end > start && g_ascii_isspace(text[end - 1]))
        end--;
    gsize n = cc_double_quote_at(text, start, end);
    if (n == 0)
        return FALSE;
    for (gsize i = start + n; i < end; i++) {
        gsize q = cc_double_quote_at(text, i, end);
        if (q > 0)
            return i + q == end;
    }
    /* no closing mark: the quote runs on into the next sentence or
     * paragraph, wire style ("\"About 8,000 are now in Kursk. We expect
     * the rest to follow.\"") */
    return TRUE;
}

/* Does the quote that opens text[@start, @end) close there (quote_alone()),
 * not run on into the next sentence, whose speaker may be named after its
 * close? */
static gboolean
quote_closes(const char *text, gsize start, gsize end)
{
    while (start < end && g_ascii_isspace(text[start]))
        start++;
    gsize n = cc_double_quote_at(text, start, end);
    if (n == 0)
        return FALSE;
    for (gsize i = start + n; i < end; i++)
        if (cc_double_quote_at(text, i, end) > 0)
            return TRUE;
    return FALSE;
}

/* Does text[@start, @end) go on with a quote the sentence before,
 * text[@pstart, @pend), left open (an odd number of quote marks there),
 * holding no quote mark of its own but one closing it at its end:
 * "Ryder said: \"We believe the North has sent 10,000. About 8,000 are
 * now in Kursk.\""? */
static gboolean
quote_goes_on(const char *text, gsize pstart, gsize pend, gsize start, gsize end)
{
    guint marks = 0;
    gsize last = G_MAXSIZE;
    for (gsize i = pstart; i < pend; i++) {
        gsize q = cc_double_quote_at(text, i, pend);
        if (q > 0) {
            marks++;
            last = i;
            i += q - 1;
        }
    }
    if (marks % 2 == 0)
        return FALSE;
    /* the odd mark closes a quote opened sentences before, right after a
     * word or its stop, not opens one: ""… for three weeks. They were
     * forced to withdraw," a spokesman said." leaves nothing open */
    if (last > pstart && !g_ascii_isspace(text[last - 1]) && text[last - 1] != '('
        && text[last - 1] != '[' && text[last - 1] != ':')
        return FALSE;
    while (end > start && g_ascii_isspace(text[end - 1]))
        end--;
    for (gsize i = start; i < end; i++) {
        gsize q = cc_double_quote_at(text, i, end);
        if (q > 0)
            return i + q == end;
    }
    return TRUE;
}

/* The speaker a broadcast transcript's label names at the sentence's
 * start, before the quote it gives: "[Lee Seong-kweun / People Power Party
 * lawmaker] \"…\"", "[Sound bite: Rep. Kim Byung-kee - Intelligence
 * Committee] \"…\"": the capitalised words before the slash or dash
 * (with "Sound bite:" and the like passed over), when a double quote mark
 * follows the closing bracket. A label of the broadcaster's own ("[Anchor]",
 * "[Report]") names no one. NULL for none. */
static char *
label_speaker(const char *text, gsize start, gsize end)
{
    gsize i = start;
    while (i < end && g_ascii_isspace(text[i]))
        i++;
    if (i >= end || text[i] != '[')
        return NULL;
    gsize close = i + 1;
    while (close < end && text[close] != ']' && text[close] != '\n')
        close++;
    if (close >= end || text[close] != ']')
        return NULL;
    gsize q = close + 1;
    while (q < end && g_ascii_isspace(text[q]))
        q++;
    if (cc_double_quote_at(text, q, end) == 0)
        return NULL;
    gsize a = i + 1;
    /* "Sound bite:", "SOT:": a kind of clip before the name; another word
     * before a colon ("[Photo: AP / Yonhap]") names no speaker */
    static const char *const clips[] = {"sound bite", "soundbite", "sot", "interview", "clip"};
    for (gsize k = a; k < close; k++)
        if (text[k] == ':') {
            gboolean clip = FALSE;
            for (guint c = 0; c < G_N_ELEMENTS(clips) && !clip; c++)
                clip = k - a == strlen(clips[c])
                       && g_ascii_strncasecmp(text + a, clips[c], k - a) == 0;
            if (!clip)
                return NULL;
            a = k + 1;
            break;
        }
    while (a < close && g_ascii_isspace(text[a]))
        a++;
    gsize b = a;
    while (b < close && text[b] != '/' && !(text[b] == '-' && b > a && text[b - 1] == ' '))
        b++;
    if (b >= close)
        return NULL; /* no title after the name: "[Anchor]" */
    while (b > a && g_ascii_isspace(text[b - 1]))
        b--;
    /* a name: one to six words, each capitalised ("Rep." and "Lee
     * Seong-kweun" alike) */
    guint words = 0;
    for (gsize k = a; k < b; k++) {
        if (k == a || text[k - 1] == ' ') {
            if (!g_ascii_isupper(text[k]))
                return NULL;
            words++;
        }
    }
    if (words == 0 || words > 6)
        return NULL;
    return g_strndup(text + a, b - a);
}

/* Is the line text[@a, @b) a transcript's speaker line with its time, as
 * transcription services open each turn ("John Kirby: (03:12)", "Sabrina
 * Singh (15:23):", "Pat Ryder: (01:02:45)")? Then *@name_end is where the
 * label before the time ends, and *@named tells whether that label is a
 * name: one to five capitalised words ("Speaker 1 (00:12):" is none). */
static gboolean
timed_label_line(const char *text, gsize a, gsize b, gsize *name_end, gboolean *named)
{
    while (a < b && g_ascii_isspace(text[a]))
        a++;
    while (b > a && g_ascii_isspace(text[b - 1]))
        b--;
    gsize e = b;
    gboolean colon_after = e > a && text[e - 1] == ':';
    if (colon_after)
        e--;
    if (!(e > a && text[e - 1] == ')'))
        return FALSE;
    gsize open = e - 1;
    while (open > a && text[open] != '(')
        open--;
    if (text[open] != '(' || e - 1 - (open + 1) < 4 || e - 1 - (open + 1) > 8)
        return FALSE;
    guint colons = 0;
    for (gsize k = open + 1; k < e - 1; k++) {
        if (text[k] == ':')
            colons++;
        else if (!g_ascii_isdigit(text[k]))
            return FALSE;
    }
    if (colons == 0 || colons > 2)
        return FALSE;
    gsize n = open;
    while (n > a && text[n - 1] == ' ')
        n--;
    gboolean colon_before = n > a && text[n - 1] == ':';
    if (colon_before == colon_after)
        return FALSE; /* one colon, before the time or after it */
    if (colon_before)
        n--;
    if (n == a || n - a > 60)
        return FALSE;
    guint words = 0;
    gboolean name = TRUE;
    for (gsize k = a; k < n && name; k++) {
        if (k == a || text[k - 1] == ' ') {
            name = g_ascii_isupper(text[k]);
            words++;
        } else {
            name = g_ascii_isalpha(text[k]) || text[k] == '.' || text[k] == '-'
                   || text[k] == '\'' || text[k] == ' ';
        }
    }
    *name_end = n;
    *named = name && words <= 5;
    return TRUE;
}

/* Is the line text[@a, @b) a broadcast transcript's caption of the
 * speaker of the sound bite on the line after it, the name and the title
 * parted by a slash ("Lee Seong-kweun / People Power Party lawmaker",
 * "Jung Gyung-woon / Korea Research Institute for Strategy")? Then
 * *@name_end is where the name ends: one to five capitalised words, no
 * mark that ends a sentence on the line. */
static gboolean
slash_caption_line(const char *text, gsize a, gsize b, gsize *name_end)
{
    while (a < b && g_ascii_isspace(text[a]))
        a++;
    while (b > a && g_ascii_isspace(text[b - 1]))
        b--;
    if (b - a > 120 || b == a || strchr(".!?:\"", text[b - 1]) != NULL)
        return FALSE;
    const char *slash = memchr(text + a, '/', b - a);
    if (slash == NULL || slash == text + a || slash[-1] != ' ' || slash + 1 >= text + b
        || slash[1] != ' ')
        return FALSE;
    gsize n = (gsize)(slash - text) - 1;
    guint words = 0;
    for (gsize k = a; k < n; k++) {
        if (k == a || text[k - 1] == ' ') {
            if (!g_ascii_isupper(text[k]))
                return FALSE;
            words++;
        } else if (!(g_ascii_isalpha(text[k]) || text[k] == '-' || text[k] == '\''
                     || text[k] == ' ')) {
            return FALSE;
        }
    }
    if (words == 0 || words > 5)
        return FALSE;
    /* the broadcaster's own reporter signing off ("Kim Ji-sook / KBS
     * reporter") is the report's voice, no speaker */
    static const char *const own[] = {"reporter", "correspondent", "anchor", NULL};
    for (guint q = 0; own[q] != NULL; q++) {
        gsize len = strlen(own[q]);
        for (const char *t = slash + 1; t + len <= text + b; t++)
            if (g_ascii_strncasecmp(t, own[q], len) == 0)
                return FALSE;
    }
    *name_end = n;
    return TRUE;
}

/* Where the line that holds text[@at] starts: after the last line break
 * before @at (memrchr() reads a long paragraph back many bytes at a
 * time). */
static gsize
line_start(const char *text, gsize at)
{
    const char *nl = at > 0 ? memrchr(text, '\n', at) : NULL;
    return nl != NULL ? (gsize)(nl - text) + 1 : 0;
}

/* The speaker of the turn a transcript's line starting at @line stands
 * in, where the transcript opens each turn with a line of its own that names
 * the speaker and the time ("John Kirby: (03:12)" and, on the lines after
 * it, "We estimate that North Korea has suffered more than 3,000
 * casualties …"): the nearest such line before @line, over
 * at most twelve lines of the turn; or the sound bite's caption on the
 * line right before it ("Lee Seong-kweun / People Power Party lawmaker":
 * slash_caption_line()). A line that names no one ("Speaker 1
 * (00:12):", "Moderator: (04:10)", "Reporter:", "Audience member") ends
 * the walk with none. NULL for none. It depends on the line alone, so
 * that the claims of one line ask once (cc_extract()). */
static char *
timed_turn_speaker(const char *text, gsize line)
{
    static const char *const no_one[] = {"Speaker",  "Moderator",  "Reporter",  "Audience",
                                         "Unknown",  "Host",       "Anchor",    "Interviewer",
                                         "Operator", "Crosstalk",  "Male",      "Female",
                                         "Participant", "Announcer", "Narrator", "Q", NULL};
    gsize e = line;
    for (guint lines = 0; e > 0 && lines < 12;) {
        gsize b = e - 1;
        gsize a = line_start(text, b);
        e = a;
        gsize k = a;
        while (k < b && g_ascii_isspace(text[k]))
            k++;
        if (k == b)
            continue; /* a blank line between paragraphs */
        lines++;
        gsize ne = 0;
        gboolean named = FALSE;
        /* a sound bite's caption speaks for the line right after it
         * alone: the report's own voice goes on after the bite */
        if (lines == 1 && slash_caption_line(text, a, b, &ne))
            return g_strndup(text + k, ne - k);
        if (!timed_label_line(text, a, b, &ne, &named))
            continue;
        if (!named)
            return NULL;
        for (guint q = 0; no_one[q] != NULL; q++) {
            gsize len = strlen(no_one[q]);
            if (ne - k >= len && strncmp(text + k, no_one[q], len) == 0
                && (ne - k == len || text[k + len] == ' '))
                return NULL;
        }
        return g_strndup(text + k, ne - k);
    }
    return NULL;
}

/* Where a transcript's speaker label in capitals that opens text at @i
 * ends, its colon included ("KIRBY:", "MR. MILLER:", "ADM. PAPARO:",
 * "SYRSKYI (through interpreter):", "LLOYD AUSTIN, U.S. DEFENSE
 * SECRETARY:"), or 0: words of capitals (a title's dot among them, an
 * office after a comma), an interpreter's note in brackets after them,
 * then the colon and a space. */
static gsize
caps_label_end(const char *text, gsize i, gsize end)
{
    gsize k = i;
    guint upper = 0;
    while (k < end && (g_ascii_isupper(text[k]) || text[k] == ' ' || text[k] == '.'
                       || text[k] == '-' || text[k] == '\'' || text[k] == ','))
        upper += g_ascii_isupper(text[k++]) ? 1 : 0;
    if (upper < 2)
        return 0;
    if (k < end && text[k] == '(') {
        while (k < end && text[k] != ')' && text[k] != '\n')
            k++;
        if (k >= end || text[k] != ')')
            return 0;
        k++;
    }
    if (k + 1 >= end || text[k] != ':' || text[k + 1] != ' ')
        return 0;
    return k + 1;
}

/* The speaker whose turn a transcript's sentence at index @s goes on:
 * the label in capitals that opens an earlier sentence of its line, with
 * no line break between ("ADM. PAPARO: Yes, ma'am. North Korea has lost
 * about 4,000 soldiers …": Paparo's), when the pack's speakers read that
 * label as one (a fact box's heading, "TROOPS: …", is none), and no label
 * opens the sentence itself. NULL for none. */
static char *
turn_speaker(CcExtractor *ex, const char *text, const GArray *sentences, guint s)
{
    const CcSpan *own = &g_array_index(sentences, CcSpan, s);
    gsize o = own->start;
    while (o < own->end && g_ascii_isspace(text[o]))
        o++;
    if (caps_label_end(text, o, own->end) > 0)
        return NULL;
    /* the walk back stops at a line break: in the gap after each earlier
     * sentence (the sentences after it, and their gaps, were looked at
     * already), and in the sentence itself when it opens with no label */
    for (guint k = s; k-- > 0;) {
        const CcSpan *sp = &g_array_index(sentences, CcSpan, k);
        gsize next = k + 1 < s ? g_array_index(sentences, CcSpan, k + 1).start : own->start;
        for (gsize i = sp->end; i < next; i++)
            if (text[i] == '\n')
                return NULL;
        gsize a = sp->start;
        while (a < sp->end && g_ascii_isspace(text[a]))
            a++;
        gsize le = caps_label_end(text, a, sp->end);
        if (le == 0) {
            /* an earlier sentence of the same turn: look further back */
            if (memchr(text + sp->start, '\n', sp->end - sp->start) != NULL)
                return NULL;
            continue;
        }
        g_autoptr(GPtrArray) who = cc_modality_speakers(ex->modality, text, sp->start, sp->end);
        gsize ne = le - 1;
        while (ne > a && (text[ne - 1] == ' ' || text[ne - 1] == ')')) {
            if (text[ne - 1] == ')') {
                while (ne > a && text[ne - 1] != '(')
                    ne--;
                if (ne > a)
                    ne--;
            } else {
                ne--;
            }
        }
        /* the name before an office set off by a comma speaks
         * ("LLOYD AUSTIN, U.S. DEFENSE SECRETARY:") */
        const char *comma = memchr(text + a, ',', ne - a);
        if (comma != NULL)
            ne = (gsize)(comma - text);
        for (guint w = 0; w < who->len; w++) {
            const char *name = who->pdata[w];
            if (strlen(name) == ne - a && strncmp(name, text + a, ne - a) == 0)
                return g_strdup(name);
        }
        return NULL;
    }
    return NULL;
}

/* Does text[@start, @end) leave a quote open before @at: an odd number
 * of double quote marks, the last of them before @at ("\"We have seen
 * about 11,000 North Korean soldiers, and more are coming.")? */
static gboolean
quote_left_open(const char *text, gsize start, gsize end, gsize at)
{
    guint marks = 0;
    gsize last = G_MAXSIZE;
    for (gsize i = start; i < end; i++) {
        gsize q = cc_double_quote_at(text, i, end);
        if (q > 0) {
            marks++;
            last = i;
            i += q - 1;
        }
    }
    return marks % 2 == 1 && last < at;
}

/* Where the first double quote mark of text[@start, @end) ends, or 0. */
static gsize
first_quote_end(const char *text, gsize start, gsize end)
{
    for (gsize i = start; i < end; i++) {
        gsize q = cc_double_quote_at(text, i, end);
        if (q > 0)
            return i + q;
    }
    return 0;
}

/* Does text[@start, @end) hold a double quote mark? */
static gboolean
holds_quote(const char *text, gsize start, gsize end)
{
    for (gsize i = start; i < end; i++)
        if (cc_double_quote_at(text, i, end) > 0)
            return TRUE;
    return FALSE;
}

/* Where the author of a document named at text[@a, @e) starts: past
 * "a report by", "an assessment from", "the data of" and the like, and
 * the "the" after them ("a briefing by the Defense Intelligence Agency"
 * is the agency's); @a itself when it names no document. */
static gsize
relayed_document_author(const char *text, gsize a, gsize e)
{
    static const char *const dets[] = {"a", "an", "the", "its", "their"};
    static const char *const docs[] = {"report",   "statement", "assessment", "study",
                                       "analysis", "estimate",  "data",       "briefing",
                                       "document", "figures",   "review",     "survey"};
    static const char *const preps[] = {"by", "from", "of"};
    gsize k = a;
    if (!skip_one_of(text, &k, e, dets, G_N_ELEMENTS(dets)))
        return a;
    if (!skip_one_of(text, &k, e, docs, G_N_ELEMENTS(docs)))
        return a;
    if (!skip_one_of(text, &k, e, preps, G_N_ELEMENTS(preps)))
        return a;
    return k < e ? k : a;
}

/* Who a sentence names that points back at the one before it as what it
 * said, wire style: "This was stated by South Korean lawmaker Lee
 * Seong-kweun, Reuters reports", "That was reported by the BBC, citing
 * Western officials" (the one cited), "This is according to South Korea's
 * spy agency", "Zelensky said this in his nightly address"; an adverb may
 * stand before the verb or "been" ("This was later confirmed by …", "This
 * has since been confirmed by …"). The sentence is text[@start, @end);
 * NULL when it opens no such way. */
static char *
points_back_speaker(const char *text, gsize start, gsize end)
{
    static const char *const verbs[] = {"stated",    "said",    "reported", "announced",
                                        "disclosed", "claimed", "revealed", "written",
                                        "confirmed", "noted"};
    static const char *const says[] = {"said", "stated", "reported", "wrote", "announced",
                                       "disclosed"};
    gsize i = start;
    while (i < end && g_ascii_isspace(text[i]))
        i++;
    /* a source line of its own, as a newsletter or a list of links sets
     * it after the item, in brackets or not: "(Source: Ukraine's defence
     * intelligence)", "Sources: NIS, JCS" (the first named) */
    {
        gsize k = i;
        char close = 0;
        if (k < end && (text[k] == '(' || text[k] == '[')) {
            close = text[k] == '(' ? ')' : ']';
            k++;
        }
        gsize label = opens_with(text, k, end, "source:") ? 8
                      : opens_with(text, k, end, "sources:") ? 9 : 0;
        if (label > 0) {
            gsize a = k + label, e = a;
            while (e < end && text[e] != ',' && text[e] != ';' && text[e] != close
                   && text[e] != '(' && text[e] != '[' && text[e] != '\n')
                e++;
            /* to the end of the line but for its closing mark and stop */
            gsize rest = e;
            if (close != 0 && rest < end && text[rest] == close)
                rest++;
            while (rest < end && (text[rest] == '.' || g_ascii_isspace(text[rest])))
                rest++;
            if (text[e] != ',' && text[e] != ';' && rest < end)
                return NULL;
            while (e > a && (text[e - 1] == '.' || g_ascii_isspace(text[e - 1])))
                e--;
            while (a < e && g_ascii_isspace(text[a]))
                a++;
            if (e == a || e - a > 80)
                return NULL;
            /* a name of one to seven words, no clause ("Source: the
             * Pentagon says …" is a sentence, no source line) */
            static const char *const clause[] = {" says ", " said ", " say ", " is ", " are ",
                                                 " was ", " were ", " has ", " have "};
            g_autofree char *name = g_strndup(text + a, e - a);
            g_autofree char *padded = g_strconcat(" ", name, " ", NULL);
            guint words = 1;
            for (const char *w = name; *w; w++)
                words += *w == ' ';
            for (guint c = 0; c < G_N_ELEMENTS(clause); c++)
                if (strstr(padded, clause[c]) != NULL)
                    return NULL;
            return words <= 7 ? g_steal_pointer(&name) : NULL;
        }
    }
    gsize who = G_MAXSIZE;
    if (opens_with(text, i, end, "this") || opens_with(text, i, end, "that")) {
        gsize k = i + 5;
        if (opens_with(text, k, end, "was"))
            k += 4;
        else if (opens_with(text, k, end, "is"))
            k += 3;
        else if (opens_with(text, k, end, "has")
                 && opens_with(text, past_adverb(text, k + 4, end), end, "been"))
            k = past_adverb(text, k + 4, end) + 5;
        else
            return NULL;
        k = past_adverb(text, k, end);
        if (opens_with(text, k, end, "according") && opens_with(text, k + 10, end, "to"))
            who = k + 13;
        for (gsize v = 0; v < G_N_ELEMENTS(verbs) && who == G_MAXSIZE; v++)
            if (opens_with(text, k, end, verbs[v])
                && opens_with(text, k + strlen(verbs[v]) + 1, end, "by"))
                who = k + strlen(verbs[v]) + 4;
        if (who == G_MAXSIZE)
            return NULL;
        gsize e = name_end(text, who, end);
        /* "…, citing Western officials": the one it relays */
        gsize c = e;
        while (c < end && (text[c] == ',' || text[c] == ' '))
            c++;
        if (opens_with(text, c, end, "citing")) {
            who = c + 7;
            e = name_end(text, who, end);
        } else if (opens_with(text, c, end, "with") && opens_with(text, c + 5, end, "reference")
                   && opens_with(text, c + 15, end, "to")) {
            who = c + 18;
            e = name_end(text, who, end);
        } else if (opens_with(text, c, end, "referring") && opens_with(text, c + 10, end, "to")) {
            who = c + 13;
            e = name_end(text, who, end);
        }
        /* the one relayed is whose document it is: "…, citing an
         * assessment by Ukraine's defence intelligence" */
        if (who != G_MAXSIZE && who != e) {
            gsize d = relayed_document_author(text, who, e);
            if (d != who) {
                who = d;
                e = name_end(text, who, end);
            }
        }
        return e > who ? g_strndup(text + who, e - who) : NULL;
    }
    /* "Zelensky said this in his nightly address": one to eight words in
     * capitals or a possessive's ("The press service of Ukraine's General
     * Staff") before the verb, and nothing after "this" but where or when */
    if (i >= end || !g_ascii_isupper(text[i]))
        return NULL;
    for (gsize k = i + 1; k + 5 <= end && k < i + 120; k++) {
        if (text[k] == ',' || text[k] == ';' || text[k] == '"')
            return NULL;
        if (text[k] != ' ' || text[k + 1] != 't' || strncmp(text + k, " this", 5) != 0)
            continue;
        gsize a = k + 5;
        if (a < end && g_ascii_isalnum(text[a]))
            continue;
        /* the verb before "this" */
        gsize v = k;
        while (v > i && text[v - 1] != ' ')
            v--;
        gboolean said = FALSE;
        for (gsize w = 0; w < G_N_ELEMENTS(says) && !said; w++)
            said = strlen(says[w]) == k - v && strncmp(text + v, says[w], k - v) == 0;
        if (!said || v <= i + 1)
            continue;
        if (a < end && text[a] == ' ' && name_end(text, a, end) != a)
            return NULL; /* "says this is likely an undercount" */
        guint words = 1;
        for (gsize w = i; w + 1 < v; w++)
            words += text[w] == ' ';
        /* a pronoun ("He said this") is no name */
        static const char *const pronouns[] = {"he", "she", "it", "they", "we", "i", "this",
                                               "that", "you"};
        for (gsize p = 0; p < G_N_ELEMENTS(pronouns); p++)
            if (opens_with(text, i, end, pronouns[p]))
                return NULL;
        return words <= 8 ? g_strndup(text + i, v - 1 - i) : NULL;
    }
    return NULL;
}

/* Is text[@a, @b) one to @most words, the first in capitals, with no
 * digit, comma, colon or quotation mark among them? */
static gboolean
short_name(const char *text, gsize a, gsize b, guint most)
{
    while (a < b && text[a] == ' ')
        a++;
    while (b > a && text[b - 1] == ' ')
        b--;
    if (a >= b || !g_ascii_isupper(text[a]))
        return FALSE;
    guint words = 1;
    for (gsize i = a; i < b; i++) {
        if (g_ascii_isdigit(text[i]) || text[i] == ',' || text[i] == ':' || text[i] == '"'
            || text[i] == ';')
            return FALSE;
        words += text[i] == ' ';
    }
    return words <= most;
}

/* The speaker a headline names for itself: ", X says" (or "said",
 * "claims", "reports") at its end, a name after a colon or a dash at its
 * end ("…: Seoul", "… — Kyiv"), or "X says" opening it ("Pentagon says
 * North Korea has sent …"); NULL for none. A headline whose label opens
 * it ("Timeline: …", "Russia-Ukraine war live: Kyiv says …") names none
 * for its body. */
static char *
headline_speaker(const char *title)
{
    static const char *const verbs[] = {"says", "said", "claims", "reports"};
    if (title == NULL)
        return NULL;
    gsize n = strlen(title);
    while (n > 0 && (title[n - 1] == ' ' || title[n - 1] == '.'))
        n--;
    if (n == 0)
        return NULL;
    /* ", X says" */
    for (gsize v = 0; v < G_N_ELEMENTS(verbs); v++) {
        gsize l = strlen(verbs[v]);
        if (n <= l + 1 || strncmp(title + n - l, verbs[v], l) != 0 || title[n - l - 1] != ' ')
            continue;
        gsize c = n - l - 1;
        while (c > 0 && title[c - 1] != ',' && title[c - 1] != ':')
            c--;
        if (c > 0 && title[c - 1] == ',' && short_name(title, c, n - l - 1, 6)) {
            gsize a = c;
            while (title[a] == ' ')
                a++;
            return g_strndup(title + a, n - l - 1 - a);
        }
    }
    /* "…: Seoul", "… — Kyiv", "… - NIS" */
    for (gsize c = n; c > 1; c--) {
        gboolean colon = title[c - 1] == ':';
        gboolean dash = c >= 3 && (guchar)title[c - 3] == 0xE2 && (guchar)title[c - 2] == 0x80
                        && ((guchar)title[c - 1] == 0x93 || (guchar)title[c - 1] == 0x94);
        gboolean hyphen = title[c - 1] == '-' && c >= 2 && title[c - 2] == ' ';
        if (!colon && !dash && !hyphen)
            continue;
        if (c < n && title[c] == ' ' && short_name(title, c, n, 4)) {
            gsize a = c;
            while (title[a] == ' ')
                a++;
            /* all its words in capitals: a name, no clause */
            gboolean caps = TRUE;
            for (gsize i = a; i < n; i++)
                if (i == a || title[i - 1] == ' ')
                    caps = caps && (g_ascii_isupper(title[i]) || title[i] == '(');
            return caps ? g_strndup(title + a, n - a) : NULL;
        }
        break;
    }
    /* "X says …" */
    for (gsize i = 1; i + 6 < n && i < 60; i++) {
        if (title[i] == ',' || title[i] == ':' || title[i] == '"' || title[i] == ';')
            return NULL;
        if (title[i - 1] != ' ')
            continue;
        for (gsize v = 0; v < G_N_ELEMENTS(verbs); v++) {
            gsize l = strlen(verbs[v]);
            if (strncmp(title + i, verbs[v], l) == 0 && title[i + l] == ' '
                && short_name(title, 0, i - 1, 5))
                return g_strndup(title, i - 1);
        }
    }
    return NULL;
}

/* The prefilter holds the needs of the patterns a run may try, read from
 * their regexes on first use: without --all, of the generic rules only the
 * date rules run (to date claims). Built for the first source, and again
 * with every rule for the first source with --all. */
static void
ensure_prefilter(CcExtractor *ex, gboolean all)
{
    if (ex->prefilter != NULL && (ex->prefilter_all || !all))
        return;
    if (ex->prefilter != NULL)
        cc_prefilter_free(ex->prefilter);
    ex->prefilter = cc_prefilter_new();
    ex->prefilter_all = all;
    GPtrArray *rules = cc_ruleset_rules(ex->rules);
    for (guint i = 0; i < rules->len; i++) {
        const CcRule *rule = rules->pdata[i];
        gboolean runs = all || !ex->generic[i] || rule->type == CC_CLAIM_DATE;
        for (guint j = 0; j < rule->patterns->len; j++) {
            const CcPattern *pattern = rule->patterns->pdata[j];
            ex->pattern_needs[i][j] =
                runs ? cc_prefilter_add(ex->prefilter, cc_pattern_requirement(pattern)) : G_MAXUINT;
        }
    }
}

/* The rules tried in a sentence, in order, by the kinds of mention it
 * holds (each rule needing no kind it lacks): generic records are not
 * printed without --all; of them only the dates matter, to date the
 * sentence's claims (cc_extract()). Most sentences hold no figure, or only a
 * date word: the lists spare them the rules that need one. A frame has no
 * pattern to try; a sentence that some rule or frame is for is scanned for
 * the patterns' anchors all the same, as the dating reads that scan. Built
 * once for each value of @all, with the list of generic date rules. */
static void
rule_lists(CcExtractor *ex, gboolean all)
{
    G_STATIC_ASSERT((CC_MENTION_NUMBER | CC_MENTION_DATE) == 3);
    GPtrArray *rules = cc_ruleset_rules(ex->rules);
    int a = all ? 1 : 0;
    if (ex->tried_by[a][0] != NULL)
        return;
    for (guint k = 0; k < 4; k++) {
        ex->tried_by[a][k] = g_array_sized_new(FALSE, FALSE, sizeof(guint), rules->len);
        for (guint r = 0; r < rules->len; r++) {
            const CcRule *rule = rules->pdata[r];
            if ((!all && ex->generic[r]) || (rule->needs & k) != rule->needs)
                continue;
            ex->scan_by[a][k] = TRUE;
            if (rule->patterns->len > 0)
                g_array_append_val(ex->tried_by[a][k], r);
        }
    }
    if (ex->dating_rules != NULL)
        return;
    ex->dating_rules = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint r = 0; r < rules->len; r++)
        if (ex->generic[r] && ((const CcRule *)rules->pdata[r])->type == CC_CLAIM_DATE)
            g_array_append_val(ex->dating_rules, r);
}

/* "<source id>#<n>", a record's id: what g_strdup_printf("%s#%u") writes,
 * without the format's parsing (once a record) */
static char *
numbered_id(const char *source_id, guint n)
{
    char digits[16];
    char *p = digits + sizeof digits;
    *--p = '\0';
    do {
        *--p = (char)('0' + n % 10);
        n /= 10;
    } while (n > 0);
    return g_strconcat(source_id, "#", p, NULL);
}

GPtrArray *
cc_extract(CcExtractor *extractor, CcSource *source, const CcExtractOptions *options,
           GPtrArray *warnings)
{
    g_return_val_if_fail(extractor != NULL && source != NULL, NULL);
    CcExtractOptions defaults = {0};
    if (options == NULL)
        options = &defaults;
    ensure_prefilter(extractor, options->all);
    const char *text = cc_source_text(source);
    guint32 doc_day = options->ref_day ? options->ref_day : cc_source_date(source);

    GPtrArray *records = g_ptr_array_new_with_free_func((GDestroyNotify)cc_claim_free);
    g_autoptr(GArray) sentences =
        cc_segment_sentences_with(extractor->abbreviations, text, cc_source_body_offset(source),
                                  cc_source_length(source));
    if (sentences == NULL)
        return records;

    GPtrArray *rules = cc_ruleset_rules(extractor->rules);
    g_autoptr(GArray) candidates = g_array_new(FALSE, TRUE, sizeof(Candidate));
    g_array_set_clear_func(candidates, (GDestroyNotify)candidate_clear);
    if (extractor->frames != NULL)
        cc_frame_run_begin(extractor->frames, cc_source_header(source, "title"));
    for (int k = 0; k < 4; k++)
        extractor->vp_at[k] = G_MAXSIZE;
    rule_lists(extractor, options->all);
    GArray *const *tried_by = extractor->tried_by[options->all ? 1 : 0];
    const gboolean *scan_by = extractor->scan_by[options->all ? 1 : 0];

    for (guint s = 0; s < sentences->len; s++) {
        const CcSpan *sentence = &g_array_index(sentences, CcSpan, s);
        guint kinds = mention_kinds(extractor, text, sentence->start, sentence->end);
        View view = {0};
        gboolean have_view = FALSE;
        guint first = candidates->len;
        if (scan_by[kinds & 3])
            cc_prefilter_scan(extractor->prefilter, text + sentence->start,
                              sentence->end - sentence->start);
        const GArray *tried = tried_by[kinds & 3];
        for (guint k = 0; k < tried->len; k++) {
            guint r = g_array_index(tried, guint, k);
            const CcRule *rule = rules->pdata[r];
            if (!rule_may_match(extractor, r, rule))
                continue;
            if (!have_view) {
                if (!table_view(extractor, text, cc_source_body_offset(source), sentence->start,
                                sentence->end, &view))
                    view = sentence_view(extractor, text, sentence->start, sentence->end);
                have_view = TRUE;
            }
            run_rule(extractor, r, rule, source, s, sentence, &view, doc_day, candidates,
                     G_MAXUINT, warnings);
        }
        if (extractor->frames != NULL) {
            if (kinds & (CC_MENTION_NUMBER | CC_MENTION_DATE)) {
                if (!have_view) {
                    if (!table_view(extractor, text, cc_source_body_offset(source),
                                    sentence->start, sentence->end, &view))
                        view = sentence_view(extractor, text, sentence->start, sentence->end);
                    have_view = TRUE;
                }
                run_frames(extractor, source, s, sentence, &view, kinds, doc_day, candidates,
                           first, options);
            } else {
                cc_frame_run_note(extractor->frames, s, text + sentence->start,
                                  sentence->end - sentence->start);
            }
        }
        if (options->all || !needs_dating(candidates, first))
            continue;
        /* A claim of this sentence is dated by the sentence's dates, the
         * generic ones included: run the generic date rules here only. */
        for (guint k = 0; k < extractor->dating_rules->len; k++) {
            guint r = g_array_index(extractor->dating_rules, guint, k);
            const CcRule *rule = rules->pdata[r];
            if ((rule->needs & kinds) != rule->needs || !rule_may_match(extractor, r, rule))
                continue;
            run_rule(extractor, r, rule, source, s, sentence, &view, doc_day, candidates,
                     r == extractor->last_generic_date ? first : G_MAXUINT, warnings);
        }
    }

    g_array_sort(candidates, candidate_order);
    drop_overlaps(candidates);
    cc_modality_scope_forget(extractor->modality);
    g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func(names_free);
    g_ptr_array_set_size(seen, sentences->len);
    g_autoptr(GHashTable) found = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                        antecedent_free);

    /* the source the sentence after the last one asked about names
     * (points_back_speaker()), asked once a sentence */
    gsize back_sentence = G_MAXSIZE;
    g_autofree char *back_speaker = NULL;
    g_autofree char *head_speaker = NULL;
    gboolean head_read = FALSE;
    /* the last line asked for its transcript turn's speaker, and its answer */
    gsize turn_line = G_MAXSIZE;
    g_autofree char *turn_line_speaker = NULL;
    guint n = 0;
    for (guint i = 0; i < candidates->len; i++) {
        Candidate *c = &g_array_index(candidates, Candidate, i);
        const CcRule *rule = c->rule;
        gboolean generic = g_strcmp0(rule->predicate, "value") == 0;
        if (c->dropped || (generic && !options->all))
            continue;

        g_autoptr(CcClaim) claim = cc_claim_new();
        claim->id = numbered_id(cc_source_id(source), ++n);
        claim->source = g_strdup(cc_source_id(source));
        claim->file = g_strdup(cc_source_path(source));
        claim->rule = g_strdup(rule->id);
        claim->type = rule->type;
        claim->subject = g_steal_pointer(&c->subject);
        claim->predicate = g_strdup(rule->predicate);
        claim->object = g_steal_pointer(&c->object);
        claim->scope = g_steal_pointer(&c->scope);
        if (!generic) {
            const char *subject = claim->subject ? claim->subject : "";
            claim->key = claim->object
                             ? g_strconcat(subject, "/", claim->predicate, "/", claim->object, NULL)
                             : g_strconcat(subject, "/", claim->predicate, NULL);
        }
        claim->value = c->value;
        claim->text = g_steal_pointer(&c->value_text);
        claim->span_start = c->value_start;
        claim->span_end = c->value_end;
        cc_source_position(source, c->value_start, &claim->line, &claim->column);
        claim->sentence_start = c->sentence_start;
        claim->sentence_end = c->sentence_end;
        /* an offset "two days after" dates the clause after it alone
         * ("…on April 28, two days after Moscow said it had retaken
         * Kursk"): its source is that clause's, up to its comma */
        gsize ss = c->sentence_start, se = c->sentence_end;
        gsize ms = c->match_start, me = c->match_end;
        gsize said0 = c->said_start, said1 = c->said_end, own0 = c->own_start, own1 = c->own_end;
        if (rule->type == CC_CLAIM_DATE && offset_after(text, c)) {
            ss = ms = c->value_start;
            se = c->value_end;
            while (se < c->sentence_end && !strchr(",;()", text[se])
                   && !(se + 3 <= c->sentence_end && memcmp(text + se, "\xe2\x80\x94", 3) == 0))
                se++;
            me = se;
            said0 = said1 = 0;
            own0 = c->value_start, own1 = c->value_end;
        }
        claim->modality = cc_modality_assess_again(extractor->modality, text, ss, se, ms, me,
                                                   c->value_start, c->value_end, said0, said1,
                                                   own0, own1, &claim->attribution);
        /* …and a speaker who opens that clause tells it: "two days after
         * Moscow said it had retaken Kursk" is Moscow's word */
        if (ss != c->sentence_start && claim->modality == CC_MODALITY_ASSERTED) {
            g_autoptr(GPtrArray) who =
                cc_modality_named_speakers(extractor->modality, text, c->value_end, se);
            if (who != NULL && who->len > 0) {
                claim->modality = CC_MODALITY_REPORTED;
                g_free(claim->attribution);
                claim->attribution = g_strdup(who->pdata[0]);
            }
        }
        /* an event reported only to be rejected is said not to have
         * happened: there is no figure to dispute ("dismissed reports that
         * North Korean soldiers were fighting in Kursk as fake news") */
        if (claim->type == CC_CLAIM_EVENT && claim->modality == CC_MODALITY_DISPUTED)
            claim->modality = CC_MODALITY_NEGATED;
        g_autofree char *head =
            claim->attribution ? cc_modality_definite_head(claim->attribution) : NULL;
        char *named = head ? antecedent(extractor, text, sentences, seen, found,
                                       c->sentence_start, claim->attribution + 4, head)
                           : NULL;
        /* a description that points back to no one is written without
         * its article when it is more than a noun: "spy agency", not
         * "the spy agency" (a bare noun keeps it: "the agency") */
        if (named == NULL && head != NULL && strchr(claim->attribution + 4, ' ') != NULL)
            named = g_strdup(claim->attribution + 4);
        if (named == NULL && claim->attribution != NULL && bare_name(claim->attribution))
            named = fuller_name(extractor, text, sentences, seen, c->sentence_start,
                                claim->attribution);
        /* "he told reporters": the person named as a speaker in one of the
         * two sentences before, else no one; "it said": the body so named;
         * "they said": the many so named ("lawmakers", "officials") */
        PronounKind kind = PRONOUN_PERSON;
        if (named == NULL && claim->attribution != NULL && pronoun(claim->attribution, &kind)) {
            named = pronoun_antecedent(extractor, text, sentences, seen, c->sentence_start,
                                       c->value_start, kind);
            if (named == NULL)
                g_clear_pointer(&claim->attribution, g_free);
        }
        if (named != NULL) {
            g_free(claim->attribution);
            claim->attribution = named;
        }
        /* a table's row names its source in a column of sources: "NIS"
         * in "Second contingent | ~3,000 | NIS" under "Wave | Size |
         * Source" */
        if (claim->attribution == NULL) {
            claim->attribution = table_source(text, cc_source_body_offset(source),
                                              c->sentence_start, c->sentence_end);
            if (claim->attribution != NULL && claim->modality < CC_MODALITY_REPORTED)
                claim->modality = CC_MODALITY_REPORTED;
        }
        /* "… about 1,000 wounded in Kursk. This was stated by South Korean
         * lawmaker Lee Seong-kweun": the next sentence names the source
         * of a claim that names none */
        if (claim->attribution == NULL && claim->type != CC_CLAIM_EVENT) {
            if (c->sentence_start != back_sentence) {
                back_sentence = c->sentence_start;
                g_clear_pointer(&back_speaker, g_free);
                guint s = first_sentence_from(sentences, c->sentence_start);
                if (s + 1 < sentences->len
                    && g_array_index(sentences, CcSpan, s).start == c->sentence_start) {
                    const CcSpan *next = &g_array_index(sentences, CcSpan, s + 1);
                    back_speaker = points_back_speaker(text, next->start, next->end);
                }
            }
            claim->attribution = g_strdup(back_speaker);
            if (claim->attribution != NULL && claim->modality < CC_MODALITY_REPORTED)
                claim->modality = CC_MODALITY_REPORTED;
        }
        /* a quote alone goes on with the speaker of the quote just before
         * it: "\"We are seeing heavy losses,\" a Ukrainian official said.
         * \"More than 200 were killed last week alone.\"" */
        guint qs = first_sentence_from(sentences, c->sentence_start);
        if (claim->attribution == NULL && claim->type != CC_CLAIM_EVENT
            && (quote_alone(text, c->sentence_start, c->sentence_end)
                || (qs > 0 && qs < sentences->len
                    && quote_goes_on(text, g_array_index(sentences, CcSpan, qs - 1).start,
                                     g_array_index(sentences, CcSpan, qs - 1).end,
                                     c->sentence_start, c->sentence_end)))) {
            guint s = qs;
            /* back over the quote's own sentences that name no one (at
             * most three), to the nearest that holds a quote and names its
             * speaker: "\"We have seen heavy losses,\" Ryder said. \"About
             * 8,000 are in Kursk. ¶ \"About 1,000 of them were killed.\"" */
            for (guint p = s, hops = 0;
                 hops < 3 && p > 0 && g_array_index(sentences, CcSpan, s).start == c->sentence_start;
                 hops++) {
                const CcSpan *prev = &g_array_index(sentences, CcSpan, --p);
                /* right before a quote that closes in its own sentence, a
                 * sentence that holds none but names a speaker of what it
                 * reports speaks on as well, as a paragraph that
                 * paraphrases and then quotes goes:
                 * "Pyongyang's soldiers keep coming, a Ukrainian commander
                 * said. \"A couple of thousand are moving toward Kursk.\"" */
                if (!holds_quote(text, prev->start, prev->end)
                    && (hops > 0 || !quote_closes(text, c->sentence_start, c->sentence_end)))
                    break;
                /* one that only describes its speaker speaks on as well:
                 * "\"The losses are enormous,\" the commander of the 95th
                 * brigade told the BBC. ¶ \"We have counted more than 300
                 * dead.\"" */
                g_autoptr(GPtrArray) described = NULL;
                GPtrArray *names =
                    speakers_or_described(extractor, text, sentences, seen, p, &described);
                if (names->len > 0) {
                    /* a quote that opens its sentence is the first speaker's
                     * named after it, not the outlet's that relays it:
                     * "\"…,\" Puls said, Sky News reported." is Puls's */
                    gsize o = prev->start;
                    while (o < prev->end && g_ascii_isspace(text[o]))
                        o++;
                    guint pick = cc_double_quote_at(text, o, prev->end) > 0 ? 0 : names->len - 1;
                    claim->attribution = g_strdup(names->pdata[pick]);
                    if (claim->modality < CC_MODALITY_REPORTED)
                        claim->modality = CC_MODALITY_REPORTED;
                    break;
                }
                if (!quote_alone(text, prev->start, prev->end))
                    break;
            }
        }
        /* a quote left open in the claim's sentence that closes in one of
         * the next three, its speaker named after the close, is that
         * speaker's: "\"We have seen about 11,000 North Korean soldiers,
         * and more are coming. They are thrown into assaults in waves,\"
         * Zelensky told reporters." */
        if (claim->attribution == NULL && claim->type != CC_CLAIM_EVENT && qs < sentences->len
            && g_array_index(sentences, CcSpan, qs).start == c->sentence_start
            && quote_left_open(text, c->sentence_start, c->sentence_end, c->value_start)) {
            for (guint p = qs + 1; p < sentences->len && p <= qs + 3; p++) {
                const CcSpan *next = &g_array_index(sentences, CcSpan, p);
                gsize close = first_quote_end(text, next->start, next->end);
                if (close == 0)
                    continue; /* the quote goes on */
                gsize k = close;
                while (k < next->end && (g_ascii_isspace(text[k]) || text[k] == ','))
                    k++;
                if (k >= next->end || text[k] == '.')
                    break; /* closed with no speaker after it */
                g_autoptr(GPtrArray) described = NULL;
                GPtrArray *names =
                    speakers_or_described(extractor, text, sentences, seen, p, &described);
                if (names->len > 0) {
                    claim->attribution = g_strdup(names->pdata[names->len - 1]);
                    if (claim->modality < CC_MODALITY_REPORTED)
                        claim->modality = CC_MODALITY_REPORTED;
                }
                break;
            }
        }
        /* "… now puts North Korean casualties at roughly 3,500. That is
         * up from 3,000 a fortnight ago": a figure set against the count
         * the sentence before made, with no source of its own, is that
         * count's source's earlier or other figure */
        guint cs = first_sentence_from(sentences, c->sentence_start);
        /* …and so is a figure its sentence opens by calling the earlier
         * one ("The earlier figure, given to lawmakers in the spring, was
         * 600"), when the sentence before made a count of the same key */
        gboolean earlier = claim->attribution == NULL && !c->compared_back && cs > 0
                           && claim->type == CC_CLAIM_QUANTITY
                           && opens_with_earlier_figure(text, c->sentence_start, c->sentence_end);
        for (guint k = records->len;
             claim->attribution == NULL && (c->compared_back || earlier) && cs > 0 && k-- > 0;) {
            /* the last claim of the pack's the sentence before made */
            const CcClaim *before = records->pdata[k];
            if (before->sentence_start < g_array_index(sentences, CcSpan, cs - 1).start)
                break;
            if (before->key == NULL || before->sentence_start >= c->sentence_start)
                continue;
            if (earlier && g_strcmp0(before->key, claim->key) != 0)
                break;
            if (before->attribution != NULL) {
                claim->attribution = g_strdup(before->attribution);
                if (claim->modality < CC_MODALITY_REPORTED)
                    claim->modality = CC_MODALITY_REPORTED;
            }
            break;
        }
        /* "North Korea has lost about 3,000 soldiers killed or wounded,
         * Ukraine's military intelligence said. Those include roughly 800
         * dead.": a figure with no source of its own in a sentence that
         * opens by taking up the count the sentence before made, a part
         * of it ("Those include", "Of those,") or that figure again ("The
         * figure was about 60 last spring"), is that count's source's, as
         * firmly as it told the count (reported, or hedged for an
         * estimate); a part with no date of its own speaks of the count's
         * day ("In its January assessment, … Of those, …") */
        const CcClaim *taken_from = NULL;
        TakenUp taken = claim->attribution == NULL && !c->compared_back && !earlier && cs > 0
                                && claim->type == CC_CLAIM_QUANTITY
                            ? opens_taking_up_count(text, c->sentence_start, c->sentence_end)
                            : TAKEN_UP_NONE;
        for (guint k = records->len; taken != TAKEN_UP_NONE && k-- > 0;) {
            const CcClaim *before = records->pdata[k];
            if (before->sentence_start < g_array_index(sentences, CcSpan, cs - 1).start)
                break;
            if (before->key == NULL || before->type != CC_CLAIM_QUANTITY
                || before->sentence_start >= c->sentence_start)
                continue;
            if ((taken == TAKEN_UP_SAME && g_strcmp0(before->key, claim->key) != 0)
                || before->modality < CC_MODALITY_REPORTED
                || before->modality > CC_MODALITY_HEDGED)
                break;
            taken_from = before;
            if (before->attribution != NULL)
                claim->attribution = g_strdup(before->attribution);
            if (claim->modality < before->modality)
                claim->modality = before->modality;
            break;
        }
        /* "South Korea's spy agency gave lawmakers three new findings on
         * Thursday. First, about 3,000 more … Second, …": a figure with
         * no source of its own in a sentence an enumerator opens
         * ("First,", "Second,", "Finally,") is the speaker's named in the
         * sentence that leads the list, the one before its first item */
        if (claim->attribution == NULL && claim->type != CC_CLAIM_EVENT && cs < sentences->len
            && g_array_index(sentences, CcSpan, cs).start == c->sentence_start
            && opens_with_enumerator(text, c->sentence_start, c->sentence_end)) {
            guint lead = cs;
            while (lead > 0 && cs - lead < 8) {
                const CcSpan *prev = &g_array_index(sentences, CcSpan, lead - 1);
                lead--;
                if (!opens_with_enumerator(text, prev->start, prev->end))
                    break;
            }
            if (lead < cs) {
                const CcSpan *span = &g_array_index(sentences, CcSpan, lead);
                GPtrArray *names = opens_with_enumerator(text, span->start, span->end)
                                       ? NULL
                                       : speakers_of(extractor, text, sentences, seen, lead);
                PronounKind other;
                for (guint k = names != NULL ? names->len : 0; k-- > 0;)
                    if (!pronoun(names->pdata[k], &other)) {
                        claim->attribution = g_strdup(names->pdata[k]);
                        break;
                    }
                /* else the body that opens it, whatever its verb ("…'s spy
                 * agency gave lawmakers three new findings") */
                if (claim->attribution == NULL && names != NULL)
                    claim->attribution =
                        opening_body(text, span->start, span->end, (GStrv)speaking_bodies, FALSE);
                /* or, a lead that names only a document of the body
                 * that opens the sentence before it, that body ("The
                 * Royal United Services Institute published its review on
                 * Wednesday. Three figures stand out in the report. First,
                 * …") */
                if (claim->attribution == NULL && names != NULL && lead > 0
                    && names_document(text, span->start, span->end)) {
                    const CcSpan *before = &g_array_index(sentences, CcSpan, lead - 1);
                    claim->attribution = opening_body(text, before->start, before->end,
                                                      (GStrv)speaking_bodies, FALSE);
                }
                if (claim->attribution != NULL && claim->modality < CC_MODALITY_REPORTED)
                    claim->modality = CC_MODALITY_REPORTED;
            }
        }
        /* the lede, first of the body, with no source of its own speaks
         * for the headline's speaker: under "North Korea has sent 3,000
         * more troops, Pentagon says", "The new units joined about 11,000
         * North Korean soldiers already in Kursk" is the Pentagon's */
        if (claim->attribution == NULL && claim->type != CC_CLAIM_EVENT && sentences->len > 0
            && g_array_index(sentences, CcSpan, 0).start == c->sentence_start) {
            if (!head_read) {
                head_read = TRUE;
                head_speaker = headline_speaker(cc_source_header(source, "title"));
            }
            if (head_speaker != NULL) {
                claim->attribution = g_strdup(head_speaker);
                if (claim->modality < CC_MODALITY_REPORTED)
                    claim->modality = CC_MODALITY_REPORTED;
            }
        }
        /* a transcript's quote after its speaker's label is the speaker's:
         * "[Lee Seong-kweun / People Power Party lawmaker] \"… about 1,000
         * sappers …\"" */
        if (claim->attribution == NULL && claim->type != CC_CLAIM_EVENT) {
            char *label = label_speaker(text, c->sentence_start, c->sentence_end);
            if (label != NULL) {
                claim->attribution = label;
                if (claim->modality < CC_MODALITY_REPORTED)
                    claim->modality = CC_MODALITY_REPORTED;
            }
        }
        /* a transcript's turn goes on past its first sentence: "ADM.
         * PAPARO: Yes, ma'am. North Korea has lost about 4,000 …" */
        if (claim->attribution == NULL && claim->type != CC_CLAIM_EVENT) {
            guint s = first_sentence_from(sentences, c->sentence_start);
            char *turn = s < sentences->len
                                 && g_array_index(sentences, CcSpan, s).start == c->sentence_start
                             ? turn_speaker(extractor, text, sentences, s)
                             : NULL;
            if (turn != NULL) {
                claim->attribution = turn;
                if (claim->modality < CC_MODALITY_REPORTED)
                    claim->modality = CC_MODALITY_REPORTED;
            }
        }
        /* so does a turn a transcription service opens with its speaker
         * and the time on a line of their own: "John Kirby: (03:12)" */
        if (claim->attribution == NULL && claim->type != CC_CLAIM_EVENT) {
            gsize line = line_start(text, c->sentence_start);
            if (line != turn_line) {
                turn_line = line;
                g_free(turn_line_speaker);
                turn_line_speaker = timed_turn_speaker(text, line);
            }
            char *turn = g_strdup(turn_line_speaker);
            if (turn != NULL) {
                claim->attribution = turn;
                if (claim->modality < CC_MODALITY_REPORTED)
                    claim->modality = CC_MODALITY_REPORTED;
            }
        }
        /* "Kyiv says 3,000 North Korean soldiers have been killed. Moscow
         * denies it.": a claim its source makes, that the next sentence
         * only denies, or finds nothing to bear out ("There is no sign of
         * it."), is set against the denial or the doubt, as one in a
         * clause of its own after it is (src/modality.c); one the writer
         * states stays stated */
        if (claim->attribution != NULL && claim->type != CC_CLAIM_EVENT
            && claim->modality <= CC_MODALITY_HEDGED) {
            guint s = first_sentence_from(sentences, c->sentence_start);
            if (s + 1 < sentences->len
                && g_array_index(sentences, CcSpan, s).start == c->sentence_start) {
                const CcSpan *next = &g_array_index(sentences, CcSpan, s + 1);
                if (denies_sentence_before(cc_ruleset_lexicon(extractor->rules), text,
                                           next->start, next->end)
                    || cc_modality_finds_nothing_for(text, next->start, next->end))
                    claim->modality = CC_MODALITY_DISPUTED;
            }
        }
        Moment moment = claim_as_of(extractor, text, sentences, i, candidates, doc_day);
        claim->as_of = moment.first;
        claim->as_of_end = moment.last != moment.first ? moment.last : 0;
        if (taken_from != NULL && taken == TAKEN_UP_PART && doc_day != 0
            && moment.first == doc_day && moment.last == doc_day) {
            claim->as_of = taken_from->as_of;
            claim->as_of_end = taken_from->as_of_end;
        }
        claim->tolerance = rule->tolerance;
        claim->tolerance_abs = rule->tolerance_abs;
        claim->window_days = rule->window_days;
        claim->cumulative = rule->cumulative;
        claim->explain = g_steal_pointer(&c->explain);
        g_ptr_array_add(records, g_steal_pointer(&claim));
    }
    return records;
}

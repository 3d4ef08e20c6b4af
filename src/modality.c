/* modality.c: how firmly a sentence states a claim, NegEx/ConText style.
 * Cues from the lexicon's `modality` table act on a claim before or after
 * them within a few words, never across a `terminators` phrase; the
 * strongest cue wins (disputed > negated > hypothetical > hedged > reported).
 * Attribution patterns name who is said to make the claim. */
#include "internal.h"

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

struct _CcModalityScope {
    const CcLexicon *lexicon;
    GPtrArray *attributions; /* CcPattern*, not owned */
    CcPattern *cues;         /* alternation of the modality table, or NULL */
    CcPattern *terminators;  /* alternation of the terminators table, or NULL */
    /* Match data for each pattern above, made once: a scope serves one
     * thread at a time. */
    CcMatch *cue_match, *terminator_match;
    GPtrArray *attribution_matches; /* (element-type CcMatch) parallel to attributions */
};

/* An alternation of @table's phrases, longest first, with word boundaries
 * where a phrase begins or ends with a letter or digit (";" needs none). */
static CcPattern *
phrase_pattern(const CcLexicon *lexicon, const char *table)
{
    GPtrArray *entries = lexicon ? cc_lexicon_entries(lexicon, table) : NULL;
    if (entries == NULL || entries->len == 0)
        return NULL;
    GString *re = g_string_new("(?:");
    for (guint i = 0; i < entries->len; i++) {
        const CcLexiconEntry *e = entries->pdata[i];
        gsize n = strlen(e->phrase);
        if (i > 0)
            g_string_append_c(re, '|');
        if (g_ascii_isalnum(e->phrase[0]))
            g_string_append(re, "\\b");
        for (const char *p = e->phrase; *p; p++) {
            if (*p == ' ')
                g_string_append(re, "\\s+");
            else if (strchr("\\^$.|?*+()[]{}-#", *p))
                g_string_append_printf(re, "\\%c", *p);
            else
                g_string_append_c(re, *p);
        }
        if (g_ascii_isalnum(e->phrase[n - 1]))
            g_string_append(re, "\\b");
    }
    g_string_append_c(re, ')');
    g_autoptr(GError) error = NULL;
    CcPattern *pattern = cc_pattern_new(re->str, NULL, &error);
    /* Phrases are escaped, so the alternation always compiles. */
    if (pattern == NULL)
        g_warning("lexicon %s: %s", table, error->message);
    g_string_free(re, TRUE);
    return pattern;
}

CcModalityScope *
cc_modality_scope_new(const CcLexicon *lexicon, GPtrArray *attributions)
{
    CcModalityScope *scope = g_new0(CcModalityScope, 1);
    scope->lexicon = lexicon;
    scope->attributions = attributions;
    scope->cues = phrase_pattern(lexicon, "modality");
    scope->terminators = phrase_pattern(lexicon, "terminators");
    scope->cue_match = scope->cues ? cc_match_new(scope->cues) : NULL;
    scope->terminator_match = scope->terminators ? cc_match_new(scope->terminators) : NULL;
    scope->attribution_matches = g_ptr_array_new_with_free_func((GDestroyNotify)cc_match_free);
    for (guint i = 0; attributions && i < attributions->len; i++)
        g_ptr_array_add(scope->attribution_matches, cc_match_new(attributions->pdata[i]));
    return scope;
}

void
cc_modality_scope_free(CcModalityScope *scope)
{
    if (scope == NULL)
        return;
    cc_pattern_free(scope->cues);
    cc_pattern_free(scope->terminators);
    cc_match_free(scope->cue_match);
    cc_match_free(scope->terminator_match);
    g_ptr_array_unref(scope->attribution_matches);
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

static gboolean
blocked(const GArray *terminators, gsize a, gsize b)
{
    for (guint i = 0; i < terminators->len; i++) {
        Range r = g_array_index(terminators, Range, i);
        if (r.start >= a && r.end <= b)
            return TRUE;
    }
    return FALSE;
}

/* Does "that" follow @at? A cue or attribution followed by "that" introduces
 * what comes after it ("analysts say that …"), not what came before. */
static gboolean
that_follows(const char *text, gsize at, gsize end)
{
    while (at < end && g_ascii_isspace(text[at]))
        at++;
    return end - at >= 4 && g_ascii_strncasecmp(text + at, "that", 4) == 0
           && (end - at == 4 || !g_ascii_isalnum(text[at + 4]));
}

static GArray *
find_terminators(const CcModalityScope *scope, const char *text, gsize start, gsize end)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(Range));
    if (scope->terminators == NULL)
        return out;
    CcMatch *m = scope->terminator_match;
    gsize pos = start;
    while (pos < end && cc_pattern_match(scope->terminators, m, text, end, pos) == CC_MATCH_FOUND) {
        Range r;
        if (!cc_match_group(m, 0, &r.start, &r.end))
            break;
        g_array_append_val(out, r);
        pos = r.end > r.start ? r.end : r.start + 1;
    }
    return out;
}

typedef struct {
    gsize start, end;
    CcModality modality;
    Side side;
    gboolean forward_only; /* followed by "that": introduces what comes after */
} Cue;

/* Does @cue reach the claim at [ms, me)? */
static gboolean
cue_acts(const char *text, const GArray *terminators, const GArray *cues, const Cue *cue,
         gsize ms, gsize me)
{
    if (cue->start < me && cue->end > ms)
        return TRUE; /* inside the claim ("possibly even millions") */
    if (cue->end <= ms) {
        guint window = cue->modality == CC_MODALITY_NEGATED ? NEGATED_WINDOW : PRE_WINDOW;
        return cue->side != SIDE_POST && words_between(text, cue->end, ms) <= window
               && !blocked(terminators, cue->end, ms);
    }
    if (cue->side == SIDE_PRE || cue->forward_only)
        return FALSE;
    if (words_between(text, me, cue->start) > POST_WINDOW || blocked(terminators, me, cue->start))
        return FALSE;
    /* "troops, analysts say that the regime may …": "say that" opens a new
     * clause, and "may" belongs to it. */
    for (guint i = 0; i < cues->len; i++) {
        const Cue *c = &g_array_index(cues, Cue, i);
        if (c->forward_only && c->start >= me && c->end <= cue->start)
            return FALSE;
    }
    return TRUE;
}

static GArray *
find_cues(const CcModalityScope *scope, const char *text, gsize start, gsize end)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(Cue));
    if (scope->cues == NULL)
        return out;
    CcMatch *m = scope->cue_match;
    gsize pos = start;
    while (pos < end && cc_pattern_match(scope->cues, m, text, end, pos) == CC_MATCH_FOUND) {
        Cue cue = {0};
        if (!cc_match_group(m, 0, &cue.start, &cue.end))
            break;
        pos = cue.end > cue.start ? cue.end : cue.start + 1;
        const CcLexiconEntry *e = cc_lexicon_lookup(scope->lexicon, "modality", text + cue.start,
                                                    (gssize)(cue.end - cue.start));
        if (e == NULL || !parse_cue_value(e->value, &cue.modality, &cue.side))
            continue;
        cue.forward_only = that_follows(text, cue.end, end);
        g_array_append_val(out, cue);
    }
    return out;
}

static char *
clean_who(const char *text, gsize a, gsize b)
{
    while (a < b && (g_ascii_isspace(text[a]) || text[a] == ','))
        a++;
    while (b > a && (g_ascii_isspace(text[b - 1]) || strchr(",.;:", text[b - 1])))
        b--;
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
    return b > a ? g_strndup(text + a, b - a) : NULL;
}

/* The attribution nearest the claim that reaches it, or NULL. */
static char *
find_attribution(const CcModalityScope *scope, const char *text, const GArray *terminators,
                 gsize ss, gsize se, gsize ms, gsize me)
{
    if (scope->attributions == NULL)
        return NULL;
    gsize best_gap = G_MAXSIZE, best_a = 0, best_b = 0;
    for (guint i = 0; i < scope->attributions->len; i++) {
        const CcPattern *p = scope->attributions->pdata[i];
        int who = cc_pattern_group_index(p, "who");
        if (who < 0)
            continue;
        CcMatch *m = scope->attribution_matches->pdata[i];
        gsize pos = ss;
        while (pos < se && cc_pattern_match(p, m, text, se, pos) == CC_MATCH_FOUND) {
            gsize as, ae, ws, we;
            if (!cc_match_group(m, 0, &as, &ae))
                break;
            pos = ae > pos ? ae : pos + 1;
            if (!cc_match_group(m, who, &ws, &we) || we <= ws)
                continue;
            if (ws < me && we > ms)
                continue; /* the claim is not its own source */
            gsize gap;
            if (ae <= ms) {
                if (blocked(terminators, ae, ms))
                    continue;
                gap = ms - ae;
            } else if (as >= me) {
                if (blocked(terminators, me, as) || that_follows(text, ae, se)
                    || (ae - as >= 4 && g_ascii_strncasecmp(text + ae - 4, "that", 4) == 0))
                    continue;
                gap = as - me;
            } else {
                gap = 0;
            }
            if (gap < best_gap) {
                best_gap = gap;
                best_a = ws;
                best_b = we;
            }
        }
    }
    return best_gap == G_MAXSIZE ? NULL : clean_who(text, best_a, best_b);
}

CcModality
cc_modality_assess(const CcModalityScope *scope, const char *text, gsize sentence_start,
                   gsize sentence_end, gsize match_start, gsize match_end, char **attribution)
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
    sentence_start = lo;
    sentence_end = hi;

    g_autoptr(GArray) terminators = find_terminators(scope, text, sentence_start, sentence_end);
    g_autoptr(GArray) cues = find_cues(scope, text, sentence_start, sentence_end);
    CcModality best = CC_MODALITY_ASSERTED;
    for (guint i = 0; i < cues->len; i++) {
        const Cue *cue = &g_array_index(cues, Cue, i);
        if (cue->modality > best
            && cue_acts(text, terminators, cues, cue, match_start, match_end))
            best = cue->modality;
    }

    g_autofree char *who = find_attribution(scope, text, terminators, sentence_start,
                                            sentence_end, match_start, match_end);
    if (who != NULL && best < CC_MODALITY_REPORTED)
        best = CC_MODALITY_REPORTED;
    if (attribution)
        *attribution = g_steal_pointer(&who);
    return best;
}

/* SPDX-License-Identifier: MIT */
/* prefilter.c: the anchors a pattern declares (the strings a sentence
 * must hold for the pattern to be tried there), and an Aho-Corasick
 * automaton that checks many such requirements in one pass. The anchors
 * are the rule author's ("anchors" lines, rules/README.md): nothing here
 * reads a regex. */
#include "prefilter.h"

#include <stdarg.h>
#include <string.h>

typedef GPtrArray Clause; /* (element-type interned utf8) */

static int
by_string(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Each clause's strings once, sorted: the same text for the same need. */
static void
sort_clause(Clause *c)
{
    g_ptr_array_sort(c, by_string);
    for (guint j = c->len; j > 1; j--)
        if (strcmp(c->pdata[j - 1], c->pdata[j - 2]) == 0)
            g_ptr_array_remove_index(c, j - 1);
}

/* The longest run of ASCII letters and digits in @phrase, folded to lower
 * case and interned; NULL when it has none. A table's phrase is matched
 * as written, whatever the spaces between its words: a match holds each
 * of its runs. */
static const char *
longest_run(const char *phrase)
{
    gsize best = 0, best_len = 0;
    for (gsize i = 0; phrase[i];) {
        if (!g_ascii_isalnum(phrase[i])) {
            i++;
            continue;
        }
        gsize j = i;
        while (g_ascii_isalnum(phrase[j]))
            j++;
        if (j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j;
    }
    if (best_len == 0)
        return NULL;
    g_autofree char *run = g_ascii_strdown(phrase + best, (gssize)best_len);
    return g_intern_string(run);
}

static gboolean
fail_at(char **message, gsize *offset, gsize at, const char *format, ...) G_GNUC_PRINTF(4, 5);

static gboolean
fail_at(char **message, gsize *offset, gsize at, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    *message = g_strdup_vprintf(format, ap);
    va_end(ap);
    *offset = at;
    return FALSE;
}

/* One string of a clause at text[*i]: a run of letters, digits and
 * apostrophes, "\\b" before it, after it or both for one with no ASCII
 * letter or digit beside it on that side (a whole word: "\\bput\\b" is not
 * in "deputy"), or "{@table}" (every phrase of the table, by its longest
 * run of letters and digits). */
static gboolean
read_string(const char *text, gsize *i, const CcLexicon *lexicon, Clause *clause,
            char **message, gsize *offset)
{
    gsize at = *i;
    if (text[at] == '{' && text[at + 1] == '@') {
        gsize j = at + 2;
        while (g_ascii_isalnum(text[j]) || text[j] == '_')
            j++;
        if (j == at + 2 || text[j] != '}')
            return fail_at(message, offset, at, "anchors: '{@' wants a table name and '}'");
        g_autofree char *name = g_strndup(text + at + 2, j - at - 2);
        GPtrArray *entries = lexicon ? cc_lexicon_entries(lexicon, name) : NULL;
        if (entries == NULL)
            return fail_at(message, offset, at, "undefined lexicon table '%s' in {@%s}", name,
                           name);
        for (guint k = 0; k < entries->len; k++) {
            const CcLexiconEntry *e = entries->pdata[k];
            const char *run = longest_run(e->phrase);
            if (run == NULL)
                return fail_at(message, offset, at,
                               "anchors: table '%s' has the phrase '%s', with no letter or "
                               "digit to look for",
                               name, e->phrase);
            g_ptr_array_add(clause, (gpointer)run);
        }
        *i = j + 1;
        return TRUE;
    }
    gboolean before = text[at] == '\\' && text[at + 1] == 'b';
    gsize from = before ? at + 2 : at, j = from;
    while (g_ascii_isalnum(text[j]) || text[j] == '\'')
        j++;
    if (j == from)
        return fail_at(message, offset, j,
                       "anchors wants strings of letters, digits and apostrophes (\\b before or "
                       "after one for a word's edge) or {@table}, joined by '|' within a clause "
                       "and ' & ' between clauses");
    gboolean after = text[j] == '\\' && text[j + 1] == 'b';
    g_autofree char *run = g_ascii_strdown(text + from, (gssize)(j - from));
    g_autofree char *written =
        g_strconcat(before ? "\\b" : "", run, after ? "\\b" : "", NULL);
    g_ptr_array_add(clause, (gpointer)g_intern_string(written));
    *i = after ? j + 2 : j;
    return TRUE;
}

CcRequirement *
cc_requirement_parse(const char *text, const CcLexicon *lexicon, gsize *error_offset,
                     char **message)
{
    g_return_val_if_fail(text != NULL && error_offset != NULL && message != NULL, NULL);
    *message = NULL;
    GPtrArray *cnf = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    gsize i = 0;
    for (;;) {
        while (text[i] == ' ' || text[i] == '\t')
            i++;
        Clause *clause = g_ptr_array_new();
        g_ptr_array_add(cnf, clause);
        for (;;) {
            if (!read_string(text, &i, lexicon, clause, message, error_offset)) {
                g_ptr_array_unref(cnf);
                return NULL;
            }
            if (text[i] != '|')
                break;
            i++;
        }
        sort_clause(clause);
        while (text[i] == ' ' || text[i] == '\t')
            i++;
        if (text[i] == '\0')
            break;
        if (text[i] != '&') {
            fail_at(message, error_offset, i,
                    "anchors: '%c' here; clauses are joined by ' & ', strings by '|'", text[i]);
            g_ptr_array_unref(cnf);
            return NULL;
        }
        i++;
    }
    CcRequirement *req = g_new0(CcRequirement, 1);
    req->clauses = cnf;
    return req;
}

CcRequirement *
cc_requirement_none(void)
{
    CcRequirement *req = g_new0(CcRequirement, 1);
    req->clauses = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    return req;
}

void
cc_requirement_free(CcRequirement *req)
{
    if (req == NULL)
        return;
    g_ptr_array_unref(req->clauses);
    g_free(req);
}

char *
cc_requirement_to_string(const CcRequirement *req)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < req->clauses->len; i++) {
        const Clause *c = req->clauses->pdata[i];
        if (i > 0)
            g_string_append(s, " & ");
        for (guint j = 0; j < c->len; j++) {
            if (j > 0)
                g_string_append_c(s, '|');
            g_string_append(s, c->pdata[j]);
        }
    }
    return g_string_free(s, FALSE);
}

/* The automaton reads letters (folded to lower case), digits and
 * apostrophes (' and RIGHT SINGLE QUOTATION MARK, as a pattern's ['’]
 * takes either); every other byte is a break. Class 38 is the first byte
 * of a character read as one of these (CLASS_LOOKALIKE), which the scan
 * reads apart. */
#define N_CLASSES 39
#define CLASS_APOSTROPHE 37
/* A delta entry's bit for "a string ends here or on its fail chain, or
 * the byte is a CLASS_LOOKALIKE's": the scan's slow path */
#define DELTA_SLOW 0x80000000u

/* A string written "\\bput\\b" meets its clause only with no ASCII letter
 * or digit right before (EDGE_BEFORE) and after it (EDGE_AFTER). */
#define EDGE_BEFORE 1u
#define EDGE_AFTER 2u

struct _CcPrefilter {
    /* Built by cc_prefilter_add(). */
    GHashTable *string_ids;  /* string -> id + 1 */
    GPtrArray *strings;      /* (element-type utf8) by id */
    GArray *string_clauses;  /* (element-type GArray of guint) by string id: clauses it meets */
    GArray *string_edged;    /* (element-type GArray of guint) by string id: the clauses it
                              * meets with edges ("\\bput\\b"), each as clause * 4 plus the
                              * EDGE_ bits it wants; NULL for none */
    GArray *req_clauses;     /* (element-type GArray of guint) by requirement: its clauses */
    GHashTable *clause_ids;  /* a clause's strings, "a|b|c" -> its id + 1: the same
                              * clause in many requirements is met once */
    guint n_clauses;
    /* Built at the first scan. */
    gboolean built;
    /* state * N_CLASSES + class -> the next state's row (state *
     * N_CLASSES), plus DELTA_SLOW when a string ends there or on its fail
     * chain; the CLASS_LOOKALIKE column holds DELTA_SLOW alone */
    guint32 *delta;
    gint32 *out;     /* by state: string id ending here, or -1 */
    guint32 *dict;   /* by state: the next state on the fail chain with an output, or 0 */
    /* The last scan: a clause was met when its stamp is the scan's. */
    guint32 scan;
    guint32 *clause_met;
    gsize *clause_last; /* by clause: start of its last occurrence, when met */
    guint8 *string_len; /* by string id, capped at 255 */
    /* CLAIMCHECK_ANCHORS=ignore: every requirement holds, so every pattern
     * is tried in every sentence (a testing aid: tests/cli/anchors_hide.sh
     * checks that declared anchors never hold a match back) */
    gboolean ignore;
};

static guint8 byte_class[256];

/* The class of the first bytes of KELVIN SIGN and LONG S, which case-
 * insensitive UTF-8 matching takes for 'k' and 's', and of RIGHT SINGLE
 * QUOTATION MARK, an apostrophe (otherwise class 0). */
#define CLASS_LOOKALIKE 38

static void
init_classes(void)
{
    static gsize done = 0;
    if (g_once_init_enter(&done)) {
        for (int c = 'a'; c <= 'z'; c++) {
            byte_class[c] = (guint8)(1 + c - 'a');
            byte_class[c - 'a' + 'A'] = (guint8)(1 + c - 'a');
        }
        for (int c = '0'; c <= '9'; c++)
            byte_class[c] = (guint8)(27 + c - '0');
        byte_class['\''] = CLASS_APOSTROPHE;
        byte_class[0xE2] = byte_class[0xC5] = CLASS_LOOKALIKE;
        g_once_init_leave(&done, 1);
    }
}

static void
garray_unref(gpointer p)
{
    if (*(GArray **)p != NULL)
        g_array_unref(*(GArray **)p);
}

CcPrefilter *
cc_prefilter_new(void)
{
    init_classes();
    CcPrefilter *f = g_new0(CcPrefilter, 1);
    f->string_ids = g_hash_table_new(g_str_hash, g_str_equal);
    f->strings = g_ptr_array_new_with_free_func(g_free);
    f->string_clauses = g_array_new(FALSE, FALSE, sizeof(GArray *));
    g_array_set_clear_func(f->string_clauses, garray_unref);
    f->string_edged = g_array_new(FALSE, TRUE, sizeof(GArray *));
    g_array_set_clear_func(f->string_edged, garray_unref);
    f->req_clauses = g_array_new(FALSE, FALSE, sizeof(GArray *));
    g_array_set_clear_func(f->req_clauses, garray_unref);
    f->clause_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    f->ignore = g_strcmp0(g_getenv("CLAIMCHECK_ANCHORS"), "ignore") == 0;
    return f;
}

void
cc_prefilter_free(CcPrefilter *filter)
{
    if (filter == NULL)
        return;
    g_hash_table_unref(filter->string_ids);
    g_ptr_array_unref(filter->strings);
    g_array_unref(filter->string_clauses);
    g_array_unref(filter->string_edged);
    g_array_unref(filter->req_clauses);
    g_hash_table_unref(filter->clause_ids);
    g_free(filter->delta);
    g_free(filter->out);
    g_free(filter->dict);
    g_free(filter->clause_met);
    g_free(filter->clause_last);
    g_free(filter->string_len);
    g_free(filter);
}

/* The id of clause @c (its strings sorted, each once: sort_clause()),
 * made on its first sight: a string's occurrence then meets it once,
 * however many requirements hold it. */
static guint
clause_id(CcPrefilter *f, const Clause *c)
{
    GString *key = g_string_new(NULL);
    for (guint j = 0; j < c->len; j++) {
        if (j > 0)
            g_string_append_c(key, '|');
        g_string_append(key, c->pdata[j]);
    }
    guint id = GPOINTER_TO_UINT(g_hash_table_lookup(f->clause_ids, key->str));
    if (id != 0) {
        g_string_free(key, TRUE);
        return id - 1;
    }
    id = f->n_clauses++;
    g_hash_table_insert(f->clause_ids, g_string_free(key, FALSE), GUINT_TO_POINTER(id + 1));
    for (guint j = 0; j < c->len; j++) {
        const char *written = c->pdata[j];
        guint edges = 0;
        if (g_str_has_prefix(written, "\\b")) {
            edges |= EDGE_BEFORE;
            written += 2;
        }
        g_autofree char *s = g_strdup(written);
        if (g_str_has_suffix(s, "\\b")) {
            edges |= EDGE_AFTER;
            s[strlen(s) - 2] = '\0';
        }
        guint string = GPOINTER_TO_UINT(g_hash_table_lookup(f->string_ids, s));
        if (string == 0) {
            g_ptr_array_add(f->strings, g_strdup(s));
            string = f->strings->len;
            g_hash_table_insert(f->string_ids, f->strings->pdata[string - 1],
                                GUINT_TO_POINTER(string));
            GArray *list = g_array_new(FALSE, FALSE, sizeof(guint));
            g_array_append_val(f->string_clauses, list);
            g_array_set_size(f->string_edged, string);
        }
        if (edges == 0) {
            g_array_append_val(g_array_index(f->string_clauses, GArray *, string - 1), id);
            continue;
        }
        GArray **edged = &g_array_index(f->string_edged, GArray *, string - 1);
        if (*edged == NULL)
            *edged = g_array_new(FALSE, FALSE, sizeof(guint));
        guint entry = id * 4 + edges;
        g_array_append_val(*edged, entry);
    }
    return id;
}

guint
cc_prefilter_add(CcPrefilter *filter, const CcRequirement *req)
{
    g_return_val_if_fail(filter != NULL && req != NULL && !filter->built, 0);
    GArray *clauses = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = 0; i < req->clauses->len; i++) {
        guint clause = clause_id(filter, req->clauses->pdata[i]);
        g_array_append_val(clauses, clause);
    }
    g_array_append_val(filter->req_clauses, clauses);
    return filter->req_clauses->len - 1;
}

/* The trie of every string, then its failure links folded into a full
 * transition table (Aho-Corasick). */
static void
build(CcPrefilter *f)
{
    guint cap = 1;
    for (guint i = 0; i < f->strings->len; i++)
        cap += (guint)strlen(f->strings->pdata[i]);
    g_autofree guint32 *fail = g_new0(guint32, cap);
    f->delta = g_new0(guint32, (gsize)cap * N_CLASSES);
    f->out = g_new(gint32, cap);
    f->dict = g_new0(guint32, cap);
    for (guint i = 0; i < cap; i++)
        f->out[i] = -1;
    guint n = 1;
    for (guint id = 0; id < f->strings->len; id++) {
        guint32 state = 0;
        for (const char *p = f->strings->pdata[id]; *p; p++) {
            guint cls = byte_class[(guint8)*p];
            guint32 *next = &f->delta[(gsize)state * N_CLASSES + cls];
            if (*next == 0)
                *next = n++;
            state = *next;
        }
        f->out[state] = (gint32)id;
    }
    /* Breadth first: a state's failure is known before its children's. */
    g_autofree guint32 *queue = g_new(guint32, cap);
    guint head = 0, tail = 0;
    for (guint cls = 1; cls < N_CLASSES; cls++) {
        guint32 child = f->delta[cls];
        if (child != 0)
            queue[tail++] = child; /* fail[child] = 0 */
    }
    while (head < tail) {
        guint32 state = queue[head++];
        guint32 fs = fail[state];
        f->dict[state] = f->out[fs] >= 0 ? fs : f->dict[fs];
        for (guint cls = 1; cls < N_CLASSES; cls++) {
            guint32 *next = &f->delta[(gsize)state * N_CLASSES + cls];
            guint32 via_fail = f->delta[(gsize)fs * N_CLASSES + cls];
            if (*next == 0) {
                *next = via_fail;
            } else {
                fail[*next] = via_fail;
                queue[tail++] = *next;
            }
        }
    }
    /* The scan steps from row to row and sees at once whether to look for
     * strings ending there. */
    for (gsize k = 0; k < (gsize)n * N_CLASSES; k++) {
        guint32 to = f->delta[k];
        f->delta[k] = k % N_CLASSES == CLASS_LOOKALIKE ? DELTA_SLOW
                      : to * N_CLASSES | (f->out[to] >= 0 || f->dict[to] != 0 ? DELTA_SLOW : 0);
    }
    f->clause_met = g_new0(guint32, f->n_clauses + 1);
    f->clause_last = g_new0(gsize, f->n_clauses + 1);
    f->string_len = g_new0(guint8, f->strings->len + 1);
    for (guint id = 0; id < f->strings->len; id++)
        f->string_len[id] = (guint8)MIN(strlen(f->strings->pdata[id]), 255u);
    f->built = TRUE;
}

/* The edges of the occurrence of a string of @len bytes in text[0, n) that
 * ends before byte @end: EDGE_BEFORE when no ASCII letter or digit stands
 * right before it, EDGE_AFTER right after. Where the occurrence may hold a
 * character of more bytes than one (one read as a letter or apostrophe
 * ends after @wide_end), its start is not known: both edges are taken as
 * found, so an edge is never wanting where a regex's \\b or \\s finds one. */
static guint
edges_at(const guint8 *text, gsize n, gsize end, gsize len, gsize wide_end)
{
    gsize start = end - MIN(end, len);
    if (wide_end > start || len == 255) /* or a length cut to 255 (string_len) */
        return EDGE_BEFORE | EDGE_AFTER;
    guint edges = 0;
    if (start == 0 || !g_ascii_isalnum(text[start - 1]))
        edges |= EDGE_BEFORE;
    if (end == n || !g_ascii_isalnum(text[end]))
        edges |= EDGE_AFTER;
    return edges;
}

/* String @id occurs in text[0, n), ending before byte @end. Its start is at
 * most @end minus its length (a character may take more bytes than one). */
static inline void
meet(CcPrefilter *f, gint32 id, const guint8 *text, gsize n, gsize end, gsize wide_end)
{
    gsize start = end - MIN(end, (gsize)f->string_len[id]);
    const GArray *list = g_array_index(f->string_clauses, GArray *, id);
    for (guint k = 0; k < list->len; k++) {
        guint clause = g_array_index(list, guint, k);
        f->clause_met[clause] = f->scan;
        f->clause_last[clause] = start; /* occurrences come in order */
    }
    const GArray *edged = g_array_index(f->string_edged, GArray *, id);
    if (edged == NULL)
        return;
    guint edges = edges_at(text, n, end, f->string_len[id], wide_end);
    for (guint k = 0; k < edged->len; k++) {
        guint entry = g_array_index(edged, guint, k), clause = entry / 4, wants = entry % 4;
        if ((wants & edges) == wants) {
            f->clause_met[clause] = f->scan;
            f->clause_last[clause] = start;
        }
    }
}

/* Steps the automaton from *@row over the bytes from @p on that end no
 * string (most bytes): returns @end or the first byte that does (or is a
 * CLASS_LOOKALIKE's), *@row the row before it. Out of line, so that the
 * loop keeps no more than the row and the place. */
static G_NO_INLINE const guint8 *
step_quietly(const guint32 *delta, gsize *row, const guint8 *p, const guint8 *end)
{
    gsize r = *row;
    /* four bytes a turn, each step from the last one's row; then one at a
     * time */
    for (; p + 4 <= end; p += 4) {
        gsize a = delta[r + byte_class[p[0]]], b, c, d;
        if (a & DELTA_SLOW)
            goto stop;
        if ((b = delta[a + byte_class[p[1]]]) & DELTA_SLOW) {
            *row = a;
            return p + 1;
        }
        if ((c = delta[b + byte_class[p[2]]]) & DELTA_SLOW) {
            *row = b;
            return p + 2;
        }
        if ((d = delta[c + byte_class[p[3]]]) & DELTA_SLOW) {
            *row = c;
            return p + 3;
        }
        r = d;
    }
    for (; p < end; p++) {
        guint32 step = delta[r + byte_class[*p]];
        if (step & DELTA_SLOW)
            break;
        r = step;
    }
stop:
    *row = r;
    return p;
}

void
cc_prefilter_scan(CcPrefilter *filter, const char *text, gsize len)
{
    g_return_if_fail(filter != NULL);
    if (!filter->built)
        build(filter);
    if (++filter->scan == 0) {
        /* The stamps wrapped: start them over. */
        memset(filter->clause_met, 0, sizeof(guint32) * (filter->n_clauses + 1));
        filter->scan = 1;
    }
    const guint8 *p = (const guint8 *)text, *end = p + len;
    const guint32 *delta = filter->delta;
    const gint32 *out = filter->out;
    gsize row = 0;
    gsize wide_end = 0; /* where the last character of more bytes than one read as a
                         * letter or apostrophe ends */
    while (p < end) {
        p = step_quietly(delta, &row, p, end);
        if (p == end)
            break;
        guint8 b = *p++;
        guint cls = byte_class[b];
        guint32 step = delta[row + cls];
        /* Case-insensitive UTF-8 matching takes KELVIN SIGN for 'k' and
         * LATIN SMALL LETTER LONG S for 's': so does the prefilter; and
         * RIGHT SINGLE QUOTATION MARK is an apostrophe. */
        if (cls == CLASS_LOOKALIKE) {
            cls = 0;
            if (b == 0xE2 && end - p >= 2 && p[0] == 0x84 && p[1] == 0xAA) {
                cls = byte_class['k'];
                p += 2;
            } else if (b == 0xE2 && end - p >= 2 && p[0] == 0x80 && p[1] == 0x99) {
                cls = CLASS_APOSTROPHE;
                p += 2;
            } else if (b == 0xC5 && p < end && p[0] == 0xBF) {
                cls = byte_class['s'];
                p += 1;
            }
            step = delta[row + cls];
            if (cls != 0)
                wide_end = (gsize)(p - (const guint8 *)text);
        }
        row = step & ~DELTA_SLOW;
        if (step & DELTA_SLOW) {
            guint32 state = row / N_CLASSES;
            for (guint32 s = out[state] >= 0 ? state : filter->dict[state]; s != 0;
                 s = filter->dict[s])
                meet(filter, out[s], (const guint8 *)text, len,
                     (gsize)(p - (const guint8 *)text), wide_end);
        }
    }
}

gboolean
cc_prefilter_holds(const CcPrefilter *filter, guint index)
{
    g_return_val_if_fail(filter != NULL && index < filter->req_clauses->len, TRUE);
    if (filter->ignore)
        return TRUE;
    const GArray *clauses = g_array_index(filter->req_clauses, GArray *, index);
    for (guint k = 0; k < clauses->len; k++)
        if (filter->clause_met[g_array_index(clauses, guint, k)] != filter->scan)
            return FALSE;
    return TRUE;
}

gsize
cc_prefilter_latest_start(const CcPrefilter *filter, guint index)
{
    g_return_val_if_fail(filter != NULL && index < filter->req_clauses->len, G_MAXSIZE);
    if (filter->ignore)
        return G_MAXSIZE;
    const GArray *clauses = g_array_index(filter->req_clauses, GArray *, index);
    gsize latest = G_MAXSIZE;
    for (guint k = 0; k < clauses->len; k++) {
        guint clause = g_array_index(clauses, guint, k);
        if (filter->clause_met[clause] == filter->scan)
            latest = MIN(latest, filter->clause_last[clause]);
    }
    return latest;
}

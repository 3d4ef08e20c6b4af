/* SPDX-License-Identifier: MIT */
/* rules_compile.c: macro expansion ({NAME} as "(?:…)", {@table} through the
 * lexicon) with a map from every byte of the expanded regex back to the
 * rule file, so that PCRE2's error offsets become FILE:LINE:COL. */
#include "rules_private.h"
#include "prefilter.h"

/* No expansion may grow past this: macros that double at every level would
 * otherwise exhaust memory. */
#define MAX_EXPANSION (1u << 20)

/* Nor may references nest deeper than this: each level opens a group, and
 * PCRE2 refuses more than 250 nested groups anyway, while checking a chain
 * of n macros costs n^3 (10,000 nested references took minutes). */
#define MAX_MACRO_DEPTH 250u

/* Fewer than this many jobs a thread are not worth its start. */
#define JOBS_PER_THREAD 8u
#define MAX_COMPILE_THREADS 8u

/* SEG_VALUE: a "{value}", expanded to CC_VALUE_REGEX, so that an error in
 * it is placed at its '{' and not past the pattern line's end. */
typedef enum { SEG_LITERAL, SEG_MACRO, SEG_TABLE, SEG_VALUE } SegKind;

/* A stretch of the expanded regex and where it came from. */
typedef struct {
    gsize out_start, out_end;
    gsize src_off; /* in the owner's text: literal start, or the '{' of a reference */
    guint depth;
    SegKind kind;
    const MacroEntry *macro; /* the macro referenced (SEG_MACRO) */
    const MacroEntry *owner; /* whose body holds the stretch; NULL for the pattern line */
} Seg;

typedef struct {
    const char *file;
    guint line;
    guint col; /* column of the text's first character */
} Where;

typedef struct {
    CcRuleSet *set;
    GString *out;
    GArray *segs;     /* (element-type Seg) or NULL when no map is wanted */
    GPtrArray *stack; /* (element-type MacroEntry) being expanded */
    gboolean overflow; /* grew past MAX_EXPANSION; reported at the outermost reference */
    gboolean value_ref; /* the pattern line holds "{value}" */
} Expander;

static void
add_seg(Expander *ex, gsize out_start, gsize src_off, guint depth, SegKind kind,
        const MacroEntry *macro, const MacroEntry *owner)
{
    if (ex->segs == NULL || out_start == ex->out->len)
        return;
    Seg s = {out_start, ex->out->len, src_off, depth, kind, macro, owner};
    g_array_append_val(ex->segs, s);
}

static void
flush_literal(Expander *ex, const char *text, gsize from, gsize to, guint depth,
              const MacroEntry *owner)
{
    if (to <= from)
        return;
    gsize start = ex->out->len;
    g_string_append_len(ex->out, text + from, (gssize)(to - from));
    add_seg(ex, start, from, depth, SEG_LITERAL, NULL, owner);
}

/* Length of a reference "{NAME}" or "{@table}" at text[i], or 0. */
static gsize
reference_at(const char *text, gsize i, gboolean *table)
{
    gsize j = i + 1;
    *table = text[j] == '@';
    if (*table) {
        j++;
        while (g_ascii_isalnum(text[j]) || text[j] == '_')
            j++;
    } else if (g_ascii_isupper(text[j])) {
        while (g_ascii_isupper(text[j]) || g_ascii_isdigit(text[j]) || text[j] == '_')
            j++;
    }
    gsize name_start = i + 1 + (*table ? 1 : 0);
    if (j > name_start && text[j] == '}')
        return j + 1 - i;
    return 0;
}

static gboolean expand(Expander *ex, const char *text, const MacroEntry *owner, guint depth,
                       Where w, GError **error);

/* The column of text[i], counted only for a message. */
static guint
column_at(Where w, const char *text, gsize i)
{
    return w.col + cc_utf8_count_chars(text, i);
}

static gboolean
expand_reference(Expander *ex, const char *text, gsize i, gsize len, gboolean table,
                 const MacroEntry *owner, guint depth, Where w, GError **error)
{
    g_autofree char *name = g_strndup(text + i + 1 + (table ? 1 : 0), len - 2 - (table ? 1 : 0));
    gsize start = ex->out->len;
    if (table) {
        g_autofree char *re = cc_lexicon_to_regex(ex->set->lexicon, name);
        if (re == NULL)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, w.file, w.line, column_at(w, text, i),
                                 "undefined lexicon table '%s' in {@%s}", name, name);
        g_string_append(ex->out, re);
        add_seg(ex, start, i, depth, SEG_TABLE, NULL, owner);
    } else {
        const MacroEntry *m = g_hash_table_lookup(ex->set->macro_names, name);
        if (m == NULL)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, w.file, w.line, column_at(w, text, i),
                                 "undefined macro {%s}", name);
        if (ex->stack->len >= MAX_MACRO_DEPTH)
            return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, w.file, w.line, column_at(w, text, i),
                                 "macro references nested more than %u deep at {%s}",
                                 MAX_MACRO_DEPTH, name);
        guint at;
        if (g_ptr_array_find(ex->stack, m, &at)) {
            GString *chain = g_string_new(NULL);
            for (guint k = at; k < ex->stack->len; k++)
                g_string_append_printf(chain, "%s -> ",
                                       ((const MacroEntry *)ex->stack->pdata[k])->pub.name);
            g_string_append(chain, name);
            gboolean r = cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, w.file, w.line, column_at(w, text, i),
                                       "recursive macro %s: %s", name, chain->str);
            g_string_free(chain, TRUE);
            return r;
        }
        g_ptr_array_add(ex->stack, (gpointer)m);
        g_string_append(ex->out, "(?:");
        Where mw = {m->pub.file, m->pub.line, m->col};
        gboolean ok = expand(ex, m->pub.body, m, depth + 1, mw, error);
        g_ptr_array_remove_index(ex->stack, ex->stack->len - 1);
        if (!ok && !(ex->overflow && depth == 0))
            return FALSE;
        g_string_append_c(ex->out, ')');
        add_seg(ex, start, i, depth, SEG_MACRO, m, owner);
    }
    if (ex->out->len > MAX_EXPANSION)
        ex->overflow = TRUE;
    if (ex->overflow && depth > 0)
        return FALSE;
    if (ex->overflow)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, w.file, w.line, column_at(w, text, i),
                             "expanding {%s%s} makes a regex of over %u bytes", table ? "@" : "",
                             name, MAX_EXPANSION);
    return TRUE;
}

/* Copies @text into ex->out, expanding references outside escapes, \Q…\E
 * and character classes. */
static gboolean
expand(Expander *ex, const char *text, const MacroEntry *owner, guint depth, Where w,
       GError **error)
{
    gsize i = 0, lit = 0;
    gboolean in_class = FALSE;
    while (text[i]) {
        char ch = text[i];
        if (ch == '\\') {
            if (text[i + 1] == 'Q') {
                const char *e = strstr(text + i + 2, "\\E");
                i = e ? (gsize)(e - text) + 2 : strlen(text);
            } else {
                i += text[i + 1] ? 2 : 1;
            }
            continue;
        }
        if (in_class) {
            if (ch == '[' && text[i + 1] == ':') {
                const char *e = strstr(text + i + 2, ":]");
                if (e) {
                    i = (gsize)(e - text) + 2;
                    continue;
                }
            }
            if (ch == ']')
                in_class = FALSE;
            i++;
            continue;
        }
        if (ch == '[') {
            in_class = TRUE;
            i++;
            if (text[i] == '^')
                i++;
            if (text[i] == ']')
                i++;
            continue;
        }
        if (ch == '{' && strncmp(text + i, "{value}", 7) == 0) {
            /* the mention the value pass found here (CC_VALUE_REGEX) */
            if (depth > 0 || owner != NULL)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, w.file, w.line,
                                     column_at(w, text, i),
                                     "{value} stands for a value mention in a pattern line, "
                                     "not in a macro");
            if (ex->value_ref)
                return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, w.file, w.line,
                                     column_at(w, text, i),
                                     "{value} may stand once in a pattern line: a pattern "
                                     "is anchored at one value mention");
            flush_literal(ex, text, lit, i, depth, owner);
            gsize start = ex->out->len;
            g_string_append(ex->out, CC_VALUE_REGEX);
            add_seg(ex, start, i, depth, SEG_VALUE, NULL, owner);
            ex->value_ref = TRUE;
            i += 7;
            lit = i;
            continue;
        }
        gboolean table;
        gsize len = ch == '{' ? reference_at(text, i, &table) : 0;
        if (len == 0) {
            i++;
            continue;
        }
        flush_literal(ex, text, lit, i, depth, owner);
        if (!expand_reference(ex, text, i, len, table, owner, depth, w, error))
            return FALSE;
        i += len;
        lit = i;
    }
    flush_literal(ex, text, lit, i, depth, owner);
    return TRUE;
}

gboolean
cc_rules_check_macros(CcRuleSet *set, GError **error)
{
    for (guint i = 0; i < set->macro_order->len; i++) {
        const MacroEntry *m = set->macro_order->pdata[i];
        Expander ex = {set, g_string_new(NULL), NULL, g_ptr_array_new(), FALSE, FALSE};
        g_ptr_array_add(ex.stack, (gpointer)m);
        Where w = {m->pub.file, m->pub.line, m->col};
        gboolean ok = expand(&ex, m->pub.body, m, 0, w, error);
        g_string_free(ex.out, TRUE);
        g_ptr_array_unref(ex.stack);
        if (!ok)
            return FALSE;
    }
    return TRUE;
}

static const Seg *
find_seg(GArray *segs, guint depth, const MacroEntry *owner, gsize off)
{
    for (guint i = 0; i < segs->len; i++) {
        const Seg *s = &g_array_index(segs, Seg, i);
        if (s->depth == depth && s->owner == owner && s->out_start <= off && off < s->out_end)
            return s;
    }
    return NULL;
}

/* Where byte @off of the expanded regex came from: the pattern line's
 * column, and inside macros the chain of names and the innermost macro's
 * definition with the byte inside its body. */
typedef struct {
    guint col;
    GString *chain;
    const MacroEntry *inner;
    gsize inner_pos;
} Origin;

static void
locate(const RawPattern *raw, GArray *segs, gsize out_len, gsize off, Origin *o)
{
    o->col = raw->col + cc_utf8_count_chars(raw->regex, strlen(raw->regex));
    g_string_truncate(o->chain, 0);
    o->inner = NULL;
    if (off >= out_len)
        return;
    const MacroEntry *owner = NULL;
    const Seg *outer = NULL;
    for (guint depth = 0;; depth++) {
        const Seg *s = find_seg(segs, depth, owner, off);
        if (s == NULL) { /* the "(?:" or ")" around the macro's body */
            if (owner == NULL)
                break;
            o->inner = owner;
            o->inner_pos = outer && off - outer->out_start < 3 ? 0 : strlen(owner->pub.body);
            break;
        }
        gsize pos = s->kind == SEG_LITERAL ? s->src_off + (off - s->out_start) : s->src_off;
        if (depth == 0)
            o->col = raw->col + cc_utf8_count_chars(raw->regex, pos);
        if (s->kind != SEG_MACRO) {
            if (depth > 0) {
                o->inner = owner;
                o->inner_pos = pos;
            }
            break;
        }
        g_string_append_printf(o->chain, "%s%s", depth ? " -> " : "", s->macro->pub.name);
        owner = s->macro;
        outer = s;
    }
}

/* Turns PCRE2's byte offset in the expanded regex into a message at the
 * pattern line's column; inside a macro, at the reference's column. */
static void
report_pattern_error(const RawPattern *raw, GArray *segs, const GString *out, gsize off,
                     const char *message, GError **error)
{
    Origin o = {0, g_string_new(NULL), NULL, 0};
    locate(raw, segs, out->len, off, &o);
    /* An error found only at the end of the pattern ("missing closing
     * parenthesis") may come from a macro: blame the first macro that
     * fails the same way on its own. */
    for (guint i = 0; o.inner == NULL && i < segs->len; i++) {
        const Seg *s = &g_array_index(segs, Seg, i);
        if (s->depth != 0 || s->kind != SEG_MACRO)
            continue;
        g_autofree char *alone = g_strndup(out->str + s->out_start, s->out_end - s->out_start);
        gsize sub = 0;
        GError *err = NULL;
        CcPattern *p = cc_pattern_new(alone, &sub, &err);
        if (p == NULL && g_str_equal(err->message, message))
            locate(raw, segs, out->len, s->out_start + MIN(sub, s->out_end - s->out_start - 1),
                   &o);
        cc_pattern_free(p);
        g_clear_error(&err);
    }
    if (o.inner == NULL)
        cc_rules_fail(error, CC_ERROR_PATTERN, raw->file, raw->line, o.col, "%s", message);
    else
        cc_rules_fail(error, CC_ERROR_PATTERN, raw->file, raw->line, o.col,
                      "in macro %s: %s (at %s:%u:%u)", o.chain->str, message, o.inner->pub.file,
                      o.inner->pub.line,
                      o.inner->col + cc_utf8_count_chars(o.inner->pub.body, o.inner_pos));
    g_string_free(o.chain, TRUE);
}

/* PCRE2 refuses a pattern whose compiled code passes its limit before it
 * has a size to tell: say what the regex came to, and which reference on
 * the pattern line brought most of it. */
static void
report_too_large(const RawPattern *raw, const char *owner, GArray *segs, const GString *out,
                 GError **error)
{
    const Seg *big = NULL;
    for (guint i = 0; i < segs->len; i++) {
        const Seg *s = &g_array_index(segs, Seg, i);
        if (s->depth == 0 && s->kind != SEG_LITERAL && s->kind != SEG_VALUE
            && (big == NULL || s->out_end - s->out_start > big->out_end - big->out_start))
            big = s;
    }
    g_autofree char *from = NULL;
    if (big != NULL) {
        gboolean table;
        gsize len = reference_at(raw->regex, big->src_off, &table);
        from = g_strdup_printf(", %zu of them from %.*s", big->out_end - big->out_start, (int)len,
                               raw->regex + big->src_off);
    }
    cc_rules_fail(error, CC_ERROR_PATTERN, raw->file, raw->line, raw->col,
                  "%s: pattern too large: compiled, it passes PCRE2's limit of %zu bytes (the "
                  "regex expands to %zu bytes%s); split it into several patterns or narrow its "
                  "macros",
                  owner, cc_pattern_compiled_limit(), out->len, from ? from : "");
}

/* The pattern's "anchors" line, read with the rule set's tables. */
static gboolean
set_anchors(CcRuleSet *set, const RawPattern *raw, CcPattern *p, GError **error)
{
    gsize off = 0;
    g_autofree char *message = NULL;
    CcRequirement *req = cc_requirement_parse(raw->anchors, set->lexicon, &off, &message);
    if (req == NULL)
        return cc_rules_fail(error, CC_ERROR_RULE_SYNTAX, raw->file, raw->anchors_line,
                             raw->anchors_col + cc_utf8_count_chars(raw->anchors, off), "%s",
                             message);
    cc_pattern_set_requirement(p, req);
    return TRUE;
}

CcPattern *
cc_rules_compile_pattern(CcRuleSet *set, const RawPattern *raw, const char *owner,
                         GError **error)
{
    Expander ex = {set, g_string_new(NULL), g_array_new(FALSE, FALSE, sizeof(Seg)),
                   g_ptr_array_new(), FALSE, FALSE};
    Where w = {raw->file, raw->line, raw->col};
    CcPattern *p = NULL;
    if (expand(&ex, raw->regex, NULL, 0, w, error)) {
        gsize off = 0;
        GError *err = NULL;
        gboolean too_large = FALSE;
        p = cc_pattern_compile(ex.out->str, &off, &too_large, &err);
        if (p != NULL && ex.value_ref)
            cc_pattern_set_value_pass(p);
        if (p == NULL && too_large) {
            report_too_large(raw, owner, ex.segs, ex.out, error);
            g_error_free(err);
        } else if (p == NULL) {
            report_pattern_error(raw, ex.segs, ex.out, off, err->message, error);
            g_error_free(err);
        } else if (raw->anchors != NULL && !set_anchors(set, raw, p, error)) {
            cc_pattern_free(p);
            p = NULL;
        }
    }
    g_string_free(ex.out, TRUE);
    g_array_unref(ex.segs);
    g_ptr_array_unref(ex.stack);
    return p;
}

/* Jobs are taken in order from a shared counter; every thread writes only
 * the jobs it took. The rule set is read, never written, but for the
 * lexicon's sorted entries, which the first thread to ask for a table's
 * builds once (cc_lexicon_entries()). */
struct _CcCompileBatch {
    CcRuleSet *set;
    CcCompileJob *jobs;
    guint n;
    gint next;
    GThread *started[MAX_COMPILE_THREADS];
    guint n_started;
};

static gpointer
compile_worker(gpointer data)
{
    CcCompileBatch *b = data;
    for (;;) {
        guint i = (guint)g_atomic_int_add(&b->next, 1);
        if (i >= b->n)
            break;
        CcCompileJob *job = &b->jobs[i];
        job->pattern = cc_rules_compile_pattern(b->set, job->raw, job->owner, &job->error);
    }
    return NULL;
}

CcCompileBatch *
cc_rules_compile_start(CcRuleSet *set, CcCompileJob *jobs, guint n)
{
    CcCompileBatch *b = g_new0(CcCompileBatch, 1);
    b->set = set;
    b->jobs = jobs;
    b->n = n;
    /* this thread is one of them, from cc_rules_compile_finish() on */
    guint threads = MIN(MIN(g_get_num_processors(), MAX_COMPILE_THREADS), n / JOBS_PER_THREAD);
    for (; b->n_started + 1 < threads; b->n_started++) {
        b->started[b->n_started] = g_thread_try_new("cc-compile", compile_worker, b, NULL);
        if (b->started[b->n_started] == NULL)
            break; /* no thread to be had: this one compiles the rest */
    }
    return b;
}

void
cc_rules_compile_finish(CcCompileBatch *batch)
{
    compile_worker(batch);
    for (guint i = 0; i < batch->n_started; i++)
        g_thread_join(batch->started[i]);
    g_free(batch);
}
